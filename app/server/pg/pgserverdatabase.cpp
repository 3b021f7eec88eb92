#include "server/pg/pgserverdatabase.h"

#include "server/config.h"
#include "server/pg/pgconnection.h"
#include "server/pg/pgingestor.h"
#include "server/pg/pgkeystore.h"
#include "server/pg/pglinkfeed.h"
#include "server/pg/pgschema.h"
#include "server/pg/pgstores.h"
#include "server/servererror.h"
#include "server/shlinkapi.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Server::Pg {

PgServerDatabase::PgServerDatabase(QString conninfo)
    : m_conninfo(std::move(conninfo))
{}

PgServerDatabase::~PgServerDatabase()
{
    stopFeed();
    stopIngestor();
}

std::string PgServerDatabase::describe() const
{
    return m_description.empty() ? std::string("PostgreSQL") : m_description;
}

Result<void> PgServerDatabase::open(ServerConfig &config, RedirectIndex &index)
{
    // Migrates once, under an advisory lock, however many instances start together.
    auto connected = PgSchema::connect(m_conninfo);
    if (!connected)
        return connected.error();
    PgConnection conn = std::move(connected).value();
    m_description = "PostgreSQL " + conn.describe().toStdString();
    if (config.defaultDomain.empty()) {
        const auto domain = conn.exec(u"SELECT default_domain FROM accounts WHERE id = 1"_s);
        if (!domain)
            return domain.error();
        if (domain->rows() > 0)
            config.defaultDomain = domain->text(0, 0).toStdString();
    }
    if (!config.initialApiKey.empty()) {
        if (auto added = PgKeyStore(conn).add(QString::fromStdString(config.initialApiKey), u"INITIAL_API_KEY"_s);
            !added)
            return serverError(Error::Kind::Storage, "cannot store INITIAL_API_KEY: " + messageOf(added.error()));
    }
    m_feed = std::make_unique<PgLinkFeed>(index, m_conninfo);
    return m_feed->load();
}

Result<void> PgServerDatabase::startIngestor(const ServerConfig &config, const std::string &journalDir)
{
    PgIngestor::Options options;
    options.conninfo = m_conninfo;
    options.journalDir = journalDir;
    options.geoipPath = config.geoipPath;
    options.userAgentRegexesPath = config.userAgentRegexesPath;
    m_ingestor = std::make_unique<PgIngestor>(options);
    return m_ingestor->start();   // stores what an earlier run left in the journal first
}

void PgServerDatabase::stopIngestor()
{
    if (!m_ingestor)
        return;
    m_ingestor->stop();
    m_storedBefore += m_ingestor->ingested();
    m_ingestor.reset();
}

ApiWorker::HandlerFactory PgServerDatabase::apiHandlerFactory(RedirectIndex &index, const ServerConfig &config,
                                                              std::function<ShlinkApi::ClickCounts()> clicks,
                                                              std::function<void()> readBarrier)
{
    return [conninfo = m_conninfo, &index, &config, clicks = std::move(clicks),
            readBarrier = std::move(readBarrier)]() -> Result<std::unique_ptr<ApiHandler>> {
        auto stores = pgStores(conninfo);
        if (!stores)
            return stores.error();
        auto api = std::make_unique<ShlinkApi>(std::move(stores).value(), index, config, clicks);
        api->setReadBarrier(readBarrier);
        return std::unique_ptr<ApiHandler>(std::move(api));
    };
}

Result<void> PgServerDatabase::startFeed()
{
    m_feed->start();
    return {};
}

void PgServerDatabase::stopFeed()
{
    if (m_feed)
        m_feed->stop();
}

std::uint64_t PgServerDatabase::clicksStored() const
{
    return m_storedBefore + (m_ingestor ? m_ingestor->ingested() : 0);
}

std::int64_t PgServerDatabase::lagMillis() const
{
    return m_ingestor ? m_ingestor->lagMillis() : 0;
}

std::string PgServerDatabase::problem() const
{
    if (m_ingestor && !m_ingestor->databaseReachable())
        return "PostgreSQL cannot be reached (" + m_ingestor->lastError()
            + "); redirects go on and their clicks wait in the journal";
    if (m_feed) {
        const PgLinkFeed::Stats feed = m_feed->stats();
        if (!feed.listening && !feed.lastError.isEmpty())
            return "links changed on other instances are not seen: " + feed.lastError.toStdString();
    }
    return {};
}

}   // namespace Linkdeck::Server::Pg
