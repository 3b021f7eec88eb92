#include "core/sync/syncqueue.h"

#include <QSqlError>
#include <QSqlQuery>

#include "core/base/clock.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"

using namespace Qt::StringLiterals;

namespace Linkdeck {

Result<void> SyncQueue::noteAttempt(qint64 linkId, const QString &reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(uR"(INSERT INTO sync_queue(link_id, attempts, last_error, last_attempt_at) VALUES (?, 1, ?, ?)
        ON CONFLICT(link_id) DO UPDATE SET attempts = attempts + 1, last_error = excluded.last_error,
        last_attempt_at = excluded.last_attempt_at)"_s);
    q.addBindValue(linkId);
    q.addBindValue(sqlText(reason));
    q.addBindValue(Clock::nowMSecsSinceEpoch());
    if (!q.exec())
        return storageError(tr("Could not keep the change for later."), q.lastError());
    return {};
}

Result<Link> SyncQueue::enqueue(Link link, SyncState state, const QString &reason)
{
    link.syncState = state;
    Result<Link> stored = link.isStored() ? m_links.update(link) : m_links.insert(link);
    if (!stored)
        return stored;
    if (auto noted = noteAttempt(stored->id, reason); !noted)
        return noted.error();
    return stored;
}

// "sync_state <> 0" repeats the partial index links_sync's condition, so that SQLite uses it
// (it does not infer it from IN): without it every start scanned all links (0.2 s at a million).
QList<SyncQueue::Entry> SyncQueue::entries(std::optional<qint64> accountId) const
{
    QList<Entry> out;
    QSqlQuery ids(m_db.connection());
    ids.prepare(uR"(SELECT links.id, coalesce(sync_queue.attempts, 0), coalesce(sync_queue.last_error, '')
        FROM links LEFT JOIN sync_queue ON sync_queue.link_id = links.id
        WHERE links.sync_state <> 0 AND links.sync_state IN (1, 2, 3) AND (? IS NULL OR links.account_id = ?)
        ORDER BY links.updated_at, links.id)"_s);
    const QVariant account = accountId ? QVariant(*accountId) : QVariant(QMetaType::fromType<qint64>());
    ids.addBindValue(account);
    ids.addBindValue(account);
    if (!ids.exec())
        return out;
    while (ids.next()) {
        if (auto link = m_links.find(ids.value(0).toLongLong()))
            out.append({*link, ids.value(1).toInt(), ids.value(2).toString()});
    }
    return out;
}

int SyncQueue::count() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(u"SELECT count(*) FROM links WHERE sync_state <> 0 AND sync_state IN (1, 2, 3)"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

QString SyncQueue::lastError(qint64 linkId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT last_error FROM sync_queue WHERE link_id = ?"_s);
    q.addBindValue(linkId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Result<void> SyncQueue::recordFailure(const Link &link, const Error &error, bool permanent)
{
    if (permanent) {
        Link failed = link;
        failed.syncState = SyncState::Failed;
        if (auto r = m_links.update(failed); !r)
            return r.error();
    }
    return noteAttempt(link.id, error.message);
}

Result<void> SyncQueue::clear(qint64 linkId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM sync_queue WHERE link_id = ?"_s);
    q.addBindValue(linkId);
    if (!q.exec())
        return storageError(tr("Could not update the list of changes to send."), q.lastError());
    return {};
}

}   // namespace Linkdeck
