#pragma once

#include "server/store/keystore.h"

namespace Linkdeck {
class Database;
}

namespace Linkdeck::Server {

// KeyStore on linkdeck-server's SQLite file, through the calling thread's connection.
class SqliteKeyStore final : public KeyStore
{
public:
    explicit SqliteKeyStore(Database &db)
        : m_db(db)
    {}

    Result<void> add(const QString &key, const QString &name, const ApiKeyScope &roles = {},
                     const std::optional<QDateTime> &expiresAt = {}) override;
    std::optional<ApiKeyScope> find(const QString &key) override;
    Result<QList<ApiKeyInfo>> list() override;
    Result<int> disableByName(const QString &name) override;

private:
    Database &m_db;
};

}   // namespace Linkdeck::Server
