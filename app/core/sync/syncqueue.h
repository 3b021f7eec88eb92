#pragma once

#include <QCoreApplication>
#include <QList>

#include <optional>

#include "core/base/result.h"
#include "core/links/link.h"

namespace Linkdeck {

class Database;
class LinkRepository;

// Changes to remote links that could not be sent (no network, the service did not answer).
// They are rows of the links table in a pending state (SyncState), so they show in the table
// at once, survive a crash of the app, and are sent by AccountSync::replay() when the
// network is back.
class SyncQueue
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::SyncQueue)
public:
    struct Entry
    {
        Link link;   // link.syncState says what to send
        int attempts = 0;
        QString lastError;
    };

    SyncQueue(Database &database, LinkRepository &links)
        : m_db(database)
        , m_links(links)
    {}

    // Stores the link in its pending state: a new row for a create, the edited row otherwise.
    Result<Link> enqueue(Link link, SyncState state, const QString &reason);
    // Oldest first; only the given account's if set.
    QList<Entry> entries(std::optional<qint64> accountId = std::nullopt) const;
    int count() const;
    // Why the last try to send a link failed; empty if it did not.
    QString lastError(qint64 linkId) const;
    // A failed attempt: `permanent` marks the link Failed (the service refused it) instead
    // of leaving it pending for the next try.
    Result<void> recordFailure(const Link &link, const Error &error, bool permanent);
    // The link reached its provider.
    Result<void> clear(qint64 linkId);

private:
    Result<void> noteAttempt(qint64 linkId, const QString &reason);   // one more try, and why it failed
    Database &m_db;
    LinkRepository &m_links;
};

}   // namespace Linkdeck
