#include "gui/spliteditor.h"

#include "gui/tones.h"

#include <algorithm>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/base/percent.h"
#include "core/links/linksplit.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

namespace {
constexpr int UrlColumn = 1;
constexpr int PercentColumn = 2;
constexpr int RemoveColumn = 3;
}   // namespace

SplitEditor::SplitEditor(QWidget *parent)
    : SectionBox(tr("A/&B split"), parent)
{
    setObjectName(u"splitGroup"_s);
    setToolTip(tr("Share the visitors between this destination and others, to see which page works best. Each "
                  "visitor keeps the destination they first got."));
    auto *outer = new QVBoxLayout(this);
    m_fields = new QWidget(this);
    auto *fields = new QVBoxLayout(m_fields);
    fields->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(UrlColumn, 1);
    auto *urlHeader = new QLabel(tr("Destination"), m_fields);
    auto *percentHeader = new QLabel(tr("Visitors"), m_fields);
    m_grid->addWidget(urlHeader, 0, UrlColumn);
    m_grid->addWidget(percentHeader, 0, PercentColumn);
    fields->addLayout(m_grid);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add ne&w destination"), m_fields);
    m_add->setObjectName(u"splitAddButton"_s);
    m_even = new QPushButton(tr("Share evenl&y"), m_fields);
    m_even->setObjectName(u"splitEvenButton"_s);
    m_total = new QLabel(m_fields);
    m_total->setObjectName(u"splitTotal"_s);
    buttons->addWidget(m_add);
    buttons->addWidget(m_even);
    buttons->addStretch(1);
    buttons->addWidget(m_total);
    fields->addLayout(buttons);
    m_status = new QLabel(m_fields);
    m_status->setObjectName(u"splitStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    setTone(m_status, Tone::Bad);
    m_status->setVisible(false);
    fields->addWidget(m_status);
    outer->addWidget(m_fields);
    m_fields->setVisible(false);

    addRow({}, 50);
    addRow({}, 50);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({}, 0);
        shareEvenly();
        m_rows.back().url->setFocus();
    });
    connect(m_even, &QPushButton::clicked, this, &SplitEditor::shareEvenly);
    connect(this, &QGroupBox::toggled, this, [this](bool on) {
        m_fields->setVisible(on);
        // Into B's address, once the click or the mnemonic that ticked the box has settled.
        if (on)
            QTimer::singleShot(0, this, [this] {
                if (isChecked() && m_rows.size() > 1)
                    m_rows.at(1).url->setFocus(Qt::OtherFocusReason);
            });
        emit changed();
    });
}

SplitEditor::~SplitEditor() = default;

void SplitEditor::addRow(const QString &url, int percent)
{
    Row row;
    row.letter = new QLabel(m_fields);
    row.url = new QLineEdit(m_fields);
    row.url->setClearButtonEnabled(true);
    row.percent = new QSpinBox(m_fields);
    row.percent->setRange(0, 99);
    row.percent->setPrefix(Percent::prefix());
    row.percent->setSuffix(Percent::suffix());
    row.percent->setValue(percent);
    row.remove = new QToolButton(m_fields);
    row.remove->setIcon(QIcon::fromTheme(u"list-remove"_s));
    row.remove->setText(tr("Remove"));
    if (m_rows.empty()) {
        // A: the link's own destination, typed above.
        row.url->setReadOnly(true);
        row.url->setClearButtonEnabled(false);
        row.url->setText(m_destination);
        row.url->setCursorPosition(0);   // the address's start, not its last UTM values
        row.url->setPlaceholderText(tr("the destination above"));
        row.url->setFocusPolicy(Qt::ClickFocus);
    } else {
        row.url->setPlaceholderText(tr("https://…"));
        row.url->setText(url);
    }
    const int line = int(m_rows.size()) + 1;
    m_grid->addWidget(row.letter, line, 0);
    m_grid->addWidget(row.url, line, UrlColumn);
    m_grid->addWidget(row.percent, line, PercentColumn);
    m_grid->addWidget(row.remove, line, RemoveColumn);
    connect(row.url, &QLineEdit::textChanged, this, &SplitEditor::changed);
    QSpinBox *spin = row.percent;
    connect(spin, &QSpinBox::valueChanged, this, [this, spin](int value) {
        // Two destinations: the other takes the rest, so that the shares always add up.
        if (m_rows.size() == 2 && value >= 1 && value <= 99) {
            QSpinBox *other = m_rows[0].percent == spin ? m_rows[1].percent : m_rows[0].percent;
            const QSignalBlocker block(other);
            other->setValue(100 - value);
        }
        relabel();
        emit changed();
    });
    QToolButton *remove = row.remove;
    connect(remove, &QToolButton::clicked, this, [this, remove] {
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].remove == remove) {
                removeRow(i);
                return;
            }
        }
    });
    m_rows.push_back(row);
    relabel();
}

void SplitEditor::removeRow(std::size_t index)
{
    if (index == 0 || index >= m_rows.size() || m_rows.size() <= 2)
        return;
    const Row row = m_rows[index];
    m_rows.erase(m_rows.begin() + std::ptrdiff_t(index));
    for (QWidget *w : std::initializer_list<QWidget *>{row.letter, row.url, row.percent, row.remove}) {
        m_grid->removeWidget(w);
        w->deleteLater();
    }
    // The rows below move up a line.
    for (std::size_t i = index; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        const int line = int(i) + 1;
        m_grid->addWidget(r.letter, line, 0);
        m_grid->addWidget(r.url, line, UrlColumn);
        m_grid->addWidget(r.percent, line, PercentColumn);
        m_grid->addWidget(r.remove, line, RemoveColumn);
    }
    if (m_rows.size() == 2) {   // two again: B takes what A leaves
        const QSignalBlocker block(m_rows[1].percent);
        m_rows[1].percent->setValue(std::clamp(100 - m_rows[0].percent->value(), 0, 99));
    }
    relabel();
    m_rows[std::min(index, m_rows.size() - 1)].percent->setFocus();
    emit changed();
}

void SplitEditor::shareEvenly()
{
    const int n = int(m_rows.size());
    for (int i = 0; i < n; ++i) {
        const QSignalBlocker block(m_rows[std::size_t(i)].percent);
        // The remainder to the first ones: 34 / 33 / 33.
        m_rows[std::size_t(i)].percent->setValue(100 / n + (i < 100 % n ? 1 : 0));
    }
    relabel();
    emit changed();
}

void SplitEditor::relabel()
{
    int total = 0;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const QString letter = LinkSplit::letter(int(i) + 1);
        row.letter->setText(letter);
        row.url->setAccessibleName(tr("Destination %1").arg(letter));
        row.url->setObjectName(u"splitUrl%1"_s.arg(i + 1));
        row.percent->setAccessibleName(tr("Share of visitors for destination %1").arg(letter));
        row.percent->setObjectName(u"splitPercent%1"_s.arg(i + 1));
        row.remove->setAccessibleName(tr("Remove destination %1").arg(letter));
        row.remove->setToolTip(tr("Remove destination %1").arg(letter));
        // A is the link's own destination, and a split keeps two.
        row.remove->setVisible(i > 0);
        row.remove->setEnabled(m_rows.size() > 2);
        total += row.percent->value();
    }
    m_add->setEnabled(int(m_rows.size()) < LinkSplit::MaxVariants);
    m_total->setText(tr("Together: %1").arg(Percent::text(total)));
}

void SplitEditor::setDestination(const QString &url)
{
    m_destination = url.trimmed();
    if (!m_rows.empty()) {
        m_rows.front().url->setText(m_destination);
        m_rows.front().url->setCursorPosition(0);
    }
}

void SplitEditor::setVariants(const QList<Link::Variant> &variants)
{
    while (m_rows.size() > 2)
        removeRow(m_rows.size() - 1);
    if (variants.size() < 2) {
        m_rows[1].url->clear();
        m_rows[0].percent->setValue(50);
        m_rows[1].percent->setValue(50);
        setChecked(false);
        return;
    }
    for (qsizetype i = 0; i < variants.size(); ++i) {
        if (std::size_t(i) >= m_rows.size())
            addRow(variants.at(i).url, variants.at(i).percent);
        else {
            if (i > 0)
                m_rows[std::size_t(i)].url->setText(variants.at(i).url);
            m_rows[std::size_t(i)].percent->setValue(variants.at(i).percent);
        }
    }
    setChecked(true);
    relabel();
}

QList<Link::Variant> SplitEditor::variants() const
{
    QList<Link::Variant> out;
    if (!isChecked())
        return out;
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        out.append({i == 0 ? m_destination : m_rows[i].url->text().trimmed(), m_rows[i].percent->value()});
    return out;
}

void SplitEditor::setProblem(const QString &problem)
{
    m_status->setText(problem);
    m_status->setVisible(!problem.isEmpty() && isChecked());
}

}   // namespace Linkdeck::Gui
