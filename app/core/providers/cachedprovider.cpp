#include "core/providers/cachedprovider.h"

#include "core/base/future.h"
#include "core/links/linklimits.h"
#include "core/links/linkpreview.h"
#include "core/links/linksplit.h"
#include "core/providers/remoteprovider.h"
#include "core/storage/linkrepository.h"
#include "core/sync/syncqueue.h"

using namespace Qt::StringLiterals;

namespace Linkdeck {

CachedProvider::CachedProvider(RemoteProvider *remote, LinkRepository &links, SyncQueue &queue, QObject *parent)
    : LinkProvider(parent)
    , m_remote(remote)
    , m_links(links)
    , m_queue(queue)
{
    m_remote->setParent(this);
}

ProviderKind CachedProvider::kind() const
{
    return m_remote->kind();
}

LinkProvider::Capabilities CachedProvider::capabilities() const
{
    return m_remote->capabilities();
}

QFuture<Result<QStringList>> CachedProvider::domains()
{
    return m_remote->domains();
}

QFuture<Result<bool>> CachedProvider::isSlugAvailable(const QString &domain, const QString &slug)
{
    return m_remote->isSlugAvailable(domain, slug);
}

QFuture<Result<LinkPage>> CachedProvider::list(const QString &cursor)
{
    return m_remote->list(cursor);
}

QFuture<Result<QList<ClickPoint>>> CachedProvider::clicks(const Link &link, const QDateTime &from, const QDateTime &to,
                                                          TimeUnit unit)
{
    return m_remote->clicks(link, from, to, unit);
}

QFuture<Result<void>> CachedProvider::testConnection()
{
    return m_remote->testConnection();
}

QFuture<Result<std::optional<LinkProvider::MonthlyQuota>>> CachedProvider::monthlyQuota()
{
    return m_remote->monthlyQuota();
}

// The service's answer as it is: AccountSync decides what of it to store.
QFuture<Result<Link>> CachedProvider::refresh(const Link &link)
{
    return m_remote->refresh(link);
}

QFuture<Result<QList<ClickShare>>> CachedProvider::breakdown(const Link &link, const QString &dimension,
                                                             const QDateTime &from, const QDateTime &to)
{
    return m_remote->breakdown(link, dimension, from, to);
}

// Rules are not kept offline: the editor shows them from the service and saves them there.
QFuture<Result<QList<Rules::Rule>>> CachedProvider::redirectRules(const Link &link)
{
    return m_remote->redirectRules(link);
}

QFuture<Result<QList<Rules::Rule>>> CachedProvider::setRedirectRules(const Link &link, const QList<Rules::Rule> &rules)
{
    return m_remote->setRedirectRules(link, rules);
}

bool CachedProvider::isOffline(const Error &error)
{
    return error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout;
}

Result<Link> CachedProvider::store(const Link &remote, const Link &local)
{
    Link link = remote;
    link.accountId = m_remote->account().id;
    link.syncState = SyncState::Synced;
    if (local.isStored()) {
        // The pending row becomes the synced one: same local id, the provider's fields.
        link.id = local.id;
        if (auto r = m_links.update(link); !r)
            return r;
        m_queue.clear(local.id);
        return *m_links.find(local.id);
    }
    if (auto r = m_links.upsertRemote(link.accountId, {link}); !r)
        return r.error();
    if (auto stored = m_links.findByRemoteId(link.accountId, link.remoteId))
        return *stored;
    return link;   // a pending row holds its back-half; shown after the next sync
}

Result<Link> CachedProvider::checkedLimits(const Link &link) const
{
    Result<Link> checked = LinkLimits::checked(link);
    if (!checked)
        return checked;
    const QString service = providerName(kind());
    if ((link.validSince || link.expiresAt) && !can(Capability::Expiry))
        return Error::make(Error::Kind::Unsupported, tr("%1 cannot start or end a link at a date.").arg(service));
    if (link.maxClicks && !can(Capability::MaxClicks))
        return Error::make(Error::Kind::Unsupported, tr("%1 cannot limit the clicks of a link.").arg(service));
    if (LinkPreview::hasPreview(link) && !can(Capability::Preview)) {
        return Error::make(Error::Kind::Unsupported,
                           tr("%1 cannot give link previews a title, description or image; only links on this "
                              "computer can.")
                               .arg(service));
    }
    if (LinkSplit::hasSplit(link) && !can(Capability::Split)) {
        return Error::make(Error::Kind::Unsupported,
                           tr("%1 cannot split a link's visitors between destinations; only links on this computer "
                              "can.")
                               .arg(service));
    }
    if (!checked->fallbackUrl.isEmpty() && !can(Capability::Fallback)) {
        return Error::make(Error::Kind::Unsupported,
                           tr("%1 cannot send the visitors of an ended link to another address; only links on this "
                              "computer can. Leave that address empty.")
                               .arg(service));
    }
    return checked;
}

QFuture<Result<Link>> CachedProvider::create(const Link &draft)
{
    const Result<Link> checked = checkedLimits(draft);
    if (!checked)
        return QtFuture::makeReadyFuture(checked);
    Link local = *checked;
    local.accountId = m_remote->account().id;
    Deferred<Result<Link>> out;
    whenFinished(this, m_remote->create(local), [this, local, out](const Result<Link> &r) {
        if (r) {
            out.resolve(store(*r, local));
        } else if (!isOffline(r.error())) {
            out.resolve(r);
        } else {
            // Kept for later, shown as pending: nothing the user typed is lost.
            Link pending = local;
            if (pending.domain.isEmpty())
                pending.domain = m_remote->account().defaultDomain;
            if (pending.domain.isEmpty())
                pending.domain = m_remote->serviceDomain();
            out.resolve(m_queue.enqueue(pending, SyncState::PendingCreate, r.error().message));
        }
    });
    return out.future();
}

QFuture<Result<Link>> CachedProvider::update(const Link &link)
{
    if (const Result<Link> checked = checkedLimits(link); !checked)
        return QtFuture::makeReadyFuture(checked);
    if (link.syncState == SyncState::PendingCreate || (link.syncState == SyncState::Failed && link.remoteId.isEmpty()))
        return QtFuture::makeReadyFuture(m_queue.enqueue(link, SyncState::PendingCreate, {}));
    Deferred<Result<Link>> out;
    whenFinished(this, m_remote->update(link), [this, link, out](const Result<Link> &r) {
        if (r) {
            Link merged = *r;
            merged.clicks = std::max(merged.clicks, link.clicks);
            out.resolve(store(merged, link));
        } else if (!isOffline(r.error())) {
            out.resolve(r);
        } else {
            out.resolve(m_queue.enqueue(link, SyncState::PendingUpdate, r.error().message));
        }
    });
    return out.future();
}

QFuture<Result<void>> CachedProvider::remove(const Link &link)
{
    if (link.remoteId.isEmpty()) {
        // Never reached the provider: deleting the local row is all there is to do.
        return QtFuture::makeReadyFuture(link.isStored() ? m_links.remove(link.id) : Result<void>());
    }
    Deferred<Result<void>> out;
    whenFinished(this, m_remote->remove(link), [this, link, out](const Result<void> &r) {
        if (r || r.error().kind == Error::Kind::NotFound) {
            out.resolve(link.isStored() ? m_links.remove(link.id) : Result<void>());
        } else if (!isOffline(r.error())) {
            out.resolve(r);
        } else if (auto queued = m_queue.enqueue(link, SyncState::PendingDelete, r.error().message); !queued) {
            out.resolve(queued.error());
        } else {
            out.resolve({});
        }
    });
    return out.future();
}

}   // namespace Linkdeck
