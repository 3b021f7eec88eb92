// `linkdeck-server db:copy` (issue 14): a single-machine server's SQLite file, made by the real
// server (links and tags through the Shlink API, redirect rules, API keys, domain redirects, a
// password, a preview, a fallback, and a few thousand clicks through real redirects), moved
// into PostgreSQL: every table's count equal, every row of the small tables and a sample of the
// clicks equal, ids kept and the next one after them. A non-empty target is refused as it is; a
// bad address, an unreachable server or a missing file is a sentence, not a crash. The
// command itself, with --to and with Shlink's DB_* variables.
//
// The server: LINKDECK_TEST_PG, or a throwaway cluster of the test's own off CI
// (support/pgtestserver.h); each test function works in a database of its own.

#include "core/links/link.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "server/apikeys.h"
#include "server/commandline.h"
#include "server/linkserver.h"
#include "server/pg/dbcopy.h"
#include "server/pg/pgconnection.h"
#include "server/pg/pgschema.h"
#include "server/store/sqlitekeystore.h"
#include "support/httpclient.h"
#include "support/pgtestserver.h"
#include "support/serverconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server::Pg;
using Linkdeck::Test::HttpConnection;
using Linkdeck::Test::HttpResponse;
using Linkdeck::Test::PgTestDatabase;

namespace {

constexpr int LinkCount = 40;
constexpr int VisitCount = 3000;
constexpr int OrphanCount = 50;

PgConnection connectTo(const QString &conninfo)
{
    auto conn = PgConnection::open(conninfo);
    if (!conn)
        qFatal("cannot connect to %s: %s", qPrintable(conninfo), qPrintable(conn.error().message));
    return std::move(conn).value();
}

qint64 pgCount(PgConnection &conn, const QString &table)
{
    const auto r = conn.exec(u"SELECT count(*) FROM %1"_s.arg(table));
    return r ? r->toInt64(0, 0) : -1;
}

qint64 sqliteCount(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT count(*) FROM %1"_s.arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// The columns of a table, in SQLite's order.
QStringList columnsOf(Database &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db.connection());
    q.exec(u"SELECT name FROM pragma_table_info('%1') ORDER BY cid"_s.arg(table));
    while (q.next())
        columns << q.value(0).toString();
    return columns;
}

// Rows as text, the same way from both sides: NULL as "<null>", blobs as PostgreSQL's \x hex.
QStringList sqliteRows(Database &db, const QString &table, const QString &orderBy, const QString &where = {})
{
    const QStringList columns = columnsOf(db, table);
    QStringList quotedColumns;
    for (const QString &c : columns)
        quotedColumns << u'"' + c + u'"';
    QSqlQuery q(db.connection());
    const QString sql = u"SELECT %1 FROM %2 %3 ORDER BY %4"_s.arg(quotedColumns.join(u", "_s), table, where, orderBy);
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant v = q.value(i);
            if (v.isNull())
                fields << u"<null>"_s;
            else if (v.typeId() == QMetaType::QByteArray)
                fields << u"\\x"_s + QString::fromLatin1(v.toByteArray().toHex());
            else
                fields << v.toString();
        }
        rows << fields.join(u" | "_s);
    }
    return rows;
}

QStringList pgRows(PgConnection &conn, Database &db, const QString &table, const QString &orderBy,
                   const QString &where = {})
{
    QStringList quotedColumns;
    for (const QString &c : columnsOf(db, table))
        quotedColumns << u'"' + c + u'"';
    const auto r =
        conn.exec(u"SELECT %1 FROM %2 %3 ORDER BY %4"_s.arg(quotedColumns.join(u", "_s), table, where, orderBy));
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
    QStringList rows;
    for (int row = 0; row < r->rows(); ++row) {
        QStringList fields;
        for (int i = 0; i < r->columns(); ++i)
            fields << (r->isNull(row, i) ? u"<null>"_s : r->text(row, i));
        rows << fields.join(u" | "_s);
    }
    return rows;
}

}   // namespace

class TestDbCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void copiesEverythingAndTheCountsMatch();
    void refusesANonEmptyTarget();
    void badTargetsAreSentences();
    void missingSourceIsASentence();
    void targetFromShlinkVariables();
    void commandLine();
    void commandWithUrlAndWithShlinkVariables();

private:
    HttpResponse api(const std::string &method, const std::string &path, const std::string &body = {});
    QString m_source;   // the server's SQLite file, made once
    std::unique_ptr<QTemporaryDir> m_dir;
    std::uint16_t m_port = 0;
    qint64 m_clicksStored = 0;
};

HttpResponse TestDbCopy::api(const std::string &method, const std::string &path, const std::string &body)
{
    HttpConnection c(m_port);
    std::string raw = method + " " + path + " HTTP/1.1\r\nHost: localhost:8080\r\nX-Api-Key: test-key\r\n";
    if (!body.empty())
        raw += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
    return c.request(raw + "\r\n" + body);
}

// One server's file, the way a team's single machine has it after a while.
void TestDbCopy::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_source = m_dir->filePath(u"links.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(m_source));
        Server::SqliteKeyStore keys(db);
        QVERIFY(keys.add(Server::ApiKeys::generate(), u"reporting"_s));
        Server::ApiKeyScope scoped;
        scoped.domainOnly = u"go.example.com"_s;
        scoped.noOrphanVisits = true;
        QVERIFY(keys.add(Server::ApiKeys::generate(), u"partner"_s, scoped,
                         QDateTime(QDate(2031, 1, 1), QTime(0, 0), QTimeZone::utc())));
    }
    auto config = Test::serverConfigFor(m_source);
    auto server = std::make_unique<Server::LinkServer>(config);
    const auto started = server->start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    m_port = server->port();

    for (int i = 0; i < LinkCount; ++i) {
        QJsonObject body{{u"longUrl"_s, u"https://shop.example/item/%1?utm_campaign=spring"_s.arg(i)},
                         {u"customSlug"_s, u"item-%1"_s.arg(i)},
                         {u"title"_s, u"Item %1 — “quoted”\ttab"_s.arg(i)},
                         {u"tags"_s, QJsonArray{u"spring"_s, u"tag-%1"_s.arg(i % 5)}}};
        const auto r =
            api("POST", "/rest/v3/short-urls", QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString());
        QVERIFY2(r.status == 200, r.body.c_str());
    }
    const auto rules = api(
        "POST", "/rest/v3/short-urls/item-1/redirect-rules",
        R"({"redirectRules":[{"longUrl":"https://shop.example/de","conditions":[{"type":"language","matchKey":null,"matchValue":"de"}]},
            {"longUrl":"https://shop.example/ios","conditions":[{"type":"device","matchKey":null,"matchValue":"ios"}]}]})");
    QVERIFY2(rules.status == 200, rules.body.c_str());
    const auto domain =
        api("PATCH", "/rest/v3/domains/redirects",
            R"({"domain":"localhost:8080","baseUrlRedirect":"https://shop.example/","regular404Redirect":null})");
    QVERIFY2(domain.status == 200, domain.body.c_str());

    // A few thousand visits over keep-alive connections, some to no link at all (orphans).
    {
        HttpConnection c(m_port);
        for (int i = 0; i < VisitCount + OrphanCount; ++i) {
            const std::string path =
                i < VisitCount ? "/item-" + std::to_string(i % LinkCount) : "/nothing-" + std::to_string(i);
            const auto r =
                c.request("GET " + path
                          + " HTTP/1.1\r\nHost: localhost:8080\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) "
                            "Firefox/120.0\r\nAccept-Language: de-DE\r\nReferer: https://news.example/\r\n\r\n");
            QVERIFY2(r.status == 302 || r.status == 404, r.error.c_str());
        }
    }
    server->stop();
    m_clicksStored = qint64(server->clicksStored());
    QCOMPARE(m_clicksStored, qint64(VisitCount + OrphanCount));
    server.reset();

    // What the API does not set: a password's hash, a preview, a fallback, an end.
    Database db;
    QVERIFY(db.open(m_source));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(uR"(UPDATE links SET password_hash = '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA',
                       preview_title = 'Spring', preview_description = 'Line one', preview_image = 'https://cdn.example/p.png',
                       fallback_url = 'https://shop.example/ended', expires_at = 1924992000000 WHERE slug = 'item-2')"_s));
    QCOMPARE(sqliteCount(db, u"clicks"_s), qint64(VisitCount + OrphanCount));
    QVERIFY(sqliteCount(db, u"click_hours"_s) > 0);
    QVERIFY(sqliteCount(db, u"journal_progress"_s) > 0);
}

void TestDbCopy::cleanupTestCase()
{
    m_dir.reset();
}

void TestDbCopy::copiesEverythingAndTheCountsMatch()
{
    OPEN_DB(target, "tst_dbcopy_all");
    DbCopy::Options options{m_source, target.conninfo(), {}, 1000};
    QStringList progress;
    options.progress = [&](const QString &line) { progress << line; };
    const auto copied = DbCopy::run(options);
    QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().message));
    QVERIFY2(progress.contains(u"db:copy: 3,050 clicks copied"_s), qPrintable(progress.join(u'\n')));
    QVERIFY2(copied->summary().contains(u"40 links"_s) && copied->summary().contains(u"3,050 clicks"_s),
             qPrintable(copied->summary()));

    Database db;
    QVERIFY(db.open(m_source));
    PgConnection pg = connectTo(target.conninfo());
    for (const QString &table : PgSchema::serverTables()) {
        const qint64 expected = sqliteCount(db, table);
        QCOMPARE(copied->rows(table), expected);
        QCOMPARE(pgCount(pg, table), expected);
    }
    QCOMPARE(pgCount(pg, u"links"_s), LinkCount);
    QCOMPARE(pgCount(pg, u"api_keys"_s), 3);   // test-key, reporting, partner
    QCOMPARE(pgCount(pg, u"short_url_redirect_rules"_s), 2);
    QCOMPARE(pgCount(pg, u"tags"_s), 6);
    QCOMPARE(pgCount(pg, u"link_changes"_s), 0);   // the change log starts empty: nothing was edited there

    // Every row of the small tables, as it was.
    const QList<QPair<QString, QString>> small{{u"accounts"_s, u"id"_s},
                                               {u"links"_s, u"id"_s},
                                               {u"domains"_s, u"name"_s},
                                               {u"api_keys"_s, u"id"_s},
                                               {u"tags"_s, u"id"_s},
                                               {u"link_tags"_s, u"link_id, tag_id"_s},
                                               {u"short_url_redirect_rules"_s, u"id"_s},
                                               {u"meta"_s, u"key"_s},
                                               {u"journal_progress"_s, u"journal"_s},
                                               {u"click_hours"_s, u"link_id, hour"_s},
                                               {u"link_click_deltas"_s, u"link_id"_s},
                                               {u"rollup_progress"_s, u"id"_s}};
    for (const auto &[table, order] : small) {
        const QStringList expected = sqliteRows(db, table, order);
        QCOMPARE(pgRows(pg, db, table, order), expected);
    }
    // A sample of the clicks, the orphans among them.
    const QString sample = u"WHERE id % 97 = 1 OR link_id IS NULL OR link_id = 0"_s;
    const QStringList clicks = sqliteRows(db, u"clicks"_s, u"id"_s, sample);
    QVERIFY(clicks.size() > 80);
    QCOMPARE(pgRows(pg, db, u"clicks"_s, u"id"_s, sample), clicks);
    QVERIFY(clicks.join(u'\n').contains(u"Firefox/120.0"_s));

    // The protected link kept its hash, preview and fallback.
    const auto item2 = pg.exec(u"SELECT password_hash, preview_title, fallback_url FROM links WHERE slug = 'item-2'"_s);
    QCOMPARE(item2->text(0, 0), u"$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA"_s);
    QCOMPARE(item2->text(0, 1), u"Spring"_s);
    QCOMPARE(item2->text(0, 2), u"https://shop.example/ended"_s);

    // New rows take ids after the copied ones; edits are logged for the other instances again.
    const auto added =
        pg.exec(uR"(INSERT INTO links(account_id, domain, slug, short_url, destination, created_at, updated_at)
                                  VALUES (1, 'localhost:8080', 'new', 'http://localhost:8080/new', 'https://x.example/', 1, 1)
                                  RETURNING id)"_s);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT max(id) FROM links"_s) && q.next());
    QCOMPARE(added->toInt64(0, 0), q.value(0).toLongLong() + 1);
    QCOMPARE(pgCount(pg, u"link_changes"_s), 1);
    const auto click = pg.exec(u"INSERT INTO clicks(ts) VALUES (1) RETURNING id"_s);
    QVERIFY(click);
    QVERIFY(q.exec(u"SELECT max(id) FROM clicks"_s) && q.next());
    QCOMPARE(click->toInt64(0, 0), q.value(0).toLongLong() + 1);
}

void TestDbCopy::refusesANonEmptyTarget()
{
    OPEN_DB(target, "tst_dbcopy_twice");
    QVERIFY(DbCopy::run({m_source, target.conninfo(), {}, 100000}));
    PgConnection pg = connectTo(target.conninfo());
    QVERIFY(pg.exec(u"DELETE FROM clicks WHERE id % 2 = 0"_s));   // so that a second copy would differ
    const qint64 clicksBefore = pgCount(pg, u"clicks"_s);

    const auto again = DbCopy::run({m_source, target.conninfo(), {}, 100000});
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(u"is not empty (it holds 40 links"_s), qPrintable(again.error().message));
    QVERIFY2(again.error().message.contains(u"clicks"_s), qPrintable(again.error().message));
    QVERIFY2(again.error().message.endsWith(u"Nothing was copied."_s), qPrintable(again.error().message));
    QCOMPARE(pgCount(pg, u"clicks"_s), clicksBefore);
    QCOMPARE(pgCount(pg, u"links"_s), LinkCount);

    // Only API keys are enough to refuse, too.
    OPEN_DB(keysOnly, "tst_dbcopy_keys");
    {
        auto migrated = PgSchema::connect(keysOnly.conninfo());
        QVERIFY(migrated);
        PgConnection conn = std::move(migrated).value();
        QVERIFY(conn.exec(u"INSERT INTO api_keys(name, key_hash, created_at) VALUES ('x', 'h', 0)"_s));
    }
    const auto refused = DbCopy::run({m_source, keysOnly.conninfo(), {}, 100000});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"1 API keys"_s), qPrintable(refused.error().message));
}

void TestDbCopy::badTargetsAreSentences()
{
    struct Case
    {
        QString to;
        QString starts;
    };
    const QList<Case> cases{
        {u"postgresql://linkdeck:s3cret@127.0.0.1:1/linkdeck"_s,
         u"Could not connect to the PostgreSQL server at 127.0.0.1:1/linkdeck:"_s},
        {u"postgresql://linkdeck:s3cret@127.0.0.1:port/linkdeck"_s,
         u"Could not connect to the PostgreSQL server at 127.0.0.1:port/linkdeck: "_s},
        {u"nonsense"_s, u"“nonsense” is not a PostgreSQL address"_s},
        {Test::PgTestServer::instance().conninfoFor(u"linkdeck_no_such_database"_s),
         u"Could not connect to the PostgreSQL server at "_s},
    };
    for (const Case &c : cases) {
        const auto r = DbCopy::run({m_source, c.to, {}, 100000});
        QVERIFY(!r);
        QVERIFY2(r.error().message.startsWith(c.starts), qPrintable(c.to + u" -> "_s + r.error().message));
        QVERIFY2(!r.error().message.contains(u"s3cret"_s), qPrintable(r.error().message));
        QVERIFY2(!r.error().message.contains(u'\n'), qPrintable(r.error().message));
    }
}

void TestDbCopy::missingSourceIsASentence()
{
    OPEN_DB(target, "tst_dbcopy_nosource");
    const QString missing = m_dir->filePath(u"no-such.sqlite"_s);
    const auto r = DbCopy::run({missing, target.conninfo(), {}, 100000});
    QVERIFY(!r);
    QCOMPARE(r.error().message, u"There is no SQLite file at “%1”."_s.arg(missing));
    QVERIFY(!QFile::exists(missing));   // not created by looking

    const auto none = DbCopy::run({QString(), target.conninfo(), {}, 100000});
    QVERIFY(!none);
    QVERIFY2(none.error().message.contains(u"--from"_s), qPrintable(none.error().message));
}

void TestDbCopy::targetFromShlinkVariables()
{
    const QStringList names{u"DB_DRIVER"_s, u"DB_HOST"_s,     u"DB_PORT"_s,       u"DB_NAME"_s,
                            u"DB_USER"_s,   u"DB_PASSWORD"_s, u"DB_UNIX_SOCKET"_s};
    const auto clear = [&] {
        for (const QString &name : names)
            qunsetenv(name.toLatin1().constData());
    };
    clear();
    auto r = DbCopy::targetFromEnvironment();
    QVERIFY(!r);
    QVERIFY2(r.error().message.startsWith(u"db:copy needs a target: --to postgresql://"_s),
             qPrintable(r.error().message));

    qputenv("DB_DRIVER", "mysql");
    r = DbCopy::targetFromEnvironment();
    QVERIFY(!r);
    QCOMPARE(r.error().message,
             u"DB_DRIVER is “mysql”: db:copy moves a server to PostgreSQL only (DB_DRIVER=postgres)."_s);

    qputenv("DB_DRIVER", "postgres");
    qputenv("DB_HOST", "db.example.com");
    qputenv("DB_PORT", "6543");
    qputenv("DB_USER", "link deck");
    qputenv("DB_PASSWORD", "it's \\ secret");
    r = DbCopy::targetFromEnvironment();
    QVERIFY(r);
    QCOMPARE(*r, u"host='db.example.com' port='6543' dbname='shlink' user='link deck' password='it\\'s \\\\ secret'"_s);

    qputenv("DB_UNIX_SOCKET", "/run/postgresql/.s.PGSQL.5433");   // the socket file: its folder and port
    qunsetenv("DB_PORT");
    qputenv("DB_NAME", "links");
    r = DbCopy::targetFromEnvironment();
    QVERIFY(r);
    QVERIFY2(r->startsWith(u"host='/run/postgresql' port='5433' dbname='links'"_s), qPrintable(*r));

    qputenv("DB_PORT", "fivefour");
    r = DbCopy::targetFromEnvironment();
    QVERIFY(!r);
    QCOMPARE(r.error().message, u"DB_PORT wants a port number, not “fivefour”."_s);
    clear();
}

void TestDbCopy::commandLine()
{
    auto parsed = Server::parseCommandLine(
        {u"linkdeck-server"_s, u"db:copy"_s, u"--from"_s, u"/srv/links.sqlite"_s, u"--to"_s, u"postgresql://db/x"_s});
    QVERIFY(parsed);
    QCOMPARE(parsed->kind, Server::ServerCommand::Kind::CopyDatabase);
    QCOMPARE(parsed->copyFrom, u"/srv/links.sqlite"_s);
    QCOMPARE(parsed->copyTo, u"postgresql://db/x"_s);

    parsed = Server::parseCommandLine({u"linkdeck-server"_s, u"db:copy"_s, u"--db"_s, u"/srv/server.sqlite"_s});
    QVERIFY(parsed);
    QCOMPARE(parsed->copyFrom, u"/srv/server.sqlite"_s);   // the server's own file
    QVERIFY(parsed->copyTo.isEmpty());                     // Shlink's variables then

    parsed = Server::parseCommandLine({u"linkdeck-server"_s, u"db:copy"_s, u"--to"_s, u" "_s});
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.startsWith(u"--to wants a PostgreSQL address"_s),
             qPrintable(parsed.error().message));
}

// The real program: progress and errors on stderr, the summary on stdout, the exit code.
void TestDbCopy::commandWithUrlAndWithShlinkVariables()
{
    OPEN_DB(target, "tst_dbcopy_command");
    QProcess process;
    process.setProgram(QStringLiteral(LINKDECK_SERVER_PATH));
    process.setArguments({u"db:copy"_s, u"--from"_s, m_source, u"--to"_s, target.conninfo()});
    process.start();
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    QVERIFY2(
        out.startsWith(u"db:copy: copied 40 links, 6 tags, 1 domains, 3 API keys, 2 redirect rules, 3,050 clicks"_s),
        qPrintable(out));
    QVERIFY2(out.contains(u"every table's count matches"_s), qPrintable(out));

    // Again into the same database: refused, one line, exit code 1.
    process.start();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    const QString refused = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(refused.startsWith(u"linkdeck-server: The PostgreSQL database "_s) && refused.count(u'\n') == 1,
             qPrintable(refused));

    // Without --to: Shlink's variables, from the test server's conninfo.
    OPEN_DB(viaEnv, "tst_dbcopy_env");
    const QByteArray conninfo = target.conninfo().toUtf8();
    char *parseError = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.constData(), &parseError);
    QVERIFY2(options, parseError);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DB_DRIVER"_s, u"postgres"_s);
    env.insert(u"DB_NAME"_s, viaEnv.name());
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString value = QString::fromUtf8(o->val);
        if (qstrcmp(o->keyword, "host") == 0)
            env.insert(value.startsWith(u'/') ? u"DB_UNIX_SOCKET"_s : u"DB_HOST"_s, value);
        else if (qstrcmp(o->keyword, "port") == 0)
            env.insert(u"DB_PORT"_s, value);
        else if (qstrcmp(o->keyword, "user") == 0)
            env.insert(u"DB_USER"_s, value);
        else if (qstrcmp(o->keyword, "password") == 0)
            env.insert(u"DB_PASSWORD"_s, value);
    }
    PQconninfoFree(options);
    process.setProcessEnvironment(env);
    process.setArguments({u"db:copy"_s, u"--from"_s, m_source});
    process.start();
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    PgConnection pg = connectTo(viaEnv.conninfo());
    QCOMPARE(pgCount(pg, u"clicks"_s), VisitCount + OrphanCount);

    // An unreachable server: a sentence and exit code 1, not a crash.
    env.insert(u"DB_HOST"_s, u"127.0.0.1"_s);
    env.insert(u"DB_PORT"_s, u"1"_s);
    env.remove(u"DB_UNIX_SOCKET"_s);
    process.setProcessEnvironment(env);
    process.start();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString unreachable = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(unreachable.startsWith(u"linkdeck-server: Could not connect to the PostgreSQL server at 127.0.0.1:1/"_s),
             qPrintable(unreachable));
}

QTEST_GUILESS_MAIN(TestDbCopy)
#include "tst_dbcopy.moc"
