#include "print/qrstyle.h"

#include <algorithm>
#include <cmath>

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

double QrStyle::moduleSizeMm(const QrCode &code) const
{
    return totalWidthMm(code) / (code.size() + 2 * quietZone);
}

QStringList QrChecks::warnings(const QrCode &code, const QrStyle &style)
{
    QStringList out;
    if (!style.logoPath.isEmpty() && code.ecc() != QrCode::Ecc::H)
        out << tr("A code with a logo needs error correction H; it will be used.");
    if (style.quietZone < 4)
        out << tr("The quiet zone is %n module(s) wide; scanners expect 4. Leave a margin around the printed code.",
                  nullptr, style.quietZone);
    const double module = style.moduleSizeMm(code);
    if (module < 0.3)
        out << tr("Each module prints %1 mm wide; below about 0.3 mm many printers and phones fail. Make the code larger.")
                   .arg(module, 0, 'f', 2);
    // WCAG relative luminance contrast between the two colours.
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double fg = luminance(style.foreground);
    const double bg = style.transparentBackground ? 1.0 : luminance(style.background);
    if (fg > bg)
        out << tr("The code is light on dark. Many phone cameras only read dark modules on a light background.");
    const double contrast = (std::max(fg, bg) + 0.05) / (std::min(fg, bg) + 0.05);
    if (contrast < 4.5)
        out << tr("The colours are too close (contrast %1:1); aim for at least 4.5:1, ideally dark on white.")
                   .arg(contrast, 0, 'f', 1);
    return out;
}

} // namespace Linkdeck::Print
