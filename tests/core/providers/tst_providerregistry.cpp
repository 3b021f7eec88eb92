// The one provider registry: a provider made from an account in one place, the facts of each
// kind of service that the GUI and the CLI ask for, providers forgotten when their account
// changes, the application's QNetworkAccessManager used for every request, and the one
// synchronisation path.

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/base/clock.h"
#include "core/links/linkquery.h"
#include "core/providers/linkprovider.h"
#include "core/providers/providerregistry.h"
#include "core/providers/remoteprovider.h"
#include "core/storage/accountrepository.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "core/storage/secretstore.h"
#include "core/sync/accountsync.h"
#include "core/sync/backend.h"
#include "core/sync/syncqueue.h"
#include "providertest.h"
#include "support/fakes/fakebitly.h"
#include "support/fakes/fakecuttly.h"
#include "support/fakes/fakerebrandly.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Test;

namespace {

// The application's manager, as a test sees it: every request it was asked to send.
class CountingNetwork final : public QNetworkAccessManager
{
public:
    QList<QUrl> urls;
    QList<QPointer<QNetworkReply>> replies;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        urls << request.url();
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        replies << reply;
        return reply;
    }
};

}   // namespace

class TestProviderRegistry : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void infoPerKind_data();
    void infoPerKind();
    void kindsAndHosts();
    void providerIsMadeFromTheAccount();
    void providerIsDroppedWhenItsAccountChanges();
    void providerIsDroppedWhenItsAccountIsRemoved();
    void injectedNetworkIsUsed();
    void forgottenProviderStopsItsRequests();
    void capabilitiesReplaceDowncasts();
    void pullAllIsTheOneSyncPath();

private:
    Clock::Override m_clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc())};
    qint64 addAccount(ProviderKind kind, const QUrl &api, const QString &token, const QString &name);
    QList<Link> linksOf(qint64 accountId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CountingNetwork> m_network;   // outlives the backend
    std::unique_ptr<Backend> m_backend;
    MemorySecretStore *m_secrets = nullptr;
    std::unique_ptr<FakeBitly> m_bitly;
    std::unique_ptr<FakeRebrandly> m_rebrandly;
};

void TestProviderRegistry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_network = std::make_unique<CountingNetwork>();
    m_backend = std::make_unique<Backend>(m_network.get());
    QVERIFY(m_backend->open(m_dir->filePath(u"links.sqlite"_s)));
    m_secrets = new MemorySecretStore;
    m_backend->setSecretStore(m_secrets);
    RetryPolicy fast;
    fast.baseDelayMs = 50;
    fast.maxDelayMs = 400;
    fast.timeoutMs = 2000;
    m_backend->setRetryPolicy(fast);
    m_bitly = std::make_unique<FakeBitly>();
    m_rebrandly = std::make_unique<FakeRebrandly>();
    QVERIFY(m_bitly->listen() && m_rebrandly->listen());
}

void TestProviderRegistry::cleanup()
{
    m_backend.reset();
    m_network.reset();
    m_bitly.reset();
    m_rebrandly.reset();
    m_dir.reset();
}

qint64 TestProviderRegistry::addAccount(ProviderKind kind, const QUrl &api, const QString &token, const QString &name)
{
    return Test::addAccount(*m_backend, *m_secrets, kind, api, token, name);
}

QList<Link> TestProviderRegistry::linksOf(qint64 accountId)
{
    return Test::linksOf(*m_backend, accountId);
}

void TestProviderRegistry::infoPerKind_data()
{
    QTest::addColumn<int>("kindNumber");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("remote");
    QTest::addColumn<bool>("server");
    QTest::addColumn<int>("grouping");
    QTest::addColumn<QString>("host");
    using G = ProviderInfo::Grouping;
    QTest::newRow("local") << int(ProviderKind::Local) << u"local"_s << u"This computer"_s << false << false
                           << int(G::None) << QString();
    QTest::newRow("bitly") << int(ProviderKind::Bitly) << u"bitly"_s << u"Bitly"_s << true << false << int(G::Group)
                           << u"bitly.com"_s;
    QTest::newRow("rebrandly") << int(ProviderKind::Rebrandly) << u"rebrandly"_s << u"Rebrandly"_s << true << false
                               << int(G::Workspace) << u"rebrandly.com"_s;
    QTest::newRow("shlink") << int(ProviderKind::Shlink) << u"shlink"_s << u"Shlink"_s << true << true << int(G::None)
                            << QString();
    QTest::newRow("cuttly") << int(ProviderKind::Cuttly) << u"cuttly"_s << u"Cuttly"_s << true << false << int(G::None)
                            << u"cutt.ly"_s;
}

void TestProviderRegistry::infoPerKind()
{
    QFETCH(int, kindNumber);
    const auto kind = ProviderKind(kindNumber);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(bool, remote);
    QFETCH(bool, server);
    QFETCH(int, grouping);
    QFETCH(QString, host);
    const ProviderInfo info = ProviderRegistry::info(kind);
    QCOMPARE(info.kind, kind);
    QCOMPARE(info.id, id);
    QVERIFY(providerKindFromId(info.id) == kind);
    QCOMPARE(info.displayName, name);
    QVERIFY(!info.choiceName.isEmpty());
    QCOMPARE(info.remote, remote);
    // A service's accounts are added, edited and removed; "This computer" is always there as it is.
    QCOMPARE(info.addable, remote);
    QCOMPARE(info.editable, remote);
    QCOMPARE(info.removable, remote);
    QCOMPARE(info.needsServerAddress, server);
    QCOMPARE(int(info.grouping), grouping);
    QCOMPARE(info.defaultHost, host);
    QCOMPARE(info.tokenHelp.isEmpty(), !remote);
    QCOMPARE(info.icon, remote ? ProviderInfo::Icon::Service : ProviderInfo::Icon::ThisComputer);
}

void TestProviderRegistry::kindsAndHosts()
{
    QCOMPARE(ProviderRegistry::addableKinds(),
             (QList<ProviderKind>{ProviderKind::Bitly, ProviderKind::Rebrandly, ProviderKind::Shlink,
                                  ProviderKind::Cuttly}));
    QCOMPARE(ProviderRegistry::kinds().first(), ProviderKind::Local);
    QCOMPARE(ProviderRegistry::kinds().size(), 5);
    QCOMPARE(ProviderRegistry::info(ProviderKind::Shlink).choiceName, u"Shlink (or Linkdeck server)"_s);

    Account shlink;
    shlink.provider = ProviderKind::Shlink;
    shlink.apiBase = u"https://s.example.com"_s;
    QCOMPARE(ProviderRegistry::hostOf(shlink), u"s.example.com"_s);
    Account cuttly;
    cuttly.provider = ProviderKind::Cuttly;
    QCOMPARE(ProviderRegistry::hostOf(cuttly), u"cutt.ly"_s);
    QVERIFY(ProviderRegistry::hostOf(Account{}).isEmpty());
}

void TestProviderRegistry::providerIsMadeFromTheAccount()
{
    // The registry needs the repositories and a network, not a Backend.
    Database database;
    QVERIFY(database.open(m_dir->filePath(u"registry.sqlite"_s)));
    LinkRepository links(database);
    AccountRepository accounts(database);
    SyncQueue queue(database, links);
    ProviderRegistry registry(database, accounts, links, queue, m_network.get());
    auto *secrets = new MemorySecretStore;
    registry.setSecretStore(secrets);
    QCOMPARE(secrets->parent(), &registry);

    Account bitly;
    bitly.provider = ProviderKind::Bitly;
    bitly.name = u"Marketing"_s;
    bitly.apiBase = m_bitly->apiUrl().toString();
    const Result<Account> added = accounts.add(bitly);
    QVERIFY(added);

    LinkProvider *provider = registry.provider(added->id);
    QVERIFY(provider);
    QCOMPARE(provider->kind(), ProviderKind::Bitly);
    QCOMPARE(registry.provider(added->id), provider);   // one per account
    LinkProvider *service = registry.service(added->id);
    QVERIFY(service);
    QVERIFY(service != provider);   // the service itself, behind the cache
    QCOMPARE(service->kind(), ProviderKind::Bitly);
    QCOMPARE(provider->capabilities(), service->capabilities());

    LinkProvider *local = registry.provider(AccountRepository::LocalAccountId);
    QVERIFY(local);
    QCOMPARE(local->kind(), ProviderKind::Local);
    QVERIFY(!registry.service(AccountRepository::LocalAccountId));
    QVERIFY(!registry.provider(4711));
    QVERIFY(!registry.service(4711));

    // "Test connection" before the account is saved: the token as typed, nothing kept.
    Account typed = bitly;
    typed.name = u"Not saved"_s;
    std::unique_ptr<LinkProvider> probe(registry.makeProbe(typed, m_bitly->token()));
    QVERIFY(probe);
    QVERIFY(probe.get() != provider);
    QVERIFY2(await(probe->testConnection()), "the probe uses the token given");
    std::unique_ptr<LinkProvider> wrong(registry.makeProbe(typed, u"not-the-token"_s));
    QVERIFY(!await(wrong->testConnection()));
    Account here;
    QVERIFY(!registry.makeProbe(here, u"x"_s));
}

void TestProviderRegistry::providerIsDroppedWhenItsAccountChanges()
{
    const qint64 id = addAccount(ProviderKind::Bitly, m_bitly->apiUrl(), m_bitly->token(), u"Marketing"_s);
    QPointer<LinkProvider> before = m_backend->provider(id);
    QVERIFY(before);
    QVERIFY(await(before->create(draft(u"https://example.com/first"_s, u"first"_s))));
    QCOMPARE(m_bitly->linkCount(), 1);

    // A pull marks the account synced: that is no change of its settings.
    QSignalSpy finished(&m_backend->sync(), &AccountSync::pullFinished);
    m_backend->sync().pull(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(finished.first().at(1).toBool());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(before);
    QCOMPARE(m_backend->provider(id), before.data());

    // The account moves to another Bitly (another address): the next provider goes there.
    FakeBitly other;
    QVERIFY(other.listen());
    Account moved = *m_backend->accounts().find(id);
    moved.apiBase = other.apiUrl().toString();
    m_secrets->write(SecretStore::accountKey(moved), other.token(), [](const Result<void> &) {});
    QVERIFY(m_backend->accounts().update(moved));
    LinkProvider *after = m_backend->provider(id);
    QVERIFY(after);
    QVERIFY(after != before.data());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY2(!before, "the provider of the old settings is deleted");
    QVERIFY(await(after->create(draft(u"https://example.com/second"_s, u"second"_s))));
    QCOMPARE(other.linkCount(), 1);
    QCOMPARE(m_bitly->linkCount(), 1);
}

void TestProviderRegistry::providerIsDroppedWhenItsAccountIsRemoved()
{
    const qint64 id = addAccount(ProviderKind::Rebrandly, m_rebrandly->apiUrl(), m_rebrandly->apiKey(), u"Shop"_s);
    QPointer<LinkProvider> provider = m_backend->provider(id);
    QPointer<LinkProvider> service = m_backend->providers().service(id);
    QVERIFY(provider && service);
    QVERIFY(m_backend->accounts().remove(id));
    QVERIFY(!m_backend->provider(id));
    QVERIFY(!m_backend->providers().service(id));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!provider);
    QVERIFY(!service);
    // The local provider stays.
    QVERIFY(m_backend->provider(AccountRepository::LocalAccountId));
}

void TestProviderRegistry::injectedNetworkIsUsed()
{
    const qint64 id = addAccount(ProviderKind::Rebrandly, m_rebrandly->apiUrl(), m_rebrandly->apiKey(), u"Shop"_s);
    QCOMPARE(m_backend->providers().network(), m_network.get());
    QVERIFY(m_network->urls.isEmpty());
    const Result<Link> made = await(m_backend->provider(id)->create(draft(u"https://example.com/a"_s, u"made-here"_s)));
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QCOMPARE(m_rebrandly->linkCount(), 1);
    QVERIFY(!m_network->urls.isEmpty());
    for (const QUrl &url : std::as_const(m_network->urls))
        QCOMPARE(url.port(), m_rebrandly->apiUrl().port());

    // The probe of "Test connection" too.
    const qsizetype before = m_network->urls.size();
    Account typed = *m_backend->accounts().find(id);
    std::unique_ptr<LinkProvider> probe(m_backend->providers().makeProbe(typed, m_rebrandly->apiKey()));
    QVERIFY(await(probe->testConnection()));
    QVERIFY(m_network->urls.size() > before);

    // A backend without a manager makes its own; the providers still share one.
    Backend own;
    QVERIFY(own.providers().network());
    QVERIFY(own.providers().network() != m_network.get());
}

void TestProviderRegistry::forgottenProviderStopsItsRequests()
{
    const qint64 id = addAccount(ProviderKind::Rebrandly, m_rebrandly->apiUrl(), m_rebrandly->apiKey(), u"Shop"_s);
    LinkProvider *provider = m_backend->provider(id);
    m_rebrandly->delayNext(1, 5000);
    QFuture<Result<QStringList>> domains = provider->domains();
    QTest::qWait(100);   // the request is on its way
    QVERIFY(!domains.isFinished());
    QCOMPARE(m_network->replies.size(), 1);
    const QPointer<QNetworkReply> reply = m_network->replies.constFirst();
    QVERIFY(reply && reply->isRunning());
    // The manager is shared and lives on: forgetting the provider must end its request,
    // not leave it to be answered to no one.
    m_backend->resetProvider(id);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QElapsedTimer timer;
    timer.start();
    const Result<QStringList> r = await(domains);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(!r);
    QVERIFY(!reply || !reply->isRunning());
    QTRY_VERIFY(!reply);   // and deleted, as every finished reply is
}

void TestProviderRegistry::capabilitiesReplaceDowncasts()
{
    FakeCuttly cuttly;
    QVERIFY(cuttly.listen());
    const qint64 id = addAccount(ProviderKind::Cuttly, cuttly.apiUrl(), cuttly.key(), u"Cuttly"_s);
    LinkProvider *provider = m_backend->provider(id);
    // Cuttly cannot list; it can look up a link's clicks, which is what a pull of it does.
    QVERIFY(!provider->can(LinkProvider::Capability::ListLinks));
    QVERIFY(provider->can(LinkProvider::Capability::RefreshLinks));
    const Result<Link> made = await(provider->create(draft(u"https://example.com/c"_s, u"counted"_s)));
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    cuttly.addClicks(u"counted"_s, 5);
    const Result<Link> refreshed = await(provider->refresh(*made));
    QVERIFY(refreshed);
    QCOMPARE(refreshed->clicks, 5);

    // Everyone else answers refresh() with Unsupported, and says so in capabilities().
    LinkProvider *local = m_backend->provider(AccountRepository::LocalAccountId);
    QVERIFY(!local->can(LinkProvider::Capability::RefreshLinks));
    QCOMPARE(await(local->refresh(*made)).error().kind, Error::Kind::Unsupported);
    // Shlink's visits are counted here: by the hour costs nothing more.
    Account shlink;
    shlink.provider = ProviderKind::Shlink;
    shlink.apiBase = u"https://s.example.com"_s;
    std::unique_ptr<LinkProvider> probe(m_backend->providers().makeProbe(shlink, u"k"_s));
    QVERIFY(probe->can(LinkProvider::Capability::HourlyClicks));
    QVERIFY(!provider->can(LinkProvider::Capability::HourlyClicks));
}

void TestProviderRegistry::pullAllIsTheOneSyncPath()
{
    m_bitly->addLinks(120);
    m_rebrandly->addLinks(30);
    const qint64 bitly = addAccount(ProviderKind::Bitly, m_bitly->apiUrl(), m_bitly->token(), u"Bitly"_s);
    const qint64 rebrandly =
        addAccount(ProviderKind::Rebrandly, m_rebrandly->apiUrl(), m_rebrandly->apiKey(), u"Shop"_s);
    FakeCuttly cuttly;
    QVERIFY(cuttly.listen());
    const qint64 cutt = addAccount(ProviderKind::Cuttly, cuttly.apiUrl(), cuttly.key(), u"Cuttly"_s);
    const Result<Link> counted =
        await(m_backend->provider(cutt)->create(draft(u"https://example.com/c"_s, u"counted"_s)));
    QVERIFY(counted);
    cuttly.addClicks(u"counted"_s, 3);
    // A change made offline waits in the queue.
    m_rebrandly->setOffline(true);
    const Result<Link> pending =
        await(m_backend->provider(rebrandly)->create(draft(u"https://example.com/later"_s, u"later"_s)));
    QVERIFY(pending);
    QCOMPARE(pending->syncState, SyncState::PendingCreate);
    m_rebrandly->setOffline(false);

    AccountSync &sync = m_backend->sync();
    QSignalSpy finished(&sync, &AccountSync::pullFinished);
    QSignalSpy replayed(&sync, &AccountSync::replayFinished);
    const QList<qint64> pulled = sync.pullAll();
    // Every account with a link service, and not "This computer".
    QCOMPARE(pulled, (QList<qint64>{bitly, rebrandly, cutt}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!sync.isReplaying(), 20000);
    for (const QList<QVariant> &f : std::as_const(finished))
        QVERIFY2(f.at(1).toBool(), qPrintable(f.at(3).toString()));
    QCOMPARE(linksOf(bitly).size(), 120);
    QCOMPARE(m_backend->links().find(counted->id)->clicks, 3);
    // The offline change was sent, and the pull did not take it for one deleted on the service.
    QVERIFY(!replayed.isEmpty());
    QCOMPARE(m_backend->queue().count(), 0);
    QCOMPARE(m_rebrandly->linkCount(), 31);
    QTRY_COMPARE(linksOf(rebrandly).size(), 31);
    const std::optional<Link> later = m_backend->links().findBySlug(u"rebrand.ly"_s, u"later"_s, rebrandly);
    QVERIFY(later);
    QCOMPARE(later->syncState, SyncState::Synced);
    QVERIFY(m_backend->accounts().find(bitly)->lastSyncAt.isValid());

    // Nothing to pull: nothing started, nothing said.
    QVERIFY(m_backend->accounts().remove(bitly));
    QVERIFY(m_backend->accounts().remove(rebrandly));
    QVERIFY(m_backend->accounts().remove(cutt));
    finished.clear();
    QVERIFY(sync.pullAll().isEmpty());
    QTest::qWait(50);
    QVERIFY(finished.isEmpty());
}

QTEST_GUILESS_MAIN(TestProviderRegistry)
#include "tst_providerregistry.moc"
