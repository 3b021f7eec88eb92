#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "server/clickrecord.h"
#include "server/config.h"
#include "server/redirectindex.h"

namespace Linkdeck::Server {

// What to answer to a request outside /rest/: the redirect decision as a pure function of
// the request line, the Host header, the index and the clock, tested without sockets (and
// fuzzed). The only side effect is counting a visit against a link's max-visits limit.
struct RedirectDecision
{
    enum class Kind {
        Redirect,          // status + location (+ query to forward)
        NotFound,          // the small 404 page, or a redirect when location is set
        Robots,            // robots.txt
        MethodNotAllowed,  // 405
    };
    Kind kind = Kind::NotFound;
    int status = 404;
    std::string_view location;   // into the index or the config; valid while the snapshot is
    std::string_view query;      // forwarded to the destination when not empty
    // What to record as the click
    std::int64_t linkId = 0;
    OrphanType orphan = OrphanType::None;
    std::string_view path;       // the slug, or the path of an orphan visit
};

RedirectDecision resolveRequest(bool getOrHead, std::string_view target, std::string_view host,
                                const RedirectIndex::Snapshot &snapshot, const ServerConfig &config,
                                std::int64_t nowMs, std::string &scratch);

} // namespace Linkdeck::Server
