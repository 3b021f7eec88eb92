// Fuzz target over the server's request handling: the HTTP parser, the redirect resolver,
// address anonymisation and the journal decoder with its resync after damage. Built as a
// libFuzzer binary with clang (-DLINKDECK_FUZZ=ON), and as a replay test in every build (fuzz_replay_main.cpp).

#include "server/clickrecord.h"
#include "server/config.h"
#include "server/httpserver.h"
#include "server/redirectindex.h"
#include "server/requestparser.h"
#include "server/resolver.h"

#include <boost/asio/buffer.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace Linkdeck::Server;

namespace {

struct Fixture
{
    RedirectIndex index;
    ServerConfig config;
    std::shared_ptr<const RedirectIndex::Snapshot> snapshot;

    Fixture()
    {
        config.defaultDomain = "localhost:8080";
        RedirectEntry e;
        e.linkId = 1;
        index.upsert("localhost:8080", "spring", "https://shop.example/spring?x=1#top", e);
        e.linkId = 2;
        e.maxVisits = 3;
        index.upsert("localhost:8080", "limited", "https://l.example/", e);
        // Redirect rules on "spring", one of each kind of condition the request decides.
        auto rules = std::make_shared<LinkRedirectRules>();
        const auto rule = [&rules](const char *url,
                                   std::vector<std::tuple<const char *, const char *, const char *>> conditions) {
            RedirectRule r;
            r.priority = int(rules->rules.size()) + 1;
            r.longUrl = url;
            for (const auto &[type, key, value] : conditions) {
                if (auto c = makeCondition(type, key ? std::optional<std::string_view>(key) : std::nullopt, value))
                    r.conditions.push_back(std::move(*c));
            }
            rules->rules.push_back(std::move(r));
        };
        rule("https://r.example/1", {{"device", nullptr, "android"}, {"language", nullptr, "en-US"}});
        rule("https://r.example/2", {{"query-param", "foo", "bar"}, {"valueless-query-param", nullptr, "x"}});
        rule("https://r.example/3", {{"any-value-query-param", nullptr, "promo"}, {"browser", nullptr, "firefox"}});
        rule("https://r.example/4", {{"ip-address", nullptr, "192.0.2.0/24"}, {"ip-address", nullptr, "192.*.*.7"}});
        rule("https://r.example/5", {{"ip-address", nullptr, "2001:db8::/32"}, {"after-date", nullptr, "2020-01-01"}});
        rule("https://r.example/6", {{"geolocation-country-code", nullptr, "DE"}});
        index.setRules("localhost:8080", "spring", 1, rules);
        snapshot = index.current();
    }
};

}   // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static Fixture fixture;
    const char *bytes = reinterpret_cast<const char *>(data);

    // Feed the request in two pieces, as a slow client would.
    RequestData request;
    RequestParser parser(request, 64, 1 << 16);
    parser.header_limit(8192);
    parser.eager(true);
    boost::beast::error_code ec;
    const std::size_t split = size ? std::size_t(data[0]) % (size + 1) : 0;
    std::size_t offset = 0;
    for (const std::size_t end : {split, size}) {
        while (offset < end && !parser.is_done()) {
            const std::size_t used = parser.put(boost::asio::buffer(bytes + offset, end - offset), ec);
            offset += used;
            if (ec == boost::beast::http::error::need_more) {
                ec = {};
                break;
            }
            if (ec || used == 0)
                break;
        }
        if (ec)
            break;
    }
    if (!ec && parser.is_done() && !request.isApi) {
        std::string scratch;
        const RedirectDecision d = resolveRequest(true, request.target, request.host, *fixture.snapshot, fixture.config,
                                                  1'800'000'000'000, scratch);
        if (d.kind == RedirectDecision::Kind::Redirect && d.location.empty())
            __builtin_trap();   // a redirect always has somewhere to go
        // With the request's headers, the redirect rules decide (X-Forwarded-For as the address).
        RuleScratch rules;
        const RequestContext context{request.userAgent, request.acceptLanguage, request.forwardedFor, nullptr, &rules};
        const RedirectDecision r = resolveRequest(true, request.target, request.host, *fixture.snapshot, fixture.config,
                                                  1'800'000'000'000, scratch, context);
        if (r.kind == RedirectDecision::Kind::Redirect && (r.location.empty() || r.linkId == 0))
            __builtin_trap();   // rules change where to, and a redirect is still the link's
    }

    anonymizeAddress(std::string(bytes, std::min<std::size_t>(size, 64)));
    // The journal replay as ClickIngestor reads a finished segment: decode, resync past damage, to the end.
    ClickRecord record;
    std::string_view journal(bytes, size);
    while (!journal.empty()) {
        std::size_t used = 0;
        if (ClickCodec::decode(journal, &record, &used) == ClickCodec::Status::Ok) {
            if (used == 0 || used > journal.size())
                __builtin_trap();
            journal.remove_prefix(used);
            continue;
        }
        std::size_t damaged = 0;
        const std::size_t next = ClickCodec::resync(journal, &damaged);
        if (next == 0 || next > journal.size() || damaged == 0 || damaged > next)
            __builtin_trap();   // always forward, and a damaged record is at least a byte
        if (next < journal.size() && ClickCodec::decode(journal.substr(next), &record, &used) != ClickCodec::Status::Ok)
            __builtin_trap();   // resync lands on a whole record
        journal.remove_prefix(next);
    }
    return 0;
}

// The replay's seed corpus (fuzz_replay_main.cpp).
std::vector<std::string> fuzzSeeds()
{
    std::vector<std::string> seeds = {
        "GET /spring HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
        "HEAD /SPRING?utm_source=x HTTP/1.1\r\nHost: LOCALHOST:8080.\r\nReferer: https://a/\r\n\r\n",
        "GET /limited HTTP/1.0\r\n\r\n",
        "GET /spring?foo=b%61r&x&promo HTTP/1.1\r\nHost: localhost:8080\r\nUser-Agent: Mozilla/5.0 (Linux; Android 14) "
        "Chrome/126.0 Mobile Safari/537.36\r\nAccept-Language: fr;q=0, en-us;q=0.5, *\r\nX-Forwarded-For: 192.0.2.7\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /a/b/c?d HTTP/1.1\r\nHost: y\r\nX-Forwarded-For: 1.2.3.4, ::1\r\n\r\n",
        "POST /rest/v3/short-urls HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\n{\"a\"}",
        "GET /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
        "192.0.2.77",
        "2001:db8::1",
        std::string("LDJ2\x10\0\0\0\0\0\0\0", 12) + std::string(16, 'x'),
    };
    {
        // A journal of three records, and the same with the middle one damaged.
        using Linkdeck::Server::ClickCodec;
        std::string journal;
        for (int n = 0; n < 3; ++n)
            ClickCodec::append(journal, 1'764'000'000'000 + n, n + 1, Linkdeck::Server::OrphanType::None,
                               "localhost:8080", "spring", "https://ref.example/", "Mozilla/5.0", "192.0.2.0", "de",
                               "https://shop.example/");
        seeds.push_back(journal);
        journal[journal.size() / 2] = 0;
        seeds.push_back(journal);
    }
    return seeds;
}

int fuzzRounds()
{
    return 200000;
}
