#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <boost/asio.hpp>
#include <boost/beast/core/flat_buffer.hpp>

namespace Linkdeck::Test {

struct HttpResponse
{
    int status = 0;   // 0: no complete, valid response; error says why
    std::string error;
    // Every header line, under its lower-case name; a repeated name keeps every line, in order.
    std::multimap<std::string, std::string> headers;
    std::string body;

    // How many lines the response has of a header (tests can assert "exactly one").
    std::size_t headerCount(const std::string &name) const;
    std::vector<std::string> headerValues(const std::string &name) const;
    // The field's value; the lines of a repeated (list) header joined with ", " (RFC 9110 5.3).
    std::string header(const std::string &name) const;
};

// A blocking HTTP/1.1 client over one TCP connection, for tests: sends raw bytes (so tests
// can send malformed requests) and reads one response at a time.
//
// Strict: responses go through Boost.Beast's response_parser, so anything that is not valid
// HTTP/1.1 is an error (status 0, error set, and a line on stderr); a response that has
// neither Content-Length nor chunked encoding is read until the server closes (RFC 9112
// 6.3). On top of the parser, these are errors too: a second line of a header that may
// appear once (Content-Length, Content-Type, Date, Location, ...), Content-Length or
// Transfer-Encoding on a 1xx or 204 response, and a Date that is not an IMF-fixdate.
class HttpConnection
{
public:
    explicit HttpConnection(std::uint16_t port, const std::string &host = "127.0.0.1");
    bool isOpen() const { return m_socket.is_open(); }
    bool send(const std::string &bytes);
    // headRequest: the response is to a HEAD request, so it has no body whatever it says.
    HttpResponse read(int timeoutMs = 5000, bool headRequest = false);
    // send() then read(); a request that cannot be sent is an error like any other.
    HttpResponse request(const std::string &raw, int timeoutMs = 5000);
    boost::asio::ip::tcp::socket &socket() { return m_socket; }
    // True when the server closed the connection (without sending anything more).
    bool closedByPeer(int timeoutMs = 3000);

private:
    // One io_context for all test connections: each context costs file descriptors of its own.
    static boost::asio::io_context &context();
    boost::asio::ip::tcp::socket m_socket{context()};
    boost::beast::flat_buffer m_buffer;   // bytes received after the last response (pipelining)
    bool m_eof = false;
};

// Failed requests are printed to stderr unless quiet (a test that expects many failures counts
// them itself; HttpResponse::error says why each one failed).
void setQuiet(bool quiet);

// GET path with Host on a fresh connection.
HttpResponse get(std::uint16_t port, const std::string &path, const std::string &host = "localhost:8080",
                 const std::string &extraHeaders = {}, int timeoutMs = 5000);

}   // namespace Linkdeck::Test
