#pragma once

#include <atomic>
#include <cstdint>
#include <ctime>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/base/result.h"
#include "server/config.h"

namespace Linkdeck::Server {

class RedirectIndex;

// An HTTP date (RFC 9110 IMF-fixdate, "Sun, 06 Dec 2026 05:45:36 GMT"): English names
// whatever the process's locale (strftime's %a and %b follow LC_TIME, which Qt sets).
std::string httpDate(std::time_t when);

// A request for the REST API, copied off the connection that received it.
struct ApiRequest
{
    std::string method;   // "GET", "POST", ...
    std::string target;   // path and query, e.g. "/rest/v3/short-urls?page=2"
    std::string host;
    std::string apiKey;   // X-Api-Key
    std::string contentType;
    std::string body;
    std::string origin;   // Origin, for CORS
};

struct ApiResponse
{
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
};

// Answers API requests off the I/O threads (they touch the database). dispatch() must call
// done exactly once, from any thread.
class ApiDispatcher
{
public:
    virtual ~ApiDispatcher() = default;
    virtual void dispatch(ApiRequest request, std::function<void(ApiResponse)> done) = 0;
};

// The HTTP/1.1 front end on Boost.Beast: one I/O thread per core, each with its own
// SO_REUSEPORT acceptor. Redirects are answered from the in-memory RedirectIndex and each
// click is appended to the journal before the response is sent; nothing on this path
// touches the database or takes a lock. /rest/ goes to the ApiDispatcher.
class HttpServer
{
public:
    HttpServer(const ServerConfig &config, RedirectIndex &index, ApiDispatcher *api);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Listens and starts the I/O threads; an Error when the address is not one (Invalid) or
    // cannot be listened on (Network).
    Result<void> start();
    void stop();
    std::uint16_t port() const;
    // After a failed start(): the address was taken by another program (or another server).
    bool portInUse() const;
    // Before any start-up work: an Error (Network) saying so when another process listens on
    // the configured address, which the acceptors' SO_REUSEPORT would otherwise hide.
    static Result<void> checkPortFree(const ServerConfig &config);

    struct Stats
    {
        std::uint64_t requests = 0;
        std::uint64_t redirects = 0;   // redirects to a link decided, their clicks recorded
        // Of those, the responses written in full to the client's socket (answered), and the
        // ones that could not be written because the client had gone (their clicks count all
        // the same). redirects - answered - unanswered are being written now.
        std::uint64_t redirectsAnswered = 0;
        std::uint64_t redirectsUnanswered = 0;
        std::uint64_t notFound = 0;
        std::uint64_t badRequests = 0;
        std::uint64_t connections = 0;   // open now
    };
    Stats stats() const;

    struct Private;   // shared with the I/O threads' workers in httpserver.cpp

private:
    std::unique_ptr<Private> d;
};

// Zeroes the last IPv4 octet or the last 80 bits of an IPv6 address, as Shlink's
// ANONYMIZE_REMOTE_ADDR does. Returns the input unchanged if it is not an address.
std::string anonymizeAddress(const std::string &address);

}   // namespace Linkdeck::Server
