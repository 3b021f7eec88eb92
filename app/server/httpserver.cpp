#include "server/httpserver.h"

#include "core/base/clock.h"
#include "server/clickrecord.h"
#include "server/geoip.h"
#include "server/journal.h"
#include "server/passwordgate.h"
#include "server/redirectindex.h"
#include "server/requestparser.h"
#include "server/resolver.h"
#include "server/servererror.h"

#include <boost/asio.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/basic_parser.hpp>
#include <boost/beast/http/read.hpp>

#include <array>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <optional>
#include <pthread.h>
#include <sched.h>
#include <thread>
#include <unordered_set>

namespace Linkdeck::Server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

std::string httpDate(std::time_t when)
{
    static constexpr const char *Days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char *Months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    std::tm tm{};
    gmtime_r(&when, &tm);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT", Days[tm.tm_wday % 7], tm.tm_mday,
                  Months[tm.tm_mon % 12], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
    return buf;
}

namespace {

std::string listenError(const std::string &host, std::uint16_t port, const boost::system::error_code &failure)
{
    std::string text = "cannot listen on " + host + ":" + std::to_string(port) + ": " + failure.message();
    if (failure == asio::error::address_in_use)
        text += " (another program, perhaps another linkdeck-server, listens on this port; stop it or choose another "
                "port with --listen)";
    return text;
}

std::int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

const char *statusLine(int status)
{
    switch (status) {
    case 200:
        return "HTTP/1.1 200 OK\r\n";
    case 201:
        return "HTTP/1.1 201 Created\r\n";
    case 204:
        return "HTTP/1.1 204 No Content\r\n";
    case 301:
        return "HTTP/1.1 301 Moved Permanently\r\n";
    case 302:
        return "HTTP/1.1 302 Found\r\n";
    case 307:
        return "HTTP/1.1 307 Temporary Redirect\r\n";
    case 308:
        return "HTTP/1.1 308 Permanent Redirect\r\n";
    case 400:
        return "HTTP/1.1 400 Bad Request\r\n";
    case 401:
        return "HTTP/1.1 401 Unauthorized\r\n";
    case 403:
        return "HTTP/1.1 403 Forbidden\r\n";
    case 404:
        return "HTTP/1.1 404 Not Found\r\n";
    case 405:
        return "HTTP/1.1 405 Method Not Allowed\r\n";
    case 409:
        return "HTTP/1.1 409 Conflict\r\n";
    case 410:
        return "HTTP/1.1 410 Gone\r\n";
    case 413:
        return "HTTP/1.1 413 Content Too Large\r\n";
    case 429:
        return "HTTP/1.1 429 Too Many Requests\r\n";
    case 422:
        return "HTTP/1.1 422 Unprocessable Content\r\n";
    case 431:
        return "HTTP/1.1 431 Request Header Fields Too Large\r\n";
    case 500:
        return "HTTP/1.1 500 Internal Server Error\r\n";
    case 501:
        return "HTTP/1.1 501 Not Implemented\r\n";
    case 503:
        return "HTTP/1.1 503 Service Unavailable\r\n";
    default:
        return nullptr;
    }
}

const std::string_view notFoundPage =
    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Link not found</title></head>\n"
    "<body style=\"font-family:sans-serif;text-align:center;margin-top:15vh\"><h1>This link does not exist</h1>\n"
    "<p>It may have expired or been mistyped.</p></body></html>\n";

// The bytes a query may hold as they are (RFC 3986 3.4: pchar, "/" and "?"; "%" of an
// escape is checked apart). The rest of what a request target can carry (Beast lets through
// any byte but controls and space) is percent-encoded before it goes into Location.
constexpr auto queryByteTable = [] {
    std::array<bool, 256> ok{};
    for (int c = 'a'; c <= 'z'; ++c)
        ok[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c)
        ok[c] = true;
    for (int c = '0'; c <= '9'; ++c)
        ok[c] = true;
    for (char c : std::string_view("-._~!$&'()*+,;=:@/?"))
        ok[static_cast<unsigned char>(c)] = true;
    return ok;
}();

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Appends a query string for Location: as it is when it is clean (the common case, one
// append), else byte by byte with the others percent-encoded.
void appendQuery(std::string &out, std::string_view query)
{
    std::size_t clean = 0;
    while (clean < query.size()) {
        const char c = query[clean];
        if (queryByteTable[static_cast<unsigned char>(c)]
            || (c == '%' && clean + 2 < query.size() && isHex(query[clean + 1]) && isHex(query[clean + 2])))
            ++clean;
        else
            break;
    }
    out.append(query.data(), clean);
    static constexpr char Hex[] = "0123456789ABCDEF";
    for (std::size_t i = clean; i < query.size(); ++i) {
        const char c = query[i];
        const auto byte = static_cast<unsigned char>(c);
        if (queryByteTable[byte] || (c == '%' && i + 2 < query.size() && isHex(query[i + 1]) && isHex(query[i + 2]))) {
            out.push_back(c);
        } else {
            out.push_back('%');
            out.push_back(Hex[byte >> 4]);
            out.push_back(Hex[byte & 15]);
        }
    }
}

}   // namespace

std::string anonymizeAddress(const std::string &address)
{
    boost::system::error_code ec;
    const auto ip = asio::ip::make_address(address, ec);
    if (ec)
        return address;
    if (ip.is_v4()) {
        auto bytes = ip.to_v4().to_bytes();
        bytes[3] = 0;
        return asio::ip::address_v4(bytes).to_string();
    }
    auto v6 = ip.to_v6();
    if (v6.is_v4_mapped())
        return anonymizeAddress(asio::ip::make_address_v4(asio::ip::v4_mapped, v6).to_string());
    auto bytes = v6.to_bytes();
    for (std::size_t i = 6; i < bytes.size(); ++i)   // keep the first 48 bits
        bytes[i] = 0;
    return asio::ip::address_v6(bytes).to_string();
}

class Connection;

// One I/O thread: its io_context, acceptor, journal and view of the index.
struct Worker
{
    Worker(HttpServer::Private &server, int id);

    void accept();
    void sweep();
    const std::string &date();
    // Responses whose clicks wait in clickBuffer: the clicks of everything this thread
    // handled in one turn of its loop go to the journal in one write(2), then the
    // responses go out.
    void sendAfterJournal(std::shared_ptr<Connection> connection);
    void flushJournal();

    HttpServer::Private &server;
    int id;
    // Declared before io: handlers still queued when io is destroyed may own connections,
    // whose destructors unregister here.
    std::unordered_set<Connection *> connections;
    asio::io_context io{1};
    tcp::acceptor acceptor{io};
    asio::steady_timer sweeper{io};
    asio::steady_timer acceptPause{io};   // after accept(2) failed for want of resources
    tcp::endpoint acceptedPeer;           // filled by accept(2) itself: no getpeername(2) per connection
    JournalAppender journal;
    IndexReader reader;
    RuleScratch ruleScratch;   // the redirect rules' per-request state, reused
    std::string clickBuffer;
    std::vector<std::shared_ptr<Connection>> waitingForJournal;
    bool flushPosted = false;
    std::string dateHeader;
    std::time_t dateSecond = 0;
    std::thread thread;
};

struct HttpServer::Private
{
    const ServerConfig &config;
    RedirectIndex &index;
    ApiDispatcher *api;
    std::unique_ptr<GeoIp> geo;   // for redirect rules on the visitor's country or city
    std::vector<std::unique_ptr<Worker>> workers;
    std::uint16_t port = 0;
    bool portInUse = false;
    std::atomic<int> openConnections{0};
    std::atomic<std::uint64_t> requests{0};
    std::atomic<std::uint64_t> redirects{0};
    std::atomic<std::uint64_t> redirectsAnswered{0};
    std::atomic<std::uint64_t> redirectsUnanswered{0};
    std::atomic<std::uint64_t> notFound{0};
    std::atomic<std::uint64_t> badRequests{0};
    std::string permanentCacheControl;
    // Password-protected links (issue 15): attempts per visitor, and the thread that checks
    // them (made at the first attempt: most servers never need it).
    AttemptLimiter passwordAttempts;
    std::mutex verifierMutex;   // guards verifier and verifierClosed
    std::unique_ptr<PasswordVerifier> verifier;
    bool verifierClosed = false;   // stopping: no more checks, their answers could not be sent

    // Queues a check (quick: the check itself runs on the verifier's thread); false when the
    // server is stopping or too many checks wait.
    bool checkPassword(std::string hash, std::string password, std::function<void(bool)> done)
    {
        std::lock_guard lock(verifierMutex);
        if (verifierClosed) {
            wipe(password);
            return false;
        }
        if (!verifier)
            verifier = std::make_unique<PasswordVerifier>();
        return verifier->check(std::move(hash), std::move(password), std::move(done));
    }
};

class Connection final : public std::enable_shared_from_this<Connection>
{
public:
    // peer: the address accept(2) returned. TCP_NODELAY comes from the listening socket (Linux
    // copies it to each accepted one), so a connection costs no system call of its own here.
    Connection(Worker &worker, tcp::socket socket, const tcp::endpoint &peer)
        : m_worker(worker)
        , m_socket(std::move(socket))
        , m_buffer(worker.server.config.maxHeaderBytes + 64 * 1024)
        , m_peer(peer.address().to_string())
    {
        m_clientIp = m_worker.server.config.anonymizeRemoteAddr ? anonymizeAddress(m_peer) : m_peer;
        m_out.reserve(512);
        m_worker.connections.insert(this);
        m_worker.server.openConnections.fetch_add(1, std::memory_order_relaxed);
    }

    ~Connection()
    {
        m_worker.connections.erase(this);
        m_worker.server.openConnections.fetch_sub(1, std::memory_order_relaxed);
    }

    void start() { readRequest(); }

    void close()
    {
        boost::system::error_code ec;
        m_socket.shutdown(tcp::socket::shutdown_both, ec);
        m_socket.close(ec);
    }

    Clock::time_point deadline() const { return m_deadline; }

private:
    // RFC 9112 section 9.6, closing in stages: half-close, then read and discard what the
    // client still sends (a body that was refused, pipelined requests) until it closes too,
    // for at most LingerSeconds and LingerBytes. Closing with unread input would send a TCP
    // RST, which can destroy the response before the client has read it.
    static constexpr int LingerSeconds = 2;
    static constexpr std::size_t LingerBytes = 1024 * 1024;
    void lingerThenClose()
    {
        boost::system::error_code ignored;
        m_socket.shutdown(tcp::socket::shutdown_send, ignored);
        m_deadline = Clock::now() + std::chrono::seconds(LingerSeconds);   // the sweeper closes it then
        m_lingered = 0;
        drain();
    }
    // As nginx's "lingering_close auto": when the whole request was read (a refused body was
    // not) and nothing came beyond it in that read, the client asked to close after this
    // response and has nothing more to send, so closing at once (close(2) alone sends the FIN)
    // cannot reset it; this saves a read and two system calls per connection.
    void closeAfterResponse()
    {
        if (m_parser && m_parser->is_done() && m_buffer.size() == 0) {
            boost::system::error_code ignored;
            m_socket.close(ignored);
            return;
        }
        lingerThenClose();
    }
    void drain()
    {
        m_buffer.consume(m_buffer.size());
        m_socket.async_read_some(m_buffer.prepare(16 * 1024),
                                 [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                                     self->m_lingered += n;
                                     if (ec || self->m_lingered > LingerBytes) {
                                         self->close();
                                         return;
                                     }
                                     self->m_buffer.commit(n);
                                     self->drain();
                                 });
    }

    void readRequest()
    {
        const ServerConfig &config = m_worker.server.config;
        m_request.clear();
        m_parser.emplace(m_request, config.maxHeaderFields, config.maxBodyBytes);
        m_parser->header_limit(config.maxHeaderBytes);
        m_parser->eager(true);
        m_deadline = Clock::now()
            + std::chrono::seconds(m_buffer.size() == 0 ? config.idleTimeoutSeconds : config.requestTimeoutSeconds);
        // The header first: a request with a body may wait for 100 Continue (RFC 9110 10.1.1).
        // A request without one is complete with its header, so this is the only read.
        http::async_read_header(m_socket, m_buffer, *m_parser,
                                [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onHeader(ec); });
    }

    void onHeader(beast::error_code ec)
    {
        if (ec || m_parser->is_done()) {
            onRead(ec);
            return;
        }
        if (m_request.expectContinue) {
            static constexpr std::string_view continueLine = "HTTP/1.1 100 Continue\r\n\r\n";
            asio::async_write(m_socket, asio::buffer(continueLine.data(), continueLine.size()),
                              [self = shared_from_this()](beast::error_code failed, std::size_t) {
                                  if (failed) {
                                      self->close();
                                      return;
                                  }
                                  self->readBody();
                              });
            return;
        }
        readBody();
    }

    void readBody()
    {
        http::async_read(m_socket, m_buffer, *m_parser,
                         [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onRead(ec); });
    }

    void onRead(beast::error_code ec)
    {
        if (ec) {
            if (ec != http::error::end_of_stream && ec != asio::error::eof && ec != asio::error::operation_aborted
                && ec != asio::error::connection_reset && ec != asio::error::bad_descriptor) {
                // A malformed or oversized request: say so and hang up.
                m_worker.server.badRequests.fetch_add(1, std::memory_order_relaxed);
                const bool tooLarge = ec == http::error::header_limit || ec == http::error::body_limit;
                sendSimple(tooLarge ? (ec == http::error::body_limit ? 413 : 431)
                                    : (m_request.rejectStatus ? m_request.rejectStatus : 400),
                           false);
                return;
            }
            close();
            return;
        }
        m_worker.server.requests.fetch_add(1, std::memory_order_relaxed);
        m_keepAlive = m_parser->keep_alive();
        if (m_request.isApi)
            handleApi();
        else
            handleRedirect();
    }

    void handleRedirect();
    // A POST of a protected link's form: counted against the visitor's attempts, checked on the
    // verifier's thread, then answered back on this one (unlocked()).
    void handlePasswordForm(const RedirectDecision &asked);
    void unlocked(std::int64_t linkId, const std::string &hash, bool matches);
    void answerRedirect(const RedirectDecision &d);
    void handleApi();
    void recordClick(std::int64_t linkId, OrphanType orphan, std::string_view domain, std::string_view path,
                     std::string_view redirectUrl, std::uint8_t variant = 0);
    void sendSimple(int status, bool keepAlive);
    void sendRedirect(int status, std::string_view location, std::string_view query);
    // Writes the redirect's head into m_out; returns the Location value as sent (the query
    // forwarded), a view into m_out until it changes.
    std::string_view composeRedirect(int status, std::string_view location, std::string_view query);
    void sendNotFound(std::string_view redirect);
    void sendPage(int status, std::string_view page, std::string_view extraHeaders = {});
    void write();
    void writeNow();
    std::string_view clientIp();
    std::string_view visitorIp();

    Worker &m_worker;
    tcp::socket m_socket;
    beast::flat_buffer m_buffer;
    RequestData m_request;
    std::optional<RequestParser> m_parser;
    std::string m_out;
    std::string m_peer;
    std::string m_clientIp;
    std::string m_forwardedIp;
    std::string m_visited;   // a visit's back-half and query, kept for its capacity
    Clock::time_point m_deadline = Clock::time_point::max();
    bool m_keepAlive = true;
    std::size_t m_lingered = 0;   // bytes discarded while closing
    bool m_clickPending = false;
    bool m_redirecting = false;   // m_out is a redirect to a link: counted answered or not once written

    friend struct Worker;
};

Worker::Worker(HttpServer::Private &s, int workerId)
    : server(s)
    , id(workerId)
    , journal(s.config.effectiveJournalDir(), workerId)
    , reader(s.index)
{
    clickBuffer.reserve(4096);
}

const std::string &Worker::date()
{
    const std::time_t now = std::time(nullptr);
    if (now != dateSecond) {
        dateSecond = now;
        dateHeader = "Date: " + httpDate(now) + "\r\n";
    }
    return dateHeader;
}

void Worker::sendAfterJournal(std::shared_ptr<Connection> connection)
{
    waitingForJournal.push_back(std::move(connection));
    if (!flushPosted) {
        flushPosted = true;
        // Runs after the other handlers that are ready now, so their clicks share the write.
        asio::post(io, [this] { flushJournal(); });
    }
}

void Worker::flushJournal()
{
    flushPosted = false;
    // Before the responses go out: a client that got its redirect has its click in the kernel.
    if (!clickBuffer.empty() && !journal.append(clickBuffer))
        reportJournalError(journal.lastError());
    clickBuffer.clear();
    for (auto &connection : waitingForJournal)
        connection->writeNow();
    // After a busy turn, the core goes to the other worker or the click writer if either is
    // waiting for it (SCHED_BATCH never preempts on waking, see start()): without this the
    // running worker would keep the core until the scheduler's tick (4 ms at HZ=250) while
    // the other's visitors wait. When no thread waits, sched_yield(2) returns at once.
    if (waitingForJournal.size() >= 8)
        sched_yield();
    waitingForJournal.clear();
}

void Worker::accept()
{
    acceptor.async_accept(acceptedPeer, [this](boost::system::error_code ec, tcp::socket socket) {
        if (ec == asio::error::operation_aborted || !acceptor.is_open())
            return;
        if (!ec) {
            if (server.openConnections.load(std::memory_order_relaxed) >= server.config.maxConnections) {
                boost::system::error_code ignored;
                socket.close(ignored);   // over the cap: refuse rather than starve the others
            } else {
                std::make_shared<Connection>(*this, std::move(socket), acceptedPeer)->start();
            }
        } else if (ec == asio::error::no_descriptors || ec == boost::system::errc::too_many_files_open_in_system
                   || ec == asio::error::no_buffer_space || ec == asio::error::no_memory) {
            // Out of descriptors (EMFILE, ENFILE) or kernel memory (ENOBUFS, ENOMEM): the
            // connection stays queued and the socket ready, so accepting again at once would
            // spin. Try again after a pause.
            acceptPause.expires_after(std::chrono::milliseconds(50));
            acceptPause.async_wait([this](boost::system::error_code waited) {
                if (!waited && acceptor.is_open())
                    accept();
            });
            return;
        }
        accept();
    });
}

void Worker::sweep()
{
    sweeper.expires_after(std::chrono::seconds(1));
    sweeper.async_wait([this](boost::system::error_code ec) {
        if (ec)
            return;
        journal.restoreIfRemoved();   // the journal directory removed under the server: made again
        const auto now = Clock::now();
        std::vector<Connection *> expired;
        for (Connection *c : connections) {
            if (c->deadline() < now)
                expired.push_back(c);
        }
        for (Connection *c : expired)
            c->close();   // its pending read fails and the connection goes away
        sweep();
    });
}

// The visitor's address as it came, not anonymised: what redirect rules match (ip-address,
// geolocation), never stored. A view into the request or m_peer.
std::string_view Connection::visitorIp()
{
    const ServerConfig &config = m_worker.server.config;
    if (m_request.forwardedFor.empty() || config.trustedProxies.empty())
        return m_peer;
    bool trusted = false;
    for (const std::string &proxy : config.trustedProxies)
        trusted = trusted || proxy == m_peer;
    if (!trusted)
        return m_peer;
    // The right-most address that is not one of our proxies is the client.
    std::string_view list = m_request.forwardedFor;
    while (!list.empty()) {
        const std::size_t comma = list.rfind(',');
        std::string_view item = comma == std::string_view::npos ? list : list.substr(comma + 1);
        list = comma == std::string_view::npos ? std::string_view() : list.substr(0, comma);
        while (!item.empty() && item.front() == ' ')
            item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ')
            item.remove_suffix(1);
        bool isProxy = false;
        for (const std::string &proxy : config.trustedProxies)
            isProxy = isProxy || proxy == item;
        if (!isProxy && !item.empty())
            return item;
    }
    return m_peer;
}

std::string_view Connection::clientIp()
{
    const std::string_view visitor = visitorIp();
    if (visitor.data() == m_peer.data())
        return m_clientIp;
    m_forwardedIp.assign(visitor);
    if (m_worker.server.config.anonymizeRemoteAddr)
        m_forwardedIp = anonymizeAddress(m_forwardedIp);
    return m_forwardedIp;
}

void Connection::recordClick(std::int64_t linkId, OrphanType orphan, std::string_view domain, std::string_view path,
                             std::string_view redirectUrl, std::uint8_t variant)
{
    const ServerConfig &config = m_worker.server.config;
    if (config.disableTracking || (orphan != OrphanType::None && !config.trackOrphanVisits))
        return;
    // A link's visit keeps the query it came with ("spring?utm_source=flyer"), which Shlink's
    // visitedUrl shows; the click writer stores the back-half and the query apart. An orphan
    // visit's path is the target as requested, query included, already.
    if (orphan == OrphanType::None) {
        const std::size_t query = m_request.target.find('?');
        if (query != std::string::npos && query + 1 < m_request.target.size()) {
            m_visited.assign(path);
            m_visited += '?';
            m_visited.append(m_request.target, query + 1);
            path = m_visited;
        }
    }
    ClickCodec::append(m_worker.clickBuffer, nowMs(), linkId, orphan, domain, path, m_request.referrer,
                       m_request.userAgent, clientIp(), m_request.acceptLanguage, redirectUrl, variant);
    m_clickPending = true;   // write() holds the response back until the journal has the click
}

void Connection::handleRedirect()
{
    HttpServer::Private &server = m_worker.server;
    const bool getOrHead = m_request.method == http::verb::get || m_request.method == http::verb::head;
    RequestContext context;
    context.userAgent = m_request.userAgent;
    context.acceptLanguage = m_request.acceptLanguage;
    context.clientIp = visitorIp();
    context.geo = server.geo.get();
    context.scratch = &m_worker.ruleScratch;
    PasswordForm form;
    form.post = m_request.method == http::verb::post;
    const RedirectDecision d = resolveRequest(getOrHead, m_request.target, m_request.host, m_worker.reader.snapshot(),
                                              server.config, nowMs(), m_worker.reader.scratch, context, form);
    if (d.kind == RedirectDecision::Kind::Preview) {
        // For crawlers only, so the answer differs by User-Agent: caches must keep them apart.
        // Not a visit: no person was sent anywhere (and a click limit is not used up by it).
        sendPage(200, previewPage(d.preview), "Vary: User-Agent\r\n");
        return;
    }
    if (d.kind == RedirectDecision::Kind::Password) {
        if (form.post)
            handlePasswordForm(d);
        else   // the form; not stored by caches, the address stays the short URL (a QR code's too)
            sendPage(200, d.body, "Cache-Control: no-store\r\n");
        return;
    }
    answerRedirect(d);
}

void Connection::answerRedirect(const RedirectDecision &d)
{
    HttpServer::Private &server = m_worker.server;
    switch (d.kind) {
    case RedirectDecision::Kind::MethodNotAllowed:
        m_out.assign(statusLine(405));
        m_out += m_worker.date();
        m_out += "Allow: GET, HEAD\r\nContent-Length: 0\r\n";
        m_out += m_keepAlive ? "\r\n" : "Connection: close\r\n\r\n";
        write();
        return;
    case RedirectDecision::Kind::Robots:
        // Which short URLs are crawlable is in the database: the API thread answers.
        handleApi();
        return;
    case RedirectDecision::Kind::Pixel: {
        // The smallest transparent GIF (1x1), as Shlink's tracking pixel.
        static constexpr unsigned char gif[] = {0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80,
                                                0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0x21, 0xf9, 0x04,
                                                0x01, 0x00, 0x00, 0x00, 0x00, 0x2c, 0x00, 0x00, 0x00, 0x00, 0x01,
                                                0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b};
        if (d.linkId) {
            server.redirects.fetch_add(1, std::memory_order_relaxed);   // a visit, counted as a redirect is
            m_redirecting = true;
            recordClick(d.linkId, OrphanType::None, m_request.host, d.path, {});
        }
        m_out.assign(statusLine(200));
        m_out += m_worker.date();
        m_out += "Content-Type: image/gif\r\nCache-Control: no-store\r\nContent-Length: ";
        m_out += std::to_string(sizeof gif);
        m_out += m_keepAlive ? "\r\n\r\n" : "\r\nConnection: close\r\n\r\n";
        if (m_request.method != http::verb::head)
            m_out.append(reinterpret_cast<const char *>(gif), sizeof gif);
        write();
        return;
    }
    case RedirectDecision::Kind::Redirect:
        server.redirects.fetch_add(1, std::memory_order_relaxed);
        m_redirecting = true;
        // The visit records where the visitor was sent, the forwarded query included, as Shlink
        // does: the Location value is taken from the response being written (no copy).
        recordClick(d.linkId, OrphanType::None, m_request.host, d.path, composeRedirect(d.status, d.location, d.query),
                    d.variant);
        write();
        return;
    case RedirectDecision::Kind::NotFound:
        recordClick(0, d.orphan, m_request.host, d.path, d.location);
        sendNotFound(d.location);
        return;
    case RedirectDecision::Kind::Ended:
        recordClick(0, d.orphan, m_request.host, d.path, {});
        server.notFound.fetch_add(1, std::memory_order_relaxed);
        sendPage(d.status, d.body);
        return;
    case RedirectDecision::Kind::Password:   // handled by handleRedirect() and unlocked()
    case RedirectDecision::Kind::Preview:
        sendSimple(500, false);
        return;
    }
}

void Connection::handlePasswordForm(const RedirectDecision &asked)
{
    HttpServer::Private &server = m_worker.server;
    std::string password = formPassword(m_request.body);
    wipe(m_request.body);
    m_request.body.clear();
    // Per link and visitor (the address as recorded: behind a trusted proxy, the forwarded
    // one), on the injectable clock so tests can move it.
    if (const int wait =
            server.passwordAttempts.attempt(asked.linkId, clientIp(), Linkdeck::Clock::nowMSecsSinceEpoch())) {
        wipe(password);
        const std::string retryAfter = "Retry-After: " + std::to_string(wait) + "\r\n";
        sendPage(429, passwordPage(PasswordPage::TooMany, m_request.acceptLanguage), retryAfter);
        return;
    }
    if (password.empty()) {   // nothing typed (a browser's "required" prevents it): ask again
        sendPage(403, passwordPage(PasswordPage::WrongPassword, m_request.acceptLanguage),
                 "Cache-Control: no-store\r\n");
        return;
    }
    m_deadline = Clock::time_point::max();   // checking takes a moment; don't time the client out meanwhile
    std::string hash(asked.passwordHash);    // the snapshot may change meanwhile: a copy
    const bool queued = server.checkPassword(
        hash, std::move(password), [self = shared_from_this(), linkId = asked.linkId, hash](bool matches) mutable {
            // Back to the connection's own thread, which alone touches it (and destroys it).
            auto executor = self->m_socket.get_executor();
            asio::post(executor, [self = std::move(self), linkId, hash = std::move(hash), matches] {
                self->unlocked(linkId, hash, matches);
            });
        });
    if (!queued)   // too many checks waiting: the visitor may try again in a moment
        sendPage(503, passwordPage(PasswordPage::TooMany, m_request.acceptLanguage), "Retry-After: 5\r\n");
}

void Connection::unlocked(std::int64_t linkId, const std::string &hash, bool matches)
{
    if (!matches) {
        // 403, not 401: 401 requires a WWW-Authenticate challenge (RFC 9110 15.5.2), which would
        // make browsers put up their own login box; 403 is "the credentials sent are not enough"
        // (15.5.4). The browser shows this page with the form again either way. No click.
        sendPage(403, passwordPage(PasswordPage::WrongPassword, m_request.acceptLanguage),
                 "Cache-Control: no-store\r\n");
        return;
    }
    HttpServer::Private &server = m_worker.server;
    server.passwordAttempts.succeeded(linkId, clientIp());
    RequestContext context;
    context.userAgent = m_request.userAgent;
    context.acceptLanguage = m_request.acceptLanguage;
    context.clientIp = visitorIp();
    context.geo = server.geo.get();
    context.scratch = &m_worker.ruleScratch;
    PasswordForm form;
    form.post = true;
    form.unlockedBy = hash;   // the link as it is now: a password changed meanwhile asks again
    RedirectDecision d = resolveRequest(false, m_request.target, m_request.host, m_worker.reader.snapshot(),
                                        server.config, nowMs(), m_worker.reader.scratch, context, form);
    if (d.kind == RedirectDecision::Kind::Password) {
        sendPage(403, passwordPage(PasswordPage::WrongPassword, m_request.acceptLanguage),
                 "Cache-Control: no-store\r\n");
        return;
    }
    // The answer to a POST: 302, whatever the link's own status. Browsers follow it with a GET
    // (a 307 or 308 would send the form, the password, on to the destination), and never keep
    // it (a 301 would be remembered for the short URL and skip the password next time).
    if (d.kind == RedirectDecision::Kind::Redirect)
        d.status = 302;
    answerRedirect(d);
}

void Connection::sendRedirect(int status, std::string_view location, std::string_view query)
{
    composeRedirect(status, location, query);
    write();
}

std::string_view Connection::composeRedirect(int status, std::string_view location, std::string_view query)
{
    m_out.assign(statusLine(status) ? statusLine(status) : statusLine(302));
    m_out += m_worker.date();
    m_out += "Content-Length: 0\r\n";
    if (status == 301 || status == 308)
        m_out += m_worker.server.permanentCacheControl;
    else
        m_out += "Cache-Control: private, max-age=0\r\n";
    m_out += "Location: ";
    const std::size_t valueAt = m_out.size();
    if (query.empty()) {
        m_out += location;
    } else {
        // Forward the short URL's query string, before the destination's fragment.
        const std::size_t hash = location.find('#');
        const std::string_view base = location.substr(0, hash);
        m_out += base;
        m_out += base.find('?') == std::string_view::npos ? '?' : '&';
        appendQuery(m_out, query);
        if (hash != std::string_view::npos)
            m_out += location.substr(hash);
    }
    const std::size_t valueEnd = m_out.size();
    m_out += m_keepAlive ? "\r\n\r\n" : "\r\nConnection: close\r\n\r\n";
    return std::string_view(m_out).substr(valueAt, valueEnd - valueAt);
}

void Connection::sendNotFound(std::string_view redirect)
{
    m_worker.server.notFound.fetch_add(1, std::memory_order_relaxed);
    if (!redirect.empty()) {
        sendRedirect(302, redirect, {});
        return;
    }
    m_out.assign(statusLine(404));
    m_out += m_worker.date();
    m_out += "Content-Type: text/html; charset=utf-8\r\nCache-Control: private, max-age=0\r\nContent-Length: ";
    m_out += std::to_string(notFoundPage.size());
    m_out += m_keepAlive ? "\r\n\r\n" : "\r\nConnection: close\r\n\r\n";
    if (m_request.method != http::verb::head)
        m_out += notFoundPage;
    write();
}

// A static HTML page whose language follows Accept-Language (the ended-link page, the password
// form, a social preview). extraHeaders: whole lines; a Cache-Control or Vary line there
// replaces the default one.
void Connection::sendPage(int status, std::string_view page, std::string_view extraHeaders)
{
    m_out.assign(statusLine(status) ? statusLine(status) : statusLine(404));
    m_out += m_worker.date();
    m_out += "Content-Type: text/html; charset=utf-8\r\n";
    if (extraHeaders.find("Cache-Control:") == std::string_view::npos)
        m_out += "Cache-Control: private, max-age=0\r\n";
    m_out += extraHeaders;
    if (extraHeaders.find("Vary:") == std::string_view::npos)
        m_out += "Vary: Accept-Language\r\n";
    m_out += "Content-Length: ";
    m_out += std::to_string(page.size());
    m_out += m_keepAlive ? "\r\n\r\n" : "\r\nConnection: close\r\n\r\n";
    if (m_request.method != http::verb::head)
        m_out += page;
    write();
}

void Connection::sendSimple(int status, bool keepAlive)
{
    m_keepAlive = keepAlive;
    m_out.assign(statusLine(status) ? statusLine(status) : statusLine(400));
    m_out += m_worker.date();
    m_out += "Content-Length: 0\r\n";
    m_out += keepAlive ? "\r\n" : "Connection: close\r\n\r\n";
    write();
}

void Connection::write()
{
    if (m_clickPending) {
        m_clickPending = false;
        m_worker.sendAfterJournal(shared_from_this());
        return;
    }
    writeNow();
}

void Connection::writeNow()
{
    m_deadline = Clock::now() + std::chrono::seconds(m_worker.server.config.requestTimeoutSeconds);
    asio::async_write(m_socket, asio::buffer(m_out), [self = shared_from_this()](beast::error_code ec, std::size_t) {
        if (self->m_redirecting) {
            self->m_redirecting = false;
            HttpServer::Private &server = self->m_worker.server;
            (ec ? server.redirectsUnanswered : server.redirectsAnswered).fetch_add(1, std::memory_order_relaxed);
        }
        if (ec) {
            self->close();
            return;
        }
        if (!self->m_keepAlive) {
            self->closeAfterResponse();
            return;
        }
        self->readRequest();
    });
}

void Connection::handleApi()
{
    ApiDispatcher *api = m_worker.server.api;
    if (!api) {
        sendSimple(404, m_keepAlive);
        return;
    }
    ApiRequest request;
    request.method = m_request.methodString;
    request.target = m_request.target;
    request.host = m_request.host;
    request.apiKey = m_request.apiKey;
    request.contentType = m_request.contentType;
    request.body = std::move(m_request.body);
    request.origin = m_request.origin;
    m_deadline = Clock::time_point::max();   // the API answers; don't time the client out meanwhile
    const bool head = m_request.method == http::verb::head;
    // The API answers on its own thread: hand the connection back to this one without
    // keeping a reference there, so the connection is only ever destroyed on its I/O thread.
    api->dispatch(std::move(request), [self = shared_from_this(), head](ApiResponse response) mutable {
        auto executor = self->m_socket.get_executor();
        asio::post(executor, [self = std::move(self), head, response = std::move(response)] {
            std::string &out = self->m_out;
            out.assign(statusLine(response.status) ? statusLine(response.status) : statusLine(500));
            out += self->m_worker.date();
            if (response.status != 204) {
                out += "Content-Type: ";
                out += response.contentType;
                out += "\r\n";
            }
            for (const auto &[name, value] : response.headers) {
                out += name;
                out += ": ";
                out += value;
                out += "\r\n";
            }
            // RFC 9110 8.6: no Content-Length on a 204, which has no body by definition.
            const bool noContent = response.status == 204;
            if (!noContent) {
                out += "Content-Length: ";
                out += std::to_string(response.body.size());
                out += "\r\n";
            }
            out += self->m_keepAlive ? "\r\n" : "Connection: close\r\n\r\n";
            if (!head && !noContent)
                out += response.body;
            self->write();
        });
    });
}

HttpServer::HttpServer(const ServerConfig &config, RedirectIndex &index, ApiDispatcher *api)
    : d(new Private{config, index, api, {}, {}, 0, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, false})
{
    d->permanentCacheControl =
        "Cache-Control: private, max-age=" + std::to_string(config.redirectCacheLifetime) + "\r\n";
}

HttpServer::~HttpServer()
{
    stop();
}

Result<void> HttpServer::start()
{
    const ServerConfig &config = d->config;
    const int threads =
        config.ioThreads > 0 ? config.ioThreads : int(std::max(1u, std::thread::hardware_concurrency()));
    boost::system::error_code ec;
    const auto address = asio::ip::make_address(config.listenHost, ec);
    if (ec)
        return serverError(Error::Kind::Invalid, "cannot listen on \"" + config.listenHost + "\": not an IP address");
    if (!config.geoipPath.empty() && !d->geo) {
        if (auto geo = GeoIp::open(config.geoipPath))   // the click writer says when it cannot
            d->geo = std::move(geo).value();
    }
    std::uint16_t port = config.listenPort;
    const auto fail = [&](const boost::system::error_code &failure) -> Result<void> {
        d->portInUse = failure == asio::error::address_in_use;
        d->workers.clear();
        return serverError(Error::Kind::Network, listenError(config.listenHost, port, failure));
    };
    for (int i = 0; i < threads; ++i) {
        auto worker = std::make_unique<Worker>(*d, i);
        tcp::endpoint endpoint(address, port);
        worker->acceptor.open(endpoint.protocol(), ec);
        if (!ec)
            worker->acceptor.set_option(asio::socket_base::reuse_address(true), ec);
        if (!ec)
            worker->acceptor.set_option(asio::detail::socket_option::boolean<SOL_SOCKET, SO_REUSEPORT>(true), ec);
        if (!ec)
            worker->acceptor.set_option(tcp::no_delay(true), ec);   // inherited by every accepted socket
        if (!ec)
            worker->acceptor.bind(endpoint, ec);
        if (!ec)
            worker->acceptor.listen(4096, ec);
        if (ec)
            return fail(ec);
        port = worker->acceptor.local_endpoint().port();   // port 0 picks one; the others share it
        d->workers.push_back(std::move(worker));
    }
    d->port = port;
    {
        std::lock_guard lock(d->verifierMutex);
        d->verifierClosed = false;   // started again after a stop()
    }
    for (auto &worker : d->workers) {
        Worker *w = worker.get();
        w->accept();
        w->sweep();
        w->thread = std::thread([w] { w->io.run(); });
        // Named and scheduled here, before start() returns, not from inside the thread: a
        // caller that looks (top -H, a test) sees both at once.
        pthread_setname_np(w->thread.native_handle(), "ld-http");
        // SCHED_BATCH (sched(7)): a worker woken by a new request does not preempt the
        // thread on the core at once but waits for its turn, by which time more requests
        // are ready and one wake-up answers them all. When the cores are busy (the load
        // generator, the other worker, the click writer) this halves the wake-ups and
        // context switches per request: +24% redirects/s in bench_redirects --split on 2
        // cores. An idle core still runs a woken worker at once; a busy one hands the core
        // on after each busy turn (flushJournal) and the click writer every 256 clicks,
        // so no visitor waits for a scheduler tick. The policy needs no privilege; where it
        // is refused the worker runs as before.
        sched_param normalPriority{};
        pthread_setschedparam(w->thread.native_handle(), SCHED_BATCH, &normalPriority);
    }
    // A worker with no request to answer holds the last snapshot it read: let it take the new
    // one at once, so an old table (a whole reload, a merged shard) is freed now.
    d->index.setPublished([this] {
        for (auto &worker : d->workers)
            asio::post(worker->io, [w = worker.get()] { w->reader.snapshot(); });
    });
    return {};
}

bool HttpServer::portInUse() const
{
    return d->portInUse;
}

Result<void> HttpServer::checkPortFree(const ServerConfig &config)
{
    boost::system::error_code ec;
    const auto address = asio::ip::make_address(config.listenHost, ec);
    if (ec || config.listenPort == 0)
        return {};   // start() says what is wrong with the address; port 0 is always free
    // A bind without SO_REUSEPORT: it fails while anyone listens there.
    asio::io_context context;
    tcp::acceptor probe(context);
    const tcp::endpoint endpoint(address, config.listenPort);
    probe.open(endpoint.protocol(), ec);
    if (!ec)
        probe.set_option(asio::socket_base::reuse_address(true), ec);   // as the acceptors: TIME_WAIT is no conflict
    if (!ec)
        probe.bind(endpoint, ec);
    if (ec != asio::error::address_in_use)
        return {};
    return serverError(Error::Kind::Network, listenError(config.listenHost, config.listenPort, ec));
}

void HttpServer::stop()
{
    d->index.setPublished({});
    // First the password checks: their answers go to connections of the I/O threads, which must
    // still run to send them (or close them) before they are gone.
    std::unique_ptr<PasswordVerifier> verifier;
    {
        std::lock_guard lock(d->verifierMutex);
        d->verifierClosed = true;
        verifier = std::move(d->verifier);
    }
    verifier.reset();   // finishes the check under way, answers the waiting ones "no"
    for (auto &worker : d->workers) {
        Worker *w = worker.get();
        asio::post(w->io, [w] {
            boost::system::error_code ec;
            w->acceptor.close(ec);
            w->sweeper.cancel();
            w->acceptPause.cancel();
            std::vector<Connection *> open(w->connections.begin(), w->connections.end());
            for (Connection *c : open)
                c->close();
        });
    }
    for (auto &worker : d->workers) {
        if (worker->thread.joinable())
            worker->thread.join();   // run() returns once every connection is gone
    }
    d->workers.clear();
}

std::uint16_t HttpServer::port() const
{
    return d->port;
}

HttpServer::Stats HttpServer::stats() const
{
    Stats s;
    s.requests = d->requests.load();
    s.redirects = d->redirects.load();
    s.redirectsAnswered = d->redirectsAnswered.load();
    s.redirectsUnanswered = d->redirectsUnanswered.load();
    s.notFound = d->notFound.load();
    s.badRequests = d->badRequests.load();
    s.connections = std::uint64_t(d->openConnections.load());
    return s;
}

}   // namespace Linkdeck::Server
