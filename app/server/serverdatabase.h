#pragma once

#include "core/base/result.h"
#include "server/apiworker.h"
#include "server/shlinkapi.h"

#include <cstdint>
#include <memory>
#include <string>

namespace Linkdeck::Server {

class RedirectIndex;
struct ServerConfig;

// A database that several linkdeck-server instances share (issue 14): PostgreSQL, in
// server/pg/pgserverdatabase.h. LinkServer drives it in this order when main() gives it one
// (without one, LinkServer keeps its SQLite file as before):
//   open()            connect, migrate once, INITIAL_API_KEY, the default domain, the index loaded
//   startIngestor()   this instance's journal into the database (what an earlier run left first)
//   apiHandlerFactory() the Shlink API's handler, made on the API thread
//   startFeed()       other instances' changes into the index as they commit
// and stops it in the reverse order (stopFeed(), then stopIngestor(), which drains the journal).
class ServerDatabase
{
public:
    virtual ~ServerDatabase() = default;

    // "PostgreSQL db.example.com:5432/linkdeck": names it in the log, never with a password.
    virtual std::string describe() const = 0;
    // config: its default domain is filled in from the database's local account when empty.
    virtual Result<void> open(ServerConfig &config, RedirectIndex &index) = 0;
    virtual Result<void> startIngestor(const ServerConfig &config, const std::string &journalDir) = 0;
    virtual void stopIngestor() = 0;
    // clicks: the health's click figures; readBarrier: called before each API read (ShlinkApi).
    virtual ApiWorker::HandlerFactory apiHandlerFactory(RedirectIndex &index, const ServerConfig &config,
                                                        std::function<ShlinkApi::ClickCounts()> clicks,
                                                        std::function<void()> readBarrier) = 0;
    virtual Result<void> startFeed() = 0;
    virtual void stopFeed() = 0;

    // The click writer's figures, any thread.
    virtual std::uint64_t clicksStored() const = 0;
    virtual std::int64_t lagMillis() const = 0;
    // A sentence when the database cannot be reached or the feed is behind; empty otherwise.
    virtual std::string problem() const = 0;
};

}   // namespace Linkdeck::Server
