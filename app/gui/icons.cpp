#include "gui/icons.h"

#include <QApplication>

namespace Linkdeck::Gui {

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return QApplication::style()->standardIcon(fallback);
}

}   // namespace Linkdeck::Gui
