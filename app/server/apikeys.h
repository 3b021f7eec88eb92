#pragma once

#include "core/base/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

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

// linkdeck-server's API keys: random UUIDs shown once, stored only as SHA-256 hashes.
class ApiKeys
{
public:
    static QString generate();
    static QString hash(const QString &key);
    // Stores a key (generated or given, e.g. INITIAL_API_KEY); an Error (Storage, the database's
    // text as message) when the database fails.
    static Result<void> add(QSqlDatabase &db, const QString &key, const QString &name, const ApiKeyScope &roles = {},
                            const std::optional<QDateTime> &expiresAt = {});
    static bool isValid(QSqlDatabase &db, const QString &key);
    // The scope of an enabled, unexpired key; nothing for any other.
    static std::optional<ApiKeyScope> find(QSqlDatabase &db, const QString &key);
    static QList<ApiKeyInfo> list(QSqlDatabase &db);
    // Disables the keys of this name: the number disabled (0: no such key), or an Error (Storage,
    // the database's text as message).
    static Result<int> disableByName(QSqlDatabase &db, const QString &name);
    // Shlink's role names, e.g. "Author only, Domain only: go.example.com".
    static QString describeRoles(const ApiKeyScope &scope);
};

}   // namespace Linkdeck::Server
