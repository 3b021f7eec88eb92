#include "core/analytics/analytics.h"
#include "core/analytics/campaignstats.h"
#include "core/base/clock.h"
#include "core/base/percent.h"
#include "core/providers/linkprovider.h"
#include "core/providers/remoteprovider.h"
#include "core/storage/clickrollups.h"
#include "core/storage/secretstore.h"
#include "core/storage/settings.h"
#include "core/sync/backend.h"
#include "gui/mainwindow.h"
#include "gui/sidebar.h"
#include "gui/statschart.h"
#include "gui/statsdialog.h"
#include "gui/statsreport.h"
#include "gui/statstables.h"
#include "i18n.h"
#include "support/fakes/fakebitly.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

class TestStats : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(installTranslators(QLocale(QLocale::English, QLocale::UnitedStates))); }
    void campaignViewShowsTheTotals();
    void campaignAcrossProvidersAndExport();
    void deviceKindsAreWords();
    void chartFollowsThePalette();
    void fitsASmallScreen();

private:
    // The day these tests live in, whatever today is: the app and the fakes read this clock.
    Clock::Override m_clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc())};
};

void TestStats::campaignViewShowsTheTotals()
{
    QTemporaryDir dir;
    Backend backend;
    QVERIFY(backend.open(dir.filePath(u"l.sqlite"_s)).ok());
    QSettings store(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    QList<qint64> ids;
    for (const QString &slug : {u"nl"_s, u"print"_s}) {
        Link draft;
        draft.destination = u"https://shop.example/"_s + slug + u"?utm_campaign=spring"_s;
        draft.slug = slug;
        auto f = backend.provider(1)->create(draft);
        f.waitForFinished();
        ids << f.result()->id;
    }
    // Rollups as the server writes them: yesterday noon UTC, 3 + 4 human clicks, 2 bot clicks, countries.
    const qint64 hour = QDateTime(Clock::today().addDays(-1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    QVERIFY(Rollups::addHour(backend.database().connection(), ids[0], hour, 3, 0, {{u"country"_s, u"DE"_s, 3}}));
    QVERIFY(Rollups::addHour(backend.database().connection(), ids[1], hour, 4, 2, {{u"country"_s, u"FR"_s, 6}}));

    Gui::MainWindow window(backend, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Choose the campaign in the sidebar, as a person would, then Statistics.
    auto *sidebar = window.findChild<Gui::Sidebar *>(u"sidebar"_s);
    const auto found = sidebar->findItems(u"spring"_s, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    sidebar->setCurrentItem(found.first());
    window.findChild<QAction *>(u"statsAction"_s)->trigger();
    auto *stats = window.findChild<Gui::StatsDialog *>(u"statsDialog"_s);
    QVERIFY(stats);
    QTRY_VERIFY(!stats->stats().isLoading() && stats->stats().figures().series.size() > 0);
    QCOMPARE(stats->stats().figures().total, 7);   // bots excluded by default
    QTRY_VERIFY(stats->findChild<QLabel *>(u"statsSummaryLabel"_s)->text().startsWith(u"7 click"_s));
    auto *countries = stats->findChild<QTableWidget *>(u"statsCountriesTable"_s);
    QCOMPARE(countries->rowCount(), 2);
    // No A/B split here: no such tab, nothing of it shown, the top links first and visible.
    auto *tabs = stats->findChild<QTabWidget *>(u"statsTabs"_s);
    QCOMPARE(tabs->tabText(0), u"Top links"_s);
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(stats->findChild<QTableWidget *>(u"statsTopLinksTable"_s)->isVisible());
    QVERIFY(!stats->findChild<QLabel *>(u"statsSplitSummary"_s)->isVisible());
    QCOMPARE(countries->item(0, 0)->text(), u"FR"_s);
    // Shares in the user's locale ("66.7%", in German "66,7 %"), as Percent writes every share.
    const auto percent = [](double value) -> QString { return Percent::text(value, 1); };
    QCOMPARE(countries->item(0, 2)->text(), percent(66.7));   // 6 of 9
    QCOMPARE(countries->item(1, 2)->text(), percent(33.3));
    // The CSV carries every tab: the series, then the top links and each breakdown.
    const QString csv = stats->toCsv();
    QVERIFY(csv.startsWith(u"start,clicks"_s));
    QVERIFY2(
        csv.contains(
            u"\r\n\r\nlink,short_url,clicks,share\r\nlocalhost:8080/print,http://localhost:8080/print,4,57.1\r\n"_s),
        qPrintable(csv));
    QVERIFY2(csv.contains(u"\r\n\r\ncountry,clicks,share\r\nFR,6,66.7\r\nDE,3,33.3\r\n"_s), qPrintable(csv));
    QVERIFY(csv.contains(u"\r\n\r\nos,clicks,share\r\n"_s));

    // A click on Germany shows its clicks alone in the chart and the totals, until Show All.
    const QRect de = countries->visualItemRect(countries->item(1, 0));
    countries->window()->activateWindow();
    QSignalSpy reloaded(stats, &Gui::StatsDialog::loaded);
    QTest::mouseClick(countries->viewport(), Qt::LeftButton, {}, de.center());
    QTRY_COMPARE(reloaded.count(), 1);
    QCOMPARE(stats->chosenValue(), std::optional<Analytics::Filter>(Analytics::Filter{u"country"_s, u"DE"_s}));
    QCOMPARE(stats->stats().figures().total, 3);
    QCOMPARE(stats->findChild<QLabel *>(u"statsSummaryLabel"_s)->text(),
             u"3 clicks · Only the clicks of Country: DE"_s);
    QCOMPARE(countries->rowCount(), 2);   // the breakdown stays whole
    auto *showAll = stats->findChild<QPushButton *>(u"statsShowAllButton"_s);
    QVERIFY(showAll->isVisible());
    QTest::mouseClick(showAll, Qt::LeftButton);
    QTRY_COMPARE(reloaded.count(), 2);
    QVERIFY(!stats->chosenValue());
    QCOMPARE(stats->stats().figures().total, 7);
    QVERIFY(!showAll->isVisible());

    // The y axis counts whole clicks (4 at most in an hour... 7 in a day here).
    auto *chartView = stats->findChild<QChartView *>(u"statsTimeChart"_s);
    auto *y = qobject_cast<QValueAxis *>(chartView->chart()->axes(Qt::Vertical).constFirst());
    QVERIFY(y);
    QCOMPARE(y->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(y->tickInterval(), 2.0);
    QCOMPARE(y->max(), 8.0);

    // The one-page report for a manager: the title, the summary and every table.
    QTemporaryDir out;
    QString error;
    const QString pdf = out.filePath(u"spring report.pdf"_s);
    QVERIFY2(Gui::StatsReport::write(pdf, stats->windowTitle(), stats->stats().figures(),
                                     stats->findChild<QLabel *>(u"statsSummaryLabel"_s)->text(), chartView, &error),
             qPrintable(error));
    if (const QString shots = qEnvironmentVariable("LINKDECK_SCREENSHOTS"); !shots.isEmpty())
        QFile::copy(pdf, shots + u"/statistics-report.pdf"_s);
    QProcess info;
    info.start(u"pdfinfo"_s, {pdf});
    QVERIFY(info.waitForFinished(20000));
    const QString pages = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(QRegularExpression(u"Pages:\\s+1\\n"_s).match(pages).hasMatch(), qPrintable(pages));
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY(text.waitForFinished(20000));
    // (pdftotext writes a no-break space as a space)
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    for (QString expected :
         QStringList{u"Statistics: spring"_s, u"7 clicks"_s, u"Top links"_s, u"Countries"_s, u"Referrers"_s,
                     u"Devices"_s, u"Operating systems"_s, percent(66.7), u"localhost:8080/print"_s})
        QVERIFY2(words.contains(expected.replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ')),
                 qPrintable(expected + u" not in:\n"_s + words));
    QVERIFY(!Gui::StatsReport::write(out.filePath(u"no/such/folder/r.pdf"_s), u"x"_s, {}, {}, nullptr, &error));
    QVERIFY(!error.isEmpty());

    QSignalSpy loaded(stats, &Gui::StatsDialog::loaded);
    stats->findChild<QCheckBox *>(u"statsBotsCheck"_s)->setChecked(true);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(stats->stats().figures().total, 9);
}

// A campaign over this computer, Bitly (click series from its API) and Rebrandly (totals
// only), as the dialog shows it: the summary, the notes in place, the tables, the split and
// style chosen, the chart exported for a report, Refresh when Bitly is out of reach, and the
// campaign narrowed to one account. The figures themselves are tst_campaignstats'.
void TestStats::campaignAcrossProvidersAndExport()
{
    QTemporaryDir dir;
    Backend backend;
    QVERIFY(backend.open(dir.filePath(u"l.sqlite"_s)).ok());
    auto *secrets = new MemorySecretStore;
    backend.setSecretStore(secrets);
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    fast.maxAttempts = 2;
    fast.timeoutMs = 1500;
    backend.setRetryPolicy(fast);
    Test::FakeBitly bitly;
    QVERIFY(bitly.listen());

    Account a;
    a.provider = ProviderKind::Bitly;
    a.name = u"Bitly"_s;
    a.apiBase = bitly.apiUrl().toString();
    const Account added = *backend.accounts().add(a);
    const qint64 bitlyAccount = added.id;
    secrets->write(SecretStore::accountKey(added), bitly.token(), [](const Result<void> &) {});
    Account r;
    r.provider = ProviderKind::Rebrandly;
    r.name = u"Rebrandly"_s;
    r.apiBase = u"http://127.0.0.1:9"_s;
    const qint64 rebrandlyAccount = backend.accounts().add(r)->id;

    Link local;
    local.destination = u"https://shop.example/a?utm_campaign=autumn"_s;
    local.slug = u"autumn-local"_s;
    const Link localLink = *backend.provider(1)->create(local).result();
    const qint64 hour = QDateTime(Clock::today().addDays(-1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    QVERIFY(Rollups::addHour(backend.database().connection(), localLink.id, hour, 4, 0));
    Link remote;
    remote.destination = u"https://shop.example/b?utm_campaign=autumn"_s;
    LinkProvider *bitlyProvider = backend.provider(bitlyAccount);
    auto made = bitlyProvider->create(remote);
    QTRY_VERIFY(made.isFinished());
    QVERIFY2(made.result(), qPrintable(made.result() ? QString() : made.result().error().message));
    const Link bitlyLink = *made.result();
    bitly.addClicks(bitlyLink.remoteId, Clock::nowUtc().addDays(-2), 6, u"DE"_s, u"https://news.example/a"_s,
                    u"mobile"_s);
    bitly.addClicks(bitlyLink.remoteId, Clock::nowUtc().addDays(-40), 2);   // the period before
    Link rebrandlyLink;
    rebrandlyLink.accountId = rebrandlyAccount;
    rebrandlyLink.remoteId = u"abc"_s;
    rebrandlyLink.domain = u"rebrand.ly"_s;
    rebrandlyLink.slug = u"autumn-rb"_s;
    rebrandlyLink.shortUrl = u"https://rebrand.ly/autumn-rb"_s;
    rebrandlyLink.destination = u"https://shop.example/c?utm_campaign=autumn"_s;
    rebrandlyLink.clicks = 11;
    QVERIFY(backend.links().upsertRemote(rebrandlyAccount, {rebrandlyLink}));

    const QList<qint64> ids = Analytics(backend.database()).linksOfCampaign(u"autumn"_s);
    QCOMPARE(ids.size(), 3);
    {
        Gui::StatsDialog stats(backend, ids, u"autumn"_s);
        stats.show();
        QTRY_VERIFY_WITH_TIMEOUT(!stats.stats().isLoading() && stats.stats().figures().series.size() > 0, 10000);
        QCOMPARE(stats.stats().figures().total, 4 + 6);   // this computer + Bitly; Rebrandly has totals only
        // 10 clicks against Bitly's 2 in the 30 days before.
        QCOMPARE(stats.findChild<QLabel *>(u"statsSummaryLabel"_s)->text(),
                 u"10 clicks (+"_s + Percent::text(400) + u" against the period before)"_s);
        const QString note = stats.findChild<QLabel *>(u"statsProviderNote"_s)->text();
        QVERIFY2(note.contains(u"updated just now"_s), qPrintable(note));
        QVERIFY2(note.contains(u"Totals only, not clicks over time, from Rebrandly"_s) && note.contains(u"11 clicks"_s),
                 qPrintable(note));
        auto *top = stats.findChild<QTableWidget *>(u"statsTopLinksTable"_s);
        QCOMPARE(top->rowCount(), 2);
        QCOMPARE(top->item(0, 0)->text(), bitlyLink.domain + u'/' + bitlyLink.slug);   // 6 clicks before 4
        QCOMPARE(top->item(0, 0)->toolTip(), bitlyLink.shortUrl);
        QCOMPARE(top->item(0, 1)->text(), u"6"_s);

        // Where the clicks came from, Bitly's included; what the plan does not give is said in place.
        auto *countries = stats.findChild<QTableWidget *>(u"statsCountriesTable"_s);
        QCOMPARE(countries->rowCount(), 1);
        QCOMPARE(countries->item(0, 0)->text(), u"DE"_s);
        QCOMPARE(countries->item(0, 1)->text(), u"6"_s);
        auto *referrers = stats.findChild<QTableWidget *>(u"statsReferrersTable"_s);
        QCOMPARE(referrers->item(0, 0)->text(), u"news.example"_s);
        QCOMPARE(stats.findChild<QLabel *>(u"statsDevicesNote"_s)->text(),
                 u"Your Bitly plan does not include clicks by device."_s);
        QVERIFY(!stats.findChild<QLabel *>(u"statsDevicesNote"_s)->isHidden());
        QVERIFY(stats.findChild<QLabel *>(u"statsCountriesNote"_s)->isHidden());

        // Split by account and by link, as chosen in the combo box; the CSV has the series and
        // its parts, and adds up to the total.
        auto *split = stats.findChild<QComboBox *>(u"statsSplitCombo"_s);
        split->setCurrentIndex(split->findData(int(CampaignStats::Split::ByAccount)));
        QCOMPARE(stats.stats().figures().parts.size(), 2);
        QCOMPARE(stats.stats().figures().parts.at(1).name, u"Bitly"_s);
        split->setCurrentIndex(split->findData(int(CampaignStats::Split::ByLink)));
        QCOMPARE(stats.stats().figures().parts.size(), 2);
        // (the first of its sections: the top links and the breakdowns follow)
        const QStringList csv = stats.toCsv().section(u"\r\n\r\n"_s, 0, 0).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QVERIFY2(csv.first().startsWith(u"start,clicks,"_s + bitlyLink.domain), qPrintable(csv.first()));
        QCOMPARE(csv.size(), stats.stats().figures().series.size() + 1);
        qint64 csvTotal = 0;
        for (qsizetype i = 1; i < csv.size(); ++i) {
            const QStringList cells = csv.at(i).split(u',');
            QCOMPARE(cells.size(), 4);
            QCOMPARE(cells.at(1).toLongLong(), cells.at(2).toLongLong() + cells.at(3).toLongLong());
            csvTotal += cells.at(1).toLongLong();
        }
        QCOMPARE(csvTotal, 10);
        auto *style = stats.findChild<QComboBox *>(u"statsStyleCombo"_s);
        style->setCurrentIndex(1);   // stacked bars
        auto *chart = stats.findChild<QChartView *>(u"statsTimeChart"_s);
        QCOMPARE(chart->chart()->series().size(), 1);
        QVERIFY(qobject_cast<QStackedBarSeries *>(chart->chart()->series().first()));
        QCOMPARE(chart->chart()->title(), u"10 clicks (+"_s + Percent::text(400) + u" against the period before)"_s);
        style->setCurrentIndex(0);   // a line per part
        QCOMPARE(chart->chart()->series().size(), 2);
        style->setCurrentIndex(1);
        stats.resize(1000, 700);
        if (const QString shots = qEnvironmentVariable("LINKDECK_SCREENSHOTS"); !shots.isEmpty())
            stats.grab().save(shots + u"/statistics-campaign.png"_s);

        // Export for a report.
        for (const QString &name : {u"chart.png"_s, u"chart.svg"_s, u"chart.pdf"_s}) {
            QString error;
            QVERIFY2(stats.exportChart(dir.filePath(name), &error), qPrintable(error));
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray head = f.read(8);
            if (name.endsWith(u"png"_s))
                QVERIFY(head.startsWith("\x89PNG"));
            else if (name.endsWith(u"pdf"_s))
                QVERIFY(head.startsWith("%PDF"));
            else
                QVERIFY(f.readAll().contains("<svg"));
        }
        QString error;
        QVERIFY(!stats.exportChart(dir.filePath(u"chart.doc"_s), &error));
        QVERIFY(error.contains(u".png"_s));
    }
    // Offline: Refresh shows the figures fetched a moment ago, and says why.
    bitly.setOffline(true);
    {
        Gui::StatsDialog stats(backend, ids, u"autumn"_s);
        stats.show();
        QTRY_VERIFY_WITH_TIMEOUT(!stats.stats().isLoading() && stats.stats().figures().series.size() > 0, 10000);
        QSignalSpy loaded(&stats, &Gui::StatsDialog::loaded);
        auto *refresh = stats.findChild<QPushButton *>(u"statsRefreshButton"_s);
        QVERIFY(refresh->isEnabled());
        refresh->click();
        QVERIFY(!refresh->isEnabled());   // while Bitly is asked
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && !stats.stats().isLoading(), 10000);
        QVERIFY(refresh->isEnabled());
        QCOMPARE(stats.stats().figures().total, 10);
        const QString note = stats.findChild<QLabel *>(u"statsProviderNote"_s)->text();
        QVERIFY2(note.contains(u"Showing the figures saved earlier"_s), qPrintable(note));
    }
    bitly.setOffline(false);
    // The campaign in the Bitly account only.
    {
        Gui::StatsDialog stats(backend, CampaignStats::Target::ofCampaign(u"autumn"_s, bitlyAccount), u"autumn"_s);
        stats.show();
        QTRY_VERIFY_WITH_TIMEOUT(!stats.stats().isLoading() && stats.stats().figures().series.size() > 0, 10000);
        QCOMPARE(stats.stats().figures().total, 6);
        QCOMPARE(stats.findChild<QTableWidget *>(u"statsTopLinksTable"_s)->rowCount(), 1);
        QVERIFY(!stats.findChild<QLabel *>(u"statsProviderNote"_s)->text().contains(u"Rebrandly"_s));
    }
}

// Issue 12: device kinds showed as the server stores them ("mobile"), in English in German.
void TestStats::deviceKindsAreWords()
{
    QCOMPARE(Gui::StatsTables::valueName(u"device"_s, u"mobile"_s), Gui::StatsTables::tr("Mobile", "device kind"));
    QCOMPARE(Gui::StatsTables::valueName(u"device"_s, u"mobile"_s), u"Mobile"_s);
    QCOMPARE(Gui::StatsTables::valueName(u"device"_s, u"Desktop"_s), u"Desktop"_s);
    QCOMPARE(Gui::StatsTables::valueName(u"device"_s, u"bot"_s), u"Bot"_s);
    QCOMPARE(Gui::StatsTables::valueName(u"device"_s, QString()), u"Unknown"_s);
    // Names stay names.
    QCOMPARE(Gui::StatsTables::valueName(u"browser"_s, u"mobile"_s), u"mobile"_s);
    QCOMPARE(Gui::StatsTables::valueName(u"referrer"_s, QString()), u"Direct"_s);
}

// The chart reads well in a dark palette and in high contrast (issue 12): its theme follows the
// palette, also when it changes while shown; files are light whatever the screen.
void TestStats::chartFollowsThePalette()
{
    QTemporaryDir dir;
    Gui::StatsChart chart;
    const QList<Analytics::Bucket> buckets =
        Analytics::buckets(QDate(2026, 11, 1), QDate(2026, 11, 7), TimeUnit::Day, QTimeZone::utc());
    chart.setSeries(buckets, {}, u"7 clicks"_s);
    chart.resize(600, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, Qt::black);
    chart.setPalette(light);
    QCOMPARE(chart.chart()->theme(), QChart::ChartThemeLight);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    chart.setPalette(dark);
    QCOMPARE(chart.chart()->theme(), QChart::ChartThemeDark);
    // Its axis labels are light on the dark background.
    const auto *axis = chart.chart()->axes(Qt::Vertical).first();
    QVERIFY(axis->labelsBrush().color().lightness() > 160);
    QVERIFY(chart.chart()->backgroundBrush().color().lightness() < 100);
    // Exported light, and dark again on screen afterwards.
    const QString png = dir.filePath(u"chart.png"_s);
    QVERIFY(chart.exportTo(png, u"Clicks"_s));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(QColor(image.pixel(image.width() / 2, 4)).lightness() > 200);
    QCOMPARE(chart.chart()->theme(), QChart::ChartThemeDark);
    QPalette contrast;
    contrast.setColor(QPalette::Window, Qt::black);
    contrast.setColor(QPalette::WindowText, Qt::white);
    chart.setPalette(contrast);
    QCOMPARE(chart.chart()->theme(), QChart::ChartThemeHighContrast);
}

// The statistics open within the screen, title bar and Close button included, centred on the
// main window, with the chart, the tables and their figures in sight (issue 12: 980x680 ran to
// the bottom edge of a 1024x700 desktop). Run on the test's screen (800x600 offscreen) and on
// a 1024x700 one (tst_stats_smallscreen).
void TestStats::fitsASmallScreen()
{
    QTemporaryDir dir;
    Backend backend;
    QVERIFY(backend.open(dir.filePath(u"l.sqlite"_s)).ok());
    QSettings store(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    Link draft;
    draft.destination = u"https://shop.example/spring?utm_campaign=spring"_s;
    draft.slug = u"spring"_s;
    auto created = backend.provider(1)->create(draft);
    created.waitForFinished();
    QVERIFY(created.result().ok());
    Gui::MainWindow window(backend, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *sidebar = window.findChild<Gui::Sidebar *>(u"sidebar"_s);
    const auto found = sidebar->findItems(u"spring"_s, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    sidebar->setCurrentItem(found.first());
    window.findChild<QAction *>(u"statsAction"_s)->trigger();
    auto *stats = window.findChild<Gui::StatsDialog *>(u"statsDialog"_s);
    QVERIFY(stats);
    QVERIFY(QTest::qWaitForWindowExposed(stats));
    QTRY_VERIFY(!stats->stats().isLoading());
    const QRect available = stats->screen()->availableGeometry();
    QVERIFY2(available.contains(stats->frameGeometry()),
             qPrintable(u"statistics at %1,%2 %3x%4 on a screen of %5x%6"_s.arg(stats->frameGeometry().x())
                            .arg(stats->frameGeometry().y())
                            .arg(stats->frameGeometry().width())
                            .arg(stats->frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height())));
    // With some room above and below, not from edge to edge.
    QVERIFY2(stats->frameGeometry().height() <= available.height() - 2 * 16,
             qPrintable(u"%1 px high of %2"_s.arg(stats->frameGeometry().height()).arg(available.height())));
    // Centred on the main window where the screen leaves room.
    QVERIFY(qAbs(stats->frameGeometry().center().x() - window.frameGeometry().center().x()) <= 1
            || stats->frameGeometry().left() == available.left()
            || stats->frameGeometry().right() == available.right());
    // Everything in the dialog: the chart, the tables with a few rows, the Close button.
    const QRect inside = stats->rect();
    auto *chart = stats->findChild<QChartView *>(u"statsTimeChart"_s);
    auto *tabs = stats->findChild<QTabWidget *>(u"statsTabs"_s);
    auto *close = stats->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    for (QWidget *w : std::initializer_list<QWidget *>{chart, tabs, close}) {
        QVERIFY(w->isVisible());
        const QRect where(w->mapTo(stats, QPoint(0, 0)), w->size());
        QVERIFY2(inside.contains(where), qPrintable(w->objectName()));
    }
    QVERIFY(chart->height() >= 160);
    auto *countries = stats->findChild<QTableWidget *>(u"statsTopLinksTable"_s);
    QVERIFY(countries->viewport()->height() >= 2 * countries->verticalHeader()->defaultSectionSize());
    stats->close();
}

QTEST_MAIN(TestStats)
#include "tst_stats.moc"
