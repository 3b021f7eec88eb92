#pragma once

#include <QLocale>
#include <QString>

namespace Linkdeck {

// The one way a share is written, in the app and the CLI (issue 12: the statistics said "45%",
// the split editor "45 %", other places "45.0%"): the number in the locale's digits and
// decimal sign, and the percent sign where and as the locale puts it (CLDR's percent pattern:
// "45%" in English, "45 %" with a no-break space in German, French and Spanish).
//
//   Percent::text(45)          -> "45%"      (de: "45 %")
//   Percent::text(12.345, 1)   -> "12.3%"    (de: "12,3 %")
class Percent
{
public:
    // A share in percent (45 for 45 %), with `decimals` digits after the decimal sign.
    static QString text(double percent, int decimals = 0, const QLocale &locale = QLocale());
    // What comes before and after the number in `locale` (for a spin box's prefix and suffix).
    static QString prefix(const QLocale &locale = QLocale());
    static QString suffix(const QLocale &locale = QLocale());
};

}   // namespace Linkdeck
