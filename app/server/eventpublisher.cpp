#include "server/eventpublisher.h"

#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "server/clickingestor.h"
#include "server/clickrecord.h"
#include "server/geoip.h"
#include "server/journal.h"
#include "server/setupthread.h"
#include "server/shlinkapi.h"
#include "server/useragent.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <deque>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <unordered_map>

#include <fcntl.h>
#include <hiredis.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server {
namespace {

using Clock = std::chrono::steady_clock;

constexpr auto FirstRetry = std::chrono::milliseconds(100);
constexpr auto LongestRetry = std::chrono::milliseconds(2000);
constexpr auto LinkCacheLifetime = std::chrono::milliseconds(1000);   // visitsSummary and edits show within this
constexpr std::size_t MaxQueuedShortUrls = 10000;

// A visit read more than this long after its redirect is not published: a publisher that cannot
// keep up sheds load instead of falling further behind (and a stop does not wait for a backlog).
constexpr std::int64_t StaleMillis = 1000;

// A JSON string as QJsonDocument writes one: UTF-8 (an invalid sequence becomes U+FFFD, as
// QString::fromUtf8 makes it), with " \ and control characters escaped.
void appendJsonString(QByteArray &out, std::string_view s)
{
    QByteArray converted;
    if (std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
        converted = QString::fromUtf8(s.data(), qsizetype(s.size())).toUtf8();
        s = std::string_view(converted.constData(), std::size_t(converted.size()));
    }
    out += '"';
    std::size_t plain = 0;   // start of the run not yet copied
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s.data() + plain, qsizetype(i - plain));
        plain = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
            out += escaped;
        }
        }
    }
    out.append(s.data() + plain, qsizetype(s.size() - plain));
    out += '"';
}

void appendNumber(QByteArray &out, std::int64_t n)
{
    char digits[24];
    const int length = std::snprintf(digits, sizeof digits, "%lld", static_cast<long long>(n));
    out.append(digits, length);
}

struct Event
{
    std::string channel;
    QByteArray payload;
};

// Where a record ends in the journal: one I/O thread's segment and offset.
struct JournalPosition
{
    int thread = 0;
    std::int64_t segment = 0;
    std::int64_t offset = 0;
};

using ClickHandler = std::function<void(const ClickView &, const JournalPosition &)>;

struct Counts
{
    std::int64_t total = 0;
    std::int64_t bots = 0;
};

}   // namespace

struct EventPublisher::Private
{
    // Where this publisher has read one I/O thread's journal: the segment, the offset of the first
    // record not read, and the segment open (so that the ingestor deleting it does not lose its rest).
    struct Tail
    {
        std::int64_t segment = 0;
        std::int64_t offset = 0;
        int fd = -1;
    };
    struct CachedLink
    {
        // The short URL's JSON without its visitsSummary and closing brace ("{\"crawlable\":..."),
        // to which each event adds the summary; empty: no such link (deleted since its click).
        QByteArray head;
        std::string shortCode;
        Clock::time_point until;
    };

    std::string journalDir;
    std::unique_ptr<Database> db;
    std::unique_ptr<LinkRepository> links;
    std::unique_ptr<ShlinkApi> api;   // for shortUrlJson(), on this thread's connection
    std::unique_ptr<GeoIp> geoip;
    std::map<int, Tail> tails;
    std::string buffer;
    std::unordered_map<std::int64_t, CachedLink> linkCache;
    // The short URL's visitsSummary counts the visit being published, as Shlink's does: the
    // database's counts (click_hours, which the ingestor commits with its journal positions) plus
    // the visits this publisher has read that the ingestor had not stored yet, both seen in one
    // read transaction per poll.
    struct Seen
    {
        std::int64_t segment;
        std::int64_t offset;   // where the record ends
        std::int64_t linkId;
        bool bot;
    };
    std::map<int, std::deque<Seen>> unstored;                          // by journal thread, in journal order
    std::unordered_map<std::int64_t, Counts> unstoredCounts;           // by link
    bool reading = false;                                              // the poll's read transaction is open
    std::map<int, std::pair<std::int64_t, std::int64_t>> storedUpTo;   // journal_progress in it
    std::unordered_map<std::int64_t, Counts> storedCounts;             // click_hours in it, by link
    // The ingestor's rule for a bot (uap-core's Spider included), so that the event says what
    // the visits API will; its own cache of user agents.
    std::unique_ptr<UserAgentParser> userAgents;
    std::string userAgentRegexesPath;
    std::string scheme;
    std::int64_t isoSecond = -1;   // the second isoDate holds
    QByteArray isoDate;
    GeoIp::Location where;   // reused

    redisContext *redis = nullptr;
    bool everConnected = false;
    bool outageReported = false;
    std::uint64_t droppedAtOutage = 0;
    Clock::time_point nextAttempt{};
    Clock::duration retryDelay = FirstRetry;
    std::string connectedTo;

    ~Private()
    {
        for (auto &[thread, tail] : tails) {
            if (tail.fd >= 0)
                ::close(tail.fd);
        }
        if (redis)
            redisFree(redis);
    }

    void snapshot();
    void poll(const ClickHandler &onClick);
    void read(int thread, Tail &tail, bool finished, const ClickHandler &onClick);
    const CachedLink &link(std::int64_t id);
    bool isBot(std::string_view userAgent);
    void appendVisit(QByteArray &out, const ClickView &click, bool bot);
    Counts visitsSummary(std::int64_t linkId, const JournalPosition &at, bool bot);
    void endRead();
};

// Every journal from where it ends now: what is in it was redirected before the publisher ran.
void EventPublisher::Private::snapshot()
{
    for (const JournalSegment &s : listSegments(journalDir)) {
        Tail &t = tails[s.thread];
        if (s.segment < t.segment)
            continue;
        if (t.fd >= 0)
            ::close(t.fd);
        t = Tail{s.segment, 0, ::open(s.path.c_str(), O_RDONLY | O_CLOEXEC)};
        struct stat st
        {};
        if (t.fd >= 0 && ::fstat(t.fd, &st) == 0)
            t.offset = st.st_size;
    }
}

// The records appended since the last call, in each thread's order. Segments are found as the
// ingestor finds them (listSegments); one that the ingestor deletes is read to its end through the
// descriptor held open, and one that the appender made again after its directory was removed
// (JournalAppender::restoreIfRemoved) is followed at the same offset.
void EventPublisher::Private::poll(const ClickHandler &onClick)
{
    const std::vector<JournalSegment> segments = listSegments(journalDir);
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const JournalSegment &s = segments[i];
        const bool hasNewer = i + 1 < segments.size() && segments[i + 1].thread == s.thread;
        Tail &t = tails[s.thread];
        if (s.segment < t.segment)
            continue;
        if (s.segment > t.segment) {
            if (t.fd >= 0) {
                read(s.thread, t, true, onClick);   // its rest: a newer segment exists, so it is finished
                ::close(t.fd);
            }
            t = Tail{s.segment, 0, ::open(s.path.c_str(), O_RDONLY | O_CLOEXEC)};
        } else if (t.fd < 0) {
            t.fd = ::open(s.path.c_str(), O_RDONLY | O_CLOEXEC);
        } else {
            struct stat st
            {};
            if (::fstat(t.fd, &st) == 0 && st.st_nlink == 0) {
                // Unlinked, yet listed: the appender has made the file again with the same bytes.
                if (const int fd = ::open(s.path.c_str(), O_RDONLY | O_CLOEXEC); fd >= 0) {
                    ::close(t.fd);
                    t.fd = fd;
                }
            }
        }
        if (t.fd >= 0)
            read(s.thread, t, hasNewer, onClick);
    }
    // A segment no longer listed, with nothing after it: the journal directory was removed, and the
    // appender writes on in the removed file until it makes it again (within a second).
    for (auto &[thread, t] : tails) {
        const bool listed = std::any_of(segments.begin(), segments.end(),
                                        [thread = thread](const JournalSegment &s) { return s.thread == thread; });
        if (!listed && t.fd >= 0)
            read(thread, t, false, onClick);
    }
}

void EventPublisher::Private::read(int thread, Tail &t, bool finished, const ClickHandler &onClick)
{
    struct stat st
    {};
    if (::fstat(t.fd, &st) != 0)
        return;
    const std::int64_t size = st.st_size;
    if (size < t.offset) {   // not the file it was (never so for a journal): go on from its end
        t.offset = size;
        return;
    }
    constexpr std::int64_t Chunk = 1 << 20;
    while (t.offset < size) {
        buffer.resize(std::size_t(std::min(Chunk, size - t.offset)));
        const ssize_t got = ::pread(t.fd, buffer.data(), buffer.size(), t.offset);
        if (got <= 0)
            return;
        const std::string_view data(buffer.data(), std::size_t(got));
        const bool atEnd = t.offset + got >= size;
        std::size_t used = 0;
        while (used < data.size()) {
            ClickView click;
            std::size_t n = 0;
            const auto status = ClickCodec::decode(data.substr(used), &click, &n);
            if (status == ClickCodec::Status::Ok) {
                used += n;
                onClick(click, JournalPosition{thread, t.segment, t.offset + std::int64_t(used)});
                continue;
            }
            if (status == ClickCodec::Status::Incomplete && (used > 0 || atEnd)) {
                if (atEnd && finished)
                    used = data.size();   // a torn record at the end of a finished segment
                break;                    // the rest from here in the next chunk, or when it is written
            }
            // Damaged (the ingestor reports it): on at the next record that checks.
            std::size_t damaged = 0;
            const std::size_t next = ClickCodec::resync(data.substr(used), &damaged);
            if (used + next >= data.size() && atEnd && !finished)
                break;   // nothing whole after it yet
            used += next;
        }
        if (used == 0)
            return;
        t.offset += std::int64_t(used);
    }
}

const EventPublisher::Private::CachedLink &EventPublisher::Private::link(std::int64_t id)
{
    const auto now = Clock::now();
    auto it = linkCache.find(id);
    if (it != linkCache.end() && it->second.until > now)
        return it->second;
    if (linkCache.size() > 10000)
        linkCache.clear();
    CachedLink cached;
    cached.until = now + LinkCacheLifetime;
    if (const auto found = links->find(id)) {
        QJsonObject shortUrl = api->shortUrlJson(*found);
        shortUrl.remove(u"visitsSummary"_s);
        cached.head = QJsonDocument(shortUrl).toJson(QJsonDocument::Compact);
        cached.head.chop(1);   // the closing brace
        cached.shortCode = found->slug.toStdString();
    }
    return linkCache[id] = std::move(cached);
}

bool EventPublisher::Private::isBot(std::string_view userAgent)
{
    if (!userAgents) {
        // On the publisher's thread, at its first visit: as the ingestor loads them (it warns
        // once should the file be missing; the signatures still apply then).
        userAgents = std::make_unique<UserAgentParser>();
        if (!userAgentRegexesPath.empty())
            (void)userAgents->load(userAgentRegexesPath);
    }
    return userAgents->isBot(userAgent);
}

Counts EventPublisher::Private::visitsSummary(std::int64_t linkId, const JournalPosition &at, bool bot)
{
    QSqlDatabase conn = db->connection();
    if (!reading) {
        // One snapshot for the poll: the ingestor's positions and counts agree in it.
        reading = conn.transaction();
        storedUpTo.clear();
        storedCounts.clear();
        QSqlQuery q(conn);
        if (q.exec(u"SELECT journal, segment, offset FROM journal_progress"_s)) {
            while (q.next())   // journal names are "t<thread>"
                storedUpTo[q.value(0).toString().mid(1).toInt()] = {q.value(1).toLongLong(), q.value(2).toLongLong()};
        }
        const auto stored = [this](int thread, const Seen &s) {
            const auto it = storedUpTo.find(thread);
            return it != storedUpTo.end()
                && (s.segment < it->second.first || (s.segment == it->second.first && s.offset <= it->second.second));
        };
        for (auto &[thread, seen] : unstored) {
            while (!seen.empty() && stored(thread, seen.front())) {
                Counts &c = unstoredCounts[seen.front().linkId];
                c.total -= 1;
                c.bots -= seen.front().bot ? 1 : 0;
                if (c.total <= 0)
                    unstoredCounts.erase(seen.front().linkId);
                seen.pop_front();
            }
        }
    }
    auto counted = storedCounts.find(linkId);
    if (counted == storedCounts.end()) {
        Counts c;
        QSqlQuery q(conn);
        q.prepare(u"SELECT coalesce(sum(clicks), 0), coalesce(sum(bots), 0) FROM click_hours WHERE link_id = ?"_s);
        q.addBindValue(qint64(linkId));
        if (q.exec() && q.next())
            c = Counts{q.value(0).toLongLong(), q.value(1).toLongLong()};
        counted = storedCounts.emplace(linkId, c).first;
    }
    // This visit: unless the snapshot has it stored already (an ingestor ahead of this thread).
    const auto upTo = storedUpTo.find(at.thread);
    const bool stored = upTo != storedUpTo.end()
        && (at.segment < upTo->second.first || (at.segment == upTo->second.first && at.offset <= upTo->second.second));
    if (!stored) {
        std::deque<Seen> &seen = unstored[at.thread];
        if (seen.size() >= 1000000) {   // an ingestor stopped for long: the oldest are forgotten (counted low)
            Counts &c = unstoredCounts[seen.front().linkId];
            c.total -= 1;
            c.bots -= seen.front().bot ? 1 : 0;
            seen.pop_front();
        }
        seen.push_back(Seen{at.segment, at.offset, linkId, bot});
        Counts &c = unstoredCounts[linkId];
        c.total += 1;
        c.bots += bot ? 1 : 0;
    }
    Counts sum = counted->second;
    if (const auto it = unstoredCounts.find(linkId); it != unstoredCounts.end()) {
        sum.total += it->second.total;
        sum.bots += it->second.bots;
    }
    return sum;
}

void EventPublisher::Private::endRead()
{
    if (reading)
        db->connection().commit();
    reading = false;
}

// As the REST API lists visits (ShlinkApi::visits: the same fields and values), from the journal
// record instead of the row the ingestor will store from it. Written directly, not through
// QJsonObject: this runs for every click.
void EventPublisher::Private::appendVisit(QByteArray &out, const ClickView &click, bool bot)
{
    where.countryCode.clear();
    where.city.clear();
    if (geoip && !click.ip.empty())
        geoip->lookup(click.ip, where);
    const std::int64_t second = click.timeMs >= 0 ? click.timeMs / 1000 : (click.timeMs - 999) / 1000;
    if (second != isoSecond) {   // ISO 8601 in UTC with +00:00, as ShlinkApi writes dates (whole seconds)
        isoSecond = second;
        isoDate = QDateTime::fromMSecsSinceEpoch(second * 1000, Qt::UTC)
                      .toString(Qt::ISODate)
                      .replace(u"Z"_s, u"+00:00"_s)
                      .toUtf8();
    }
    out += "{\"referer\":";
    appendJsonString(out, click.referrer);
    out += ",\"date\":\"";
    out += isoDate;
    out += "\",\"userAgent\":";
    appendJsonString(out, click.userAgent);
    out += ",\"visitLocation\":{\"countryCode\":";
    appendJsonString(out, where.countryCode);
    out += ",\"countryName\":\"\",\"regionName\":\"\",\"cityName\":";
    appendJsonString(out, where.city);
    out += ",\"latitude\":0,\"longitude\":0,\"timezone\":\"\"},\"potentialBot\":";
    out += bot ? "true" : "false";
    out += ",\"visitedUrl\":";
    std::string visited = scheme;
    visited.append(click.domain);
    if (click.path.empty() || click.path.front() != '/')
        visited += '/';
    visited.append(click.path);
    appendJsonString(out, visited);
    out += ",\"redirectUrl\":";
    if (click.redirectUrl.empty())
        out += "null";
    else
        appendJsonString(out, click.redirectUrl);
    if (click.orphanType != OrphanType::None) {
        out += ",\"type\":";
        appendJsonString(out, orphanTypeName(click.orphanType));
    }
    out += '}';
}

EventPublisher::EventPublisher(const ServerConfig &config, RedirectIndex &index, int pollMillis)
    : m_config(config)
    , m_index(index)
    , m_pollMillis(std::max(1, pollMillis))
{}

EventPublisher::~EventPublisher()
{
    stop();
    delete d;
}

Result<void> EventPublisher::start()
{
    if (m_thread.joinable())
        return {};
    delete d;
    d = new Private;
    d->journalDir = m_config.effectiveJournalDir();
    d->scheme = m_config.httpsEnabled ? "https://" : "http://";
    d->userAgentRegexesPath = m_config.userAgentRegexesPath;
    if (!m_config.geoipPath.empty()) {
        auto geoip = GeoIp::open(m_config.geoipPath);
        if (!geoip)
            return geoip.error();
        d->geoip = std::move(geoip).value();
    }
    m_stopping = false;
    return startSetUpThread(m_thread, [this](const auto &ready) {
        pthread_setname_np(pthread_self(), "ld-events");   // for top -H and the like
        // The database connection belongs to this thread.
        d->db = std::make_unique<Database>();
        if (auto r = d->db->open(QString::fromStdString(m_config.databasePath)); !r) {
            ready("real-time events: cannot open the database: " + r.error().detail.toStdString());
            d->db.reset();
            return;
        }
        d->links = std::make_unique<LinkRepository>(*d->db);
        d->api = std::make_unique<ShlinkApi>(*d->db, m_index, m_config);
        d->snapshot();
        ready({});
        run();
        d->api.reset();
        d->links.reset();
        d->db.reset();
    });
}

void EventPublisher::stop()
{
    stopThread(m_thread, m_mutex, m_stopping, m_wake);
}

void EventPublisher::shortUrlCreated(const QJsonObject &shortUrl)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_createdShortUrls.size() >= MaxQueuedShortUrls) {
            m_dropped.fetch_add(1, std::memory_order_relaxed);
            return;
        }
        m_createdShortUrls.push_back(shortUrl);
    }
    m_wake.notify_one();
}

EventPublisher::Stats EventPublisher::stats() const
{
    Stats s;
    s.published = m_published.load(std::memory_order_relaxed);
    s.dropped = m_dropped.load(std::memory_order_relaxed);
    s.connected = m_connected.load(std::memory_order_relaxed);
    return s;
}

void EventPublisher::run()
{
    std::vector<Event> events;
    std::vector<QJsonObject> created;
    std::string lastFailure;

    const auto disconnect = [this] {
        if (d->redis)
            redisFree(d->redis);
        d->redis = nullptr;
        m_connected.store(false, std::memory_order_relaxed);
    };
    // Said once per outage, not at each attempt.
    const auto reportOutage = [this](const std::string &why) {
        if (d->outageReported)
            return;
        d->outageReported = true;
        d->droppedAtOutage = m_dropped.load(std::memory_order_relaxed);
        std::fprintf(
            stderr,
            "linkdeck-server: WARNING: real-time events: %s %s; redirects go on, and events are dropped until "
            "Redis answers (tried again every %lld ms at most)\n",
            d->everConnected ? "lost Redis:" : "cannot reach Redis:", why.c_str(),
            static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(LongestRetry).count()));
    };
    const auto connect = [&]() -> bool {
        for (const RedisServer &server : m_config.redisServers) {
            const timeval timeout{0, 300 * 1000};
            redisContext *c = server.socketPath.empty()
                ? redisConnectWithTimeout(server.host.c_str(), server.port, timeout)
                : redisConnectUnixWithTimeout(server.socketPath.c_str(), timeout);
            std::string why;
            if (!c || c->err) {
                why = c ? c->errstr : "out of memory";
            } else {
                const timeval replies{1, 0};   // a Redis that stops answering never holds this thread long
                redisSetTimeout(c, replies);
                const auto command = [&](redisReply *reply, const char *what) {
                    bool ok = reply && reply->type != REDIS_REPLY_ERROR;
                    if (!ok)
                        why = std::string(what)
                            + " refused: " + (reply ? std::string(reply->str, reply->len) : std::string(c->errstr));
                    if (reply)
                        freeReplyObject(reply);
                    return ok;
                };
                bool ok = true;
                if (!server.password.empty()) {
                    auto *reply = static_cast<redisReply *>(
                        server.user.empty() ? redisCommand(c, "AUTH %b", server.password.data(), server.password.size())
                                            : redisCommand(c, "AUTH %b %b", server.user.data(), server.user.size(),
                                                           server.password.data(), server.password.size()));
                    ok = command(reply, "AUTH (check the password in REDIS_SERVERS)");
                }
                if (ok && server.database >= 0)
                    ok = command(static_cast<redisReply *>(redisCommand(c, "SELECT %d", server.database)), "SELECT");
                if (ok) {
                    d->redis = c;
                    d->connectedTo = server.display;
                    return true;
                }
            }
            if (c)
                redisFree(c);
            lastFailure = server.display + ": " + why;
        }
        return false;
    };
    const auto ensureConnected = [&] {
        if (d->redis || Clock::now() < d->nextAttempt)
            return;
        if (!connect()) {
            reportOutage(lastFailure);
            d->nextAttempt = Clock::now() + d->retryDelay;
            d->retryDelay = std::min<Clock::duration>(d->retryDelay * 2, LongestRetry);
            return;
        }
        m_connected.store(true, std::memory_order_relaxed);
        d->retryDelay = FirstRetry;
        if (d->outageReported) {
            std::fprintf(
                stderr,
                "linkdeck-server: real-time events: Redis at %s answers again (%llu events dropped meanwhile)\n",
                d->connectedTo.c_str(),
                static_cast<unsigned long long>(m_dropped.load(std::memory_order_relaxed) - d->droppedAtOutage));
        } else if (!d->everConnected) {
            std::fprintf(stderr, "linkdeck-server: publishing real-time events to Redis at %s\n",
                         d->connectedTo.c_str());
        }
        d->outageReported = false;
        d->everConnected = true;
    };

    const auto publish = [&] {
        if (events.empty())
            return;
        std::size_t answered = 0;
        if (d->redis) {
            for (const Event &e : events)
                redisAppendCommand(d->redis, "PUBLISH %b %b", e.channel.data(), e.channel.size(), e.payload.constData(),
                                   std::size_t(e.payload.size()));
            for (; answered < events.size(); ++answered) {
                void *reply = nullptr;
                if (redisGetReply(d->redis, &reply) != REDIS_OK) {
                    const bool silent = d->redis->err == REDIS_ERR_IO && (errno == EAGAIN || errno == EWOULDBLOCK);
                    reportOutage(d->connectedTo + ": "
                                 + (silent ? std::string("no answer within 1 s") : std::string(d->redis->errstr)));
                    disconnect();
                    d->nextAttempt = Clock::now() + FirstRetry;
                    break;
                }
                const bool refused = static_cast<redisReply *>(reply)->type == REDIS_REPLY_ERROR;
                freeReplyObject(reply);
                (refused ? m_dropped : m_published).fetch_add(1, std::memory_order_relaxed);
            }
        }
        m_dropped.fetch_add(events.size() - answered, std::memory_order_relaxed);
        events.clear();
    };

    std::uint64_t stale = 0;   // visits read too late to publish, since the last report
    Clock::time_point staleReported{};
    const auto onClick = [&](const ClickView &click, const JournalPosition &at) {
        if (events.size() >= 2000)
            publish();   // a backlog (Redis slow for a while) goes out in bounded pieces, not built all in memory
        const std::uint64_t count = click.linkId > 0 ? 2 : 1;
        if (!d->redis) {   // not published, and not built either
            m_dropped.fetch_add(count, std::memory_order_relaxed);
            return;
        }
        const bool bot = d->isBot(click.userAgent);
        const std::int64_t now =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
                .count();
        const bool late = now - click.timeMs > StaleMillis;
        if (click.linkId <= 0) {
            if (late) {
                ++stale;
                m_dropped.fetch_add(count, std::memory_order_relaxed);
                return;
            }
            QByteArray payload = "{\"visit\":";
            d->appendVisit(payload, click, bot);
            payload += '}';
            events.push_back({NewOrphanVisitTopic, std::move(payload)});
            return;
        }
        const auto &link = d->link(click.linkId);
        // Counted even when not published, so that the next events' counts stay exact.
        const Counts counts = link.head.isEmpty() ? Counts{} : d->visitsSummary(click.linkId, at, bot);
        if (late) {
            ++stale;
            m_dropped.fetch_add(count, std::memory_order_relaxed);
            return;
        }
        QByteArray payload;
        payload.reserve(link.head.size() + 1024);
        payload += "{\"shortUrl\":";
        if (link.head.isEmpty()) {
            payload += "{}";
        } else {
            payload += link.head;
            payload += ",\"visitsSummary\":{\"total\":";
            appendNumber(payload, counts.total);
            payload += ",\"nonBots\":";
            appendNumber(payload, counts.total - counts.bots);
            payload += ",\"bots\":";
            appendNumber(payload, counts.bots);
            payload += "}}";
        }
        payload += ",\"visit\":";
        d->appendVisit(payload, click, bot);
        payload += '}';
        // Shlink: the short URL's own topic first, then the one for every visit.
        const std::string &code = link.shortCode.empty() ? std::string(click.path) : link.shortCode;
        events.push_back({std::string(NewVisitTopic) + '/' + code, payload});
        events.push_back({NewVisitTopic, std::move(payload)});
    };
    const auto reportStale = [&] {
        if (stale == 0 || Clock::now() - staleReported < std::chrono::seconds(30))
            return;
        std::fprintf(
            stderr,
            "linkdeck-server: WARNING: real-time events: %llu visits were not published because they were read "
            "more than %lld ms after their redirect (more redirects than the publisher keeps up with; the "
            "redirects and their clicks are not affected)\n",
            static_cast<unsigned long long>(stale), static_cast<long long>(StaleMillis));
        stale = 0;
        staleReported = Clock::now();
    };
    for (;;) {
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(m_pollMillis),
                            [this] { return m_stopping || !m_createdShortUrls.empty(); });
            stopping = m_stopping;
            created.swap(m_createdShortUrls);
        }
        ensureConnected();
        for (const QJsonObject &shortUrl : created) {
            if (d->redis)
                events.push_back(
                    {NewShortUrlTopic,
                     QJsonDocument(QJsonObject{{u"shortUrl"_s, shortUrl}}).toJson(QJsonDocument::Compact)});
            else
                m_dropped.fetch_add(1, std::memory_order_relaxed);
        }
        created.clear();
        d->poll(onClick);
        d->endRead();
        publish();
        reportStale();
        if (stopping)
            break;
    }
    disconnect();
    std::fprintf(stderr, "linkdeck-server: real-time events: %llu published, %llu dropped this run\n",
                 static_cast<unsigned long long>(m_published.load()),
                 static_cast<unsigned long long>(m_dropped.load()));
}

}   // namespace Linkdeck::Server
