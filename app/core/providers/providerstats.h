#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

#include "core/analytics/analytics.h"
#include "core/base/clock.h"
#include "core/base/result.h"
#include "core/providers/linkprovider.h"

namespace Linkdeck {

class Database;

// Statistics fetched from a provider (Bitly's click series, Shlink's visits counted here),
// kept in the database with their fetch time, so that the charts show them offline and say
// how old they are ("updated 5 minutes ago").
class ProviderStats
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::ProviderStats)
public:
    struct Entry
    {
        QList<ClickPoint> points;
        QDateTime fetchedAt;   // UTC
    };

    explicit ProviderStats(Database &db)
        : m_db(db)
    {}

    // The key of one question: which link, which range, which unit.
    static QString requestKey(const QDateTime &from, const QDateTime &to, TimeUnit unit);

    std::optional<Entry> cached(qint64 accountId, const QString &remoteId, const QString &request) const;
    Result<void> store(qint64 accountId, const QString &remoteId, const QString &request,
                       const QList<ClickPoint> &points);

    // The same for breakdowns (by country, referrer, device).
    struct SharesEntry
    {
        QList<ClickShare> shares;
        QDateTime fetchedAt;   // UTC
    };
    static QString breakdownKey(const QString &dimension, const QDateTime &from, const QDateTime &to);
    std::optional<SharesEntry> cachedShares(qint64 accountId, const QString &remoteId, const QString &request) const;
    Result<void> storeShares(qint64 accountId, const QString &remoteId, const QString &request,
                             const QList<ClickShare> &shares);
    // A link's whole life by one dimension, if kept: the newest breakdown fetched for a period
    // from `since` (the link's creation) or before up to its fetch time or later, so that
    // every click until then is in it (the export's breakdowns of a service's link).
    std::optional<SharesEntry> wholeLifeShares(qint64 accountId, const QString &remoteId, const QString &dimension,
                                               const QDateTime &since) const;
    // The same for many links of one account and several dimensions, a few queries in all:
    // remote id -> one entry per dimension in the order given (nullopt where none is kept).
    // links: (remote id, creation).
    QHash<QString, QList<std::optional<SharesEntry>>> wholeLifeShares(qint64 accountId,
                                                                      const QList<std::pair<QString, QDateTime>> &links,
                                                                      const QStringList &dimensions) const;

    // Adds each point (a UTC start) to the local bucket that holds it; returns the clicks
    // added (points outside the buckets are left out).
    static qint64 addToBuckets(QList<Analytics::Bucket> &buckets, const QList<ClickPoint> &points);

    // "updated 5 minutes ago", "updated just now", "updated on 3 Nov 2026".
    static QString age(const QDateTime &fetchedAt, const QDateTime &now = Clock::nowUtc());

private:
    std::optional<std::pair<QByteArray, QDateTime>> read(qint64 accountId, const QString &remoteId,
                                                         const QString &request) const;
    Result<void> write(qint64 accountId, const QString &remoteId, const QString &request, const QByteArray &payload);
    Database &m_db;
};

}   // namespace Linkdeck
