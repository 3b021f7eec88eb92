#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>
#include <vector>

#include "core/base/result.h"
#include "core/links/link.h"
#include "core/links/linkquery.h"
#include "core/storage/sortorders.h"

class QSqlQuery;

namespace Linkdeck {

class Database;
struct AccountChange;

// The ids of links matching a filter, one bit each (ids are small positive numbers).
struct MatchBits
{
    std::vector<quint64> bits;
    qint64 count = 0;

    bool contains(qint64 id) const
    {
        return id >= 0 && std::size_t(id / 64) < bits.size() && (bits[std::size_t(id / 64)] >> (id % 64) & 1);
    }
};

struct ClickCount
{
    qint64 people = 0;   // Link::clicks
    qint64 bots = 0;     // Link::botClicks
    bool operator==(const ClickCount &) const = default;
};

struct NameCount
{
    QString name;
    qint64 count = 0;
};

// What one write to the links changed, as LinkRepository::changed() tells the views that show
// them: which links, and how the number of links of each tag and campaign moved.
//
//   connect(&links, &LinkRepository::changed, this, [this](const LinkChange &change) {
//       if (change.kind == LinkChange::Updated) ... change.ids ...
//   });
struct LinkChange
{
    Q_GADGET
public:
    enum Kind {
        Inserted,   // ids: the new links
        Updated,    // ids: links whose values were written (they are still there)
        Removed,    // ids: links that are gone
        Many,       // more links changed than are worth listing (a sync, an import, an account
                    // removed): read again; ids is empty
    };
    Q_ENUM(Kind)

    Kind kind = Many;
    QList<qint64> ids;
    // How many links more (positive) or fewer each tag and each campaign has now, by the name
    // as the links write it (names that differ in case only are one tag or campaign). Known
    // unless countsKnown is false: for Many, and when tags were renamed or deleted.
    QHash<QString, qint64> tagDelta;
    QHash<QString, qint64> campaignDelta;
    bool countsKnown = false;

    // Whether the tags and campaigns, or their numbers of links, may have changed.
    bool touchesTagsOrCampaigns() const;
};

// Links, their tags and the saved-filter lists, stored in the Database. Emits changed() after
// every write, saying what changed, so that models and the sidebar follow without reading
// everything again.
//
//   LinkRepository links(db);
//   auto stored = links.insert(link);       // Error::Kind::SlugTaken if the back-half is used
//   int n = links.count(LinkQuery{u"spring"_s});
class LinkRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkRepository)
public:
    explicit LinkRepository(Database &database, QObject *parent = nullptr);

    // With a passwordHash (LinkPassword::hash(), never the password), the link is stored
    // protected by it in the same transaction.
    Result<Link> insert(Link link, const QByteArray &passwordHash = {});
    Result<Link> update(Link link);
    Result<void> remove(qint64 id);
    // Inserts many links in one transaction (sync, import, benchmarks). Emits changed() once.
    Result<int> insertMany(const QList<Link> &links);

    // Protects a link by a password's hash (LinkPassword::hash()), or removes the protection
    // (empty); the link as stored then. NotFound when it is gone.
    Result<Link> setPasswordHash(qint64 id, const QByteArray &passwordHash);

    // Moves the account's links on domain `from` to domain `to`, each short URL becoming
    // urlPrefix + back-half, in one transaction (LocalAddress::apply). SlugTaken, changing
    // nothing, when a back-half is already used on `to`. How many links moved.
    Result<int> moveDomain(qint64 accountId, const QString &from, const QString &to, const QString &urlPrefix);

    // A write of more links than this is announced as LinkChange::Many, without their ids.
    static constexpr int ManyLinks = 100;

    std::optional<Link> find(qint64 id) const;
    // Back-halves are unique per account and domain; account 1 is "This computer".
    // The back-half as written (Case-x is not case-x); Qt::CaseInsensitive for linkdeck-server's
    // SHORT_URL_MODE=loose.
    std::optional<Link> findBySlug(const QString &domain, const QString &slug, qint64 accountId = 1,
                                   Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    bool isSlugTaken(const QString &domain, const QString &slug, qint64 exceptId = 0, qint64 accountId = 1) const;
    std::optional<Link> findByRemoteId(qint64 accountId, const QString &remoteId) const;

    // Stores links as a provider returned them: a row with the same remote id is updated
    // (its local id kept), a new one inserted; one that holds these values already is left as
    // it is. Rows of the account that wait in the offline queue are left alone. One
    // transaction; emits changed() for the links inserted and for those updated.
    Result<int> upsertRemote(qint64 accountId, const QList<Link> &links);
    // After a complete sync: drops the account's synced rows whose remote id was not seen.
    Result<int> removeRemoteExcept(qint64 accountId, const QSet<QString> &seenRemoteIds);

    qint64 count(const LinkQuery &query) const;
    // The click counts of these links now (what the server has stored, counters not yet moved
    // into links.clicks included), people's and bots' apart as in Link; links that are gone
    // are left out.
    QHash<qint64, ClickCount> clickCounts(const QList<qint64> &ids) const;
    qint64 totalCount() const;
    // Counts the query's rows without blocking: on a connection of its own in a pool thread
    // (an in-memory database, which only this connection sees, is counted from the event
    // loop instead). Cancelling the future stops the count; a failed count gives no result.
    QFuture<qint64> countAsync(const LinkQuery &query) const;

    // How fetch() finds a page when the query has filter text. Automatic is what the app
    // uses; tests and benchmarks compare it with the others, which give the same rows.
    enum class FetchPlan {
        Automatic,           // see fetch()
        SortWalk,            // walk the sort column's index and test the text on each row
        IndexOverMatchSet,   // collect the matching ids, then walk the sort column's index (text only, else MatchSet)
        KeptOrder,           // collect the matching ids, then walk the sort order kept in memory, reading it
                             // first if it is not kept (text only, a file, not by clicks; else MatchSet)
        SortedMatchSet,      // collect the matching ids, then sort them (text only, else MatchSet)
        AfterWalk,           // what Automatic does when its walk fails: KeptOrder if the order is kept, else
                             // IndexOverMatchSet or SortedMatchSet, whichever is estimated to cost less
        MatchSet,            // collect every matching row (trigram or prefix indexes), then sort
    };
    // Fewer matches than this are quicker to collect and sort than to find along the sort
    // order; counting up to it is quick for any term (the index stops there).
    static constexpr int FewMatches = 2000;
    // The walk's time limit: enough for a page of a term matching a few percent of the rows
    // in an order they are spread along (it tests some hundred rows a millisecond).
    static constexpr int WalkBudgetMs = 40;
    // Looking up a link's row costs about as much as this many entries of a sort column's index:
    // after a walk that did not find the page, the matches are sorted when looking up each of
    // them costs less than walking the index to where the page ends (estimated from samples).
    static constexpr int IndexEntriesPerRow = 12;
    // From this many links on, the order of the list (any column but clicks) is kept in memory
    // once it is shown, so that a filter's first page along it is found at once.
    static constexpr int KeptOrdersFrom = 100000;
    // A page of the query's rows. Automatic: MatchSet below FewMatches; otherwise SortWalk for
    // up to WalkBudgetMs, then (text alone) KeptOrder when that order is kept, else
    // IndexOverMatchSet or MatchSet by their estimated costs; MatchSet for other queries.
    QList<Link> fetch(const LinkQuery &query, qint64 offset, int limit, FetchPlan plan = FetchPlan::Automatic) const;
    // Which plan AfterWalk takes for the query now: KeptOrder, IndexOverMatchSet or
    // SortedMatchSet (MatchSet for a query with more than text).
    FetchPlan planAfterWalk(const LinkQuery &query, qint64 offset, int limit) const;
    // The sort orders kept in memory (benchmarks and tests: clear() to measure without them).
    SortOrders &keptOrders() const { return m_orders; }

    // Whether the query's rows include the link.
    bool shows(const LinkQuery &query, qint64 id) const;
    // Where the link stands among the query's rows: how many come before it in the query's
    // order, so fetch(query, position, 1) is the link; -1 when the query does not show it.
    // nullopt when that could not be found within budgetMs (< 0: no limit) or at all.
    std::optional<qint64> positionOf(const LinkQuery &query, qint64 id, int budgetMs = -1) const;

    QList<NameCount> tags() const;
    QList<NameCount> campaigns() const;

    // Tag maintenance: NotFound if the old tag does not exist, SlugTaken if the new name does.
    Result<void> renameTag(const QString &oldName, const QString &newName);
    Result<int> deleteTags(const QStringList &names);   // how many existed

    // An account's links go with it (the database removes them): announces that as Many.
    void followAccountChange(const Linkdeck::AccountChange &change);

    // Another program changed links in the database (ExternalChanges saw it): announced as a
    // bulk change, so that whatever shows links reads them again.
    void announceExternalChange() { announce(LinkChange{}); }

signals:
    void changed(const Linkdeck::LinkChange &change);

private:
    void announce(LinkChange change);   // Many instead of more than ManyLinks ids
    Result<void> writeTags(qint64 linkId, qint64 accountId, const QStringList &tags);
    QList<qint64> tagIdsOf(qint64 linkId) const;
    bool removeUnusedTags(const QList<qint64> &tagIds);
    Result<qint64> insertRow(QSqlQuery &q, const Link &link);
    Result<int> insertAll(const QList<Link> &links, const QByteArray &passwordHash);
    bool refreshTagText(const QString &linkIdsOrSelect);   // rewrites links.tags from link_tags
    static Link fromRow(const QSqlQuery &q);
    // nullopt when the walk ran out of time (budgetMs < 0: no limit) or could not run.
    std::optional<QList<Link>> walkSortOrder(const LinkQuery &query, qint64 offset, int limit, int budgetMs) const;
    QList<Link> fetchMatchSet(const LinkQuery &query, qint64 offset, int limit) const;
    // The ids matching the query's text, as a bitmap; nullopt for a query with more than text.
    std::optional<MatchBits> collectMatches(const LinkQuery &query) const;
    std::optional<QList<qint64>> walkIndexOverMatches(const LinkQuery &query, const MatchBits &matches, qint64 offset,
                                                      int limit) const;
    QList<qint64> walkKeptOrder(const LinkQuery &query, const MatchBits &matches, const SortOrders::Ids &order,
                                qint64 offset, int limit) const;
    std::optional<QList<qint64>> sortMatches(const LinkQuery &query, const MatchBits &matches, qint64 offset,
                                             int limit) const;
    FetchPlan planAfterWalk(const LinkQuery &query, const MatchBits &matches, qint64 offset, int limit,
                            std::shared_ptr<const SortOrders::Ids> *order) const;
    // The page's ids by one of the plans over collected matches (AfterWalk: as planAfterWalk
    // says); nullopt when that plan cannot run.
    std::optional<QList<qint64>> pageOfMatches(const LinkQuery &query, const MatchBits &matches, qint64 offset,
                                               int limit, FetchPlan plan) const;
    // Whether walking the sort column's index to the page costs less than sorting the matches.
    bool walkingBeatsSorting(const LinkQuery &query, const MatchBits &matches, qint64 offset, int limit) const;
    // The order kept for the query's sort at the database's stamp now, or nullptr. When it is
    // not kept, IfMany reads it in the background for the next time if the links are
    // KeptOrdersFrom or more; Always does so for any number (tests).
    enum class KeepOrder { No, IfMany, Always };
    std::shared_ptr<const SortOrders::Ids> keptOrder(const LinkQuery &query, KeepOrder keep) const;
    QList<Link> rowsOf(const QList<qint64> &ids) const;   // in the order of ids
    static QStringList normalisedTags(const QStringList &tags);

    Database &m_db;
    qint64 m_lastInsertId = 0;
    mutable SortOrders m_orders;
};

}   // namespace Linkdeck
