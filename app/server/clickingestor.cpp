#include "server/clickingestor.h"

#include "core/base/sqlite.h"
#include "core/storage/clickrollups.h"
#include "core/storage/database.h"
#include "server/clickrecord.h"
#include "server/geoip.h"
#include "server/journal.h"
#include "server/servererror.h"
#include "server/setupthread.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <array>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <future>
#include <limits>
#include <pthread.h>
#include <tuple>
#include <unordered_map>

#include <fcntl.h>
#include <sched.h>
#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server {

std::string referrerHost(std::string_view referrer)
{
    const std::size_t scheme = referrer.find("://");
    if (scheme == std::string_view::npos)
        return {};
    std::size_t start = scheme + 3;
    std::size_t end = referrer.find_first_of("/?#", start);
    std::string host(referrer.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (const std::size_t at = host.rfind('@'); at != std::string::npos)
        host.erase(0, at + 1);
    for (char &c : host)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return host;
}

namespace {

QString q(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// What the writer cannot do is the database's (or the journal's, which it stores from).
Error storageError(const std::string &message)
{
    return serverError(Error::Kind::Storage, message);
}
Error storageError(const QString &message)
{
    return Error::make(Error::Kind::Storage, message);
}
Error storageError(const char *message)   // SQLite's, UTF-8
{
    return storageError(std::string(message));
}

}   // namespace

using Statement = SqliteStatement;

// What the writer knows of the values it has seen, kept from one batch to the next (bounded:
// emptied between batches when it grows past a few hundred thousand entries). Every value a
// breakdown records has a number; a click's breakdown (country, referrer host, device, browser,
// OS, person or bot) is one "profile", so that a click costs one profile count on its link-hour
// instead of five (dimension, value) counts.
// What a user agent is: a bot's or not, and its device, browser and OS as value numbers.
struct ClickIngestor::Agent
{
    bool bot = false;
    std::uint32_t device = 0, browser = 0, os = 0;
};

struct ClickIngestor::Counting
{
    static constexpr std::uint32_t NoVariant = ~std::uint32_t(0);
    // The value numbers of "1" ... "255" once known (a split's variants), so that a click
    // costs no formatting or look-up for its variant.
    std::array<std::uint32_t, 256> variantNumbers = [] {
        std::array<std::uint32_t, 256> all{};
        all.fill(NoVariant);
        return all;
    }();
    struct Profile
    {
        std::uint32_t country = 0, referrer = 0, device = 0, browser = 0, os = 0, bot = 0;
        std::uint32_t variant = NoVariant;   // the value number of "1", "2", ...; NoVariant: none
        bool operator==(const Profile &) const = default;
    };
    struct ProfileHash
    {
        std::size_t operator()(const Profile &p) const
        {
            std::uint64_t h = 0x9E3779B97F4A7C15ull;
            for (std::uint32_t v : {p.country, p.referrer, p.device, p.browser, p.os, p.bot, p.variant})
                h = (h ^ v) * 0xff51afd7ed558ccdull;
            return std::size_t(h ^ (h >> 32));
        }
    };

    std::unordered_map<std::string, std::uint32_t, TextHash, std::equal_to<>> numbers;     // value -> number
    std::vector<std::string_view> values;                                                  // by number (numbers' keys)
    std::unordered_map<std::string, Agent, TextHash, std::equal_to<>> agents;              // user agent -> what it is
    std::unordered_map<std::string, std::uint32_t, TextHash, std::equal_to<>> referrers;   // referrer -> host's number
    std::unordered_map<Profile, std::uint32_t, ProfileHash> profileNumbers;
    std::vector<Profile> profiles;   // by number
    // Scratch space reused from one click or batch to the next.
    GeoIp::Location where;
    std::vector<std::uint32_t> order;
    std::string dims;

    std::uint32_t number(std::string_view value)
    {
        auto it = numbers.find(value);
        if (it == numbers.end()) {
            it = numbers.emplace(std::string(value), std::uint32_t(values.size())).first;
            values.push_back(it->first);
        }
        return it->second;
    }
    std::uint32_t profile(const Profile &p)
    {
        auto [it, added] = profileNumbers.try_emplace(p, std::uint32_t(profiles.size()));
        if (added)
            profiles.push_back(p);
        return it->second;
    }
    bool full() const
    {
        return numbers.size() >= 200000 || agents.size() >= 100000 || referrers.size() >= 100000
            || profiles.size() >= 200000;
    }
    // Only while no count is held in memory (counts hold these numbers).
    void trim()
    {
        if (!full())
            return;
        numbers = {};
        values = {};
        variantNumbers.fill(NoVariant);
        agents = {};
        referrers = {};
        profileNumbers = {};
        profiles = {};
    }
};

// One transaction's clicks: each is inserted as it is read from the journal (so no journal
// bytes are held for the batch), and counted by link and hour, written at commit as one
// click_hours row each. With a million links at random nearly every click is its own
// link-hour, so the counts are compact and take no allocation per click: an open-addressing
// table of link-hours, each with a list of (profile, clicks) in one shared vector.
struct Batch
{
    struct Hour
    {
        std::int64_t link = 0;   // 0: an empty slot
        std::int32_t hour = 0;   // hours since the epoch
        std::uint32_t total = 0;
        std::uint32_t bots = 0;
        std::uint32_t head = 0;   // first ProfileCount + 1; 0: none
    };
    struct ProfileCount
    {
        std::uint32_t profile;
        std::uint32_t clicks;
        std::uint32_t next;   // the next one + 1; 0: the last
    };

    std::unique_ptr<SqliteStatement> insert;   // set while the transaction is open
    sqlite3 *handle = nullptr;                 // the connection's, while insert is set
    std::uint64_t clicks = 0;                  // inserted in the open transaction
    std::int64_t lastTimeMs = 0;               // of the last click inserted
    std::int64_t lastId = 0;                   // its id
    std::vector<Hour> table;                   // power-of-two size
    std::size_t used = 0;
    std::vector<ProfileCount> counts;

    static std::size_t hash(std::int64_t link, std::int32_t hour)
    {
        std::uint64_t h = (std::uint64_t(link) * 0x9E3779B97F4A7C15ull)
            ^ (std::uint64_t(std::uint32_t(hour)) * 0xC2B2AE3D27D4EB4Full);
        return std::size_t(h ^ (h >> 29));
    }
    Hour &at(std::int64_t link, std::int32_t hour)
    {
        if ((used + 1) * 2 > table.size())
            grow();
        const std::size_t mask = table.size() - 1;
        for (std::size_t i = hash(link, hour) & mask;; i = (i + 1) & mask) {
            Hour &h = table[i];
            if (h.link == link && h.hour == hour)
                return h;
            if (h.link == 0) {
                ++used;
                h.link = link;
                h.hour = hour;
                return h;
            }
        }
    }
    void grow()
    {
        std::vector<Hour> old(std::max<std::size_t>(1024, table.size() * 2));
        old.swap(table);
        const std::size_t mask = table.size() - 1;
        for (const Hour &h : old) {
            if (h.link == 0)
                continue;
            std::size_t i = hash(h.link, h.hour) & mask;
            while (table[i].link != 0)
                i = (i + 1) & mask;
            table[i] = h;
        }
    }
    void add(Hour &h, std::uint32_t profile)
    {
        for (std::uint32_t c = h.head; c != 0; c = counts[c - 1].next) {
            if (counts[c - 1].profile == profile) {
                ++counts[c - 1].clicks;
                return;
            }
        }
        counts.push_back(ProfileCount{profile, 1, h.head});
        h.head = std::uint32_t(counts.size());
    }
    void endTransaction()
    {
        insert.reset();
        clicks = 0;
    }
    void clear()
    {
        endTransaction();
        clearCounts();
    }
    void clearCounts()
    {
        // Sized for the batch that was; a much smaller table next time when it was mostly empty.
        if (table.size() > 4096 && used * 8 < table.size())
            table = std::vector<Hour>(table.size() / 2);
        else
            std::fill(table.begin(), table.end(), Hour{});
        used = 0;
        counts.clear();
    }
};

ClickIngestor::ClickIngestor(Options options)
    : m_options(std::move(options))
    , m_counting(std::make_unique<Counting>())
    , m_batch(std::make_unique<Batch>())
    , m_spare(std::make_unique<Batch>())
{}

ClickIngestor::~ClickIngestor()
{
    stop();
    delete m_geoip;
}

Result<void> ClickIngestor::start()
{
    if (!m_options.geoipPath.empty()) {
        auto geo = GeoIp::open(m_options.geoipPath);
        if (!geo)
            return geo.error();
        m_geoip = std::move(geo).value().release();
    }
    m_lastPassStart =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
    m_caughtUpMs.store(m_lastPassStart, std::memory_order_relaxed);
    m_statsCaughtUpMs.store(m_lastPassStart, std::memory_order_relaxed);
    return startSetUpThread(m_thread, [this](const auto &ready) {
        pthread_setname_np(pthread_self(), "ld-clicks");   // for top -H and the like
        try {
            m_db = std::make_unique<Database>();
            if (auto r = m_db->open(QString::fromStdString(m_options.databasePath)); !r) {
                ready("cannot open the database: " + r.error().detail.toStdString());
                return;
            }
            // The writer's pages: with a million links the rollups, counters and links tables
            // are far larger than SQLite's 2 MiB default, and every miss is a read from the
            // file. Checkpoints every 64 MiB of log rather than 4 MiB write a hot page back
            // once, not sixteen times.
            QSqlQuery pragma(m_db->connection());
            pragma.exec(u"PRAGMA cache_size = -32768"_s);
            pragma.exec(u"PRAGMA wal_autocheckpoint = 16384"_s);
            Result<void> setUp = checkIdentity();
            if (setUp)
                setUp = loadProgress();
            if (setUp)
                setUp = recoverRollups();
            if (!setUp) {
                ready(messageOf(setUp.error()));
                return;
            }
            continueNumbering();
            do {   // everything the journal holds, before start() returns
                if (auto drained = drainOnce(nullptr); !drained) {
                    ready(messageOf(drained.error()));
                    return;
                }
            } while (m_more);
        } catch (const std::exception &e) {
            m_db.reset();
            ready(std::string("the click writer failed at start: ") + e.what());
            return;
        }
        ready({});
        run();
        m_db.reset();
    });
}

void ClickIngestor::stop()
{
    stopThread(m_thread, m_mutex, m_stopping, m_wake);
}

void ClickIngestor::wakeUp()
{
    {
        std::lock_guard lock(m_mutex);
        m_signalled = true;
    }
    m_wake.notify_one();
}

namespace {
std::int64_t steadyMillis()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
std::int64_t wallMillis()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}
}   // namespace

void ClickIngestor::publishLag()
{
    // Journals not seen yet had nothing when the last full pass started.
    std::int64_t oldest = m_storedBefore.empty() ? m_lastPassStart : std::numeric_limits<std::int64_t>::max();
    for (const auto &[thread, before] : m_storedBefore)
        oldest = std::min(oldest, before);
    m_caughtUpMs.store(oldest, std::memory_order_relaxed);
}

std::int64_t ClickIngestor::lagMillis() const
{
    return std::max<std::int64_t>(0, steadyMillis() - m_caughtUpMs.load(std::memory_order_relaxed));
}

void ClickIngestor::run()
{
    agentOf({});   // uap-core's regexes compiled now rather than when the first click waits
    std::int64_t lastCounters = steadyMillis();
    std::int64_t lastLagReport = 0;
    for (;;) {
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            // No wait while a journal still has clicks past its share of the last pass, or
            // counts are being written.
            if (!m_more && !m_flushing)
                m_wake.wait_for(lock, std::chrono::milliseconds(m_options.idleMillis),
                                [this] { return m_stopping || m_signalled; });
            m_signalled = false;
            stopping = m_stopping;
        }
        Result<void> ok;
        std::uint64_t read = 0;
        try {
            if (m_recover)
                ok = recoverRollups();
            if (ok)
                ok = drainOnce(&read);
            while (ok && stopping && m_more)   // a stop stores everything
                ok = drainOnce(&read);
            // The counts of the clicks stored: a chunk now and then under load, all at a stop.
            if (ok)
                ok = rollUp(stopping, read == 0);
            // The click counters of the links table follow in bounded chunks: whenever the
            // journal is idle, and every counterMillis under load.
            const std::int64_t now = steadyMillis();
            const bool idle = read == 0 && !m_flushing;
            if (ok && m_pendingDeltas && (idle || stopping || now - lastCounters >= m_options.counterMillis)) {
                // Under load one chunk; while the journal is idle, chunks for up to 200 ms; at
                // a stop up to 2 s (what is left stays in link_click_deltas for the next start).
                const std::int64_t budgetEnd = now + (stopping ? 2000 : idle ? 200 : 0);
                do {
                    ok = applyCounters();
                } while (ok && m_pendingDeltas && steadyMillis() < budgetEnd);
                lastCounters = steadyMillis();
            }
        } catch (const std::exception &e) {
            // Never let the writer thread die (that would end the process): report, read
            // again from the last committed position, and try again.
            ok = storageError(std::string("unexpected failure: ") + e.what());
            m_batch->endTransaction();
            m_db->connection().rollback();
            m_progress = m_committed;
        }
        if (!ok) {
            std::fprintf(stderr, "linkdeck-server: ERROR: could not store clicks: %s (will retry)\n",
                         messageOf(ok.error()).c_str());
            m_recover = true;   // the counts in memory may include clicks that were not stored
        }
        // Said in the log when clicks wait long to be stored (at most every 30 s).
        const std::int64_t lag = lagMillis();
        if (lag >= 10000 && steadyMillis() - lastLagReport >= 30000) {
            lastLagReport = steadyMillis();
            std::fprintf(stderr,
                         "linkdeck-server: WARNING: clicks are stored up to %.1f s after their redirect (the "
                         "database cannot keep up; none is lost, they wait in the journal)\n",
                         double(lag) / 1000.0);
        }
        if (stopping)   // what could not be stored or counted is read again at the next start
            return;
    }
}

Result<void> ClickIngestor::applyCounters()
{
    // One range of counterChunk link ids a transaction, in key order from where the last chunk
    // ended (skipping ids without a count), wrapping at the end. A range, not a number of
    // links: with a million links clicked at random the pending counts are sparse, and the
    // links clicked in a range share the table's and its clicks index's pages, so each chunk
    // rewrites a bounded set of pages however many of its links were clicked. Readers add the
    // counts still in link_click_deltas, so how long they wait here is never seen.
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    if (!db.transaction())
        return storageError(db.lastError().text());
    auto fail = [&]() -> Result<void> {
        Error error = storageError("cannot update the link click counters: " + q.lastError().text().toStdString());
        db.rollback();
        return error;
    };
    auto nextPending = [&](qint64 after, qint64 *next) {
        q.prepare(u"SELECT min(link_id) FROM link_click_deltas WHERE link_id > ?"_s);
        q.addBindValue(after);
        if (!q.exec() || !q.next())
            return false;
        *next = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
        q.finish();
        return true;
    };
    qint64 next = 0;
    if (!nextPending(qint64(m_countersFrom), &next))
        return fail();
    if (next == 0 && m_countersFrom > 0) {   // wrapped: the ids before where this round started
        m_countersFrom = 0;
        if (!nextPending(0, &next))
            return fail();
    }
    if (next == 0) {
        m_pendingDeltas = false;   // nothing is left to move
        db.rollback();
        return {};
    }
    const qint64 from = next - 1;
    const qint64 last = from + std::max(1, m_options.counterChunk);
    // OR FAIL: a failure rolls the whole transaction back anyway, and without a statement
    // that could undo itself SQLite keeps no statement journal, which otherwise copied every
    // page the chunk touched into a temporary file.
    q.prepare(uR"(UPDATE OR FAIL links SET clicks = links.clicks + d.clicks
                  FROM (SELECT link_id, clicks FROM link_click_deltas WHERE link_id > ? AND link_id <= ?) AS d
                  WHERE links.id = d.link_id)"_s);
    q.addBindValue(from);
    q.addBindValue(last);
    if (!q.exec())
        return fail();
    q.prepare(u"DELETE FROM link_click_deltas WHERE link_id > ? AND link_id <= ?"_s);
    q.addBindValue(from);
    q.addBindValue(last);
    if (!q.exec())
        return fail();
    if (!db.commit()) {
        Error error = storageError(db.lastError().text());
        db.rollback();
        return error;
    }
    m_countersFrom = last;
    return {};
}

Result<void> ClickIngestor::loadProgress()
{
    m_progress.clear();
    QSqlQuery q(m_db->connection());
    if (!q.exec(u"SELECT journal, segment, offset FROM journal_progress"_s))
        return storageError(q.lastError().text());
    while (q.next())   // journal names are "t<thread>"
        m_progress[q.value(0).toString().mid(1).toInt()] = Progress{q.value(1).toLongLong(), q.value(2).toLongLong()};
    m_committed = m_progress;
    return {};
}

Result<void> ClickIngestor::store(Batch &batch, const ClickView &r)
{
    // The clicks go in through SQLite's own API: this runs for every click, and QSqlQuery's
    // QVariant and QString conversions cost more than the insert itself. The connection and
    // its handle are looked up once per transaction, not per click.
    if (!batch.insert) {
        QSqlDatabase db = m_db->connection();
        sqlite3 *handle = sqliteHandle(db);
        if (!handle)
            return storageError("no SQLite handle");
        if (!db.transaction())
            return storageError(db.lastError().text());
        batch.insert = std::make_unique<Statement>(
            handle,
            "INSERT INTO clicks(link_id, domain, slug, ts, referrer, user_agent, ip, accept_language, country, city, "
            "is_bot, orphan_type, redirect_url, visited_url, variant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!batch.insert->ok()) {
            Error error = storageError(sqlite3_errmsg(handle));
            batch.insert.reset();
            db.rollback();
            return error;
        }
        batch.handle = handle;
    }
    sqlite3 *handle = batch.handle;
    sqlite3_stmt *insert = batch.insert->get();
    auto text = [insert](int column, std::string_view value) {
        sqlite3_bind_text(insert, column, value.data(), int(value.size()), SQLITE_STATIC);
    };
    GeoIp::Location &where = m_counting->where;   // its strings keep their capacity from one click to the next
    where.countryCode.clear();
    where.city.clear();
    if (m_geoip && !r.ip.empty())
        m_geoip->lookup(r.ip, where);
    const Agent &ua = agentOf(r.userAgent);
    if (r.linkId > 0)
        sqlite3_bind_int64(insert, 1, r.linkId);
    else
        sqlite3_bind_null(insert, 1);
    text(2, r.domain);
    // A link's visit: its back-half in slug, the query it came with in visited_url (what Shlink
    // shows as visitedUrl after the short URL). An orphan visit's path stays whole.
    std::string_view slug = r.path;
    std::string_view query = "";   // not a null pointer: SQLite would store NULL
    if (r.linkId > 0) {
        if (const std::size_t mark = slug.find('?'); mark != std::string_view::npos) {
            query = slug.substr(mark + 1);
            slug = slug.substr(0, mark);
        }
    }
    text(3, slug);
    sqlite3_bind_int64(insert, 4, r.timeMs);
    text(5, r.referrer);
    text(6, r.userAgent);
    text(7, r.ip);
    text(8, r.acceptLanguage);
    text(9, where.countryCode);
    text(10, where.city);
    sqlite3_bind_int(insert, 11, ua.bot ? 1 : 0);
    if (r.orphanType == OrphanType::None)
        sqlite3_bind_null(insert, 12);
    else
        sqlite3_bind_text(insert, 12, orphanTypeName(r.orphanType), -1, SQLITE_STATIC);
    text(13, r.redirectUrl);
    text(14, query);
    sqlite3_bind_int(insert, 15, r.variant);
    if (!batch.insert->run()) {
        Error error = storageError(sqlite3_errmsg(handle));
        batch.clear();
        m_db->connection().rollback();
        return error;
    }
    ++batch.clicks;
    // Every 256 clicks the writer offers its core to a redirect worker that woke meanwhile:
    // the workers never preempt it on waking (SCHED_BATCH, httpserver.cpp), so without this
    // they would wait for the scheduler's next tick (4 ms at HZ=250) while their visitors'
    // responses queue up. One system call per 256 clicks; p99 4.5 -> 3.5 ms in
    // bench_redirects --split, the clicks stored as fast.
    if (batch.clicks % 256 == 0)
        sched_yield();
    batch.lastTimeMs = r.timeMs;
    batch.lastId = sqlite3_last_insert_rowid(handle);
    if (r.linkId > 0)
        count(batch, ua, r.linkId, r.timeMs, where.countryCode, r.referrer, r.variant);
    return {};   // no string made: a default Error's QStrings allocate nothing
}

const ClickIngestor::Agent &ClickIngestor::agentOf(std::string_view userAgent)
{
    if (!m_userAgents) {
        // Once, here on the writer thread: compiling uap-core's regexes never delays a
        // redirect, and a missing file costs one warning, never a click.
        m_userAgents = std::make_unique<UserAgentParser>();
        if (!m_options.userAgentRegexesPath.empty()) {
            if (auto loaded = m_userAgents->load(m_options.userAgentRegexesPath); !loaded)
                std::fprintf(stderr,
                             "linkdeck-server: WARNING: %s; clicks by device, browser and OS are recorded as unknown\n",
                             messageOf(loaded.error()).c_str());
        }
    }
    // What the user agent is (a bot, device, browser, OS), worked out once per distinct string.
    Counting &counting = *m_counting;
    auto agent = counting.agents.find(userAgent);
    if (agent == counting.agents.end()) {
        Agent a;
        const UserAgentParser::Classification ua = m_userAgents->classify(userAgent);
        a.bot = ua.device == "bot";   // the one bot rule (UserAgentParser::isBot)
        a.device = counting.number(ua.device);
        a.browser = counting.number(ua.browser);
        a.os = counting.number(ua.os);
        agent = counting.agents.emplace(std::string(userAgent), a).first;
    }
    return agent->second;
}

// One click of a link in its link-hour's counts (in memory until written).
void ClickIngestor::count(Batch &batch, const Agent &ua, std::int64_t linkId, std::int64_t timeMs,
                          std::string_view country, std::string_view referrer, int variant)
{
    Counting &counting = *m_counting;
    Counting::Profile profile;
    profile.country = counting.number(country);
    if (!referrer.empty()) {
        auto host = counting.referrers.find(referrer);
        if (host == counting.referrers.end())
            host = counting.referrers.emplace(std::string(referrer), counting.number(referrerHost(referrer))).first;
        profile.referrer = host->second;
    } else {
        profile.referrer = counting.number({});
    }
    profile.device = ua.device;
    profile.browser = ua.browser;
    profile.os = ua.os;
    profile.bot = ua.bot ? 1 : 0;
    if (variant > 0 && variant < 256) {
        std::uint32_t &known = counting.variantNumbers[std::size_t(variant)];
        if (known == Counting::NoVariant) {
            char digits[4];
            const int n = std::snprintf(digits, sizeof digits, "%d", variant);
            known = counting.number(std::string_view(digits, std::size_t(n)));
        }
        profile.variant = known;
    }
    if (&batch == m_batch.get() && m_countingSince == 0)
        m_countingSince = steadyMillis();
    Batch::Hour &hour = batch.at(linkId, std::int32_t(timeMs / 3600000));
    ++hour.total;
    hour.bots += ua.bot ? 1 : 0;
    batch.add(hour, counting.profile(profile));
}

Result<void> ClickIngestor::commit(Batch &batch)
{
    QSqlDatabase db = m_db->connection();
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return storageError("no SQLite handle");
    if (!batch.insert && !db.transaction())   // only the journal positions moved
        return storageError(db.lastError().text());
    batch.insert.reset();
    // The statement's error is taken before the batch is cleared and rolled back.
    auto fail = [&](Error error) -> Result<void> {
        batch.clear();
        db.rollback();
        return error;
    };
    Statement progress(handle,
                       "INSERT INTO journal_progress(journal, segment, offset) VALUES (?, ?, ?) "
                       "ON CONFLICT(journal) DO UPDATE SET segment = excluded.segment, offset = excluded.offset");
    if (!progress.ok())
        return fail(storageError(sqlite3_errmsg(handle)));
    for (const auto &[thread, p] : m_progress) {
        const std::string journal = "t" + std::to_string(thread);
        sqlite3_bind_text(progress.get(), 1, journal.data(), int(journal.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(progress.get(), 2, p.segment);
        sqlite3_bind_int64(progress.get(), 3, p.offset);
        if (!progress.run())
            return fail(storageError(sqlite3_errmsg(handle)));
    }
    const std::int64_t lastId = batch.clicks > 0 ? batch.lastId : m_lastClickId;
    // Light traffic: the counts go with their clicks, so that what is stored is counted.
    const bool inlineCounts = !m_flushing && batch.used > 0 && batch.used <= std::size_t(m_options.inlineRollups);
    if (inlineCounts) {
        const std::vector<std::uint32_t> &order = sortedHours(batch);
        if (auto written = writeHours(batch, order.data(), order.data() + order.size()); !written)
            return fail(written.error());
        if (auto written = writeRollupProgress(lastId, 0, 0, 0); !written)
            return fail(written.error());
    }
    if (!db.commit()) {
        Error error = storageError(db.lastError().text());
        batch.clear();
        db.rollback();
        return error;
    }
    m_committed = m_progress;
    m_lastClickId = lastId;
    m_ingested.fetch_add(batch.clicks, std::memory_order_relaxed);
    m_batches.fetch_add(1, std::memory_order_relaxed);
    batch.endTransaction();
    if (inlineCounts) {
        m_rollupThrough = lastId;
        m_pendingDeltas = true;
        batch.clearCounts();
        m_countingSince = 0;
    }
    return {};
}

// The batch's link-hours in key order: with random traffic over a million links the rows are
// written in one pass over the pages instead of hopping between them.
const std::vector<std::uint32_t> &ClickIngestor::sortedHours(const Batch &batch)
{
    std::vector<std::uint32_t> &order = m_counting->order;
    order.clear();
    for (std::size_t i = 0; i < batch.table.size(); ++i) {
        if (batch.table[i].link != 0)
            order.push_back(std::uint32_t(i));
    }
    std::sort(order.begin(), order.end(), [&batch](std::uint32_t a, std::uint32_t b) {
        const Batch::Hour &x = batch.table[a], &y = batch.table[b];
        return x.link != y.link ? x.link < y.link : x.hour < y.hour;
    });
    return order;
}

// One click_hours row per link-hour in [begin, end) (slots of `batch` in key order) and one
// counter delta per link, in the open transaction.
Result<void> ClickIngestor::writeHours(const Batch &batch, const std::uint32_t *begin, const std::uint32_t *end)
{
    sqlite3 *handle = sqliteHandle(m_db->connection());
    Statement hourly(handle,
                     "INSERT INTO click_hours(link_id, hour, clicks, bots, dims) VALUES (?, ?, ?, ?, ?) "
                     "ON CONFLICT(link_id, hour) DO UPDATE SET clicks = clicks + excluded.clicks, "
                     "bots = bots + excluded.bots, dims = linkdeck_dims_merge(dims, excluded.dims)");
    Statement counter(handle,
                      "INSERT INTO link_click_deltas(link_id, clicks) VALUES (?, ?) "
                      "ON CONFLICT(link_id) DO UPDATE SET clicks = clicks + excluded.clicks");
    if (!hourly.ok() || !counter.ok())
        return storageError(sqlite3_errmsg(handle));
    const Counting &counting = *m_counting;
    std::string &dims = m_counting->dims;
    // (code, value number, clicks) of one link-hour, from its profiles.
    struct Entry
    {
        std::uint8_t code;
        std::uint32_t value;
        std::uint32_t clicks;
    };
    std::vector<Entry> entries;
    for (const std::uint32_t *slot = begin; slot != end; ++slot) {
        const Batch::Hour &h = batch.table[*slot];
        entries.clear();
        for (std::uint32_t c = h.head; c != 0; c = batch.counts[c - 1].next) {
            const Batch::ProfileCount &pc = batch.counts[c - 1];
            const Counting::Profile &p = counting.profiles[pc.profile];
            const std::uint8_t flag = p.bot ? Rollups::BotFlag : 0;
            entries.push_back({std::uint8_t(Rollups::Country | flag), p.country, pc.clicks});
            entries.push_back({std::uint8_t(Rollups::Referrer | flag), p.referrer, pc.clicks});
            entries.push_back({std::uint8_t(Rollups::Device | flag), p.device, pc.clicks});
            entries.push_back({std::uint8_t(Rollups::Browser | flag), p.browser, pc.clicks});
            entries.push_back({std::uint8_t(Rollups::Os | flag), p.os, pc.clicks});
            if (p.variant != Counting::NoVariant)
                entries.push_back({std::uint8_t(Rollups::Variant | flag), p.variant, pc.clicks});
        }
        // The blob's order is (code, value), each (code, value) once.
        std::sort(entries.begin(), entries.end(), [&counting](const Entry &a, const Entry &b) {
            return a.code != b.code ? a.code < b.code
                                    : a.value != b.value && counting.values[a.value] < counting.values[b.value];
        });
        dims.clear();
        for (std::size_t i = 0; i < entries.size();) {
            std::uint64_t n = 0;
            std::size_t j = i;
            for (; j < entries.size() && entries[j].code == entries[i].code && entries[j].value == entries[i].value;
                 ++j)
                n += entries[j].clicks;
            Rollups::Detail::appendEntry(dims, entries[i].code, counting.values[entries[i].value], std::int64_t(n));
            i = j;
        }
        sqlite3_bind_int64(hourly.get(), 1, h.link);
        sqlite3_bind_int64(hourly.get(), 2, std::int64_t(h.hour) * 3600);
        sqlite3_bind_int64(hourly.get(), 3, h.total);
        sqlite3_bind_int64(hourly.get(), 4, h.bots);
        sqlite3_bind_blob64(hourly.get(), 5, dims.data(), dims.size(), SQLITE_STATIC);
        if (!hourly.run())
            return storageError(sqlite3_errmsg(handle));
    }
    // Counters: one upsert per link into the narrow deltas table; applyCounters() moves them
    // into links.clicks later, in key order and bounded chunks.
    for (const std::uint32_t *slot = begin; slot != end;) {
        const std::int64_t link = batch.table[*slot].link;
        std::int64_t clicks = 0;
        for (; slot != end && batch.table[*slot].link == link; ++slot)
            clicks += batch.table[*slot].total;
        sqlite3_bind_int64(counter.get(), 1, link);
        sqlite3_bind_int64(counter.get(), 2, clicks);
        if (!counter.run())
            return storageError(sqlite3_errmsg(handle));
    }
    return {};
}

Result<void> ClickIngestor::writeRollupProgress(std::int64_t through, std::int64_t target, std::int64_t link,
                                                std::int64_t hour)
{
    sqlite3 *handle = sqliteHandle(m_db->connection());
    Statement update(handle, "UPDATE rollup_progress SET through = ?, target = ?, link_id = ?, hour = ? WHERE id = 1");
    if (!update.ok())
        return storageError(sqlite3_errmsg(handle));
    sqlite3_bind_int64(update.get(), 1, through);
    sqlite3_bind_int64(update.get(), 2, target);
    sqlite3_bind_int64(update.get(), 3, link);
    sqlite3_bind_int64(update.get(), 4, hour);
    if (!update.run())
        return storageError(sqlite3_errmsg(handle));
    return {};
}

void ClickIngestor::flushStatistics()
{
    m_flushAsked.store(true, std::memory_order_relaxed);
    wakeUp();
}

std::int64_t ClickIngestor::statisticsLagMillis() const
{
    return std::max<std::int64_t>(0, steadyMillis() - m_statsCaughtUpMs.load(std::memory_order_relaxed));
}

// The counts of clicks stored under heavy traffic: when due, the batch's counts are set aside
// (a new batch counts the clicks after them) and written a chunk at a time, each chunk in its
// own transaction with how far it got. `all`: until nothing is left (a stop). `idle`: the last
// pass found no click, so nothing is gained by waiting.
Result<void> ClickIngestor::rollUp(bool all, bool idle)
{
    if (m_counting->full())
        all = true;   // the numbers the counts hold are emptied once no count is left
    for (;;) {
        if (!m_flushing) {
            if (m_batch->used == 0) {
                m_flushAsked.store(false, std::memory_order_relaxed);   // nothing to count: answered
                m_countingSince = 0;
                m_counting->trim();
                m_statsCaughtUpMs.store(m_caughtUpMs.load(std::memory_order_relaxed), std::memory_order_relaxed);
                return {};
            }
            const bool asked = m_flushAsked.exchange(false, std::memory_order_relaxed);
            if (!all && !asked && !idle && steadyMillis() - m_countingSince < m_options.rollupMillis)
                return {};
            m_flushing = std::move(m_batch);
            m_batch = std::move(m_spare);
            m_flushOrder = sortedHours(*m_flushing);
            m_flushPos = 0;
            m_flushTarget = m_lastClickId;
            m_flushCaughtUp = m_caughtUpMs.load(std::memory_order_relaxed);
            m_countingSince = 0;
        }
        if (auto flushed = flushChunk(); !flushed)
            return flushed;
        if (!all && m_flushing)
            return {};   // the next chunk after the next clicks
    }
}

Result<void> ClickIngestor::flushChunk()
{
    QSqlDatabase db = m_db->connection();
    if (!db.transaction())
        return storageError(db.lastError().text());
    const std::size_t end = std::min(m_flushOrder.size(), m_flushPos + std::size_t(m_options.rollupChunk));
    const std::uint32_t *first = m_flushOrder.data() + m_flushPos, *last = m_flushOrder.data() + end;
    const bool done = end == m_flushOrder.size();
    Result<void> written = writeHours(*m_flushing, first, last);
    if (written && done) {
        written = writeRollupProgress(m_flushTarget, 0, 0, 0);
    } else if (written) {
        const Batch::Hour &h = m_flushing->table[*(last - 1)];
        written = writeRollupProgress(m_rollupThrough, m_flushTarget, h.link, h.hour);
    }
    if (!written || !db.commit()) {
        Error error = written ? storageError(db.lastError().text()) : written.error();
        db.rollback();
        return error;
    }
    m_pendingDeltas = true;
    m_flushPos = end;
    if (done) {
        m_rollupThrough = m_flushTarget;
        m_flushing->clear();
        m_spare = std::move(m_flushing);
        m_statsCaughtUpMs.store(m_batch->used == 0 ? m_caughtUpMs.load(std::memory_order_relaxed) : m_flushCaughtUp,
                                std::memory_order_relaxed);
    }
    return {};
}

// Counts the clicks of links with ids in (afterId, throughId] as stored in the database.
Result<void> ClickIngestor::countStored(Batch &into, std::int64_t afterId, std::int64_t throughId)
{
    sqlite3 *handle = sqliteHandle(m_db->connection());
    Statement select(handle,
                     "SELECT link_id, ts, country, referrer, user_agent, variant FROM clicks "
                     "WHERE id > ? AND id <= ? AND link_id > 0 ORDER BY id");
    if (!select.ok())
        return storageError(sqlite3_errmsg(handle));
    sqlite3_bind_int64(select.get(), 1, afterId);
    sqlite3_bind_int64(select.get(), 2, throughId);
    auto text = [&select](int column) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(select.get(), column));
        return p ? std::string_view(p, std::size_t(sqlite3_column_bytes(select.get(), column))) : std::string_view();
    };
    int rc;
    while ((rc = sqlite3_step(select.get())) == SQLITE_ROW) {
        const std::int64_t link = sqlite3_column_int64(select.get(), 0);
        const std::int64_t ts = sqlite3_column_int64(select.get(), 1);
        const Agent &agent = agentOf(text(4));
        count(into, agent, link, ts, text(2), text(3), sqlite3_column_int(select.get(), 5));
    }
    if (rc != SQLITE_DONE)
        return storageError(sqlite3_errmsg(handle));
    return {};
}

// Where the statistics stand in the database, and the counts of the clicks stored but not yet
// counted read back into memory: at start, and after a failure left the counts in memory unknown.
Result<void> ClickIngestor::recoverRollups()
{
    forgetCounts();
    QSqlQuery q(m_db->connection());
    if (!q.exec(u"SELECT through, target, link_id, hour, (SELECT coalesce(max(id), 0) FROM clicks) "
                u"FROM rollup_progress WHERE id = 1"_s)
        || !q.next()) {
        return storageError("cannot read how far the statistics are: " + q.lastError().text().toStdString());
    }
    std::int64_t through = q.value(0).toLongLong();
    const std::int64_t target = q.value(1).toLongLong();
    const std::int64_t doneLink = q.value(2).toLongLong();
    const std::int64_t doneHour = q.value(3).toLongLong();
    m_lastClickId = q.value(4).toLongLong();
    q.finish();
    if (target > through) {
        // A write of counts was cut short: the link-hours after the last one written.
        Batch &rest = *m_spare;
        if (auto counted = countStored(rest, through, target); !counted)
            return counted;
        const std::vector<std::uint32_t> &order = sortedHours(rest);
        auto from = std::find_if(order.begin(), order.end(), [&](std::uint32_t slot) {
            const Batch::Hour &h = rest.table[slot];
            return h.link > doneLink || (h.link == doneLink && h.hour > doneHour);
        });
        QSqlDatabase db = m_db->connection();
        if (!db.transaction())
            return storageError(db.lastError().text());
        Result<void> written = writeHours(rest, order.data() + (from - order.begin()), order.data() + order.size());
        if (written)
            written = writeRollupProgress(target, 0, 0, 0);
        if (!written || !db.commit()) {
            Error error = written ? storageError(db.lastError().text()) : written.error();
            db.rollback();
            rest.clear();
            return error;
        }
        rest.clear();
        through = target;
        m_pendingDeltas = true;
    }
    m_rollupThrough = through;
    if (auto counted = countStored(*m_batch, through, m_lastClickId); !counted)
        return counted;
    m_recover = false;
    return {};
}

// The counts in memory are dropped (the database keeps the clicks; recoverRollups() counts them).
void ClickIngestor::forgetCounts()
{
    m_batch->clear();
    if (m_flushing) {
        m_flushing->clear();
        m_spare = std::move(m_flushing);
    }
    m_spare->clear();
    m_flushOrder.clear();
    m_flushPos = 0;
    m_countingSince = 0;
}

Result<void> ClickIngestor::drainOnce(std::uint64_t *read)
{
    const std::int64_t started = steadyMillis();
    const std::vector<JournalSegment> segments = listSegments(m_options.journalDir);
    Batch &batch = *m_batch;   // keeps its tables' capacity from one pass to the next
    std::int64_t batchStarted = started;
    std::string buffer;
    Result<void> ok;   // until a click cannot be stored or a batch committed
    // Each journal (I/O thread) gets an equal share of one batch per pass, so that when the
    // writer is behind every journal moves forward at the same pace: read one after the other
    // to their ends, the last one's clicks would wait for all the others' backlog.
    std::set<int> journals;
    for (const JournalSegment &s : segments)
        journals.insert(s.thread);
    const std::uint64_t share =
        std::max<std::uint64_t>(1, std::uint64_t(m_options.maxBatch) / std::max<std::size_t>(1, journals.size()));
    std::map<int, std::uint64_t> taken;
    std::map<int, std::int64_t> stoppedAt;   // journals that used their share: the time of their last click read
    std::set<int> unreadable;                // journals with a segment listed that could not be opened
    // The steady time of a journal's click (its wall-clock time), no later than now.
    auto steadyOf = [](std::int64_t timeMs) {
        const std::int64_t now = steadyMillis();
        return std::min(now, now - (wallMillis() - timeMs));
    };
    m_more = false;

    for (std::size_t i = 0; i < segments.size() && ok; ++i) {
        const JournalSegment &s = segments[i];
        Progress &p = m_progress[s.thread];
        m_storedBefore.try_emplace(s.thread, m_lastPassStart);   // a new journal: empty at the last full pass
        if (s.segment < p.segment)
            continue;   // consumed in an earlier run; deleted below
        if (stoppedAt.count(s.thread) || unreadable.count(s.thread))
            continue;   // its share is used (or a file of it is gone): the next pass goes on from its position
        const bool hasNewer = i + 1 < segments.size() && segments[i + 1].thread == s.thread;
        std::int64_t offset = s.segment == p.segment ? p.offset : 0;

        std::ifstream in(s.path, std::ios::binary | std::ios::ate);
        if (!in) {
            // Gone since the listing (the directory removed?): never taken as read. The next pass
            // reads it if its appender made it again, or goes on after it if it is gone for good.
            unreadable.insert(s.thread);
            continue;
        }
        const std::int64_t size = std::int64_t(in.tellg());
        buffer.resize(std::size_t(std::max<std::int64_t>(0, size - offset)));
        in.seekg(offset);
        in.read(buffer.data(), std::streamsize(buffer.size()));
        buffer.resize(std::size_t(std::max<std::streamsize>(0, in.gcount())));
        std::string_view data(buffer);
        bool stopHere = false;
        std::uint64_t skippedBytes = 0, damagedRecords = 0, storedAfter = 0;
        while (!data.empty()) {
            ClickView record;
            std::size_t used = 0;
            const auto status = ClickCodec::decode(data, &record, &used);
            if (status != ClickCodec::Status::Ok) {
                if (status == ClickCodec::Status::Incomplete && !hasNewer) {
                    stopHere = true;   // the appender may still be writing this record
                    break;
                }
                // Damage (or a torn record in a finished segment): go on at the next record whose
                // header and checksum hold, so one bad record costs that record only.
                std::size_t damaged = 0;
                const std::size_t next = ClickCodec::resync(data, &damaged);
                if (next == data.size() && !hasNewer) {
                    stopHere = true;   // nothing whole after it yet: read again when more is written
                    break;
                }
                skippedBytes += next;
                damagedRecords += damaged;
                data.remove_prefix(next);
                offset += std::int64_t(next);
                continue;
            }
            data.remove_prefix(used);
            offset += std::int64_t(used);
            storedAfter += skippedBytes ? 1 : 0;
            if (auto stored = store(batch, record); !stored) {
                ok = std::move(stored);
                break;
            }
            if (read)
                ++*read;
            p = Progress{s.segment, offset};
            if (batch.clicks >= std::uint64_t(m_options.maxBatch)
                || (m_options.maxBatchMillis > 0 && steadyMillis() - batchStarted >= m_options.maxBatchMillis)) {
                const std::int64_t lastTimeMs = batch.lastTimeMs;
                if (auto committed = commit(batch); !committed) {
                    ok = std::move(committed);
                    break;
                }
                // Stored: the journals before this one up to the pass's start (read to their end)
                // or their last click read (share used), this one up to its last click stored.
                for (auto &[thread, before] : m_storedBefore) {
                    if (thread < s.thread) {
                        const auto stopped = stoppedAt.find(thread);
                        before = std::max(before, stopped == stoppedAt.end() ? started : steadyOf(stopped->second));
                    }
                }
                std::int64_t &before = m_storedBefore[s.thread];
                before = std::max(before, steadyOf(lastTimeMs));
                publishLag();
                batchStarted = steadyMillis();
            }
            if (++taken[s.thread] >= share) {
                stoppedAt[s.thread] = record.timeMs;
                break;
            }
        }
        if (ok && skippedBytes) {
            m_damagedRecords.fetch_add(damagedRecords, std::memory_order_relaxed);
            std::fprintf(stderr,
                         "linkdeck-server: WARNING: skipped %llu damaged bytes / %llu records in %s; %llu clicks after "
                         "them were stored\n",
                         static_cast<unsigned long long>(skippedBytes), static_cast<unsigned long long>(damagedRecords),
                         s.path.c_str(), static_cast<unsigned long long>(storedAfter));
        }
        if (!ok || stopHere || stoppedAt.count(s.thread))
            continue;
        if (hasNewer)
            p = Progress{segments[i + 1].segment, 0};   // this segment is finished and fully read
        else
            p = Progress{s.segment, offset};
    }
    // Commit the rest, or just the new position when only that moved (to a new segment).
    if (ok && (batch.clicks > 0 || m_progress != m_committed))
        ok = commit(batch);
    if (!ok) {
        m_progress = m_committed;   // read again from the last committed position
        return ok;
    }
    // Every click written before this drain started is stored now, but for the journals that
    // used their share: up to their last click read.
    for (auto &[thread, before] : m_storedBefore) {
        const auto stopped = stoppedAt.find(thread);
        before = std::max(before, stopped == stoppedAt.end() ? started : steadyOf(stopped->second));
    }
    m_lastPassStart = started;
    m_more = !stoppedAt.empty();   // go on at once
    publishLag();
    // Segments before each journal's position are in the database: say so to the appenders
    // (which keep finished segments open until then), then remove them.
    for (const auto &[thread, p] : m_progress)
        noteSegmentsStored(m_options.journalDir, thread, p.segment);
    for (const JournalSegment &s : segments) {
        if (s.segment < m_progress[s.thread].segment)
            removeStoredSegment(s.path);
    }
    return {};
}

void ClickIngestor::removeStoredSegment(const std::string &path)
{
    std::error_code ec;
    if (m_options.removeFile)
        m_options.removeFile(path, ec);
    else
        std::filesystem::remove(path, ec);
    if (!ec) {
        if (m_undeletable.erase(path))
            std::fprintf(stderr, "linkdeck-server: the stored journal file %s could be deleted now\n", path.c_str());
        return;
    }
    // Its clicks are in the database and its position says so, so it is never read again;
    // it only takes space. Said once per file, tried again after every batch.
    if (m_undeletable.insert(path).second)
        std::fprintf(stderr,
                     "linkdeck-server: WARNING: cannot delete the journal file %s, whose clicks are stored (%s); "
                     "it is not read again, and deleting it is tried again later\n",
                     path.c_str(), ec.message().c_str());
}

Result<void> ClickIngestor::checkIdentity()
{
    const std::string &dir = m_options.journalDir;
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return storageError("cannot create the journal directory " + dir + ": " + ec.message());
    std::string where = std::filesystem::absolute(dir, ec).lexically_normal().string();
    if (ec || where.empty())
        where = dir;
    while (where.size() > 1 && where.back() == '/')
        where.pop_back();

    QSqlDatabase db = m_db->connection();
    QSqlQuery query(db);
    // Only the server uses it, so it is made here rather than by the app's schema migrations.
    if (!query.exec(
            u"CREATE TABLE IF NOT EXISTS journal_identity(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"_s)
        || !query.exec(u"SELECT key, value FROM journal_identity"_s)) {
        return storageError("cannot read the journal identity from the database: "
                            + query.lastError().text().toStdString());
    }
    std::string databaseId, databaseDir;
    while (query.next()) {
        if (query.value(0).toString() == u"identity")
            databaseId = query.value(1).toString().toStdString();
        else if (query.value(0).toString() == u"directory")
            databaseDir = query.value(1).toString().toStdString();
    }
    if (!query.exec(u"SELECT count(*) FROM journal_progress WHERE segment > 0 OR offset > 0"_s) || !query.next())
        return storageError("cannot read the journal positions: " + query.lastError().text().toStdString());
    const bool hasPositions = query.value(0).toLongLong() > 0;
    query.finish();
    const std::string journalId = readJournalIdentity(dir);
    const std::vector<JournalSegment> segments = listSegments(dir);

    auto store = [&](const std::string &identity, bool resetPositions) -> Result<void> {
        if (!db.transaction())
            return storageError("cannot store the journal identity: " + db.lastError().text().toStdString());
        QSqlQuery w(db);
        bool ok = !resetPositions || w.exec(u"DELETE FROM journal_progress"_s);
        w.prepare(u"INSERT OR REPLACE INTO journal_identity(key, value) VALUES (?, ?)"_s);
        for (const auto &[key, value] : {std::pair{u"identity"_s, identity}, std::pair{u"directory"_s, where}}) {
            w.bindValue(0, key);
            w.bindValue(1, q(value));
            ok = ok && w.exec();
        }
        if (!ok || !db.commit()) {
            Error error = storageError("cannot store the journal identity: " + w.lastError().text().toStdString());
            db.rollback();
            return error;
        }
        // The database first: should the process stop before the file is written, the two
        // disagree at the next start, and the empty positions are reset again, harmlessly.
        return writeJournalIdentity(dir, identity);
    };

    if (!databaseId.empty() && databaseId == journalId) {
        if (databaseDir != where)
            return store(databaseId, false);   // the journal moved along with its identity: all is well
        return {};
    }
    const std::string identity = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    if (databaseId.empty() && journalId.empty() && (!segments.empty() || !hasPositions)) {
        // A new database and journal, or both from before identities, used together until now.
        return store(identity, false);
    }

    // They disagree: this database's positions say nothing about this journal's files.
    std::string reason;
    if (journalId.empty())
        reason = "the journal directory " + where
            + " has no journal identity: it is new, was removed or emptied, "
              "or --journal-dir changed";
    else if (journalId == "unreadable")
        reason = "the journal identity " + journalIdentityPath(dir) + " cannot be read";
    else if (databaseId.empty())
        reason = "the journal in " + where + " (identity " + journalId + ") belongs to another database";
    else
        reason = "the journal in " + where + " (identity " + journalId
            + ") belongs to another database (this database's "
              "journal is "
            + databaseId + ")";

    // Files of a journal that is not this database's are set aside, neither read with this
    // database's positions nor deleted.
    std::string setAside;
    if (!segments.empty()) {
        char stamp[32];
        const std::time_t now = std::time(nullptr);
        std::tm tm{};
        gmtime_r(&now, &tm);
        std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
        setAside = dir + "/set-aside-" + stamp + "-" + std::to_string(::getpid());
        std::filesystem::create_directory(setAside, ec);
        for (const JournalSegment &s : segments) {
            if (ec)
                break;
            std::filesystem::rename(s.path, setAside + "/" + std::filesystem::path(s.path).filename().string(), ec);
        }
        if (!ec && !journalId.empty())
            std::filesystem::rename(journalIdentityPath(dir), setAside + "/journal.id", ec);
        if (ec) {
            return storageError(reason + ", and its files cannot be set aside in " + setAside + " (" + ec.message()
                                + "); not starting, so that none of its clicks is lost");
        }
    }
    if (auto stored = store(identity, true); !stored)
        return stored;
    std::string sentence = "linkdeck-server: WARNING: " + reason
        + ". The clicks already in the database are kept, and "
          "the database now reads this journal from its start (new journal identity "
        + identity + ").";
    if (!setAside.empty())
        sentence += " The " + std::to_string(segments.size())
            + " journal files found there belong to another database and "
              "were set aside, not read and not deleted, in "
            + setAside + ".";
    if (hasPositions && !databaseDir.empty() && databaseDir != where)
        sentence += " Clicks the server had not yet stored from its previous journal in " + databaseDir
            + " are not read (a clean stop leaves none).";
    else if (hasPositions)
        sentence += " Clicks the previous journal held and the database had not yet stored are not in it (a clean stop "
                    "leaves none).";
    std::fprintf(stderr, "%s\n", sentence.c_str());
    return {};
}

void ClickIngestor::continueNumbering()
{
    // The appenders number new segments after the highest one in the directory. Should the
    // files up to this database's position be gone (removed by hand while the identity file
    // stayed), new segments would be numbered at or below it and taken as already stored: an
    // empty segment at the remembered position makes the numbering continue after it.
    std::map<int, std::int64_t> highest;
    for (const JournalSegment &s : listSegments(m_options.journalDir))
        highest[s.thread] = std::max(highest[s.thread], s.segment);
    for (const auto &[thread, p] : m_progress) {
        if (p.segment <= 0 || highest[thread] >= p.segment)
            continue;
        const std::string path = JournalAppender::segmentPath(m_options.journalDir, thread, p.segment);
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
        std::fprintf(
            stderr,
            "linkdeck-server: WARNING: the journal files of I/O thread %d up to number %lld were removed from %s; "
            "new clicks are numbered after them%s\n",
            thread, static_cast<long long>(p.segment), m_options.journalDir.c_str(),
            fd >= 0 ? "" : " (but the journal directory is not writable)");
    }
}

}   // namespace Linkdeck::Server
