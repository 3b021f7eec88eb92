#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QXmlStreamReader>

#include <memory>
#include <optional>

#include "core/base/result.h"

class QIODevice;

namespace Linkdeck::Bulk {

// The first worksheet of an Excel workbook (XLSX), row by row: the zip is opened with minizip
// over the QIODevice, the shared strings are read whole, and the sheet's XML is streamed
// through QXmlStreamReader in chunks, so a large sheet is never held whole. Cells come as
// text: shared and inline strings as written, numbers as Excel keeps them (a date cell is its
// serial number, e.g. 46022; Importer::parseTime reads those), booleans as true/false.
//
//   XlsxSheet sheet(&file);
//   if (auto r = sheet.open(); !r) fail(r.error().message);
//   QStringList cells; qint64 row;
//   while (sheet.next(&cells, &row)) ...
class XlsxSheet
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Bulk::XlsxSheet)
public:
    explicit XlsxSheet(QIODevice *device);
    ~XlsxSheet();
    Q_DISABLE_COPY_MOVE(XlsxSheet)

    Result<void> open();
    // The next row that has a cell; false at the end or on an error (error() then says it).
    bool next(QStringList *cells, qint64 *row);
    const std::optional<Error> &error() const { return m_error; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    struct Zip;
    Result<QByteArray> readEntry(const QString &name, qint64 limit);
    Result<void> openEntry(const QString &name);
    bool feed();   // more of the sheet's XML into m_xml; false at its end
    Error broken(const QString &detail) const;

    QIODevice *m_device;
    std::unique_ptr<Zip> m_zip;
    QStringList m_sharedStrings;
    QXmlStreamReader m_xml;
    bool m_entryOpen = false;
    bool m_entryDone = false;
    qint64 m_bytesRead = 0;
    std::optional<Error> m_error;
};

}   // namespace Linkdeck::Bulk
