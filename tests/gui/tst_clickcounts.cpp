#include "core/analytics/campaignstats.h"
#include "core/base/clock.h"
#include "core/models/linktablemodel.h"
#include "core/providers/linkprovider.h"
#include "core/storage/clickrollups.h"
#include "core/storage/settings.h"
#include "core/sync/backend.h"
#include "gui/mainwindow.h"
#include "gui/statsdialog.h"
#include "i18n.h"

#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

// Issue 12, item 3: a link's clicks are counted one way in the table, the detail pane and the
// statistics (people's; bots' visits shown apart), and the header says so.
class TestClickCounts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(installTranslators(QLocale(QLocale::English, QLocale::UnitedStates))); }
    void oneCountEverywhereWithBotsApart();

private:
    // Visits as linkdeck-server stores them: the hour's rollup and the link's counter.
    static void serverRecords(Backend &backend, qint64 linkId, qint64 hour, qint64 people, qint64 bots);
    Clock::Override m_clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc())};
};

void TestClickCounts::serverRecords(Backend &backend, qint64 linkId, qint64 hour, qint64 people, qint64 bots)
{
    QVERIFY(Rollups::addHour(backend.database().connection(), linkId, hour, people, bots,
                             {{u"country"_s, u"DE"_s, people}, {u"bot:country"_s, u"US"_s, bots}}));
    QSqlQuery q(backend.database().connection());
    q.prepare(u"UPDATE links SET clicks = clicks + ? WHERE id = ?"_s);
    q.addBindValue(people + bots);
    q.addBindValue(linkId);
    QVERIFY(q.exec());
}

void TestClickCounts::oneCountEverywhereWithBotsApart()
{
    QTemporaryDir dir;
    Backend backend;
    QVERIFY(backend.open(dir.filePath(u"l.sqlite"_s)).ok());
    QSettings store(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    Link draft;
    draft.destination = u"https://shop.example/spring"_s;
    draft.slug = u"spring"_s;
    auto made = backend.provider(1)->create(draft);
    made.waitForFinished();
    const qint64 id = made.result()->id;
    const qint64 hour = QDateTime(Clock::today().addDays(-1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    serverRecords(backend, id, hour, 41, 1);

    Gui::MainWindow window(backend, settings);
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LinkTableModel *model = window.model();
    QTRY_COMPARE(model->rowCount(), 1);
    const QModelIndex cell = model->index(0, LinkTableModel::Clicks);
    // (Prefixes: the English plural forms of new strings are filled in after lupdate.)
    QVERIFY2(cell.data().toString().startsWith(u"41 (+1 bot"_s), qPrintable(cell.data().toString()));
    QCOMPARE(cell.data(LinkTableModel::RawValueRole).toLongLong(), 41);
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(u"41 click"_s)
                 && cell.data(Qt::ToolTipRole).toString().contains(u"1 visit"_s),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
    const QString header = model->headerData(LinkTableModel::Clicks, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(header.contains(u"by people"_s) && header.contains(u"bots"_s), qPrintable(header));

    auto *table = window.findChild<QTableView *>(u"linkTable"_s);
    table->selectRow(0);
    auto *detail = window.findChild<QLabel *>(u"detailClicks"_s);
    QTRY_COMPARE(detail->text(), cell.data().toString());

    // The statistics count the same clicks, and say the bot apart.
    window.findChild<QAction *>(u"statsAction"_s)->trigger();
    auto *stats = window.findChild<Gui::StatsDialog *>(u"statsDialog"_s);
    QVERIFY(stats);
    QTRY_VERIFY(!stats->stats().isLoading() && stats->stats().figures().series.size() > 0);
    QCOMPARE(stats->stats().figures().total, cell.data(LinkTableModel::RawValueRole).toLongLong());
    QCOMPARE(stats->stats().figures().bots, 1);
    auto *summary = stats->findChild<QLabel *>(u"statsSummaryLabel"_s);
    QTRY_VERIFY2(summary->text().startsWith(u"41 clicks (+1 bot"_s), qPrintable(summary->text()));
    stats->close();

    // More visits, as the server records them: table and detail pane follow, still apart.
    serverRecords(backend, id, hour + 3600, 2, 2);
    model->refreshClicks();
    QVERIFY(model->index(0, LinkTableModel::Clicks).data().toString().startsWith(u"43 (+3 bot"_s));
    QCOMPARE(backend.links().find(id)->clicks, 43);
    QCOMPARE(backend.links().find(id)->botClicks, 3);
}

QTEST_MAIN(TestClickCounts)
#include "tst_clickcounts.moc"
