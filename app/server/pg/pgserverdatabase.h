#pragma once

#include "server/serverdatabase.h"

#include <QString>

#include <memory>
#include <mutex>

namespace Linkdeck::Server::Pg {

class PgConnection;
class PgIngestor;
class PgLinkFeed;

// linkdeck-server on PostgreSQL (issue 14): the links, keys and clicks of every instance in one
// database. The redirect index is loaded from it and kept current by PgLinkFeed (LISTEN/NOTIFY,
// one link at a time); this instance's click journal goes in through PgIngestor; the Shlink
// API talks to PgLinkStore, PgKeyStore, PgDomainStore and PgVisitStore on a connection of its
// own. The redirect path reads only the index and the journal: it never waits on PostgreSQL.
//
//   server.setSharedDatabase(std::make_unique<Pg::PgServerDatabase>(u"postgresql://db/linkdeck"_s));
class PgServerDatabase final : public ServerDatabase
{
public:
    explicit PgServerDatabase(QString conninfo);
    ~PgServerDatabase() override;

    std::string describe() const override;
    Result<void> open(ServerConfig &config, RedirectIndex &index) override;
    Result<void> startIngestor(const ServerConfig &config, const std::string &journalDir) override;
    void stopIngestor() override;
    ApiWorker::HandlerFactory apiHandlerFactory(RedirectIndex &index, const ServerConfig &config,
                                                std::function<ShlinkApi::ClickCounts()> clicks,
                                                std::function<void()> readBarrier) override;
    Result<void> startFeed() override;
    void stopFeed() override;
    std::uint64_t clicksStored() const override;
    std::int64_t lagMillis() const override;
    std::string problem() const override;

private:
    QString m_conninfo;
    std::string m_description;
    std::unique_ptr<PgLinkFeed> m_feed;
    std::unique_ptr<PgIngestor> m_ingestor;
    std::uint64_t m_storedBefore = 0;   // by ingestors of this object stopped before (a restart)
};

}   // namespace Linkdeck::Server::Pg
