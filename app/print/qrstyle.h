#pragma once

#include <QColor>
#include <QRectF>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/qrcode.h"

namespace Linkdeck::Print {

// How a QR code looks and how big it prints. Sizes are physical: the printed width in
// millimetres (quiet zone included) or the size of one module.
struct QrStyle
{
    enum class ModuleShape {
        Square,
        Rounded,
        Dots,
    };

    QrCode::Ecc ecc = QrCode::Ecc::M;
    QColor foreground = Qt::black;
    QColor background = Qt::white;
    bool transparentBackground = false;
    int quietZone = 4;              // modules; 4 is what the standard asks for
    ModuleShape shape = ModuleShape::Square;
    enum class FinderShape {
        Square,
        Rounded,
    };
    FinderShape finder = FinderShape::Square;   // the three big corner marks
    double widthMm = 30.0;          // printed width including the quiet zone ...
    double moduleMm = 0.0;          // ... unless this is set (> 0)
    int dpi = 300;                  // raster output
    QString caption;                // printed under the code, e.g. the short URL
    bool cmyk = false;              // PDF in DeviceCMYK (black modules as pure K), for print shops
    QString logoPath;               // PNG or SVG centred on the code; forces error correction H

    // The error correction actually used: H under a logo.
    QrCode::Ecc effectiveEcc() const { return logoPath.isEmpty() ? ecc : QrCode::Ecc::H; }
    // The logo's box in module units (quiet zone included), or empty without a logo.
    QRectF logoRect(const QrCode &code) const;
    static constexpr double LogoShare = 0.08;   // of the symbol's area: well inside what H recovers

    double totalWidthMm(const QrCode &code) const;   // quiet zone included
    double moduleSizeMm(const QrCode &code) const;
};

// Problems worth a warning before printing, as sentences for the user.
class QrChecks
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Print::QrChecks)
public:
    static QStringList warnings(const QrCode &code, const QrStyle &style);
};

} // namespace Linkdeck::Print
