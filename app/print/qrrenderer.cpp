#include "print/qrrenderer.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSvgRenderer>
#include <QtMath>

#include <hpdf.h>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace Linkdeck::Print {
namespace {

constexpr double CaptionShare = 0.14;   // caption band height, as a share of the code's width

double modulesAcross(const QrCode &code, const QrStyle &style)
{
    return code.size() + 2.0 * style.quietZone;
}

// Coordinates for SVG and PostScript: integers as integers, else at most three decimals.
QString number(double v)
{
    const double rounded = std::round(v * 1000) / 1000;
    if (rounded == std::floor(rounded))
        return QString::number(qint64(rounded));
    QString s = QString::number(rounded, 'f', 3);
    while (s.endsWith(u'0'))
        s.chop(1);
    return s;
}

// The dark modules as one path in module units, quiet zone included.
QPainterPath modulePath(const QrCode &code, const QrStyle &style)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    const int q = style.quietZone;
    const QRectF logo = style.logoRect(code);
    auto hidden = [&](int x, int y) { return !logo.isEmpty() && logo.contains(QPointF(x + q + 0.5, y + q + 0.5)); };
    if (style.finder == QrStyle::FinderShape::Rounded) {
        // Each finder: a rounded 7x7 ring and a rounded 3x3 centre, drawn as shapes of their own.
        for (const QPointF corner : {QPointF(0, 0), QPointF(code.size() - 7, 0), QPointF(0, code.size() - 7)}) {
            const QPointF at = corner + QPointF(q, q);
            QPainterPath outer;
            outer.addRoundedRect(QRectF(at, QSizeF(7, 7)), 2, 2);
            QPainterPath inner;
            inner.addRoundedRect(QRectF(at + QPointF(1, 1), QSizeF(5, 5)), 1.4, 1.4);
            path.addPath(outer);
            path.addPath(inner.toReversed());   // opposite winding: a hole under the non-zero fill rule
            path.addRoundedRect(QRectF(at + QPointF(2, 2), QSizeF(3, 3)), 0.9, 0.9);
        }
    }
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (!code.dark(x, y) || hidden(x, y)
                || (style.finder == QrStyle::FinderShape::Rounded && code.inFinder(x, y)))
                continue;
            const QRectF cell(x + q, y + q, 1, 1);
            // The finder patterns stay square: scanners find the code by them.
            if (style.shape == QrStyle::ModuleShape::Square || code.inFinder(x, y)) {
                int run = 1;   // merge horizontal runs
                while (x + run < code.size() && code.dark(x + run, y) && !hidden(x + run, y)
                       && (style.shape == QrStyle::ModuleShape::Square || code.inFinder(x + run, y)))
                    ++run;
                path.addRect(QRectF(x + q, y + q, run, 1));
                x += run - 1;
            } else if (style.shape == QrStyle::ModuleShape::Rounded) {
                path.addRoundedRect(cell, 0.35, 0.35);
            } else {
                path.addEllipse(cell.adjusted(0.05, 0.05, -0.05, -0.05));
            }
        }
    }
    return path;
}

// The logo drawn into a box, from PNG (or any image Qt reads) or SVG.
void drawLogo(QPainter &painter, const QRectF &box, const QString &path)
{
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        QSvgRenderer svg(path);
        if (svg.isValid()) {
            QSizeF size = svg.defaultSize();
            size.scale(box.size(), Qt::KeepAspectRatio);
            svg.render(&painter, QRectF(box.center() - QPointF(size.width() / 2, size.height() / 2), size));
        }
        return;
    }
    const QImage image(path);
    if (image.isNull())
        return;
    QSizeF size = image.size();
    size.scale(box.size(), Qt::KeepAspectRatio);
    painter.drawImage(QRectF(box.center() - QPointF(size.width() / 2, size.height() / 2), size), image);
}

QByteArray logoPng(const QString &path, int pixels)
{
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    drawLogo(painter, QRectF(0, 0, pixels, pixels), path);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// The caption under the code, as outlines in module units: DejaVu Sans, centred in the band
// below the quiet zone, shrunk to fit the width. Outlines print the same everywhere and cover
// any script the font has (EPS and libharu's base-14 fonts would not).
struct CaptionLayout
{
    QPainterPath path;
    double fontSize = 0;   // module units
    double baseline = 0;
};

CaptionLayout captionLayout(const QString &caption, double across)
{
    CaptionLayout out;
    if (caption.isEmpty())
        return out;
    constexpr int reference = 100;   // outlines are taken at 100 px and scaled
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(reference);
    const double advance = QFontMetricsF(font).horizontalAdvance(caption);
    const double band = across * CaptionShare;
    out.fontSize = band * 0.55;
    if (advance > 0)
        out.fontSize = qMin(out.fontSize, across * 0.92 * reference / advance);
    out.baseline = across + band * 0.55;
    QPainterPath text;
    text.addText(0, 0, font, caption);
    const double scale = out.fontSize / reference;
    QTransform t;
    t.translate(across / 2 - advance * scale / 2, out.baseline);
    t.scale(scale, scale);
    out.path = t.map(text);
    out.path.setFillRule(Qt::WindingFill);
    return out;
}

// A path as PostScript path operators (moveto, lineto, curveto, closepath), lines kept short.
QString postScriptPath(const QPainterPath &path)
{
    QString ps;
    qsizetype lineStart = 0;
    auto op = [&](const QString &text) {
        if (ps.size() - lineStart > 200) {
            ps += u'\n';
            lineStart = ps.size();
        }
        ps += text;
    };
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo()) {
            if (i > 0)
                op(u"closepath "_s);
            op(number(e.x) + u' ' + number(e.y) + u" moveto "_s);
        } else if (e.isLineTo()) {
            op(number(e.x) + u' ' + number(e.y) + u" lineto "_s);
        } else if (e.isCurveTo() && i + 2 < path.elementCount()) {
            const QPainterPath::Element c2 = path.elementAt(i + 1);
            const QPainterPath::Element end = path.elementAt(i + 2);
            op(number(e.x) + u' ' + number(e.y) + u' ' + number(c2.x) + u' ' + number(c2.y) + u' ' + number(end.x)
               + u' ' + number(end.y) + u" curveto "_s);
            i += 2;
        }
    }
    if (!path.isEmpty())
        op(u"closepath\n"_s);
    return ps;
}

// A path into a libharu page; map turns module units into PDF points (origin at the bottom).
void haruPath(HPDF_Page page, const QPainterPath &path, const std::function<QPointF(double, double)> &map)
{
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        const QPointF p = map(e.x, e.y);
        if (e.isMoveTo()) {
            if (i > 0)
                HPDF_Page_ClosePath(page);
            HPDF_Page_MoveTo(page, HPDF_REAL(p.x()), HPDF_REAL(p.y()));
        } else if (e.isLineTo()) {
            HPDF_Page_LineTo(page, HPDF_REAL(p.x()), HPDF_REAL(p.y()));
        } else if (e.isCurveTo() && i + 2 < path.elementCount()) {
            const QPainterPath::Element c2 = path.elementAt(i + 1);
            const QPainterPath::Element end = path.elementAt(i + 2);
            const QPointF q = map(c2.x, c2.y);
            const QPointF r = map(end.x, end.y);
            HPDF_Page_CurveTo(page, HPDF_REAL(p.x()), HPDF_REAL(p.y()), HPDF_REAL(q.x()), HPDF_REAL(q.y()),
                              HPDF_REAL(r.x()), HPDF_REAL(r.y()));
            i += 2;
        }
    }
    if (!path.isEmpty())
        HPDF_Page_ClosePath(page);
}

// "r g b setrgbcolor", or "c m y k setcmykcolor" for CMYK output and CMYK colours.
QString postScriptColour(const QColor &c, bool cmyk)
{
    if (cmyk || c.spec() == QColor::Cmyk) {
        const QColor k = c.toCmyk();
        return u"%1 %2 %3 %4 setcmykcolor"_s.arg(number(k.cyanF()), number(k.magentaF()), number(k.yellowF()),
                                                 number(k.blackF()));
    }
    const QColor rgb = c.toRgb();
    return u"%1 %2 %3 setrgbcolor"_s.arg(number(rgb.redF()), number(rgb.greenF()), number(rgb.blueF()));
}

}   // namespace

double QrRenderer::aspect(const QrStyle &style)
{
    return style.caption.isEmpty() ? 1.0 : 1.0 + CaptionShare;
}

void QrRenderer::render(QPainter &painter, const QRectF &target, const QrCode &code, const QrStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, style.shape != QrStyle::ModuleShape::Square);
    if (!style.transparentBackground)
        painter.fillRect(target, style.background);
    const double across = modulesAcross(code, style);
    const double scale = target.width() / across;
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.foreground);
    painter.drawPath(modulePath(code, style));
    if (const QRectF logo = style.logoRect(code); !logo.isEmpty()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        drawLogo(painter, logo.adjusted(0.3, 0.3, -0.3, -0.3), style.logoPath);
    }
    if (!style.caption.isEmpty()) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(style.foreground);
        painter.drawPath(captionLayout(style.caption, across).path);
    }
    painter.restore();
}

QImage QrRenderer::toImage(const QrCode &code, const QrStyle &style)
{
    const double widthInches = style.totalWidthMm(code) / 25.4;
    const int width = qMax(1, qRound(widthInches * style.dpi));
    QImage image(width, qRound(width * aspect(style)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const int dotsPerMeter = qRound(style.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    render(painter, QRectF(0, 0, width, image.height()), code, style);
    return image;
}

QByteArray QrRenderer::toSvg(const QrCode &code, const QrStyle &style)
{
    const double across = modulesAcross(code, style);
    const double height = across * aspect(style);
    const double widthMm = style.totalWidthMm(code);
    QString svg =
        u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        u"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"%1mm\" height=\"%2mm\" "
        u"viewBox=\"0 0 %3 %4\" shape-rendering=\"%5\">\n"_s.arg(
            number(widthMm), number(widthMm * aspect(style)), number(across), number(height),
            style.shape == QrStyle::ModuleShape::Square ? u"crispEdges"_s : u"geometricPrecision"_s);
    if (!style.transparentBackground)
        svg += u"<rect width=\"%1\" height=\"%2\" fill=\"%3\"/>\n"_s.arg(number(across), number(height),
                                                                         style.background.name());
    // All modules in one path.
    QString d;
    const QPainterPath path = modulePath(code, style);
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo())
            d += u'M' + number(e.x) + u' ' + number(e.y);
        else if (e.isLineTo())
            d += u'L' + number(e.x) + u' ' + number(e.y);
        else if (e.type == QPainterPath::CurveToElement) {
            const auto c2 = path.elementAt(i + 1);
            const auto end = path.elementAt(i + 2);
            d += u'C' + number(e.x) + u' ' + number(e.y) + u' ' + number(c2.x) + u' ' + number(c2.y) + u' '
                + number(end.x) + u' ' + number(end.y);
            i += 2;
        }
    }
    svg += u"<path fill=\"%1\" d=\"%2\"/>\n"_s.arg(style.foreground.name(), d);
    if (const QRectF logo = style.logoRect(code); !logo.isEmpty()) {
        // Embedded as a PNG data URI: viewers that skip external or SVG-in-SVG images still show it.
        const QByteArray png = logoPng(style.logoPath, 512);
        const QRectF box = logo.adjusted(0.3, 0.3, -0.3, -0.3);
        svg += u"<image x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" preserveAspectRatio=\"xMidYMid meet\" "
               u"href=\"data:image/png;base64,%5\" xlink:href=\"data:image/png;base64,%5\"/>\n"_s.arg(
                   number(box.x()), number(box.y()), number(box.width()), number(box.height()),
                   QString::fromLatin1(png.toBase64()));
    }
    if (!style.caption.isEmpty()) {
        // Text, so that designers can edit it; sized from the same metrics as the outlines elsewhere.
        const CaptionLayout caption = captionLayout(style.caption, across);
        svg += u"<text x=\"%1\" y=\"%2\" font-family=\"DejaVu Sans, Verdana, sans-serif\" font-size=\"%3\" "
               u"text-anchor=\"middle\" fill=\"%4\">%5</text>\n"_s.arg(
                   number(across / 2), number(caption.baseline), number(caption.fontSize), style.foreground.name(),
                   style.caption.toHtmlEscaped());
    }
    svg += u"</svg>\n"_s;
    return svg.toUtf8();
}

QByteArray QrRenderer::toEps(const QrCode &code, const QrStyle &style)
{
    // Points, origin at the bottom left; one module = unit after scaling.
    const double across = modulesAcross(code, style);
    const double widthPt = style.totalWidthMm(code) * 72.0 / 25.4;
    const double heightPt = widthPt * aspect(style);
    const double unit = widthPt / across;
    auto colour = [&style](const QColor &c) { return postScriptColour(c, style.cmyk); };
    QString ps =
        u"%!PS-Adobe-3.0 EPSF-3.0\n%%Creator: Linkdeck\n%%BoundingBox: 0 0 %1 %2\n%%HiResBoundingBox: 0 0 %3 %4\n"
        u"%%EndComments\ngsave\n"_s.arg(qCeil(widthPt))
            .arg(qCeil(heightPt))
            .arg(number(widthPt), number(heightPt));
    if (!style.transparentBackground)
        ps += colour(style.background) + u" 0 0 %1 %2 rectfill\n"_s.arg(number(widthPt), number(heightPt));
    ps += u"0 %1 translate %2 %3 scale\n"_s.arg(number(heightPt), number(unit), number(-unit));
    ps += colour(style.foreground) + u'\n';
    ps += postScriptPath(modulePath(code, style));
    ps += u"fill\n"_s;
    if (!style.caption.isEmpty())
        ps += postScriptPath(captionLayout(style.caption, across).path) + u"fill\n"_s;
    if (const QRectF logo = style.logoRect(code); !logo.isEmpty()) {
        // The logo as an RGB image over white (EPS has no alpha), in module units.
        const QRectF box = logo.adjusted(0.3, 0.3, -0.3, -0.3);
        constexpr int pixels = 256;
        QImage image(pixels, pixels, QImage::Format_RGB32);
        image.fill(style.transparentBackground ? Qt::white : style.background);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        drawLogo(painter, QRectF(0, 0, pixels, pixels), style.logoPath);
        painter.end();
        QByteArray hex;
        hex.reserve(pixels * pixels * 6 + pixels);
        for (int y = 0; y < pixels; ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            QByteArray row;
            for (int x = 0; x < pixels; ++x)
                row += QByteArray(1, char(qRed(line[x]))) + char(qGreen(line[x])) + char(qBlue(line[x]));
            hex += row.toHex() + '\n';
        }
        ps +=
            u"gsave %1 %2 translate %3 %4 scale\n%5 %5 8 [%5 0 0 %5 0 0]\n{currentfile %6 string readhexstring pop} false 3 colorimage\n"_s
                .arg(number(box.x()), number(box.y()), number(box.width()), number(box.height()))
                .arg(pixels)
                .arg(pixels * 3);
        ps += QString::fromLatin1(hex) + u"grestore\n"_s;
    }
    ps += u"grestore\n"_s;
    ps += u"showpage\n%%EOF\n"_s;
    return ps.toLatin1();
}

Result<void> QrRenderer::toPdf(const QrCode &code, const QrStyle &style, const QString &path)
{
    const double widthMm = style.totalWidthMm(code);
    QPdfWriter pdf(path);
    pdf.setCreator(u"Linkdeck"_s);
    pdf.setResolution(1200);
    pdf.setPageSize(
        QPageSize(QSizeF(widthMm, widthMm * aspect(style)), QPageSize::Millimeter, {}, QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&pdf))
        return Error::make(Error::Kind::Storage, tr("Could not write “%1”.").arg(path));
    const QRectF page(0, 0, pdf.width(), pdf.height());
    render(painter, QRectF(0, 0, page.width(), page.width() * aspect(style)), code, style);
    painter.end();
    return {};
}

Result<void> QrRenderer::toCmykPdf(const QrCode &code, const QrStyle &style, const QString &path, bool compress)
{
    HPDF_Doc pdf = HPDF_New(nullptr, nullptr);
    if (!pdf)
        return Error::make(Error::Kind::Storage, tr("Could not write “%1”.").arg(path));
    auto cleanup = qScopeGuard([pdf] { HPDF_Free(pdf); });
    HPDF_SetCompressionMode(pdf, compress ? HPDF_COMP_ALL : HPDF_COMP_NONE);
    HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "Linkdeck");
    const double widthPt = style.totalWidthMm(code) * 72.0 / 25.4;
    const double heightPt = widthPt * aspect(style);
    HPDF_Page page = HPDF_AddPage(pdf);
    HPDF_Page_SetWidth(page, HPDF_REAL(widthPt));
    HPDF_Page_SetHeight(page, HPDF_REAL(heightPt));
    auto cmyk = [page](const QColor &c) {
        const QColor k = c.toCmyk();
        HPDF_Page_SetCMYKFill(page, HPDF_REAL(k.cyanF()), HPDF_REAL(k.magentaF()), HPDF_REAL(k.yellowF()),
                              HPDF_REAL(k.blackF()));
    };
    if (!style.transparentBackground) {
        cmyk(style.background);
        HPDF_Page_Rectangle(page, 0, 0, HPDF_REAL(widthPt), HPDF_REAL(heightPt));
        HPDF_Page_Fill(page);
    }
    const double unit = widthPt / modulesAcross(code, style);
    cmyk(style.foreground);
    // Module units to points; PDF's origin is at the bottom.
    const auto toPoints = [unit, heightPt](double x, double y) { return QPointF(x * unit, heightPt - y * unit); };
    haruPath(page, modulePath(code, style), toPoints);
    HPDF_Page_Fill(page);
    if (!style.caption.isEmpty()) {
        haruPath(page, captionLayout(style.caption, modulesAcross(code, style)).path, toPoints);
        HPDF_Page_Fill(page);
    }
    if (const QRectF logo = style.logoRect(code); !logo.isEmpty()) {
        const QByteArray png = logoPng(style.logoPath, 512);
        HPDF_Image image =
            HPDF_LoadPngImageFromMem(pdf, reinterpret_cast<const HPDF_BYTE *>(png.constData()), HPDF_UINT(png.size()));
        const QRectF box = logo.adjusted(0.3, 0.3, -0.3, -0.3);
        if (image)
            HPDF_Page_DrawImage(page, image, HPDF_REAL(box.x() * unit), HPDF_REAL(heightPt - box.bottom() * unit),
                                HPDF_REAL(box.width() * unit), HPDF_REAL(box.height() * unit));
    }
    if (HPDF_SaveToFile(pdf, QFile::encodeName(path).constData()) != HPDF_OK)
        return Error::make(Error::Kind::Storage, tr("Could not write “%1”.").arg(path));
    return {};
}

std::optional<QrRenderer::Format> QrRenderer::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    if (suffix == u"pdf")
        return Format::Pdf;
    if (suffix == u"eps" || suffix == u"ps")
        return Format::Eps;
    return std::nullopt;
}

QString QrRenderer::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return u"png"_s;
    case Format::Svg:
        return u"svg"_s;
    case Format::Pdf:
        return u"pdf"_s;
    case Format::Eps:
        return u"eps"_s;
    }
    return {};
}

Result<void> QrRenderer::save(const QrCode &code, const QrStyle &style, const QString &path, Format format)
{
    if (!style.logoReadable())
        return Error::make(
            Error::Kind::Invalid,
            tr("The logo “%1” cannot be read as a PNG, JPEG or SVG image.").arg(QFileInfo(style.logoPath).fileName()));
    if (format == Format::Pdf)
        return style.cmyk ? toCmykPdf(code, style, path) : toPdf(code, style, path);
    QByteArray bytes;
    if (format == Format::Svg) {
        bytes = toSvg(code, style);
    } else if (format == Format::Eps) {
        bytes = toEps(code, style);
    }
    QSaveFile file(path);   // written whole or not at all
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Storage, tr("Could not write “%1”: %2").arg(path, file.errorString()));
    if (format == Format::Png) {
        if (!toImage(code, style).save(&file, "PNG"))
            return Error::make(Error::Kind::Storage, tr("Could not write “%1”.").arg(path));
    } else {
        file.write(bytes);
    }
    if (!file.commit())
        return Error::make(Error::Kind::Storage, tr("Could not write “%1”: %2").arg(path, file.errorString()));
    return {};
}

}   // namespace Linkdeck::Print
