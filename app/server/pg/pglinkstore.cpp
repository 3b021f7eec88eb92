#include "server/pg/pglinkstore.h"

#include "core/base/clock.h"
#include "core/links/linksplit.h"
#include "server/pg/pgconnection.h"

#include <QSet>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server::Pg {
namespace {

// As core's LinkRepository selects a link: its clicks with what the server counted and has not
// yet moved into links.clicks, and its bots' visits from the rollups.
const QString selectColumns = uR"(SELECT links.id, account_id, remote_id, domain, slug, short_url, destination,
    title, tags, created_at, updated_at, expires_at, max_clicks,
    links.clicks + coalesce((SELECT d.clicks FROM link_click_deltas AS d WHERE d.link_id = links.id), 0), sync_state,
    redirect_status, valid_since, forward_query, crawlable, fallback_url, password_hash <> '', preview_title,
    preview_description, preview_image,
    (SELECT coalesce(sum(h.bots), 0) FROM click_hours AS h WHERE h.link_id = links.id), variants
    FROM links)"_s;

// "$n" for the next value, which it appends.
QString bind(QVariantList &values, const QVariant &value)
{
    values << value;
    return u'$' + QString::number(values.size());
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QVariant optionalMs(const std::optional<QDateTime> &t)
{
    return t ? QVariant(toMs(*t)) : QVariant();
}

QVariant optionalInt(const std::optional<qint64> &n)
{
    return n ? QVariant(*n) : QVariant();
}

Link fromRow(const PgResult &r, int row)
{
    Link link;
    link.id = r.toInt64(row, 0);
    link.accountId = r.toInt64(row, 1);
    link.remoteId = r.text(row, 2);
    link.domain = r.text(row, 3);
    link.slug = r.text(row, 4);
    link.shortUrl = r.text(row, 5);
    link.destination = r.text(row, 6);
    link.title = r.text(row, 7);
    const QString tags = r.text(row, 8);
    if (!tags.isEmpty())
        link.tags = tags.split(u", "_s);
    link.createdAt = fromMs(r.toInt64(row, 9));
    link.updatedAt = fromMs(r.toInt64(row, 10));
    if (!r.isNull(row, 11))
        link.expiresAt = fromMs(r.toInt64(row, 11));
    if (!r.isNull(row, 12))
        link.maxClicks = r.toInt64(row, 12);
    // The server counts every visit in links.clicks and bots' apart in click_hours.
    link.botClicks = r.toInt64(row, 24);
    link.clicks = qMax<qint64>(0, r.toInt64(row, 13) - link.botClicks);
    link.syncState = SyncState(r.toInt64(row, 14));
    link.redirectStatus = int(r.toInt64(row, 15));
    if (!r.isNull(row, 16))
        link.validSince = fromMs(r.toInt64(row, 16));
    link.forwardQuery = r.toInt64(row, 17) != 0;
    link.crawlable = r.toInt64(row, 18) != 0;
    link.fallbackUrl = r.text(row, 19);
    link.passwordProtected = r.text(row, 20) == u"t"_s;
    link.previewTitle = r.text(row, 21);
    link.previewDescription = r.text(row, 22);
    link.previewImage = r.text(row, 23);
    link.variants = LinkSplit::fromJson(r.text(row, 25));
    return link;
}

// As core's LinkRepository takes a link's tags: blanks folded, no commas, each name once
// (ignoring case), in the order given.
QStringList normalisedTags(const QStringList &tags)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &tag : tags) {
        const QString t = tag.simplified().remove(u',');
        if (!t.isEmpty() && !seen.contains(t.toCaseFolded())) {
            seen.insert(t.toCaseFolded());
            out << t;
        }
    }
    return out;
}

// The key's roles as a condition on the links table ("TRUE" for none), its values appended.
QString scopeCondition(const ApiKeyScope &scope, QVariantList &values)
{
    QStringList terms;
    if (scope.authorOnly)
        terms << u"author_key_id = "_s + bind(values, scope.keyId);
    if (!scope.domainOnly.isEmpty())
        terms << u"lower(domain) = lower("_s + bind(values, scope.domainOnly) + u')';
    return terms.isEmpty() ? u"TRUE"_s : terms.join(u" AND "_s);
}

// What SQLite's trigram index finds (three characters or more: a part of the back-half, long
// URL, title, tags or campaign, ignoring case), or with one or two characters the start of the
// back-half, title, tags or campaign, ignoring case.
QString textCondition(const QString &text, QVariantList &values)
{
    const QString p = bind(values, text);
    QStringList terms;
    if (text.size() >= 3) {
        for (const char *column : {"slug", "destination", "title", "tags", "campaign"})
            terms << u"strpos(lower(%1), lower(%2)) > 0"_s.arg(QLatin1StringView(column), p);
    } else {
        for (const char *column : {"slug", "title", "tags", "campaign"})
            terms << u"starts_with(lower(%1), lower(%2))"_s.arg(QLatin1StringView(column), p);
    }
    return u'(' + terms.join(u" OR "_s) + u')';
}

// " WHERE ..." for core's LinkQuery, as LinkRepository filters (its values appended).
QString whereOf(const LinkQuery &query, QVariantList &values)
{
    QStringList terms;
    if (const QString text = query.text.trimmed(); !text.isEmpty())
        terms << textCondition(text, values);
    if (query.accountId)
        terms << u"account_id = "_s + bind(values, *query.accountId);
    auto withTag = [&values](const QString &tag) -> QString {
        return u"links.id IN (SELECT link_id FROM link_tags JOIN tags ON tags.id = link_tags.tag_id "
               u"WHERE lower(tags.name) = lower("_s
            + bind(values, tag) + u"))"_s;
    };
    if (!query.tag.isEmpty())
        terms << withTag(query.tag);
    if (!query.campaign.isEmpty())
        terms << u"lower(campaign) = lower("_s + bind(values, query.campaign) + u')';
    if (!query.anyTags.isEmpty()) {
        QStringList any;
        for (const QString &tag : query.anyTags)
            any << withTag(tag);
        terms << u'(' + any.join(u" OR "_s) + u')';
    }
    for (const QString &tag : query.allTags)
        terms << withTag(tag);
    if (!query.excludeTags.isEmpty()) {
        QStringList has;
        for (const QString &tag : query.excludeTags)
            has << withTag(tag);
        terms << u"NOT ("_s + has.join(query.excludeOnlyWithAllTags ? u" AND "_s : u" OR "_s) + u')';
    }
    if (!query.domain.isEmpty())
        terms << u"lower(domain) = lower("_s + bind(values, query.domain) + u')';
    if (query.authorKeyId)
        terms << u"author_key_id = "_s + bind(values, *query.authorKeyId);
    if (query.createdFrom)
        terms << u"created_at >= "_s + bind(values, query.createdFrom->toMSecsSinceEpoch());
    if (query.createdTo)
        terms << u"created_at <= "_s + bind(values, query.createdTo->toMSecsSinceEpoch());
    if (query.excludeMaxVisitsReached)
        terms << u"(max_clicks IS NULL OR clicks < max_clicks)"_s;
    if (query.excludePastValidUntil)
        terms << u"(expires_at IS NULL OR expires_at > "_s + bind(values, Clock::nowMSecsSinceEpoch()) + u')';
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

// As LinkRepository sorts: back-half, title, tags and campaign ignoring case (SQLite's NOCASE:
// lower-cased, by their bytes), the long URL by its bytes; ties by id.
QString orderOf(const LinkQuery &query)
{
    QString column;
    switch (query.sortKey) {
    case LinkQuery::SortKey::ShortUrl:
        column = u"lower(slug) COLLATE \"C\""_s;
        break;
    case LinkQuery::SortKey::Destination:
        column = u"destination COLLATE \"C\""_s;
        break;
    case LinkQuery::SortKey::Title:
        column = u"lower(title) COLLATE \"C\""_s;
        break;
    case LinkQuery::SortKey::Tags:
        column = u"lower(tags) COLLATE \"C\""_s;
        break;
    case LinkQuery::SortKey::Campaign:
        column = u"lower(campaign) COLLATE \"C\""_s;
        break;
    case LinkQuery::SortKey::Clicks:
        column = u"links.clicks"_s;
        break;
    case LinkQuery::SortKey::Created:
        column = u"created_at"_s;
        break;
    }
    const QString dir = query.order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    return u" ORDER BY "_s + column + u' ' + dir + u", links.id "_s + dir;
}

// A bigint[] parameter: "{1,2,3}".
QString idArray(const QList<qint64> &ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out << QString::number(id);
    return u'{' + out.join(u',') + u'}';
}

Error slugTakenError(const Link &link)
{
    return Error::make(
        Error::Kind::SlugTaken,
        PgLinkStore::tr("The back-half “%1” is already used on %2. Choose another one.").arg(link.slug, link.domain));
}

}   // namespace

Result<void> PgLinkStore::ping()
{
    const auto r = m_conn.exec(u"SELECT 1"_s);
    if (!r)
        return r.error();
    return {};
}

std::optional<QString> PgLinkStore::accountDefaultDomain()
{
    const auto r = m_conn.exec(u"SELECT default_domain FROM accounts WHERE id = 1"_s);
    if (!r || r->rows() == 0)
        return std::nullopt;
    return r->text(0, 0);
}

std::optional<Link> PgLinkStore::first(const QString &where, const QVariantList &values)
{
    const auto r = m_conn.exec(selectColumns + where, values);
    if (!r || r->rows() == 0)
        return std::nullopt;
    return fromRow(*r, 0);
}

std::optional<Link> PgLinkStore::find(qint64 id)
{
    return first(u" WHERE id = $1"_s, {id});
}

std::optional<Link> PgLinkStore::findBySlug(const QString &domain, const QString &slug, Qt::CaseSensitivity cs)
{
    // Exact first (the unique index), ignoring case only when asked.
    if (cs == Qt::CaseSensitive)
        return first(u" WHERE domain = $1 AND slug = $2 AND account_id = 1"_s, {domain, slug});
    return first(u" WHERE domain = $1 AND lower(slug) = lower($2) AND account_id = 1 ORDER BY slug = $2 DESC, id "
                 u"LIMIT 1"_s,
                 {domain, slug});
}

bool PgLinkStore::slugTaken(const QString &domain, const QString &slug, Qt::CaseSensitivity cs)
{
    const auto r = m_conn.exec(cs == Qt::CaseSensitive
                                   ? u"SELECT 1 FROM links WHERE domain = $1 AND slug = $2 AND account_id = 1"_s
                                   : u"SELECT 1 FROM links WHERE domain = $1 AND lower(slug) = lower($2) "
                                     u"AND account_id = 1"_s,
                               {domain, slug});
    return r && r->rows() > 0;
}

bool PgLinkStore::inScope(qint64 linkId, const ApiKeyScope &scope)
{
    QVariantList values{linkId};
    const auto r = m_conn.exec(u"SELECT 1 FROM links WHERE id = $1 AND "_s + scopeCondition(scope, values), values);
    return r && r->rows() > 0;
}

std::optional<Link> PgLinkStore::findExisting(const QString &destination, const QString &domain, const QString &slug,
                                              const ApiKeyScope &scope)
{
    QVariantList values{destination, domain};
    QString where = u" WHERE account_id = 1 AND destination = $1 AND domain = $2"_s;
    if (!slug.isEmpty())
        where += u" AND slug = "_s + bind(values, slug);
    where += u" AND "_s + scopeCondition(scope, values) + u" ORDER BY id LIMIT 1"_s;
    return first(where, values);
}

qint64 PgLinkStore::count(const LinkQuery &query)
{
    QVariantList values;
    const auto r = m_conn.exec(u"SELECT count(*) FROM links"_s + whereOf(query, values), values);
    return r && r->rows() > 0 ? r->toInt64(0, 0) : 0;
}

QList<Link> PgLinkStore::list(const LinkQuery &query, qint64 offset, int limit)
{
    QVariantList values;
    QString sql = selectColumns + whereOf(query, values) + orderOf(query);
    sql += u" LIMIT "_s + bind(values, qint64(limit)) + u" OFFSET "_s + bind(values, offset);
    QList<Link> out;
    const auto r = m_conn.exec(sql, values);
    if (!r)
        return out;
    out.reserve(r->rows());
    for (int row = 0; row < r->rows(); ++row)
        out << fromRow(*r, row);
    return out;
}

Result<void> PgLinkStore::writeTags(qint64 linkId, const QStringList &tags)
{
    if (const auto r = m_conn.exec(u"DELETE FROM link_tags WHERE link_id = $1"_s, {linkId}); !r)
        return r.error();
    for (const QString &tag : tags) {
        // A tag keeps the case it was first written in (unique on lower(name)).
        if (const auto r =
                m_conn.exec(u"INSERT INTO tags(name) VALUES ($1) ON CONFLICT ((lower(name))) DO NOTHING"_s, {tag});
            !r)
            return r.error();
        if (const auto r = m_conn.exec(u"INSERT INTO link_tags(link_id, tag_id) SELECT $1, id FROM tags "
                                       u"WHERE lower(name) = lower($2) ON CONFLICT DO NOTHING"_s,
                                       {linkId, tag});
            !r)
            return r.error();
    }
    return {};
}

Result<void> PgLinkStore::refreshTagText(const QList<qint64> &linkIds)
{
    if (linkIds.isEmpty())
        return {};
    // As SQLite rewrites links.tags: the names by NOCASE, joined by ", ".
    const auto r = m_conn.exec(uR"(UPDATE links SET tags = coalesce((SELECT string_agg(t.name, ', '
                                          ORDER BY lower(t.name) COLLATE "C")
                                      FROM link_tags AS lt JOIN tags AS t ON t.id = lt.tag_id
                                      WHERE lt.link_id = links.id), '')
                                   WHERE id = ANY($1::bigint[]))"_s,
                               {idArray(linkIds)});
    if (!r)
        return r.error();
    return {};
}

Result<Link> PgLinkStore::insert(const Link &given, std::optional<qint64> authorKeyId, Qt::CaseSensitivity slugRule)
{
    Link link = given;
    link.tags = normalisedTags(link.tags);
    if (!link.createdAt.isValid())
        link.createdAt = Clock::nowUtc();
    if (!link.updatedAt.isValid())
        link.updatedAt = link.createdAt;
    PgTransaction tx(m_conn);
    if (!tx.begun())
        return tx.begun().error();
    if (slugRule == Qt::CaseInsensitive && !link.slug.isEmpty()) {
        // The unique index compares as written: the back-half in any case is locked for the
        // transaction, so that another instance's insert of Case-x waits for this one's case-x.
        const auto locked =
            m_conn.exec(u"SELECT pg_advisory_xact_lock(hashtextextended($1::text || '/' || lower($2::text), 0))"_s,
                        {link.domain, link.slug});
        if (!locked)
            return locked.error();
        const auto taken =
            m_conn.exec(u"SELECT 1 FROM links WHERE domain = $1 AND lower(slug) = lower($2) AND account_id = $3"_s,
                        {link.domain, link.slug, link.accountId});
        if (!taken)
            return taken.error();
        if (taken->rows() > 0)
            return slugTakenError(link);
    }
    // A back-half used on the domain (as written) leaves the row out: SlugTaken.
    const auto r =
        m_conn.exec(uR"(INSERT INTO links(account_id, remote_id, domain, slug, short_url, destination, title, tags,
            campaign, created_at, updated_at, expires_at, max_clicks, clicks, sync_state, redirect_status, valid_since,
            forward_query, crawlable, fallback_url, preview_title, preview_description, preview_image, variants,
            author_key_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
                    $22, $23, $24, $25)
            ON CONFLICT (domain, slug, account_id) WHERE slug <> '' DO NOTHING RETURNING id)"_s,
                    {link.accountId,
                     link.remoteId,
                     link.domain,
                     link.slug,
                     link.shortUrl,
                     link.destination,
                     link.title,
                     link.tags.join(u", "_s),
                     link.campaign(),
                     toMs(link.createdAt),
                     toMs(link.updatedAt),
                     optionalMs(link.expiresAt),
                     optionalInt(link.maxClicks),
                     link.clicks,
                     int(link.syncState),
                     link.redirectStatus,
                     optionalMs(link.validSince),
                     int(link.forwardQuery),
                     int(link.crawlable),
                     link.fallbackUrl,
                     link.previewTitle,
                     link.previewDescription,
                     link.previewImage,
                     LinkSplit::toJson(link.variants),
                     authorKeyId ? QVariant(*authorKeyId) : QVariant()});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return slugTakenError(link);
    const qint64 id = r->toInt64(0, 0);
    if (const auto tagged = writeTags(id, link.tags); !tagged)
        return tagged.error();
    if (const auto done = tx.commit(); !done)
        return done.error();
    if (auto stored = find(id))
        return *stored;
    return Error::make(Error::Kind::NotFound, PgLinkStore::tr("The link no longer exists; it may have been deleted."));
}

Result<Link> PgLinkStore::update(const Link &given)
{
    Link link = given;
    link.tags = normalisedTags(link.tags);
    link.updatedAt = Clock::nowUtc();
    PgTransaction tx(m_conn);
    if (!tx.begun())
        return tx.begun().error();
    // Gone: NotFound (before a back-half it would take from another link).
    const auto exists = m_conn.exec(u"SELECT 1 FROM links WHERE id = $1 FOR UPDATE"_s, {link.id});
    if (!exists)
        return exists.error();
    if (exists->rows() == 0)
        return Error::make(Error::Kind::NotFound,
                           PgLinkStore::tr("The link no longer exists; it may have been deleted."));
    const auto taken =
        m_conn.exec(u"SELECT 1 FROM links WHERE domain = $1 AND slug = $2 AND account_id = $3 AND id <> $4 "
                    u"AND slug <> ''"_s,
                    {link.domain, link.slug, link.accountId, link.id});
    if (!taken)
        return taken.error();
    if (taken->rows() > 0)
        return slugTakenError(link);
    // A local link's clicks are the server's to count: an edit never writes back the number it read.
    const auto r = m_conn.exec(
        uR"(UPDATE links SET account_id = $1, remote_id = $2, domain = $3, slug = $4, short_url = $5, destination = $6,
            title = $7, tags = $8, campaign = $9, updated_at = $10, expires_at = $11, max_clicks = $12,
            clicks = CASE WHEN account_id = 1 THEN clicks ELSE $13 END, sync_state = $14,
            redirect_status = $15, valid_since = $16, forward_query = $17, crawlable = $18, fallback_url = $19,
            preview_title = $20, preview_description = $21, preview_image = $22, variants = $23 WHERE id = $24)"_s,
        {link.accountId,
         link.remoteId,
         link.domain,
         link.slug,
         link.shortUrl,
         link.destination,
         link.title,
         link.tags.join(u", "_s),
         link.campaign(),
         toMs(link.updatedAt),
         optionalMs(link.expiresAt),
         optionalInt(link.maxClicks),
         link.clicks,
         int(link.syncState),
         link.redirectStatus,
         optionalMs(link.validSince),
         int(link.forwardQuery),
         int(link.crawlable),
         link.fallbackUrl,
         link.previewTitle,
         link.previewDescription,
         link.previewImage,
         LinkSplit::toJson(link.variants),
         link.id});
    if (!r)
        return r.error();
    if (r->affectedRows() == 0)
        return Error::make(Error::Kind::NotFound,
                           PgLinkStore::tr("The link no longer exists; it may have been deleted."));
    if (const auto tagged = writeTags(link.id, link.tags); !tagged)
        return tagged.error();
    if (const auto done = tx.commit(); !done)
        return done.error();
    return link;
}

Result<void> PgLinkStore::remove(qint64 id)
{
    PgTransaction tx(m_conn);
    if (!tx.begun())
        return tx.begun().error();
    // Its tags' rows and redirect rules go with it (ON DELETE CASCADE); its counter not yet
    // moved into links.clicks too, as SQLite's foreign key takes it.
    const auto r = m_conn.exec(u"DELETE FROM links WHERE id = $1"_s, {id});
    if (!r)
        return r.error();
    if (r->affectedRows() == 0)
        return Error::make(Error::Kind::NotFound,
                           PgLinkStore::tr("The link no longer exists; it may have been deleted already."));
    if (const auto d = m_conn.exec(u"DELETE FROM link_click_deltas WHERE link_id = $1"_s, {id}); !d)
        return d.error();
    return tx.commit();
}

LinkVisitCounts PgLinkStore::visitCounts(qint64 linkId)
{
    const auto r = m_conn.exec(
        u"SELECT coalesce(sum(clicks), 0), coalesce(sum(bots), 0) FROM click_hours WHERE link_id = $1"_s, {linkId});
    if (!r || r->rows() == 0)
        return {};
    return LinkVisitCounts{r->toInt64(0, 0), r->toInt64(0, 1)};
}

QHash<qint64, LinkVisitCounts> PgLinkStore::visitCounts(const QList<qint64> &linkIds)
{
    QHash<qint64, LinkVisitCounts> out;
    if (linkIds.isEmpty())
        return out;
    const auto r = m_conn.exec(u"SELECT link_id, sum(clicks), sum(bots) FROM click_hours "
                               u"WHERE link_id = ANY($1::bigint[]) GROUP BY link_id"_s,
                               {idArray(linkIds)});
    if (!r)
        return out;
    for (int row = 0; row < r->rows(); ++row)
        out.insert(r->toInt64(row, 0), LinkVisitCounts{r->toInt64(row, 1), r->toInt64(row, 2)});
    return out;
}

QString PgLinkStore::passwordHash(qint64 linkId)
{
    const auto r = m_conn.exec(u"SELECT password_hash FROM links WHERE id = $1"_s, {linkId});
    return r && r->rows() > 0 ? r->text(0, 0) : QString();
}

QStringList PgLinkStore::crawlableSlugs(const QString &domain, const QString &orDomain)
{
    QVariantList values;
    QString sql = u"SELECT slug FROM links WHERE account_id = 1 AND crawlable = 1 AND (lower(domain) = lower("_s
        + bind(values, domain) + u')';
    if (!orDomain.isEmpty())
        sql += u" OR lower(domain) = lower("_s + bind(values, orDomain) + u')';
    sql += u") ORDER BY slug COLLATE \"C\""_s;
    QStringList out;
    const auto r = m_conn.exec(sql, values);
    if (!r)
        return out;
    for (int row = 0; row < r->rows(); ++row)
        out << r->text(row, 0);
    return out;
}

bool PgLinkStore::tagExists(const QString &name)
{
    const auto r = m_conn.exec(u"SELECT 1 FROM tags WHERE lower(name) = lower($1)"_s, {name});
    return r && r->rows() > 0;
}

TagPage PgLinkStore::tags(const TagQuery &query)
{
    QVariantList values;
    QString sql = uR"( FROM tags WHERE (EXISTS (SELECT 1 FROM link_tags JOIN links ON links.id = link_tags.link_id
                                                WHERE link_tags.tag_id = tags.id AND links.account_id = 1)
                                    OR NOT EXISTS (SELECT 1 FROM link_tags WHERE link_tags.tag_id = tags.id)))"_s;
    if (!query.scope.isAdmin())
        sql = u" FROM tags WHERE EXISTS (SELECT 1 FROM link_tags WHERE link_tags.tag_id = tags.id AND "_s
              u"link_tags.link_id IN (SELECT id FROM links WHERE account_id = 1 AND "_s
            + scopeCondition(query.scope, values) + u"))"_s;
    if (!query.searchTerm.isEmpty()) {
        QString escaped = query.searchTerm;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        sql += u" AND name ILIKE "_s + bind(values, QString(u'%' + escaped + u'%')) + u" ESCAPE '\\'"_s;
    }
    TagPage out;
    const auto counted = m_conn.exec(u"SELECT count(*)"_s + sql, values);
    out.total = counted && counted->rows() > 0 ? counted->toInt64(0, 0) : 0;
    if (query.limit <= 0)
        return out;

    const QString order = query.descending ? u"DESC"_s : u"ASC"_s;
    const QString byName = u"lower(s.name) COLLATE \"C\""_s;
    QString statOrder;
    if (query.withStats && query.orderBy == TagQuery::OrderBy::ShortUrls)
        statOrder = u"s.urls"_s;
    else if (query.withStats && query.orderBy == TagQuery::OrderBy::Visits)
        statOrder = u"s.visits"_s;
    else if (query.withStats && query.orderBy == TagQuery::OrderBy::NonBotVisits)
        statOrder = u"(s.visits - s.bots)"_s;
    auto statsOf = [&values, &query](const QString &tagsSql) -> QString {
        return uR"(SELECT page.id, page.name, count(links.id) AS urls,
                          coalesce(sum((SELECT sum(clicks) FROM click_hours AS r WHERE r.link_id = links.id)), 0) AS visits,
                          coalesce(sum((SELECT sum(bots) FROM click_hours AS r WHERE r.link_id = links.id)), 0) AS bots
                   FROM ()"_s
            + tagsSql + uR"() AS page LEFT JOIN link_tags ON link_tags.tag_id = page.id
                   LEFT JOIN links ON links.id = link_tags.link_id AND links.account_id = 1 AND )"_s
            + scopeCondition(query.scope, values) + u" GROUP BY page.id, page.name"_s;
    };
    QString statement;
    if (!statOrder.isEmpty()) {
        // Ordered by a figure: every matching tag's figures first, then the page.
        statement = u"SELECT * FROM ("_s + statsOf(u"SELECT id, name"_s + sql) + u") AS s ORDER BY "_s + statOrder
            + u' ' + order + u", "_s + byName;
        statement += u" LIMIT "_s + bind(values, query.limit) + u" OFFSET "_s + bind(values, query.offset);
    } else {
        QString pageSql = u"SELECT id, name"_s + sql + u" ORDER BY lower(name) COLLATE \"C\" "_s + order;
        pageSql += u" LIMIT "_s + bind(values, query.limit) + u" OFFSET "_s + bind(values, query.offset);
        statement = query.withStats
            ? u"SELECT * FROM ("_s + statsOf(pageSql) + u") AS s ORDER BY "_s + byName + u' ' + order
            : pageSql;
    }
    const auto r = m_conn.exec(statement, values);
    if (!r)
        return out;
    for (int row = 0; row < r->rows(); ++row) {
        if (!query.withStats)
            out.tags << TagStats{r->text(row, 1)};
        else
            out.tags << TagStats{r->text(row, 1), r->toInt64(row, 2), r->toInt64(row, 3), r->toInt64(row, 4)};
    }
    return out;
}

Result<void> PgLinkStore::renameTag(const QString &oldName, const QString &newName)
{
    const auto found = m_conn.exec(u"SELECT id FROM tags WHERE lower(name) = lower($1)"_s, {oldName});
    if (!found)
        return found.error();
    if (found->rows() == 0)
        return Error::make(Error::Kind::NotFound, PgLinkStore::tr("There is no tag “%1”.").arg(oldName));
    const qint64 id = found->toInt64(0, 0);
    const auto other = m_conn.exec(u"SELECT 1 FROM tags WHERE lower(name) = lower($1) AND id <> $2"_s, {newName, id});
    if (!other)
        return other.error();
    if (other->rows() > 0)
        return Error::make(Error::Kind::SlugTaken, PgLinkStore::tr("There is already a tag “%1”.").arg(newName));
    PgTransaction tx(m_conn);
    if (!tx.begun())
        return tx.begun().error();
    if (const auto r = m_conn.exec(u"UPDATE tags SET name = $1 WHERE id = $2"_s, {newName, id}); !r)
        return r.error();
    const auto links = m_conn.exec(u"SELECT link_id FROM link_tags WHERE tag_id = $1"_s, {id});
    if (!links)
        return links.error();
    QList<qint64> ids;
    for (int row = 0; row < links->rows(); ++row)
        ids << links->toInt64(row, 0);
    if (const auto refreshed = refreshTagText(ids); !refreshed)
        return refreshed.error();
    return tx.commit();
}

Result<int> PgLinkStore::deleteTags(const QStringList &names)
{
    PgTransaction tx(m_conn);
    if (!tx.begun())
        return tx.begun().error();
    int deleted = 0;
    for (const QString &name : names) {
        const auto found = m_conn.exec(u"SELECT id FROM tags WHERE lower(name) = lower($1)"_s, {name});
        if (!found)
            return found.error();
        if (found->rows() == 0)
            continue;
        const qint64 id = found->toInt64(0, 0);
        // The links keep existing: only the tag goes, and their tag text is rewritten.
        const auto links = m_conn.exec(u"SELECT link_id FROM link_tags WHERE tag_id = $1"_s, {id});
        if (!links)
            return links.error();
        QList<qint64> ids;
        for (int row = 0; row < links->rows(); ++row)
            ids << links->toInt64(row, 0);
        if (const auto r = m_conn.exec(u"DELETE FROM tags WHERE id = $1"_s, {id}); !r)
            return r.error();
        if (const auto refreshed = refreshTagText(ids); !refreshed)
            return refreshed.error();
        ++deleted;
    }
    if (const auto done = tx.commit(); !done)
        return done.error();
    return deleted;
}

bool PgLinkStore::hasRedirectRules(qint64 linkId)
{
    const auto r = m_conn.exec(u"SELECT 1 FROM short_url_redirect_rules WHERE link_id = $1 LIMIT 1"_s, {linkId});
    return r && r->rows() > 0;
}

QSet<qint64> PgLinkStore::withRedirectRules(const QList<qint64> &linkIds)
{
    QSet<qint64> out;
    if (linkIds.isEmpty())
        return out;
    const auto r =
        m_conn.exec(u"SELECT DISTINCT link_id FROM short_url_redirect_rules WHERE link_id = ANY($1::bigint[])"_s,
                    {idArray(linkIds)});
    if (!r)
        return out;
    for (int row = 0; row < r->rows(); ++row)
        out.insert(r->toInt64(row, 0));
    return out;
}

Result<QList<StoredRedirectRule>> PgLinkStore::redirectRules(qint64 linkId)
{
    const auto r = m_conn.exec(u"SELECT priority, long_url, conditions FROM short_url_redirect_rules "
                               u"WHERE link_id = $1 ORDER BY priority, id"_s,
                               {linkId});
    if (!r)
        return r.error();
    QList<StoredRedirectRule> rules;
    for (int row = 0; row < r->rows(); ++row)
        rules.append(StoredRedirectRule{int(r->toInt64(row, 0)), r->text(row, 1), r->text(row, 2)});
    return rules;
}

Result<void> PgLinkStore::setRedirectRules(qint64 linkId, const QList<StoredRedirectRule> &rules)
{
    PgTransaction tx(m_conn);
    if (!tx.begun())
        return tx.begun().error();
    if (const auto r = m_conn.exec(u"DELETE FROM short_url_redirect_rules WHERE link_id = $1"_s, {linkId}); !r)
        return r.error();
    for (const StoredRedirectRule &rule : rules) {
        if (const auto r = m_conn.exec(u"INSERT INTO short_url_redirect_rules(link_id, priority, long_url, conditions) "
                                       u"VALUES ($1, $2, $3, $4)"_s,
                                       {linkId, rule.priority, rule.longUrl, rule.conditions});
            !r)
            return r.error();
    }
    return tx.commit();
}

}   // namespace Linkdeck::Server::Pg
