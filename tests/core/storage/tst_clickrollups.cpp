#include "core/analytics/analytics.h"
#include "core/storage/clickrollups.h"
#include "core/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

// The packed breakdown of one link-hour (core/clickrollups.h): its encoding, the SQL merge the
// server's writer upserts with, and the schema migration from one row per breakdown.
class TestClickRollups : public QObject
{
    Q_OBJECT
private slots:
    void encodeSortsAndSums();
    void mergeAddsMatchingEntries();
    void damagedBlobGivesItsIntactStart();
    void upsertMergesInSql();
    void migrationPacksTheOldRows();

private:
    using Entries = std::vector<std::tuple<int, std::string, std::int64_t>>;
    static Entries decode(std::string_view blob, bool *intact = nullptr)
    {
        Entries out;
        const bool ok = Rollups::forEach(blob, [&out](std::uint8_t code, std::string_view value, std::int64_t clicks) {
            out.emplace_back(code, std::string(value), clicks);
        });
        if (intact)
            *intact = ok;
        return out;
    }
};

void TestClickRollups::encodeSortsAndSums()
{
    Rollups::Breakdown b;
    b.add(Rollups::Referrer, "news.example", 2);
    b.add(Rollups::Country, "FR", 1);
    b.add(Rollups::Country | Rollups::BotFlag, "FR", 4);
    b.add(Rollups::Country, "DE", 3);
    b.add(Rollups::Country, "FR", 5);
    b.add(Rollups::Country, "", 1);   // unknown is a value like any other
    const Entries expected{{Rollups::Country, "", 1},
                           {Rollups::Country, "DE", 3},
                           {Rollups::Country, "FR", 6},
                           {Rollups::Referrer, "news.example", 2},
                           {Rollups::Country | Rollups::BotFlag, "FR", 4}};
    QCOMPARE(decode(b.encode()), expected);
    QVERIFY(b.empty());   // encode() hands the entries over

    // More values than the short search covers (many referrers): still one entry each.
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 100; ++i)
            b.add(Rollups::Referrer, "host" + std::to_string(i) + ".example", 1);
    }
    const Entries many = decode(b.encode());
    QCOMPARE(many.size(), std::size_t(100));
    for (const auto &[code, value, clicks] : many)
        QCOMPARE(clicks, std::int64_t(3));
    // Counts beyond one byte and beyond 32 bits survive the variable-length encoding.
    b.add(Rollups::Os, "Linux", 300);
    b.add(Rollups::Os, "Mac", 5'000'000'000LL);
    QCOMPARE(decode(b.encode()), (Entries{{Rollups::Os, "Linux", 300}, {Rollups::Os, "Mac", 5'000'000'000LL}}));
}

void TestClickRollups::mergeAddsMatchingEntries()
{
    Rollups::Breakdown a, b;
    a.add(Rollups::Country, "DE", 2);
    a.add(Rollups::Device, "Desktop", 2);
    b.add(Rollups::Country, "AT", 1);
    b.add(Rollups::Country, "DE", 1);
    b.add(Rollups::Browser, "Firefox", 1);
    const std::string merged = Rollups::merge(a.encode(), b.encode());
    QCOMPARE(decode(merged),
             (Entries{{Rollups::Country, "AT", 1},
                      {Rollups::Country, "DE", 3},
                      {Rollups::Device, "Desktop", 2},
                      {Rollups::Browser, "Firefox", 1}}));
    QCOMPARE(Rollups::merge(merged, {}), merged);
    QCOMPARE(Rollups::merge({}, merged), merged);
}

void TestClickRollups::damagedBlobGivesItsIntactStart()
{
    Rollups::Breakdown b;
    b.add(Rollups::Country, "DE", 1);
    b.add(Rollups::Country, "FR", 2);
    const std::string blob = b.encode();
    bool intact = true;
    // Cut inside the second entry: the first is given, and the damage is reported.
    QCOMPARE(decode(std::string_view(blob).substr(0, blob.size() - 2), &intact),
             (Entries{{Rollups::Country, "DE", 1}}));
    QVERIFY(!intact);
    // A length running past the end is never read past it.
    std::string bad = blob;
    bad[1] = char(0x7f);
    QVERIFY(decode(bad, &intact).empty());
    QVERIFY(!intact);
    // Merging with a damaged blob keeps what is intact of it, nothing more.
    QCOMPARE(decode(Rollups::merge(std::string_view(blob).substr(0, blob.size() - 2), blob)),
             (Entries{{Rollups::Country, "DE", 2}, {Rollups::Country, "FR", 2}}));
    QCOMPARE(Rollups::codeOf("bot:os"), std::uint8_t(Rollups::Os | Rollups::BotFlag));
    QCOMPARE(Rollups::codeOf("total"), std::uint8_t(0));
}

void TestClickRollups::upsertMergesInSql()
{
    Database db;
    QVERIFY(db.open(u":memory:"_s).ok());
    QString error;
    QVERIFY2(Rollups::addHour(db.connection(), 7, 3600, 2, 1,
                              {{u"country"_s, u"DE"_s, 2}, {u"bot:country"_s, u"US"_s, 1}}, &error),
             qPrintable(error));
    QVERIFY(Rollups::addHour(db.connection(), 7, 3600, 1, 0, {{u"country"_s, u"DE"_s, 1}}));
    QVERIFY(Rollups::addHour(db.connection(), 7, 7200, 5, 0, {{u"country"_s, u"AT"_s, 5}}));
    QVERIFY(!Rollups::addHour(db.connection(), 7, 7200, 1, 0, {{u"planet"_s, u"Mars"_s, 1}}, &error));
    QVERIFY(error.contains(u"planet"_s));
    auto totals = Rollups::totals(db.connection(), 7);
    QCOMPARE(totals[u"total"_s][QString()], 9);
    QCOMPARE(totals[u"bot"_s][u"1"_s], 1);
    QCOMPARE(totals[u"bot"_s][u"0"_s], 8);
    QCOMPARE(totals[u"country"_s], (std::map<QString, qint64>{{u"AT"_s, 5}, {u"DE"_s, 3}}));
    QCOMPARE(totals[u"bot:country"_s], (std::map<QString, qint64>{{u"US"_s, 1}}));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM click_hours"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);   // one row per link and hour
}

void TestClickRollups::migrationPacksTheOldRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    const qint64 hour = 1'700'000'000 / 3600 * 3600;
    qint64 link = 0;
    {
        // A database as version 3 left it, with the rollups one row per breakdown.
        Database db;
        QVERIFY(db.open(path, Database::migrations().mid(0, 3)).ok());
        QCOMPARE(db.schemaVersion(), 3);
        // As version 3 wrote links (today's LinkRepository reads tables version 3 did not have).
        QSqlQuery insert(db.connection());
        QVERIFY(insert.exec(
            u"INSERT INTO links(account_id, domain, slug, short_url, destination, created_at, updated_at) "
            u"VALUES (1, 'localhost:8080', 'old', 'http://localhost:8080/old', 'https://example.com/', 0, 0)"_s));
        link = insert.lastInsertId().toLongLong();
        QVERIFY(link > 0);
        QSqlQuery q(db.connection());
        for (const auto &[h, dimension, value, n] :
             {std::tuple{hour, "total", "", 5}, std::tuple{hour, "bot", "0", 4}, std::tuple{hour, "bot", "1", 1},
              std::tuple{hour, "country", "DE", 3}, std::tuple{hour, "country", "", 1},
              std::tuple{hour, "bot:country", "US", 1}, std::tuple{hour, "referrer", "news.example", 4},
              std::tuple{hour + 3600, "total", "", 2}, std::tuple{hour + 3600, "bot", "0", 2},
              std::tuple{hour + 3600, "country", "DE", 2}}) {
            q.prepare(u"INSERT INTO click_rollups(link_id, hour, dimension, value, clicks) VALUES (?, ?, ?, ?, ?)"_s);
            q.addBindValue(link);
            q.addBindValue(h);
            q.addBindValue(QString::fromLatin1(dimension));
            q.addBindValue(QString::fromLatin1(value));
            q.addBindValue(n);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    Database db;
    const auto opened = db.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    auto totals = Rollups::totals(db.connection(), link);
    QCOMPARE(totals[u"total"_s][QString()], 7);
    QCOMPARE(totals[u"bot"_s][u"1"_s], 1);
    QCOMPARE(totals[u"country"_s], (std::map<QString, qint64>{{QString(), 1}, {u"DE"_s, 5}}));
    QCOMPARE(totals[u"bot:country"_s], (std::map<QString, qint64>{{u"US"_s, 1}}));
    QCOMPARE(totals[u"referrer"_s], (std::map<QString, qint64>{{u"news.example"_s, 4}}));
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(u"SELECT 1 FROM click_rollups"_s));   // gone
    // The charts read the moved rollups: by country over the day, bots left out and added.
    const QDate day = QDateTime::fromSecsSinceEpoch(hour, QTimeZone::utc()).date();
    const auto people =
        Analytics(db).breakdown({link}, u"country"_s, day.addDays(-1), day.addDays(1), QTimeZone::utc(), true);
    QVERIFY(people.ok());
    QCOMPARE(people->size(), 2);
    QCOMPARE(people->at(0).value, u"DE"_s);
    QCOMPARE(people->at(0).clicks, 5);
    const auto all =
        Analytics(db).breakdown({link}, u"country"_s, day.addDays(-1), day.addDays(1), QTimeZone::utc(), false);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
}

QTEST_GUILESS_MAIN(TestClickRollups)
#include "tst_clickrollups.moc"
