#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "core/links/link.h"

class QTextStream;

namespace Linkdeck::Cli {

// RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes.
QString csvField(const QString &value);
QString csvRow(const QStringList &fields);   // ends in CRLF

// `links list --format csv`: tags joined with "; ", created_at in ISO 8601 UTC.
QStringList csvHeader();
QStringList csvFields(const Link &link);
// `links list --format json`: one object per link, times in ISO 8601 UTC, null when unset.
QJsonObject linkJson(const Link &link, const QString &accountName);

// Text for a person's terminal (tables, sentences on stderr): every C0 control character, DEL and
// every C1 control becomes a visible escape, "\x1b" for ESC, so that a title or domain from a
// link service can neither move the cursor, retitle the window, change colours nor hide
// itself. keepLineBreaks keeps "\n" and "\t" (a sentence's own line breaks). CSV and JSON
// stay exact data: they are for programs (JSON escapes control characters itself; CSV keeps
// them as they are, quoted where RFC 4180 says).
QString forTerminal(const QString &text, bool keepLineBreaks = false);

// Fits text into a table column: pads, or cuts with an ellipsis.
QString fitColumn(const QString &text, int width);

enum class ListFormat {
    Table,
    Csv,
    Json,
};
std::optional<ListFormat> listFormatFromName(const QString &name);   // "table", "csv", "json"

// Writes a listing one link at a time, so that any number of links streams to the output page
// by page; the JSON is a valid array whatever the count.
//
//   auto writer = LinkWriter::create(ListFormat::Json, out, accountNames);
//   writer->begin(firstPage);
//   for (const Link &link : page) writer->write(link);   // page after page
//   writer->end();
class LinkWriter
{
public:
    virtual ~LinkWriter();

    // Once, before any link; the table sizes its columns from the first page.
    virtual void begin(const QList<Link> &firstPage) = 0;
    virtual void write(const Link &link) = 0;
    virtual void end() = 0;

    // accountNames: account id -> name, for JSON's "account".
    static std::unique_ptr<LinkWriter> create(ListFormat format, QTextStream &out,
                                              const QHash<qint64, QString> &accountNames);
};

}   // namespace Linkdeck::Cli
