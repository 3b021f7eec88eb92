#include "core/backend.h"
#include "core/linkprovider.h"
#include "core/settings.h"
#include "gui/mainwindow.h"
#include "gui/sidebar.h"
#include "gui/statsdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

class TestStats : public QObject
{
    Q_OBJECT
private slots:
    void campaignViewShowsTheTotals();
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
    const qint64 hour = QDateTime(QDate::currentDate().addDays(-1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    QSqlQuery q(backend.database().connection());
    for (const auto &[link, dim, value, n] : {std::tuple{ids[0], "total", "", 3}, std::tuple{ids[1], "total", "", 6},
                                              std::tuple{ids[0], "bot", "0", 3}, std::tuple{ids[1], "bot", "0", 4},
                                              std::tuple{ids[1], "bot", "1", 2}, std::tuple{ids[0], "country", "DE", 3},
                                              std::tuple{ids[1], "country", "FR", 6}}) {
        q.prepare(u"INSERT INTO click_rollups(link_id, hour, dimension, value, clicks) VALUES (?, ?, ?, ?, ?)"_s);
        q.addBindValue(link);
        q.addBindValue(hour);
        q.addBindValue(QString::fromLatin1(dim));
        q.addBindValue(QString::fromLatin1(value));
        q.addBindValue(n);
        QVERIFY(q.exec());
    }

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
    QTRY_VERIFY(!stats->isLoading() && stats->figures().series.size() > 0);
    QCOMPARE(stats->figures().total, 7);   // bots excluded by default
    QTRY_VERIFY(stats->findChild<QLabel *>(u"statsSummaryLabel"_s)->text().startsWith(u"7 click"_s));
    auto *countries = stats->findChild<QTableWidget *>(u"statsCountriesTable"_s);
    QCOMPARE(countries->rowCount(), 2);
    QCOMPARE(countries->item(0, 0)->text(), u"FR"_s);
    QVERIFY(stats->toCsv().startsWith(u"start,clicks"_s));

    QSignalSpy loaded(stats, &Gui::StatsDialog::loaded);
    stats->findChild<QCheckBox *>(u"statsBotsCheck"_s)->setChecked(true);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(stats->figures().total, 9);
}

QTEST_MAIN(TestStats)
#include "tst_stats.moc"
