#include "server/apikeys.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

bool ApiKeys::add(QSqlDatabase &db, const QString &key, const QString &name, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO api_keys(name, key_hash, created_at) VALUES (?, ?, ?) ON CONFLICT(key_hash) DO NOTHING"_s);
    q.addBindValue(name.isNull() ? u""_s : name);   // no --name: an unnamed key, not NULL
    q.addBindValue(hash(key));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool ApiKeys::isValid(QSqlDatabase &db, const QString &key)
{
    if (key.isEmpty())
        return false;
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM api_keys WHERE key_hash = ? AND enabled = 1 AND (expires_at IS NULL OR expires_at > ?)"_s);
    q.addBindValue(hash(key));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return q.exec() && q.next();
}

} // namespace Linkdeck::Server
