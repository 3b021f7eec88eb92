#include "core/links/slug.h"
#include "core/providers/linkprovider.h"
#include "core/providers/localprovider.h"
#include "core/sync/backend.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

class TestLocalProvider : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void capabilities();
    void createWithCustomSlug();
    void createWithRandomSlug();
    void refusesBadInput_data();
    void refusesBadInput();
    void refusesTakenSlug();
    void updateAndRemove();
    void listPages();
    void shortUrlScheme();

private:
    template<typename T>
    static T await(QFuture<T> f)
    {
        f.waitForFinished();
        return f.result();
    }
    std::unique_ptr<Backend> m_backend;
    LinkProvider *m_provider = nullptr;
};

void TestLocalProvider::init()
{
    m_backend = std::make_unique<Backend>();
    QVERIFY(m_backend->open(u":memory:"_s).ok());
    m_provider = m_backend->provider(AccountRepository::LocalAccountId);
    QVERIFY(m_provider);
}

void TestLocalProvider::cleanup()
{
    m_backend.reset();
}

void TestLocalProvider::capabilities()
{
    QCOMPARE(m_provider->kind(), ProviderKind::Local);
    QVERIFY(m_provider->can(LinkProvider::Capability::CreateLinks));
    QVERIFY(m_provider->can(LinkProvider::Capability::CustomSlug));
    QVERIFY(m_provider->can(LinkProvider::Capability::DeleteLinks));
    QVERIFY(m_provider->can(LinkProvider::Capability::EditSlug));
    const auto domains = await(m_provider->domains());
    QVERIFY(domains.ok());
    QCOMPARE(domains->first(), u"localhost:8080"_s);
}

void TestLocalProvider::createWithCustomSlug()
{
    Link draft;
    draft.destination = u"  shop.example/spring?ref=nl  "_s;
    draft.slug = u"Spring"_s;
    draft.title = u"  Spring sale "_s;
    draft.tags = {u"newsletter"_s};
    const auto r = await(m_provider->create(draft));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->destination, u"https://shop.example/spring?ref=nl"_s);
    QCOMPARE(r->slug, u"Spring"_s);
    QCOMPARE(r->domain, u"localhost:8080"_s);
    QCOMPARE(r->shortUrl, u"http://localhost:8080/Spring"_s);
    QCOMPARE(r->title, u"Spring sale"_s);
    QCOMPARE(r->accountId, AccountRepository::LocalAccountId);
    QVERIFY(m_backend->links().find(r->id));
    QVERIFY(!await(m_provider->isSlugAvailable(u"localhost:8080"_s, u"Spring"_s)).value());
    QVERIFY(await(m_provider->isSlugAvailable(u"localhost:8080"_s, u"spring"_s)).value());   // as written
    QVERIFY(await(m_provider->isSlugAvailable(u"localhost:8080"_s, u"autumn"_s)).value());
}

void TestLocalProvider::createWithRandomSlug()
{
    Link draft;
    draft.destination = u"https://example.com/"_s;
    const auto a = await(m_provider->create(draft));
    const auto b = await(m_provider->create(draft));
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->slug.size(), Slug::DefaultRandomLength);
    QVERIFY(a->slug != b->slug);
    QVERIFY(a->shortUrl.endsWith(u'/' + a->slug));
}

void TestLocalProvider::refusesBadInput_data()
{
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("reason");
    QTest::addRow("javascript") << u"javascript:alert(1)"_s << QString() << u"script"_s;
    QTest::addRow("data") << u"data:text/html,hi"_s << QString() << u"data:"_s;
    QTest::addRow("file") << u"file:///etc/passwd"_s << QString() << u"file:"_s;
    QTest::addRow("empty") << QString() << QString() << u"Enter"_s;
    QTest::addRow("reserved slug") << u"https://example.com/"_s << u"api"_s << u"reserved"_s;
    QTest::addRow("slug with slash") << u"https://example.com/"_s << u"a/b"_s << u"not allowed"_s;
}

void TestLocalProvider::refusesBadInput()
{
    QFETCH(QString, destination);
    QFETCH(QString, slug);
    QFETCH(QString, reason);
    Link draft;
    draft.destination = destination;
    draft.slug = slug;
    const auto r = await(m_provider->create(draft));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
    QCOMPARE(m_backend->links().totalCount(), 0);
}

void TestLocalProvider::refusesTakenSlug()
{
    Link draft;
    draft.destination = u"https://example.com/"_s;
    draft.slug = u"sale"_s;
    QVERIFY(await(m_provider->create(draft)).ok());
    draft.slug = u"SALE"_s;   // another back-half (case-sensitive, as Bitly's and Shlink's)
    QVERIFY(await(m_provider->create(draft)).ok());
    draft.slug = u"sale"_s;
    const auto r = await(m_provider->create(draft));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::SlugTaken);
    QVERIFY(r.error().message.contains(u"already used"_s));
}

void TestLocalProvider::updateAndRemove()
{
    Link draft;
    draft.destination = u"https://example.com/a"_s;
    draft.slug = u"edit-me"_s;
    auto created = await(m_provider->create(draft));
    QVERIFY(created.ok());
    Link link = *created;
    link.destination = u"https://example.com/b"_s;
    link.slug = u"edited"_s;
    const auto updated = await(m_provider->update(link));
    QVERIFY(updated.ok());
    QCOMPARE(updated->shortUrl, u"http://localhost:8080/edited"_s);
    QCOMPARE(m_backend->links().find(link.id)->destination, u"https://example.com/b"_s);

    link.destination = u"javascript:void(0)"_s;
    QVERIFY(!await(m_provider->update(link)).ok());
    QCOMPARE(m_backend->links().find(link.id)->destination, u"https://example.com/b"_s);

    QVERIFY(await(m_provider->remove(*updated)).ok());
    QCOMPARE(m_backend->links().totalCount(), 0);
}

void TestLocalProvider::listPages()
{
    QList<Link> many;
    for (int i = 0; i < 1234; ++i) {
        Link l;
        l.accountId = 1;
        l.domain = u"localhost:8080"_s;
        l.slug = u"s%1"_s.arg(i);
        l.shortUrl = LocalProvider::shortUrlFor(l.domain, l.slug);
        l.destination = u"https://example.com/"_s;
        many << l;
    }
    QVERIFY(m_backend->links().insertMany(many).ok());
    QString cursor;
    int total = 0;
    int pages = 0;
    do {
        const auto page = await(m_provider->list(cursor));
        QVERIFY(page.ok());
        total += page->links.size();
        cursor = page->nextCursor;
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(total, 1234);
    QCOMPARE(pages, 3);
}

void TestLocalProvider::shortUrlScheme()
{
    QCOMPARE(LocalProvider::shortUrlFor(u"localhost:8080"_s, u"a"_s), u"http://localhost:8080/a"_s);
    QCOMPARE(LocalProvider::shortUrlFor(u"127.0.0.1"_s, u"a"_s), u"http://127.0.0.1/a"_s);
    QCOMPARE(LocalProvider::shortUrlFor(u"go.brand.example"_s, u"a"_s), u"https://go.brand.example/a"_s);
}

QTEST_GUILESS_MAIN(TestLocalProvider)
#include "tst_localprovider.moc"
