#include "server/pg/pgvisitstore.h"

#include "server/pg/pgconnection.h"

#include <QVariantList>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server::Pg {
namespace {

// "$n" for the next value, which it appends.
QString bind(QVariantList &values, const QVariant &value)
{
    values << value;
    return u'$' + QString::number(values.size());
}

// The server's own short URLs within a key's roles.
QString scopedLinks(const ApiKeyScope &scope, QVariantList &values)
{
    QString sql = u"SELECT id FROM links WHERE account_id = 1"_s;
    if (scope.authorOnly)
        sql += u" AND author_key_id = "_s + bind(values, scope.keyId);
    if (!scope.domainOnly.isEmpty())
        sql += u" AND lower(domain) = lower("_s + bind(values, scope.domainOnly) + u')';
    return sql;
}

// " FROM clicks WHERE ..." for the filter, its values appended.
QString fromWhere(const VisitFilter &f, QVariantList &values)
{
    QString sql = u" FROM clicks WHERE "_s;
    switch (f.of) {
    case VisitFilter::Of::Link:
        sql += u"link_id = "_s + bind(values, f.linkId);
        break;
    case VisitFilter::Of::Tag:
        sql += u"link_id IN (SELECT link_id FROM link_tags JOIN tags ON tags.id = link_tags.tag_id "
               u"WHERE lower(tags.name) = lower("_s
            + bind(values, f.name) + u"))"_s;
        break;
    case VisitFilter::Of::Domain:
        sql += u"link_id IN (SELECT id FROM links WHERE account_id = 1 AND lower(domain) = lower("_s
            + bind(values, f.name) + u"))"_s;
        break;
    case VisitFilter::Of::Orphans:
        sql += u"link_id IS NULL"_s;
        if (!f.name.isEmpty())
            sql += u" AND orphan_type = "_s + bind(values, f.name);
        break;
    case VisitFilter::Of::NonOrphans:
        sql += u"link_id IS NOT NULL"_s;
        break;
    }
    if (f.of == VisitFilter::Of::Orphans && f.scope.noOrphanVisits)
        sql += u" AND false"_s;   // orphan visits do not exist for this key
    else if (f.of != VisitFilter::Of::Orphans && !f.scope.isAdmin())
        sql += u" AND link_id IN ("_s + scopedLinks(f.scope, values) + u')';
    if (f.fromMs)
        sql += u" AND ts >= "_s + bind(values, *f.fromMs);
    if (f.toMs)
        sql += u" AND ts <= "_s + bind(values, *f.toMs);
    if (f.excludeBots)
        sql += u" AND is_bot = 0"_s;
    return sql;
}

}   // namespace

Result<qint64> PgVisitStore::count(const VisitFilter &filter)
{
    QVariantList values;
    const QString sql = u"SELECT count(*)"_s + fromWhere(filter, values);
    const auto r = m_conn.exec(sql, values);
    if (!r)
        return r.error();
    return r->toInt64(0, 0);
}

QList<Visit> PgVisitStore::list(const VisitFilter &filter, qint64 limit, qint64 offset)
{
    QVariantList values;
    QString sql = u"SELECT referrer, ts, user_agent, country, city, is_bot, domain, slug, redirect_url, orphan_type, "
                  u"visited_url"_s
        + fromWhere(filter, values);
    sql += u" ORDER BY ts DESC, id DESC LIMIT "_s + bind(values, limit);
    sql += u" OFFSET "_s + bind(values, offset);
    QList<Visit> out;
    const auto r = m_conn.exec(sql, values);
    if (!r)
        return out;
    out.reserve(r->rows());
    for (int row = 0; row < r->rows(); ++row) {
        out << Visit{r->text(row, 0), r->toInt64(row, 1),      r->text(row, 2), r->text(row, 3),
                     r->text(row, 4), r->toInt64(row, 5) != 0, r->text(row, 6), r->text(row, 7),
                     r->text(row, 8), r->text(row, 9),         r->text(row, 10)};
    }
    return out;
}

Result<qint64> PgVisitStore::deleteLinkVisits(qint64 linkId)
{
    // One transaction: the visits, the rollups the charts read and the counter go together.
    PgTransaction transaction(m_conn);
    if (!transaction.begun())
        return transaction.begun().error();
    const auto deleted = m_conn.exec(u"DELETE FROM clicks WHERE link_id = $1"_s, {linkId});
    if (!deleted)
        return deleted.error();
    for (const QString &sql :
         {u"DELETE FROM click_hours WHERE link_id = $1"_s, u"DELETE FROM link_click_deltas WHERE link_id = $1"_s,
          u"UPDATE links SET clicks = 0 WHERE id = $1"_s}) {
        if (const auto r = m_conn.exec(sql, {linkId}); !r)
            return r.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return deleted->affectedRows();
}

Result<qint64> PgVisitStore::deleteOrphanVisits()
{
    const auto r = m_conn.exec(u"DELETE FROM clicks WHERE link_id IS NULL"_s);
    if (!r)
        return r.error();
    return r->affectedRows();
}

VisitsSummary PgVisitStore::summary(const ApiKeyScope &scope)
{
    VisitsSummary s;
    QVariantList values;
    const QString links = scope.isAdmin() ? QString() : u" WHERE link_id IN ("_s + scopedLinks(scope, values) + u')';
    if (const auto r = m_conn.exec(
            u"SELECT coalesce(sum(clicks), 0), coalesce(sum(bots), 0) FROM click_hours"_s + links, values)) {
        s.total = r->toInt64(0, 0);
        s.bots = r->toInt64(0, 1);
    }
    if (!scope.noOrphanVisits) {
        if (const auto r =
                m_conn.exec(u"SELECT count(*), coalesce(sum(is_bot), 0) FROM clicks WHERE link_id IS NULL"_s)) {
            s.orphanTotal = r->toInt64(0, 0);
            s.orphanBots = r->toInt64(0, 1);
        }
    }
    return s;
}

}   // namespace Linkdeck::Server::Pg
