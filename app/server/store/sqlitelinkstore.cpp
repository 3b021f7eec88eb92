#include "server/store/sqlitelinkstore.h"

#include "core/storage/accountrepository.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server {
namespace {

// The key's roles as a condition on the links table ("1" for none), its values appended.
QString scopeCondition(const ApiKeyScope &scope, QVariantList &values)
{
    QStringList terms;
    if (scope.authorOnly) {
        terms << u"author_key_id = ?"_s;
        values << scope.keyId;
    }
    if (!scope.domainOnly.isEmpty()) {
        terms << u"domain = ? COLLATE NOCASE"_s;
        values << scope.domainOnly;
    }
    return terms.isEmpty() ? u"1"_s : terms.join(u" AND "_s);
}

// "1,2,3": ids written into the statement (integers only), as many as there are, without
// SQLite's limit on bound values.
QString idList(const QList<qint64> &ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(u',');
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

}   // namespace

SqliteLinkStore::SqliteLinkStore(Database &db)
    : m_db(db)
    , m_links(std::make_unique<LinkRepository>(db))
{}

SqliteLinkStore::~SqliteLinkStore() = default;

Result<void> SqliteLinkStore::ping()
{
    QSqlQuery q(m_db.connection());
    if (q.exec(u"SELECT 1"_s) && q.next())
        return {};
    return Error::make(Error::Kind::Storage, q.lastError().text());
}

std::optional<QString> SqliteLinkStore::accountDefaultDomain()
{
    if (auto local = AccountRepository(m_db).find(AccountRepository::LocalAccountId))
        return local->defaultDomain;
    return std::nullopt;
}

std::optional<Link> SqliteLinkStore::find(qint64 id)
{
    return m_links->find(id);
}

std::optional<Link> SqliteLinkStore::findBySlug(const QString &domain, const QString &slug, Qt::CaseSensitivity cs)
{
    return m_links->findBySlug(domain, slug, AccountRepository::LocalAccountId, cs);
}

bool SqliteLinkStore::slugTaken(const QString &domain, const QString &slug, Qt::CaseSensitivity cs)
{
    if (cs == Qt::CaseSensitive)
        return m_links->isSlugTaken(domain, slug);
    return m_links->findBySlug(domain, slug, AccountRepository::LocalAccountId, Qt::CaseInsensitive).has_value();
}

bool SqliteLinkStore::inScope(qint64 linkId, const ApiKeyScope &scope)
{
    QVariantList values{linkId};
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT 1 FROM links WHERE id = ? AND "_s + scopeCondition(scope, values));
    bindAll(q, values);
    return q.exec() && q.next();
}

std::optional<Link> SqliteLinkStore::findExisting(const QString &destination, const QString &domain,
                                                  const QString &slug, const ApiKeyScope &scope)
{
    QVariantList values{destination, domain};
    QString sql = u"SELECT id FROM links WHERE account_id = 1 AND destination = ? AND domain = ?"_s;
    if (!slug.isEmpty()) {
        sql += u" AND slug = ?"_s;
        values << slug;
    }
    sql += u" AND "_s + scopeCondition(scope, values) + u" ORDER BY id LIMIT 1"_s;
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    bindAll(q, values);
    if (q.exec() && q.next())
        return m_links->find(q.value(0).toLongLong());
    return std::nullopt;
}

qint64 SqliteLinkStore::count(const LinkQuery &query)
{
    return m_links->count(query);
}

QList<Link> SqliteLinkStore::list(const LinkQuery &query, qint64 offset, int limit)
{
    return m_links->fetch(query, offset, limit);
}

Result<Link> SqliteLinkStore::insert(const Link &link, std::optional<qint64> authorKeyId, Qt::CaseSensitivity slugRule)
{
    // (The unique index compares as written; one API thread writes, so the check holds.)
    if (slugRule == Qt::CaseInsensitive && slugTaken(link.domain, link.slug, Qt::CaseInsensitive))
        return Error::make(Error::Kind::SlugTaken, QString());
    auto stored = m_links->insert(link);
    if (!stored || !authorKeyId)
        return stored;
    // The key that made it, for keys that may see only their own (AUTHORED_SHORT_URLS).
    QSqlQuery author(m_db.connection());
    author.prepare(u"UPDATE links SET author_key_id = ? WHERE id = ?"_s);
    author.addBindValue(*authorKeyId);
    author.addBindValue(stored->id);
    author.exec();
    return stored;
}

Result<Link> SqliteLinkStore::update(const Link &link)
{
    return m_links->update(link);
}

Result<void> SqliteLinkStore::remove(qint64 id)
{
    return m_links->remove(id);
}

LinkVisitCounts SqliteLinkStore::visitCounts(qint64 linkId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT coalesce(sum(clicks), 0), coalesce(sum(bots), 0) FROM click_hours WHERE link_id = ?"_s);
    q.addBindValue(linkId);
    if (q.exec() && q.next())
        return LinkVisitCounts{q.value(0).toLongLong(), q.value(1).toLongLong()};
    return {};
}

QHash<qint64, LinkVisitCounts> SqliteLinkStore::visitCounts(const QList<qint64> &linkIds)
{
    QHash<qint64, LinkVisitCounts> out;
    if (linkIds.isEmpty())
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT link_id, sum(clicks), sum(bots) FROM click_hours WHERE link_id IN ("_s + idList(linkIds)
               + u") GROUP BY link_id"_s)) {
        while (q.next())
            out.insert(q.value(0).toLongLong(), LinkVisitCounts{q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    return out;
}

QString SqliteLinkStore::passwordHash(qint64 linkId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT password_hash FROM links WHERE id = ?"_s);
    q.addBindValue(linkId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QStringList SqliteLinkStore::crawlableSlugs(const QString &domain, const QString &orDomain)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(uR"(SELECT slug FROM links WHERE account_id = 1 AND crawlable = 1
                  AND (domain = ? COLLATE NOCASE OR (? AND domain = ? COLLATE NOCASE)) ORDER BY slug)"_s);
    q.addBindValue(domain);
    q.addBindValue(!orDomain.isEmpty());
    q.addBindValue(orDomain);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

bool SqliteLinkStore::tagExists(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT 1 FROM tags WHERE name = ?"_s);
    q.addBindValue(name);
    return q.exec() && q.next();
}

TagPage SqliteLinkStore::tags(const TagQuery &query)
{
    // The server's tags: those of its own links, and those of no link (Shlink keeps a tag
    // without short URLs); not the tags of links cached from other services.
    QString sql = uR"( FROM tags WHERE (EXISTS (SELECT 1 FROM link_tags JOIN links ON links.id = link_tags.link_id
                                                WHERE link_tags.tag_id = tags.id AND links.account_id = 1)
                                    OR NOT EXISTS (SELECT 1 FROM link_tags WHERE link_tags.tag_id = tags.id)))"_s;
    QVariantList values;
    // A key with roles sees the tags of its short URLs only.
    if (!query.scope.isAdmin())
        sql =
            u" FROM tags WHERE EXISTS (SELECT 1 FROM link_tags WHERE link_tags.tag_id = tags.id AND link_tags.link_id IN ("_s
            u"SELECT id FROM links WHERE account_id = 1 AND "_s
            + scopeCondition(query.scope, values) + u"))"_s;
    if (!query.searchTerm.isEmpty()) {
        sql += u" AND name LIKE ? ESCAPE '\\'"_s;
        QString escaped = query.searchTerm;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        values << QVariant(QString(u'%' + escaped + u'%'));
    }
    TagPage out;
    QSqlQuery count(m_db.connection());
    count.prepare(u"SELECT count(*)"_s + sql);
    bindAll(count, values);
    out.total = count.exec() && count.next() ? count.value(0).toLongLong() : 0;
    if (query.limit <= 0)
        return out;   // the count only

    const QString order = query.descending ? u"DESC"_s : u"ASC"_s;
    QString statColumn;
    if (query.withStats && query.orderBy == TagQuery::OrderBy::ShortUrls)
        statColumn = u"urls"_s;
    else if (query.withStats && query.orderBy == TagQuery::OrderBy::Visits)
        statColumn = u"visits"_s;
    else if (query.withStats && query.orderBy == TagQuery::OrderBy::NonBotVisits)
        statColumn = u"(visits - bots)"_s;

    // Per tag: the server's short URLs with it and their visits (from the rollups).
    QVariantList scopeValues;
    const QString scope = scopeCondition(query.scope, scopeValues);
    auto statsOf = [&scope](const QString &tagsSql) -> QString {
        return uR"(SELECT page.id, page.name, count(links.id) AS urls,
                          coalesce(sum((SELECT sum(clicks) FROM click_hours AS r WHERE r.link_id = links.id)), 0) AS visits,
                          coalesce(sum((SELECT sum(bots) FROM click_hours AS r WHERE r.link_id = links.id)), 0) AS bots
                   FROM ()"_s
            + tagsSql + uR"() AS page LEFT JOIN link_tags ON link_tags.tag_id = page.id
                   LEFT JOIN links ON links.id = link_tags.link_id AND links.account_id = 1 AND )"_s
            + scope + uR"(
                   GROUP BY page.id)"_s;
    };
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!statColumn.isEmpty()) {
        // Ordered by a figure: every matching tag's figures first, then the page.
        q.prepare(statsOf(u"SELECT id, name"_s + sql) + u" ORDER BY "_s + statColumn + u' ' + order
                  + u", page.name COLLATE NOCASE LIMIT ? OFFSET ?"_s);
    } else {
        // One statement for the page, stats included: a statement per tag held the one API
        // thread for seconds with 20,000 tags.
        const QString pageSql =
            u"SELECT id, name"_s + sql + u" ORDER BY name COLLATE NOCASE "_s + order + u" LIMIT ? OFFSET ?"_s;
        q.prepare(query.withStats ? statsOf(pageSql) + u" ORDER BY page.name COLLATE NOCASE "_s + order : pageSql);
    }
    // The tags' values come first in the statement, the scope's of the join after them.
    bindAll(q, values);
    if (!statColumn.isEmpty())
        bindAll(q, scopeValues);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (query.withStats && statColumn.isEmpty())
        bindAll(q, scopeValues);
    if (q.exec()) {
        while (q.next()) {
            if (!query.withStats)
                out.tags << TagStats{q.value(1).toString()};
            else
                out.tags << TagStats{q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                                     q.value(4).toLongLong()};
        }
    }
    return out;
}

Result<void> SqliteLinkStore::renameTag(const QString &oldName, const QString &newName)
{
    return m_links->renameTag(oldName, newName);
}

Result<int> SqliteLinkStore::deleteTags(const QStringList &names)
{
    return m_links->deleteTags(names);
}

bool SqliteLinkStore::hasRedirectRules(qint64 linkId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT EXISTS(SELECT 1 FROM short_url_redirect_rules WHERE link_id = ?)"_s);
    q.addBindValue(linkId);
    return q.exec() && q.next() && q.value(0).toBool();
}

QSet<qint64> SqliteLinkStore::withRedirectRules(const QList<qint64> &linkIds)
{
    QSet<qint64> out;
    if (linkIds.isEmpty())
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT DISTINCT link_id FROM short_url_redirect_rules WHERE link_id IN ("_s + idList(linkIds)
               + u')')) {
        while (q.next())
            out.insert(q.value(0).toLongLong());
    }
    return out;
}

Result<QList<StoredRedirectRule>> SqliteLinkStore::redirectRules(qint64 linkId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT priority, long_url, conditions FROM short_url_redirect_rules WHERE link_id = ? "
              "ORDER BY priority, id"_s);
    q.addBindValue(linkId);
    if (!q.exec())
        return Error::make(Error::Kind::Storage, q.lastError().text());
    QList<StoredRedirectRule> rules;
    while (q.next())
        rules.append(StoredRedirectRule{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString()});
    return rules;
}

Result<void> SqliteLinkStore::setRedirectRules(qint64 linkId, const QList<StoredRedirectRule> &rules)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return Error::make(Error::Kind::Storage, db.lastError().text());
    QSqlQuery q(db);
    bool ok = q.prepare(u"DELETE FROM short_url_redirect_rules WHERE link_id = ?"_s);
    q.addBindValue(linkId);
    ok = ok && q.exec();
    if (ok) {
        ok = q.prepare(
            u"INSERT INTO short_url_redirect_rules(link_id, priority, long_url, conditions) VALUES (?, ?, ?, ?)"_s);
        for (const StoredRedirectRule &rule : rules) {
            if (!ok)
                break;
            q.addBindValue(linkId);
            q.addBindValue(rule.priority);
            q.addBindValue(rule.longUrl);
            q.addBindValue(rule.conditions);
            ok = q.exec();
        }
    }
    if (!ok || !db.commit()) {
        const QString error = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        db.rollback();
        return Error::make(Error::Kind::Storage, error);
    }
    return {};
}

}   // namespace Linkdeck::Server
