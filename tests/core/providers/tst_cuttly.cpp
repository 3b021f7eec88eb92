// CuttlyProvider against FakeCuttly, a local server that follows Cuttly's regular API.

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

#include "core/base/clock.h"
#include "core/providers/cuttlyprovider.h"
#include "providertest.h"
#include "support/fakes/fakecuttly.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Test;

class TestCuttly : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createsWithAlias();
    void createsOnTheBrandedDomain();
    void randomAliasIsChosenHere();
    void statusCodesBecomeSentences_data();
    void statusCodesBecomeSentences();
    void badKey();
    void quotaExceededThenSuccess();
    void timeoutThenNoDuplicate();
    void statsGiveTotals();
    void whatCuttlyCannotDoIsNotOffered();

private:
    // The day these tests live in, whatever today is: the app and the fakes read this clock.
    Clock::Override m_clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<FakeCuttly> m_fake;
    std::unique_ptr<CuttlyProvider> m_provider;
};

void TestCuttly::init()
{
    m_fake = std::make_unique<FakeCuttly>();
    QVERIFY(m_fake->listen());
    m_provider = makeProvider<CuttlyProvider>(m_fake->apiUrl(), m_fake->key(), ProviderKind::Cuttly);
    m_provider->setRateLimit({});
}

void TestCuttly::cleanup()
{
    m_provider.reset();
    m_fake.reset();
}

void TestCuttly::createsWithAlias()
{
    const QString destination = u"https://shop.example/a?utm_source=mail&utm_campaign=x%20y&q=a+b"_s;
    const Result<Link> r = await(m_provider->create(draft(destination, u"mail-a"_s)));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message + u" / "_s + r.error().detail));
    QCOMPARE(r->shortUrl, u"https://cutt.ly/mail-a"_s);
    QCOMPARE(r->slug, u"mail-a"_s);
    QCOMPARE(r->domain, u"cutt.ly"_s);
    // The long URL arrived whole, query string and all.
    QCOMPARE(m_fake->linkByAlias(u"mail-a"_s).value(u"fullLink"_s).toString(), destination);
    QCOMPARE(m_fake->requests().constLast().query.queryItemValue(u"key"_s), m_fake->key());
}

void TestCuttly::createsOnTheBrandedDomain()
{
    auto branded = makeProvider<CuttlyProvider>(m_fake->apiUrl(), m_fake->key(), ProviderKind::Cuttly, u"Brand"_s, {},
                                                m_fake->brandedDomain());
    branded->setRateLimit({});
    const Result<Link> r = await(branded->create(draft(u"https://example.com/b"_s, u"brand-b"_s)));
    QVERIFY(r);
    QCOMPARE(r->shortUrl, u"https://go.brand.com/brand-b"_s);
    QCOMPARE(m_fake->requests().constLast().query.queryItemValue(u"userDomain"_s), u"1"_s);
    const Result<QStringList> domains = await(branded->domains());
    QVERIFY(domains);
    QCOMPARE(domains->first(), m_fake->brandedDomain());
}

void TestCuttly::randomAliasIsChosenHere()
{
    const Result<Link> r = await(m_provider->create(draft(u"https://example.com/r"_s)));
    QVERIFY(r);
    QCOMPARE(r->slug.size(), 6);
    QVERIFY(!m_fake->requests().constLast().query.queryItemValue(u"name"_s).isEmpty());
}

void TestCuttly::statusCodesBecomeSentences_data()
{
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("alias");
    QTest::addColumn<bool>("monthlyLimit");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("1 already cutt.ly") << u"https://cutt.ly/abc"_s << u"x1"_s << false << int(Error::Kind::Invalid)
                                       << u"already a Cuttly"_s;
    QTest::newRow("2 not a link") << u"ftp://example.com/"_s << u"x2"_s << false << int(Error::Kind::Invalid)
                                  << u"not a valid"_s;
    QTest::newRow("3 alias taken") << u"https://example.com/t"_s << u"taken"_s << false << int(Error::Kind::SlugTaken)
                                   << u"already used"_s;
    QTest::newRow("5 bad characters") << u"https://example.com/c"_s << u"a%b"_s << false << int(Error::Kind::Invalid)
                                      << u"letters, digits"_s;
    QTest::newRow("6 blocked") << u"https://blocked.example/x"_s << u"x6"_s << false << int(Error::Kind::Invalid)
                               << u"blocks"_s;
    QTest::newRow("8 monthly limit") << u"https://example.com/m"_s << u"x8"_s << true << int(Error::Kind::PlanLimit)
                                     << u"monthly"_s;
}

void TestCuttly::statusCodesBecomeSentences()
{
    QFETCH(QString, destination);
    QFETCH(QString, alias);
    QFETCH(bool, monthlyLimit);
    QFETCH(int, kind);
    QFETCH(QString, says);
    QVERIFY(await(m_provider->create(draft(u"https://example.com/first"_s, u"taken"_s))));
    m_fake->setMonthlyLimitReached(monthlyLimit);
    const Result<Link> r = await(m_provider->create(draft(destination, alias)));
    QVERIFY(!r);
    QCOMPARE(int(r.error().kind), kind);
    QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
}

void TestCuttly::badKey()
{
    auto wrong = makeProvider<CuttlyProvider>(m_fake->apiUrl(), u"wrong"_s, ProviderKind::Cuttly);
    const Result<Link> r = await(wrong->create(draft(u"https://example.com/k"_s, u"k"_s)));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Unauthorized);
    QVERIFY(!await(wrong->testConnection()));
    QVERIFY(await(m_provider->testConnection()));
}

void TestCuttly::quotaExceededThenSuccess()
{
    // A 429 without Retry-After: backoff, then the link is made once.
    m_fake->setPerMinuteLimit(2);
    QVERIFY(await(m_provider->create(draft(u"https://example.com/q1"_s, u"q1"_s))));
    QVERIFY(await(m_provider->create(draft(u"https://example.com/q2"_s, u"q2"_s))));
    m_fake->setPerMinuteLimit(0);
    m_fake->failNext(1, FakeHttpServer::Response::text(429, {}));
    const Result<Link> r = await(m_provider->create(draft(u"https://example.com/q3"_s, u"q3"_s)));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(m_fake->linkCount(), 3);

    // Still limited after every attempt: a sentence about the plan, not a crash or a hang.
    m_fake->failNext(10, FakeHttpServer::Response::text(429, {}));
    const Result<Link> limited = await(m_provider->create(draft(u"https://example.com/q4"_s, u"q4"_s)));
    QVERIFY(!limited);
    QCOMPARE(limited.error().kind, Error::Kind::RateLimited);
    QVERIFY(limited.error().message.contains(u"minute"_s));
}

void TestCuttly::timeoutThenNoDuplicate()
{
    RetryPolicy policy = fastRetries();
    policy.timeoutMs = 800;
    m_provider->setRetryPolicy(policy);
    m_fake->delayNext(1, 2500);
    const Result<Link> r = await(m_provider->create(draft(u"https://example.com/once"_s)));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(m_fake->linkCount(), 1);
}

void TestCuttly::statsGiveTotals()
{
    const Result<Link> made = await(m_provider->create(draft(u"https://example.com/s"_s, u"stats"_s)));
    QVERIFY(made);
    m_fake->addClicks(u"stats"_s, 12);
    const Result<Link> r = await(m_provider->refresh(*made));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->clicks, 12);
}

void TestCuttly::whatCuttlyCannotDoIsNotOffered()
{
    QVERIFY(m_provider->can(LinkProvider::Capability::CreateLinks));
    QVERIFY(m_provider->can(LinkProvider::Capability::CustomSlug));
    for (auto c : {LinkProvider::Capability::ListLinks, LinkProvider::Capability::DeleteLinks,
                   LinkProvider::Capability::UpdateDestination, LinkProvider::Capability::ClickStats}) {
        QVERIFY(!m_provider->can(c));
    }
    const Result<void> r = await(m_provider->remove(Link{}));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Unsupported);
}

QTEST_GUILESS_MAIN(TestCuttly)
#include "tst_cuttly.moc"
