#include "core/models/linktablemodel.h"

#include "core/base/datetext.h"
#include "core/base/future.h"
#include "core/links/urlvalidator.h"
#include "core/storage/linkrepository.h"

#include <algorithm>
#include <climits>
#include <functional>
#include <limits>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Linkdeck {
namespace {

// Counts the model in a stretch of work while it lives (sending change signals, from
// begin...() to end...(); following a change of the links).
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

// Whether the two sort alike: an edit that leaves the sort value as it was leaves the row
// where it is.
bool sortsAlike(const Link &a, const Link &b, LinkQuery::SortKey key)
{
    switch (key) {
    case LinkQuery::SortKey::ShortUrl:
        return a.slug == b.slug;
    case LinkQuery::SortKey::Destination:
        return a.destination == b.destination;
    case LinkQuery::SortKey::Title:
        return a.title == b.title;
    case LinkQuery::SortKey::Tags:
        return a.tags == b.tags;
    case LinkQuery::SortKey::Campaign:
        return a.campaign() == b.campaign();
    case LinkQuery::SortKey::Clicks:
        return a.clicks == b.clicks;
    case LinkQuery::SortKey::Created:
        return a.createdAt == b.createdAt;
    }
    return false;
}

}   // namespace

LinkTableModel::LinkTableModel(LinkRepository &links, QObject *parent)
    : QAbstractTableModel(parent)
    , m_links(links)
{
    connect(&m_links, &LinkRepository::changed, this, &LinkTableModel::linksChanged);
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

void LinkTableModel::linksChanged(const LinkChange &change)
{
    if (m_notifying > 0) {
        // Written from a slot of one of this model's change signals: read again after it.
        QMetaObject::invokeMethod(this, &LinkTableModel::refresh, Qt::QueuedConnection);
        return;
    }
    bool followed = false;
    {
        const Notifying following(m_following);
        switch (change.kind) {
        case LinkChange::Inserted:
            followed = followInserted(change.ids);
            break;
        case LinkChange::Updated:
            followed = followUpdated(change.ids);
            break;
        case LinkChange::Removed:
            followed = followRemoved(change.ids);
            break;
        case LinkChange::Many:
            break;
        }
    }
    if (!followed) {
        refresh();
        return;
    }
    if (m_totalCount >= 0 && change.kind == LinkChange::Inserted)
        m_totalCount += change.ids.size();
    else if (m_totalCount >= 0 && change.kind == LinkChange::Removed)
        m_totalCount -= change.ids.size();
    if (m_countKnown) {
        if (isUnfiltered())
            m_totalCount = m_rowCount;
    } else {
        // The count running may have read the links before this change or after it.
        stopCounting();
        startCounting();
    }
    emit countChanged();
}

// Several links at once come from syncs and imports: those are read again. One at a time,
// the rows the views know and the database differ by that one link, and the rows around it
// can be read as the views know them until they hear of it.
bool LinkTableModel::followInserted(const QList<qint64> &ids)
{
    if (ids.size() != 1)
        return false;
    const std::optional<qint64> position = m_links.positionOf(m_query, ids.constFirst(), PlaceBudgetMs);
    if (!position)
        return false;
    if (*position < 0)
        return true;   // not shown
    if (*position < m_rowCount || (m_countKnown && *position == m_rowCount))
        insertShownRow(int(*position), ids.constFirst());
    else if (m_countKnown)
        return false;   // out of step with the database
    // else beyond the rows loaded while the count runs: the count brings it
    return true;
}

bool LinkTableModel::followRemoved(const QList<qint64> &ids)
{
    if (ids.size() != 1)
        return false;
    if (const int row = loadedRowOf(ids.constFirst()); row >= 0)
        removeShownRow(row);
    else if (!allRowsLoaded())
        return false;   // it may have been on a page not loaded
    return true;
}

bool LinkTableModel::followUpdated(const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        const int row = loadedRowOf(id);
        const std::optional<Link> link = m_links.find(id);
        if (!link)
            return false;   // gone since: its removal follows
        if (row >= 0 && sortsAlike(*rowPointer(row), *link, m_query.sortKey) && m_links.shows(m_query, id)) {
            replaceLoaded(row, *link);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        // It moves, comes or goes. Moves among several rows that change are not worth following.
        if (ids.size() > 1)
            return false;
        const std::optional<qint64> position = m_links.positionOf(m_query, id, PlaceBudgetMs);
        if (!position)
            return false;
        const bool loaded = *position >= 0 && *position < m_rowCount + (m_countKnown && row < 0 ? 1 : 0);
        if (row >= 0) {
            if (loaded)
                moveShownRow(row, int(*position), *link);
            else
                removeShownRow(row);   // not shown any more, or beyond the rows loaded while counting
        } else if (!allRowsLoaded()) {
            return false;   // it may have been on a page not loaded
        } else if (loaded) {
            insertShownRow(int(*position), id);
        }
    }
    return true;
}

void LinkTableModel::insertShownRow(int row, qint64 id)
{
    // The database has the link at `row` already. Its page as the views know it until they
    // hear of it is the same without the link (rows before it are the same in both).
    const qint64 page = row / PageSize;
    QList<Link> now = readRows(page * PageSize, PageSize + 1, m_countKnown ? m_rowCount + 1 : -1);
    QList<Link> before = now;
    before.removeIf([id](const Link &link) { return link.id == id; });
    before.resize(qMin(before.size(), qsizetype(PageSize)));
    now.resize(qMin(now.size(), qsizetype(PageSize)));
    cachePage(page, std::move(before));
    const Notifying notifying(m_notifying);
    beginInsertRows({}, row, row);
    dropPages(page + 1);   // the rows after it move down: read them again
    cachePage(page, std::move(now));
    ++m_rowCount;
    endInsertRows();
}

void LinkTableModel::removeShownRow(int row)
{
    // The database no longer has the link. Should the row after it start the next page, that
    // page as the views know it until they hear of it.
    const qint64 page = row / PageSize;
    const qint64 rowsInDatabase = m_countKnown ? m_rowCount - 1 : -1;
    rowPointer(row);   // keeps its page from being evicted for the next
    if (const qint64 next = page + 1; row + 1 == next * PageSize && row + 1 < m_rowCount && !m_pages.contains(next))
        cachePage(next, readRows(next * PageSize - 1, PageSize, rowsInDatabase));
    QList<Link> now = readRows(page * PageSize, PageSize, rowsInDatabase);
    const Notifying notifying(m_notifying);
    beginRemoveRows({}, row, row);
    dropPages(page + 1);
    cachePage(page, std::move(now));
    --m_rowCount;
    endRemoveRows();
}

void LinkTableModel::moveShownRow(int from, int to, const Link &link)
{
    if (from == to) {
        replaceLoaded(from, link);
    } else {
        const Notifying notifying(m_notifying);
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        dropPages(qMin(from, to) / PageSize, qMax(from, to) / PageSize);
        endMoveRows();
    }
    emit dataChanged(index(to, 0), index(to, ColumnCount - 1));
}

void LinkTableModel::replaceLoaded(int row, const Link &link)
{
    if (const auto page = m_pages.find(row / PageSize); page != m_pages.end() && row % PageSize < page->size())
        (*page)[row % PageSize] = link;
}

void LinkTableModel::dropPages(qint64 first, qint64 last)
{
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (it.key() >= first && it.key() <= last) {
            m_pageUse.removeOne(it.key());
            it = m_pages.erase(it);
        } else {
            ++it;
        }
    }
}

bool LinkTableModel::allRowsLoaded() const
{
    for (qint64 page = 0; page * PageSize < m_rowCount; ++page) {
        if (!m_pages.contains(page))
            return false;
    }
    return true;
}

int LinkTableModel::loadedRowOf(qint64 id) const
{
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        for (int i = 0; i < page->size(); ++i) {
            if (page->at(i).id == id) {
                const qint64 row = page.key() * PageSize + i;
                return row < m_rowCount ? int(row) : -1;
            }
        }
    }
    return -1;
}

int LinkTableModel::rowOf(qint64 id, int budgetMs)
{
    if (const int row = loadedRowOf(id); row >= 0)
        return row;
    const std::optional<qint64> position = m_links.positionOf(m_query, id, budgetMs);
    if (!position || *position < 0)
        return -1;
    if (*position >= m_rowCount) {
        // Beyond the rows loaded while the count runs: load them up to the link's page.
        if (m_countKnown || m_notifying > 0)
            return -1;   // out of step with the database
        const qint64 page = *position / PageSize;
        QList<Link> rows = m_links.fetch(m_query, page * PageSize, PageSize);
        const bool last = rows.size() < PageSize;
        const qint64 end = page * PageSize + rows.size();
        if (end > m_rowCount) {
            const Notifying notifying(m_notifying);
            beginInsertRows({}, m_rowCount, int(end - 1));
            cachePage(page, std::move(rows));
            m_rowCount = int(end);
            endInsertRows();
        }
        if (last) {
            m_countKnown = true;
            m_count.cancel();
            if (isUnfiltered())
                m_totalCount = m_rowCount;
            emit countChanged();
        }
    }
    if (*position < m_rowCount) {
        if (const Link *link = rowPointer(int(*position)); link && link->id == id)
            return int(*position);
    }
    return loadedRowOf(id);
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
    // The view scrolled to the end of the rows loaded while the count still runs: the rest
    // of the page (a new link may have moved the end off a page's edge), and if it is short
    // the count is known.
    const qint64 page = m_rowCount / PageSize;
    QList<Link> rows = m_links.fetch(m_query, page * PageSize, PageSize);
    const int end = int(page * PageSize + rows.size());
    if (rows.size() < PageSize) {
        m_countKnown = true;
        m_count.cancel();
    }
    if (end > m_rowCount) {
        const Notifying notifying(m_notifying);
        beginInsertRows({}, m_rowCount, end - 1);
        cachePage(page, std::move(rows));
        m_rowCount = end;
        endInsertRows();
    } else if (end < m_rowCount) {
        // Another program deleted links since.
        const Notifying notifying(m_notifying);
        beginRemoveRows({}, end, m_rowCount - 1);
        dropPages(page);
        m_rowCount = end;
        endRemoveRows();
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
    // While following a change the database may have a row more or less than the views know.
    return readRows(page * PageSize, PageSize, m_countKnown && m_following == 0 ? m_rowCount : -1);
}

QList<Link> LinkTableModel::readRows(qint64 offset, int limit, qint64 rowsInDatabase) const
{
    // In the far half of a counted result, read the rows backwards from the end: SQLite
    // steps over every row an OFFSET skips, and a filtered walk tests each of them.
    if (rowsInDatabase >= 0 && offset > rowsInDatabase / 2 && rowsInDatabase < std::numeric_limits<int>::max()) {
        const qint64 end = qMin<qint64>(offset + limit, rowsInDatabase);
        if (end <= offset)
            return {};
        LinkQuery reversed = m_query;
        reversed.order = m_query.order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        QList<Link> rows = m_links.fetch(reversed, rowsInDatabase - end, int(end - offset));
        std::reverse(rows.begin(), rows.end());
        return rows;
    }
    return m_links.fetch(m_query, offset, limit);
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
    const QHash<qint64, ClickCount> counts = m_links.clickCounts(ids);
    for (auto page = m_pages.begin(); page != m_pages.end(); ++page) {
        for (int i = 0; i < page->size(); ++i) {
            Link &link = (*page)[i];
            const auto count = counts.constFind(link.id);
            if (count == counts.cend() || *count == ClickCount{link.clicks, link.botClicks})
                continue;
            link.clicks = count->people;
            link.botClicks = count->bots;
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
    case LinkIdRole:
        return link->id;
    case LinkRole:
        return QVariant::fromValue(*link);
    case SyncStateRole:
        return int(link->syncState);
    case RawValueRole:
        switch (index.column()) {
        case Clicks:
            return link->clicks;
        case Created:
            return link->createdAt;
        case Destination:
            return link->destination;
        default:
            break;
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
        if (index.column() == Clicks)
            return clicksToolTip(*link);
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
        case SyncState::Synced:
            return url;
        case SyncState::PendingCreate:
            return tr("%1 (waiting to be sent)").arg(url);
        case SyncState::PendingUpdate:
            return tr("%1 (changes waiting to be sent)").arg(url);
        case SyncState::PendingDelete:
            return tr("%1 (deletion waiting to be sent)").arg(url);
        case SyncState::Failed:
            return tr("%1 (not sent)").arg(url);
        }
        return url;
    }
    case Destination:
        return UrlValidator::display(link->destination);
    case Title:
        return link->title;
    case Tags:
        return link->tags.join(u", "_s);
    case Campaign:
        return link->campaign();
    case Clicks:
        return clicksText(*link);
    case Created:
        return DateText::minutes(link->createdAt.toLocalTime());
    case ColumnCount:
        break;
    }
    return {};
}

QString LinkTableModel::clicksText(const Link &link)
{
    const QString people = QLocale().toString(link.clicks);
    if (link.botClicks <= 0)
        return people;
    //: The clicks of people, then the visits of bots apart, e.g. "41 (+1 bot)"
    return tr("%1 (+%Ln bot(s))", nullptr, int(qMin<qint64>(link.botClicks, INT_MAX))).arg(people);
}

QString LinkTableModel::clicksToolTip(const Link &link)
{
    const QString people = tr("%Ln click(s) by people.", nullptr, int(qMin<qint64>(link.clicks, INT_MAX)));
    if (link.botClicks <= 0)
        return people;
    return people + u' '
        + tr("%Ln visit(s) by bots (link previews, crawlers), not counted.", nullptr,
             int(qMin<qint64>(link.botClicks, INT_MAX)));
}

QString LinkTableModel::clicksDefinition()
{
    return tr("Clicks by people since the link was made, as the statistics count them. Visits by bots (link "
              "previews, crawlers) are not counted; where there were some, they are shown apart: “41 (+1 bot)”.");
}

QVariant LinkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Clicks)
        return clicksDefinition();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ShortUrl:
        return tr("Short link");
    case Destination:
        return tr("Destination");
    case Title:
        return tr("Title");
    case Tags:
        return tr("Tags");
    case Campaign:
        return tr("Campaign");
    case Clicks:
        return tr("Clicks");
    case Created:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

LinkQuery::SortKey LinkTableModel::sortKeyFor(int column)
{
    switch (Column(column)) {
    case ShortUrl:
        return LinkQuery::SortKey::ShortUrl;
    case Destination:
        return LinkQuery::SortKey::Destination;
    case Title:
        return LinkQuery::SortKey::Title;
    case Tags:
        return LinkQuery::SortKey::Tags;
    case Campaign:
        return LinkQuery::SortKey::Campaign;
    case Clicks:
        return LinkQuery::SortKey::Clicks;
    case Created:
    case ColumnCount:
        break;
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

}   // namespace Linkdeck
