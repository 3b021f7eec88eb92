#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace Linkdeck::Server::Pg {

// `linkdeck-server db:copy --from FILE.sqlite --to postgresql://...` (issue 14): moves a
// single-machine server into an empty PostgreSQL database, with everything the server keeps:
// links (with their passwords' hashes, previews, fallbacks and splits), tags, domains, API keys,
// redirect rules, clicks, their rollups and the journal positions (so the clicks still in the
// server's journal are stored once, by whichever server reads that journal next).
//
// One PostgreSQL transaction: either every row arrives and every table's count equals the
// SQLite file's, or nothing was stored. Clicks and rollups go with COPY. A target that already
// holds links, keys or clicks is refused as it is. The SQLite file is read in one snapshot;
// opening it updates an older schema first, as the server's own start would (keeping a .bak).
//
//   DbCopy::Options options{u"/var/lib/linkdeck/links.sqlite"_s, u"postgresql://linkdeck@db/links"_s};
//   options.progress = [](const QString &line) { fprintf(stderr, "%s\n", qPrintable(line)); };
//   auto copied = DbCopy::run(options);
class DbCopy
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Server::Pg::DbCopy)
public:
    struct Options
    {
        QString from;   // the SQLite file
        QString to;     // a postgresql:// URL or libpq conninfo
        // A line now and then for copies of at least progressRows rows in a table.
        std::function<void(const QString &)> progress;
        qint64 progressRows = 100000;
    };
    struct Copied
    {
        QList<QPair<QString, qint64>> tables;   // each table and its rows, in copy order
        qint64 rows(const QString &table) const;
        QString summary() const;   // "12 links, 3 API keys, ... and 4,000 clicks"
    };
    static Result<Copied> run(const Options &options);

    // The target from Shlink's variables DB_DRIVER=postgres, DB_HOST, DB_PORT, DB_NAME (default
    // shlink), DB_USER, DB_PASSWORD and DB_UNIX_SOCKET, as a libpq conninfo.
    static Result<QString> targetFromEnvironment();
};

// The db:copy command of linkdeck-server's main(): progress on stderr, the summary on
// stdout; the exit code.
int dbCopyCommand(const QString &from, const QString &to);

}   // namespace Linkdeck::Server::Pg
