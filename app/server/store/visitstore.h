#pragma once

#include "core/base/result.h"
#include "server/apikeys.h"

#include <QList>
#include <QString>

#include <optional>

namespace Linkdeck::Server {

// Which visits (stored clicks) a Shlink visits request reads: one short URL's, those of a tag's
// or a domain's short URLs, the orphan visits (of one type, or all), or every non-orphan one;
// within a time window, without bots if asked, and as the asking key's roles allow.
struct VisitFilter
{
    enum class Of { Link, Tag, Domain, Orphans, NonOrphans };
    Of of = Of::NonOrphans;
    qint64 linkId = 0;              // Link
    QString name;                   // Tag: its name; Domain: the domain; Orphans: the type (empty: any)
    std::optional<qint64> fromMs;   // ts >= fromMs
    std::optional<qint64> toMs;     // ts <= toMs
    bool excludeBots = false;
    // A key with roles sees the visits of its short URLs only (and no orphan visits with
    // noOrphanVisits).
    ApiKeyScope scope;

    static VisitFilter make(Of of, qint64 linkId = 0, const QString &name = {})
    {
        VisitFilter f;
        f.of = of;
        f.linkId = linkId;
        f.name = name;
        return f;
    }
};

// One stored click as the API shows it.
struct Visit
{
    QString referrer;
    qint64 ts = 0;   // ms since the epoch, UTC
    QString userAgent;
    QString country;
    QString city;
    bool bot = false;
    QString domain;
    QString slug;          // the path asked for (an orphan's too)
    QString redirectUrl;   // empty: none
    QString orphanType;    // orphans only
    QString query;         // the visited URL's query, without "?"
};

struct VisitsSummary
{
    qint64 total = 0;   // visits of the short URLs (from the rollups)
    qint64 bots = 0;
    qint64 orphanTotal = 0;
    qint64 orphanBots = 0;
};

// The owner of the clicks table's reads and deletes for the API, and of the rollups a deleted
// link's visits take with them (issue 14). One implementation per database: SqliteVisitStore
// and Pg::PgVisitStore. The redirect path's click writers are not here (ClickIngestor,
// Pg::PgClickWriter).
class VisitStore
{
public:
    virtual ~VisitStore() = default;

    // How many visits match; an Error when the database fails.
    virtual Result<qint64> count(const VisitFilter &filter) = 0;
    // The matching visits newest first (by time, then as stored), `limit` of them after `offset`;
    // empty when the database fails.
    virtual QList<Visit> list(const VisitFilter &filter, qint64 limit, qint64 offset) = 0;
    // Deletes a short URL's visits with its hourly rollups and its counter: the visits deleted.
    virtual Result<qint64> deleteLinkVisits(qint64 linkId) = 0;
    virtual Result<qint64> deleteOrphanVisits() = 0;
    // Short URL visits from the rollups (no scan of the raw clicks), orphan visits counted;
    // what the key may see (zeros when the database fails).
    virtual VisitsSummary summary(const ApiKeyScope &scope) = 0;
};

}   // namespace Linkdeck::Server
