// linkdeck-server: the bundled redirect server with the Shlink REST API.
//
//   linkdeck-server [--listen HOST:PORT] [--db FILE] [--config FILE] [--geoip FILE.mmdb]
//                   [--uap-regexes FILE] [--redirect-status N] [--journal-dir DIR] [--threads N]
//                   [--data-dir DIR]
//   linkdeck-server api-key:generate [--name NAME] [--author-only] [--domain-only DOMAIN]
//                   [--no-orphan-visits] [--expiration-date DATE] [--db FILE]
//   linkdeck-server api-key:list [--db FILE]
//   linkdeck-server api-key:disable NAME [--db FILE]

#include "core/database.h"
#include "core/paths.h"
#include "server/apikeys.h"
#include "server/journal.h"
#include "server/linkserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>

#include <csignal>
#include <cstdio>
#include <cstdlib>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using Linkdeck::Server::ServerConfig;

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

// --config FILE: lines of KEY=VALUE with Shlink's variable names, applied as the environment.
bool loadConfigFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    int number = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++number;
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            // The line number only: the line may hold a secret (an API key with a typo).
            *error = u"%1, line %2: expected KEY=VALUE"_s.arg(path).arg(number);
            return false;
        }
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(u'"') && value.endsWith(u'"')))
            value = value.mid(1, value.size() - 2);
        // The environment wins over the file, as with docker's --env-file and -e.
        qputenv(line.left(eq).trimmed().toLocal8Bit().constData(), qgetenv(line.left(eq).trimmed().toLocal8Bit().constData()).isEmpty()
                    ? value.toLocal8Bit()
                    : qgetenv(line.left(eq).trimmed().toLocal8Bit().constData()));
    }
    return true;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "linkdeck-server: %s\n", qPrintable(message));
    return 1;
}

struct KeyOptions
{
    QCommandLineOption name{u"name"_s, u"With api-key:generate: a name for the key."_s, u"name"_s};
    QCommandLineOption authorOnly{u"author-only"_s, u"With api-key:generate: the key sees only the short URLs it creates."_s};
    QCommandLineOption domainOnly{u"domain-only"_s, u"With api-key:generate: the key sees only short URLs of this domain."_s,
                                  u"domain"_s};
    QCommandLineOption noOrphanVisits{u"no-orphan-visits"_s, u"With api-key:generate: orphan visits do not exist for the key."_s};
    QCommandLineOption expires{u"expiration-date"_s, u"With api-key:generate: the key stops working then (ISO 8601)."_s,
                               u"date"_s};
};

// api-key:generate | api-key:list | api-key:disable NAME, as Shlink's commands of those names.
int apiKeyCommand(const QCommandLineParser &parser, const KeyOptions &o, const std::string &databasePath)
{
    const QString command = parser.positionalArguments().value(0);
    Linkdeck::Database database;
    if (auto r = database.open(QString::fromStdString(databasePath)); !r)
        return fail(r.error().message);
    QSqlDatabase conn = database.connection();
    QString error;
    if (command == u"api-key:generate") {
        Linkdeck::Server::ApiKeyScope roles;
        roles.authorOnly = parser.isSet(o.authorOnly);
        roles.domainOnly = parser.value(o.domainOnly).trimmed().toLower();
        roles.noOrphanVisits = parser.isSet(o.noOrphanVisits);
        if (parser.isSet(o.domainOnly) && roles.domainOnly.isEmpty())
            return fail(u"--domain-only wants a domain, e.g. --domain-only go.example.com"_s);
        std::optional<QDateTime> expires;
        if (parser.isSet(o.expires)) {
            expires = QDateTime::fromString(parser.value(o.expires), Qt::ISODate);
            if (!expires->isValid())
                return fail(u"--expiration-date wants a date such as 2030-01-31 or 2030-01-31T12:00:00Z, not \"%1\""_s
                                .arg(parser.value(o.expires)));
        }
        const QString key = Linkdeck::Server::ApiKeys::generate();
        if (!Linkdeck::Server::ApiKeys::add(conn, key, parser.value(o.name), &error, roles, expires))
            return fail(u"cannot store the key: "_s + error);
        std::printf("%s\n", qPrintable(key));
        return 0;
    }
    if (command == u"api-key:list") {
        std::printf("%-24s %-10s %-20s %-20s %s\n", "NAME", "ENABLED", "CREATED (UTC)", "EXPIRES (UTC)", "ROLES");
        for (const auto &key : Linkdeck::Server::ApiKeys::list(conn)) {
            const QString expires = key.expiresAt ? key.expiresAt->toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
            std::printf("%-24s %-10s %-20s %-20s %s\n", qPrintable(key.name.isEmpty() ? u"(unnamed)"_s : key.name),
                        key.enabled ? "yes" : "no", qPrintable(key.createdAt.toString(u"yyyy-MM-dd HH:mm"_s)),
                        qPrintable(expires), qPrintable(Linkdeck::Server::ApiKeys::describeRoles(key.scope)));
        }
        return 0;
    }
    // api-key:disable NAME
    const QString name = parser.positionalArguments().value(1);
    if (name.isEmpty())
        return fail(u"api-key:disable wants the key's name, e.g. linkdeck-server api-key:disable my_client"_s);
    const int disabled = Linkdeck::Server::ApiKeys::disableByName(conn, name, &error);
    if (disabled < 0)
        return fail(u"cannot disable the key: "_s + error);
    if (disabled == 0)
        return fail(u"there is no API key named \"%1\" (see api-key:list)"_s.arg(name));
    std::printf("API key \"%s\" disabled\n", qPrintable(name));
    return 0;
}

} // namespace

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

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Linkdeck's redirect server with the Shlink REST API v3."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s,
                                 u"Optional: api-key:generate prints a new API key; api-key:list; api-key:disable NAME."_s,
                                 u"[command]"_s);
    const QCommandLineOption listen(u"listen"_s, u"Address and port to listen on (default 127.0.0.1:8080)."_s, u"host:port"_s);
    const QCommandLineOption db(u"db"_s, u"The link database (default: the app's)."_s, u"file"_s);
    const QCommandLineOption config(u"config"_s, u"A file of KEY=VALUE settings with Shlink's names."_s, u"file"_s);
    const QCommandLineOption geoip(u"geoip"_s, u"A MaxMind .mmdb file for visitor countries and cities."_s, u"file"_s);
    const QCommandLineOption uap(u"uap-regexes"_s,
                                 u"uap-core's regexes.yaml, for clicks by device, browser and OS "
                                 u"(default /usr/share/uap-core/regexes.yaml)."_s,
                                 u"file"_s);
    const QCommandLineOption status(u"redirect-status"_s, u"301, 302 (default), 307 or 308."_s, u"n"_s);
    const QCommandLineOption journal(u"journal-dir"_s, u"Where the click journal lives (default: next to the database)."_s, u"dir"_s);
    const QCommandLineOption threads(u"threads"_s, u"I/O threads (default: one per core)."_s, u"n"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Use the database in this folder."_s, u"dir"_s);
    const KeyOptions keys;
    parser.addOptions({listen, db, config, geoip, uap, status, journal, threads, dataDir, keys.name, keys.authorOnly,
                       keys.domainOnly, keys.noOrphanVisits, keys.expires});
    parser.process(app);

    Linkdeck::Paths::setDataDirOverride(parser.value(dataDir));
    ServerConfig cfg;
    cfg.databasePath = (parser.isSet(db) ? parser.value(db) : Linkdeck::Paths::databasePath()).toStdString();

    if (parser.positionalArguments().value(0).startsWith(u"api-key:"_s)
        && QStringList{u"api-key:generate"_s, u"api-key:list"_s, u"api-key:disable"_s}.contains(parser.positionalArguments().value(0)))
        return apiKeyCommand(parser, keys, cfg.databasePath);
    if (!parser.positionalArguments().isEmpty())
        return fail(u"unknown command \"%1\"; see --help"_s.arg(parser.positionalArguments().constFirst()));

    QString error;
    if (parser.isSet(config) && !loadConfigFile(parser.value(config), &error))
        return fail(error);
    std::string envError;
    if (!cfg.applyEnvironment(&envError))
        return fail(QString::fromStdString(envError));
    if (parser.isSet(listen)) {
        const QString value = parser.value(listen);
        const qsizetype colon = value.lastIndexOf(u':');
        bool ok = colon > 0;
        const int port = ok ? value.mid(colon + 1).toInt(&ok) : 0;
        if (!ok || port < 0 || port > 65535)
            return fail(u"--listen wants HOST:PORT, e.g. 127.0.0.1:8080, not \"%1\""_s.arg(value));
        QString host = value.left(colon);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        cfg.listenHost = host.toStdString();
        cfg.listenPort = std::uint16_t(port);
    }
    if (parser.isSet(geoip))
        cfg.geoipPath = parser.value(geoip).toStdString();
    if (parser.isSet(uap))
        cfg.userAgentRegexesPath = parser.value(uap).toStdString();
    if (parser.isSet(status)) {
        const int s = parser.value(status).toInt();
        if (s != 301 && s != 302 && s != 307 && s != 308)
            return fail(u"--redirect-status must be 301, 302, 307 or 308"_s);
        cfg.redirectStatus = s;
    }
    if (parser.isSet(journal))
        cfg.journalDir = parser.value(journal).toStdString();
    if (parser.isSet(threads))
        cfg.ioThreads = parser.value(threads).toInt();

    raiseFileLimit();
    Linkdeck::Server::LinkServer server(cfg);
    std::string startError;
    if (!server.start(&startError)) {
        fail(QString::fromStdString(startError));
        return int(server.startFailure());
    }
    std::printf("linkdeck-server: %zu links loaded in %.0f ms from %s\n", server.linksLoaded(), server.indexLoadMillis(),
                cfg.databasePath.c_str());
    std::printf("linkdeck-server: click journal in %s\n", cfg.effectiveJournalDir().c_str());
    std::printf("linkdeck-server: listening on http://%s:%u (default domain %s)\n", cfg.listenHost.c_str(),
                unsigned(server.port()), server.config().defaultDomain.c_str());
    std::fflush(stdout);

    int signal = 0;
    sigwait(&stopSignals, &signal);
    std::printf("linkdeck-server: %s received, finishing open requests and storing the last clicks\n",
                signal == SIGTERM ? "SIGTERM" : "SIGINT");
    std::fflush(stdout);
    server.stop();
    const auto stats = server.stats();
    std::printf("linkdeck-server: stopped after %llu requests (%llu redirects answered, %llu unanswered); %llu clicks stored "
                "this run, %llu lost while the journal could not be written\n",
                static_cast<unsigned long long>(stats.requests), static_cast<unsigned long long>(stats.redirectsAnswered),
                static_cast<unsigned long long>(stats.redirectsUnanswered),
                static_cast<unsigned long long>(server.clicksStored()),
                static_cast<unsigned long long>(Linkdeck::Server::journalState().lostClicks));
    return 0;
}
