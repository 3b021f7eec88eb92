#include "server/resolver.h"

#include "core/links/slug.h"

#include <algorithm>
#include <array>
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

// The "this link has ended" page's languages: a tiny table of its own (the server does not use
// Qt's translations). English first: the default.
struct EndedTexts
{
    std::string_view lang;
    std::string_view endedTitle;
    std::string_view endedText;
    std::string_view notYetTitle;
    std::string_view notYetText;
};
constexpr std::array<EndedTexts, 2> endedTexts{{
    {"en", "This link has ended",
     "The link you followed is no longer active. The page it led to may still be on the website of whoever sent "
     "you the link.",
     "This link is not active yet", "The link you followed starts working later. Please try again then."},
    {"de", "Dieser Link ist abgelaufen",
     "Der Link, dem Sie gefolgt sind, ist nicht mehr aktiv. Die Seite, zu der er führte, finden Sie vielleicht "
     "noch auf der Website dessen, der Ihnen den Link geschickt hat.",
     "Dieser Link ist noch nicht aktiv",
     "Der Link, dem Sie gefolgt sind, funktioniert erst später. Bitte versuchen Sie es dann noch einmal."},
}};

// The password form's texts, in the same languages (English first).
struct PasswordTexts
{
    std::string_view lang;
    std::string_view title;
    std::string_view text;
    std::string_view label;
    std::string_view button;
    std::string_view wrong;
    std::string_view tooMany;
};
constexpr std::array<PasswordTexts, 2> passwordTexts{{
    {"en", "This link is protected", "Enter the password you were given for this link to continue.", "Password",
     "Continue", "Wrong password. Please check it and try again.",
     "Too many attempts. Please wait a minute, then try again."},
    {"de", "Dieser Link ist geschützt",
     "Geben Sie das Passwort ein, das Sie für diesen Link erhalten haben, um fortzufahren.", "Passwort", "Weiter",
     "Falsches Passwort. Bitte prüfen Sie es und versuchen Sie es noch einmal.",
     "Zu viele Versuche. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal."},
}};

constexpr std::string_view pageStyle =
    "<style>body{font-family:system-ui,-apple-system,\"Segoe UI\",sans-serif;font-size:1.125rem;"
    "line-height:1.5;color:#1f1f1f;background:#fff;max-width:34em;margin:15vh auto 0;padding:0 1.25em}"
    "h1{font-size:1.6em;line-height:1.25}";

// The form: the field named by its label; a message (wrong password, wait) announced by screen
// readers (role="alert") and tied to the field (aria-describedby); the browser's own checks
// (required) and password managers (autocomplete) work without any script.
std::string passwordPageOf(const PasswordTexts &t, PasswordPage which)
{
    const std::string_view message =
        which == PasswordPage::WrongPassword ? t.wrong : (which == PasswordPage::TooMany ? t.tooMany : "");
    std::string page = "<!DOCTYPE html>\n<html lang=\"";
    page += t.lang;
    page += "\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta name=\"robots\" content=\"noindex\"><title>";
    page += t.title;
    page += "</title>\n";
    page += pageStyle;
    page += "label{display:block;font-weight:600;margin-top:1em}"
            "input{font:inherit;padding:.4em;width:100%;max-width:20em;box-sizing:border-box;"
            "border:2px solid #555;border-radius:4px}"
            "button{font:inherit;margin-top:1em;padding:.4em 1.2em;border:2px solid #1f1f1f;border-radius:4px;"
            "background:#1f1f1f;color:#fff}"
            "input:focus,button:focus{outline:3px solid #0b57d0;outline-offset:2px}"
            ".message{color:#a50e0e;font-weight:600}</style></head>\n<body><main><h1>";
    page += t.title;
    page += "</h1>\n<p>";
    page += t.text;
    page += "</p>\n";
    if (!message.empty()) {
        page += "<p id=\"message\" class=\"message\" role=\"alert\">";
        page += message;
        page += "</p>\n";
    }
    page += "<form method=\"post\"><label for=\"password\">";
    page += t.label;
    page += "</label>\n<input type=\"password\" id=\"password\" name=\"password\" "
            "autocomplete=\"current-password\" required autofocus";
    if (!message.empty())
        page += " aria-describedby=\"message\"";
    if (which == PasswordPage::WrongPassword)
        page += " aria-invalid=\"true\"";
    page += ">\n<button type=\"submit\">";
    page += t.button;
    page += "</button></form></main></body></html>\n";
    return page;
}

// Self-contained (no scripts, fonts, images or other requests), readable at any size: the
// document language, a title, a heading and one paragraph, with the system's font.
std::string pageOf(std::string_view lang, std::string_view title, std::string_view text)
{
    std::string page = "<!DOCTYPE html>\n<html lang=\"";
    page += lang;
    page += "\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>";
    page += title;
    page += "</title>\n<style>body{font-family:system-ui,-apple-system,\"Segoe UI\",sans-serif;font-size:1.125rem;"
            "line-height:1.5;color:#1f1f1f;background:#fff;max-width:34em;margin:15vh auto 0;padding:0 1.25em}"
            "h1{font-size:1.6em;line-height:1.25}</style></head>\n<body><main><h1>";
    page += title;
    page += "</h1>\n<p>";
    page += text;
    page += "</p></main></body></html>\n";
    return page;
}

// How much the header accepts a language (its primary subtag, lower case): the highest q of
// the ranges naming it ("de", "de-AT", ...), or that of "*", else 0. Without allocating.
int acceptance(std::string_view header, std::string_view language)
{
    int best = 0, wildcard = 0;
    while (!header.empty()) {
        const std::size_t comma = header.find(',');
        const std::string_view item = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
        const std::size_t semicolon = item.find(';');
        const std::string_view tag = trimmed(item.substr(0, semicolon));
        int q = 1000;   // thousandths
        if (semicolon != std::string_view::npos) {
            const std::string_view params = item.substr(semicolon + 1);
            if (const std::size_t at = params.find("q="); at != std::string_view::npos) {
                const std::string_view value = trimmed(params.substr(at + 2));
                q = 0;
                int scale = 1000;
                bool fraction = false;
                for (char c : value.substr(0, 5)) {
                    if (c == '.') {
                        fraction = true;
                    } else if (c >= '0' && c <= '9') {
                        if (!fraction)
                            q = (c - '0') * 1000;
                        else
                            q += (c - '0') * (scale /= 10);
                    } else {
                        break;
                    }
                }
            }
        }
        if (tag == "*")
            wildcard = std::max(wildcard, q);
        else if (equalsIgnoringCase(tag.substr(0, tag.find_first_of("-_")), language))
            best = std::max(best, q);
    }
    return best > 0 ? best : wildcard;
}

// Which of a table's languages the header prefers: English (the first) unless another is
// accepted more.
template<typename Texts>
std::size_t preferredLanguage(const Texts &table, std::string_view acceptLanguage)
{
    std::size_t chosen = 0;
    int chosenQ = acceptance(acceptLanguage, table[0].lang);
    for (std::size_t i = 1; i < table.size(); ++i) {
        if (const int q = acceptance(acceptLanguage, table[i].lang); q > chosenQ) {
            chosen = i;
            chosenQ = q;
        }
    }
    return chosen;
}

}   // namespace

std::string_view endedPage(bool notYet, std::string_view acceptLanguage)
{
    // Built once, then shared by every request (function statics are initialised thread-safely).
    static const std::array<std::string, 2 * endedTexts.size()> pages = [] {
        std::array<std::string, 2 * endedTexts.size()> built;
        for (std::size_t i = 0; i < endedTexts.size(); ++i) {
            const EndedTexts &t = endedTexts[i];
            built[2 * i] = pageOf(t.lang, t.endedTitle, t.endedText);
            built[2 * i + 1] = pageOf(t.lang, t.notYetTitle, t.notYetText);
        }
        return built;
    }();
    return pages[2 * preferredLanguage(endedTexts, acceptLanguage) + (notYet ? 1 : 0)];
}

bool isPreviewCrawler(std::string_view userAgent)
{
    // Each as the crawler names itself (Apple's and Signal's previews say facebookexternalhit or
    // Twitterbot too); lower case, compared ignoring case.
    static constexpr std::string_view crawlers[] = {
        "facebookexternalhit",
        "facebot",
        "linkedinbot",
        "twitterbot",
        "slackbot",
        "slack-imgproxy",
        "whatsapp",
        "discordbot",
        "telegrambot",
        "skypeuripreview",
        "pinterest",
        "redditbot",
        "applebot",
        "embedly",
        "mastodon",
        "vkshare",
        "xing-contenttabreceiver",
    };
    if (userAgent.empty())
        return false;
    for (const std::string_view crawler : crawlers) {
        if (userAgent.size() < crawler.size())
            continue;
        for (std::size_t at = 0; at + crawler.size() <= userAgent.size(); ++at) {
            std::size_t i = 0;
            while (i < crawler.size()
                   && char(std::tolower(static_cast<unsigned char>(userAgent[at + i]))) == crawler[i])
                ++i;
            if (i == crawler.size())
                return true;
        }
    }
    return false;
}

namespace {

void appendEscaped(std::string &out, std::string_view text)
{
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
}

void appendMeta(std::string &out, std::string_view attribute, std::string_view name, std::string_view value)
{
    if (value.empty())
        return;
    out += "<meta ";
    out += attribute;
    out += "=\"";
    out += name;
    out += "\" content=\"";
    appendEscaped(out, value);
    out += "\">\n";
}

}   // namespace

std::string previewPage(std::string_view preview)
{
    const std::size_t first = preview.find('\x1f');
    const std::size_t second = first == std::string_view::npos ? first : preview.find('\x1f', first + 1);
    const std::string_view title = preview.substr(0, first);
    const std::string_view description =
        first == std::string_view::npos ? std::string_view() : preview.substr(first + 1, second - first - 1);
    const std::string_view image = second == std::string_view::npos ? std::string_view() : preview.substr(second + 1);
    std::string page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>";
    appendEscaped(page, title);
    page += "</title>\n";
    appendMeta(page, "property", "og:type", "website");
    appendMeta(page, "property", "og:title", title);
    appendMeta(page, "property", "og:description", description);
    appendMeta(page, "property", "og:image", image);
    appendMeta(page, "name", "twitter:card", image.empty() ? "summary" : "summary_large_image");
    appendMeta(page, "name", "twitter:title", title);
    appendMeta(page, "name", "twitter:description", description);
    appendMeta(page, "name", "twitter:image", image);
    appendMeta(page, "name", "description", description);
    appendMeta(page, "name", "robots", "noindex");
    page += "</head>\n<body><h1>";
    appendEscaped(page, title);
    page += "</h1>\n";
    if (!description.empty()) {
        page += "<p>";
        appendEscaped(page, description);
        page += "</p>\n";
    }
    page += "</body></html>\n";
    return page;
}

std::string_view passwordPage(PasswordPage which, std::string_view acceptLanguage)
{
    constexpr std::size_t kinds = 3;
    static const std::array<std::string, kinds * passwordTexts.size()> pages = [] {
        std::array<std::string, kinds * passwordTexts.size()> built;
        for (std::size_t i = 0; i < passwordTexts.size(); ++i) {
            for (const PasswordPage kind : {PasswordPage::Ask, PasswordPage::WrongPassword, PasswordPage::TooMany})
                built[kinds * i + std::size_t(kind)] = passwordPageOf(passwordTexts[i], kind);
        }
        return built;
    }();
    return pages[kinds * preferredLanguage(passwordTexts, acceptLanguage) + std::size_t(which)];
}

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
                                std::string &scratch, const RequestContext &request, const PasswordForm &form)
{
    const auto methodNotAllowed = [] {
        RedirectDecision d;
        d.kind = RedirectDecision::Kind::MethodNotAllowed;
        d.status = 405;
        return d;
    };
    if (!getOrHead && !form.post)
        return methodNotAllowed();
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
    bool notYet = false;
    if (entry) {
        notYet = entry->validSinceMs != 0 && entry->validSinceMs > nowMs;
        bool live = !notYet && (entry->expiresAtMs == 0 || entry->expiresAtMs > nowMs);
        // Link-preview crawlers get the link's social preview (issue 15), a protected link's too:
        // it shows what its owner chose to show and never the destination. Links without one
        // read one empty view here.
        if (live && !pixel && !form.post && !entry->preview.empty() && isPreviewCrawler(request.userAgent)) {
            RedirectDecision d;
            d.kind = RedirectDecision::Kind::Preview;
            d.status = 200;
            d.preview = entry->preview;
            d.linkId = entry->linkId;
            d.path = slug;
            return d;
        }
        // A protected link (issue 15) asks first, before its click limit counts a visit; its
        // tracking pixel counts none. Links without a password read one empty view here.
        if (live && !entry->passwordHash.empty() && entry->passwordHash != form.unlockedBy) {
            if (pixel) {
                RedirectDecision d;
                d.kind = RedirectDecision::Kind::Pixel;
                d.status = 200;
                return d;
            }
            RedirectDecision d;
            d.kind = RedirectDecision::Kind::Password;
            d.status = 200;
            d.body = passwordPage(PasswordPage::Ask, request.acceptLanguage);
            d.passwordHash = entry->passwordHash;
            d.linkId = entry->linkId;
            d.path = slug;
            return d;
        }
        if (form.post && form.unlockedBy.empty())
            return methodNotAllowed();   // only a protected link's form takes a POST
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
            // by link id, and only links flagged as having any are looked up. When none does,
            // the link's A/B split (if any) shares the visitors between its destinations, each
            // visitor always the same one (a hash of the link, their network and user agent).
            if (entry->hasRules && request.scratch) {
                if (const auto it = snapshot.rules->find(entry->linkId); it != snapshot.rules->end()) {
                    const LinkRedirectRules &linkRules = *it->second;
                    request.scratch->reset();
                    const RedirectRule *rule =
                        linkRules.rules.empty() ? nullptr : matchRedirectRule(linkRules, query, request, nowMs);
                    if (rule) {
                        d.location = rule->longUrl;
                    } else if (!linkRules.split.empty()) {
                        const std::size_t variant =
                            LinkSplit::variantFor(linkRules.split, entry->linkId, request.clientIp, request.userAgent);
                        d.location = linkRules.split[variant].url;
                        d.variant = std::uint8_t(variant + 1);
                    }
                }
            }
            d.query = entry->forwardQuery ? query : std::string_view();
            d.linkId = entry->linkId;
            d.path = slug;
            return d;
        }
        if (!pixel && !entry->fallback.empty()) {
            // Not started, ended or used up, with a fallback address (issue 15): a temporary
            // redirect there (never the link's own 301, which browsers would keep), the query
            // forwarded as for the destination. Shlink has no fallback and counts no visit for
            // such a link; we record it as a visit of the link, with the fallback as where the
            // visitor went, because the people who print a QR code want to see that it is still
            // being scanned after the campaign ended (and that the fallback gets the traffic).
            RedirectDecision d;
            d.kind = RedirectDecision::Kind::Redirect;
            d.status = 302;
            d.location = entry->fallback;
            d.query = entry->forwardQuery ? query : std::string_view();
            d.linkId = entry->linkId;
            d.path = slug;
            return d;
        }
    }
    if (form.post && form.unlockedBy.empty())
        return methodNotAllowed();
    if (pixel) {
        RedirectDecision d;
        d.kind = RedirectDecision::Kind::Pixel;
        d.status = 200;
        return d;
    }
    const std::string_view redirect =
        notFoundTarget(snapshot, host, &NotFoundRedirects::invalidShortUrl, config.invalidShortUrlRedirect, scratch);
    if (entry && redirect.empty()) {
        // A known link that is not live, without a fallback: say so rather than "not found".
        // 410 Gone once it has ended (expired or used up): it will not come back by itself;
        // 404 before it starts, as it will work later, with a page that says it is not active
        // yet. A configured invalid-short-URL redirect (Shlink's DEFAULT_INVALID_SHORT_URL_REDIRECT
        // or the domain's) still wins, as on Shlink, where operators set it for exactly this.
        RedirectDecision d;
        d.kind = RedirectDecision::Kind::Ended;
        d.status = notYet ? 404 : 410;
        d.body = endedPage(notYet, request.acceptLanguage);
        d.orphan = OrphanType::InvalidShortUrl;
        d.path = slug;
        return d;
    }
    return notFound(redirect, OrphanType::InvalidShortUrl, slug);
}

}   // namespace Linkdeck::Server
