#pragma once

#include "core/base/result.h"
#include "server/pg/pgconnection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Linkdeck::Server::Pg {

// linkdeck-server's tables in PostgreSQL (issue 14), mirroring the SQLite schema of
// core/storage/database.cpp that the server uses: accounts, links, domains, api_keys, tags,
// link_tags, short_url_redirect_rules, clicks, click_hours, link_click_deltas, rollup_progress,
// journal_progress, meta and link_changes. The desktop app's own tables (sync_queue,
// provider_stats, the links_fts search index) are not here.
//
// A PostgreSQL schema version N has the columns of SQLite's version N: there is no older
// PostgreSQL layout, so the first migration is version 11 and creates everything at once;
// version 12 adds the A/B split's columns as SQLite's version 12 does.
// Applying runs in one transaction under an advisory lock, so several instances starting
// together migrate once; a database of a newer version is refused as it is.
//
//   auto conn = PgSchema::connect(u"postgresql://linkdeck@db/linkdeck"_s);   // opens and migrates
class PgSchema
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Server::Pg::PgSchema)
public:
    struct Migration
    {
        int version;
        QStringList statements;
    };
    static const QList<Migration> &migrations();
    static int latestVersion();

    // The version the database has (0: none of linkdeck-server's tables yet).
    static Result<int> version(PgConnection &conn);
    // Applies what is missing; nothing when the database is current.
    static Result<void> migrate(PgConnection &conn);
    // PgConnection::open and migrate.
    static Result<PgConnection> connect(const QString &conninfo);

    // The tables db:copy moves, parents before children (foreign keys).
    static QStringList serverTables();
};

}   // namespace Linkdeck::Server::Pg
