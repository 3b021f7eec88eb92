#include "server/redirectindex.h"

#include "core/base/sqlite.h"
#include "server/servererror.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <algorithm>
#include <bit>
#include <chrono>
#include <limits>
#include <thread>
#include <unordered_set>

#include <sqlite3.h>

namespace Linkdeck::Server {
namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

void appendLower(std::string &out, std::string_view s)
{
    for (char c : s)
        out.push_back(lower(c));
}

void appendKey(std::string &key, std::string_view domain, std::string_view slug, SlugCase slugCase)
{
    appendLower(key, domain);
    key.push_back('/');
    if (slugCase == SlugCase::Sensitive)
        key.append(slug);
    else
        appendLower(key, slug);
}

using Overlay = RedirectIndex::Overlay;
using DomainRedirects = RedirectIndex::DomainRedirects;

// A copy of an overlay whose entries point at their own strings, not the original's.
std::shared_ptr<Overlay> copyOverlay(const Overlay &from)
{
    auto copy = std::make_shared<Overlay>(from);
    for (auto &[key, value] : *copy) {
        if (value)
            value->pointAtOwnStrings();
    }
    return copy;
}

std::uint64_t nanosSince(std::chrono::steady_clock::time_point start)
{
    return std::uint64_t(
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start).count());
}

// The index reads a million rows through SQLite's own API, straight into its arena, without a
// QVariant and two string conversions per column; and small lookups the same way.
Error storageError(const std::string &message)
{
    return serverError(Error::Kind::Storage, message);
}

Result<sqlite3 *> sqliteHandle(QSqlDatabase &db)
{
    if (sqlite3 *handle = Linkdeck::sqliteHandle(db))
        return handle;
    return storageError("the links database is not an open SQLite database");
}

using Statement = SqliteStatement;

// Whether q was prepared; if not, SQLite's message.
Result<void> prepared(const Statement &q, sqlite3 *db)
{
    if (q.ok())
        return {};
    return storageError(sqlite3_errmsg(db));
}

// What poll() and load() read, from one snapshot of the database: a read transaction, unless
// the connection is already in one.
class ReadTransaction
{
public:
    explicit ReadTransaction(sqlite3 *db)
        : m_db(db)
        , m_began(sqlite3_get_autocommit(db) && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
    {}
    ~ReadTransaction()
    {
        if (m_began)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    sqlite3 *m_db;
    bool m_began;
};

// The columns the redirect path needs, in the order entryFrom() reads them.
// A limited link's clicks include those the click writer has not yet added to links.clicks.
#define LINK_COLUMNS \
    "id, domain, slug, destination, valid_since, expires_at, max_clicks, redirect_status, forward_query, " \
    "CASE WHEN max_clicks > 0 THEN clicks + coalesce((SELECT d.clicks FROM link_click_deltas AS d " \
    "WHERE d.link_id = links.id), 0) ELSE clicks END, fallback_url, password_hash, " \
    "CASE WHEN preview_title = '' THEN '' ELSE " \
    "preview_title || char(31) || preview_description || char(31) || preview_image END"
constexpr int DomainColumn = 1, SlugColumn = 2, LocationColumn = 3, FallbackColumn = 10, PasswordColumn = 11,
              PreviewColumn = 12;

// A row of LINK_COLUMNS as the redirect path needs it (location aside; entry.fallback points
// into the row, valid until the next step); a link with a visit limit gets its counter,
// starting from the stored clicks.
RedirectEntry entryFrom(const Statement &q, RedirectIndex &index)
{
    RedirectEntry e;
    e.linkId = q.int64(0);
    e.validSinceMs = q.int64(4);
    e.expiresAtMs = q.int64(5);
    e.maxVisits = q.int64(6);
    e.status = int(q.int64(7));
    e.forwardQuery = q.int64(8) != 0;
    if (e.maxVisits > 0)
        e.visits = index.visitCounter(e.linkId, q.int64(9));
    e.fallback = q.text(FallbackColumn);
    e.passwordHash = q.text(PasswordColumn);
    e.preview = q.text(PreviewColumn);
    return e;
}

// A step that neither gave a row nor finished: SQLite's message.
Result<void> stepped(int step, sqlite3 *db)
{
    if (step == SQLITE_DONE || step == SQLITE_ROW)
        return {};
    return storageError(sqlite3_errmsg(db));
}

// The sequence number of the newest change, also when pruning removed its row; 0 before any.
Result<std::int64_t> readLastChange(sqlite3 *db)
{
    Statement q(db, "SELECT seq FROM sqlite_sequence WHERE name = 'link_changes'");
    if (auto ready = prepared(q, db); !ready)
        return ready.error();
    const int step = q.step();
    if (auto done = stepped(step, db); !done)
        return done.error();
    return step == SQLITE_ROW ? q.int64(0) : std::int64_t(0);
}

Result<std::shared_ptr<DomainRedirects>> readDomains(sqlite3 *db)
{
    Statement q(db, "SELECT name, base_url_redirect, regular_404_redirect, invalid_short_url_redirect FROM domains");
    if (auto ready = prepared(q, db); !ready)
        return ready.error();
    auto domains = std::make_shared<DomainRedirects>();
    int step;
    while ((step = q.step()) == SQLITE_ROW) {
        std::string name;
        appendLower(name, q.text(0));
        (*domains)[std::move(name)] =
            NotFoundRedirects{std::string(q.text(1)), std::string(q.text(2)), std::string(q.text(3))};
    }
    if (auto done = stepped(step, db); !done)
        return done.error();
    return domains;
}

// Redirect rules, as the API stored them, prepared for the redirect path. A rule whose
// conditions do not parse (which the API never stores) can never match and is left out.
#define RULE_COLUMNS "r.link_id, r.priority, r.long_url, r.conditions"

// Reads rows of RULE_COLUMNS ordered by link and priority into `out` (by link id).
Result<void> readRules(Statement &q, sqlite3 *db, RedirectRuleSets *out)
{
    std::int64_t current = 0;
    std::shared_ptr<LinkRedirectRules> rules;
    const auto flush = [&] {
        if (rules && !rules->rules.empty())
            (*out)[current] = std::move(rules);
        rules.reset();
    };
    int step;
    while ((step = q.step()) == SQLITE_ROW) {
        const std::int64_t linkId = q.int64(0);
        if (!rules || linkId != current) {
            flush();
            current = linkId;
            rules = std::make_shared<LinkRedirectRules>();
        }
        RedirectRule rule;
        rule.priority = int(q.int64(1));
        rule.longUrl = std::string(q.text(2));
        if (parseConditions(q.text(3), &rule.conditions) && !rule.conditions.empty())
            rules->rules.push_back(std::move(rule));
    }
    flush();
    q.reset();
    return stepped(step, db);
}

// The A/B splits (links.variants) of the rows of `q` (id, variants) into `out`, beside the
// rules read before; a split that does not parse (which core never stores) is left out.
Result<void> readSplits(Statement &q, sqlite3 *db, RedirectRuleSets *out)
{
    int step;
    while ((step = q.step()) == SQLITE_ROW) {
        std::vector<LinkSplit::Choice> split = LinkSplit::choices(q.text(1));
        if (split.empty())
            continue;
        auto &slot = (*out)[q.int64(0)];
        auto rules = slot ? std::make_shared<LinkRedirectRules>(*slot) : std::make_shared<LinkRedirectRules>();
        rules->split = std::move(split);
        slot = std::move(rules);
    }
    q.reset();
    return stepped(step, db);
}

}   // namespace

// ---------------------------------------------------------------------------------------------
// RedirectTable

// FNV-1a over the lower-cased "domain/slug".
std::size_t RedirectTable::hashKey(std::string_view domain, std::string_view slug)
{
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&h](char c) {
        h ^= std::uint8_t(lower(c));
        h *= 1099511628211ull;
    };
    for (char c : domain)
        mix(c);
    mix('/');
    for (char c : slug)
        mix(c);
    return std::size_t(h ^ (h >> 29));
}

void RedirectTable::reserve(std::size_t links, std::size_t bytes)
{
    m_records.reserve(links);
    m_arena.reserve(bytes);
}

std::optional<std::uint32_t> RedirectTable::domainIndex(std::string_view domain)
{
    // Rows come mostly grouped by domain: the last one first, without hashing.
    if (!m_domains.empty()) {
        const std::string &last = m_domains.back();
        if (last.size() == domain.size()
            && std::equal(domain.begin(), domain.end(), last.begin(), [](char a, char b) { return lower(a) == b; }))
            return std::uint32_t(m_domains.size() - 1);
    }
    m_domainScratch.clear();
    appendLower(m_domainScratch, domain);
    if (const auto it = m_domainIndexes.find(m_domainScratch); it != m_domainIndexes.end())
        return it->second;
    if (m_domains.size() >= std::numeric_limits<std::uint32_t>::max())
        return std::nullopt;
    const auto index = std::uint32_t(m_domains.size());
    m_domains.push_back(m_domainScratch);
    m_domainIndexes.emplace(m_domainScratch, index);
    return index;
}

bool RedirectTable::add(std::string_view domain, std::string_view slug, std::string_view location,
                        const RedirectEntry &entry)
{
    static_assert(sizeof(Record) == 32, "a link's record is 32 bytes");
    constexpr std::size_t limit = std::numeric_limits<std::uint32_t>::max();
    const bool limited = entry.validSinceMs || entry.expiresAtMs || entry.maxVisits || entry.visits;
    const std::string_view fallback = limited ? entry.fallback : std::string_view();
    // A password's hash (issue 15) rides in the same rare side record: a link without limits or
    // password keeps none, and its lookup reads nothing more.
    const std::string_view passwordHash = entry.passwordHash;
    const std::string_view preview = entry.preview;
    if (m_arena.size() + slug.size() + location.size() + fallback.size() + passwordHash.size() + preview.size() > limit
        || m_records.size() >= limit - 1 || m_limits.size() >= limit - 1)
        return false;
    const auto domainAt = domainIndex(domain);
    if (!domainAt)
        return false;
    Record r{};
    r.linkId = entry.linkId;
    r.offset = std::uint32_t(m_arena.size());
    r.slugLength = std::uint32_t(slug.size());
    r.locationLength = std::uint32_t(location.size());
    r.domain = *domainAt;
    r.status = std::uint16_t(std::clamp(entry.status, 0, 0xffff));
    r.forwardQuery = entry.forwardQuery;
    r.hasRules = entry.hasRules;
    if (limited || !passwordHash.empty() || !preview.empty()) {
        const auto fallbackAt = std::uint32_t(m_arena.size() + slug.size() + location.size());
        const auto passwordAt = std::uint32_t(fallbackAt + fallback.size());
        m_limits.push_back(Limits{entry.validSinceMs, entry.expiresAtMs, entry.maxVisits, entry.visits, fallbackAt,
                                  std::uint32_t(fallback.size()), passwordAt, std::uint32_t(passwordHash.size()),
                                  std::uint32_t(passwordAt + passwordHash.size()), std::uint32_t(preview.size())});
        r.limits = std::uint32_t(m_limits.size());
    }
    m_arena.append(slug);
    m_arena.append(location);
    m_arena.append(fallback);
    m_arena.append(passwordHash);
    m_arena.append(preview);
    m_records.push_back(r);
    return true;
}

void RedirectTable::finish()
{
    m_domainIndexes = {};
    m_domainScratch = {};
    m_limits.shrink_to_fit();
    const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, m_records.size() * 2));
    m_table.assign(capacity, 0);
    m_mask = capacity - 1;
    for (std::size_t i = 0; i < m_records.size(); ++i) {
        const Record &r = m_records[i];
        const std::size_t hash =
            hashKey(m_domains[r.domain], std::string_view(m_arena.data() + r.offset, r.slugLength));
        std::size_t at = hash & m_mask;
        while (m_table[at] != 0)
            at = (at + 1) & m_mask;
        m_table[at] = slotOf(hash, i);
    }
}

bool RedirectTable::keyEquals(const Record &record, std::string_view domain, std::string_view slug) const
{
    if (record.slugLength != slug.size())
        return false;
    const std::string &d = m_domains[record.domain];
    if (d.size() != domain.size())
        return false;
    const auto equalsLower = [](char c, char stored) { return lower(c) == stored; };
    const char *stored = m_arena.data() + record.offset;
    const bool slugEquals = m_slugCase == SlugCase::Sensitive
        ? std::equal(slug.begin(), slug.end(), stored)
        : std::equal(slug.begin(), slug.end(), stored, [](char a, char b) { return lower(a) == lower(b); });
    return slugEquals && std::equal(domain.begin(), domain.end(), d.begin(), equalsLower);
}

RedirectEntry RedirectTable::entryAt(const Record &r) const
{
    RedirectEntry e;
    e.linkId = r.linkId;
    e.location = std::string_view(m_arena.data() + r.offset + r.slugLength, r.locationLength);
    e.status = r.status;
    e.forwardQuery = r.forwardQuery;
    e.hasRules = r.hasRules;
    if (r.limits) {
        const Limits &l = m_limits[r.limits - 1];
        e.validSinceMs = l.validSinceMs;
        e.expiresAtMs = l.expiresAtMs;
        e.maxVisits = l.maxVisits;
        e.visits = l.visits;
        if (l.fallbackLength)
            e.fallback = std::string_view(m_arena.data() + l.fallbackOffset, l.fallbackLength);
        if (l.passwordLength)
            e.passwordHash = std::string_view(m_arena.data() + l.passwordOffset, l.passwordLength);
        if (l.previewLength)
            e.preview = std::string_view(m_arena.data() + l.previewOffset, l.previewLength);
    }
    return e;
}

std::optional<RedirectEntry> RedirectTable::find(std::string_view domain, std::string_view slug, std::size_t hash) const
{
    if (m_table.empty())
        return std::nullopt;
    // A slot's tag (32 bits of the key's hash) rules out the other keys of its run without
    // reading their records: at a million links each record read is a cache miss.
    const std::uint32_t tag = tagOf(hash);
    std::size_t at = hash & m_mask;
    while (const std::uint64_t slot = m_table[at]) {
        if (std::uint32_t(slot >> 32) == tag) {
            const Record &r = m_records[std::uint32_t(slot) - 1];
            if (keyEquals(r, domain, slug))
                return entryAt(r);
        }
        at = (at + 1) & m_mask;
    }
    return std::nullopt;
}

RedirectTable::Row RedirectTable::row(std::size_t i) const
{
    const Record &r = m_records[i];
    return Row{m_domains[r.domain], std::string_view(m_arena.data() + r.offset, r.slugLength), entryAt(r)};
}

std::size_t RedirectTable::memoryBytes() const
{
    std::size_t bytes = m_arena.capacity() + m_records.capacity() * sizeof(Record)
        + m_limits.capacity() * sizeof(Limits) + m_table.capacity() * sizeof(std::uint64_t);
    for (const std::string &d : m_domains)
        bytes += sizeof d + d.capacity();
    return bytes;
}

// ---------------------------------------------------------------------------------------------
// RedirectIndex

std::optional<RedirectEntry> RedirectIndex::Snapshot::find(std::string_view domain, std::string_view slug,
                                                           std::string &scratch) const
{
    if (!overlay->empty()) {
        scratch.clear();
        appendKey(scratch, domain, slug, slugCase);
        if (auto it = overlay->find(scratch); it != overlay->end()) {
            if (!it->second)
                return std::nullopt;
            return it->second->entry;
        }
    }
    const std::size_t hash = RedirectTable::hashKey(domain, slug);
    return shards[shardOf(hash)]->find(domain, slug, hash);
}

RuleLookup::RuleLookup(const RedirectRuleSets &rules)
    : m_size(rules.size())
{
    if (rules.empty())
        return;
    std::size_t capacity = 16;
    while (capacity < 2 * rules.size())   // at most half full: short probe runs
        capacity *= 2;
    m_slots.resize(capacity);
    m_mask = capacity - 1;
    m_shift = 64 - std::countr_zero(capacity);
    for (const auto &[linkId, linkRules] : rules) {
        if (linkId <= 0 || !linkRules)
            continue;
        std::size_t i = slotOf(linkId);
        while (m_slots[i].linkId != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = Slot{linkId, linkRules.get()};
    }
}

void RedirectIndex::Snapshot::setRules(std::shared_ptr<const RedirectRuleSets> newRules)
{
    if (!newRules)
        newRules = std::make_shared<const RedirectRuleSets>();
    if (!ruleLookup || newRules != rules)
        ruleLookup = std::make_shared<const RuleLookup>(*newRules);
    rules = std::move(newRules);
}

std::size_t RedirectIndex::Snapshot::tableSize() const
{
    std::size_t n = 0;
    for (const auto &shard : shards)
        n += shard->size();
    return n;
}

std::string RedirectIndex::overlayKey(std::string_view domain, std::string_view slug, SlugCase slugCase)
{
    std::string key;
    key.reserve(domain.size() + slug.size() + 1);
    appendKey(key, domain, slug, slugCase);
    return key;
}

RedirectIndex::RedirectIndex(SlugCase slugCase)
    : m_slugCase(slugCase)
{
    auto empty = std::make_shared<Snapshot>();
    empty->slugCase = slugCase;
    auto table = std::make_shared<RedirectTable>(slugCase);
    table->finish();
    empty->shards.assign(Shards, table);
    empty->overlay = std::make_shared<const Overlay>();
    empty->domains = std::make_shared<const DomainRedirects>();
    empty->setRules(std::make_shared<const RedirectRuleSets>());
    m_current = std::move(empty);
}

std::shared_ptr<const RedirectIndex::Snapshot> RedirectIndex::current() const
{
    std::lock_guard lock(m_mutex);
    return m_current;
}

void RedirectIndex::publish(std::shared_ptr<const Snapshot> snapshot)
{
    std::shared_ptr<const Snapshot> previous;   // freed outside the lock: it may hold whole tables
    {
        std::lock_guard lock(m_mutex);
        previous = std::exchange(m_current, std::move(snapshot));
    }
    m_generation.fetch_add(1, std::memory_order_acq_rel);
    std::lock_guard hook(m_publishedMutex);
    if (m_published)
        m_published();
}

void RedirectIndex::setPublished(std::function<void()> callback)
{
    std::lock_guard hook(m_publishedMutex);
    m_published = std::move(callback);
}

RedirectIndex::Stats RedirectIndex::stats() const
{
    Stats s;
    s.fullLoads = m_fullLoads.load();
    s.batches = m_batches.load();
    s.changesApplied = m_changesApplied.load();
    s.merges = m_merges.load();
    s.lastApplyMillis = double(m_lastApplyNanos.load()) / 1e6;
    s.lastLoadMillis = double(m_lastLoadNanos.load()) / 1e6;
    return s;
}

std::atomic<std::int64_t> *RedirectIndex::visitCounter(std::int64_t linkId, std::int64_t initial)
{
    std::lock_guard lock(m_countersMutex);
    auto &counter = m_counters[linkId];
    if (!counter)
        counter = std::make_unique<std::atomic<std::int64_t>>(initial);
    return counter.get();
}

std::int64_t RedirectIndex::lastChange(QSqlDatabase &db)
{
    const auto handle = sqliteHandle(db);
    if (!handle)
        return -1;
    const auto seq = readLastChange(*handle);
    return seq ? *seq : -1;
}

Result<void> RedirectIndex::load(QSqlDatabase &db)
{
    const auto started = std::chrono::steady_clock::now();
    const auto opened = sqliteHandle(db);
    if (!opened)
        return opened.error();
    sqlite3 *const handle = *opened;
    std::shared_ptr<DomainRedirects> domains;
    auto rules = std::make_shared<RedirectRuleSets>();
    std::int64_t seq = 0;
    std::optional<Loader> loader;
    {
        // The rows and the change number from the same snapshot: what the next poll reads is
        // exactly what was committed after it.
        ReadTransaction transaction(handle);
        const auto last = readLastChange(handle);
        if (!last)
            return last.error();
        seq = *last;
        Statement count(handle, "SELECT count(*) FROM links WHERE account_id = 1");
        if (auto ready = prepared(count, handle); !ready)
            return ready;
        if (auto counted = stepped(count.step(), handle); !counted)
            return counted;
        const auto links = std::size_t(std::max<std::int64_t>(0, count.int64(0)));

        // The rules first (few links have any), so that each entry says whether its link has.
        Statement ruleRows(handle,
                           "SELECT " RULE_COLUMNS " FROM short_url_redirect_rules AS r JOIN links AS l "
                           "ON l.id = r.link_id WHERE l.account_id = 1 ORDER BY r.link_id, r.priority");
        if (auto ready = prepared(ruleRows, handle); !ready)
            return ready;
        if (auto read = readRules(ruleRows, handle, rules.get()); !read)
            return read;
        // The splits likewise (a partial index holds the few links with one).
        Statement splitRows(handle, "SELECT id, variants FROM links WHERE variants <> '' AND account_id = 1");
        if (auto ready = prepared(splitRows, handle); !ready)
            return ready;
        if (auto read = readSplits(splitRows, handle, rules.get()); !read)
            return read;

        loader.emplace(m_slugCase, links, rules);
        loader->m_started = started;
        Statement q(handle, "SELECT " LINK_COLUMNS " FROM links WHERE account_id = 1");   // the local account's only
        if (auto ready = prepared(q, handle); !ready)
            return ready;
        int step;
        while ((step = q.step()) == SQLITE_ROW) {
            if (!loader->add(q.text(DomainColumn), q.text(SlugColumn), q.text(LocationColumn), entryFrom(q, *this)))
                return storageError("too many links for one server (" + std::to_string(loader->size()) + " loaded)");
        }
        if (auto done = stepped(step, handle); !done)
            return done;
        auto read = readDomains(handle);
        if (!read)
            return read.error();
        domains = std::move(read).value();
    }
    load(std::move(*loader), std::move(domains), seq);
    return {};
}

RedirectIndex::Loader::Loader(SlugCase slugCase, std::size_t expectedLinks,
                              std::shared_ptr<const RedirectRuleSets> rules)
    : m_tables(Shards)
    , m_rules(rules ? std::move(rules) : std::make_shared<const RedirectRuleSets>())
    , m_started(std::chrono::steady_clock::now())
{
    const std::size_t perShard = expectedLinks / Shards;
    for (auto &table : m_tables) {
        table = std::make_shared<RedirectTable>(slugCase);
        // Slug and destination; reserved, not touched, so an overestimate costs no memory.
        table->reserve(perShard + perShard / 8 + 64, (perShard + 64) * 128);
    }
}

bool RedirectIndex::Loader::add(std::string_view domain, std::string_view slug, std::string_view location,
                                RedirectEntry entry)
{
    entry.hasRules = !m_rules->empty() && m_rules->contains(entry.linkId);
    if (!m_tables[shardOf(RedirectTable::hashKey(domain, slug))]->add(domain, slug, location, entry))
        return false;
    ++m_added;
    return true;
}

void RedirectIndex::load(Loader loader, std::shared_ptr<const DomainRedirects> domains, std::int64_t changeSeq)
{
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->slugCase = m_slugCase;
    for (auto &table : loader.m_tables) {
        table->finish();
        snapshot->shards.push_back(std::move(table));
    }
    snapshot->overlay = std::make_shared<const Overlay>();
    snapshot->domains = domains ? std::move(domains) : std::make_shared<const DomainRedirects>();
    snapshot->setRules(std::move(loader.m_rules));
    snapshot->changeSeq = changeSeq;
    {
        // An API change published while this load read is in the log past `changeSeq`: the
        // next poll applies it again.
        std::lock_guard write(m_writeMutex);
        publish(std::move(snapshot));
    }
    m_fullLoads.fetch_add(1);
    m_lastLoadNanos = nanosSince(loader.m_started);
}

void RedirectIndex::applyChanges(ChangeBatch batch)
{
    apply(std::move(batch.links), std::move(batch.removed), std::move(batch.domains), std::move(batch.rules),
          batch.changeSeq);
    m_batches.fetch_add(1);
    m_changesApplied.fetch_add(batch.changes);
    m_lastApplyNanos = nanosSince(batch.started);
}

std::vector<std::pair<std::string, std::string>> RedirectIndex::takeRecheck()
{
    std::lock_guard write(m_writeMutex);
    return std::exchange(m_recheck, {});
}

bool RedirectIndex::mergeIfLarge()
{
    if (current()->overlay->size() <= MaxOverlay)
        return false;
    mergeOverlay();
    return true;
}

Result<RedirectIndex::PollResult> RedirectIndex::poll(QSqlDatabase &db)
{
    const auto handle = sqliteHandle(db);
    if (!handle)
        return handle.error();
    std::vector<std::pair<std::string, std::string>> recheck;
    {
        std::lock_guard write(m_writeMutex);
        recheck.swap(m_recheck);
    }
    PollResult result = PollResult::Unchanged;
    for (;;) {
        const auto applied = applyLogged(*handle, recheck);
        if (!applied) {
            // Checked again next time.
            std::lock_guard write(m_writeMutex);
            m_recheck.insert(m_recheck.end(), recheck.begin(), recheck.end());
            return applied.error();
        }
        const Step step = *applied;
        if (step == Step::Reload) {
            if (auto loaded = load(db); !loaded)   // covers the keys to check too
                return loaded.error();
            return PollResult::Reloaded;
        }
        recheck.clear();
        if (step == Step::Unchanged)
            return result;
        if (result == PollResult::Unchanged)
            result = PollResult::Applied;
        if (mergeIfLarge())
            result = PollResult::Merged;
        if (step == Step::Done)
            return result;
    }
}

// One step of poll(): the next MaxBatch logged changes at most, and the keys to check again,
// read in one transaction and published as one snapshot.
Result<RedirectIndex::Step> RedirectIndex::applyLogged(sqlite3 *handle,
                                                       std::vector<std::pair<std::string, std::string>> &recheck)
{
    const auto started = std::chrono::steady_clock::now();
    const std::int64_t since = current()->changeSeq;
    std::vector<Fetched> fetched;
    std::vector<std::pair<std::string, std::string>> removed;   // keys the changed links had
    std::shared_ptr<const DomainRedirects> domains;
    RuleChanges ruleChanges;
    std::int64_t last = 0;
    std::int64_t upTo = since;   // the last change this step applies
    std::size_t changes = 0;
    bool more = false;
    {
        ReadTransaction transaction(handle);
        const auto lastChange = readLastChange(handle);
        if (!lastChange)
            return lastChange.error();
        last = *lastChange;
        if (last == since && recheck.empty())
            return Step::Unchanged;
        if (last < since)
            return Step::Reload;   // another database, or one restored from a backup
        std::unordered_set<std::int64_t> linkIds;
        bool domainsChanged = false;
        if (last > since) {
            Statement log(handle,
                          "SELECT seq, link_id, domain, slug FROM link_changes WHERE seq > ? ORDER BY seq LIMIT ?");
            if (auto ready = prepared(log, handle); !ready)
                return ready.error();
            log.bind(1, since);
            log.bind(2, std::int64_t(MaxBatch));
            int step;
            while ((step = log.step()) == SQLITE_ROW) {
                if (log.int64(0) != upTo + 1)
                    return Step::Reload;   // pruned before this server read it
                ++upTo;
                ++changes;
                if (const std::int64_t id = log.int64(1); id == 0)
                    domainsChanged = true;
                else
                    linkIds.insert(id);
                if (!log.isNull(3))
                    removed.emplace_back(std::string(log.text(2)), std::string(log.text(3)));
            }
            if (auto done = stepped(step, handle); !done)
                return done.error();
            if (changes == 0)
                return Step::Reload;   // numbered but gone: pruned
            more = upTo < last;
        }
        const auto fetch = [&](Statement &q) {
            int step;
            while ((step = q.step()) == SQLITE_ROW) {
                fetched.push_back(Fetched{std::string(q.text(DomainColumn)), std::string(q.text(SlugColumn)),
                                          std::string(q.text(LocationColumn)), entryFrom(q, *this),
                                          std::string(q.text(FallbackColumn)), std::string(q.text(PasswordColumn)),
                                          std::string(q.text(PreviewColumn))});
            }
            q.reset();
            return stepped(step, handle);
        };
        if (!linkIds.empty()) {
            Statement byId(handle, "SELECT " LINK_COLUMNS " FROM links WHERE id = ? AND account_id = 1");
            if (auto ready = prepared(byId, handle); !ready)
                return ready.error();
            for (const std::int64_t id : linkIds) {
                byId.bind(1, id);
                if (auto fetchedRows = fetch(byId); !fetchedRows)
                    return fetchedRows.error();
            }
        }
        if (!recheck.empty()) {
            Statement byKey(handle,
                            m_slugCase == SlugCase::Sensitive
                                ? "SELECT " LINK_COLUMNS " FROM links WHERE slug = ?2 "
                                  "AND lower(domain) = lower(?1) AND account_id = 1 LIMIT 1"
                                : "SELECT " LINK_COLUMNS " FROM links WHERE slug = ?2 COLLATE NOCASE "
                                  "AND lower(domain) = lower(?1) AND account_id = 1 LIMIT 1");
            if (auto ready = prepared(byKey, handle); !ready)
                return ready.error();
            for (const auto &[domain, slug] : recheck) {
                byKey.bind(1, domain);
                byKey.bind(2, slug);
                if (auto fetchedRows = fetch(byKey); !fetchedRows)
                    return fetchedRows.error();
            }
            // A key no link has any more goes; one a link has is among `fetched` and stays.
            removed.insert(removed.end(), recheck.begin(), recheck.end());
        }
        // The rules of every link read again; a logged link that is gone (or no longer local)
        // has none.
        if (!fetched.empty() || !linkIds.empty()) {
            Statement ruleRows(handle,
                               "SELECT " RULE_COLUMNS " FROM short_url_redirect_rules AS r "
                               "WHERE r.link_id = ? ORDER BY r.priority");
            if (auto ready = prepared(ruleRows, handle); !ready)
                return ready.error();
            Statement splitRows(handle,
                                "SELECT id, variants FROM links WHERE id = ? AND variants <> '' "
                                "AND account_id = 1");
            if (auto ready = prepared(splitRows, handle); !ready)
                return ready.error();
            std::unordered_set<std::int64_t> ids(linkIds);
            for (const Fetched &f : fetched)
                ids.insert(f.entry.linkId);
            std::unordered_set<std::int64_t> present;
            for (const Fetched &f : fetched)
                present.insert(f.entry.linkId);
            for (const std::int64_t id : ids) {
                RedirectRuleSets one;
                if (present.contains(id)) {
                    ruleRows.bind(1, id);
                    if (auto read = readRules(ruleRows, handle, &one); !read)
                        return read.error();
                    splitRows.bind(1, id);
                    if (auto read = readSplits(splitRows, handle, &one); !read)
                        return read.error();
                }
                const auto it = one.find(id);
                ruleChanges.emplace_back(id, it == one.end() ? nullptr : it->second);
            }
        }
        if (domainsChanged) {
            auto read = readDomains(handle);
            if (!read)
                return read.error();
            domains = std::move(read).value();
        }
    }
    applyChanges(ChangeBatch{std::move(fetched), std::move(removed), std::move(domains), std::move(ruleChanges), upTo,
                             changes, started});
    return more ? Step::More : Step::Done;
}

void RedirectIndex::apply(std::vector<Fetched> fetched, std::vector<std::pair<std::string, std::string>> removedKeys,
                          std::shared_ptr<const DomainRedirects> domains, RuleChanges ruleChanges,
                          std::int64_t changeSeq)
{
    std::lock_guard write(m_writeMutex);
    // A key the API published since this batch was read (it waits in m_recheck) is newer here
    // than what the batch read: the batch leaves it, and its link's rules, to the next read.
    // Otherwise a batch read just before an API call would put back, for a poll interval, a
    // link the call had deleted.
    if (!m_recheck.empty()) {
        std::unordered_set<std::string> newer;
        for (const auto &[domain, slug] : m_recheck)
            newer.insert(overlayKey(domain, slug, m_slugCase));
        std::unordered_set<std::int64_t> newerIds;
        std::erase_if(fetched, [&](const Fetched &f) {
            const bool skip = newer.contains(overlayKey(f.domain, f.slug, m_slugCase));
            if (skip)
                newerIds.insert(f.entry.linkId);
            return skip;
        });
        std::erase_if(removedKeys,
                      [&](const auto &key) { return newer.contains(overlayKey(key.first, key.second, m_slugCase)); });
        std::erase_if(ruleChanges, [&](const auto &change) { return newerIds.contains(change.first); });
    }
    const std::shared_ptr<const Snapshot> base = current();
    std::shared_ptr<const RedirectRuleSets> rules = base->rules;
    bool rulesChanged = false;
    for (const auto &[id, linkRules] : ruleChanges)
        rulesChanged = rulesChanged || linkRules || rules->contains(id);
    if (rulesChanged) {
        auto changed = std::make_shared<RedirectRuleSets>(*base->rules);
        for (auto &[id, linkRules] : ruleChanges) {
            if (linkRules)
                (*changed)[id] = std::move(linkRules);
            else
                changed->erase(id);
        }
        rules = std::move(changed);
    }
    auto overlay = copyOverlay(*base->overlay);
    std::unordered_set<std::string> kept;
    for (Fetched &f : fetched) {
        std::string key = overlayKey(f.domain, f.slug, m_slugCase);
        auto &slot = (*overlay)[key];
        f.entry.hasRules = !rules->empty() && rules->contains(f.entry.linkId);
        slot = OverlayEntry{std::move(f.location), f.entry, std::move(f.fallback), std::move(f.passwordHash),
                            std::move(f.preview)};
        slot->pointAtOwnStrings();
        kept.insert(std::move(key));
    }
    for (const auto &[domain, slug] : removedKeys) {
        std::string key = overlayKey(domain, slug, m_slugCase);
        if (kept.contains(key))
            continue;   // renamed into by another changed link, or the same link's key with other case
        const std::size_t hash = RedirectTable::hashKey(domain, slug);
        if (base->shards[shardOf(hash)]->find(domain, slug, hash))
            (*overlay)[std::move(key)] = std::nullopt;   // hides the table's entry
        else
            overlay->erase(key);
    }
    auto next = std::make_shared<Snapshot>(*base);
    next->overlay = std::move(overlay);
    if (domains)
        next->domains = std::move(domains);
    next->setRules(std::move(rules));
    next->changeSeq = std::max(changeSeq, base->changeSeq);
    publish(std::move(next));
}

// Moves the overlay into the tables: each shard that has overlay keys is rebuilt aside from
// its rows and those keys, then published with the keys gone from the overlay. One shard at a
// time, so memory grows by one shard, and readers never wait for more than a pointer swap.
void RedirectIndex::mergeOverlay()
{
    std::vector<bool> touched(Shards, false);
    for (const auto &[key, value] : *current()->overlay) {
        const std::size_t slash = key.find('/');
        touched[shardOf(RedirectTable::hashKey(std::string_view(key).substr(0, slash),
                                               std::string_view(key).substr(slash + 1)))] = true;
    }
    std::string scratch;
    for (std::size_t shard = 0; shard < Shards; ++shard) {
        if (!touched[shard])
            continue;
        // Under the write lock: an API change meanwhile would otherwise be lost with the overlay.
        std::unique_lock write(m_writeMutex);
        std::shared_ptr<const Snapshot> base = current();
        const RedirectTable &old = *base->shards[shard];
        std::vector<std::pair<std::string_view, std::string_view>> moving;   // (domain, slug) of this shard's keys
        std::size_t extraBytes = 0;
        for (const auto &[key, value] : *base->overlay) {
            const std::string_view k(key);
            const std::size_t slash = k.find('/');
            const std::string_view domain = k.substr(0, slash), slug = k.substr(slash + 1);
            if (shardOf(RedirectTable::hashKey(domain, slug)) == shard) {
                moving.emplace_back(domain, slug);
                extraBytes += value ? slug.size() + value->location.size() + value->fallback.size()
                        + value->passwordHash.size() + value->preview.size()
                                    : 0;
            }
        }
        auto table = std::make_shared<RedirectTable>(m_slugCase);
        table->reserve(old.size() + moving.size(), old.textBytes() + extraBytes);
        for (std::size_t i = 0; i < old.size(); ++i) {
            const RedirectTable::Row row = old.row(i);
            scratch.clear();
            appendKey(scratch, row.domain, row.slug, m_slugCase);
            if (!base->overlay->contains(scratch))
                table->add(row.domain, row.slug, row.entry.location, row.entry);
        }
        auto overlay = copyOverlay(*base->overlay);
        for (const auto &[domain, slug] : moving) {
            scratch.assign(domain);
            scratch.push_back('/');
            scratch.append(slug);
            const auto it = overlay->find(scratch);
            if (it->second)
                table->add(domain, slug, it->second->location, it->second->entry);
            overlay->erase(it);
        }
        table->finish();
        auto next = std::make_shared<Snapshot>(*base);
        next->shards[shard] = std::move(table);
        next->overlay = std::move(overlay);
        const std::weak_ptr<const RedirectTable> replaced = base->shards[shard];
        publish(std::move(next));
        base.reset();
        write.unlock();
        // Readers let go of the old shard at their next request, or at once when idle (see
        // setPublished()); until then it and its successor both take memory. Waiting for that
        // (briefly: a stuck reader does not stall the merge) keeps the growth to about one shard.
        for (int waited = 0; !replaced.expired() && waited < 100; ++waited)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    m_merges.fetch_add(1);
}

void RedirectIndex::upsert(std::string_view domain, std::string_view slug, std::string location, RedirectEntry entry,
                           std::string fallback, std::string passwordHash, std::string preview)
{
    if (entry.maxVisits > 0 && !entry.visits)
        entry.visits = visitCounter(entry.linkId, 0);
    std::lock_guard write(m_writeMutex);
    const std::shared_ptr<const Snapshot> base = current();
    entry.hasRules = !base->rules->empty() && base->rules->contains(entry.linkId);
    auto overlay = copyOverlay(*base->overlay);
    auto &slot = (*overlay)[overlayKey(domain, slug, m_slugCase)];
    slot = OverlayEntry{std::move(location), entry, std::move(fallback), std::move(passwordHash), std::move(preview)};
    slot->pointAtOwnStrings();
    auto next = std::make_shared<Snapshot>(*base);
    next->overlay = std::move(overlay);
    m_recheck.emplace_back(std::string(domain), std::string(slug));
    publish(std::move(next));
}

void RedirectIndex::remove(std::string_view domain, std::string_view slug)
{
    std::lock_guard write(m_writeMutex);
    const std::shared_ptr<const Snapshot> base = current();
    auto overlay = copyOverlay(*base->overlay);
    (*overlay)[overlayKey(domain, slug, m_slugCase)] = std::nullopt;
    auto next = std::make_shared<Snapshot>(*base);
    next->overlay = std::move(overlay);
    m_recheck.emplace_back(std::string(domain), std::string(slug));
    publish(std::move(next));
}

void RedirectIndex::setRules(std::string_view domain, std::string_view slug, std::int64_t linkId,
                             std::shared_ptr<const LinkRedirectRules> linkRules)
{
    std::lock_guard write(m_writeMutex);
    const std::shared_ptr<const Snapshot> base = current();
    // The API sets rules only: the link's split stays as it is.
    if (const auto had = base->rules->find(linkId); had != base->rules->end() && !had->second->split.empty()) {
        auto merged =
            linkRules ? std::make_shared<LinkRedirectRules>(*linkRules) : std::make_shared<LinkRedirectRules>();
        merged->split = had->second->split;
        linkRules = std::move(merged);
    }
    if (linkRules && linkRules->empty())
        linkRules.reset();
    auto rules = std::make_shared<RedirectRuleSets>(*base->rules);
    if (linkRules)
        (*rules)[linkId] = linkRules;
    else
        rules->erase(linkId);
    auto next = std::make_shared<Snapshot>(*base);
    // The link's entry says whether it has rules: a table's entry is replaced in the overlay.
    std::string scratch;
    if (std::optional<RedirectEntry> entry = base->find(domain, slug, scratch);
        entry && entry->linkId == linkId && entry->hasRules != bool(linkRules)) {
        auto overlay = copyOverlay(*base->overlay);
        auto &slot = (*overlay)[overlayKey(domain, slug, m_slugCase)];
        RedirectEntry changed = *entry;
        changed.hasRules = bool(linkRules);
        slot = OverlayEntry{std::string(entry->location), changed, std::string(entry->fallback),
                            std::string(entry->passwordHash), std::string(entry->preview)};
        slot->pointAtOwnStrings();
        next->overlay = std::move(overlay);
    }
    next->setRules(std::move(rules));
    m_recheck.emplace_back(std::string(domain), std::string(slug));
    publish(std::move(next));
}

}   // namespace Linkdeck::Server
