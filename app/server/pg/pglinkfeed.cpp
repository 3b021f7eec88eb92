#include "server/pg/pglinkfeed.h"

#include "core/links/linksplit.h"
#include "server/pg/pgconnection.h"
#include "server/redirectrules.h"

#include <libpq-fe.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string_view>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server::Pg {
namespace {

using DomainRedirects = RedirectIndex::DomainRedirects;

constexpr int RetryFirstMs = 100, RetryMaxMs = 2000;
// Without a notification the listener still reads the log now and then: a rolled-back change
// leaves a hole that no notification closes, and a dead connection shows itself on a query.
constexpr int IdleCheckMs = 1000, HoleCheckMs = 20;
constexpr int LoadFetchRows = 20000;

// The columns the redirect path needs, in the order entryFrom() reads them, as SQLite's
// LINK_COLUMNS in server/redirectindex.cpp: NULL limits are 0, and a limited link's visits
// include those the click writer has not yet added to links.clicks.
const QString linkColumns =
    u"id, domain, slug, destination, coalesce(valid_since, 0), coalesce(expires_at, 0), coalesce(max_clicks, 0), "
    u"redirect_status, forward_query, CASE WHEN max_clicks > 0 THEN clicks + coalesce((SELECT d.clicks FROM "
    u"link_click_deltas AS d WHERE d.link_id = links.id), 0) ELSE clicks END, fallback_url, password_hash, "
    u"CASE WHEN preview_title = '' THEN '' ELSE preview_title || chr(31) || preview_description || chr(31) || "
    u"preview_image END"_s;
constexpr int DomainColumn = 1, SlugColumn = 2, LocationColumn = 3, FallbackColumn = 10, PasswordColumn = 11,
              PreviewColumn = 12;

// A value of a text-format result without a QString in between: a million rows are read so.
std::string_view textAt(PGresult *r, int row, int column)
{
    return std::string_view(PQgetvalue(r, row, column), std::size_t(PQgetlength(r, row, column)));
}

std::int64_t intAt(PGresult *r, int row, int column)
{
    return PQgetisnull(r, row, column) ? 0 : std::strtoll(PQgetvalue(r, row, column), nullptr, 10);
}

RedirectEntry entryFrom(PGresult *r, int row, RedirectIndex &index)
{
    RedirectEntry e;
    e.linkId = intAt(r, row, 0);
    e.validSinceMs = intAt(r, row, 4);
    e.expiresAtMs = intAt(r, row, 5);
    e.maxVisits = intAt(r, row, 6);
    e.status = int(intAt(r, row, 7));
    e.forwardQuery = intAt(r, row, 8) != 0;
    if (e.maxVisits > 0)
        e.visits = index.visitCounter(e.linkId, intAt(r, row, 9));
    e.fallback = textAt(r, row, FallbackColumn);
    e.passwordHash = textAt(r, row, PasswordColumn);
    e.preview = textAt(r, row, PreviewColumn);
    return e;
}

// Rows of (link_id, priority, long_url, conditions) ordered by link and priority into `out`; a
// rule whose conditions do not parse (which the API never stores) can never match and is left out.
void readRules(const PgResult &result, RedirectRuleSets *out)
{
    PGresult *r = result.handle();
    std::int64_t current = 0;
    std::shared_ptr<LinkRedirectRules> rules;
    const auto flush = [&] {
        if (rules && !rules->rules.empty())
            (*out)[current] = std::move(rules);
        rules.reset();
    };
    for (int i = 0; i < result.rows(); ++i) {
        const std::int64_t linkId = intAt(r, i, 0);
        if (!rules || linkId != current) {
            flush();
            current = linkId;
            rules = std::make_shared<LinkRedirectRules>();
        }
        RedirectRule rule;
        rule.priority = int(intAt(r, i, 1));
        rule.longUrl = std::string(textAt(r, i, 2));
        if (parseConditions(textAt(r, i, 3), &rule.conditions) && !rule.conditions.empty())
            rules->rules.push_back(std::move(rule));
    }
    flush();
}

// Rows of (id, variants) into `out`, beside the rules read before; a split that does not parse
// (which core never stores) is left out.
void readSplits(const PgResult &result, RedirectRuleSets *out)
{
    PGresult *r = result.handle();
    for (int i = 0; i < result.rows(); ++i) {
        std::vector<LinkSplit::Choice> split = LinkSplit::choices(textAt(r, i, 1));
        if (split.empty())
            continue;
        auto &slot = (*out)[intAt(r, i, 0)];
        auto rules = slot ? std::make_shared<LinkRedirectRules>(*slot) : std::make_shared<LinkRedirectRules>();
        rules->split = std::move(split);
        slot = std::move(rules);
    }
}

Result<std::shared_ptr<DomainRedirects>> readDomains(PgConnection &conn)
{
    const auto r = conn.exec(u"SELECT name, coalesce(base_url_redirect, ''), coalesce(regular_404_redirect, ''), "
                             u"coalesce(invalid_short_url_redirect, '') FROM domains"_s);
    if (!r)
        return r.error();
    auto domains = std::make_shared<DomainRedirects>();
    for (int i = 0; i < r->rows(); ++i) {
        std::string name(textAt(r->handle(), i, 0));
        std::transform(name.begin(), name.end(), name.begin(),
                       [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; });
        (*domains)[std::move(name)] =
            NotFoundRedirects{std::string(textAt(r->handle(), i, 1)), std::string(textAt(r->handle(), i, 2)),
                              std::string(textAt(r->handle(), i, 3))};
    }
    return domains;
}

// A read-only REPEATABLE READ transaction: every statement in it sees one snapshot, the one
// pg_current_snapshot() describes. Rolled back when it goes (it wrote nothing).
class Snapshot
{
public:
    explicit Snapshot(PgConnection &conn)
        : m_conn(conn)
        , m_begun(conn.execScript(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s))
    {}
    ~Snapshot()
    {
        if (m_begun)
            m_conn.execScript(u"ROLLBACK"_s);
    }
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;
    const Result<void> &begun() const { return m_begun; }

private:
    PgConnection &m_conn;
    Result<void> m_begun;
};

// The snapshot's xmin (the oldest transaction still running, or xmax when none) and xmax (the
// first not yet started), as 64-bit transaction ids.
struct Horizon
{
    std::int64_t xmin = 0;
    std::int64_t xmax = 0;
};
Result<Horizon> horizon(PgConnection &conn)
{
    const auto r = conn.exec(u"SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint, "
                             u"pg_snapshot_xmax(pg_current_snapshot())::text::bigint"_s);
    if (!r)
        return r.error();
    return Horizon{r->toInt64(0, 0), r->toInt64(0, 1)};
}

QString idArray(const std::unordered_set<std::int64_t> &ids)
{
    QString out = u"{"_s;
    for (const std::int64_t id : ids) {
        if (out.size() > 1)
            out += u',';
        out += QString::number(id);
    }
    return out + u'}';
}

}   // namespace

PgLinkFeed::PgLinkFeed(RedirectIndex &index, QString conninfo)
    : m_index(index)
    , m_conninfo(std::move(conninfo))
{}

PgLinkFeed::~PgLinkFeed()
{
    stop();
}

PgLinkFeed::Stats PgLinkFeed::stats() const
{
    std::lock_guard lock(m_statsMutex);
    return m_stats;
}

void PgLinkFeed::setError(const QString &message)
{
    std::lock_guard lock(m_statsMutex);
    m_stats.lastError = message;
}

Result<void> PgLinkFeed::load()
{
    auto conn = PgConnection::open(m_conninfo);
    if (!conn)
        return conn.error();
    PgConnection connection = std::move(conn).value();
    return loadOn(connection);
}

Result<void> PgLinkFeed::loadOn(PgConnection &conn)
{
    Snapshot snapshot(conn);
    if (!snapshot.begun())
        return snapshot.begun().error();
    const auto seen = horizon(conn);
    if (!seen)
        return seen.error();
    const auto head = conn.exec(u"SELECT coalesce((SELECT max(seq) FROM link_changes), 0), "
                                u"(SELECT count(*) FROM links WHERE account_id = 1)"_s);
    if (!head)
        return head.error();
    const std::int64_t lastSeq = head->toInt64(0, 0);
    const auto linkCount = std::size_t(std::max<qint64>(0, head->toInt64(0, 1)));

    // The rules and splits first (few links have any), so that each entry says whether its link has.
    auto rules = std::make_shared<RedirectRuleSets>();
    const auto ruleRows = conn.exec(u"SELECT r.link_id, r.priority, r.long_url, r.conditions FROM "
                                    u"short_url_redirect_rules AS r JOIN links AS l ON l.id = r.link_id "
                                    u"WHERE l.account_id = 1 ORDER BY r.link_id, r.priority"_s);
    if (!ruleRows)
        return ruleRows.error();
    readRules(*ruleRows, rules.get());
    const auto splitRows = conn.exec(u"SELECT id, variants FROM links WHERE variants <> '' AND account_id = 1"_s);
    if (!splitRows)
        return splitRows.error();
    readSplits(*splitRows, rules.get());

    RedirectIndex::Loader loader(m_index.slugCase(), linkCount, rules);
    // Through a cursor, so that a million links never sit in one result beside the tables.
    if (const auto declared = conn.execScript(u"DECLARE linkdeck_feed NO SCROLL CURSOR FOR SELECT "_s + linkColumns
                                              + u" FROM links WHERE account_id = 1"_s);
        !declared)
        return declared.error();
    const QString fetch = u"FETCH %1 FROM linkdeck_feed"_s.arg(LoadFetchRows);
    for (;;) {
        const auto rows = conn.exec(fetch);
        if (!rows)
            return rows.error();
        PGresult *r = rows->handle();
        for (int i = 0; i < rows->rows(); ++i) {
            if (!loader.add(textAt(r, i, DomainColumn), textAt(r, i, SlugColumn), textAt(r, i, LocationColumn),
                            entryFrom(r, i, m_index))) {
                return Error::make(
                    Error::Kind::Storage,
                    u"There are too many links in PostgreSQL for one server (%1 loaded)."_s.arg(loader.size()));
            }
        }
        if (rows->rows() < LoadFetchRows)
            break;
    }
    auto domains = readDomains(conn);
    if (!domains)
        return domains.error();

    // Writers still running may commit changes numbered below lastSeq: the holes in the log
    // stay open until they have ended (see the class comment). With none running there are none.
    std::map<std::int64_t, Hole> holes;
    if (seen->xmin < seen->xmax) {
        const auto gaps = conn.exec(u"SELECT seq + 1, next - 1 FROM (SELECT seq, lead(seq) OVER (ORDER BY seq) AS "
                                    u"next FROM link_changes) AS t WHERE next > seq + 1"_s);
        if (!gaps)
            return gaps.error();
        for (int i = 0; i < gaps->rows(); ++i)
            holes[gaps->toInt64(i, 0)] = Hole{gaps->toInt64(i, 1), seen->xmax};
    }

    m_index.load(std::move(loader), std::move(domains).value(), lastSeq);
    m_appliedUpTo = lastSeq;
    m_holes = std::move(holes);
    m_loaded = true;
    std::lock_guard lock(m_statsMutex);
    ++m_stats.fullLoads;
    m_stats.position = m_holes.empty() ? m_appliedUpTo : m_holes.begin()->first - 1;
    m_stats.lastError.clear();
    return {};
}

// One step: the holes' rows that have arrived, then up to MaxBatch new rows of the log, and
// the links they name, read in one snapshot and published as one batch.
Result<PgLinkFeed::Step> PgLinkFeed::step(PgConnection &conn)
{
    const auto started = std::chrono::steady_clock::now();
    // The keys the API published on this instance, read again in the snapshot taken after: kept
    // for the next step when this one fails.
    std::vector<std::pair<std::string, std::string>> recheck = std::exchange(m_recheck, {});
    for (auto &key : m_index.takeRecheck())
        recheck.push_back(std::move(key));
    struct KeepRecheck
    {
        std::vector<std::pair<std::string, std::string>> &keys, &into;
        bool done = false;
        ~KeepRecheck()
        {
            if (!done)
                into.insert(into.end(), keys.begin(), keys.end());
        }
    } keepRecheck{recheck, m_recheck};

    Snapshot snapshot(conn);
    if (!snapshot.begun())
        return snapshot.begun().error();
    const auto seen = horizon(conn);
    if (!seen)
        return seen.error();
    // Worked on aside and kept only once the batch is published: a failure midway (a lost
    // connection) reads the same rows again next time.
    std::map<std::int64_t, Hole> holes = m_holes;
    std::int64_t appliedUpTo = m_appliedUpTo;

    // The oldest row the log still holds (read when needed): a hole below it may have been pruned.
    std::int64_t oldest = -1;
    const auto readOldest = [&]() -> Result<void> {
        if (oldest >= 0)
            return {};
        const auto r = conn.exec(u"SELECT coalesce(min(seq), 0) FROM link_changes"_s);
        if (!r)
            return r.error();
        oldest = r->toInt64(0, 0);
        return {};
    };
    std::unordered_set<std::int64_t> linkIds;
    std::vector<std::pair<std::string, std::string>> removed;
    bool domainsChanged = false;
    std::size_t changes = 0;
    const auto take = [&](PGresult *r, int i) {
        ++changes;
        if (const std::int64_t id = intAt(r, i, 1); id == 0)
            domainsChanged = true;
        else
            linkIds.insert(id);
        if (!PQgetisnull(r, i, 3))
            removed.emplace_back(std::string(textAt(r, i, 2)), std::string(textAt(r, i, 3)));
    };

    // Rows that have arrived in the holes: each closes its seq.
    if (!holes.empty()) {
        QString from = u"{"_s, to = u"{"_s;
        for (const auto &[first, hole] : holes) {
            if (from.size() > 1) {
                from += u',';
                to += u',';
            }
            from += QString::number(first);
            to += QString::number(hole.last);
        }
        const auto filled = conn.exec(u"SELECT l.seq, l.link_id, l.domain, l.slug FROM link_changes AS l JOIN "
                                      u"unnest($1::bigint[], $2::bigint[]) AS h(a, b) ON l.seq BETWEEN h.a AND h.b "
                                      u"ORDER BY l.seq"_s,
                                      QVariantList{QString(from + u'}'), QString(to + u'}')});
        if (!filled)
            return filled.error();
        for (int i = 0; i < filled->rows(); ++i) {
            const std::int64_t seq = filled->toInt64(i, 0);
            auto it = holes.upper_bound(seq);
            if (it == holes.begin())
                continue;
            --it;
            const std::int64_t first = it->first;
            const Hole hole = it->second;
            if (seq > hole.last)
                continue;
            take(filled->handle(), i);
            holes.erase(it);
            if (first < seq)
                holes[first] = Hole{seq - 1, hole.xmax};
            if (seq < hole.last)
                holes[seq + 1] = Hole{hole.last, hole.xmax};
        }
        // What is still missing once every writer that was running when it was seen has ended
        // never comes: a rolled-back change, or one pruned from the log (then a reload).
        for (auto it = holes.begin(); it != holes.end();) {
            if (seen->xmin < it->second.xmax) {
                ++it;
                continue;
            }
            if (const auto read = readOldest(); !read)
                return read.error();
            if (it->first < oldest)
                return Step::Reload;
            it = holes.erase(it);
        }
    }

    // New rows; a number skipped is a hole, at once closed when no writer is running.
    const auto rows = conn.exec(u"SELECT seq, link_id, domain, slug FROM link_changes WHERE seq > $1 ORDER BY seq "
                                u"LIMIT $2"_s,
                                QVariantList{qint64(appliedUpTo), qint64(RedirectIndex::MaxBatch)});
    if (!rows)
        return rows.error();
    std::int64_t expected = appliedUpTo + 1;
    for (int i = 0; i < rows->rows(); ++i) {
        const std::int64_t seq = rows->toInt64(i, 0);
        if (seq > expected) {
            if (seen->xmin < seen->xmax) {
                holes[expected] = Hole{seq - 1, seen->xmax};
            } else {
                if (const auto read = readOldest(); !read)
                    return read.error();
                if (expected < oldest)
                    return Step::Reload;   // pruned before this server read it
            }
        }
        take(rows->handle(), i);
        expected = seq + 1;
    }
    const bool more = rows->rows() == int(RedirectIndex::MaxBatch);
    if (rows->rows() > 0)
        appliedUpTo = expected - 1;
    const std::int64_t position = holes.empty() ? appliedUpTo : holes.begin()->first - 1;

    if (changes == 0 && recheck.empty()) {
        keepRecheck.done = true;
        m_holes = std::move(holes);
        m_appliedUpTo = appliedUpTo;
        std::lock_guard lock(m_statsMutex);
        m_stats.position = position;
        m_stats.lastError.clear();
        return Step::Done;
    }

    RedirectIndex::ChangeBatch batch;
    batch.started = started;
    batch.changes = changes;
    batch.changeSeq = position;
    batch.removed = std::move(removed);
    std::unordered_set<std::int64_t> present;   // the links read again that are (still) local
    const auto addLinks = [&](const PgResult &links) {
        PGresult *r = links.handle();
        for (int i = 0; i < links.rows(); ++i) {
            RedirectEntry entry = entryFrom(r, i, m_index);
            present.insert(entry.linkId);
            batch.links.push_back(RedirectIndex::ChangedLink{
                std::string(textAt(r, i, DomainColumn)), std::string(textAt(r, i, SlugColumn)),
                std::string(textAt(r, i, LocationColumn)), entry, std::string(textAt(r, i, FallbackColumn)),
                std::string(textAt(r, i, PasswordColumn)), std::string(textAt(r, i, PreviewColumn))});
        }
    };
    if (!linkIds.empty()) {
        const auto links =
            conn.exec(u"SELECT "_s + linkColumns + u" FROM links WHERE id = ANY($1::bigint[]) AND account_id = 1"_s,
                      {idArray(linkIds)});
        if (!links)
            return links.error();
        addLinks(*links);
    }
    if (!recheck.empty()) {
        const QString byKey = u"SELECT "_s + linkColumns
            + (m_index.slugCase() == SlugCase::Sensitive
                   ? u" FROM links WHERE slug = $2 AND lower(domain) = lower($1) AND account_id = 1 LIMIT 1"_s
                   : u" FROM links WHERE lower(slug) = lower($2) AND lower(domain) = lower($1) AND account_id = 1 "
                     u"LIMIT 1"_s);
        for (const auto &[domain, slug] : recheck) {
            const auto link = conn.exec(byKey, {QString::fromStdString(domain), QString::fromStdString(slug)});
            if (!link)
                return link.error();
            addLinks(*link);
        }
        // A key no link has any more goes; one a link has is among batch.links and stays.
        batch.removed.insert(batch.removed.end(), recheck.begin(), recheck.end());
    }
    // The rules and split of every link read again; a logged link that is gone (or no longer
    // local) has none.
    std::unordered_set<std::int64_t> ruleIds = linkIds;
    ruleIds.insert(present.begin(), present.end());
    if (!ruleIds.empty()) {
        const QString ids = idArray(ruleIds);
        RedirectRuleSets now;
        const auto ruleRows = conn.exec(u"SELECT link_id, priority, long_url, conditions FROM "
                                        u"short_url_redirect_rules WHERE link_id = ANY($1::bigint[]) "
                                        u"ORDER BY link_id, priority"_s,
                                        {ids});
        if (!ruleRows)
            return ruleRows.error();
        readRules(*ruleRows, &now);
        const auto splitRows = conn.exec(u"SELECT id, variants FROM links WHERE id = ANY($1::bigint[]) "
                                         u"AND variants <> '' AND account_id = 1"_s,
                                         {ids});
        if (!splitRows)
            return splitRows.error();
        readSplits(*splitRows, &now);
        for (const std::int64_t id : ruleIds) {
            const auto it = present.contains(id) ? now.find(id) : now.end();
            batch.rules.emplace_back(id, it == now.end() ? nullptr : it->second);
        }
    }
    if (domainsChanged) {
        auto domains = readDomains(conn);
        if (!domains)
            return domains.error();
        batch.domains = std::move(domains).value();
    }
    m_index.applyChanges(std::move(batch));
    keepRecheck.done = true;
    m_holes = std::move(holes);
    m_appliedUpTo = appliedUpTo;
    m_index.mergeIfLarge();
    std::lock_guard lock(m_statsMutex);
    ++m_stats.batches;
    m_stats.changes += changes;
    m_stats.position = position;
    m_stats.lastError.clear();
    return more ? Step::More : Step::Done;
}

void PgLinkFeed::start()
{
    if (m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_stopMutex);
        m_stop = false;
    }
    if (m_wakeFd < 0)
        m_wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    m_thread = std::thread([this] { run(); });
}

void PgLinkFeed::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_stopMutex);
        m_stop = true;
    }
    m_stopped.notify_all();
    const std::uint64_t one = 1;
    if (m_wakeFd >= 0)
        (void)!write(m_wakeFd, &one, sizeof one);
    m_thread.join();
    {
        std::lock_guard lock(m_statsMutex);
        m_stats.listening = false;
    }
    if (m_wakeFd >= 0) {
        close(m_wakeFd);
        m_wakeFd = -1;
    }
}

// True when stop() was called (at once, or within `millis`).
bool PgLinkFeed::waitForStop(int millis)
{
    std::unique_lock lock(m_stopMutex);
    return m_stopped.wait_for(lock, std::chrono::milliseconds(millis), [this] { return m_stop; });
}

void PgLinkFeed::run()
{
    int retryMs = RetryFirstMs;
    const auto setListening = [this](bool listening) {
        std::lock_guard lock(m_statsMutex);
        m_stats.listening = listening;
    };
    // Applies everything logged so far; false (the error noted) when the connection failed.
    const auto catchUp = [this](PgConnection &conn) {
        for (;;) {
            Result<void> done;
            if (!m_loaded) {
                done = loadOn(conn);
            } else {
                const auto stepped = step(conn);
                if (!stepped) {
                    done = stepped.error();
                } else if (*stepped == Step::Reload) {
                    m_loaded = false;
                    continue;
                } else if (*stepped == Step::More) {
                    continue;
                }
            }
            if (!done) {
                setError(done.error().message);
                return false;
            }
            return true;
        }
    };
    while (!waitForStop(0)) {
        auto opened = PgConnection::open(m_conninfo);
        if (opened) {
            PgConnection conn = std::move(opened).value();
            // LISTEN before catching up: a change committed meanwhile is read now or notified.
            if (const auto listened = conn.execScript(u"LISTEN linkdeck_link_changes"_s); !listened) {
                setError(listened.error().message);
            } else {
                {
                    std::lock_guard lock(m_statsMutex);
                    ++m_stats.connects;
                    m_stats.listening = true;
                }
                bool alive = catchUp(conn);
                if (alive)
                    retryMs = RetryFirstMs;
                while (alive) {
                    // Notifications that came while the last step read: their changes may be
                    // past its snapshot, so they are read now, without waiting.
                    std::uint64_t notified = 0;
                    while (PGnotify *n = PQnotifies(conn.handle())) {
                        ++notified;
                        PQfreemem(n);
                    }
                    if (!notified) {
                        pollfd fds[2] = {{PQsocket(conn.handle()), POLLIN, 0}, {m_wakeFd, POLLIN, 0}};
                        const int ready = ::poll(fds, 2, m_holes.empty() ? IdleCheckMs : HoleCheckMs);
                        if (waitForStop(0))
                            return;
                        if (ready > 0 && (fds[0].revents & (POLLIN | POLLHUP | POLLERR))) {
                            if (!PQconsumeInput(conn.handle())) {
                                setError(
                                    u"The connection to PostgreSQL that listens for link changes was lost: %1"_s.arg(
                                        QString::fromUtf8(PQerrorMessage(conn.handle())).trimmed()));
                                break;
                            }
                            while (PGnotify *n = PQnotifies(conn.handle())) {
                                ++notified;
                                PQfreemem(n);
                            }
                        }
                    }
                    if (notified) {
                        std::lock_guard lock(m_statsMutex);
                        m_stats.notifications += notified;
                    }
                    alive = catchUp(conn);
                }
            }
        } else {
            setError(opened.error().message);
        }
        setListening(false);
        if (waitForStop(retryMs))
            return;
        retryMs = std::min(RetryMaxMs, retryMs * 2);
    }
}

}   // namespace Linkdeck::Server::Pg
