#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class QSqlDatabase;

namespace Linkdeck::Server {

// What the redirect path needs to know about one link.
struct RedirectEntry
{
    std::int64_t linkId = 0;
    std::string_view location;          // the stored destination, exactly
    std::int64_t validSinceMs = 0;      // 0: no limit
    std::int64_t expiresAtMs = 0;       // 0: no limit
    std::int64_t maxVisits = 0;         // 0: no limit
    std::atomic<std::int64_t> *visits = nullptr;   // set when maxVisits is
    int status = 0;                     // 0: the server default
    bool forwardQuery = true;
};

// Shlink's NotFoundRedirects for one domain; empty strings mean "no redirect".
struct NotFoundRedirects
{
    std::string baseUrl;
    std::string regular404;
    std::string invalidShortUrl;
};

// An immutable table of (domain, slug) -> RedirectEntry built in one go: one arena for all
// strings and an open-addressing hash table of indexes, so a million links take little
// memory and a lookup allocates nothing. Slugs are matched ignoring case.
class RedirectTable
{
public:
    void reserve(std::size_t links, std::size_t bytes);
    void add(std::string_view domain, std::string_view slug, std::string_view location, RedirectEntry entry);
    void finish();   // builds the hash table; no add() after this

    const RedirectEntry *find(std::string_view domain, std::string_view slug) const;
    std::size_t size() const { return m_entries.size(); }

    std::unordered_map<std::string, NotFoundRedirects> domainRedirects;   // by lower-case domain

private:
    struct Slot
    {
        std::uint32_t keyOffset;
        std::uint32_t keyLength;
        std::uint32_t locationOffset;
        std::uint32_t locationLength;
    };
    static std::size_t hashKey(std::string_view domain, std::string_view slug);
    bool keyEquals(const Slot &slot, std::string_view domain, std::string_view slug) const;

    std::string m_arena;
    std::vector<Slot> m_slots;
    std::vector<RedirectEntry> m_entries;
    std::vector<std::uint32_t> m_table;   // entry index + 1; 0 = empty
    std::size_t m_mask = 0;
};

// The live index: a RedirectTable loaded from the database plus a small overlay of the
// changes made since (through the API), published together as one immutable snapshot.
// Readers (the I/O threads) check a generation counter per request and take the mutex only
// when it moved; writers build a new snapshot and swap it in.
class RedirectIndex
{
public:
    struct OverlayEntry
    {
        std::string location;
        RedirectEntry entry;
    };
    struct Snapshot
    {
        std::shared_ptr<const RedirectTable> table;
        // key: lower-case "domain/slug"; nullopt: deleted since the table was built
        std::shared_ptr<const std::unordered_map<std::string, std::optional<OverlayEntry>>> overlay;
        std::int64_t version = -1;   // links_version the table was read at

        const RedirectEntry *find(std::string_view domain, std::string_view slug, std::string &scratch) const;
    };

    RedirectIndex();

    // Reads every link and domain from the database (on the calling thread's connection).
    // Returns false with a message on a database error.
    bool load(QSqlDatabase &db, std::string *error);
    // Applies a change made through the API at once, without waiting for a reload.
    void upsert(std::string_view domain, std::string_view slug, std::string location, RedirectEntry entry);
    void remove(std::string_view domain, std::string_view slug);

    std::shared_ptr<const Snapshot> current() const;
    std::uint64_t generation() const { return m_generation.load(std::memory_order_acquire); }
    std::atomic<std::int64_t> *visitCounter(std::int64_t linkId, std::int64_t initial);

    static std::int64_t readVersion(QSqlDatabase &db);

private:
    void publish(std::shared_ptr<const Snapshot> snapshot);

    mutable std::mutex m_mutex;
    std::shared_ptr<const Snapshot> m_current;
    std::atomic<std::uint64_t> m_generation{0};
    std::mutex m_countersMutex;
    std::unordered_map<std::int64_t, std::unique_ptr<std::atomic<std::int64_t>>> m_counters;
};

// Per-thread view of a RedirectIndex: refreshes its snapshot only when the index changed.
class IndexReader
{
public:
    explicit IndexReader(const RedirectIndex &index) : m_index(index) {}
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

} // namespace Linkdeck::Server
