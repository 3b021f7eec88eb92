#include "server/pg/dbcopy.h"

#include "core/base/sqlite.h"
#include "core/storage/database.h"
#include "server/pg/pgconnection.h"
#include "server/pg/pgschema.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server::Pg {
namespace {

// Rows already in the target are someone's data: db:copy never mixes two servers.
// (accounts, meta and rollup_progress hold the rows the schema itself starts with.)
const QStringList seededTables = {u"accounts"_s, u"meta"_s, u"rollup_progress"_s};

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);   // 4,000: the same on every machine
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

// A table's name as the operator reads it.
QString plainName(const QString &table)
{
    static const QHash<QString, QString> names{
        {u"accounts"_s, u"accounts"_s},
        {u"links"_s, u"links"_s},
        {u"domains"_s, u"domains"_s},
        {u"api_keys"_s, u"API keys"_s},
        {u"tags"_s, u"tags"_s},
        {u"link_tags"_s, u"link tags"_s},
        {u"short_url_redirect_rules"_s, u"redirect rules"_s},
        {u"meta"_s, u"settings"_s},
        {u"journal_progress"_s, u"journal positions"_s},
        {u"clicks"_s, u"clicks"_s},
        {u"click_hours"_s, u"hourly click rollups"_s},
        {u"link_click_deltas"_s, u"click counts not yet added to links"_s},
        {u"rollup_progress"_s, u"rollup positions"_s},
    };
    return names.value(table, table);
}

Error failed(const QString &message, const QString &detail = {})
{
    return Error::make(Error::Kind::Storage, message, detail);
}

// What failed, then that nothing changed.
Error nothingCopied(const Error &cause)
{
    Error e = cause;
    e.message = cause.message + u' ' + DbCopy::tr("Nothing was copied: the PostgreSQL database is as it was.");
    return e;
}

// A conninfo value in single quotes, as libpq's key=value strings take them.
QString conninfoValue(const QString &value)
{
    QString v = value;
    v.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + v + u'\'';
}

}   // namespace

qint64 DbCopy::Copied::rows(const QString &table) const
{
    for (const auto &t : tables) {
        if (t.first == table)
            return t.second;
    }
    return 0;
}

QString DbCopy::Copied::summary() const
{
    QStringList parts;
    for (const QString &table : {u"links"_s, u"tags"_s, u"domains"_s, u"api_keys"_s, u"short_url_redirect_rules"_s,
                                 u"clicks"_s, u"click_hours"_s}) {
        parts << u"%1 %2"_s.arg(number(rows(table)), plainName(table));
    }
    const QString last = parts.takeLast();
    return parts.join(u", "_s) + u" and "_s + last;
}

Result<QString> DbCopy::targetFromEnvironment()
{
    const QString driver = qEnvironmentVariable("DB_DRIVER").trimmed();
    if (driver.isEmpty())
        return Error::make(
            Error::Kind::Invalid,
            tr("db:copy needs a target: --to postgresql://USER@HOST:PORT/DATABASE, or Shlink's variables "
               "DB_DRIVER=postgres with DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD (or "
               "DB_UNIX_SOCKET)."));
    if (driver.compare(u"postgres"_s, Qt::CaseInsensitive) != 0
        && driver.compare(u"postgresql"_s, Qt::CaseInsensitive) != 0)
        return Error::make(
            Error::Kind::Invalid,
            tr("DB_DRIVER is “%1”: db:copy moves a server to PostgreSQL only (DB_DRIVER=postgres).").arg(driver));
    QStringList parts;
    QString host = qEnvironmentVariable("DB_HOST").trimmed();
    QString port = qEnvironmentVariable("DB_PORT").trimmed();
    const QString socket = qEnvironmentVariable("DB_UNIX_SOCKET").trimmed();
    if (!socket.isEmpty()) {
        // libpq wants the socket's folder; Shlink's users may give the socket file itself.
        const QFileInfo info(socket);
        if (info.fileName().startsWith(u".s.PGSQL."_s)) {
            host = info.absolutePath();
            if (port.isEmpty())
                port = info.fileName().mid(9);
        } else {
            host = socket;
        }
    }
    if (!port.isEmpty()) {
        bool ok = false;
        const int p = port.toInt(&ok);
        if (!ok || p <= 0 || p > 65535)
            return Error::make(Error::Kind::Invalid, tr("DB_PORT wants a port number, not “%1”.").arg(port));
    }
    if (!host.isEmpty())
        parts << u"host="_s + conninfoValue(host);
    if (!port.isEmpty())
        parts << u"port="_s + conninfoValue(port);
    const QString name = qEnvironmentVariable("DB_NAME").trimmed();
    parts << u"dbname="_s + conninfoValue(name.isEmpty() ? u"shlink"_s : name);   // Shlink's default
    if (const QString user = qEnvironmentVariable("DB_USER").trimmed(); !user.isEmpty())
        parts << u"user="_s + conninfoValue(user);
    if (const QString password = qEnvironmentVariable("DB_PASSWORD"); !password.isEmpty())
        parts << u"password="_s + conninfoValue(password);
    return parts.join(u' ');
}

Result<DbCopy::Copied> DbCopy::run(const Options &options)
{
    // ---- the source: an existing SQLite file, at PostgreSQL's schema version --------------------
    const QFileInfo file(options.from);
    if (options.from.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("db:copy needs the SQLite file to copy: --from FILE.sqlite."));
    if (!file.isFile())
        return Error::make(Error::Kind::Invalid, tr("There is no SQLite file at “%1”.").arg(options.from));
    Database source;
    if (auto opened = source.open(options.from); !opened)
        return opened.error();
    if (source.schemaVersion() != PgSchema::latestVersion())
        return Error::make(Error::Kind::Unsupported,
                           tr("“%1” has schema version %2, and this linkdeck-server's PostgreSQL schema is version %3: "
                              "update linkdeck-server to copy it.")
                               .arg(options.from)
                               .arg(source.schemaVersion())
                               .arg(PgSchema::latestVersion()));
    sqlite3 *sqlite = sqliteHandle(source.connection());
    if (!sqlite)
        return failed(tr("Could not read “%1”.").arg(options.from));

    // ---- the target: set up, empty, locked ---------------------------------------------------
    auto connected = PgSchema::connect(options.to);
    if (!connected)
        return connected.error();
    PgConnection pg = std::move(connected).value();
    const QString target = pg.describe();

    PgTransaction tx(pg);
    if (!tx.begun())
        return tx.begun().error();
    // Instances already running on the target wait until the copy is done, and see all of it.
    const QStringList tables = PgSchema::serverTables();
    QStringList quotedTables;
    for (const QString &table : tables)
        quotedTables << quoted(table);
    if (auto r = pg.exec(u"LOCK TABLE %1 IN EXCLUSIVE MODE"_s.arg(quotedTables.join(u", "_s))); !r)
        return r.error();
    if (auto r = pg.exec(u"SET LOCAL linkdeck.bulk_load = 'on'"_s); !r)   // the change log starts empty
        return r.error();

    QStringList held;
    for (const QString &table : tables) {
        const QString sql = table == u"accounts" ? u"SELECT count(*) FROM accounts WHERE id <> 1"_s
            : seededTables.contains(table)       ? QString()
                                                 : u"SELECT count(*) FROM %1"_s.arg(quoted(table));
        if (sql.isEmpty())
            continue;
        const auto r = pg.exec(sql);
        if (!r)
            return r.error();
        if (const qint64 n = r->toInt64(0, 0); n > 0)
            held << u"%1 %2"_s.arg(number(n), plainName(table));
    }
    if (!held.isEmpty())
        return Error::make(Error::Kind::Invalid,
                           tr("The PostgreSQL database %1 is not empty (it holds %2): db:copy moves a server into an "
                              "empty database only. Nothing was copied.")
                               .arg(target, held.join(u", "_s)));
    for (const QString &table : seededTables) {
        if (auto r = pg.exec(u"DELETE FROM %1"_s.arg(quoted(table))); !r)
            return nothingCopied(r.error());
    }

    // ---- every table, in one read snapshot of the file ----------------------------------------
    if (sqlite3_exec(sqlite, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failed(tr("Could not read “%1”.").arg(options.from), QString::fromUtf8(sqlite3_errmsg(sqlite)));
    struct EndRead
    {
        sqlite3 *db;
        ~EndRead() { sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr); }
    } endRead{sqlite};

    Copied copied;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    for (const QString &table : tables) {
        // The file's columns, each of which PostgreSQL must have (else the schemas differ).
        QStringList columns;
        {
            SqliteStatement info(sqlite,
                                 qPrintable(u"SELECT name FROM pragma_table_info('%1') ORDER BY cid"_s.arg(table)));
            while (info.get() && sqlite3_step(info.get()) == SQLITE_ROW)
                columns << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info.get(), 0)));
        }
        if (columns.isEmpty())
            return nothingCopied(failed(tr("“%1” has no table %2.").arg(options.from, table)));
        const auto pgColumns = pg.exec(u"SELECT column_name, data_type FROM information_schema.columns "
                                       u"WHERE table_schema = current_schema() AND table_name = $1"_s,
                                       {table});
        if (!pgColumns)
            return nothingCopied(pgColumns.error());
        QHash<QString, QString> pgType;
        for (int i = 0; i < pgColumns->rows(); ++i)
            pgType.insert(pgColumns->text(i, 0), pgColumns->text(i, 1));
        std::vector<bool> bytea;
        QStringList quotedColumns;
        for (const QString &column : std::as_const(columns)) {
            if (!pgType.contains(column))
                return nothingCopied(failed(tr("The PostgreSQL schema has no column %1.%2, which “%3” has: update "
                                               "linkdeck-server.")
                                                .arg(table, column, options.from)));
            bytea.push_back(pgType.value(column) == u"bytea");
            quotedColumns << quoted(column);
        }

        qint64 expected = 0;
        {
            SqliteStatement count(sqlite, qPrintable(u"SELECT count(*) FROM %1"_s.arg(quoted(table))));
            if (!count.get() || sqlite3_step(count.get()) != SQLITE_ROW)
                return nothingCopied(failed(tr("Could not read the %1 of “%2”.").arg(plainName(table), options.from),
                                            QString::fromUtf8(sqlite3_errmsg(sqlite))));
            expected = sqlite3_column_int64(count.get(), 0);
        }

        const QString columnList = quotedColumns.join(u", "_s);
        if (auto r = pg.copyBegin(u"COPY %1(%2) FROM STDIN"_s.arg(quoted(table), columnList)); !r)
            return nothingCopied(r.error());
        SqliteStatement select(sqlite, qPrintable(u"SELECT %1 FROM %2"_s.arg(columnList, quoted(table))));
        if (!select.get()) {
            pg.copyAbort();
            return nothingCopied(failed(tr("Could not read the %1 of “%2”.").arg(plainName(table), options.from),
                                        QString::fromUtf8(sqlite3_errmsg(sqlite))));
        }
        PgCopyText rows;
        qint64 read = 0;
        const int n = int(columns.size());
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(select.get())) == SQLITE_ROW) {
            for (int c = 0; c < n; ++c) {
                sqlite3_stmt *s = select.get();
                switch (sqlite3_column_type(s, c)) {
                case SQLITE_NULL:
                    rows.addNull();
                    break;
                case SQLITE_INTEGER:
                    rows.addInt(sqlite3_column_int64(s, c));
                    break;
                default: {
                    // Text, a real or a blob: as the bytes SQLite has (PostgreSQL refuses what its
                    // column cannot hold, and the copy ends with its reason).
                    const void *data = sqlite3_column_blob(s, c);
                    const auto size = std::size_t(sqlite3_column_bytes(s, c));
                    const std::string_view bytes(static_cast<const char *>(data), data ? size : 0);
                    if (bytea[std::size_t(c)])
                        rows.addBytea(bytes);
                    else
                        rows.addText(bytes);
                }
                }
            }
            rows.endRow();
            ++read;
            if (rows.data().size() >= (4u << 20)) {
                if (auto r = pg.copyPut(rows.data()); !r)
                    return nothingCopied(r.error());
                rows.clear();
            }
            if (options.progress && expected >= options.progressRows && read % 10000 == 0
                && sinceProgress.elapsed() >= 1000) {
                options.progress(tr("db:copy: %1 of %2 %3 (%4%)")
                                     .arg(number(read), number(expected), plainName(table))
                                     .arg(read * 100 / expected));
                sinceProgress.restart();
            }
        }
        if (step != SQLITE_DONE) {
            pg.copyAbort();
            return nothingCopied(failed(tr("Could not read the %1 of “%2”.").arg(plainName(table), options.from),
                                        QString::fromUtf8(sqlite3_errmsg(sqlite))));
        }
        if (auto r = pg.copyPut(rows.data()); !r)
            return nothingCopied(r.error());
        const auto stored = pg.copyEnd();
        if (!stored) {
            Error e = stored.error();
            e.message = tr("PostgreSQL refused the %1 of “%2”: %3").arg(plainName(table), options.from, e.detail);
            return nothingCopied(e);
        }
        if (*stored != read || read != expected)
            return nothingCopied(failed(
                tr("%1 of %2 %3 arrived in PostgreSQL.").arg(number(*stored), number(expected), plainName(table))));
        copied.tables.append({table, read});
        if (options.progress && expected >= options.progressRows)
            options.progress(tr("db:copy: %1 %2 copied").arg(number(read), plainName(table)));
    }

    // ---- ids after the copied ones, and the counts once more from PostgreSQL's side -------------
    const auto identities = pg.exec(u"SELECT table_name FROM information_schema.columns WHERE table_schema = "
                                    u"current_schema() AND column_name = 'id' AND is_identity = 'YES'"_s);
    if (!identities)
        return nothingCopied(identities.error());
    QStringList withIdentity;
    for (int i = 0; i < identities->rows(); ++i)
        withIdentity << identities->text(i, 0);
    for (const QString &table : tables) {
        if (withIdentity.contains(table)) {
            const auto r = pg.exec(u"SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce(max(id), 1), "
                                   u"max(id) IS NOT NULL) FROM %2"_s.arg(quoted(table)),
                                   {table});
            if (!r)
                return nothingCopied(r.error());
        }
        const auto count = pg.exec(u"SELECT count(*) FROM %1"_s.arg(quoted(table)));
        if (!count)
            return nothingCopied(count.error());
        if (count->toInt64(0, 0) != copied.rows(table))
            return nothingCopied(failed(
                tr("PostgreSQL counts %1 %2 after the copy, and “%3” has %4.")
                    .arg(number(count->toInt64(0, 0)), plainName(table), options.from, number(copied.rows(table)))));
    }
    if (auto committed = tx.commit(); !committed)
        return nothingCopied(committed.error());
    // Fresh statistics for the planner, now that the tables are no longer empty; not needed for
    // correctness, so a failure here changes nothing.
    pg.exec(u"ANALYZE"_s);
    return copied;
}

int dbCopyCommand(const QString &from, const QString &to)
{
    QString target = to;
    if (target.isEmpty()) {
        const auto fromEnvironment = DbCopy::targetFromEnvironment();
        if (!fromEnvironment) {
            std::fprintf(stderr, "linkdeck-server: %s\n", qPrintable(fromEnvironment.error().message));
            return 2;
        }
        target = *fromEnvironment;
    }
    DbCopy::Options options;
    options.from = from;
    options.to = target;
    options.progress = [](const QString &line) {
        std::fprintf(stderr, "%s\n", qPrintable(line));
        std::fflush(stderr);
    };
    QElapsedTimer timer;
    timer.start();
    const auto copied = DbCopy::run(options);
    if (!copied) {
        std::fprintf(stderr, "linkdeck-server: %s\n", qPrintable(copied.error().message));
        return 1;
    }
    std::printf("%s\n",
                qPrintable(DbCopy::tr("db:copy: copied %1 from %2 in %3 s; every table's count matches.")
                               .arg(copied->summary(), from)
                               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)));
    return 0;
}

}   // namespace Linkdeck::Server::Pg
