#include "core/sync/accountsync.h"
#include "core/base/future.h"

#include <QCoreApplication>
#include <QPointer>

#include "core/links/linkquery.h"
#include "core/providers/cachedprovider.h"
#include "core/providers/linkprovider.h"
#include "core/providers/providerregistry.h"
#include "core/storage/accountrepository.h"
#include "core/storage/linkrepository.h"
#include "core/sync/syncqueue.h"

using namespace Qt::StringLiterals;

namespace Linkdeck {

AccountSync::AccountSync(AccountRepository &accounts, LinkRepository &links, SyncQueue &queue,
                         ProviderRegistry &providers, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_links(links)
    , m_queue(queue)
    , m_providers(providers)
{
    m_replayTimer.setInterval(60'000);
    connect(&m_replayTimer, &QTimer::timeout, this, &AccountSync::replay);
}

void AccountSync::setReplayInterval(int ms)
{
    m_replayTimer.setInterval(ms);
}

QList<qint64> AccountSync::pullAll()
{
    replay();
    QList<qint64> pulled;
    for (const Account &account : m_accounts.all()) {
        if (!m_providers.service(account.id))
            continue;   // keeps its links here, or Linkdeck cannot use it
        pulled << account.id;
        pull(account.id);
    }
    return pulled;
}

void AccountSync::pull(qint64 accountId)
{
    if (m_pulls.contains(accountId))
        return;
    // The service itself: the pages go to the cache here, not through the cache's own writes.
    LinkProvider *service = m_providers.service(accountId);
    if (service && service->can(LinkProvider::Capability::ListLinks)) {
        m_pulls.insert(accountId, Pull{});
        nextPage(accountId, service, {});
        return;
    }
    if (service && service->can(LinkProvider::Capability::RefreshLinks)) {
        LinkQuery q;
        q.accountId = accountId;
        QList<Link> links;
        for (const Link &l : m_links.fetch(q, 0, 10000)) {
            if (l.syncState == SyncState::Synced && !l.shortUrl.isEmpty())
                links << l;
        }
        m_pulls.insert(accountId, Pull{});
        refreshNext(accountId, service, links);
        return;
    }
    emit pullFinished(
        accountId, false, 0,
        QCoreApplication::translate("Linkdeck::AccountSync", "This account's service cannot list its links."));
}

void AccountSync::cancel(qint64 accountId)
{
    if (auto it = m_pulls.find(accountId); it != m_pulls.end())
        it->cancelled = true;
}

void AccountSync::endCancelled(qint64 accountId)
{
    finishPull(accountId, false, QCoreApplication::translate("Linkdeck::AccountSync", "Cancelled."));
}

void AccountSync::nextPage(qint64 accountId, LinkProvider *provider, const QString &cursor)
{
    QPointer<LinkProvider> p(provider);
    whenFinished(this, provider->list(cursor), [this, accountId, p](const Result<LinkPage> &page) {
        auto it = m_pulls.find(accountId);
        if (it == m_pulls.end())
            return;
        if (it->cancelled) {
            endCancelled(accountId);
            return;
        }
        if (!page) {
            finishPull(accountId, false, page.error().message);
            return;
        }
        if (auto stored = m_links.upsertRemote(accountId, page->links); !stored) {
            finishPull(accountId, false, stored.error().message);
            return;
        }
        for (const Link &link : page->links)
            it->seen.insert(link.remoteId);
        it->count += int(page->links.size());
        emit pullProgress(accountId, it->count);
        if (!page->nextCursor.isEmpty()) {
            if (p)
                nextPage(accountId, p, page->nextCursor);
            else   // the account was changed or removed meanwhile: not a complete pull
                endCancelled(accountId);
            return;
        }
        // A complete pull: what the provider no longer has is gone.
        if (auto removed = m_links.removeRemoteExcept(accountId, it->seen); !removed) {
            finishPull(accountId, false, removed.error().message);
            return;
        }
        m_accounts.markSynced(accountId);
        finishPull(accountId, true, {});
    });
}

void AccountSync::refreshNext(qint64 accountId, LinkProvider *provider, QList<Link> links)
{
    auto it = m_pulls.find(accountId);
    if (it == m_pulls.end())
        return;
    if (it->cancelled) {
        endCancelled(accountId);
        return;
    }
    if (links.isEmpty()) {
        m_accounts.markSynced(accountId);
        finishPull(accountId, true, {});
        return;
    }
    const Link link = links.takeFirst();
    QPointer<LinkProvider> p(provider);
    whenFinished(this, provider->refresh(link), [this, accountId, p, links, link](const Result<Link> &r) {
        auto pull = m_pulls.find(accountId);
        if (pull == m_pulls.end())
            return;
        if (!r && r.error().kind != Error::Kind::NotFound) {
            finishPull(accountId, false, r.error().message);
            return;
        }
        if (r && r->clicks != link.clicks)
            m_links.upsertRemote(accountId, {*r});
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
    for (const SyncQueue::Entry &entry : m_queue.entries())
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
        const int pending = m_queue.count();
        if (pending > 0)
            m_replayTimer.start();
        else
            m_replayTimer.stop();
        emit replayFinished(sent, pending, failed);
        return;
    }
    const std::optional<Link> link = m_links.find(linkIds.takeFirst());
    LinkProvider *remote = link ? m_providers.service(link->accountId) : nullptr;
    if (!link || !remote || link->syncState == SyncState::Synced || link->syncState == SyncState::Failed) {
        replayNext(linkIds, sent, failed);
        return;
    }
    const Link l = *link;
    // The outcome of one change: stored as synced, kept for later, or marked failed.
    const auto settle = [this, linkIds, sent, failed, l](const std::optional<Link> &synced,
                                                         const std::optional<Error> &error, bool deleted) {
        if (!error) {
            if (deleted) {
                m_links.remove(l.id);
            } else if (synced) {
                Link s = *synced;
                s.id = l.id;
                s.accountId = l.accountId;
                s.syncState = SyncState::Synced;
                if (!m_links.update(s)) {
                    // The provider has it, but the row could not take its fields (a pulled
                    // copy holds the back-half): keep the provider's version only.
                    m_links.remove(l.id);
                    m_links.upsertRemote(l.accountId, {s});
                }
                // A pull of the account that is under way may have read its pages before the
                // link was made: it must not take it for one deleted on the service.
                if (auto pull = m_pulls.find(l.accountId); pull != m_pulls.end())
                    pull->seen.insert(s.remoteId);
                m_queue.clear(l.id);
            }
            replayNext(linkIds, sent + 1, failed);
            return;
        }
        const bool permanent = !CachedProvider::isOffline(*error) && error->kind != Error::Kind::RateLimited
            && error->kind != Error::Kind::Server;
        m_queue.recordFailure(l, *error, permanent);
        replayNext(linkIds, sent, failed + (permanent ? 1 : 0));
    };
    switch (l.syncState) {
    case SyncState::PendingCreate:
        whenFinished(this, remote->create(l), [settle](const Result<Link> &r) {
            settle(r ? std::optional<Link>(*r) : std::nullopt, r ? std::nullopt : std::optional<Error>(r.error()),
                   false);
        });
        break;
    case SyncState::PendingUpdate:
        whenFinished(this, remote->update(l), [settle](const Result<Link> &r) {
            settle(r ? std::optional<Link>(*r) : std::nullopt, r ? std::nullopt : std::optional<Error>(r.error()),
                   false);
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

}   // namespace Linkdeck
