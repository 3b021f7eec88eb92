#include "cli/qrcommands.h"

#include <QTextStream>

#include "core/sync/backend.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Cli {
namespace {

using Print::QrStyle;

void addStyleOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"ecc"_s, Tr::tr("Error correction: L, M (default), Q or H."), u"level"_s},
        {u"min-version"_s, Tr::tr("Smallest QR version to use, 1 to 40 (default: the smallest that fits)."), u"n"_s},
        {u"quiet-zone"_s, Tr::tr("Margin in modules (default 4)."), u"modules"_s},
        {u"fg"_s, Tr::tr("Colour of the modules: #rrggbb, a name, or cmyk(c,m,y,k) in percent."), u"color"_s},
        {u"bg"_s, Tr::tr("Background colour, or \"transparent\"."), u"color"_s},
        {u"shape"_s, Tr::tr("square (default), rounded or dots."), u"shape"_s},
        {u"finder"_s, Tr::tr("The corner marks: square (default) or rounded."), u"shape"_s},
        {u"logo"_s, Tr::tr("A PNG or SVG logo centred on the code (uses error correction H)."), u"file"_s},
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
        return Error::make(
            Error::Kind::Invalid,
            Tr::tr("--%1 takes a number from %2 to %3.").arg(name, QString::number(min), QString::number(max)));
    *into = v;
    return {};
}

// A named option (--ecc, --shape, --finder) through QrStyle's names, or the error for it.
template<typename Enum>
Result<void> readName(const QCommandLineParser &parser, const QString &name,
                      std::optional<Enum> (*parse)(const QString &), const QString &error, Enum *into)
{
    if (!parser.isSet(name))
        return {};
    const std::optional<Enum> value = parse(parser.value(name));
    if (!value)
        return Error::make(Error::Kind::Invalid, error);
    *into = *value;
    return {};
}

Result<void> readColour(const QCommandLineParser &parser, const QString &name, QColor *into)
{
    if (!parser.isSet(name))
        return {};
    const auto colour = QrStyle::parseColour(parser.value(name));
    if (!colour)
        return Error::make(Error::Kind::Invalid, Tr::tr("“%1” is not a colour.").arg(parser.value(name)));
    *into = *colour;
    return {};
}

Result<void> readStyle(const QCommandLineParser &parser, QrStyle &style)
{
    double quietZone = style.quietZone;
    double version = style.minimumVersion;
    style.transparentBackground = parser.value(u"bg"_s) == u"transparent";
    for (const auto &r :
         {readNumber(parser, u"quiet-zone"_s, 0, QrStyle::MaxQuietZone, &quietZone),
          readNumber(parser, u"min-version"_s, 1, 40, &version),
          readName(parser, u"ecc"_s, &QrStyle::parseEcc, Tr::tr("--ecc takes L, M, Q or H."), &style.ecc),
          readColour(parser, u"fg"_s, &style.foreground),
          style.transparentBackground ? Result<void>() : readColour(parser, u"bg"_s, &style.background),
          readName(parser, u"shape"_s, &QrStyle::parseShape, Tr::tr("--shape takes square, rounded or dots."),
                   &style.shape),
          readName(parser, u"finder"_s, &QrStyle::parseFinder, Tr::tr("--finder takes square or rounded."),
                   &style.finder)})
        if (!r)
            return r;
    if (quietZone != int(quietZone) || version != int(version))
        return Error::make(Error::Kind::Invalid, Tr::tr("--quiet-zone and --min-version take whole numbers."));
    style.quietZone = int(quietZone);
    style.minimumVersion = int(version);
    style.logoPath = parser.value(u"logo"_s);
    return {};
}

}   // namespace

void QrExportOptions::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {{u"o"_s, u"output"_s}, Tr::tr("The file to write."), u"file"_s},
        {u"format"_s, Tr::tr("png, svg, pdf or eps; by default from the file's extension."), u"format"_s},
        {u"size-mm"_s, Tr::tr("Printed width in millimetres, quiet zone included (default 30)."), u"mm"_s},
        {u"module-mm"_s, Tr::tr("Size of one module in millimetres (instead of --size-mm)."), u"mm"_s},
        {u"dpi"_s, Tr::tr("Resolution of PNG output (default 300)."), u"dpi"_s},
        {u"caption"_s, Tr::tr("Text printed under the code."), u"text"_s},
        {u"cmyk"_s, Tr::tr("CMYK output for print shops: PDF in DeviceCMYK, EPS in setcmykcolor; black is pure K.")},
    });
    addStyleOptions(parser);
}

Result<QrExportOptions> QrExportOptions::read(const QCommandLineParser &parser)
{
    using Print::QrRenderer;
    QrExportOptions o;
    o.output = parser.value(u"output"_s);
    if (o.output.isEmpty())
        return Error::make(Error::Kind::Invalid, Tr::tr("Name the file to write: -o FILE."));
    const auto format =
        QrRenderer::formatForPath(parser.isSet(u"format"_s) ? u"x."_s + parser.value(u"format"_s) : o.output);
    if (!format)
        return Error::make(Error::Kind::Invalid,
                           Tr::tr("Choose a format: png, svg, pdf or eps (--format, or the file's extension)."));
    o.format = *format;
    if (parser.isSet(u"size-mm"_s) && parser.isSet(u"module-mm"_s))
        return Error::make(Error::Kind::Invalid, Tr::tr("Give either --size-mm or --module-mm, not both."));
    double dpi = o.style.dpi;
    for (const auto &r :
         {readNumber(parser, u"size-mm"_s, QrStyle::MinWidthMm, QrStyle::MaxWidthMm, &o.style.widthMm),
          readNumber(parser, u"module-mm"_s, QrStyle::MinModuleMm, QrStyle::MaxModuleMm, &o.style.moduleMm),
          readNumber(parser, u"dpi"_s, QrStyle::MinDpi, QrStyle::MaxDpi, &dpi)})
        if (!r)
            return r.error();
    o.style.dpi = int(dpi);
    o.style.caption = parser.value(u"caption"_s);
    o.style.cmyk = parser.isSet(u"cmyk"_s);
    if (o.style.cmyk && o.format != QrRenderer::Format::Pdf && o.format != QrRenderer::Format::Eps)
        return Error::make(Error::Kind::Invalid, Tr::tr("--cmyk is for PDF and EPS output."));
    if (auto r = readStyle(parser, o.style); !r)
        return r.error();
    return o;
}

Result<QStringList> exportQr(const QString &text, const QrExportOptions &options)
{
    const auto code = options.style.encode(text);
    if (!code)
        return code.error();
    if (auto saved = Print::QrRenderer::save(*code, options.style, options.output, options.format); !saved)
        return saved.error();
    return Print::QrChecks::warnings(*code, options.style);
}

void QrSheetOptions::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {{u"o"_s, u"output"_s}, Tr::tr("The PDF file to write."), u"file"_s},
        {u"paper"_s, Tr::tr("a4 (default) or letter."), u"paper"_s},
        {u"grid"_s, Tr::tr("Columns x rows per page (default 4x6)."), u"COLSxROWS"_s},
        {u"margin-mm"_s, Tr::tr("Page margin in millimetres (default 10)."), u"mm"_s},
        {u"gap-mm"_s, Tr::tr("Gap between labels in millimetres (default 4)."), u"mm"_s},
        {u"no-captions"_s, Tr::tr("Leave the short URLs off the labels.")},
    });
    addStyleOptions(parser);
}

Result<QrSheetOptions> QrSheetOptions::read(const QCommandLineParser &parser)
{
    QrSheetOptions o;
    o.output = parser.value(u"output"_s);
    if (o.output.isEmpty())
        return Error::make(Error::Kind::Invalid, Tr::tr("Name the PDF to write: -o FILE.pdf."));
    const QString paper = parser.value(u"paper"_s).toLower();
    if (paper == u"letter")
        o.layout.paper = QPageSize::Letter;
    else if (parser.isSet(u"paper"_s) && paper != u"a4")
        return Error::make(Error::Kind::Invalid, Tr::tr("--paper takes a4 or letter."));
    if (parser.isSet(u"grid"_s)) {
        const QStringList grid = parser.value(u"grid"_s).toLower().split(u'x');
        bool okColumns = false;
        bool okRows = false;
        if (grid.size() == 2) {
            o.layout.columns = grid.at(0).toInt(&okColumns);
            o.layout.rows = grid.at(1).toInt(&okRows);
        }
        if (!okColumns || !okRows || o.layout.columns < 1 || o.layout.rows < 1)
            return Error::make(Error::Kind::Invalid, Tr::tr("--grid takes columns x rows, e.g. 4x6."));
    }
    for (const auto &r : {readNumber(parser, u"margin-mm"_s, 0, 100, &o.layout.marginMm),
                          readNumber(parser, u"gap-mm"_s, 0, 100, &o.layout.gapMm)})
        if (!r)
            return r.error();
    o.captions = !parser.isSet(u"no-captions"_s);
    if (auto r = readStyle(parser, o.style); !r)
        return r.error();
    return o;
}

Result<int> exportQrSheet(QList<Print::SheetLabel> labels, const QrSheetOptions &options,
                          const std::function<bool(int, int)> &progress)
{
    if (!options.captions) {
        for (Print::SheetLabel &label : labels)
            label.caption.clear();
    }
    return Print::LabelSheet::writePdf(labels, options.layout, options.style, options.output, progress);
}

QrCommand::QrCommand()
    : Command(u"qr"_s, u"qr TEXT_OR_SLUG -o FILE [options]"_s, QString())
{
    QrExportOptions::addOptions(m_parser);
    m_parser.addPositionalArgument(u"TEXT_OR_SLUG"_s,
                                   Tr::tr("A link's back-half (its short URL is encoded), or any text or URL."));
}

int QrCommand::execute(Context &context)
{
    if (m_parser.positionalArguments().size() != 1)
        return usageError(context, Tr::tr("qr needs exactly one text, URL or back-half."));
    const auto options = QrExportOptions::read(m_parser);
    if (!options)
        return usageError(context, options.error().message);
    const std::optional<QString> domain = context.localDomain();
    if (!domain)
        return Failure;
    QString text = m_parser.positionalArguments().first();
    if (const auto link = context.backend()->links().findBySlug(*domain, text))
        text = link->shortUrl;
    const auto warnings = exportQr(text, *options);
    if (!warnings)
        return context.fail(warnings.error().message);
    for (const QString &warning : *warnings)
        context.warn(warning);
    context.out() << options->output << Qt::endl;
    return Success;
}

QrSheetCommand::QrSheetCommand()
    : Command(u"qr-sheet"_s, u"qr-sheet SLUG... -o FILE.pdf [--paper a4|letter] [--grid COLSxROWS]"_s, QString())
{
    QrSheetOptions::addOptions(m_parser);
    m_parser.addPositionalArgument(u"SLUG"_s, Tr::tr("Back-halves of the links to print."), u"SLUG..."_s);
}

int QrSheetCommand::execute(Context &context)
{
    if (m_parser.positionalArguments().isEmpty())
        return usageError(context,
                          Tr::tr("qr-sheet needs back-halves and an output file: qr-sheet SLUG... -o FILE.pdf"));
    const auto options = QrSheetOptions::read(m_parser);
    if (!options)
        return usageError(context, options.error().message);
    const std::optional<QString> domain = context.localDomain();
    if (!domain)
        return Failure;
    QList<Print::SheetLabel> labels;
    const QStringList slugs = m_parser.positionalArguments();
    for (const QString &slug : slugs) {
        const auto link = context.backend()->links().findBySlug(*domain, slug);
        if (!link)
            return context.fail(Tr::tr("There is no link “%1” on %2.").arg(slug, *domain));
        labels << Print::SheetLabel{link->shortUrl, link->domain + u'/' + link->slug};
    }
    const auto pages = exportQrSheet(labels, *options);
    if (!pages)
        return context.fail(pages.error().message);
    context.out() << options->output << Qt::endl;
    return Success;
}

}   // namespace Linkdeck::Cli
