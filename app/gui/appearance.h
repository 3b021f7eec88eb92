#pragma once

#include "core/storage/settings.h"

class QPalette;

namespace Linkdeck::Gui::Appearance {

// The colours of every window (Preferences > General > Appearance). Qt on Linux keeps one palette
// whatever the desktop's, so Light and Dark set the Fusion style with a palette of their own;
// System gives back the style and the palette the application started with. Applied at start and
// as soon as the choice changes, to the whole application: widgets, charts and tones follow.
//
//   Appearance::apply(settings.appearance());
void apply(Settings::Appearance appearance);

QPalette lightPalette();   // Fusion's standard palette
QPalette darkPalette();    // light text on dark greys, with dimmed disabled text

}   // namespace Linkdeck::Gui::Appearance
