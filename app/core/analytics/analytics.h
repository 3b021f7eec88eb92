#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include "core/base/result.h"
#include "core/providers/linkprovider.h"

namespace Linkdeck {

class Database;

// Click statistics for charts and the CLI, computed from the hourly rollups the redirect
// server keeps. Buckets follow the user's time zone: a day is local midnight to local
// midnight, 23 or 25 hours long on daylight-saving days; a week starts on Monday.
//
//   Analytics a(db);
//   auto s = a.series(a.linksOfCampaign(u"spring-sale"_s), from, to, TimeUnit::Day, QTimeZone("Europe/Berlin"));
class Analytics
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Analytics)
public:
    struct Bucket
    {
        QDateTime start;   // local time in the zone
        QDateTime end;     // exclusive
        qint64 clicks = 0;
    };
    using Share = ClickShare;   // a country code, referrer host, ...; empty = unknown / direct
    struct LinkClicks
    {
        qint64 linkId = 0;
        qint64 clicks = 0;
    };

    explicit Analytics(Database &db)
        : m_db(db)
    {}

    // Bucket boundaries covering the local dates [from, to] in the zone.
    static QList<Bucket> buckets(QDate from, QDate to, TimeUnit unit, const QTimeZone &zone);
    // A sensible unit for a range: hours for a day or two, days up to ~3 months, weeks to a year, then months.
    static TimeUnit defaultUnit(QDate from, QDate to);

    // One value of a breakdown ("country" "DE", "referrer" "" for direct visits, ...).
    struct Filter
    {
        QString dimension;
        QString value;
        bool operator==(const Filter &) const = default;
    };

    Result<QList<Bucket>> series(const QList<qint64> &links, QDate from, QDate to, TimeUnit unit, const QTimeZone &zone,
                                 bool excludeBots = true) const;
    // Only the clicks with this value: "the clicks from Germany over time"; linkTotals, when
    // given, gets each link's clicks with it in the period.
    Result<QList<Bucket>> series(const QList<qint64> &links, QDate from, QDate to, TimeUnit unit, const QTimeZone &zone,
                                 bool excludeBots, const Filter &filter,
                                 QHash<qint64, qint64> *linkTotals = nullptr) const;
    // dimension: "country", "referrer", "device", "browser" or "os"; most clicks first. Bots'
    // clicks are rolled up apart ("bot:country", ...) and counted only when asked.
    Result<QList<Share>> breakdown(const QList<qint64> &links, const QString &dimension, QDate from, QDate to,
                                   const QTimeZone &zone, bool excludeBots = true) const;

    // The same for many links and dimensions at once, a few queries in all instead of one per
    // link and dimension: each link's lists, one per dimension in the order given, each as
    // breakdown({link}, dimension, ...) gives it (a link without clicks: empty lists).
    Result<QHash<qint64, QList<QList<Share>>>> breakdowns(const QList<qint64> &links, const QStringList &dimensions,
                                                          QDate from, QDate to, const QTimeZone &zone,
                                                          bool excludeBots = true) const;

    // The bots' visits in the period (never in a link's clicks; see Link::botClicks).
    Result<qint64> botClicks(const QList<qint64> &links, QDate from, QDate to, const QTimeZone &zone) const;
    // The links with most clicks in the period, most first.
    Result<QList<LinkClicks>> topLinks(const QList<qint64> &links, QDate from, QDate to, const QTimeZone &zone,
                                       bool excludeBots, int limit) const;
    // The start of a local day (the first valid time when midnight falls in a DST gap).
    static QDateTime localMidnight(QDate date, const QTimeZone &zone);

    // A campaign is a utm_campaign value or a tag (case-insensitive), across accounts.
    QList<qint64> linksOfCampaign(const QString &campaign) const;

private:
    Database &m_db;
};

}   // namespace Linkdeck
