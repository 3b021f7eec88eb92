#include "print/qrcommand.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Linkdeck::Print {
namespace {

void addStyleOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"ecc"_s, QrExportOptions::tr("Error correction: L, M (default), Q or H."), u"level"_s},
        {u"min-version"_s, QrExportOptions::tr("Smallest QR version to use, 1 to 40 (default: the smallest that fits)."), u"n"_s},
        {u"quiet-zone"_s, QrExportOptions::tr("Margin in modules (default 4)."), u"modules"_s},
        {u"fg"_s, QrExportOptions::tr("Colour of the modules: #rrggbb, a name, or cmyk(c,m,y,k) in percent."), u"color"_s},
        {u"bg"_s, QrExportOptions::tr("Background colour, or \"transparent\"."), u"color"_s},
        {u"shape"_s, QrExportOptions::tr("square (default), rounded or dots."), u"shape"_s},
        {u"finder"_s, QrExportOptions::tr("The corner marks: square (default) or rounded."), u"shape"_s},
        {u"logo"_s, QrExportOptions::tr("A PNG or SVG logo centred on the code (uses error correction H)."), u"file"_s},
    });
}

// A number option within [min, max], or the error for it.
Result<void> readNumber(const QCommandLineParser &parser, const QString &name, double min, double max, double *into)
{
    if (!parser.isSet(name))
        return {};
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || v < min || v > max)
        return Error::make(Error::Kind::Invalid, QrExportOptions::tr("--%1 takes a number from %2 to %3.")
                                                     .arg(name, QString::number(min), QString::number(max)));
    *into = v;
    return {};
}

Result<void> readStyle(const QCommandLineParser &parser, QrStyle &style)
{
    double quietZone = style.quietZone;
    double version = style.minimumVersion;
    for (const auto &r : {readNumber(parser, u"quiet-zone"_s, 0, 40, &quietZone), readNumber(parser, u"min-version"_s, 1, 40, &version)})
        if (!r)
            return r;
    if (quietZone != int(quietZone) || version != int(version))
        return Error::make(Error::Kind::Invalid, QrExportOptions::tr("--quiet-zone and --min-version take whole numbers."));
    style.quietZone = int(quietZone);
    style.minimumVersion = int(version);
    const QString level = parser.value(u"ecc"_s).toUpper();
    if (level == u"L")
        style.ecc = QrCode::Ecc::L;
    else if (level == u"Q")
        style.ecc = QrCode::Ecc::Q;
    else if (level == u"H")
        style.ecc = QrCode::Ecc::H;
    else if (parser.isSet(u"ecc"_s) && level != u"M")
        return Error::make(Error::Kind::Invalid, QrExportOptions::tr("--ecc takes L, M, Q or H."));
    if (parser.isSet(u"fg"_s)) {
        const auto fg = QrStyle::parseColour(parser.value(u"fg"_s));
        if (!fg)
            return Error::make(Error::Kind::Invalid, QrExportOptions::tr("“%1” is not a colour.").arg(parser.value(u"fg"_s)));
        style.foreground = *fg;
    }
    if (parser.value(u"bg"_s) == u"transparent") {
        style.transparentBackground = true;
    } else if (parser.isSet(u"bg"_s)) {
        const auto bg = QrStyle::parseColour(parser.value(u"bg"_s));
        if (!bg)
            return Error::make(Error::Kind::Invalid, QrExportOptions::tr("“%1” is not a colour.").arg(parser.value(u"bg"_s)));
        style.background = *bg;
    }
    const QString shape = parser.value(u"shape"_s);
    if (shape == u"rounded")
        style.shape = QrStyle::ModuleShape::Rounded;
    else if (shape == u"dots")
        style.shape = QrStyle::ModuleShape::Dots;
    else if (parser.isSet(u"shape"_s) && shape != u"square")
        return Error::make(Error::Kind::Invalid, QrExportOptions::tr("--shape takes square, rounded or dots."));
    const QString finder = parser.value(u"finder"_s);
    if (finder == u"rounded")
        style.finder = QrStyle::FinderShape::Rounded;
    else if (parser.isSet(u"finder"_s) && finder != u"square")
        return Error::make(Error::Kind::Invalid, QrExportOptions::tr("--finder takes square or rounded."));
    style.logoPath = parser.value(u"logo"_s);
    return {};
}

} // namespace

void QrExportOptions::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {{u"o"_s, u"output"_s}, tr("The file to write."), u"file"_s},
        {u"format"_s, tr("png, svg, pdf or eps; by default from the file's extension."), u"format"_s},
        {u"size-mm"_s, tr("Printed width in millimetres, quiet zone included (default 30)."), u"mm"_s},
        {u"module-mm"_s, tr("Size of one module in millimetres (instead of --size-mm)."), u"mm"_s},
        {u"dpi"_s, tr("Resolution of PNG output (default 300)."), u"dpi"_s},
        {u"caption"_s, tr("Text printed under the code."), u"text"_s},
        {u"cmyk"_s, tr("CMYK output for print shops: PDF in DeviceCMYK, EPS in setcmykcolor; black is pure K.")},
    });
    addStyleOptions(parser);
}

Result<QrExportOptions> QrExportOptions::read(const QCommandLineParser &parser)
{
    QrExportOptions o;
    o.output = parser.value(u"output"_s);
    if (o.output.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("Name the file to write: -o FILE."));
    const auto format = QrRenderer::formatForPath(parser.isSet(u"format"_s) ? u"x."_s + parser.value(u"format"_s) : o.output);
    if (!format)
        return Error::make(Error::Kind::Invalid, tr("Choose a format: png, svg, pdf or eps (--format, or the file's extension)."));
    o.format = *format;
    if (parser.isSet(u"size-mm"_s) && parser.isSet(u"module-mm"_s))
        return Error::make(Error::Kind::Invalid, tr("Give either --size-mm or --module-mm, not both."));
    double dpi = o.style.dpi;
    for (const auto &r : {readNumber(parser, u"size-mm"_s, 5, 2000, &o.style.widthMm),
                          readNumber(parser, u"module-mm"_s, 0.05, 50, &o.style.moduleMm), readNumber(parser, u"dpi"_s, 72, 4800, &dpi)})
        if (!r)
            return r.error();
    o.style.dpi = int(dpi);
    o.style.caption = parser.value(u"caption"_s);
    o.style.cmyk = parser.isSet(u"cmyk"_s);
    if (o.style.cmyk && o.format != QrRenderer::Format::Pdf && o.format != QrRenderer::Format::Eps)
        return Error::make(Error::Kind::Invalid, tr("--cmyk is for PDF and EPS output."));
    if (auto r = readStyle(parser, o.style); !r)
        return r.error();
    return o;
}

Result<QStringList> exportQr(const QString &text, const QrExportOptions &options)
{
    const auto code = options.style.encode(text);
    if (!code)
        return code.error();
    if (auto saved = QrRenderer::save(*code, options.style, options.output, options.format); !saved)
        return saved.error();
    return QrChecks::warnings(*code, options.style);
}

void QrSheetOptions::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {{u"o"_s, u"output"_s}, tr("The PDF file to write."), u"file"_s},
        {u"paper"_s, tr("a4 (default) or letter."), u"paper"_s},
        {u"grid"_s, tr("Columns x rows per page (default 4x6)."), u"COLSxROWS"_s},
        {u"margin-mm"_s, tr("Page margin in millimetres (default 10)."), u"mm"_s},
        {u"gap-mm"_s, tr("Gap between labels in millimetres (default 4)."), u"mm"_s},
        {u"no-captions"_s, tr("Leave the short URLs off the labels.")},
    });
    addStyleOptions(parser);
}

Result<QrSheetOptions> QrSheetOptions::read(const QCommandLineParser &parser)
{
    QrSheetOptions o;
    o.output = parser.value(u"output"_s);
    if (o.output.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("Name the PDF to write: -o FILE.pdf."));
    const QString paper = parser.value(u"paper"_s).toLower();
    if (paper == u"letter")
        o.layout.paper = QPageSize::Letter;
    else if (parser.isSet(u"paper"_s) && paper != u"a4")
        return Error::make(Error::Kind::Invalid, tr("--paper takes a4 or letter."));
    if (parser.isSet(u"grid"_s)) {
        const QStringList grid = parser.value(u"grid"_s).toLower().split(u'x');
        bool okColumns = false;
        bool okRows = false;
        if (grid.size() == 2) {
            o.layout.columns = grid.at(0).toInt(&okColumns);
            o.layout.rows = grid.at(1).toInt(&okRows);
        }
        if (!okColumns || !okRows || o.layout.columns < 1 || o.layout.rows < 1)
            return Error::make(Error::Kind::Invalid, tr("--grid takes columns x rows, e.g. 4x6."));
    }
    for (const auto &r : {readNumber(parser, u"margin-mm"_s, 0, 100, &o.layout.marginMm), readNumber(parser, u"gap-mm"_s, 0, 100, &o.layout.gapMm)})
        if (!r)
            return r.error();
    o.captions = !parser.isSet(u"no-captions"_s);
    if (auto r = readStyle(parser, o.style); !r)
        return r.error();
    return o;
}

Result<int> exportQrSheet(QList<SheetLabel> labels, const QrSheetOptions &options, const std::function<bool(int, int)> &progress)
{
    if (!options.captions) {
        for (SheetLabel &label : labels)
            label.caption.clear();
    }
    if (!options.style.logoReadable())
        return Error::make(Error::Kind::Invalid, QrRenderer::tr("The logo “%1” cannot be read as a PNG, JPEG or SVG image.")
                                                     .arg(options.style.logoPath));
    return LabelSheet::writePdf(labels, options.layout, options.style, options.output, progress);
}

} // namespace Linkdeck::Print
