#include "core/analytics/analytics.h"

#include "core/base/sqlite.h"
#include "core/storage/clickrollups.h"
#include "core/storage/database.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace Linkdeck {

namespace {
QString idList(const QList<qint64> &links)
{
    QStringList ids;
    ids.reserve(links.size());
    for (qint64 id : links)
        ids << QString::number(id);
    return ids.join(u',');
}

// One breakdown's clicks by value, summed from the rollups' packed entries; shares() gives
// them as Analytics::breakdown does: values with clicks, most clicks first.
class ShareSums
{
public:
    void add(std::string_view value, std::int64_t clicks)
    {
        auto it = m_sums.find(value);
        if (it == m_sums.end()) {
            m_keep.push_back(std::make_unique<char[]>(value.size() + 1));
            std::copy(value.begin(), value.end(), m_keep.back().get());
            it = m_sums.emplace(std::string_view(m_keep.back().get(), value.size()), 0).first;
        }
        it->second += clicks;
    }
    QList<Analytics::Share> shares() const
    {
        QList<Analytics::Share> out;
        out.reserve(qsizetype(m_sums.size()));
        for (const auto &[value, clicks] : m_sums) {
            if (clicks > 0)
                out << Analytics::Share{QString::fromUtf8(value.data(), qsizetype(value.size())), clicks};
        }
        std::sort(out.begin(), out.end(), [](const Analytics::Share &a, const Analytics::Share &b) {
            return a.clicks != b.clicks ? a.clicks > b.clicks : a.value < b.value;
        });
        return out;
    }

private:
    std::unordered_map<std::string_view, qint64> m_sums;
    std::vector<std::unique_ptr<char[]>> m_keep;   // the values' bytes, alive as long as m_sums
};

}   // namespace

QDateTime Analytics::localMidnight(QDate date, const QTimeZone &zone)
{
    // Midnight may not exist (a DST jump at 00:00): Qt moves it forward to the first valid time.
    return QDateTime(date, QTime(0, 0), zone);
}

TimeUnit Analytics::defaultUnit(QDate from, QDate to)
{
    const qint64 days = from.daysTo(to) + 1;
    if (days <= 2)
        return TimeUnit::Hour;
    if (days <= 92)
        return TimeUnit::Day;
    if (days <= 366)
        return TimeUnit::Week;
    return TimeUnit::Month;
}

QList<Analytics::Bucket> Analytics::buckets(QDate from, QDate to, TimeUnit unit, const QTimeZone &zone)
{
    QList<Bucket> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    const QDateTime end = localMidnight(to.addDays(1), zone);
    QDateTime start;
    switch (unit) {
    case TimeUnit::Hour:
        start = localMidnight(from, zone);
        // Hours are real hours (UTC steps): a DST day has 23 or 25 of them.
        for (QDateTime t = start; t < end; t = t.addSecs(3600))
            out << Bucket{t, t.addSecs(3600), 0};
        return out;
    case TimeUnit::Day:
        for (QDate d = from; d <= to; d = d.addDays(1))
            out << Bucket{localMidnight(d, zone), localMidnight(d.addDays(1), zone), 0};
        return out;
    case TimeUnit::Week: {
        QDate d = from.addDays(1 - from.dayOfWeek());   // Monday
        for (; d <= to; d = d.addDays(7))
            out << Bucket{localMidnight(std::max(d, from), zone),
                          localMidnight(std::min(d.addDays(7), to.addDays(1)), zone), 0};
        return out;
    }
    case TimeUnit::Month: {
        QDate d(from.year(), from.month(), 1);
        for (; d <= to; d = d.addMonths(1))
            out << Bucket{localMidnight(std::max(d, from), zone),
                          localMidnight(std::min(d.addMonths(1), to.addDays(1)), zone), 0};
        return out;
    }
    }
    return out;
}

Result<QList<Analytics::Bucket>> Analytics::series(const QList<qint64> &links, QDate from, QDate to, TimeUnit unit,
                                                   const QTimeZone &zone, bool excludeBots) const
{
    QList<Bucket> out = buckets(from, to, unit, zone);
    if (out.isEmpty() || links.isEmpty())
        return out;
    // The rollups count whole UTC hours: each hour lands in the bucket that contains it.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString counted = excludeBots ? u"clicks - bots"_s : u"clicks"_s;
    q.prepare(u"SELECT hour, sum(%2) FROM click_hours WHERE link_id IN (%1) AND hour >= ? AND hour < ? "
              u"GROUP BY hour ORDER BY hour"_s.arg(idList(links), counted));
    q.addBindValue(out.first().start.toSecsSinceEpoch());
    q.addBindValue(out.last().end.toSecsSinceEpoch());
    if (!q.exec())
        return storageError(tr("Could not read the click statistics."), q.lastError());
    qsizetype bucket = 0;
    while (q.next()) {
        const qint64 hour = q.value(0).toLongLong();
        while (bucket < out.size() && out.at(bucket).end.toSecsSinceEpoch() <= hour)
            ++bucket;
        if (bucket == out.size())
            break;
        out[bucket].clicks += q.value(1).toLongLong();
    }
    return out;
}

Result<qint64> Analytics::botClicks(const QList<qint64> &links, QDate from, QDate to, const QTimeZone &zone) const
{
    if (links.isEmpty() || !from.isValid() || !to.isValid() || to < from)
        return qint64(0);
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT coalesce(sum(bots), 0) FROM click_hours WHERE link_id IN (%1) AND hour >= ? AND hour < ?"_s.arg(
        idList(links)));
    q.addBindValue(localMidnight(from, zone).toSecsSinceEpoch());
    q.addBindValue(localMidnight(to.addDays(1), zone).toSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return storageError(tr("Could not read the click statistics."), q.lastError());
    return q.value(0).toLongLong();
}

Result<QList<Analytics::Bucket>> Analytics::series(const QList<qint64> &links, QDate from, QDate to, TimeUnit unit,
                                                   const QTimeZone &zone, bool excludeBots, const Filter &filter,
                                                   QHash<qint64, qint64> *linkTotals) const
{
    QList<Bucket> out = buckets(from, to, unit, zone);
    if (out.isEmpty() || links.isEmpty())
        return out;
    const std::uint8_t people = Rollups::codeOf(filter.dimension.toStdString());
    if (!people || (people & Rollups::BotFlag))
        return Error::make(Error::Kind::Storage, tr("Could not read the click statistics."),
                           u"unknown dimension "_s + filter.dimension);
    const std::uint8_t bots = excludeBots ? people : std::uint8_t(people | Rollups::BotFlag);
    const QByteArray wanted = filter.value.toUtf8();
    const std::string_view value(wanted.constData(), std::size_t(wanted.size()));
    sqlite3 *handle = sqliteHandle(m_db.connection());
    sqlite3_stmt *stmt = nullptr;
    // Each hour's count of the value, from its packed breakdown, link by link along the key.
    if (!handle
        || sqlite3_prepare_v2(handle,
                              "SELECT hour, dims FROM click_hours WHERE link_id = ?1 AND hour >= ?2 AND hour < ?3", -1,
                              &stmt, nullptr)
            != SQLITE_OK) {
        return Error::make(Error::Kind::Storage, tr("Could not read the click statistics."),
                           handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : u"not an SQLite database"_s);
    }
    const qint64 first = out.first().start.toSecsSinceEpoch();
    const qint64 last = out.last().end.toSecsSinceEpoch();
    std::map<qint64, qint64> byHour;
    int step = SQLITE_DONE;
    for (qint64 link : links) {
        sqlite3_bind_int64(stmt, 1, link);
        sqlite3_bind_int64(stmt, 2, first);
        sqlite3_bind_int64(stmt, 3, last);
        while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
            const qint64 hour = sqlite3_column_int64(stmt, 0);
            const auto *data = static_cast<const char *>(sqlite3_column_blob(stmt, 1));
            std::int64_t clicks = 0;
            Rollups::forEach(std::string_view(data ? data : "", std::size_t(sqlite3_column_bytes(stmt, 1))),
                             [&](std::uint8_t code, std::string_view v, std::int64_t n) {
                                 if ((code == people || code == bots) && v == value)
                                     clicks += n;
                             });
            if (clicks > 0) {
                byHour[hour] += clicks;
                if (linkTotals)
                    (*linkTotals)[link] += clicks;
            }
        }
        sqlite3_reset(stmt);
        if (step != SQLITE_DONE)
            break;
    }
    const QString failure = step == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(stmt);
    if (!failure.isNull())
        return Error::make(Error::Kind::Storage, tr("Could not read the click statistics."), failure);
    // Each UTC hour into the bucket that contains it, as series() without a filter does.
    qsizetype bucket = 0;
    for (const auto &[hour, clicks] : byHour) {
        while (bucket < out.size() && out.at(bucket).end.toSecsSinceEpoch() <= hour)
            ++bucket;
        if (bucket == out.size())
            break;
        out[bucket].clicks += clicks;
    }
    return out;
}

Result<QList<Analytics::Share>> Analytics::breakdown(const QList<qint64> &links, const QString &dimension, QDate from,
                                                     QDate to, const QTimeZone &zone, bool excludeBots) const
{
    QList<Share> out;
    if (links.isEmpty() || !from.isValid() || !to.isValid() || to < from)
        return out;
    const std::uint8_t people = Rollups::codeOf(dimension.toStdString());
    if (!people || (people & Rollups::BotFlag))
        return Error::make(Error::Kind::Storage, tr("Could not read the click statistics."),
                           u"unknown dimension "_s + dimension);
    const std::uint8_t bots = excludeBots ? people : std::uint8_t(people | Rollups::BotFlag);
    const qint64 fromSecs = localMidnight(from, zone).toSecsSinceEpoch();
    const qint64 toSecs = localMidnight(to.addDays(1), zone).toSecsSinceEpoch();
    sqlite3 *handle = sqliteHandle(m_db.connection());
    sqlite3_stmt *stmt = nullptr;
    // A campaign over 90 days is some 100,000 link-hours: read link by link along the primary
    // key through SQLite's own API, each hour's breakdown summed from its packed entries.
    if (!handle
        || sqlite3_prepare_v2(handle, "SELECT dims FROM click_hours WHERE link_id = ?1 AND hour >= ?2 AND hour < ?3",
                              -1, &stmt, nullptr)
            != SQLITE_OK) {
        return Error::make(Error::Kind::Storage, tr("Could not read the click statistics."),
                           handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : u"not an SQLite database"_s);
    }
    ShareSums sums;
    auto sum = [&](std::uint8_t code, std::string_view value, std::int64_t clicks) {
        if (code == people || code == bots)
            sums.add(value, clicks);
    };
    int step = SQLITE_DONE;
    for (qint64 link : links) {
        sqlite3_bind_int64(stmt, 1, link);
        sqlite3_bind_int64(stmt, 2, fromSecs);
        sqlite3_bind_int64(stmt, 3, toSecs);
        while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto *data = static_cast<const char *>(sqlite3_column_blob(stmt, 0));
            Rollups::forEach(std::string_view(data ? data : "", std::size_t(sqlite3_column_bytes(stmt, 0))), sum);
        }
        sqlite3_reset(stmt);
        if (step != SQLITE_DONE)
            break;
    }
    const QString failure = step == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(stmt);
    if (!failure.isNull())
        return Error::make(Error::Kind::Storage, tr("Could not read the click statistics."), failure);
    return sums.shares();
}

Result<QHash<qint64, QList<QList<Analytics::Share>>>> Analytics::breakdowns(const QList<qint64> &links,
                                                                            const QStringList &dimensions, QDate from,
                                                                            QDate to, const QTimeZone &zone,
                                                                            bool excludeBots) const
{
    QHash<qint64, QList<QList<Share>>> out;
    if (links.isEmpty() || !from.isValid() || !to.isValid() || to < from)
        return out;
    // slot[code]: the dimension an entry of that code counts in (its index + 1), 0 for none.
    std::array<int, 256> slot{};
    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        const std::uint8_t people = Rollups::codeOf(dimensions.at(i).toStdString());
        if (!people || (people & Rollups::BotFlag))
            return Error::make(Error::Kind::Storage, tr("Could not read the click statistics."),
                               u"unknown dimension "_s + dimensions.at(i));
        slot[people] = int(i + 1);
        if (!excludeBots)
            slot[std::uint8_t(people | Rollups::BotFlag)] = int(i + 1);
    }
    const qint64 fromSecs = localMidnight(from, zone).toSecsSinceEpoch();
    const qint64 toSecs = localMidnight(to.addDays(1), zone).toSecsSinceEpoch();
    sqlite3 *handle = sqliteHandle(m_db.connection());
    if (!handle)
        return Error::make(Error::Kind::Storage, tr("Could not read the click statistics."),
                           u"not an SQLite database"_s);
    // One query per chunk of links, each of their hours' packed entries read once for every
    // dimension: a link at a time (breakdown()) costs five queries per link.
    constexpr qsizetype Chunk = 1000;
    std::unordered_map<qint64, std::vector<ShareSums>> sums;
    for (qsizetype start = 0; start < links.size(); start += Chunk) {
        const QList<qint64> chunk = links.mid(start, Chunk);
        const QByteArray sql = "SELECT link_id, dims FROM click_hours WHERE link_id IN (" + idList(chunk).toLatin1()
            + ") AND hour >= ?1 AND hour < ?2";
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
            return Error::make(Error::Kind::Storage, tr("Could not read the click statistics."),
                               QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_bind_int64(stmt, 1, fromSecs);
        sqlite3_bind_int64(stmt, 2, toSecs);
        int step = SQLITE_DONE;
        while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
            auto &bySlot = sums[sqlite3_column_int64(stmt, 0)];
            if (bySlot.empty())
                bySlot.resize(std::size_t(dimensions.size()));
            const auto *data = static_cast<const char *>(sqlite3_column_blob(stmt, 1));
            Rollups::forEach(std::string_view(data ? data : "", std::size_t(sqlite3_column_bytes(stmt, 1))),
                             [&](std::uint8_t code, std::string_view value, std::int64_t clicks) {
                                 if (const int s = slot[code])
                                     bySlot[std::size_t(s - 1)].add(value, clicks);
                             });
        }
        const QString failure = step == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(stmt);
        if (!failure.isNull())
            return Error::make(Error::Kind::Storage, tr("Could not read the click statistics."), failure);
        for (qint64 link : chunk) {
            QList<QList<Share>> lists;
            lists.reserve(dimensions.size());
            const auto it = sums.find(link);
            for (qsizetype i = 0; i < dimensions.size(); ++i)
                lists << (it == sums.end() ? QList<Share>() : it->second[std::size_t(i)].shares());
            out.insert(link, lists);
        }
        sums.clear();
    }
    return out;
}

Result<QList<Analytics::LinkClicks>> Analytics::topLinks(const QList<qint64> &links, QDate from, QDate to,
                                                         const QTimeZone &zone, bool excludeBots, int limit) const
{
    QList<LinkClicks> out;
    if (links.isEmpty() || !from.isValid() || !to.isValid() || to < from)
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString counted = excludeBots ? u"clicks - bots"_s : u"clicks"_s;
    q.prepare(u"SELECT link_id, sum(%2) AS n FROM click_hours WHERE link_id IN (%1) AND hour >= ? AND hour < ? "
              u"GROUP BY link_id HAVING n > 0 ORDER BY n DESC, link_id LIMIT %3"_s.arg(idList(links), counted)
                  .arg(limit));
    q.addBindValue(localMidnight(from, zone).toSecsSinceEpoch());
    q.addBindValue(localMidnight(to.addDays(1), zone).toSecsSinceEpoch());
    if (!q.exec())
        return storageError(tr("Could not read the click statistics."), q.lastError());
    while (q.next())
        out << LinkClicks{q.value(0).toLongLong(), q.value(1).toLongLong()};
    return out;
}

QList<qint64> Analytics::linksOfCampaign(const QString &campaign) const
{
    QList<qint64> out;
    QSqlQuery q(m_db.connection());
    q.prepare(uR"(SELECT id FROM links WHERE campaign = ? COLLATE NOCASE
                  UNION SELECT link_id FROM link_tags JOIN tags ON tags.id = link_tags.tag_id WHERE tags.name = ? COLLATE NOCASE)"_s);
    q.addBindValue(campaign);
    q.addBindValue(campaign);
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toLongLong();
    }
    return out;
}

}   // namespace Linkdeck
