#include "server/config.h"

#include "server/servererror.h"

#include <charconv>
#include <cstdlib>
#include <sstream>
#include <string_view>

namespace Linkdeck::Server {
namespace {

const char *env(const char *name)
{
    const char *v = std::getenv(name);
    return (v && *v) ? v : nullptr;
}

Error invalid(const std::string &message)
{
    return serverError(Error::Kind::Invalid, message);
}

Result<void> parseBool(const char *name, bool *out)
{
    const char *v = env(name);
    if (!v)
        return {};
    const std::string s(v);
    if (s == "true" || s == "1" || s == "yes" || s == "on") {
        *out = true;
    } else if (s == "false" || s == "0" || s == "no" || s == "off") {
        *out = false;
    } else {
        return invalid(std::string(name) + " must be true or false, not \"" + s + "\"");
    }
    return {};
}

void parseString(const char *name, std::string *out)
{
    if (const char *v = env(name))
        *out = v;
}

std::string trimmed(std::string_view s)
{
    const std::size_t first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

bool parseNumber(std::string_view s, int low, int high, int *out)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size() || value < low || value > high)
        return false;
    *out = value;
    return true;
}

// %XX in the user and password of a URI; false for a malformed escape.
bool percentDecoded(std::string_view s, std::string *out)
{
    out->clear();
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out->push_back(s[i]);
            continue;
        }
        if (i + 2 >= s.size())
            return false;
        int value = 0;
        const auto [end, ec] = std::from_chars(s.data() + i + 1, s.data() + i + 3, value, 16);
        if (ec != std::errc() || end != s.data() + i + 3)
            return false;
        out->push_back(char(value));
        i += 2;
    }
    return true;
}

// One entry of REDIS_SERVERS; an Error (Invalid) saying what is wrong with it.
Result<RedisServer> parseRedisServer(const std::string &entry)
{
    RedisServer server;
    std::string_view rest = entry;
    const std::size_t schemeEnd = rest.find("://");
    const std::string scheme =
        schemeEnd == std::string_view::npos ? std::string("tcp") : std::string(rest.substr(0, schemeEnd));
    if (schemeEnd != std::string_view::npos)
        rest.remove_prefix(schemeEnd + 3);
    if (scheme == "unix") {
        if (rest.empty() || rest.front() != '/')
            return invalid("a Unix socket is written unix:///path/to/redis.sock");
        server.socketPath = std::string(rest);
        server.display = entry;
        return server;
    }
    if (scheme == "rediss" || scheme == "tls")
        return invalid("Redis over TLS is not supported; use tcp:// (e.g. through a local TLS tunnel)");
    if (scheme != "tcp" && scheme != "redis")
        return invalid("the scheme must be tcp://, redis:// or unix://");
    std::string_view query;
    if (const std::size_t q = rest.find('?'); q != std::string_view::npos) {
        query = rest.substr(q + 1);
        rest = rest.substr(0, q);
    }
    // [user[:password]@]host[:port][/database]
    std::string_view userInfo;
    if (const std::size_t at = rest.rfind('@'); at != std::string_view::npos) {
        userInfo = rest.substr(0, at);
        rest.remove_prefix(at + 1);
    }
    std::string_view path;
    if (const std::size_t slash = rest.find('/'); slash != std::string_view::npos) {
        path = rest.substr(slash + 1);
        rest = rest.substr(0, slash);
    }
    std::string_view host = rest;
    std::string_view port;
    bool portGiven = false;
    if (!host.empty() && host.front() == '[') {   // [::1]:6379
        const std::size_t close = host.find(']');
        if (close == std::string_view::npos)
            return invalid("an IPv6 address needs its closing ]");
        if (close + 1 < host.size()) {
            if (host[close + 1] != ':')
                return invalid("the port follows the address after a colon");
            port = host.substr(close + 2);
            portGiven = true;
        }
        host = host.substr(1, close - 1);
    } else if (const std::size_t colon = host.rfind(':'); colon != std::string_view::npos) {
        port = host.substr(colon + 1);
        host = host.substr(0, colon);
        portGiven = true;
    }
    if (host.empty())
        return invalid("it names no host");
    server.host = std::string(host);
    if (portGiven && !parseNumber(port, 1, 65535, &server.port))
        return invalid("the port must be a number from 1 to 65535");
    if (!path.empty() && !parseNumber(path, 0, 1 << 20, &server.database))
        return invalid("the database after the / must be a number (e.g. tcp://host:6379/5)");
    if (!userInfo.empty()) {
        const std::size_t colon = userInfo.find(':');
        if (colon == std::string_view::npos)
            return invalid("it has a user but no password; a password alone is written tcp://:PASSWORD@host:port");
        if (!percentDecoded(userInfo.substr(0, colon), &server.user)
            || !percentDecoded(userInfo.substr(colon + 1), &server.password)) {
            return invalid("the user or password has a malformed %-escape");
        }
        if (server.password.empty())
            return invalid("the password after the colon is empty");
    }
    // Predis' options in the query: password, username, database; others are Predis' own and ignored.
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view item = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        const std::size_t eq = item.find('=');
        const std::string_view key = item.substr(0, eq);
        const std::string_view value = eq == std::string_view::npos ? std::string_view() : item.substr(eq + 1);
        bool ok = true;
        if (key == "password")
            ok = percentDecoded(value, &server.password) && !server.password.empty();
        else if (key == "username")
            ok = percentDecoded(value, &server.user);
        else if (key == "database" || key == "db")
            ok = parseNumber(value, 0, 1 << 20, &server.database);
        if (!ok)
            return invalid("the query option " + std::string(key) + " has a wrong value");
    }
    if (!server.user.empty() && server.password.empty())
        return invalid("it has a user but no password");
    server.display = scheme + "://" + (host.find(':') != std::string_view::npos ? "[" + server.host + "]" : server.host)
        + ":" + std::to_string(server.port) + (server.database >= 0 ? "/" + std::to_string(server.database) : "");
    return server;
}

}   // namespace

Result<std::vector<RedisServer>> parseRedisServers(const std::string &text)
{
    std::vector<RedisServer> servers;
    std::stringstream list(text);
    std::string item;
    while (std::getline(list, item, ',')) {
        const std::string entry = trimmed(item);
        if (entry.empty())
            continue;
        auto server = parseRedisServer(entry);
        if (!server) {
            // Never the password in a message: the entry is named by its position.
            return invalid("REDIS_SERVERS: server " + std::to_string(servers.size() + 1)
                           + " is not a Redis address: " + messageOf(server.error())
                           + " (expected tcp://[[user]:password@]host[:port][/database], e.g. tcp://127.0.0.1:6379)");
        }
        servers.push_back(std::move(server).value());
    }
    if (servers.empty())
        return invalid("REDIS_SERVERS names no server (expected e.g. tcp://127.0.0.1:6379)");
    return servers;
}

Result<void> ServerConfig::applyEnvironment()
{
    parseString("DEFAULT_DOMAIN", &defaultDomain);
    parseString("INITIAL_API_KEY", &initialApiKey);
    parseString("DEFAULT_BASE_URL_REDIRECT", &baseUrlRedirect);
    parseString("DEFAULT_REGULAR_404_REDIRECT", &regular404Redirect);
    parseString("DEFAULT_INVALID_SHORT_URL_REDIRECT", &invalidShortUrlRedirect);
    parseString("GEOLITE_DB_PATH", &geoipPath);
    for (const auto &[name, out] :
         {std::pair{"IS_HTTPS_ENABLED", &httpsEnabled}, std::pair{"ANONYMIZE_REMOTE_ADDR", &anonymizeRemoteAddr},
          std::pair{"TRACK_ORPHAN_VISITS", &trackOrphanVisits}, std::pair{"DISABLE_TRACKING", &disableTracking}}) {
        if (auto parsed = parseBool(name, out); !parsed)
            return parsed;
    }
    if (const char *v = env("REDIRECT_STATUS_CODE")) {
        const int status = std::atoi(v);
        if (status != 301 && status != 302 && status != 307 && status != 308)
            return invalid(std::string("REDIRECT_STATUS_CODE must be 301, 302, 307 or 308, not \"") + v + "\"");
        redirectStatus = status;
    }
    if (const char *v = env("SHORT_URL_MODE")) {
        const std::string mode = trimmed(v);
        if (mode != "strict" && mode != "loose")
            return invalid("SHORT_URL_MODE must be strict (Case-x and case-x are two short URLs) or loose (one), not \""
                           + mode + "\"");
        caseSensitiveSlugs = mode == "strict";
    }
    if (const char *v = env("REDIRECT_CACHE_LIFETIME"))
        redirectCacheLifetime = std::max(0, std::atoi(v));
    if (const char *v = env("TRUSTED_PROXIES")) {
        // "a, b" as people write lists: each address without the blanks around it.
        std::stringstream list(v);
        std::string item;
        while (std::getline(list, item, ',')) {
            const std::size_t first = item.find_first_not_of(" \t");
            if (first == std::string::npos)
                continue;
            trustedProxies.push_back(item.substr(first, item.find_last_not_of(" \t") - first + 1));
        }
    }
    if (const char *v = env("REDIS_SERVERS")) {
        auto servers = parseRedisServers(v);
        if (!servers)
            return servers.error();
        redisServers = std::move(servers).value();
    }
    if (auto parsed = parseBool("REDIS_PUB_SUB_ENABLED", &redisPubSubEnabled); !parsed)
        return parsed;
    if (redisPubSubEnabled && redisServers.empty())
        return invalid("REDIS_PUB_SUB_ENABLED is true, but REDIS_SERVERS names no Redis to publish to (e.g. "
                       "REDIS_SERVERS=tcp://127.0.0.1:6379)");
    if (redisPubSubEnabled && env("REDIS_SENTINEL_SERVICE"))
        return invalid("REDIS_SENTINEL_SERVICE is set, but linkdeck-server publishes real-time events to Redis itself, "
                       "not through sentinels: point REDIS_SERVERS at the Redis master (or the nodes of a cluster) and "
                       "unset REDIS_SENTINEL_SERVICE");
    return {};
}

std::string ServerConfig::effectiveJournalDir() const
{
    return journalDir.empty() ? databasePath + ".journal" : journalDir;
}

}   // namespace Linkdeck::Server
