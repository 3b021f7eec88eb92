#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

#include "core/base/result.h"
#include "core/links/link.h"
#include "core/links/linkquery.h"

namespace Linkdeck {
class Database;
class LinkRepository;
}   // namespace Linkdeck

namespace Linkdeck::Bulk {

// Writes links to a file with every field and their click totals: CSV (UTF-8 with BOM and
// CRLF, so that Excel opens it as it is), JSON ({"links": [...]}) or XLSX (libxlsxwriter).
// The columns are Linkdeck's own names (ColumnMapping::columnName), so a file exported here
// imports back unchanged. The file is replaced only once it is complete.
//
//   auto written = Exporter::write(links, query, ExportFormat::Csv, u"links.csv"_s);
//   if (!written) fail(written.error().message); else say(*written links);
//
// With ExportOptions::breakdowns, each link's clicks by country, referrer, device, browser and
// operating system too (breakdownColumns()), people's clicks over the link's whole life, as the
// statistics count them (Analytics::breakdown on this computer's rollups; bots left out):
// JSON "breakdowns": {"countries": {"DE": 120, ...}, "referrers": {...}, ...}; CSV and XLSX
// one column each, "DE 120; US 30; (unknown) 2", most clicks first. A value the server could
// not tell is "(unknown)", a referrer of a direct visit "(direct)". The importer ignores these
// columns. A link of a service (Bitly, Shlink, ...) has them when the statistics fetched them
// for a period from its first day on (ProviderStats::wholeLifeShares; no browsers or systems,
// which services do not report); otherwise its cells are empty (JSON: "breakdowns": null).
// ExportResult::note() says which links lack what, and why.
//
//   auto result = Exporter::write(db, links, query, ExportFormat::Json, path, {.breakdowns = true});
//   say(result->note());
enum class ExportFormat {
    Csv,
    Json,
    Xlsx,
};

// How the breakdowns are read: a page of links (Exporter::PageSize) at a time in a few grouped
// queries, or, as Linkdeck once did, a query per link and dimension (the same file; tests and
// bench_export compare the two).
enum class BreakdownQueries {
    Grouped,
    PerLink,
};

struct ExportOptions
{
    bool breakdowns = false;
    BreakdownQueries queries = BreakdownQueries::Grouped;
};

struct ExportResult
{
    qint64 written = 0;
    qint64 withoutBreakdowns = 0;   // links of services whose breakdowns Linkdeck does not have
    qint64 fromServices = 0;        // links of services whose breakdowns came from the statistics kept here
    // A sentence for the user about the links without breakdowns, or empty.
    QString note() const;
};

class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Bulk::Exporter)
public:
    static std::optional<ExportFormat> formatFromName(const QString &name);
    // The columns, in order.
    static QStringList columns();
    // A link's values in the order of columns(), as text.
    static QStringList values(const Link &link);

    static constexpr int PageSize = 2000;
    // progress(linksWritten) returns false to stop (nothing is then written).
    static Result<qint64> write(const LinkRepository &links, const LinkQuery &query, ExportFormat format,
                                const QString &path, const std::function<bool(qint64)> &progress = {});
    // The same, with the options; `database` holds this computer's click rollups.
    static Result<ExportResult> write(Database &database, const LinkRepository &links, const LinkQuery &query,
                                      ExportFormat format, const QString &path, const ExportOptions &options,
                                      const std::function<bool(qint64)> &progress = {});
    // The breakdowns' column names (JSON: their keys in "breakdowns"), in the statistics' order:
    // countries, referrers, devices, browsers, operating_systems.
    static QStringList breakdownColumns();
};

}   // namespace Linkdeck::Bulk
