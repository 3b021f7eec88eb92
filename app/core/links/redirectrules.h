#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include "core/links/linksplit.h"

namespace Linkdeck::Rules {

// Shlink's dynamic redirect rules (REST v3 /short-urls/{shortCode}/redirect-rules): a link's
// rules are tried in priority order and the first whose conditions all match gives the long
// URL; when none matches, the link's own destination. The condition types are those of the
// Shlink OpenAPI spec (SetShortUrlRedirectRule.json), with Shlink's matchKey / matchValue use:
//   device                  matchValue: android, ios, mobile (either), windows, macos, linux,
//                           chromeos, desktop (any of those four) from the User-Agent
//   language                matchValue: "en" (any region) or "en-US", against Accept-Language
//   query-param             matchKey = matchValue in the query (the last one of that name)
//   any-value-query-param   matchValue names a query parameter present with any value or none
//   valueless-query-param   matchValue names a query parameter present without a value
//   ip-address              matchValue: an address, a CIDR block or an IPv4 pattern (10.0.*.*)
//   geolocation-country-code, geolocation-city-name: the visitor's GeoIP country (ISO 3166-1
//                           alpha-2) or city (ignoring case)
//   before-date, after-date matchValue: an ISO 8601 date or date-time (UTC unless it says)
//   browser                 matchValue: chrome, firefox, safari, edge, opera,
//                           samsung-internet or internet-explorer, from the User-Agent
// Everything here is prepared once (parsed addresses, times, lower-cased texts) so that the
// redirect path (resolver.cpp) matches without allocating.
enum class ConditionType : std::uint8_t {
    Device,
    Language,
    QueryParam,
    AnyValueQueryParam,
    ValuelessQueryParam,
    IpAddress,
    CountryCode,
    CityName,
    BeforeDate,
    AfterDate,
    Browser,
};

const char *conditionTypeName(ConditionType type);
std::optional<ConditionType> conditionTypeFrom(std::string_view name);

// What the User-Agent says, as far as device and browser conditions ask.
enum class Platform : std::uint8_t { Unknown, Android, Ios, Windows, MacOs, Linux, ChromeOs };
enum class Browser : std::uint8_t { Unknown, Chrome, Firefox, Safari, Edge, Opera, SamsungInternet, InternetExplorer };
Platform platformOf(std::string_view userAgent);
Browser browserOf(std::string_view userAgent);
const char *browserName(Browser browser);   // "chrome", ...; "" for Unknown

struct RedirectCondition
{
    ConditionType type = ConditionType::Device;
    std::string matchKey;   // query-param's name; empty where the type has none (null in JSON)
    bool hasMatchKey = false;
    std::string matchValue;   // exactly as given

    // Prepared for matching:
    std::string text;          // language: the primary subtag; city: lower-case; country: upper-case
    std::string region;        // language: the second subtag, lower-case ("" for any)
    std::uint8_t value = 0;    // device: DeviceValue; browser: Browser
    std::int64_t timeMs = 0;   // before-date / after-date
    // ip-address: the network (IPv4 in the first 4 bytes), prefix length in bits, and for an
    // IPv4 pattern the octets that are "*" (bit i: octet i)
    bool ipV6 = false;
    std::uint8_t ip[16] = {};
    int prefixBits = 0;
    std::uint8_t wildcardOctets = 0;
};

enum class DeviceValue : std::uint8_t { Android, Ios, Mobile, Windows, MacOs, Linux, ChromeOs, Desktop };

struct RedirectRule
{
    int priority = 0;
    std::string longUrl;
    std::vector<RedirectCondition> conditions;
};

// One link's rules, by priority, and its A/B split (issue 15; core/links/linksplit.h): the split
// shares the visitors no rule matched between its destinations. Either may be empty.
struct LinkRedirectRules
{
    std::vector<RedirectRule> rules;
    std::vector<LinkSplit::Choice> split;
    bool empty() const { return rules.empty() && split.empty(); }
};
using RedirectRuleSets = std::unordered_map<std::int64_t, std::shared_ptr<const LinkRedirectRules>>;   // by link id

// Checks one condition as Shlink's API does and prepares it. nullopt with *why when invalid.
// A null matchKey or matchValue is passed as nullopt.
std::optional<RedirectCondition> makeCondition(std::string_view type, std::optional<std::string_view> matchKey,
                                               std::optional<std::string_view> matchValue, std::string *why = nullptr);

// Conditions as stored: a JSON array of {type, matchKey, matchValue}. False with *why when the
// text or a condition is not valid.
bool parseConditions(std::string_view json, std::vector<RedirectCondition> *out, std::string *why = nullptr);
std::string conditionsJson(const std::vector<RedirectCondition> &conditions);

// Parses an address ("192.0.2.1", "2001:db8::1", "::ffff:192.0.2.1" as IPv4) into 16 bytes
// (IPv4 in the first four); false if it is none.
bool parseIp(std::string_view text, std::uint8_t out[16], bool *v6);

// The app's side: one rule of a link as a provider gives it and the editor changes it. The
// same checks as the server's API (makeCondition, UrlValidator), so that the app never stores
// or sends a rule the server refuses.
//
//   Rules::Rule r{1, u"https://shop.example/app"_s, {{ConditionType::Device, {}, u"android"_s}}};
//   if (const QString why = Rules::problem(r); !why.isEmpty()) showError(why);
struct Condition
{
    ConditionType type = ConditionType::Device;
    QString matchKey;   // query-param's name; empty for every other type
    QString matchValue;

    bool operator==(const Condition &) const = default;
};

struct Rule
{
    int priority = 0;   // 1 first; the order of the list is what counts when saving
    QString longUrl;
    QList<Condition> conditions;

    bool operator==(const Rule &) const = default;
};

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Rules)
public:
    // Empty if the condition is valid, else a sentence saying what to enter.
    static QString problem(const Condition &condition);
    // Empty if the rule is valid; the destination is checked by UrlValidator.
    static QString problem(const Rule &rule);
    // "Rule 2: …" for the first invalid rule of a list; empty if all are valid.
    static QString problem(const QList<Rule> &rules);
    // How people read a condition: "on Android", "whose browser asks for German (de)", ...
    static QString describe(const Condition &condition);
    // "A visitor on Android goes to https://shop.example/app."
    static QString describe(const Rule &rule);
    // For the editor's lists: the device and browser values with their names for people.
    static QList<std::pair<QString, QString>> devices();    // {"android", "Android"}, ...
    static QList<std::pair<QString, QString>> browsers();   // {"chrome", "Chrome"}, ...
    static QString typeName(ConditionType type);            // "Device", "Language", ...
};

// Every condition type, in the order the editor offers them.
QList<ConditionType> allConditionTypes();

// Normalises a valid rule as stored (destination as UrlValidator normalises it, priorities
// 1..n in list order). Call only on rules without problem().
QList<Rule> normalized(QList<Rule> rules);

// Shlink's JSON: [{longUrl, priority, conditions: [{type, matchKey, matchValue}]}]. A
// condition of a type this version does not know is dropped, and ok set to false.
QList<Rule> rulesFromJson(const QJsonArray &redirectRules, bool *ok = nullptr);
QJsonArray rulesToJson(const QList<Rule> &rules);
// The conditions of one rule as stored in short_url_redirect_rules.conditions.
QString conditionsToJson(const QList<Condition> &conditions);
QList<Condition> conditionsFromJson(const QString &json);

}   // namespace Linkdeck::Rules

Q_DECLARE_METATYPE(Linkdeck::Rules::Rule)
