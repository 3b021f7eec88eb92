// Fuzz target over the Shlink REST API as linkdeck-server answers it: methods, paths and path
// parameters, query strings, API keys and JSON bodies, on a real (in-memory) database that the
// calls change as they go. Every answer must be an HTTP status with, when it says JSON, a body
// that parses as JSON; nothing may crash. Built as a libFuzzer binary with clang
// (-DLINKDECK_FUZZ=ON) and replayed in every build (fuzz_replay_main.cpp).
//
// An input is: one byte choosing the method, then lines: target, API key ("K" is the valid
// one), content type, and the rest is the body.

#include "core/storage/database.h"
#include "server/config.h"
#include "server/httpserver.h"
#include "server/redirectindex.h"
#include "server/shlinkapi.h"
#include "server/store/sqlitekeystore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server;

namespace {

struct Fixture
{
    int argc = 1;
    char name[16] = "fuzz_api";
    char *argv[2] = {name, nullptr};
    std::unique_ptr<QCoreApplication> app;
    Database db;
    RedirectIndex index;
    ServerConfig config;
    std::unique_ptr<ShlinkApi> api;

    Fixture()
    {
        if (!QCoreApplication::instance())
            app = std::make_unique<QCoreApplication>(argc, argv);
        config.defaultDomain = "localhost:8080";
        if (!db.open(u":memory:"_s).ok())
            __builtin_trap();
        if (!SqliteKeyStore(db).add(u"fuzz-key"_s, u"fuzz"_s))
            __builtin_trap();
        api = std::make_unique<ShlinkApi>(db, index, config, [] { return ShlinkApi::ClickCounts{}; });
    }
};

std::string_view nextLine(std::string_view &rest)
{
    const std::size_t end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
    return line;
}

}   // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static Fixture fixture;
    if (size == 0)
        return 0;
    static const char *const methods[] = {"GET", "POST", "PATCH", "PUT", "DELETE", "OPTIONS", "HEAD", "TRACE"};
    std::string_view rest(reinterpret_cast<const char *>(data) + 1, size - 1);
    ApiRequest request;
    request.method = methods[data[0] % std::size(methods)];
    request.target = std::string(nextLine(rest));
    const std::string_view key = nextLine(rest);
    request.apiKey = key == "K" ? "fuzz-key" : std::string(key);
    request.contentType = std::string(nextLine(rest));
    request.body = std::string(rest);
    request.host = "localhost:8080";
    request.origin = data[0] & 0x80 ? "https://app.example" : "";

    const ApiResponse response = fixture.api->handle(request);
    static const bool verbose = std::getenv("FUZZ_API_VERBOSE") != nullptr;   // what the seeds reach
    if (verbose)
        std::fprintf(stderr, "%d %s %s\n", response.status, request.method.c_str(), request.target.c_str());
    if (response.status < 100 || response.status > 599)
        __builtin_trap();   // an HTTP status, always
    if (response.contentType.find("json") != std::string::npos && !response.body.empty()) {
        QJsonParseError error{};
        QJsonDocument::fromJson(QByteArray::fromStdString(response.body), &error);
        if (error.error != QJsonParseError::NoError)
            __builtin_trap();   // what says JSON is JSON
    }
    if (request.apiKey != "fuzz-key" && response.status / 100 == 2
        && request.target.find("/health") == std::string::npos && request.method != "OPTIONS")
        __builtin_trap();   // nothing but the health check answers without the key
    return 0;
}

// The replay's seed corpus (fuzz_replay_main.cpp): one call of each kind the API has.
std::vector<std::string> fuzzSeeds()
{
    auto call = [](char method, std::string_view target, std::string_view body = {}, std::string_view key = "K") {
        return std::string(1, method) + std::string(target) + '\n' + std::string(key) + "\napplication/json\n"
            + std::string(body);
    };
    return {
        call(
            1, "/rest/v3/short-urls",
            R"({"longUrl":"https://shop.example/a?utm_campaign=spring","customSlug":"spring","tags":["print","web"],"title":"Spring"})"),
        call(
            1, "/rest/v3/short-urls",
            R"({"longUrl":"https://e.example/","findIfExists":true,"shortCodeLength":6,"validUntil":"2027-01-01T00:00:00+00:00","maxVisits":3})"),
        call(1, "/rest/v2/short-urls", R"j({"longUrl":"javascript:alert(1)"})j"),
        call(0,
             "/rest/v3/short-urls?page=2&itemsPerPage=5&tags[]=print&tagsMode=all&searchTerm=spr&orderBy=title-DESC"),
        call(
            0,
            "/rest/v3/short-urls?itemsPerPage=-1&startDate=2026-01-01T00:00:00%2B00:00&endDate=x&excludeMaxVisitsReached=true"),
        call(0, "/rest/v3/short-urls/spring?domain=localhost:8080"),
        call(2, "/rest/v3/short-urls/spring",
             R"({"title":null,"maxVisits":10,"tags":["x"],"longUrl":"https://b.example/"})"),
        call(0, "/rest/v3/short-urls/spring/visits?page=1&itemsPerPage=10&excludeBots=true"),
        call(4, "/rest/v3/short-urls/spring/visits"),
        call(0, "/rest/v3/tags/x/visits"),
        call(0, "/rest/v3/domains/localhost:8080/visits"),
        call(0, "/rest/v3/visits"),
        call(0, "/rest/v3/visits/orphan?type=invalid_short_url"),
        call(0, "/rest/v3/visits/non-orphan"),
        call(4, "/rest/v3/visits/orphan"),
        call(0, "/rest/v3/tags?withStats=true&searchTerm=pr&orderBy=tag-DESC"),
        call(0, "/rest/v3/tags/stats"),
        call(3, "/rest/v3/tags", R"({"oldName":"x","newName":"paper"})"),
        call(4, "/rest/v3/tags?tags[]=paper&tags[]=web"),
        call(0, "/rest/v3/domains"),
        call(2, "/rest/v3/domains/redirects",
             R"({"domain":"localhost:8080","baseUrlRedirect":"https://home.example/","regular404Redirect":null})"),
        call(0, "/rest/v3/short-urls/spring/redirect-rules"),
        call(0, "/rest/v3/mercure-info"),
        call(0, "/rest/health", {}, ""),
        call(0, "/rest/v3/health", {}, "wrong"),
        call(5, "/rest/v3/short-urls", {}, ""),
        call(0, "/rest/v3/short-urls/%00%ff%2F..%2F?domain=%zz"),
        call(1, "/rest/v3/short-urls", R"([1,2,{"longUrl":{}}])"),
        call(1, "/rest/v3/short-urls", "{\"longUrl\":\"https://e.example/\",\"customSlug\":\"\xff\xfe\"}"),
        call(4, "/rest/v3/short-urls/spring?domain=DEFAULT"),
    };
}

int fuzzRounds()
{
    return 30000;   // every call reaches the database: fewer rounds than the request target
}
