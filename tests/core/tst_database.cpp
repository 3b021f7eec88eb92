#include "core/database.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseIsAtLatestVersion();
    void reopenIsIdempotent();
    void failedMigrationLeavesDatabaseIntact();
    void successfulMigrationKeepsBackup();
    void newerDatabaseIsRefused();
    void notADatabaseIsRefused();

private:
    static int linkCount(Database &db);
    static void addLink(Database &db, const QString &slug);
};

int TestDatabase::linkCount(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT count(*) FROM links"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestDatabase::addLink(Database &db, const QString &slug)
{
    QSqlQuery q(db.connection());
    q.prepare(uR"(INSERT INTO links(account_id, domain, slug, short_url, destination, created_at, updated_at)
                  VALUES (1, 'localhost:8080', ?, 'http://localhost:8080/x', 'https://example.com/', 0, 0))"_s);
    q.addBindValue(slug);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestDatabase::freshDatabaseIsAtLatestVersion()
{
    QTemporaryDir dir;
    Database db;
    const auto r = db.open(dir.filePath(u"a.sqlite"_s));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"SELECT name FROM accounts WHERE id = 1"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"This computer"_s);
    QVERIFY(db.backupPath().isEmpty());   // nothing to back up in a new file
}

void TestDatabase::reopenIsIdempotent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path).ok());
        addLink(db, u"one"_s);
    }
    Database db;
    QVERIFY(db.open(path).ok());
    QCOMPARE(linkCount(db), 1);
    QVERIFY(db.backupPath().isEmpty());
}

void TestDatabase::failedMigrationLeavesDatabaseIntact()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path).ok());
        addLink(db, u"keep-me"_s);
    }
    QList<Database::Migration> broken = Database::migrations();
    broken << Database::Migration{Database::latestVersion() + 1,
                                  {u"CREATE TABLE new_table(x INTEGER)"_s,
                                   u"ALTER TABLE links ADD COLUMN extra TEXT"_s,
                                   u"THIS IS NOT SQL"_s}};
    {
        Database db;
        const auto r = db.open(path, broken);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Storage);
        QVERIFY(r.error().message.contains(u"left as it was"_s));
        QVERIFY(r.error().detail.contains(u"THIS IS NOT SQL"_s));
        QVERIFY(QFile::exists(db.backupPath()));
    }
    Database db;
    QVERIFY(db.open(path).ok());
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(linkCount(db), 1);
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(u"SELECT * FROM new_table"_s));         // the first statements were rolled back too
    QVERIFY(!q.exec(u"SELECT extra FROM links"_s));
}

void TestDatabase::successfulMigrationKeepsBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path).ok());
        addLink(db, u"before"_s);
    }
    QList<Database::Migration> next = Database::migrations();
    next << Database::Migration{Database::latestVersion() + 1, {u"ALTER TABLE links ADD COLUMN extra TEXT"_s}};
    Database db;
    QVERIFY(db.open(path, next).ok());
    QCOMPARE(db.schemaVersion(), Database::latestVersion() + 1);
    QVERIFY(QFile::exists(db.backupPath()));
    Database backup;
    QVERIFY(backup.open(db.backupPath()).ok());
    QCOMPARE(backup.schemaVersion(), Database::latestVersion());
    QCOMPARE(linkCount(backup), 1);
}

void TestDatabase::newerDatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
    }
    Database db;
    const auto r = db.open(path);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(u"newer version"_s));
}

void TestDatabase::notADatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.sqlite"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    Database db;
    const auto r = db.open(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Storage);
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), QByteArray(8192, 'x'));   // not overwritten
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
