#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QString>

#include <optional>

#include "core/base/result.h"
#include "core/links/qrcode.h"
#include "print/qrstyle.h"

class QPainter;

namespace Linkdeck::Print {

// One render path for screen, PNG, PDF and print: draws the code (quiet zone included, caption
// below) into a rectangle of any QPainter. SVG and EPS are written as text from the same
// geometry (modulePath), so every format shows the same modules.
class QrRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Print::QrRenderer)
public:
    enum class Format {
        Png,
        Svg,
        Pdf,
        Eps,
    };

    static void render(QPainter &painter, const QRectF &target, const QrCode &code, const QrStyle &style);
    // Height of the whole picture relative to its width (1 without a caption).
    static double aspect(const QrStyle &style);

    static QImage toImage(const QrCode &code, const QrStyle &style);   // at style.dpi, DPI stored in the image
    static QByteArray toSvg(const QrCode &code, const QrStyle &style);
    static QByteArray toEps(const QrCode &code, const QrStyle &style);
    static Result<void> toPdf(const QrCode &code, const QrStyle &style, const QString &path);
    // The same page through libharu in DeviceCMYK: Qt 6.4's QPdfWriter writes RGB only.
    static Result<void> toCmykPdf(const QrCode &code, const QrStyle &style, const QString &path, bool compress = true);

    static std::optional<Format> formatForPath(const QString &path);
    static QString suffix(Format format);   // "png", "svg", "pdf", "eps"
    static Result<void> save(const QrCode &code, const QrStyle &style, const QString &path, Format format);
};

}   // namespace Linkdeck::Print
