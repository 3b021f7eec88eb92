#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Linkdeck::Server {

// What an API key may do: Shlink's roles. A key without roles is an admin key.
struct ApiKeyScope
{
    qint64 keyId = 0;
    bool authorOnly = false;       // AUTHORED_SHORT_URLS: only the short URLs it created
    QString domainOnly;            // DOMAIN_SPECIFIC: only short URLs of this domain
    bool noOrphanVisits = false;   // NO_ORPHAN_VISITS: orphan visits do not exist for it

    bool isAdmin() const { return !authorOnly && domainOnly.isEmpty() && !noOrphanVisits; }
};

// An API key as `api-key:list` shows it (the key itself is not stored, only its hash).
struct ApiKeyInfo
{
    qint64 id = 0;
    QString name;
    QDateTime createdAt;
    std::optional<QDateTime> expiresAt;
    bool enabled = true;
    ApiKeyScope scope;
};

// linkdeck-server's API keys: random UUIDs shown once, stored only as SHA-256 hashes (in a
// KeyStore, server/store/keystore.h).
class ApiKeys
{
public:
    static QString generate();
    static QString hash(const QString &key);
    // Shlink's role names, e.g. "Author only, Domain only: go.example.com".
    static QString describeRoles(const ApiKeyScope &scope);
};

}   // namespace Linkdeck::Server
