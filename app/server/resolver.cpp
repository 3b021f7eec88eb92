#include "server/resolver.h"

#include "core/links/rulematch.h"
#include "core/links/slug.h"

#include <algorithm>
#include <array>
#include <cctype>

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

using Rules::equalsIgnoringCase;
using Rules::trimmedText;

// A request as the rule matcher (core/links/rulematch.h) asks about it: the User-Agent parsed,
// the address parsed and GeoIP looked up only when a condition asks, once per request (the
// caller's RuleScratch keeps the answers). Nothing allocated.
class RequestVisit
{
public:
    RequestVisit(std::string_view query, const RequestContext &request, std::int64_t nowMs)
        : m_query(query)
        , m_request(request)
        , m_scratch(*request.scratch)
        , m_nowMs(nowMs)
    {}
    Platform platform()
    {
        if (m_scratch.platform < 0)
            m_scratch.platform = int(platformOf(m_request.userAgent));
        return Platform(m_scratch.platform);
    }
    Browser browser()
    {
        if (m_scratch.browser < 0)
            m_scratch.browser = int(browserOf(m_request.userAgent));
        return Browser(m_scratch.browser);
    }
    std::string_view acceptLanguage() const { return m_request.acceptLanguage; }
    std::string_view query() const { return m_query; }
    std::string_view countryCode()
    {
        const GeoIp::Location *where = located();
        return where ? std::string_view(where->countryCode) : std::string_view();
    }
    std::string_view cityName()
    {
        const GeoIp::Location *where = located();
        return where ? std::string_view(where->city) : std::string_view();
    }
    const std::uint8_t *address(bool *v6)
    {
        if (m_scratch.ipState == 0) {
            bool isV6 = false;
            m_scratch.ipState = parseIp(m_request.clientIp, m_scratch.ip, &isV6) ? (isV6 ? 2 : 1) : -1;
        }
        if (m_scratch.ipState < 0)
            return nullptr;
        *v6 = m_scratch.ipState == 2;
        return m_scratch.ip;
    }
    std::int64_t nowMs() const { return m_nowMs; }

private:
    const GeoIp::Location *located()
    {
        if (!m_request.geo)
            return nullptr;
        if (!m_scratch.located) {
            m_request.geo->lookup(m_request.clientIp, m_scratch.location);
            m_scratch.located = true;
        }
        return &m_scratch.location;
    }

    std::string_view m_query;
    const RequestContext &m_request;
    RuleScratch &m_scratch;
    std::int64_t m_nowMs;
};

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
        const std::string_view tag = trimmedText(item.substr(0, semicolon));
        int q = 1000;   // thousandths
        if (semicolon != std::string_view::npos) {
            const std::string_view params = item.substr(semicolon + 1);
            if (const std::size_t at = params.find("q="); at != std::string_view::npos) {
                const std::string_view value = trimmedText(params.substr(at + 2));
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
    RequestVisit visit(query, request, nowMs);
    return Rules::conditionMatches(c, visit);
}

const RedirectRule *matchRedirectRule(const LinkRedirectRules &rules, std::string_view query,
                                      const RequestContext &request, std::int64_t nowMs)
{
    RequestVisit visit(query, request, nowMs);
    for (const RedirectRule &rule : rules.rules) {
        if (Rules::allConditionsMatch(rule.conditions, visit))
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
                if (const LinkRedirectRules *found = snapshot.rulesOf(entry->linkId)) {
                    const LinkRedirectRules &linkRules = *found;
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
