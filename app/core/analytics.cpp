#include "core/analytics.h"

#include "core/database.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linkdeck {

namespace {
// The sqlite3 handle under a Qt SQLite connection, or nullptr for another driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

QString idList(const QList<qint64> &links)
{
    QStringList ids;
    ids.reserve(links.size());
    for (qint64 id : links)
        ids << QString::number(id);
    return ids.join(u',');
}

} // namespace

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
            out << Bucket{localMidnight(std::max(d, from), zone), localMidnight(std::min(d.addDays(7), to.addDays(1)), zone), 0};
        return out;
    }
    case TimeUnit::Month: {
        QDate d(from.year(), from.month(), 1);
        for (; d <= to; d = d.addMonths(1))
            out << Bucket{localMidnight(std::max(d, from), zone), localMidnight(std::min(d.addMonths(1), to.addDays(1)), zone), 0};
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
    const QString filter = excludeBots ? u"dimension = 'bot' AND value = '0'"_s : u"dimension = 'total'"_s;
    q.prepare(u"SELECT hour, sum(clicks) FROM click_rollups WHERE link_id IN (%1) AND %2 AND hour >= ? AND hour < ? "
              u"GROUP BY hour ORDER BY hour"_s.arg(idList(links), filter));
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

Result<QList<Analytics::Share>> Analytics::breakdown(const QList<qint64> &links, const QString &dimension, QDate from,
                                                     QDate to, const QTimeZone &zone, bool excludeBots) const
{
    QList<Share> out;
    if (links.isEmpty() || !from.isValid() || !to.isValid() || to < from)
        return out;
    const QString botDimension = excludeBots ? dimension : u"bot:"_s + dimension;
    const qint64 fromSecs = localMidnight(from, zone).toSecsSinceEpoch();
    const qint64 toSecs = localMidnight(to.addDays(1), zone).toSecsSinceEpoch();
    if (sqlite3 *handle = sqliteHandle(m_db.connection())) {
        // A campaign over 90 days is some 200,000 rollup rows: summed here through SQLite's
        // own API, link by link along the primary key, rather than sorted by GROUP BY.
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(handle,
                               "SELECT value, clicks FROM click_rollups WHERE link_id = ?1 AND dimension = ?2 "
                               "AND hour >= ?3 AND hour < ?4",
                               -1, &stmt, nullptr)
            == SQLITE_OK) {
            QHash<QByteArray, qint64> sums;
            const QByteArray dimensions[] = {dimension.toUtf8(), botDimension.toUtf8()};
            bool ok = true;
            for (qint64 link : links) {
                for (const QByteArray &d : dimensions) {
                    if (&d != &dimensions[0] && d == dimensions[0])
                        continue;
                    sqlite3_bind_int64(stmt, 1, link);
                    sqlite3_bind_text(stmt, 2, d.constData(), int(d.size()), SQLITE_STATIC);
                    sqlite3_bind_int64(stmt, 3, fromSecs);
                    sqlite3_bind_int64(stmt, 4, toSecs);
                    int step;
                    while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
                        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
                        sums[QByteArray(text ? text : "", sqlite3_column_bytes(stmt, 0))] += sqlite3_column_int64(stmt, 1);
                    }
                    ok = ok && step == SQLITE_DONE;
                    sqlite3_reset(stmt);
                }
            }
            sqlite3_finalize(stmt);
            if (ok) {
                for (auto it = sums.cbegin(); it != sums.cend(); ++it)
                    out << Share{QString::fromUtf8(it.key()), it.value()};
                std::sort(out.begin(), out.end(), [](const Share &a, const Share &b) {
                    return a.clicks != b.clicks ? a.clicks > b.clicks : a.value < b.value;
                });
                return out;
            }
            out.clear();   // fall back on SQL, which reports the error
        }
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT value, sum(clicks) AS n FROM click_rollups WHERE link_id IN (%1) AND dimension IN (?, ?) AND hour >= ? "
              u"AND hour < ? GROUP BY value ORDER BY n DESC, value"_s.arg(idList(links)));
    q.addBindValue(dimension);
    q.addBindValue(botDimension);
    q.addBindValue(fromSecs);
    q.addBindValue(toSecs);
    if (!q.exec())
        return storageError(tr("Could not read the click statistics."), q.lastError());
    while (q.next())
        out << Share{q.value(0).toString(), q.value(1).toLongLong()};
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
    const QString filter = excludeBots ? u"dimension = 'bot' AND value = '0'"_s : u"dimension = 'total'"_s;
    q.prepare(u"SELECT link_id, sum(clicks) AS n FROM click_rollups WHERE link_id IN (%1) AND %2 AND hour >= ? AND hour < ? "
              u"GROUP BY link_id ORDER BY n DESC, link_id LIMIT %3"_s.arg(idList(links), filter).arg(limit));
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

} // namespace Linkdeck
