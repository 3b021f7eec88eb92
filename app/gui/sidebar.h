#pragma once

#include <QHash>
#include <QTreeWidget>

#include <optional>

namespace Linkdeck {
class Backend;
struct Account;
struct AccountChange;
struct LinkChange;
struct NameCount;
}   // namespace Linkdeck

namespace Linkdeck::Gui {

// The left column: all links, the accounts, and saved filters by tag and by campaign.
// Choosing an entry emits filterChosen() with the part of the link query it sets.
// It follows the repositories' changes: a link written moves the numbers of its tags and
// campaign, an account added, renamed or removed changes its entry; only renamed or deleted
// tags and bulk changes read the lists again.
class Sidebar final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)
public:
    struct Filter
    {
        std::optional<qint64> accountId;
        QString tag;
        QString campaign;
    };

    explicit Sidebar(Backend &backend, QWidget *parent = nullptr);

    void reload();   // re-reads accounts, tags and campaigns, keeping the current choice
    Filter currentFilter() const;

signals:
    void filterChosen(const Linkdeck::Gui::Sidebar::Filter &filter);

private:
    enum Kind { AllLinks = 1, AccountItem, TagItem, CampaignItem, Heading };
    QTreeWidgetItem *heading(const QString &title);
    void linksChanged(const LinkChange &change);
    void accountsChanged(const AccountChange &change);
    void followChanges();
    void reloadAccounts();
    void setNames(QTreeWidgetItem *group, Kind kind, const QList<NameCount> &names);
    void addToCounts(QTreeWidgetItem *group, Kind kind, const QHash<QString, qint64> &delta);
    QTreeWidgetItem *insertItem(QTreeWidgetItem *group, int index, Kind kind, const QString &text,
                                const QVariant &value);
    static QIcon accountIcon(const Account &account);
    // One icon per kind, made once: the style loads its icons from image files, and a
    // million links can bring a thousand campaigns (1 s of PNG decoding at start).
    QIcon icon(Kind kind);
    void keepChoice(int kind, const QVariant &value);

    Backend &m_backend;
    QTreeWidgetItem *m_all = nullptr;
    QTreeWidgetItem *m_accounts = nullptr;
    QTreeWidgetItem *m_tags = nullptr;
    QTreeWidgetItem *m_campaigns = nullptr;
    // Changes heard and not yet shown: followChanges() shows them from the event loop, once
    // for a burst of writes.
    QHash<QString, qint64> m_tagDelta;
    QHash<QString, qint64> m_campaignDelta;
    QIcon m_tagIcon;
    QIcon m_campaignIcon;
    bool m_listsStale = false;
    bool m_accountsStale = false;
    bool m_followQueued = false;
};

}   // namespace Linkdeck::Gui
