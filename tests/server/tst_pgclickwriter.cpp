// PgClickWriter (issue 14): a batch of clicks stored in PostgreSQL with COPY, its hourly rollups
// and link counters, and the journal's position, in one transaction, exactly once: a batch sent
// again after its commit is found stored, a gap is refused, a failed batch stores nothing and
// goes in when sent again, and two instances writing the same link-hours at once add up.
//
// The server: LINKDECK_TEST_PG, or a throwaway cluster of the test's own off CI
// (support/pgtestserver.h); each test function works in a database of its own.

#include "core/links/link.h"
#include "core/storage/clickrollups.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "server/clickrecord.h"
#include "server/linkserver.h"
#include "server/pg/pgclickwriter.h"
#include "server/pg/pgconnection.h"
#include "server/pg/pgschema.h"
#include "server/useragent.h"
#include "support/httpclient.h"
#include "support/pgtestserver.h"
#include "support/serverconfig.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server;
using namespace Linkdeck::Server::Pg;
using Linkdeck::Test::pgMigrated;
using Linkdeck::Test::pgScalar;
using Linkdeck::Test::PgTestDatabase;

namespace {

constexpr std::int64_t Hour0 = 1'800'000'000'000;   // a fixed time: the test never reads the clock

PgConnection migrated(const PgTestDatabase &db)
{
    PgConnection c = pgMigrated(db.conninfo());
    for (int link = 1; link <= 3; ++link) {
        const auto r =
            c.exec(u"INSERT INTO links(id, account_id, domain, slug, short_url, destination, created_at, "
                   u"updated_at) VALUES ($1, 1, 'go.test', $2, 'https://go.test/x', 'https://e.example/', 0, 0)"_s,
                   {link, u"s%1"_s.arg(link)});
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
    }
    return c;
}

// n clicks: links 1-3 in turn (every 10th an orphan), every 5th a bot, every 4th to variant 2,
// spread over two hours from Hour0 + offsetMs.
std::vector<ClickRecord> clicks(int n, std::int64_t offsetMs = 0)
{
    std::vector<ClickRecord> out;
    for (int i = 0; i < n; ++i) {
        ClickRecord r;
        r.timeMs = Hour0 + offsetMs + std::int64_t(i) * 7'200'000 / n;
        if (i % 10 == 9) {
            r.orphanType = OrphanType::InvalidShortUrl;
            r.path = "nothing-" + std::to_string(i);
        } else {
            r.linkId = 1 + i % 3;
            r.path = "s" + std::to_string(r.linkId) + (i % 2 ? "?utm_source=mail" : "");
            r.variant = i % 4 == 0 ? 2 : 0;
        }
        r.domain = "go.test";
        r.referrer = "https://News.example/article";
        r.userAgent = i % 5 == 0 ? "curl/8.0" : "Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0";
        r.ip = "192.0.2.0";
        r.acceptLanguage = "de-DE";
        r.redirectUrl = "https://e.example/";
        out.push_back(std::move(r));
    }
    return out;
}

// Every breakdown count of click_hours, by "code:value", over all link-hours.
std::map<std::string, std::int64_t> breakdowns(PgConnection &conn)
{
    std::map<std::string, std::int64_t> out;
    const auto r = conn.exec(u"SELECT dims FROM click_hours"_s);
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
    for (int i = 0; i < r->rows(); ++i) {
        const std::string dims = QByteArray::fromHex(r->bytes(i, 0).mid(2)).toStdString();
        const bool ok = Rollups::forEach(dims, [&](std::uint8_t code, std::string_view value, std::int64_t clicks) {
            out[std::to_string(code) + ':' + std::string(value)] += clicks;
        });
        if (!ok)
            qFatal("damaged dims");
    }
    return out;
}

}   // namespace

class TestPgClickWriter : public QObject
{
    Q_OBJECT

private slots:
    void storesClicksRollupsAndPosition();
    void aBatchSentAgainIsStoredOnce();
    void aGapIsRefused();
    void aFailedBatchStoresNothing();
    void twoInstancesAddUp();
    void countsAsTheSqliteWriterDoes();
};

void TestPgClickWriter::storesClicksRollupsAndPosition()
{
    OPEN_DB(db, "tst_pgclickwriter_store");
    PgConnection conn = migrated(db);
    UserAgentParser userAgents;   // without regexes: bots by signature, the rest unknown
    PgClickWriter writer(conn, userAgents);
    const PgClickBatch batch{"t0", {0, 0}, {3, 4096}, clicks(1000)};
    const auto stored = writer.write(batch);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    QCOMPARE(*stored, PgClickWriter::Outcome::Stored);

    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM clicks"_s), 1000);
    QCOMPARE(
        pgScalar(conn, u"SELECT count(*) FROM clicks WHERE link_id IS NULL AND orphan_type = 'invalid_short_url'"_s),
        100);
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM clicks WHERE is_bot = 1"_s), 200);
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM clicks WHERE variant = 2"_s), 250);
    // The back-half apart from the query it came with, as the SQLite writer stores it.
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM clicks WHERE slug = 's2' AND visited_url = 'utm_source=mail'"_s),
             pgScalar(conn, u"SELECT count(*) FROM clicks WHERE link_id = 2 AND visited_url <> ''"_s));
    QVERIFY(pgScalar(conn, u"SELECT count(*) FROM clicks WHERE visited_url = 'utm_source=mail'"_s) > 0);

    // Rollups: two hours of three links; 900 link clicks, 200 of them bots'.
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM click_hours"_s), 6);
    QCOMPARE(pgScalar(conn, u"SELECT sum(clicks) FROM click_hours"_s), 900);
    QCOMPARE(pgScalar(conn, u"SELECT sum(bots) FROM click_hours"_s), 200);
    QCOMPARE(pgScalar(conn, u"SELECT min(hour) FROM click_hours"_s), Hour0 / 1000 / 3600 * 3600);
    QCOMPARE(pgScalar(conn, u"SELECT sum(clicks) FROM link_click_deltas"_s), 900);
    QCOMPARE(pgScalar(conn, u"SELECT clicks FROM link_click_deltas WHERE link_id = 1"_s),
             pgScalar(conn, u"SELECT count(*) FROM clicks WHERE link_id = 1"_s));
    const auto dims = breakdowns(conn);
    const std::string bot = std::to_string(Rollups::BotFlag | Rollups::Referrer) + ":news.example";
    QCOMPARE(dims.at(std::to_string(Rollups::Referrer) + ":news.example"), 700);
    QCOMPARE(dims.at(bot), 200);
    QCOMPARE(dims.at(std::to_string(Rollups::Device | Rollups::BotFlag) + ":bot"), 200);
    std::int64_t variant2 = 0;
    for (const auto &[key, n] : dims) {
        if (key.ends_with(":2")
            && (key.starts_with(std::to_string(Rollups::Variant) + ':')
                || key.starts_with(std::to_string(Rollups::Variant | Rollups::BotFlag) + ':')))
            variant2 += n;
    }
    QCOMPARE(variant2, 250);

    QCOMPARE(*writer.position("t0"), (JournalPosition{3, 4096}));
    QCOMPARE(pgScalar(conn, u"SELECT through FROM rollup_progress"_s), pgScalar(conn, u"SELECT max(id) FROM clicks"_s));

    // The next batch of the same journal adds to the same link-hours.
    QVERIFY(writer.write({"t0", {3, 4096}, {3, 9000}, clicks(1000)}));
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM click_hours"_s), 6);
    QCOMPARE(pgScalar(conn, u"SELECT sum(clicks) FROM click_hours"_s), 1800);
    QCOMPARE(breakdowns(conn).at(bot), 400);
    QCOMPARE(pgScalar(conn, u"SELECT sum(clicks) FROM link_click_deltas"_s), 1800);
}

// The commit went through but its answer was lost: the batch comes again, and is not stored twice.
void TestPgClickWriter::aBatchSentAgainIsStoredOnce()
{
    OPEN_DB(db, "tst_pgclickwriter_once");
    PgConnection conn = migrated(db);
    UserAgentParser userAgents;
    PgClickWriter writer(conn, userAgents);
    const PgClickBatch batch{"t1", {0, 0}, {0, 5000}, clicks(300)};
    QCOMPARE(*writer.write(batch), PgClickWriter::Outcome::Stored);
    for (int i = 0; i < 3; ++i) {
        const auto again = writer.write(batch);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(*again, PgClickWriter::Outcome::AlreadyStored);
    }
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM clicks"_s), 300);
    QCOMPARE(pgScalar(conn, u"SELECT sum(clicks) FROM click_hours"_s), 270);
    // An older batch of that journal, too.
    QCOMPARE(*writer.write({"t1", {0, 0}, {0, 1000}, clicks(10)}), PgClickWriter::Outcome::AlreadyStored);
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM clicks"_s), 300);
    // Another journal is another position.
    QCOMPARE(*writer.write({"t2", {0, 0}, {0, 5000}, clicks(300)}), PgClickWriter::Outcome::Stored);
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM clicks"_s), 600);
}

void TestPgClickWriter::aGapIsRefused()
{
    OPEN_DB(db, "tst_pgclickwriter_gap");
    PgConnection conn = migrated(db);
    UserAgentParser userAgents;
    PgClickWriter writer(conn, userAgents);
    QVERIFY(writer.write({"t0", {0, 0}, {0, 100}, clicks(10)}));
    const auto gap = writer.write({"t0", {0, 200}, {0, 300}, clicks(10)});
    QVERIFY(!gap);
    QCOMPARE(gap.error().message,
             u"The clicks of journal t0 from segment 0, offset 200 do not follow on what PostgreSQL has stored (up to "
             u"segment 0, offset 100); nothing was stored."_s);
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM clicks"_s), 10);
    QCOMPARE(*writer.position("t0"), (JournalPosition{0, 100}));
}

// A batch PostgreSQL refuses (a byte sequence that is not UTF-8) leaves no click, no count and
// no position behind; the connection goes on, and the batch goes in once it can.
void TestPgClickWriter::aFailedBatchStoresNothing()
{
    OPEN_DB(db, "tst_pgclickwriter_fail");
    PgConnection conn = migrated(db);
    UserAgentParser userAgents;
    PgClickWriter writer(conn, userAgents);
    std::vector<ClickRecord> bad = clicks(500);
    bad[250].referrer = "https://x.example/\xff\xfe";
    const auto refused = writer.write({"t0", {0, 0}, {1, 0}, bad});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"UTF8"_s), qPrintable(refused.error().message));
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM clicks"_s), 0);
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM click_hours"_s), 0);
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM link_click_deltas"_s), 0);
    QCOMPARE(*writer.position("t0"), (JournalPosition{0, 0}));

    bad[250].referrer = "https://x.example/";
    QCOMPARE(*writer.write({"t0", {0, 0}, {1, 0}, bad}), PgClickWriter::Outcome::Stored);
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM clicks"_s), 500);
}

// Two instances (two connections, a journal each) store into the same link-hours at once: the
// rollups hold every click of both.
void TestPgClickWriter::twoInstancesAddUp()
{
    OPEN_DB(db, "tst_pgclickwriter_two");
    {
        PgConnection setup = migrated(db);
    }
    constexpr int Batches = 20, PerBatch = 200;
    QString errors[2];
    std::thread instances[2];
    for (int i = 0; i < 2; ++i) {
        instances[i] = std::thread([&, i] {
            auto opened = PgConnection::open(db.conninfo());
            if (!opened) {
                errors[i] = opened.error().message;
                return;
            }
            PgConnection conn = std::move(opened).value();
            UserAgentParser userAgents;
            PgClickWriter writer(conn, userAgents);
            const std::string journal = "instance" + std::to_string(i) + "-t0";
            for (int b = 0; b < Batches; ++b) {
                const auto r = writer.write({journal, {0, b * 100}, {0, (b + 1) * 100}, clicks(PerBatch, b)});
                if (!r || *r != PgClickWriter::Outcome::Stored) {
                    errors[i] = r ? u"not stored"_s : r.error().message;
                    return;
                }
            }
        });
    }
    for (auto &t : instances)
        t.join();
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
    PgConnection conn = std::move(PgConnection::open(db.conninfo())).value();
    const qint64 linkClicks = 2 * Batches * PerBatch * 9 / 10;
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM clicks"_s), 2 * Batches * PerBatch);
    QCOMPARE(pgScalar(conn, u"SELECT sum(clicks) FROM click_hours"_s), linkClicks);
    QCOMPARE(pgScalar(conn, u"SELECT sum(clicks) FROM link_click_deltas"_s), linkClicks);
    std::int64_t countries = 0;
    for (const auto &[key, n] : breakdowns(conn)) {
        if (key.starts_with(std::to_string(Rollups::Country) + ':')
            || key.starts_with(std::to_string(Rollups::Country | Rollups::BotFlag) + ':'))
            countries += n;
    }
    QCOMPARE(countries, linkClicks);
}

// The same clicks, stored by the real server on SQLite and by PgClickWriter: the same hourly
// rollups byte for byte (counts, bots and every packed breakdown) and the same link counts, so
// that the statistics read the same from either database.
void TestPgClickWriter::countsAsTheSqliteWriterDoes()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"links.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(file));
        LinkRepository links(db);
        for (int i = 1; i <= 3; ++i) {
            Link l;
            l.accountId = 1;
            l.domain = u"localhost:8080"_s;
            l.slug = u"s%1"_s.arg(i);
            l.shortUrl = u"http://localhost:8080/s%1"_s.arg(i);
            l.destination = u"https://e.example/%1"_s.arg(i);
            QVERIFY(links.insert(l));
        }
    }
    {
        Server::LinkServer server(Test::serverConfigFor(file));   // uap-core's regexes, as deployed
        const auto started = server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        const char *agents[] = {
            "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.0 Mobile/15E148 Safari/604.1",
            "curl/8.0",
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        };
        const char *referrers[] = {"", "https://News.example/a", "android-app://com.slack/"};
        const char *paths[] = {"/s1", "/s2?utm_source=mail", "/s3", "/nothing"};
        Test::HttpConnection c(server.port());
        for (int i = 0; i < 600; ++i) {
            std::string request = std::string("GET ") + paths[i % 4]
                + " HTTP/1.1\r\nHost: localhost:8080\r\nUser-Agent: " + agents[i % 4 == 3 ? 0 : (i / 4) % 4] + "\r\n";
            if (*referrers[i % 3])
                request += std::string("Referer: ") + referrers[i % 3] + "\r\n";
            const auto r = c.request(request + "\r\n");
            QVERIFY2(r.status == 302 || r.status == 404, r.error.c_str());
        }
        server.stop();
        QCOMPARE(server.clicksStored(), 600u);
    }

    // The stored clicks back as the journal had them.
    Database db;
    QVERIFY(db.open(file));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT coalesce(link_id, 0), domain, slug, visited_url, ts, referrer, user_agent, ip, "
                   u"accept_language, redirect_url, orphan_type, variant FROM clicks ORDER BY id"_s));
    std::vector<ClickRecord> records;
    while (q.next()) {
        ClickRecord r;
        r.linkId = q.value(0).toLongLong();
        r.domain = q.value(1).toString().toStdString();
        r.path = q.value(2).toString().toStdString();
        if (!q.value(3).toString().isEmpty())
            r.path += '?' + q.value(3).toString().toStdString();
        r.timeMs = q.value(4).toLongLong();
        r.referrer = q.value(5).toString().toStdString();
        r.userAgent = q.value(6).toString().toStdString();
        r.ip = q.value(7).toString().toStdString();
        r.acceptLanguage = q.value(8).toString().toStdString();
        r.redirectUrl = q.value(9).toString().toStdString();
        const QString orphan = q.value(10).toString();
        r.orphanType = orphan.isEmpty()      ? OrphanType::None
            : orphan == u"base_url"          ? OrphanType::BaseUrl
            : orphan == u"invalid_short_url" ? OrphanType::InvalidShortUrl
                                             : OrphanType::Regular404;
        r.variant = std::uint8_t(q.value(11).toInt());
        records.push_back(std::move(r));
    }
    QCOMPARE(records.size(), 600u);

    OPEN_DB(pgdb, "tst_pgclickwriter_same");
    PgConnection conn = migrated(pgdb);
    UserAgentParser userAgents;
    QVERIFY(userAgents.load());
    PgClickWriter writer(conn, userAgents);
    // In batches of different sizes, as a journal would come.
    std::size_t begin = 0;
    for (std::size_t size : {1u, 99u, 250u, 250u}) {
        PgClickBatch batch{"t0", {0, std::int64_t(begin)}, {0, std::int64_t(begin + size)}, {}};
        batch.clicks.assign(records.begin() + std::ptrdiff_t(begin), records.begin() + std::ptrdiff_t(begin + size));
        QVERIFY(writer.write(batch));
        begin += size;
    }

    QStringList sqliteHours, pgHours;
    QVERIFY(q.exec(u"SELECT link_id, hour, clicks, bots, hex(dims) FROM click_hours ORDER BY link_id, hour"_s));
    while (q.next())
        sqliteHours << u"%1 %2 %3 %4 %5"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                               q.value(3).toString(), q.value(4).toString().toLower());
    const auto hours = conn.exec(u"SELECT link_id, hour, clicks, bots, encode(dims, 'hex') FROM click_hours "
                                 u"ORDER BY link_id, hour"_s);
    QVERIFY(hours);
    for (int i = 0; i < hours->rows(); ++i)
        pgHours << u"%1 %2 %3 %4 %5"_s.arg(hours->text(i, 0), hours->text(i, 1), hours->text(i, 2), hours->text(i, 3),
                                           hours->text(i, 4));
    QVERIFY(sqliteHours.size() >= 3);
    QCOMPARE(pgHours, sqliteHours);

    // Link counts: SQLite's may have moved from the deltas into links.clicks already.
    QVERIFY(q.exec(u"SELECT l.id, l.clicks + coalesce(d.clicks, 0) FROM links l "
                   u"LEFT JOIN link_click_deltas d ON d.link_id = l.id ORDER BY l.id"_s));
    while (q.next()) {
        const auto r = conn.exec(u"SELECT coalesce(sum(clicks), 0) FROM link_click_deltas WHERE link_id = $1"_s,
                                 {q.value(0).toLongLong()});
        QVERIFY(r);
        QCOMPARE(r->toInt64(0, 0), q.value(1).toLongLong());
    }
}

QTEST_GUILESS_MAIN(TestPgClickWriter)
#include "tst_pgclickwriter.moc"
