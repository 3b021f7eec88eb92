// PgIngestor (issue 14): an instance's click journal moved into PostgreSQL exactly once,
// across restarts, and through an outage of the database: while PostgreSQL cannot be reached
// the clicks wait in the journal, the ingestor says so, and the backlog drains when it is back.
//
// The server: LINKDECK_TEST_PG, or a throwaway cluster of the test's own off CI
// (support/pgtestserver.h). The outage is a TCP proxy in front of it that the test cuts.
#include "server/clickrecord.h"
#include "server/journal.h"
#include "server/pg/pgconnection.h"
#include "server/pg/pgingestor.h"
#include "server/pg/pgschema.h"
#include "support/pgtestserver.h"

#include <QLocalSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

#include <filesystem>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server;
using namespace Linkdeck::Server::Pg;
using Linkdeck::Test::pgMigrated;
using Linkdeck::Test::pgScalar;
using Linkdeck::Test::PgTestDatabase;

namespace {

constexpr std::int64_t Time0 = 1'800'000'000'000;   // a fixed time: the test never reads the clock

PgConnection migrated(const PgTestDatabase &db)
{
    PgConnection c = pgMigrated(db.conninfo());
    const auto r = c.exec(u"INSERT INTO links(id, account_id, domain, slug, short_url, destination, created_at, "
                          u"updated_at) VALUES (1, 1, 'go.test', 'spring', 'https://go.test/spring', "
                          u"'https://e.example/', 0, 0)"_s);
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
    return c;
}

// Clicks numbered from `first`: each its own time, so that a click stored twice shows.
std::string records(int first, int n)
{
    std::string out;
    for (int i = first; i < first + n; ++i) {
        ClickRecord r;
        r.timeMs = Time0 + i;
        r.linkId = 1;
        r.domain = "go.test";
        r.path = "spring";
        r.userAgent = "Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0";
        r.ip = "192.0.2.0";
        r.redirectUrl = "https://e.example/";
        ClickCodec::append(out, r);
    }
    return out;
}

// Appends n clicks to I/O thread `thread`'s journal as the server would (segments of 4 KiB:
// many of them).
void journal(const QString &dir, int thread, int first, int n)
{
    JournalAppender appender(dir.toStdString(), thread, 4096);
    const std::string bytes = records(first, n);
    // In pieces of about one record, as I/O threads write them.
    const std::size_t piece = bytes.size() / std::size_t(n);
    for (std::size_t at = 0; at < bytes.size(); at += piece)
        QVERIFY(appender.append(bytes.substr(at, piece)));
}

// A TCP proxy in front of the test's PostgreSQL, on a thread of its own (the ingestor's
// libpq calls block their thread): cut() refuses and drops every connection, restore() takes
// them again on the same port.
class Proxy : public QObject
{
public:
    explicit Proxy(const PgTestDatabase &db)
    {
        PgConnection conn = std::move(PgConnection::open(db.conninfo())).value();
        const QString host = QString::fromUtf8(PQhost(conn.handle()));
        const QString port = QString::fromUtf8(PQport(conn.handle()));
        m_user = QString::fromUtf8(PQuser(conn.handle()));
        m_database = db.name();
        m_socketPath = host.startsWith(u'/') ? host + u"/.s.PGSQL."_s + port : QString();
        m_host = host;
        m_port = port.toUShort();
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            this, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~Proxy() override
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                cutNow();
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QString conninfo() const
    {
        return u"host=127.0.0.1 port=%1 user=%2 dbname=%3 connect_timeout=2"_s.arg(m_listenPort)
            .arg(m_user, m_database);
    }
    void cut()
    {
        QMetaObject::invokeMethod(
            this, [this] { cutNow(); }, Qt::BlockingQueuedConnection);
    }
    void restore()
    {
        QMetaObject::invokeMethod(
            this, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }

private:
    void listen()
    {
        if (!m_server) {
            m_server = new QTcpServer;
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] { accept(); });
        }
        m_server->listen(QHostAddress::LocalHost, m_listenPort);
        m_listenPort = m_server->serverPort();
    }
    void cutNow()
    {
        if (m_server)
            m_server->close();
        for (QIODevice *d : std::as_const(m_open)) {
            if (auto *tcp = qobject_cast<QTcpSocket *>(d))
                tcp->abort();
            else if (auto *local = qobject_cast<QLocalSocket *>(d))
                local->abort();
            d->deleteLater();
        }
        m_open.clear();
    }
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            QIODevice *upstream = nullptr;
            if (!m_socketPath.isEmpty()) {
                auto *local = new QLocalSocket;
                local->connectToServer(m_socketPath);
                local->waitForConnected(2000);
                upstream = local;
            } else {
                auto *tcp = new QTcpSocket;
                tcp->connectToHost(m_host, m_port);
                tcp->waitForConnected(2000);
                upstream = tcp;
            }
            m_open << client << upstream;
            QObject::connect(client, &QIODevice::readyRead, upstream,
                             [client, upstream] { upstream->write(client->readAll()); });
            QObject::connect(upstream, &QIODevice::readyRead, client,
                             [client, upstream] { client->write(upstream->readAll()); });
        }
    }

    QThread m_thread;
    QTcpServer *m_server = nullptr;
    QList<QIODevice *> m_open;
    QString m_socketPath, m_host, m_user, m_database;
    quint16 m_port = 0;
    quint16 m_listenPort = 0;
};

PgIngestor::Options optionsFor(const QString &conninfo, const QString &journalDir)
{
    PgIngestor::Options o;
    o.conninfo = conninfo;
    o.journalDir = journalDir.toStdString();
    o.idleMillis = 20;
    o.maxBatch = 250;   // several batches per journal
    return o;
}

}   // namespace

class TestPgIngest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto &server = Linkdeck::Test::PgTestServer::instance();
        QVERIFY2(server.ok(), qPrintable(server.error()));
    }

    // What two I/O threads journaled before the start is stored by start() itself, each
    // journal under its own name; what comes while it runs follows; a second run over the same
    // journal stores only what is new; stored segments are removed.
    void storesEveryClickOnceAcrossRestarts()
    {
        OPEN_DB(db, "ld_ingest_once");
        PgConnection conn = migrated(db);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        journal(dir.path(), 0, 0, 700);
        journal(dir.path(), 1, 10'000, 400);
        std::string identity;
        {
            PgIngestor ingestor(optionsFor(db.conninfo(), dir.path()));
            const auto started = ingestor.start();
            QVERIFY2(started, started ? "" : qPrintable(started.error().message));
            QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM clicks"_s), 1100);
            QCOMPARE(ingestor.ingested(), 1100u);
            identity = ingestor.journalName(0).substr(0, ingestor.journalName(0).size() - 3);
            QCOMPARE(identity, readJournalIdentity(dir.path().toStdString()));
            QCOMPARE(pgScalar(conn,
                              u"SELECT count(*) FROM journal_progress WHERE journal LIKE '%1/t_'"_s.arg(
                                  QString::fromStdString(identity))),
                     2);

            journal(dir.path(), 0, 700, 300);   // while it runs
            QTRY_COMPARE_WITH_TIMEOUT(pgScalar(conn, u"SELECT count(*) FROM clicks"_s), 1400, 10000);
            ingestor.stop();
        }
        // Every click once: 1,400 distinct times, the link's counts as many.
        QCOMPARE(pgScalar(conn, u"SELECT count(DISTINCT ts) FROM clicks"_s), 1400);
        QCOMPARE(pgScalar(conn, u"SELECT sum(clicks) FROM click_hours WHERE link_id = 1"_s), 1400);
        QCOMPARE(pgScalar(conn, u"SELECT sum(clicks) FROM link_click_deltas WHERE link_id = 1"_s), 1400);
        // Only the segments being written are left (one per journal, and the files' own).
        std::size_t segments = 0;
        for (const JournalSegment &s : listSegments(dir.path().toStdString())) {
            Q_UNUSED(s);
            ++segments;
        }
        QVERIFY2(segments <= 2, qPrintable(u"%1 segments left"_s.arg(segments)));

        journal(dir.path(), 1, 20'000, 50);
        PgIngestor again(optionsFor(db.conninfo(), dir.path()));
        QVERIFY(again.start());
        QCOMPARE(again.journalName(1), identity + "/t1");
        QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM clicks"_s), 1450);
        QCOMPARE(again.ingested(), 50u);
        QCOMPARE(pgScalar(conn, u"SELECT count(DISTINCT ts) FROM clicks"_s), 1450);
    }

    // PostgreSQL goes away while clicks come: nothing is stored meanwhile and nothing lost; the
    // ingestor says the database is unreachable and how long clicks wait; once it is back the
    // backlog goes in, each click once.
    void outageKeepsClicksInTheJournal()
    {
        OPEN_DB(db, "ld_ingest_outage");
        PgConnection conn = migrated(db);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Proxy proxy(db);
        PgIngestor ingestor(optionsFor(proxy.conninfo(), dir.path()));
        const auto started = ingestor.start();
        QVERIFY2(started, started ? "" : qPrintable(started.error().message));
        QVERIFY(ingestor.databaseReachable());
        journal(dir.path(), 0, 0, 300);
        QTRY_COMPARE_WITH_TIMEOUT(pgScalar(conn, u"SELECT count(*) FROM clicks"_s), 300, 10000);

        proxy.cut();
        journal(dir.path(), 0, 300, 500);
        journal(dir.path(), 1, 5'000, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!ingestor.databaseReachable(), 10000);
        QTest::qWait(1200);
        QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM clicks"_s), 300);   // none while it is away
        QVERIFY(!ingestor.lastError().empty());
        QVERIFY2(ingestor.lagMillis() >= 1000, qPrintable(QString::number(ingestor.lagMillis())));
        QCOMPARE(ingestor.ingested(), 300u);

        proxy.restore();
        QTRY_COMPARE_WITH_TIMEOUT(pgScalar(conn, u"SELECT count(*) FROM clicks"_s), 1000, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(ingestor.databaseReachable(), 5000);
        QVERIFY(ingestor.lastError().empty());
        QTRY_VERIFY_WITH_TIMEOUT(ingestor.lagMillis() < 1000, 5000);
        ingestor.stop();
        QCOMPARE(ingestor.ingested(), 1000u);
        QCOMPARE(pgScalar(conn, u"SELECT count(DISTINCT ts) FROM clicks"_s), 1000);
        QCOMPARE(pgScalar(conn, u"SELECT sum(clicks) FROM click_hours WHERE link_id = 1"_s), 1000);
    }

    // A journal directory whose identity file cannot be read is refused with a sentence rather
    // than read under new names (which would store its clicks again).
    void unreadableIdentityIsRefused()
    {
        OPEN_DB(db, "ld_ingest_identity");
        migrated(db);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::filesystem::create_directory(journalIdentityPath(dir.path().toStdString()));   // a directory in its place
        PgIngestor ingestor(optionsFor(db.conninfo(), dir.path()));
        const auto started = ingestor.start();
        QVERIFY(!started);
        QVERIFY2(started.error().message.contains(u"journal identity"_s), qPrintable(started.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPgIngest)
#include "tst_pgingest.moc"
