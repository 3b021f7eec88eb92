#pragma once

#include <QIcon>
#include <QStyle>

namespace Linkdeck::Gui {

// The desktop theme's icon where it has one, so the app looks native on GNOME/KDE; else the
// one shipped with the app (resources/icons, from Breeze), so it looks the same on any desktop;
// the style's standard icon only for a name the app does not ship.
QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback);

// The file of the shipped icon for `name` (":/icons/fallback/<name>.svg"), empty when none.
QString bundledIconPath(const QString &name);

}   // namespace Linkdeck::Gui
