#pragma once

#include "core/base/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Linkdeck::Server {

// Where a domain sends visitors it has no short URL for (Shlink's domain redirects); an empty
// field: none (stored as NULL).
struct DomainRedirects
{
    QString baseUrlRedirect;
    QString regular404Redirect;
    QString invalidShortUrlRedirect;

    bool operator==(const DomainRedirects &) const = default;
};

struct DomainInfo
{
    QString name;
    DomainRedirects redirects;
};

// The owner of the domains table (issue 14): the domains with redirects of their own. Domain
// names compare without regard to case, as SQLite's COLLATE NOCASE column does. One
// implementation per database: SqliteDomainStore and Pg::PgDomainStore.
class DomainStore
{
public:
    virtual ~DomainStore() = default;

    // Every row of the domains table, in no particular order; empty when the database fails.
    virtual QList<DomainInfo> list() = 0;
    // The distinct domains of the server's own short URLs (account 1), by their bytes; empty
    // when the database fails.
    virtual QStringList linkDomains() = 0;
    // Whether a short URL of the server or a row of the domains table has this domain.
    virtual bool exists(const QString &domain) = 0;
    // The row's redirects; nothing when the domain has no row (or the database fails).
    virtual std::optional<DomainRedirects> redirects(const QString &domain) = 0;
    // Adds the domain's row or replaces its redirects (a row keeps the case of its name). An
    // Error (Storage, the database's text as message) when the database fails.
    virtual Result<void> setRedirects(const QString &domain, const DomainRedirects &redirects) = 0;
};

}   // namespace Linkdeck::Server
