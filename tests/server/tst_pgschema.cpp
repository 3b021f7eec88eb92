// linkdeck-server's PostgreSQL side (issue 14): the libpq wrapper (parameters, transactions,
// COPY in text and binary format, errors as sentences) and the schema's migrations on an empty
// database, re-run, at the same time from two connections, refused when newer, and mirroring
// the SQLite schema column for column.
//
// The server: LINKDECK_TEST_PG, or a throwaway cluster of the test's own off CI
// (support/pgtestserver.h); each test function works in a database of its own.

#include "core/storage/database.h"
#include "server/pg/pgconnection.h"
#include "server/pg/pgschema.h"
#include "support/pgtestserver.h"

#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace Linkdeck::Server::Pg;
using Linkdeck::Test::pgScalar;
using Linkdeck::Test::PgTestDatabase;

namespace {

PgConnection connectTo(const PgTestDatabase &db)
{
    auto conn = PgConnection::open(db.conninfo());
    if (!conn)
        qFatal("cannot connect to %s: %s", qPrintable(db.conninfo()), qPrintable(conn.error().message));
    return std::move(conn).value();
}

}   // namespace

class TestPgSchema : public QObject
{
    Q_OBJECT

private slots:
    void parametersAndTypes();
    void transactionRollsBackUnlessCommitted();
    void connectionLostInATransactionOpensAgain();
    void copyText();
    void copyBinary();
    void refusedCopyIsASentenceAndLosesNothing();
    void badAddressesAreSentences();
    void migratesAnEmptyDatabase();
    void rerunChangesNothing();
    void twoInstancesMigrateOnce();
    void newerDatabaseIsRefused();
    void foreignTablesAreRefused();
    void mirrorsTheSqliteSchema();
    void changeLogFollowsLinksDomainsAndRules();
};

void TestPgSchema::parametersAndTypes()
{
    OPEN_DB(db, "tst_pgschema_params");
    PgConnection conn = connectTo(db);
    QVERIFY(conn.serverVersion() >= 150000);
    const QByteArray blob("\x00\x01\xff\\x", 5);
    const auto r = conn.exec(u"SELECT $1::text, $2::bigint, $3::text IS NULL, $4::bytea, $5::boolean, $6::text"_s,
                             {u"Grüße, \"quoted\"\t'x'"_s, qint64(1) << 40, QVariant(), blob, true, u""_s});
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->text(0, 0), u"Grüße, \"quoted\"\t'x'"_s);
    QCOMPARE(r->toInt64(0, 1), qint64(1) << 40);
    QCOMPARE(r->text(0, 2), u"t"_s);
    QCOMPARE(r->text(0, 3), u"\\x0001ff5c78"_s);
    QCOMPARE(r->text(0, 4), u"t"_s);
    QVERIFY(!r->isNull(0, 5));
    QCOMPARE(r->text(0, 5), u""_s);

    const auto bad = conn.exec(u"SELECT * FROM no_such_table"_s);
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(u"no_such_table"_s), qPrintable(bad.error().message));
    QVERIFY(conn.exec(u"SELECT 1"_s));   // the connection goes on
}

void TestPgSchema::transactionRollsBackUnlessCommitted()
{
    OPEN_DB(db, "tst_pgschema_tx");
    PgConnection conn = connectTo(db);
    QVERIFY(conn.exec(u"CREATE TABLE t(v integer)"_s));
    {
        PgTransaction tx(conn);
        QVERIFY(tx.begun());
        QVERIFY(conn.exec(u"INSERT INTO t VALUES (1)"_s));
    }   // not committed: rolled back
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM t"_s), 0);
    {
        PgTransaction tx(conn);
        QVERIFY(conn.exec(u"INSERT INTO t VALUES (2)"_s));
        QVERIFY(tx.commit());
    }
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM t"_s), 1);
    {
        PgTransaction tx(conn);
        QVERIFY(conn.exec(u"INSERT INTO t VALUES (3)"_s));
        QVERIFY(!conn.exec(u"INSERT INTO t VALUES ('x')"_s));   // aborts the transaction
        const auto committed = tx.commit();
        QVERIFY(!committed);   // PostgreSQL answers ROLLBACK: said, not hidden
        QVERIFY2(committed.error().message.contains(u"rolled"_s), qPrintable(committed.error().message));
    }
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM t"_s), 1);
}

// The API's connection (setReconnectWhenLost): PostgreSQL restarted while a transaction was
// open. That transaction fails, said; the statements after it open the connection again, in
// UTF-8, rather than failing until linkdeck-server restarts (they did: the connection still
// counted as inside the transaction it lost).
void TestPgSchema::connectionLostInATransactionOpensAgain()
{
    OPEN_DB(db, "tst_pgschema_lost_tx");
    PgConnection conn = connectTo(db);
    conn.setReconnectWhenLost(true);
    PgConnection other = connectTo(db);
    QVERIFY(conn.exec(u"CREATE TABLE t(v text)"_s));
    for (const bool commit : {false, true}) {
        const qint64 backend = pgScalar(conn, u"SELECT pg_backend_pid()"_s);
        PgTransaction tx(conn);
        QVERIFY(tx.begun());
        QVERIFY(conn.exec(u"INSERT INTO t VALUES ('lost')"_s));
        QCOMPARE(pgScalar(other, u"SELECT count(pg_terminate_backend($1::int))"_s, {backend}), 1);
        // The server's goodbye may need a moment to arrive on the socket.
        QTRY_VERIFY(!conn.exec(u"INSERT INTO t VALUES ('lost too')"_s));
        if (commit)
            QVERIFY(!tx.commit());
        else
            tx.rollback();
        const auto after = conn.exec(u"INSERT INTO t VALUES ($1) RETURNING v"_s, {u"Grüße"_s});
        QVERIFY2(after, qPrintable(after ? QString() : after.error().message));
        QCOMPARE(after->text(0, 0), u"Grüße"_s);
        QCOMPARE(pgScalar(conn, u"SELECT (pg_backend_pid() <> $1::int)::int"_s, {backend}), 1);
    }
    const auto encoding = conn.exec(u"SHOW client_encoding"_s);
    QVERIFY(encoding);
    QCOMPARE(encoding->text(0, 0), u"UTF8"_s);
    QCOMPARE(pgScalar(other, u"SELECT count(*) FROM t WHERE v LIKE 'lost%'"_s), 0);
    QCOMPARE(pgScalar(other, u"SELECT count(*) FROM t"_s), 2);
}

void TestPgSchema::copyText()
{
    OPEN_DB(db, "tst_pgschema_copytext");
    PgConnection conn = connectTo(db);
    QVERIFY(conn.exec(u"CREATE TABLE t(id bigint, s text, b bytea, n bigint)"_s));
    PgCopyText rows;
    const std::string tricky = "tab\there\nnew line\\back\rslash \\N é";
    rows.addInt(1);
    rows.addText(tricky);
    rows.addBytea(std::string("\x00\x10\xff", 3));
    rows.addNull();
    rows.endRow();
    rows.addInt(-2);
    rows.addText("");
    rows.addBytea("");
    rows.addInt(7);
    rows.endRow();
    QVERIFY(conn.copyBegin(u"COPY t(id, s, b, n) FROM STDIN"_s));
    QVERIFY(conn.copyPut(rows.data()));
    const auto stored = conn.copyEnd();
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    QCOMPARE(*stored, 2);
    const auto r = conn.exec(u"SELECT s, b, n IS NULL FROM t ORDER BY id DESC"_s);
    QVERIFY(r);
    QCOMPARE(r->text(0, 0), QString::fromStdString(tricky));
    QCOMPARE(r->text(0, 1), u"\\x0010ff"_s);
    QCOMPARE(r->text(0, 2), u"t"_s);
    QCOMPARE(r->text(1, 0), u""_s);
    QVERIFY(!r->isNull(1, 0));
    QCOMPARE(r->text(1, 1), u"\\x"_s);
}

void TestPgSchema::copyBinary()
{
    OPEN_DB(db, "tst_pgschema_copybinary");
    PgConnection conn = connectTo(db);
    QVERIFY(conn.exec(u"CREATE TABLE t(id bigint, small integer, s text, b bytea)"_s));
    PgCopyBinary rows;
    for (int i = 0; i < 1000; ++i) {
        rows.beginRow(4);
        rows.addInt8(std::int64_t(i) << 33);
        if (i % 10 == 0)
            rows.addNull();
        else
            rows.addInt4(-i);
        rows.addText("row " + std::to_string(i) + " \t\n\\ ü");
        rows.addText(std::string("\x00\x01", 2));
    }
    rows.finish();
    QVERIFY(conn.copyBegin(u"COPY t FROM STDIN (FORMAT binary)"_s));
    QVERIFY(conn.copyPut(rows.data()));
    const auto stored = conn.copyEnd();
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    QCOMPARE(*stored, 1000);
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM t WHERE small IS NULL"_s), 100);
    QCOMPARE(pgScalar(conn, u"SELECT small FROM t WHERE id = $1"_s, {qint64(999) << 33}), -999);
    const auto r = conn.exec(u"SELECT s, b FROM t WHERE id = $1"_s, {qint64(5) << 33});
    QVERIFY(r);
    QCOMPARE(r->text(0, 0), u"row 5 \t\n\\ ü"_s);
    QCOMPARE(r->text(0, 1), u"\\x0001"_s);
}

void TestPgSchema::refusedCopyIsASentenceAndLosesNothing()
{
    OPEN_DB(db, "tst_pgschema_badcopy");
    PgConnection conn = connectTo(db);
    QVERIFY(conn.exec(u"CREATE TABLE t(id bigint NOT NULL)"_s));
    QVERIFY(conn.exec(u"INSERT INTO t VALUES (1)"_s));
    {
        PgTransaction tx(conn);
        QVERIFY(conn.copyBegin(u"COPY t FROM STDIN"_s));
        QVERIFY(conn.copyPut("2\nnot a number\n"));
        const auto stored = conn.copyEnd();
        QVERIFY(!stored);
        QVERIFY2(stored.error().message.contains(u"not a number"_s), qPrintable(stored.error().message));
    }
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM t"_s), 1);   // the 2 went with the transaction
}

void TestPgSchema::badAddressesAreSentences()
{
    // Nothing listens on port 1: refused at once, a sentence naming where, never the password.
    const auto refused = PgConnection::open(u"postgresql://linkdeck:s3cret@127.0.0.1:1/linkdeck"_s);
    QVERIFY(!refused);
    QVERIFY2(
        refused.error().message.startsWith(u"Could not connect to the PostgreSQL server at 127.0.0.1:1/linkdeck"_s),
        qPrintable(refused.error().message));
    QVERIFY(!refused.error().message.contains(u"s3cret"_s));

    const auto garbled = PgConnection::open(u"postgresql://linkdeck:s3cret@127.0.0.1:notaport/x"_s);
    QVERIFY(!garbled);
    QVERIFY(!garbled.error().message.contains(u"s3cret"_s));
    QVERIFY2(garbled.error().message.contains(u"PostgreSQL"_s), qPrintable(garbled.error().message));

    const auto keyValue = PgConnection::open(u"host=db.example.com password=s3cret port"_s);
    QVERIFY(!keyValue);
    QVERIFY2(keyValue.error().message.startsWith(u"The PostgreSQL address is not valid: "_s),
             qPrintable(keyValue.error().message));
    QVERIFY(!keyValue.error().message.contains(u"s3cret"_s));

    const auto nonsense = PgConnection::open(u"host"_s);
    QVERIFY(!nonsense);
    QVERIFY2(nonsense.error().message.contains(u"is not a PostgreSQL address"_s), qPrintable(nonsense.error().message));

    // A database that does not exist on a server that does.
    const auto missing =
        PgConnection::open(Linkdeck::Test::PgTestServer::instance().conninfoFor(u"linkdeck_no_such_database"_s));
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(u"linkdeck_no_such_database"_s), qPrintable(missing.error().message));
}

void TestPgSchema::migratesAnEmptyDatabase()
{
    OPEN_DB(db, "tst_pgschema_empty");
    auto migrated = PgSchema::connect(db.conninfo());
    QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().message));
    PgConnection conn = std::move(migrated).value();
    QCOMPARE(*PgSchema::version(conn), PgSchema::latestVersion());
    for (const QString &table : PgSchema::serverTables())
        QVERIFY2(conn.exec(u"SELECT to_regclass($1) IS NOT NULL"_s, {table})->text(0, 0) == u"t", qPrintable(table));
    // As SQLite's: "This computer" is account 1, links_version starts at 0, rollups at click 0.
    QCOMPARE(conn.exec(u"SELECT name FROM accounts WHERE id = 1"_s)->text(0, 0), u"This computer"_s);
    QCOMPARE(pgScalar(conn, u"SELECT value FROM meta WHERE key = 'links_version'"_s), 0);
    QCOMPARE(pgScalar(conn, u"SELECT through FROM rollup_progress WHERE id = 1"_s), 0);
    // A new link takes the next id after the fixed account's.
    QVERIFY(conn.exec(u"INSERT INTO accounts(provider, name, created_at) VALUES ('shlink', 'Team', 0)"_s));
    QCOMPARE(pgScalar(conn, u"SELECT max(id) FROM accounts"_s), 2);
}

void TestPgSchema::rerunChangesNothing()
{
    OPEN_DB(db, "tst_pgschema_rerun");
    PgConnection conn = connectTo(db);
    QVERIFY(PgSchema::migrate(conn));
    QVERIFY(conn.exec(uR"(INSERT INTO links(account_id, domain, slug, short_url, destination, created_at, updated_at)
                          VALUES (1, 'go.test', 'a', 'https://go.test/a', 'https://example.com/', 1, 1))"_s));
    for (int i = 0; i < 3; ++i) {
        const auto again = PgSchema::migrate(conn);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    }
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM linkdeck_schema"_s), PgSchema::migrations().size());
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM links"_s), 1);
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM accounts"_s), 1);
}

void TestPgSchema::twoInstancesMigrateOnce()
{
    OPEN_DB(db, "tst_pgschema_together");
    QString errors[2];
    std::thread threads[2];
    for (int i = 0; i < 2; ++i) {
        threads[i] = std::thread([&, i] {
            auto conn = PgSchema::connect(db.conninfo());
            if (!conn)
                errors[i] = conn.error().message;
        });
    }
    for (auto &t : threads)
        t.join();
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
    PgConnection conn = connectTo(db);
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM linkdeck_schema"_s), PgSchema::migrations().size());
}

void TestPgSchema::newerDatabaseIsRefused()
{
    OPEN_DB(db, "tst_pgschema_newer");
    PgConnection conn = connectTo(db);
    QVERIFY(PgSchema::migrate(conn));
    QVERIFY(conn.exec(u"INSERT INTO linkdeck_schema(version) VALUES ($1)"_s, {PgSchema::latestVersion() + 1}));
    const auto refused = PgSchema::migrate(conn);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"newer version of linkdeck-server"_s),
             qPrintable(refused.error().message));
    QCOMPARE(*PgSchema::version(conn), PgSchema::latestVersion() + 1);   // left as it was
}

void TestPgSchema::foreignTablesAreRefused()
{
    OPEN_DB(db, "tst_pgschema_foreign");
    PgConnection conn = connectTo(db);
    QVERIFY(conn.exec(u"CREATE TABLE links(url text)"_s));
    const auto refused = PgSchema::migrate(conn);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"did not create"_s), qPrintable(refused.error().message));
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM pg_tables WHERE tablename = 'clicks'"_s), 0);
}

// Every column of the server's SQLite tables is in PostgreSQL under the same name, and the
// versions agree: a new SQLite migration without its PostgreSQL one fails here.
void TestPgSchema::mirrorsTheSqliteSchema()
{
    QVERIFY2(PgSchema::latestVersion() == Linkdeck::Database::latestVersion(),
             qPrintable(u"SQLite's schema is at version %1, PostgreSQL's (app/server/pg/pgschema.cpp) at %2: add the "
                        u"PostgreSQL migration"_s.arg(Linkdeck::Database::latestVersion())
                            .arg(PgSchema::latestVersion())));
    Linkdeck::Database sqlite;
    QVERIFY(sqlite.open(u":memory:"_s));
    OPEN_DB(db, "tst_pgschema_mirror");
    auto migrated = PgSchema::connect(db.conninfo());
    QVERIFY(migrated);
    PgConnection conn = std::move(migrated).value();
    for (const QString &table : PgSchema::serverTables()) {
        QStringList sqliteColumns;
        QSqlQuery q(sqlite.connection());
        QVERIFY(q.exec(u"SELECT name FROM pragma_table_info('%1') ORDER BY cid"_s.arg(table)));
        while (q.next())
            sqliteColumns << q.value(0).toString();
        QVERIFY2(!sqliteColumns.isEmpty(), qPrintable(u"no SQLite table "_s + table));
        const auto r = conn.exec(u"SELECT column_name FROM information_schema.columns WHERE table_name = $1 "
                                 u"AND table_schema = current_schema()"_s,
                                 {table});
        QVERIFY(r);
        QStringList pgColumns;
        for (int i = 0; i < r->rows(); ++i)
            pgColumns << r->text(i, 0);
        for (const QString &column : sqliteColumns)
            QVERIFY2(pgColumns.contains(column), qPrintable(u"%1.%2 is not in PostgreSQL"_s.arg(table, column)));
        QCOMPARE(pgColumns.size(), sqliteColumns.size());
    }
}

void TestPgSchema::changeLogFollowsLinksDomainsAndRules()
{
    OPEN_DB(db, "tst_pgschema_changes");
    auto migrated = PgSchema::connect(db.conninfo());
    QVERIFY(migrated);
    PgConnection conn = std::move(migrated).value();
    const auto changes = [&] { return pgScalar(conn, u"SELECT count(*) FROM link_changes"_s); };
    const auto version = [&] { return pgScalar(conn, u"SELECT value FROM meta WHERE key = 'links_version'"_s); };

    QVERIFY(
        conn.exec(uR"(INSERT INTO links(id, account_id, domain, slug, short_url, destination, created_at, updated_at)
                          VALUES (10, 1, 'go.test', 'a', 'https://go.test/a', 'https://example.com/', 1, 1))"_s));
    QCOMPARE(changes(), 1);
    QCOMPARE(version(), 1);
    QVERIFY(conn.exec(u"UPDATE links SET title = 'no matter to redirects', clicks = 5 WHERE id = 10"_s));
    QCOMPARE(changes(), 1);
    QCOMPARE(version(), 1);
    QVERIFY(conn.exec(u"UPDATE links SET slug = 'b' WHERE id = 10"_s));
    QCOMPARE(changes(), 2);
    const auto renamed = conn.exec(u"SELECT link_id, domain, slug FROM link_changes ORDER BY seq DESC LIMIT 1"_s);
    QCOMPARE(renamed->toInt64(0, 0), 10);
    QCOMPARE(renamed->text(0, 2), u"a"_s);   // the old key, so that the index drops it
    QVERIFY(conn.exec(u"INSERT INTO short_url_redirect_rules(link_id, priority, long_url) VALUES (10, 1, 'x')"_s));
    QCOMPARE(changes(), 3);
    QVERIFY(conn.exec(u"INSERT INTO domains(name, base_url_redirect) VALUES ('go.test', 'https://x/')"_s));
    QCOMPARE(pgScalar(conn, u"SELECT link_id FROM link_changes ORDER BY seq DESC LIMIT 1"_s), 0);
    QVERIFY(conn.exec(u"DELETE FROM links WHERE id = 10"_s));   // and its rule with it
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM short_url_redirect_rules"_s), 0);
    QCOMPARE(pgScalar(conn, u"SELECT count(*) FROM link_changes WHERE link_id = 10 AND slug = 'b'"_s), 1);

    // Another account's links are not served: counted in links_version, not logged.
    QVERIFY(conn.exec(u"INSERT INTO accounts(id, provider, name, created_at) VALUES (2, 'bitly', 'B', 0)"_s));
    const qint64 before = changes();
    QVERIFY(conn.exec(uR"(INSERT INTO links(account_id, domain, slug, short_url, destination, created_at, updated_at)
                          VALUES (2, 'bit.ly', 'x', 'https://bit.ly/x', 'https://example.com/', 1, 1))"_s));
    QCOMPARE(changes(), before);

    // A bulk load leaves the log alone.
    PgTransaction tx(conn);
    QVERIFY(conn.exec(u"SET LOCAL linkdeck.bulk_load = 'on'"_s));
    QVERIFY(conn.exec(uR"(INSERT INTO links(account_id, domain, slug, short_url, destination, created_at, updated_at)
                          VALUES (1, 'go.test', 'bulk', 'https://go.test/bulk', 'https://example.com/', 1, 1))"_s));
    QVERIFY(tx.commit());
    QCOMPARE(changes(), before);
}

QTEST_GUILESS_MAIN(TestPgSchema)
#include "tst_pgschema.moc"
