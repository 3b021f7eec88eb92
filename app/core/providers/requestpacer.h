#pragma once

#include <QList>

#include <functional>

#include "core/links/link.h"

namespace Linkdeck {

// Paces bulk work onto a service (import, copy, move) so that it stays within the service's
// published request limits before the service has to refuse anything: one token bucket per
// limit ("100 requests a minute", "1,000 an hour"), each holding a small burst and refilled
// at a rate that keeps any window of that length at or under the limit. One pacer per account,
// shared by everything that writes to it (RequestPacer::forAccount), so two imports onto the
// same account share its limit. The 429 handling of RemoteProvider stays as the safety net.
//
//   RequestPacer *pacer = RequestPacer::forAccount(account);   // nullptr: the service has no limit
//   const qint64 waitMs = pacer->reserve();                    // send the request after waitMs
//   const qint64 leftMs = pacer->timeFor(rowsLeft);            // "about 4 minutes left"
//
// Time is monotonic milliseconds (QElapsedTimer), never the wall clock, unless a test sets a
// time source (setTimeSource): the test then also "waits" by moving its clock on.
class RequestPacer
{
public:
    // At most `requests` in any `perMs` milliseconds.
    struct Limit
    {
        int requests = 0;
        qint64 perMs = 0;
        bool operator==(const Limit &) const = default;
    };

    explicit RequestPacer(const QList<Limit> &limits);

    // The limits a service publishes for creating links (shared/contracts/PROVIDERS.md):
    // Bitly per minute a tenth of per hour (its example: 1,000 an hour, 100 a minute),
    // Rebrandly 10 a second and 20,000 an hour, Cuttly 60 a minute (Single plan). Shlink and
    // this computer publish none: empty.
    static QList<Limit> publishedLimits(ProviderKind kind);
    // The account's pacer, made on first use with its service's published limits; nullptr for
    // a service without limits. Lives as long as the process.
    static RequestPacer *forAccount(const Account &account);
    // Forgets every account's pacer (tests).
    static void resetAll();

    // The time source: now in ms, and how a wait passes. Empty functions: monotonic real time,
    // waits by timers. A test gives its Clock::Override's time and advance().
    using Now = std::function<qint64()>;
    using Advance = std::function<void(qint64 ms)>;
    static void setTimeSource(Now now, Advance advance);
    static qint64 now();
    // Lets `ms` pass as the time source says: a real wait (false: the caller waits by a timer),
    // or, with a test's source, the clock moved on at once (true).
    static bool skipWait(qint64 ms);

    const QList<Limit> &limits() const { return m_limits; }
    // Takes the next request's place: how long from `nowMs` until it may go (0: at once).
    qint64 reserve(qint64 nowMs);
    qint64 reserve() { return reserve(now()); }
    // How long `requests` more would take from `nowMs` at this pace, without taking any.
    qint64 timeFor(qint64 requests, qint64 nowMs) const;
    qint64 timeFor(qint64 requests) const { return timeFor(requests, now()); }

private:
    struct Bucket
    {
        Limit limit;
        double capacity = 1;   // the burst
        double perMs = 0;      // refill rate, tokens per ms
        double tokens = 1;
        qint64 at = -1;   // when `tokens` was counted; -1: never
    };
    static void refill(Bucket &b, qint64 nowMs);

    QList<Limit> m_limits;
    QList<Bucket> m_buckets;
};

}   // namespace Linkdeck
