#include "core/storage/linkrepository.h"

#include "core/base/clock.h"
#include "core/base/sqlite.h"
#include "core/base/trigrammatch.h"
#include "core/links/linksplit.h"
#include "core/links/utm.h"
#include "core/storage/accountrepository.h"
#include "core/storage/clickrollups.h"
#include "core/storage/database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <vector>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Linkdeck {
namespace {

// A local link's clicks are links.clicks plus what linkdeck-server has counted and not yet
// added to it (link_click_deltas: the server moves those in bounded chunks). Unnamed, so that
// ORDER BY clicks still walks the links_clicks index.
const QString selectColumns = uR"(SELECT links.id, account_id, remote_id, domain, slug, short_url, destination,
    title, tags, created_at, updated_at, expires_at, max_clicks,
    links.clicks + coalesce((SELECT d.clicks FROM link_click_deltas AS d WHERE d.link_id = links.id), 0), sync_state,
    redirect_status, valid_since, forward_query, crawlable, fallback_url, password_hash <> '', preview_title, preview_description, preview_image,
    (SELECT coalesce(sum(h.bots), 0) FROM click_hours AS h WHERE h.link_id = links.id), variants
    FROM links)"_s;

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QVariant optionalMs(const std::optional<QDateTime> &t)
{
    return t ? QVariant(toMs(*t)) : QVariant(QMetaType::fromType<qint64>());
}

QVariant optionalInt(const std::optional<qint64> &n)
{
    return n ? QVariant(*n) : QVariant(QMetaType::fromType<qint64>());
}

bool isUniqueViolation(const QSqlError &error)
{
    return error.nativeErrorCode() == u"2067"_s || error.nativeErrorCode() == u"1555"_s
        || error.text().contains(u"UNIQUE constraint failed"_s);
}

// The column a query sorts by, and whether it compares ignoring case.
struct SortColumn
{
    QString name;
    bool noCase = false;

    QString sql() const { return noCase ? name + u" COLLATE NOCASE"_s : name; }
};

SortColumn sortColumn(const LinkQuery &query)
{
    switch (query.sortKey) {
    case LinkQuery::SortKey::ShortUrl:
        return {u"slug"_s, true};
    case LinkQuery::SortKey::Destination:
        return {u"destination"_s, false};
    case LinkQuery::SortKey::Title:
        return {u"title"_s, true};
    case LinkQuery::SortKey::Tags:
        return {u"tags"_s, true};
    case LinkQuery::SortKey::Campaign:
        return {u"campaign"_s, true};
    case LinkQuery::SortKey::Clicks:
        return {u"clicks"_s, false};
    case LinkQuery::SortKey::Created:
        break;
    }
    return {u"created_at"_s, false};
}

// Whether SQLite may walk the sort column's index for the order: not when a few rows are
// looked up by their ids and sorted (it would walk the index, testing each entry's id).
enum class SortIndex { Walk, DoNotWalk };

QString orderBy(const LinkQuery &query, SortIndex index = SortIndex::Walk)
{
    const QString dir = query.order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    // id breaks ties so that paging is stable.
    return u" ORDER BY "_s + (index == SortIndex::DoNotWalk ? u"+"_s : QString()) + sortColumn(query).sql() + u' ' + dir
        + u", links.id "_s + dir;
}

// The WHERE clause for a query, with its bound values in order.
struct Where
{
    QString sql;
    QVariantList values;
};

// One or two characters: too short for the trigram index and too common to scan a million
// rows for. They match the start of the back-half, title, tags or campaign instead, as
// range scans over those columns' case-insensitive indexes (which SQLite unites). Written
// "+slug", the comparison is the same but no index can serve it.
QString prefixRanges(const QString &text, bool useIndexes, QVariantList &values)
{
    QString upper = text;
    upper[upper.size() - 1] = QChar(upper.back().unicode() + 1);
    const QString range = useIndexes ? u"(%1 >= ? COLLATE NOCASE AND %1 < ? COLLATE NOCASE)"_s
                                     : u"(+%1 >= ? COLLATE NOCASE AND +%1 < ? COLLATE NOCASE)"_s;
    QStringList ranges;
    for (const char *column : {"slug", "title", "tags", "campaign"}) {
        ranges << range.arg(QLatin1StringView(column));
        values << QVariant(text) << QVariant(upper);
    }
    return ranges.join(u" OR "_s);
}

// The ids of the links whose text matches, as a SELECT of its own (text not empty). Its
// indexes stream the matches, so a LIMIT stops them early.
Where matchingIds(const QString &text)
{
    Where w;
    if (text.size() >= 3) {
        // The trigram index finds any substring of three or more characters.
        QString phrase = text;
        phrase.replace(u'"', u"\"\""_s);
        w.sql = u"SELECT rowid FROM links_fts WHERE links_fts MATCH ?"_s;
        w.values << QVariant(u'"' + phrase + u'"');
        return w;
    }
    w.sql = u"SELECT links.id FROM links WHERE "_s + prefixRanges(text, true, w.values);
    return w;
}

// How the WHERE clause tests the filter text.
enum class TextTest {
    Indexed,   // membership in matchingIds(): SQLite collects the matches first
    PerRow,    // the same test on each row as it comes, using no index, so that SQLite walks the sort order
};

// The condition the filter text puts on a link, or an empty one without text.
Where textCondition(const QString &text, TextTest test)
{
    Where w;
    if (text.isEmpty())
        return w;
    if (test == TextTest::Indexed) {
        // A query of its own, so that the ORDER BY around it cannot turn it into a walk
        // (with LIMIT ?, SQLite would walk the sort order testing the four ranges on each row).
        w = matchingIds(text);
        w.sql = u"links.id IN ("_s + w.sql + u')';
    } else if (text.size() >= 3) {
        // What the trigram index would find, decided on the row itself.
        w.sql = QLatin1StringView(TrigramMatch::FunctionName) + u"(?, slug, destination, title, tags, campaign)"_s;
        w.values << QVariant(text);
    } else {
        w.sql = u'(' + prefixRanges(text, false, w.values) + u')';
    }
    return w;
}

Where whereOf(const LinkQuery &query, TextTest textTest = TextTest::Indexed)
{
    QStringList terms;
    Where w;
    if (const Where text = textCondition(query.text.trimmed(), textTest); !text.sql.isEmpty()) {
        terms << text.sql;
        w.values << text.values;
    }
    if (query.accountId) {
        terms << u"account_id = ?"_s;
        w.values << QVariant(*query.accountId);
    }
    if (!query.tag.isEmpty()) {
        terms
            << u"links.id IN (SELECT link_id FROM link_tags JOIN tags ON tags.id = link_tags.tag_id WHERE tags.name = ?)"_s;
        w.values << QVariant(query.tag);
    }
    if (!query.campaign.isEmpty()) {
        terms << u"campaign = ? COLLATE NOCASE"_s;
        w.values << QVariant(query.campaign);
    }
    const QString withTag =
        u"links.id IN (SELECT link_id FROM link_tags JOIN tags ON tags.id = link_tags.tag_id WHERE tags.name = ?)"_s;
    if (!query.anyTags.isEmpty()) {
        QStringList any;
        for (const QString &tag : query.anyTags) {
            any << withTag;
            w.values << QVariant(tag);
        }
        terms << u'(' + any.join(u" OR "_s) + u')';
    }
    for (const QString &tag : query.allTags) {
        terms << withTag;
        w.values << QVariant(tag);
    }
    if (!query.excludeTags.isEmpty()) {
        QStringList has;
        for (const QString &tag : query.excludeTags) {
            has << withTag;
            w.values << QVariant(tag);
        }
        terms << u"NOT ("_s + has.join(query.excludeOnlyWithAllTags ? u" AND "_s : u" OR "_s) + u')';
    }
    if (!query.domain.isEmpty()) {
        terms << u"domain = ? COLLATE NOCASE"_s;
        w.values << QVariant(query.domain);
    }
    if (query.authorKeyId) {
        terms << u"author_key_id = ?"_s;
        w.values << QVariant(*query.authorKeyId);
    }
    if (query.createdFrom) {
        terms << u"created_at >= ?"_s;
        w.values << QVariant(query.createdFrom->toMSecsSinceEpoch());
    }
    if (query.createdTo) {
        terms << u"created_at <= ?"_s;
        w.values << QVariant(query.createdTo->toMSecsSinceEpoch());
    }
    if (query.excludeMaxVisitsReached)
        terms << u"(max_clicks IS NULL OR clicks < max_clicks)"_s;
    if (query.excludePastValidUntil) {
        terms << u"(expires_at IS NULL OR expires_at > ?)"_s;
        w.values << QVariant(Clock::nowMSecsSinceEpoch());
    }
    if (!terms.isEmpty())
        w.sql = u" WHERE "_s + terms.join(u" AND "_s);
    return w;
}

void bindAll(QSqlQuery &q, const Where &w)
{
    for (const QVariant &v : w.values)
        q.addBindValue(v);
}

// While it lives, the connection's statements stop once `stop` says so (SQLite asks every
// thousand or so steps of its virtual machine): the step fails with SQLITE_INTERRUPT, and
// stopped() tells that failure from others.
class StatementGuard
{
public:
    StatementGuard(sqlite3 *handle, std::function<bool()> stop)
        : m_handle(handle)
        , m_stop(std::move(stop))
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 1000, &StatementGuard::check, this);
    }
    ~StatementGuard()
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    Q_DISABLE_COPY_MOVE(StatementGuard)

    bool stopped() const { return m_stopped; }

private:
    static int check(void *self)
    {
        auto *guard = static_cast<StatementGuard *>(self);
        if (!guard->m_stopped)
            guard->m_stopped = guard->m_stop();
        return guard->m_stopped ? 1 : 0;
    }

    sqlite3 *m_handle;
    std::function<bool()> m_stop;
    bool m_stopped = false;
};

// Runs sql on the connection itself and calls row() for each result row until it returns
// false: for loops over a hundred thousand rows, where QSqlQuery's cost per row shows.
// Binds text and integers. False if the statement fails.
bool forEachRow(sqlite3 *handle, const QString &sql, const QVariantList &values,
                const std::function<bool(sqlite3_stmt *)> &row)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
        return false;
    for (int i = 0; i < values.size(); ++i) {
        if (values.at(i).typeId() == QMetaType::QString) {
            const QByteArray text = values.at(i).toString().toUtf8();
            sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(statement, i + 1, values.at(i).toLongLong());
        }
    }
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW && row(statement)) {}
    sqlite3_finalize(statement);
    return step == SQLITE_ROW || step == SQLITE_DONE;
}

// Filter text and a sort order, no other condition.
bool hasOnlyText(const LinkQuery &query)
{
    LinkQuery textOnly;
    textOnly.text = query.text;
    textOnly.sortKey = query.sortKey;
    textOnly.order = query.order;
    return query == textOnly;
}

QString limitClause(qint64 offset, int limit)
{
    return u" LIMIT %1 OFFSET %2"_s.arg(limit).arg(offset);
}

// How many links match the filter text, counting no further than `limit`. The indexes
// stream their matches and stop there, so this is quick for a broad term too.
qint64 probeMatches(const QSqlDatabase &db, const QString &text, qint64 limit)
{
    const Where w = matchingIds(text);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT count(*) FROM ("_s + w.sql + u" LIMIT ?)"_s);
    bindAll(q, w);
    q.addBindValue(limit);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return limit;
}

// Adds `by` to the name's count, dropping names that come back to no change.
void addTo(QHash<QString, qint64> &delta, const QString &name, qint64 by)
{
    qint64 &n = delta[name];
    n += by;
    if (n == 0)
        delta.remove(name);
}

// A link with these tags and this campaign came (by 1) or went (by -1).
void countLink(LinkChange &change, const QStringList &tags, const QString &campaign, qint64 by)
{
    for (const QString &tag : tags)
        addTo(change.tagDelta, tag, by);
    if (!campaign.isEmpty())
        addTo(change.campaignDelta, campaign, by);
}

QStringList tagsFromText(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u", "_s);
}

std::optional<qint64> countOn(const QSqlDatabase &db, const LinkQuery &query)
{
    const Where w = whereOf(query);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT count(*) FROM links"_s + w.sql);
    bindAll(q, w);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

}   // namespace

bool LinkChange::touchesTagsOrCampaigns() const
{
    return !countsKnown || !tagDelta.isEmpty() || !campaignDelta.isEmpty();
}

LinkRepository::LinkRepository(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{}

void LinkRepository::announce(LinkChange change)
{
    if (change.kind != LinkChange::Many && change.ids.isEmpty())
        return;
    if (change.ids.size() > ManyLinks)
        change = LinkChange{};
    emit changed(change);
}

void LinkRepository::followAccountChange(const AccountChange &change)
{
    if (change.kind == AccountChange::Removed)
        announce(LinkChange{});
}

QStringList LinkRepository::normalisedTags(const QStringList &tags)
{
    // A set of the case-folded names, not out.contains(): 20,000 tags (an API request may
    // send them) took seconds of quadratic comparisons.
    QStringList out;
    QSet<QString> seen;
    seen.reserve(tags.size());
    for (const QString &tag : tags) {
        const QString t = tag.simplified().remove(u',');
        if (!t.isEmpty() && !seen.contains(t.toCaseFolded())) {
            seen.insert(t.toCaseFolded());
            out << t;
        }
    }
    return out;
}

Link LinkRepository::fromRow(const QSqlQuery &q)
{
    Link link;
    link.id = q.value(0).toLongLong();
    link.accountId = q.value(1).toLongLong();
    link.remoteId = q.value(2).toString();
    link.domain = q.value(3).toString();
    link.slug = q.value(4).toString();
    link.shortUrl = q.value(5).toString();
    link.destination = q.value(6).toString();
    link.title = q.value(7).toString();
    const QString tags = q.value(8).toString();
    if (!tags.isEmpty())
        link.tags = tags.split(u", "_s);
    link.createdAt = fromMs(q.value(9).toLongLong());
    link.updatedAt = fromMs(q.value(10).toLongLong());
    if (!q.value(11).isNull())
        link.expiresAt = fromMs(q.value(11).toLongLong());
    if (!q.value(12).isNull())
        link.maxClicks = q.value(12).toLongLong();
    // The server counts every visit in links.clicks and bots' apart in click_hours.
    link.botClicks = q.value(24).toLongLong();
    link.clicks = qMax<qint64>(0, q.value(13).toLongLong() - link.botClicks);
    link.syncState = SyncState(q.value(14).toInt());
    link.redirectStatus = q.value(15).toInt();
    if (!q.value(16).isNull())
        link.validSince = fromMs(q.value(16).toLongLong());
    link.forwardQuery = q.value(17).toBool();
    link.crawlable = q.value(18).toBool();
    link.fallbackUrl = q.value(19).toString();
    link.passwordProtected = q.value(20).toBool();
    link.previewTitle = q.value(21).toString();
    link.previewDescription = q.value(22).toString();
    link.previewImage = q.value(23).toString();
    link.variants = LinkSplit::fromJson(q.value(25).toString());
    return link;
}

// The ids of the tags the given link has; the caller's transaction.
QList<qint64> LinkRepository::tagIdsOf(qint64 linkId) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT tag_id FROM link_tags WHERE link_id = ?"_s);
    q.addBindValue(linkId);
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

// Of these tags, removes those no link uses any more: a remote service's tags go with its
// last link. The local server's are kept, as Shlink keeps a tag without short URLs.
bool LinkRepository::removeUnusedTags(const QList<qint64> &tagIds)
{
    QSqlQuery q(m_db.connection());
    if (tagIds.isEmpty())
        return true;
    if (!q.prepare(u"DELETE FROM tags WHERE id = ? AND NOT EXISTS (SELECT 1 FROM link_tags WHERE tag_id = tags.id)"_s))
        return false;
    for (qint64 id : tagIds) {
        q.bindValue(0, id);
        if (!q.exec())
            return false;
    }
    return true;
}

Result<void> LinkRepository::writeTags(qint64 linkId, qint64 accountId, const QStringList &tags)
{
    const bool local = accountId == AccountRepository::LocalAccountId;
    const QList<qint64> before = local ? QList<qint64>() : tagIdsOf(linkId);
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM link_tags WHERE link_id = ?"_s);
    q.addBindValue(linkId);
    if (!q.exec())
        return storageError(tr("Could not save the link's tags."), q.lastError());
    // Each statement prepared once and run per tag (within the caller's transaction).
    QSqlQuery addTag(m_db.connection());
    QSqlQuery linkTag(m_db.connection());
    if (!tags.isEmpty()
        && (!addTag.prepare(u"INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING"_s)
            || !linkTag.prepare(
                u"INSERT OR IGNORE INTO link_tags(link_id, tag_id) SELECT ?, id FROM tags WHERE name = ?"_s)))
        return storageError(tr("Could not save the link's tags."),
                            addTag.lastError().isValid() ? addTag.lastError() : linkTag.lastError());
    for (const QString &tag : tags) {
        addTag.bindValue(0, tag);
        if (!addTag.exec())
            return storageError(tr("Could not save the link's tags."), addTag.lastError());
        linkTag.bindValue(0, linkId);
        linkTag.bindValue(1, tag);
        if (!linkTag.exec())
            return storageError(tr("Could not save the link's tags."), linkTag.lastError());
    }
    if (!removeUnusedTags(before))
        return storageError(tr("Could not save the link's tags."), q.lastError());
    return {};
}

namespace {
const QString insertSql =
    uR"(INSERT INTO links(account_id, remote_id, domain, slug, short_url, destination, title, tags,
    campaign, created_at, updated_at, expires_at, max_clicks, clicks, sync_state, redirect_status, valid_since,
    forward_query, crawlable, fallback_url, preview_title, preview_description, preview_image, variants)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s;

// A link's values in the column order of insertSql (and of the account sync's UPDATE).
QVariantList columnValues(const Link &link, SyncState state)
{
    return {link.accountId,
            sqlText(link.remoteId),
            sqlText(link.domain),
            sqlText(link.slug),
            sqlText(link.shortUrl),
            sqlText(link.destination),
            sqlText(link.title),
            sqlText(link.tags.join(u", "_s)),
            sqlText(link.campaign()),
            toMs(link.createdAt),
            toMs(link.updatedAt),
            optionalMs(link.expiresAt),
            optionalInt(link.maxClicks),
            link.clicks,
            int(state),
            link.redirectStatus,
            optionalMs(link.validSince),
            int(link.forwardQuery),
            int(link.crawlable),
            sqlText(link.fallbackUrl),
            sqlText(link.previewTitle),
            sqlText(link.previewDescription),
            sqlText(link.previewImage),
            sqlText(LinkSplit::toJson(link.variants))};
}

// Links written with one INSERT ... SELECT over a JSON array of their rows, not one INSERT
// each, from this many on. Each statement that fires the links_fts trigger opens a statement
// savepoint, and SQLite's FTS5 (3.40) writes its pending index data to disk at every
// savepoint: one INSERT per row makes one tiny index segment per row, merged over and over,
// which was two thirds of a 100,000-row import. One statement keeps the batch's index data
// in memory and writes it once. The same triggers run for every row, so the search index,
// the server's change log and links_version end as the per-row INSERTs leave them.
constexpr int InsertAtOnceFrom = 8;
// Rows per statement: the JSON text of a few thousand rows is a few MB at most.
constexpr int InsertAtOnceChunk = 10000;

QJsonValue jsonOf(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return value.toString();
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble();
    default:
        return value.toLongLong();
    }
}

// The INSERT of insertSql with its values taken from the rows of a JSON array (each an array
// in insertSql's column order), returning each new row's id with its domain and back-half.
QString insertFromJsonSql()
{
    const qsizetype open = insertSql.indexOf(u'(');
    const qsizetype close = insertSql.indexOf(u')', open);
    const int columns = int(insertSql.mid(open, close - open).count(u',')) + 1;
    QStringList values;
    for (int i = 0; i < columns; ++i)
        values << u"value->>%1"_s.arg(i);
    return insertSql.left(close + 1) + u" SELECT "_s + values.join(u", "_s)
        + u" FROM json_each(?) RETURNING id, domain, slug"_s;
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Inserts the links (tags normalised, times set) and their tags in a few statements, within
// the caller's transaction: the ids in the order of `links`, or the first statement's error
// (a back-half taken, say) after which the caller rolls the transaction back.
std::optional<QList<qint64>> insertAtOnce(QSqlDatabase &db, const QList<Link> &links, QSqlError *error)
{
    QList<qint64> ids;
    ids.reserve(links.size());
    QSqlQuery insert(db);
    QSqlQuery addTags(db);
    QSqlQuery tagIds(db);
    QSqlQuery linkTags(db);
    tagIds.setForwardOnly(true);
    // Tags: the batch's names (a few) made and looked up once, as the tags table compares
    // them (NOCASE); then every link's tag ids in one statement.
    if (!insert.prepare(insertFromJsonSql())
        || !addTags.prepare(
            u"INSERT INTO tags(name) SELECT value FROM json_each(?) WHERE true ON CONFLICT(name) DO NOTHING"_s)
        || !tagIds.prepare(u"SELECT j.key, tags.id FROM json_each(?) AS j JOIN tags ON tags.name = j.value"_s)
        || !linkTags.prepare(uR"(INSERT OR IGNORE INTO link_tags(link_id, tag_id)
            SELECT value->>0, value->>1 FROM json_each(?))"_s)) {
        for (const QSqlQuery *q : {&insert, &addTags, &tagIds, &linkTags}) {
            if (q->lastError().isValid())
                *error = q->lastError();
        }
        return std::nullopt;
    }
    for (qsizetype from = 0; from < links.size(); from += InsertAtOnceChunk) {
        const QList<Link> chunk = links.mid(from, InsertAtOnceChunk);
        QJsonArray rows;
        for (const Link &link : chunk) {
            QJsonArray row;
            for (const QVariant &value : columnValues(link, link.syncState))
                row.append(jsonOf(value));
            rows.append(row);
        }
        insert.bindValue(0, jsonText(rows));
        if (!insert.exec()) {
            *error = insert.lastError();
            return std::nullopt;
        }
        // RETURNING names no order: the rows are found again by domain and back-half, which
        // the unique index keeps apart.
        QHash<QString, qint64> idOf;
        idOf.reserve(chunk.size());
        while (insert.next())
            idOf.insert(insert.value(1).toString() + u'\n' + insert.value(2).toString(), insert.value(0).toLongLong());
        insert.finish();
        QStringList names;
        QHash<QString, qsizetype> nameIndex;
        for (const Link &link : chunk) {
            const qint64 id = idOf.value(sqlText(link.domain).toString() + u'\n' + sqlText(link.slug).toString());
            if (id == 0) {
                *error = QSqlError(u"A link written at once was not found again."_s, {}, QSqlError::UnknownError);
                return std::nullopt;
            }
            ids << id;
            for (const QString &tag : link.tags) {
                if (!nameIndex.contains(tag)) {
                    nameIndex.insert(tag, names.size());
                    names << tag;
                }
            }
        }
        if (names.isEmpty())
            continue;
        const QString namesJson = jsonText(QJsonArray::fromStringList(names));
        addTags.bindValue(0, namesJson);
        if (!addTags.exec()) {
            *error = addTags.lastError();
            return std::nullopt;
        }
        tagIds.bindValue(0, namesJson);
        if (!tagIds.exec()) {
            *error = tagIds.lastError();
            return std::nullopt;
        }
        QList<qint64> idOfName(names.size(), 0);
        while (tagIds.next())
            idOfName[tagIds.value(0).toLongLong()] = tagIds.value(1).toLongLong();
        tagIds.finish();
        QString pairs;
        pairs.reserve(chunk.size() * 16);
        pairs += u'[';
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            for (const QString &tag : chunk.at(i).tags) {
                const qint64 tagId = idOfName.at(nameIndex.value(tag));
                if (tagId == 0) {
                    *error = QSqlError(u"A tag written at once was not found again."_s, {}, QSqlError::UnknownError);
                    return std::nullopt;
                }
                if (pairs.size() > 1)
                    pairs += u',';
                pairs += u'[' + QString::number(ids.at(from + i)) + u',' + QString::number(tagId) + u']';
            }
        }
        pairs += u']';
        linkTags.bindValue(0, pairs);
        if (!linkTags.exec()) {
            *error = linkTags.lastError();
            return std::nullopt;
        }
    }
    return ids;
}
}   // namespace

Result<qint64> LinkRepository::insertRow(QSqlQuery &q, const Link &link)
{
    const QVariantList values = columnValues(link, link.syncState);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        if (isUniqueViolation(error)) {
            return Error::make(
                Error::Kind::SlugTaken,
                tr("The back-half “%1” is already used on %2. Choose another one.").arg(link.slug, link.domain),
                error.text());
        }
        return storageError(tr("Could not save the link."), error);
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!link.tags.isEmpty()) {
        if (auto r = writeTags(id, link.accountId, link.tags); !r)
            return r.error();
    }
    return id;
}

Result<Link> LinkRepository::insert(Link link, const QByteArray &passwordHash)
{
    auto stored = insertAll({link}, passwordHash);
    if (!stored)
        return stored.error();
    return *find(m_lastInsertId);
}

Result<int> LinkRepository::insertMany(const QList<Link> &links)
{
    return insertAll(links, {});
}

Result<int> LinkRepository::insertAll(const QList<Link> &links, const QByteArray &passwordHash)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return storageError(tr("Could not save the link."), db.lastError());
    const QDateTime now = Clock::nowUtc();
    QList<Link> rows;
    rows.reserve(links.size());
    for (Link link : links) {
        link.tags = normalisedTags(link.tags);
        if (!link.createdAt.isValid())
            link.createdAt = now;
        if (!link.updatedAt.isValid())
            link.updatedAt = link.createdAt;
        rows << link;
    }
    LinkChange change{LinkChange::Inserted, {}, {}, {}, true};
    if (passwordHash.isEmpty() && rows.size() >= InsertAtOnceFrom) {
        QSqlError error;
        if (const auto ids = insertAtOnce(db, rows, &error)) {
            if (!db.commit()) {
                const QSqlError commitError = db.lastError();
                db.rollback();
                return storageError(tr("Could not save the link."), commitError);
            }
            for (qsizetype i = 0; i < rows.size(); ++i)
                countLink(change, rows.at(i).tags, rows.at(i).campaign(), 1);
            change.ids = *ids;
            m_lastInsertId = ids->constLast();
            announce(std::move(change));
            return int(rows.size());
        }
        // Nothing of it stays; the rows one by one find the one at fault and name it.
        db.rollback();
        if (!db.transaction())
            return storageError(tr("Could not save the link."), db.lastError());
    }
    QSqlQuery q(db);
    q.prepare(insertSql);
    for (const Link &link : std::as_const(rows)) {
        const auto id = insertRow(q, link);
        if (!id) {
            q.finish();
            db.rollback();
            return id.error();
        }
        if (!passwordHash.isEmpty()) {
            // In the same transaction: the link is never served without its password.
            QSqlQuery protect(db);
            protect.prepare(u"UPDATE links SET password_hash = ? WHERE id = ?"_s);
            protect.addBindValue(QString::fromLatin1(passwordHash));
            protect.addBindValue(*id);
            if (!protect.exec()) {
                const QSqlError error = protect.lastError();
                protect.finish();
                q.finish();
                db.rollback();
                return storageError(tr("Could not save the link."), error);
            }
        }
        m_lastInsertId = *id;
        change.ids << *id;
        countLink(change, link.tags, link.campaign(), 1);
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return storageError(tr("Could not save the link."), error);
    }
    announce(std::move(change));
    return int(links.size());
}

Result<Link> LinkRepository::setPasswordHash(qint64 id, const QByteArray &passwordHash)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE links SET password_hash = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(sqlText(QString::fromLatin1(passwordHash)));
    q.addBindValue(toMs(Clock::nowUtc()));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(tr("Could not save the link's password."), q.lastError());
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, tr("The link no longer exists; it may have been deleted."));
    q.finish();
    announce(LinkChange{LinkChange::Updated, {id}, {}, {}, true});
    return *find(id);
}

Result<int> LinkRepository::moveDomain(qint64 accountId, const QString &from, const QString &to,
                                       const QString &urlPrefix)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return storageError(tr("Could not change the address of the links."), db.lastError());
    auto fail = [&](Error error) -> Result<int> {
        db.rollback();
        return error;
    };
    QList<qint64> ids;
    {
        QSqlQuery taken(db);
        taken.prepare(uR"(SELECT a.slug FROM links a JOIN links b ON b.account_id = a.account_id
                          AND b.domain = ? AND b.slug = a.slug AND b.id <> a.id
                          WHERE a.account_id = ? AND a.domain = ? ORDER BY a.slug LIMIT 5)"_s);
        taken.addBindValue(to);
        taken.addBindValue(accountId);
        taken.addBindValue(from);
        if (!taken.exec())
            return fail(storageError(tr("Could not change the address of the links."), taken.lastError()));
        QStringList slugs;
        while (taken.next())
            slugs << taken.value(0).toString();
        if (!slugs.isEmpty() && from != to) {
            return fail(Error::make(Error::Kind::SlugTaken,
                                    tr("The back-halves %1 are already used on %2, so the links cannot move there. "
                                       "Nothing was changed.")
                                        .arg(slugs.join(u", "_s), to)));
        }
        QSqlQuery q(db);
        q.prepare(u"SELECT id FROM links WHERE account_id = ? AND domain = ? LIMIT ?"_s);
        q.addBindValue(accountId);
        q.addBindValue(from);
        q.addBindValue(ManyLinks + 1);
        if (!q.exec())
            return fail(storageError(tr("Could not change the address of the links."), q.lastError()));
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    // The same domain: only the short URLs (the scheme changed), and the server is not told.
    QSqlQuery q(db);
    if (from == to) {
        q.prepare(u"UPDATE links SET short_url = ? || slug WHERE account_id = ? AND domain = ?"_s);
    } else {
        q.prepare(u"UPDATE links SET domain = ?, short_url = ? || slug WHERE account_id = ? AND domain = ?"_s);
        q.addBindValue(to);
    }
    q.addBindValue(urlPrefix);
    q.addBindValue(accountId);
    q.addBindValue(from);
    if (!q.exec())
        return fail(storageError(tr("Could not change the address of the links."), q.lastError()));
    const int moved = q.numRowsAffected();
    q.finish();
    if (!db.commit())
        return fail(storageError(tr("Could not change the address of the links."), db.lastError()));
    announce(ids.size() > ManyLinks ? LinkChange{} : LinkChange{LinkChange::Updated, ids, {}, {}, true});
    return moved;
}

std::optional<Link> LinkRepository::findByRemoteId(qint64 accountId, const QString &remoteId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectColumns + u" WHERE account_id = ? AND remote_id = ?"_s);
    q.addBindValue(accountId);
    q.addBindValue(remoteId);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

namespace {
std::optional<qint64> msOf(const std::optional<QDateTime> &t)
{
    return t ? std::optional<qint64>(toMs(*t)) : std::nullopt;
}

// Whether a synced row holds what upsertRemote() would write over it already.
bool holds(const Link &row, const Link &link)
{
    return row.syncState == SyncState::Synced && row.remoteId == link.remoteId && row.domain == link.domain
        && row.slug == link.slug && row.shortUrl == link.shortUrl && row.destination == link.destination
        && row.title == link.title && row.tags.join(u", "_s) == link.tags.join(u", "_s)
        && toMs(row.createdAt) == toMs(link.createdAt) && toMs(row.updatedAt) == toMs(link.updatedAt)
        && msOf(row.expiresAt) == msOf(link.expiresAt) && row.maxClicks == link.maxClicks && row.clicks == link.clicks
        && row.redirectStatus == link.redirectStatus && msOf(row.validSince) == msOf(link.validSince)
        && row.forwardQuery == link.forwardQuery && row.crawlable == link.crawlable
        && row.fallbackUrl == link.fallbackUrl && row.previewTitle == link.previewTitle
        && row.previewDescription == link.previewDescription && row.previewImage == link.previewImage
        && row.variants == link.variants;
}
}   // namespace

Result<int> LinkRepository::upsertRemote(qint64 accountId, const QList<Link> &links)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return storageError(tr("Could not save the links of the account."), db.lastError());
    QSqlQuery find(db);
    find.prepare(selectColumns + u" WHERE account_id = ? AND remote_id = ?"_s);
    QSqlQuery insert(db);
    insert.prepare(insertSql);
    QSqlQuery update(db);
    update.prepare(uR"(UPDATE links SET account_id = ?, remote_id = ?, domain = ?, slug = ?, short_url = ?,
        destination = ?, title = ?, tags = ?, campaign = ?, created_at = ?, updated_at = ?, expires_at = ?,
        max_clicks = ?, clicks = ?, sync_state = ?, redirect_status = ?, valid_since = ?, forward_query = ?,
        crawlable = ?, fallback_url = ?, preview_title = ?, preview_description = ?, preview_image = ?, variants = ?
        WHERE id = ?)"_s);
    const auto fail = [&](const QSqlError &error) -> Result<int> {
        find.finish();
        insert.finish();
        update.finish();
        db.rollback();
        return storageError(tr("Could not save the links of the account."), error);
    };
    int written = 0;
    LinkChange inserted{LinkChange::Inserted, {}, {}, {}, true};
    LinkChange updated{LinkChange::Updated, {}, {}, {}, true};
    for (Link link : links) {
        link.accountId = accountId;
        link.tags = normalisedTags(link.tags);
        if (!link.createdAt.isValid())
            link.createdAt = Clock::nowUtc();
        if (!link.updatedAt.isValid())
            link.updatedAt = link.createdAt;
        find.addBindValue(accountId);
        find.addBindValue(link.remoteId);
        if (!find.exec())
            return fail(find.lastError());
        std::optional<Link> row;
        if (find.next()) {
            row = fromRow(find);
            if (row->syncState != SyncState::Synced)
                continue;   // a local edit waits to be sent: it wins until then
        }
        find.finish();
        if (!row) {
            const auto id = insertRow(insert, link);
            if (!id) {
                if (id.error().kind == Error::Kind::SlugTaken)
                    continue;   // a pending local row holds this back-half; it is replaced when sent
                return fail(insert.lastError());
            }
            inserted.ids << *id;
            countLink(inserted, link.tags, link.campaign(), 1);
        } else if (!holds(*row, link)) {
            QVariantList values = columnValues(link, SyncState::Synced);
            values << row->id;
            for (int i = 0; i < values.size(); ++i)
                update.bindValue(i, values[i]);
            if (!update.exec())
                return fail(update.lastError());
            if (auto r = writeTags(row->id, link.accountId, link.tags); !r) {
                db.rollback();
                return r.error();
            }
            updated.ids << row->id;
            countLink(updated, row->tags, row->campaign(), -1);
            countLink(updated, link.tags, link.campaign(), 1);
        }
        ++written;
    }
    if (!db.commit())
        return fail(db.lastError());
    if (inserted.ids.size() + updated.ids.size() > ManyLinks) {
        announce(LinkChange{});
    } else {
        announce(std::move(inserted));
        announce(std::move(updated));
    }
    return written;
}

Result<int> LinkRepository::removeRemoteExcept(qint64 accountId, const QSet<QString> &seenRemoteIds)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT id, remote_id, tags, campaign FROM links WHERE account_id = ? AND sync_state = 0"_s);
    q.addBindValue(accountId);
    if (!q.exec())
        return storageError(tr("Could not update the links of the account."), q.lastError());
    QList<qint64> gone;
    LinkChange change{LinkChange::Removed, {}, {}, {}, true};
    while (q.next()) {
        if (!seenRemoteIds.contains(q.value(1).toString())) {
            gone << q.value(0).toLongLong();
            countLink(change, tagsFromText(q.value(2).toString()), q.value(3).toString(), -1);
        }
    }
    q.finish();
    if (gone.isEmpty())
        return 0;
    // Read before the transaction: in WAL mode a transaction that reads first and writes later
    // fails at once (SQLITE_BUSY, no waiting) when another connection wrote in between.
    QList<qint64> goneTags;
    for (qint64 id : std::as_const(gone))
        goneTags << tagIdsOf(id);
    if (!db.transaction())
        return storageError(tr("Could not update the links of the account."), db.lastError());
    q.prepare(u"DELETE FROM links WHERE id = ?"_s);
    for (qint64 id : std::as_const(gone)) {
        q.addBindValue(id);
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            db.rollback();
            return storageError(tr("Could not update the links of the account."), error);
        }
    }
    removeUnusedTags(goneTags);
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return storageError(tr("Could not update the links of the account."), error);
    }
    change.ids = gone;
    announce(std::move(change));
    return int(gone.size());
}

Result<Link> LinkRepository::update(Link link)
{
    QSqlDatabase db = m_db.connection();
    link.tags = normalisedTags(link.tags);
    link.updatedAt = Clock::nowUtc();
    // The tags and campaign it had, read before the transaction (whose first statement must
    // write, see remove()).
    LinkChange change{LinkChange::Updated, {link.id}, {}, {}, true};
    QSqlQuery q(db);
    q.prepare(u"SELECT tags, campaign FROM links WHERE id = ?"_s);
    q.addBindValue(link.id);
    if (q.exec() && q.next())
        countLink(change, tagsFromText(q.value(0).toString()), q.value(1).toString(), -1);
    q.finish();
    countLink(change, link.tags, link.campaign(), 1);
    if (!db.transaction())
        return storageError(tr("Could not save the link."), db.lastError());
    // A local link's clicks are linkdeck-server's to count (account 1): an edit never writes
    // back the number it read, which clicks counted since would overwrite.
    q.prepare(uR"(UPDATE links SET account_id = ?, remote_id = ?, domain = ?, slug = ?, short_url = ?, destination = ?,
        title = ?, tags = ?, campaign = ?, updated_at = ?, expires_at = ?, max_clicks = ?,
        clicks = CASE WHEN account_id = 1 THEN clicks ELSE ? END, sync_state = ?,
        redirect_status = ?, valid_since = ?, forward_query = ?, crawlable = ?, fallback_url = ?, preview_title = ?,
        preview_description = ?, preview_image = ?, variants = ? WHERE id = ?)"_s);
    q.addBindValue(link.accountId);
    q.addBindValue(sqlText(link.remoteId));
    q.addBindValue(sqlText(link.domain));
    q.addBindValue(sqlText(link.slug));
    q.addBindValue(sqlText(link.shortUrl));
    q.addBindValue(sqlText(link.destination));
    q.addBindValue(sqlText(link.title));
    q.addBindValue(sqlText(link.tags.join(u", "_s)));
    q.addBindValue(sqlText(link.campaign()));
    q.addBindValue(toMs(link.updatedAt));
    q.addBindValue(optionalMs(link.expiresAt));
    q.addBindValue(optionalInt(link.maxClicks));
    q.addBindValue(link.clicks);
    q.addBindValue(int(link.syncState));
    q.addBindValue(link.redirectStatus);
    q.addBindValue(optionalMs(link.validSince));
    q.addBindValue(int(link.forwardQuery));
    q.addBindValue(int(link.crawlable));
    q.addBindValue(sqlText(link.fallbackUrl));
    q.addBindValue(sqlText(link.previewTitle));
    q.addBindValue(sqlText(link.previewDescription));
    q.addBindValue(sqlText(link.previewImage));
    q.addBindValue(sqlText(LinkSplit::toJson(link.variants)));
    q.addBindValue(link.id);
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        db.rollback();
        if (isUniqueViolation(error)) {
            return Error::make(
                Error::Kind::SlugTaken,
                tr("The back-half “%1” is already used on %2. Choose another one.").arg(link.slug, link.domain),
                error.text());
        }
        return storageError(tr("Could not save the link."), error);
    }
    if (q.numRowsAffected() == 0) {
        db.rollback();
        return Error::make(Error::Kind::NotFound, tr("The link no longer exists; it may have been deleted."));
    }
    if (auto r = writeTags(link.id, link.accountId, link.tags); !r) {
        db.rollback();
        return r.error();
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return storageError(tr("Could not save the link."), error);
    }
    announce(std::move(change));
    return link;
}

Result<void> LinkRepository::remove(qint64 id)
{
    QSqlDatabase db = m_db.connection();
    // Read before the transaction, whose first statement must write: in WAL mode a transaction
    // that reads first and writes later fails at once (SQLITE_BUSY, no waiting) when another
    // connection (the click writer) wrote in between.
    QSqlQuery q(db);
    q.prepare(u"SELECT account_id, tags, campaign FROM links WHERE id = ?"_s);
    q.addBindValue(id);
    LinkChange change{LinkChange::Removed, {id}, {}, {}, true};
    bool remote = false;
    if (q.exec() && q.next()) {
        remote = q.value(0).toLongLong() != AccountRepository::LocalAccountId;
        countLink(change, tagsFromText(q.value(1).toString()), q.value(2).toString(), -1);
    }
    q.finish();
    const QList<qint64> tagIds = remote ? tagIdsOf(id) : QList<qint64>();
    if (!db.transaction())
        return storageError(tr("Could not delete the link."), db.lastError());
    q.prepare(u"DELETE FROM links WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        db.rollback();
        return storageError(tr("Could not delete the link."), error);
    }
    if (q.numRowsAffected() == 0) {
        db.rollback();
        return Error::make(Error::Kind::NotFound, tr("The link no longer exists; it may have been deleted already."));
    }
    if (!removeUnusedTags(tagIds)) {
        const QSqlError error = q.lastError();
        db.rollback();
        return storageError(tr("Could not delete the link."), error);
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return storageError(tr("Could not delete the link."), error);
    }
    announce(std::move(change));
    return {};
}

std::optional<Link> LinkRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectColumns + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

std::optional<Link> LinkRepository::findBySlug(const QString &domain, const QString &slug, qint64 accountId,
                                               Qt::CaseSensitivity cs) const
{
    QSqlQuery q(m_db.connection());
    // Exact first (the unique index), ignoring case only when asked.
    q.prepare(
        selectColumns
        + (cs == Qt::CaseSensitive
               ? u" WHERE domain = ? AND slug = ? AND account_id = ?"_s
               : u" WHERE domain = ? AND slug = ? COLLATE NOCASE AND account_id = ? ORDER BY slug = ? DESC LIMIT 1"_s));
    q.addBindValue(domain);
    q.addBindValue(slug);
    q.addBindValue(accountId);
    if (cs == Qt::CaseInsensitive)
        q.addBindValue(slug);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

bool LinkRepository::isSlugTaken(const QString &domain, const QString &slug, qint64 exceptId, qint64 accountId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT 1 FROM links WHERE domain = ? AND slug = ? AND id <> ? AND account_id = ?"_s);
    q.addBindValue(domain);
    q.addBindValue(slug);
    q.addBindValue(exceptId);
    q.addBindValue(accountId);
    return q.exec() && q.next();
}

qint64 LinkRepository::count(const LinkQuery &query) const
{
    return countOn(m_db.connection(), query).value_or(0);
}

QFuture<qint64> LinkRepository::countAsync(const LinkQuery &query) const
{
    auto promise = std::make_shared<QPromise<qint64>>();
    QFuture<qint64> future = promise->future();
    promise->start();
    const QString path = m_db.path();
    if (path.isEmpty() || path == u":memory:") {
        // No other connection sees an in-memory database: count on this one, from the event loop.
        QMetaObject::invokeMethod(
            const_cast<LinkRepository *>(this),
            [this, promise, query] {
                if (!promise->isCanceled()) {
                    if (const auto n = countOn(m_db.connection(), query))
                        promise->addResult(*n);
                }
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }
    QThreadPool::globalInstance()->start([promise, path, query] {
        if (!promise->isCanceled()) {
            Database db;   // this thread's own connection; WAL lets it read while the app writes
            if (db.open(path)) {
                const StatementGuard guard(sqliteHandle(db.connection()), [&promise] { return promise->isCanceled(); });
                if (const auto n = countOn(db.connection(), query); n && !promise->isCanceled())
                    promise->addResult(*n);
            }
        }
        promise->finish();
    });
    return future;
}

QHash<qint64, ClickCount> LinkRepository::clickCounts(const QList<qint64> &ids) const
{
    QHash<qint64, ClickCount> out;
    if (ids.isEmpty())
        return out;
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(
            u"SELECT id, links.clicks + coalesce((SELECT d.clicks FROM link_click_deltas AS d WHERE d.link_id = links.id), 0), "
            u"(SELECT coalesce(sum(h.bots), 0) FROM click_hours AS h WHERE h.link_id = links.id) "
            u"FROM links WHERE id IN (%1)"_s.arg(list.join(u',')))) {
        while (q.next()) {
            const qint64 bots = q.value(2).toLongLong();
            out.insert(q.value(0).toLongLong(), ClickCount{qMax<qint64>(0, q.value(1).toLongLong() - bots), bots});
        }
    }
    return out;
}

qint64 LinkRepository::totalCount() const
{
    return count(LinkQuery{});
}

QList<Link> LinkRepository::fetch(const LinkQuery &query, qint64 offset, int limit, FetchPlan plan) const
{
    if (query.text.trimmed().isEmpty()) {
        // Without filter text the sort column's index serves the page directly.
        const Where w = whereOf(query);
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(selectColumns + w.sql + orderBy(query) + u" LIMIT ? OFFSET ?"_s);
        bindAll(q, w);
        q.addBindValue(limit);
        q.addBindValue(offset);
        QList<Link> out;
        if (!q.exec())
            return out;
        out.reserve(qMin(limit, 1024));   // the rows there are, not the page size asked for
        while (q.next())
            out << fromRow(q);
        // The list now shows this order: a filter typed next finds its page along it at once.
        if (offset == 0 && hasOnlyText(query))
            keptOrder(query, KeepOrder::IfMany);
        return out;
    }
    // A broad term matches often along any sort order: walking the order and testing each
    // row finds a page after a few hundred rows, while the set of its matches (half a
    // million for "newsletter") takes seconds to collect and sort. A narrow term is the
    // other way round. So: a term with few matches takes the set; others walk for a
    // moment, and if that does not find the page (the matches are rare, or lie further
    // along this order), collect the matches and find the page along the order kept in
    // memory, or else along the sort column's index or by sorting them, whichever costs less.
    if (plan == FetchPlan::SortWalk)
        return walkSortOrder(query, offset, limit, -1).value_or(QList<Link>());
    if (plan == FetchPlan::IndexOverMatchSet || plan == FetchPlan::SortedMatchSet || plan == FetchPlan::KeptOrder
        || plan == FetchPlan::AfterWalk) {
        if (const std::optional<MatchBits> matches = collectMatches(query)) {
            if (const auto ids = pageOfMatches(query, *matches, offset, limit, plan))
                return rowsOf(*ids);
        }
        return fetchMatchSet(query, offset, limit);
    }
    if (plan == FetchPlan::Automatic
        && probeMatches(m_db.connection(), query.text.trimmed(), FewMatches) >= FewMatches) {
        if (auto rows = walkSortOrder(query, offset, limit, WalkBudgetMs))
            return *rows;
        // The matches lie further along this order than the walk went.
        if (const std::optional<MatchBits> matches = collectMatches(query)) {
            if (const auto ids = pageOfMatches(query, *matches, offset, limit, FetchPlan::AfterWalk))
                return rowsOf(*ids);
        }
    }
    return fetchMatchSet(query, offset, limit);
}

LinkRepository::FetchPlan LinkRepository::planAfterWalk(const LinkQuery &query, qint64 offset, int limit) const
{
    if (const std::optional<MatchBits> matches = collectMatches(query))
        return planAfterWalk(query, *matches, offset, limit, nullptr);
    return FetchPlan::MatchSet;
}

LinkRepository::FetchPlan LinkRepository::planAfterWalk(const LinkQuery &query, const MatchBits &matches, qint64 offset,
                                                        int limit, std::shared_ptr<const SortOrders::Ids> *order) const
{
    if (auto kept = keptOrder(query, KeepOrder::IfMany)) {
        if (order)
            *order = std::move(kept);
        return FetchPlan::KeptOrder;
    }
    return walkingBeatsSorting(query, matches, offset, limit) ? FetchPlan::IndexOverMatchSet
                                                              : FetchPlan::SortedMatchSet;
}

std::optional<QList<qint64>> LinkRepository::pageOfMatches(const LinkQuery &query, const MatchBits &matches,
                                                           qint64 offset, int limit, FetchPlan plan) const
{
    std::shared_ptr<const SortOrders::Ids> order;
    if (plan == FetchPlan::AfterWalk)
        plan = planAfterWalk(query, matches, offset, limit, &order);
    switch (plan) {
    case FetchPlan::KeptOrder:
        if (!order) {
            order = keptOrder(query, KeepOrder::Always);
            if (!order) {
                m_orders.waitForPending();
                order = keptOrder(query, KeepOrder::No);
            }
        }
        if (!order)
            return std::nullopt;
        return walkKeptOrder(query, matches, *order, offset, limit);
    case FetchPlan::IndexOverMatchSet:
        return walkIndexOverMatches(query, matches, offset, limit);
    case FetchPlan::SortedMatchSet:
        return sortMatches(query, matches, offset, limit);
    default:
        return std::nullopt;
    }
}

std::optional<QList<Link>> LinkRepository::walkSortOrder(const LinkQuery &query, qint64 offset, int limit,
                                                         int budgetMs) const
{
    const QSqlDatabase db = m_db.connection();
    sqlite3 *handle = sqliteHandle(db);
    if (!TrigramMatch::ensureRegistered(handle))
        return std::nullopt;
    const Where w = whereOf(query, TextTest::PerRow);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // A literal LIMIT: knowing it is small, SQLite walks the sort column's index.
    if (!q.prepare(selectColumns + w.sql + orderBy(query) + limitClause(offset, limit)))
        return std::nullopt;
    bindAll(q, w);
    QList<Link> out;
    QElapsedTimer clock;
    clock.start();
    const auto outOfTime = [&] {
        if (budgetMs < 0)
            return false;
        const double elapsed = double(clock.nsecsElapsed()) / 1e6;
        if (elapsed >= budgetMs)
            return true;
        // A walk finding its rows far too slowly to finish in time (they lie further along
        // this order) gives up early. Rows skipped by OFFSET do not show, so only on page one.
        const qint64 found = out.size();
        return offset == 0 && elapsed >= budgetMs / 5.0 && elapsed * limit > 2.0 * budgetMs * double(found + 1);
    };
    const StatementGuard guard(handle, outOfTime);
    if (!q.exec())
        return std::nullopt;
    while (q.next())
        out << fromRow(q);
    if (guard.stopped() || q.lastError().isValid())
        return std::nullopt;
    return out;
}

QList<Link> LinkRepository::fetchMatchSet(const LinkQuery &query, qint64 offset, int limit) const
{
    // The ids first, then their rows: SQLite sorts ids and sort keys instead of whole rows,
    // several times faster when many rows match.
    const Where w = whereOf(query);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT links.id FROM links"_s + w.sql + orderBy(query) + limitClause(offset, limit));
    bindAll(q, w);
    QList<qint64> ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return rowsOf(ids);
}

std::optional<MatchBits> LinkRepository::collectMatches(const LinkQuery &query) const
{
    sqlite3 *handle = sqliteHandle(m_db.connection());
    if (!handle || !hasOnlyText(query))
        return std::nullopt;   // other conditions would need the rows, not just the index
    const Where match = matchingIds(query.text.trimmed());
    constexpr qint64 maxId = qint64(1) << 32;
    MatchBits out;
    bool usable = true;
    const bool collected = forEachRow(handle, match.sql, match.values, [&](sqlite3_stmt *row) {
        const qint64 id = sqlite3_column_int64(row, 0);
        if (id < 0 || id >= maxId) {
            usable = false;
            return false;
        }
        if (std::size_t(id / 64) >= out.bits.size())
            out.bits.resize(std::size_t(id / 64) + 1 + out.bits.size() / 2);
        out.bits[std::size_t(id / 64)] |= quint64(1) << (id % 64);
        ++out.count;
        return true;
    });
    if (!collected || !usable)
        return std::nullopt;
    return out;
}

std::optional<QList<qint64>> LinkRepository::walkIndexOverMatches(const LinkQuery &query, const MatchBits &matches,
                                                                  qint64 offset, int limit) const
{
    sqlite3 *handle = sqliteHandle(m_db.connection());
    if (!handle)
        return std::nullopt;
    // The sort column's index holds the key and the id: walking it reads no row.
    QList<qint64> ids;
    qint64 skip = offset;
    if (limit > 0 && !forEachRow(handle, u"SELECT links.id FROM links"_s + orderBy(query), {}, [&](sqlite3_stmt *row) {
            const qint64 id = sqlite3_column_int64(row, 0);
            if (!matches.contains(id))
                return true;
            if (skip > 0) {
                --skip;
                return true;
            }
            ids << id;
            return ids.size() < limit;
        }))
        return std::nullopt;
    return ids;
}

QList<qint64> LinkRepository::walkKeptOrder(const LinkQuery &query, const MatchBits &matches,
                                            const SortOrders::Ids &order, qint64 offset, int limit) const
{
    // The order is kept ascending; descending is the same order read backwards (ties too,
    // which the id breaks in the query's direction).
    QList<qint64> ids;
    qint64 skip = offset;
    const auto take = [&](quint32 id) {
        if (!matches.contains(id))
            return true;
        if (skip > 0) {
            --skip;
            return true;
        }
        ids << qint64(id);
        return ids.size() < limit;
    };
    if (limit <= 0)
        return ids;
    if (query.order == Qt::AscendingOrder) {
        for (auto it = order.cbegin(); it != order.cend() && take(*it); ++it) {}
    } else {
        for (auto it = order.crbegin(); it != order.crend() && take(*it); ++it) {}
    }
    return ids;
}

std::optional<QList<qint64>> LinkRepository::sortMatches(const LinkQuery &query, const MatchBits &matches,
                                                         qint64 offset, int limit) const
{
    // The ids as they were collected, so that SQLite looks up each row once, in the order of
    // the table, and keeps only the page's worth of sort keys while it goes.
    QString list;
    list.reserve(int(matches.count) * 8);
    for (std::size_t word = 0; word < matches.bits.size(); ++word) {
        for (quint64 bits = matches.bits[word]; bits != 0; bits &= bits - 1) {
            if (!list.isEmpty())
                list += u',';
            list += QString::number(qint64(word) * 64 + qCountTrailingZeroBits(bits));
        }
    }
    if (list.isEmpty())
        return QList<qint64>();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT links.id FROM links WHERE links.id IN ("_s + list + u')' + orderBy(query, SortIndex::DoNotWalk)
                + limitClause(offset, limit)))
        return std::nullopt;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

bool LinkRepository::walkingBeatsSorting(const LinkQuery &query, const MatchBits &matches, qint64 offset,
                                         int limit) const
{
    // How far along the order the page ends, estimated: the first of some matches spread
    // over all of them stands behind about as large a share of the links as it does of some
    // links drawn at random. Walking reads that many index entries; sorting looks up every
    // match. The estimate only chooses between two ways to the same rows.
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT max(id) FROM links"_s) || !q.next())
        return true;
    const qint64 maxId = q.value(0).toLongLong();
    q.finish();
    if (maxId <= 0 || matches.count <= 0)
        return true;
    // Enough matches that about a page's worth come before the first of them.
    const qint64 wanted = std::clamp<qint64>(matches.count / qMax<qint64>(1, offset + limit), 1, 64);
    const qint64 step = qMax<qint64>(1, matches.count / wanted);
    QStringList sample;
    qint64 seen = 0;
    for (std::size_t word = 0; word < matches.bits.size() && sample.size() < wanted; ++word) {
        for (quint64 bits = matches.bits[word]; bits != 0; bits &= bits - 1) {
            if (seen++ % step == 0)
                sample << QString::number(qint64(word) * 64 + qCountTrailingZeroBits(bits));
        }
    }
    const SortColumn column = sortColumn(query);
    if (!q.exec(u"SELECT "_s + column.name + u", links.id FROM links WHERE links.id IN ("_s + sample.join(u',') + u')'
                + orderBy(query, SortIndex::DoNotWalk) + u" LIMIT 1"_s)
        || !q.next())
        return true;
    const QVariant firstKey = q.value(0);
    const qint64 firstId = q.value(1).toLongLong();
    q.finish();
    // Links at random: the same draw each time for the same matches, so that a query is
    // planned the same way again.
    QRandomGenerator random(quint32(matches.count) ^ quint32(maxId));
    QStringList drawn;
    for (int i = 0; i < 96; ++i)
        drawn << QString::number(1 + random.bounded(maxId));
    const QString before = query.order == Qt::AscendingOrder ? u"<"_s : u">"_s;
    q.prepare(u"SELECT count(*), coalesce(sum((%1, links.id) %2 (?, ?)), 0) FROM links WHERE links.id IN (%3)"_s.arg(
        column.sql(), before, drawn.join(u',')));
    q.addBindValue(firstKey);
    q.addBindValue(firstId);
    if (!q.exec() || !q.next() || q.value(0).toLongLong() == 0)
        return true;
    const double share = q.value(1).toDouble() / q.value(0).toDouble();
    const double entries = share * double(maxId) + double(offset + limit) * double(maxId) / double(matches.count);
    return entries < double(matches.count) * IndexEntriesPerRow;
}

std::shared_ptr<const SortOrders::Ids> LinkRepository::keptOrder(const LinkQuery &query, KeepOrder keep) const
{
    if (query.sortKey == LinkQuery::SortKey::Clicks)
        return nullptr;   // the redirect server moves the counts all the time
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(uR"(SELECT (SELECT value FROM meta WHERE key = 'links_version'),
                           (SELECT value FROM meta WHERE key = 'links_order_version'), (SELECT max(id) FROM links))"_s)
        || !q.next() || q.value(0).isNull() || q.value(1).isNull())
        return nullptr;
    const SortOrders::Stamp stamp{q.value(0).toLongLong(), q.value(1).toLongLong()};
    LinkQuery ascending;
    ascending.sortKey = query.sortKey;
    ascending.order = Qt::AscendingOrder;
    const QString order = orderBy(ascending);
    if (auto kept = m_orders.find(order, stamp))
        return kept;
    if (keep == KeepOrder::Always || (keep == KeepOrder::IfMany && q.value(2).toLongLong() >= KeptOrdersFrom))
        m_orders.prepare(m_db.path(), order, stamp);
    return nullptr;
}

QList<Link> LinkRepository::rowsOf(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    QStringList idList;
    idList.reserve(ids.size());
    for (const qint64 id : ids)
        idList << QString::number(id);
    QSqlQuery rows(m_db.connection());
    rows.setForwardOnly(true);
    QHash<qint64, Link> byId;
    if (rows.exec(selectColumns + u" WHERE links.id IN ("_s + idList.join(u',') + u')')) {
        while (rows.next()) {
            Link link = fromRow(rows);
            byId.insert(link.id, std::move(link));
        }
    }
    QList<Link> out;
    out.reserve(ids.size());
    for (const qint64 id : ids) {
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            out << *it;
    }
    return out;
}

namespace {
// The link's value in the column the query sorts by: null when the query does not show the
// link, nullopt when asking failed. One row, so the filter text is tested on it directly.
std::optional<QVariant> shownSortValue(const QSqlDatabase &db, const LinkQuery &query, qint64 id)
{
    if (!TrigramMatch::ensureRegistered(sqliteHandle(db)))
        return std::nullopt;
    const Where w = whereOf(query, TextTest::PerRow);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT "_s + sortColumn(query).name + u" FROM links"_s
                   + (w.sql.isEmpty() ? u" WHERE"_s : w.sql + u" AND"_s) + u" links.id = ?"_s))
        return std::nullopt;
    bindAll(q, w);
    q.addBindValue(id);
    if (!q.exec())
        return std::nullopt;
    return q.next() ? q.value(0) : QVariant();
}
}   // namespace

bool LinkRepository::shows(const LinkQuery &query, qint64 id) const
{
    const std::optional<QVariant> value = shownSortValue(m_db.connection(), query, id);
    return value && !value->isNull();
}

std::optional<qint64> LinkRepository::positionOf(const LinkQuery &query, qint64 id, int budgetMs) const
{
    const QSqlDatabase db = m_db.connection();
    QElapsedTimer clock;
    clock.start();
    const std::optional<QVariant> value = shownSortValue(db, query, id);
    if (!value)
        return std::nullopt;
    if (value->isNull())
        return -1;
    // The rows before it in the query's order. The bound on the sort column alone lets SQLite
    // seek in the column's index; the pair with the id, which breaks ties, is tested on its
    // entries.
    const bool ascending = query.order == Qt::AscendingOrder;
    const QString column = sortColumn(query).sql();
    const auto countBefore = [&](TextTest textTest, int ms) -> std::optional<qint64> {
        Where w = whereOf(query, textTest);
        w.sql += (w.sql.isEmpty() ? u" WHERE "_s : u" AND "_s)
            + u"%1 %2 ? AND (%1, links.id) %3 (?, ?)"_s.arg(column, ascending ? u"<="_s : u">="_s,
                                                            ascending ? u"<"_s : u">"_s);
        w.values << *value << *value << QVariant(id);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(u"SELECT count(*) FROM links"_s + w.sql))
            return std::nullopt;
        bindAll(q, w);
        const StatementGuard guard(sqliteHandle(db), [&] { return ms >= 0 && clock.elapsed() >= ms; });
        if (!q.exec() || !q.next() || guard.stopped())
            return std::nullopt;
        return q.value(0).toLongLong();
    };
    if (!query.text.trimmed().isEmpty()) {
        // Near the front of the order (a new link, newest first), testing the text on the few
        // rows before it is quickest; further along, counting the matches that sort before it.
        const int walk = budgetMs < 0 ? WalkBudgetMs : qMin(budgetMs, WalkBudgetMs);
        if (const auto n = countBefore(TextTest::PerRow, walk))
            return n;
    }
    return countBefore(TextTest::Indexed, budgetMs);
}

QList<NameCount> LinkRepository::tags() const
{
    QList<NameCount> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(uR"(SELECT tags.name, count(link_tags.link_id) FROM tags
                   JOIN link_tags ON link_tags.tag_id = tags.id GROUP BY tags.id ORDER BY tags.name COLLATE NOCASE)"_s)) {
        while (q.next())
            out << NameCount{q.value(0).toString(), q.value(1).toLongLong()};
    }
    return out;
}

Result<void> LinkRepository::renameTag(const QString &oldName, const QString &newName)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM tags WHERE name = ?"_s);
    q.addBindValue(oldName);
    if (!q.exec() || !q.next())
        return Error::make(Error::Kind::NotFound, tr("There is no tag “%1”.").arg(oldName));
    const qint64 id = q.value(0).toLongLong();
    q.prepare(u"SELECT id FROM tags WHERE name = ? AND id <> ?"_s);
    q.addBindValue(newName);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return Error::make(Error::Kind::SlugTaken, tr("There is already a tag “%1”.").arg(newName));
    // The links whose tag text changes; their tags' names do too, so no counts.
    LinkChange change{LinkChange::Updated, {}, {}, {}, false};
    q.prepare(u"SELECT link_id FROM link_tags WHERE tag_id = ?"_s);
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            change.ids << q.value(0).toLongLong();
    }
    q.finish();
    if (!db.transaction())
        return storageError(tr("Could not rename the tag."), db.lastError());
    q.prepare(u"UPDATE tags SET name = ? WHERE id = ?"_s);
    q.addBindValue(newName);
    q.addBindValue(id);
    if (!q.exec() || !refreshTagText(u"SELECT link_id FROM link_tags WHERE tag_id = %1"_s.arg(id))) {
        const QSqlError error = q.lastError();
        db.rollback();
        return storageError(tr("Could not rename the tag."), error);
    }
    if (!db.commit()) {
        db.rollback();
        return storageError(tr("Could not rename the tag."), db.lastError());
    }
    announce(std::move(change));   // nothing for a tag without links: no view shows it
    return {};
}

Result<int> LinkRepository::deleteTags(const QStringList &names)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return storageError(tr("Could not delete the tags."), db.lastError());
    int deleted = 0;
    LinkChange change{LinkChange::Updated, {}, {}, {}, false};
    QSqlQuery q(db);
    for (const QString &name : names) {
        q.prepare(u"SELECT id FROM tags WHERE name = ?"_s);
        q.addBindValue(name);
        if (!q.exec() || !q.next())
            continue;
        const qint64 id = q.value(0).toLongLong();
        // The links keep existing: only the tag goes, and their tag text is rewritten.
        const QString affected = u"SELECT link_id FROM link_tags WHERE tag_id = %1"_s.arg(id);
        QSqlQuery ids(db);
        QList<qint64> links;
        if (ids.exec(affected)) {
            while (ids.next())
                links << ids.value(0).toLongLong();
        }
        q.prepare(u"DELETE FROM tags WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            db.rollback();
            return storageError(tr("Could not delete the tags."), error);
        }
        QStringList idList;
        for (qint64 link : links)
            idList << QString::number(link);
        change.ids << links;
        if (!idList.isEmpty() && !refreshTagText(idList.join(u','))) {
            db.rollback();
            return storageError(tr("Could not delete the tags."), q.lastError());
        }
        ++deleted;
    }
    if (!db.commit()) {
        db.rollback();
        return storageError(tr("Could not delete the tags."), db.lastError());
    }
    if (deleted) {
        // A link with two of the tags is listed once.
        QList<qint64> ids = change.ids;
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        change.ids = ids;
        announce(std::move(change));
    }
    return deleted;
}

bool LinkRepository::refreshTagText(const QString &linkIds)
{
    QSqlQuery q(m_db.connection());
    return q.exec(uR"(UPDATE links SET tags = coalesce((SELECT group_concat(name, ', ') FROM
                      (SELECT tags.name AS name FROM link_tags JOIN tags ON tags.id = link_tags.tag_id
                       WHERE link_tags.link_id = links.id ORDER BY tags.name)), '')
                      WHERE id IN ()"_s
                  + linkIds + u")"_s);
}

QList<NameCount> LinkRepository::campaigns() const
{
    QList<NameCount> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(uR"(SELECT campaign, count(*) FROM links WHERE campaign <> ''
                   GROUP BY campaign COLLATE NOCASE ORDER BY campaign COLLATE NOCASE)"_s)) {
        while (q.next())
            out << NameCount{q.value(0).toString(), q.value(1).toLongLong()};
    }
    return out;
}

}   // namespace Linkdeck
