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
    int fields = 0;
    bool isApi = false;

    void clear()
    {
        method = http::verb::unknown;
        for (std::string *s : {&methodString, &target, &host, &referrer, &userAgent, &acceptLanguage, &forwardedFor,
                               &apiKey, &contentType, &origin, &body})
            s->clear();
        fields = 0;
        isApi = false;
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
    {
    }

private:
    void on_request_impl(http::verb method, boost::beast::string_view methodString, boost::beast::string_view target, int,
                         boost::beast::error_code &) override
    {
        m_data.method = method;
        m_data.methodString.assign(methodString.data(), methodString.size());
        m_data.target.assign(target.data(), target.size());
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
        case http::field::host: into = &m_data.host; break;
        case http::field::referer: into = &m_data.referrer; break;
        case http::field::user_agent: into = &m_data.userAgent; break;
        case http::field::accept_language: into = &m_data.acceptLanguage; break;
        case http::field::content_type: into = &m_data.contentType; break;
        case http::field::origin: into = &m_data.origin; break;
        case http::field::unknown:
            break;
        default: return;
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
    void on_header_impl(boost::beast::error_code &) override {}
    void on_body_init_impl(const boost::optional<std::uint64_t> &, boost::beast::error_code &) override {}
    std::size_t on_body_impl(boost::beast::string_view body, boost::beast::error_code &) override
    {
        if (m_data.isApi)
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


} // namespace Linkdeck::Server
