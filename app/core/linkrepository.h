#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

#include "core/link.h"
#include "core/linkquery.h"
#include "core/result.h"

class QSqlQuery;

namespace Linkdeck {

class Database;

struct NameCount
{
    QString name;
    qint64 count = 0;
};

// Links, their tags and the saved-filter lists, stored in the Database. Emits changed()
// after every write so that models and the sidebar refresh.
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

    Result<Link> insert(Link link);
    Result<Link> update(Link link);
    Result<void> remove(qint64 id);
    // Inserts many links in one transaction (sync, import, benchmarks). Emits changed() once.
    Result<int> insertMany(const QList<Link> &links);

    std::optional<Link> find(qint64 id) const;
    // Back-halves are unique per account and domain; account 1 is "This computer".
    // The back-half as written (Case-x is not case-x); Qt::CaseInsensitive for linkdeck-server's
    // SHORT_URL_MODE=loose.
    std::optional<Link> findBySlug(const QString &domain, const QString &slug, qint64 accountId = 1,
                                   Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    bool isSlugTaken(const QString &domain, const QString &slug, qint64 exceptId = 0, qint64 accountId = 1) const;
    std::optional<Link> findByRemoteId(qint64 accountId, const QString &remoteId) const;

    // Stores links as a provider returned them: a row with the same remote id is updated
    // (its local id kept), a new one inserted. Rows of the account that wait in the offline
    // queue are left alone. One transaction; emits changed() once.
    Result<int> upsertRemote(qint64 accountId, const QList<Link> &links);
    // After a complete sync: drops the account's synced rows whose remote id was not seen.
    Result<int> removeRemoteExcept(qint64 accountId, const QSet<QString> &seenRemoteIds);

    qint64 count(const LinkQuery &query) const;
    // The click counts of these links now (what the server has stored, counters not yet moved
    // into links.clicks included); links that are gone are left out.
    QHash<qint64, qint64> clickCounts(const QList<qint64> &ids) const;
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
        MatchSet,            // collect every matching row (trigram or prefix indexes), then sort
    };
    // Fewer matches than this are quicker to collect and sort than to find along the sort
    // order; counting up to it is quick for any term (the index stops there).
    static constexpr int FewMatches = 2000;
    // The walk's time limit: enough for a page of a term matching a few percent of the rows
    // in an order they are spread along (it tests some hundred rows a millisecond).
    static constexpr int WalkBudgetMs = 40;
    // From this many matches on, walking the sort column's index for them beats sorting them.
    static constexpr int ManyMatches = 20000;
    // A page of the query's rows. Automatic: MatchSet below FewMatches; otherwise SortWalk for
    // up to WalkBudgetMs, then IndexOverMatchSet from ManyMatches on, else MatchSet.
    QList<Link> fetch(const LinkQuery &query, qint64 offset, int limit, FetchPlan plan = FetchPlan::Automatic) const;

    QList<NameCount> tags() const;
    QList<NameCount> campaigns() const;

    // Tag maintenance: NotFound if the old tag does not exist, SlugTaken if the new name does.
    Result<void> renameTag(const QString &oldName, const QString &newName);
    Result<int> deleteTags(const QStringList &names);   // how many existed

signals:
    void changed();

private:
    Result<void> writeTags(qint64 linkId, qint64 accountId, const QStringList &tags);
    QList<qint64> tagIdsOf(qint64 linkId) const;
    bool removeUnusedTags(const QList<qint64> &tagIds);
    Result<qint64> insertRow(QSqlQuery &q, const Link &link);
    bool refreshTagText(const QString &linkIdsOrSelect);   // rewrites links.tags from link_tags
    static Link fromRow(const QSqlQuery &q);
    // nullopt when the walk ran out of time (budgetMs < 0: no limit) or could not run.
    std::optional<QList<Link>> walkSortOrder(const LinkQuery &query, qint64 offset, int limit, int budgetMs) const;
    QList<Link> fetchMatchSet(const LinkQuery &query, qint64 offset, int limit) const;
    // nullopt for a query with more than text, or with fewer than minimumMatches matches.
    std::optional<QList<qint64>> walkIndexOverMatchSet(const LinkQuery &query, qint64 offset, int limit,
                                                       qint64 minimumMatches) const;
    QList<Link> rowsOf(const QList<qint64> &ids) const;   // in the order of ids
    static QStringList normalisedTags(const QStringList &tags);

    Database &m_db;
    qint64 m_lastInsertId = 0;
};

} // namespace Linkdeck
