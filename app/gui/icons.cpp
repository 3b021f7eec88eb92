#include "gui/icons.h"

#include <QApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

QString bundledIconPath(const QString &name)
{
    const QString path = u":/icons/fallback/"_s + name + u".svg"_s;
    return QFile::exists(path) ? path : QString();
}

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    if (const QString bundled = bundledIconPath(name); !bundled.isEmpty())
        return QIcon::fromTheme(name, QIcon(bundled));
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return QApplication::style()->standardIcon(fallback);
}

}   // namespace Linkdeck::Gui
