// ShlinkProvider against a real linkdeck-server (in this process), which speaks the Shlink
// REST API v3: the same provider manages any Shlink server and Linkdeck's own. Every case runs
// twice: on the server's SQLite file, and on PostgreSQL as a team's server runs (issue 14; the
// test PostgreSQL of support/pgtestserver.h, a database per case).

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/providers/shlinkprovider.h"
#include "providertest.h"
#include "server/linkserver.h"
#include "server/pg/pgserverdatabase.h"
#include "support/httpclient.h"
#include "support/pgtestserver.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Test;
using Linkdeck::Server::LinkServer;
using Linkdeck::Server::ServerConfig;

class TestShlink : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void createsWithCustomSlugTagsAndLimits();
    void slugTaken();
    void badKey();
    void invalidDestination();
    void pagesThrough250Links();
    void updatesAndDeletes();
    void visitsBecomeClicksOverTime();
    void domainsListTheDefaultFirst();
    void unreachableServer();
    void redirectRules();
    void redirectRulesErrors();

private:
    QUrl base() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port())); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PgTestDatabase> m_pg;
    std::unique_ptr<LinkServer> m_server;
    std::unique_ptr<ShlinkProvider> m_provider;
};

void TestShlink::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestShlink::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_dir = std::make_unique<QTemporaryDir>();
    ServerConfig config;
    config.databasePath = m_dir->filePath(u"server.sqlite"_s).toStdString();
    config.listenPort = 0;
    config.ioThreads = 1;
    config.initialApiKey = "shlink-test-key";
    config.defaultDomain = "s.test";
    m_server = std::make_unique<LinkServer>(config);
    if (backend == u"postgresql") {
        QVERIFY2(PgTestServer::instance().ok(), qPrintable(PgTestServer::instance().error()));
        m_pg = std::make_unique<PgTestDatabase>(u"tst_shlink_"_s
                                                + QString::fromLatin1(QTest::currentTestFunction()).toLower());
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        m_server->setSharedDatabase(std::make_unique<Server::Pg::PgServerDatabase>(m_pg->conninfo()));
    }
    const auto started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    m_provider = makeProvider<ShlinkProvider>(base(), u"shlink-test-key"_s, ProviderKind::Shlink, u"Team server"_s);
}

void TestShlink::cleanup()
{
    m_provider.reset();
    m_server.reset();
    m_pg.reset();
    m_dir.reset();
}

void TestShlink::createsWithCustomSlugTagsAndLimits()
{
    Link d = draft(u"https://shop.example/winter?utm_campaign=winter"_s, u"winter"_s);
    d.title = u"Winter flyer"_s;
    d.tags = {u"print"_s, u"winter"_s};
    d.maxClicks = 500;
    d.expiresAt = QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc());
    const Result<Link> r = await(m_provider->create(d));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message + u" / "_s + r.error().detail));
    QCOMPARE(r->slug, u"winter"_s);
    QCOMPARE(r->domain, u"s.test"_s);
    QCOMPARE(r->shortUrl, u"http://s.test/winter"_s);
    QCOMPARE(r->destination, d.destination);
    QCOMPARE(r->title, d.title);
    QCOMPARE(r->tags, d.tags);
    QCOMPARE(r->maxClicks, std::optional<qint64>(500));
    QCOMPARE(r->expiresAt, d.expiresAt);
    // The server redirects it at once.
    QTRY_COMPARE_WITH_TIMEOUT(get(m_server->port(), "/winter", "s.test").status, 302, 3000);
}

void TestShlink::slugTaken()
{
    QVERIFY(await(m_provider->create(draft(u"https://example.com/a"_s, u"same"_s))));
    const Result<Link> r = await(m_provider->create(draft(u"https://example.com/b"_s, u"same"_s)));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::SlugTaken);
    QVERIFY(r.error().message.contains(u"already used"_s));
    const Result<bool> free = await(m_provider->isSlugAvailable(u"s.test"_s, u"same"_s));
    QVERIFY(free);
    QVERIFY(!*free);
    QVERIFY(*await(m_provider->isSlugAvailable(u"s.test"_s, u"other"_s)));
}

void TestShlink::badKey()
{
    auto wrong = makeProvider<ShlinkProvider>(base(), u"wrong-key"_s, ProviderKind::Shlink, u"Team server"_s);
    const Result<Link> r = await(wrong->create(draft(u"https://example.com/a"_s)));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Unauthorized);
    QVERIFY(r.error().message.contains(u"“Team server”"_s));
    QVERIFY(!await(wrong->testConnection()));
    QVERIFY(await(m_provider->testConnection()));
}

void TestShlink::invalidDestination()
{
    const Result<Link> r = await(m_provider->create(draft(u"javascript:alert(1)"_s)));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
}

void TestShlink::pagesThrough250Links()
{
    for (int i = 0; i < 250; ++i)
        QVERIFY(await(m_provider->create(draft(u"https://example.com/p/%1"_s.arg(i), u"p%1"_s.arg(i)))));
    QString cursor;
    QSet<QString> slugs;
    int pages = 0;
    do {
        const Result<LinkPage> page = await(m_provider->list(cursor));
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
        for (const Link &l : page->links)
            slugs.insert(l.slug);
        cursor = page->nextCursor;
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(slugs.size(), 250);
    QCOMPARE(pages, 3);
}

void TestShlink::updatesAndDeletes()
{
    const Result<Link> made = await(m_provider->create(draft(u"https://example.com/old"_s, u"edit-me"_s)));
    QVERIFY(made);
    Link edited = *made;
    edited.destination = u"https://example.com/new"_s;
    edited.title = u"Edited"_s;
    edited.tags = {u"autumn"_s};
    const Result<Link> r = await(m_provider->update(edited));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->destination, u"https://example.com/new"_s);
    QCOMPARE(r->tags, QStringList{u"autumn"_s});
    QVERIFY(await(m_provider->remove(*r)));
    const Result<void> again = await(m_provider->remove(*r));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::NotFound);
}

void TestShlink::visitsBecomeClicksOverTime()
{
    const Result<Link> made = await(m_provider->create(draft(u"https://example.com/visit"_s, u"visit"_s)));
    QVERIFY(made);
    const std::string browser =
        "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/120.0 Safari/537.36\r\n";
    // The first visit once the server serves the link (earlier tries are 404s, not visits of it).
    int status = 0;
    for (int i = 0; i < 100 && status != 302; ++i) {
        status = get(m_server->port(), "/visit", "s.test", browser).status;
        if (status != 302)
            QTest::qWait(30);
    }
    QCOMPARE(status, 302);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(get(m_server->port(), "/visit", "s.test", browser).status, 302);
    QCOMPARE(get(m_server->port(), "/visit", "s.test", "User-Agent: Googlebot/2.1\r\n").status,
             302);   // a bot: not counted
    QCOMPARE(get(m_server->port(), "/visit", "s.test", browser + "Referer: https://news.example/story\r\n").status,
             302);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 total = 0;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 const Result<QList<ClickPoint>> r = await(
                                     m_provider->clicks(*made, now.addDays(-1), now.addSecs(3600), TimeUnit::Hour));
                                 total = 0;
                                 if (r) {
                                     for (const ClickPoint &p : *r)
                                         total += p.clicks;
                                 }
                                 return total == 6;
                             }()),
                             8000);
    // The link's own count is the same people's count (visitsSummary.nonBots), not the 7 visits.
    qint64 listed = -1;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 const Result<LinkPage> page = await(m_provider->list({}));
                                 for (const Link &l : page ? page->links : QList<Link>{}) {
                                     if (l.slug == made->slug)
                                         listed = l.clicks;
                                 }
                                 return listed == total;
                             }()),
                             8000);
    // Where they came from, counted from the visits.
    const QDateTime now2 = QDateTime::currentDateTimeUtc();
    const Result<QList<ClickShare>> referrers =
        await(m_provider->breakdown(*made, u"referrer"_s, now2.addDays(-1), now2.addSecs(3600)));
    QVERIFY2(referrers, qPrintable(referrers ? QString() : referrers.error().message));
    QCOMPARE(referrers->size(), 2);
    QCOMPARE(referrers->at(0).value, QString());   // direct: 5
    QCOMPARE(referrers->at(0).clicks, 5);
    QCOMPARE(referrers->at(1).value, u"news.example"_s);
    const Result<QList<ClickShare>> devices = await(m_provider->breakdown(*made, u"device"_s, now2.addDays(-1), now2));
    QVERIFY(!devices);
    QCOMPARE(devices.error().kind, Error::Kind::Unsupported);
}

void TestShlink::domainsListTheDefaultFirst()
{
    const Result<QStringList> r = await(m_provider->domains());
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->first(), u"s.test"_s);
}

void TestShlink::unreachableServer()
{
    const quint16 port = m_server->port();
    m_server.reset();
    auto gone = makeProvider<ShlinkProvider>(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), u"k"_s, ProviderKind::Shlink);
    const Result<QStringList> r = await(gone->domains());
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Network);
    QVERIFY(r.error().message.contains(u"Could not reach Shlink"_s));
}

namespace {

const char *const AndroidUa = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                              "Chrome/126.0.0.0 Mobile Safari/537.36";
const char *const WindowsUa = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                              "Chrome/126.0.0.0 Safari/537.36";

Rules::Rule rule(const QString &url, QList<Rules::Condition> conditions)
{
    return Rules::Rule{0, url, std::move(conditions)};
}

}   // namespace

// Issue 11: the app shows and edits a Shlink link's redirect rules; the server then sends an
// Android visitor to the rule's address and everyone else to the link's own.
void TestShlink::redirectRules()
{
    const Result<Link> made = await(m_provider->create(draft(u"https://shop.example/web"_s, u"app"_s)));
    QVERIFY(made);
    QVERIFY(m_provider->can(LinkProvider::Capability::RedirectRules));
    const Result<QList<Rules::Rule>> none = await(m_provider->redirectRules(*made));
    QVERIFY2(none, qPrintable(none ? QString() : none.error().message));
    QVERIFY(none->isEmpty());

    using T = Rules::ConditionType;
    const QList<Rules::Rule> wanted{
        rule(u"https://play.example/app"_s, {{T::Device, {}, u"android"_s}}),
        rule(u"https://shop.example/de"_s, {{T::Language, {}, u"de"_s}, {T::QueryParam, u"ref"_s, u"news letter"_s}}),
    };
    const Result<QList<Rules::Rule>> saved = await(m_provider->setRedirectRules(*made, wanted));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message + u" / "_s + saved.error().detail));
    QCOMPARE(saved->size(), 2);
    QCOMPARE(saved->at(0).priority, 1);
    QCOMPARE(saved->at(1).priority, 2);
    QCOMPARE(saved->at(0).longUrl, u"https://play.example/app"_s);
    QCOMPARE(saved->at(1).conditions, wanted.at(1).conditions);
    const Result<QList<Rules::Rule>> read = await(m_provider->redirectRules(*made));
    QVERIFY(read);
    QCOMPARE(*read, *saved);

    const std::string android = std::string("User-Agent: ") + AndroidUa + "\r\n";
    const std::string windows = std::string("User-Agent: ") + WindowsUa + "\r\n";
    QTRY_COMPARE_WITH_TIMEOUT(get(m_server->port(), "/app", "s.test", android).header("location"),
                              std::string("https://play.example/app"), 3000);
    QCOMPARE(get(m_server->port(), "/app", "s.test", windows).header("location"),
             std::string("https://shop.example/web"));

    // An empty list removes them all.
    const Result<QList<Rules::Rule>> cleared = await(m_provider->setRedirectRules(*made, {}));
    QVERIFY(cleared);
    QVERIFY(cleared->isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(get(m_server->port(), "/app", "s.test", android).header("location"),
                              std::string("https://shop.example/web"), 3000);
}

void TestShlink::redirectRulesErrors()
{
    const Result<Link> made = await(m_provider->create(draft(u"https://shop.example/web"_s, u"rules"_s)));
    QVERIFY(made);
    using T = Rules::ConditionType;
    // Refused before anything is sent, with a sentence.
    Result<QList<Rules::Rule>> r = await(
        m_provider->setRedirectRules(*made, {rule(u"https://a.example/"_s, {{T::CountryCode, {}, u"Germany"_s}})}));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QCOMPARE(r.error().message, u"Rule 1: Enter a two-letter country code such as DE or US."_s);
    r = await(m_provider->setRedirectRules(*made, {rule(u"https://a.example/"_s, {})}));
    QVERIFY(!r);
    QVERIFY(r.error().message.startsWith(u"Rule 1: Add at least one condition"_s));

    // A link the server does not know.
    Link gone = *made;
    gone.slug = u"nothing-here"_s;
    r = await(m_provider->redirectRules(gone));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::NotFound);
    QVERIFY(r.error().message.contains(u"does not know this link"_s));

    // A wrong key.
    auto wrong = makeProvider<ShlinkProvider>(base(), u"wrong-key"_s, ProviderKind::Shlink, u"Team server"_s);
    r = await(wrong->redirectRules(*made));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Unauthorized);

    // A server that cannot be reached.
    const quint16 port = m_server->port();
    m_server.reset();
    auto unreachable =
        makeProvider<ShlinkProvider>(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), u"k"_s, ProviderKind::Shlink);
    r = await(unreachable->redirectRules(*made));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Network);
}

QTEST_GUILESS_MAIN(TestShlink)
#include "tst_shlink.moc"
