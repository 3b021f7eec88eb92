#pragma once

#include "core/base/result.h"
#include "server/pg/pgclickwriter.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace Linkdeck::Server {
class GeoIp;
class UserAgentParser;
}   // namespace Linkdeck::Server

namespace Linkdeck::Server::Pg {

class PgConnection;

// The click writer of a linkdeck-server on PostgreSQL (issue 14): moves this instance's click
// journal into PostgreSQL through PgClickWriter, one batch per I/O thread's journal at a time,
// each batch's clicks, rollups and journal position in one transaction, so that every click
// is stored exactly once however the process or the database stops.
//
// The journals are named after the journal directory's identity (journal.id, a UUID made on
// first use) and the I/O thread: "<uuid>/t0", "<uuid>/t1", ... Several instances on one
// database each keep their own journal directory, so their names never meet; a journal
// directory that is removed gets a new identity and starts again from nothing.
//
// While PostgreSQL cannot be reached (stopped, restarting, the network) redirects go on: the
// clicks wait in the journal, the writer says so in the log once (and again every 30 s), tries
// again after 0.1 s and then up to every 2 s, and drains the backlog when the database is back.
// health() says whether the database is reachable and how far the clicks trail.
//
//   PgIngestor ingestor({conninfo, journalDir, ...});
//   if (auto r = ingestor.start(); !r) fail(r.error());   // stores what an earlier run left first
class PgIngestor
{
public:
    struct Options
    {
        QString conninfo;
        std::string journalDir;
        std::string geoipPath;              // optional .mmdb
        std::string userAgentRegexesPath;   // uap-core's regexes; empty: device and browser unknown
        int maxBatch = 20000;               // clicks per transaction at most
        int idleMillis = 100;               // how often the journal is looked at
        // Deletes a stored journal segment; std::filesystem::remove unless a test injects.
        std::function<bool(const std::string &path)> removeFile;
    };

    explicit PgIngestor(Options options);
    ~PgIngestor();   // stop()s
    PgIngestor(const PgIngestor &) = delete;
    PgIngestor &operator=(const PgIngestor &) = delete;

    // Connects (the schema migrated), stores everything the journal holds, then starts the
    // writer thread; an Error saying why not (PostgreSQL unreachable at start is one: the
    // server cannot load its links either).
    Result<void> start();
    // Stores what the journal holds (for at most drainSeconds while PostgreSQL is unreachable),
    // then stops; what is left waits in the journal for the next start.
    void stop(int drainSeconds = 10);

    std::uint64_t ingested() const { return m_ingested.load(std::memory_order_relaxed); }
    std::uint64_t damagedRecords() const { return m_damaged.load(std::memory_order_relaxed); }
    // How long the oldest click not yet in PostgreSQL can have waited (ms): the time since the
    // start of the last pass, or, behind a journal that holds more than a batch, since its last
    // click stored. Any thread.
    std::int64_t lagMillis() const;
    bool databaseReachable() const { return m_reachable.load(std::memory_order_relaxed); }
    // The last failure, a sentence for the operator; empty after a success. Any thread.
    std::string lastError() const;
    // The journal name of I/O thread `thread` ("<uuid>/t<thread>").
    std::string journalName(int thread) const;

private:
    void run();
    Result<void> connect();
    // One pass over every journal; *moved: some journal's position moved.
    Result<void> drainOnce(bool *moved);
    // *more: the journal holds more than this batch; *lastStoredMs: the wall-clock time of its
    // last click stored.
    Result<void> drainJournal(int thread, bool *moved, bool *more, std::int64_t *lastStoredMs);
    void failed(const Error &error);

    Options m_options;
    std::string m_identity;
    std::unique_ptr<PgConnection> m_conn;
    std::unique_ptr<PgClickWriter> m_writer;
    std::unique_ptr<UserAgentParser> m_userAgents;
    std::unique_ptr<GeoIp> m_geoip;
    std::map<int, JournalPosition> m_positions;   // by I/O thread, what PostgreSQL has stored
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    int m_drainSeconds = 10;
    std::atomic<std::uint64_t> m_ingested{0};
    std::atomic<std::uint64_t> m_damaged{0};
    std::atomic<std::int64_t> m_caughtUpMs{0};   // steady clock: every click journaled before it is stored
    std::atomic<bool> m_reachable{false};
    mutable std::mutex m_errorMutex;
    std::string m_lastError;
    std::int64_t m_lastReportMs = 0;   // steady: the last outage said in the log
    std::int64_t m_downSinceMs = 0;    // steady: when the database became unreachable (0: it is not)
};

}   // namespace Linkdeck::Server::Pg
