#include "core/providers/linkprovider.h"
#include "core/providers/localaddress.h"
#include "core/providers/localprovider.h"
#include "core/sync/backend.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

// Issue 12, item 4: the port and the public address of this computer's links.
class TestLocalAddress : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addresses_data();
    void addresses();
    void portMovesEveryLocalLink();
    void publicAddressMovesThemAndNewLinksFollow();
    void backToLocalhost();
    void takenBackHalfChangesNothing();
    void badAddressChangesNothing();
    void otherAccountsAndDomainsStay();

private:
    Link create(const QString &slug, const QString &domain = {});
    Link stored(qint64 id) const { return *m_backend->links().find(id); }
    qint64 serverChanges() const;
    std::unique_ptr<Backend> m_backend;
};

void TestLocalAddress::init()
{
    m_backend = std::make_unique<Backend>();
    QVERIFY(m_backend->open(u":memory:"_s).ok());
}

void TestLocalAddress::cleanup()
{
    m_backend.reset();
}

Link TestLocalAddress::create(const QString &slug, const QString &domain)
{
    auto *local = qobject_cast<LocalProvider *>(m_backend->provider(AccountRepository::LocalAccountId));
    Link draft;
    draft.destination = u"https://shop.example/"_s + slug;
    draft.slug = slug;
    draft.domain = domain;
    Result<Link> made = local->createNow(draft);
    if (!made)
        qFatal("%s", qPrintable(made.error().message));
    return *made;
}

qint64 TestLocalAddress::serverChanges() const
{
    QSqlQuery q(m_backend->database().connection());
    q.exec(u"SELECT count(*) FROM link_changes"_s);
    q.next();
    return q.value(0).toLongLong();
}

void TestLocalAddress::addresses_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("base");
    QTest::newRow("empty") << u""_s << true << u"localhost:9090"_s << u"http://localhost:9090"_s;
    QTest::newRow("https") << u"https://go.brand.com"_s << true << u"go.brand.com"_s << u"https://go.brand.com"_s;
    QTest::newRow("bare, slash, case") << u" Go.Brand.com/ "_s << true << u"go.brand.com"_s
                                       << u"https://go.brand.com"_s;
    QTest::newRow("http with port") << u"http://links.lan:8000"_s << true << u"links.lan:8000"_s
                                    << u"http://links.lan:8000"_s;
    QTest::newRow("path") << u"https://brand.com/go"_s << false << u"localhost:9090"_s << u"http://localhost:9090"_s;
    QTest::newRow("ftp") << u"ftp://brand.com"_s << false << u"localhost:9090"_s << u"http://localhost:9090"_s;
    QTest::newRow("spaces") << u"go brand"_s << false << u"localhost:9090"_s << u"http://localhost:9090"_s;
}

void TestLocalAddress::addresses()
{
    QFETCH(QString, typed);
    QFETCH(bool, usable);
    QFETCH(QString, domain);
    QFETCH(QString, base);
    QCOMPARE(LocalAddress::problem(typed).isEmpty(), usable);
    QCOMPARE(LocalAddress::domainFor(typed, 9090), domain);
    QCOMPARE(LocalAddress::baseUrlFor(typed, 9090), base);
}

void TestLocalAddress::portMovesEveryLocalLink()
{
    const Link a = create(u"spring"_s);
    const Link b = create(u"summer"_s);
    QCOMPARE(a.shortUrl, u"http://localhost:8080/spring"_s);
    QSignalSpy changed(&m_backend->links(), &LinkRepository::changed);
    const qint64 before = serverChanges();

    const Result<int> moved = LocalAddress::apply(m_backend->accounts(), m_backend->links(), {}, 9090);
    QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
    QCOMPARE(*moved, 2);
    QCOMPARE(stored(a.id).shortUrl, u"http://localhost:9090/spring"_s);
    QCOMPARE(stored(a.id).domain, u"localhost:9090"_s);
    QCOMPARE(stored(b.id).shortUrl, u"http://localhost:9090/summer"_s);
    QCOMPARE(m_backend->accounts().find(AccountRepository::LocalAccountId)->defaultDomain, u"localhost:9090"_s);
    // The views and the running server are told.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<LinkChange>().kind, LinkChange::Updated);
    QCOMPARE(serverChanges(), before + 2);
    // The same again changes nothing and tells nobody.
    QCOMPARE(*LocalAddress::apply(m_backend->accounts(), m_backend->links(), {}, 9090), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(serverChanges(), before + 2);
    // A new link is made on the new port.
    QCOMPARE(create(u"autumn"_s).shortUrl, u"http://localhost:9090/autumn"_s);
}

void TestLocalAddress::publicAddressMovesThemAndNewLinksFollow()
{
    const Link a = create(u"spring"_s);
    QVERIFY(LocalAddress::apply(m_backend->accounts(), m_backend->links(), u"go.brand.com"_s, 8080).ok());
    QCOMPARE(stored(a.id).shortUrl, u"https://go.brand.com/spring"_s);
    QCOMPARE(stored(a.id).domain, u"go.brand.com"_s);
    const Account local = *m_backend->accounts().find(AccountRepository::LocalAccountId);
    QCOMPARE(local.defaultDomain, u"go.brand.com"_s);
    QCOMPARE(local.apiBase, u"https://go.brand.com"_s);
    QCOMPARE(create(u"summer"_s).shortUrl, u"https://go.brand.com/summer"_s);

    // A plain-http address on a name keeps its scheme, for made and edited links alike.
    QVERIFY(LocalAddress::apply(m_backend->accounts(), m_backend->links(), u"http://links.lan"_s, 8080).ok());
    QCOMPARE(stored(a.id).shortUrl, u"http://links.lan/spring"_s);
    QCOMPARE(create(u"autumn"_s).shortUrl, u"http://links.lan/autumn"_s);
    auto *local2 = qobject_cast<LocalProvider *>(m_backend->provider(AccountRepository::LocalAccountId));
    Link edited = stored(a.id);
    edited.destination = u"https://shop.example/new"_s;
    QCOMPARE(local2->updateNow(edited)->shortUrl, u"http://links.lan/spring"_s);
    // The port changes nothing while a public address is set.
    QCOMPARE(*LocalAddress::apply(m_backend->accounts(), m_backend->links(), u"http://links.lan"_s, 9090), 0);
}

void TestLocalAddress::backToLocalhost()
{
    const Link a = create(u"spring"_s);
    QVERIFY(LocalAddress::apply(m_backend->accounts(), m_backend->links(), u"https://go.brand.com"_s, 8080).ok());
    QVERIFY(LocalAddress::apply(m_backend->accounts(), m_backend->links(), {}, 8081).ok());
    QCOMPARE(stored(a.id).shortUrl, u"http://localhost:8081/spring"_s);
    QCOMPARE(m_backend->accounts().find(AccountRepository::LocalAccountId)->apiBase, QString());
}

void TestLocalAddress::takenBackHalfChangesNothing()
{
    const Link a = create(u"spring"_s);
    const Link other = create(u"spring"_s, u"go.brand.com"_s);   // made on that domain by hand
    QCOMPARE(other.shortUrl, u"https://go.brand.com/spring"_s);
    const Result<int> moved =
        LocalAddress::apply(m_backend->accounts(), m_backend->links(), u"https://go.brand.com"_s, 8080);
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().kind, Error::Kind::SlugTaken);
    QVERIFY2(moved.error().message.contains(u"spring"_s), qPrintable(moved.error().message));
    QCOMPARE(stored(a.id).shortUrl, u"http://localhost:8080/spring"_s);
    QCOMPARE(m_backend->accounts().find(AccountRepository::LocalAccountId)->defaultDomain, u"localhost:8080"_s);
}

void TestLocalAddress::badAddressChangesNothing()
{
    const Link a = create(u"spring"_s);
    const Result<int> moved =
        LocalAddress::apply(m_backend->accounts(), m_backend->links(), u"https://brand.com/go"_s, 9090);
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().kind, Error::Kind::Invalid);
    QCOMPARE(stored(a.id).shortUrl, u"http://localhost:8080/spring"_s);
    // Port 0 is "any free port": nothing to give the links.
    QCOMPARE(*LocalAddress::apply(m_backend->accounts(), m_backend->links(), {}, 0), 0);
    QCOMPARE(stored(a.id).shortUrl, u"http://localhost:8080/spring"_s);
}

void TestLocalAddress::otherAccountsAndDomainsStay()
{
    const Link own = create(u"own"_s, u"links.example"_s);
    QVERIFY(LocalAddress::apply(m_backend->accounts(), m_backend->links(), {}, 9090).ok());
    QCOMPARE(stored(own.id).shortUrl, u"https://links.example/own"_s);
}

QTEST_GUILESS_MAIN(TestLocalAddress)
#include "tst_localaddress.moc"
