#pragma once

#include <cstdint>
#include <map>
#include <string>

#include <boost/asio.hpp>

namespace Linkdeck::Test {

struct HttpResponse
{
    int status = 0;                              // 0: no (complete) response
    std::map<std::string, std::string> headers;  // lower-case names
    std::string body;
    std::string header(const std::string &name) const
    {
        auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
};

// A blocking HTTP/1.1 client over one TCP connection, for tests: sends raw bytes (so tests
// can send malformed requests) and reads one response at a time.
class HttpConnection
{
public:
    explicit HttpConnection(std::uint16_t port, const std::string &host = "127.0.0.1");
    bool isOpen() const { return m_socket.is_open(); }
    bool send(const std::string &bytes);
    HttpResponse read(int timeoutMs = 5000, bool headRequest = false);
    HttpResponse request(const std::string &raw, int timeoutMs = 5000)
    {
        if (!send(raw))
            return {};
        return read(timeoutMs, raw.rfind("HEAD ", 0) == 0);
    }
    boost::asio::ip::tcp::socket &socket() { return m_socket; }
    bool closedByPeer(int timeoutMs = 3000);

private:
    // One io_context for all test connections: each context costs file descriptors of its own.
    static boost::asio::io_context &context();
    boost::asio::ip::tcp::socket m_socket{context()};
    std::string m_pending;
};

// GET path with Host on a fresh connection.
HttpResponse get(std::uint16_t port, const std::string &path, const std::string &host = "localhost:8080",
                 const std::string &extraHeaders = {});

} // namespace Linkdeck::Test
