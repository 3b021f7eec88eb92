#pragma once

#include "core/base/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace Linkdeck::Server {

// One entry of REDIS_SERVERS, as Shlink takes them: tcp://[[user]:password@]host[:port][/db], redis:// the
// same, or unix:///path/to/redis.sock.
struct RedisServer
{
    std::string host;   // empty for a Unix socket
    int port = 6379;
    std::string socketPath;   // unix://
    std::string user;         // AUTH user password (Redis 6 ACLs); empty: AUTH password
    std::string password;     // empty: no AUTH
    int database = -1;        // SELECT; -1: none
    std::string display;      // the entry without its password, for the log
};

// Parses REDIS_SERVERS ("tcp://a:6379,tcp://b:6379"); an Error (Invalid) with a sentence for the
// operator when an entry is not of that form.
Result<std::vector<RedisServer>> parseRedisServers(const std::string &text);

// How linkdeck-server runs: command-line options over Shlink's environment variables, so a
// team moving from the Shlink container keeps its settings.
struct ServerConfig
{
    std::string listenHost = "127.0.0.1";
    std::uint16_t listenPort = 8080;
    std::string databasePath;
    std::string journalDir;   // default: next to the database, "<db>.journal"
    std::string geoipPath;
    std::string userAgentRegexesPath =
        "/usr/share/uap-core/regexes.yaml";   // uap-core, for clicks by device/browser/OS
    std::string defaultDomain;                // DEFAULT_DOMAIN; default: the local account's domain
    bool httpsEnabled = false;                // IS_HTTPS_ENABLED: scheme of the short URLs the API returns
    int redirectStatus = 302;                 // REDIRECT_STATUS_CODE: 301, 302, 307 or 308
    // SHORT_URL_MODE: strict (true, Shlink's default) tells Case-x from case-x; loose (false)
    // stores new custom slugs lower-case and finds short codes ignoring case.
    bool caseSensitiveSlugs = true;
    int redirectCacheLifetime = 30;            // REDIRECT_CACHE_LIFETIME, seconds, for 301/308
    bool anonymizeRemoteAddr = true;           // ANONYMIZE_REMOTE_ADDR
    bool trackOrphanVisits = true;             // TRACK_ORPHAN_VISITS
    bool disableTracking = false;              // DISABLE_TRACKING
    std::vector<std::string> trustedProxies;   // TRUSTED_PROXIES: X-Forwarded-For is honoured only from these
    std::string initialApiKey;                 // INITIAL_API_KEY
    std::string baseUrlRedirect;               // DEFAULT_BASE_URL_REDIRECT
    std::string regular404Redirect;            // DEFAULT_REGULAR_404_REDIRECT
    std::string invalidShortUrlRedirect;       // DEFAULT_INVALID_SHORT_URL_REDIRECT
    int ioThreads = 0;                         // 0: one per core
    int maxConnections = 50000;
    int requestTimeoutSeconds = 15;        // a whole request, header and body, must arrive within this
    int idleTimeoutSeconds = 30;           // keep-alive connections with nothing to say are closed
    std::uint32_t maxHeaderBytes = 8192;   // request line and header fields together
    int maxHeaderFields = 64;
    std::uint64_t maxBodyBytes = 1 << 20;
    // Real-time events (server/eventpublisher.h): REDIS_SERVERS, and REDIS_PUB_SUB_ENABLED=true to publish
    // Shlink's topics to them. Without both, no publisher runs.
    std::vector<RedisServer> redisServers;
    bool redisPubSubEnabled = false;

    // Reads the environment variables Shlink documents; an Error (Invalid) with a message for
    // a value that is present but wrong.
    Result<void> applyEnvironment();
    std::string effectiveJournalDir() const;
};

}   // namespace Linkdeck::Server
