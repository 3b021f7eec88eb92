#include "core/linktablemodel.h"

#include "core/future.h"
#include "core/linkrepository.h"
#include "core/urlvalidator.h"

#include <algorithm>
#include <limits>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Linkdeck {
namespace {

// Marks the model as sending change signals, from begin...() to end...().
struct Notifying
{
    explicit Notifying(int &depth)
        : m_depth(depth)
    {
        ++m_depth;
    }
    ~Notifying() { --m_depth; }
    Q_DISABLE_COPY_MOVE(Notifying)

private:
    int &m_depth;
};

} // namespace

LinkTableModel::LinkTableModel(LinkRepository &links, QObject *parent)
    : QAbstractTableModel(parent)
    , m_links(links)
{
    connect(&m_links, &LinkRepository::changed, this, &LinkTableModel::refresh);
    refresh();
}

LinkTableModel::~LinkTableModel()
{
    stopCounting();
}

void LinkTableModel::setQuery(const LinkQuery &query)
{
    if (query == m_query)
        return;
    m_query = query;
    reload();
}

void LinkTableModel::setFilterText(const QString &text)
{
    LinkQuery q = m_query;
    q.text = text;
    setQuery(q);
}

void LinkTableModel::refresh()
{
    m_totalCount = -1;   // the links changed, so may their number
    reload();
}

void LinkTableModel::stopCounting()
{
    // Counts still running belong to an older query or older data: stop them, and should
    // one finish anyway, its number is ignored.
    ++m_generation;
    m_count.cancel();
    m_total.cancel();
}

bool LinkTableModel::isUnfiltered() const
{
    LinkQuery all;
    all.sortKey = m_query.sortKey;
    all.order = m_query.order;
    LinkQuery q = m_query;
    q.text = q.text.trimmed();
    return q == all;
}

void LinkTableModel::reload()
{
    stopCounting();
    {
        const Notifying notifying(m_notifying);
        beginResetModel();
        m_pages.clear();
        m_pageUse.clear();
        // The first page now and the count later, unless the first page is all there is.
        QList<Link> first = m_links.fetch(m_query, 0, PageSize);
        m_rowCount = int(first.size());
        m_countKnown = m_rowCount < PageSize;
        if (m_countKnown && isUnfiltered())
            m_totalCount = m_rowCount;
        cachePage(0, std::move(first));
        endResetModel();
    }
    startCounting();
}

void LinkTableModel::startCounting()
{
    const int generation = m_generation;
    if (!m_countKnown) {
        m_count = m_links.countAsync(m_query);
        whenFinished(this, m_count, [this, generation](qint64 count) {
            if (generation == m_generation && !m_countKnown)
                countArrived(count);
        });
    }
    if (m_totalCount < 0 && !isUnfiltered()) {
        m_total = m_links.countAsync(LinkQuery{});
        whenFinished(this, m_total, [this, generation](qint64 count) {
            if (generation == m_generation) {
                m_totalCount = count;
                emit countChanged();
            }
        });
    }
}

void LinkTableModel::countArrived(qint64 count)
{
    const int rows = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
    m_countKnown = true;
    if (isUnfiltered())
        m_totalCount = count;
    if (rows > m_rowCount) {
        const Notifying notifying(m_notifying);
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        // Another program deleted links between the first page and the count.
        const Notifying notifying(m_notifying);
        beginRemoveRows({}, rows, m_rowCount - 1);
        m_rowCount = rows;
        endRemoveRows();
    }
    emit countChanged();
}

bool LinkTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_countKnown;
}

void LinkTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_notifying > 0) {
        // Asked from a slot of one of this model's change signals (views and testers do
        // that): rows cannot be inserted inside another change, so after it.
        if (!m_fetchQueued) {
            m_fetchQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_fetchQueued = false;
                    fetchMore({});
                },
                Qt::QueuedConnection);
        }
        return;
    }
    // The view scrolled to the end of the rows loaded while the count still runs: the next
    // page, and if it is short the count is known.
    const qint64 page = m_rowCount / PageSize;
    QList<Link> rows = m_links.fetch(m_query, page * PageSize, PageSize);
    const int added = int(rows.size());
    if (added < PageSize) {
        m_countKnown = true;
        m_count.cancel();
    }
    if (added > 0) {
        const Notifying notifying(m_notifying);
        beginInsertRows({}, m_rowCount, m_rowCount + added - 1);
        cachePage(page, std::move(rows));
        m_rowCount += added;
        endInsertRows();
    }
    if (m_countKnown) {
        if (isUnfiltered())
            m_totalCount = m_rowCount;
        emit countChanged();
    }
}

qint64 LinkTableModel::totalCount() const
{
    return m_totalCount;
}

QList<Link> LinkTableModel::loadPage(qint64 page) const
{
    const qint64 offset = page * PageSize;
    // In the far half of a counted result, read the page backwards from the end: SQLite
    // steps over every row an OFFSET skips, and a filtered walk tests each of them.
    if (m_countKnown && offset > m_rowCount / 2 && m_rowCount < std::numeric_limits<int>::max()) {
        const qint64 end = qMin<qint64>(offset + PageSize, m_rowCount);
        if (end <= offset)
            return {};
        LinkQuery reversed = m_query;
        reversed.order = m_query.order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        QList<Link> rows = m_links.fetch(reversed, m_rowCount - end, int(end - offset));
        std::reverse(rows.begin(), rows.end());
        return rows;
    }
    return m_links.fetch(m_query, offset, PageSize);
}

QHash<qint64, QList<Link>>::iterator LinkTableModel::cachePage(qint64 page, QList<Link> rows) const
{
    m_pageUse.removeOne(page);
    if (!m_pages.contains(page) && m_pages.size() >= MaxCachedPages)
        m_pages.remove(m_pageUse.takeFirst());
    m_pageUse.append(page);
    return m_pages.insert(page, std::move(rows));
}

void LinkTableModel::refreshClicks()
{
    QList<qint64> ids;
    for (const QList<Link> &rows : std::as_const(m_pages)) {
        for (const Link &link : rows)
            ids << link.id;
    }
    const QHash<qint64, qint64> counts = m_links.clickCounts(ids);
    for (auto page = m_pages.begin(); page != m_pages.end(); ++page) {
        for (int i = 0; i < page->size(); ++i) {
            Link &link = (*page)[i];
            const auto count = counts.constFind(link.id);
            if (count == counts.cend() || *count == link.clicks)
                continue;
            link.clicks = *count;
            const int row = int(page.key() * PageSize) + i;
            if (row < m_rowCount)
                emit dataChanged(index(row, Clicks), index(row, Clicks));
        }
    }
}

const Link *LinkTableModel::rowPointer(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const qint64 page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        it = cachePage(page, loadPage(page));
    } else if (m_pageUse.constLast() != page) {
        m_pageUse.removeOne(page);
        m_pageUse.append(page);
    }
    const int inPage = row % PageSize;
    if (inPage >= it->size())
        return nullptr;   // the table shrank under us; the next refresh fixes the count
    return &it->at(inPage);
}

std::optional<Link> LinkTableModel::linkAt(int row) const
{
    if (const Link *link = rowPointer(row))
        return *link;
    return std::nullopt;
}

int LinkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int LinkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Link *link = rowPointer(index.row());
    if (!link)
        return {};
    switch (role) {
    case LinkIdRole: return link->id;
    case LinkRole: return QVariant::fromValue(*link);
    case SyncStateRole: return int(link->syncState);
    case RawValueRole:
        switch (index.column()) {
        case Clicks: return link->clicks;
        case Created: return link->createdAt;
        case Destination: return link->destination;
        default: break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Destination)
            return UrlValidator::display(link->destination);
        if (index.column() == ShortUrl) {
            switch (link->syncState) {
            case SyncState::PendingCreate:
            case SyncState::PendingUpdate:
            case SyncState::PendingDelete:
                return tr("Made while the service could not be reached. Linkdeck sends it when the network is back.");
            case SyncState::Failed:
                return tr("The service refused this change. Edit the link to try again, or delete it.");
            case SyncState::Synced:
                break;
            }
            return link->shortUrl;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Clicks)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (Column(index.column())) {
    case ShortUrl: {
        const QString url = link->domain + u'/' + (link->slug.isEmpty() ? u"…"_s : link->slug);
        switch (link->syncState) {
        case SyncState::Synced: return url;
        case SyncState::PendingCreate: return tr("%1 (waiting to be sent)").arg(url);
        case SyncState::PendingUpdate: return tr("%1 (changes waiting to be sent)").arg(url);
        case SyncState::PendingDelete: return tr("%1 (deletion waiting to be sent)").arg(url);
        case SyncState::Failed: return tr("%1 (not sent)").arg(url);
        }
        return url;
    }
    case Destination: return UrlValidator::display(link->destination);
    case Title: return link->title;
    case Tags: return link->tags.join(u", "_s);
    case Campaign: return link->campaign();
    case Clicks: return QLocale().toString(link->clicks);
    case Created: return QLocale().toString(link->createdAt.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount: break;
    }
    return {};
}

QVariant LinkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ShortUrl: return tr("Short link");
    case Destination: return tr("Destination");
    case Title: return tr("Title");
    case Tags: return tr("Tags");
    case Campaign: return tr("Campaign");
    case Clicks: return tr("Clicks");
    case Created: return tr("Created");
    case ColumnCount: break;
    }
    return {};
}

LinkQuery::SortKey LinkTableModel::sortKeyFor(int column)
{
    switch (Column(column)) {
    case ShortUrl: return LinkQuery::SortKey::ShortUrl;
    case Destination: return LinkQuery::SortKey::Destination;
    case Title: return LinkQuery::SortKey::Title;
    case Tags: return LinkQuery::SortKey::Tags;
    case Campaign: return LinkQuery::SortKey::Campaign;
    case Clicks: return LinkQuery::SortKey::Clicks;
    case Created:
    case ColumnCount: break;
    }
    return LinkQuery::SortKey::Created;
}

void LinkTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    LinkQuery q = m_query;
    q.sortKey = sortKeyFor(column);
    q.order = order;
    if (q == m_query)
        return;
    // The same rows in another order: a count still running goes on.
    const Notifying notifying(m_notifying);
    beginResetModel();
    m_query = q;
    m_pages.clear();
    m_pageUse.clear();
    endResetModel();
}

} // namespace Linkdeck
