#include "server/apikeys.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server {

QString ApiKeys::generate()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ApiKeys::hash(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<void> ApiKeys::add(QSqlDatabase &db, const QString &key, const QString &name, const ApiKeyScope &roles,
                          const std::optional<QDateTime> &expiresAt)
{
    QSqlQuery q(db);
    q.prepare(
        uR"(INSERT INTO api_keys(name, key_hash, created_at, expires_at, author_only, domain_only, no_orphan_visits)
                  VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key_hash) DO NOTHING)"_s);
    q.addBindValue(name.isNull() ? u""_s : name);   // no --name: an unnamed key, not NULL
    q.addBindValue(hash(key));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(expiresAt ? QVariant(expiresAt->toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(int(roles.authorOnly));
    q.addBindValue(roles.domainOnly.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(roles.domainOnly.toLower()));
    q.addBindValue(int(roles.noOrphanVisits));
    if (!q.exec())
        return Error::make(Error::Kind::Storage, q.lastError().text());
    return {};
}

std::optional<ApiKeyScope> ApiKeys::find(QSqlDatabase &db, const QString &key)
{
    if (key.isEmpty())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(uR"(SELECT id, author_only, domain_only, no_orphan_visits FROM api_keys
                  WHERE key_hash = ? AND enabled = 1 AND (expires_at IS NULL OR expires_at > ?))"_s);
    q.addBindValue(hash(key));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return std::nullopt;
    ApiKeyScope scope;
    scope.keyId = q.value(0).toLongLong();
    scope.authorOnly = q.value(1).toBool();
    scope.domainOnly = q.value(2).toString();
    scope.noOrphanVisits = q.value(3).toBool();
    return scope;
}

bool ApiKeys::isValid(QSqlDatabase &db, const QString &key)
{
    return find(db, key).has_value();
}

QList<ApiKeyInfo> ApiKeys::list(QSqlDatabase &db)
{
    QList<ApiKeyInfo> out;
    QSqlQuery q(db);
    if (!q.exec(uR"(SELECT id, name, created_at, expires_at, enabled, author_only, domain_only, no_orphan_visits
                    FROM api_keys ORDER BY created_at, id)"_s))
        return out;
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

Result<int> ApiKeys::disableByName(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE api_keys SET enabled = 0 WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return Error::make(Error::Kind::Storage, q.lastError().text());
    return q.numRowsAffected();
}

QString ApiKeys::describeRoles(const ApiKeyScope &scope)
{
    QStringList roles;
    if (scope.authorOnly)
        roles << u"Author only"_s;
    if (!scope.domainOnly.isEmpty())
        roles << u"Domain only: "_s + scope.domainOnly;
    if (scope.noOrphanVisits)
        roles << u"No orphan visits"_s;
    return roles.isEmpty() ? u"Admin"_s : roles.join(u", "_s);
}

}   // namespace Linkdeck::Server
