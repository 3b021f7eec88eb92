#include "gui/sidebar.h"

#include "core/providers/providerregistry.h"
#include "core/sync/backend.h"
#include "gui/icons.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {
namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int ValueRole = Qt::UserRole + 2;
constexpr int CountRole = Qt::UserRole + 3;   // links with the tag or campaign
}   // namespace

Sidebar::Sidebar(Backend &backend, QWidget *parent)
    : QTreeWidget(parent)
    , m_backend(backend)
{
    setObjectName(u"sidebar"_s);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(12);
    setUniformRowHeights(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(160);
    setAccessibleName(tr("Accounts and saved filters"));

    m_all = new QTreeWidgetItem(this, {tr("All links")});
    m_all->setData(0, KindRole, AllLinks);
    m_all->setIcon(0, themedIcon(u"folder-bookmark"_s, QStyle::SP_DirHomeIcon));
    m_accounts = heading(tr("Accounts"));
    m_tags = heading(tr("Tags"));
    m_campaigns = heading(tr("Campaigns"));
    setCurrentItem(m_all);

    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current && current->data(0, KindRole).toInt() != Heading)
            emit filterChosen(currentFilter());
    });
    connect(&m_backend.links(), &LinkRepository::changed, this, &Sidebar::linksChanged);
    connect(&m_backend.accounts(), &AccountRepository::changed, this, &Sidebar::accountsChanged);
    reload();
}

QTreeWidgetItem *Sidebar::heading(const QString &title)
{
    auto *item = new QTreeWidgetItem(this, {title});
    item->setData(0, KindRole, Heading);
    item->setFlags(Qt::ItemIsEnabled);
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    item->setExpanded(true);
    return item;
}

QIcon Sidebar::accountIcon(const Account &account)
{
    const bool here = ProviderRegistry::info(account.provider).icon == ProviderInfo::Icon::ThisComputer;
    return here ? themedIcon(u"computer"_s, QStyle::SP_ComputerIcon)
                : themedIcon(u"network-server"_s, QStyle::SP_DriveNetIcon);
}

QIcon Sidebar::icon(Kind kind)
{
    QIcon &cached = kind == TagItem ? m_tagIcon : m_campaignIcon;
    if (cached.isNull()) {
        cached = kind == TagItem ? themedIcon(u"tag"_s, QStyle::SP_FileLinkIcon)
                                 : themedIcon(u"mail-send"_s, QStyle::SP_ArrowRight);
    }
    return cached;
}

Sidebar::Filter Sidebar::currentFilter() const
{
    Filter f;
    const QTreeWidgetItem *item = currentItem();
    if (!item)
        return f;
    switch (item->data(0, KindRole).toInt()) {
    case AccountItem:
        f.accountId = item->data(0, ValueRole).toLongLong();
        break;
    case TagItem:
        f.tag = item->data(0, ValueRole).toString();
        break;
    case CampaignItem:
        f.campaign = item->data(0, ValueRole).toString();
        break;
    default:
        break;
    }
    return f;
}

void Sidebar::reload()
{
    m_accountsStale = true;
    m_listsStale = true;
    followChanges();
}

void Sidebar::linksChanged(const LinkChange &change)
{
    if (!change.touchesTagsOrCampaigns())
        return;
    if (!change.countsKnown)
        m_listsStale = true;
    for (auto it = change.tagDelta.cbegin(); it != change.tagDelta.cend(); ++it)
        m_tagDelta[it.key()] += it.value();
    for (auto it = change.campaignDelta.cbegin(); it != change.campaignDelta.cend(); ++it)
        m_campaignDelta[it.key()] += it.value();
    if (!m_followQueued) {
        m_followQueued = true;
        QMetaObject::invokeMethod(this, &Sidebar::followChanges, Qt::QueuedConnection);
    }
}

void Sidebar::accountsChanged(const AccountChange &)
{
    m_accountsStale = true;
    if (!m_followQueued) {
        m_followQueued = true;
        QMetaObject::invokeMethod(this, &Sidebar::followChanges, Qt::QueuedConnection);
    }
}

void Sidebar::followChanges()
{
    m_followQueued = false;
    const QTreeWidgetItem *current = currentItem();
    const int currentKind = current ? current->data(0, KindRole).toInt() : AllLinks;
    const QVariant currentValue = current ? current->data(0, ValueRole) : QVariant();
    {
        const QSignalBlocker block(this);
        if (m_accountsStale)
            reloadAccounts();
        if (m_listsStale) {
            // The lists as they are now, counts included: what was heard meanwhile is in them.
            setNames(m_tags, TagItem, m_backend.links().tags());
            setNames(m_campaigns, CampaignItem, m_backend.links().campaigns());
        } else {
            addToCounts(m_tags, TagItem, m_tagDelta);
            addToCounts(m_campaigns, CampaignItem, m_campaignDelta);
        }
        m_tags->setHidden(m_tags->childCount() == 0);
        m_campaigns->setHidden(m_campaigns->childCount() == 0);
    }
    m_accountsStale = m_listsStale = false;
    m_tagDelta.clear();
    m_campaignDelta.clear();
    keepChoice(currentKind, currentValue);
}

void Sidebar::reloadAccounts()
{
    QHash<qint64, QTreeWidgetItem *> byId;
    const QList<QTreeWidgetItem *> old = m_accounts->takeChildren();
    for (QTreeWidgetItem *item : old)
        byId.insert(item->data(0, ValueRole).toLongLong(), item);
    QList<QTreeWidgetItem *> items;
    const auto accounts = m_backend.accounts().all();
    for (const Account &account : accounts) {
        QTreeWidgetItem *item = byId.take(account.id);
        if (!item)
            item = insertItem(nullptr, 0, AccountItem, {}, account.id);
        item->setText(0, account.displayName());
        item->setIcon(0, accountIcon(account));
        items << item;
    }
    qDeleteAll(byId);
    m_accounts->addChildren(items);
}

// The group lists these names, in this order; the entries that stay are kept.
void Sidebar::setNames(QTreeWidgetItem *group, Kind kind, const QList<NameCount> &names)
{
    QHash<QString, QTreeWidgetItem *> byName;
    const QList<QTreeWidgetItem *> old = group->takeChildren();
    for (QTreeWidgetItem *item : old)
        byName.insert(item->data(0, ValueRole).toString(), item);
    QList<QTreeWidgetItem *> items;
    for (const NameCount &name : names) {
        QTreeWidgetItem *item = byName.take(name.name);
        if (!item)
            item = insertItem(nullptr, 0, kind, name.name, name.name);
        item->setData(0, CountRole, name.count);
        item->setToolTip(0, tr("%Ln link(s)", nullptr, int(name.count)));
        items << item;
    }
    qDeleteAll(byName);
    group->addChildren(items);
}

// Moves the numbers of links by the deltas (names differing in case only are one entry): an
// entry comes with its first link and goes with its last.
void Sidebar::addToCounts(QTreeWidgetItem *group, Kind kind, const QHash<QString, qint64> &delta)
{
    for (auto it = delta.cbegin(); it != delta.cend(); ++it) {
        QTreeWidgetItem *item = nullptr;
        int before = group->childCount();   // where a new entry goes, in the list's order
        for (int i = 0; i < group->childCount() && !item; ++i) {
            const int order =
                QString::compare(group->child(i)->data(0, ValueRole).toString(), it.key(), Qt::CaseInsensitive);
            if (order == 0)
                item = group->child(i);
            else if (order > 0 && before == group->childCount())
                before = i;
        }
        const qint64 count = (item ? item->data(0, CountRole).toLongLong() : 0) + it.value();
        if (count <= 0) {
            delete item;
            continue;
        }
        if (!item)
            item = insertItem(group, before, kind, it.key(), it.key());
        item->setData(0, CountRole, count);
        item->setToolTip(0, tr("%Ln link(s)", nullptr, int(count)));
    }
}

QTreeWidgetItem *Sidebar::insertItem(QTreeWidgetItem *group, int index, Kind kind, const QString &text,
                                     const QVariant &value)
{
    auto *item = new QTreeWidgetItem({text});
    item->setData(0, KindRole, kind);
    item->setData(0, ValueRole, value);
    if (kind != AccountItem)
        item->setIcon(0, icon(kind));
    if (group)
        group->insertChild(index, item);
    return item;
}

// Chooses the entry of this kind and value again; All links when it is gone, which changes
// the filter.
void Sidebar::keepChoice(int kind, const QVariant &value)
{
    QTreeWidgetItem *chosen = m_all;
    for (QTreeWidgetItem *group : {m_accounts, m_tags, m_campaigns}) {
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            if (item->data(0, KindRole).toInt() == kind && item->data(0, ValueRole) == value)
                chosen = item;
        }
    }
    {
        const QSignalBlocker block(this);
        setCurrentItem(chosen);
    }
    if (chosen == m_all && kind != AllLinks)
        emit filterChosen(currentFilter());   // the chosen account, tag or campaign is gone
}

}   // namespace Linkdeck::Gui
