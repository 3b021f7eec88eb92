#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "server/linkserver.h"
#include "support/httpclient.h"
#include "support/serverconfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>
#include <cstdlib>

#include <sched.h>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server;
using Linkdeck::Test::get;
using Linkdeck::Test::HttpConnection;

class TestRedirects : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void redirectsToStoredLocation();
    void forwardsQueryBeforeFragment();
    void perLinkStatusAndPermanentCaching();
    void routesByHost();
    void unknownPathsAre404AndOrphanVisits();
    void notFoundRedirectsFromConfig();
    void expiryMaxVisitsAndValidSince();
    void endedLinkGoesToItsFallback();
    void clickLimitThenFallback();
    void notStartedLink();
    void endedPageIsAccessibleAndTranslated();
    void configuredRedirectAndFallbackOrder();
    void fallbackSetInTheAppShowsAtOnce();
    void keepAliveAndPipelining();
    void malformedRequestsAreRefused_data();
    void malformedRequestsAreRefused();
    void clicksAreRecordedWithAnonymisedAddress();
    void forwardedForOnlyFromTrustedProxies();
    void apiChangesShowAtOnce();
    void apiResponsesAreValidHttp();
    void appChangesShowWithinASecond();
    void appEditsApplyWithoutReload();
    void robotsTxt();
    void dateHeaderIsEnglishInAnyLocale();
    void transferEncodingFraming_data();
    void transferEncodingFraming();
    void exactlyOneHost();
    void absoluteFormTargets();
    void expectContinueIsAnsweredAtOnce();
    void rawQueryBytesAreEncodedInLocation();
    void trustedProxiesListWithSpaces();
    void healthCountsAnsweredRedirectsAndStoredClicks();
    void ioThreadsBatchTheirWakeUps();

private:
    void startServer();
    qint64 addLink(const QString &slug, const QString &destination, const QString &domain = u"localhost:8080"_s,
                   const std::function<void(Link &)> &tweak = {});
    qint64 scalar(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    ServerConfig m_config;
    std::unique_ptr<LinkServer> m_server;
    std::uint16_t m_port = 0;
};

void TestRedirects::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"links.sqlite"_s)).ok());
    m_config = Test::serverConfigFor(m_dir->filePath(u"links.sqlite"_s));
    addLink(u"spring"_s, u"https://shop.example/spring?ref=a#reviews"_s);
}

void TestRedirects::startServer()
{
    m_server = std::make_unique<LinkServer>(m_config);
    const auto started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    m_port = m_server->port();
    QVERIFY(m_port > 0);
}

void TestRedirects::cleanup()
{
    m_server.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestRedirects::addLink(const QString &slug, const QString &destination, const QString &domain,
                              const std::function<void(Link &)> &tweak)
{
    LinkRepository links(*m_db);
    Link l;
    l.accountId = 1;
    l.domain = domain;
    l.slug = slug;
    l.shortUrl = u"http://"_s + domain + u'/' + slug;
    l.destination = destination;
    if (tweak)
        tweak(l);
    const auto r = links.insert(l);
    return r ? r->id : -1;
}

qint64 TestRedirects::scalar(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestRedirects::redirectsToStoredLocation()
{
    startServer();
    auto r = get(m_port, "/spring");
    QCOMPARE(r.status, 302);
    QCOMPARE(r.header("location"), std::string("https://shop.example/spring?ref=a#reviews"));
    QCOMPARE(r.header("cache-control"), std::string("private, max-age=0"));
    QCOMPARE(r.header("content-length"), std::string("0"));
    QVERIFY(!r.header("date").empty());
    HttpConnection c(m_port);
    const auto head = c.request("HEAD /spring HTTP/1.1\r\nHost: LocalHost:8080\r\n\r\n");   // the host ignores case
    QCOMPARE(head.status, 302);
    QCOMPARE(head.header("location"), std::string("https://shop.example/spring?ref=a#reviews"));
    // SHORT_URL_MODE=strict (the default): a slug is matched as written, as Shlink does.
    QCOMPARE(c.request("HEAD /SPRING HTTP/1.1\r\nHost: localhost:8080\r\n\r\n").status, 404);
}

void TestRedirects::forwardsQueryBeforeFragment()
{
    addLink(u"noforward"_s, u"https://shop.example/x"_s, u"localhost:8080"_s, [](Link &l) { l.forwardQuery = false; });
    startServer();
    QCOMPARE(get(m_port, "/spring?utm_source=print&x=%20y").header("location"),
             std::string("https://shop.example/spring?ref=a&utm_source=print&x=%20y#reviews"));
    QCOMPARE(get(m_port, "/noforward?a=1").header("location"), std::string("https://shop.example/x"));
}

void TestRedirects::perLinkStatusAndPermanentCaching()
{
    addLink(u"moved"_s, u"https://new.example/"_s, u"localhost:8080"_s, [](Link &l) { l.redirectStatus = 301; });
    m_config.redirectStatus = 307;
    startServer();
    auto moved = get(m_port, "/moved");
    QCOMPARE(moved.status, 301);
    QCOMPARE(moved.header("cache-control"), std::string("private, max-age=30"));
    QCOMPARE(get(m_port, "/spring").status, 307);   // the server default
}

void TestRedirects::routesByHost()
{
    addLink(u"sale"_s, u"https://brand-a.example/"_s, u"go.brand-a.example"_s);
    addLink(u"sale"_s, u"https://brand-b.example/"_s, u"go.brand-b.example"_s);
    startServer();
    QCOMPARE(get(m_port, "/sale", "go.brand-a.example").header("location"), std::string("https://brand-a.example/"));
    QCOMPARE(get(m_port, "/sale", "GO.BRAND-B.EXAMPLE").header("location"), std::string("https://brand-b.example/"));
    // An unknown host falls back to the default domain (the local account's, localhost:8080).
    QCOMPARE(get(m_port, "/spring", "127.0.0.1:8080").status, 302);
    QCOMPARE(get(m_port, "/sale", "127.0.0.1:8080").status, 404);
}

void TestRedirects::unknownPathsAre404AndOrphanVisits()
{
    startServer();
    auto missing = get(m_port, "/nope");
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.body.find("does not exist") != std::string::npos);
    QCOMPARE(get(m_port, "/").status, 404);
    QCOMPARE(get(m_port, "/a/b.html").status, 404);
    m_server->stop();   // drains the journal
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks WHERE orphan_type = 'invalid_short_url' AND slug = 'nope'"_s), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks WHERE orphan_type = 'base_url'"_s), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks WHERE orphan_type = 'regular_404'"_s), 1);
}

void TestRedirects::notFoundRedirectsFromConfig()
{
    m_config.invalidShortUrlRedirect = "https://brand.example/missing";
    m_config.baseUrlRedirect = "https://brand.example/";
    m_config.trackOrphanVisits = false;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        u"INSERT INTO domains(name, regular_404_redirect) VALUES ('localhost:8080', 'https://brand.example/404')"_s));
    startServer();
    QCOMPARE(get(m_port, "/nope").header("location"), std::string("https://brand.example/missing"));
    QCOMPARE(get(m_port, "/").header("location"), std::string("https://brand.example/"));
    QCOMPARE(get(m_port, "/x/y").header("location"), std::string("https://brand.example/404"));
    m_server->stop();
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks"_s), 0);   // TRACK_ORPHAN_VISITS=false
}

void TestRedirects::expiryMaxVisitsAndValidSince()
{
    const auto now = QDateTime::currentDateTimeUtc();
    addLink(u"expired"_s, u"https://e.example/"_s, u"localhost:8080"_s,
            [&](Link &l) { l.expiresAt = now.addSecs(-60); });
    addLink(u"future"_s, u"https://f.example/"_s, u"localhost:8080"_s,
            [&](Link &l) { l.validSince = now.addSecs(3600); });
    addLink(u"limited"_s, u"https://l.example/"_s, u"localhost:8080"_s, [](Link &l) { l.maxClicks = 2; });
    startServer();
    // Known links that are not live say so (issue 15): 410 Gone once ended, 404 before the start.
    const auto expired = get(m_port, "/expired");
    QCOMPARE(expired.status, 410);
    QVERIFY(expired.body.find("This link has ended") != std::string::npos);
    const auto future = get(m_port, "/future");
    QCOMPARE(future.status, 404);
    QVERIFY(future.body.find("This link is not active yet") != std::string::npos);
    QCOMPARE(get(m_port, "/limited").status, 302);
    QCOMPARE(get(m_port, "/limited").status, 302);
    QCOMPARE(get(m_port, "/limited").status, 410);
    QCOMPARE(get(m_port, "/unknown").status, 404);   // an unknown one is still "does not exist"
    QVERIFY(get(m_port, "/unknown").body.find("does not exist") != std::string::npos);
}

// Issue 15: an expired link with a fallback address sends its visitors there (302, the query
// forwarded as to the destination), and each such click is recorded as a visit of the link
// with the fallback as where the visitor went. Times relative to now: the suite also runs
// 400 days ahead under faketime.
void TestRedirects::endedLinkGoesToItsFallback()
{
    const auto now = QDateTime::currentDateTimeUtc();
    const qint64 id = addLink(u"xmas"_s, u"https://shop.example/xmas"_s, u"localhost:8080"_s, [&](Link &l) {
        l.redirectStatus = 301;   // the link's own status is not used for the fallback
        l.expiresAt = now.addSecs(-60);
        l.fallbackUrl = u"https://shop.example/offers"_s;
    });
    QVERIFY(id > 0);
    startServer();
    const auto r = get(m_port, "/xmas?utm_source=poster", "localhost:8080", "User-Agent: Mozilla/5.0 (Test)\r\n");
    QCOMPARE(r.status, 302);
    QCOMPARE(r.header("location"), std::string("https://shop.example/offers?utm_source=poster"));
    QCOMPARE(r.header("cache-control"), std::string("private, max-age=0"));
    QCOMPARE(get(m_port, "/xmas").header("location"), std::string("https://shop.example/offers"));
    m_server->stop();   // drains the journal
    QSqlQuery q(m_db->connection());
    // The I/O threads journal apart, so the two clicks are compared as a set, not by id.
    QVERIFY(q.exec(u"SELECT link_id, orphan_type, redirect_url FROM clicks ORDER BY redirect_url"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), id);
    QVERIFY(q.value(1).isNull() || q.value(1).toString().isEmpty());
    QCOMPARE(q.value(2).toString(), u"https://shop.example/offers"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), id);
    QCOMPARE(q.value(2).toString(), u"https://shop.example/offers?utm_source=poster"_s);
    QVERIFY(!q.next());
    QCOMPARE(scalar(u"SELECT clicks FROM links WHERE id = %1"_s.arg(id)), 2);
}

// A link of at most 2 clicks: two visitors reach the destination, the third and later go to the
// fallback; all are the link's clicks.
void TestRedirects::clickLimitThenFallback()
{
    const qint64 id = addLink(u"first-two"_s, u"https://shop.example/prize"_s, u"localhost:8080"_s, [](Link &l) {
        l.maxClicks = 2;
        l.fallbackUrl = u"https://shop.example/too-late"_s;
    });
    startServer();
    QCOMPARE(get(m_port, "/first-two").header("location"), std::string("https://shop.example/prize"));
    QCOMPARE(get(m_port, "/first-two").header("location"), std::string("https://shop.example/prize"));
    for (int i = 0; i < 2; ++i) {
        const auto r = get(m_port, "/first-two");
        QCOMPARE(r.status, 302);
        QCOMPARE(r.header("location"), std::string("https://shop.example/too-late"));
    }
    m_server->stop();
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks WHERE link_id = %1"_s.arg(id)), 4);
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks WHERE link_id = %1 AND redirect_url = "
                    u"'https://shop.example/too-late'"_s.arg(id)),
             2);
    // Started again, the server counts on from what is stored: still used up.
    startServer();
    QCOMPARE(get(m_port, "/first-two").header("location"), std::string("https://shop.example/too-late"));
}

// Before its start a link sends visitors to its fallback if it has one, else it answers 404 with
// a page saying it is not active yet; from its start on it redirects.
void TestRedirects::notStartedLink()
{
    const auto now = QDateTime::currentDateTimeUtc();
    addLink(u"soon"_s, u"https://shop.example/launch"_s, u"localhost:8080"_s, [&](Link &l) {
        l.validSince = now.addSecs(3600);
        l.fallbackUrl = u"https://shop.example/countdown"_s;
    });
    addLink(u"later"_s, u"https://shop.example/launch"_s, u"localhost:8080"_s,
            [&](Link &l) { l.validSince = now.addDays(2); });
    addLink(u"begun"_s, u"https://shop.example/launch"_s, u"localhost:8080"_s, [&](Link &l) {
        l.validSince = now.addSecs(-1);
        l.expiresAt = now.addDays(1);
        l.fallbackUrl = u"https://shop.example/countdown"_s;
    });
    startServer();
    const auto soon = get(m_port, "/soon");
    QCOMPARE(soon.status, 302);
    QCOMPARE(soon.header("location"), std::string("https://shop.example/countdown"));
    const auto later = get(m_port, "/later");
    QCOMPARE(later.status, 404);
    QVERIFY(later.body.find("<title>This link is not active yet</title>") != std::string::npos);
    const auto laterDe = get(m_port, "/later", "localhost:8080", "Accept-Language: de-AT\r\n");
    QCOMPARE(laterDe.status, 404);
    QVERIFY(laterDe.body.find("Dieser Link ist noch nicht aktiv") != std::string::npos);
    QCOMPARE(get(m_port, "/begun").header("location"), std::string("https://shop.example/launch"));
}

// The ended page: self-contained, accessible HTML (a document language, a title, a heading),
// English unless the visitor prefers German; HEAD gets the headers alone. The visit is an
// orphan visit (invalid_short_url), as Shlink records one for an ended link.
void TestRedirects::endedPageIsAccessibleAndTranslated()
{
    const auto now = QDateTime::currentDateTimeUtc();
    addLink(u"over"_s, u"https://shop.example/summer"_s, u"localhost:8080"_s,
            [&](Link &l) { l.expiresAt = now.addDays(-3); });
    startServer();
    const auto en = get(m_port, "/over");
    QCOMPARE(en.status, 410);
    QCOMPARE(en.header("content-type"), std::string("text/html; charset=utf-8"));
    QCOMPARE(en.header("vary"), std::string("Accept-Language"));
    QCOMPARE(en.header("content-length"), std::to_string(en.body.size()));
    QVERIFY(en.body.starts_with("<!DOCTYPE html>"));
    QVERIFY(en.body.find("<html lang=\"en\">") != std::string::npos);
    QVERIFY(en.body.find("<meta charset=\"utf-8\">") != std::string::npos);
    QVERIFY(en.body.find("<title>This link has ended</title>") != std::string::npos);
    QVERIFY(en.body.find("<h1>This link has ended</h1>") != std::string::npos);
    // Nothing is loaded from elsewhere: no scripts, images, style sheets or links.
    for (const char *external : {"<script", "<img", "<link", "src=", "href=", "url(", "http://", "https://"})
        QVERIFY2(en.body.find(external) == std::string::npos, external);

    const auto de = get(m_port, "/over", "localhost:8080", "Accept-Language: de-DE,de;q=0.9,en;q=0.8\r\n");
    QCOMPARE(de.status, 410);
    QVERIFY(de.body.find("<html lang=\"de\">") != std::string::npos);
    QVERIFY(de.body.find("<title>Dieser Link ist abgelaufen</title>") != std::string::npos);
    QVERIFY(de.body.find("führte") != std::string::npos);   // UTF-8, as the header says
    // The visitor's preference decides, by quality; unknown languages get English.
    QVERIFY(get(m_port, "/over", "localhost:8080", "Accept-Language: en-GB,de;q=0.5\r\n").body.find("lang=\"en\"")
            != std::string::npos);
    QVERIFY(get(m_port, "/over", "localhost:8080", "Accept-Language: fr-CH, fr;q=0.9, de;q=0.7, *;q=0.5\r\n")
                .body.find("lang=\"de\"")
            != std::string::npos);
    QVERIFY(get(m_port, "/over", "localhost:8080", "Accept-Language: ja\r\n").body.find("lang=\"en\"")
            != std::string::npos);
    QVERIFY(get(m_port, "/over", "localhost:8080", "Accept-Language: de;q=0\r\n").body.find("lang=\"en\"")
            != std::string::npos);

    HttpConnection c(m_port);
    const auto head = c.request("HEAD /over HTTP/1.1\r\nHost: localhost:8080\r\nAccept-Language: de\r\n\r\n");
    QCOMPARE(head.status, 410);
    QVERIFY(head.body.empty());
    QCOMPARE(c.request("GET /spring HTTP/1.1\r\nHost: localhost:8080\r\n\r\n").status, 302);   // kept alive

    m_server->stop();
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks WHERE orphan_type = 'invalid_short_url' AND slug = 'over'"_s), 7);
    QCOMPARE(scalar(u"SELECT clicks FROM links WHERE slug = 'over'"_s), 0);
}

// The link's own fallback first; without one, a configured invalid-short-URL redirect wins over
// the page, as on Shlink.
void TestRedirects::configuredRedirectAndFallbackOrder()
{
    const auto now = QDateTime::currentDateTimeUtc();
    m_config.invalidShortUrlRedirect = "https://brand.example/missing";
    addLink(u"with-fallback"_s, u"https://e.example/"_s, u"localhost:8080"_s, [&](Link &l) {
        l.expiresAt = now.addSecs(-1);
        l.fallbackUrl = u"https://brand.example/next"_s;
    });
    addLink(u"without"_s, u"https://e.example/"_s, u"localhost:8080"_s,
            [&](Link &l) { l.expiresAt = now.addSecs(-1); });
    startServer();
    QCOMPARE(get(m_port, "/with-fallback").header("location"), std::string("https://brand.example/next"));
    const auto without = get(m_port, "/without");
    QCOMPARE(without.status, 302);
    QCOMPARE(without.header("location"), std::string("https://brand.example/missing"));
}

// A fallback given to a running server's link in the app (LinkRepository) is served within a
// second, through the change log; and removed the same way.
void TestRedirects::fallbackSetInTheAppShowsAtOnce()
{
    const auto now = QDateTime::currentDateTimeUtc();
    const qint64 id = addLink(u"ended"_s, u"https://e.example/"_s, u"localhost:8080"_s,
                              [&](Link &l) { l.expiresAt = now.addSecs(-5); });
    startServer();
    QCOMPARE(get(m_port, "/ended").status, 410);
    LinkRepository links(*m_db);
    Link link = *links.find(id);
    link.fallbackUrl = u"https://e.example/later"_s;
    QVERIFY(links.update(link));
    QTRY_COMPARE_WITH_TIMEOUT(get(m_port, "/ended").header("location"), std::string("https://e.example/later"), 1000);
    link.fallbackUrl.clear();
    QVERIFY(links.update(link));
    QTRY_COMPARE_WITH_TIMEOUT(get(m_port, "/ended").status, 410, 1000);
    link.expiresAt = now.addDays(1);   // extended: live again
    QVERIFY(links.update(link));
    QTRY_COMPARE_WITH_TIMEOUT(get(m_port, "/ended").header("location"), std::string("https://e.example/"), 1000);
}

void TestRedirects::keepAliveAndPipelining()
{
    startServer();
    HttpConnection c(m_port);
    const std::string one = "GET /spring HTTP/1.1\r\nHost: localhost:8080\r\n\r\n";
    QVERIFY(c.send(one + one + "GET /nope HTTP/1.1\r\nHost: localhost:8080\r\n\r\n"));
    QCOMPARE(c.read().status, 302);
    QCOMPARE(c.read().status, 302);
    QCOMPARE(c.read().status, 404);
    QCOMPARE(c.request("GET /spring HTTP/1.1\r\nHost: localhost:8080\r\nConnection: close\r\n\r\n").status, 302);
    QVERIFY(c.closedByPeer());
}

void TestRedirects::malformedRequestsAreRefused_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");   // 0: the server may just hang up
    QTest::addRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << 400;
    QTest::addRow("bad version") << QByteArray("GET /spring HTTP/9.9\r\nHost: a\r\n\r\n") << 400;
    QTest::addRow("field without colon") << QByteArray("GET /spring HTTP/1.1\r\nHost a\r\n\r\n") << 400;
    QTest::addRow("header too large") << (QByteArray("GET /spring HTTP/1.1\r\nHost: a\r\nX-Big: ")
                                          + QByteArray(20000, 'a') + "\r\n\r\n")
                                      << 431;
    QByteArray many("GET /spring HTTP/1.1\r\nHost: a\r\n");
    for (int i = 0; i < 200; ++i)
        many += "X-F" + QByteArray::number(i) + ": v\r\n";
    QTest::addRow("too many fields") << (many + "\r\n") << 431;
    QTest::addRow("bad content length") << QByteArray("GET /spring HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\n\r\n")
                                        << 400;
    QTest::addRow("length and chunked") << QByteArray(
        "POST /spring HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                        << 0;
    QTest::addRow("body too large") << (QByteArray("POST /spring HTTP/1.1\r\nHost: a\r\nContent-Length: 100000\r\n\r\n")
                                        + QByteArray(100000, 'x'))
                                    << 413;
    QTest::addRow("binary") << QByteArray("\x00\x01\x02\xff\xfe\r\n\r\n", 9) << 400;
    QTest::addRow("bare newlines") << QByteArray("GET /spring HTTP/1.1\nHost: a\n\n") << 0;
    QTest::addRow("space in target") << QByteArray("GET /spr ing HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
}

void TestRedirects::malformedRequestsAreRefused()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    startServer();
    HttpConnection c(m_port);
    QVERIFY(c.send(raw.toStdString()));
    const auto r = c.read(3000);
    if (status)
        QCOMPARE(r.status, status);
    else
        QVERIFY(r.status == 0 || r.status >= 400);
    // The server is still there for everyone else.
    QCOMPARE(get(m_port, "/spring").status, 302);
}

void TestRedirects::clicksAreRecordedWithAnonymisedAddress()
{
    startServer();
    QCOMPARE(
        get(m_port, "/spring", "localhost:8080",
            "Referer: https://news.example/issue-4\r\nUser-Agent: Mozilla/5.0 (Test)\r\nAccept-Language: de-DE\r\n")
            .status,
        302);
    m_server->stop();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT link_id, slug, referrer, user_agent, ip, accept_language, redirect_url, ts FROM clicks"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 1);
    QCOMPARE(q.value(1).toString(), u"spring"_s);
    QCOMPARE(q.value(2).toString(), u"https://news.example/issue-4"_s);
    QCOMPARE(q.value(3).toString(), u"Mozilla/5.0 (Test)"_s);
    QCOMPARE(q.value(4).toString(), u"127.0.0.0"_s);
    QCOMPARE(q.value(5).toString(), u"de-DE"_s);
    QCOMPARE(q.value(6).toString(), u"https://shop.example/spring?ref=a#reviews"_s);
    QVERIFY(qAbs(q.value(7).toLongLong() - QDateTime::currentMSecsSinceEpoch()) < 60000);
    QVERIFY(!q.next());
    QCOMPARE(scalar(u"SELECT clicks FROM links WHERE slug = 'spring'"_s), 1);
}

void TestRedirects::forwardedForOnlyFromTrustedProxies()
{
    startServer();
    get(m_port, "/spring", "localhost:8080", "X-Forwarded-For: 203.0.113.77\r\n");
    m_server->stop();
    m_config.trustedProxies = {"127.0.0.1"};
    startServer();
    get(m_port, "/spring", "localhost:8080", "X-Forwarded-For: 198.51.100.23, 127.0.0.1\r\n");
    m_server->stop();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT ip FROM clicks ORDER BY id"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"127.0.0.0"_s);   // not trusted: the peer's own address
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"198.51.100.0"_s);   // trusted proxy: the client it names, anonymised
}

void TestRedirects::apiChangesShowAtOnce()
{
    startServer();
    HttpConnection c(m_port);
    const std::string body = R"({"longUrl":"https://api.example/new","customSlug":"fresh"})";
    const auto created =
        c.request("POST /rest/v3/short-urls HTTP/1.1\r\nHost: localhost:8080\r\nX-Api-Key: test-key\r\n"
                  "Content-Type: application/json\r\nContent-Length: "
                  + std::to_string(body.size()) + "\r\n\r\n" + body);
    QCOMPARE(created.status, 200);
    QVERIFY(created.body.find("\"shortCode\":\"fresh\"") != std::string::npos);
    QCOMPARE(get(m_port, "/fresh").header("location"), std::string("https://api.example/new"));
    const auto deleted =
        c.request("DELETE /rest/v3/short-urls/fresh HTTP/1.1\r\nHost: localhost:8080\r\nX-Api-Key: test-key\r\n\r\n");
    QCOMPARE(deleted.status, 204);
    QCOMPARE(get(m_port, "/fresh").status, 404);
    const auto unauthorised =
        c.request("GET /rest/v3/short-urls HTTP/1.1\r\nHost: localhost:8080\r\nX-Api-Key: wrong\r\n\r\n");
    QCOMPARE(unauthorised.status, 401);
    QCOMPARE(unauthorised.header("content-type"), std::string("application/problem+json"));
}

// Over the wire, as the strict client reads them: one line of each single-valued header, no
// Content-Length on a 204, the API's own status codes.
void TestRedirects::apiResponsesAreValidHttp()
{
    startServer();
    HttpConnection c(m_port);
    const std::string key = "Host: localhost:8080\r\nX-Api-Key: test-key\r\n";
    const std::string body = R"({"longUrl":"https://api.example/wire","customSlug":"wire"})";
    const auto created = c.request("POST /rest/v3/short-urls HTTP/1.1\r\n" + key
                                   + "Content-Type: application/json\r\n"
                                     "Content-Length: "
                                   + std::to_string(body.size()) + "\r\n\r\n" + body);
    QVERIFY2(created.error.empty(), created.error.c_str());
    QCOMPARE(created.status, 200);
    for (const char *name : {"date", "content-type", "content-length", "access-control-allow-origin"})
        QVERIFY2(created.headerCount(name) == 1, name);
    QCOMPARE(created.header("content-type"), std::string("application/json"));
    QCOMPARE(created.header("content-length"), std::to_string(created.body.size()));

    const auto health = c.request("GET /rest/health HTTP/1.1\r\nHost: localhost:8080\r\n\r\n");
    QCOMPARE(health.status, 200);
    const auto healthHead = c.request("HEAD /rest/health HTTP/1.1\r\nHost: localhost:8080\r\n\r\n");
    QVERIFY2(healthHead.error.empty(), healthHead.error.c_str());
    QCOMPARE(healthHead.status, 200);
    QVERIFY(healthHead.body.empty());
    // The length a GET would have now: the health's lagMs and statisticsLagMs are live, so their
    // digits may differ from the GET's a moment before (this compared equal and failed under load).
    bool isNumber = false;
    const qint64 headLength = QByteArray::fromStdString(healthHead.header("content-length")).toLongLong(&isNumber);
    QVERIFY2(isNumber, healthHead.header("content-length").c_str());
    QVERIFY2(std::abs(headLength - qint64(health.body.size())) <= 16,
             qPrintable(u"HEAD says %1 bytes, GET sent %2"_s.arg(headLength).arg(health.body.size())));

    // 501 stays 501 on the wire (it was sent as 500).
    const auto mercure = c.request("GET /rest/v3/mercure-info HTTP/1.1\r\n" + key + "\r\n");
    QVERIFY2(mercure.error.empty(), mercure.error.c_str());
    QCOMPARE(mercure.status, 501);
    QCOMPARE(mercure.header("content-type"), std::string("application/problem+json"));

    // 204: no body, so no Content-Length and no Content-Type (RFC 9110 8.6); the connection
    // goes on with the next request.
    const auto deleted = c.request("DELETE /rest/v3/short-urls/wire HTTP/1.1\r\n" + key + "\r\n");
    QVERIFY2(deleted.error.empty(), deleted.error.c_str());
    QCOMPARE(deleted.status, 204);
    QCOMPARE(deleted.headerCount("content-length"), std::size_t(0));
    QCOMPARE(deleted.headerCount("content-type"), std::size_t(0));
    QCOMPARE(deleted.headerCount("date"), std::size_t(1));
    const auto preflight = c.request("OPTIONS /rest/v3/short-urls HTTP/1.1\r\nHost: localhost:8080\r\n"
                                     "Origin: https://app.example\r\nAccess-Control-Request-Method: POST\r\n\r\n");
    QVERIFY2(preflight.error.empty(), preflight.error.c_str());
    QCOMPARE(preflight.status, 204);
    QCOMPARE(preflight.headerCount("access-control-allow-origin"), std::size_t(1));
    QCOMPARE(preflight.headerCount("content-length"), std::size_t(0));
    const auto gone = c.request("GET /rest/v3/short-urls/wire HTTP/1.1\r\n" + key + "\r\n");
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.headerCount("access-control-allow-origin"), std::size_t(1));
}

void TestRedirects::appChangesShowWithinASecond()
{
    startServer();
    QCOMPARE(get(m_port, "/from-app").status, 404);
    QElapsedTimer timer;
    timer.start();
    addLink(u"from-app"_s, u"https://app.example/"_s);
    QTRY_COMPARE_WITH_TIMEOUT(get(m_port, "/from-app").status, 302, 1000);
    qInfo("a link written by the app redirected after %lld ms", timer.elapsed());
}

// Edits, renames and deletes made through the app's LinkRepository reach the running server
// through the change log, one link at a time: the index is loaded once. A gap in the log (rows
// pruned before the server read them) makes it load everything again.
void TestRedirects::appEditsApplyWithoutReload()
{
    const qint64 renamed = addLink(u"before"_s, u"https://renamed.example/"_s);
    const qint64 removed = addLink(u"gone"_s, u"https://gone.example/"_s);
    startServer();
    QCOMPARE(m_server->indexStats().fullLoads, std::uint64_t(1));
    LinkRepository links(*m_db);
    auto spring = links.findBySlug(u"localhost:8080"_s, u"spring"_s);
    QVERIFY(spring);
    spring->destination = u"https://shop.example/edited"_s;
    QVERIFY(links.update(*spring).ok());
    auto moved = links.find(renamed);
    QVERIFY(moved);
    moved->slug = u"after"_s;
    moved->shortUrl = u"http://localhost:8080/after"_s;
    QVERIFY(links.update(*moved).ok());
    QVERIFY(links.remove(removed).ok());
    QTRY_COMPARE_WITH_TIMEOUT(get(m_port, "/gone").status, 404, 5000);
    QCOMPARE(get(m_port, "/spring").header("location"), std::string("https://shop.example/edited"));
    QCOMPARE(get(m_port, "/after").header("location"), std::string("https://renamed.example/"));
    QCOMPARE(get(m_port, "/before").status, 404);
    // The poller counts a batch just after it publishes it: the count may follow a moment later.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->indexStats().changesApplied, std::uint64_t(3), 5000);
    RedirectIndex::Stats stats = m_server->indexStats();
    QCOMPARE(stats.fullLoads, std::uint64_t(1));
    QVERIFY(stats.lastApplyMillis < 1000);

    // The change and the loss of its log row in one transaction: the server sees the gap.
    QSqlDatabase conn = m_db->connection();
    QVERIFY(conn.transaction());
    QSqlQuery q(conn);
    QVERIFY(q.exec(u"UPDATE links SET destination = 'https://shop.example/after-gap' WHERE slug = 'spring'"_s));
    QVERIFY(q.exec(u"DELETE FROM link_changes"_s));
    QVERIFY(conn.commit());
    QTRY_COMPARE_WITH_TIMEOUT(get(m_port, "/spring").header("location"), std::string("https://shop.example/after-gap"),
                              5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->indexStats().fullLoads, std::uint64_t(2), 5000);
    QCOMPARE(get(m_port, "/after").status, 302);
}

void TestRedirects::robotsTxt()
{
    startServer();
    const auto r = get(m_port, "/robots.txt");
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.find("Disallow: /") != std::string::npos);
}

// Qt sets the process locale from the user's (LANG=de_DE.UTF-8 gives "So, 06 Dez 2026"
// from strftime): the Date header must stay an RFC 9110 IMF-fixdate all the same.
void TestRedirects::dateHeaderIsEnglishInAnyLocale()
{
    const std::string previous = std::setlocale(LC_TIME, nullptr);
    QVERIFY2(std::setlocale(LC_TIME, "de_DE.UTF-8"),
             "the de_DE.UTF-8 locale is missing: bash .ci/linkdeck deps generates it");
    const auto restore = qScopeGuard([&] { std::setlocale(LC_TIME, previous.c_str()); });

    QCOMPARE(httpDate(0), std::string("Thu, 01 Jan 1970 00:00:00 GMT"));
    QCOMPARE(httpDate(1796535936), std::string("Sun, 06 Dec 2026 05:45:36 GMT"));
    QCOMPARE(httpDate(1803772800), std::string("Sun, 28 Feb 2027 00:00:00 GMT"));

    startServer();
    const auto r = get(m_port, "/spring");
    const QString date = QString::fromStdString(r.header("date"));
    static const QRegularExpression imfFixdate(
        u"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} "
        "\\d\\d:\\d\\d:\\d\\d GMT$"_s);
    QVERIFY2(imfFixdate.match(date).hasMatch(), qPrintable(date));
    // Qt's RFC 2822 parser wants a numeric zone: GMT is +0000.
    const QDateTime parsed = QDateTime::fromString(QString(date).replace(u" GMT"_s, u" +0000"_s), Qt::RFC2822Date);
    QVERIFY2(parsed.isValid(), qPrintable(date));
    QVERIFY(qAbs(parsed.secsTo(QDateTime::currentDateTimeUtc())) < 600);   // the machine's own clock, not Linkdeck's
}

// Issue 18 item 8, RFC 9112 6.1 and 6.3: a Transfer-Encoding that is not (only) chunked, or
// with Content-Length, is refused and the connection closed, so what follows is never taken
// for a request of its own (request smuggling); nothing waits for a body that never comes.
void TestRedirects::transferEncodingFraming_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::addRow("xchunked") << QByteArray("Transfer-Encoding: xchunked\r\n") << 400;
    QTest::addRow("gzip") << QByteArray("Transfer-Encoding: gzip\r\n") << 400;
    QTest::addRow("gzip with length") << QByteArray("Transfer-Encoding: gzip\r\nContent-Length: 5\r\n") << 400;
    QTest::addRow("length with gzip") << QByteArray("Content-Length: 5\r\nTransfer-Encoding: gzip\r\n") << 400;
    QTest::addRow("chunked with length") << QByteArray("Transfer-Encoding: chunked\r\nContent-Length: 5\r\n") << 400;
    QTest::addRow("chunked twice") << QByteArray("Transfer-Encoding: chunked, chunked\r\n") << 400;
    QTest::addRow("chunked then gzip") << QByteArray("Transfer-Encoding: chunked, gzip\r\n") << 400;
    QTest::addRow("chunked then gzip, two lines")
        << QByteArray("Transfer-Encoding: chunked\r\nTransfer-Encoding: gzip\r\n") << 400;
    QTest::addRow("gzip then chunked") << QByteArray("Transfer-Encoding: gzip, chunked\r\n") << 501;
    QTest::addRow("gzip then chunked, two lines")
        << QByteArray("Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n") << 501;
}

void TestRedirects::transferEncodingFraming()
{
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    startServer();
    for (const std::string path : {"/spring", "/rest/v3/short-urls"}) {
        HttpConnection c(m_port);
        const std::string smuggled = "GET /spring?smuggled=1 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n";
        QElapsedTimer timer;
        timer.start();
        QVERIFY(c.send("POST " + path + " HTTP/1.1\r\nHost: localhost:8080\r\nX-Api-Key: test-key\r\n"
                       + header.toStdString() + "\r\n" + smuggled));
        // At once, not after the server's 15 s request timeout (waiting for a body that never comes).
        const auto r = c.read(10000);
        QVERIFY2(r.status == status,
                 qPrintable(QString::fromStdString(path + " answered " + std::to_string(r.status) + " " + r.error)));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(r.header("connection"), std::string("close"));
        QVERIFY2(c.closedByPeer(), "the smuggled request was answered");
    }
    // Plain chunked is still a body.
    HttpConnection c(m_port);
    const auto chunked =
        c.request("POST /rest/v3/short-urls HTTP/1.1\r\nHost: localhost:8080\r\nX-Api-Key: test-key\r\n"
                  "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                  "d\r\n{\"longUrl\":\"h\r\n27\r\nttps://api.example/c\",\"customSlug\":\"c\"}\r\n0\r\n\r\n");
    QCOMPARE(chunked.status, 200);
    QCOMPARE(get(m_port, "/c").header("location"), std::string("https://api.example/c"));
}

// RFC 9112 3.2: a request with two Host lines, or an HTTP/1.1 request with none, is 400.
void TestRedirects::exactlyOneHost()
{
    startServer();
    {
        HttpConnection c(m_port);
        QCOMPARE(c.request("GET /spring HTTP/1.1\r\nHost: localhost:8080\r\nHost: evil.example\r\n\r\n").status, 400);
    }
    {
        HttpConnection c(m_port);
        QCOMPARE(c.request("GET /spring HTTP/1.1\r\nHost: localhost:8080\r\nhost: localhost:8080\r\n\r\n").status, 400);
    }
    {
        HttpConnection c(m_port);
        QCOMPARE(c.request("GET /spring HTTP/1.1\r\n\r\n").status, 400);
    }
    {
        HttpConnection c(m_port);
        QCOMPARE(c.request("GET /spring HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n").status, 400);
    }
    HttpConnection c(m_port);
    QCOMPARE(c.request("GET /spring HTTP/1.0\r\n\r\n").status, 302);   // HTTP/1.0 has no Host to require
    QCOMPARE(get(m_port, "/spring").status, 302);
}

// RFC 9112 3.2.2: "GET http://host/path" is served as /path on that host, whatever Host says.
void TestRedirects::absoluteFormTargets()
{
    addLink(u"sale"_s, u"https://brand-a.example/"_s, u"go.brand-a.example"_s);
    addLink(u"sale"_s, u"https://brand-b.example/"_s, u"go.brand-b.example"_s);
    startServer();
    HttpConnection c(m_port);
    const auto spring = c.request("GET http://localhost:8080/spring HTTP/1.1\r\nHost: localhost:8080\r\n\r\n");
    QCOMPARE(spring.status, 302);
    QCOMPARE(spring.header("location"), std::string("https://shop.example/spring?ref=a#reviews"));
    const auto query = c.request("GET HTTP://localhost:8080/spring?x=1 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n");
    QCOMPARE(query.header("location"), std::string("https://shop.example/spring?ref=a&x=1#reviews"));
    const auto brandB = c.request("GET https://go.brand-b.example/sale HTTP/1.1\r\nHost: go.brand-a.example\r\n\r\n");
    QCOMPARE(brandB.status, 302);
    QCOMPARE(brandB.header("location"), std::string("https://brand-b.example/"));
    const auto root = c.request("GET http://localhost:8080 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n");
    QCOMPARE(root.status, 404);   // the base URL, "/"
    const auto api = c.request("GET http://localhost:8080/rest/health HTTP/1.1\r\nHost: localhost:8080\r\n\r\n");
    QCOMPARE(api.status, 200);
    HttpConnection userinfo(m_port);
    QCOMPARE(userinfo.request("GET http://user@localhost:8080/spring HTTP/1.1\r\nHost: localhost:8080\r\n\r\n").status,
             400);
}

// RFC 9110 10.1.1: a client that sends Expect: 100-continue waits for 100 Continue before the
// body (curl for a second); it comes at once, then the final answer.
void TestRedirects::expectContinueIsAnsweredAtOnce()
{
    startServer();
    HttpConnection c(m_port);
    const std::string body = R"({"longUrl":"https://api.example/expect","customSlug":"expect"})";
    QVERIFY(c.send("POST /rest/v3/short-urls HTTP/1.1\r\nHost: localhost:8080\r\nX-Api-Key: test-key\r\n"
                   "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
                   + std::to_string(body.size()) + "\r\n\r\n"));
    const auto interim = c.read(5000);   // the body is not sent before it: without it, no answer at all
    QVERIFY2(interim.error.empty(), interim.error.c_str());
    QCOMPARE(interim.status, 100);
    QVERIFY(c.send(body));
    const auto created = c.read();
    QCOMPARE(created.status, 200);
    QCOMPARE(get(m_port, "/expect").header("location"), std::string("https://api.example/expect"));
    // No body to wait for: no 100 either, just the answer.
    const auto plain = c.request("GET /spring HTTP/1.1\r\nHost: localhost:8080\r\nExpect: 100-continue\r\n\r\n");
    QCOMPARE(plain.status, 302);
}

// The short URL's query goes into Location: bytes a URI cannot hold there are percent-encoded,
// escapes that are already there stay as they are.
void TestRedirects::rawQueryBytesAreEncodedInLocation()
{
    startServer();
    HttpConnection c(m_port);
    const auto r =
        c.request("GET /spring?q=\xc3\xa9t\xe9\"<x>`{|}^\\[]#frag&ok=%20%zz&s=a/b?c:d@e!$'()*+,;= HTTP/1.1\r\n"
                  "Host: localhost:8080\r\n\r\n");
    QCOMPARE(r.status, 302);
    QCOMPARE(r.header("location"),
             std::string(
                 "https://shop.example/spring?ref=a&q=%C3%A9t%E9%22%3Cx%3E%60%7B%7C%7D%5E%5C%5B%5D%23frag&ok=%20%25zz"
                 "&s=a/b?c:d@e!$'()*+,;=#reviews"));
}

// Issue 18 item 10: TRUSTED_PROXIES="a, b" (a space after the comma, as people write lists)
// trusts b too.
void TestRedirects::trustedProxiesListWithSpaces()
{
    const QByteArray previous = qgetenv("TRUSTED_PROXIES");
    const auto restore = qScopeGuard([&] {
        if (previous.isNull())
            qunsetenv("TRUSTED_PROXIES");
        else
            qputenv("TRUSTED_PROXIES", previous);
    });
    qputenv("TRUSTED_PROXIES", " 10.9.9.9 ,  127.0.0.1,\t::1 ,");
    const auto applied = m_config.applyEnvironment();
    QVERIFY2(applied.ok(), qPrintable(applied.error().message));
    QCOMPARE(m_config.trustedProxies, (std::vector<std::string>{"10.9.9.9", "127.0.0.1", "::1"}));
    startServer();
    QCOMPARE(get(m_port, "/spring", "localhost:8080", "X-Forwarded-For: 198.51.100.23, 10.9.9.9\r\n").status, 302);
    m_server->stop();
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks WHERE ip = '198.51.100.0'"_s), 1);   // the client, anonymised
}

void TestRedirects::healthCountsAnsweredRedirectsAndStoredClicks()
{
    // /rest/health's "clicks": the server's own count of redirects answered and of clicks
    // stored, which bench_redirects checks against what wrk received (issue 17).
    m_config.trackOrphanVisits = false;   // so that every click is a redirect's
    startServer();
    auto clicks = [this] {
        const auto r = get(m_port, "/rest/health");
        return r.status == 200
            ? QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object().value(u"clicks"_s).toObject()
            : QJsonObject();
    };
    const QJsonObject before = clicks();
    QCOMPARE(before.value(u"redirects"_s).toInteger(-1), 0);
    QCOMPARE(before.value(u"stored"_s).toInteger(-1), 0);

    constexpr int N = 25;
    int answered = 0;
    for (int i = 0; i < N - 5; ++i)   // each on a connection of its own
        answered += get(m_port, "/spring").status == 302 ? 1 : 0;
    HttpConnection c(m_port);   // and five on one kept-alive connection, pipelined
    const std::string one = "GET /spring HTTP/1.1\r\nHost: localhost:8080\r\n\r\n";
    QVERIFY(c.send(one + one + one + one + one));
    for (int i = 0; i < 5; ++i)
        answered += c.read().status == 302 ? 1 : 0;
    QCOMPARE(answered, N);
    // Neither a 404 nor an API request is a redirect.
    QCOMPARE(get(m_port, "/nope").status, 404);
    QCOMPARE(get(m_port, "/rest/v3/short-urls", "localhost:8080", "X-Api-Key: test-key\r\n").status, 200);

    // An I/O thread counts a redirect once its response is written, which the client may read
    // first: the count may follow a moment later.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().redirectsAnswered, std::uint64_t(N), 5000);
    QJsonObject now = clicks();
    QCOMPARE(now.value(u"redirects"_s).toInteger(-1), N);
    QCOMPARE(now.value(u"unanswered"_s).toInteger(-1), 0);
    QCOMPARE(now.value(u"lost"_s).toInteger(-1), 0);
    QCOMPARE(m_server->stats().redirectsAnswered, std::uint64_t(N));
    // The writer thread stores them within its idle interval (a second).
    QElapsedTimer waited;
    waited.start();
    while (now.value(u"stored"_s).toInteger(-1) < N && waited.elapsed() < 10000) {
        QTest::qWait(50);
        now = clicks();
    }
    QCOMPARE(now.value(u"stored"_s).toInteger(-1), N);
    QCOMPARE(now.value(u"redirects"_s).toInteger(-1), N);   // health checks are not redirects either
    // The ingest lag is reported; with nothing waiting it is at most the writer's poll
    // interval and one drain (ClickIngestor counts from the start of its last complete drain).
    QVERIFY(now.value(u"lagMs"_s).isDouble());
    QVERIFY(now.value(u"lagMs"_s).toInteger(-1) >= 0);
    // A loaded machine can hold one drain up; with nothing waiting the lag comes back below 2 s.
    const auto lagBelow2s = [&] {
        const QJsonValue lag = clicks().value(u"lagMs"_s);
        return lag.isDouble() && lag.toInteger() < 2000;
    };
    QTRY_VERIFY_WITH_TIMEOUT(lagBelow2s(), 10000);
    m_server->stop();
    QCOMPARE(m_server->clicksStored(), std::uint64_t(N));
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks"_s), N);
}

// The I/O threads run under SCHED_BATCH: a woken worker waits for its turn rather than
// preempting the thread on the core, so one wake-up answers several requests (the redirect
// throughput of bench_redirects --split rests on it). Each is found by its name in /proc.
void TestRedirects::ioThreadsBatchTheirWakeUps()
{
    m_config.ioThreads = 2;
    startServer();
    QCOMPARE(get(m_port, "/spring").status, 302);
    QDir tasks(u"/proc/self/task"_s);
    int workers = 0;
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + u"/comm"_s));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != "ld-http")
            continue;
        ++workers;
        QCOMPARE(sched_getscheduler(tid.toInt()), SCHED_BATCH);
    }
    QCOMPARE(workers, 2);
}

QTEST_GUILESS_MAIN(TestRedirects)
#include "tst_redirects.moc"
