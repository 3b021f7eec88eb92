#include "core/providers/requestpacer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>

#include <cmath>
#include <memory>

namespace Linkdeck {
namespace {

struct Registry
{
    QMutex mutex;
    QHash<qint64, std::shared_ptr<RequestPacer>> pacers;
    RequestPacer::Now now;
    RequestPacer::Advance advance;
    QElapsedTimer monotonic;
};

Registry &registry()
{
    static Registry r;
    if (!r.monotonic.isValid())
        r.monotonic.start();
    return r;
}

}   // namespace

RequestPacer::RequestPacer(const QList<Limit> &limits)
    : m_limits(limits)
{
    for (const Limit &limit : limits) {
        if (limit.requests <= 0 || limit.perMs <= 0)
            continue;
        Bucket b;
        b.limit = limit;
        // A burst of a tenth of the limit (at least one), refilled so that burst + refill over
        // any window of perMs is the limit: the limit holds for every window, not on average.
        b.capacity = std::max(1, limit.requests / 10);
        b.perMs = limit.requests > b.capacity ? (limit.requests - b.capacity) / double(limit.perMs)
                                              : 1.0 / double(limit.perMs);
        b.tokens = b.capacity;
        m_buckets << b;
    }
}

QList<RequestPacer::Limit> RequestPacer::publishedLimits(ProviderKind kind)
{
    constexpr qint64 second = 1000;
    constexpr qint64 minute = 60 * second;
    constexpr qint64 hour = 60 * minute;
    switch (kind) {
    case ProviderKind::Bitly:
        return {{100, minute}, {1000, hour}};
    case ProviderKind::Rebrandly:
        return {{10, second}, {20000, hour}};
    case ProviderKind::Cuttly:
        return {{60, minute}};
    case ProviderKind::Shlink:
    case ProviderKind::Local:
        break;
    }
    return {};
}

RequestPacer *RequestPacer::forAccount(const Account &account)
{
    const QList<Limit> limits = publishedLimits(account.provider);
    if (limits.isEmpty())
        return nullptr;
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    auto &pacer = r.pacers[account.id];
    if (!pacer || pacer->limits() != limits)
        pacer = std::make_shared<RequestPacer>(limits);
    return pacer.get();
}

void RequestPacer::resetAll()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.pacers.clear();
}

void RequestPacer::setTimeSource(Now now, Advance advance)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.now = std::move(now);
    r.advance = std::move(advance);
    r.pacers.clear();   // their times were counted on the other source
}

qint64 RequestPacer::now()
{
    Registry &r = registry();
    return r.now ? r.now() : r.monotonic.elapsed();
}

bool RequestPacer::skipWait(qint64 ms)
{
    Registry &r = registry();
    if (!r.advance)
        return false;
    r.advance(ms);
    return true;
}

void RequestPacer::refill(Bucket &b, qint64 nowMs)
{
    if (b.at < 0 || nowMs < b.at) {
        b.at = nowMs;
        return;
    }
    b.tokens = std::min(b.capacity, b.tokens + double(nowMs - b.at) * b.perMs);
    b.at = nowMs;
}

qint64 RequestPacer::reserve(qint64 nowMs)
{
    // The request goes when every bucket holds a token; each gives one then.
    qint64 goes = nowMs;
    for (Bucket &b : m_buckets) {
        refill(b, nowMs);
        if (b.tokens < 1.0)
            goes = std::max(goes, nowMs + qint64(std::ceil((1.0 - b.tokens) / b.perMs)));
    }
    for (Bucket &b : m_buckets) {
        refill(b, goes);
        b.tokens -= 1.0;
        // Rounding must never let a request through early.
        if (b.tokens < 0 && b.tokens > -1e-9)
            b.tokens = 0;
    }
    return goes - nowMs;
}

qint64 RequestPacer::timeFor(qint64 requests, qint64 nowMs) const
{
    if (requests <= 0)
        return 0;
    qint64 longest = 0;
    for (Bucket b : m_buckets) {
        refill(b, nowMs);
        // The tokens there now go at once; each further one after 1/perMs.
        const double missing = double(requests) - std::floor(b.tokens);
        if (missing > 0)
            longest = std::max(longest, qint64(std::ceil((missing - (b.tokens - std::floor(b.tokens))) / b.perMs)));
    }
    return longest;
}

}   // namespace Linkdeck
