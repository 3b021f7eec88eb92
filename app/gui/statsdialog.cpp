#include "gui/statsdialog.h"

#include "core/base/clock.h"
#include "gui/statschart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {
namespace {

constexpr int CustomRange = -2;
constexpr int ThisMonth = -1;

void fillRow(QTableWidget *table, int row, const QString &label, qint64 clicks)
{
    table->setItem(row, 0, new QTableWidgetItem(label));
    auto *count = new QTableWidgetItem(QLocale().toString(clicks));
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, 1, count);
}

void fillTable(QTableWidget *table, const QList<CampaignStats::Share> &shares, const QString &unknown)
{
    table->setRowCount(int(shares.size()));
    for (int i = 0; i < shares.size(); ++i)
        fillRow(table, i, shares.at(i).value.isEmpty() ? unknown : shares.at(i).value, shares.at(i).clicks);
}

QTableWidget *makeTable(QWidget *parent, const QString &objectName, const QString &what)
{
    auto *table = new QTableWidget(0, 2, parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels({what, StatsDialog::tr("Clicks")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

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
    resize(980, 680);
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

    m_chart = new StatsChart(this);
    m_chart->setObjectName(u"statsTimeChart"_s);
    m_chart->setMinimumHeight(260);
    layout->addWidget(m_chart, 2);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"statsTabs"_s);
    m_topLinks = makeTable(tabs, u"statsTopLinksTable"_s, tr("Link"));
    m_topLinks->setToolTip(tr("Double-click a link to open it"));
    connect(m_topLinks, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QList<CampaignStats::TopLink> &top = m_stats->figures().topLinks;
        if (row >= 0 && row < top.size() && !top.at(row).shortUrl.isEmpty())
            QDesktopServices::openUrl(QUrl(top.at(row).shortUrl));
    });
    tabs->addTab(m_topLinks, tr("Top links"));
    for (const auto &[dimension, name, what, title2] :
         {std::tuple{u"country"_s, u"statsCountries"_s, tr("Country"), tr("Countries")},
          std::tuple{u"referrer"_s, u"statsReferrers"_s, tr("Referrer"), tr("Referrers")},
          std::tuple{u"device"_s, u"statsDevices"_s, tr("Device"), tr("Devices")},
          std::tuple{u"browser"_s, u"statsBrowsers"_s, tr("Browser"), tr("Browsers")},
          std::tuple{u"os"_s, u"statsSystems"_s, tr("Operating system"), tr("Systems")}}) {
        auto *page = new QWidget(tabs);
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        auto *note = new QLabel(page);
        note->setObjectName(name + u"Note"_s);
        note->setWordWrap(true);
        note->hide();
        pageLayout->addWidget(note);
        QTableWidget *table = makeTable(page, name + u"Table"_s, what);
        pageLayout->addWidget(table);
        m_tables.insert(dimension, table);
        m_tableNotes.insert(dimension, note);
        tabs->addTab(page, title2);
    }
    layout->addWidget(tabs, 1);
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

void StatsDialog::addExport(QMenu *menu, const QString &text, const QString &name, const QString &suffix,
                            const QString &filter)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(name);
    connect(action, &QAction::triggered, this, [this, suffix, filter] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Statistics"), u"clicks."_s + suffix, filter);
        if (path.isEmpty())
            return;
        QString error;
        bool ok = true;
        if (suffix == u"csv") {
            QSaveFile file(path);
            ok = file.open(QIODevice::WriteOnly) && file.write(toCsv().toUtf8()) >= 0 && file.commit();
            if (!ok)
                error = file.errorString();
        } else {
            ok = exportChart(path, &error);
        }
        if (!ok)
            m_providerNote->setText(tr("Could not save “%1”: %2").arg(QFileInfo(path).fileName(), error));
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
    return p;
}

void StatsDialog::reload()
{
    m_summary->setText(tr("Loading…"));
    m_stats->setPeriod(currentPeriod());
    m_stats->reload();
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
        change = tr(" (%1% against the period before)").arg(locale.toString(*percent, 'f', 0));
        if (*percent > 0)
            change.replace(u"("_s, u"(+"_s);
    }
    m_summary->setText(tr("%Ln click(s)", nullptr, int(f.total)) + change);
    m_providerNote->setText(m_stats->providerNote());
    m_providerNote->setVisible(!m_providerNote->text().isEmpty());
    m_chart->setSeries(f.series, f.parts, m_summary->text());

    m_topLinks->setRowCount(int(f.topLinks.size()));
    for (int i = 0; i < f.topLinks.size(); ++i) {
        fillRow(m_topLinks, i, f.topLinks.at(i).label, f.topLinks.at(i).clicks);
        m_topLinks->item(i, 0)->setToolTip(f.topLinks.at(i).shortUrl);
    }
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        fillTable(it.value(), f.breakdown(it.key()), it.key() == u"referrer" ? tr("Direct") : tr("Unknown"));
        QLabel *note = m_tableNotes.value(it.key());
        note->setText(m_stats->breakdownNote(it.key()));
        note->setVisible(!note->text().isEmpty());
    }
    emit loaded();
}

bool StatsDialog::exportChart(const QString &path, QString *error) const
{
    return m_chart->exportTo(path, windowTitle(), error);
}

QString StatsDialog::toCsv() const
{
    const CampaignStats::Figures &f = m_stats->figures();
    QString out = u"start,clicks"_s;
    for (const CampaignStats::Part &part : f.parts)
        out += u",\""_s + QString(part.name).replace(u'"', u"\"\""_s) + u'"';
    out += u"\r\n"_s;
    for (qsizetype i = 0; i < f.series.size(); ++i) {
        const Analytics::Bucket &b = f.series.at(i);
        out += b.start.toString(Qt::ISODate) + u',' + QString::number(b.clicks);
        for (const CampaignStats::Part &part : f.parts)
            out += u',' + QString::number(i < part.clicks.size() ? part.clicks.at(i) : 0);
        out += u"\r\n"_s;
    }
    return out;
}

}   // namespace Linkdeck::Gui
