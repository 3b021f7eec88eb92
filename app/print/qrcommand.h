#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

#include "core/result.h"
#include "print/labelsheet.h"
#include "print/qrrenderer.h"
#include "print/qrstyle.h"

class QCommandLineParser;

namespace Linkdeck::Print {

// The logic of `linkdeck-cli qr` and `qr-sheet`, kept here so that the CLI only resolves
// back-halves and prints. The command adds the options to its parser, lets the parser handle
// --help, then reads them back; a failed read is a usage error (exit 2), a failed export is not.
//
//   QCommandLineParser parser;
//   QrExportOptions::addOptions(parser);
//   parser.process(args);
//   auto options = QrExportOptions::read(parser);          // -o, --format, sizes, colours, ...
//   auto warnings = exportQr(shortUrlOrText, *options);    // writes options->output
struct QrExportOptions
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Print::QrExportOptions)
public:
    QString output;
    QrRenderer::Format format = QrRenderer::Format::Png;   // --format, else the file's extension
    QrStyle style;

    // -o/--output, --format, --size-mm, --module-mm, --dpi, --caption, --cmyk and the style
    // options (--ecc, --min-version, --quiet-zone, --fg, --bg, --shape, --finder, --logo).
    static void addOptions(QCommandLineParser &parser);
    static Result<QrExportOptions> read(const QCommandLineParser &parser);
};

// Encodes text and writes the file; returns the warnings worth printing (low contrast, ...).
Result<QStringList> exportQr(const QString &text, const QrExportOptions &options);

struct QrSheetOptions
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Print::QrSheetOptions)
public:
    QString output;       // a PDF
    SheetLayout layout;   // --paper a4|letter, --grid COLSxROWS, --margin-mm, --gap-mm
    QrStyle style;        // the style options of qr; the cell decides the size
    bool captions = true; // --no-captions leaves the short URLs off

    static void addOptions(QCommandLineParser &parser);
    static Result<QrSheetOptions> read(const QCommandLineParser &parser);
};

// Writes the sheet PDF; labels without a caption get none. Returns the number of pages.
Result<int> exportQrSheet(QList<SheetLabel> labels, const QrSheetOptions &options,
                          const std::function<bool(int, int)> &progress = {});

} // namespace Linkdeck::Print
