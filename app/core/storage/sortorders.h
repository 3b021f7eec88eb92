#pragma once

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>
#include <vector>

namespace Linkdeck {

// Whole sort orders of the link list, kept in memory: the ids of every link in one order of
// the list (a column and its tie-break by id, ascending). With a million links, finding the
// first page of a filter's matches along such an order takes a few milliseconds, where
// walking the column's index in SQLite takes up to a hundred (LinkRepository::fetch).
//
// An order is read on a connection of its own in a pool thread, and holds as long as the
// database's stamp is the one it was read at: links_version (links added, removed, or their
// back-half or destination edited) and links_order_version (their title, tags, campaign or
// creation time edited), both kept by triggers, so edits made by other programs count too.
// The click count, which the redirect server moves all the time, is not kept in an order.
//
//   SortOrders orders;
//   if (auto ids = orders.find(orderSql, stamp)) ... (*ids)[0] is the first link
//   else orders.prepare(path, orderSql, stamp);   // ready for the next time
class SortOrders
{
    Q_DISABLE_COPY_MOVE(SortOrders)
public:
    struct Stamp
    {
        qint64 links = -1;
        qint64 order = -1;
        bool isValid() const { return links >= 0 && order >= 0; }
        bool operator==(const Stamp &) const = default;
    };
    using Ids = std::vector<quint32>;

    SortOrders();
    ~SortOrders();

    // The ids in the order `orderSql` ("ORDER BY ... ASC, links.id ASC"), read at `stamp`;
    // nullptr when that order is not kept at this stamp.
    std::shared_ptr<const Ids> find(const QString &orderSql, Stamp stamp) const;
    // Reads the order in a pool thread from the database file at `path`, unless it is kept
    // at `stamp` or being read. At most Kept orders are kept; the least recently used goes.
    void prepare(const QString &path, const QString &orderSql, Stamp stamp);
    // Forgets every order (tests and benchmarks: measure as if none had been read yet).
    void clear();
    // Waits until no order is being read (tests and benchmarks).
    void waitForPending() const;

    static constexpr int Kept = 3;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

}   // namespace Linkdeck
