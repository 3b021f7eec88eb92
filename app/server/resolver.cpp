#include "server/resolver.h"

#include "core/links/slug.h"

#include <cctype>
#include <cstring>

namespace Linkdeck::Server {
namespace {

bool isSlugChar(char c)
{
    return Slug::isUrlSafe(char16_t(static_cast<unsigned char>(c)));
}

// The domain's own not-found redirect if it has one, else the server-wide default.
std::string_view notFoundTarget(const RedirectIndex::Snapshot &snapshot, std::string_view host,
                                std::string NotFoundRedirects::*member, const std::string &fallback,
                                std::string &scratch)
{
    if (!snapshot.domains->empty()) {
        scratch.clear();
        for (char c : host)
            scratch.push_back(char(std::tolower(static_cast<unsigned char>(c))));
        const auto it = snapshot.domains->find(scratch);
        if (it != snapshot.domains->end() && !(it->second.*member).empty())
            return it->second.*member;
    }
    return fallback;
}

RedirectDecision notFound(std::string_view location, OrphanType orphan, std::string_view path)
{
    RedirectDecision d;
    d.kind = RedirectDecision::Kind::NotFound;
    d.status = location.empty() ? 404 : 302;
    d.location = location;
    d.orphan = orphan;
    d.path = path;
    return d;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Whether a raw query component, percent-decoded with "+" as a space (as PHP, and so Shlink,
// reads a query), equals `expected`; without decoding into a buffer.
bool decodedEquals(std::string_view raw, std::string_view expected)
{
    std::size_t j = 0;
    for (std::size_t i = 0; i < raw.size();) {
        char c = raw[i];
        if (c == '+') {
            c = ' ';
            ++i;
        } else if (c == '%' && i + 2 < raw.size() && hexValue(raw[i + 1]) >= 0 && hexValue(raw[i + 2]) >= 0) {
            c = char(hexValue(raw[i + 1]) * 16 + hexValue(raw[i + 2]));
            i += 3;
        } else {
            ++i;
        }
        if (j >= expected.size() || expected[j] != c)
            return false;
        ++j;
    }
    return j == expected.size();
}

// The last parameter of the query named `name` (PHP keeps the last of repeated names):
// *value is its raw value (empty for "name" and "name="). False when there is none.
bool lastQueryParam(std::string_view query, std::string_view name, std::string_view *value)
{
    bool found = false;
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        const std::size_t eq = pair.find('=');
        if (decodedEquals(pair.substr(0, eq), name)) {
            found = true;
            *value = eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
        }
    }
    return found;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool equalsIgnoringCase(std::string_view a, std::string_view lowerB)
{
    if (a.size() != lowerB.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const char c = (a[i] >= 'A' && a[i] <= 'Z') ? char(a[i] - 'A' + 'a') : a[i];
        if (c != lowerB[i])
            return false;
    }
    return true;
}

// Shlink: each language range of Accept-Language with a quality above 0 ("*" aside), compared
// by its primary subtag and, when the condition has one, its second subtag ("en" accepts
// "en-GB"; "en-US" only "en-US"), ignoring case; "_" counts as "-".
bool languageMatches(const RedirectCondition &c, std::string_view header)
{
    header = trimmed(header);
    if (header.empty() || header == "*")
        return false;
    while (!header.empty()) {
        const std::size_t comma = header.find(',');
        std::string_view item = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
        const std::size_t semicolon = item.find(';');
        const std::string_view tag = trimmed(item.substr(0, semicolon));
        if (tag.empty() || tag == "*")
            continue;
        if (semicolon != std::string_view::npos) {
            const std::string_view params = item.substr(semicolon + 1);
            const std::size_t q = params.find("q=");
            if (q != std::string_view::npos) {
                bool positive = false;
                for (char ch : trimmed(params.substr(q + 2)).substr(0, 8))
                    positive = positive || (ch >= '1' && ch <= '9');
                if (!positive)
                    continue;   // q=0: not acceptable
            }
        }
        const std::size_t dash = tag.find_first_of("-_");
        if (!equalsIgnoringCase(tag.substr(0, dash), c.text))
            continue;
        if (c.region.empty())
            return true;
        if (dash == std::string_view::npos)
            continue;
        const std::string_view rest = tag.substr(dash + 1);
        if (equalsIgnoringCase(rest.substr(0, rest.find_first_of("-_")), c.region))
            return true;
    }
    return false;
}

bool deviceMatches(DeviceValue device, Platform p)
{
    switch (device) {
    case DeviceValue::Android:
        return p == Platform::Android;
    case DeviceValue::Ios:
        return p == Platform::Ios;
    case DeviceValue::Mobile:
        return p == Platform::Android || p == Platform::Ios;
    case DeviceValue::Windows:
        return p == Platform::Windows;
    case DeviceValue::MacOs:
        return p == Platform::MacOs;
    case DeviceValue::Linux:
        return p == Platform::Linux;
    case DeviceValue::ChromeOs:
        return p == Platform::ChromeOs;
    case DeviceValue::Desktop:
        return p == Platform::Windows || p == Platform::MacOs || p == Platform::Linux || p == Platform::ChromeOs;
    }
    return false;
}

bool ipMatches(const RedirectCondition &c, const RequestContext &request)
{
    RuleScratch &s = *request.scratch;
    if (s.ipState == 0) {
        bool v6 = false;
        s.ipState = parseIp(request.clientIp, s.ip, &v6) ? (v6 ? 2 : 1) : -1;
    }
    if (s.ipState < 0 || c.ipV6 != (s.ipState == 2))
        return false;
    if (c.wildcardOctets) {
        for (int octet = 0; octet < 4; ++octet) {
            if (!(c.wildcardOctets & (1u << octet)) && c.ip[octet] != s.ip[octet])
                return false;
        }
        return true;
    }
    const int whole = c.prefixBits / 8;
    if (std::memcmp(c.ip, s.ip, std::size_t(whole)) != 0)
        return false;
    const int bits = c.prefixBits % 8;
    if (bits == 0)
        return true;
    const auto mask = std::uint8_t(0xff << (8 - bits));
    return (c.ip[whole] & mask) == (s.ip[whole] & mask);
}

const GeoIp::Location *located(const RequestContext &request)
{
    if (!request.geo)
        return nullptr;
    RuleScratch &s = *request.scratch;
    if (!s.located) {
        request.geo->lookup(request.clientIp, s.location);
        s.located = true;
    }
    return &s.location;
}

}   // namespace

bool conditionMatches(const RedirectCondition &c, std::string_view query, const RequestContext &request,
                      std::int64_t nowMs)
{
    RuleScratch &s = *request.scratch;
    std::string_view value;
    switch (c.type) {
    case ConditionType::Device:
        if (s.platform < 0)
            s.platform = int(platformOf(request.userAgent));
        return deviceMatches(DeviceValue(c.value), Platform(s.platform));
    case ConditionType::Browser:
        if (s.browser < 0)
            s.browser = int(browserOf(request.userAgent));
        return s.browser == int(c.value);
    case ConditionType::Language:
        return languageMatches(c, request.acceptLanguage);
    case ConditionType::QueryParam:
        return lastQueryParam(query, c.matchKey, &value) && decodedEquals(value, c.matchValue);
    case ConditionType::AnyValueQueryParam:
        return lastQueryParam(query, c.matchValue, &value);
    case ConditionType::ValuelessQueryParam:
        return lastQueryParam(query, c.matchValue, &value) && value.empty();
    case ConditionType::IpAddress:
        return ipMatches(c, request);
    case ConditionType::CountryCode: {
        const GeoIp::Location *where = located(request);
        return where && !where->countryCode.empty() && where->countryCode == c.text;
    }
    case ConditionType::CityName: {
        const GeoIp::Location *where = located(request);
        return where && !where->city.empty() && equalsIgnoringCase(where->city, c.text);
    }
    case ConditionType::BeforeDate:
        return nowMs < c.timeMs;
    case ConditionType::AfterDate:
        return nowMs > c.timeMs;
    }
    return false;
}

const RedirectRule *matchRedirectRule(const LinkRedirectRules &rules, std::string_view query,
                                      const RequestContext &request, std::int64_t nowMs)
{
    for (const RedirectRule &rule : rules.rules) {
        bool all = !rule.conditions.empty();
        for (const RedirectCondition &c : rule.conditions) {
            if (!conditionMatches(c, query, request, nowMs)) {
                all = false;
                break;
            }
        }
        if (all)
            return &rule;
    }
    return nullptr;
}

RedirectDecision resolveRequest(bool getOrHead, std::string_view target, std::string_view host,
                                const RedirectIndex::Snapshot &snapshot, const ServerConfig &config, std::int64_t nowMs,
                                std::string &scratch)
{
    RuleScratch rules;
    RequestContext request;
    request.scratch = &rules;
    return resolveRequest(getOrHead, target, host, snapshot, config, nowMs, scratch, request);
}

RedirectDecision resolveRequest(bool getOrHead, std::string_view target, std::string_view host,
                                const RedirectIndex::Snapshot &snapshot, const ServerConfig &config, std::int64_t nowMs,
                                std::string &scratch, const RequestContext &request)
{
    if (!getOrHead) {
        RedirectDecision d;
        d.kind = RedirectDecision::Kind::MethodNotAllowed;
        d.status = 405;
        return d;
    }
    std::string_view query;
    if (const std::size_t q = target.find('?'); q != std::string_view::npos) {
        query = target.substr(q + 1);
        target = target.substr(0, q);
    }
    if (!host.empty() && host.back() == '.')
        host.remove_suffix(1);

    if (target.empty() || target == "/") {
        return notFound(notFoundTarget(snapshot, host, &NotFoundRedirects::baseUrl, config.baseUrlRedirect, scratch),
                        OrphanType::BaseUrl, "/");
    }
    if (target == "/robots.txt") {
        RedirectDecision d;
        d.kind = RedirectDecision::Kind::Robots;
        d.status = 200;
        return d;
    }
    // Shlink's tracking pixel, e.g. for e-mails: /{shortCode}/track answers a transparent GIF and
    // counts a visit of a live short URL (an unknown or ended one gets the GIF, no visit).
    constexpr std::string_view track = "/track";
    const bool pixel = target.size() > track.size() + 1 && target.substr(target.size() - track.size()) == track;
    if (pixel)
        target.remove_suffix(track.size());
    const std::string_view slug = target.substr(1);
    bool plainSlug = target.front() == '/' && !slug.empty() && slug.size() <= 64;
    for (char c : slug)
        plainSlug = plainSlug && isSlugChar(c);
    if (!plainSlug && pixel) {
        RedirectDecision d;
        d.kind = RedirectDecision::Kind::Pixel;
        d.status = 200;
        return d;
    }
    if (!plainSlug) {
        return notFound(
            notFoundTarget(snapshot, host, &NotFoundRedirects::regular404, config.regular404Redirect, scratch),
            OrphanType::Regular404, target);
    }

    std::optional<RedirectEntry> entry = snapshot.find(host, slug, scratch);
    if (!entry && !config.defaultDomain.empty())
        entry = snapshot.find(config.defaultDomain, slug, scratch);
    if (entry) {
        bool live = (entry->validSinceMs == 0 || entry->validSinceMs <= nowMs)
            && (entry->expiresAtMs == 0 || entry->expiresAtMs > nowMs);
        if (live && entry->maxVisits > 0)
            live = entry->visits->fetch_add(1, std::memory_order_relaxed) < entry->maxVisits;
        if (live && pixel) {
            RedirectDecision d;
            d.kind = RedirectDecision::Kind::Pixel;
            d.status = 200;
            d.linkId = entry->linkId;
            d.path = target.substr(1);
            return d;
        }
        if (live) {
            RedirectDecision d;
            d.kind = RedirectDecision::Kind::Redirect;
            d.status = entry->status ? entry->status : config.redirectStatus;
            d.location = entry->location;
            // The first rule that matches decides where to: rules live beside the table, keyed
            // by link id, and only links flagged as having any are looked up.
            if (entry->hasRules && request.scratch) {
                if (const auto it = snapshot.rules->find(entry->linkId); it != snapshot.rules->end()) {
                    request.scratch->reset();
                    if (const RedirectRule *rule = matchRedirectRule(*it->second, query, request, nowMs))
                        d.location = rule->longUrl;
                }
            }
            d.query = entry->forwardQuery ? query : std::string_view();
            d.linkId = entry->linkId;
            d.path = slug;
            return d;
        }
    }
    if (pixel) {
        RedirectDecision d;
        d.kind = RedirectDecision::Kind::Pixel;
        d.status = 200;
        return d;
    }
    return notFound(
        notFoundTarget(snapshot, host, &NotFoundRedirects::invalidShortUrl, config.invalidShortUrlRedirect, scratch),
        OrphanType::InvalidShortUrl, slug);
}

}   // namespace Linkdeck::Server
