#include "core/backend.h"

#include "core/localprovider.h"

namespace Linkdeck {

Backend::Backend(QObject *parent)
    : QObject(parent)
    , m_links(std::make_unique<LinkRepository>(m_database))
    , m_accounts(m_database)
{
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
        break;   // the providers issue adds these
    }
    if (provider)
        m_providers.insert(accountId, provider);
    return provider;
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
