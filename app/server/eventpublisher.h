#pragma once

#include <QJsonObject>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/base/result.h"
#include "server/config.h"

namespace Linkdeck::Server {

class RedirectIndex;

// Shlink's real-time events over Redis pub/sub (REDIS_SERVERS, REDIS_PUB_SUB_ENABLED=true), as
// ../shared/contracts/shlink/async-api/async-api.json lists them: each is a PUBLISH to the channel
// named by the topic, with the topic's payload as JSON (what Shlink's RedisPublishingHelper sends):
//   https://shlink.io/new-visit/{shortCode}  {"shortUrl": ..., "visit": ...}  then
//   https://shlink.io/new-visit              {"shortUrl": ..., "visit": ...}  for a visit to a short URL,
//   https://shlink.io/new-orphan-visit       {"visit": ... with "type"}       for an orphan visit,
//   https://shlink.io/new-short-url          {"shortUrl": ...}                for a short URL the API created.
// The short URL and the visit have the REST API's shapes (ShlinkApi::shortUrlJson, the visits lists).
//
// Nothing is added to the redirect path: the publisher's own thread tails the click journal (the
// redirect path has appended each click there before it answered) every pollMillis, from where the
// journal ended when it started, decodes the new records, looks their links up through its own
// database connection and publishes. Best effort and real time: events that happen while Redis cannot
// be reached are dropped (counted, said in the log), never replayed later; the connection is tried
// again with a growing delay (100 ms to 2 s). A PUBLISH goes to the first server of REDIS_SERVERS that
// answers (any node of a Redis Cluster forwards it to the subscribers of every node).
class EventPublisher
{
public:
    static constexpr const char *NewVisitTopic = "https://shlink.io/new-visit";
    static constexpr const char *NewOrphanVisitTopic = "https://shlink.io/new-orphan-visit";
    static constexpr const char *NewShortUrlTopic = "https://shlink.io/new-short-url";

    struct Stats
    {
        std::uint64_t published = 0;   // PUBLISH commands Redis answered
        std::uint64_t dropped = 0;     // events not published (Redis unreachable, or a failed PUBLISH)
        bool connected = false;
    };

    // config and index must outlive the publisher.
    EventPublisher(const ServerConfig &config, RedirectIndex &index, int pollMillis = 10);
    ~EventPublisher();
    EventPublisher(const EventPublisher &) = delete;
    EventPublisher &operator=(const EventPublisher &) = delete;

    // Notes where the journal ends now and starts the thread; an Error when the database or the
    // GeoIP file cannot be opened. An unreachable Redis is no error: it is tried again until it
    // answers.
    Result<void> start();
    // Publishes what the journal holds by now (when Redis is there), then ends the thread.
    void stop();

    // A short URL the API created (its JSON as the API answered it): queued for
    // https://shlink.io/new-short-url. Any thread; never blocks on Redis.
    void shortUrlCreated(const QJsonObject &shortUrl);

    Stats stats() const;

private:
    struct Private;
    void run();

    const ServerConfig &m_config;
    RedirectIndex &m_index;
    int m_pollMillis;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::vector<QJsonObject> m_createdShortUrls;   // under m_mutex
    std::atomic<std::uint64_t> m_published{0};
    std::atomic<std::uint64_t> m_dropped{0};
    std::atomic<bool> m_connected{false};
    Private *d = nullptr;   // the thread's state, made in start()
};

}   // namespace Linkdeck::Server
