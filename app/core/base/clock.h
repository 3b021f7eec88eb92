#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace Linkdeck {

// The one wall clock of core: what time it is for the providers (a create's "recent"
// window), the sync queue, the statistics' "today" and the caches' "updated 5 minutes ago".
// Code that asks for the date or time asks here, never QDateTime::currentDateTime(), so
// that tests can set the date the whole process sees, fakes included (Clock::Override).
//
// Durations and timeouts are not wall-clock time: they use QElapsedTimer / QDeadlineTimer
// (monotonic), which neither this clock nor a changed system date moves.
class Clock
{
public:
    static QDateTime nowUtc();
    static qint64 nowMSecsSinceEpoch();
    // The current date in a time zone (the user's zone by default).
    static QDate today(const QTimeZone &zone = QTimeZone::systemTimeZone());

    // While it lives, the clock starts at `start` and runs on in real time from there
    // (timers and Retry-After waits still take their real length); advance() moves it on.
    // One at a time; tests make one in initTestCase() or per test.
    class Override
    {
    public:
        explicit Override(const QDateTime &start);
        ~Override();
        Override(const Override &) = delete;
        Override &operator=(const Override &) = delete;

        void advance(qint64 msecs);   // jump ahead (or back, if negative)
        void setNow(const QDateTime &now);
    };
};

}   // namespace Linkdeck
