#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

#include "core/base/result.h"
#include "core/links/qrcode.h"

namespace Linkdeck::Print {

// How a QR code looks and how big it prints. Sizes are physical: the printed width in
// millimetres (quiet zone included) or the size of one module.
//
//   QrStyle style;
//   style.moduleMm = 0.5;                         // or style.widthMm = 30
//   style.foreground = *QrStyle::parseColour(u"cmyk(0,0,0,100)"_s);
//   const auto code = style.encode(u"https://go.example/spring"_s);
struct QrStyle
{
    enum class ModuleShape {
        Square,
        Rounded,
        Dots,
    };
    enum class FinderShape {
        Square,
        Rounded,
    };

    QrCode::Ecc ecc = QrCode::Ecc::M;
    int minimumVersion = 0;          // 1..40 keeps the code at least that big; 0: the smallest that fits
    QColor foreground = Qt::black;   // RGB, or CMYK (QColor::Cmyk spec) for the CMYK outputs
    QColor background = Qt::white;
    bool transparentBackground = false;
    int quietZone = 4;   // modules; 4 is what the standard asks for
    ModuleShape shape = ModuleShape::Square;
    FinderShape finder = FinderShape::Square;   // the three big corner marks
    double widthMm = 30.0;                      // printed width including the quiet zone ...
    double moduleMm = 0.0;                      // ... unless this is set (> 0)
    int dpi = 300;                              // raster output
    QString caption;                            // printed under the code, e.g. the short URL
    bool cmyk = false;   // PDF in DeviceCMYK through libharu, EPS in setcmykcolor (black as pure K)
    QString logoPath;    // PNG or SVG centred on the code; forces error correction H

    // What the studio, the CLI and saved presets accept.
    static constexpr double MinWidthMm = 5, MaxWidthMm = 2000;
    static constexpr double MinModuleMm = 0.05, MaxModuleMm = 50;
    static constexpr int MaxQuietZone = 40;
    static constexpr int MinDpi = 72, MaxDpi = 4800;

    // The error correction actually used: H under a logo.
    QrCode::Ecc effectiveEcc() const { return logoPath.isEmpty() ? ecc : QrCode::Ecc::H; }
    // The module matrix of text with this style's error correction and minimum version.
    Result<QrCode> encode(const QString &text) const { return QrCode::encode(text, effectiveEcc(), minimumVersion); }
    // The logo's box in module units (quiet zone included), or empty without a logo.
    QRectF logoRect(const QrCode &code) const;
    static constexpr double LogoShare = 0.08;   // of the symbol's area: well inside what H recovers
    // Whether the logo file exists and reads as an image or SVG (true without a logo).
    bool logoReadable() const;

    double totalWidthMm(const QrCode &code) const;   // quiet zone included
    double moduleSizeMm(const QrCode &code) const;

    // "#14213d", "black", "cmyk(0,0,0,100)" (percentages) or zint's "0,0,0,100"; nullopt if none.
    static std::optional<QColor> parseColour(const QString &text);
    // The inverse: "cmyk(…)" for a CMYK colour, "#rrggbb" otherwise.
    static QString colourName(const QColor &colour);

    // The names the CLI options and saved presets use: "L" to "H"; "square", "rounded", "dots";
    // "square", "rounded". Parsing ignores case; nullopt for an unknown name.
    static QString eccName(QrCode::Ecc ecc);
    static std::optional<QrCode::Ecc> parseEcc(const QString &name);
    static QString shapeName(ModuleShape shape);
    static std::optional<ModuleShape> parseShape(const QString &name);
    static QString finderName(FinderShape finder);
    static std::optional<FinderShape> parseFinder(const QString &name);
};

// A problem worth a warning before printing, as a sentence for the user, with the option it
// concerns so that the studio can show it beside that option.
struct QrWarning
{
    enum class Option {
        ErrorCorrection,
        QuietZone,
        Size,
        Colours,
        Logo,
    };
    Option option;
    QString message;
};

class QrChecks
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Print::QrChecks)
public:
    static QList<QrWarning> check(const QrCode &code, const QrStyle &style);
    static QStringList warnings(const QrCode &code, const QrStyle &style);   // the messages of check()
    // WCAG contrast ratio of the two colours (1 to 21); a transparent background counts as white.
    static double contrast(const QrStyle &style);
};

}   // namespace Linkdeck::Print
