#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "core/base/result.h"

namespace Linkdeck {

// The SQLite file behind everything: links of every account, tags, and (from the redirect
// server) clicks. Opening it applies any pending schema migration inside one transaction,
// after a backup copy, so a failed migration leaves the previous database as it was.
// Opening reads before it writes: a file that is not a database, or one from a newer
// Linkdeck, is refused unchanged. A new file is created readable by its owner only (0600).
//
//   Database db;
//   if (auto r = db.open(Paths::databasePath()); !r) fail(r.error().message);
//   QSqlQuery q(db.connection());
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Database)
    Q_DISABLE_COPY_MOVE(Database)
public:
    struct Migration
    {
        int version;
        QStringList statements;   // one SQL statement each
    };
    static const QList<Migration> &migrations();
    static int latestVersion();

    Database();
    ~Database();

    // path ":memory:" opens a private in-memory database (tests).
    Result<void> open(const QString &path, const QList<Migration> &migrations = Database::migrations());
    void close();

    // SQLite's quick_check over `tables` and their indexes (every table when empty): an
    // error saying the file is damaged and to restore a backup, if it finds anything.
    // Reads each page of those tables once: over the link tables (linkTables()) it is cheap,
    // while the whole file also reads every click.
    Result<void> quickCheck(const QStringList &tables = {}) const;
    // The tables the link list, the accounts and the offline queue live in (not the clicks).
    static QStringList linkTables();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    QString backupPath() const { return m_backupPath; }   // last pre-migration copy, if any

private:
    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
};

// A text value to bind: Qt binds a null QString as SQL NULL, and the text columns are
// NOT NULL with '' meaning "none".
QVariant sqlText(const QString &s);

// Turns a failed QSqlQuery into an Error the user can read, keeping the SQL text for the log.
Error storageError(const QString &what, const class QSqlError &error);

}   // namespace Linkdeck
