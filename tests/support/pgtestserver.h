#pragma once

#include <QString>
#include <QTemporaryDir>

#include <QVariantList>

#include <memory>

namespace Linkdeck::Server::Pg {
class PgConnection;
}

namespace Linkdeck::Test {

// A throwaway PostgreSQL 15 cluster of the caller's own (initdb, as the postgres user when run
// as root), on a Unix socket in a temporary folder: for tests that stop and restart the server
// under the server's clients (tst_teamserver), and for PgTestServer off CI. Stopped (immediate)
// when it goes.
class PgCluster
{
public:
    PgCluster() = default;
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    bool start(int port);
    bool stop(const QString &mode = QStringLiteral("fast"));      // pg_ctl stop -m mode
    bool restart(const QString &mode = QStringLiteral("fast"));   // pg_ctl restart -m mode
    bool startAgain();                                            // after stop()
    QString error() const { return m_error; }
    QString conninfo() const;                     // of the postgres database
    QString url(const QString &database) const;   // postgresql://postgres@/DB?host=...&port=...
    QString socketPath() const;                   // the Unix socket, ".../.s.PGSQL.PORT"

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    QString m_error;
    int m_port = 0;
};

// The PostgreSQL server the tests that need one use (issue 14).
//
// Where it comes from, in this order:
//  1. LINKDECK_TEST_PG, a libpq conninfo ("host=/tmp/linkdeck-pg.X port=54329 user=postgres
//     dbname=postgres"). `bash .ci/linkdeck test` starts a throwaway cluster and sets it.
//  2. Unset under CI (CI=true): the test FAILS, saying so. It never skips.
//  3. Unset on a developer's machine: an explicit convenience. The test starts a throwaway
//     cluster of its own with PostgreSQL 15's initdb (as the postgres user when run as root),
//     on a Unix socket in a temporary folder, and stops it when the test ends (about 2 s).
//     Without initdb it fails, saying how to get a server.
//
// Each test then works in a database of its own (PgTestDatabase), so the tests run in any
// order and at the same time.
class PgTestServer
{
public:
    static PgTestServer &instance();
    ~PgTestServer();

    bool ok() const { return !m_conninfo.isEmpty(); }
    QString error() const { return m_error; }
    QString conninfo() const { return m_conninfo; }   // of its maintenance database
    // The conninfo for another database on the same server.
    QString conninfoFor(const QString &database) const;

private:
    PgTestServer();
    void startOwnCluster();
    QString m_conninfo;
    QString m_error;
    std::unique_ptr<PgCluster> m_cluster;   // the own cluster, if any
};

// CREATE DATABASE name (dropped first if a crashed run left it), DROP DATABASE when it goes.
class PgTestDatabase
{
public:
    explicit PgTestDatabase(const QString &name);
    ~PgTestDatabase();
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    QString conninfo() const;

private:
    QString m_name;
    QString m_error;
};

// The first column of the first row of sql (a count, a sum); a statement that fails ends the
// test program with the statement and PostgreSQL's reason.
qint64 pgScalar(Server::Pg::PgConnection &conn, const QString &sql, const QVariantList &params = {});
// A connection to conninfo's database with linkdeck-server's schema migrated; a failure ends the
// test program with PostgreSQL's reason.
Server::Pg::PgConnection pgMigrated(const QString &conninfo);

}   // namespace Linkdeck::Test

// A database of the test function's own (PgTestDatabase `var`), or the function fails here.
#define OPEN_DB(var, name) \
    Linkdeck::Test::PgTestDatabase var(QStringLiteral(name)); \
    QVERIFY2(var.ok(), qPrintable(var.error()))
