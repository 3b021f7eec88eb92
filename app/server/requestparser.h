#pragma once

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/basic_parser.hpp>

#include <cstdint>
#include <string>

namespace Linkdeck::Server {

namespace http = boost::beast::http;

// What the parser keeps of a request; lives as long as the connection so that its strings
// keep their capacity from one request to the next.
struct RequestData
{
    http::verb method = http::verb::unknown;
    std::string methodString;
    std::string target;
    std::string host;
    std::string referrer;
    std::string userAgent;
    std::string acceptLanguage;
    std::string forwardedFor;
    std::string apiKey;
    std::string contentType;
    std::string origin;
    std::string body;
    std::string authority;   // of an absolute-form target ("GET http://host/path"), which is the host then
    int fields = 0;
    int version = 11;
    bool isApi = false;
    bool expectContinue = false;   // Expect: 100-continue on an HTTP/1.1 request
    int rejectStatus = 0;          // with a parse error: the status to answer with (default 400)

    // Framing (RFC 9112 6): what Beast's parser does not judge by itself.
    int hostFields = 0;
    int transferEncodings = 0;   // codings named in Transfer-Encoding, over all its lines
    int chunkedCodings = 0;
    bool lastCodingChunked = false;
    bool contentLength = false;
    bool absoluteForm = false;

    void clear()
    {
        method = http::verb::unknown;
        for (std::string *s : {&methodString, &target, &host, &referrer, &userAgent, &acceptLanguage, &forwardedFor,
                               &apiKey, &contentType, &origin, &body, &authority})
            s->clear();
        fields = 0;
        version = 11;
        isApi = false;
        expectContinue = false;
        rejectStatus = 0;
        hostFields = 0;
        transferEncodings = 0;
        chunkedCodings = 0;
        lastCodingChunked = false;
        contentLength = false;
        absoluteForm = false;
    }
};

// A Beast parser that copies only the fields Linkdeck uses and allocates nothing per request.
class RequestParser final : public http::basic_parser<true>
{
public:
    RequestParser(RequestData &data, int maxFields, std::uint64_t maxBody)
        : m_data(data)
        , m_maxFields(maxFields)
        , m_maxBody(maxBody)
    {}

private:
    static bool startsWithNoCase(boost::beast::string_view s, boost::beast::string_view prefix)
    {
        return s.size() >= prefix.size() && boost::beast::iequals(s.substr(0, prefix.size()), prefix);
    }

    void on_request_impl(http::verb method, boost::beast::string_view methodString, boost::beast::string_view target,
                         int version, boost::beast::error_code &ec) override
    {
        m_data.method = method;
        m_data.version = version;
        m_data.methodString.assign(methodString.data(), methodString.size());
        // RFC 9112 3.2.2: an absolute-form target ("GET http://go.example/spring") is served as
        // its path, and its authority is the host (a Host field is ignored then).
        const std::size_t schemeEnd = startsWithNoCase(target, "http://") ? 7
            : startsWithNoCase(target, "https://")                        ? 8
                                                                          : 0;
        if (schemeEnd) {
            target.remove_prefix(schemeEnd);
            std::size_t end = 0;
            while (end < target.size() && target[end] != '/' && target[end] != '?')
                ++end;
            const boost::beast::string_view authority = target.substr(0, end);
            if (authority.empty() || authority.find('@') != boost::beast::string_view::npos) {
                ec = http::error::bad_target;   // no host, or user information (RFC 9110 4.2.4)
                return;
            }
            m_data.authority.assign(authority.data(), authority.size());
            m_data.absoluteForm = true;
            target.remove_prefix(end);
            m_data.target.clear();
            if (target.empty() || target.front() != '/')
                m_data.target.push_back('/');
            m_data.target.append(target.data(), target.size());
        } else {
            m_data.target.assign(target.data(), target.size());
        }
        m_data.isApi = m_data.target.rfind("/rest/", 0) == 0 || m_data.target == "/rest";
        body_limit(m_data.isApi ? boost::optional<std::uint64_t>(m_maxBody) : boost::optional<std::uint64_t>(8192));
    }
    void on_response_impl(int, boost::beast::string_view, int, boost::beast::error_code &) override {}
    void on_field_impl(http::field name, boost::beast::string_view nameString, boost::beast::string_view value,
                       boost::beast::error_code &ec) override
    {
        if (++m_data.fields > m_maxFields) {
            ec = http::error::header_limit;
            return;
        }
        std::string *into = nullptr;
        switch (name) {
        case http::field::host:
            ++m_data.hostFields;
            into = &m_data.host;
            break;
        case http::field::transfer_encoding:
            onTransferEncoding(value);
            return;
        case http::field::content_length:
            m_data.contentLength = true;
            return;
        case http::field::expect:
            // RFC 9110 10.1.1: only 100-continue is defined; an HTTP/1.0 client's is ignored.
            m_data.expectContinue = m_data.version >= 11 && boost::beast::iequals(value, "100-continue");
            return;
        case http::field::referer:
            into = &m_data.referrer;
            break;
        case http::field::user_agent:
            into = &m_data.userAgent;
            break;
        case http::field::accept_language:
            into = &m_data.acceptLanguage;
            break;
        case http::field::content_type:
            into = &m_data.contentType;
            break;
        case http::field::origin:
            into = &m_data.origin;
            break;
        case http::field::unknown:
            break;
        default:
            return;
        }
        if (!into) {
            // X-Api-Key and X-Forwarded-For have no enum value in Beast: compare the names.
            if (boost::beast::iequals(nameString, "x-api-key"))
                into = &m_data.apiKey;
            else if (boost::beast::iequals(nameString, "x-forwarded-for"))
                into = &m_data.forwardedFor;
            else
                return;
        }
        into->assign(value.data(), value.size());
    }
    // The codings of a Transfer-Encoding line, counted over all its lines (RFC 9112 6.1).
    void onTransferEncoding(boost::beast::string_view value)
    {
        while (!value.empty()) {
            const std::size_t comma = value.find(',');
            boost::beast::string_view coding = value.substr(0, comma);
            value = comma == boost::beast::string_view::npos ? boost::beast::string_view() : value.substr(comma + 1);
            while (!coding.empty() && (coding.front() == ' ' || coding.front() == '\t'))
                coding.remove_prefix(1);
            while (!coding.empty() && (coding.back() == ' ' || coding.back() == '\t'))
                coding.remove_suffix(1);
            if (coding.empty())
                continue;   // an empty list element
            ++m_data.transferEncodings;
            m_data.lastCodingChunked = boost::beast::iequals(coding, "chunked");
            if (m_data.lastCodingChunked)
                ++m_data.chunkedCodings;
        }
    }

    // RFC 9112 framing, judged once the header is complete and before any body is read.
    void on_header_impl(boost::beast::error_code &ec) override
    {
        // 3.2: exactly one Host on HTTP/1.1, at most one on HTTP/1.0.
        if (m_data.hostFields > 1 || (m_data.hostFields == 0 && m_data.version >= 11)) {
            ec = http::error::bad_field;
            return;
        }
        if (m_data.absoluteForm)
            m_data.host = m_data.authority;
        if (m_data.transferEncodings > 0) {
            // 6.1 and 6.3: chunked must be the final coding, and only once; a request with
            // both Transfer-Encoding and Content-Length, or Transfer-Encoding on HTTP/1.0, is
            // faulty. Any of these: 400 and close, so no body can be taken for a request.
            if (!m_data.lastCodingChunked || m_data.chunkedCodings != 1 || m_data.contentLength
                || m_data.version < 11) {
                ec = http::error::bad_transfer_encoding;
                return;
            }
            // Chunked after a coding Linkdeck does not decode (gzip, chunked): 501.
            if (m_data.transferEncodings > 1) {
                m_data.rejectStatus = 501;
                ec = http::error::bad_transfer_encoding;
                return;
            }
        }
    }
    void on_body_init_impl(const boost::optional<std::uint64_t> &, boost::beast::error_code &) override {}
    std::size_t on_body_impl(boost::beast::string_view body, boost::beast::error_code &) override
    {
        // The API's bodies, and a POST's outside it: a password form (issue 15), at most 8 KiB.
        if (m_data.isApi || m_data.method == http::verb::post)
            m_data.body.append(body.data(), body.size());
        return body.size();
    }
    void on_chunk_header_impl(std::uint64_t, boost::beast::string_view, boost::beast::error_code &) override {}
    std::size_t on_chunk_body_impl(std::uint64_t, boost::beast::string_view body, boost::beast::error_code &ec) override
    {
        return on_body_impl(body, ec);
    }
    void on_finish_impl(boost::beast::error_code &) override {}

    RequestData &m_data;
    int m_maxFields;
    std::uint64_t m_maxBody;
};

}   // namespace Linkdeck::Server
