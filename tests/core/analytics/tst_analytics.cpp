#include "core/analytics/analytics.h"
#include "core/storage/accountrepository.h"
#include "core/storage/clickrollups.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

class TestAnalytics : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void daysFollowDaylightSaving_data();
    void daysFollowDaylightSaving();
    void clicksLandOnTheLocalDay();
    void weeksAndMonths();
    void botsToggle();
    void campaignAcrossProvidersIsTheSumOfItsLinks();
    void emptyRanges();
    void countryBreakdown();
    void seriesOfOneValue();
    void topLinks();
    void defaultUnits();

private:
    qint64 addLink(const QString &slug, qint64 account, const QString &destination, const QStringList &tags = {});
    void addClicks(qint64 link, const QDateTime &utc, qint64 clicks, bool bot = false, const QString &country = {});
    std::unique_ptr<Database> m_db;
};

void TestAnalytics::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(u":memory:"_s).ok());
}

void TestAnalytics::cleanup()
{
    m_db.reset();
}

qint64 TestAnalytics::addLink(const QString &slug, qint64 account, const QString &destination, const QStringList &tags)
{
    LinkRepository links(*m_db);
    Link l;
    l.accountId = account;
    l.domain = u"go.example"_s;
    l.slug = slug;
    l.shortUrl = u"https://go.example/"_s + slug;
    l.destination = destination;
    l.tags = tags;
    return links.insert(l)->id;
}

void TestAnalytics::addClicks(qint64 link, const QDateTime &utc, qint64 clicks, bool bot, const QString &country)
{
    const qint64 hour = utc.toSecsSinceEpoch() / 3600 * 3600;
    QString error;
    QVERIFY2(Rollups::addHour(m_db->connection(), link, hour, bot ? 0 : clicks, bot ? clicks : 0,
                              {{bot ? u"bot:country"_s : u"country"_s, country, clicks}}, &error),
             qPrintable(error));
}

void TestAnalytics::daysFollowDaylightSaving_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("hours");
    QTest::addRow("Berlin spring") << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << 23;
    QTest::addRow("Berlin autumn") << QByteArray("Europe/Berlin") << QDate(2026, 10, 25) << 25;
    QTest::addRow("Berlin ordinary") << QByteArray("Europe/Berlin") << QDate(2026, 6, 1) << 24;
    QTest::addRow("New York spring") << QByteArray("America/New_York") << QDate(2026, 3, 8) << 23;
    QTest::addRow("New York autumn") << QByteArray("America/New_York") << QDate(2026, 11, 1) << 25;
}

void TestAnalytics::daysFollowDaylightSaving()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, day);
    QFETCH(int, hours);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    const auto days = Analytics::buckets(day, day, TimeUnit::Day, tz);
    QCOMPARE(days.size(), 1);
    QCOMPARE(days.first().start.secsTo(days.first().end), hours * 3600);
    QCOMPARE(days.first().start.time(), QTime(0, 0));
    QCOMPARE(Analytics::buckets(day, day, TimeUnit::Hour, tz).size(), hours);
}

void TestAnalytics::clicksLandOnTheLocalDay()
{
    const qint64 link = addLink(u"a"_s, 1, u"https://a.example/"_s);
    const QTimeZone berlin("Europe/Berlin");
    // 23:30 UTC on 28 March is 00:30 on the 29th in Berlin (CET); 21:30 UTC on the 29th is 23:30 CEST, still the 29th;
    // 22:30 UTC on the 29th is 00:30 on the 30th.
    addClicks(link, QDateTime(QDate(2026, 3, 28), QTime(23, 30), Qt::UTC), 5);
    addClicks(link, QDateTime(QDate(2026, 3, 29), QTime(21, 30), Qt::UTC), 7);
    addClicks(link, QDateTime(QDate(2026, 3, 29), QTime(22, 30), Qt::UTC), 11);
    const auto s = Analytics(*m_db).series({link}, QDate(2026, 3, 28), QDate(2026, 3, 30), TimeUnit::Day, berlin);
    QVERIFY(s.ok());
    QCOMPARE(s->size(), 3);
    QCOMPARE(s->at(0).clicks, 0);    // the 28th: nothing, although UTC would put 5 clicks here
    QCOMPARE(s->at(1).clicks, 12);   // the 29th (a 23-hour day)
    QCOMPARE(s->at(2).clicks, 11);   // the 30th
    // The same clicks bucketed in UTC land elsewhere: the time zone matters.
    const auto utc =
        Analytics(*m_db).series({link}, QDate(2026, 3, 28), QDate(2026, 3, 30), TimeUnit::Day, QTimeZone::utc());
    QCOMPARE(utc->at(0).clicks, 5);
    QCOMPARE(utc->at(1).clicks, 18);
}

void TestAnalytics::weeksAndMonths()
{
    const qint64 link = addLink(u"w"_s, 1, u"https://w.example/"_s);
    const QTimeZone ny("America/New_York");
    addClicks(link, QDateTime(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC), 3);   // Monday
    addClicks(link, QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC), 4);
    const auto weeks = Analytics(*m_db).series({link}, QDate(2026, 11, 1), QDate(2026, 11, 30), TimeUnit::Week, ny);
    QVERIFY(weeks.ok());
    QCOMPARE(weeks->first().start.date(), QDate(2026, 11, 1));   // clipped to the range
    QCOMPARE(weeks->at(1).start.date(), QDate(2026, 11, 2));     // weeks start on Monday
    QCOMPARE(weeks->at(1).clicks, 3);
    QCOMPARE(weeks->last().clicks, 4);
    const auto months = Analytics(*m_db).series({link}, QDate(2026, 10, 15), QDate(2026, 12, 31), TimeUnit::Month, ny);
    QCOMPARE(months->size(), 3);
    QCOMPARE(months->at(1).clicks, 7);
}

void TestAnalytics::botsToggle()
{
    const qint64 link = addLink(u"b"_s, 1, u"https://b.example/"_s);
    const QDateTime t(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC);
    addClicks(link, t, 10);
    addClicks(link, t, 4, true);
    const Analytics a(*m_db);
    QCOMPARE(a.series({link}, QDate(2026, 6, 1), QDate(2026, 6, 1), TimeUnit::Day, QTimeZone::utc())->first().clicks,
             10);
    QCOMPARE(
        a.series({link}, QDate(2026, 6, 1), QDate(2026, 6, 1), TimeUnit::Day, QTimeZone::utc(), false)->first().clicks,
        14);
}

void TestAnalytics::campaignAcrossProvidersIsTheSumOfItsLinks()
{
    Account bitly;
    bitly.provider = ProviderKind::Bitly;
    bitly.name = u"Marketing Bitly"_s;
    const qint64 bitlyId = AccountRepository(*m_db).add(bitly)->id;
    const qint64 local = addLink(u"nl"_s, 1, u"https://shop.example/?utm_campaign=spring-sale"_s);
    const qint64 remote = addLink(u"fb"_s, bitlyId, u"https://shop.example/?utm_campaign=Spring-Sale"_s);
    const qint64 tagged = addLink(u"print"_s, bitlyId, u"https://shop.example/print"_s, {u"spring-sale"_s});
    const qint64 other = addLink(u"jobs"_s, 1, u"https://jobs.example/"_s);
    const QDateTime t(QDate(2026, 4, 10), QTime(9, 0), Qt::UTC);
    addClicks(local, t, 3);
    addClicks(remote, t.addDays(1), 5);
    addClicks(tagged, t.addDays(2), 7);
    addClicks(other, t, 100);
    const Analytics a(*m_db);
    QList<qint64> campaign = a.linksOfCampaign(u"SPRING-SALE"_s);
    std::sort(campaign.begin(), campaign.end());
    QCOMPARE(campaign, (QList<qint64>{local, remote, tagged}));
    const auto total = a.series(campaign, QDate(2026, 4, 1), QDate(2026, 4, 30), TimeUnit::Month, QTimeZone::utc());
    qint64 sum = 0;
    for (qint64 link : campaign)
        sum +=
            a.series({link}, QDate(2026, 4, 1), QDate(2026, 4, 30), TimeUnit::Month, QTimeZone::utc())->first().clicks;
    QCOMPARE(total->first().clicks, sum);
    QCOMPARE(sum, 15);
}

void TestAnalytics::emptyRanges()
{
    const qint64 link = addLink(u"e"_s, 1, u"https://e.example/"_s);
    const Analytics a(*m_db);
    QVERIFY(a.series({link}, QDate(2026, 5, 2), QDate(2026, 5, 1), TimeUnit::Day, QTimeZone::utc())->isEmpty());
    const auto none = a.series({}, QDate(2026, 5, 1), QDate(2026, 5, 3), TimeUnit::Day, QTimeZone::utc());
    QCOMPARE(none->size(), 3);
    for (const auto &b : *none)
        QCOMPARE(b.clicks, 0);
    QVERIFY(a.breakdown({link}, u"country"_s, QDate(2026, 5, 1), QDate(2026, 5, 3), QTimeZone::utc())->isEmpty());
}

void TestAnalytics::countryBreakdown()
{
    const qint64 link = addLink(u"c"_s, 1, u"https://c.example/"_s);
    const QDateTime t(QDate(2026, 7, 1), QTime(8, 0), Qt::UTC);
    addClicks(link, t, 2, false, u"FR"_s);
    addClicks(link, t.addSecs(3600), 5, false, u"DE"_s);
    addClicks(link, t.addSecs(7200), 1, false);
    const auto shares =
        Analytics(*m_db).breakdown({link}, u"country"_s, QDate(2026, 7, 1), QDate(2026, 7, 1), QTimeZone::utc());
    QVERIFY(shares.ok());
    QCOMPARE(shares->size(), 3);
    QCOMPARE(shares->at(0).value, u"DE"_s);
    QCOMPARE(shares->at(0).clicks, 5);
    QCOMPARE(shares->at(2).value, QString());   // unknown

    // Bots are left out unless asked for.
    addClicks(link, t, 4, true, u"US"_s);
    const auto people =
        Analytics(*m_db).breakdown({link}, u"country"_s, QDate(2026, 7, 1), QDate(2026, 7, 1), QTimeZone::utc());
    QCOMPARE(people->size(), 3);
    const auto all =
        Analytics(*m_db).breakdown({link}, u"country"_s, QDate(2026, 7, 1), QDate(2026, 7, 1), QTimeZone::utc(), false);
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->at(1).value, u"US"_s);
    QCOMPARE(all->at(1).clicks, 4);
}

// Clicking a country in the statistics: the series of that country's clicks alone, in the
// user's zone, bots apart, with each link's share.
void TestAnalytics::seriesOfOneValue()
{
    const qint64 a = addLink(u"fa"_s, 1, u"https://a.example/"_s);
    const qint64 b = addLink(u"fb"_s, 1, u"https://b.example/"_s);
    const QDate day1(2026, 3, 2);
    const QDateTime t(day1, QTime(8, 0), Qt::UTC);
    addClicks(a, t, 2, false, u"FR"_s);
    addClicks(a, QDateTime(day1, QTime(23, 30), Qt::UTC), 5, false, u"DE"_s);   // 00:30 on day 2 in Berlin
    addClicks(b, t.addDays(1).addSecs(7200), 3, false, u"DE"_s);
    addClicks(b, t.addDays(1), 4, true, u"DE"_s);   // bots
    addClicks(b, t, 6, false);                      // no country known
    const Analytics analytics(*m_db);
    const QTimeZone berlin("Europe/Berlin");
    QHash<qint64, qint64> perLink;
    const auto de =
        analytics.series({a, b}, day1, day1.addDays(1), TimeUnit::Day, berlin, true, {u"country"_s, u"DE"_s}, &perLink);
    QVERIFY(de.ok());
    QCOMPARE(de->size(), 2);
    QCOMPARE(de->at(0).clicks, 0);
    QCOMPARE(de->at(1).clicks, 8);
    QCOMPARE(perLink.value(a), 5);
    QCOMPARE(perLink.value(b), 3);
    const auto withBots =
        analytics.series({a, b}, day1, day1.addDays(1), TimeUnit::Day, berlin, false, {u"country"_s, u"DE"_s});
    QCOMPARE(withBots->at(1).clicks, 12);
    const auto unknown =
        analytics.series({a, b}, day1, day1.addDays(1), TimeUnit::Day, berlin, true, {u"country"_s, QString()});
    QCOMPARE(unknown->at(0).clicks, 6);
    QCOMPARE(unknown->at(1).clicks, 0);
    const auto fr =
        analytics.series({a, b}, day1, day1, TimeUnit::Hour, QTimeZone::utc(), true, {u"country"_s, u"FR"_s});
    QCOMPARE(fr->size(), 24);
    QCOMPARE(fr->at(8).clicks, 2);
    QVERIFY(!analytics.series({a}, day1, day1, TimeUnit::Day, berlin, true, {u"planet"_s, u"Mars"_s}).ok());
}

void TestAnalytics::topLinks()
{
    const qint64 a = addLink(u"ta"_s, 1, u"https://a.example/"_s);
    const qint64 b = addLink(u"tb"_s, 1, u"https://b.example/"_s);
    const qint64 c = addLink(u"tc"_s, 1, u"https://c.example/"_s);
    const QDateTime t(QDate(2026, 8, 3), QTime(10, 0), Qt::UTC);
    addClicks(a, t, 2, false);
    addClicks(b, t, 7, false);
    addClicks(b, t, 9, true);                // bots
    addClicks(c, t.addDays(5), 50, false);   // outside the period
    const Analytics analytics(*m_db);
    const auto top = analytics.topLinks({a, b, c}, QDate(2026, 8, 3), QDate(2026, 8, 3), QTimeZone::utc(), true, 10);
    QVERIFY(top.ok());
    QCOMPARE(top->size(), 2);
    QCOMPARE(top->at(0).linkId, b);
    QCOMPARE(top->at(0).clicks, 7);
    QCOMPARE(top->at(1).linkId, a);
    const auto withBots =
        analytics.topLinks({a, b, c}, QDate(2026, 8, 3), QDate(2026, 8, 3), QTimeZone::utc(), false, 1);
    QCOMPARE(withBots->size(), 1);
    QCOMPARE(withBots->at(0).clicks, 16);
}

void TestAnalytics::defaultUnits()
{
    QCOMPARE(Analytics::defaultUnit(QDate(2026, 1, 1), QDate(2026, 1, 1)), TimeUnit::Hour);
    QCOMPARE(Analytics::defaultUnit(QDate(2026, 1, 1), QDate(2026, 1, 30)), TimeUnit::Day);
    QCOMPARE(Analytics::defaultUnit(QDate(2026, 1, 1), QDate(2026, 9, 30)), TimeUnit::Week);
    QCOMPARE(Analytics::defaultUnit(QDate(2024, 1, 1), QDate(2026, 9, 30)), TimeUnit::Month);
}

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
