#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

#include "cli/command.h"
#include "core/base/result.h"
#include "print/labelsheet.h"
#include "print/qrrenderer.h"
#include "print/qrstyle.h"

namespace Linkdeck::Cli {

// The options of `qr`, read from a parser that has them (addOptions) and has parsed; a failed
// read is a usage error (exit 2), a failed export is not.
//
//   QrExportOptions::addOptions(parser);
//   parser.process(args);
//   auto options = QrExportOptions::read(parser);          // -o, --format, sizes, colours, ...
//   auto warnings = exportQr(shortUrlOrText, *options);    // writes options->output
struct QrExportOptions
{
    QString output;
    Print::QrRenderer::Format format = Print::QrRenderer::Format::Png;   // --format, else the file's extension
    Print::QrStyle style;

    // -o/--output, --format, --size-mm, --module-mm, --dpi, --caption, --cmyk and the style
    // options (--ecc, --min-version, --quiet-zone, --fg, --bg, --shape, --finder, --logo).
    static void addOptions(QCommandLineParser &parser);
    static Result<QrExportOptions> read(const QCommandLineParser &parser);
};

// Encodes text and writes the file; returns the warnings worth printing (low contrast, ...).
Result<QStringList> exportQr(const QString &text, const QrExportOptions &options);

// The options of `qr-sheet`.
struct QrSheetOptions
{
    QString output;              // a PDF
    Print::SheetLayout layout;   // --paper a4|letter, --grid COLSxROWS, --margin-mm, --gap-mm
    Print::QrStyle style;        // the style options of qr; the cell decides the size
    bool captions = true;        // --no-captions leaves the short URLs off

    static void addOptions(QCommandLineParser &parser);
    static Result<QrSheetOptions> read(const QCommandLineParser &parser);
};

// Writes the sheet PDF (Print::LabelSheet); labels without a caption get none. Returns the
// number of pages.
Result<int> exportQrSheet(QList<Print::SheetLabel> labels, const QrSheetOptions &options,
                          const std::function<bool(int, int)> &progress = {});

// qr TEXT_OR_SLUG -o FILE [options]: a print-ready QR code of a link's short URL or of any
// text, in the styles the QR studio offers.
class QrCommand final : public Command
{
public:
    QrCommand();

protected:
    int execute(Context &context) override;
};

// qr-sheet SLUG... -o FILE.pdf [options]: a PDF sheet of QR labels.
class QrSheetCommand final : public Command
{
public:
    QrSheetCommand();

protected:
    int execute(Context &context) override;
};

}   // namespace Linkdeck::Cli
