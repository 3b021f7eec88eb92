#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <memory>

#include "core/accountrepository.h"
#include "core/database.h"
#include "core/linkrepository.h"
#include "core/result.h"
#include "core/syncqueue.h"

namespace Linkdeck {

class AccountSync;
class LinkProvider;
class RemoteProvider;
class SecretStore;
struct RetryPolicy;

// Everything the GUI and the CLI share: the database, the repositories over it, and one
// LinkProvider per account. Open it once at start-up.
//
//   Backend backend;
//   if (auto r = backend.open(Paths::databasePath()); !r) fail(r.error().message);
//   backend.provider(AccountRepository::LocalAccountId)->create(draft);
class Backend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Backend)
public:
    explicit Backend(QObject *parent = nullptr);
    ~Backend() override;

    Result<void> open(const QString &databasePath);

    Database &database() { return m_database; }
    LinkRepository &links() { return *m_links; }
    AccountRepository &accounts() { return m_accounts; }

    // The provider behind an account, created on first use; nullptr for an unknown account.
    // Remote accounts get a CachedProvider: answers go to the local cache, offline changes
    // to the queue.
    LinkProvider *provider(qint64 accountId);
    // A provider for an account that may not be saved yet ("Test connection"); the caller
    // owns it. nullptr for the local account.
    static RemoteProvider *makeRemoteProvider(const Account &account, SecretStore *secrets, QObject *parent = nullptr);
    // Forget an account's provider (after its settings or token changed).
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
    Database m_database;
    std::unique_ptr<LinkRepository> m_links;
    AccountRepository m_accounts;
    QHash<qint64, LinkProvider *> m_providers;
    int m_randomSlugLength = 0;
    SyncQueue m_queue;
    SecretStore *m_secrets = nullptr;
    AccountSync *m_sync = nullptr;
    std::unique_ptr<RetryPolicy> m_retryPolicy;
};

} // namespace Linkdeck
