#include "core/links/redirectrules.h"

#include "core/links/urlvalidator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <arpa/inet.h>
#include <netinet/in.h>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace Linkdeck::Rules {
namespace {

constexpr std::pair<ConditionType, const char *> TypeNames[] = {
    {ConditionType::Device, "device"},
    {ConditionType::Language, "language"},
    {ConditionType::QueryParam, "query-param"},
    {ConditionType::AnyValueQueryParam, "any-value-query-param"},
    {ConditionType::ValuelessQueryParam, "valueless-query-param"},
    {ConditionType::IpAddress, "ip-address"},
    {ConditionType::CountryCode, "geolocation-country-code"},
    {ConditionType::CityName, "geolocation-city-name"},
    {ConditionType::BeforeDate, "before-date"},
    {ConditionType::AfterDate, "after-date"},
    {ConditionType::Browser, "browser"},
};

constexpr std::pair<DeviceValue, std::string_view> DeviceNames[] = {
    {DeviceValue::Android, "android"},   {DeviceValue::Ios, "ios"},         {DeviceValue::Mobile, "mobile"},
    {DeviceValue::Windows, "windows"},   {DeviceValue::MacOs, "macos"},     {DeviceValue::Linux, "linux"},
    {DeviceValue::ChromeOs, "chromeos"}, {DeviceValue::Desktop, "desktop"},
};

constexpr std::pair<Browser, std::string_view> BrowserNames[] = {
    {Browser::Chrome, "chrome"},
    {Browser::Firefox, "firefox"},
    {Browser::Safari, "safari"},
    {Browser::Edge, "edge"},
    {Browser::Opera, "opera"},
    {Browser::SamsungInternet, "samsung-internet"},
    {Browser::InternetExplorer, "internet-explorer"},
};

// ISO 3166-1 alpha-2, the officially assigned codes (as Shlink accepts them: upper case).
constexpr std::string_view CountryCodes =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY "
    "BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK "
    "FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR "
    "IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK "
    "ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM "
    "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF "
    "TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

std::string lowered(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = lower(c);
    return out;
}

bool fail(std::string *why, std::string text)
{
    if (why)
        *why = std::move(text);
    return false;
}

bool contains(std::string_view haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string_view::npos;
}

// "10.0.*.*": four octets, each a number or "*"; at least one "*".
bool parseIpv4Pattern(std::string_view text, RedirectCondition &c)
{
    std::uint8_t wildcards = 0;
    for (int octet = 0; octet < 4; ++octet) {
        const std::size_t dot = octet < 3 ? text.find('.') : text.size();
        if (dot == std::string_view::npos)
            return false;
        const std::string_view part = text.substr(0, dot);
        if (part == "*") {
            wildcards |= std::uint8_t(1u << octet);
            c.ip[octet] = 0;
        } else {
            unsigned value = 256;
            const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
            if (part.empty() || part.size() > 3 || ec != std::errc() || end != part.data() + part.size() || value > 255)
                return false;
            c.ip[octet] = std::uint8_t(value);
        }
        text.remove_prefix(std::min(text.size(), dot + 1));
        if (octet < 3 && text.empty())
            return false;
    }
    if (!wildcards)
        return false;
    c.ipV6 = false;
    c.prefixBits = 32;
    c.wildcardOctets = wildcards;
    return true;
}

bool parseIpCondition(std::string_view text, RedirectCondition &c)
{
    if (text.find('*') != std::string_view::npos)
        return parseIpv4Pattern(text, c);
    const std::size_t slash = text.find('/');
    if (!parseIp(text.substr(0, slash), c.ip, &c.ipV6))
        return false;
    const int bits = c.ipV6 ? 128 : 32;
    c.prefixBits = bits;
    if (slash != std::string_view::npos) {
        const std::string_view prefix = text.substr(slash + 1);
        int value = -1;
        const auto [end, ec] = std::from_chars(prefix.data(), prefix.data() + prefix.size(), value);
        if (prefix.empty() || ec != std::errc() || end != prefix.data() + prefix.size() || value < 0 || value > bits)
            return false;
        c.prefixBits = value;
    }
    return true;
}

// An ISO 8601 date ("2026-12-24") or date-time; without an offset it is UTC, so that a rule
// means the same instant wherever the server runs.
std::optional<std::int64_t> parseInstant(std::string_view text)
{
    const QString s = QString::fromUtf8(text.data(), qsizetype(text.size())).trimmed();
    if (s.size() == 10) {
        const QDate date = QDate::fromString(s, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), QTimeZone::utc());
    return t.toMSecsSinceEpoch();
}

bool isLanguageTag(std::string_view s)
{
    if (s.empty() || s.size() > 64 || s.front() == '-' || s.front() == '_')
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

}   // namespace

const char *conditionTypeName(ConditionType type)
{
    for (const auto &[t, name] : TypeNames) {
        if (t == type)
            return name;
    }
    return "";
}

std::optional<ConditionType> conditionTypeFrom(std::string_view name)
{
    for (const auto &[t, n] : TypeNames) {
        if (name == n)
            return t;
    }
    return std::nullopt;
}

Platform platformOf(std::string_view ua)
{
    if (contains(ua, "Android"))
        return Platform::Android;
    if (contains(ua, "iPhone") || contains(ua, "iPad") || contains(ua, "iPod"))
        return Platform::Ios;
    if (contains(ua, "CrOS"))
        return Platform::ChromeOs;
    if (contains(ua, "Windows Phone"))
        return Platform::Unknown;
    if (contains(ua, "Windows"))
        return Platform::Windows;
    if (contains(ua, "Macintosh") || contains(ua, "Mac OS X"))
        return Platform::MacOs;
    if (contains(ua, "Linux") || contains(ua, "X11"))
        return Platform::Linux;
    return Platform::Unknown;
}

Browser browserOf(std::string_view ua)
{
    // The order matters: Edge, Opera and Samsung Internet say Chrome too, Chrome says Safari.
    if (contains(ua, "Edg/") || contains(ua, "EdgA/") || contains(ua, "EdgiOS/") || contains(ua, "Edge/"))
        return Browser::Edge;
    if (contains(ua, "OPR/") || contains(ua, "Opera"))
        return Browser::Opera;
    if (contains(ua, "SamsungBrowser/"))
        return Browser::SamsungInternet;
    if (contains(ua, "Firefox/") || contains(ua, "FxiOS/"))
        return Browser::Firefox;
    if (contains(ua, "Chrome/") || contains(ua, "CriOS/") || contains(ua, "Chromium/"))
        return Browser::Chrome;
    if (contains(ua, "MSIE ") || contains(ua, "Trident/"))
        return Browser::InternetExplorer;
    if (contains(ua, "Safari/") && (contains(ua, "Version/") || contains(ua, "Mobile/")))
        return Browser::Safari;
    return Browser::Unknown;
}

const char *browserName(Browser browser)
{
    for (const auto &[b, name] : BrowserNames) {
        if (b == browser)
            return name.data();
    }
    return "";
}

bool parseIp(std::string_view text, std::uint8_t out[16], bool *v6)
{
    char buffer[INET6_ADDRSTRLEN] = {};
    if (text.empty() || text.size() >= sizeof buffer)
        return false;
    std::memcpy(buffer, text.data(), text.size());
    std::memset(out, 0, 16);
    if (inet_pton(AF_INET, buffer, out) == 1) {
        *v6 = false;
        return true;
    }
    if (inet_pton(AF_INET6, buffer, out) != 1)
        return false;
    static constexpr std::uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::memcmp(out, mapped, 12) == 0) {
        std::memmove(out, out + 12, 4);
        std::memset(out + 4, 0, 12);
        *v6 = false;
        return true;
    }
    *v6 = true;
    return true;
}

std::optional<RedirectCondition> makeCondition(std::string_view type, std::optional<std::string_view> matchKey,
                                               std::optional<std::string_view> matchValue, std::string *why)
{
    const auto t = conditionTypeFrom(type);
    if (!t) {
        fail(why, "unknown condition type \"" + std::string(type) + "\"");
        return std::nullopt;
    }
    RedirectCondition c;
    c.type = *t;
    // Only query-param has a key; Shlink answers null for the others.
    c.hasMatchKey = c.type == ConditionType::QueryParam && matchKey.has_value();
    if (c.hasMatchKey)
        c.matchKey = std::string(*matchKey);
    c.matchValue = std::string(matchValue.value_or(""));
    const std::string_view v = c.matchValue;
    bool ok = true;
    std::string reason;
    switch (c.type) {
    case ConditionType::Device: {
        ok = false;
        for (const auto &[device, name] : DeviceNames) {
            if (v == name) {
                c.value = std::uint8_t(device);
                ok = true;
            }
        }
        reason =
            "a device condition's matchValue is one of android, ios, mobile, windows, macos, linux, chromeos, desktop";
        break;
    }
    case ConditionType::Browser: {
        ok = false;
        for (const auto &[browser, name] : BrowserNames) {
            if (v == name) {
                c.value = std::uint8_t(browser);
                ok = true;
            }
        }
        reason = "a browser condition's matchValue is one of chrome, firefox, safari, edge, opera, samsung-internet, "
                 "internet-explorer";
        break;
    }
    case ConditionType::Language: {
        ok = isLanguageTag(v);
        std::string tag = lowered(v);
        std::replace(tag.begin(), tag.end(), '_', '-');
        const std::size_t dash = tag.find('-');
        c.text = tag.substr(0, dash);
        if (dash != std::string::npos)
            c.region = tag.substr(dash + 1, tag.find('-', dash + 1) - dash - 1);
        reason = "a language condition's matchValue is a language tag such as en or en-US";
        break;
    }
    case ConditionType::QueryParam:
        ok = !c.matchKey.empty();
        reason = "a query-param condition names the parameter in matchKey";
        break;
    case ConditionType::AnyValueQueryParam:
    case ConditionType::ValuelessQueryParam:
        ok = !v.empty();
        reason = "this condition names the query parameter in matchValue";
        break;
    case ConditionType::IpAddress:
        ok = parseIpCondition(v, c);
        reason = "an ip-address condition's matchValue is an address, a CIDR block or a pattern such as 192.168.*.*";
        break;
    case ConditionType::CountryCode:
        ok = v.size() == 2 && v[0] >= 'A' && v[0] <= 'Z' && v[1] >= 'A' && v[1] <= 'Z'
            && CountryCodes.find(v) != std::string_view::npos && CountryCodes.find(v) % 3 == 0;
        c.text = std::string(v);
        reason = "a geolocation-country-code condition's matchValue is an ISO 3166-1 alpha-2 code such as DE";
        break;
    case ConditionType::CityName:
        ok = !v.empty();
        c.text = lowered(v);
        reason = "a geolocation-city-name condition's matchValue is a city name";
        break;
    case ConditionType::BeforeDate:
    case ConditionType::AfterDate:
        if (const auto ms = parseInstant(v)) {
            c.timeMs = *ms;
        } else {
            ok = false;
        }
        reason = "a date condition's matchValue is an ISO 8601 date or date-time";
        break;
    }
    if (!ok) {
        fail(why, reason);
        return std::nullopt;
    }
    return c;
}

bool parseConditions(std::string_view json, std::vector<RedirectCondition> *out, std::string *why)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json.data(), qsizetype(json.size())), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return fail(why, "the conditions are not a JSON array");
    out->clear();
    for (const QJsonValue &item : doc.array()) {
        const QJsonObject o = item.toObject();
        const auto text = [&o](const char *name) -> std::optional<std::string> {
            const QJsonValue v = o.value(QLatin1String(name));
            if (!v.isString())
                return std::nullopt;
            return v.toString().toStdString();
        };
        const auto type = text("type"), key = text("matchKey"), value = text("matchValue");
        auto c = makeCondition(type.value_or(""), key ? std::optional<std::string_view>(*key) : std::nullopt,
                               value ? std::optional<std::string_view>(*value) : std::nullopt, why);
        if (!c)
            return false;
        out->push_back(std::move(*c));
    }
    return true;
}

std::string conditionsJson(const std::vector<RedirectCondition> &conditions)
{
    QJsonArray array;
    for (const RedirectCondition &c : conditions) {
        array.append(QJsonObject{
            {QLatin1String("type"), QLatin1String(conditionTypeName(c.type))},
            {QLatin1String("matchKey"),
             c.hasMatchKey ? QJsonValue(QString::fromStdString(c.matchKey)) : QJsonValue(QJsonValue::Null)},
            {QLatin1String("matchValue"), QString::fromStdString(c.matchValue)},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact).toStdString();
}

// --- The app's side --------------------------------------------------------------------

QList<ConditionType> allConditionTypes()
{
    return {ConditionType::Device,
            ConditionType::Language,
            ConditionType::QueryParam,
            ConditionType::AnyValueQueryParam,
            ConditionType::ValuelessQueryParam,
            ConditionType::IpAddress,
            ConditionType::CountryCode,
            ConditionType::CityName,
            ConditionType::BeforeDate,
            ConditionType::AfterDate,
            ConditionType::Browser};
}

QString Text::typeName(ConditionType type)
{
    switch (type) {
    case ConditionType::Device:
        return tr("Device");
    case ConditionType::Language:
        return tr("Language");
    case ConditionType::QueryParam:
        return tr("Query parameter with value");
    case ConditionType::AnyValueQueryParam:
        return tr("Query parameter present");
    case ConditionType::ValuelessQueryParam:
        return tr("Query parameter without value");
    case ConditionType::IpAddress:
        return tr("IP address");
    case ConditionType::CountryCode:
        return tr("Country");
    case ConditionType::CityName:
        return tr("City");
    case ConditionType::BeforeDate:
        return tr("Before a date");
    case ConditionType::AfterDate:
        return tr("After a date");
    case ConditionType::Browser:
        return tr("Browser");
    }
    return {};
}

QList<std::pair<QString, QString>> Text::devices()
{
    return {{QStringLiteral("android"), tr("Android")},
            {QStringLiteral("ios"), tr("iPhone or iPad")},
            {QStringLiteral("mobile"), tr("Any phone or tablet")},
            {QStringLiteral("desktop"), tr("Any computer")},
            {QStringLiteral("windows"), tr("Windows")},
            {QStringLiteral("macos"), tr("Mac")},
            {QStringLiteral("linux"), tr("Linux")},
            {QStringLiteral("chromeos"), tr("ChromeOS")}};
}

QList<std::pair<QString, QString>> Text::browsers()
{
    return {{QStringLiteral("chrome"), tr("Chrome")},
            {QStringLiteral("firefox"), tr("Firefox")},
            {QStringLiteral("safari"), tr("Safari")},
            {QStringLiteral("edge"), tr("Edge")},
            {QStringLiteral("opera"), tr("Opera")},
            {QStringLiteral("samsung-internet"), tr("Samsung Internet")},
            {QStringLiteral("internet-explorer"), tr("Internet Explorer")}};
}

QString Text::problem(const Condition &condition)
{
    const std::string key = condition.matchKey.toStdString(), value = condition.matchValue.toStdString();
    const auto matchKey =
        condition.type == ConditionType::QueryParam ? std::optional<std::string_view>(key) : std::nullopt;
    if (makeCondition(conditionTypeName(condition.type), matchKey, std::string_view(value)))
        return {};
    switch (condition.type) {
    case ConditionType::Device:
        return tr("Choose a device.");
    case ConditionType::Browser:
        return tr("Choose a browser.");
    case ConditionType::Language:
        return tr("Enter a language code such as en or de-CH.");
    case ConditionType::QueryParam:
    case ConditionType::AnyValueQueryParam:
    case ConditionType::ValuelessQueryParam:
        return tr("Enter the name of the query parameter.");
    case ConditionType::IpAddress:
        return tr("Enter an IP address (192.0.2.10), a range (192.168.0.0/16) or a pattern (10.0.*.*).");
    case ConditionType::CountryCode:
        return tr("Enter a two-letter country code such as DE or US.");
    case ConditionType::CityName:
        return tr("Enter the name of a city.");
    case ConditionType::BeforeDate:
    case ConditionType::AfterDate:
        return tr("Choose a date and time.");
    }
    return tr("This condition is not valid.");
}

QString Text::problem(const Rule &rule)
{
    const UrlCheck check = UrlValidator::check(rule.longUrl);
    if (!check.ok)
        return check.reason;
    if (rule.conditions.isEmpty())
        return tr("Add at least one condition: who should go to this destination?");
    for (const Condition &c : rule.conditions) {
        if (const QString why = problem(c); !why.isEmpty())
            return why;
    }
    return {};
}

QString Text::problem(const QList<Rule> &rules)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (const QString why = problem(rules.at(i)); !why.isEmpty())
            return tr("Rule %1: %2").arg(i + 1).arg(why);
    }
    return {};
}

QString Text::describe(const Condition &c)
{
    // While the user types, an empty value reads as "…" rather than as empty quotes.
    const QString v = c.matchValue.trimmed().isEmpty() ? tr("…") : c.matchValue;
    switch (c.type) {
    case ConditionType::Device:
        if (v == u"android")
            return tr("on Android");
        if (v == u"ios")
            return tr("on an iPhone or iPad");
        if (v == u"mobile")
            return tr("on a phone or tablet");
        if (v == u"desktop")
            return tr("on a computer");
        if (v == u"windows")
            return tr("on Windows");
        if (v == u"macos")
            return tr("on a Mac");
        if (v == u"linux")
            return tr("on Linux");
        if (v == u"chromeos")
            return tr("on ChromeOS");
        return tr("on a device “%1”").arg(v);
    case ConditionType::Language: {
        const QLocale locale(v);
        if (c.matchValue.isEmpty() || locale.language() == QLocale::C)
            return tr("whose browser asks for the language “%1”").arg(v);
        // The language's own name ("Deutsch", "français"): Qt names languages in English only,
        // and a language's own name reads well in any interface language.
        const QString name = locale.nativeLanguageName().isEmpty() ? QLocale::languageToString(locale.language())
                                                                   : locale.nativeLanguageName();
        return tr("whose browser asks for %1 (%2)").arg(name, v);
    }
    case ConditionType::QueryParam:
        return tr("whose link has ?%1=%2").arg(c.matchKey.isEmpty() ? tr("…") : c.matchKey, c.matchValue);
    case ConditionType::AnyValueQueryParam:
        return tr("whose link has the parameter “%1”").arg(v);
    case ConditionType::ValuelessQueryParam:
        return tr("whose link has “%1” without a value").arg(v);
    case ConditionType::IpAddress:
        return tr("from the address %1").arg(v);
    case ConditionType::CountryCode: {
        const QLocale::Territory territory = QLocale::codeToTerritory(v);
        return tr("in %1").arg(territory == QLocale::AnyTerritory ? v : QLocale::territoryToString(territory));
    }
    case ConditionType::CityName:
        return tr("in %1").arg(v);
    case ConditionType::BeforeDate:
    case ConditionType::AfterDate: {
        QString when = v;
        if (const auto ms = parseInstant(v.toStdString()))
            when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()).toLocalTime(),
                                      QLocale::ShortFormat);
        return c.type == ConditionType::BeforeDate ? tr("before %1").arg(when) : tr("after %1").arg(when);
    }
    case ConditionType::Browser:
        for (const auto &[id, name] : browsers()) {
            if (id == v)
                return tr("using %1").arg(name);
        }
        return tr("using the browser “%1”").arg(v);
    }
    return {};
}

QString Text::describe(const Rule &rule)
{
    QStringList parts;
    for (const Condition &c : rule.conditions)
        parts << describe(c);
    // Without an address yet, a sentence of its own: "goes to …." read as a typo (desktop sweep).
    const QString target = rule.longUrl.trimmed();
    if (parts.isEmpty())
        return target.isEmpty() ? tr("No visitor is sent anywhere yet: add a condition and an address.")
                                : tr("No visitor goes to %1 yet: add a condition.").arg(target);
    if (target.isEmpty())
        return tr("A visitor %1 goes to the address this rule is given.").arg(parts.join(tr(" and ")));
    return tr("A visitor %1 goes to %2.").arg(parts.join(tr(" and ")), target);
}

QList<Rule> normalized(QList<Rule> rules)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        Rule &rule = rules[i];
        rule.priority = int(i + 1);
        if (const UrlCheck check = UrlValidator::check(rule.longUrl); check.ok)
            rule.longUrl = check.url;
        for (Condition &c : rule.conditions) {
            if (c.type != ConditionType::QueryParam)
                c.matchKey.clear();
        }
    }
    return rules;
}

namespace {

QJsonArray conditionsArray(const QList<Condition> &conditions)
{
    QJsonArray array;
    for (const Condition &c : conditions) {
        array.append(QJsonObject{
            {QStringLiteral("type"), QString::fromLatin1(conditionTypeName(c.type))},
            {QStringLiteral("matchKey"),
             c.type == ConditionType::QueryParam ? QJsonValue(c.matchKey) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("matchValue"), c.matchValue},
        });
    }
    return array;
}

QList<Condition> conditionsOf(const QJsonArray &array, bool *ok)
{
    QList<Condition> out;
    for (const QJsonValue &item : array) {
        const QJsonObject o = item.toObject();
        const auto type = conditionTypeFrom(o.value(QStringLiteral("type")).toString().toStdString());
        if (!type) {
            if (ok)
                *ok = false;
            continue;
        }
        out.append(Condition{*type, o.value(QStringLiteral("matchKey")).toString(),
                             o.value(QStringLiteral("matchValue")).toString()});
    }
    return out;
}

}   // namespace

QString conditionsToJson(const QList<Condition> &conditions)
{
    return QString::fromUtf8(QJsonDocument(conditionsArray(conditions)).toJson(QJsonDocument::Compact));
}

QList<Condition> conditionsFromJson(const QString &json)
{
    return conditionsOf(QJsonDocument::fromJson(json.toUtf8()).array(), nullptr);
}

QList<Rule> rulesFromJson(const QJsonArray &redirectRules, bool *ok)
{
    if (ok)
        *ok = true;
    QList<Rule> out;
    for (const QJsonValue &item : redirectRules) {
        const QJsonObject o = item.toObject();
        if (!o.value(QStringLiteral("longUrl")).isString()) {
            if (ok)
                *ok = false;
            continue;
        }
        out.append(Rule{o.value(QStringLiteral("priority")).toInt(), o.value(QStringLiteral("longUrl")).toString(),
                        conditionsOf(o.value(QStringLiteral("conditions")).toArray(), ok)});
    }
    std::stable_sort(out.begin(), out.end(), [](const Rule &a, const Rule &b) { return a.priority < b.priority; });
    return out;
}

QJsonArray rulesToJson(const QList<Rule> &rules)
{
    QJsonArray array;
    for (const Rule &rule : rules) {
        array.append(QJsonObject{{QStringLiteral("longUrl"), rule.longUrl},
                                 {QStringLiteral("priority"), rule.priority},
                                 {QStringLiteral("conditions"), conditionsArray(rule.conditions)}});
    }
    return array;
}

}   // namespace Linkdeck::Rules
