#include "gui/icons.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

namespace {

// A shipped (Breeze) icon drawn in the palette's text colour, as KDE draws its monochrome icons:
// their "ColorScheme-Text" grey would hardly show on a dark palette (Preferences > Appearance).
// Disabled icons take the disabled text colour, selected ones the highlighted text's.
class PaletteIconEngine final : public QIconEngine
{
public:
    explicit PaletteIconEngine(const QString &path)
        : m_path(path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    QIconEngine *clone() const override { return new PaletteIconEngine(*this); }
    QString key() const override { return u"linkdeck-palette-svg"_s; }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap image = pixmap(rect.size() * ratio, mode, state);
        image.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor colour = mode == QIcon::Disabled ? palette.color(QPalette::Disabled, QPalette::WindowText)
            : mode == QIcon::Selected                 ? palette.color(QPalette::HighlightedText)
                                                      : palette.color(QPalette::WindowText);
        const QString cacheKey =
            u"%1:%2x%3:%4"_s.arg(m_path, QString::number(size.width()), QString::number(size.height()), colour.name());
        QPixmap image;
        if (QPixmapCache::find(cacheKey, &image))
            return image;
        QByteArray svg = m_svg;
        svg.replace("#232629", colour.name().toLatin1());
        QSvgRenderer renderer(svg);
        image = QPixmap(size);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        QPixmapCache::insert(cacheKey, image);
        return image;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

private:
    QString m_path;
    QByteArray m_svg;
};

}   // namespace

QString bundledIconPath(const QString &name)
{
    const QString path = u":/icons/fallback/"_s + name + u".svg"_s;
    return QFile::exists(path) ? path : QString();
}

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    if (const QString bundled = bundledIconPath(name); !bundled.isEmpty())
        return QIcon::fromTheme(name, QIcon(new PaletteIconEngine(bundled)));
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return QApplication::style()->standardIcon(fallback);
}

}   // namespace Linkdeck::Gui
