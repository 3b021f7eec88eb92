#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <Qt>

#include <optional>

namespace Linkdeck {

// What the link table shows: a filter text typed by the user, the sidebar's choice of
// account, tag or campaign, and a sort column. The repository turns it into SQL.
struct LinkQuery
{
    enum class SortKey {
        ShortUrl,
        Destination,
        Title,
        Tags,
        Campaign,
        Clicks,
        Created,
    };

    QString text;   // matched anywhere in slug, destination, title, tags, campaign
    std::optional<qint64> accountId;
    QString tag;        // exact tag name, or empty
    QString campaign;   // exact utm_campaign, or empty
    // Shlink-style filters (the API uses them; the GUI may later)
    QStringList anyTags;                   // links with at least one of these tags
    QStringList allTags;                   // links with every one of these tags
    QStringList excludeTags;               // links with none of these tags
    bool excludeOnlyWithAllTags = false;   // ... or only those with every one of them
    QString domain;                        // exact domain, or empty
    std::optional<qint64> authorKeyId;     // only links this linkdeck-server API key created
    std::optional<QDateTime> createdFrom;
    std::optional<QDateTime> createdTo;
    bool excludeMaxVisitsReached = false;
    bool excludePastValidUntil = false;
    SortKey sortKey = SortKey::Created;
    Qt::SortOrder order = Qt::DescendingOrder;

    bool operator==(const LinkQuery &) const = default;
};

}   // namespace Linkdeck
