// Shlink's real-time events over Redis pub/sub (issue 11): a throwaway redis-server, a real
// linkdeck-server, a subscriber on its own thread, and redirects over real sockets.
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "server/eventpublisher.h"
#include "server/linkserver.h"
#include "support/httpclient.h"
#include "support/serverconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>

#include <boost/asio.hpp>
#include <hiredis.h>
#include <poll.h>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server;
using Linkdeck::Test::get;
using Linkdeck::Test::HttpConnection;
using Clock = std::chrono::steady_clock;

namespace {

const std::string NewVisit = "https://shlink.io/new-visit";
const std::string NewOrphanVisit = "https://shlink.io/new-orphan-visit";
const std::string NewShortUrl = "https://shlink.io/new-short-url";
constexpr auto Deadline = std::chrono::milliseconds(100);   // what the issue asks: a visit within 100 ms

std::uint16_t freePort()
{
    boost::asio::io_context io;
    boost::asio::ip::tcp::acceptor a(io, {boost::asio::ip::make_address("127.0.0.1"), 0});
    return a.local_endpoint().port();
}

double millisBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// redis-server on a port of its own, without persistence, in a temporary directory.
class RedisServerProcess
{
public:
    ~RedisServerProcess() { stop(); }
    bool start(std::uint16_t port, QString *error)
    {
        const QString program = QStandardPaths::findExecutable(u"redis-server"_s);
        if (program.isEmpty()) {
            *error = u"redis-server is not installed (bash .ci/linkdeck deps installs it)"_s;
            return false;
        }
        m_process.setProgram(program);
        // Redis in real time: the suite also runs under libfaketime (LD_PRELOAD), which redis-server
        // does not survive (jemalloc's clock_gettime at start); the events never depend on its clock.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : environment.keys()) {
            if (name == u"LD_PRELOAD"_s || name.startsWith(u"FAKETIME"_s))
                environment.remove(name);
        }
        m_process.setProcessEnvironment(environment);
        m_process.setArguments({u"--port"_s, QString::number(port), u"--bind"_s, u"127.0.0.1"_s, u"--save"_s, u""_s,
                                u"--appendonly"_s, u"no"_s, u"--dir"_s, m_dir.path()});
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.start();
        if (!m_process.waitForStarted(5000)) {
            *error = u"cannot start redis-server: "_s + m_process.errorString();
            return false;
        }
        for (int i = 0; i < 500; ++i) {                     // up to 5 s until it answers PING
            if (m_process.state() != QProcess::Running) {   // the port was taken meanwhile, say
                *error = u"redis-server ended at start (port %1)"_s.arg(port);
                return false;
            }
            const timeval tv{0, 100 * 1000};
            if (redisContext *c = redisConnectWithTimeout("127.0.0.1", port, tv)) {
                const bool up = !c->err;
                bool pong = false;
                if (up) {
                    auto *r = static_cast<redisReply *>(redisCommand(c, "PING"));
                    pong = r && r->type == REDIS_REPLY_STATUS;
                    if (r)
                        freeReplyObject(r);
                }
                redisFree(c);
                // Ours answered, not another test's Redis on a port taken between freePort() and its bind.
                if (pong && !m_process.waitForFinished(50))
                    return true;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        *error = u"redis-server does not answer on port %1"_s.arg(port);
        return false;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();   // as a crash would: no goodbye to the clients
        m_process.waitForFinished(5000);
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

// A SUBSCRIBE connection read on its own thread, so that each message is timed when it arrives.
class Subscriber
{
public:
    struct Message
    {
        std::string channel;
        QJsonObject payload;
        Clock::time_point at;
    };

    ~Subscriber() { close(); }

    bool open(std::uint16_t port, const std::vector<std::string> &channels)
    {
        close();
        m_context = redisConnect("127.0.0.1", port);
        if (!m_context || m_context->err)
            return false;
        for (const std::string &c : channels)
            redisAppendCommand(m_context, "SUBSCRIBE %b", c.data(), c.size());
        for (std::size_t i = 0; i < channels.size(); ++i) {
            void *reply = nullptr;
            if (redisGetReply(m_context, &reply) != REDIS_OK)
                return false;
            freeReplyObject(reply);
        }
        m_stop = false;
        m_thread = std::thread([this] { run(); });
        return true;
    }

    void close()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_context)
            redisFree(m_context);
        m_context = nullptr;
        std::lock_guard lock(m_mutex);
        m_messages.clear();
    }

    // The first message on channel, waiting up to timeout for it.
    std::optional<Message> take(const std::string &channel, std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        std::optional<Message> found;
        m_arrived.wait_for(lock, timeout, [&] {
            const auto it = std::find_if(m_messages.begin(), m_messages.end(),
                                         [&](const Message &m) { return m.channel == channel; });
            if (it == m_messages.end())
                return false;
            found = *it;
            m_messages.erase(it);
            return true;
        });
        return found;
    }

    std::vector<Message> all()
    {
        std::lock_guard lock(m_mutex);
        return {m_messages.begin(), m_messages.end()};
    }

    void clear()
    {
        std::lock_guard lock(m_mutex);
        m_messages.clear();
    }

private:
    void run()
    {
        while (!m_stop) {
            void *reply = nullptr;
            while (redisReaderGetReply(m_context->reader, &reply) == REDIS_OK && reply) {
                const auto at = Clock::now();
                auto *r = static_cast<redisReply *>(reply);
                if (r->type == REDIS_REPLY_ARRAY && r->elements == 3 && std::string(r->element[0]->str) == "message") {
                    Message m{
                        std::string(r->element[1]->str, r->element[1]->len),
                        QJsonDocument::fromJson(QByteArray(r->element[2]->str, qsizetype(r->element[2]->len))).object(),
                        at};
                    {
                        std::lock_guard lock(m_mutex);
                        m_messages.push_back(std::move(m));
                    }
                    m_arrived.notify_all();
                }
                freeReplyObject(reply);
                reply = nullptr;
            }
            pollfd p{m_context->fd, POLLIN, 0};
            if (::poll(&p, 1, 20) > 0 && redisBufferRead(m_context) != REDIS_OK)
                return;   // Redis went away
        }
    }

    redisContext *m_context = nullptr;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    std::condition_variable m_arrived;
    std::deque<Message> m_messages;
};

// Sets an environment variable for one scope.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const char *value)
        : m_name(name)
    {
        ::setenv(name, value, 1);
    }
    ~ScopedEnv() { ::unsetenv(m_name); }

private:
    const char *m_name;
};

}   // namespace

class TestEvents : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void configFromEnvironment();
    void noRedisNoPublisher();
    void visitIsPublishedWithin100ms();
    void orphanVisit();
    void newShortUrlFromTheApi();
    void latencyOverManyRedirects();
    void redirectsGoOnWhileRedisIsDownAndEventsComeBack();
    void redirectsGoOnWhileRedisHangs();
    void journalDirectoryRemovedUnderThePublisher();

private:
    void startRedis();
    void startServer();
    void waitForPublisher();
    Linkdeck::Test::HttpResponse redirect(const std::string &path, const std::string &headers = {});
    qint64 addLink(const QString &slug, const QString &destination);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RedisServerProcess> m_redis;
    std::uint16_t m_redisPort = 0;
    ServerConfig m_config;
    std::unique_ptr<LinkServer> m_server;
    std::uint16_t m_port = 0;
    Subscriber m_subscriber;
    Clock::time_point m_sent;   // when the last redirect() was sent
};

void TestEvents::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"links.sqlite"_s)).ok());
    m_config = Test::serverConfigFor(m_dir->filePath(u"links.sqlite"_s));
    m_config.userAgentRegexesPath.clear();
    addLink(u"spring"_s, u"https://shop.example/spring?ref=a"_s);
}

void TestEvents::cleanup()
{
    m_subscriber.close();
    m_server.reset();
    m_redis.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestEvents::addLink(const QString &slug, const QString &destination)
{
    LinkRepository links(*m_db);
    Link l;
    l.accountId = 1;
    l.domain = u"localhost:8080"_s;
    l.slug = slug;
    l.shortUrl = u"http://localhost:8080/"_s + slug;
    l.destination = destination;
    const auto r = links.insert(l);
    return r ? r->id : -1;
}

void TestEvents::startRedis()
{
    QString error;
    for (int attempt = 0; attempt < 5; ++attempt) {   // another test may take the free port first
        m_redisPort = freePort();
        m_redis = std::make_unique<RedisServerProcess>();
        if (m_redis->start(m_redisPort, &error))
            return;
    }
    QFAIL(qPrintable(error));
}

void TestEvents::startServer()
{
    auto servers = parseRedisServers("tcp://127.0.0.1:" + std::to_string(m_redisPort));
    QVERIFY2(servers.ok(), qPrintable(servers ? QString() : servers.error().message));
    m_config.redisServers = std::move(servers).value();
    m_config.redisPubSubEnabled = true;
    m_server = std::make_unique<LinkServer>(m_config);
    const auto started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    m_port = m_server->port();
    QVERIFY(m_server->events());
}

void TestEvents::waitForPublisher()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_server->events()->stats().connected, 5000);
}

Linkdeck::Test::HttpResponse TestEvents::redirect(const std::string &path, const std::string &headers)
{
    m_sent = Clock::now();
    return get(m_port, path, "localhost:8080", headers);
}

void TestEvents::configFromEnvironment()
{
    {
        ServerConfig c;
        const auto applied = c.applyEnvironment();
        QVERIFY2(applied.ok(), qPrintable(applied.error().message));
        QVERIFY(!c.redisPubSubEnabled);   // off unless asked for
        QVERIFY(c.redisServers.empty());
    }
    {
        ScopedEnv servers("REDIS_SERVERS",
                          " tcp://:s%40cret@redis.internal:6380/5 , redis://127.0.0.1,unix:///run/redis.sock,"
                          "tcp://alice:pw@[::1]:7000,tcp://h?password=x&database=3");
        ScopedEnv enabled("REDIS_PUB_SUB_ENABLED", "true");
        ServerConfig c;
        const auto applied = c.applyEnvironment();
        QVERIFY2(applied.ok(), qPrintable(applied.error().message));
        QVERIFY(c.redisPubSubEnabled);
        QCOMPARE(c.redisServers.size(), std::size_t(5));
        const RedisServer &a = c.redisServers[0];
        QCOMPARE(a.host, std::string("redis.internal"));
        QCOMPARE(a.port, 6380);
        QCOMPARE(a.user, std::string());
        QCOMPARE(a.password, std::string("s@cret"));
        QCOMPARE(a.database, 5);
        QVERIFY(a.display.find("cret") == std::string::npos);   // never the password in the log
        QCOMPARE(c.redisServers[1].host, std::string("127.0.0.1"));
        QCOMPARE(c.redisServers[1].port, 6379);
        QCOMPARE(c.redisServers[1].database, -1);
        QCOMPARE(c.redisServers[2].socketPath, std::string("/run/redis.sock"));
        QCOMPARE(c.redisServers[3].host, std::string("::1"));
        QCOMPARE(c.redisServers[3].port, 7000);
        QCOMPARE(c.redisServers[3].user, std::string("alice"));
        QCOMPARE(c.redisServers[3].password, std::string("pw"));
        QCOMPARE(c.redisServers[4].password, std::string("x"));
        QCOMPARE(c.redisServers[4].database, 3);
    }
    const struct
    {
        const char *servers;
        const char *enabled;
        const char *says;
    } wrong[] = {
        {nullptr, "true", "REDIS_SERVERS names no Redis"},
        {"tcp://127.0.0.1:6379", "sometimes", "REDIS_PUB_SUB_ENABLED must be true or false"},
        {"tcp://127.0.0.1:0", "true", "port must be a number from 1 to 65535"},
        {"tcp://127.0.0.1:port", "true", "port must be a number"},
        {"http://127.0.0.1:6379", "true", "scheme must be tcp://, redis:// or unix://"},
        {"rediss://127.0.0.1:6379", "true", "TLS is not supported"},
        {"tcp://:6379", "true", "names no host"},
        {"tcp://127.0.0.1:6379/x", "true", "database after the / must be a number"},
        {"tcp://secret@127.0.0.1:6379", "true", "a password alone is written tcp://:PASSWORD@host:port"},
        {" , ", "true", "names no server"},
    };
    for (const auto &w : wrong) {
        if (w.servers)
            ::setenv("REDIS_SERVERS", w.servers, 1);
        ::setenv("REDIS_PUB_SUB_ENABLED", w.enabled, 1);
        ServerConfig c;
        const auto applied = c.applyEnvironment();
        ::unsetenv("REDIS_SERVERS");
        ::unsetenv("REDIS_PUB_SUB_ENABLED");
        QVERIFY2(!applied.ok(), w.servers ? w.servers : "(no servers)");
        const std::string error = applied.error().message.toStdString();
        QVERIFY2(error.find(w.says) != std::string::npos, error.c_str());
        QVERIFY2(error.find("secret") == std::string::npos, error.c_str());
    }
    {
        ScopedEnv servers("REDIS_SERVERS", "tcp://127.0.0.1:26379");
        ScopedEnv enabled("REDIS_PUB_SUB_ENABLED", "true");
        ScopedEnv sentinel("REDIS_SENTINEL_SERVICE", "mymaster");
        ServerConfig c;
        const auto applied = c.applyEnvironment();
        QVERIFY(!applied.ok());
        const std::string error = applied.error().message.toStdString();
        QVERIFY2(error.find("REDIS_SENTINEL_SERVICE") != std::string::npos, error.c_str());
    }
}

void TestEvents::noRedisNoPublisher()
{
    m_server = std::make_unique<LinkServer>(m_config);
    const auto started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    QVERIFY(!m_server->events());   // no thread, no connection
    QCOMPARE(get(m_server->port(), "/spring").status, 302);
}

void TestEvents::visitIsPublishedWithin100ms()
{
    startRedis();
    startServer();
    QVERIFY(m_subscriber.open(m_redisPort, {NewVisit, NewVisit + "/spring", NewOrphanVisit}));
    waitForPublisher();

    const std::string browser = "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0";
    const auto r = redirect("/spring", "User-Agent: " + browser + "\r\nReferer: https://news.example/a\r\n");
    QCOMPARE(r.status, 302);
    const auto own = m_subscriber.take(NewVisit + "/spring", std::chrono::seconds(2));
    const auto any = m_subscriber.take(NewVisit, std::chrono::seconds(2));
    QVERIFY(own && any);
    qInfo("redirect -> new-visit/spring %.1f ms, new-visit %.1f ms", millisBetween(m_sent, own->at),
          millisBetween(m_sent, any->at));
    QVERIFY2(own->at - m_sent < Deadline, qPrintable(u"%1 ms"_s.arg(millisBetween(m_sent, own->at))));
    QVERIFY2(any->at - m_sent < Deadline, qPrintable(u"%1 ms"_s.arg(millisBetween(m_sent, any->at))));
    QVERIFY(own->at <= any->at);   // as Shlink: the short URL's own topic first
    QCOMPARE(own->payload, any->payload);
    QCOMPARE(own->payload.keys(), QStringList({u"shortUrl"_s, u"visit"_s}));

    const QJsonObject shortUrl = own->payload[u"shortUrl"_s].toObject();
    QCOMPARE(shortUrl[u"shortCode"_s].toString(), u"spring"_s);
    QCOMPARE(shortUrl[u"shortUrl"_s].toString(), u"http://localhost:8080/spring"_s);
    QCOMPARE(shortUrl[u"longUrl"_s].toString(), u"https://shop.example/spring?ref=a"_s);
    // Counting this visit, as Shlink's payload does (though it is not stored yet).
    QCOMPARE(shortUrl[u"visitsSummary"_s].toObject(),
             QJsonObject({{u"total"_s, 1}, {u"nonBots"_s, 1}, {u"bots"_s, 0}}));
    QVERIFY(shortUrl[u"tags"_s].isArray());
    const QJsonObject visit = own->payload[u"visit"_s].toObject();
    QCOMPARE(visit[u"referer"_s].toString(), u"https://news.example/a"_s);
    QCOMPARE(visit[u"userAgent"_s].toString(), QString::fromStdString(browser));
    QCOMPARE(visit[u"potentialBot"_s].toBool(true), false);
    QCOMPARE(visit[u"visitedUrl"_s].toString(), u"http://localhost:8080/spring"_s);
    QCOMPARE(visit[u"redirectUrl"_s].toString(), QString::fromStdString(r.header("location")));
    QVERIFY(!visit.contains(u"type"_s));
    QVERIFY(visit[u"visitLocation"_s].isObject());
    const QDateTime date = QDateTime::fromString(visit[u"date"_s].toString(), Qt::ISODate);
    QVERIFY2(date.isValid(), qPrintable(visit[u"date"_s].toString()));
    QVERIFY(std::abs(date.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch()) < 60000);

    // The event's visit is the visit the REST API lists, and its short URL the API's.
    HttpConnection c(m_port);
    const auto visits = c.request(
        "GET /rest/v3/short-urls/spring/visits HTTP/1.1\r\nHost: localhost:8080\r\nX-Api-Key: test-key\r\n\r\n");
    QCOMPARE(visits.status, 200);
    const QJsonArray listed =
        QJsonDocument::fromJson(QByteArray::fromStdString(visits.body))[u"visits"_s][u"data"_s].toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed[0].toObject(), visit);
    const auto got =
        c.request("GET /rest/v3/short-urls/spring HTTP/1.1\r\nHost: localhost:8080\r\nX-Api-Key: test-key\r\n\r\n");
    QCOMPARE(shortUrl, QJsonDocument::fromJson(QByteArray::fromStdString(got.body)).object());

    // Text that JSON must escape, and bytes that are not UTF-8, come out as the API lists them.
    const std::string odd = "Mozilla/5.0 \"quoted\" back\\slash\ttab caf\xc3\xa9 \xff\xfe";
    // The visit keeps the query it came with, in the event and in the API (issue 11).
    QCOMPARE(redirect("/spring?utm_source=flyer&x=%20",
                      "User-Agent: " + odd + "\r\nReferer: https://r.example/?q=\"a\\b\"\r\n")
                 .status,
             302);
    const auto escaped = m_subscriber.take(NewVisit, std::chrono::seconds(2));
    QVERIFY(escaped);
    QVERIFY(m_subscriber.take(NewVisit + "/spring", std::chrono::seconds(2)));
    QCOMPARE(escaped->payload[u"visit"_s][u"userAgent"_s].toString(),
             QString::fromUtf8(odd.data(), qsizetype(odd.size())));
    const auto visits2 = c.request(
        "GET /rest/v3/short-urls/spring/visits HTTP/1.1\r\nHost: localhost:8080\r\nX-Api-Key: test-key\r\n\r\n");
    const QJsonArray listed2 =
        QJsonDocument::fromJson(QByteArray::fromStdString(visits2.body))[u"visits"_s][u"data"_s].toArray();
    QCOMPARE(listed2.size(), 2);
    QCOMPARE(listed2[0].toObject(), escaped->payload[u"visit"_s].toObject());
    QCOMPARE(listed2[0].toObject()[u"visitedUrl"_s].toString(),
             u"http://localhost:8080/spring?utm_source=flyer&x=%20"_s);
    QCOMPARE(listed2[1].toObject()[u"visitedUrl"_s].toString(), u"http://localhost:8080/spring"_s);
    QCOMPARE(escaped->payload[u"shortUrl"_s][u"visitsSummary"_s][u"total"_s].toInt(), 2);

    // A crawler is a potential bot; no other event came.
    QCOMPARE(redirect("/spring", "User-Agent: curl/8.5.0\r\n").status, 302);
    const auto bot = m_subscriber.take(NewVisit, std::chrono::seconds(2));
    QVERIFY(bot);
    QCOMPARE(bot->payload[u"visit"_s][u"potentialBot"_s].toBool(), true);
    QCOMPARE(bot->payload[u"shortUrl"_s][u"visitsSummary"_s].toObject(),
             QJsonObject({{u"total"_s, 3}, {u"nonBots"_s, 2}, {u"bots"_s, 1}}));
    QVERIFY(m_subscriber.take(NewVisit + "/spring", std::chrono::seconds(2)));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    QVERIFY(m_subscriber.all().empty());
}

void TestEvents::orphanVisit()
{
    startRedis();
    startServer();
    QVERIFY(m_subscriber.open(m_redisPort, {NewVisit, NewOrphanVisit}));
    waitForPublisher();
    QCOMPARE(redirect("/nope", "User-Agent: Mozilla/5.0\r\nReferer: https://ref.example/\r\n").status, 404);
    const auto orphan = m_subscriber.take(NewOrphanVisit, std::chrono::seconds(2));
    QVERIFY(orphan);
    QVERIFY2(orphan->at - m_sent < Deadline, qPrintable(u"%1 ms"_s.arg(millisBetween(m_sent, orphan->at))));
    QCOMPARE(orphan->payload.keys(), QStringList({u"visit"_s}));
    const QJsonObject visit = orphan->payload[u"visit"_s].toObject();
    QCOMPARE(visit[u"type"_s].toString(), u"invalid_short_url"_s);
    QCOMPARE(visit[u"visitedUrl"_s].toString(), u"http://localhost:8080/nope"_s);
    QVERIFY(visit[u"redirectUrl"_s].isNull());
    QCOMPARE(visit[u"referer"_s].toString(), u"https://ref.example/"_s);
    QCOMPARE(visit[u"userAgent"_s].toString(), u"Mozilla/5.0"_s);
    QCOMPARE(redirect("/").status, 404);
    const auto base = m_subscriber.take(NewOrphanVisit, std::chrono::seconds(2));
    QVERIFY(base);
    QCOMPARE(base->payload[u"visit"_s][u"type"_s].toString(), u"base_url"_s);
    QCOMPARE(base->payload[u"visit"_s][u"potentialBot"_s].toBool(), true);   // no user agent

    // As the API lists it.
    HttpConnection c(m_port);
    const auto listed =
        c.request("GET /rest/v3/visits/orphan HTTP/1.1\r\nHost: localhost:8080\r\nX-Api-Key: test-key\r\n\r\n");
    const QJsonArray data =
        QJsonDocument::fromJson(QByteArray::fromStdString(listed.body))[u"visits"_s][u"data"_s].toArray();
    QCOMPARE(data.size(), 2);
    QVERIFY(data.contains(visit));
    QVERIFY(!m_subscriber.take(NewVisit, std::chrono::milliseconds(100)));   // never a new-visit for an orphan
}

void TestEvents::newShortUrlFromTheApi()
{
    startRedis();
    startServer();
    QVERIFY(m_subscriber.open(m_redisPort, {NewShortUrl}));
    waitForPublisher();
    HttpConnection c(m_port);
    const std::string body = R"({"longUrl":"https://shop.example/summer","customSlug":"summer","tags":["sale"]})";
    const auto sent = Clock::now();
    const auto created =
        c.request("POST /rest/v3/short-urls HTTP/1.1\r\nHost: localhost:8080\r\nX-Api-Key: test-key\r\n"
                  "Content-Type: application/json\r\nContent-Length: "
                  + std::to_string(body.size()) + "\r\n\r\n" + body);
    QCOMPARE(created.status, 200);
    const auto event = m_subscriber.take(NewShortUrl, std::chrono::seconds(2));
    QVERIFY(event);
    QVERIFY2(event->at - sent < Deadline, qPrintable(u"%1 ms"_s.arg(millisBetween(sent, event->at))));
    QCOMPARE(event->payload.keys(), QStringList({u"shortUrl"_s}));
    QCOMPARE(event->payload[u"shortUrl"_s].toObject(),
             QJsonDocument::fromJson(QByteArray::fromStdString(created.body)).object());
    QCOMPARE(event->payload[u"shortUrl"_s][u"shortCode"_s].toString(), u"summer"_s);

    // findIfExists finding it creates nothing, so publishes nothing.
    const std::string again = R"({"longUrl":"https://shop.example/summer","customSlug":"summer","findIfExists":true})";
    QCOMPARE(c.request("POST /rest/v3/short-urls HTTP/1.1\r\nHost: localhost:8080\r\nX-Api-Key: test-key\r\n"
                       "Content-Type: application/json\r\nContent-Length: "
                       + std::to_string(again.size()) + "\r\n\r\n" + again)
                 .status,
             200);
    QVERIFY(!m_subscriber.take(NewShortUrl, std::chrono::milliseconds(200)));
}

void TestEvents::latencyOverManyRedirects()
{
    // LINKDECK_EVENT_REDIRECTS=1000 for a longer measurement.
    const int count = qEnvironmentVariableIsSet("LINKDECK_EVENT_REDIRECTS")
        ? qEnvironmentVariableIntValue("LINKDECK_EVENT_REDIRECTS")
        : 300;
    startRedis();
    startServer();
    QVERIFY(m_subscriber.open(m_redisPort, {NewVisit + "/spring"}));
    waitForPublisher();
    std::vector<double> latencies;
    HttpConnection c(m_port);   // keep-alive, as a browser
    for (int i = 0; i < count; ++i) {
        // Redirects at varied moments of the publisher's 10 ms poll, as visitors come (one right
        // after each event would always wait a whole period).
        std::this_thread::sleep_for(std::chrono::microseconds((i * 7919) % 13000));
        const auto sent = Clock::now();
        const auto r = c.request("GET /spring HTTP/1.1\r\nHost: localhost:8080\r\nUser-Agent: Mozilla/5.0\r\n\r\n");
        QCOMPARE(r.status, 302);
        const auto event = m_subscriber.take(NewVisit + "/spring", std::chrono::seconds(2));
        QVERIFY2(event, qPrintable(u"no event for redirect %1"_s.arg(i)));
        // Exact while the ingestor stores the earlier visits meanwhile.
        QCOMPARE(event->payload[u"shortUrl"_s][u"visitsSummary"_s][u"total"_s].toInt(), i + 1);
        latencies.push_back(millisBetween(sent, event->at));
    }
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) {
        return latencies[std::min(latencies.size() - 1, std::size_t(q * double(latencies.size())))];
    };
    qInfo("redirect -> new-visit/{shortCode} over %d redirects: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
          count, at(0.5), at(0.9), at(0.99), latencies.back());
    // p95, not p99: on a shared runner a burst of other work can delay a few wake-ups of any thread
    // (every visit above is still checked to arrive, with its exact count).
    QVERIFY2(at(0.95) < double(Deadline.count()), qPrintable(u"p95 %1 ms"_s.arg(at(0.95))));
    QCOMPARE(m_server->events()->stats().dropped, std::uint64_t(0));
}

void TestEvents::redirectsGoOnWhileRedisIsDownAndEventsComeBack()
{
    startRedis();
    startServer();
    waitForPublisher();
    m_redis->stop();
    // Redirects are answered as ever; the events of this time are dropped, not kept for later.
    double slowest = 0;
    for (int i = 0; i < 50; ++i) {
        const auto r = redirect("/spring");
        QCOMPARE(r.status, 302);
        slowest = std::max(slowest, millisBetween(m_sent, Clock::now()));
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    qInfo("slowest redirect while Redis was down: %.1f ms", slowest);
    QVERIFY2(slowest < 1000, qPrintable(u"%1 ms"_s.arg(slowest)));
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->events()->stats().connected, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->events()->stats().dropped >= 50, 5000);

    // Redis back on the same port: the publisher reconnects (within its 2 s backoff) and publishes again.
    m_redis = std::make_unique<RedisServerProcess>();
    QString error;
    QVERIFY2(m_redis->start(m_redisPort, &error), qPrintable(error));
    QVERIFY(m_subscriber.open(m_redisPort, {NewVisit + "/spring"}));
    const auto back = Clock::now();
    std::optional<Subscriber::Message> event;
    while (!event && Clock::now() - back < std::chrono::seconds(10)) {
        QCOMPARE(redirect("/spring").status, 302);
        event = m_subscriber.take(NewVisit + "/spring", std::chrono::milliseconds(200));
    }
    QVERIFY2(event, "no event within 10 s of Redis coming back");
    qInfo("events again %.0f ms after Redis came back", millisBetween(back, event->at));
    QVERIFY(m_server->events()->stats().connected);
    // And at once from then on, with nothing of the outage replayed.
    m_subscriber.clear();
    QCOMPARE(redirect("/spring").status, 302);
    const auto next = m_subscriber.take(NewVisit + "/spring", std::chrono::seconds(2));
    QVERIFY(next);
    QVERIFY2(next->at - m_sent < Deadline, qPrintable(u"%1 ms"_s.arg(millisBetween(m_sent, next->at))));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    QVERIFY(m_subscriber.all().empty());
}

void TestEvents::redirectsGoOnWhileRedisHangs()
{
    // A "Redis" that accepts connections and never answers: the publisher waits on it, the
    // redirects do not.
    boost::asio::io_context io;
    boost::asio::ip::tcp::acceptor acceptor(io, {boost::asio::ip::make_address("127.0.0.1"), 0});
    m_redisPort = acceptor.local_endpoint().port();
    std::vector<boost::asio::ip::tcp::socket> held;
    std::atomic<bool> done{false};
    std::thread accepting([&] {
        acceptor.non_blocking(true);
        while (!done) {
            boost::system::error_code ec;
            boost::asio::ip::tcp::socket s(io);
            acceptor.accept(s, ec);
            if (!ec)
                held.push_back(std::move(s));
            else
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    });
    startServer();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));   // connected, its first PUBLISH waiting
    double slowest = 0;
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(redirect("/spring").status, 302);
        slowest = std::max(slowest, millisBetween(m_sent, Clock::now()));
    }
    qInfo("slowest of 100 redirects while Redis hangs: %.1f ms", slowest);
    QVERIFY2(slowest < 1000, qPrintable(u"%1 ms"_s.arg(slowest)));
    m_server->stop();   // does not hang either
    done = true;
    accepting.join();
}

void TestEvents::journalDirectoryRemovedUnderThePublisher()
{
    // The server makes the journal again (JournalAppender::restoreIfRemoved, within a second);
    // the publisher follows the same records through the removed file, then the new one.
    startRedis();
    startServer();
    QVERIFY(m_subscriber.open(m_redisPort, {NewVisit + "/spring"}));
    waitForPublisher();
    QCOMPARE(redirect("/spring").status, 302);
    QVERIFY(m_subscriber.take(NewVisit + "/spring", std::chrono::seconds(2)));
    std::error_code ec;
    std::filesystem::remove_all(m_config.effectiveJournalDir(), ec);
    QVERIFY(!ec);
    for (int i = 0; i < 3; ++i) {   // at once, then after the journal is back
        QCOMPARE(redirect("/spring").status, 302);
        const auto event = m_subscriber.take(NewVisit + "/spring", std::chrono::seconds(2));
        QVERIFY2(event, qPrintable(u"no event for redirect %1 after the journal was removed"_s.arg(i)));
        QVERIFY2(event->at - m_sent < Deadline, qPrintable(u"%1 ms"_s.arg(millisBetween(m_sent, event->at))));
        QCOMPARE(event->payload[u"shortUrl"_s][u"visitsSummary"_s][u"total"_s].toInt(), i + 2);
        std::this_thread::sleep_for(std::chrono::milliseconds(1200));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::filesystem::exists(m_config.effectiveJournalDir()), 3000);
}

QTEST_GUILESS_MAIN(TestEvents)
#include "tst_events.moc"
