#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <vector>

#include "core/base/result.h"
#include "server/useragent.h"

namespace Linkdeck {
class Database;
}

namespace Linkdeck::Server {

class GeoIp;
struct Batch;
struct ClickView;

// Hashes std::string keys and finds them by std::string_view, without a copy.
struct TextHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

// How the ingestor reads a click (public so that benchmarks generate the same rollups); whether
// it is a bot's is UserAgentParser::isBot.
std::string referrerHost(std::string_view referrer);   // "https://News.example/a" -> "news.example"

// The writer thread: moves journal records into the database in batched transactions
// (group commit), records how far each journal was read in the same transactions, and deletes
// used segments. On start it first replays whatever the database has not got yet; a record is
// never stored twice because the progress is committed with the clicks.
//
// The statistics (the hourly rollups the charts read, the per-link counters) follow in two
// ways. While traffic is light, in the clicks' own transaction. Under heavy traffic the clicks
// are stored at once and counted in memory, and the counts go to the database every few
// seconds for many clicks together, in key order and in bounded chunks between the clicks'
// transactions: with a million links at random nearly every click is its own link-hour, and a
// link-hour written once for all its clicks of ten seconds costs what one click did.
// rollup_progress (schema 8) says which clicks are counted, so a crash loses no count and
// counts none twice: at start the clicks not counted yet are read back from the database.
class ClickIngestor
{
public:
    struct Options
    {
        std::string databasePath;
        std::string journalDir;
        std::string geoipPath;   // optional .mmdb
        // uap-core's regexes for the "device", "browser" and "os" rollups, read on the
        // writer thread before the first click is counted. Missing or unreadable: one
        // warning, and those rollups record "" (unknown). Empty: no warning, always "".
        std::string userAgentRegexesPath = UserAgentParser::DefaultRegexesPath;
        // At most this many clicks per transaction. A batch is what the journal holds when the
        // writer looks (every idleMillis), so batches stay small while the writer keeps up and
        // grow when it falls behind. Its transaction holds the clicks and journal positions; the
        // counts are written apart (rollupMillis), where larger batches pay off.
        int maxBatch = 200000;
        // ... and at most this long (0: no limit), so that a slow database still moves the
        // stored clicks (and lagMillis()) forward every second. A batch's commit writes its
        // clicks and positions only (the rollups follow apart, see rollupMillis), so a short
        // batch costs little.
        int maxBatchMillis = 1000;
        // How often the journal is looked at when nothing woke the writer: clicks wait at most
        // this long plus one batch before they are stored.
        int idleMillis = 250;
        // The links table's click counters follow from link_click_deltas a range of this many
        // link ids per transaction, whenever the journal is idle and every counterMillis otherwise.
        int counterChunk = 20000;
        int counterMillis = 2000;
        // The statistics of clicks stored under heavy traffic are written at most this long
        // after the first of them (at once when the journal is idle or when asked: flushStatistics()), in chunks of at most
        // rollupChunk link-hours a transaction. A batch whose counts fit in inlineRollups
        // link-hours, with no such write under way, is counted in its own transaction.
        int rollupMillis = 5000;
        int rollupChunk = 25000;
        int inlineRollups = 1000;
        // Deletes a stored journal segment; std::filesystem::remove unless a test injects a
        // failure. A segment that cannot be deleted is reported and tried again later.
        std::function<bool(const std::string &path, std::error_code &ec)> removeFile;
    };

    explicit ClickIngestor(Options options);
    ~ClickIngestor();
    ClickIngestor(const ClickIngestor &) = delete;
    ClickIngestor &operator=(const ClickIngestor &) = delete;

    // Opens the database, replays the journal and starts the thread; an Error (Invalid for an
    // unreadable GeoIP database, Storage otherwise) saying why it cannot.
    Result<void> start();
    void stop();     // drains every journal, then stops
    void wakeUp();   // new records are waiting
    // Asks for the statistics of every click stored so far now, not after rollupMillis (for a
    // reader that must see them; see statisticsLagMillis()). Any thread.
    void flushStatistics();

    std::uint64_t ingested() const { return m_ingested.load(std::memory_order_relaxed); }
    std::uint64_t batches() const { return m_batches.load(std::memory_order_relaxed); }
    // Records skipped as damaged since start (each reported with its file on stderr).
    std::uint64_t damagedRecords() const { return m_damagedRecords.load(std::memory_order_relaxed); }
    // How long the oldest click not yet in the database can have waited, in milliseconds: the
    // time since the start of the last pass that stored everything the journal held (an upper
    // bound, within one idle interval). Any thread.
    std::int64_t lagMillis() const;
    // The same for the statistics: how long the oldest click not yet counted in click_hours and
    // the link counters can have waited (at least lagMillis()). Any thread.
    std::int64_t statisticsLagMillis() const;

private:
    struct Progress
    {
        std::int64_t segment = 0;
        std::int64_t offset = 0;
        bool operator==(const Progress &) const = default;
    };
    void run();
    Result<void> checkIdentity();
    Result<void> loadProgress();
    void continueNumbering();
    void removeStoredSegment(const std::string &path);
    Result<void> drainOnce(std::uint64_t *read);   // on the writer thread only
    Result<void> applyCounters();
    // In the batch's transaction; per click, so nothing is allocated unless it fails.
    Result<void> store(Batch &batch, const ClickView &click);
    Result<void> commit(Batch &batch);
    void publishLag();
    // The statistics (on the writer thread).
    struct Agent;
    const Agent &agentOf(std::string_view userAgent);
    void count(Batch &batch, const Agent &agent, std::int64_t linkId, std::int64_t timeMs, std::string_view country,
               std::string_view referrer, int variant = 0);
    const std::vector<std::uint32_t> &sortedHours(const Batch &batch);
    Result<void> writeHours(const Batch &batch, const std::uint32_t *begin, const std::uint32_t *end);
    Result<void> writeRollupProgress(std::int64_t through, std::int64_t target, std::int64_t link, std::int64_t hour);
    Result<void> rollUp(bool all, bool idle);
    Result<void> flushChunk();
    Result<void> countStored(Batch &into, std::int64_t afterId, std::int64_t throughId);
    Result<void> recoverRollups();
    void forgetCounts();

    Options m_options;
    std::unique_ptr<Database> m_db;        // created and used on the writer thread
    std::map<int, Progress> m_progress;    // by journal thread: how far this drain has read
    std::map<int, Progress> m_committed;   // what the database says
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_signalled = false;
    std::atomic<std::uint64_t> m_ingested{0};
    std::atomic<std::uint64_t> m_batches{0};
    std::atomic<std::uint64_t> m_damagedRecords{0};
    std::atomic<std::int64_t> m_caughtUpMs{0};   // steady clock: every click journaled before it is stored
    // By journal (I/O thread): every click it journaled before this steady time is stored. A
    // pass that read a journal to its end and committed moves it to the pass's start; a commit
    // in the middle of a journal moves it to the time of the last click stored (journals are
    // written in time order). Journals not reached yet keep theirs.
    std::map<int, std::int64_t> m_storedBefore;
    std::int64_t m_lastPassStart = 0;   // steady clock: the start of the last pass that read every journal
    bool m_more = false;                // the last pass left clicks in a journal that used its share of the batch
    bool m_pendingDeltas = true;        // link_click_deltas may hold counts (unknown at start)
    std::int64_t m_countersFrom = 0;    // where the next counter chunk starts
    GeoIp *m_geoip = nullptr;
    struct Counting;
    std::unique_ptr<Counting> m_counting;
    // The clicks stored and not yet counted in the database (and the open transaction's).
    std::unique_ptr<Batch> m_batch;
    std::unique_ptr<Batch> m_flushing;         // counts being written in chunks (null: none)
    std::unique_ptr<Batch> m_spare;            // an emptied batch, kept for its capacity
    std::vector<std::uint32_t> m_flushOrder;   // m_flushing's link-hours in key order
    std::size_t m_flushPos = 0;                // how many of them are written
    std::int64_t m_flushTarget = 0;            // the last click id m_flushing counts
    std::int64_t m_flushCaughtUp = 0;          // steady time: every click before it is in m_flushing or counted
    std::int64_t m_rollupThrough = 0;          // every click id up to this is counted in the database
    std::int64_t m_lastClickId = 0;            // the last click id committed
    std::int64_t m_countingSince = 0;          // steady time of the oldest count in m_batch (0: none)
    bool m_recover = false;                    // counts in memory unknown after a failure: read them again
    std::atomic<bool> m_flushAsked{false};
    std::atomic<std::int64_t> m_statsCaughtUpMs{0};   // steady clock, as m_caughtUpMs, for the statistics
    std::unique_ptr<UserAgentParser> m_userAgents;    // on the writer thread; loaded on first use
    std::set<std::string> m_undeletable;              // segments whose deletion failed, reported once
};

}   // namespace Linkdeck::Server
