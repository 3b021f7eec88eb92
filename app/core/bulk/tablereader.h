#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>
#include <optional>

#include "core/base/result.h"

class QIODevice;

namespace Linkdeck::Bulk {

class XlsxSheet;

// Reads a table of links row by row from a file as people have them: CSV and TSV as Excel and
// LibreOffice write them (UTF-8 with or without BOM, UTF-16 LE/BE with BOM as Excel's "Unicode
// text", Windows-1252 from older Excel; ',' ';' or tab, sniffed from the first lines, or named
// by an Excel "sep=;" line; quoted fields with newlines and doubled quotes), and JSON (an array
// of objects, or an object holding one, as the export of Linkdeck, Shlink, Bitly or Rebrandly),
// and the first sheet of an Excel workbook (XLSX, see XlsxSheet).
// CSV and TSV are read in chunks of ChunkSize: a file of any size streams. A JSON file is read
// whole, up to MaxJsonBytes.
//
//   TableReader reader(&file);
//   if (auto r = reader.open(); !r) return fail(r.error().message);
//   QStringList fields;
//   while (reader.next(&fields)) { ... reader.row() ... }
//   if (reader.error()) return fail(reader.error()->message);   // "Row 17: ..."
//
// Rows are numbered as a spreadsheet shows them: the header is row 1, a record with newlines in
// a quoted field is still one row. Rows whose fields are all empty are skipped. In JSON the
// first object is row 1.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Bulk::TableReader)
public:
    enum class Format {
        Auto,   // JSON if the text starts with [ or {, an XLSX workbook by its zip signature, else CSV
        Csv,    // separator sniffed: ',' ';' or tab
        Tsv,
        Json,
        Xlsx,
    };

    static constexpr qint64 ChunkSize = 64 * 1024;
    // A record longer than this is a quote mark that never closes (the reader stays bounded).
    static constexpr qsizetype MaxRecordChars = 1024 * 1024;
    static constexpr qint64 MaxJsonBytes = 256 * 1024 * 1024;

    // The device must be open for reading and outlive the reader.
    explicit TableReader(QIODevice *device, Format format = Format::Auto);
    ~TableReader();
    Q_DISABLE_COPY_MOVE(TableReader)

    // Detects the encoding and separator and reads the header row.
    Result<void> open();
    const QStringList &header() const { return m_header; }
    Format format() const { return m_format; }
    QString encodingName() const { return m_encodingName; }
    QChar separator() const { return m_separator; }

    // The next data row; false at the end or on an error (then error() tells it).
    bool next(QStringList *fields);
    const std::optional<Error> &error() const { return m_error; }
    qint64 row() const { return m_row; }
    bool atEnd() const { return m_done; }

    // How far the reading is, for progress bars: bytes read of the device's size (0 if unknown).
    qint64 bytesRead() const;
    qint64 bytesTotal() const;

    // "csv", "tsv", "json", "xlsx" (the CLI's --format), or nullopt.
    static std::optional<Format> formatFromName(const QString &name);
    // By the file name's suffix; Auto if it says nothing.
    static Format formatFromFileName(const QString &fileName);

private:
    enum class Parse {
        Complete,
        NeedMore,
        Unterminated,
        TooLong,
    };
    Result<void> openText();
    Result<void> openJson();
    Result<void> openXlsx();
    bool fill();   // reads and decodes one more chunk; false at the end of the device
    Parse parseRecord(QStringList *fields);
    bool nextRecord(QStringList *fields);   // any record, blank ones included
    void sniffSeparator();
    Error rowError(qint64 row, const QString &what) const;
    bool checkText(qsizetype from);   // NUL and control characters: not a text table

    QIODevice *m_device;
    Format m_format;
    QString m_encodingName;
    QChar m_separator = u',';
    QStringDecoder m_decoder;
    QString m_text;   // decoded and not yet parsed (from m_pos)
    qsizetype m_pos = 0;
    bool m_eof = false;    // the device has nothing more
    bool m_done = false;   // no more rows
    qint64 m_row = 0;      // the spreadsheet row of the last record read
    qint64 m_bytesRead = 0;
    QStringList m_header;
    std::optional<Error> m_error;
    // JSON: the objects, read whole and flattened ("domain.fullName", tags joined by ", ")
    QList<QHash<QString, QString>> m_jsonRows;
    qsizetype m_jsonIndex = 0;
    std::unique_ptr<XlsxSheet> m_xlsx;
};

}   // namespace Linkdeck::Bulk
