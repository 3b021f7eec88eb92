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
class LinkRepository;
}

namespace Linkdeck::Bulk {

// Writes links to a file with every field and their click totals: CSV (UTF-8 with BOM and
// CRLF, so that Excel opens it as it is), JSON ({"links": [...]}) or XLSX (libxlsxwriter).
// The columns are Linkdeck's own names (ColumnMapping::columnName), so a file exported here
// imports back unchanged. The file is replaced only once it is complete.
//
//   auto written = Exporter::write(links, query, ExportFormat::Csv, u"links.csv"_s);
//   if (!written) fail(written.error().message); else say(*written links);
enum class ExportFormat {
    Csv,
    Json,
    Xlsx,
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
};

}   // namespace Linkdeck::Bulk
