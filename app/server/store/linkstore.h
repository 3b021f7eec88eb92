#pragma once

#include "core/base/result.h"
#include "core/links/link.h"
#include "core/links/linkquery.h"
#include "server/apikeys.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Linkdeck::Server {

// A link's visits as its short URL shows them (Shlink's visitsSummary): from the rollups.
struct LinkVisitCounts
{
    qint64 total = 0;
    qint64 bots = 0;
};

// One of a link's redirect rules as stored: its priority (from 1), where it sends visitors and
// its conditions as Shlink's JSON array (server/redirectrules.h checks them before).
struct StoredRedirectRule
{
    int priority = 0;
    QString longUrl;
    QString conditions;

    bool operator==(const StoredRedirectRule &) const = default;
};

// Which of the server's tags a listing asks for (Shlink's GET /tags and /tags/stats).
struct TagQuery
{
    enum class OrderBy { Name, ShortUrls, Visits, NonBotVisits };

    QString searchTerm;   // a part of the name, in any case
    ApiKeyScope scope;    // a key with roles sees the tags of its short URLs only
    bool withStats = false;
    OrderBy orderBy = OrderBy::Name;   // a figure only withStats; ties by name
    bool descending = false;
    qint64 limit = 10;
    qint64 offset = 0;
};

struct TagStats
{
    QString name;
    qint64 shortUrls = 0;   // the server's short URLs with it, within the key's roles
    qint64 visits = 0;      // their visits (rollups), bots included
    qint64 bots = 0;

    bool operator==(const TagStats &) const = default;
};

struct TagPage
{
    qint64 total = 0;   // every tag the query matches
    QList<TagStats> tags;
};

// The owner of the links, tags, link_tags and short_url_redirect_rules tables for
// linkdeck-server's API (issue 14): the server's own short URLs (account 1). Tag names compare
// without regard to case, as SQLite's COLLATE NOCASE column does; a back-half as SHORT_URL_MODE
// says (the caller's Qt::CaseSensitivity). One implementation per database: SqliteLinkStore
// (core's LinkRepository underneath) and Pg::PgLinkStore. Writes go through the tables'
// triggers, which log them for the other instances' redirect indexes.
class LinkStore
{
public:
    virtual ~LinkStore() = default;

    // Whether the database answers; an Error (Storage, the database's text) when not.
    virtual Result<void> ping() = 0;
    // The local account's default domain; nothing when there is no such row.
    virtual std::optional<QString> accountDefaultDomain() = 0;

    virtual std::optional<Link> find(qint64 id) = 0;
    // The server's short URL on this domain (as written) with this back-half; ignoring case,
    // the one written exactly so first.
    virtual std::optional<Link> findBySlug(const QString &domain, const QString &slug, Qt::CaseSensitivity cs) = 0;
    virtual bool slugTaken(const QString &domain, const QString &slug, Qt::CaseSensitivity cs) = 0;
    // Whether the link is one of the key's (author, domain) short URLs.
    virtual bool inScope(qint64 linkId, const ApiKeyScope &scope) = 0;
    // Shlink's findIfExists: the key's first short URL of this long URL on the domain, with
    // this back-half if one is given.
    virtual std::optional<Link> findExisting(const QString &destination, const QString &domain, const QString &slug,
                                             const ApiKeyScope &scope) = 0;

    // The query's links (core's LinkQuery: text, tags, dates, domain, author, limits), counted
    // and a page of them in its order, ties by id.
    virtual qint64 count(const LinkQuery &query) = 0;
    virtual QList<Link> list(const LinkQuery &query, qint64 offset, int limit) = 0;

    // Stores a link with its tags (created now unless it says when); the link as stored, with
    // its id. SlugTaken when the back-half is used on its domain: as written, or with
    // Qt::CaseInsensitive (SHORT_URL_MODE=loose) in any case, checked and stored at once (on
    // PostgreSQL under a lock on the back-half, so that two instances cannot both store it).
    virtual Result<Link> insert(const Link &link, std::optional<qint64> authorKeyId,
                                Qt::CaseSensitivity slugRule = Qt::CaseSensitive) = 0;
    // Writes the link's values and tags (not its clicks); NotFound when it is gone.
    virtual Result<Link> update(const Link &link) = 0;
    // NotFound when it is gone.
    virtual Result<void> remove(qint64 id) = 0;

    virtual LinkVisitCounts visitCounts(qint64 linkId) = 0;
    // The same for many links in one statement (a page of a listing); a link without visits is
    // left out.
    virtual QHash<qint64, LinkVisitCounts> visitCounts(const QList<qint64> &linkIds) = 0;
    // The stored password hash of a protected link; empty when none or unreadable.
    virtual QString passwordHash(qint64 linkId) = 0;
    // The back-halves of the crawlable short URLs of the domain, or also of orDomain when it is
    // not empty (both ignoring case), by their bytes.
    virtual QStringList crawlableSlugs(const QString &domain, const QString &orDomain) = 0;

    virtual bool tagExists(const QString &name) = 0;
    // The server's tags: those of its links and those of no link (Shlink keeps a tag without
    // short URLs); within a key's roles, only those of its short URLs.
    virtual TagPage tags(const TagQuery &query) = 0;
    // NotFound if the old tag does not exist, SlugTaken if the new name does.
    virtual Result<void> renameTag(const QString &oldName, const QString &newName) = 0;
    virtual Result<int> deleteTags(const QStringList &names) = 0;   // how many existed

    virtual bool hasRedirectRules(qint64 linkId) = 0;
    // Which of these links have redirect rules, in one statement.
    virtual QSet<qint64> withRedirectRules(const QList<qint64> &linkIds) = 0;
    // In priority order.
    virtual Result<QList<StoredRedirectRule>> redirectRules(qint64 linkId) = 0;
    // Replaces them all in one transaction.
    virtual Result<void> setRedirectRules(qint64 linkId, const QList<StoredRedirectRule> &rules) = 0;
};

}   // namespace Linkdeck::Server
