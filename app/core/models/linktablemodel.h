#pragma once

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QList>

#include <limits>
#include <optional>

#include "core/links/link.h"
#include "core/links/linkquery.h"

namespace Linkdeck {

class LinkRepository;
struct LinkChange;

// The link table over the database, for a million links and more: it loads only the pages
// of rows a view asks for, keeping a bounded number of pages in memory. Sorting and
// filtering run in SQL (sort() and setQuery()), so no QSortFilterProxyModel sits between it
// and the view: one would read every row. A new query shows its first page at once; its
// rows are counted in the background, and until the count arrives (countChanged(), then
// rows are inserted up to it) rowCount() is the rows loaded so far and the view fetches
// more as it scrolls.
//
// It follows the repository's changes row by row: an edited link's row changes (or moves to
// where it now sorts), a new link's row is inserted where it sorts, a deleted link's row goes.
// Only changes too large to follow (LinkChange::Many, or a link whose old place is on a page
// not loaded) read everything again, as a reset.
class LinkTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkTableModel)
public:
    enum Column { ShortUrl, Destination, Title, Tags, Campaign, Clicks, Created, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        LinkIdRole = Qt::UserRole + 1,
        LinkRole,       // the whole Link
        RawValueRole,   // unformatted value (numbers, QDateTime) for delegates and charts
        SyncStateRole,
    };

    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 40;
    // How long finding where a changed link now sorts may take before the model reads
    // everything again instead: up to a tenth of a second for a link in the middle of a
    // million sorted by a text column, seconds with a broad filter text.
    static constexpr int PlaceBudgetMs = 200;

    explicit LinkTableModel(LinkRepository &links, QObject *parent = nullptr);
    ~LinkTableModel() override;

    void setQuery(const LinkQuery &query);
    const LinkQuery &query() const { return m_query; }
    void setFilterText(const QString &text);
    void refresh();   // drop cached rows, reload the first page, count again
    // Reads the click counts of the rows loaded so far again (the link server counts visits
    // while the table shows them): the Clicks cells change, nothing else moves.
    void refreshClicks();
    bool isCounting() const { return !m_countKnown; }   // rowCount() is the rows loaded so far
    qint64 totalCount() const;                          // all links, ignoring the query; -1 until counted
    std::optional<Link> linkAt(int row) const;
    // The row of the link: loads the page it is on (while the count runs, with the rows before
    // it), so a link far down a sorted million-row table can be selected. -1 when the query
    // does not show the link, or when finding it took longer than budgetMs (< 0: no limit).
    int rowOf(qint64 id, int budgetMs = -1);
    // The same without reading the database: -1 unless the link's page is loaded.
    int loadedRowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static LinkQuery::SortKey sortKeyFor(int column);
    // A link's clicks as every view shows them (Link::clicks, people's): "41", or with the
    // bots' visits apart, "41 (+1 bot)"; the same said in a sentence; and what the number is,
    // for the column's header.
    static QString clicksText(const Link &link);
    static QString clicksToolTip(const Link &link);
    static QString clicksDefinition();

signals:
    void countChanged();   // the query's row count or the total became known, or changed

private:
    // Each false when the change cannot be followed row by row: then everything is read again.
    void linksChanged(const LinkChange &change);
    bool followInserted(const QList<qint64> &ids);
    bool followUpdated(const QList<qint64> &ids);
    bool followRemoved(const QList<qint64> &ids);
    void insertShownRow(int row, qint64 id);
    void removeShownRow(int row);
    void moveShownRow(int from, int to, const Link &link);
    void replaceLoaded(int row, const Link &link);
    void dropPages(qint64 first, qint64 last = std::numeric_limits<qint64>::max());
    bool allRowsLoaded() const;
    void reload();
    void startCounting();
    void countArrived(qint64 count);
    void stopCounting();
    bool isUnfiltered() const;
    QList<Link> loadPage(qint64 page) const;
    // rowsInDatabase: the query's rows if known (then far rows are read from the end), else -1.
    QList<Link> readRows(qint64 offset, int limit, qint64 rowsInDatabase) const;
    QHash<qint64, QList<Link>>::iterator cachePage(qint64 page, QList<Link> rows) const;   // evicts the oldest
    const Link *rowPointer(int row) const;

    LinkRepository &m_links;
    LinkQuery m_query;
    int m_rowCount = 0;
    bool m_countKnown = true;
    qint64 m_totalCount = -1;
    int m_generation = 0;         // counts of an older query or data are ignored
    int m_notifying = 0;          // inside begin...()/end...() of a change
    int m_following = 0;          // inside linksChanged()
    bool m_fetchQueued = false;   // a fetchMore() waits for the event loop
    QFuture<qint64> m_count;
    QFuture<qint64> m_total;
    mutable QHash<qint64, QList<Link>> m_pages;
    mutable QList<qint64> m_pageUse;   // least recently used first
};

}   // namespace Linkdeck
