#pragma once

#include "server/store/keystore.h"

namespace Linkdeck::Server::Pg {

class PgConnection;

// KeyStore on PostgreSQL (issue 14): the api_keys table of PgSchema, through a connection the
// caller owns and uses from one thread. Parameterised statements only.
class PgKeyStore final : public KeyStore
{
public:
    explicit PgKeyStore(PgConnection &conn)
        : m_conn(conn)
    {}

    Result<void> add(const QString &key, const QString &name, const ApiKeyScope &roles = {},
                     const std::optional<QDateTime> &expiresAt = {}) override;
    std::optional<ApiKeyScope> find(const QString &key) override;
    Result<QList<ApiKeyInfo>> list() override;
    Result<int> disableByName(const QString &name) override;

private:
    PgConnection &m_conn;
};

}   // namespace Linkdeck::Server::Pg
