#include "gui/statsdialog.h"

#include "core/backend.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/linkrepository.h"
#include "core/future.h"
#include "core/linkprovider.h"
#include "core/providerstats.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QVBarModelMapper>
#include <QVXYModelMapper>
#include <QStackedBarSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QUrl>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <set>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {
namespace {

constexpr int StaleAfterSeconds = 15 * 60;   // provider figures older than this are fetched again
constexpr int TopLinkCount = 10;

StatsDialog::Figures compute(const QString &path, const QList<qint64> &links, QDate from, QDate to, TimeUnit unit,
                             bool excludeBots)
{
    StatsDialog::Figures f;
    Database db;   // this thread's own connection
    if (auto opened = db.open(path); !opened) {
        f.error = opened.error().message;
        return f;
    }
    const Analytics analytics(db);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    if (auto s = analytics.series(links, from, to, unit, zone, excludeBots))
        f.series = *s;
    else
        f.error = s.error().message;
    for (const auto &b : std::as_const(f.series))
        f.total += b.clicks;
    const qint64 days = from.daysTo(to) + 1;
    if (auto previous = analytics.series(links, from.addDays(-days), from.addDays(-1), TimeUnit::Month, zone, excludeBots)) {
        for (const auto &b : *previous)
            f.previousTotal += b.clicks;
    }
    if (auto c = analytics.breakdown(links, u"country"_s, from, to, zone, excludeBots))
        f.countries = *c;
    if (auto r = analytics.breakdown(links, u"referrer"_s, from, to, zone, excludeBots))
        f.referrers = *r;
    if (auto d = analytics.breakdown(links, u"device"_s, from, to, zone, excludeBots))
        f.devices = *d;
    if (auto b = analytics.breakdown(links, u"browser"_s, from, to, zone, excludeBots))
        f.browsers = *b;
    if (auto o = analytics.breakdown(links, u"os"_s, from, to, zone, excludeBots))
        f.systems = *o;
    // The campaign's most clicked links in the period.
    if (auto top = analytics.topLinks(links, from, to, zone, excludeBots, TopLinkCount)) {
        LinkRepository repository(db);
        for (const Analytics::LinkClicks &t : *top) {
            if (const auto link = repository.find(t.linkId))
                f.topLinks.append({t.linkId, link->domain + u'/' + link->slug, link->shortUrl, t.clicks});
        }
        // Their own series, for the chart split by link.
        for (int i = 0; i < std::min<qsizetype>(5, f.topLinks.size()); ++i) {
            if (auto one = analytics.series({f.topLinks.at(i).linkId}, from, to, unit, zone, excludeBots)) {
                QList<qint64> values;
                for (const auto &b : *one)
                    values << b.clicks;
                f.localLinkSeries.insert(f.topLinks.at(i).linkId, values);
            }
        }
    }
    return f;
}

void fillTable(QTableWidget *table, const QList<Analytics::Share> &shares, const QString &unknown)
{
    table->setRowCount(int(shares.size()));
    for (int i = 0; i < shares.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(shares.at(i).value.isEmpty() ? unknown : shares.at(i).value));
        auto *count = new QTableWidgetItem(QLocale().toString(shares.at(i).clicks));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(i, 1, count);
    }
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

} // namespace

StatsDialog::StatsDialog(Backend &backend, QList<qint64> links, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_databasePath(backend.database().path())
    , m_links(std::move(links))
{
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
    m_range->addItem(tr("This month"), -1);
    m_range->addItem(tr("Custom"), -2);
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
    m_style->addItem(tr("Line"));
    m_style->addItem(tr("Bars"));
    m_split = new QComboBox(this);
    m_split->setObjectName(u"statsSplitCombo"_s);
    m_split->addItem(tr("All together"), int(Split::None));
    m_split->addItem(tr("By link"), int(Split::ByLink));
    m_split->addItem(tr("By account"), int(Split::ByAccount));
    m_bots = new QCheckBox(tr("Include bots"), this);
    m_bots->setObjectName(u"statsBotsCheck"_s);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"statsRefreshButton"_s);
    m_refresh->setToolTip(tr("Fetch the figures of Bitly and Shlink links again"));
    auto *exportButton = new QPushButton(tr("&Export"), this);
    exportButton->setObjectName(u"statsExportButton"_s);
    auto *exportMenu = new QMenu(exportButton);
    const auto addExport = [this, exportMenu](const QString &text, const QString &name, const QString &suffix,
                                              const QString &filter) {
        QAction *a = exportMenu->addAction(text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, [this, suffix, filter] {
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
    };
    addExport(tr("Chart as PNG Image…"), u"exportPngAction"_s, u"png"_s, tr("PNG images (*.png)"));
    addExport(tr("Chart as SVG Drawing…"), u"exportSvgAction"_s, u"svg"_s, tr("SVG drawings (*.svg)"));
    addExport(tr("Chart as PDF…"), u"exportPdfAction"_s, u"pdf"_s, tr("PDF documents (*.pdf)"));
    addExport(tr("Data as CSV…"), u"exportCsvAction"_s, u"csv"_s, tr("CSV files (*.csv)"));
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

    m_seriesModel = new ClickSeriesModel(this);
    m_timeChart = new QChartView(this);
    m_timeChart->setObjectName(u"statsTimeChart"_s);
    m_timeChart->setRenderHint(QPainter::Antialiasing);
    m_timeChart->setMinimumHeight(260);
    layout->addWidget(m_timeChart, 2);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"statsTabs"_s);
    m_topLinks = makeTable(tabs, u"statsTopLinksTable"_s, tr("Link"));
    m_topLinks->setToolTip(tr("Double-click a link to open it"));
    connect(m_topLinks, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_figures.topLinks.size() && !m_figures.topLinks.at(row).shortUrl.isEmpty())
            QDesktopServices::openUrl(QUrl(m_figures.topLinks.at(row).shortUrl));
    });
    m_countries = makeTable(tabs, u"statsCountriesTable"_s, tr("Country"));
    m_referrers = makeTable(tabs, u"statsReferrersTable"_s, tr("Referrer"));
    m_devices = makeTable(tabs, u"statsDevicesTable"_s, tr("Device"));
    m_browsers = makeTable(tabs, u"statsBrowsersTable"_s, tr("Browser"));
    m_systems = makeTable(tabs, u"statsSystemsTable"_s, tr("Operating system"));
    tabs->addTab(m_topLinks, tr("Top links"));
    for (auto [table, dimension, title2] : {std::tuple{m_countries, u"country"_s, tr("Countries")},
                                            std::tuple{m_referrers, u"referrer"_s, tr("Referrers")},
                                            std::tuple{m_devices, u"device"_s, tr("Devices")},
                                            std::tuple{m_browsers, u"browser"_s, tr("Browsers")},
                                            std::tuple{m_systems, u"os"_s, tr("Systems")}}) {
        auto *page = new QWidget(tabs);
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        auto *note = new QLabel(page);
        note->setObjectName(table->objectName().replace(u"Table"_s, u"Note"_s));
        note->setWordWrap(true);
        note->hide();
        m_shareNoteLabels.insert(dimension, note);
        pageLayout->addWidget(note);
        table->setParent(page);
        pageLayout->addWidget(table);
        tabs->addTab(page, title2);
    }
    layout->addWidget(tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_range->currentData().toInt() == -2;
        m_fromEdit->setVisible(custom);
        m_toEdit->setVisible(custom);
        reload();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &StatsDialog::reload);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &StatsDialog::reload);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &StatsDialog::reload);
    connect(m_style, &QComboBox::currentIndexChanged, this, &StatsDialog::drawChart);
    connect(m_split, &QComboBox::currentIndexChanged, this, [this] {
        splitParts();
        drawChart();
    });
    connect(m_bots, &QCheckBox::toggled, this, &StatsDialog::reload);
    connect(m_refresh, &QPushButton::clicked, this, &StatsDialog::refreshProviders);
    connect(&m_watcher, &QFutureWatcher<Figures>::finished, this, [this] {
        m_local = m_watcher.result();
        if (m_remotePending == 0)
            present();
    });
    reload();
}

StatsDialog::Range StatsDialog::currentRange() const
{
    const QDate today = Clock::today();
    Range r;
    const int choice = m_range->currentData().toInt();
    if (choice == -1) {
        r.from = QDate(today.year(), today.month(), 1);
        r.to = today;
    } else if (choice == -2) {
        r.from = std::min(m_fromEdit->date(), m_toEdit->date());
        r.to = std::max(m_fromEdit->date(), m_toEdit->date());
    } else {
        r.to = today;
        r.from = today.addDays(1 - choice);
    }
    const int unitChoice = m_unit->currentData().toInt();
    r.unit = unitChoice < 0 ? Analytics::defaultUnit(r.from, r.to) : TimeUnit(unitChoice);
    return r;
}

void StatsDialog::reload()
{
    const Range range = currentRange();
    ++m_generation;
    m_summary->setText(tr("Loading…"));
    m_watcher.setFuture(QtConcurrent::run(compute, m_databasePath, m_links, range.from, range.to, range.unit,
                                          !m_bots->isChecked()));
    fetchRemote(range, false);
}

void StatsDialog::refreshProviders()
{
    ++m_generation;
    fetchRemote(currentRange(), true);
    if (m_remotePending == 0 && !m_watcher.isRunning())
        present();
}

void StatsDialog::fetchRemote(const Range &range, bool force)
{
    m_remotePoints.clear();
    m_fetchedAt.clear();
    m_remoteNotes.clear();
    m_statServices.clear();
    m_remoteShares.clear();
    m_shareNotes.clear();
    m_remotePrevious.clear();
    m_totalsOnly = 0;
    m_remotePending = 0;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime from = Analytics::localMidnight(range.from, zone).toUTC();
    const QDateTime to = Analytics::localMidnight(range.to.addDays(1), zone).toUTC();
    // Shlink's visits are counted here, by the hour, so that they fall into the right local
    // day; Bitly counts whole (UTC) days itself.
    const auto unitFor = [&range](ProviderKind kind) {
        return kind == ProviderKind::Shlink || range.unit == TimeUnit::Hour ? TimeUnit::Hour : TimeUnit::Day;
    };
    ProviderStats cache(m_backend.database());
    std::set<QString> totalsOnly;
    m_statLinks.clear();
    const int generation = m_generation;
    for (qint64 id : std::as_const(m_links)) {
        const std::optional<Link> link = m_backend.links().find(id);
        if (!link || link->accountId == AccountRepository::LocalAccountId || link->remoteId.isEmpty())
            continue;
        LinkProvider *provider = m_backend.provider(link->accountId);
        if (!provider)
            continue;
        if (!provider->can(LinkProvider::Capability::ClickStats)) {
            m_totalsOnly += link->clicks;
            totalsOnly.insert(providerName(provider->kind()));
            continue;
        }
        if (!m_statServices.contains(providerName(provider->kind())))
            m_statServices << providerName(provider->kind());
        m_statLinks.insert(id, *link);
        for (const QString &dimension : {u"country"_s, u"referrer"_s, u"device"_s}) {
            const QString key = ProviderStats::breakdownKey(dimension, from, to);
            const auto shares = cache.cachedShares(link->accountId, link->remoteId, key);
            if (shares)
                m_remoteShares[dimension].insert(id, shares->shares);
            if (!force && shares && shares->fetchedAt.secsTo(Clock::nowUtc()) < StaleAfterSeconds)
                continue;
            ++m_remotePending;
            whenFinished(this, provider->breakdown(*link, dimension, from, to),
                         [this, generation, id, l = *link, key, dimension](const Result<QList<ClickShare>> &r) {
                             if (generation != m_generation)
                                 return;
                             --m_remotePending;
                             if (r) {
                                 ProviderStats(m_backend.database()).storeShares(l.accountId, l.remoteId, key, *r);
                                 m_remoteShares[dimension].insert(id, *r);
                             } else if (r.error().kind == Error::Kind::PlanLimit || r.error().kind == Error::Kind::Unsupported) {
                                 if (!m_shareNotes[dimension].contains(r.error().message))
                                     m_shareNotes[dimension] << r.error().message;
                             }
                             remoteDone();
                         });
        }
        const TimeUnit unit = unitFor(provider->kind());
        const QString request = ProviderStats::requestKey(from, to, unit);
        const auto cached = cache.cached(link->accountId, link->remoteId, request);
        if (cached) {
            m_remotePoints.insert(id, cached->points);
            m_fetchedAt.insert(id, cached->fetchedAt);
        }
        if (!force && cached && cached->fetchedAt.secsTo(Clock::nowUtc()) < StaleAfterSeconds)
            continue;
        ++m_remotePending;
        const QString service = providerName(provider->kind());
        whenFinished(this, provider->clicks(*link, from, to, unit),
                     [this, generation, id, l = *link, request, service](const Result<QList<ClickPoint>> &r) {
                         if (generation != m_generation)
                             return;
                         --m_remotePending;
                         if (r) {
                             ProviderStats(m_backend.database()).store(l.accountId, l.remoteId, request, *r);
                             m_remotePoints.insert(id, *r);
                             m_fetchedAt.insert(id, Clock::nowUtc());
                         } else {
                             QString note;
                             if (r.error().kind == Error::Kind::PlanLimit)
                                 note = tr("%1: your plan does not include click statistics for some links.").arg(service);
                             else if (m_fetchedAt.contains(id))
                                 note = tr("%1: %2 Showing the figures saved earlier.").arg(service, r.error().message);
                             else
                                 note = tr("%1: %2").arg(service, r.error().message);
                             if (!m_remoteNotes.contains(note))
                                 m_remoteNotes << note;
                         }
                         remoteDone();
                     });
    }
    // The period before, for the change: the remote links' totals too.
    const qint64 days = range.from.daysTo(range.to) + 1;
    const QDateTime previousFrom = Analytics::localMidnight(range.from.addDays(-days), zone).toUTC();
    const QString previousRequest = ProviderStats::requestKey(previousFrom, from, TimeUnit::Day);
    const auto sum = [](const QList<ClickPoint> &points) {
        qint64 n = 0;
        for (const ClickPoint &p : points)
            n += p.clicks;
        return n;
    };
    for (const Link &link : std::as_const(m_statLinks)) {
        LinkProvider *provider = m_backend.provider(link.accountId);
        if (!provider)
            continue;
        const auto cached = cache.cached(link.accountId, link.remoteId, previousRequest);
        if (cached)
            m_remotePrevious.insert(link.id, sum(cached->points));
        if (!force && cached)
            continue;   // a closed period does not change
        ++m_remotePending;
        whenFinished(this, provider->clicks(link, previousFrom, from, TimeUnit::Day),
                     [this, generation, l = link, previousRequest, sum](const Result<QList<ClickPoint>> &r) {
                         if (generation != m_generation)
                             return;
                         --m_remotePending;
                         if (r) {
                             ProviderStats(m_backend.database()).store(l.accountId, l.remoteId, previousRequest, *r);
                             m_remotePrevious.insert(l.id, sum(*r));
                         }
                         remoteDone();
                     });
    }
    if (!m_statServices.isEmpty()) {
        const QString note = tr("%1 count no browsers or operating systems: only the links on this computer are counted here.")
                                 .arg(QLocale().createSeparatedList(m_statServices));
        m_shareNotes[u"browser"_s] << note;
        m_shareNotes[u"os"_s] << note;
    }
    if (!totalsOnly.empty()) {
        QStringList names(totalsOnly.begin(), totalsOnly.end());
        m_remoteNotes << tr("Totals only, not clicks over time, from %1: those links have %Ln click(s) in all, not in the chart.",
                            nullptr, int(m_totalsOnly))
                             .arg(QLocale().createSeparatedList(names));
    }
    m_refresh->setEnabled(m_remotePending == 0);
    if (m_remotePending > 0) {
        m_providerNote->setText(tr("Fetching the figures of %1…").arg(QLocale().createSeparatedList(m_statServices)));
        m_providerNote->show();
    }
}

void StatsDialog::remoteDone()
{
    if (m_remotePending > 0)
        return;
    m_refresh->setEnabled(true);
    if (!m_watcher.isRunning())
        present();
}

QString StatsDialog::providerNote() const
{
    QStringList parts;
    if (!m_fetchedAt.isEmpty()) {
        QDateTime oldest = m_fetchedAt.cbegin().value();
        for (const QDateTime &t : m_fetchedAt)
            oldest = std::min(oldest, t);
        parts << tr("Figures from %1: %2.").arg(QLocale().createSeparatedList(m_statServices), ProviderStats::age(oldest));
    }
    parts << m_remoteNotes;
    return parts.join(u' ');
}

void StatsDialog::present()
{
    m_figures = m_local;
    m_remoteSeries.clear();
    if (!m_figures.error.isEmpty()) {
        m_summary->setText(m_figures.error);
        emit loaded();
        return;
    }
    // Remote points (UTC starts) into the local buckets; their links into the top links.
    QList<Analytics::Bucket> empty = m_figures.series;
    for (Analytics::Bucket &b : empty)
        b.clicks = 0;
    for (auto it = m_remotePoints.cbegin(); it != m_remotePoints.cend(); ++it) {
        QList<Analytics::Bucket> mine = empty;
        const qint64 linkTotal = ProviderStats::addToBuckets(mine, it.value());
        QList<qint64> perBucket;
        for (qsizetype i = 0; i < mine.size(); ++i) {
            m_figures.series[i].clicks += mine.at(i).clicks;
            perBucket << mine.at(i).clicks;
        }
        m_remoteSeries.insert(it.key(), perBucket);
        m_figures.total += linkTotal;
        if (linkTotal > 0) {
            if (const auto link = m_statLinks.constFind(it.key()); link != m_statLinks.constEnd())
                m_figures.topLinks.append({link->id, link->domain + u'/' + link->slug, link->shortUrl, linkTotal});
        }
    }
    for (qint64 n : std::as_const(m_remotePrevious))
        m_figures.previousTotal += n;
    std::stable_sort(m_figures.topLinks.begin(), m_figures.topLinks.end(),
                     [](const TopLink &a, const TopLink &b) { return a.clicks > b.clicks; });
    if (m_figures.topLinks.size() > TopLinkCount)
        m_figures.topLinks.resize(TopLinkCount);

    const QLocale locale;
    QString change;
    if (m_figures.previousTotal > 0) {
        const double percent = 100.0 * (m_figures.total - m_figures.previousTotal) / m_figures.previousTotal;
        change = tr(" (%1% against the period before)").arg(locale.toString(percent, 'f', 0));
        if (percent > 0)
            change.replace(u"("_s, u"(+"_s);
    }
    m_summary->setText(tr("%Ln click(s)", nullptr, int(m_figures.total)) + change);
    m_providerNote->setText(providerNote());
    m_providerNote->setVisible(!m_providerNote->text().isEmpty());

    splitParts();
    drawChart();
    m_topLinks->setRowCount(int(m_figures.topLinks.size()));
    for (int i = 0; i < m_figures.topLinks.size(); ++i) {
        const TopLink &t = m_figures.topLinks.at(i);
        auto *label = new QTableWidgetItem(t.label);
        label->setToolTip(t.shortUrl);
        m_topLinks->setItem(i, 0, label);
        auto *count = new QTableWidgetItem(locale.toString(t.clicks));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_topLinks->setItem(i, 1, count);
    }
    // The providers' breakdowns added to the local ones.
    for (auto [shares, dimension] : {std::pair{&m_figures.countries, u"country"_s}, std::pair{&m_figures.referrers, u"referrer"_s},
                                     std::pair{&m_figures.devices, u"device"_s}, std::pair{&m_figures.browsers, u"browser"_s},
                                     std::pair{&m_figures.systems, u"os"_s}}) {
        QHash<QString, qint64> sum;
        for (const Analytics::Share &share : std::as_const(*shares))
            sum[share.value] += share.clicks;
        const auto remote = m_remoteShares.value(dimension);
        for (const QList<ClickShare> &list : remote) {
            for (const ClickShare &share : list)
                sum[share.value] += share.clicks;
        }
        shares->clear();
        for (auto it = sum.cbegin(); it != sum.cend(); ++it)
            shares->append({it.key(), it.value()});
        std::sort(shares->begin(), shares->end(), [](const Analytics::Share &a, const Analytics::Share &b) {
            return a.clicks != b.clicks ? a.clicks > b.clicks : a.value < b.value;
        });
        QLabel *note = m_shareNoteLabels.value(dimension);
        note->setText(breakdownNote(dimension));
        note->setVisible(!note->text().isEmpty());
    }
    fillTable(m_countries, m_figures.countries, tr("Unknown"));
    fillTable(m_referrers, m_figures.referrers, tr("Direct"));
    fillTable(m_devices, m_figures.devices, tr("Unknown"));
    fillTable(m_browsers, m_figures.browsers, tr("Unknown"));
    fillTable(m_systems, m_figures.systems, tr("Unknown"));
    emit loaded();
}

void StatsDialog::splitParts()
{
    m_figures.parts.clear();
    const auto split = Split(m_split->currentData().toInt());
    const qsizetype n = m_figures.series.size();
    if (split == Split::None || n == 0)
        return;
    QList<qint64> totals(n, 0);
    for (qsizetype i = 0; i < n; ++i)
        totals[i] = m_figures.series.at(i).clicks;
    const auto minus = [](QList<qint64> a, const QList<qint64> &b) {
        for (qsizetype i = 0; i < a.size() && i < b.size(); ++i)
            a[i] -= b.at(i);
        return a;
    };
    if (split == Split::ByLink) {
        QHash<qint64, QList<qint64>> candidates = m_figures.localLinkSeries;
        for (auto it = m_remoteSeries.cbegin(); it != m_remoteSeries.cend(); ++it)
            candidates.insert(it.key(), it.value());
        QList<Part> parts;
        for (const TopLink &t : std::as_const(m_figures.topLinks)) {
            if (parts.size() == 5)
                break;
            if (auto it = candidates.constFind(t.linkId); it != candidates.constEnd() && it->size() == n)
                parts.append({t.label, *it});
        }
        QList<qint64> rest = totals;
        for (const Part &p : std::as_const(parts))
            rest = minus(rest, p.clicks);
        if (std::any_of(rest.cbegin(), rest.cend(), [](qint64 v) { return v != 0; }))
            parts.append({tr("Other links"), rest});
        m_figures.parts = parts;
        return;
    }
    // By account: each remote account's links; what is left is this computer's.
    QMap<qint64, QList<qint64>> byAccount;
    for (auto it = m_remoteSeries.cbegin(); it != m_remoteSeries.cend(); ++it) {
        const auto link = m_statLinks.constFind(it.key());
        if (link == m_statLinks.constEnd())
            continue;
        QList<qint64> &sum = byAccount[link->accountId];
        if (sum.isEmpty())
            sum = QList<qint64>(n, 0);
        for (qsizetype i = 0; i < n && i < it->size(); ++i)
            sum[i] += it->at(i);
    }
    QList<qint64> local = totals;
    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it)
        local = minus(local, it.value());
    m_figures.parts.append({providerName(ProviderKind::Local), local});
    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
        const auto account = m_backend.accounts().find(it.key());
        m_figures.parts.append({account ? account->name : QString(), it.value()});
    }
}

void StatsDialog::drawChart()
{
    auto *chart = new QChart;
    chart->setTitle(m_summary->text());
    const QList<Analytics::Bucket> &series = m_figures.series;
    m_seriesModel->setSeries(series, m_figures.parts);
    const bool hourly = !series.isEmpty() && series.first().start.secsTo(series.first().end) < 86400;
    const QLocale locale;
    const auto label = [hourly, locale](const Analytics::Bucket &b) {
        return hourly ? locale.toString(b.start, QLocale::ShortFormat) : locale.toString(b.start.date(), QLocale::ShortFormat);
    };
    // What is drawn, as columns of the model: the total, or its parts (stacked bars, or
    // lines over each other).
    const int parts = int(m_figures.parts.size());
    const int firstColumn = parts > 0 ? ClickSeriesModel::FirstPartColumn : ClickSeriesModel::ClicksColumn;
    const int lastColumn = parts > 0 ? ClickSeriesModel::FirstPartColumn + parts - 1 : ClickSeriesModel::ClicksColumn;
    chart->legend()->setVisible(parts > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const bool bars = m_style->currentIndex() == 1;
    auto *y = new QValueAxis(chart);
    y->setRange(0, double(std::max<qint64>(1, m_seriesModel->maximum(bars))));
    y->applyNiceNumbers();
    y->setLabelFormat(u"%d"_s);
    y->setTitleText(tr("Clicks"));
    const auto tip = [this, series, label](const QString &name, int index, qint64 value) {
        if (index < 0 || index >= series.size())
            return;
        QToolTip::showText(QCursor::pos(),
                           tr("%1, %2: %Ln click(s)", nullptr, int(value)).arg(name, label(series.at(index))), m_timeChart);
    };

    if (bars) {
        QAbstractBarSeries *barSeries = parts > 1 ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries(chart))
                                                  : new QBarSeries(chart);
        auto *mapper = new QVBarModelMapper(barSeries);
        mapper->setFirstBarSetColumn(firstColumn);
        mapper->setLastBarSetColumn(lastColumn);
        mapper->setSeries(barSeries);
        mapper->setModel(m_seriesModel);
        for (QBarSet *set : barSeries->barSets()) {
            connect(set, &QBarSet::hovered, this, [tip, set](bool status, int index) {
                if (status)
                    tip(set->label(), index, qint64(set->at(index)));
                else
                    QToolTip::hideText();
            });
        }
        // Short labels, so that a month of days fits under the bars.
        QStringList categories;
        for (const auto &b : series)
            categories << (hourly ? locale.toString(b.start.time(), u"HH:mm"_s) : locale.toString(b.start.date(), u"d MMM"_s));
        chart->addSeries(barSeries);
        auto *x = new QBarCategoryAxis(chart);
        x->append(categories);
        x->setLabelsAngle(categories.size() > 12 ? -90 : 0);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        barSeries->attachAxis(x);
        barSeries->attachAxis(y);
    } else {
        auto *x = new QDateTimeAxis(chart);
        x->setFormat(hourly ? u"HH:mm"_s : locale.dateFormat(QLocale::ShortFormat));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (int column = firstColumn; column <= lastColumn; ++column) {
            auto *line = new QLineSeries(chart);
            line->setName(m_seriesModel->headerData(column, Qt::Horizontal).toString());
            line->setPointsVisible(series.size() <= 120);
            auto *mapper = new QVXYModelMapper(line);
            mapper->setXColumn(ClickSeriesModel::StartColumn);
            mapper->setYColumn(column);
            mapper->setSeries(line);
            mapper->setModel(m_seriesModel);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            const QString name = line->name();
            connect(line, &QLineSeries::hovered, this, [this, tip, series, name, column](const QPointF &point, bool state) {
                if (!state || series.isEmpty()) {
                    QToolTip::hideText();
                    return;
                }
                // The bucket nearest the pointer.
                const qint64 ms = qint64(point.x());
                int best = 0;
                for (int i = 1; i < series.size(); ++i) {
                    if (std::abs(series.at(i).start.toMSecsSinceEpoch() - ms) < std::abs(series.at(best).start.toMSecsSinceEpoch() - ms))
                        best = i;
                }
                tip(name, best, qint64(m_seriesModel->index(best, column).data().toDouble()));
            });
        }
    }
    QChart *old = m_timeChart->chart();
    m_timeChart->setChart(chart);
    delete old;
}

bool StatsDialog::exportChart(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size = m_timeChart->size().expandedTo(QSize(900, 450));
    QChartView *view = m_timeChart;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (suffix == u"png") {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        view->render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        p.end();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return fail(file.errorString());
        return true;
    }
    if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(windowTitle());
        QPainter p;
        if (!p.begin(&svg))
            return fail(tr("The file cannot be written."));
        view->render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        return p.end() || fail(tr("The file cannot be written."));
    }
    if (suffix == u"pdf") {
        QPdfWriter pdf(path);
        pdf.setTitle(windowTitle());
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
        pdf.setResolution(300);
        QPainter p;
        if (!p.begin(&pdf))
            return fail(tr("The file cannot be written."));
        const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        const QRectF target(0, 0, page.width(), page.width() * double(size.height()) / size.width());
        view->render(&p, target);
        return p.end() || fail(tr("The file cannot be written."));
    }
    return fail(tr("Choose a file name ending in .png, .svg or .pdf."));
}

QString StatsDialog::toCsv() const
{
    // The series as the chart shows it, with one column per part when it is split.
    QString out = u"start,clicks"_s;
    for (const Part &part : m_figures.parts)
        out += u",\""_s + QString(part.name).replace(u'"', u"\"\""_s) + u'"';
    out += u"\r\n"_s;
    for (qsizetype i = 0; i < m_figures.series.size(); ++i) {
        const auto &b = m_figures.series.at(i);
        out += b.start.toString(Qt::ISODate) + u',' + QString::number(b.clicks);
        for (const Part &part : m_figures.parts)
            out += u',' + QString::number(i < part.clicks.size() ? part.clicks.at(i) : 0);
        out += u"\r\n"_s;
    }
    return out;
}

} // namespace Linkdeck::Gui
