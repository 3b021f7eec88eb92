#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Linkdeck {

// The one way a moment is written in the app (desktop sweep: German showed "07.12.26 13:57"
// in the table and detail pane but "07.12.2026 15:00" in New Link, English "7 Dec 2026
// 14:09:46" with seconds): the locale's own short order of day, month and year, with a
// four-digit year and to the minute.
//
//   DateText::minutes(link.createdAt.toLocalTime())   -> "07.12.2026 13:57" (de), "12/7/2026 1:57 PM" (en_US)
class DateText
{
public:
    static QString format(const QLocale &locale = QLocale());   // for a QDateTimeEdit's display format
    static QString minutes(const QDateTime &when, const QLocale &locale = QLocale());
};

}   // namespace Linkdeck
