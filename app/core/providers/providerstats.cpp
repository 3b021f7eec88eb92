#include "core/providers/providerstats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include "core/base/clock.h"
#include "core/storage/database.h"

using namespace Qt::StringLiterals;

namespace Linkdeck {

namespace {
// A breakdown's payload as storeShares() writes it: [[value, clicks], ...].
QList<ClickShare> sharesFrom(const QByteArray &payload)
{
    QList<ClickShare> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(payload).array()) {
        const QJsonArray row = v.toArray();
        out.append({row.at(0).toString(), row.at(1).toInteger()});
    }
    return out;
}

// Whether a breakdown kept under "<prefix><from>:<to>" (breakdownKey()) and fetched then
// holds every click of a link made at `sinceSecs` until its fetch.
bool coversWholeLife(QStringView rest, qint64 fetchedMs, qint64 sinceSecs)
{
    const QList<QStringView> parts = rest.split(u':');
    bool fromOk = false;
    bool toOk = false;
    const qint64 from = parts.value(0).toLongLong(&fromOk);
    const qint64 to = parts.value(1).toLongLong(&toOk);
    return parts.size() == 2 && fromOk && toOk && from <= sinceSecs && to * 1000 >= fetchedMs;
}
}   // namespace

QString ProviderStats::requestKey(const QDateTime &from, const QDateTime &to, TimeUnit unit)
{
    return u"clicks:%1:%2:%3"_s.arg(int(unit)).arg(from.toSecsSinceEpoch()).arg(to.toSecsSinceEpoch());
}

std::optional<std::pair<QByteArray, QDateTime>> ProviderStats::read(qint64 accountId, const QString &remoteId,
                                                                    const QString &request) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        u"SELECT payload, fetched_at FROM provider_stats WHERE account_id = ? AND link_key = ? AND request = ?"_s);
    q.addBindValue(accountId);
    q.addBindValue(remoteId);
    q.addBindValue(request);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return std::pair{q.value(0).toByteArray(),
                     QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc())};
}

Result<void> ProviderStats::write(qint64 accountId, const QString &remoteId, const QString &request,
                                  const QByteArray &payload)
{
    QSqlQuery q(m_db.connection());
    q.prepare(uR"(INSERT INTO provider_stats(account_id, link_key, request, payload, fetched_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(account_id, link_key, request) DO UPDATE SET payload = excluded.payload,
        fetched_at = excluded.fetched_at)"_s);
    q.addBindValue(accountId);
    q.addBindValue(remoteId);
    q.addBindValue(request);
    q.addBindValue(QString::fromUtf8(payload));
    q.addBindValue(Clock::nowMSecsSinceEpoch());
    if (!q.exec())
        return storageError(tr("Could not keep the statistics for offline use."), q.lastError());
    return {};
}

std::optional<ProviderStats::Entry> ProviderStats::cached(qint64 accountId, const QString &remoteId,
                                                          const QString &request) const
{
    const auto raw = read(accountId, remoteId, request);
    if (!raw)
        return std::nullopt;
    Entry e;
    e.fetchedAt = raw->second;
    for (const QJsonValue &v : QJsonDocument::fromJson(raw->first).array()) {
        const QJsonArray row = v.toArray();
        e.points.append(
            {QDateTime::fromSecsSinceEpoch(row.at(0).toInteger(), QTimeZone::utc()), row.at(1).toInteger()});
    }
    return e;
}

Result<void> ProviderStats::store(qint64 accountId, const QString &remoteId, const QString &request,
                                  const QList<ClickPoint> &points)
{
    QJsonArray rows;
    for (const ClickPoint &p : points)
        rows.append(QJsonArray{p.start.toSecsSinceEpoch(), p.clicks});
    return write(accountId, remoteId, request, QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

QString ProviderStats::breakdownKey(const QString &dimension, const QDateTime &from, const QDateTime &to)
{
    return u"breakdown:%1:%2:%3"_s.arg(dimension).arg(from.toSecsSinceEpoch()).arg(to.toSecsSinceEpoch());
}

std::optional<ProviderStats::SharesEntry> ProviderStats::cachedShares(qint64 accountId, const QString &remoteId,
                                                                      const QString &request) const
{
    const auto raw = read(accountId, remoteId, request);
    if (!raw)
        return std::nullopt;
    SharesEntry e;
    e.fetchedAt = raw->second;
    e.shares = sharesFrom(raw->first);
    return e;
}

Result<void> ProviderStats::storeShares(qint64 accountId, const QString &remoteId, const QString &request,
                                        const QList<ClickShare> &shares)
{
    QJsonArray rows;
    for (const ClickShare &s : shares)
        rows.append(QJsonArray{s.value, s.clicks});
    return write(accountId, remoteId, request, QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

std::optional<ProviderStats::SharesEntry> ProviderStats::wholeLifeShares(qint64 accountId, const QString &remoteId,
                                                                         const QString &dimension,
                                                                         const QDateTime &since) const
{
    if (!since.isValid() || remoteId.isEmpty())
        return std::nullopt;
    // The keys breakdownKey() writes: breakdown:<dimension>:<from>:<to>, in seconds.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT request, fetched_at FROM provider_stats WHERE account_id = ? AND link_key = ? "
              u"AND substr(request, 1, ?) = ?"_s);
    const QString prefix = u"breakdown:%1:"_s.arg(dimension);
    q.addBindValue(accountId);
    q.addBindValue(remoteId);
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    if (!q.exec())
        return std::nullopt;
    QString best;
    qint64 bestFetched = -1;
    while (q.next()) {
        const QString request = q.value(0).toString();
        const qint64 fetchedMs = q.value(1).toLongLong();
        if (fetchedMs > bestFetched
            && coversWholeLife(QStringView(request).mid(prefix.size()), fetchedMs, since.toSecsSinceEpoch())) {
            best = request;
            bestFetched = fetchedMs;
        }
    }
    if (best.isEmpty())
        return std::nullopt;
    return cachedShares(accountId, remoteId, best);
}

QHash<QString, QList<std::optional<ProviderStats::SharesEntry>>>
ProviderStats::wholeLifeShares(qint64 accountId, const QList<std::pair<QString, QDateTime>> &links,
                               const QStringList &dimensions) const
{
    QHash<QString, QList<std::optional<SharesEntry>>> out;
    QHash<QString, qint64> since;   // remote id -> the link's creation, in seconds
    for (const auto &[remoteId, created] : links) {
        if (created.isValid() && !remoteId.isEmpty())
            since.insert(remoteId, created.toSecsSinceEpoch());
        out.insert(remoteId, QList<std::optional<SharesEntry>>(dimensions.size()));
    }
    QStringList prefixes;
    for (const QString &dimension : dimensions)
        prefixes << u"breakdown:%1:"_s.arg(dimension);
    // The newest covering entry per link and dimension; on a tie the first by key, as the
    // one-link query reads them in key order.
    struct Best
    {
        QString request;
        qint64 fetchedMs = -1;
        QByteArray payload;
    };
    QHash<QString, QList<Best>> best;
    const QList<QString> ids = since.keys();
    constexpr qsizetype Chunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += Chunk) {
        const QList<QString> chunk = ids.mid(start, Chunk);
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        QStringList marks(chunk.size(), u"?"_s);
        q.prepare(u"SELECT link_key, request, fetched_at, payload FROM provider_stats WHERE account_id = ? "
                  u"AND link_key IN (%1) AND substr(request, 1, 10) = 'breakdown:'"_s.arg(marks.join(u',')));
        q.addBindValue(accountId);
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            continue;   // as the one-link query: nothing kept
        while (q.next()) {
            const QString key = q.value(0).toString();
            const QString request = q.value(1).toString();
            const qint64 fetchedMs = q.value(2).toLongLong();
            for (qsizetype i = 0; i < prefixes.size(); ++i) {
                if (!request.startsWith(prefixes.at(i)))
                    continue;
                QList<Best> &bests = best[key];
                if (bests.isEmpty())
                    bests.resize(prefixes.size());
                Best &b = bests[i];
                if ((fetchedMs > b.fetchedMs || (fetchedMs == b.fetchedMs && request < b.request))
                    && coversWholeLife(QStringView(request).mid(prefixes.at(i).size()), fetchedMs, since.value(key)))
                    b = Best{request, fetchedMs, q.value(3).toByteArray()};
            }
        }
    }
    for (auto it = best.cbegin(); it != best.cend(); ++it) {
        QList<std::optional<SharesEntry>> &entries = out[it.key()];
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).fetchedMs >= 0)
                entries[i] = SharesEntry{sharesFrom(it->at(i).payload),
                                         QDateTime::fromMSecsSinceEpoch(it->at(i).fetchedMs, QTimeZone::utc())};
        }
    }
    return out;
}

qint64 ProviderStats::addToBuckets(QList<Analytics::Bucket> &buckets, const QList<ClickPoint> &points)
{
    qint64 added = 0;
    for (const ClickPoint &p : points) {
        for (Analytics::Bucket &b : buckets) {
            const QDateTime t = p.start.toTimeZone(b.start.timeZone());
            if (b.start <= t && t < b.end) {
                b.clicks += p.clicks;
                added += p.clicks;
                break;
            }
        }
    }
    return added;
}

QString ProviderStats::age(const QDateTime &fetchedAt, const QDateTime &now)
{
    const qint64 seconds = fetchedAt.secsTo(now);
    if (seconds < 60)
        return tr("updated just now");
    if (seconds < 3600)
        return tr("updated %n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("updated %n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("updated on %1").arg(QLocale().toString(fetchedAt.toLocalTime().date(), QLocale::ShortFormat));
}

}   // namespace Linkdeck
