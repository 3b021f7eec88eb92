#include "support/pgtestserver.h"

#include "server/pg/pgconnection.h"
#include "server/pg/pgschema.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUrl>
#include <QUrlQuery>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Linkdeck::Server::Pg::PgConnection;

namespace Linkdeck::Test {
namespace {

const QString pgBin = u"/usr/lib/postgresql/15/bin"_s;

// Runs a PostgreSQL program as the postgres user when we are root (initdb refuses root), in
// real time: the suite also runs under libfaketime, which PostgreSQL need not put up with.
bool runPg(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name == u"LD_PRELOAD"_s || name.startsWith(u"FAKETIME"_s))
            environment.remove(name);
    }
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (geteuid() == 0) {
        process.setProgram(u"runuser"_s);
        process.setArguments(QStringList{u"-u"_s, u"postgres"_s, u"--"_s, pgBin + u'/' + program} + arguments);
    } else {
        process.setProgram(pgBin + u'/' + program);
        process.setArguments(arguments);
    }
    process.start();
    // Longer than pg_ctl's own -t, so that pg_ctl says why it gave up.
    const bool finished = process.waitForFinished(90000);
    *output = QString::fromLocal8Bit(process.readAll());
    if (!finished)
        *output += u"(%1 still running after 90 s)"_s.arg(program);
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

}   // namespace

PgTestServer &PgTestServer::instance()
{
    static PgTestServer server;
    return server;
}

PgTestServer::PgTestServer()
{
    m_conninfo = qEnvironmentVariable("LINKDECK_TEST_PG");
    if (!m_conninfo.isEmpty())
        return;
    if (qEnvironmentVariable("CI") == u"true") {
        m_error = u"LINKDECK_TEST_PG is not set: under CI, `bash .ci/linkdeck test` starts a throwaway PostgreSQL "
                  u"and sets it; this run did not"_s;
        return;
    }
    startOwnCluster();
}

void PgTestServer::startOwnCluster()
{
    m_cluster = std::make_unique<PgCluster>();
    if (!m_cluster->start(54329)) {
        m_error = m_cluster->error();
        return;
    }
    m_conninfo = m_cluster->conninfo();
}

PgCluster::~PgCluster()
{
    stop(u"immediate"_s);
}

bool PgCluster::start(int port)
{
    if (!QFileInfo::exists(pgBin + u"/initdb"_s)) {
        m_error = u"LINKDECK_TEST_PG is not set and there is no %1/initdb to start a throwaway PostgreSQL: install "
                  u"postgresql-15 (bash .ci/linkdeck deps) or set LINKDECK_TEST_PG to a server's conninfo"_s.arg(pgBin);
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(u"/tmp/linkdeck-test-pg.XXXXXX"_s);
    if (!m_dir->isValid()) {
        m_error = u"cannot create a folder for a throwaway PostgreSQL: "_s + m_dir->errorString();
        return false;
    }
    const QString dir = m_dir->path();
    if (geteuid() == 0) {
        const passwd *pw = getpwnam("postgres");
        if (!pw || chown(QFile::encodeName(dir).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            m_error = u"running as root, and cannot hand %1 to the postgres user for a throwaway PostgreSQL"_s.arg(dir);
            return false;
        }
    }
    m_port = port;
    QString output;
    if (!runPg(u"initdb"_s,
               {u"-D"_s, dir + u"/data"_s, u"-U"_s, u"postgres"_s, u"-A"_s, u"trust"_s, u"-E"_s, u"UTF8"_s,
                u"--locale=C.UTF-8"_s, u"--no-sync"_s},
               &output)) {
        m_error = u"initdb of a throwaway PostgreSQL failed: "_s + output;
        return false;
    }
    m_dataDir = dir + u"/data"_s;
    if (!startAgain()) {
        m_error = u"a throwaway PostgreSQL did not start: "_s + m_error;
        return false;
    }
    return true;
}

bool PgCluster::startAgain()
{
    const QString dir = m_dir->path();
    const QString options = u"-k %1 -p %2 -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                            u"-c full_page_writes=off"_s.arg(dir)
                                .arg(m_port);
    QString output;
    const bool ok = runPg(
        u"pg_ctl"_s,
        {u"-D"_s, m_dataDir, u"-l"_s, dir + u"/server.log"_s, u"-w"_s, u"-t"_s, u"30"_s, u"-o"_s, options, u"start"_s},
        &output);
    if (!ok)
        m_error = output;
    return ok;
}

bool PgCluster::stop(const QString &mode)
{
    if (m_dataDir.isEmpty())
        return false;
    QString output;
    const bool ok =
        runPg(u"pg_ctl"_s, {u"-D"_s, m_dataDir, u"-m"_s, mode, u"-w"_s, u"-t"_s, u"60"_s, u"stop"_s}, &output);
    if (!ok)
        m_error = output;
    return ok;
}

bool PgCluster::restart(const QString &mode)
{
    QString output;
    const QString options = u"-k %1 -p %2 -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                            u"-c full_page_writes=off"_s.arg(m_dir->path())
                                .arg(m_port);
    const bool ok = runPg(u"pg_ctl"_s,
                          {u"-D"_s, m_dataDir, u"-l"_s, m_dir->path() + u"/server.log"_s, u"-m"_s, mode, u"-w"_s,
                           u"-t"_s, u"30"_s, u"-o"_s, options, u"restart"_s},
                          &output);
    if (!ok)
        m_error = output;
    return ok;
}

QString PgCluster::conninfo() const
{
    return u"host=%1 port=%2 user=postgres dbname=postgres"_s.arg(m_dir ? m_dir->path() : QString()).arg(m_port);
}

QString PgCluster::socketPath() const
{
    return u"%1/.s.PGSQL.%2"_s.arg(m_dir ? m_dir->path() : QString()).arg(m_port);
}

QString PgCluster::url(const QString &database) const
{
    return u"postgresql://postgres@/%1?host=%2&port=%3"_s.arg(database, m_dir ? m_dir->path() : QString()).arg(m_port);
}

PgTestServer::~PgTestServer() = default;

QString PgTestServer::conninfoFor(const QString &database) const
{
    if (m_conninfo.startsWith(u"postgres"_s)) {   // a URL: the path is the database
        QUrl url(m_conninfo);
        url.setPath(u'/' + database);
        return url.toString();
    }
    return m_conninfo + u" dbname="_s + database;   // the last dbname wins
}

PgTestDatabase::PgTestDatabase(const QString &name)
    : m_name(u"%1_%2"_s.arg(name).arg(QCoreApplication::applicationPid()))
{
    PgTestServer &server = PgTestServer::instance();
    if (!server.ok()) {
        m_error = server.error();
        return;
    }
    auto opened = PgConnection::open(server.conninfo());
    if (!opened) {
        m_error = u"cannot reach the test PostgreSQL (%1): %2"_s.arg(server.conninfo(), opened.error().message);
        return;
    }
    PgConnection conn = std::move(opened).value();
    for (const QString &sql : {u"DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)"_s, u"CREATE DATABASE \"%1\""_s}) {
        if (const auto r = conn.exec(sql.arg(m_name)); !r) {
            m_error = r.error().message;
            return;
        }
    }
}

PgTestDatabase::~PgTestDatabase()
{
    PgTestServer &server = PgTestServer::instance();
    if (!server.ok())
        return;
    if (auto opened = PgConnection::open(server.conninfo())) {
        PgConnection conn = std::move(opened).value();
        conn.exec(u"DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)"_s.arg(m_name));
    }
}

QString PgTestDatabase::conninfo() const
{
    return PgTestServer::instance().conninfoFor(m_name);
}

PgConnection pgMigrated(const QString &conninfo)
{
    auto conn = Server::Pg::PgSchema::connect(conninfo);
    if (!conn)
        qFatal("%s", qPrintable(conn.error().message));
    return std::move(conn).value();
}

qint64 pgScalar(PgConnection &conn, const QString &sql, const QVariantList &params)
{
    const auto r = conn.exec(sql, params);
    if (!r)
        qFatal("%s: %s", qPrintable(sql), qPrintable(r.error().message));
    return r->toInt64(0, 0);
}

}   // namespace Linkdeck::Test
