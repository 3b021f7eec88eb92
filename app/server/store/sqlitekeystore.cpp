#include "server/store/sqlitekeystore.h"

#include "core/base/clock.h"
#include "core/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server {

Result<void> SqliteKeyStore::add(const QString &key, const QString &name, const ApiKeyScope &roles,
                                 const std::optional<QDateTime> &expiresAt)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        uR"(INSERT INTO api_keys(name, key_hash, created_at, expires_at, author_only, domain_only, no_orphan_visits)
                  VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key_hash) DO NOTHING)"_s);
    q.addBindValue(name.isNull() ? u""_s : name);   // no --name: an unnamed key, not NULL
    q.addBindValue(ApiKeys::hash(key));
    q.addBindValue(Clock::nowMSecsSinceEpoch());
    q.addBindValue(expiresAt ? QVariant(expiresAt->toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(int(roles.authorOnly));
    q.addBindValue(roles.domainOnly.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(roles.domainOnly.toLower()));
    q.addBindValue(int(roles.noOrphanVisits));
    if (!q.exec())
        return Error::make(Error::Kind::Storage, q.lastError().text());
    return {};
}

std::optional<ApiKeyScope> SqliteKeyStore::find(const QString &key)
{
    if (key.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(uR"(SELECT id, author_only, domain_only, no_orphan_visits FROM api_keys
                  WHERE key_hash = ? AND enabled = 1 AND (expires_at IS NULL OR expires_at > ?))"_s);
    q.addBindValue(ApiKeys::hash(key));
    q.addBindValue(Clock::nowMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return std::nullopt;
    ApiKeyScope scope;
    scope.keyId = q.value(0).toLongLong();
    scope.authorOnly = q.value(1).toBool();
    scope.domainOnly = q.value(2).toString();
    scope.noOrphanVisits = q.value(3).toBool();
    return scope;
}

Result<QList<ApiKeyInfo>> SqliteKeyStore::list()
{
    QList<ApiKeyInfo> out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(uR"(SELECT id, name, created_at, expires_at, enabled, author_only, domain_only, no_orphan_visits
                    FROM api_keys ORDER BY created_at, id)"_s))
        return Error::make(Error::Kind::Storage, q.lastError().text());
    while (q.next()) {
        ApiKeyInfo info;
        info.id = q.value(0).toLongLong();
        info.name = q.value(1).toString();
        info.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        if (!q.value(3).isNull())
            info.expiresAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        info.enabled = q.value(4).toBool();
        info.scope.keyId = info.id;
        info.scope.authorOnly = q.value(5).toBool();
        info.scope.domainOnly = q.value(6).toString();
        info.scope.noOrphanVisits = q.value(7).toBool();
        out << info;
    }
    return out;
}

Result<int> SqliteKeyStore::disableByName(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE api_keys SET enabled = 0 WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return Error::make(Error::Kind::Storage, q.lastError().text());
    return q.numRowsAffected();
}

}   // namespace Linkdeck::Server
