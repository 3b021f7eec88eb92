#pragma once

#include <QTreeWidget>

#include <optional>

namespace Linkdeck {
class Backend;
}

namespace Linkdeck::Gui {

// The left column: all links, the accounts, and saved filters by tag and by campaign.
// Choosing an entry emits filterChosen() with the part of the link query it sets.
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
    enum Kind {
        AllLinks = 1,
        AccountItem,
        TagItem,
        CampaignItem,
        Heading
    };
    QTreeWidgetItem *heading(const QString &title);

    Backend &m_backend;
    QTreeWidgetItem *m_all = nullptr;
    QTreeWidgetItem *m_accounts = nullptr;
    QTreeWidgetItem *m_tags = nullptr;
    QTreeWidgetItem *m_campaigns = nullptr;
};

} // namespace Linkdeck::Gui
