#include "core/base/percent.h"

using namespace Qt::StringLiterals;

namespace Linkdeck {
namespace {

// CLDR's percent patterns: most languages write the sign right after the number; these put a
// no-break space between (French a narrow one), and Turkish puts the sign first.
QString spaceBefore(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::French:
        return QString(QChar(0x202F));
    case QLocale::German:
    case QLocale::Spanish:
    case QLocale::Swedish:
    case QLocale::NorwegianBokmal:
    case QLocale::Danish:
    case QLocale::Finnish:
    case QLocale::Czech:
    case QLocale::Slovak:
    case QLocale::Russian:
    case QLocale::Ukrainian:
        return QString(QChar(0x00A0));
    default:
        return {};
    }
}

bool signFirst(const QLocale &locale)
{
    return locale.language() == QLocale::Turkish;
}

}   // namespace

QString Percent::prefix(const QLocale &locale)
{
    return signFirst(locale) ? locale.percent() : QString();
}

QString Percent::suffix(const QLocale &locale)
{
    return signFirst(locale) ? QString() : spaceBefore(locale) + locale.percent();
}

QString Percent::text(double percent, int decimals, const QLocale &locale)
{
    return prefix(locale) + locale.toString(percent, 'f', decimals) + suffix(locale);
}

}   // namespace Linkdeck
