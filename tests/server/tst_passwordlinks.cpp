#include "core/base/clock.h"
#include "core/links/linkpassword.h"
#include "core/providers/localprovider.h"
#include "core/storage/accountrepository.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "core/sync/backend.h"
#include "server/linkserver.h"
#include "server/passwordgate.h"
#include "support/httpclient.h"
#include "support/serverconfig.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server;
using Linkdeck::Test::get;
using Linkdeck::Test::HttpConnection;
using Linkdeck::Test::HttpResponse;

// Password-protected links on linkdeck-server (issue 15), over real sockets: the form, a wrong
// and a right password, the attempts per visitor, and that the password is kept nowhere.
class TestPasswordLinks : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void formIsShownAccessibleAndTranslated();
    void wrongPasswordAsksAgainAndCountsNothing();
    void rightPasswordRedirectsAndCountsOnce();
    void sixthAttemptWithinAMinuteWaits();
    void passwordIsNowhereButTheHash();
    void checkingDoesNotHoldUpRedirects();
    void protectionSetInTheAppShowsAtOnce();
    void apiEditKeepsTheProtection();
    void limiterAndFormParsing();

private:
    void startServer();
    qint64 addLink(const QString &slug, const QString &destination, const QString &password = {},
                   int redirectStatus = 0);
    qint64 scalar(const QString &sql);
    HttpResponse post(const std::string &path, const std::string &body, const std::string &extraHeaders = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Backend> m_backend;
    ServerConfig m_config;
    std::unique_ptr<LinkServer> m_server;
    std::uint16_t m_port = 0;
};

void TestPasswordLinks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_backend = std::make_unique<Backend>();
    QVERIFY(m_backend->open(m_dir->filePath(u"links.sqlite"_s)).ok());
    m_config = Test::serverConfigFor(m_dir->filePath(u"links.sqlite"_s));
    QVERIFY(addLink(u"spring"_s, u"https://shop.example/spring"_s) > 0);
}

void TestPasswordLinks::cleanup()
{
    m_server.reset();
    m_backend.reset();
    m_dir.reset();
}

void TestPasswordLinks::startServer()
{
    m_server = std::make_unique<LinkServer>(m_config);
    const auto started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    m_port = m_server->port();
}

// Made as the app makes it: through this computer's provider, which hashes in core.
qint64 TestPasswordLinks::addLink(const QString &slug, const QString &destination, const QString &password,
                                  int redirectStatus)
{
    auto *local = static_cast<LocalProvider *>(m_backend->provider(AccountRepository::LocalAccountId));
    Link draft;
    draft.slug = slug;
    draft.destination = destination;
    draft.redirectStatus = redirectStatus;
    const auto r = local->createNow(draft, password);
    if (!r)
        qWarning("%s", qPrintable(r.error().message));
    return r ? r->id : -1;
}

qint64 TestPasswordLinks::scalar(const QString &sql)
{
    QSqlQuery q(m_backend->database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

HttpResponse TestPasswordLinks::post(const std::string &path, const std::string &body, const std::string &extraHeaders)
{
    HttpConnection c(m_port);
    return c.request("POST " + path + " HTTP/1.1\r\nHost: localhost:8080\r\n"
                     + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                     + std::to_string(body.size()) + "\r\n" + extraHeaders + "\r\n" + body);
}

void TestPasswordLinks::formIsShownAccessibleAndTranslated()
{
    QVERIFY(addLink(u"vip"_s, u"https://shop.example/vip"_s, u"open sesame"_s) > 0);
    startServer();
    const auto en = get(m_port, "/vip?utm_source=qr");
    QCOMPARE(en.status, 200);
    QCOMPARE(en.header("content-type"), std::string("text/html; charset=utf-8"));
    QCOMPARE(en.header("cache-control"), std::string("no-store"));
    QCOMPARE(en.headerCount("location"), std::size_t(0));
    QVERIFY(en.body.starts_with("<!DOCTYPE html>"));
    QVERIFY(en.body.find("<html lang=\"en\">") != std::string::npos);
    QVERIFY(en.body.find("<title>This link is protected</title>") != std::string::npos);
    QVERIFY(en.body.find("<h1>This link is protected</h1>") != std::string::npos);
    // A form that posts to the page's own address (the short URL with its query), its field
    // named by a label, and nothing a browser must run or fetch.
    QVERIFY(en.body.find("<form method=\"post\">") != std::string::npos);
    QVERIFY(en.body.find("action=") == std::string::npos);
    QVERIFY(en.body.find("<label for=\"password\">Password</label>") != std::string::npos);
    QVERIFY(en.body.find("<input type=\"password\" id=\"password\" name=\"password\"") != std::string::npos);
    QVERIFY(en.body.find("<button type=\"submit\">") != std::string::npos);
    QVERIFY(en.body.find("role=\"alert\"") == std::string::npos);   // no message yet
    for (const char *external : {"<script", "<img", "<link", "src=", "href=", "url(", "http://", "https://"})
        QVERIFY2(en.body.find(external) == std::string::npos, external);

    const auto de = get(m_port, "/vip", "localhost:8080", "Accept-Language: de-DE,de;q=0.9,en;q=0.5\r\n");
    QCOMPARE(de.status, 200);
    QVERIFY(de.body.find("<html lang=\"de\">") != std::string::npos);
    QVERIFY(de.body.find("<title>Dieser Link ist geschützt</title>") != std::string::npos);
    QVERIFY(de.body.find("<label for=\"password\">Passwort</label>") != std::string::npos);

    HttpConnection c(m_port);
    const auto head = c.request("HEAD /vip HTTP/1.1\r\nHost: localhost:8080\r\n\r\n");
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.empty());
    // Its tracking pixel counts no visit; a POST to a link without a password is still refused.
    QCOMPARE(get(m_port, "/vip/track").status, 200);
    QCOMPARE(post("/spring", "password=x").status, 405);
    QCOMPARE(post("/nothing-here", "password=x").status, 405);
    m_server->stop();
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks WHERE slug = 'vip'"_s), 0);
}

void TestPasswordLinks::wrongPasswordAsksAgainAndCountsNothing()
{
    const qint64 id = addLink(u"vip"_s, u"https://shop.example/vip"_s, u"open sesame"_s);
    startServer();
    const auto wrong = post("/vip", "password=open+sesam");
    QCOMPARE(wrong.status, 403);
    QCOMPARE(wrong.headerCount("location"), std::size_t(0));
    QCOMPARE(wrong.header("cache-control"), std::string("no-store"));
    QVERIFY(wrong.body.find("<p id=\"message\" class=\"message\" role=\"alert\">Wrong password.") != std::string::npos);
    QVERIFY(wrong.body.find("aria-describedby=\"message\" aria-invalid=\"true\"") != std::string::npos);
    QVERIFY(wrong.body.find("<form method=\"post\">") != std::string::npos);
    const auto wrongDe = post("/vip", "password=", "Accept-Language: de\r\n");
    QCOMPARE(wrongDe.status, 403);
    QVERIFY(wrongDe.body.find("Falsches Passwort.") != std::string::npos);
    const auto noField = post("/vip", "name=x");
    QCOMPARE(noField.status, 403);
    m_server->stop();
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks"_s), 0);
    QCOMPARE(scalar(u"SELECT clicks FROM links WHERE id = %1"_s.arg(id)), 0);
}

void TestPasswordLinks::rightPasswordRedirectsAndCountsOnce()
{
    // The link's own 301 is not used for the answer to the form (see below).
    const qint64 id = addLink(u"vip"_s, u"https://shop.example/vip#top"_s, u"open sesame!"_s, 301);
    startServer();
    const auto r = post("/vip?utm_source=qr", "password=open+sesame%21", "User-Agent: Mozilla/5.0 (Test)\r\n");
    QCOMPARE(r.status, 302);
    QCOMPARE(r.header("location"), std::string("https://shop.example/vip?utm_source=qr#top"));
    QCOMPARE(r.header("cache-control"), std::string("private, max-age=0"));
    // The form's next visitor is asked again: nothing is remembered for the link.
    QCOMPARE(get(m_port, "/vip").status, 200);
    m_server->stop();   // drains the journal
    QSqlQuery q(m_backend->database().connection());
    QVERIFY(q.exec(u"SELECT link_id, slug, redirect_url, user_agent FROM clicks"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), id);
    QCOMPARE(q.value(1).toString(), u"vip"_s);
    QCOMPARE(q.value(2).toString(), u"https://shop.example/vip?utm_source=qr#top"_s);
    QCOMPARE(q.value(3).toString(), u"Mozilla/5.0 (Test)"_s);
    QVERIFY(!q.next());
    QCOMPARE(scalar(u"SELECT clicks FROM links WHERE id = %1"_s.arg(id)), 1);
}

// Five attempts per minute per link and visitor; the sixth waits (429, Retry-After), the right
// password too; another link is not affected, and a minute later the visitor may try again.
void TestPasswordLinks::sixthAttemptWithinAMinuteWaits()
{
    Clock::Override clock(QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()));
    addLink(u"vip"_s, u"https://shop.example/vip"_s, u"right"_s);
    addLink(u"other"_s, u"https://shop.example/other"_s, u"right"_s);
    startServer();
    for (int i = 0; i < AttemptLimiter::MaxAttempts; ++i)
        QCOMPARE(post("/vip", "password=wrong" + std::to_string(i)).status, 403);
    clock.advance(30'000);
    const auto sixth = post("/vip", "password=right");
    QCOMPARE(sixth.status, 429);
    const int retryAfter = std::stoi(sixth.header("retry-after"));
    QVERIFY2(retryAfter >= 29 && retryAfter <= 30, sixth.header("retry-after").c_str());
    QVERIFY(sixth.body.find("Too many attempts. Please wait a minute, then try again.") != std::string::npos);
    QVERIFY(sixth.body.find("<form method=\"post\">") != std::string::npos);
    const auto sixthDe = post("/vip", "password=right", "Accept-Language: de\r\n");
    QCOMPARE(sixthDe.status, 429);
    QVERIFY(sixthDe.body.find("Zu viele Versuche.") != std::string::npos);
    QCOMPARE(post("/other", "password=right").status, 302);   // per link
    QCOMPARE(get(m_port, "/vip").status, 200);                // the form itself is always shown
    clock.advance(31'000);
    QCOMPARE(post("/vip", "password=right").status, 302);
    // The right password forgets the attempts: five more are allowed at once.
    for (int i = 0; i < AttemptLimiter::MaxAttempts - 1; ++i)
        QCOMPARE(post("/vip", "password=wrong").status, 403);
    QCOMPARE(post("/vip", "password=right").status, 302);
    m_server->stop();
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks WHERE slug = 'vip'"_s), 2);
}

// The password is in no journal file and in no byte of the database (its WAL included); the
// hash is.
void TestPasswordLinks::passwordIsNowhereButTheHash()
{
    const QByteArray password = "Zebra-Quartz-4711";
    addLink(u"vip"_s, u"https://shop.example/vip"_s, QString::fromLatin1(password));
    startServer();
    QCOMPARE(post("/vip?x=1", "password=" + password.toStdString()).status, 302);
    QCOMPARE(post("/vip", "password=" + password.toStdString() + "-wrong").status, 403);
    QCOMPARE(get(m_port, "/vip").status, 200);
    m_server->stop();
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks WHERE slug = 'vip'"_s), 1);
    QSqlQuery q(m_backend->database().connection());
    QVERIFY(q.exec(u"SELECT password_hash FROM links WHERE slug = 'vip'"_s) && q.next());
    const QByteArray hash = q.value(0).toString().toLatin1();
    QVERIFY(hash.startsWith("$argon2id$"));
    int files = 0;
    bool hashSeen = false;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++files;
        QVERIFY2(!bytes.contains(password), qPrintable(f.fileName()));
        hashSeen = hashSeen || bytes.contains(hash);
    }
    QVERIFY(files >= 3);   // the database, its journal of clicks, ...
    QVERIFY(QDir(QString::fromStdString(m_config.effectiveJournalDir())).exists());
    QVERIFY(hashSeen);
}

// Argon2 takes tens of milliseconds a check: it runs on the verifier's thread, so redirects on
// the I/O threads go on meanwhile.
void TestPasswordLinks::checkingDoesNotHoldUpRedirects()
{
    for (int i = 0; i < 4; ++i)
        addLink(u"vip%1"_s.arg(i), u"https://shop.example/vip"_s, u"right"_s);
    startServer();
    std::atomic<int> answered{0};
    std::atomic<bool> allRight{true};
    QElapsedTimer checking;
    checking.start();
    std::vector<std::thread> posters;
    for (int i = 0; i < 4; ++i) {
        posters.emplace_back([&, i] {
            for (int n = 0; n < AttemptLimiter::MaxAttempts; ++n) {
                const auto r = post("/vip" + std::to_string(i), "password=wrong");
                allRight = allRight && r.status == 403;
                ++answered;
            }
        });
    }
    // 20 checks queued: while they run, each redirect is answered at once.
    int redirects = 0;
    qint64 slowest = 0;
    while (answered.load() < 15) {
        QElapsedTimer one;
        one.start();
        QCOMPARE(get(m_port, "/spring").status, 302);
        slowest = std::max(slowest, one.elapsed());
        ++redirects;
    }
    for (auto &t : posters)
        t.join();
    QVERIFY(allRight);
    qInfo("20 password checks took %lld ms; meanwhile %d redirects, the slowest %lld ms", checking.elapsed(), redirects,
          slowest);
    QVERIFY2(redirects >= 10, qPrintable(QString::number(redirects)));
}

void TestPasswordLinks::protectionSetInTheAppShowsAtOnce()
{
    const qint64 id = addLink(u"later"_s, u"https://shop.example/later"_s);
    startServer();
    QCOMPARE(get(m_port, "/later").status, 302);
    auto *local = static_cast<LocalProvider *>(m_backend->provider(AccountRepository::LocalAccountId));
    QVERIFY(local->setPasswordNow(id, u"now-secret"_s).ok());
    QTRY_COMPARE_WITH_TIMEOUT(get(m_port, "/later").status, 200, 2000);
    QCOMPARE(post("/later", "password=now-secret").status, 302);
    QVERIFY(local->setPasswordNow(id, {}).ok());
    QTRY_COMPARE_WITH_TIMEOUT(get(m_port, "/later").status, 302, 2000);
}

// A Shlink API client that edits a protected link (it knows nothing of passwords) leaves it
// protected: the entry the API publishes at once carries the stored hash.
void TestPasswordLinks::apiEditKeepsTheProtection()
{
    addLink(u"vip"_s, u"https://shop.example/vip"_s, u"right"_s);
    startServer();
    HttpConnection c(m_port);
    const std::string body = R"({"longUrl":"https://shop.example/vip-2"})";
    const auto edited =
        c.request("PATCH /rest/v3/short-urls/vip HTTP/1.1\r\nHost: localhost:8080\r\nX-Api-Key: test-key\r\n"
                  "Content-Type: application/json\r\nContent-Length: "
                  + std::to_string(body.size()) + "\r\n\r\n" + body);
    QCOMPARE(edited.status, 200);
    QVERIFY(edited.body.find("argon2") == std::string::npos);
    QCOMPARE(get(m_port, "/vip").status, 200);   // still the form, at once and after the poll
    QCOMPARE(post("/vip", "password=right").header("location"), std::string("https://shop.example/vip-2"));
    QTest::qWait(1500);
    QCOMPARE(get(m_port, "/vip").status, 200);
}

void TestPasswordLinks::limiterAndFormParsing()
{
    AttemptLimiter limiter;
    const std::int64_t t0 = 1'000'000;
    for (int i = 0; i < AttemptLimiter::MaxAttempts; ++i)
        QCOMPARE(limiter.attempt(7, "203.0.113.9", t0 + i * 1000), 0);
    QCOMPARE(limiter.attempt(7, "203.0.113.9", t0 + 10'000), 50);   // the first attempt leaves the window then
    QCOMPARE(limiter.attempt(7, "203.0.113.10", t0 + 10'000), 0);   // another visitor
    QCOMPARE(limiter.attempt(8, "203.0.113.9", t0 + 10'000), 0);    // another link
    QCOMPARE(limiter.attempt(7, "203.0.113.9", t0 + 60'000), 0);    // the first one's minute is over
    QCOMPARE(limiter.attempt(7, "203.0.113.9", t0 + 60'500), 1);    // the second's is not (500 ms: 1 s)
    // The right password forgets the visitor's attempts (people behind one address who know it
    // never wait).
    QCOMPARE(limiter.attempt(8, "203.0.113.9", t0 + 10'001), 0);
    QCOMPARE(limiter.attempt(8, "203.0.113.9", t0 + 10'002), 0);
    QCOMPARE(limiter.attempt(8, "203.0.113.9", t0 + 10'003), 0);
    QCOMPARE(limiter.attempt(8, "203.0.113.9", t0 + 10'004), 0);
    QVERIFY(limiter.attempt(8, "203.0.113.9", t0 + 10'005) > 0);
    limiter.succeeded(8, "203.0.113.9");
    QCOMPARE(limiter.attempt(8, "203.0.113.9", t0 + 10'006), 0);
    // Visitors gone for a minute are forgotten.
    QCOMPARE(limiter.attempt(9, "198.51.100.1", t0 + 200'000), 0);
    QCOMPARE(limiter.tracked(), std::size_t(1));

    QCOMPARE(formPassword("password=open+sesame%21"), std::string("open sesame!"));
    QCOMPARE(formPassword("user=x&password=%C3%B6l&next=1"), std::string("\xC3\xB6l"));
    QCOMPARE(formPassword("password=a%2"), std::string("a%2"));
    QCOMPARE(formPassword("passwords=x&xpassword=y"), std::string());
    QCOMPARE(formPassword(""), std::string());
}

QTEST_GUILESS_MAIN(TestPasswordLinks)
#include "tst_passwordlinks.moc"
