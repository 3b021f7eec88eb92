// The local cache of remote accounts: a full pull with progress, links removed on the
// provider, and the offline queue replayed after a restart of the app.

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/base/clock.h"
#include "core/providers/rebrandlyprovider.h"
#include "core/storage/linkrepository.h"
#include "core/storage/secretstore.h"
#include "core/sync/accountsync.h"
#include "core/sync/backend.h"
#include "providertest.h"
#include "support/fakes/fakebitly.h"
#include "support/fakes/fakecuttly.h"
#include "support/fakes/fakerebrandly.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Test;

class TestAccountSync : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pullsEveryPageWithProgress();
    void pullDropsLinksDeletedOnTheProvider();
    void cancelStopsAPull();
    void offlineCreateSurvivesARestartAndIsSentOnce();
    void offlineEditsAndDeletesAreReplayed();
    void refusedChangesAreMarkedFailedNotLost();
    void cuttlyLinksGetTheirClicks();
    void accountsAreValidated();

private:
    // The day these tests live in, whatever today is: the app and the fakes read this clock.
    Clock::Override m_clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc())};
    void openBackend();
    qint64 addAccount(ProviderKind kind, const QUrl &api, const QString &token, const QString &name);
    QList<Link> linksOf(qint64 accountId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Backend> m_backend;
    MemorySecretStore *m_secrets = nullptr;
    std::unique_ptr<FakeBitly> m_bitly;
    std::unique_ptr<FakeRebrandly> m_rebrandly;
};

void TestAccountSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_bitly = std::make_unique<FakeBitly>();
    m_rebrandly = std::make_unique<FakeRebrandly>();
    QVERIFY(m_bitly->listen());
    QVERIFY(m_rebrandly->listen());
    openBackend();
}

void TestAccountSync::openBackend()
{
    m_backend = std::make_unique<Backend>();
    QVERIFY(m_backend->open(m_dir->filePath(u"links.sqlite"_s)));
    // The token outlives the "app": in real life it is in the keychain.
    if (!m_secrets)
        m_secrets = new MemorySecretStore;
    m_secrets->setParent(nullptr);
    m_backend->setSecretStore(m_secrets);
    m_backend->setRetryPolicy(fastRetries());
}

void TestAccountSync::cleanup()
{
    if (m_secrets)
        m_secrets->setParent(nullptr);
    m_backend.reset();
    delete m_secrets;
    m_secrets = nullptr;
    m_bitly.reset();
    m_rebrandly.reset();
    m_dir.reset();
}

qint64 TestAccountSync::addAccount(ProviderKind kind, const QUrl &api, const QString &token, const QString &name)
{
    return Test::addAccount(*m_backend, *m_secrets, kind, api, token, name);
}

QList<Link> TestAccountSync::linksOf(qint64 accountId)
{
    return Test::linksOf(*m_backend, accountId);
}

void TestAccountSync::pullsEveryPageWithProgress()
{
    m_bitly->addLinks(250);
    const qint64 id = addAccount(ProviderKind::Bitly, m_bitly->apiUrl(), m_bitly->token(), u"Bitly"_s);
    QSignalSpy progress(&m_backend->sync(), &AccountSync::pullProgress);
    QSignalSpy finished(&m_backend->sync(), &AccountSync::pullFinished);
    m_backend->sync().pull(id);
    QVERIFY(m_backend->sync().isPulling(id));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().at(1).toBool(), true);
    QCOMPARE(finished.first().at(2).toInt(), 250);
    QVERIFY(progress.size() >= 3);
    QCOMPARE(progress.constLast().at(1).toInt(), 250);
    QCOMPARE(linksOf(id).size(), 250);
    QVERIFY(m_backend->accounts().find(id)->lastSyncAt.isValid());
    // Local links are untouched, and a second pull does not duplicate anything.
    m_backend->sync().pull(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QCOMPARE(linksOf(id).size(), 250);
}

void TestAccountSync::pullDropsLinksDeletedOnTheProvider()
{
    const qint64 id = addAccount(ProviderKind::Rebrandly, m_rebrandly->apiUrl(), m_rebrandly->apiKey(), u"Rebrandly"_s);
    m_rebrandly->addLinks(30);
    QSignalSpy finished(&m_backend->sync(), &AccountSync::pullFinished);
    m_backend->sync().pull(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(linksOf(id).size(), 30);
    // Deleted elsewhere (on rebrandly.com): gone here after the next pull.
    const Link victim = linksOf(id).first();
    auto direct =
        makeProvider<RebrandlyProvider>(m_rebrandly->apiUrl(), m_rebrandly->apiKey(), ProviderKind::Rebrandly);
    QVERIFY(await(direct->remove(victim)));
    m_backend->sync().pull(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QCOMPARE(linksOf(id).size(), 29);
    QVERIFY(!m_backend->links().find(victim.id));
}

void TestAccountSync::cancelStopsAPull()
{
    m_bitly->addLinks(250);
    const qint64 id = addAccount(ProviderKind::Bitly, m_bitly->apiUrl(), m_bitly->token(), u"Bitly"_s);
    QSignalSpy finished(&m_backend->sync(), &AccountSync::pullFinished);
    m_backend->sync().pull(id);
    m_backend->sync().cancel(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(linksOf(id).size() < 250);
    QVERIFY(!m_backend->accounts().find(id)->lastSyncAt.isValid());
}

void TestAccountSync::offlineCreateSurvivesARestartAndIsSentOnce()
{
    const qint64 id = addAccount(ProviderKind::Rebrandly, m_rebrandly->apiUrl(), m_rebrandly->apiKey(), u"Rebrandly"_s);
    m_rebrandly->setOffline(true);
    Link d = draft(u"https://shop.example/offline"_s, u"made-offline"_s);
    d.title = u"Typed on the train"_s;
    const Result<Link> r = await(m_backend->provider(id)->create(d));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->syncState, SyncState::PendingCreate);
    QVERIFY(r->isStored());
    QCOMPARE(m_backend->queue().count(), 1);
    QCOMPARE(m_rebrandly->linkCount(), 0);

    // The app is closed (or crashes) before the network is back.
    m_secrets->setParent(nullptr);
    m_backend.reset();
    m_rebrandly->setOffline(false);
    openBackend();
    const QList<SyncQueue::Entry> queued = m_backend->queue().entries();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().link.title, u"Typed on the train"_s);
    QVERIFY(queued.first().lastError.contains(u"Could not reach Rebrandly"_s));

    QSignalSpy replayed(&m_backend->sync(), &AccountSync::replayFinished);
    m_backend->sync().replay();
    QTRY_COMPARE_WITH_TIMEOUT(replayed.size(), 1, 20000);
    QCOMPARE(replayed.first().at(0).toInt(), 1);   // sent
    QCOMPARE(replayed.first().at(1).toInt(), 0);   // still pending
    QCOMPARE(m_rebrandly->linkCount(), 1);
    const Link synced = *m_backend->links().find(r->id);
    QCOMPARE(synced.syncState, SyncState::Synced);
    QVERIFY(!synced.remoteId.isEmpty());
    QCOMPARE(synced.shortUrl, u"https://rebrand.ly/made-offline"_s);
    QCOMPARE(m_backend->queue().count(), 0);
    // Replaying again sends nothing twice.
    m_backend->sync().replay();
    QTest::qWait(200);
    QCOMPARE(m_rebrandly->linkCount(), 1);
}

void TestAccountSync::offlineEditsAndDeletesAreReplayed()
{
    const qint64 id = addAccount(ProviderKind::Rebrandly, m_rebrandly->apiUrl(), m_rebrandly->apiKey(), u"Rebrandly"_s);
    LinkProvider *p = m_backend->provider(id);
    const Result<Link> keep = await(p->create(draft(u"https://example.com/keep"_s, u"keep"_s)));
    const Result<Link> drop = await(p->create(draft(u"https://example.com/drop"_s, u"drop"_s)));
    QVERIFY(keep && drop);
    QCOMPARE(keep->syncState, SyncState::Synced);
    QCOMPARE(linksOf(id).size(), 2);

    m_rebrandly->setOffline(true);
    Link edited = *keep;
    edited.destination = u"https://example.com/kept-and-changed"_s;
    const Result<Link> e = await(p->update(edited));
    QVERIFY(e);
    QCOMPARE(e->syncState, SyncState::PendingUpdate);
    QVERIFY(await(p->remove(*drop)));
    QCOMPARE(m_backend->links().find(drop->id)->syncState, SyncState::PendingDelete);
    QCOMPARE(m_backend->queue().count(), 2);

    m_rebrandly->setOffline(false);
    QSignalSpy replayed(&m_backend->sync(), &AccountSync::replayFinished);
    m_backend->sync().replay();
    QTRY_COMPARE_WITH_TIMEOUT(replayed.size(), 1, 20000);
    QCOMPARE(m_rebrandly->linkBySlashtag(u"keep"_s).value(u"destination"_s).toString(),
             u"https://example.com/kept-and-changed"_s);
    QVERIFY(m_rebrandly->linkBySlashtag(u"drop"_s).isEmpty());
    QCOMPARE(linksOf(id).size(), 1);
    QCOMPARE(m_backend->queue().count(), 0);
}

void TestAccountSync::refusedChangesAreMarkedFailedNotLost()
{
    const qint64 id = addAccount(ProviderKind::Rebrandly, m_rebrandly->apiUrl(), m_rebrandly->apiKey(), u"Rebrandly"_s);
    m_rebrandly->setOffline(true);
    const Result<Link> r = await(m_backend->provider(id)->create(draft(u"https://example.com/mine"_s, u"contested"_s)));
    QVERIFY(r);
    m_rebrandly->setOffline(false);
    // Meanwhile a colleague took the back-half.
    auto direct =
        makeProvider<RebrandlyProvider>(m_rebrandly->apiUrl(), m_rebrandly->apiKey(), ProviderKind::Rebrandly);
    QVERIFY(await(direct->create(draft(u"https://example.com/theirs"_s, u"contested"_s))));

    QSignalSpy replayed(&m_backend->sync(), &AccountSync::replayFinished);
    m_backend->sync().replay();
    QTRY_COMPARE_WITH_TIMEOUT(replayed.size(), 1, 20000);
    QCOMPARE(replayed.first().at(2).toInt(), 1);   // failed
    const Link failed = *m_backend->links().find(r->id);
    QCOMPARE(failed.syncState, SyncState::Failed);
    QCOMPARE(failed.destination, u"https://example.com/mine"_s);   // what was typed is still there
    QCOMPARE(m_rebrandly->linkCount(), 1);
}

void TestAccountSync::cuttlyLinksGetTheirClicks()
{
    FakeCuttly cuttly;
    QVERIFY(cuttly.listen());
    const qint64 id = addAccount(ProviderKind::Cuttly, cuttly.apiUrl(), cuttly.key(), u"Cuttly"_s);
    const Result<Link> made = await(m_backend->provider(id)->create(draft(u"https://example.com/c"_s, u"counted"_s)));
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QCOMPARE(made->clicks, 0);
    cuttly.addClicks(u"counted"_s, 7);
    // Cuttly cannot list: a pull asks for the totals of the links made here.
    QSignalSpy finished(&m_backend->sync(), &AccountSync::pullFinished);
    m_backend->sync().pull(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(3).toString()));
    QCOMPARE(m_backend->links().find(made->id)->clicks, 7);
    QVERIFY(m_backend->accounts().find(id)->lastSyncAt.isValid());
}

void TestAccountSync::accountsAreValidated()
{
    Account shlink;
    shlink.provider = ProviderKind::Shlink;
    shlink.name = u"Team"_s;
    Result<Account> r = m_backend->accounts().add(shlink);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(u"address of the Shlink server"_s));
    shlink.apiBase = u"https://s.example.com/rest/v3/"_s;
    r = m_backend->accounts().add(shlink);
    QVERIFY(r);
    QCOMPARE(r->apiBase, u"https://s.example.com"_s);
    Account dup = shlink;
    dup.name = u"team"_s;
    QVERIFY(!m_backend->accounts().add(dup));
    Account bad;
    bad.provider = ProviderKind::Bitly;
    bad.name = u"Bad"_s;
    bad.apiBase = u"javascript:alert(1)"_s;
    QVERIFY(!m_backend->accounts().add(bad));
    // Removing an account removes its cached links, not the local ones.
    QVERIFY(m_backend->accounts().remove(r->id));
    QVERIFY(!m_backend->accounts().find(r->id));
}

QTEST_GUILESS_MAIN(TestAccountSync)
#include "tst_accountsync.moc"
