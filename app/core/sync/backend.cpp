#include "core/sync/backend.h"

#include <QNetworkAccessManager>

#include "core/providers/providerregistry.h"
#include "core/providers/remoteprovider.h"
#include "core/sync/accountsync.h"

namespace Linkdeck {

Backend::Backend(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_links(std::make_unique<LinkRepository>(m_database))
    , m_accounts(m_database)
    , m_queue(m_database, *m_links)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_providers(std::make_unique<ProviderRegistry>(m_database, m_accounts, *m_links, m_queue, m_network))
    , m_sync(std::make_unique<AccountSync>(m_accounts, *m_links, m_queue, *m_providers))
{
    // An account's links go with it: whoever shows links hears of that from the links.
    connect(&m_accounts, &AccountRepository::changed, m_links.get(), &LinkRepository::followAccountChange);
}

Backend::~Backend()
{
    // Before the repositories the providers write to.
    m_sync.reset();
    m_providers.reset();
}

Result<void> Backend::open(const QString &databasePath)
{
    m_providers->clear();
    return m_database.open(databasePath);
}

LinkProvider *Backend::provider(qint64 accountId)
{
    return m_providers->provider(accountId);
}

void Backend::resetProvider(qint64 accountId)
{
    m_providers->forget(accountId);
}

void Backend::setSecretStore(SecretStore *store)
{
    m_providers->setSecretStore(store);
}

SecretStore &Backend::secrets()
{
    return m_providers->secrets();
}

void Backend::setRetryPolicy(const RetryPolicy &policy)
{
    m_providers->setRetryPolicy(policy);
}

void Backend::setRandomSlugLength(int length)
{
    m_providers->setRandomSlugLength(length);
}

}   // namespace Linkdeck
