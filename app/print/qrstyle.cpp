#include "print/qrstyle.h"

#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QRegularExpression>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Linkdeck::Print {

double QrStyle::totalWidthMm(const QrCode &code) const
{
    if (moduleMm > 0)
        return moduleMm * (code.size() + 2 * quietZone);
    return widthMm;
}

QRectF QrStyle::logoRect(const QrCode &code) const
{
    if (logoPath.isEmpty())
        return {};
    // A square of whole modules, centred, covering LogoShare of the symbol.
    int side = int(std::floor(code.size() * std::sqrt(LogoShare)));
    if ((code.size() - side) % 2)
        --side;
    const double offset = quietZone + (code.size() - side) / 2.0;
    return QRectF(offset, offset, side, side);
}

bool QrStyle::logoReadable() const
{
    if (logoPath.isEmpty())
        return true;
    if (!QFileInfo(logoPath).isFile())
        return false;
    if (logoPath.endsWith(u".svg"_s, Qt::CaseInsensitive) || logoPath.endsWith(u".svgz"_s, Qt::CaseInsensitive))
        return QSvgRenderer(logoPath).isValid();
    QImageReader reader(logoPath);
    return reader.canRead() && reader.size().isValid();
}

double QrStyle::moduleSizeMm(const QrCode &code) const
{
    return totalWidthMm(code) / (code.size() + 2 * quietZone);
}

std::optional<QColor> QrStyle::parseColour(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression cmykPattern(
        u"^(?:cmyk\\s*\\()?\\s*([0-9.]+)%?\\s*,\\s*([0-9.]+)%?\\s*,\\s*([0-9.]+)%?\\s*,\\s*([0-9.]+)%?\\s*\\)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = cmykPattern.match(t); m.hasMatch()) {
        double v[4];
        for (int i = 0; i < 4; ++i) {
            bool ok = false;
            v[i] = m.captured(i + 1).toDouble(&ok);
            if (!ok || v[i] < 0 || v[i] > 100)
                return std::nullopt;
        }
        return QColor::fromCmykF(float(v[0] / 100), float(v[1] / 100), float(v[2] / 100), float(v[3] / 100));
    }
    const QColor c = QColor::fromString(t);
    if (!c.isValid())
        return std::nullopt;
    return c;
}

QString QrStyle::colourName(const QColor &colour)
{
    if (colour.spec() != QColor::Cmyk)
        return colour.name();
    auto percent = [](float v) { return QString::number(std::round(v * 1000) / 10); };
    return u"cmyk(%1,%2,%3,%4)"_s.arg(percent(colour.cyanF()), percent(colour.magentaF()), percent(colour.yellowF()),
                                      percent(colour.blackF()));
}

namespace {

// One table per enumeration, in the enumeration's order.
const QString eccNames[] = {u"L"_s, u"M"_s, u"Q"_s, u"H"_s};
const QString shapeNames[] = {u"square"_s, u"rounded"_s, u"dots"_s};
const QString finderNames[] = {u"square"_s, u"rounded"_s};

template<typename Enum, std::size_t N>
std::optional<Enum> parseName(const QString (&names)[N], const QString &name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i].compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return Enum(i);
    }
    return std::nullopt;
}

}   // namespace

QString QrStyle::eccName(QrCode::Ecc ecc)
{
    return eccNames[int(ecc)];
}
std::optional<QrCode::Ecc> QrStyle::parseEcc(const QString &name)
{
    return parseName<QrCode::Ecc>(eccNames, name);
}
QString QrStyle::shapeName(ModuleShape shape)
{
    return shapeNames[int(shape)];
}
auto QrStyle::parseShape(const QString &name) -> std::optional<ModuleShape>
{
    return parseName<ModuleShape>(shapeNames, name);
}
QString QrStyle::finderName(FinderShape finder)
{
    return finderNames[int(finder)];
}
auto QrStyle::parseFinder(const QString &name) -> std::optional<FinderShape>
{
    return parseName<FinderShape>(finderNames, name);
}

namespace {

// WCAG relative luminance; a transparent background counts as white paper.
double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double foregroundLuminance(const QrStyle &style)
{
    return luminance(style.foreground);
}

double backgroundLuminance(const QrStyle &style)
{
    return style.transparentBackground ? 1.0 : luminance(style.background);
}

}   // namespace

double QrChecks::contrast(const QrStyle &style)
{
    const double fg = foregroundLuminance(style);
    const double bg = backgroundLuminance(style);
    return (std::max(fg, bg) + 0.05) / (std::min(fg, bg) + 0.05);
}

QList<QrWarning> QrChecks::check(const QrCode &code, const QrStyle &style)
{
    using Option = QrWarning::Option;
    QList<QrWarning> out;
    if (!style.logoPath.isEmpty() && style.ecc != QrCode::Ecc::H)
        out.append({Option::ErrorCorrection, tr("A code with a logo needs error correction H; it will be used.")});
    if (!style.logoReadable())
        out.append({Option::Logo,
                    tr("The logo “%1” cannot be read as a PNG, JPEG or SVG image.")
                        .arg(QFileInfo(style.logoPath).fileName())});
    if (style.quietZone < 4)
        out.append(
            {Option::QuietZone,
             tr("The quiet zone is %n module(s) wide; scanners expect 4. Leave a margin around the printed code.",
                nullptr, style.quietZone)});
    const double module = style.moduleSizeMm(code);
    if (module < 0.3)
        out.append({Option::Size,
                    tr("Each module prints %1 mm wide; below about 0.3 mm many printers and phones fail. "
                       "Make the code larger.")
                        .arg(QLocale().toString(module, 'f', 2))});
    if (foregroundLuminance(style) > backgroundLuminance(style))
        out.append({Option::Colours,
                    tr("The code is light on dark. Many phone cameras only read dark modules on a light background.")});
    if (const double ratio = contrast(style); ratio < 4.5)
        out.append({Option::Colours,
                    tr("The colours are too close (contrast %1:1); aim for at least 4.5:1, ideally dark on white.")
                        .arg(QLocale().toString(ratio, 'f', 1))});
    return out;
}

QStringList QrChecks::warnings(const QrCode &code, const QrStyle &style)
{
    QStringList out;
    for (const QrWarning &w : check(code, style))
        out << w.message;
    return out;
}

}   // namespace Linkdeck::Print
