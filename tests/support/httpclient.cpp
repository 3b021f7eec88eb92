#include "support/httpclient.h"

#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <poll.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <regex>

namespace Linkdeck::Test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

std::atomic<bool> g_quiet{false};

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

bool waitReadable(int fd, int timeoutMs)
{
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, timeoutMs) > 0;
}

// RFC 9110 5.6.7: "Sun, 06 Nov 1994 08:49:37 GMT", with the right day of the week.
bool isImfFixdate(const std::string &s)
{
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};   // weekday::c_encoding()
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static const std::regex re(R"(^([A-Z][a-z]{2}), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)");
    std::smatch m;
    if (!std::regex_match(s, m, re))
        return false;
    const auto month = std::find_if(std::begin(months), std::end(months), [&](const char *n) { return m[3] == n; });
    if (month == std::end(months))
        return false;
    const std::chrono::year_month_day ymd{std::chrono::year{std::stoi(m[4])},
                                          std::chrono::month{unsigned(month - std::begin(months)) + 1},
                                          std::chrono::day{unsigned(std::stoi(m[2]))}};
    if (!ymd.ok())   // 31 Apr, 29 Feb of a common year, day 00
        return false;
    if (std::stoi(m[5]) > 23 || std::stoi(m[6]) > 59 || std::stoi(m[7]) > 60)
        return false;
    return m[1] == days[std::chrono::weekday{std::chrono::sys_days{ymd}}.c_encoding()];
}

// The header checks read() applies beyond the parser's: empty when the headers are fine.
std::string headerProblems(int status, const std::multimap<std::string, std::string> &headers)
{
    // Fields whose grammar is a single value (RFC 9110, RFC 9111, Fetch for CORS): a second
    // line is a server bug, never a list to combine.
    static const char *const singletons[] = {"content-length",
                                             "content-type",
                                             "content-location",
                                             "content-range",
                                             "date",
                                             "location",
                                             "etag",
                                             "last-modified",
                                             "expires",
                                             "age",
                                             "retry-after",
                                             "access-control-allow-origin",
                                             "access-control-allow-credentials",
                                             "access-control-max-age"};
    std::string problems;
    auto add = [&](const std::string &p) { problems += (problems.empty() ? "" : "; ") + p; };
    for (const char *name : singletons) {
        if (const std::size_t n = headers.count(name); n > 1)
            add(std::to_string(n) + " " + name + " lines (it may appear once)");
    }
    // RFC 9110 8.6 and RFC 9112 6.1: no Content-Length or Transfer-Encoding on 1xx and 204.
    if (status / 100 == 1 || status == 204) {
        for (const char *name : {"content-length", "transfer-encoding"}) {
            if (headers.count(name))
                add(std::string(name) + " on a " + std::to_string(status) + " response");
        }
    }
    for (auto [it, end] = headers.equal_range("date"); it != end; ++it) {
        if (!isImfFixdate(it->second))
            add("Date \"" + it->second + "\" is not an IMF-fixdate");
    }
    return problems;
}

HttpResponse failed(HttpResponse r, const std::string &why)
{
    r.status = 0;
    r.error = why;
    if (!g_quiet.load(std::memory_order_relaxed))
        std::fprintf(stderr, "httpclient: %s\n", why.c_str());
    return r;
}

}   // namespace

void setQuiet(bool quiet)
{
    g_quiet.store(quiet, std::memory_order_relaxed);
}

std::size_t HttpResponse::headerCount(const std::string &name) const
{
    return headers.count(lower(name));
}

std::vector<std::string> HttpResponse::headerValues(const std::string &name) const
{
    std::vector<std::string> values;
    const auto [begin, end] = headers.equal_range(lower(name));
    for (auto it = begin; it != end; ++it)
        values.push_back(it->second);
    return values;
}

std::string HttpResponse::header(const std::string &name) const
{
    std::string joined;
    for (const std::string &value : headerValues(name))
        joined += (joined.empty() ? "" : ", ") + value;
    return joined;
}

asio::io_context &HttpConnection::context()
{
    static asio::io_context io;
    return io;
}

HttpConnection::HttpConnection(std::uint16_t port, const std::string &host)
{
    boost::system::error_code ec;
    m_socket.connect(tcp::endpoint(asio::ip::make_address(host), port), ec);
    if (ec)
        m_socket.close(ec);
}

bool HttpConnection::send(const std::string &bytes)
{
    boost::system::error_code ec;
    asio::write(m_socket, asio::buffer(bytes), ec);
    return !ec;
}

HttpResponse HttpConnection::request(const std::string &raw, int timeoutMs)
{
    if (!send(raw))
        return failed({}, "could not send the request");
    return read(timeoutMs, raw.rfind("HEAD ", 0) == 0);
}

HttpResponse HttpConnection::read(int timeoutMs, bool headRequest)
{
    HttpResponse r;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    http::response_parser<http::string_body> parser;
    parser.eager(true);
    parser.skip(headRequest);
    parser.header_limit(64 * 1024);
    parser.body_limit(std::uint64_t(256) * 1024 * 1024);
    for (;;) {
        boost::system::error_code ec;
        if (m_buffer.size() > 0) {
            const std::size_t used = parser.put(m_buffer.data(), ec);
            m_buffer.consume(used);
            if (ec && ec != http::error::need_more)
                return failed(r, "not a valid HTTP/1.1 response: " + ec.message());
            if (parser.is_done())
                break;
            if (used > 0)
                continue;   // the parser may take more of what is buffered
        }
        if (m_eof) {
            // The server closed: that ends a body read until EOF, anything else is cut off.
            // Every byte received has been put to the parser by now, so "nothing yet" means no byte came.
            if (!parser.got_some())
                return failed(r, "the connection closed without a response");
            parser.put_eof(ec);
            if (ec)
                return failed(r, "the connection closed before the response was complete: " + ec.message());
            break;
        }
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0 || !waitReadable(m_socket.native_handle(), int(left.count())))
            return failed(r, "no complete response within " + std::to_string(timeoutMs) + " ms");
        const std::size_t n = m_socket.read_some(m_buffer.prepare(16384), ec);
        m_buffer.commit(n);
        if (ec == asio::error::eof || (!ec && n == 0))
            m_eof = true;
        else if (ec)
            return failed(r, "reading the response: " + ec.message());
    }
    const auto &message = parser.get();
    for (const auto &field : message)
        r.headers.emplace(lower(std::string(field.name_string())), std::string(field.value()));
    r.body = message.body();
    if (const std::string problems = headerProblems(message.result_int(), r.headers); !problems.empty())
        return failed(r, "HTTP " + std::to_string(message.result_int()) + " response: " + problems);
    r.status = int(message.result_int());
    return r;
}

bool HttpConnection::closedByPeer(int timeoutMs)
{
    if (m_buffer.size() > 0)
        return false;   // it sent more
    if (m_eof)
        return true;
    if (!waitReadable(m_socket.native_handle(), timeoutMs))
        return false;
    char buf[256];
    boost::system::error_code ec;
    const std::size_t n = m_socket.read_some(asio::buffer(buf), ec);
    return ec || n == 0;
}

HttpResponse get(std::uint16_t port, const std::string &path, const std::string &host, const std::string &extraHeaders,
                 int timeoutMs)
{
    HttpConnection c(port);
    return c.request("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + extraHeaders + "\r\n", timeoutMs);
}

}   // namespace Linkdeck::Test
