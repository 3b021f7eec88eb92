#include "gui/exportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

ExportDialog::ExportDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Links"));
    setObjectName(u"exportDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("The links the table shows, with every field and their clicks. A file ending in "
                      ".csv opens in Excel as it is; .xlsx is an Excel workbook, .json is for other programs."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit(QDir::toNativeSeparators(path), this);
    m_path->setObjectName(u"exportPath"_s);
    {
        // Wide enough to show a usual path whole (its folder is what a person checks), at most 80 characters.
        const QFontMetrics metrics = m_path->fontMetrics();
        const int wanted = qMax(metrics.averageCharWidth() * 48, metrics.horizontalAdvance(m_path->text()) + 16);
        m_path->setMinimumWidth(qMin(wanted, metrics.averageCharWidth() * 80));
    }
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"exportBrowse"_s);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, row);
    layout->addLayout(form);

    m_breakdowns = new QCheckBox(tr("&Include each link's countries, referrers and devices"), this);
    m_breakdowns->setObjectName(u"exportBreakdowns"_s);
    m_breakdowns->setToolTip(tr("One column each for countries, referrers, devices, browsers and operating "
                                "systems, most clicks first, as the statistics count them. A link of another "
                                "service has them once its statistics were shown from its first day to today."));
    layout->addWidget(m_breakdowns);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_export = buttons->button(QDialogButtonBox::Ok);
    m_export->setText(tr("&Export"));
    m_export->setObjectName(u"exportButton"_s);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_export->setEnabled(!text.trimmed().isEmpty()); });
    m_export->setEnabled(!path.trimmed().isEmpty());
}

QString ExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

Bulk::ExportOptions ExportDialog::options() const
{
    Bulk::ExportOptions options;
    options.breakdowns = m_breakdowns->isChecked();
    return options;
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::setBreakdowns(bool on)
{
    m_breakdowns->setChecked(on);
}

void ExportDialog::accept()
{
    const QString chosen = path();
    if (chosen.isEmpty())
        return;
    const Bulk::ExportOptions chosenOptions = options();
    QDialog::accept();   // out of the way of the export's progress
    emit exportRequested(chosen, chosenOptions);
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Links"), path(), tr("CSV for Excel (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

}   // namespace Linkdeck::Gui
