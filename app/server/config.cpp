#include "server/config.h"

#include <cstdlib>
#include <sstream>

namespace Linkdeck::Server {
namespace {

const char *env(const char *name)
{
    const char *v = std::getenv(name);
    return (v && *v) ? v : nullptr;
}

bool parseBool(const char *name, bool *out, std::string *error)
{
    const char *v = env(name);
    if (!v)
        return true;
    const std::string s(v);
    if (s == "true" || s == "1" || s == "yes" || s == "on") {
        *out = true;
    } else if (s == "false" || s == "0" || s == "no" || s == "off") {
        *out = false;
    } else {
        *error = std::string(name) + " must be true or false, not \"" + s + "\"";
        return false;
    }
    return true;
}

void parseString(const char *name, std::string *out)
{
    if (const char *v = env(name))
        *out = v;
}

} // namespace

bool ServerConfig::applyEnvironment(std::string *error)
{
    parseString("DEFAULT_DOMAIN", &defaultDomain);
    parseString("INITIAL_API_KEY", &initialApiKey);
    parseString("DEFAULT_BASE_URL_REDIRECT", &baseUrlRedirect);
    parseString("DEFAULT_REGULAR_404_REDIRECT", &regular404Redirect);
    parseString("DEFAULT_INVALID_SHORT_URL_REDIRECT", &invalidShortUrlRedirect);
    parseString("GEOLITE_DB_PATH", &geoipPath);
    if (!parseBool("IS_HTTPS_ENABLED", &httpsEnabled, error) || !parseBool("ANONYMIZE_REMOTE_ADDR", &anonymizeRemoteAddr, error)
        || !parseBool("TRACK_ORPHAN_VISITS", &trackOrphanVisits, error)
        || !parseBool("DISABLE_TRACKING", &disableTracking, error))
        return false;
    if (const char *v = env("REDIRECT_STATUS_CODE")) {
        const int status = std::atoi(v);
        if (status != 301 && status != 302 && status != 307 && status != 308) {
            *error = std::string("REDIRECT_STATUS_CODE must be 301, 302, 307 or 308, not \"") + v + "\"";
            return false;
        }
        redirectStatus = status;
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
    return true;
}

std::string ServerConfig::effectiveJournalDir() const
{
    return journalDir.empty() ? databasePath + ".journal" : journalDir;
}

} // namespace Linkdeck::Server
