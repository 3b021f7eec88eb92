#include "core/providers/localprovider.h"
#include "core/storage/accountrepository.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "core/sync/backend.h"
#include "server/linkserver.h"
#include "server/resolver.h"
#include "support/httpclient.h"
#include "support/serverconfig.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server;
using Linkdeck::Test::get;
using Linkdeck::Test::HttpConnection;

namespace {
const std::string LinkedIn =
    "User-Agent: LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)\r\n";
const std::string Chrome =
    "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36\r\n";
}   // namespace

// Social previews on linkdeck-server (issue 15), over real sockets: link-preview crawlers get
// the Open Graph and Twitter card tags the user set, people are redirected.
class TestPreviews : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void crawlersGetThePreviewPeopleTheRedirect();
    void crawlersAreNoVisits();
    void besideAPasswordAndALimit();
    void previewSetInTheAppShowsAtOnce();
    void crawlerNames_data();
    void crawlerNames();

private:
    void startServer();
    qint64 addLink(const QString &slug, const std::function<void(Link &)> &tweak, const QString &password = {});
    qint64 scalar(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Backend> m_backend;
    ServerConfig m_config;
    std::unique_ptr<LinkServer> m_server;
    std::uint16_t m_port = 0;
};

void TestPreviews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_backend = std::make_unique<Backend>();
    QVERIFY(m_backend->open(m_dir->filePath(u"links.sqlite"_s)).ok());
    m_config = Test::serverConfigFor(m_dir->filePath(u"links.sqlite"_s));
}

void TestPreviews::cleanup()
{
    m_server.reset();
    m_backend.reset();
    m_dir.reset();
}

void TestPreviews::startServer()
{
    m_server = std::make_unique<LinkServer>(m_config);
    const auto started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    m_port = m_server->port();
}

qint64 TestPreviews::addLink(const QString &slug, const std::function<void(Link &)> &tweak, const QString &password)
{
    auto *local = static_cast<LocalProvider *>(m_backend->provider(AccountRepository::LocalAccountId));
    Link draft;
    draft.slug = slug;
    draft.destination = u"https://shop.example/"_s + slug;
    if (tweak)
        tweak(draft);
    const auto r = local->createNow(draft, password);
    if (!r)
        qWarning("%s", qPrintable(r.error().message));
    return r ? r->id : -1;
}

qint64 TestPreviews::scalar(const QString &sql)
{
    QSqlQuery q(m_backend->database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestPreviews::crawlersGetThePreviewPeopleTheRedirect()
{
    addLink(u"spring"_s, [](Link &l) {
        l.previewTitle = u"Spring sale: \"50%\" <off> & more"_s;
        l.previewDescription = u"Until 31 May, in every shop"_s;
        l.previewImage = u"https://cdn.example/spring.png?w=1200&h=630"_s;
    });
    addLink(u"plain"_s, {});
    addLink(u"titled"_s, [](Link &l) { l.previewTitle = u"Only a title"_s; });
    startServer();

    const auto card = get(m_port, "/spring?utm_source=li", "localhost:8080", LinkedIn);
    QCOMPARE(card.status, 200);
    QCOMPARE(card.header("content-type"), std::string("text/html; charset=utf-8"));
    QCOMPARE(card.header("vary"), std::string("User-Agent"));
    QCOMPARE(card.headerCount("location"), std::size_t(0));
    const std::string title = "Spring sale: &quot;50%&quot; &lt;off&gt; &amp; more";
    QVERIFY2(card.body.find("<title>" + title + "</title>") != std::string::npos, card.body.c_str());
    QVERIFY(card.body.find("<meta property=\"og:title\" content=\"" + title + "\">") != std::string::npos);
    QVERIFY(card.body.find("<meta property=\"og:description\" content=\"Until 31 May, in every shop\">")
            != std::string::npos);
    QVERIFY(card.body.find("<meta property=\"og:image\" content=\"https://cdn.example/spring.png?w=1200&amp;h=630\">")
            != std::string::npos);
    QVERIFY(card.body.find("<meta name=\"twitter:card\" content=\"summary_large_image\">") != std::string::npos);
    QVERIFY(card.body.find("<meta name=\"twitter:title\" content=\"" + title + "\">") != std::string::npos);
    QVERIFY(card.body.find("shop.example/spring") == std::string::npos);   // the destination is not given away

    // The crawlers by their own names; people and unknown agents are redirected as always.
    for (const char *agent :
         {"facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", "Twitterbot/1.0",
          "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "WhatsApp/2.23.20.0 A",
          "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)", "TelegramBot (like TwitterBot)"}) {
        const auto r = get(m_port, "/spring", "localhost:8080", "User-Agent: " + std::string(agent) + "\r\n");
        QVERIFY2(r.status == 200 && r.body.find("og:title") != std::string::npos, agent);
    }
    const auto person = get(m_port, "/spring?utm_source=li", "localhost:8080", Chrome);
    QCOMPARE(person.status, 302);
    QCOMPARE(person.header("location"), std::string("https://shop.example/spring?utm_source=li"));
    QCOMPARE(get(m_port, "/spring").status, 302);   // no User-Agent at all
    // A link without a preview redirects crawlers too (they then read the destination's tags).
    QCOMPARE(get(m_port, "/plain", "localhost:8080", LinkedIn).status, 302);
    // A title alone: a small card.
    const auto small = get(m_port, "/titled", "localhost:8080", "User-Agent: Twitterbot/1.0\r\n");
    QCOMPARE(small.status, 200);
    QVERIFY(small.body.find("<meta name=\"twitter:card\" content=\"summary\">") != std::string::npos);
    QVERIFY(small.body.find("og:image") == std::string::npos);
    QVERIFY(small.body.find("og:description") == std::string::npos);

    HttpConnection c(m_port);
    const auto head = c.request("HEAD /spring HTTP/1.1\r\nHost: localhost:8080\r\n" + LinkedIn + "\r\n");
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.empty());
}

// A crawler's fetch is no visit: not recorded, and it does not use up a click limit.
void TestPreviews::crawlersAreNoVisits()
{
    const qint64 id = addLink(u"once"_s, [](Link &l) {
        l.maxClicks = 1;
        l.previewTitle = u"One winner"_s;
    });
    startServer();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(get(m_port, "/once", "localhost:8080", LinkedIn).status, 200);
    const auto person = get(m_port, "/once", "localhost:8080", Chrome);
    QCOMPARE(person.status, 302);
    QCOMPARE(person.header("location"), std::string("https://shop.example/once"));
    QCOMPARE(get(m_port, "/once", "localhost:8080", Chrome).status, 410);   // the one click was the person's
    m_server->stop();
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks WHERE link_id = %1"_s.arg(id)), 1);
}

// A protected link's preview is shown to crawlers (what its owner chose, never the destination);
// people get the password form. An ended link gives crawlers what it gives people.
void TestPreviews::besideAPasswordAndALimit()
{
    addLink(
        u"vip"_s, [](Link &l) { l.previewTitle = u"Members' evening"_s; }, u"secret"_s);
    addLink(u"over"_s, [](Link &l) {
        l.previewTitle = u"Summer sale"_s;
        l.expiresAt = QDateTime::currentDateTimeUtc().addDays(-1);
    });
    startServer();
    const auto card = get(m_port, "/vip", "localhost:8080", LinkedIn);
    QCOMPARE(card.status, 200);
    QVERIFY(card.body.find("content=\"Members&#39; evening\"") != std::string::npos);
    QVERIFY(card.body.find("<form") == std::string::npos);
    const auto form = get(m_port, "/vip", "localhost:8080", Chrome);
    QCOMPARE(form.status, 200);
    QVERIFY(form.body.find("<form method=\"post\">") != std::string::npos);
    QVERIFY(form.body.find("og:title") == std::string::npos);
    QCOMPARE(get(m_port, "/over", "localhost:8080", LinkedIn).status, 410);
}

void TestPreviews::previewSetInTheAppShowsAtOnce()
{
    const qint64 id = addLink(u"later"_s, {});
    startServer();
    QCOMPARE(get(m_port, "/later", "localhost:8080", LinkedIn).status, 302);
    auto *local = static_cast<LocalProvider *>(m_backend->provider(AccountRepository::LocalAccountId));
    Link link = *m_backend->links().find(id);
    link.previewTitle = u"Now with a card"_s;
    QVERIFY(local->updateNow(link).ok());
    QTRY_COMPARE_WITH_TIMEOUT(get(m_port, "/later", "localhost:8080", LinkedIn).status, 200, 2000);
    QVERIFY(get(m_port, "/later", "localhost:8080", LinkedIn).body.find("Now with a card") != std::string::npos);
    QCOMPARE(get(m_port, "/later", "localhost:8080", Chrome).status, 302);
}

void TestPreviews::crawlerNames_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<bool>("crawler");
    QTest::addRow("facebook") << u"facebookexternalhit/1.1"_s << true;
    QTest::addRow("linkedin") << u"LinkedInBot/1.0 (compatible; Mozilla/5.0)"_s << true;
    QTest::addRow("x") << u"Twitterbot/1.0"_s << true;
    QTest::addRow("slack") << u"Slackbot-LinkExpanding 1.0"_s << true;
    QTest::addRow("whatsapp") << u"WhatsApp/2.2329.7 i"_s << true;
    QTest::addRow("skype") << u"Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5"_s << true;
    QTest::addRow("chrome") << u"Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36"_s << false;
    QTest::addRow("googlebot") << u"Mozilla/5.0 (compatible; Googlebot/2.1)"_s << false;   // a search engine
    QTest::addRow("empty") << QString() << false;
}

void TestPreviews::crawlerNames()
{
    QFETCH(QString, agent);
    QFETCH(bool, crawler);
    QCOMPARE(isPreviewCrawler(agent.toStdString()), crawler);
}

QTEST_GUILESS_MAIN(TestPreviews)
#include "tst_previews.moc"
