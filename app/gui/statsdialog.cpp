#include "gui/statsdialog.h"

#include "core/base/clock.h"
#include "core/base/percent.h"
#include "core/models/linktablemodel.h"
#include "gui/statschart.h"
#include "gui/statsreport.h"
#include "gui/statstables.h"
#include "gui/windowfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {
namespace {

constexpr int CustomRange = -2;
constexpr int ThisMonth = -1;
// Room left around the dialog on a small screen: one as high as the screen looks cut off.
constexpr int ScreenMargin = 16;

}   // namespace

StatsDialog::StatsDialog(Backend &backend, QList<qint64> links, const QString &title, QWidget *parent)
    : StatsDialog(backend, CampaignStats::Target::ofLinks(std::move(links)), title, parent)
{}

StatsDialog::StatsDialog(Backend &backend, const CampaignStats::Target &target, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_stats(new CampaignStats(backend, this))
{
    m_stats->setTarget(target);
    setObjectName(u"statsDialog"_s);
    setWindowTitle(tr("Statistics: %1").arg(title));
    m_fileStem = title;
    m_fileStem.replace(QRegularExpression(u"[/\\\\:*?\"<>|]"_s), u"-"_s);
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setObjectName(u"statsRangeCombo"_s);
    m_range->addItem(tr("Today"), 1);
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->addItem(tr("This month"), ThisMonth);
    m_range->addItem(tr("Custom"), CustomRange);
    m_range->setCurrentIndex(2);
    m_fromEdit = new QDateEdit(Clock::today().addDays(-29), this);
    m_fromEdit->setObjectName(u"statsFromEdit"_s);
    m_fromEdit->setCalendarPopup(true);
    m_toEdit = new QDateEdit(Clock::today(), this);
    m_toEdit->setObjectName(u"statsToEdit"_s);
    m_toEdit->setCalendarPopup(true);
    m_fromEdit->setVisible(false);
    m_toEdit->setVisible(false);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(u"statsUnitCombo"_s);
    m_unit->addItem(tr("Automatic"), -1);
    m_unit->addItem(tr("Hours"), int(TimeUnit::Hour));
    m_unit->addItem(tr("Days"), int(TimeUnit::Day));
    m_unit->addItem(tr("Weeks"), int(TimeUnit::Week));
    m_unit->addItem(tr("Months"), int(TimeUnit::Month));
    m_style = new QComboBox(this);
    m_style->setObjectName(u"statsStyleCombo"_s);
    m_style->addItem(tr("Line"), int(StatsChart::Style::Line));
    m_style->addItem(tr("Bars"), int(StatsChart::Style::Bars));
    m_split = new QComboBox(this);
    m_split->setObjectName(u"statsSplitCombo"_s);
    m_split->addItem(tr("All together"), int(CampaignStats::Split::None));
    m_split->addItem(tr("By link"), int(CampaignStats::Split::ByLink));
    m_split->addItem(tr("By account"), int(CampaignStats::Split::ByAccount));
    m_split->addItem(tr("By variant"), int(CampaignStats::Split::ByVariant));   // a link with an A/B split
    m_bots = new QCheckBox(tr("Include bots"), this);
    m_bots->setObjectName(u"statsBotsCheck"_s);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"statsRefreshButton"_s);
    m_refresh->setToolTip(tr("Fetch the figures of Bitly and Shlink links again"));
    auto *exportButton = new QPushButton(tr("&Export"), this);
    exportButton->setObjectName(u"statsExportButton"_s);
    auto *exportMenu = new QMenu(exportButton);
    addExport(exportMenu, tr("Chart as PNG Image…"), u"exportPngAction"_s, u"png"_s, tr("PNG images (*.png)"));
    addExport(exportMenu, tr("Chart as SVG Drawing…"), u"exportSvgAction"_s, u"svg"_s, tr("SVG drawings (*.svg)"));
    addExport(exportMenu, tr("Chart as PDF…"), u"exportPdfAction"_s, u"pdf"_s, tr("PDF documents (*.pdf)"));
    addExport(exportMenu, tr("Report as PDF…"), u"exportReportAction"_s, u"report.pdf"_s, tr("PDF documents (*.pdf)"));
    addExport(exportMenu, tr("Data as CSV…"), u"exportCsvAction"_s, u"csv"_s, tr("CSV files (*.csv)"));
    exportButton->setMenu(exportMenu);

    controls->addWidget(new QLabel(tr("Period:"), this));
    controls->addWidget(m_range);
    controls->addWidget(m_fromEdit);
    controls->addWidget(m_toEdit);
    controls->addWidget(new QLabel(tr("Per:"), this));
    controls->addWidget(m_unit);
    controls->addWidget(m_style);
    controls->addWidget(m_split);
    controls->addWidget(m_bots);
    controls->addStretch();
    controls->addWidget(m_refresh);
    controls->addWidget(exportButton);
    layout->addLayout(controls);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"statsSummaryLabel"_s);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_summary->setFont(big);
    layout->addWidget(m_summary);
    m_providerNote = new QLabel(this);
    m_providerNote->setObjectName(u"statsProviderNote"_s);
    m_providerNote->setWordWrap(true);
    layout->addWidget(m_providerNote);
    // The value chosen in a breakdown, which the chart and the totals show alone.
    m_filterBar = new QWidget(this);
    auto *filterLayout = new QHBoxLayout(m_filterBar);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    m_filterLabel = new QLabel(m_filterBar);
    m_filterLabel->setObjectName(u"statsFilterLabel"_s);
    auto *showAll = new QPushButton(tr("Show &All Clicks"), m_filterBar);
    showAll->setObjectName(u"statsShowAllButton"_s);
    connect(showAll, &QPushButton::clicked, this, [this] { chooseValue({}); });
    filterLayout->addWidget(m_filterLabel);
    filterLayout->addWidget(showAll);
    filterLayout->addStretch();
    m_filterBar->hide();
    layout->addWidget(m_filterBar);

    m_chart = new StatsChart(this);
    m_chart->setObjectName(u"statsTimeChart"_s);
    m_chart->setMinimumHeight(260);
    layout->addWidget(m_chart, 2);

    m_tables = new StatsTables(this);
    connect(m_tables, &StatsTables::valueChosen, this, [this](const Analytics::Filter &f) { chooseValue(f); });
    layout->addWidget(m_tables, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_range->currentData().toInt() == CustomRange;
        m_fromEdit->setVisible(custom);
        m_toEdit->setVisible(custom);
        reload();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &StatsDialog::reload);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &StatsDialog::reload);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &StatsDialog::reload);
    connect(m_style, &QComboBox::currentIndexChanged, this,
            [this] { m_chart->setStyle(StatsChart::Style(m_style->currentData().toInt())); });
    connect(m_split, &QComboBox::currentIndexChanged, this,
            [this] { m_stats->setSplit(CampaignStats::Split(m_split->currentData().toInt())); });
    connect(m_bots, &QCheckBox::toggled, this, &StatsDialog::reload);
    connect(m_refresh, &QPushButton::clicked, this, &StatsDialog::refreshProviders);
    connect(m_stats, &CampaignStats::figuresChanged, this, &StatsDialog::present);
    connect(m_stats, &CampaignStats::progress, this, [this](const QString &message) {
        m_refresh->setEnabled(message.isEmpty());
        if (!message.isEmpty()) {
            m_providerNote->setText(message);
            m_providerNote->show();
        }
    });
    reload();
}

void StatsDialog::setVisible(bool visible)
{
    if (visible && !m_placed && !isVisible()) {
        m_placed = true;
        // The chart gives way first on a low screen: it shrinks (to 160 px) before the dialog
        // would need more than the screen; the tables scroll within what is left.
        layout()->activate();
        const QMargins frame = WindowFit::frame(this);
        const int room = WindowFit::available(this).height() - frame.top() - frame.bottom() - 2 * ScreenMargin;
        if (const int excess = minimumSizeHint().height() - room; excess > 0) {
            m_chart->setMinimumHeight(std::max(160, m_chart->minimumHeight() - excess));
            layout()->activate();
        }
        resize(WindowFit::bounded(this, QSize(980, 680).expandedTo(minimumSizeHint()), ScreenMargin));
        WindowFit::keepInside(this, true);
    }
    QDialog::setVisible(visible);
}

void StatsDialog::addExport(QMenu *menu, const QString &text, const QString &name, const QString &suffix,
                            const QString &filter)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(name);
    connect(action, &QAction::triggered, this, [this, suffix, filter] {
        // Named after what is shown ("spring-sale clicks.csv"), not a generic name.
        const QString name =
            suffix == u"report.pdf" ? tr("%1 report.pdf").arg(m_fileStem) : tr("%1 clicks.%2").arg(m_fileStem, suffix);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Statistics"), name, filter);
        if (path.isEmpty())
            return;
        QString error;
        bool ok = true;
        if (suffix == u"report.pdf") {
            ok = StatsReport::write(path, windowTitle(), m_stats->figures(), m_summary->text(), m_chart, &error);
        } else if (suffix == u"csv") {
            QSaveFile file(path);
            ok = file.open(QIODevice::WriteOnly) && file.write(toCsv().toUtf8()) >= 0 && file.commit();
            if (!ok)
                error = file.errorString();
        } else {
            ok = exportChart(path, &error);
        }
        m_providerNote->setText(
            ok ? tr("Saved “%1” in %2.")
                     .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).absolutePath()))
               : tr("Could not save “%1”: %2").arg(QFileInfo(path).fileName(), error));
        m_providerNote->show();
    });
}

CampaignStats::Period StatsDialog::currentPeriod() const
{
    const QDate today = Clock::today();
    CampaignStats::Period p;
    const int choice = m_range->currentData().toInt();
    if (choice == ThisMonth) {
        p.from = QDate(today.year(), today.month(), 1);
        p.to = today;
    } else if (choice == CustomRange) {
        p.from = std::min(m_fromEdit->date(), m_toEdit->date());
        p.to = std::max(m_fromEdit->date(), m_toEdit->date());
    } else {
        p.to = today;
        p.from = today.addDays(1 - choice);
    }
    const int unitChoice = m_unit->currentData().toInt();
    p.unit = unitChoice < 0 ? Analytics::defaultUnit(p.from, p.to) : TimeUnit(unitChoice);
    p.zone = QTimeZone::systemTimeZone();
    p.excludeBots = !m_bots->isChecked();
    p.filter = m_filter;
    return p;
}

void StatsDialog::reload()
{
    m_summary->setText(tr("Loading…"));
    m_stats->setPeriod(currentPeriod());
    m_stats->reload();
}

void StatsDialog::chooseValue(const std::optional<Analytics::Filter> &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_filterBar->setVisible(bool(filter));
    if (filter) {
        m_filterLabel->setText(tr("Only the clicks of %1: %2")
                                   .arg(m_tables->dimensionName(filter->dimension),
                                        StatsTables::valueName(filter->dimension, filter->value)));
    }
    reload();
}

void StatsDialog::refreshProviders()
{
    m_stats->refreshProviders();
}

void StatsDialog::present()
{
    const CampaignStats::Figures &f = m_stats->figures();
    if (!f.error.isEmpty()) {
        m_summary->setText(f.error);
        emit loaded();
        return;
    }
    const QLocale locale;
    QString change;
    if (const std::optional<double> percent = f.changePercent()) {
        change = tr(" (%1 against the period before)").arg(Percent::text(*percent, 0, locale));
        if (*percent > 0)
            change.replace(u"("_s, u"(+"_s);
    }
    // Counted as the table counts (Link::clicks): people's, bots' visits said apart.
    const QString bots =
        f.bots > 0 ? u" "_s + tr("(+%Ln bot(s), not counted)", nullptr, int(qMin<qint64>(f.bots, INT_MAX))) : QString();
    m_summary->setText(tr("%Ln click(s)", nullptr, int(f.total)) + bots + change
                       + (m_filter ? u" · "_s + m_filterLabel->text() : QString()));
    m_summary->setToolTip(m_bots->isChecked() ? tr("Clicks by people and visits by bots together.")
                                              : LinkTableModel::clicksDefinition());
    m_providerNote->setText(m_stats->providerNote());
    m_providerNote->setVisible(!m_providerNote->text().isEmpty());
    m_chart->setSeries(f.series, f.parts, m_summary->text());

    // "By variant" only for one link with an A/B split, and chosen the first time it shows one.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_split->model())) {
        const int byVariant = m_split->findData(int(CampaignStats::Split::ByVariant));
        if (QStandardItem *item = model->item(byVariant))
            item->setEnabled(m_stats->hasSplit());
        if (m_stats->hasSplit() && !m_splitShown) {
            m_splitShown = true;
            m_split->setCurrentIndex(byVariant);   // parts the chart again, and comes back here
            return;
        }
        if (!m_stats->hasSplit() && m_split->currentIndex() == byVariant)
            m_split->setCurrentIndex(m_split->findData(int(CampaignStats::Split::None)));
    }

    m_tables->present(*m_stats);
    emit loaded();
}

bool StatsDialog::exportChart(const QString &path, QString *error) const
{
    return m_chart->exportTo(path, windowTitle(), error);
}

QString StatsDialog::toCsv() const
{
    return m_stats->toCsv();
}

}   // namespace Linkdeck::Gui
