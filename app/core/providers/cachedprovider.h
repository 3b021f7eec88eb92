#pragma once

#include <QCoreApplication>

#include "core/providers/linkprovider.h"

namespace Linkdeck {

class LinkRepository;
class RemoteProvider;
class SyncQueue;

// What the GUI and the CLI use for a remote account: the provider's own calls, with every
// answer written to the local cache (so the table shows it at once and offline), and
// changes that could not be sent for lack of a network kept in the SyncQueue as pending.
//
//   provider->create(draft).then(...)   // a Link with syncState PendingCreate when offline
class CachedProvider final : public LinkProvider
{
    Q_OBJECT
public:
    // Takes `remote` as its child. What is behind it is the registry's business
    // (ProviderRegistry::service()): nobody reaches through a CachedProvider.
    CachedProvider(RemoteProvider *remote, LinkRepository &links, SyncQueue &queue, QObject *parent = nullptr);

    ProviderKind kind() const override;
    Capabilities capabilities() const override;
    QFuture<Result<QStringList>> domains() override;
    QFuture<Result<bool>> isSlugAvailable(const QString &domain, const QString &slug) override;
    QFuture<Result<Link>> create(const Link &draft) override;
    QFuture<Result<Link>> update(const Link &link) override;
    QFuture<Result<void>> remove(const Link &link) override;
    QFuture<Result<LinkPage>> list(const QString &cursor) override;
    QFuture<Result<QList<ClickPoint>>> clicks(const Link &link, const QDateTime &from, const QDateTime &to,
                                              TimeUnit unit) override;
    QFuture<Result<void>> testConnection() override;
    QFuture<Result<std::optional<MonthlyQuota>>> monthlyQuota() override;
    QFuture<Result<Link>> refresh(const Link &link) override;
    QFuture<Result<QList<Rules::Rule>>> redirectRules(const Link &link) override;
    QFuture<Result<QList<Rules::Rule>>> setRedirectRules(const Link &link, const QList<Rules::Rule> &rules) override;
    QFuture<Result<QList<ClickShare>>> breakdown(const Link &link, const QString &dimension, const QDateTime &from,
                                                 const QDateTime &to) override;

    // Errors after which a change is kept for later rather than reported as failed.
    static bool isOffline(const Error &error);

private:
    Result<Link> store(const Link &remote, const Link &local);
    // The link's limits as LinkLimits checks them, refused when the service cannot keep them.
    Result<Link> checkedLimits(const Link &link) const;

    RemoteProvider *m_remote;
    LinkRepository &m_links;
    SyncQueue &m_queue;
};

}   // namespace Linkdeck
