#include "core/base/clock.h"

#include <atomic>

namespace Linkdeck {

namespace {

// Milliseconds added to the system's time while an Override lives (0 otherwise). Atomic:
// any thread may ask while a test moves it.
std::atomic<qint64> g_offsetMs{0};
std::atomic<bool> g_overridden{false};

}   // namespace

qint64 Clock::nowMSecsSinceEpoch()
{
    return QDateTime::currentMSecsSinceEpoch() + g_offsetMs.load(std::memory_order_relaxed);
}

QDateTime Clock::nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(nowMSecsSinceEpoch(), Qt::UTC);
}

QDate Clock::today(const QTimeZone &zone)
{
    return nowUtc().toTimeZone(zone).date();
}

Clock::Override::Override(const QDateTime &start)
{
    const bool another = g_overridden.exchange(true);
    Q_ASSERT_X(!another, "Clock::Override", "only one override at a time");
    Q_UNUSED(another)
    setNow(start);
}

Clock::Override::~Override()
{
    g_offsetMs.store(0);
    g_overridden.store(false);
}

void Clock::Override::advance(qint64 msecs)
{
    g_offsetMs.fetch_add(msecs);
}

void Clock::Override::setNow(const QDateTime &now)
{
    g_offsetMs.store(now.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch());
}

}   // namespace Linkdeck
