#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariantList>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

#include "core/links/link.h"
#include "server/apikeys.h"
#include "server/apiquery.h"
#include "server/apiworker.h"
#include "server/config.h"
#include "server/store/serverstores.h"

namespace Linkdeck {
class Database;
}

namespace Linkdeck::Server {

class RedirectIndex;

// The Shlink REST API v3 over Linkdeck's database, as ../shared/contracts/shlink/swagger
// specifies it: the same paths, fields, status codes and RFC 7807 errors, so that the
// app's Shlink provider and any Shlink client manage linkdeck-server like a Shlink.
class ShlinkApi final : public ApiHandler
{
public:
    // The server's own click accounting, which /rest/health reports under "clicks" so that a
    // benchmark or a monitor can check stored + lost == redirects + unanswered while it runs.
    struct ClickCounts
    {
        std::uint64_t redirects = 0;             // redirects to a link answered (written in full) since start
        std::uint64_t unanswered = 0;            // redirects whose response could not be written; clicks all the same
        std::uint64_t stored = 0;                // clicks the ingestor committed since start
        std::optional<std::int64_t> lagMillis;   // age of the oldest click not yet stored; unset: not measured
        std::optional<std::int64_t> statisticsLagMillis;   // ... not yet counted in the statistics
        QString databaseDamage;   // what the background check of the link tables found; empty: nothing (yet)
    };
    // clicks: read on the API thread for each health check; empty: no "clicks" in the health.
    // Every query goes through the stores (issue 14): SQLite's or PostgreSQL's (Pg::pgStores).
    ShlinkApi(ServerStores stores, RedirectIndex &index, const ServerConfig &config,
              std::function<ClickCounts()> clicks = {});
    // On linkdeck-server's SQLite file: ServerStores::sqlite(db).
    ShlinkApi(Database &db, RedirectIndex &index, const ServerConfig &config, std::function<ClickCounts()> clicks = {});
    // Called before each API read (not before creating or editing): returns once the clicks of
    // every redirect answered before the call are stored, or after a bounded wait.
    void setReadBarrier(std::function<void()> barrier) { m_readBarrier = std::move(barrier); }
    // Called with each short URL the API creates, as it answers it (Shlink's new-short-url event).
    void setShortUrlCreated(std::function<void(const QJsonObject &)> hook) { m_shortUrlCreated = std::move(hook); }
    // A short URL as the API shows it (also the payload of the real-time events).
    QJsonObject shortUrlJson(const Link &link) const;
    // The API keys' store (default: SQLite's, on the Database given); for PostgreSQL, Pg::PgKeyStore.
    void setKeyStore(std::unique_ptr<KeyStore> keys);
    // The domains' store (default: SQLite's); for PostgreSQL, Pg::PgDomainStore.
    void setDomainStore(std::unique_ptr<DomainStore> domains);
    // The visits' store (default: SQLite's); for PostgreSQL, Pg::PgVisitStore.
    void setVisitStore(std::unique_ptr<VisitStore> visits);
    ~ShlinkApi() override;

    ApiResponse handle(const ApiRequest &request) override;

    // RFC 7807 problem with Shlink's error type, e.g. problem(404, "short-url-not-found", ...).
    static ApiResponse problem(int status, const QString &type, const QString &title, const QString &detail,
                               const QJsonObject &extra = {});
    static ApiResponse json(int status, const QJsonObject &body);

private:
    struct Route;
    ApiResponse handleRequest(const ApiRequest &request);
    ApiResponse health();
    ApiResponse listShortUrls(const ApiQuery &query);
    ApiResponse createShortUrl(const QJsonObject &body);
    ApiResponse getShortUrl(const QString &shortCode, const ApiQuery &query);
    ApiResponse editShortUrl(const QString &shortCode, const ApiQuery &query, const QJsonObject &body);
    ApiResponse deleteShortUrl(const QString &shortCode, const ApiQuery &query);
    ApiResponse visits(VisitFilter filter, const ApiQuery &query);
    ApiResponse deletedVisits(const Result<qint64> &deleted);
    ApiResponse visitsSummary();
    ApiResponse listTags(const ApiQuery &query, bool withStats);
    ApiResponse renameTag(const QJsonObject &body);
    ApiResponse deleteTags(const ApiQuery &query);
    ApiResponse listDomains();
    ApiResponse shortenUrl(const ApiQuery &query);
    ApiResponse robots(const QString &host);
    bool domainExists(const QString &domain) const;
    bool slugTaken(const QString &domain, const QString &slug) const;   // as SHORT_URL_MODE says
    ApiResponse setDomainRedirects(const QJsonObject &body);
    ApiResponse route(const QString &method, const QString &route, const ApiQuery &query, const QJsonObject &body);

    QString domainOrDefault(const QString &domain) const;
    QString defaultDomain() const;
    // With its visits and whether it has redirect rules known (a listing reads them for its page at once).
    QJsonObject shortUrlJson(const Link &link, const LinkVisitCounts &visits, bool hasRules) const;
    std::optional<Link> findLink(const QString &shortCode, const ApiQuery &query) const;
    void publish(const Link &link);
    ApiResponse notFound(const QString &shortCode, const QString &domain) const;

    RedirectIndex &m_index;
    const ServerConfig &m_config;
    ServerStores m_stores;
    std::function<void()> m_readBarrier;
    std::function<void(const QJsonObject &)> m_shortUrlCreated;
    ApiKeyScope m_scope;   // the key of the request being answered
    std::function<ClickCounts()> m_clicks;
};

}   // namespace Linkdeck::Server
