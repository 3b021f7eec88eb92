#include "server/pg/pgkeystore.h"

#include "core/base/clock.h"
#include "server/pg/pgconnection.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Server::Pg {

Result<void> PgKeyStore::add(const QString &key, const QString &name, const ApiKeyScope &roles,
                             const std::optional<QDateTime> &expiresAt)
{
    const auto r = m_conn.exec(
        uR"(INSERT INTO api_keys(name, key_hash, created_at, expires_at, author_only, domain_only, no_orphan_visits)
            VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (key_hash) DO NOTHING)"_s,
        {name.isNull() ? u""_s : name,   // no --name: an unnamed key, not NULL
         ApiKeys::hash(key), Clock::nowMSecsSinceEpoch(),
         expiresAt ? QVariant(expiresAt->toMSecsSinceEpoch()) : QVariant(), int(roles.authorOnly),
         roles.domainOnly.isEmpty() ? QVariant() : QVariant(roles.domainOnly.toLower()), int(roles.noOrphanVisits)});
    if (!r)
        return r.error();
    return {};
}

std::optional<ApiKeyScope> PgKeyStore::find(const QString &key)
{
    if (key.isEmpty())
        return std::nullopt;
    const auto r = m_conn.exec(uR"(SELECT id, author_only, domain_only, no_orphan_visits FROM api_keys
                                   WHERE key_hash = $1 AND enabled = 1 AND (expires_at IS NULL OR expires_at > $2))"_s,
                               {ApiKeys::hash(key), Clock::nowMSecsSinceEpoch()});
    if (!r || r->rows() == 0)
        return std::nullopt;
    ApiKeyScope scope;
    scope.keyId = r->toInt64(0, 0);
    scope.authorOnly = r->toInt64(0, 1) != 0;
    scope.domainOnly = r->text(0, 2);
    scope.noOrphanVisits = r->toInt64(0, 3) != 0;
    return scope;
}

Result<QList<ApiKeyInfo>> PgKeyStore::list()
{
    const auto r = m_conn.exec(uR"(SELECT id, name, created_at, expires_at, enabled, author_only, domain_only,
                                          no_orphan_visits FROM api_keys ORDER BY created_at, id)"_s);
    if (!r)
        return r.error();
    QList<ApiKeyInfo> out;
    out.reserve(r->rows());
    for (int row = 0; row < r->rows(); ++row) {
        ApiKeyInfo info;
        info.id = r->toInt64(row, 0);
        info.name = r->text(row, 1);
        info.createdAt = QDateTime::fromMSecsSinceEpoch(r->toInt64(row, 2), Qt::UTC);
        if (!r->isNull(row, 3))
            info.expiresAt = QDateTime::fromMSecsSinceEpoch(r->toInt64(row, 3), Qt::UTC);
        info.enabled = r->toInt64(row, 4) != 0;
        info.scope.keyId = info.id;
        info.scope.authorOnly = r->toInt64(row, 5) != 0;
        info.scope.domainOnly = r->text(row, 6);
        info.scope.noOrphanVisits = r->toInt64(row, 7) != 0;
        out << info;
    }
    return out;
}

Result<int> PgKeyStore::disableByName(const QString &name)
{
    const auto r = m_conn.exec(u"UPDATE api_keys SET enabled = 0 WHERE name = $1"_s, {name});
    if (!r)
        return r.error();
    return int(r->affectedRows());
}

}   // namespace Linkdeck::Server::Pg
