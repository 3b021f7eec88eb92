#pragma once

#include "core/base/result.h"
#include "server/apikeys.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Linkdeck::Server {

// The owner of the api_keys table (issue 14): linkdeck-server's API keys, stored only as
// SHA-256 hashes (ApiKeys::hash). One implementation per database: SqliteKeyStore and
// Pg::PgKeyStore. "Now" (created_at, expiry) is Linkdeck::Clock's, so tests can move it.
class KeyStore
{
public:
    virtual ~KeyStore() = default;

    // Stores a key (generated or given, e.g. INITIAL_API_KEY); a key already stored stays as
    // it is. An Error (Storage, the database's text as message) when the database fails.
    virtual Result<void> add(const QString &key, const QString &name, const ApiKeyScope &roles = {},
                             const std::optional<QDateTime> &expiresAt = {}) = 0;
    // The scope of an enabled, unexpired key; nothing for any other (and when the database fails).
    virtual std::optional<ApiKeyScope> find(const QString &key) = 0;
    bool isValid(const QString &key) { return find(key).has_value(); }
    // Every key, oldest first.
    virtual Result<QList<ApiKeyInfo>> list() = 0;
    // Disables the keys of this name: the number disabled (0: no such key), or an Error
    // (Storage, the database's text as message).
    virtual Result<int> disableByName(const QString &name) = 0;
};

}   // namespace Linkdeck::Server
