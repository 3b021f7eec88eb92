#include "server/store/sqlitevisitstore.h"

#include "core/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server {
namespace {

// The server's own short URLs within a key's roles.
QString scopedLinks(const ApiKeyScope &scope, QVariantList &values)
{
    QString sql = u"SELECT id FROM links WHERE account_id = 1"_s;
    if (scope.authorOnly) {
        sql += u" AND author_key_id = ?"_s;
        values << scope.keyId;
    }
    if (!scope.domainOnly.isEmpty()) {
        sql += u" AND domain = ? COLLATE NOCASE"_s;
        values << scope.domainOnly;
    }
    return sql;
}

// " FROM clicks WHERE ..." for the filter, its values appended.
QString fromWhere(const VisitFilter &f, QVariantList &values)
{
    QString sql = u" FROM clicks WHERE "_s;
    switch (f.of) {
    case VisitFilter::Of::Link:
        sql += u"link_id = ?"_s;
        values << f.linkId;
        break;
    case VisitFilter::Of::Tag:
        sql +=
            u"link_id IN (SELECT link_id FROM link_tags JOIN tags ON tags.id = link_tags.tag_id WHERE tags.name = ?)"_s;
        values << f.name;
        break;
    case VisitFilter::Of::Domain:
        sql += u"link_id IN (SELECT id FROM links WHERE account_id = 1 AND domain = ? COLLATE NOCASE)"_s;
        values << f.name;
        break;
    case VisitFilter::Of::Orphans:
        sql += u"link_id IS NULL"_s;
        if (!f.name.isEmpty()) {
            sql += u" AND orphan_type = ?"_s;
            values << f.name;
        }
        break;
    case VisitFilter::Of::NonOrphans:
        sql += u"link_id IS NOT NULL"_s;
        break;
    }
    if (f.of == VisitFilter::Of::Orphans && f.scope.noOrphanVisits)
        sql += u" AND 0"_s;   // orphan visits do not exist for this key
    else if (f.of != VisitFilter::Of::Orphans && !f.scope.isAdmin())
        sql += u" AND link_id IN ("_s + scopedLinks(f.scope, values) + u')';
    if (f.fromMs) {
        sql += u" AND ts >= ?"_s;
        values << *f.fromMs;
    }
    if (f.toMs) {
        sql += u" AND ts <= ?"_s;
        values << *f.toMs;
    }
    if (f.excludeBots)
        sql += u" AND is_bot = 0"_s;
    return sql;
}

}   // namespace

Result<qint64> SqliteVisitStore::count(const VisitFilter &filter)
{
    QVariantList values;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT count(*)"_s + fromWhere(filter, values));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Error::make(Error::Kind::Storage, q.lastError().text());
    return q.value(0).toLongLong();
}

QList<Visit> SqliteVisitStore::list(const VisitFilter &filter, qint64 limit, qint64 offset)
{
    QVariantList values;
    const QString sql = fromWhere(filter, values);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT referrer, ts, user_agent, country, city, is_bot, domain, slug, redirect_url, orphan_type, "
              u"visited_url"_s
              + sql + u" ORDER BY ts DESC, id DESC LIMIT ? OFFSET ?"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Visit> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        out << Visit{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toBool(),     q.value(6).toString(), q.value(7).toString(),
                     q.value(8).toString(), q.value(9).toString(),   q.value(10).toString()};
    }
    return out;
}

Result<qint64> SqliteVisitStore::deleteLinkVisits(qint64 linkId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM clicks WHERE link_id = ?"_s);
    q.addBindValue(linkId);
    if (!q.exec())
        return Error::make(Error::Kind::Storage, q.lastError().text());
    const qint64 deleted = q.numRowsAffected();
    // The counters and rollups the charts read go with the visits.
    QSqlQuery reset(m_db.connection());
    for (const QString &sql :
         {u"DELETE FROM click_hours WHERE link_id = ?"_s, u"DELETE FROM link_click_deltas WHERE link_id = ?"_s,
          u"UPDATE links SET clicks = 0 WHERE id = ?"_s}) {
        reset.prepare(sql);
        reset.addBindValue(linkId);
        reset.exec();
    }
    return deleted;
}

Result<qint64> SqliteVisitStore::deleteOrphanVisits()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"DELETE FROM clicks WHERE link_id IS NULL"_s))
        return Error::make(Error::Kind::Storage, q.lastError().text());
    return q.numRowsAffected();
}

VisitsSummary SqliteVisitStore::summary(const ApiKeyScope &scope)
{
    VisitsSummary s;
    QVariantList values;
    const QString links = scope.isAdmin() ? QString() : u" WHERE link_id IN ("_s + scopedLinks(scope, values) + u')';
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT coalesce(sum(clicks), 0), coalesce(sum(bots), 0) FROM click_hours"_s + links);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec() && q.next()) {
        s.total = q.value(0).toLongLong();
        s.bots = q.value(1).toLongLong();
    }
    if (!scope.noOrphanVisits
        && q.exec(u"SELECT count(*), coalesce(sum(is_bot), 0) FROM clicks WHERE link_id IS NULL"_s) && q.next()) {
        s.orphanTotal = q.value(0).toLongLong();
        s.orphanBots = q.value(1).toLongLong();
    }
    return s;
}

}   // namespace Linkdeck::Server
