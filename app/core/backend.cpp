#include "core/backend.h"

#include "core/accountsync.h"
#include "core/localprovider.h"
#include "core/providers/bitlyprovider.h"
#include "core/providers/cachedprovider.h"
#include "core/providers/cuttlyprovider.h"
#include "core/providers/rebrandlyprovider.h"
#include "core/providers/shlinkprovider.h"
#include "core/secretstore.h"

using namespace Qt::StringLiterals;

namespace Linkdeck {

Backend::Backend(QObject *parent)
    : QObject(parent)
    , m_links(std::make_unique<LinkRepository>(m_database))
    , m_accounts(m_database)
    , m_queue(m_database, *m_links)
    , m_sync(new AccountSync(*this, this))
{
    // An account's links go with it: whoever shows links hears of that from the links.
    connect(&m_accounts, &AccountRepository::changed, m_links.get(), &LinkRepository::followAccountChange);
}

Backend::~Backend()
{
    qDeleteAll(m_providers);
}

Result<void> Backend::open(const QString &databasePath)
{
    qDeleteAll(m_providers);
    m_providers.clear();
    return m_database.open(databasePath);
}

LinkProvider *Backend::provider(qint64 accountId)
{
    if (auto it = m_providers.constFind(accountId); it != m_providers.constEnd())
        return it.value();
    const std::optional<Account> account = m_accounts.find(accountId);
    if (!account)
        return nullptr;
    LinkProvider *provider = nullptr;
    switch (account->provider) {
    case ProviderKind::Local:
    {
        auto *local = new LocalProvider(*account, m_database, *m_links);
        if (m_randomSlugLength > 0)
            local->setRandomSlugLength(m_randomSlugLength);
        provider = local;
        break;
    }
    case ProviderKind::Bitly:
    case ProviderKind::Rebrandly:
    case ProviderKind::Shlink:
    case ProviderKind::Cuttly:
    {
        RemoteProvider *remote = makeRemoteProvider(*account, &secrets());
        if (m_retryPolicy)
            remote->setRetryPolicy(*m_retryPolicy);
        provider = new CachedProvider(remote, *m_links, m_queue);
        break;
    }
    }
    if (provider)
        m_providers.insert(accountId, provider);
    return provider;
}

RemoteProvider *Backend::makeRemoteProvider(const Account &account, SecretStore *secrets, QObject *parent)
{
    switch (account.provider) {
    case ProviderKind::Bitly: return new BitlyProvider(account, secrets, parent);
    case ProviderKind::Rebrandly: return new RebrandlyProvider(account, secrets, parent);
    case ProviderKind::Shlink: return new ShlinkProvider(account, secrets, parent);
    case ProviderKind::Cuttly: return new CuttlyProvider(account, secrets, parent);
    case ProviderKind::Local: break;
    }
    return nullptr;
}

void Backend::resetProvider(qint64 accountId)
{
    if (LinkProvider *p = m_providers.take(accountId))
        p->deleteLater();
}

void Backend::setSecretStore(SecretStore *store)
{
    if (m_secrets && m_secrets != store)
        m_secrets->deleteLater();
    m_secrets = store;
    m_secrets->setParent(this);
    for (qint64 id : m_providers.keys()) {
        if (id != AccountRepository::LocalAccountId)
            resetProvider(id);
    }
}

SecretStore &Backend::secrets()
{
    if (!m_secrets)
        setSecretStore(new SessionSecrets(new KeychainSecretStore(u"org.linkdeck.Linkdeck"_s)));
    return *m_secrets;
}

void Backend::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = std::make_unique<RetryPolicy>(policy);
}

void Backend::setRandomSlugLength(int length)
{
    m_randomSlugLength = length;
    for (LinkProvider *provider : std::as_const(m_providers)) {
        if (auto *local = qobject_cast<LocalProvider *>(provider))
            local->setRandomSlugLength(length);
    }
}

} // namespace Linkdeck
