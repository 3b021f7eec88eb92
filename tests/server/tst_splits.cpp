#include "core/analytics/analytics.h"
#include "core/analytics/splittest.h"
#include "core/links/linksplit.h"
#include "core/providers/localprovider.h"
#include "core/storage/accountrepository.h"
#include "core/storage/clickrollups.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "core/sync/backend.h"
#include "server/clickrecord.h"
#include "server/linkserver.h"
#include "support/httpclient.h"
#include "support/serverconfig.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <random>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server;
using Linkdeck::Test::get;
using Linkdeck::Test::HttpConnection;

namespace {
const std::string IPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                           "Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const std::string Chrome =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

std::string request(const std::string &path, const std::string &ip, const std::string &agent)
{
    return "GET " + path + " HTTP/1.1\r\nHost: localhost:8080\r\nX-Forwarded-For: " + ip + "\r\nUser-Agent: " + agent
        + "\r\n\r\n";
}
}   // namespace

// A/B splits on linkdeck-server (issue 15), over real sockets: visitors are shared between the
// destinations by the percentages set, each keeps their variant, a matching redirect rule
// comes first, and every click is stored with its variant, which the statistics read back.
class TestSplits : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rulesOfASplit();
    void seventyThirtyOverTenThousandVisitors();
    void visitorsKeepTheirVariant();
    void ruleBeforeSplitAndSplitSetInTheApp();
    void journalKeepsTheVariant();
    void significance();

private:
    void startServer();
    qint64 addLink(const QString &slug, const QList<Link::Variant> &variants);
    qint64 scalar(const QString &sql);
    LocalProvider *local();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Backend> m_backend;
    ServerConfig m_config;
    std::unique_ptr<LinkServer> m_server;
    std::uint16_t m_port = 0;
};

void TestSplits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_backend = std::make_unique<Backend>();
    QVERIFY(m_backend->open(m_dir->filePath(u"links.sqlite"_s)).ok());
    m_config = Test::serverConfigFor(m_dir->filePath(u"links.sqlite"_s));
    m_config.trustedProxies = {"127.0.0.1"};   // the test is the visitors' proxy: X-Forwarded-For says who
}

void TestSplits::cleanup()
{
    m_server.reset();
    m_backend.reset();
    m_dir.reset();
}

void TestSplits::startServer()
{
    m_server = std::make_unique<LinkServer>(m_config);
    const auto started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    m_port = m_server->port();
}

LocalProvider *TestSplits::local()
{
    return static_cast<LocalProvider *>(m_backend->provider(AccountRepository::LocalAccountId));
}

qint64 TestSplits::addLink(const QString &slug, const QList<Link::Variant> &variants)
{
    Link draft;
    draft.slug = slug;
    draft.destination = u"https://shop.example/a"_s;
    draft.variants = variants;
    const auto r = local()->createNow(draft, {});
    if (!r)
        qWarning("%s", qPrintable(r.error().message));
    return r ? r->id : -1;
}

qint64 TestSplits::scalar(const QString &sql)
{
    QSqlQuery q(m_backend->database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// What core accepts, with a sentence for what it does not, and what it stores.
void TestSplits::rulesOfASplit()
{
    Link link;
    link.destination = u"https://shop.example/a"_s;
    link.variants = {{QString(), 70}, {u"https://shop.example/b"_s, 30}};
    QVERIFY2(LinkSplit::problem(link).isEmpty(), qPrintable(LinkSplit::problem(link)));
    link.variants = {{QString(), 70}, {u"https://shop.example/b"_s, 20}};
    QVERIFY(LinkSplit::problem(link).contains(u"100%"_s));
    QVERIFY(LinkSplit::problem(link).contains(u"90%"_s));
    link.variants = {{QString(), 100}};
    QVERIFY(LinkSplit::problem(link).contains(u"two"_s));
    link.variants = {{QString(), 50}, {u"javascript:alert(1)"_s, 50}};
    QVERIFY(LinkSplit::problem(link).contains(u"B"_s));
    link.variants = {{QString(), 100}, {u"https://shop.example/b"_s, 0}};
    QVERIFY(!LinkSplit::problem(link).isEmpty());
    QList<Link::Variant> eleven;
    for (int i = 0; i < 11; ++i)
        eleven.append({u"https://shop.example/%1"_s.arg(i), i == 0 ? 90 : 1});
    link.variants = eleven;
    QVERIFY(LinkSplit::problem(link).contains(u"10"_s));

    // Refused by the provider with the sentence, nothing stored; accepted, stored normalised.
    QCOMPARE(addLink(u"bad"_s, {{QString(), 60}, {u"https://shop.example/b"_s, 30}}), -1);
    QCOMPARE(scalar(u"SELECT count(*) FROM links WHERE slug = 'bad'"_s), 0);
    const qint64 id = addLink(u"ab"_s, {{QString(), 60}, {u"HTTPS://Shop.Example/b"_s, 40}});
    QVERIFY(id > 0);
    const auto stored = m_backend->links().find(id);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->variants.size(), 2);
    QCOMPARE(stored->variants.at(0).url, u"https://shop.example/a"_s);   // the destination
    QCOMPARE(stored->variants.at(1).url, u"https://shop.example/b"_s);   // normalised
    QCOMPARE(stored->variants.at(1).percent, 40);
    // Removing the split keeps the destination.
    Link edited = *stored;
    edited.variants.clear();
    QVERIFY(local()->updateNow(edited).ok());
    QVERIFY(m_backend->links().find(id)->variants.isEmpty());
    QCOMPARE(scalar(u"SELECT count(*) FROM links WHERE id = %1 AND variants = ''"_s.arg(id)), 1);
}

// The figure: over 10,000 visitors a 70/30 split lands within 2 points of 70/30, and
// every click is stored with its variant and counted in the statistics.
void TestSplits::seventyThirtyOverTenThousandVisitors()
{
    const qint64 id = addLink(u"sale"_s, {{QString(), 70}, {u"https://shop.example/b"_s, 30}});
    QVERIFY(id > 0);
    startServer();
    std::mt19937 random(20261207);   // a fixed seed: the same visitors every run
    std::uniform_int_distribution<int> octet(1, 254);
    HttpConnection c(m_port);
    std::map<std::string, int> sent;
    constexpr int Visitors = 10000;
    for (int i = 0; i < Visitors; ++i) {
        const std::string ip = std::to_string(octet(random)) + "." + std::to_string(octet(random)) + "."
            + std::to_string(octet(random)) + "." + std::to_string(octet(random));
        const std::string agent = Chrome + " v" + std::to_string(i % 7);
        const auto r = c.request(request("/sale", ip, agent));
        QCOMPARE(r.status, 302);
        ++sent[r.header("location")];
    }
    QCOMPARE(sent.size(), std::size_t(2));
    const double a = 100.0 * sent["https://shop.example/a"] / Visitors;
    const double b = 100.0 * sent["https://shop.example/b"] / Visitors;
    qInfo("70/30 split over %d visitors: %.2f%% / %.2f%%", Visitors, a, b);
    QVERIFY2(std::abs(a - 70) <= 2 && std::abs(b - 30) <= 2, qPrintable(u"%1 / %2"_s.arg(a).arg(b)));

    m_server->stop();   // every journaled click in the database
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks WHERE link_id = %1"_s.arg(id)), Visitors);
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks WHERE link_id = %1 AND variant = 1"_s.arg(id)),
             qint64(sent["https://shop.example/a"]));
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks WHERE link_id = %1 AND variant = 2 "
                    "AND redirect_url = 'https://shop.example/b'"_s.arg(id)),
             qint64(sent["https://shop.example/b"]));
    const auto totals = Rollups::totals(m_backend->database().connection(), id);
    QCOMPARE(totals.at(u"variant"_s).at(u"1"_s), qint64(sent["https://shop.example/a"]));
    QCOMPARE(totals.at(u"variant"_s).at(u"2"_s), qint64(sent["https://shop.example/b"]));
    // Each visitor came once: no variant gets more than its share, not significantly.
    const SplitTest test = SplitTest::evaluate(
        m_backend->links().find(id)->variants,
        {{u"1"_s, totals.at(u"variant"_s).at(u"1"_s)}, {u"2"_s, totals.at(u"variant"_s).at(u"2"_s)}});
    QVERIFY(test.enough);
    QCOMPARE(test.total, qint64(Visitors));
}

// A visitor keeps their variant on return, from any address of their network (addresses are
// anonymised to a /24), while other visitors are shared out.
void TestSplits::visitorsKeepTheirVariant()
{
    QVERIFY(addLink(u"ab"_s, {{QString(), 50}, {u"https://shop.example/b"_s, 50}}) > 0);
    startServer();
    HttpConnection c(m_port);
    std::map<std::string, int> firstVisits;
    for (int visitor = 0; visitor < 40; ++visitor) {
        const std::string net = "198.51." + std::to_string(visitor) + ".";
        const std::string agent = Chrome + " visitor" + std::to_string(visitor);
        const std::string first = c.request(request("/ab", net + "10", agent)).header("location");
        ++firstVisits[first];
        for (int again = 0; again < 5; ++again)
            QCOMPARE(c.request(request("/ab", net + std::to_string(20 + again), agent)).header("location"), first);
    }
    QCOMPARE(firstVisits.size(), std::size_t(2));   // both variants have visitors
}

// A matching rule comes before the split (the iPhone goes to the App Store, whatever its
// variant), and its click has no variant; a split set in the app reaches the running server.
void TestSplits::ruleBeforeSplitAndSplitSetInTheApp()
{
    const qint64 id = addLink(u"app"_s, {});
    QVERIFY(id > 0);
    const auto rules = local()->setRedirectRulesNow(
        id, {{1, u"https://apps.apple.com/app/id1"_s, {{Rules::ConditionType::Device, {}, u"ios"_s}}}});
    QVERIFY(rules.ok());
    startServer();
    HttpConnection c(m_port);
    QCOMPARE(c.request(request("/app", "203.0.113.5", Chrome)).header("location"),
             std::string("https://shop.example/a"));

    Link link = *m_backend->links().find(id);
    link.variants = {{QString(), 1}, {u"https://shop.example/b"_s, 99}};
    QVERIFY(local()->updateNow(link).ok());
    // Nearly everyone now goes to B (the rules stay as they were).
    std::map<std::string, int> sent;
    QTRY_VERIFY_WITH_TIMEOUT(c.request(request("/app", "203.0.113.5", Chrome)).header("location")
                                 == std::string("https://shop.example/b"),
                             2000);
    for (int i = 0; i < 200; ++i)
        ++sent[c.request(request("/app", "203.0.113." + std::to_string(i), Chrome + std::to_string(i)))
                   .header("location")];
    QVERIFY2(sent["https://shop.example/b"] >= 190, qPrintable(QString::number(sent["https://shop.example/b"])));
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(
            c.request(request("/app", "192.0.2." + std::to_string(i), IPhone + std::to_string(i))).header("location"),
            std::string("https://apps.apple.com/app/id1"));
    }
    m_server->stop();
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks WHERE link_id = %1 AND variant = 0 AND redirect_url LIKE "
                    "'https://apps.apple.com/%%'"_s.arg(id)),
             20);
    // Rules set again through the API keep the split.
    QVERIFY(local()->setRedirectRulesNow(id, {}).ok());
    startServer();
    HttpConnection again(m_port);
    QCOMPARE(again.request(request("/app", "192.0.2.1", IPhone + "1")).header("location"),
             std::string("https://shop.example/b"));
}

// The journal keeps a click's variant; records written before splits existed read as none.
void TestSplits::journalKeepsTheVariant()
{
    std::string framed;
    ClickCodec::append(framed, 1000, 7, OrphanType::None, "localhost", "ab", "", "agent", "192.0.2.0", "de",
                       "https://shop.example/b", 2);
    ClickCodec::append(framed, 1001, 7, OrphanType::None, "localhost", "ab", "", "agent", "192.0.2.0", "de",
                       "https://shop.example/a");
    ClickRecord first, second;
    std::size_t used = 0, used2 = 0;
    QCOMPARE(ClickCodec::decode(framed, &first, &used), ClickCodec::Status::Ok);
    QCOMPARE(ClickCodec::decode(std::string_view(framed).substr(used), &second, &used2), ClickCodec::Status::Ok);
    QCOMPARE(int(first.variant), 2);
    QCOMPARE(first.redirectUrl, std::string("https://shop.example/b"));
    QCOMPARE(int(second.variant), 0);
    QCOMPARE(used + used2, framed.size());
    QCOMPARE(ClickCodec::count(framed), std::size_t(2));
}

// The statistics' test: too few clicks, a split as set, and a variant that gets more.
void TestSplits::significance()
{
    const QList<Link::Variant> split{{u"https://shop.example/a"_s, 50}, {u"https://shop.example/b"_s, 50}};
    const SplitTest few = SplitTest::evaluate(split, {{u"1"_s, 3}, {u"2"_s, 4}});
    QVERIFY(!few.enough);
    QCOMPARE(few.needed, qint64(10));
    QVERIFY(!few.significant);
    const SplitTest even = SplitTest::evaluate(split, {{u"1"_s, 510}, {u"2"_s, 490}});
    QVERIFY(even.enough);
    QVERIFY(!even.significant);
    QVERIFY(qAbs(even.chiSquare - 0.4) < 1e-9);     // (10² + 10²) / 500
    QVERIFY(qAbs(even.pValue - 0.527089) < 1e-5);   // 1 degree of freedom
    const SplitTest uneven = SplitTest::evaluate(split, {{u"1"_s, 450}, {u"2"_s, 550}});
    QVERIFY(uneven.significant);
    QCOMPARE(uneven.leader, 2);
    QVERIFY(qAbs(uneven.chiSquare - 10.0) < 1e-9);
    QVERIFY(uneven.pValue < 0.01);
    QCOMPARE(uneven.rows.at(1).share, 55.0);
    // 70/30 with clicks in that proportion is no difference.
    const QList<Link::Variant> seventy{{u"https://shop.example/a"_s, 70}, {u"https://shop.example/b"_s, 30}};
    QVERIFY(!SplitTest::evaluate(seventy, {{u"1"_s, 700}, {u"2"_s, 300}}).significant);
    QVERIFY(SplitTest::evaluate(seventy, {{u"1"_s, 500}, {u"2"_s, 500}}).significant);
}

QTEST_GUILESS_MAIN(TestSplits)
#include "tst_splits.moc"
