#include "core/linktablemodel.h"

#include "core/linkrepository.h"
#include "core/urlvalidator.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Linkdeck {

LinkTableModel::LinkTableModel(LinkRepository &links, QObject *parent)
    : QAbstractTableModel(parent)
    , m_links(links)
{
    connect(&m_links, &LinkRepository::changed, this, &LinkTableModel::refresh);
    refresh();
}

void LinkTableModel::setQuery(const LinkQuery &query)
{
    if (query == m_query)
        return;
    m_query = query;
    refresh();
}

void LinkTableModel::setFilterText(const QString &text)
{
    LinkQuery q = m_query;
    q.text = text;
    setQuery(q);
}

void LinkTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_totalCount = -1;
    m_rowCount = int(qMin<qint64>(m_links.count(m_query), std::numeric_limits<int>::max()));
    endResetModel();
}

qint64 LinkTableModel::totalCount() const
{
    const bool unfiltered = m_query.text.trimmed().isEmpty() && !m_query.accountId && m_query.tag.isEmpty()
        && m_query.campaign.isEmpty();
    if (unfiltered)
        return m_rowCount;
    if (m_totalCount < 0)
        m_totalCount = m_links.totalCount();
    return m_totalCount;
}

const Link *LinkTableModel::rowPointer(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const qint64 page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= MaxCachedPages) {
            m_pages.remove(m_pageUse.takeFirst());
        }
        it = m_pages.insert(page, m_links.fetch(m_query, page * PageSize, PageSize));
        m_pageUse.append(page);
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
    beginResetModel();
    m_query = q;
    m_pages.clear();
    m_pageUse.clear();
    endResetModel();
}

} // namespace Linkdeck
