// How fast linkdeck-server's click writer stores clicks when every click is a different link.
//
//   bench_ingest [--links N] [--clicks C] [--reference-links R] [--check]
//
// Two databases in the same run: N links (default 1,000,000) and R links (default 1,000, the
// easy case, where a batch's clicks share a few link-hours). Each gets the same C clicks
// (default 2,000,000) spread uniformly at random over its links, written as the redirect path
// journals them, then stored by the server's own ClickIngestor (start() replays the journal
// into `clicks`; the hourly rollups follow on its thread). Printed: clicks per second for both
// until every click is in `clicks` AND counted in click_hours (the rate that counts), and their
// ratio, how long storing alone took, and how long the links' counters take to follow. The figures are checked: every click stored, the hourly rollups and the counters sum
// to the clicks. --check exits 1 when a check fails or when the hard case stores fewer than
// --target clicks/s (default 100,000: above the redirect rate this machine serves).

#include "core/base/sqlite.h"
#include "core/storage/clickrollups.h"
#include "core/storage/database.h"
#include "server/clickingestor.h"
#include "server/clickrecord.h"
#include "server/journal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <random>
#include <string>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server;

namespace {

struct IngestRun
{
    double storedSeconds = 0;     // until every click is in `clicks`
    double storeSeconds = 0;      // until every click is in `clicks` and `click_hours`
    double countersSeconds = 0;   // until links.clicks holds them all
    bool ok = false;
};

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// `links` links as the app stores them (the FTS index and triggers included), made fast
// through SQLite's own API.
bool fillLinks(Database &db, int links)
{
    sqlite3 *handle = sqliteHandle(db.connection());
    sqlite3_stmt *insert = nullptr;
    if (!handle || sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(
               handle,
               "INSERT INTO links(account_id, domain, slug, short_url, destination, title, tags, campaign, "
               "created_at, updated_at) VALUES (1, 'localhost:8080', ?, ?, ?, ?, 'newsletter', 'spring-sale', 0, 0)",
               -1, &insert, nullptr)
            != SQLITE_OK)
        return false;
    std::mt19937_64 rng(17);
    bool ok = true;
    for (int i = 0; i < links && ok; ++i) {
        const std::string slug =
            QString::number(rng() % 2'176'782'336ull, 36).toStdString() + QString::number(i, 36).toStdString();
        const std::string shortUrl = "http://localhost:8080/" + slug;
        const std::string destination = "https://shop.example.com/products/item-" + std::to_string(i)
            + "?utm_source=newsletter&utm_campaign=spring-sale";
        const std::string title = "Product " + std::to_string(i);
        sqlite3_bind_text(insert, 1, slug.data(), int(slug.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, shortUrl.data(), int(shortUrl.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, destination.data(), int(destination.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 4, title.data(), int(title.size()), SQLITE_STATIC);
        ok = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
    }
    if (!ok)
        fprintf(stderr, "links: %s\n", sqlite3_errmsg(handle));
    sqlite3_finalize(insert);
    return sqlite3_exec(handle, ok ? "COMMIT" : "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK && ok;
}

IngestRun run(const QString &dir, int links, qint64 clicks, int maxBatch)
{
    IngestRun result;
    const QString path = dir + u"/links-%1.sqlite"_s.arg(links);
    const std::string journalDir = QString(dir + u"/journal-%1"_s.arg(links)).toStdString();
    std::filesystem::create_directories(journalDir);
    Database db;
    if (auto r = db.open(path); !r || !fillLinks(db, links)) {
        fprintf(stderr, "cannot make the database of %d links\n", links);
        return result;
    }
    const qint64 firstId = scalar(db, u"SELECT min(id) FROM links"_s);

    // The clicks, as the redirect path journals them: a few browsers, some referrers, one
    // hour after another (about 80,000 a second, the redirect rate of this machine).
    static const char *const agents[] = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 "
        "Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"};
    static const char *const referrers[] = {"", "https://www.google.com/", "https://news.example/today", "",
                                            "https://t.co/abc"};
    std::mt19937_64 rng(42);
    {
        JournalAppender journal(journalDir, 0);
        std::string buffer;
        const qint64 startMs = 1'790'000'000'000;   // a fixed time: the rollups' hours do not depend on today
        for (qint64 i = 0; i < clicks; ++i) {
            const qint64 link = firstId + qint64(rng() % std::uint64_t(links));
            ClickCodec::append(buffer, startMs + i / 80, link, OrphanType::None, "localhost:8080", "s",
                               referrers[rng() % std::size(referrers)], agents[rng() % std::size(agents)], "192.0.2.0",
                               "en", "https://shop.example.com/");
            if (buffer.size() >= 1 << 20) {
                if (!journal.append(buffer))
                    return result;
                buffer.clear();
            }
        }
        if (!buffer.empty() && !journal.append(buffer))
            return result;
    }

    ClickIngestor::Options options;
    options.databasePath = path.toStdString();
    options.journalDir = journalDir;
    if (maxBatch > 0)
        options.maxBatch = maxBatch;
    QElapsedTimer timer;
    timer.start();
    ClickIngestor ingestor(options);
    if (const auto started = ingestor.start(); !started) {   // replays the whole journal before it returns
        fprintf(stderr, "the click writer did not start: %s\n", qPrintable(started.error().message));
        return result;
    }
    result.storedSeconds = double(timer.nsecsElapsed()) / 1e9;
    // The hourly rollups of what is stored (every click id up to the last counted) ...
    while (scalar(db, u"SELECT (SELECT through FROM rollup_progress) < (SELECT max(id) FROM clicks)"_s) != 0
           && timer.elapsed() < 600'000)
        QThread::msleep(20);
    result.storeSeconds = double(timer.nsecsElapsed()) / 1e9;
    // ... and the counters, which follow while the journal is idle, a bounded chunk at a time.
    while (scalar(db, u"SELECT count(*) FROM link_click_deltas"_s) > 0 && timer.elapsed() < 600'000)
        QThread::msleep(20);
    result.countersSeconds = double(timer.nsecsElapsed()) / 1e9 - result.storeSeconds;
    ingestor.stop();

    // Every click, once, in each place the statistics read.
    const qint64 stored = scalar(db, u"SELECT count(*) FROM clicks"_s);
    const qint64 hourly = scalar(db, u"SELECT sum(clicks) FROM click_hours"_s);
    const qint64 counted = scalar(db, u"SELECT sum(clicks) FROM links"_s);
    result.ok = qint64(ingestor.ingested()) == clicks && stored == clicks && hourly == clicks && counted == clicks;
    if (!result.ok)
        fprintf(stderr,
                "%d links: %lld clicks, %llu ingested, %lld stored, %lld in click_hours, %lld counted on links\n",
                links, clicks, static_cast<unsigned long long>(ingestor.ingested()), stored, hourly, counted);
    return result;
}

}   // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption linksOption(u"links"_s, u"Links of the hard case."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption referenceOption(u"reference-links"_s, u"Links of the reference."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption clicksOption(u"clicks"_s, u"Clicks for each."_s, u"n"_s, u"2000000"_s);
    const QCommandLineOption targetOption(u"target"_s, u"Clicks/s the hard case must reach."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption batchOption(u"batch"_s, u"The writer's maxBatch (default: the server's)."_s, u"n"_s,
                                         u"0"_s);
    const QCommandLineOption checkOption(u"check"_s, u"Exit 1 when a check fails or the target is missed."_s);
    parser.addOptions({linksOption, referenceOption, clicksOption, targetOption, batchOption, checkOption});
    parser.process(app);
    const int links = parser.value(linksOption).toInt();
    const int referenceLinks = parser.value(referenceOption).toInt();
    const qint64 clicks = parser.value(clicksOption).toLongLong();
    if (links < 1 || referenceLinks < 1 || clicks < 1) {
        fprintf(stderr, "bad numbers\n");
        return 2;
    }
    QTemporaryDir dir;
    const IngestRun reference = run(dir.path(), referenceLinks, clicks, parser.value(batchOption).toInt());
    const IngestRun hard = run(dir.path(), links, clicks, parser.value(batchOption).toInt());
    const double referenceRate = double(clicks) / reference.storeSeconds;
    const double hardRate = double(clicks) / hard.storeSeconds;
    printf("ingest %lld clicks over %7d links (reference): %6.1f s, %8.0f clicks/s (stored after %.1f s, rolled up "
           "after %.1f s); counters %.1f s later\n",
           clicks, referenceLinks, reference.storeSeconds, referenceRate, reference.storedSeconds,
           reference.storeSeconds, reference.countersSeconds);
    printf("ingest %lld clicks over %7d links, random:    %6.1f s, %8.0f clicks/s (stored after %.1f s, rolled up "
           "after %.1f s); counters %.1f s later\n",
           clicks, links, hard.storeSeconds, hardRate, hard.storedSeconds, hard.storeSeconds, hard.countersSeconds);
    printf("ratio %d links / %d links: %.2fx\n", links, referenceLinks, hardRate / referenceRate);
    const bool ok = reference.ok && hard.ok;
    printf("every click stored once, in clicks, click_hours and links.clicks: %s\n", ok ? "yes" : "NO");
    if (!parser.isSet(checkOption))
        return ok ? 0 : 1;
    const double target = parser.value(targetOption).toDouble();
    const bool fast = hardRate >= target;
    printf("target (%d links >= %.0f clicks/s): %s\n", links, target, fast ? "met" : "MISSED");
    printf("bench: %d passed, %d failed\n", int(ok) + int(fast), 2 - int(ok) - int(fast));
    return ok && fast ? 0 : 1;
}
