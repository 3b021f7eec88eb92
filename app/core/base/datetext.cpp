#include "core/base/datetext.h"

using namespace Qt::StringLiterals;

namespace Linkdeck {

QString DateText::format(const QLocale &locale)
{
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    format.remove(u":ss"_s);
    return format;
}

QString DateText::minutes(const QDateTime &when, const QLocale &locale)
{
    return locale.toString(when, format(locale));
}

}   // namespace Linkdeck
