#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "core/base/result.h"
#include "core/platform/serverexit.h"
#include "server/config.h"
#include "server/httpserver.h"
#include "server/redirectindex.h"
#include "server/shlinkapi.h"

struct sqlite3;

namespace Linkdeck::Server {

class ApiWorker;
class ClickIngestor;
class EventPublisher;
class RedirectIndex;
class ServerDatabase;

// linkdeck-server as one object: opens the database, loads the redirect index, replays the
// click journal, then serves. stop() closes the listeners first and drains the journal
// into the database last, so a clean stop leaves nothing behind.
class LinkServer
{
public:
    explicit LinkServer(ServerConfig config);
    ~LinkServer();
    LinkServer(const LinkServer &) = delete;
    LinkServer &operator=(const LinkServer &) = delete;

    // A database shared with other instances (PostgreSQL, server/pg/pgserverdatabase.h), in
    // place of the SQLite file of config.databasePath; before start().
    void setSharedDatabase(std::unique_ptr<ServerDatabase> database);
    // An Error with a sentence for the operator when the server cannot start; startFailure()
    // says which kind of failure for the exit code.
    Result<void> start();
    void stop();
    // Why start() failed, as the process's exit code says it (core/serverexit.h).
    ServerExit startFailure() const { return m_startFailure; }

    std::uint16_t port() const;
    const ServerConfig &config() const { return m_config; }
    HttpServer::Stats stats() const;
    std::uint64_t clicksStored() const;
    double indexLoadMillis() const { return m_indexLoadMillis; }
    std::size_t linksLoaded() const { return m_linksLoaded; }
    // How the redirect index took the database's changes since start (whole loads, batches).
    RedirectIndex::Stats indexStats() const;
    // Returns once every click journaled before the call is stored (at most 3 s): the API's
    // reads wait on it so that a client reads its own redirects.
    void waitForClicks() const;
    // Shlink's real-time events over Redis; null unless REDIS_PUB_SUB_ENABLED (then while running).
    const EventPublisher *events() const { return m_events.get(); }

    // The background check of the link tables (SQLite's quick_check) started with the server:
    // empty while it runs or when it found nothing, else the sentence it ended with.
    std::string databaseDamage() const;

private:
    Result<void> startShared(const std::string &journalDir);
    void pollIndex();
    void checkDatabase();
    // For /rest/health's "clicks", on the API thread.
    ShlinkApi::ClickCounts clickCounts() const;

    ServerConfig m_config;
    std::unique_ptr<RedirectIndex> m_index;
    std::unique_ptr<ServerDatabase> m_shared;   // null: the SQLite file
    std::unique_ptr<ClickIngestor> m_ingestor;
    std::unique_ptr<EventPublisher> m_events;
    std::unique_ptr<ApiWorker> m_api;
    std::unique_ptr<HttpServer> m_http;
    std::thread m_poller;
    std::thread m_checker;
    mutable std::mutex m_checkMutex;
    sqlite3 *m_checkHandle = nullptr;   // the checker's connection while it runs, to interrupt it at a stop
    std::string m_damage;
    std::atomic<bool> m_stopping{false};
    HttpServer::Stats m_finalStats;
    std::uint64_t m_finalClicks = 0;
    double m_indexLoadMillis = 0;
    std::size_t m_linksLoaded = 0;
    // Exclusive flocks held while this server runs: one server per database and per journal.
    int m_databaseLock = -1;
    int m_journalLock = -1;
    ServerExit m_startFailure = ServerExit::Stopped;
};

}   // namespace Linkdeck::Server
