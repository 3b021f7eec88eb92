#include "server/commandline.h"

#include "core/base/paths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server {
namespace {

Error invalid(const QString &message)
{
    return Error::make(Error::Kind::Invalid, message);
}

// --config FILE: lines of KEY=VALUE with Shlink's variable names, applied as the environment
// where the environment does not set them already.
Result<void> loadConfigFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return invalid(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    int number = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++number;
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)   // the line number only: the line may hold a secret (an API key with a typo)
            return invalid(u"%1, line %2: expected KEY=VALUE"_s.arg(path).arg(number));
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        const QByteArray key = line.left(eq).trimmed().toLocal8Bit();
        if (qgetenv(key.constData()).isEmpty())
            qputenv(key.constData(), value.toLocal8Bit());
    }
    return {};
}

// --listen HOST:PORT, [IPv6]:PORT.
Result<void> applyListen(const QString &value, ServerConfig &config)
{
    const qsizetype colon = value.lastIndexOf(u':');
    bool ok = colon > 0;
    const int port = ok ? value.mid(colon + 1).toInt(&ok) : 0;
    if (!ok || port < 0 || port > 65535)
        return invalid(u"--listen wants HOST:PORT, e.g. 127.0.0.1:8080, not \"%1\""_s.arg(value));
    QString host = value.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    config.listenHost = host.toStdString();
    config.listenPort = std::uint16_t(port);
    return {};
}

}   // namespace

Result<ServerCommand> parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Linkdeck's redirect server with the Shlink REST API v3."_s);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(
        u"command"_s,
        u"Optional: api-key:generate prints a new API key; api-key:list; api-key:disable NAME; db:copy "
        u"moves the server's SQLite file into an empty PostgreSQL database."_s,
        u"[command]"_s);
    const QCommandLineOption listen(u"listen"_s, u"Address and port to listen on (default 127.0.0.1:8080)."_s,
                                    u"host:port"_s);
    const QCommandLineOption db(u"db"_s, u"The link database (default: the app's)."_s, u"file"_s);
    const QCommandLineOption config(u"config"_s, u"A file of KEY=VALUE settings with Shlink's names."_s, u"file"_s);
    const QCommandLineOption geoip(u"geoip"_s, u"A MaxMind .mmdb file for visitor countries and cities."_s, u"file"_s);
    const QCommandLineOption uap(u"uap-regexes"_s,
                                 u"uap-core's regexes.yaml, for clicks by device, browser and OS "
                                 u"(default /usr/share/uap-core/regexes.yaml)."_s,
                                 u"file"_s);
    const QCommandLineOption status(u"redirect-status"_s, u"301, 302 (default), 307 or 308."_s, u"n"_s);
    const QCommandLineOption journal(u"journal-dir"_s,
                                     u"Where the click journal lives (default: next to the database)."_s, u"dir"_s);
    const QCommandLineOption threads(u"threads"_s, u"I/O threads (default: one per core)."_s, u"n"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Use the database in this folder."_s, u"dir"_s);
    const QCommandLineOption name(u"name"_s, u"With api-key:generate: a name for the key."_s, u"name"_s);
    const QCommandLineOption authorOnly(u"author-only"_s,
                                        u"With api-key:generate: the key sees only the short URLs it creates."_s);
    const QCommandLineOption domainOnly(
        u"domain-only"_s, u"With api-key:generate: the key sees only short URLs of this domain."_s, u"domain"_s);
    const QCommandLineOption noOrphanVisits(u"no-orphan-visits"_s,
                                            u"With api-key:generate: orphan visits do not exist for the key."_s);
    const QCommandLineOption expires(u"expiration-date"_s,
                                     u"With api-key:generate: the key stops working then (ISO 8601)."_s, u"date"_s);
    const QCommandLineOption copyFrom(u"from"_s, u"With db:copy: the SQLite file to copy (default: --db's)."_s,
                                      u"file"_s);
    const QCommandLineOption copyTo(u"to"_s,
                                    u"With db:copy: postgresql://USER@HOST:PORT/DATABASE (default: Shlink's DB_DRIVER, "
                                    u"DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD, DB_UNIX_SOCKET)."_s,
                                    u"url"_s);
    parser.addOptions({listen, db, config, geoip, uap, status, journal, threads, dataDir, name, authorOnly, domainOnly,
                       noOrphanVisits, expires, copyFrom, copyTo});
    if (!parser.parse(arguments))
        return invalid(parser.errorText());

    ServerCommand command;
    if (parser.isSet(help)) {
        command.kind = ServerCommand::Kind::Help;
        command.text = parser.helpText();
        return command;
    }
    if (parser.isSet(version)) {
        command.kind = ServerCommand::Kind::Version;
        command.text = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return command;
    }

    Paths::setDataDirOverride(parser.value(dataDir));
    ServerConfig &cfg = command.config;
    cfg.databasePath = (parser.isSet(db) ? parser.value(db) : Paths::databasePath()).toStdString();
    command.databaseGiven = parser.isSet(db);

    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    if (verb == u"api-key:generate") {
        command.kind = ServerCommand::Kind::GenerateKey;
        command.keyName = parser.value(name);
        command.roles.authorOnly = parser.isSet(authorOnly);
        command.roles.domainOnly = parser.value(domainOnly).trimmed().toLower();
        command.roles.noOrphanVisits = parser.isSet(noOrphanVisits);
        if (parser.isSet(domainOnly) && command.roles.domainOnly.isEmpty())
            return invalid(u"--domain-only wants a domain, e.g. --domain-only go.example.com"_s);
        if (parser.isSet(expires)) {
            command.expires = QDateTime::fromString(parser.value(expires), Qt::ISODate);
            if (!command.expires->isValid())
                return invalid(
                    u"--expiration-date wants a date such as 2030-01-31 or 2030-01-31T12:00:00Z, not \"%1\""_s.arg(
                        parser.value(expires)));
        }
        return command;
    }
    if (verb == u"api-key:list") {
        command.kind = ServerCommand::Kind::ListKeys;
        return command;
    }
    if (verb == u"api-key:disable") {
        command.kind = ServerCommand::Kind::DisableKey;
        command.keyName = positional.value(1);
        if (command.keyName.isEmpty())
            return invalid(u"api-key:disable wants the key's name, e.g. linkdeck-server api-key:disable my_client"_s);
        return command;
    }
    if (verb == u"db:copy") {
        command.kind = ServerCommand::Kind::CopyDatabase;
        command.copyFrom = parser.isSet(copyFrom) ? parser.value(copyFrom) : QString::fromStdString(cfg.databasePath);
        command.copyTo = parser.value(copyTo);
        if (parser.isSet(copyTo) && command.copyTo.trimmed().isEmpty())
            return invalid(
                u"--to wants a PostgreSQL address, e.g. --to postgresql://linkdeck@db.example.com/linkdeck"_s);
        if (parser.isSet(config)) {   // Shlink's DB_* variables may come from it
            if (auto loaded = loadConfigFile(parser.value(config)); !loaded)
                return loaded.error();
        }
        return command;
    }
    if (!verb.isEmpty())
        return invalid(u"unknown command \"%1\"; see --help"_s.arg(verb));

    if (parser.isSet(config)) {
        if (auto loaded = loadConfigFile(parser.value(config)); !loaded)
            return loaded.error();
    }
    if (auto applied = cfg.applyEnvironment(); !applied)
        return applied.error();
    if (parser.isSet(listen)) {
        if (auto applied = applyListen(parser.value(listen), cfg); !applied)
            return applied.error();
    }
    if (parser.isSet(geoip))
        cfg.geoipPath = parser.value(geoip).toStdString();
    if (parser.isSet(uap))
        cfg.userAgentRegexesPath = parser.value(uap).toStdString();
    if (parser.isSet(status)) {
        const int s = parser.value(status).toInt();
        if (s != 301 && s != 302 && s != 307 && s != 308)
            return invalid(u"--redirect-status must be 301, 302, 307 or 308"_s);
        cfg.redirectStatus = s;
    }
    if (parser.isSet(journal))
        cfg.journalDir = parser.value(journal).toStdString();
    if (parser.isSet(threads)) {
        bool ok = false;
        cfg.ioThreads = parser.value(threads).toInt(&ok);
        if (!ok || cfg.ioThreads < 0 || cfg.ioThreads > 256)
            return invalid(
                u"--threads wants a number from 1 to 256 (0: one per core), not \"%1\""_s.arg(parser.value(threads)));
    }
    return command;
}

bool isPostgresAddress(const QString &db)
{
    return db.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || db.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

}   // namespace Linkdeck::Server
