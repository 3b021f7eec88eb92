#pragma once

#include "core/base/result.h"
#include "server/redirectindex.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace Linkdeck::Server::Pg {

class PgConnection;

// Keeps a RedirectIndex in step with the links in PostgreSQL (issue 14), for several
// linkdeck-server instances on one database.
//
// load() reads every local link (account 1), the domains' not-found redirects, the redirect
// rules and the A/B splits in one REPEATABLE READ snapshot. start() runs a thread with a
// connection of its own that LISTENs on linkdeck_link_changes (the schema's triggers notify it
// on every committed change) and waits on the socket; on a notification it reads the
// link_changes rows past the last one applied and only those links, and publishes them to the
// index as one batch (RedirectIndex::applyChanges), never a reload. The redirect path reads the
// index only: it never waits on PostgreSQL. Keys the API published at once (upsert, remove,
// setRules) are read again from PostgreSQL at the next step, so that a late call cannot leave
// stale data.
//
// link_changes.seq comes from a sequence, so a row can commit after one with a higher number.
// A hole in the numbers is therefore held open (the rows after it are applied, the position
// stays before it) until every transaction that was running when it was first seen has ended
// (pg_current_snapshot's xmin has passed that snapshot's xmax): then it is a rolled-back
// change and skipped, or, below the oldest row still logged, pruned away, and the index is
// loaded again. A lost connection is opened again (after 0.1 s, then up to 2 s apart), LISTENs
// again and catches up from where it was.
class PgLinkFeed
{
public:
    struct Stats
    {
        std::uint64_t notifications = 0;   // notifications received
        std::uint64_t batches = 0;         // change batches applied to the index
        std::uint64_t changes = 0;         // link_changes rows those batches covered
        std::uint64_t fullLoads = 0;       // load() and reloads after a pruned gap
        std::uint64_t connects = 0;        // listener connections opened (the first included)
        std::int64_t position = 0;         // every change up to here is in the index
        bool listening = false;            // the listener is connected and LISTENing
        QString lastError;                 // the last failure, a sentence; '' after a success
    };

    // The index and a libpq conninfo; nothing is read until load() or start().
    PgLinkFeed(RedirectIndex &index, QString conninfo);
    ~PgLinkFeed();   // stop()s
    PgLinkFeed(const PgLinkFeed &) = delete;
    PgLinkFeed &operator=(const PgLinkFeed &) = delete;

    // A full load on the calling thread, through a connection of its own, closed after. An
    // Error (Storage) with a sentence when PostgreSQL could not be read.
    Result<void> load();
    // The listener thread: LISTENs, loads if load() has not, then applies each change.
    void start();
    void stop();

    Stats stats() const;

private:
    enum class Step { Done, More, Reload };
    void run();
    bool waitForStop(int millis);
    Result<void> loadOn(PgConnection &conn);
    Result<Step> step(PgConnection &conn);
    void setError(const QString &message);

    RedirectIndex &m_index;
    const QString m_conninfo;
    std::thread m_thread;
    int m_wakeFd = -1;   // an eventfd: stop() writes it to end the thread's wait
    std::mutex m_stopMutex;
    std::condition_variable m_stopped;
    bool m_stop = false;

    // The listener's position, touched by the thread that loads or steps (one at a time).
    std::int64_t m_position = 0;      // every seq <= it is applied or known never to come
    std::int64_t m_appliedUpTo = 0;   // the highest seq applied (rows past a hole included)
    struct Hole
    {
        std::int64_t last;   // the hole is [key, last]
        std::int64_t xmax;   // pg_snapshot_xmax when first seen: running transactions are below it
    };
    std::map<std::int64_t, Hole> m_holes;   // by first seq
    // Keys the API changed on this instance (RedirectIndex::takeRecheck()) not yet read again.
    std::vector<std::pair<std::string, std::string>> m_recheck;
    bool m_loaded = false;

    mutable std::mutex m_statsMutex;
    Stats m_stats;
};

}   // namespace Linkdeck::Server::Pg
