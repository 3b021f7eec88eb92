#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "server/clickrecord.h"
#include "server/config.h"
#include "server/geoip.h"
#include "server/redirectindex.h"
#include "server/redirectrules.h"

namespace Linkdeck::Server {

// What to answer to a request outside /rest/: the redirect decision as a pure function of
// the request line, the Host header, the index and the clock, tested without sockets (and
// fuzzed). The only side effect is counting a visit against a link's max-visits limit.
struct RedirectDecision
{
    enum class Kind {
        Redirect,           // status + location (+ query to forward)
        NotFound,           // the small 404 page, or a redirect when location is set
        Robots,             // robots.txt (the API thread lists the crawlable short URLs)
        Pixel,              // /{shortCode}/track: a 1x1 GIF, and a visit when linkId is set
        MethodNotAllowed,   // 405
        // A link that is not live and has no fallback: `body`, a small page saying so (410 Gone
        // once it has ended, 404 before it starts), recorded as an orphan visit as Shlink does.
        Ended,
        // A live password-protected link (issue 15) not yet unlocked: `body`, the password form
        // (status 200). On a POST the server checks the form's password against passwordHash
        // (off the I/O thread) and resolves again with RequestContext::unlockedBy set.
        Password,
        // A live link with a social preview, asked for by a link-preview crawler (issue 15):
        // a page of Open Graph and Twitter card tags from `preview` (status 200); no visit.
        Preview,
    };
    Kind kind = Kind::NotFound;
    int status = 404;
    std::string_view location;       // into the index or the config; valid while the snapshot is
    std::string_view query;          // forwarded to the destination when not empty
    std::string_view body;           // Ended, Password: the HTML page (static, in the visitor's language)
    std::string_view passwordHash;   // Password: the link's hash, valid while the snapshot is
    std::string_view preview;        // Preview: RedirectEntry::preview
    // What to record as the click
    std::int64_t linkId = 0;
    OrphanType orphan = OrphanType::None;
    std::string_view path;   // the slug, or the path of an orphan visit
    // Redirect: the A/B split's variant the visitor was sent to (1 for the first), 0 when the
    // link has no split or a redirect rule decided.
    std::uint8_t variant = 0;
};

// What redirect rules look at besides the request line: views into the request (valid for the
// call), the GeoIP database if any, and scratch space the caller keeps from one request to the
// next (nothing is allocated per request once it has grown).
struct RuleScratch
{
    GeoIp::Location location;
    bool located = false;
    std::uint8_t ip[16] = {};
    int ipState = 0;     // 0: not parsed yet, 1: IPv4, 2: IPv6, -1: not an address
    int platform = -1;   // Platform once known
    int browser = -1;    // Browser once known
    void reset()
    {
        located = false;
        ipState = 0;
        platform = -1;
        browser = -1;
    }
};
struct RequestContext
{
    std::string_view userAgent;
    std::string_view acceptLanguage;
    std::string_view clientIp;    // the visitor's address as given, not anonymised
    const GeoIp *geo = nullptr;   // none: geolocation conditions never match
    RuleScratch *scratch = nullptr;
};

// A password form sent back (issue 15): a POST, which only a protected link takes (anything
// else answers 405), and once its password was checked, the hash it matched: a protected link
// whose hash is this one redirects (its visit counted) instead of asking again.
struct PasswordForm
{
    bool post = false;
    std::string_view unlockedBy;   // empty: nothing unlocked
};

RedirectDecision resolveRequest(bool getOrHead, std::string_view target, std::string_view host,
                                const RedirectIndex::Snapshot &snapshot, const ServerConfig &config, std::int64_t nowMs,
                                std::string &scratch);
// The same, with the link's redirect rules decided by the request's headers.
RedirectDecision resolveRequest(bool getOrHead, std::string_view target, std::string_view host,
                                const RedirectIndex::Snapshot &snapshot, const ServerConfig &config, std::int64_t nowMs,
                                std::string &scratch, const RequestContext &request, const PasswordForm &form = {});

// The first of a link's rules (by priority) whose conditions all match, or nullptr. `query` is
// the raw query string (without "?"). request.scratch must be set, and reset() for each new
// request (resolveRequest does that).
const RedirectRule *matchRedirectRule(const LinkRedirectRules &rules, std::string_view query,
                                      const RequestContext &request, std::int64_t nowMs);
bool conditionMatches(const RedirectCondition &condition, std::string_view query, const RequestContext &request,
                      std::int64_t nowMs);

// The page for a link that has ended (or, notYet, not started), in the language the
// Accept-Language header prefers among the server's few (English, the default, and German).
// A static, self-contained HTML document: nothing is allocated per request.
std::string_view endedPage(bool notYet, std::string_view acceptLanguage);

// The password form of a protected link (issue 15), in the visitor's language as endedPage():
// Ask when it is first shown, WrongPassword after a password that does not match, TooMany when
// the visitor has to wait (429). A self-contained page whose form POSTs to the page's own
// address (no action attribute: the short URL with its query), a label for the field, no script.
enum class PasswordPage { Ask, WrongPassword, TooMany };

// Whether a user agent is a link-preview crawler (Facebook, LinkedIn, X, Slack, WhatsApp,
// Discord, Telegram, Skype, Pinterest, Reddit, Apple's, ...), which gets a link's social preview
// instead of the redirect. Substrings, ignoring case; nothing allocated.
bool isPreviewCrawler(std::string_view userAgent);
// The page a crawler gets for a preview ("title\x1fdescription\x1fimage"): the tags, every
// value HTML-escaped, and the title and description as the page's text.
std::string previewPage(std::string_view preview);
std::string_view passwordPage(PasswordPage which, std::string_view acceptLanguage);

}   // namespace Linkdeck::Server
