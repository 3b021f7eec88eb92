// linkdeck-server as a real process: kill -9 under load loses no redirected click and
// stores none twice; thousands of idle connections and a slowloris client do not stop a
// normal visitor; SIGTERM drains the journal and exits cleanly.

#include "core/platform/serverexit.h"
#include "core/storage/clickrollups.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "server/clickingestor.h"
#include "server/clickrecord.h"
#include "server/journal.h"
#include "support/damage.h"
#include "support/httpclient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstddef>
#include <cstring>
#include <mutex>
#include <set>
#include <thread>
#include <tuple>

#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>

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
    void journalsShareEachBatchAndEveryClickIsStoredOnce();
    void idleConnectionsAndSlowlorisDoNotBlockVisitors();
    // Issue 18, 1: the journal and the database know each other.
    void removedJournalDirectoryLosesNoClick();
    void journalDirectoryRemovedWhileRunningLosesNoClick();
    void copiedDatabaseLosesNoClick();
    void foreignJournalIsSetAsideNotReadNorDeleted();
    // Issue 18, 2: one server per database, and a busy port is noticed.
    void damagedIndexFailsHealthWhileRedirectsGoOn();
    void secondServerOnTheSameDatabaseIsRefused();
    void busyPortIsRefused();
    // Issue 18, 3: a journal file that cannot be deleted does not end the server.
    void undeletableJournalFileDoesNotStopTheServer();
    // Issue 18, 5: a full disk is seen, counted in clicks, and cleared by the server itself.
    void unwritableJournalDirectoryIsRefused();
    void fullDiskLosesOnlyCountedClicks();
    void faultsUnderLoadAccountForEveryClick();
    // Issue 18, 10: the accept loop backs off when accept(2) fails for want of resources;
    // a malformed --config line is named by its number, not echoed (it may hold a secret).
    void acceptFailuresBackOff_data();
    void acceptFailuresBackOff();
    void configFileErrorNamesTheLineNotTheText();

private:
    // A server this test starts dies with it, also when the test itself is killed or crashes.
    static void killWithTheTest(QProcess &process)
    {
        process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    }
    // Starts a server that is expected to refuse to run; returns its output, and its exit code in *code.
    static QByteArray runExpectingRefusal(const QStringList &arguments, int *code);
    static int redirectsAnswered(std::uint16_t port, int count);
    std::uint16_t startServer(QProcess &process, const QStringList &extra = {}, const QString &db = {});
    // Starts a server, sends `count` redirects (each with a unique Referer under `tag`), stops it
    // with SIGTERM and returns its output; empty when something failed.
    QByteArray runAndRedirect(int count, const QString &tag, const QStringList &extra = {}, const QString &db = {});
    static qint64 storedClicks(const QString &db, const QString &where = u"1"_s);
    // A small tmpfs at dir, unmounted (with what is in it) by the returned guard; false when
    // this system cannot mount one (not root, a container without the capability).
    static bool mountTmpfs(const QString &dir, const QString &options);
    static void unmount(const QString &dir);
    // GET /rest/health: its status code and JSON body.
    static std::pair<int, QJsonObject> health(std::uint16_t port);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QByteArray m_startOutput;   // what the last startServer() read up to its ready line
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

std::uint16_t TestDurability::startServer(QProcess &process, const QStringList &extra, const QString &db)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    killWithTheTest(process);
    process.start(
        QStringLiteral(LINKDECK_SERVER_PATH),
        QStringList{u"--db"_s, db.isEmpty() ? m_db : db, u"--listen"_s, u"127.0.0.1:0"_s, u"--threads"_s, u"2"_s}
            + extra);
    if (!process.waitForStarted(5000))
        return 0;
    // The server's machine-readable ready line (its other lines are for people).
    static const QRegularExpression listening(u"\\{[^\\n]*\"event\":\"ready\"[^\\n]*\"port\":(\\d+)"_s);
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        process.waitForReadyRead(200);
        output += process.readAll();
        const auto m = listening.match(QString::fromUtf8(output));
        m_startOutput = output;
        if (m.hasMatch())
            return std::uint16_t(m.captured(1).toUInt());
        if (process.state() != QProcess::Running)
            break;
    }
    qWarning("server did not start: %s", output.constData());
    return 0;
}

QByteArray TestDurability::runAndRedirect(int count, const QString &tag, const QStringList &extra, const QString &db)
{
    QProcess server;
    const std::uint16_t port = startServer(server, extra, db);
    if (!port)
        return {};
    for (int n = 0; n < count; ++n) {
        HttpConnection c(port);
        const auto r =
            c.request("GET /l" + std::to_string(n % 50) + " HTTP/1.1\r\nHost: localhost:8080\r\nReferer: http://"
                          + tag.toStdString() + ".test/" + std::to_string(n) + "\r\nUser-Agent: Mozilla/5.0\r\n\r\n",
                      2000);
        if (r.status != 302) {
            qWarning("redirect %d answered %d", n, r.status);
            server.kill();
            server.waitForFinished(5000);
            return {};
        }
    }
    server.terminate();
    if (!server.waitForFinished(15000) || server.exitStatus() != QProcess::NormalExit || server.exitCode() != 0) {
        qWarning("the server did not stop cleanly: %s", server.readAll().constData());
        return {};
    }
    return m_startOutput + server.readAll();
}

qint64 TestDurability::storedClicks(const QString &db, const QString &where)
{
    Database database;
    if (!database.open(db).ok())
        return -1;
    QSqlQuery q(database.connection());
    if (!q.exec(u"SELECT count(*) FROM clicks WHERE "_s + where) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool TestDurability::mountTmpfs(const QString &dir, const QString &options)
{
    QDir().mkpath(dir);
    QProcess mount;
    mount.setProcessChannelMode(QProcess::MergedChannels);
    mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, options, u"tmpfs"_s, dir});
    if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0) {
        qWarning("cannot mount a tmpfs at %s: %s", qPrintable(dir), mount.readAll().constData());
        return false;
    }
    return true;
}

void TestDurability::unmount(const QString &dir)
{
    if (QProcess::execute(u"umount"_s, {dir}) != 0)
        QProcess::execute(u"umount"_s, {u"-l"_s, dir});   // still busy: detach it, the kernel frees it when unused
}

std::pair<int, QJsonObject> TestDurability::health(std::uint16_t port)
{
    HttpConnection c(port);
    const auto r = c.request("GET /rest/health HTTP/1.1\r\nHost: localhost:8080\r\n\r\n", 5000);
    return {r.status, QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object()};
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
                const auto r =
                    c.request("GET /l" + std::to_string(n % 50) + " HTTP/1.1\r\nHost: localhost:8080\r\nReferer: " + id
                                  + "\r\nUser-Agent: Mozilla/5.0\r\n\r\n",
                              2000);
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
    QVERIFY(
        q.exec(u"SELECT referrer, count(*) FROM clicks WHERE referrer LIKE 'http://load.test/%' GROUP BY referrer"_s));
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

// Each I/O thread's journal gets an equal share of a batch per pass (so that one journal's
// backlog does not hold the others' clicks back); the passes follow one another until every
// journal is read, and no click is stored twice or skipped at a share's edge.
void TestDurability::journalsShareEachBatchAndEveryClickIsStoredOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shares.sqlite"_s);
    const std::string journalDir = dir.filePath(u"journal"_s).toStdString();
    QVERIFY(QDir().mkpath(QString::fromStdString(journalDir)));
    Database db;
    QVERIFY(db.open(path).ok());
    QSqlQuery q(db.connection());
    for (const char *slug : {"first", "second"}) {
        QVERIFY(q.exec(uR"(INSERT INTO links(account_id, domain, slug, short_url, destination, created_at, updated_at)
                           VALUES (1, 'localhost:8080', '%1', 'http://localhost:8080/%1', 'https://example.com/', 0, 0))"_s
                           .arg(QLatin1StringView(slug))));
    }
    QVERIFY(q.exec(u"SELECT min(id), max(id) FROM links"_s) && q.next());
    const qint64 first = q.value(0).toLongLong(), second = q.value(1).toLongLong();
    q.finish();
    // 53 clicks in journal 0, 31 in journal 1, at fixed times (two hours; no dependence on today).
    const qint64 startMs = 1'790'000'000'000;
    for (const auto &[thread, link, count] : {std::tuple{0, first, 53}, std::tuple{1, second, 31}}) {
        Server::JournalAppender journal(journalDir, thread);
        std::string records;
        for (int i = 0; i < count; ++i)
            Server::ClickCodec::append(records, startMs + i * 100'000, link, Server::OrphanType::None, "localhost:8080",
                                       "s", "https://news.example/a",
                                       "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0",
                                       "192.0.2.1", "en", "https://example.com/");
        QVERIFY(journal.append(records));
    }
    Server::ClickIngestor::Options options;
    options.databasePath = path.toStdString();
    options.journalDir = journalDir;
    options.userAgentRegexesPath.clear();
    options.maxBatch = 10;   // 5 a journal a pass
    {
        Server::ClickIngestor ingestor(options);
        const auto started = ingestor.start();   // replays everything before it returns
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        QCOMPARE(ingestor.ingested(), 84u);
        QVERIFY2(ingestor.batches() >= 11, QByteArray::number(qulonglong(ingestor.batches())).constData());
        ingestor.stop();
    }
    auto scalar = [&](const QString &sql) {
        QSqlQuery s(db.connection());
        return s.exec(sql) && s.next() ? s.value(0).toLongLong() : -1;
    };
    QCOMPARE(scalar(u"SELECT count(*) FROM clicks"_s), 84);
    QCOMPARE(scalar(u"SELECT count(DISTINCT ts) FROM clicks WHERE link_id = %1"_s.arg(first)), 53);
    QCOMPARE(scalar(u"SELECT count(DISTINCT ts) FROM clicks WHERE link_id = %1"_s.arg(second)), 31);
    QCOMPARE(scalar(u"SELECT sum(clicks) FROM click_hours WHERE link_id = %1"_s.arg(first)), 53);
    QCOMPARE(scalar(u"SELECT sum(clicks) FROM click_hours WHERE link_id = %1"_s.arg(second)), 31);
    QCOMPARE(scalar(u"SELECT clicks + coalesce((SELECT clicks FROM link_click_deltas WHERE link_id = links.id), 0) "
                    u"FROM links WHERE id = %1"_s.arg(first)),
             53);
    QCOMPARE(scalar(u"SELECT clicks + coalesce((SELECT clicks FROM link_click_deltas WHERE link_id = links.id), 0) "
                    u"FROM links WHERE id = %1"_s.arg(second)),
             31);
    // The breakdown of every click, once: the referrer's host and no country (no GeoIP here).
    const auto totals = Rollups::totals(db.connection(), first);
    QCOMPARE(totals.at(u"referrer"_s).at(u"news.example"_s), 53);
    QCOMPARE(totals.at(u"country"_s).at(QString()), 53);
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

void TestDurability::removedJournalDirectoryLosesNoClick()
{
    // Two runs first, so that the database remembers a journal file numbered above 1.
    QVERIFY(!runAndRedirect(30, u"first"_s).isEmpty());
    QVERIFY(!runAndRedirect(0, u"none"_s).isEmpty());
    QCOMPARE(storedClicks(m_db), 30);

    // The journal directory removed (a tmpfs wiped at reboot, an operator cleaning up).
    QVERIFY(QDir(m_db + u".journal"_s).removeRecursively());
    const QByteArray output = runAndRedirect(20, u"second"_s);
    QVERIFY(!output.isEmpty());
    qInfo("%s", output.constData());
    QCOMPARE(storedClicks(m_db), 30 + 20);
    QVERIFY2(output.contains("has no journal identity"), output.constData());

    // And once more in the same directory: all agree again, no warning, nothing lost.
    const QByteArray again = runAndRedirect(10, u"third"_s);
    QVERIFY(!again.isEmpty());
    QVERIFY2(!again.contains("WARNING"), again.constData());
    QCOMPARE(storedClicks(m_db), 30 + 20 + 10);

    // A changed --journal-dir is a journal directory without this database's identity too.
    const QString other = m_dir->filePath(u"elsewhere/journal"_s);
    const QByteArray moved = runAndRedirect(15, u"fourth"_s, {u"--journal-dir"_s, other});
    QCOMPARE(storedClicks(m_db), 30 + 20 + 10 + 15);
    QVERIFY2(moved.contains("has no journal identity"), moved.constData());
}

void TestDurability::journalDirectoryRemovedWhileRunningLosesNoClick()
{
    // The journal directory removed under a running server (an operator cleaning up, a tmp
    // cleaner): the file being written lives on only in the server's descriptor.
    QProcess server;
    const auto stop = qScopeGuard([&] {
        server.kill();
        server.waitForFinished(5000);
    });
    const std::uint16_t port = startServer(server);
    QVERIFY(port);
    int answered = 0;
    auto redirect = [&](int count, const char *tag) {
        for (int n = 0; n < count; ++n) {
            HttpConnection c(port);
            const auto r =
                c.request("GET /l" + std::to_string(n % 50) + " HTTP/1.1\r\nHost: localhost:8080\r\nReferer: http://"
                              + std::string(tag) + ".test/" + std::to_string(n) + "\r\nUser-Agent: Mozilla/5.0\r\n\r\n",
                          2000);
            answered += r.status == 302 ? 1 : 0;
        }
    };
    const QString journal = m_db + u".journal"_s;
    redirect(30, "before");
    QTRY_COMPARE_WITH_TIMEOUT(storedClicks(m_db), 30,
                              10000);   // stored: the directory holds only the file being written
    redirect(10, "unstored");           // written, perhaps not yet stored, when the directory goes
    QVERIFY(QDir(journal).removeRecursively());
    QVERIFY(!QFileInfo::exists(journal));
    redirect(40, "after");
    QCOMPARE(answered, 80);
    // Made again within a second by each I/O thread, with the bytes written meanwhile.
    QTRY_COMPARE_WITH_TIMEOUT(storedClicks(m_db), 80, 15000);
    // The directory is back, with this database's identity, so a restart reads it as its own.
    QVERIFY(QFileInfo::exists(journal + u"/journal.id"_s));
    // Once more, and the server stopped before a second goes by: the stop restores it too.
    redirect(6, "atstop");
    QVERIFY(QDir(journal).removeRecursively());
    server.terminate();
    QVERIFY(server.waitForFinished(15000));
    const QByteArray output = server.readAll();
    QVERIFY2(output.contains("was removed while the server ran"), output.constData());
    QCOMPARE(storedClicks(m_db), 86);
    QCOMPARE(storedClicks(m_db, u"referrer LIKE 'http://unstored.test/%'"_s), 10);
    const QByteArray again = runAndRedirect(5, u"restart"_s);
    QVERIFY2(!again.contains("WARNING"), again.constData());
    QCOMPARE(storedClicks(m_db), 91);
}

void TestDurability::faultsUnderLoadAccountForEveryClick()
{
    // One run through the faults an operator meets, under load, on a journal disk of its own:
    // the journal directory removed, the disk filled and freed, a restart, a kill -9 while
    // clicks wait behind a busy database, and a waiting record damaged. At the end every
    // redirect the clients received is a click stored, a click the server reported lost, or
    // the damaged record it reported skipping: exactly.
    const QString disk = m_dir->filePath(u"fault-disk"_s);
    if (!mountTmpfs(disk, u"size=48m"_s))
        QSKIP("cannot mount a tmpfs here");
    const QString journal = disk + u"/journal"_s;
    const QStringList args{u"--journal-dir"_s, journal};

    std::atomic<qint64> answered{0};
    std::atomic<bool> stopLoad{false};
    std::vector<std::thread> clients;
    auto startLoad = [&](std::uint16_t port) {
        stopLoad = false;
        for (int t = 0; t < 2; ++t) {
            clients.emplace_back([&, port, t] {
                HttpConnection c(port);
                for (int n = 0; !stopLoad && c.isOpen(); ++n) {
                    const auto r = c.request("GET /l" + std::to_string((n + t) % 50)
                                                 + " HTTP/1.1\r\nHost: localhost:8080\r\n"
                                                   "Referer: http://fault.test/"
                                                 + std::to_string(t) + "\r\nUser-Agent: Mozilla/5.0\r\n\r\n",
                                             2000);
                    if (r.status != 302)
                        break;
                    ++answered;
                }
            });
        }
    };
    auto endLoad = [&] {
        stopLoad = true;
        for (auto &c : clients)
            c.join();
        clients.clear();
    };
    QProcess server;
    const auto cleanUp = qScopeGuard([&] {
        endLoad();
        server.kill();
        server.waitForFinished(5000);
        unmount(disk);
    });
    qint64 lost = 0;
    auto lostSoFar = [&](std::uint16_t port) {
        return health(port).second.value(u"journal"_s).toObject().value(u"lostClicks"_s).toInteger(-1);
    };
    QByteArray output;

    std::uint16_t port = startServer(server, args);
    QVERIFY(port);
    startLoad(port);
    QTest::qWait(700);

    // The journal directory removed under load: made again within a second, nothing lost.
    QVERIFY(QDir(journal).removeRecursively());
    QTest::qWait(1500);
    QVERIFY(QFileInfo::exists(journal + u"/journal.id"_s));

    // The disk filled by something else, then freed: the clicks that could not be written are counted.
    const QString filler = disk + u"/filler"_s;
    {
        QFile f(filler);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'f');
        while (f.write(block) == block.size()) {}
    }
    QTest::qWait(1500);
    QVERIFY(QFile::remove(filler));
    QTest::qWait(2000);

    // A restart (SIGTERM) with clicks still arriving until just before it.
    endLoad();
    const qint64 lostFirst = lostSoFar(port);
    QVERIFY(lostFirst >= 0);
    lost += lostFirst;
    server.terminate();
    QVERIFY(server.waitForFinished(15000));
    output += server.readAll();
    port = startServer(server, args);
    QVERIFY(port);
    startLoad(port);
    QTest::qWait(800);

    // Another writer holds the database, so clicks wait in the journal; the server is killed
    // (-9) then; one of the waiting records is damaged before the next start.
    Database holder;
    QVERIFY(holder.open(m_db).ok());
    QSqlQuery hold(holder.connection());
    QVERIFY(hold.exec(u"BEGIN IMMEDIATE"_s));
    QTest::qWait(800);
    endLoad();
    const qint64 lostSecond = lostSoFar(port);
    QVERIFY(lostSecond >= 0);
    lost += lostSecond;
    server.kill();
    QVERIFY(server.waitForFinished(5000));
    output += server.readAll();
    QVERIFY(hold.exec(u"ROLLBACK"_s));
    QSqlQuery progress(holder.connection());
    QVERIFY(progress.exec(u"SELECT journal, segment, offset FROM journal_progress"_s));
    bool damagedOne = false;
    while (progress.next() && !damagedOne) {
        // The first record the database has not got: after its position in the segment it was
        // reading, or at the start of a later one (a failed write starts a new segment).
        const int thread = progress.value(0).toString().mid(1).toInt();
        const qint64 segment = progress.value(1).toLongLong();
        for (const Server::JournalSegment &s : Server::listSegments(journal.toStdString())) {
            if (s.thread != thread || s.segment < segment)
                continue;
            const qint64 start = s.segment == segment ? progress.value(2).toLongLong() : 0;
            QFile file(QString::fromStdString(s.path));
            if (file.size() < start + 200 || !file.open(QIODevice::ReadWrite))
                continue;
            // A byte inside that record's payload.
            QVERIFY(file.seek(start + 20));
            char c = 0;
            QVERIFY(file.getChar(&c));
            QVERIFY(file.seek(start + 20));
            QVERIFY(file.putChar(char(c ^ 0x5a)));
            damagedOne = true;
            break;
        }
    }
    QVERIFY2(damagedOne, "no click waited in the journal while the database was held");
    holder.close();

    port = startServer(server, args);   // replays the journal, skipping the damaged record
    QVERIFY(port);
    static const QRegularExpression skipped(u"skipped \\d+ damaged bytes / (\\d+) records"_s);
    qint64 damaged = 0;
    for (auto it = skipped.globalMatch(QString::fromUtf8(m_startOutput)); it.hasNext();)
        damaged += it.next().captured(1).toLongLong();
    QCOMPARE(damaged, 1);
    startLoad(port);
    QTest::qWait(800);
    endLoad();
    const qint64 lostThird = lostSoFar(port);
    QVERIFY(lostThird >= 0);
    lost += lostThird;
    server.terminate();
    QVERIFY(server.waitForFinished(15000));
    output += server.readAll();

    const qint64 stored = storedClicks(m_db);
    qInfo("fault injection: %lld redirects answered; %lld clicks stored + %lld reported lost + %lld damaged record "
          "skipped = %lld",
          qlonglong(answered), stored, lost, damaged, stored + lost + damaged);
    QVERIFY2(lost > 0, "the full disk lost no click: it was not full");
    QCOMPARE(stored + lost + damaged, qlonglong(answered));
}

void TestDurability::copiedDatabaseLosesNoClick()
{
    QVERIFY(!runAndRedirect(25, u"original"_s).isEmpty());
    QVERIFY(!runAndRedirect(0, u"none"_s).isEmpty());
    QCOMPARE(storedClicks(m_db), 25);

    // A copy in another directory (a backup restored on another machine), with no journal.
    QTemporaryDir elsewhere;
    const QString copy = elsewhere.filePath(u"restored.sqlite"_s);
    QVERIFY(QFile::copy(m_db, copy));
    const QByteArray output = runAndRedirect(20, u"copy"_s, {}, copy);
    QVERIFY(!output.isEmpty());
    QCOMPARE(storedClicks(copy), 25 + 20);
    QVERIFY2(output.contains("has no journal identity"), output.constData());
    QCOMPARE(storedClicks(copy, u"referrer LIKE 'http://copy.test/%'"_s), 20);

    // The original and its journal still belong together.
    const QByteArray original = runAndRedirect(5, u"later"_s);
    QVERIFY(!original.isEmpty());
    QVERIFY2(!original.contains("WARNING"), original.constData());
    QCOMPARE(storedClicks(m_db), 25 + 5);
}

void TestDurability::foreignJournalIsSetAsideNotReadNorDeleted()
{
    // A second database pointed at the first one's journal, while that journal still holds
    // clicks the first has not stored (a kill -9 leaves them there).
    const QString journal = m_db + u".journal"_s;
    {
        QProcess server;
        const std::uint16_t port = startServer(server);
        QVERIFY(port);
        for (int n = 0; n < 12; ++n) {
            HttpConnection c(port);
            QCOMPARE(
                c.request("GET /l1 HTTP/1.1\r\nHost: localhost:8080\r\nUser-Agent: Mozilla/5.0\r\n\r\n", 2000).status,
                302);
        }
        server.kill();
        server.waitForFinished(5000);
    }
    QTemporaryDir elsewhere;
    const QString second = elsewhere.filePath(u"second.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(second).ok());
    }
    const QByteArray output = runAndRedirect(0, u"none"_s, {u"--journal-dir"_s, journal}, second);
    QVERIFY(!output.isEmpty());
    QCOMPARE(storedClicks(second), 0);
    QVERIFY2(output.contains("belongs to another database") && output.contains("set aside"), output.constData());
    QStringList setAside = QDir(journal).entryList({u"set-aside-*"_s}, QDir::Dirs);
    QCOMPARE(setAside.size(), 1);
    QVERIFY(!QDir(journal + u'/' + setAside.first()).entryList({u"clicks-*.journal"_s}, QDir::Files).isEmpty());
}

QByteArray TestDurability::runExpectingRefusal(const QStringList &arguments, int *code)
{
    QProcess second;
    second.setProcessChannelMode(QProcess::MergedChannels);
    killWithTheTest(second);
    second.start(QStringLiteral(LINKDECK_SERVER_PATH), arguments);
    *code = -1;
    if (!second.waitForFinished(10000)) {
        second.kill();   // it runs: exactly what must not happen
        second.waitForFinished(5000);
        return second.readAll() + "\n(still running after 10 s)";
    }
    *code = second.exitStatus() == QProcess::NormalExit ? second.exitCode() : -1;
    return second.readAll();
}

int TestDurability::redirectsAnswered(std::uint16_t port, int count)
{
    int answered = 0;
    for (int n = 0; n < count; ++n) {
        HttpConnection c(port);   // a new connection each time: the kernel spreads them over every listener
        const auto r = c.request("GET /l3 HTTP/1.1\r\nHost: localhost:8080\r\nUser-Agent: Mozilla/5.0\r\n\r\n", 2000);
        answered += r.status == 302 && r.header("location") == "https://example.com/3" ? 1 : 0;
    }
    return answered;
}

void TestDurability::damagedIndexFailsHealthWhileRedirectsGoOn()
{
    // Damage that no query at start reads (an index of the links table): the server starts,
    // its background check finds it, says it in the log, and /rest/health fails with it.
    QCOMPARE(Linkdeck::Test::damageFirstPage(m_db, u"links_destination"_s), QString());
    QProcess server;
    const std::uint16_t port = startServer(server);
    QVERIFY(port);
    HttpConnection c(port);
    QCOMPARE(c.request("GET /l1 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n", 5000).status, 302);
    QJsonObject body;
    QTRY_VERIFY_WITH_TIMEOUT(
        (body = health(port).second, body.value(u"database"_s).toObject().value(u"status"_s) == u"fail"_s), 10000);
    QCOMPARE(health(port).first, 503);
    QVERIFY(body.value(u"database"_s).toObject().value(u"output"_s).toString().contains(u"is damaged"_s));
    QCOMPARE(body.value(u"status"_s).toString(), u"fail"_s);
    QByteArray log = m_startOutput;
    QTRY_VERIFY_WITH_TIMEOUT((log += server.readAll()).contains("ERROR: The link database"), 5000);

    // An undamaged database passes the same check.
    QProcess fine;
    QTemporaryDir other;
    const QString db = other.filePath(u"fine.sqlite"_s);
    {
        Database d;
        QVERIFY(d.open(db).ok());
    }
    const std::uint16_t finePort = startServer(fine, {}, db);
    QVERIFY(finePort);
    QTRY_VERIFY_WITH_TIMEOUT(health(finePort).first == 200, 5000);
    QCOMPARE(health(finePort).second.value(u"database"_s).toObject().value(u"status"_s).toString(), u"pass"_s);
}

void TestDurability::secondServerOnTheSameDatabaseIsRefused()
{
    QProcess first;
    const std::uint16_t port = startServer(first);
    QVERIFY(port);
    const QString pid = QString::number(first.processId());

    int code = 0;
    QByteArray output = runExpectingRefusal({u"--db"_s, m_db, u"--listen"_s, u"127.0.0.1:0"_s}, &code);
    qInfo("second server on the same database: exit %d: %s", code, output.trimmed().constData());
    QCOMPARE(code, int(ServerExit::AlreadyRunning));   // what the app reads
    QVERIFY2(output.contains(QByteArray("another linkdeck-server (PID " + pid.toUtf8() + ") uses the database")),
             output.constData());

    // Another database given the first one's journal directory.
    QTemporaryDir elsewhere;
    output = runExpectingRefusal({u"--db"_s, elsewhere.filePath(u"other.sqlite"_s), u"--listen"_s, u"127.0.0.1:0"_s,
                                  u"--journal-dir"_s, m_db + u".journal"_s},
                                 &code);
    qInfo("second server on the same journal: exit %d: %s", code, output.trimmed().constData());
    QCOMPARE(code, int(ServerExit::AlreadyRunning));
    QVERIFY2(output.contains(QByteArray("another linkdeck-server (PID " + pid.toUtf8() + ") uses the click journal")),
             output.constData());

    // The first one serves on, and stores every click.
    QCOMPARE(redirectsAnswered(port, 20), 20);
    first.terminate();
    QVERIFY(first.waitForFinished(15000));
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(storedClicks(m_db), 20);

    // Once it is gone, a server starts on the database again.
    QVERIFY(!runAndRedirect(1, u"after"_s).isEmpty());
}

void TestDurability::busyPortIsRefused()
{
    QProcess first;
    const std::uint16_t port = startServer(first);
    QVERIFY(port);

    // A server of another database on the same port (SO_REUSEPORT would let it share the port).
    QTemporaryDir elsewhere;
    int code = 0;
    const QByteArray output = runExpectingRefusal(
        {u"--db"_s, elsewhere.filePath(u"other.sqlite"_s), u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)}, &code);
    qInfo("second server on port %u: exit %d: %s", unsigned(port), code, output.trimmed().constData());
    QCOMPARE(code, int(ServerExit::PortInUse));   // what the app reads; strerror() follows the locale
    QVERIFY2(output.contains("another program"), output.constData());

    // Every visitor still reaches the first server, which has the links.
    QCOMPARE(redirectsAnswered(port, 40), 40);
    first.terminate();
    QVERIFY(first.waitForFinished(15000));
    QCOMPARE(first.exitCode(), 0);
}

void TestDurability::undeletableJournalFileDoesNotStopTheServer()
{
    QVERIFY(!runAndRedirect(10, u"before"_s).isEmpty());
    const QString journal = m_db + u".journal"_s;
    const QStringList files = QDir(journal).entryList({u"clicks-*.journal"_s}, QDir::Files);
    QVERIFY(!files.isEmpty());
    // chmod does not stop root; the immutable attribute does (and stops unlink).
    QStringList paths;
    for (const QString &f : files)
        paths << journal + u'/' + f;
    auto chattr = [&](const char *flag) {
        return QProcess::execute(u"chattr"_s, QStringList{QString::fromLatin1(flag)} + paths);
    };
    if (chattr("+i") != 0)
        QSKIP("chattr +i is not available on this file system");
    const auto mutableAgain = qScopeGuard([&] {
        if (std::any_of(paths.begin(), paths.end(), [](const QString &p) { return QFile::exists(p); }))
            chattr("-i");
    });
    for (const QString &p : paths)
        QVERIFY2(!QFile::remove(p) && QFile::exists(p), "the immutable file could be removed");

    // A new run starts new journal files, so the ingestor deletes the old ones, and cannot.
    QProcess server;
    const std::uint16_t port = startServer(server);
    QVERIFY(port);
    QCOMPARE(redirectsAnswered(port, 5), 5);
    QTest::qWait(2500);   // the writer's idle turns (1 s) try the deletion
    QCOMPARE(server.state(), QProcess::Running);
    QCOMPARE(redirectsAnswered(port, 5), 5);
    QTest::qWait(1500);
    QCOMPARE(server.state(), QProcess::Running);

    // Once the files can go, they go, on a later turn.
    QCOMPARE(chattr("-i"), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(paths.first()), 5000);
    server.terminate();
    QVERIFY(server.waitForFinished(15000));
    const QByteArray output = m_startOutput + server.readAll();
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    QVERIFY2(output.contains("cannot delete the journal file"), output.constData());
    QCOMPARE(storedClicks(m_db), 10 + 10);
    for (const QString &p : paths)
        QVERIFY(!QFile::exists(p));
}

void TestDurability::unwritableJournalDirectoryIsRefused()
{
    // A file where the journal directory should be.
    const QString file = m_dir->filePath(u"not-a-directory"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    int code = 0;
    QByteArray output =
        runExpectingRefusal({u"--db"_s, m_db, u"--listen"_s, u"127.0.0.1:0"_s, u"--journal-dir"_s, file}, &code);
    qInfo("journal directory is a file: exit %d: %s", code, output.trimmed().constData());
    QCOMPARE(code, int(ServerExit::Failed));
    QVERIFY2(output.contains(
                 QByteArray("cannot write the click journal in " + file.toUtf8() + " (it is a file, not a directory)")),
             output.constData());

    // A read-only mount (root writes through chmod, not through this), as the directory and as its parent.
    const QString readOnly = m_dir->filePath(u"read-only"_s);
    if (!mountTmpfs(readOnly, u"size=64k,ro"_s))
        QSKIP("cannot mount a tmpfs here");
    const auto unmounted = qScopeGuard([&] { unmount(readOnly); });
    for (const QString &journal : {readOnly, QString(readOnly + u"/journal"_s)}) {
        output =
            runExpectingRefusal({u"--db"_s, m_db, u"--listen"_s, u"127.0.0.1:0"_s, u"--journal-dir"_s, journal}, &code);
        qInfo("read-only journal directory: exit %d: %s", code, output.trimmed().constData());
        QCOMPARE(code, int(ServerExit::Failed));
        // strerror() speaks the locale's language, in the server as here.
        const QByteArray expected =
            "cannot write the click journal in " + journal.toUtf8() + " (" + std::strerror(EROFS) + ")";
        QVERIFY2(output.contains(expected), output.constData());
    }
    QCOMPARE(storedClicks(m_db), 0);
}

void TestDurability::fullDiskLosesOnlyCountedClicks()
{
    // The journal on a 64 KiB tmpfs of its own; the database stays on the ordinary disk.
    const QString disk = m_dir->filePath(u"small-disk"_s);
    if (!mountTmpfs(disk, u"size=64k"_s))
        QSKIP("cannot mount a tmpfs here");
    QProcess server;
    const auto cleanUp = qScopeGuard([&] {
        server.kill();
        server.waitForFinished(5000);
        unmount(disk);
    });
    const std::uint16_t port = startServer(server, {u"--journal-dir"_s, disk + u"/journal"_s});
    QVERIFY(port);

    int answered = 0, sent = 0;
    auto redirect = [&](int count) {
        for (int n = 0; n < count; ++n, ++sent) {
            HttpConnection c(port);   // new connections: both I/O threads get some
            const auto r = c.request("GET /l" + std::to_string(sent % 50)
                                         + " HTTP/1.1\r\nHost: localhost:8080\r\nReferer: "
                                           "http://full.test/"
                                         + std::to_string(sent) + "\r\nUser-Agent: Mozilla/5.0\r\n\r\n",
                                     2000);
            answered += r.status == 302 ? 1 : 0;
        }
    };
    // Fills what is left of the disk; returns the file that does it.
    int fillers = 0;
    auto fill = [&] {
        const QString path = disk + u"/filler-%1"_s.arg(++fillers);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return path;
        const QByteArray block(512, 'f');
        while (f.write(block) == block.size()) {}
        return path;
    };
    auto lost = [&] { return health(port).second.value(u"journal"_s).toObject().value(u"lostClicks"_s).toInteger(-1); };

    redirect(20);
    QCOMPARE(answered, 20);
    auto [status, body] = health(port);
    QCOMPARE(status, 200);
    QCOMPARE(lost(), 0);

    // The disk fills up (with something else): visitors are still redirected, and health fails
    // with the clicks that could not be written.
    const QStringList filesBefore = QDir(disk + u"/journal"_s).entryList({u"clicks-*.journal"_s}, QDir::Files);
    QVERIFY(!filesBefore.isEmpty());
    const QString filler = fill();
    redirect(60);
    QCOMPARE(answered, 80);
    std::tie(status, body) = health(port);
    qInfo("health with a full disk: %d %s", status, QJsonDocument(body).toJson(QJsonDocument::Compact).constData());
    QCOMPARE(status, 503);
    QCOMPARE(body.value(u"status"_s).toString(), u"fail"_s);
    const QJsonObject journal = body.value(u"journal"_s).toObject();
    QCOMPARE(journal.value(u"status"_s).toString(), u"fail"_s);
    QVERIFY2(journal.value(u"lostClicks"_s).toInteger() > 0, "no lost click counted");
    QVERIFY2(journal.value(u"output"_s).toString().contains(QString::fromLocal8Bit(std::strerror(ENOSPC))),
             qPrintable(journal.value(u"output"_s).toString()));

    // The server frees the disk itself: the journal files whose clicks are stored are deleted
    // (also the one being written when the disk filled up), so clicks are written again while
    // the filler stays. Some more may be lost until then; every one is counted.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000 && health(port).first != 200) {
        redirect(2);
        QTest::qWait(100);
    }
    QCOMPARE(health(port).first, 200);
    QVERIFY(QFile::exists(filler));
    // The files being written when the disk filled go too, once the writer has stored them
    // (each journal's share of a pass at a time, so possibly a pass after writing resumed).
    for (const QString &f : filesBefore)
        QTRY_VERIFY2_WITH_TIMEOUT(!QFile::exists(disk + u"/journal/"_s + f), qPrintable(f), 5000);
    const qint64 lostThen = lost();
    redirect(10);
    QCOMPARE(lost(), lostThen);   // journaled again
    QCOMPARE(answered, sent);

    // Once more on a disk filled to the last byte (more clicks than the journal files' last
    // pages still hold), then freed: the same.
    const QString again = fill();
    redirect(100);
    QVERIFY(QFile::remove(again) && QFile::remove(filler));
    redirect(20);
    QCOMPARE(answered, sent);
    const qint64 reportedLost = lost();
    QVERIFY(reportedLost > lostThen);

    server.terminate();
    QVERIFY(server.waitForFinished(15000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    const QByteArray output = m_startOutput + server.readAll();
    QVERIFY2(output.contains("cannot write the click journal"), output.constData());
    QVERIFY2(output.contains(
                 QByteArray(", " + QByteArray::number(reportedLost) + " lost while the journal could not be written")),
             output.constData());
    const qint64 stored = storedClicks(m_db, u"referrer LIKE 'http://full.test/%'"_s);
    qInfo("full disk: %d redirects answered; %lld clicks stored + %lld clicks reported lost = %lld", answered, stored,
          reportedLost, stored + reportedLost);
    QCOMPARE(stored + reportedLost, qint64(answered));
    QCOMPARE(storedClicks(m_db, u"referrer IN (SELECT referrer FROM clicks GROUP BY referrer HAVING count(*) > 1)"_s),
             0);   // none twice
}

void TestDurability::acceptFailuresBackOff_data()
{
    QTest::addColumn<int>("error");
    QTest::addRow("ENFILE") << ENFILE;
    QTest::addRow("EMFILE") << EMFILE;
    QTest::addRow("ENOBUFS") << ENOBUFS;
    QTest::addRow("ENOMEM") << ENOMEM;
}

// accept(2) failing for want of resources (descriptors of the process or the system, kernel
// memory) while a connection waits: the server tries again after a pause, it does not spin
// on the ready listening socket. A seccomp filter makes every accept of the server fail so.
void TestDurability::acceptFailuresBackOff()
{
#if defined(__x86_64__)
    constexpr unsigned arch = AUDIT_ARCH_X86_64;
#elif defined(__aarch64__)
    constexpr unsigned arch = AUDIT_ARCH_AARCH64;
#else
    QSKIP("the seccomp filter of this test knows x86-64 and AArch64 only");
    constexpr unsigned arch = 0;
#endif
    QFETCH(int, error);
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.setChildProcessModifier([error, arch] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        sock_filter filter[] = {
            BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, arch)),
            BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, arch, 1, 0),
            BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
            BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr)),
#ifdef __NR_accept
            BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_accept, 1, 0),
#else
            BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_accept4, 1, 0),
#endif
            BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_accept4, 0, 1),
            BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (unsigned(error) & SECCOMP_RET_DATA)),
            BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        };
        sock_fprog program{static_cast<unsigned short>(std::size(filter)), filter};
        ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
        ::prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program);
    });
    server.start(QStringLiteral(LINKDECK_SERVER_PATH),
                 QStringList{u"--db"_s, m_db, u"--listen"_s, u"127.0.0.1:0"_s, u"--threads"_s, u"2"_s});
    QVERIFY(server.waitForStarted(5000));
    const auto stop = qScopeGuard([&] {
        server.kill();
        server.waitForFinished(5000);
    });
    // The server's machine-readable ready line (its other lines are for people).
    static const QRegularExpression listening(u"\\{[^\\n]*\"event\":\"ready\"[^\\n]*\"port\":(\\d+)"_s);
    QByteArray output;
    std::uint16_t port = 0;
    QElapsedTimer started;
    started.start();
    while (!port && started.elapsed() < 10000 && server.state() == QProcess::Running) {
        server.waitForReadyRead(200);
        output += server.readAll();
        if (const auto m = listening.match(QString::fromUtf8(output)); m.hasMatch())
            port = std::uint16_t(m.captured(1).toUInt());
    }
    QVERIFY2(port, output.constData());

    // CPU time the server has used, in seconds (utime and stime of /proc/PID/stat).
    const auto cpuSeconds = [&server] {
        QFile stat(u"/proc/%1/stat"_s.arg(server.processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return -1.0;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return -1.0;
        return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(::sysconf(_SC_CLK_TCK));
    };
    // A connection waits in the listen queue; the filter fails every accept of it.
    HttpConnection waiting(port);
    QVERIFY(waiting.isOpen());
    QVERIFY(waiting.send("GET /l1 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n"));
    if (waiting.read(300).status != 0)
        QSKIP("this system does not let the test install a seccomp filter (the connection was accepted)");
    const double before = cpuSeconds();
    QTest::qWait(1500);
    const double used = cpuSeconds() - before;
    QVERIFY(before >= 0);
    qInfo("accept failing with %s: %.2f s of CPU in 1.5 s", strerrorname_np(error), used);
    QVERIFY2(used < 0.3, qPrintable(u"the server spun on accept: %1 s of CPU in 1.5 s"_s.arg(used)));
    QCOMPARE(server.state(), QProcess::Running);
}

void TestDurability::configFileErrorNamesTheLineNotTheText()
{
    const QString config = m_dir->filePath(u"server.env"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# linkdeck-server settings\nDEFAULT_DOMAIN=go.example\n\nINITIAL_API_KEY secret-4f9a2c\n");
    file.close();
    int code = 0;
    const QByteArray output = runExpectingRefusal(
        QStringList{u"--db"_s, m_db, u"--listen"_s, u"127.0.0.1:0"_s, u"--config"_s, config}, &code);
    QVERIFY2(code != 0, output.constData());
    QVERIFY2(!output.contains("secret-4f9a2c"), output.constData());
    QVERIFY2(output.contains("line 4"), output.constData());
    QVERIFY2(output.contains("KEY=VALUE"), output.constData());
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
