// linkdeck-server as a real process: kill -9 under load loses no redirected click and
// stores none twice; thousands of idle connections and a slowloris client do not stop a
// normal visitor; SIGTERM drains the journal and exits cleanly.

#include "core/database.h"
#include "core/linkrepository.h"
#include "support/httpclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using Linkdeck::Test::HttpConnection;

class TestDurability : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void killDashNineLosesNoRedirectedClick();
    void idleConnectionsAndSlowlorisDoNotBlockVisitors();

private:
    std::uint16_t startServer(QProcess &process);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestDurability::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"links.sqlite"_s);
    Database db;
    QVERIFY(db.open(m_db).ok());
    LinkRepository links(db);
    QList<Link> batch;
    for (int i = 0; i < 50; ++i) {
        Link l;
        l.accountId = 1;
        l.domain = u"localhost:8080"_s;
        l.slug = u"l%1"_s.arg(i);
        l.shortUrl = u"http://localhost:8080/"_s + l.slug;
        l.destination = u"https://example.com/%1"_s.arg(i);
        batch << l;
    }
    QVERIFY(links.insertMany(batch).ok());
}

void TestDurability::cleanup()
{
    m_dir.reset();
}

std::uint16_t TestDurability::startServer(QProcess &process)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(LINKDECK_SERVER_PATH),
                  {u"--db"_s, m_db, u"--listen"_s, u"127.0.0.1:0"_s, u"--threads"_s, u"2"_s});
    if (!process.waitForStarted(5000))
        return 0;
    static const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        process.waitForReadyRead(200);
        output += process.readAll();
        const auto m = listening.match(QString::fromUtf8(output));
        if (m.hasMatch())
            return std::uint16_t(m.captured(1).toUInt());
        if (process.state() != QProcess::Running)
            break;
    }
    qWarning("server did not start: %s", output.constData());
    return 0;
}

void TestDurability::killDashNineLosesNoRedirectedClick()
{
    QProcess server;
    const std::uint16_t port = startServer(server);
    QVERIFY(port);

    // Four keep-alive clients, each request marked by a unique Referer.
    std::mutex mutex;
    std::set<std::string> received;
    std::atomic<bool> stop{false};
    std::atomic<int> sent{0};
    std::vector<std::thread> clients;
    for (int t = 0; t < 4; ++t) {
        clients.emplace_back([&, t] {
            HttpConnection c(port);
            for (int n = 0; !stop && c.isOpen(); ++n) {
                const std::string id = "http://load.test/" + std::to_string(t) + "-" + std::to_string(n);
                ++sent;
                const auto r = c.request("GET /l" + std::to_string(n % 50) + " HTTP/1.1\r\nHost: localhost:8080\r\nReferer: "
                                         + id + "\r\nUser-Agent: Mozilla/5.0\r\n\r\n", 2000);
                if (r.status != 302)
                    break;   // the server is gone
                std::lock_guard lock(mutex);
                received.insert(id);
            }
        });
    }
    QTest::qWait(1500);
    server.kill();   // SIGKILL, under load
    server.waitForFinished(5000);
    stop = true;
    for (auto &c : clients)
        c.join();
    QVERIFY2(received.size() > 500, qPrintable(u"only %1 redirects before the kill"_s.arg(received.size())));

    // Restart: the journal is replayed into the database; then a clean stop.
    QProcess again;
    QVERIFY(startServer(again));
    again.terminate();   // SIGTERM
    QVERIFY(again.waitForFinished(15000));
    QCOMPARE(again.exitStatus(), QProcess::NormalExit);
    QCOMPARE(again.exitCode(), 0);
    QVERIFY(again.readAll().contains("stopped after"));

    Database db;
    QVERIFY(db.open(m_db).ok());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT referrer, count(*) FROM clicks WHERE referrer LIKE 'http://load.test/%' GROUP BY referrer"_s));
    std::set<std::string> stored;
    int duplicates = 0;
    while (q.next()) {
        stored.insert(q.value(0).toString().toStdString());
        if (q.value(1).toInt() != 1)
            ++duplicates;
    }
    int missing = 0;
    for (const std::string &id : received)
        missing += stored.count(id) ? 0 : 1;
    qInfo("%d requests sent, %zu redirects received before kill -9, %zu clicks stored, %d missing, %d duplicated",
          sent.load(), received.size(), stored.size(), missing, duplicates);
    QCOMPARE(missing, 0);
    QCOMPARE(duplicates, 0);
    // A click may be stored for a request whose response the kill cut off, never more.
    QVERIFY(stored.size() <= std::size_t(sent.load()));
    QVERIFY(q.exec(u"SELECT sum(clicks) FROM links"_s) && q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(stored.size()));
}

void TestDurability::idleConnectionsAndSlowlorisDoNotBlockVisitors()
{
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    const int idleCount = int(std::min<rlim_t>(10000, limit.rlim_cur > 1000 ? limit.rlim_cur - 1000 : 100));

    QProcess server;
    const std::uint16_t port = startServer(server);
    QVERIFY(port);

    std::vector<std::unique_ptr<HttpConnection>> idle;
    idle.reserve(std::size_t(idleCount));
    for (int i = 0; i < idleCount; ++i) {
        idle.push_back(std::make_unique<HttpConnection>(port));
        if (!idle.back()->isOpen())
            QFAIL(qPrintable(u"could only open %1 connections"_s.arg(i)));
    }
    // Slowloris: a header that never ends, one byte at a time.
    std::atomic<bool> stop{false};
    std::thread slowloris([&] {
        HttpConnection c(port);
        c.send("GET /l1 HTTP/1.1\r\nHost: localhost:8080\r\n");
        while (!stop && c.send("X"))
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    });

    QElapsedTimer timer;
    timer.start();
    const auto r = Linkdeck::Test::get(port, "/l7");
    const qint64 elapsed = timer.elapsed();
    qInfo("%d idle connections and a slowloris client open: a visitor was redirected in %lld ms", idleCount, elapsed);
    QCOMPARE(r.status, 302);
    QCOMPARE(r.header("location"), std::string("https://example.com/7"));
    QVERIFY(elapsed < 1000);

    stop = true;
    slowloris.join();
    idle.clear();
    server.terminate();
    QVERIFY(server.waitForFinished(15000));
    QCOMPARE(server.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
