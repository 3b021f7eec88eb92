// BitlyProvider against FakeBitly, a local server that follows Bitly's published v4 API.

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "core/base/clock.h"
#include "core/providers/bitlyprovider.h"
#include "providertest.h"
#include "support/fakes/fakebitly.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Test;

class TestBitly : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createsWithCustomSlugAndDomain();
    void createsWithRandomHashAndFindsTheGroup();
    void slugTaken();
    void badToken();
    void retriesAfter429WithRetryAfter();
    void monthlyLimitIsNotRetried();
    void timeoutThenNoDuplicate();
    void lostConnectionOnCreateIsNotRetriedBlindly();
    void serverErrorsAndUnreadableReplies();
    void pagesThrough250Links();
    void updatesDestinationTitleAndTags();
    void deletesUneditedAndArchivesOthers();
    void clicksOverTime();
    void domainsIncludeBrandedOnes();
    void breakdownsAndThePlanLimit();

private:
    // The day these tests live in, whatever today is: the app and the fakes read this clock.
    Clock::Override m_clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<FakeBitly> m_fake;
    std::unique_ptr<BitlyProvider> m_provider;
};

void TestBitly::init()
{
    m_fake = std::make_unique<FakeBitly>();
    QVERIFY(m_fake->listen());
    m_provider = makeProvider<BitlyProvider>(m_fake->apiUrl(), m_fake->token(), ProviderKind::Bitly);
}

void TestBitly::cleanup()
{
    m_provider.reset();
    m_fake.reset();
}

void TestBitly::createsWithCustomSlugAndDomain()
{
    Link d = draft(u"https://shop.example/spring?utm_campaign=spring"_s, u"spring-sale"_s, m_fake->brandedDomain());
    d.title = u"Spring sale flyer"_s;
    d.tags = {u"print"_s, u"spring"_s};
    const Result<Link> r = await(m_provider->create(d));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message + u" / "_s + r.error().detail));
    QCOMPARE(r->shortUrl, u"https://go.brand.com/spring-sale"_s);
    QCOMPARE(r->domain, u"go.brand.com"_s);
    QCOMPARE(r->slug, u"spring-sale"_s);
    QCOMPARE(r->destination, d.destination);
    QCOMPARE(r->title, d.title);
    QCOMPARE(r->tags, d.tags);
    QVERIFY(!r->remoteId.isEmpty());
    QCOMPARE(m_fake->linkCount(), 1);
    // What went over the wire: the keyword, the domain and the group Bitly gave us.
    const QList<FakeHttpServer::Request> posts = [this] {
        QList<FakeHttpServer::Request> out;
        for (const auto &req : m_fake->requests())
            if (req.method == "POST")
                out << req;
        return out;
    }();
    QCOMPARE(posts.size(), 1);
    const QJsonObject body = posts.first().json().object();
    QCOMPARE(body.value(u"keyword"_s).toString(), u"spring-sale"_s);
    QCOMPARE(body.value(u"domain"_s).toString(), u"go.brand.com"_s);
    QCOMPARE(body.value(u"group_guid"_s).toString(), m_fake->groupGuid());
    QCOMPARE(posts.first().header("authorization"), "Bearer " + m_fake->token().toUtf8());
}

void TestBitly::createsWithRandomHashAndFindsTheGroup()
{
    const Result<Link> r = await(m_provider->create(draft(u"https://example.com/a"_s)));
    QVERIFY(r);
    QCOMPARE(r->domain, u"bit.ly"_s);
    QVERIFY(r->shortUrl.startsWith(u"https://bit.ly/"_s));
    QCOMPARE(m_fake->requestCount("GET", u"/v4/groups"_s), 1);
    // The group is remembered.
    QVERIFY(await(m_provider->create(draft(u"https://example.com/b"_s))));
    QCOMPARE(m_fake->requestCount("GET", u"/v4/groups"_s), 1);
}

void TestBitly::slugTaken()
{
    QVERIFY(await(m_provider->create(draft(u"https://example.com/a"_s, u"taken"_s, m_fake->brandedDomain()))));
    const Result<Link> r =
        await(m_provider->create(draft(u"https://example.com/b"_s, u"taken"_s, m_fake->brandedDomain())));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::SlugTaken);
    QVERIFY(r.error().message.contains(u"already used"_s));
    QCOMPARE(m_fake->linkCount(), 1);
    QCOMPARE(m_fake->requestCount("POST", u"/v4/bitlinks"_s), 2);   // not retried
}

void TestBitly::badToken()
{
    auto wrong = makeProvider<BitlyProvider>(m_fake->apiUrl(), u"not-the-token"_s, ProviderKind::Bitly, u"Agency"_s);
    const Result<Link> r = await(wrong->create(draft(u"https://example.com/a"_s)));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Unauthorized);
    QVERIFY2(r.error().message.contains(u"“Agency”"_s), qPrintable(r.error().message));
    QVERIFY(!r.error().message.contains(u"not-the-token"_s));
    QVERIFY(!await(wrong->testConnection()));
    QVERIFY(await(m_provider->testConnection()));
}

void TestBitly::retriesAfter429WithRetryAfter()
{
    FakeHttpServer::Response busy =
        FakeHttpServer::Response::json(429, QJsonObject{{u"message"_s, u"RATE_LIMIT_EXCEEDED"_s}});
    busy.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
    QVERIFY(await(m_provider->domains()));   // group and token settled
    m_fake->clearRequests();
    m_fake->failNext(1, busy);
    QElapsedTimer timer;
    timer.start();
    const Result<QStringList> r = await(m_provider->domains());
    QVERIFY(r);
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));   // honoured Retry-After: 1
    QCOMPARE(m_fake->requestCount("GET", u"/v4/bsds"_s), 2);

    // An HTTP date works as well; one beyond the policy's patience is reported instead.
    busy.headers = {{"Retry-After", Clock::nowUtc().addSecs(3600).toString(Qt::RFC2822Date).toLatin1()}};
    m_fake->failNext(1, busy);
    const Result<QStringList> late = await(m_provider->domains());
    QVERIFY(!late);
    QCOMPARE(late.error().kind, Error::Kind::RateLimited);
    QVERIFY(late.error().retryAfterSeconds > 3500);
}

void TestBitly::monthlyLimitIsNotRetried()
{
    m_fake->setMonthlyLimitReached(true);
    const Result<Link> r = await(m_provider->create(draft(u"https://example.com/a"_s)));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::PlanLimit);
    QVERIFY(r.error().message.contains(u"monthly"_s));
    QCOMPARE(m_fake->requestCount("POST", u"/v4/bitlinks"_s), 1);
}

void TestBitly::timeoutThenNoDuplicate()
{
    RetryPolicy policy = fastRetries();
    policy.timeoutMs = 800;
    m_provider->setRetryPolicy(policy);
    QVERIFY(await(m_provider->domains()));
    // Bitly makes the link but its answer comes too late; the retry must find it.
    m_fake->delayNext(1, 2500);
    const Result<Link> r = await(m_provider->create(draft(u"https://example.com/once"_s, u"once"_s)));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->slug, u"once"_s);
    QCOMPARE(m_fake->linkCount(), 1);
    QCOMPARE(m_fake->requestCount("POST", u"/v4/bitlinks"_s), 1);

    // Without a back-half: found among the newest links by destination and title.
    m_fake->delayNext(1, 2500);
    Link d = draft(u"https://example.com/random-once"_s);
    d.title = u"Flyer"_s;
    const Result<Link> random = await(m_provider->create(d));
    QVERIFY(random);
    QCOMPARE(random->destination, d.destination);
    QCOMPARE(m_fake->linkCount(), 2);
    QCOMPARE(m_fake->requestCount("POST", u"/v4/bitlinks"_s), 2);
}

void TestBitly::lostConnectionOnCreateIsNotRetriedBlindly()
{
    QVERIFY(await(m_provider->domains()));
    m_fake->setOffline(true);
    const Result<Link> r = await(m_provider->create(draft(u"https://example.com/a"_s, u"offline"_s)));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Network);
    QVERIFY(r.error().message.contains(u"Bitly"_s));
    QCOMPARE(m_fake->linkCount(), 0);
}

void TestBitly::serverErrorsAndUnreadableReplies()
{
    QVERIFY(await(m_provider->domains()));
    m_fake->failNext(1, FakeHttpServer::Response::text(200, "<html>maintenance</html>"));
    Result<QStringList> r = await(m_provider->domains());
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::BadResponse);

    m_fake->failNext(1, FakeHttpServer::Response::json(500, QJsonObject{{u"message"_s, u"INTERNAL_ERROR"_s}}));
    r = await(m_provider->domains());
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Server);
    QVERIFY(r.error().message.contains(u"500"_s));

    // 503 is transient: retried.
    m_fake->failNext(2, FakeHttpServer::Response::json(503, QJsonObject{{u"message"_s, u"TEMPORARILY_UNAVAILABLE"_s}}));
    r = await(m_provider->domains());
    QVERIFY(r);
}

void TestBitly::pagesThrough250Links()
{
    m_fake->addLinks(250);
    QString cursor;
    QSet<QString> ids;
    int pages = 0;
    do {
        const Result<LinkPage> page = await(m_provider->list(cursor));
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
        for (const Link &l : page->links)
            ids.insert(l.remoteId);
        cursor = page->nextCursor;
        ++pages;
        QVERIFY(pages < 10);
    } while (!cursor.isEmpty());
    QCOMPARE(ids.size(), 250);
    QVERIFY(pages == 3 || pages == 4);   // 100 + 100 + 50 (+ an empty last page if Bitly sends a cursor)
}

void TestBitly::updatesDestinationTitleAndTags()
{
    const Result<Link> made = await(m_provider->create(draft(u"https://example.com/old"_s)));
    QVERIFY(made);
    Link edited = *made;
    edited.destination = u"https://example.com/new"_s;
    edited.title = u"New title"_s;
    edited.tags = {u"autumn"_s};
    const Result<Link> r = await(m_provider->update(edited));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->destination, u"https://example.com/new"_s);
    const QJsonObject stored = m_fake->link(made->remoteId);
    QCOMPARE(stored.value(u"long_url"_s).toString(), u"https://example.com/new"_s);
    QCOMPARE(stored.value(u"title"_s).toString(), u"New title"_s);
    QCOMPARE(stored.value(u"tags"_s).toArray().first().toString(), u"autumn"_s);
}

void TestBitly::deletesUneditedAndArchivesOthers()
{
    const Result<Link> plain = await(m_provider->create(draft(u"https://example.com/plain"_s)));
    const Result<Link> custom = await(m_provider->create(draft(u"https://example.com/custom"_s, u"keep"_s)));
    QVERIFY(plain && custom);
    QVERIFY(await(m_provider->remove(*plain)));
    QVERIFY(m_fake->link(plain->remoteId).isEmpty());
    // A link with a back-half cannot be deleted on Bitly: it is archived instead.
    QVERIFY(await(m_provider->remove(*custom)));
    QCOMPARE(m_fake->link(custom->remoteId).value(u"archived"_s).toBool(), true);
    const Result<LinkPage> page = await(m_provider->list({}));
    QVERIFY(page);
    QVERIFY(page->links.isEmpty());
}

void TestBitly::clicksOverTime()
{
    const Result<Link> made = await(m_provider->create(draft(u"https://example.com/c"_s)));
    QVERIFY(made);
    const QDateTime today(Clock::today(QTimeZone::utc()), QTime(0, 0), QTimeZone::utc());
    m_fake->addClicks(made->remoteId, today.addDays(-2).addSecs(3600), 5);
    m_fake->addClicks(made->remoteId, today.addSecs(7200), 3);
    const Result<QList<ClickPoint>> r =
        await(m_provider->clicks(*made, today.addDays(-6), today.addDays(1), TimeUnit::Day));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    qint64 total = 0;
    for (const ClickPoint &p : *r)
        total += p.clicks;
    QCOMPARE(total, 8);
    QVERIFY(std::is_sorted(r->cbegin(), r->cend(),
                           [](const ClickPoint &a, const ClickPoint &b) { return a.start < b.start; }));
}

void TestBitly::domainsIncludeBrandedOnes()
{
    const Result<QStringList> r = await(m_provider->domains());
    QVERIFY(r);
    QVERIFY(r->contains(u"bit.ly"_s));
    QVERIFY(r->contains(m_fake->brandedDomain()));
}

void TestBitly::breakdownsAndThePlanLimit()
{
    const Result<Link> made = await(m_provider->create(draft(u"https://example.com/b"_s)));
    QVERIFY(made);
    const QDateTime t = Clock::nowUtc().addDays(-1);
    m_fake->addClicks(made->remoteId, t, 5, u"DE"_s, u"https://news.example/x"_s, u"mobile"_s);
    m_fake->addClicks(made->remoteId, t, 2, u"FR"_s, {}, u"desktop"_s);
    const QDateTime from = t.addDays(-3), to = t.addDays(2);
    const Result<QList<ClickShare>> countries = await(m_provider->breakdown(*made, u"country"_s, from, to));
    QVERIFY2(countries, qPrintable(countries ? QString() : countries.error().message));
    QCOMPARE(countries->size(), 2);
    QCOMPARE(countries->first().value, u"DE"_s);
    QCOMPARE(countries->first().clicks, 5);
    const Result<QList<ClickShare>> referrers = await(m_provider->breakdown(*made, u"referrer"_s, from, to));
    QVERIFY(referrers);
    QCOMPARE(referrers->first().value, u"news.example"_s);
    // Devices need a higher plan: 402, said as a plan limit, not an error dialog.
    const Result<QList<ClickShare>> devices = await(m_provider->breakdown(*made, u"device"_s, from, to));
    QVERIFY(!devices);
    QCOMPARE(devices.error().kind, Error::Kind::PlanLimit);
    QVERIFY(devices.error().message.contains(u"plan"_s));
    m_fake->setPlanAllowsDevices(true);
    const Result<QList<ClickShare>> allowed = await(m_provider->breakdown(*made, u"device"_s, from, to));
    QVERIFY(allowed);
    QCOMPARE(allowed->first().value, u"mobile"_s);
}

QTEST_GUILESS_MAIN(TestBitly)
#include "tst_bitly.moc"
