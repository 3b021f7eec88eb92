#include "core/storage/database.h"
#include "support/damage.h"

#include <QCryptographicHash>
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
    void newerDatabaseIsRefusedUnchanged();
    void damagedLinksTableIsFound();
    void createdForItsOwnerOnly();
    void errorsNameTheirCause();

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
    broken << Database::Migration{
        Database::latestVersion() + 1,
        {u"CREATE TABLE new_table(x INTEGER)"_s, u"ALTER TABLE links ADD COLUMN extra TEXT"_s, u"THIS IS NOT SQL"_s}};
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
    QVERIFY(!q.exec(u"SELECT * FROM new_table"_s));   // the first statements were rolled back too
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
    QVERIFY2(r.error().message.contains(u"not an SQLite file"_s), qPrintable(r.error().message));
}

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

}   // namespace

void TestDatabase::newerDatabaseIsRefusedUnchanged()
{
    // A database of a newer Linkdeck in rollback-journal mode: refusing it must not switch it
    // to WAL (that rewrites its header) nor write anything else.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA journal_mode=DELETE"_s));
        QVERIFY(q.exec(u"CREATE TABLE future(x)"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());
    {
        Database db;
        const auto r = db.open(path);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"newer version"_s));
    }
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestDatabase::damagedLinksTableIsFound()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path).ok());
        addLink(db, u"s1"_s);
        addLink(db, u"s2"_s);
        QVERIFY(db.quickCheck(Database::linkTables()).ok());
        QVERIFY(db.quickCheck().ok());
    }
    const QString damaged = Linkdeck::Test::damageLinksTable(path);
    QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
    Database db;
    QVERIFY(db.open(path).ok());   // the schema is intact; the table is not
    const auto checked = db.quickCheck(Database::linkTables());
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().kind, Error::Kind::Storage);
    QVERIFY2(checked.error().message.contains(u"is damaged"_s), qPrintable(checked.error().message));
    QVERIFY(checked.error().message.contains(u"restore a backup"_s));
    QVERIFY(checked.error().message.contains(path));
    QVERIFY(!checked.error().detail.isEmpty());
    QVERIFY(!db.quickCheck().ok());
    // An error of a query on it says the same.
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(u"SELECT title FROM links NOT INDEXED"_s) || !q.next());
    QVERIFY(storageError(u"Could not read the links."_s, q.lastError()).message.contains(u"damaged"_s));
}

void TestDatabase::createdForItsOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.sqlite"_s);
    Database db;
    QVERIFY(db.open(path).ok());
    addLink(db, u"private"_s);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
        QVERIFY2(QFile::exists(file), qPrintable(file));
        const QFileDevice::Permissions p = QFile::permissions(file);
        QVERIFY2((p & others) == 0, qPrintable(u"%1: %2"_s.arg(file).arg(int(p), 0, 16)));
        QVERIFY((p & ownerOnly) == ownerOnly);
    }
}

void TestDatabase::errorsNameTheirCause()
{
    // SQLite's codes, not the wording of its messages, decide the sentence.
    const QString what = u"Could not save the link."_s;
    const auto sentence = [&](int code) {
        return storageError(what,
                            QSqlError(u"driver"_s, u"whatever"_s, QSqlError::StatementError, QString::number(code)))
            .message;
    };
    QVERIFY(sentence(13).contains(u"disk is full"_s));         // SQLITE_FULL
    QVERIFY(sentence(8).contains(u"read-only"_s));             // SQLITE_READONLY
    QVERIFY(sentence(5).contains(u"busy"_s));                  // SQLITE_BUSY
    QVERIFY(sentence(11).contains(u"damaged"_s));              // SQLITE_CORRUPT
    QVERIFY(sentence(26).contains(u"damaged"_s));              // SQLITE_NOTADB
    QVERIFY(sentence(11 | (1 << 8)).contains(u"damaged"_s));   // an extended code: SQLITE_CORRUPT_VTAB
    QCOMPARE(sentence(1), what);                               // SQLITE_ERROR: the sentence alone
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
