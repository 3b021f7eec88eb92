#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "core/links/redirectrules.h"

namespace Linkdeck::Rules {

// Whether a prepared redirect-rule condition (makeCondition) matches a visitor: the one matcher
// of linkdeck-server's redirect path (server/resolver.cpp) and of the link dialog's "Try a
// visitor" preview (visitorpreview.cpp), so that both decide as Shlink does. Header-only and
// allocation-free: the server's visit answers only what a condition asks, and parses the
// User-Agent or looks up GeoIP then, once per request.
//
// A Visit answers (each called only by the conditions that need it):
//   Platform platform();                      the User-Agent's platform
//   Browser browser();                        the User-Agent's browser
//   std::string_view acceptLanguage();        the Accept-Language header as sent
//   std::string_view query();                 the raw query string, without "?"
//   std::string_view countryCode();           ISO 3166-1 alpha-2, upper case; empty: unknown
//   std::string_view cityName();              empty: unknown
//   const std::uint8_t *address(bool *v6);    16 bytes as parseIp() gives them; nullptr: none
//   std::int64_t nowMs();                     the clock, ms since the epoch (UTC)
//
//   struct MyVisit { ... };
//   MyVisit visit{...};
//   const bool yes = Rules::conditionMatches(condition, visit);

inline int hexValue(char c)
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
inline bool decodedEquals(std::string_view raw, std::string_view expected)
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
inline bool lastQueryParam(std::string_view query, std::string_view name, std::string_view *value)
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

// Without the spaces and tabs around it.
inline std::string_view trimmedText(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// Whether `a` equals `lowerB` (lower case) ignoring the case of ASCII letters.
inline bool equalsIgnoringCase(std::string_view a, std::string_view lowerB)
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
inline bool languageMatches(const RedirectCondition &c, std::string_view header)
{
    header = trimmedText(header);
    if (header.empty() || header == "*")
        return false;
    while (!header.empty()) {
        const std::size_t comma = header.find(',');
        std::string_view item = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
        const std::size_t semicolon = item.find(';');
        const std::string_view tag = trimmedText(item.substr(0, semicolon));
        if (tag.empty() || tag == "*")
            continue;
        if (semicolon != std::string_view::npos) {
            const std::string_view params = item.substr(semicolon + 1);
            const std::size_t q = params.find("q=");
            if (q != std::string_view::npos) {
                bool positive = false;
                for (char ch : trimmedText(params.substr(q + 2)).substr(0, 8))
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

inline bool deviceMatches(DeviceValue device, Platform p)
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

// Whether an address (16 bytes as parseIp() gives them) is the condition's address, in its
// CIDR block or its IPv4 pattern. The families never mix.
inline bool ipMatches(const RedirectCondition &c, const std::uint8_t ip[16], bool v6)
{
    if (c.ipV6 != v6)
        return false;
    if (c.wildcardOctets) {
        for (int octet = 0; octet < 4; ++octet) {
            if (!(c.wildcardOctets & (1u << octet)) && c.ip[octet] != ip[octet])
                return false;
        }
        return true;
    }
    const int whole = c.prefixBits / 8;
    if (std::memcmp(c.ip, ip, std::size_t(whole)) != 0)
        return false;
    const int bits = c.prefixBits % 8;
    if (bits == 0)
        return true;
    const auto mask = std::uint8_t(0xff << (8 - bits));
    return (c.ip[whole] & mask) == (ip[whole] & mask);
}

template<class Visit>
bool conditionMatches(const RedirectCondition &c, Visit &visit)
{
    std::string_view value;
    switch (c.type) {
    case ConditionType::Device:
        return deviceMatches(DeviceValue(c.value), visit.platform());
    case ConditionType::Browser:
        return visit.browser() == Browser(c.value);
    case ConditionType::Language:
        return languageMatches(c, visit.acceptLanguage());
    case ConditionType::QueryParam:
        return lastQueryParam(visit.query(), c.matchKey, &value) && decodedEquals(value, c.matchValue);
    case ConditionType::AnyValueQueryParam:
        return lastQueryParam(visit.query(), c.matchValue, &value);
    case ConditionType::ValuelessQueryParam:
        return lastQueryParam(visit.query(), c.matchValue, &value) && value.empty();
    case ConditionType::IpAddress: {
        bool v6 = false;
        const std::uint8_t *ip = visit.address(&v6);
        return ip && ipMatches(c, ip, v6);
    }
    case ConditionType::CountryCode: {
        const std::string_view country = visit.countryCode();
        return !country.empty() && country == c.text;
    }
    case ConditionType::CityName: {
        const std::string_view city = visit.cityName();
        return !city.empty() && equalsIgnoringCase(city, c.text);
    }
    case ConditionType::BeforeDate:
        return visit.nowMs() < c.timeMs;
    case ConditionType::AfterDate:
        return visit.nowMs() > c.timeMs;
    }
    return false;
}

// All of a rule's conditions match (a rule without any never does, as the API never stores one).
template<class Visit, class Conditions>
bool allConditionsMatch(const Conditions &conditions, Visit &visit)
{
    if (conditions.empty())
        return false;
    for (const RedirectCondition &c : conditions) {
        if (!conditionMatches(c, visit))
            return false;
    }
    return true;
}

}   // namespace Linkdeck::Rules
