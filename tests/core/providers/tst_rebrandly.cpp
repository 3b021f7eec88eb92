// RebrandlyProvider against FakeRebrandly, a local server that follows Rebrandly's API v1.

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

#include "core/base/clock.h"
#include "core/providers/rebrandlyprovider.h"
#include "providertest.h"
#include "support/fakes/fakerebrandly.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Test;

class TestRebrandly : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createsWithSlashtagOnBrandedDomain();
    void slugTakenIsA403();
    void invalidSlashtagAndTitle();
    void badKeyAndWrongWorkspace();
    void staysWithinTenRequestsPerSecond();
    void retriesAfter429();
    void timeoutThenNoDuplicate();
    void pagesWithLast();
    void updatesDestinationAndTitleButNotTheSlug();
    void deletes();
    void capabilitiesSayTheSlugIsFixed();

private:
    // The day these tests live in, whatever today is: the app and the fakes read this clock.
    Clock::Override m_clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<FakeRebrandly> m_fake;
    std::unique_ptr<RebrandlyProvider> m_provider;
};

void TestRebrandly::init()
{
    m_fake = std::make_unique<FakeRebrandly>();
    QVERIFY(m_fake->listen());
    m_provider = makeProvider<RebrandlyProvider>(m_fake->apiUrl(), m_fake->apiKey(), ProviderKind::Rebrandly);
}

void TestRebrandly::cleanup()
{
    m_provider.reset();
    m_fake.reset();
}

void TestRebrandly::createsWithSlashtagOnBrandedDomain()
{
    Link d = draft(u"https://shop.example/autumn"_s, u"autumn"_s, m_fake->brandedDomain());
    d.title = u"Autumn mailing"_s;
    const Result<Link> r = await(m_provider->create(d));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message + u" / "_s + r.error().detail));
    QCOMPARE(r->shortUrl, u"https://go.brand.com/autumn"_s);
    QCOMPARE(r->slug, u"autumn"_s);
    QCOMPARE(r->domain, u"go.brand.com"_s);
    QCOMPARE(r->title, u"Autumn mailing"_s);
    QVERIFY(!r->remoteId.isEmpty());
    QCOMPARE(m_fake->linkBySlashtag(u"autumn"_s, u"go.brand.com"_s).value(u"destination"_s).toString(), d.destination);
    const FakeHttpServer::Request post = m_fake->requests().constLast();
    QCOMPARE(post.header("apikey"), m_fake->apiKey().toUtf8());
    QCOMPARE(post.json().object().value(u"domain"_s).toObject().value(u"fullName"_s).toString(), u"go.brand.com"_s);
}

void TestRebrandly::slugTakenIsA403()
{
    QVERIFY(await(m_provider->create(draft(u"https://example.com/a"_s, u"dup"_s))));
    const Result<Link> r = await(m_provider->create(draft(u"https://example.com/b"_s, u"dup"_s)));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::SlugTaken);
    QCOMPARE(r.error().httpStatus, 403);
    QCOMPARE(m_fake->linkCount(), 1);
}

void TestRebrandly::invalidSlashtagAndTitle()
{
    const Result<Link> r = await(m_provider->create(draft(u"https://example.com/a"_s, u"has space"_s)));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QVERIFY2(r.error().message.contains(u"back-halves"_s), qPrintable(r.error().message));
}

void TestRebrandly::badKeyAndWrongWorkspace()
{
    auto wrong = makeProvider<RebrandlyProvider>(m_fake->apiUrl(), u"nope"_s, ProviderKind::Rebrandly, u"Shop"_s);
    Result<Link> r = await(wrong->create(draft(u"https://example.com/a"_s)));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Unauthorized);
    QVERIFY(r.error().message.contains(u"“Shop”"_s));

    m_fake->addWorkspace(u"ws-1"_s);
    auto inWorkspace = makeProvider<RebrandlyProvider>(m_fake->apiUrl(), m_fake->apiKey(), ProviderKind::Rebrandly,
                                                       u"Shop"_s, u"ws-1"_s);
    QVERIFY(await(inWorkspace->create(draft(u"https://example.com/ws"_s))));
    QCOMPARE(m_fake->requests().constLast().header("workspace"), "ws-1");
    auto otherWorkspace = makeProvider<RebrandlyProvider>(m_fake->apiUrl(), m_fake->apiKey(), ProviderKind::Rebrandly,
                                                          u"Shop"_s, u"ws-unknown"_s);
    r = await(otherWorkspace->create(draft(u"https://example.com/ws2"_s)));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Forbidden);
    QVERIFY(r.error().message.contains(u"ws-unknown"_s));
}

void TestRebrandly::staysWithinTenRequestsPerSecond()
{
    // 25 creates at once: the provider spaces them out, so Rebrandly never answers 429.
    QList<QFuture<Result<Link>>> futures;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 25; ++i)
        futures << m_provider->create(draft(u"https://example.com/burst/%1"_s.arg(i)));
    for (auto &f : futures)
        QVERIFY(await(f));
    QCOMPARE(m_fake->linkCount(), 25);
    // Exactly one request per link: none was refused and sent again.
    QCOMPARE(m_fake->requestCount("POST", u"/v1/links"_s), 25);
    QVERIFY2(timer.elapsed() >= 1900, qPrintable(QString::number(timer.elapsed())));   // 25 at 10/s: at least 2 s
}

void TestRebrandly::retriesAfter429()
{
    FakeHttpServer::Response busy = FakeHttpServer::Response::json(
        429, QJsonObject{{u"message"_s, u"Too many requests"_s}, {u"code"_s, u"RateLimit"_s}});
    busy.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
    m_fake->failNext(1, busy);
    const Result<Link> r = await(m_provider->create(draft(u"https://example.com/after-429"_s, u"later"_s)));
    QVERIFY(r);
    QCOMPARE(m_fake->linkCount(), 1);
}

void TestRebrandly::timeoutThenNoDuplicate()
{
    RetryPolicy policy = fastRetries();
    policy.timeoutMs = 800;
    m_provider->setRetryPolicy(policy);
    m_fake->delayNext(1, 2500);
    const Result<Link> r = await(m_provider->create(draft(u"https://example.com/once"_s, u"once"_s)));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(m_fake->linkCount(), 1);
    QCOMPARE(m_fake->requestCount("POST", u"/v1/links"_s), 1);
}

void TestRebrandly::pagesWithLast()
{
    m_fake->addLinks(60);
    QString cursor;
    QSet<QString> ids;
    int requests = 0;
    do {
        const Result<LinkPage> page = await(m_provider->list(cursor));
        QVERIFY(page);
        QVERIFY(page->links.size() <= RebrandlyProvider::PageSize);
        for (const Link &l : page->links)
            ids.insert(l.remoteId);
        cursor = page->nextCursor;
        ++requests;
        QVERIFY(requests < 10);
    } while (!cursor.isEmpty());
    QCOMPARE(ids.size(), 60);
    QCOMPARE(requests, 4);   // 25 + 25 + 10, then the empty array that ends it
}

void TestRebrandly::updatesDestinationAndTitleButNotTheSlug()
{
    const Result<Link> made = await(m_provider->create(draft(u"https://example.com/old"_s, u"fixed"_s)));
    QVERIFY(made);
    Link edited = *made;
    edited.destination = u"https://example.com/new"_s;
    edited.title = u"Renamed"_s;
    const Result<Link> r = await(m_provider->update(edited));
    QVERIFY(r);
    QCOMPARE(r->destination, u"https://example.com/new"_s);
    QCOMPARE(r->title, u"Renamed"_s);
    QCOMPARE(r->slug, u"fixed"_s);
    QCOMPARE(m_fake->requests().constLast().method, QByteArray("POST"));
}

void TestRebrandly::deletes()
{
    const Result<Link> made = await(m_provider->create(draft(u"https://example.com/del"_s)));
    QVERIFY(made);
    QVERIFY(await(m_provider->remove(*made)));
    QCOMPARE(m_fake->linkCount(), 0);
    const Result<void> again = await(m_provider->remove(*made));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::NotFound);
}

void TestRebrandly::capabilitiesSayTheSlugIsFixed()
{
    QVERIFY(m_provider->can(LinkProvider::Capability::CustomSlug));
    QVERIFY(!m_provider->can(LinkProvider::Capability::EditSlug));
    QVERIFY(!m_provider->can(LinkProvider::Capability::Tags));
    QVERIFY(m_provider->can(LinkProvider::Capability::DeleteLinks));
}

QTEST_GUILESS_MAIN(TestRebrandly)
#include "tst_rebrandly.moc"
