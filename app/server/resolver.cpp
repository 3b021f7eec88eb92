#include "server/resolver.h"

#include <cctype>

namespace Linkdeck::Server {
namespace {

bool isSlugChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
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

} // namespace

RedirectDecision resolveRequest(bool getOrHead, std::string_view target, std::string_view host,
                                const RedirectIndex::Snapshot &snapshot, const ServerConfig &config,
                                std::int64_t nowMs, std::string &scratch)
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
    const std::string_view slug = target.substr(1);
    bool plainSlug = target.front() == '/' && !slug.empty() && slug.size() <= 64;
    for (char c : slug)
        plainSlug = plainSlug && isSlugChar(c);
    if (!plainSlug) {
        return notFound(notFoundTarget(snapshot, host, &NotFoundRedirects::regular404, config.regular404Redirect, scratch),
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
        if (live) {
            RedirectDecision d;
            d.kind = RedirectDecision::Kind::Redirect;
            d.status = entry->status ? entry->status : config.redirectStatus;
            d.location = entry->location;
            d.query = entry->forwardQuery ? query : std::string_view();
            d.linkId = entry->linkId;
            d.path = slug;
            return d;
        }
    }
    return notFound(notFoundTarget(snapshot, host, &NotFoundRedirects::invalidShortUrl, config.invalidShortUrlRedirect, scratch),
                    OrphanType::InvalidShortUrl, slug);
}

} // namespace Linkdeck::Server
