#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

#include "core/link.h"
#include "core/linkquery.h"

namespace Linkdeck {

class LinkRepository;

// The link table over the database, for a million links and more: it counts the rows of
// the current query and loads only the pages of rows a view asks for, keeping a bounded
// number of pages in memory. Sorting and filtering run in SQL (sort() and setQuery()),
// so no QSortFilterProxyModel sits between it and the view: one would read every row.
class LinkTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkTableModel)
public:
    enum Column {
        ShortUrl,
        Destination,
        Title,
        Tags,
        Campaign,
        Clicks,
        Created,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        LinkIdRole = Qt::UserRole + 1,
        LinkRole,        // the whole Link
        RawValueRole,    // unformatted value (numbers, QDateTime) for delegates and charts
        SyncStateRole,
    };

    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 40;

    explicit LinkTableModel(LinkRepository &links, QObject *parent = nullptr);

    void setQuery(const LinkQuery &query);
    const LinkQuery &query() const { return m_query; }
    void setFilterText(const QString &text);
    void refresh();                        // re-count and drop cached rows
    qint64 totalCount() const;             // all links, ignoring the query
    std::optional<Link> linkAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static LinkQuery::SortKey sortKeyFor(int column);

private:
    const Link *rowPointer(int row) const;

    LinkRepository &m_links;
    LinkQuery m_query;
    int m_rowCount = 0;
    mutable qint64 m_totalCount = -1;
    mutable QHash<qint64, QList<Link>> m_pages;
    mutable QList<qint64> m_pageUse;   // least recently used first
};

} // namespace Linkdeck
