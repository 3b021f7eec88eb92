#include "core/accountsync.h"
#include "core/future.h"

#include <QCoreApplication>
#include <QPointer>

#include "core/backend.h"
#include "core/providers/cachedprovider.h"
#include "core/providers/cuttlyprovider.h"
#include "core/providers/remoteprovider.h"
#include "core/syncqueue.h"

using namespace Qt::StringLiterals;

namespace Linkdeck {

AccountSync::AccountSync(Backend &backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
    m_replayTimer.setInterval(60'000);
    connect(&m_replayTimer, &QTimer::timeout, this, &AccountSync::replay);
}

void AccountSync::setReplayInterval(int ms)
{
    m_replayTimer.setInterval(ms);
}

void AccountSync::pullAll()
{
    for (const Account &account : m_backend.accounts().all()) {
        if (account.provider != ProviderKind::Local && m_backend.provider(account.id))
            pull(account.id);
    }
}

void AccountSync::pull(qint64 accountId)
{
    if (m_pulls.contains(accountId))
        return;
    LinkProvider *provider = m_backend.provider(accountId);
    auto *cached = qobject_cast<CachedProvider *>(provider);
    if (auto *cuttly = cached ? qobject_cast<CuttlyProvider *>(cached->remote()) : nullptr) {
        LinkQuery q;
        q.accountId = accountId;
        QList<Link> links;
        for (const Link &l : m_backend.links().fetch(q, 0, 10000)) {
            if (l.syncState == SyncState::Synced && !l.shortUrl.isEmpty())
                links << l;
        }
        m_pulls.insert(accountId, Pull{});
        refreshNext(accountId, cuttly, links);
        return;
    }
    if (!cached || !provider->can(LinkProvider::Capability::ListLinks)) {
        emit pullFinished(accountId, false, 0,
                          QCoreApplication::translate("Linkdeck::AccountSync", "This account's service cannot list its links."));
        return;
    }
    m_pulls.insert(accountId, Pull{});
    nextPage(accountId, cached->remote(), {});
}

void AccountSync::cancel(qint64 accountId)
{
    if (auto it = m_pulls.find(accountId); it != m_pulls.end())
        it->cancelled = true;
}

void AccountSync::nextPage(qint64 accountId, LinkProvider *provider, const QString &cursor)
{
    QPointer<LinkProvider> p(provider);
    whenFinished(this, provider->list(cursor), [this, accountId, p](const Result<LinkPage> &page) {
        auto it = m_pulls.find(accountId);
        if (it == m_pulls.end())
            return;
        if (it->cancelled) {
            finishPull(accountId, false, QCoreApplication::translate("Linkdeck::AccountSync", "Cancelled."));
            return;
        }
        if (!page) {
            finishPull(accountId, false, page.error().message);
            return;
        }
        if (auto stored = m_backend.links().upsertRemote(accountId, page->links); !stored) {
            finishPull(accountId, false, stored.error().message);
            return;
        }
        for (const Link &link : page->links)
            it->seen.insert(link.remoteId);
        it->count += int(page->links.size());
        emit pullProgress(accountId, it->count);
        if (!page->nextCursor.isEmpty() && p) {
            nextPage(accountId, p, page->nextCursor);
            return;
        }
        // A complete pull: what the provider no longer has is gone.
        if (auto removed = m_backend.links().removeRemoteExcept(accountId, it->seen); !removed) {
            finishPull(accountId, false, removed.error().message);
            return;
        }
        m_backend.accounts().markSynced(accountId);
        finishPull(accountId, true, {});
    });
}

void AccountSync::refreshNext(qint64 accountId, CuttlyProvider *provider, QList<Link> links)
{
    auto it = m_pulls.find(accountId);
    if (it == m_pulls.end())
        return;
    if (it->cancelled) {
        finishPull(accountId, false, QCoreApplication::translate("Linkdeck::AccountSync", "Cancelled."));
        return;
    }
    if (links.isEmpty()) {
        m_backend.accounts().markSynced(accountId);
        finishPull(accountId, true, {});
        return;
    }
    const Link link = links.takeFirst();
    QPointer<CuttlyProvider> p(provider);
    whenFinished(this, provider->refresh(link), [this, accountId, p, links, link](const Result<Link> &r) {
        auto pull = m_pulls.find(accountId);
        if (pull == m_pulls.end())
            return;
        if (!r && r.error().kind != Error::Kind::NotFound) {
            finishPull(accountId, false, r.error().message);
            return;
        }
        if (r && r->clicks != link.clicks)
            m_backend.links().upsertRemote(accountId, {*r});
        ++pull->count;
        emit pullProgress(accountId, pull->count);
        if (p)
            refreshNext(accountId, p, links);
    });
}

void AccountSync::finishPull(qint64 accountId, bool ok, const QString &message)
{
    const int count = m_pulls.value(accountId).count;
    m_pulls.remove(accountId);
    emit pullFinished(accountId, ok, count, message);
    if (ok)
        replay();
}

void AccountSync::replay()
{
    if (m_replaying)
        return;
    QList<qint64> ids;
    for (const SyncQueue::Entry &entry : m_backend.queue().entries())
        ids << entry.link.id;
    if (ids.isEmpty()) {
        m_replayTimer.stop();
        return;
    }
    m_replaying = true;
    replayNext(ids, 0, 0);
}

void AccountSync::replayNext(QList<qint64> linkIds, int sent, int failed)
{
    if (linkIds.isEmpty()) {
        m_replaying = false;
        const int pending = m_backend.queue().count();
        if (pending > 0)
            m_replayTimer.start();
        else
            m_replayTimer.stop();
        emit replayFinished(sent, pending, failed);
        return;
    }
    const std::optional<Link> link = m_backend.links().find(linkIds.takeFirst());
    auto *cached = link ? qobject_cast<CachedProvider *>(m_backend.provider(link->accountId)) : nullptr;
    if (!link || !cached || link->syncState == SyncState::Synced || link->syncState == SyncState::Failed) {
        replayNext(linkIds, sent, failed);
        return;
    }
    RemoteProvider *remote = cached->remote();
    const Link l = *link;
    // The outcome of one change: stored as synced, kept for later, or marked failed.
    const auto settle = [this, linkIds, sent, failed, l](const std::optional<Link> &synced, const std::optional<Error> &error,
                                                         bool deleted) {
        if (!error) {
            if (deleted) {
                m_backend.links().remove(l.id);
            } else if (synced) {
                Link s = *synced;
                s.id = l.id;
                s.accountId = l.accountId;
                s.syncState = SyncState::Synced;
                if (!m_backend.links().update(s)) {
                    // The provider has it, but the row could not take its fields (a pulled
                    // copy holds the back-half): keep the provider's version only.
                    m_backend.links().remove(l.id);
                    m_backend.links().upsertRemote(l.accountId, {s});
                }
                m_backend.queue().clear(l.id);
            }
            replayNext(linkIds, sent + 1, failed);
            return;
        }
        const bool permanent = !CachedProvider::isOffline(*error) && error->kind != Error::Kind::RateLimited
            && error->kind != Error::Kind::Server;
        m_backend.queue().recordFailure(l, *error, permanent);
        replayNext(linkIds, sent, failed + (permanent ? 1 : 0));
    };
    switch (l.syncState) {
    case SyncState::PendingCreate:
        whenFinished(this, remote->create(l), [settle](const Result<Link> &r) {
            settle(r ? std::optional<Link>(*r) : std::nullopt, r ? std::nullopt : std::optional<Error>(r.error()), false);
        });
        break;
    case SyncState::PendingUpdate:
        whenFinished(this, remote->update(l), [settle](const Result<Link> &r) {
            settle(r ? std::optional<Link>(*r) : std::nullopt, r ? std::nullopt : std::optional<Error>(r.error()), false);
        });
        break;
    case SyncState::PendingDelete:
        whenFinished(this, remote->remove(l), [settle](const Result<void> &r) {
            const bool gone = r || r.error().kind == Error::Kind::NotFound;
            settle(std::nullopt, gone ? std::nullopt : std::optional<Error>(r.error()), true);
        });
        break;
    default:
        replayNext(linkIds, sent, failed);
    }
}

} // namespace Linkdeck
