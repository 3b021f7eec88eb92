#pragma once

#include <QIcon>
#include <QStyle>

namespace Linkdeck::Gui {

// A themed icon where the desktop has one, else the style's closest standard icon, so the
// toolbar looks native on GNOME/KDE and still shows something under a bare X server.
QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback);

}   // namespace Linkdeck::Gui
