#include "gui/sidebar.h"

#include "core/backend.h"
#include "gui/icons.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {
namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int ValueRole = Qt::UserRole + 2;
} // namespace

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
    connect(&m_backend.links(), &LinkRepository::changed, this, &Sidebar::reload, Qt::QueuedConnection);
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

Sidebar::Filter Sidebar::currentFilter() const
{
    Filter f;
    const QTreeWidgetItem *item = currentItem();
    if (!item)
        return f;
    switch (item->data(0, KindRole).toInt()) {
    case AccountItem: f.accountId = item->data(0, ValueRole).toLongLong(); break;
    case TagItem: f.tag = item->data(0, ValueRole).toString(); break;
    case CampaignItem: f.campaign = item->data(0, ValueRole).toString(); break;
    default: break;
    }
    return f;
}

void Sidebar::reload()
{
    const QTreeWidgetItem *current = currentItem();
    const int currentKind = current ? current->data(0, KindRole).toInt() : AllLinks;
    const QVariant currentValue = current ? current->data(0, ValueRole) : QVariant();

    const QSignalBlocker block(this);
    for (QTreeWidgetItem *group : {m_accounts, m_tags, m_campaigns})
        qDeleteAll(group->takeChildren());

    QTreeWidgetItem *restore = m_all;
    auto add = [&](QTreeWidgetItem *group, Kind kind, const QString &text, const QVariant &value, const QIcon &icon) {
        auto *item = new QTreeWidgetItem(group, {text});
        item->setData(0, KindRole, kind);
        item->setData(0, ValueRole, value);
        item->setIcon(0, icon);
        if (kind == currentKind && value == currentValue)
            restore = item;
        return item;
    };

    const auto accounts = m_backend.accounts().all();
    for (const Account &account : accounts) {
        const QString name = account.displayName();
        add(m_accounts, AccountItem, name, account.id,
            account.provider == ProviderKind::Local ? themedIcon(u"computer"_s, QStyle::SP_ComputerIcon)
                                                    : themedIcon(u"network-server"_s, QStyle::SP_DriveNetIcon));
    }
    const auto tags = m_backend.links().tags();
    for (const NameCount &tag : tags) {
        auto *item = add(m_tags, TagItem, tag.name, tag.name, themedIcon(u"tag"_s, QStyle::SP_FileLinkIcon));
        item->setToolTip(0, tr("%Ln link(s)", nullptr, int(tag.count)));
    }
    const auto campaigns = m_backend.links().campaigns();
    for (const NameCount &campaign : campaigns) {
        auto *item = add(m_campaigns, CampaignItem, campaign.name, campaign.name,
                         themedIcon(u"mail-send"_s, QStyle::SP_ArrowRight));
        item->setToolTip(0, tr("%Ln link(s)", nullptr, int(campaign.count)));
    }
    m_tags->setHidden(tags.isEmpty());
    m_campaigns->setHidden(campaigns.isEmpty());
    setCurrentItem(restore);
    if (restore == m_all && currentKind != AllLinks)
        emit filterChosen(currentFilter());   // the chosen tag or campaign is gone
}

} // namespace Linkdeck::Gui
