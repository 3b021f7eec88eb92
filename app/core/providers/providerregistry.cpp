#include "core/providers/providerregistry.h"

#include <QUrl>

#include "core/providers/bitlyprovider.h"
#include "core/providers/cachedprovider.h"
#include "core/providers/cuttlyprovider.h"
#include "core/providers/localprovider.h"
#include "core/providers/rebrandlyprovider.h"
#include "core/providers/shlinkprovider.h"
#include "core/storage/accountrepository.h"
#include "core/storage/secretstore.h"

using namespace Qt::StringLiterals;

namespace Linkdeck {

ProviderRegistry::ProviderRegistry(Database &database, AccountRepository &accounts, LinkRepository &links,
                                   SyncQueue &queue, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_accounts(accounts)
    , m_links(links)
    , m_queue(queue)
    , m_network(network)
{
    Q_ASSERT(m_network);
    m_accounts.setChangeHandler([this](qint64 accountId) { forget(accountId); });
}

ProviderRegistry::~ProviderRegistry()
{
    m_accounts.setChangeHandler({});
    clear();
}

ProviderInfo ProviderRegistry::info(ProviderKind kind)
{
    ProviderInfo i;
    i.kind = kind;
    i.id = providerKindId(kind);
    i.displayName = providerName(kind);
    i.choiceName = i.displayName;
    i.remote = kind != ProviderKind::Local;
    i.addable = i.remote;
    i.editable = i.remote;
    i.removable = i.remote;
    i.icon = i.remote ? ProviderInfo::Icon::Service : ProviderInfo::Icon::ThisComputer;
    switch (kind) {
    case ProviderKind::Local:
        break;
    case ProviderKind::Bitly:
        i.grouping = ProviderInfo::Grouping::Group;
        i.tokenHelp = tr("A generic access token from Bitly's settings (Developer settings > API).");
        i.defaultHost = u"bitly.com"_s;
        break;
    case ProviderKind::Rebrandly:
        i.grouping = ProviderInfo::Grouping::Workspace;
        i.tokenHelp = tr("An API key from Rebrandly's account settings.");
        i.defaultHost = u"rebrandly.com"_s;
        break;
    case ProviderKind::Shlink:
        i.choiceName = tr("Shlink (or Linkdeck server)");
        i.needsServerAddress = true;
        i.tokenHelp = tr("An API key of the Shlink server (shlink api-key:generate).");
        break;
    case ProviderKind::Cuttly:
        i.tokenHelp = tr("The API key from Cuttly's Edit Account page.");
        i.defaultHost = u"cutt.ly"_s;
        break;
    }
    return i;
}

QList<ProviderKind> ProviderRegistry::kinds()
{
    return {ProviderKind::Local, ProviderKind::Bitly, ProviderKind::Rebrandly, ProviderKind::Shlink,
            ProviderKind::Cuttly};
}

QList<ProviderKind> ProviderRegistry::addableKinds()
{
    QList<ProviderKind> addable;
    for (ProviderKind kind : kinds()) {
        if (info(kind).addable)
            addable << kind;
    }
    return addable;
}

QString ProviderRegistry::hostOf(const Account &account)
{
    const ProviderInfo i = info(account.provider);
    return i.needsServerAddress ? QUrl(account.apiBase).host() : i.defaultHost;
}

LinkProvider *ProviderRegistry::provider(qint64 accountId)
{
    if (auto it = m_entries.constFind(accountId); it != m_entries.constEnd() && it->provider)
        return it->provider;
    const std::optional<Account> account = m_accounts.find(accountId);
    if (!account)
        return nullptr;
    Entry entry;
    if (!info(account->provider).remote) {
        auto *local = new LocalProvider(*account, m_database, m_links, this);
        if (m_randomSlugLength > 0)
            local->setRandomSlugLength(m_randomSlugLength);
        entry.provider = local;
        entry.local = local;
    } else {
        RemoteProvider *remote = makeService(*account, nullptr);
        if (!remote)
            return nullptr;
        entry.service = remote;
        entry.provider = new CachedProvider(remote, m_links, m_queue, this);   // and the remote's parent
    }
    m_entries.insert(accountId, entry);
    return entry.provider;
}

LinkProvider *ProviderRegistry::service(qint64 accountId)
{
    if (!provider(accountId))
        return nullptr;
    return m_entries.value(accountId).service;
}

LinkProvider *ProviderRegistry::makeProbe(const Account &account, const QString &token, QObject *parent)
{
    RemoteProvider *remote = makeService(account, parent);
    if (remote && !token.isEmpty())
        remote->setToken(token);
    return remote;
}

RemoteProvider *ProviderRegistry::makeService(const Account &account, QObject *parent)
{
    RemoteProvider *remote = nullptr;
    switch (account.provider) {
    case ProviderKind::Bitly:
        remote = new BitlyProvider(account, &secrets(), m_network, parent);
        break;
    case ProviderKind::Rebrandly:
        remote = new RebrandlyProvider(account, &secrets(), m_network, parent);
        break;
    case ProviderKind::Shlink:
        remote = new ShlinkProvider(account, &secrets(), m_network, parent);
        break;
    case ProviderKind::Cuttly:
        remote = new CuttlyProvider(account, &secrets(), m_network, parent);
        break;
    case ProviderKind::Local:
        break;
    }
    if (remote && m_retryPolicy)
        remote->setRetryPolicy(*m_retryPolicy);
    return remote;
}

void ProviderRegistry::forget(qint64 accountId)
{
    // Later: the caller may be inside one of the provider's own callbacks.
    if (LinkProvider *p = m_entries.take(accountId).provider)
        p->deleteLater();
}

void ProviderRegistry::clear()
{
    const QHash<qint64, Entry> entries = std::exchange(m_entries, {});
    for (const Entry &entry : entries)
        delete entry.provider.data();
}

void ProviderRegistry::setSecretStore(SecretStore *store)
{
    if (m_secrets && m_secrets != store)
        m_secrets->deleteLater();
    m_secrets = store;
    m_secrets->setParent(this);
    for (qint64 id : m_entries.keys()) {
        if (m_entries.value(id).service)
            forget(id);
    }
}

SecretStore &ProviderRegistry::secrets()
{
    if (!m_secrets)
        setSecretStore(new SessionSecrets(new KeychainSecretStore(u"org.linkdeck.Linkdeck"_s)));
    return *m_secrets;
}

void ProviderRegistry::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = std::make_unique<RetryPolicy>(policy);
}

void ProviderRegistry::setRandomSlugLength(int length)
{
    m_randomSlugLength = length;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.local)
            entry.local->setRandomSlugLength(length);
    }
}

}   // namespace Linkdeck
