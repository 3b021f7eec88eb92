#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <memory>

#include "core/base/result.h"
#include "core/storage/accountrepository.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "core/sync/syncqueue.h"

class QNetworkAccessManager;

namespace Linkdeck {

class AccountSync;
class LinkProvider;
class ProviderRegistry;
class SecretStore;
struct RetryPolicy;

// Everything the GUI and the CLI share: the database, the repositories over it, the provider
// registry (one LinkProvider per account) and the synchronisation of remote accounts. Open it
// once at start-up.
//
//   QNetworkAccessManager network;
//   Backend backend(&network);
//   if (auto r = backend.open(Paths::databasePath()); !r) fail(r.error().message);
//   backend.provider(AccountRepository::LocalAccountId)->create(draft);
class Backend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Backend)
public:
    // Every remote provider sends its requests through `network`, which must outlive the
    // backend; without one the backend makes its own.
    explicit Backend(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~Backend() override;

    Result<void> open(const QString &databasePath);

    Database &database() { return m_database; }
    LinkRepository &links() { return *m_links; }
    AccountRepository &accounts() { return m_accounts; }
    // The kinds of link service and the provider of each account (see ProviderRegistry).
    ProviderRegistry &providers() { return *m_providers; }

    // The provider behind an account, created on first use; nullptr for an unknown account.
    // Shorthand for providers().provider(accountId).
    LinkProvider *provider(qint64 accountId);
    // Forget an account's provider (after its token changed). A change of the account's
    // settings, or its removal, forgets it by itself.
    void resetProvider(qint64 accountId);

    // Where tokens are kept: the OS keychain unless set (tests set a MemorySecretStore).
    // The backend takes ownership.
    void setSecretStore(SecretStore *store);
    SecretStore &secrets();

    SyncQueue &queue() { return m_queue; }
    AccountSync &sync() { return *m_sync; }

    // For tests: how remote providers retry (short delays instead of seconds).
    void setRetryPolicy(const RetryPolicy &policy);

    // Length of the random back-halves the local provider makes (a preference).
    void setRandomSlugLength(int length);

private:
    // In this order: the registry and the sync go before the repositories they use.
    Database m_database;
    std::unique_ptr<LinkRepository> m_links;
    AccountRepository m_accounts;
    SyncQueue m_queue;
    QNetworkAccessManager *m_network;
    std::unique_ptr<ProviderRegistry> m_providers;
    std::unique_ptr<AccountSync> m_sync;
};

}   // namespace Linkdeck
