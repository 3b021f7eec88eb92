#pragma once

#include <QHash>
#include <QTabWidget>

#include "core/analytics/campaignstats.h"

class QLabel;
class QTableWidget;

namespace Linkdeck::Gui {

// The statistics' tables, a tab each: the top links, then where the clicks came from
// (countries, referrers, devices, browsers, systems), each row with its clicks and its share,
// and what the services said about a breakdown above its table. A click on a breakdown's row
// chooses that value (the dialog then charts it alone); a double click on a link opens it.
// For one link with an A/B split, a first tab shows each variant's clicks against the share of
// visitors it was given, and whether the difference is significant (core's SplitTest).
class StatsTables final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsTables)
public:
    explicit StatsTables(QWidget *parent = nullptr);

    void present(const CampaignStats &stats);
    // "Country" for "country"; a value as shown ("Direct" for an unknown referrer).
    QString dimensionName(const QString &dimension) const { return m_names.value(dimension); }
    static QString valueName(const QString &dimension, const QString &value);
    // The same height whichever tab is chosen: only the shown page's wrapped texts counted, so
    // the tabs jumped down under the pointer when one left the A/B split's tab.
    bool hasHeightForWidth() const override { return false; }

signals:
    void valueChosen(const Analytics::Filter &filter);

private:
    void presentSplit(const CampaignStats::Figures &f);

    QWidget *m_splitPage = nullptr;   // one link's A/B split: a tab shown only then
    QTableWidget *m_splitTable = nullptr;
    QLabel *m_splitSummary = nullptr;
    QTableWidget *m_topLinks = nullptr;
    QList<CampaignStats::TopLink> m_links;                  // as shown
    QHash<QString, QList<CampaignStats::Share>> m_shares;   // as shown, by dimension
    QHash<QString, QTableWidget *> m_tables;                // by dimension
    QHash<QString, QLabel *> m_notes;                       // by dimension
    QHash<QString, QString> m_names;                        // by dimension
};

}   // namespace Linkdeck::Gui
