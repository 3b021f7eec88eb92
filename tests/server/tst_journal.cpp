#include "core/storage/clickrollups.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "server/clickingestor.h"
#include "server/clickrecord.h"
#include "server/journal.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server;

// A failed start's message, for QVERIFY2 (empty when it started).
static QByteArray whyNotStarted(const Result<void> &started)
{
    return started ? QByteArray() : started.error().message.toUtf8();
}

class TestJournal : public QObject
{
    Q_OBJECT
private slots:
    void codecRoundTrip();
    void codecDetectsDamage();
    void checksumIsCrc32c();
    void appenderStartsNewSegmentEachRun();
    void ingestorStoresClicksOnceAcrossRestarts();
    void ingestorSkipsTornTailOfFinishedSegment();
    void countersFollowInBoundedChunks();
    void countersSkipIdsWithoutCounts();
    void heavyTrafficStatisticsFollowAndSurviveACrash();
    void lagGrowsWhileTheDatabaseStalls();
    void ingestorSurvivesJournalFileItCannotDelete();
    void numberingContinuesAfterFilesRemovedByHand();
    void finishedSegmentsNotStoredComeBackWithTheDirectory();
    // Issue 18, 4: one damaged record costs that record, not the rest of its file.
    void codecResyncsAfterDamage();
    void ingestorSkipsOnlyTheDamagedRecord_data();
    void ingestorSkipsOnlyTheDamagedRecord();
    // Issue 18, 10: a file name whose number does not fit is no journal file (no overflow).
    void segmentNamesWithNumbersThatDoNotFit();

private:
    // What the code under test writes to stderr while it lives (the ingestor reports there).
    class StderrCapture
    {
    public:
        StderrCapture()
        {
            std::fflush(stderr);
            m_saved = ::dup(STDERR_FILENO);
            m_file = std::tmpfile();
            if (m_file)
                ::dup2(::fileno(m_file), STDERR_FILENO);
        }
        ~StderrCapture() { text(); }
        // Stops capturing (once) and returns what was written, which is also passed on to stderr.
        QByteArray text()
        {
            if (m_file) {
                std::fflush(stderr);
                ::dup2(m_saved, STDERR_FILENO);
                ::close(m_saved);
                std::rewind(m_file);
                char buffer[4096];
                for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, m_file)) > 0;)
                    m_text.append(buffer, qsizetype(n));
                std::fclose(m_file);
                m_file = nullptr;
                std::fwrite(m_text.constData(), 1, std::size_t(m_text.size()), stderr);
            }
            return m_text;
        }

    private:
        int m_saved = -1;
        std::FILE *m_file = nullptr;
        QByteArray m_text;
    };

    static qint64 scalar(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    static qint64 addLink(Database &db, const QString &slug)
    {
        LinkRepository links(db);
        Link l;
        l.accountId = 1;
        l.domain = u"localhost:8080"_s;
        l.slug = slug;
        l.shortUrl = u"http://localhost:8080/"_s + slug;
        l.destination = u"https://example.com/"_s;
        return links.insert(l)->id;
    }

    // A database with one link "a", an empty journal directory "j" beside it, and one
    // encoded click of that link, for the ingestor tests.
    struct OneLinkJournal
    {
        QTemporaryDir dir;
        std::string journalDir = dir.path().toStdString() + "/j";
        Database db;
        qint64 link = -1;
        std::string record;

        OneLinkJournal()
        {
            std::filesystem::create_directories(journalDir);
            if (db.open(dir.filePath(u"l.sqlite"_s)).ok())
                link = addLink(db, u"a"_s);
            ClickCodec::append(record, 1, link, OrphanType::None, "d", "a", "", "Mozilla", "", "", "");
        }
        ClickIngestor::Options options() const
        {
            ClickIngestor::Options o;
            o.databasePath = dir.filePath(u"l.sqlite"_s).toStdString();
            o.journalDir = journalDir;
            return o;
        }
        // Counters moved two link ids a transaction, the journal looked at every 20 ms.
        ClickIngestor::Options twoIdCounterChunks() const
        {
            ClickIngestor::Options o = options();
            o.counterChunk = 2;
            o.idleMillis = 20;
            return o;
        }
    };
    // Six more links beside "a", and in the journal link i's i + 1 clicks, in hours 0 and 1
    // (28 clicks in 13 link-hours). Empty if a click could not be journaled.
    static QList<qint64> sevenLinksClicked(OneLinkJournal &j)
    {
        QList<qint64> links{j.link};
        for (int i = 1; i < 7; ++i)
            links << addLink(j.db, u"l%1"_s.arg(i));
        JournalAppender a(j.journalDir, 0);
        std::string rec;
        for (int i = 0; i < 7; ++i) {
            for (int n = 0; n <= i; ++n) {
                rec.clear();
                ClickCodec::append(rec, 3'600'000LL * (n % 2), links[i], OrphanType::None, "d", "a", "", "Mozilla", "",
                                   "", "");
                if (!a.append(rec))
                    return {};
            }
        }
        return links;
    }
};

void TestJournal::codecRoundTrip()
{
    std::string buffer;
    ClickRecord a;
    a.timeMs = 1'764'000'000'123;
    a.linkId = 42;
    a.domain = "go.example";
    a.path = "spring";
    a.referrer = "https://news.example/";
    a.userAgent = "Mozilla/5.0 (X11; Linux x86_64)";
    a.ip = "192.0.2.0";
    a.acceptLanguage = "de-DE,de;q=0.9";
    a.redirectUrl = "https://shop.example/?q=1";
    ClickCodec::append(buffer, a);
    ClickRecord orphan;
    orphan.timeMs = 5;
    orphan.orphanType = OrphanType::InvalidShortUrl;
    orphan.path = std::string(5000, 'x');   // capped at MaxField
    ClickCodec::append(buffer, orphan);

    ClickRecord out;
    std::size_t used = 0;
    QCOMPARE(ClickCodec::decode(buffer, &out, &used), ClickCodec::Status::Ok);
    QCOMPARE(out.timeMs, a.timeMs);
    QCOMPARE(out.linkId, a.linkId);
    QCOMPARE(out.userAgent, a.userAgent);
    QCOMPARE(out.acceptLanguage, a.acceptLanguage);
    QCOMPARE(out.redirectUrl, a.redirectUrl);
    std::string_view rest(buffer);
    rest.remove_prefix(used);
    QCOMPARE(ClickCodec::decode(rest, &out, &used), ClickCodec::Status::Ok);
    QCOMPARE(out.orphanType, OrphanType::InvalidShortUrl);
    QCOMPARE(out.path.size(), ClickCodec::MaxField);
    QCOMPARE(used, rest.size());
}

void TestJournal::codecDetectsDamage()
{
    std::string buffer;
    ClickCodec::append(buffer, 1, 2, OrphanType::None, "d", "s", "", "ua", "ip", "", "");
    ClickRecord out;
    std::size_t used = 0;
    for (std::size_t cut = 0; cut < buffer.size(); ++cut)
        QCOMPARE(ClickCodec::decode(std::string_view(buffer).substr(0, cut), &out, &used),
                 ClickCodec::Status::Incomplete);
    std::string flipped = buffer;
    flipped[flipped.size() - 3] ^= 0x40;
    QCOMPARE(ClickCodec::decode(flipped, &out, &used), ClickCodec::Status::Corrupt);
    std::string badMagic = buffer;
    badMagic[0] = 'X';
    QCOMPARE(ClickCodec::decode(badMagic, &out, &used), ClickCodec::Status::Corrupt);
}

void TestJournal::checksumIsCrc32c()
{
    // The standard check value of CRC-32C (Castagnoli), hardware or table.
    QCOMPARE(ClickCodec::checksum("123456789"), 0xe3069283u);
    QCOMPARE(ClickCodec::checksum(""), 0u);
    const std::string longer(1000, 'x');
    QCOMPARE(ClickCodec::checksum(longer), ClickCodec::checksum(std::string(1000, 'x')));
    QVERIFY(ClickCodec::checksum(longer) != ClickCodec::checksum(std::string(999, 'x') + 'y'));
}

void TestJournal::appenderStartsNewSegmentEachRun()
{
    QTemporaryDir dir;
    const std::string path = dir.path().toStdString();
    {
        JournalAppender a(path, 0);
        std::string rec;
        ClickCodec::append(rec, 1, 1, OrphanType::None, "d", "s", "", "", "", "", "");
        QVERIFY(a.append(rec));
    }
    {
        JournalAppender again(path, 0);
        JournalAppender other(path, 1);
        std::string rec;
        ClickCodec::append(rec, 1, 1, OrphanType::None, "d", "s", "", "", "", "", "");
        QVERIFY(again.append(rec));
        QVERIFY(other.append(rec));
    }
    const auto segments = listSegments(path);
    QCOMPARE(segments.size(), std::size_t(3));
    QCOMPARE(segments[0].thread, 0);
    QCOMPARE(segments[0].segment, 1);
    QCOMPARE(segments[1].segment, 2);
    QCOMPARE(segments[2].thread, 1);
}

void TestJournal::ingestorStoresClicksOnceAcrossRestarts()
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(u"l.sqlite"_s);
    const std::string journalDir = dir.filePath(u"journal"_s).toStdString();
    std::filesystem::create_directories(journalDir);
    Database db;
    QVERIFY(db.open(dbPath).ok());
    const qint64 spring = addLink(db, u"spring"_s);
    const qint64 winter = addLink(db, u"winter"_s);

    ClickIngestor::Options options;
    options.databasePath = dbPath.toStdString();
    options.journalDir = journalDir;
    options.maxBatch = 7;   // several batches
    {
        JournalAppender a(journalDir, 0);
        std::string rec;
        for (int i = 0; i < 20; ++i) {
            rec.clear();
            ClickCodec::append(rec, 3'600'000LL * 100 + i, i % 4 == 0 ? winter : spring, OrphanType::None,
                               "localhost:8080", "s", i % 2 ? "https://news.example/a" : "",
                               i == 3 ? "Googlebot/2.1" : "Mozilla/5.0", "192.0.2.0", "", "https://example.com/");
            QVERIFY(a.append(rec));
        }
        rec.clear();
        ClickCodec::append(rec, 1, 0, OrphanType::Regular404, "localhost:8080", "/favicon.ico", "", "Mozilla/5.0", "",
                           "", "");
        QVERIFY(a.append(rec));
    }
    {
        ClickIngestor ingestor(options);
        const auto started = ingestor.start();
        QVERIFY2(started, whyNotStarted(started).constData());   // replays at start
        QCOMPARE(ingestor.ingested(), 21u);
        ingestor.stop();
    }
    QCOMPARE(scalar(db, u"SELECT count(*) FROM clicks"_s), 21);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM clicks WHERE orphan_type = 'regular_404' AND link_id IS NULL"_s), 1);
    QCOMPARE(scalar(db, u"SELECT clicks FROM links WHERE id = %1"_s.arg(spring)), 15);
    QCOMPARE(scalar(db, u"SELECT clicks FROM links WHERE id = %1"_s.arg(winter)), 5);
    auto rollups = Rollups::totals(db.connection());
    QCOMPARE(rollups[u"total"_s][QString()], 20);
    QCOMPARE(rollups[u"bot"_s][u"1"_s], 1);
    // People's referrers and the bot's, rolled up apart.
    QCOMPARE(rollups[u"referrer"_s][u"news.example"_s], 9);
    QCOMPARE(rollups[u"referrer"_s][u"news.example"_s] + rollups[u"bot:referrer"_s][u"news.example"_s], 10);

    // A second run (another "restart") and more clicks: nothing is counted twice.
    {
        JournalAppender a(journalDir, 0);
        std::string rec;
        ClickCodec::append(rec, 7, spring, OrphanType::None, "localhost:8080", "spring", "", "Mozilla/5.0", "", "", "");
        QVERIFY(a.append(rec));
        ClickIngestor ingestor(options);
        const auto started = ingestor.start();
        QVERIFY2(started, whyNotStarted(started).constData());
        QCOMPARE(ingestor.ingested(), 1u);
    }
    QCOMPARE(scalar(db, u"SELECT count(*) FROM clicks"_s), 22);
    QCOMPARE(scalar(db, u"SELECT clicks FROM links WHERE id = %1"_s.arg(spring)), 16);
    // Finished segments are deleted once stored; only the newest may remain.
    QVERIFY(listSegments(journalDir).size() <= 1);
}

void TestJournal::countersFollowInBoundedChunks()
{
    // Seven links, counters moved two link ids per transaction: every count arrives, none twice,
    // and the narrow deltas table is empty after a clean stop.
    OneLinkJournal j;
    QVERIFY(j.link > 0);
    const QList<qint64> links = sevenLinksClicked(j);
    QCOMPARE(links.size(), 7);
    ClickIngestor ingestor(j.twoIdCounterChunks());
    const auto started = ingestor.start();
    QVERIFY2(started, whyNotStarted(started).constData());
    QCOMPARE(ingestor.ingested(), 28u);
    // Idle: the chunks follow one another without a stop.
    QTRY_COMPARE_WITH_TIMEOUT(scalar(j.db, u"SELECT count(*) FROM link_click_deltas"_s), 0, 10000);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(scalar(j.db, u"SELECT clicks FROM links WHERE id = %1"_s.arg(links[i])), i + 1);
    QCOMPARE(scalar(j.db, u"SELECT count(*) FROM click_hours"_s), 13);   // link 0 clicked in one hour only
    QCOMPARE(scalar(j.db, u"SELECT sum(clicks) FROM click_hours"_s), 28);

    // More clicks while counters are pending, then a clean stop: exact again.
    {
        JournalAppender a(j.journalDir, 0);
        std::string rec;
        for (qint64 link : links) {
            rec.clear();
            ClickCodec::append(rec, 5, link, OrphanType::None, "d", "a", "", "Mozilla", "", "", "");
            QVERIFY(a.append(rec));
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(ingestor.ingested(), 35u, 10000);
    ingestor.stop();
    QCOMPARE(scalar(j.db, u"SELECT count(*) FROM link_click_deltas"_s), 0);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(scalar(j.db, u"SELECT clicks FROM links WHERE id = %1"_s.arg(links[i])), i + 2);
}

void TestJournal::countersSkipIdsWithoutCounts()
{
    // A chunk is a range of link ids: with counts only for ids 1 and 2,000,000 and two ids a
    // chunk, the ranges between them hold no count and are skipped, not walked a million
    // transactions long.
    OneLinkJournal j;
    QVERIFY(j.link > 0);
    const qint64 far = addLink(j.db, u"far"_s);
    QVERIFY(far > 0);
    {
        QSqlQuery q(j.db.connection());
        QVERIFY2(q.exec(u"UPDATE links SET id = 2000000 WHERE id = %1"_s.arg(far)), qPrintable(q.lastError().text()));
    }
    {
        JournalAppender a(j.journalDir, 0);
        std::string rec;
        for (qint64 link : {j.link, qint64(2000000), qint64(2000000)}) {
            rec.clear();
            ClickCodec::append(rec, 1, link, OrphanType::None, "d", "a", "", "Mozilla", "", "", "");
            QVERIFY(a.append(rec));
        }
    }
    ClickIngestor ingestor(j.twoIdCounterChunks());
    const auto started = ingestor.start();
    QVERIFY2(started, whyNotStarted(started).constData());
    QCOMPARE(ingestor.ingested(), 3u);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(j.db, u"SELECT count(*) FROM link_click_deltas"_s), 0, 10000);
    QCOMPARE(scalar(j.db, u"SELECT clicks FROM links WHERE id = %1"_s.arg(j.link)), 1);
    QCOMPARE(scalar(j.db, u"SELECT clicks FROM links WHERE id = 2000000"_s), 2);
}

// Every link's clicks as stored, in its hourly rollups, and in its counter: the same numbers.
static QString statisticsMismatch(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(uR"(SELECT l.id, (SELECT count(*) FROM clicks WHERE link_id = l.id),
                           (SELECT coalesce(sum(clicks), 0) FROM click_hours WHERE link_id = l.id),
                           l.clicks + coalesce((SELECT clicks FROM link_click_deltas WHERE link_id = l.id), 0)
                    FROM links AS l ORDER BY l.id)"_s))
        return q.lastError().text();
    QStringList wrong;
    while (q.next()) {
        if (q.value(1) != q.value(2) || q.value(1) != q.value(3))
            wrong << u"link %1: %2 stored, %3 in click_hours, %4 counted"_s.arg(
                q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    }
    return wrong.join(u"; "_s);
}

void TestJournal::heavyTrafficStatisticsFollowAndSurviveACrash()
{
    // As under heavy traffic: clicks stored at once, counted in memory, the counts written later
    // in chunks (three link-hours a transaction here). Then the two crashes that matter: one in
    // the middle of writing counts, one between storing clicks and counting them.
    OneLinkJournal j;
    QVERIFY(j.link > 0);
    const QList<qint64> links = sevenLinksClicked(j);
    QCOMPARE(links.size(), 7);
    ClickIngestor::Options options = j.options();
    options.inlineRollups = 0;       // never with the clicks: always the heavy-traffic way
    options.rollupMillis = 600000;   // and not before asked
    options.rollupChunk = 3;
    options.idleMillis = 600000;   // no pass but when woken
    {
        ClickIngestor ingestor(options);
        const auto started = ingestor.start();
        QVERIFY2(started, whyNotStarted(started).constData());
        QCOMPARE(ingestor.ingested(), 28u);
        // Stored before counted: start() returns once the journal's clicks are stored, and the
        // writer looks again only when woken (idleMillis) or asked for the counts.
        QTest::qWait(100);
        QCOMPARE(scalar(j.db, u"SELECT count(*) FROM clicks"_s), 28);
        QCOMPARE(scalar(j.db, u"SELECT count(*) FROM click_hours"_s), 0);
        QCOMPARE(scalar(j.db, u"SELECT through FROM rollup_progress"_s), 0);
        ingestor.flushStatistics();
        QTRY_COMPARE_WITH_TIMEOUT(scalar(j.db, u"SELECT through FROM rollup_progress"_s), 28, 5000);
        QCOMPARE(scalar(j.db, u"SELECT target FROM rollup_progress"_s), 0);
        QCOMPARE(scalar(j.db, u"SELECT count(*) FROM click_hours"_s), 13);
        QTRY_VERIFY_WITH_TIMEOUT(ingestor.statisticsLagMillis() < 200, 5000);
        ingestor.stop();
    }
    QCOMPARE(statisticsMismatch(j.db), QString());

    // Cut short after the link-hours up to (links[3], hour 1): those counts are in, the rest not.
    {
        QSqlQuery q(j.db.connection());
        QVERIFY(q.exec(u"UPDATE rollup_progress SET through = 0, target = 28, link_id = %1, hour = 1"_s.arg(links[3])));
        QVERIFY(q.exec(u"DELETE FROM click_hours WHERE link_id > %1"_s.arg(links[3])));
        QVERIFY(q.exec(u"DELETE FROM link_click_deltas WHERE link_id > %1"_s.arg(links[3])));
        QVERIFY(q.exec(u"UPDATE links SET clicks = 0 WHERE id > %1"_s.arg(links[3])));
    }
    QVERIFY(!statisticsMismatch(j.db).isEmpty());
    {
        ClickIngestor ingestor(options);
        const auto started = ingestor.start();
        QVERIFY2(started, whyNotStarted(started).constData());
        ingestor.stop();
    }
    QCOMPARE(statisticsMismatch(j.db), QString());   // the rest counted once, the first part not again
    QCOMPARE(scalar(j.db, u"SELECT count(*) FROM click_hours"_s), 13);
    QCOMPARE(scalar(j.db, u"SELECT through FROM rollup_progress"_s), 28);

    // Stored but never counted (the process killed in between): counted at the next start.
    {
        QSqlQuery q(j.db.connection());
        for (int n = 0; n < 5; ++n)
            QVERIFY(
                q.exec(u"INSERT INTO clicks(link_id, ts, user_agent) VALUES (%1, 7200000, 'Mozilla')"_s.arg(links[6])));
    }
    {
        ClickIngestor ingestor(options);
        const auto started = ingestor.start();
        QVERIFY2(started, whyNotStarted(started).constData());
        ingestor.flushStatistics();
        QTRY_COMPARE_WITH_TIMEOUT(scalar(j.db, u"SELECT through FROM rollup_progress"_s), 33, 5000);
        ingestor.stop();
    }
    QCOMPARE(statisticsMismatch(j.db), QString());
    QCOMPARE(scalar(j.db, u"SELECT sum(clicks) FROM click_hours WHERE link_id = %1"_s.arg(links[6])), 12);
}

void TestJournal::lagGrowsWhileTheDatabaseStalls()
{
    OneLinkJournal j;
    QVERIFY(j.link > 0);
    ClickIngestor::Options options = j.options();
    options.idleMillis = 20;
    ClickIngestor ingestor(options);
    const auto started = ingestor.start();
    QVERIFY2(started, whyNotStarted(started).constData());
    QTRY_VERIFY_WITH_TIMEOUT(ingestor.lagMillis() < 500, 5000);   // idle: within a few polls

    // Another writer holds the database; clicks arrive and wait in the journal.
    QSqlQuery lock(j.db.connection());
    QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
    {
        JournalAppender a(j.journalDir, 0);
        QVERIFY(a.append(j.record));
    }
    QTest::qWait(1500);
    QCOMPARE(ingestor.ingested(), 0u);
    QVERIFY2(ingestor.lagMillis() >= 1000, QByteArray::number(qlonglong(ingestor.lagMillis())).constData());
    QVERIFY(lock.exec(u"COMMIT"_s));
    QTRY_COMPARE_WITH_TIMEOUT(ingestor.ingested(), 1u, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(ingestor.lagMillis() < 500, 5000);
}

void TestJournal::ingestorSkipsTornTailOfFinishedSegment()
{
    OneLinkJournal j;
    QVERIFY(j.link > 0);
    {
        std::ofstream first(JournalAppender::segmentPath(j.journalDir, 0, 1), std::ios::binary);
        first << j.record << j.record.substr(0, j.record.size() / 2);   // a record cut short by a full disk
        std::ofstream second(JournalAppender::segmentPath(j.journalDir, 0, 2), std::ios::binary);
        second << j.record;
    }
    ClickIngestor ingestor(j.options());
    const auto started = ingestor.start();
    QVERIFY2(started, whyNotStarted(started).constData());
    ingestor.stop();
    QCOMPARE(scalar(j.db, u"SELECT count(*) FROM clicks"_s), 2);
}

void TestJournal::ingestorSurvivesJournalFileItCannotDelete()
{
    OneLinkJournal j;
    QVERIFY(j.link > 0);
    const std::string &journalDir = j.journalDir;
    const std::string &rec = j.record;
    {
        JournalAppender first(journalDir, 0);   // segment 1, finished by the next run's segment 2
        QVERIFY(first.append(rec) && first.append(rec));
    }
    const std::string stored = JournalAppender::segmentPath(journalDir, 0, 1);

    // Deleting fails with an error, then throws (as std::filesystem::remove does), then works.
    std::atomic<int> calls{0};
    std::atomic<bool> allowed{false};
    ClickIngestor::Options options = j.options();
    options.idleMillis = 50;
    options.removeFile = [&](const std::string &path, std::error_code &ec) {
        if (allowed)
            return std::filesystem::remove(path, ec);
        if (++calls % 2 == 0)
            throw std::filesystem::filesystem_error("remove", path,
                                                    std::make_error_code(std::errc::operation_not_permitted));
        ec = std::make_error_code(std::errc::operation_not_permitted);
        return false;
    };
    JournalAppender second(journalDir, 0);
    ClickIngestor ingestor(options);
    const auto started = ingestor.start();
    QVERIFY2(started, whyNotStarted(started).constData());
    QCOMPARE(ingestor.ingested(), 2u);   // segment 1, replayed at start
    QVERIFY(second.append(rec));
    ingestor.wakeUp();
    QTRY_COMPARE(ingestor.ingested(), 3u);
    QTRY_VERIFY(calls >= 4);   // tried again and again, through an error and an exception
    QVERIFY(std::filesystem::exists(stored));
    QVERIFY(second.append(rec));
    ingestor.wakeUp();
    QTRY_COMPARE(ingestor.ingested(), 4u);   // still storing clicks
    allowed = true;
    QTRY_VERIFY(!std::filesystem::exists(stored));
    ingestor.stop();
    QCOMPARE(scalar(j.db, u"SELECT count(*) FROM clicks"_s), 4);
}

void TestJournal::numberingContinuesAfterFilesRemovedByHand()
{
    OneLinkJournal j;
    QVERIFY(j.link > 0);
    const std::string &journalDir = j.journalDir;
    const std::string &rec = j.record;
    Database &db = j.db;
    const ClickIngestor::Options options = j.options();
    // Two runs as the server does them (the writer starts first, then the appender): the
    // database remembers segment 2.
    for (int run = 0; run < 2; ++run) {
        ClickIngestor ingestor(options);
        const auto started = ingestor.start();
        QVERIFY2(started, whyNotStarted(started).constData());
        JournalAppender appender(journalDir, 0);
        QVERIFY(appender.append(rec));
        ingestor.stop();
    }
    QCOMPARE(scalar(db, u"SELECT count(*) FROM clicks"_s), 2);
    QVERIFY(std::filesystem::exists(journalIdentityPath(journalDir)));

    // The segment files removed by hand, the identity file left.
    for (const JournalSegment &s : listSegments(journalDir))
        std::filesystem::remove(s.path);
    {
        ClickIngestor ingestor(options);
        const auto started = ingestor.start();
        QVERIFY2(started, whyNotStarted(started).constData());
        JournalAppender appender(journalDir, 0);
        QVERIFY(appender.append(rec) && appender.append(rec));
        ingestor.stop();
    }
    QCOMPARE(scalar(db, u"SELECT count(*) FROM clicks"_s), 4);
}

void TestJournal::finishedSegmentsNotStoredComeBackWithTheDirectory()
{
    OneLinkJournal j;
    QVERIFY(j.link > 0);
    const std::string &journalDir = j.journalDir;
    const std::string &rec = j.record;
    ClickIngestor::Options options = j.options();
    options.idleMillis = 50;
    {
        // The journal identity and positions, as a first run leaves them.
        ClickIngestor ingestor(options);
        const auto started = ingestor.start();
        QVERIFY2(started, whyNotStarted(started).constData());
        ingestor.stop();
    }
    const std::string identity = readJournalIdentity(journalDir);
    QVERIFY(!identity.empty() && identity != "unreadable");

    // Segments of three records: ten clicks make three finished segments (not stored: the
    // writer is not running, as when it is behind) and the one being written.
    JournalAppender appender(journalDir, 0, std::int64_t(rec.size()) * 3);
    for (int i = 0; i < 10; ++i)
        QVERIFY(appender.append(rec));
    QCOMPARE(listSegments(journalDir).size(), std::size_t(4));
    QCOMPARE(appender.heldSegments(), std::size_t(3));
    std::vector<std::string> before;
    for (const JournalSegment &s : listSegments(journalDir)) {
        std::ifstream in(s.path, std::ios::binary);
        before.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }

    std::filesystem::remove_all(journalDir);
    {
        StderrCapture capture;
        QCOMPARE(appender.restoreIfRemoved(), 4);
        QCOMPARE(capture.text().count("was made again"), 4);
    }
    QCOMPARE(readJournalIdentity(journalDir), identity);
    const std::vector<JournalSegment> after = listSegments(journalDir);
    QCOMPARE(after.size(), before.size());
    for (std::size_t i = 0; i < after.size(); ++i) {
        std::ifstream in(after[i].path, std::ios::binary);
        QCOMPARE(std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()), before[i]);
    }
    QCOMPARE(appender.restoreIfRemoved(), 0);   // once is enough
    QVERIFY(appender.append(rec));              // appending goes on in the file made again

    // The writer stores all eleven; the segments it deletes are not taken for removed ones.
    ClickIngestor ingestor(options);
    const auto started = ingestor.start();
    QVERIFY2(started, whyNotStarted(started).constData());
    QCOMPARE(ingestor.ingested(), 11u);
    for (int i = 0; i < 6; ++i)
        QVERIFY(appender.append(rec));
    ingestor.wakeUp();
    QTRY_COMPARE(ingestor.ingested(), 17u);
    QTRY_COMPARE(listSegments(journalDir).size(), std::size_t(1));
    {
        StderrCapture capture;
        QCOMPARE(appender.restoreIfRemoved(), 0);
        QVERIFY(!capture.text().contains("made again"));
    }
    QCOMPARE(appender.heldSegments(), std::size_t(0));
    ingestor.stop();
    QCOMPARE(scalar(j.db, u"SELECT count(*) FROM clicks"_s), 17);
}

void TestJournal::codecResyncsAfterDamage()
{
    std::string buffer;
    for (int i = 0; i < 5; ++i)
        ClickCodec::append(buffer, i, 1, OrphanType::None, "d", "s", "", "Mozilla", "", "", "");
    const std::size_t size = buffer.size() / 5;
    std::size_t damaged = 0;
    // A payload byte of record 1 damaged: resync lands on record 2.
    std::string data = buffer;
    data[size + size / 2] ^= 0x10;
    QCOMPARE(ClickCodec::resync(std::string_view(data).substr(size), &damaged), size);
    QCOMPARE(damaged, std::size_t(1));
    // The magic of records 1 and 2 gone and record 3's length broken: records 1-3 skipped, 4 found.
    data = buffer;
    data[size] = data[2 * size] = 0;
    data[3 * size + 4] = char(0xff);
    QCOMPARE(ClickCodec::resync(std::string_view(data).substr(size), &damaged), 3 * size);
    QCOMPARE(damaged, std::size_t(2));   // record 3's header still says "LDJ2"; 1 and 2 show as one stretch
    // Nothing whole after the damage.
    QCOMPARE(ClickCodec::resync(std::string_view(data).substr(3 * size, size + 3), &damaged), size + 3);
    QCOMPARE(damaged, std::size_t(1));
}

void TestJournal::ingestorSkipsOnlyTheDamagedRecord_data()
{
    QTest::addColumn<int>("at");          // where the four zero bytes go
    QTest::addColumn<bool>("finished");   // in a finished segment, or in the one being written
    std::string one;
    ClickCodec::append(one, 1'764'000'000'000, 1, OrphanType::None, "localhost:8080", "a", "https://ref.test/055",
                       "Mozilla/5.0", "192.0.2.0", "", "https://example.com/");
    const int size = int(one.size());
    for (const bool finished : {true, false}) {
        const char *where = finished ? "finished segment" : "segment being written";
        QTest::addRow("payload of record 55, %s", where) << 55 * size + size / 2 << finished;
        QTest::addRow("magic of record 55, %s", where) << 55 * size << finished;
        QTest::addRow("checksum of record 55, %s", where) << 55 * size + 8 << finished;
        QTest::addRow("across records 54 and 55, %s", where) << 55 * size - 2 << finished;
        QTest::addRow("last record, %s", where) << 110 * size - 4 << finished;
    }
}

void TestJournal::ingestorSkipsOnlyTheDamagedRecord()
{
    QFETCH(int, at);
    QFETCH(bool, finished);
    OneLinkJournal j;
    QVERIFY(j.link > 0);
    std::string journal;
    std::vector<std::size_t> starts;
    for (int i = 0; i < 110; ++i) {
        starts.push_back(journal.size());
        ClickCodec::append(journal, 1'764'000'000'000 + i, j.link, OrphanType::None, "localhost:8080", "a",
                           QString::asprintf("https://ref.test/%03d", i).toStdString(), "Mozilla/5.0", "192.0.2.0", "",
                           "https://example.com/");
    }
    starts.push_back(journal.size());
    QCOMPARE(starts[1] * 110, journal.size());   // all of one size, as the data rows assume
    // The records whose bytes actually change (zeroing a zero byte damages nothing).
    std::set<int> damaged;
    for (int k = at; k < at + 4; ++k) {
        if (journal[std::size_t(k)] != 0)
            damaged.insert(int(std::upper_bound(starts.begin(), starts.end(), std::size_t(k)) - starts.begin()) - 1);
        journal[std::size_t(k)] = 0;
    }
    QVERIFY(!damaged.empty());
    {
        std::ofstream out(JournalAppender::segmentPath(j.journalDir, 0, 1), std::ios::binary);
        out << journal;
    }
    if (finished)
        std::ofstream(JournalAppender::segmentPath(j.journalDir, 0, 2), std::ios::binary);   // the next run's segment

    StderrCapture log;
    {
        ClickIngestor ingestor(j.options());
        const auto started = ingestor.start();
        QVERIFY2(started, whyNotStarted(started).constData());
        ingestor.stop();
        if (damaged.count(109) && !finished)
            QCOMPARE(ingestor.damagedRecords(), 0u);   // the last record may still be being written: not yet skipped
        else
            QCOMPARE(ingestor.damagedRecords(), std::uint64_t(damaged.size()));
    }
    const QByteArray output = log.text();
    const qint64 expected = 110 - qint64(damaged.size());
    QCOMPARE(scalar(j.db, u"SELECT count(*) FROM clicks"_s), expected);
    // Exactly the undamaged ones, each once.
    QCOMPARE(scalar(j.db, u"SELECT count(DISTINCT referrer) FROM clicks"_s), expected);
    for (const int d : damaged)
        QCOMPARE(
            scalar(j.db,
                   u"SELECT count(*) FROM clicks WHERE referrer = 'https://ref.test/%1'"_s.arg(d, 3, 10, QChar(u'0'))),
            0);
    if (damaged.count(109) && !finished) {
        QVERIFY2(!output.contains("skipped"), output.constData());
        return;
    }
    const int first = *damaged.begin(), last = *damaged.rbegin();
    const QByteArray sentence = QByteArray("skipped ")
        + QByteArray::number(qulonglong(starts[std::size_t(last) + 1] - starts[std::size_t(first)]))
        + " damaged bytes / " + QByteArray::number(qulonglong(damaged.size())) + " records in "
        + QByteArray::fromStdString(JournalAppender::segmentPath(j.journalDir, 0, 1)) + "; "
        + QByteArray::number(109 - last) + " clicks after them were stored";
    QVERIFY2(output.contains(sentence), QByteArray(output + "\nexpected: " + sentence).constData());
}

void TestJournal::segmentNamesWithNumbersThatDoNotFit()
{
    QTemporaryDir dir;
    const std::string path = dir.path().toStdString();
    for (const char *name :
         {"clicks-0-00000001.journal", "clicks-0-9223372036854775807.journal", "clicks-0-9223372036854775808.journal",
          "clicks-0-99999999999999999999999999.journal", "clicks-2147483648-1.journal", "clicks-99999999999-1.journal",
          "clicks--1-1.journal", "clicks-0--5.journal", "clicks-0-+5.journal", "clicks- 1-1.journal",
          "clicks-0-1.journalx", "clicks-0-1.journa", "clicks-0-.journal", "clicks-1-2"})
        std::ofstream(path + '/' + name) << "";
    const auto segments = listSegments(path);
    QCOMPARE(segments.size(), std::size_t(2));
    QCOMPARE(segments[0].thread, 0);
    QCOMPARE(segments[0].segment, 1);
    QCOMPARE(segments[1].segment, std::int64_t(9223372036854775807));
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
