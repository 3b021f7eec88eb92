#pragma once

#include "core/base/result.h"
#include "server/apikeys.h"
#include "server/config.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Linkdeck::Server {

// linkdeck-server's command line, parsed into what to do: serve with a ServerConfig, or one of
// Shlink's api-key commands. Options win over --config's KEY=VALUE lines, which lose to the
// environment (as docker's --env-file and -e).
struct ServerCommand
{
    enum class Kind {
        Serve,
        GenerateKey,   // api-key:generate [--name N] [--author-only] [--domain-only D] [--no-orphan-visits] [--expiration-date T]
        ListKeys,       // api-key:list
        DisableKey,     // api-key:disable NAME
        CopyDatabase,   // db:copy [--from FILE.sqlite] [--to postgresql://...] (issue 14)
        Help,           // --help: print `text`
        Version,        // --version: print `text`
    };
    Kind kind = Kind::Serve;
    ServerConfig config;   // Serve: everything; the api-key commands: databasePath
    QString keyName;       // GenerateKey: --name; DisableKey: NAME
    ApiKeyScope roles;     // GenerateKey
    std::optional<QDateTime> expires;
    QString text;                 // Help, Version
    QString copyFrom;             // CopyDatabase: --from, else the server's database (--db, --data-dir)
    QString copyTo;               // CopyDatabase: --to; empty: Shlink's DB_* variables
    bool databaseGiven = false;   // --db was given (else Shlink's DB_DRIVER may choose PostgreSQL)
};

// arguments as main() gets them, the program's name first. An error's message is the sentence
// for the operator (it never repeats a --config line, which may hold a secret).
Result<ServerCommand> parseCommandLine(const QStringList &arguments);

// Whether --db names a PostgreSQL database (postgresql:// or postgres://, as libpq takes them)
// rather than a SQLite file; the api-key commands work on either.
bool isPostgresAddress(const QString &db);

}   // namespace Linkdeck::Server
