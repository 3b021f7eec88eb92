#include "support/httpclient.h"

#include <poll.h>

#include <algorithm>
#include <cctype>
#include <chrono>

namespace Linkdeck::Test {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

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

static bool waitReadable(int fd, int timeoutMs)
{
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, timeoutMs) > 0;
}

HttpResponse HttpConnection::read(int timeoutMs, bool headRequest)
{
    HttpResponse r;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    auto fill = [&]() {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0 || !waitReadable(m_socket.native_handle(), int(left.count())))
            return false;
        char buf[16384];
        boost::system::error_code ec;
        const std::size_t n = m_socket.read_some(asio::buffer(buf), ec);
        if (ec || n == 0)
            return false;
        m_pending.append(buf, n);
        return true;
    };
    std::size_t end;
    while ((end = m_pending.find("\r\n\r\n")) == std::string::npos) {
        if (!fill())
            return r;
    }
    const std::string head = m_pending.substr(0, end);
    m_pending.erase(0, end + 4);
    std::size_t lineEnd = head.find("\r\n");
    const std::string statusLine = head.substr(0, lineEnd);
    if (statusLine.size() < 12)
        return r;
    r.status = std::atoi(statusLine.c_str() + 9);
    std::size_t pos = lineEnd == std::string::npos ? head.size() : lineEnd + 2;
    while (pos < head.size()) {
        std::size_t next = head.find("\r\n", pos);
        if (next == std::string::npos)
            next = head.size();
        const std::string line = head.substr(pos, next - pos);
        const std::size_t colon = line.find(':');
        if (colon != std::string::npos) {
            std::string name = line.substr(0, colon);
            std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
            std::string value = line.substr(colon + 1);
            value.erase(0, value.find_first_not_of(' '));
            r.headers[name] = value;
        }
        pos = next + 2;
    }
    const std::size_t length = headRequest ? 0 : std::size_t(std::atoll(r.header("content-length").c_str()));
    while (m_pending.size() < length) {
        if (!fill()) {
            r.status = 0;
            return r;
        }
    }
    r.body = m_pending.substr(0, length);
    m_pending.erase(0, length);
    return r;
}

bool HttpConnection::closedByPeer(int timeoutMs)
{
    if (!waitReadable(m_socket.native_handle(), timeoutMs))
        return false;
    char buf[256];
    boost::system::error_code ec;
    const std::size_t n = m_socket.read_some(asio::buffer(buf), ec);
    return ec || n == 0;
}

HttpResponse get(std::uint16_t port, const std::string &path, const std::string &host, const std::string &extraHeaders)
{
    HttpConnection c(port);
    return c.request("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + extraHeaders + "\r\n");
}

} // namespace Linkdeck::Test
