#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/base/result.h"
#include "server/redirectrules.h"

class QSqlDatabase;
struct sqlite3;

namespace Linkdeck::Server {

// What the redirect path needs to know about one link. A view: `location` points into the
// snapshot it was found in, which the caller holds.
struct RedirectEntry
{
    std::int64_t linkId = 0;
    std::string_view location;                     // the stored destination, exactly
    std::int64_t validSinceMs = 0;                 // 0: no limit
    std::int64_t expiresAtMs = 0;                  // 0: no limit
    std::int64_t maxVisits = 0;                    // 0: no limit
    std::atomic<std::int64_t> *visits = nullptr;   // set when maxVisits is
    int status = 0;                                // 0: the server default
    bool forwardQuery = true;
    bool hasRules = false;   // the snapshot's rules has this link's redirect rules
    // Where the link sends visitors while it is not live (before validSince, from expiresAt on,
    // maxVisits used up); empty: the "this link has ended" page. Kept only beside a limit.
    std::string_view fallback;
    // A password-protected link (issue 15): the Argon2id hash of its password (libsodium's
    // string form), never the password; empty: none. Kept beside the limits, in the same side
    // record, so that the 32-byte record and the lookup of other links are unchanged.
    std::string_view passwordHash;
    // A social preview (issue 15) for link-preview crawlers: "title\x1fdescription\x1fimage"
    // (core keeps control characters out of each), empty without one. In the same side record.
    std::string_view preview;
};

// Shlink's NotFoundRedirects for one domain; empty strings mean "no redirect".
struct NotFoundRedirects
{
    std::string baseUrl;
    std::string regular404;
    std::string invalidShortUrl;
};

// Shlink's SHORT_URL_MODE: "strict" (the default) tells Case-x from case-x; "loose" does not.
enum class SlugCase { Sensitive, Insensitive };

// An immutable table of (domain, slug) -> RedirectEntry built in one go, compact enough for
// millions of links: slugs and locations in one arena, each domain stored once, 32 bytes of
// record per link (the rarely set limits and their fallback address apart, the address in the
// arena after the location), and an open-addressing hash table of record
// numbers; a lookup allocates nothing. Domains are matched ignoring (ASCII) case; slugs as
// the SlugCase says.
class RedirectTable
{
public:
    explicit RedirectTable(SlugCase slugCase = SlugCase::Sensitive)
        : m_slugCase(slugCase)
    {}

    // Room for `links` links whose slugs and locations take about `bytes` together.
    void reserve(std::size_t links, std::size_t bytes);
    // False when the table cannot take more (4 GiB of text, or 4 billion links or domains).
    bool add(std::string_view domain, std::string_view slug, std::string_view location, const RedirectEntry &entry);
    void finish();   // builds the hash table; no add() after this

    std::optional<RedirectEntry> find(std::string_view domain, std::string_view slug) const
    {
        return find(domain, slug, hashKey(domain, slug));
    }
    // With the key's hashKey() already known.
    std::optional<RedirectEntry> find(std::string_view domain, std::string_view slug, std::size_t hash) const;
    std::size_t size() const { return m_records.size(); }
    std::size_t textBytes() const { return m_arena.size(); }   // slugs and locations
    std::size_t memoryBytes() const;                           // what the table holds on the heap

    // Link `i` of size(), in the order added: the domain lower-case, the slug as added.
    struct Row
    {
        std::string_view domain;
        std::string_view slug;
        RedirectEntry entry;
    };
    Row row(std::size_t i) const;

    // FNV-1a over the lower-cased "domain/slug" (in both modes: Case-x and case-x share a chain);
    // the table uses its low bits.
    static std::size_t hashKey(std::string_view domain, std::string_view slug);

private:
    struct Record
    {
        std::int64_t linkId;
        std::uint32_t offset;   // in m_arena: the slug, then the location
        std::uint32_t slugLength;
        std::uint32_t locationLength;
        std::uint32_t domain;   // index in m_domains
        std::uint32_t limits;   // index + 1 in m_limits; 0: none
        std::uint16_t status;
        bool forwardQuery;
        bool hasRules;   // in what was padding: the record stays 32 bytes
    };
    struct Limits
    {
        std::int64_t validSinceMs;
        std::int64_t expiresAtMs;
        std::int64_t maxVisits;
        std::atomic<std::int64_t> *visits;
        std::uint32_t fallbackOffset;   // in m_arena
        std::uint32_t fallbackLength;   // 0: none
        std::uint32_t passwordOffset;   // in m_arena, after the fallback
        std::uint32_t passwordLength;   // 0: not protected
        std::uint32_t previewOffset;    // in m_arena, after the password's hash
        std::uint32_t previewLength;    // 0: no social preview
    };
    RedirectEntry entryAt(const Record &record) const;
    bool keyEquals(const Record &record, std::string_view domain, std::string_view slug) const;
    std::optional<std::uint32_t> domainIndex(std::string_view domain);

    std::string m_arena;
    std::vector<Record> m_records;
    std::vector<Limits> m_limits;
    std::vector<std::string> m_domains;                               // lower-case
    std::unordered_map<std::string, std::uint32_t> m_domainIndexes;   // while adding
    std::string m_domainScratch;
    // Open addressing: per slot the key's tag (high half) and its record's index + 1 (low
    // half); 0 = empty.
    static std::uint32_t tagOf(std::size_t hash) { return std::uint32_t(std::uint64_t(hash) >> 32); }
    static std::uint64_t slotOf(std::size_t hash, std::size_t record)
    {
        return (std::uint64_t(tagOf(hash)) << 32) | std::uint64_t(record + 1);
    }
    std::vector<std::uint64_t> m_table;
    std::size_t m_mask = 0;
    SlugCase m_slugCase = SlugCase::Sensitive;
};

// Redirect rules by link id in one flat open-addressing array: a request with rules costs one
// probe (a cache line) to find them, where a hash map's bucket and node cost two or three
// dependent reads. Immutable; its pointers stay valid while the RedirectRuleSets it was made
// from lives. Link ids are positive (0 marks an empty slot).
class RuleLookup
{
public:
    explicit RuleLookup(const RedirectRuleSets &rules);
    const LinkRedirectRules *find(std::int64_t linkId) const
    {
        if (m_slots.empty() || linkId <= 0)
            return nullptr;
        for (std::size_t i = slotOf(linkId);; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (slot.linkId == linkId)
                return slot.rules;
            if (slot.linkId == 0)
                return nullptr;
        }
    }
    std::size_t size() const { return m_size; }

private:
    struct Slot
    {
        std::int64_t linkId = 0;
        const LinkRedirectRules *rules = nullptr;
    };
    std::size_t slotOf(std::int64_t linkId) const
    {
        return std::size_t((std::uint64_t(linkId) * 0x9E3779B97F4A7C15ull) >> m_shift);
    }
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
    int m_shift = 63;
};

// The live index: the links loaded from the database in Shards RedirectTables (by the high
// bits of the key's hash), a small overlay of the links changed since, and the domains'
// not-found redirects, published together as one immutable snapshot. Readers (the I/O threads) check a generation counter per request and take the
// mutex only when it moved, to copy a pointer; writers build a new snapshot aside and swap it in.
//
// Changes reach the overlay two ways: at once from the API (upsert/remove), and from the
// database's change log (link_changes, written by triggers) when the poller calls poll(): it
// reads the rows past the last one applied, looks up only those links and publishes them. The
// whole table is read again only when the log has a gap (rows pruned before this server read
// them, or more than the log keeps). Changes are taken MaxBatch at a time; once the overlay
// holds more than MaxOverlay keys it is merged into the tables one shard at a time, each
// shard rebuilt aside and published, so that memory grows by one shard (1/64), never by the
// whole table.
class RedirectIndex
{
public:
    struct OverlayEntry
    {
        std::string location;
        RedirectEntry entry;   // entry.location points at location, entry.fallback at fallback, ...
        std::string fallback;
        std::string passwordHash;
        std::string preview;
        void pointAtOwnStrings()
        {
            entry.location = location;
            entry.fallback = fallback;
            entry.passwordHash = passwordHash;
            entry.preview = preview;
        }
    };
    // key: "domain/slug", the domain lower-case, the slug too when slugs ignore case (overlayKey());
    // nullopt: removed since the table was built
    using Overlay = std::unordered_map<std::string, std::optional<OverlayEntry>>;
    using DomainRedirects = std::unordered_map<std::string, NotFoundRedirects>;   // by lower-case domain

    static constexpr int ShardBits = 6;
    static constexpr std::size_t Shards = std::size_t(1) << ShardBits;
    static std::size_t shardOf(std::size_t hash) { return hash >> (8 * sizeof(std::size_t) - ShardBits); }

    struct Snapshot
    {
        std::vector<std::shared_ptr<const RedirectTable>> shards;   // Shards of them
        std::shared_ptr<const Overlay> overlay;
        std::shared_ptr<const DomainRedirects> domains;
        // Redirect rules by link id, for the few links that have any (their entries say
        // hasRules); replaced whole when a link's rules change.
        std::shared_ptr<const RedirectRuleSets> rules;
        // The same rules found with one probe, for the redirect path (setRules() keeps the two
        // together; it points into `rules`, which it outlives no longer than this snapshot).
        std::shared_ptr<const RuleLookup> ruleLookup;
        std::int64_t changeSeq = 0;   // the last link_changes row this snapshot reflects
        SlugCase slugCase = SlugCase::Sensitive;

        std::optional<RedirectEntry> find(std::string_view domain, std::string_view slug, std::string &scratch) const;
        std::size_t tableSize() const;   // links in the tables (the overlay aside)
        // The link's redirect rules and split, or null.
        const LinkRedirectRules *rulesOf(std::int64_t linkId) const
        {
            return ruleLookup ? ruleLookup->find(linkId) : nullptr;
        }
        // Sets `rules` and, when they changed, the lookup made from them.
        void setRules(std::shared_ptr<const RedirectRuleSets> newRules);
    };

    enum class PollResult { Unchanged, Applied, Merged, Reloaded };
    struct Stats
    {
        std::uint64_t fullLoads = 0;        // whole-table loads: the first, and each reload since
        std::uint64_t batches = 0;          // polls that applied logged changes without a reload
        std::uint64_t changesApplied = 0;   // logged changes (rows) those polls applied
        std::uint64_t merges = 0;           // overlays merged into the tables, shard by shard
        double lastApplyMillis = 0;         // the last such poll, from reading the log to publishing
        double lastLoadMillis = 0;          // the last whole-table load
    };

    static constexpr std::size_t MaxBatch = 4096;     // changes read and applied in one step
    static constexpr std::size_t MaxOverlay = 4096;   // keys changed since the tables were built

    explicit RedirectIndex(SlugCase slugCase = SlugCase::Sensitive);
    SlugCase slugCase() const { return m_slugCase; }
    // The overlay's key for a link.
    static std::string overlayKey(std::string_view domain, std::string_view slug, SlugCase slugCase);

    // Reads every local link and domain from the database (on the calling thread's connection,
    // in one read transaction). An Error (Storage) with a message on a database error.
    Result<void> load(QSqlDatabase &db);

    // The source-neutral side (issue 14): what load(QSqlDatabase &) and poll() do with SQLite,
    // a feed from another database (server/pg/pglinkfeed.h) does with its own reads.
    //
    // A whole load built aside: the rules (and splits) first, so that each entry says whether
    // its link has any; then every link; then load(std::move(loader), ...) publishes it.
    class Loader
    {
    public:
        Loader(SlugCase slugCase, std::size_t expectedLinks, std::shared_ptr<const RedirectRuleSets> rules);
        // False when the tables cannot take more (see RedirectTable::add). Sets entry.hasRules.
        bool add(std::string_view domain, std::string_view slug, std::string_view location, RedirectEntry entry);
        std::size_t size() const { return m_added; }

    private:
        friend class RedirectIndex;
        std::vector<std::shared_ptr<RedirectTable>> m_tables;
        std::shared_ptr<const RedirectRuleSets> m_rules;
        std::size_t m_added = 0;
        std::chrono::steady_clock::time_point m_started;
    };
    // Publishes a full load that reflects the change log up to changeSeq, replacing everything.
    void load(Loader loader, std::shared_ptr<const DomainRedirects> domains, std::int64_t changeSeq);

    // A link read back from the database, keyed as the overlay keys it.
    struct ChangedLink
    {
        std::string domain;
        std::string slug;
        std::string location;
        RedirectEntry entry;   // its views are set again from the strings here
        std::string fallback;
        std::string passwordHash;
        std::string preview;
    };
    using RuleChanges = std::vector<std::pair<std::int64_t, std::shared_ptr<const LinkRedirectRules>>>;
    // Logged changes read back from the database, published as one snapshot by applyChanges().
    struct ChangeBatch
    {
        std::vector<ChangedLink> links;                             // each replaces its key
        std::vector<std::pair<std::string, std::string>> removed;   // (domain, slug): gone unless in links
        std::shared_ptr<const DomainRedirects> domains;             // null: unchanged
        RuleChanges rules;                                          // by link id; null: it has none now
        std::int64_t changeSeq = 0;                                 // the last change it reflects
        std::size_t changes = 0;                                    // logged rows it covers (stats())
        std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();   // for stats()
    };
    void applyChanges(ChangeBatch batch);
    // Merges the overlay into the tables when it holds more than MaxOverlay keys; true if it did.
    bool mergeIfLarge();
    // The keys upsert(), remove() and setRules() changed since the last call, (domain, slug), for
    // a feed to read again from its database as poll() does with SQLite.
    std::vector<std::pair<std::string, std::string>> takeRecheck();
    // Applies what the change log holds past the current snapshot (see above); an Error
    // (Storage) when it could not be read, and the keys the API changed are checked next time.
    Result<PollResult> poll(QSqlDatabase &db);
    // Applies a change made through the API at once, without waiting for the poller; the next
    // poll() checks the key against the database again, so a late call cannot leave stale data.
    void upsert(std::string_view domain, std::string_view slug, std::string location, RedirectEntry entry,
                std::string fallback = {}, std::string passwordHash = {}, std::string preview = {});
    void remove(std::string_view domain, std::string_view slug);
    // A link's new redirect rules (nullptr or none: it has none), published at once, as the
    // API stored them; the next poll() reads them from the database again.
    void setRules(std::string_view domain, std::string_view slug, std::int64_t linkId,
                  std::shared_ptr<const LinkRedirectRules> rules);

    std::shared_ptr<const Snapshot> current() const;
    // Called on the publishing thread after each new snapshot: lets idle readers (an I/O thread
    // with no request) drop the one they hold, so that what it alone kept alive is freed now.
    void setPublished(std::function<void()> callback);
    std::uint64_t generation() const { return m_generation.load(std::memory_order_acquire); }
    Stats stats() const;
    std::atomic<std::int64_t> *visitCounter(std::int64_t linkId, std::int64_t initial);

    // The newest link_changes sequence number (0 before the first change); -1 on an error.
    static std::int64_t lastChange(QSqlDatabase &db);

private:
    using Fetched = ChangedLink;
    void publish(std::shared_ptr<const Snapshot> snapshot);
    enum class Step { Unchanged, Done, More, Reload };
    Result<Step> applyLogged(sqlite3 *handle, std::vector<std::pair<std::string, std::string>> &recheck);
    void apply(std::vector<Fetched> fetched, std::vector<std::pair<std::string, std::string>> removedKeys,
               std::shared_ptr<const DomainRedirects> domains, RuleChanges ruleChanges, std::int64_t changeSeq);
    void mergeOverlay();

    mutable std::mutex m_mutex;   // guards m_current; held only to copy or swap the pointer
    std::shared_ptr<const Snapshot> m_current;
    std::atomic<std::uint64_t> m_generation{0};
    std::mutex m_publishedMutex;
    std::function<void()> m_published;
    std::mutex m_writeMutex;   // one writer at a time; guards m_recheck
    SlugCase m_slugCase = SlugCase::Sensitive;
    std::vector<std::pair<std::string, std::string>> m_recheck;   // keys the API changed: (domain, slug)
    std::mutex m_countersMutex;
    std::unordered_map<std::int64_t, std::unique_ptr<std::atomic<std::int64_t>>> m_counters;
    std::atomic<std::uint64_t> m_fullLoads{0};
    std::atomic<std::uint64_t> m_batches{0};
    std::atomic<std::uint64_t> m_changesApplied{0};
    std::atomic<std::uint64_t> m_merges{0};
    std::atomic<std::uint64_t> m_lastApplyNanos{0};
    std::atomic<std::uint64_t> m_lastLoadNanos{0};
};

// Per-thread view of a RedirectIndex: refreshes its snapshot only when the index changed.
class IndexReader
{
public:
    explicit IndexReader(const RedirectIndex &index)
        : m_index(index)
    {}
    const RedirectIndex::Snapshot &snapshot()
    {
        const std::uint64_t generation = m_index.generation();
        if (generation != m_generation || !m_snapshot) {
            m_snapshot = m_index.current();
            m_generation = generation;
        }
        return *m_snapshot;
    }
    std::string scratch;   // reused key buffer

private:
    const RedirectIndex &m_index;
    std::shared_ptr<const RedirectIndex::Snapshot> m_snapshot;
    std::uint64_t m_generation = ~std::uint64_t(0);
};

}   // namespace Linkdeck::Server
