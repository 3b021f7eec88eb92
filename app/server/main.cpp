// linkdeck-server: the bundled redirect server with the Shlink REST API.
//
//   linkdeck-server [--listen HOST:PORT] [--db FILE] [--config FILE] [--geoip FILE.mmdb]
//                   [--uap-regexes FILE] [--redirect-status N] [--journal-dir DIR] [--threads N]
//                   [--data-dir DIR]
//   linkdeck-server api-key:generate [--name NAME] [--author-only] [--domain-only DOMAIN]
//                   [--no-orphan-visits] [--expiration-date DATE] [--db FILE|postgresql://...]
//   linkdeck-server api-key:list [--db FILE|postgresql://...]
//   linkdeck-server api-key:disable NAME [--db FILE|postgresql://...]
//   linkdeck-server db:copy [--from FILE.sqlite] [--to postgresql://USER@HOST:PORT/DATABASE]
//
// --db postgresql://... (or Shlink's DB_DRIVER=postgres and DB_* variables) runs it on PostgreSQL,
// several instances on one database, each with its own --journal-dir (issue 14).

#include "core/base/paths.h"
#include "core/storage/database.h"
#include "server/apikeys.h"
#include "server/commandline.h"
#include "server/journal.h"
#include "server/linkserver.h"
#include "server/pg/dbcopy.h"
#include "server/pg/pgkeystore.h"
#include "server/pg/pgschema.h"
#include "server/pg/pgserverdatabase.h"
#include "server/store/sqlitekeystore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using Linkdeck::Server::ServerCommand;

namespace {

void raiseFileLimit()
{
    // Every connection is a file descriptor: allow as many as the system lets us.
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

int fail(const QString &message)
{
    std::fprintf(stderr, "linkdeck-server: %s\n", qPrintable(message));
    return 1;
}

// PostgreSQL's conninfo when the server runs on it (issue 14): --db postgresql://..., or, with
// no --db, Shlink's DB_DRIVER=postgres and DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD,
// DB_UNIX_SOCKET. Empty: the SQLite file.
Linkdeck::Result<QString> postgresOf(const ServerCommand &command)
{
    const QString db = QString::fromStdString(command.config.databasePath);
    if (Linkdeck::Server::isPostgresAddress(db))
        return db;
    const QString driver = qEnvironmentVariable("DB_DRIVER").trimmed().toLower();
    if (command.databaseGiven || driver.isEmpty() || driver == u"sqlite")
        return QString();
    if (driver != u"postgres" && driver != u"postgresql")
        return Linkdeck::Error::make(Linkdeck::Error::Kind::Invalid,
                                     u"DB_DRIVER is \"%1\": linkdeck-server runs on SQLite (the default) or "
                                     u"PostgreSQL (DB_DRIVER=postgres)"_s.arg(driver));
    return Linkdeck::Server::Pg::DbCopy::targetFromEnvironment();
}

// api-key:generate | api-key:list | api-key:disable NAME, as Shlink's commands of those names.
int runKeyCommand(const ServerCommand &command, Linkdeck::Server::KeyStore &keys)
{
    using Linkdeck::Server::ApiKeys;
    switch (command.kind) {
    case ServerCommand::Kind::GenerateKey: {
        const QString key = ApiKeys::generate();
        if (auto added = keys.add(key, command.keyName, command.roles, command.expires); !added)
            return fail(u"cannot store the key: "_s + added.error().message);
        std::printf("%s\n", qPrintable(key));
        return 0;
    }
    case ServerCommand::Kind::ListKeys: {
        const auto listed = keys.list();
        if (!listed)
            return fail(u"cannot list the keys: "_s + listed.error().message);
        std::printf("%-24s %-10s %-20s %-20s %s\n", "NAME", "ENABLED", "CREATED (UTC)", "EXPIRES (UTC)", "ROLES");
        for (const auto &key : *listed) {
            const QString expires = key.expiresAt ? key.expiresAt->toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
            std::printf("%-24s %-10s %-20s %-20s %s\n", qPrintable(key.name.isEmpty() ? u"(unnamed)"_s : key.name),
                        key.enabled ? "yes" : "no", qPrintable(key.createdAt.toString(u"yyyy-MM-dd HH:mm"_s)),
                        qPrintable(expires), qPrintable(ApiKeys::describeRoles(key.scope)));
        }
        return 0;
    }
    default: {
        const auto disabled = keys.disableByName(command.keyName);
        if (!disabled)
            return fail(u"cannot disable the key: "_s + disabled.error().message);
        if (*disabled == 0)
            return fail(u"there is no API key named \"%1\" (see api-key:list)"_s.arg(command.keyName));
        std::printf("API key \"%s\" disabled\n", qPrintable(command.keyName));
        return 0;
    }
    }
}

// The keys of --db: a SQLite file, or PostgreSQL's (a postgresql:// address; migrated first).
int apiKeyCommand(const ServerCommand &command)
{
    const QString db = QString::fromStdString(command.config.databasePath);
    if (Linkdeck::Server::isPostgresAddress(db)) {
        auto conn = Linkdeck::Server::Pg::PgSchema::connect(db);
        if (!conn)
            return fail(conn.error().message);
        Linkdeck::Server::Pg::PgConnection pg = std::move(conn).value();
        Linkdeck::Server::Pg::PgKeyStore keys(pg);
        return runKeyCommand(command, keys);
    }
    Linkdeck::Database database;
    if (auto r = database.open(db); !r)
        return fail(r.error().message);
    Linkdeck::Server::SqliteKeyStore keys(database);
    return runKeyCommand(command, keys);
}

}   // namespace

int main(int argc, char *argv[])
{
    // Block the stop signals in every thread; the main thread waits for them with sigwait.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    QCoreApplication app(argc, argv);
    Linkdeck::Paths::setApplicationInfo();
    QCoreApplication::setApplicationName(u"Linkdeck"_s);

    const auto parsed = Linkdeck::Server::parseCommandLine(QCoreApplication::arguments());
    if (!parsed)
        return fail(parsed.error().message);
    const ServerCommand &command = parsed.value();
    switch (command.kind) {
    case ServerCommand::Kind::Help:
    case ServerCommand::Kind::Version:
        std::printf("%s\n", qPrintable(command.text));
        return 0;
    case ServerCommand::Kind::Serve:
        break;
    case ServerCommand::Kind::CopyDatabase:
        return Linkdeck::Server::Pg::dbCopyCommand(command.copyFrom, command.copyTo);
    default:
        return apiKeyCommand(command);
    }
    Linkdeck::Server::ServerConfig cfg = command.config;
    const auto postgres = postgresOf(command);
    if (!postgres)
        return fail(postgres.error().message);
    if (!postgres->isEmpty() && cfg.journalDir.empty()) {
        // Each instance keeps its own journal: by default in its data folder (--data-dir).
        cfg.journalDir = QString(Linkdeck::Paths::dataDir() + u"/server.journal"_s).toStdString();
    }

    raiseFileLimit();
    Linkdeck::Server::LinkServer server(cfg);
    std::string databaseName = cfg.databasePath;
    if (!postgres->isEmpty()) {
        auto shared = std::make_unique<Linkdeck::Server::Pg::PgServerDatabase>(*postgres);
        databaseName.clear();
        const auto *named = shared.get();
        server.setSharedDatabase(std::move(shared));
        if (const auto started = server.start(); !started) {
            fail(started.error().message);
            return int(server.startFailure());
        }
        databaseName = named->describe();
    } else if (const auto started = server.start(); !started) {
        fail(started.error().message);
        return int(server.startFailure());
    }
    std::printf("linkdeck-server: %zu links loaded in %.0f ms from %s\n", server.linksLoaded(),
                server.indexLoadMillis(), databaseName.c_str());
    std::printf("linkdeck-server: click journal in %s\n", cfg.effectiveJournalDir().c_str());
    std::printf("linkdeck-server: listening on http://%s:%u (default domain %s)\n", cfg.listenHost.c_str(),
                unsigned(server.port()), server.config().defaultDomain.c_str());
    // For the program that started it (the app's server panel, scripts): one JSON line, the
    // address actually bound (a --listen port 0 gets one from the system).
    QString host = QString::fromStdString(cfg.listenHost);
    if (host.contains(u':'))
        host = u"[%1]"_s.arg(host);   // IPv6
    const QJsonObject ready{{u"event"_s, u"ready"_s},
                            {u"address"_s, u"http://%1:%2"_s.arg(host).arg(server.port())},
                            {u"port"_s, int(server.port())},
                            {u"links"_s, qint64(server.linksLoaded())},
                            {u"database"_s, QString::fromStdString(databaseName)},
                            {u"journal"_s, QString::fromStdString(cfg.effectiveJournalDir())},
                            {u"pid"_s, qint64(QCoreApplication::applicationPid())}};
    std::printf("%s\n", QJsonDocument(ready).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    int signal = 0;
    sigwait(&stopSignals, &signal);
    std::printf("linkdeck-server: %s received, finishing open requests and storing the last clicks\n",
                signal == SIGTERM ? "SIGTERM" : "SIGINT");
    std::fflush(stdout);
    server.stop();
    const auto stats = server.stats();
    std::printf(
        "linkdeck-server: stopped after %llu requests (%llu redirects answered, %llu unanswered); %llu clicks stored "
        "this run, %llu lost while the journal could not be written\n",
        static_cast<unsigned long long>(stats.requests), static_cast<unsigned long long>(stats.redirectsAnswered),
        static_cast<unsigned long long>(stats.redirectsUnanswered),
        static_cast<unsigned long long>(server.clicksStored()),
        static_cast<unsigned long long>(Linkdeck::Server::journalState().lostClicks));
    return 0;
}
