#pragma once

#include <QLocale>

namespace Linkdeck {

// Loads Linkdeck's own translation and Qt's for the given locale (the system locale by
// default) into the application. Returns false if Linkdeck has no translation for it,
// in which case the English text (with its plural forms) is shown.
bool installTranslators(const QLocale &locale = QLocale());

}   // namespace Linkdeck
