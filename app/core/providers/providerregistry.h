#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

#include "core/links/link.h"

class QNetworkAccessManager;

namespace Linkdeck {

class AccountRepository;
class Database;
class LinkProvider;
class LinkRepository;
class LocalProvider;
class RemoteProvider;
class SecretStore;
class SyncQueue;
struct RetryPolicy;

// What the GUI and the CLI need to know about a kind of link service, so that neither has to
// switch on ProviderKind: they ask ProviderRegistry::info(account.provider). What a provider can
// do with links is not here but in LinkProvider::capabilities().
struct ProviderInfo
{
    // How to show an account of this kind; the GUI maps it to a themed icon.
    enum class Icon {
        ThisComputer,
        Service,
    };
    // What a part of the service's account is called: Rebrandly's workspaces, Bitly's groups.
    enum class Grouping {
        None,
        Workspace,
        Group,
    };

    ProviderKind kind = ProviderKind::Local;
    QString id;                        // "local", "bitly", ...: the CLI's --provider, the database's name
    QString displayName;               // "This computer", "Bitly", ...: for people
    QString choiceName;                // in the list of services to add an account for: "Shlink (or Linkdeck server)"
    bool remote = false;               // links live with a service: cached here, synchronised, token in the keychain
    bool addable = false;              // accounts of it can be added
    bool editable = false;             // an account's settings can be changed
    bool removable = false;            // an account can be removed from Linkdeck
    bool needsServerAddress = false;   // self-hosted: an account names its server (Shlink)
    Grouping grouping = Grouping::None;
    QString tokenHelp;     // where to find the API token; empty if there is none
    QString defaultHost;   // the service's website, where people do by hand what the API cannot
                           // ("bitly.com"); empty for a self-hosted service (see hostOf())
    Icon icon = Icon::ThisComputer;
};

// The one place that knows every kind of link service: their facts (info()) and how a provider
// is made from an account. It keeps one provider per account, made on first use and forgotten
// when the account is changed or removed (AccountRepository tells it), and hands every remote
// provider the one QNetworkAccessManager it was given.
//
//   ProviderRegistry registry(database, accounts, links, queue, &network);
//   registry.provider(accountId)->create(draft);
//   if (ProviderRegistry::info(account.provider).removable) ...
class ProviderRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderRegistry)
public:
    // `network` must outlive the registry, and the registry the repositories' use of it: it
    // listens to `accounts` for changes until it is deleted.
    ProviderRegistry(Database &database, AccountRepository &accounts, LinkRepository &links, SyncQueue &queue,
                     QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ProviderRegistry() override;

    // The facts of a kind, in the language of the moment.
    static ProviderInfo info(ProviderKind kind);
    // Every kind, "This computer" first.
    static QList<ProviderKind> kinds();
    // The kinds an account can be added for, in the order they are offered.
    static QList<ProviderKind> addableKinds();
    // The host where the account's links live, for sentences: the service's website, or the
    // server of a self-hosted account; empty if unknown.
    static QString hostOf(const Account &account);

    // The provider behind an account, made on first use; nullptr for an unknown account.
    // Remote accounts get a CachedProvider: answers go to the local cache, offline changes
    // to the queue.
    LinkProvider *provider(qint64 accountId);
    // The service itself behind a remote account, without the cache: what a pull reads and
    // the offline queue is sent to. nullptr for an account that keeps its links here.
    LinkProvider *service(qint64 accountId);
    // A provider for an account that may not be saved yet ("Test connection"), trying `token`
    // unless it is empty; not kept, the caller owns it. nullptr for a kind that is not remote.
    LinkProvider *makeProbe(const Account &account, const QString &token, QObject *parent = nullptr);
    // Forget an account's provider (its token changed); the next provider() makes a new one.
    void forget(qint64 accountId);
    // Forget them all at once (a database is opened).
    void clear();

    // Where tokens are kept: the OS keychain unless set (tests set a MemorySecretStore). The
    // registry becomes its parent; the remote providers made before are forgotten.
    void setSecretStore(SecretStore *store);
    SecretStore &secrets();
    QNetworkAccessManager *network() const { return m_network; }
    // For tests: how remote providers retry (short delays instead of seconds).
    void setRetryPolicy(const RetryPolicy &policy);
    // Length of the random back-halves the local provider makes (a preference).
    void setRandomSlugLength(int length);

private:
    struct Entry
    {
        QPointer<LinkProvider> provider;
        QPointer<LinkProvider> service;   // remote accounts only
        QPointer<LocalProvider> local;    // the local account only
    };
    RemoteProvider *makeService(const Account &account, QObject *parent);

    Database &m_database;
    AccountRepository &m_accounts;
    LinkRepository &m_links;
    SyncQueue &m_queue;
    QNetworkAccessManager *m_network;
    QHash<qint64, Entry> m_entries;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<RetryPolicy> m_retryPolicy;
    int m_randomSlugLength = 0;
};

}   // namespace Linkdeck
