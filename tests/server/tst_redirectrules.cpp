// Shlink's redirect rules (issue 11): every condition type of the vendored spec, matching and
// not matching, as a pure function (resolver.cpp, with an injected clock) and over real
// sockets (a real LinkServer); priorities; the API's validation; rules kept across a restart
// and taken from the change log without a reload; the visit's redirect URL.
#include "core/links/visitorpreview.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "server/geoip.h"
#include "server/linkserver.h"
#include "server/redirectindex.h"
#include "server/redirectrules.h"
#include "server/resolver.h"
#include "support/httpclient.h"
#include "support/mmdbwriter.h"
#include "support/serverconfig.h"
#include "support/specvalidator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server;
using Linkdeck::Test::HttpConnection;
using Linkdeck::Test::HttpResponse;

namespace {

const char *const Android = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                            "Chrome/126.0.0.0 Mobile Safari/537.36";
const char *const Iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                           "Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const char *const WindowsEdge = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0";
const char *const MacSafari = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                              "Version/17.5 Safari/605.1.15";
const char *const LinuxFirefox = "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0";
const char *const ChromeOs = "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
                             "Chrome/126.0.0.0 Safari/537.36";
const char *const Curl = "curl/8.5.0";

qint64 ms(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

RedirectCondition condition(const char *type, const char *value, const char *key = nullptr)
{
    std::string why;
    auto c = makeCondition(type, key ? std::optional<std::string_view>(key) : std::nullopt,
                           value ? std::optional<std::string_view>(value) : std::nullopt, &why);
    if (!c)
        qFatal("test condition %s=%s is not valid: %s", type, value ? value : "null", why.c_str());
    return *c;
}

bool valid(const char *type, const char *value, const char *key = nullptr)
{
    return makeCondition(type, key ? std::optional<std::string_view>(key) : std::nullopt,
                         value ? std::optional<std::string_view>(value) : std::nullopt)
        .has_value();
}

struct Request
{
    std::string userAgent, acceptLanguage, ip, query;
    const GeoIp *geo = nullptr;
    qint64 now = 0;
};

bool matches(const RedirectCondition &c, const Request &r)
{
    RuleScratch scratch;
    RequestContext context{r.userAgent, r.acceptLanguage, r.ip, r.geo, &scratch};
    return conditionMatches(c, r.query, context, r.now);
}

}   // namespace

class TestRedirectRules : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    // Pure: conditions without sockets
    void conditionsAreValidatedAsShlinkDoes();
    void storedJsonRoundTrips();
    void device();
    void browser();
    void language();
    void queryParams();
    void ipAddress();
    void geolocation();
    void dates();
    void firstMatchingRuleByPriority();
    void previewDecidesAsTheServer();
    void resolverUsesRulesFromTheIndex();
    void costPerRequest();

    // Over real sockets
    void apiListsSetsAndReplaces();
    void apiRefusesInvalidRules();
    void apiNotFoundWithDomain();
    void everyConditionOverSockets();
    void visitRecordsTheRulesUrl();
    void rulesSurviveARestart();
    void databaseChangesApplyWithoutReload();
    void linkEditsKeepTheirRules();
    void migrationFromVersion4();

private:
    void startServer();
    qint64 addLink(const QString &slug, const QString &destination, const QString &domain = u"localhost:8080"_s);
    HttpResponse api(const std::string &method, const std::string &path, const std::string &body = {});
    HttpResponse visit(const std::string &path, const std::string &headers = {});
    void conforms(const QString &method, const HttpResponse &r);
    void writeMmdb();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    ServerConfig m_config;
    std::unique_ptr<LinkServer> m_server;
    std::unique_ptr<Test::SpecValidator> m_spec;
    std::uint16_t m_port = 0;
    QString m_mmdb;
};

void TestRedirectRules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"links.sqlite"_s)).ok());
    m_config = Test::serverConfigFor(m_dir->filePath(u"links.sqlite"_s));
    m_config.trustedProxies = {"127.0.0.1"};   // so that X-Forwarded-For gives each request its address
    m_spec = std::make_unique<Test::SpecValidator>(QStringLiteral(SHLINK_SPEC_DIR));
    QVERIFY2(m_spec->loadError().isEmpty(), qPrintable(m_spec->loadError()));
    writeMmdb();
    addLink(u"spring"_s, u"https://shop.example/spring"_s);
}

void TestRedirectRules::cleanup()
{
    m_server.reset();
    m_db.reset();
    m_dir.reset();
}

void TestRedirectRules::writeMmdb()
{
    m_mmdb = m_dir->filePath(u"geo.mmdb"_s);
    QFile f(m_mmdb);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(Test::makeMmdb({{u"192.0.2.0"_s, u"DE"_s, u"Berlin"_s},
                            {u"198.51.100.0"_s, u"FR"_s, u"Paris"_s},
                            {u"203.0.113.0"_s, u"ES"_s, {}}}));
}

void TestRedirectRules::startServer()
{
    m_server = std::make_unique<LinkServer>(m_config);
    const auto started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    m_port = m_server->port();
}

qint64 TestRedirectRules::addLink(const QString &slug, const QString &destination, const QString &domain)
{
    LinkRepository links(*m_db);
    Link l;
    l.accountId = 1;
    l.domain = domain;
    l.slug = slug;
    l.shortUrl = u"http://"_s + domain + u'/' + slug;
    l.destination = destination;
    const auto r = links.insert(l);
    return r ? r->id : -1;
}

HttpResponse TestRedirectRules::api(const std::string &method, const std::string &path, const std::string &body)
{
    HttpConnection c(m_port);
    std::string raw = method + " " + path + " HTTP/1.1\r\nHost: localhost:8080\r\nX-Api-Key: test-key\r\n";
    if (!body.empty())
        raw += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
    return c.request(raw + "\r\n" + body);
}

HttpResponse TestRedirectRules::visit(const std::string &path, const std::string &headers)
{
    HttpConnection c(m_port);
    return c.request("GET " + path + " HTTP/1.1\r\nHost: localhost:8080\r\n" + headers + "\r\n");
}

void TestRedirectRules::conforms(const QString &method, const HttpResponse &r)
{
    const QStringList errors =
        m_spec->validate(u"/rest/v{version}/short-urls/{shortCode}/redirect-rules"_s, method, r.status,
                         QByteArray::fromStdString(r.body), QString::fromStdString(r.header("content-type")));
    QVERIFY2(errors.isEmpty(),
             qPrintable(u"%1 -> %2 %3\n  %4"_s.arg(method).arg(r.status).arg(QString::fromStdString(r.body).left(300),
                                                                             errors.join(u" | "_s))));
}

// ---------------------------------------------------------------------------------------------
// Pure

void TestRedirectRules::conditionsAreValidatedAsShlinkDoes()
{
    for (const char *device : {"android", "ios", "mobile", "windows", "macos", "linux", "chromeos", "desktop"})
        QVERIFY2(valid("device", device), device);
    QVERIFY(!valid("device", "tablet"));
    QVERIFY(!valid("device", "Android"));   // Shlink's values are lower case, compared strictly
    QVERIFY(!valid("device", nullptr));
    for (const char *b : {"chrome", "firefox", "safari", "edge", "opera", "samsung-internet", "internet-explorer"})
        QVERIFY2(valid("browser", b), b);
    QVERIFY(!valid("browser", "netscape"));
    QVERIFY(valid("language", "en"));
    QVERIFY(valid("language", "en-US"));
    QVERIFY(valid("language", "pt_BR"));
    QVERIFY(!valid("language", ""));
    QVERIFY(!valid("language", "en US"));
    QVERIFY(valid("query-param", "bar", "foo"));
    QVERIFY(valid("query-param", "", "foo"));   // ?foo= has the empty value
    QVERIFY(!valid("query-param", "bar", nullptr));
    QVERIFY(!valid("query-param", "bar", ""));
    QVERIFY(valid("any-value-query-param", "foo"));
    QVERIFY(!valid("any-value-query-param", ""));
    QVERIFY(valid("valueless-query-param", "foo"));
    QVERIFY(!valid("valueless-query-param", nullptr));
    for (const char *ip :
         {"192.168.1.10", "192.168.0.0/16", "10.*.*.*", "192.168.*.1", "2001:db8::1", "2001:db8::/32", "0.0.0.0/0"})
        QVERIFY2(valid("ip-address", ip), ip);
    for (const char *ip : {"", "192.168.1", "192.168.1.256", "10.0.0.0/33", "2001:db8::/129", "10.0.0.0/", "*.*",
                           "1.2.3.4.5", "example.com", "192.168.1.*/24"})
        QVERIFY2(!valid("ip-address", ip), ip);
    QVERIFY(valid("geolocation-country-code", "DE"));
    QVERIFY(valid("geolocation-country-code", "US"));
    QVERIFY(!valid("geolocation-country-code", "de"));
    QVERIFY(!valid("geolocation-country-code", "XX"));
    QVERIFY(!valid("geolocation-country-code", "E "));   // not a code that straddles two in the list
    QVERIFY(!valid("geolocation-country-code", "DEU"));
    QVERIFY(valid("geolocation-city-name", "Berlin"));
    QVERIFY(!valid("geolocation-city-name", ""));
    for (const char *date : {"2026-12-24", "2026-12-24T18:00:00Z", "2026-12-24T18:00:00+01:00", "2026-12-24T18:00:00",
                             "2026-12-24T18:00:00.250Z"}) {
        QVERIFY2(valid("before-date", date), date);
        QVERIFY2(valid("after-date", date), date);
    }
    for (const char *date : {"", "tomorrow", "2026-13-01", "24.12.2026"})
        QVERIFY2(!valid("before-date", date), date);
    QVERIFY(!valid("weather", "sunny"));
    QVERIFY(!valid("", "x"));

    // The dates are UTC unless they say otherwise: the same instant in any zone the server runs in.
    QCOMPARE(condition("after-date", "2026-12-24").timeMs, ms("2026-12-24T00:00:00Z"));
    QCOMPARE(condition("after-date", "2026-12-24T18:00:00").timeMs, ms("2026-12-24T18:00:00Z"));
    QCOMPARE(condition("after-date", "2026-12-24T18:00:00+01:00").timeMs, ms("2026-12-24T17:00:00Z"));
}

void TestRedirectRules::storedJsonRoundTrips()
{
    const std::vector<RedirectCondition> conditions{condition("query-param", "bar", "foo"), condition("device", "ios"),
                                                    condition("ip-address", "10.0.*.*")};
    const std::string json = conditionsJson(conditions);
    const QJsonArray array = QJsonDocument::fromJson(QByteArray::fromStdString(json)).array();
    QCOMPARE(array.size(), 3);
    QCOMPARE(array.at(0).toObject(),
             (QJsonObject{{u"type"_s, u"query-param"_s}, {u"matchKey"_s, u"foo"_s}, {u"matchValue"_s, u"bar"_s}}));
    QVERIFY(array.at(1).toObject().value(u"matchKey"_s).isNull());   // as Shlink answers
    std::vector<RedirectCondition> back;
    QVERIFY(parseConditions(json, &back));
    QCOMPARE(back.size(), std::size_t(3));
    QCOMPARE(back[2].wildcardOctets, std::uint8_t(0b1100));
    QVERIFY(!parseConditions("{", &back));
    QVERIFY(!parseConditions(R"([{"type":"device","matchKey":null,"matchValue":"fridge"}])", &back));
}

void TestRedirectRules::device()
{
    const struct
    {
        const char *ua;
        std::initializer_list<const char *> yes;
    } cases[] = {
        {Android, {"android", "mobile"}},
        {Iphone, {"ios", "mobile"}},
        {"Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile/15E148 Safari/604.1",
         {"ios", "mobile"}},
        {WindowsEdge, {"windows", "desktop"}},
        {MacSafari, {"macos", "desktop"}},
        {LinuxFirefox, {"linux", "desktop"}},
        {ChromeOs, {"chromeos", "desktop"}},
        {Curl, {}},
        {"", {}},
    };
    for (const auto &c : cases) {
        for (const char *device : {"android", "ios", "mobile", "windows", "macos", "linux", "chromeos", "desktop"}) {
            const bool expected =
                std::find_if(c.yes.begin(), c.yes.end(), [&](const char *y) { return qstrcmp(y, device) == 0; })
                != c.yes.end();
            QVERIFY2(matches(condition("device", device), Request{c.ua}) == expected,
                     qPrintable(u"%1 / %2"_s.arg(QString::fromLatin1(c.ua), QString::fromLatin1(device))));
        }
    }
}

void TestRedirectRules::browser()
{
    QCOMPARE(browserOf(WindowsEdge), Browser::Edge);
    QCOMPARE(browserOf(Android), Browser::Chrome);
    QCOMPARE(browserOf(Iphone), Browser::Safari);
    QCOMPARE(browserOf(MacSafari), Browser::Safari);
    QCOMPARE(browserOf(LinuxFirefox), Browser::Firefox);
    QCOMPARE(
        browserOf("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                  "CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1"),
        Browser::Chrome);
    QCOMPARE(
        browserOf("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
                  "Safari/537.36 OPR/111.0.0.0"),
        Browser::Opera);
    QCOMPARE(browserOf("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
                       "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36"),
             Browser::SamsungInternet);
    QCOMPARE(browserOf("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko"),
             Browser::InternetExplorer);
    QCOMPARE(browserOf(Curl), Browser::Unknown);
    QVERIFY(matches(condition("browser", "edge"), Request{WindowsEdge}));
    QVERIFY(!matches(condition("browser", "chrome"), Request{WindowsEdge}));
    QVERIFY(matches(condition("browser", "firefox"), Request{LinuxFirefox}));
    QVERIFY(!matches(condition("browser", "safari"), Request{Curl}));
}

void TestRedirectRules::language()
{
    const auto en = condition("language", "en"), enUs = condition("language", "en-US"),
               fr = condition("language", "fr"), ptBr = condition("language", "pt_BR");
    const auto with = [](const char *header) { return Request{{}, header}; };
    QVERIFY(matches(en, with("en")));
    QVERIFY(matches(en, with("en-GB,en;q=0.9")));
    QVERIFY(matches(en, with("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5")));
    QVERIFY(matches(en, with("EN-us")));
    QVERIFY(matches(enUs, with("de-DE,en-US;q=0.5")));
    QVERIFY(matches(enUs, with("en_us")));
    QVERIFY(!matches(enUs, with("en-GB,en;q=0.9")));   // a region asked for must be there
    QVERIFY(!matches(enUs, with("en")));
    QVERIFY(matches(ptBr, with("pt-BR")));
    QVERIFY(!matches(fr, with("en-GB,en;q=0.9")));
    QVERIFY(!matches(fr, with("fr;q=0, en")));   // q=0: not acceptable
    QVERIFY(!matches(fr, with("fr;q=0.000")));
    QVERIFY(matches(fr, with("fr;q=0.001")));
    QVERIFY(!matches(en, with("*")));
    QVERIFY(!matches(en, with("")));
    QVERIFY(!matches(en, with("eng")));
    QVERIFY(matches(condition("language", "zh-Hant"), with("zh-Hant-TW")));
}

void TestRedirectRules::queryParams()
{
    const auto q = [](const char *query) { return Request{{}, {}, {}, query}; };
    const auto fooBar = condition("query-param", "bar", "foo");
    QVERIFY(matches(fooBar, q("foo=bar")));
    QVERIFY(matches(fooBar, q("a=1&foo=bar&b")));
    QVERIFY(matches(fooBar, q("f%6Fo=b%61r")));   // decoded, as Shlink's PHP reads a query
    QVERIFY(!matches(fooBar, q("foo=baz")));
    QVERIFY(!matches(fooBar, q("foo=bar&foo=baz")));   // the last one counts
    QVERIFY(matches(fooBar, q("foo=baz&foo=bar")));
    QVERIFY(!matches(fooBar, q("foobar=bar")));
    QVERIFY(!matches(fooBar, q("")));
    QVERIFY(!matches(fooBar, q("foo")));
    QVERIFY(matches(condition("query-param", "hello world", "q"), q("q=hello+world")));
    QVERIFY(matches(condition("query-param", "a&b", "q"), q("q=a%26b")));
    QVERIFY(matches(condition("query-param", "", "foo"), q("foo=")));
    QVERIFY(matches(condition("query-param", "", "foo"), q("foo")));

    const auto any = condition("any-value-query-param", "promo");
    QVERIFY(matches(any, q("promo=x")));
    QVERIFY(matches(any, q("promo")));
    QVERIFY(matches(any, q("a=1&promo=")));
    QVERIFY(!matches(any, q("promotion=1")));
    QVERIFY(!matches(any, q("")));

    const auto valueless = condition("valueless-query-param", "promo");
    QVERIFY(matches(valueless, q("promo")));
    QVERIFY(matches(valueless, q("promo=")));
    QVERIFY(matches(valueless, q("a=1&promo&b=2")));
    QVERIFY(!matches(valueless, q("promo=x")));
    QVERIFY(!matches(valueless, q("other")));
}

void TestRedirectRules::ipAddress()
{
    const auto ip = [](const char *address) { return Request{{}, {}, address}; };
    QVERIFY(matches(condition("ip-address", "192.0.2.7"), ip("192.0.2.7")));
    QVERIFY(!matches(condition("ip-address", "192.0.2.7"), ip("192.0.2.8")));
    QVERIFY(matches(condition("ip-address", "192.0.2.0/24"), ip("192.0.2.200")));
    QVERIFY(!matches(condition("ip-address", "192.0.2.0/24"), ip("192.0.3.1")));
    QVERIFY(matches(condition("ip-address", "10.0.0.0/9"), ip("10.127.255.255")));
    QVERIFY(!matches(condition("ip-address", "10.0.0.0/9"), ip("10.128.0.0")));
    QVERIFY(matches(condition("ip-address", "0.0.0.0/0"), ip("8.8.8.8")));
    QVERIFY(matches(condition("ip-address", "192.168.*.*"), ip("192.168.44.3")));
    QVERIFY(!matches(condition("ip-address", "192.168.*.*"), ip("192.169.44.3")));
    QVERIFY(matches(condition("ip-address", "10.*.*.1"), ip("10.200.3.1")));
    QVERIFY(!matches(condition("ip-address", "10.*.*.1"), ip("10.200.3.2")));
    QVERIFY(matches(condition("ip-address", "192.0.2.7"), ip("::ffff:192.0.2.7")));   // IPv4 on an IPv6 socket
    QVERIFY(matches(condition("ip-address", "2001:db8::/32"), ip("2001:db8:1::5")));
    QVERIFY(!matches(condition("ip-address", "2001:db8::/32"), ip("2001:db9::5")));
    QVERIFY(matches(condition("ip-address", "2001:db8::1"), ip("2001:DB8:0::1")));
    QVERIFY(!matches(condition("ip-address", "0.0.0.0/0"), ip("2001:db8::1")));   // the families never mix
    QVERIFY(!matches(condition("ip-address", "192.0.2.7"), ip("")));
    QVERIFY(!matches(condition("ip-address", "192.0.2.7"), ip("not-an-address")));
}

void TestRedirectRules::geolocation()
{
    auto opened = GeoIp::open(m_mmdb.toStdString());
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    const auto geo = std::move(opened).value();
    const auto from = [&geo](const char *address) { return Request{{}, {}, address, {}, geo.get()}; };
    QVERIFY(matches(condition("geolocation-country-code", "DE"), from("192.0.2.9")));
    QVERIFY(!matches(condition("geolocation-country-code", "FR"), from("192.0.2.9")));
    QVERIFY(matches(condition("geolocation-country-code", "FR"), from("198.51.100.1")));
    QVERIFY(!matches(condition("geolocation-country-code", "DE"), from("8.8.8.8")));   // not in the database
    QVERIFY(matches(condition("geolocation-city-name", "Berlin"), from("192.0.2.9")));
    QVERIFY(matches(condition("geolocation-city-name", "berlin"), from("192.0.2.9")));   // ignoring case
    QVERIFY(!matches(condition("geolocation-city-name", "Paris"), from("192.0.2.9")));
    QVERIFY(!matches(condition("geolocation-city-name", "Madrid"), from("203.0.113.5")));   // a country without a city
    QVERIFY(matches(condition("geolocation-country-code", "ES"), from("203.0.113.5")));
    // Without a GeoIP database, geolocation conditions never match.
    QVERIFY(!matches(condition("geolocation-country-code", "DE"), Request{{}, {}, "192.0.2.9"}));

    // The lookup into reused strings allocates nothing once they have grown: the same answer twice.
    GeoIp::Location into;
    geo->lookup("198.51.100.1", into);
    QCOMPARE(into.countryCode, std::string("FR"));
    geo->lookup("8.8.8.8", into);
    QVERIFY(into.countryCode.empty() && into.city.empty());
}

void TestRedirectRules::dates()
{
    // The clock is injected: these hold on any day, in any zone.
    const auto at = [](const char *iso) { return Request{{}, {}, {}, {}, nullptr, ms(iso)}; };
    const auto before = condition("before-date", "2026-12-24T18:00:00+01:00");
    const auto after = condition("after-date", "2026-12-24");
    QVERIFY(matches(before, at("2026-12-24T16:59:59Z")));
    QVERIFY(!matches(before, at("2026-12-24T17:00:00Z")));
    QVERIFY(!matches(before, at("2027-01-01T00:00:00Z")));
    QVERIFY(matches(after, at("2026-12-24T00:00:01Z")));
    QVERIFY(!matches(after, at("2026-12-24T00:00:00Z")));
    QVERIFY(!matches(after, at("2026-12-23T23:00:00Z")));
}

void TestRedirectRules::firstMatchingRuleByPriority()
{
    LinkRedirectRules rules;
    rules.rules.push_back(
        RedirectRule{1, "https://x.example/android-en", {condition("device", "android"), condition("language", "en")}});
    rules.rules.push_back(RedirectRule{2, "https://x.example/android", {condition("device", "android")}});
    rules.rules.push_back(RedirectRule{3, "https://x.example/promo", {condition("any-value-query-param", "promo")}});
    const auto decide = [&rules](const char *ua, const char *language, const char *query) -> std::string {
        RuleScratch scratch;
        RequestContext context{ua, language, {}, nullptr, &scratch};
        const RedirectRule *rule = matchRedirectRule(rules, query, context, 0);
        return rule ? rule->longUrl : std::string("default");
    };
    QCOMPARE(decide(Android, "en-GB", ""), std::string("https://x.example/android-en"));
    QCOMPARE(decide(Android, "de", "promo"), std::string("https://x.example/android"));   // 2 before 3
    QCOMPARE(decide(Iphone, "en", "promo"), std::string("https://x.example/promo"));
    QCOMPARE(decide(Iphone, "en", ""), std::string("default"));
    // A rule without conditions never matches (the API refuses to store one).
    LinkRedirectRules empty;
    empty.rules.push_back(RedirectRule{1, "https://x.example/always", {}});
    RuleScratch scratch;
    QVERIFY(!matchRedirectRule(empty, "", RequestContext{{}, {}, {}, nullptr, &scratch}, 0));
}

// The link dialog's "Try a visitor" preview (core/links/visitorpreview.h) decides as this server
// does: each visitor, as a request here and as the preview's Visitor there, against a table of
// conditions. Every condition matches some of them and not others.
void TestRedirectRules::previewDecidesAsTheServer()
{
    auto opened = GeoIp::open(m_mmdb.toStdString());
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    const auto geo = std::move(opened).value();
    const struct
    {
        Request request;
        Rules::Visitor visitor;
    } visitors[] = {
        {{Android, "en-US", "192.0.2.9", "src=a&src=b", geo.get(), ms("2026-06-01T12:00:00Z")},
         {u"android"_s, u"en-US"_s, u"DE"_s, u"chrome"_s, u"src=a&src=b"_s}},
        {{Iphone, "en", "198.51.100.1", "src=b&src=a&promo", geo.get(), ms("2026-07-01T00:00:00Z")},
         {u"ios"_s, u"en"_s, u"FR"_s, u"safari"_s, u"src=b&src=a&promo"_s}},
        {{WindowsEdge, "de", "203.0.113.5", "q=hello+world&promo=", geo.get(), ms("2026-07-01T00:00:01Z")},
         {u"windows"_s, u"de"_s, u"ES"_s, u"edge"_s, u"q=hello+world&promo="_s}},
        {{MacSafari, "de-DE", "192.0.2.9", "src=%62", geo.get(), ms("2026-12-24T16:59:59Z")},
         {u"macos"_s, u"de-DE"_s, u"DE"_s, u"safari"_s, u"src=%62"_s}},
        {{LinuxFirefox, "en-GB", "8.8.8.8", "src", geo.get(), ms("2027-01-01T00:00:00Z")},
         {u"linux"_s, u"en-GB"_s, {}, u"firefox"_s, u"src"_s}},
        {{ChromeOs, "fr", "198.51.100.1", "src=", geo.get(), ms("2026-12-24T17:00:00Z")},
         {u"chromeos"_s, u"fr"_s, u"FR"_s, u"chrome"_s, u"src="_s}},
        {{Curl, "", "", "", geo.get(), ms("2026-06-01T12:00:00Z")}, {}},
    };
    const struct
    {
        const char *type, *value, *key;
    } conditions[] = {
        {"device", "android", nullptr},
        {"device", "ios", nullptr},
        {"device", "mobile", nullptr},
        {"device", "windows", nullptr},
        {"device", "macos", nullptr},
        {"device", "linux", nullptr},
        {"device", "chromeos", nullptr},
        {"device", "desktop", nullptr},
        {"browser", "chrome", nullptr},
        {"browser", "safari", nullptr},
        {"browser", "edge", nullptr},
        {"browser", "firefox", nullptr},
        {"language", "en", nullptr},
        {"language", "en-US", nullptr},
        {"language", "de", nullptr},
        {"language", "de-DE", nullptr},
        {"language", "fr", nullptr},
        {"geolocation-country-code", "DE", nullptr},
        {"geolocation-country-code", "FR", nullptr},
        {"geolocation-country-code", "ES", nullptr},
        {"query-param", "b", "src"},
        {"query-param", "", "src"},
        {"query-param", "hello world", "q"},
        {"any-value-query-param", "src", nullptr},
        {"any-value-query-param", "promo", nullptr},
        {"valueless-query-param", "src", nullptr},
        {"valueless-query-param", "promo", nullptr},
        {"before-date", "2026-07-01", nullptr},
        {"after-date", "2026-07-01", nullptr},
        {"before-date", "2026-12-24T18:00:00+01:00", nullptr},
    };
    for (const auto &c : conditions) {
        const RedirectCondition prepared = condition(c.type, c.value, c.key);
        const Rules::Condition asEdited{*conditionTypeFrom(c.type), QString::fromLatin1(c.key ? c.key : ""),
                                        QString::fromLatin1(c.value)};
        int yes = 0;
        for (std::size_t i = 0; i < std::size(visitors); ++i) {
            const auto &[request, visitor] = visitors[i];
            const bool server = matches(prepared, request);
            const QDateTime now = QDateTime::fromMSecsSinceEpoch(request.now, QTimeZone::utc());
            QVERIFY2(Rules::matches(asEdited, visitor, now) == server,
                     qPrintable(u"%1 %2=%3, visitor %4: the server says %5"_s.arg(QLatin1String(c.type))
                                    .arg(QLatin1String(c.key ? c.key : ""), QLatin1String(c.value))
                                    .arg(i + 1)
                                    .arg(server)));
            yes += server ? 1 : 0;
        }
        QVERIFY2(
            yes > 0 && yes < int(std::size(visitors)),
            qPrintable(u"%1 %2 matches %3 visitors"_s.arg(QLatin1String(c.type), QLatin1String(c.value)).arg(yes)));
    }
    // What the preview cannot imagine (an address, a city) never matches there.
    QVERIFY(matches(condition("geolocation-city-name", "Berlin"), visitors[0].request));
    QVERIFY(!Rules::matches({ConditionType::CityName, {}, u"Berlin"_s}, visitors[0].visitor, QDateTime()));
    QVERIFY(!Rules::matches({ConditionType::IpAddress, {}, u"0.0.0.0/0"_s}, visitors[0].visitor, QDateTime()));
}

void TestRedirectRules::resolverUsesRulesFromTheIndex()
{
    const qint64 summer = addLink(u"summer"_s, u"https://shop.example/summer"_s);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(
        u"INSERT INTO short_url_redirect_rules(link_id, priority, long_url, conditions) VALUES (?, ?, ?, ?)"_s));
    for (const auto &[priority, url, conditions] :
         {std::tuple{2, "https://shop.example/summer-ios", R"([{"type":"device","matchKey":null,"matchValue":"ios"}])"},
          std::tuple{1, "https://shop.example/summer-late",
                     R"([{"type":"after-date","matchKey":null,"matchValue":"2030-01-01"}])"}}) {
        q.addBindValue(summer);
        q.addBindValue(priority);
        q.addBindValue(QString::fromLatin1(url));
        q.addBindValue(QString::fromLatin1(conditions));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    RedirectIndex index;
    QSqlDatabase db = m_db->connection();
    const auto loaded = index.load(db);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    const auto snapshot = index.current();
    QCOMPARE(snapshot->rules->size(), std::size_t(1));
    std::string scratch;
    QVERIFY(snapshot->find("localhost:8080", "summer", scratch)->hasRules);
    QVERIFY(!snapshot->find("localhost:8080", "spring", scratch)->hasRules);

    ServerConfig config;
    RuleScratch rules;
    const auto decide = [&](const char *target, const char *ua, qint64 now) {
        RequestContext context{ua, {}, {}, nullptr, &rules};
        const RedirectDecision d =
            resolveRequest(true, target, "localhost:8080", *snapshot, config, now, scratch, context);
        return std::string(d.location) + (d.query.empty() ? "" : "?" + std::string(d.query));
    };
    const qint64 y2029 = ms("2029-06-01T00:00:00Z"), y2031 = ms("2031-06-01T00:00:00Z");
    QCOMPARE(decide("/summer", Iphone, y2029), std::string("https://shop.example/summer-ios"));
    QCOMPARE(decide("/summer", Android, y2029), std::string("https://shop.example/summer"));
    QCOMPARE(decide("/summer", Iphone, y2031), std::string("https://shop.example/summer-late"));   // priority 1 first
    QCOMPARE(decide("/summer?utm=x", Iphone, y2029),
             std::string("https://shop.example/summer-ios?utm=x"));   // query forwarded
    QCOMPARE(decide("/spring", Iphone, y2031), std::string("https://shop.example/spring"));
    // The signature without the request's headers (the fuzz target's): rules on what it has.
    QCOMPARE(std::string(resolveRequest(true, "/summer", "localhost:8080", *snapshot, config, y2029, scratch).location),
             std::string("https://shop.example/summer"));
    QCOMPARE(std::string(resolveRequest(true, "/summer", "localhost:8080", *snapshot, config, y2031, scratch).location),
             std::string("https://shop.example/summer-late"));
}

// What three rules (device and language) add to a redirect decision, as bench_redirects --rules
// sends them: random User-Agents and Accept-Languages. Reported, not asserted (Debug builds and
// shared machines vary); the same loop over a link without rules for comparison.
void TestRedirectRules::costPerRequest()
{
    const qint64 ruled = addLink(u"ruled"_s, u"https://shop.example/ruled"_s);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(
        u"INSERT INTO short_url_redirect_rules(link_id, priority, long_url, conditions) VALUES (?, ?, ?, ?)"_s));
    const char *const devices[] = {"ios", "desktop", "android"};
    const char *const languages[] = {"fr", "de", "en-US"};
    for (int k = 0; k < 3; ++k) {
        q.addBindValue(ruled);
        q.addBindValue(k + 1);
        q.addBindValue(u"https://shop.example/ruled-%1"_s.arg(k));
        q.addBindValue(
            uR"([{"type":"device","matchKey":null,"matchValue":"%1"},{"type":"language","matchKey":null,"matchValue":"%2"}])"_s
                .arg(QLatin1String(devices[k]), QLatin1String(languages[k])));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    RedirectIndex index;
    QSqlDatabase db = m_db->connection();
    const auto loaded = index.load(db);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    const auto snapshot = index.current();
    const char *const agents[] = {Android, Iphone, WindowsEdge, MacSafari, LinuxFirefox, ChromeOs, Curl};
    const char *const accepted[] = {"en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9", "es-ES,es;q=0.9",
                                    "ja-JP,ja;q=0.9"};
    ServerConfig config;
    std::string scratch;
    RuleScratch rules;
    const auto run = [&](const char *target, int n) {
        QElapsedTimer t;
        t.start();
        std::size_t sum = 0;
        for (int i = 0; i < n; ++i) {
            RequestContext context{agents[i % 7], accepted[(i / 7) % 5], "192.0.2.1", nullptr, &rules};
            sum +=
                resolveRequest(true, target, "localhost:8080", *snapshot, config, 0, scratch, context).location.size();
        }
        if (sum == 0)
            qWarning("no location");
        return double(t.nsecsElapsed()) / n;
    };
    constexpr int N = 200000;
    run("/ruled", N / 10);   // warm
    const double with = run("/ruled", N), without = run("/spring", N);
    qInfo("redirect decision: %.0f ns with 3 rules (device and language), %.0f ns without", with, without);
}

// ---------------------------------------------------------------------------------------------
// Over real sockets

void TestRedirectRules::apiListsSetsAndReplaces()
{
    startServer();
    auto listed = api("GET", "/rest/v3/short-urls/spring/redirect-rules");
    QCOMPARE(listed.status, 200);
    conforms(u"GET"_s, listed);
    QCOMPARE(
        QJsonDocument::fromJson(QByteArray::fromStdString(listed.body)).object(),
        (QJsonObject{{u"defaultLongUrl"_s, u"https://shop.example/spring"_s}, {u"redirectRules"_s, QJsonArray{}}}));
    auto shortUrl = api("GET", "/rest/v3/short-urls/spring");
    QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(shortUrl.body)).object().value(u"hasRedirectRules"_s),
             QJsonValue(false));

    // The example of the spec, as a client sends it.
    const std::string body = R"({"redirectRules":[
        {"longUrl":"https://example.com/android-en-us","conditions":[
            {"type":"device","matchValue":"android","matchKey":null},{"type":"language","matchValue":"en-US","matchKey":null}]},
        {"longUrl":"https://example.com/fr","conditions":[{"type":"language","matchValue":"fr","matchKey":null}]},
        {"longUrl":"https://example.com/query-foo-bar-hello-world","conditions":[
            {"type":"query-param","matchKey":"foo","matchValue":"bar"},{"type":"query-param","matchKey":"hello","matchValue":"world"}]}]})";
    const auto set = api("POST", "/rest/v3/short-urls/spring/redirect-rules", body);
    QCOMPARE(set.status, 200);
    conforms(u"POST"_s, set);
    const QJsonObject answer = QJsonDocument::fromJson(QByteArray::fromStdString(set.body)).object();
    const QJsonArray rules = answer.value(u"redirectRules"_s).toArray();
    QCOMPARE(rules.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(rules.at(i).toObject().value(u"priority"_s).toInt(), i + 1);   // the order given
    QCOMPARE(
        rules.at(0).toObject().value(u"conditions"_s).toArray().at(1).toObject(),
        (QJsonObject{{u"type"_s, u"language"_s}, {u"matchKey"_s, QJsonValue::Null}, {u"matchValue"_s, u"en-US"_s}}));
    QCOMPARE(rules.at(2).toObject().value(u"conditions"_s).toArray().at(0).toObject().value(u"matchKey"_s).toString(),
             u"foo"_s);
    listed = api("GET", "/rest/v3/short-urls/spring/redirect-rules");
    QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(listed.body)).object(), answer);
    shortUrl = api("GET", "/rest/v3/short-urls/spring");
    QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(shortUrl.body)).object().value(u"hasRedirectRules"_s),
             QJsonValue(true));
    const auto list = api("GET", "/rest/v3/short-urls");
    QVERIFY(list.body.find("\"hasRedirectRules\":true") != std::string::npos);

    // At once on the redirect path, without waiting for a poll.
    QCOMPARE(visit("/spring?foo=bar&hello=world").header("location"),
             std::string("https://example.com/query-foo-bar-hello-world?foo=bar&hello=world"));
    QCOMPARE(visit("/spring", "Accept-Language: fr-FR\r\n").header("location"), std::string("https://example.com/fr"));

    // A new set replaces the whole set; an empty one (or none) removes them all.
    const auto replaced = api(
        "POST", "/rest/v3/short-urls/spring/redirect-rules",
        R"({"redirectRules":[{"longUrl":"https://example.com/ios","conditions":[{"type":"device","matchKey":null,"matchValue":"ios"}]}]})");
    QCOMPARE(replaced.status, 200);
    QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(replaced.body))
                 .object()
                 .value(u"redirectRules"_s)
                 .toArray()
                 .size(),
             1);
    QCOMPARE(visit("/spring", "Accept-Language: fr-FR\r\n").header("location"),
             std::string("https://shop.example/spring"));
    QCOMPARE(visit("/spring", std::string("User-Agent: ") + Iphone + "\r\n").header("location"),
             std::string("https://example.com/ios"));
    const auto cleared = api("POST", "/rest/v3/short-urls/spring/redirect-rules", R"({"redirectRules":[]})");
    QCOMPARE(cleared.status, 200);
    conforms(u"POST"_s, cleared);
    QCOMPARE(visit("/spring", std::string("User-Agent: ") + Iphone + "\r\n").header("location"),
             std::string("https://shop.example/spring"));
    shortUrl = api("GET", "/rest/v3/short-urls/spring");
    QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(shortUrl.body)).object().value(u"hasRedirectRules"_s),
             QJsonValue(false));
    const auto stored1 = api("POST", "/rest/v3/short-urls/spring/redirect-rules", "{}");
    QCOMPARE(stored1.status, 200);
    // Other methods are not routes.
    const auto deleted = api("DELETE", "/rest/v3/short-urls/spring/redirect-rules");
    QCOMPARE(deleted.status, 404);
}

void TestRedirectRules::apiRefusesInvalidRules()
{
    startServer();
    const auto stored2 = api(
        "POST", "/rest/v3/short-urls/spring/redirect-rules",
        R"({"redirectRules":[{"longUrl":"https://ok.example/","conditions":[{"type":"device","matchKey":null,"matchValue":"ios"}]}]})");
    QCOMPARE(stored2.status, 200);
    const char *const invalid[] = {
        R"({"redirectRules":{}})",
        R"({"redirectRules":[1]})",
        R"({"redirectRules":[{"conditions":[{"type":"device","matchKey":null,"matchValue":"ios"}]}]})",
        R"x({"redirectRules":[{"longUrl":"javascript:alert(1)","conditions":[{"type":"device","matchKey":null,"matchValue":"ios"}]}]})x",
        R"({"redirectRules":[{"longUrl":"https://x.example/"}]})",
        R"({"redirectRules":[{"longUrl":"https://x.example/","conditions":[]}]})",
        R"({"redirectRules":[{"longUrl":"https://x.example/","conditions":["device"]}]})",
        R"({"redirectRules":[{"longUrl":"https://x.example/","conditions":[{"type":"query","matchKey":"a","matchValue":"b"}]}]})",
        R"({"redirectRules":[{"longUrl":"https://x.example/","conditions":[{"type":"device","matchKey":null,"matchValue":"tablet"}]}]})",
        R"({"redirectRules":[{"longUrl":"https://x.example/","conditions":[{"type":"device","matchKey":null,"matchValue":7}]}]})",
        R"({"redirectRules":[{"longUrl":"https://x.example/","conditions":[{"type":"ip-address","matchKey":null,"matchValue":"300.1.1.1"}]}]})",
        R"({"redirectRules":[{"longUrl":"https://x.example/","conditions":[{"type":"geolocation-country-code","matchKey":null,"matchValue":"ZZ"}]}]})",
        R"({"redirectRules":[{"longUrl":"https://x.example/","conditions":[{"type":"before-date","matchKey":null,"matchValue":"soon"}]}]})",
        R"({"redirectRules":[{"longUrl":"https://x.example/","conditions":[{"type":"query-param","matchKey":null,"matchValue":"b"}]}]})",
        R"({"redirectRules":[{"longUrl":"https://x.example/","conditions":[{"type":"valueless-query-param","matchKey":null,"matchValue":""}]}]})",
        R"({"redirectRules":[{"longUrl":"https://x.example/","conditions":[{"type":"browser","matchKey":null,"matchValue":"lynx"}]}]})",
        // one bad rule among good ones refuses them all
        R"({"redirectRules":[{"longUrl":"https://x.example/","conditions":[{"type":"language","matchKey":null,"matchValue":"fr"}]},
                             {"longUrl":"https://x.example/","conditions":[{"type":"language","matchKey":null,"matchValue":""}]}]})",
    };
    for (const char *body : invalid) {
        const auto r = api("POST", "/rest/v3/short-urls/spring/redirect-rules", body);
        QVERIFY2(r.status == 400, body);
        QCOMPARE(r.header("content-type"), std::string("application/problem+json"));
        const QJsonObject problem = QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object();
        QCOMPARE(problem.value(u"type"_s).toString(), u"https://shlink.io/api/error/invalid-data"_s);
        QCOMPARE(problem.value(u"title"_s).toString(), u"Invalid data"_s);
        QCOMPARE(problem.value(u"invalidElements"_s).toArray(), QJsonArray{u"redirectRules"_s});
        conforms(u"POST"_s, r);
    }
    // Nothing changed.
    const auto listed = api("GET", "/rest/v3/short-urls/spring/redirect-rules");
    QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(listed.body))
                 .object()
                 .value(u"redirectRules"_s)
                 .toArray()
                 .size(),
             1);
    QCOMPARE(visit("/spring", std::string("User-Agent: ") + Iphone + "\r\n").header("location"),
             std::string("https://ok.example/"));
    // Without a key: 401, as everywhere.
    HttpConnection c(m_port);
    QCOMPARE(c.request("GET /rest/v3/short-urls/spring/redirect-rules HTTP/1.1\r\nHost: localhost:8080\r\n\r\n").status,
             401);
}

void TestRedirectRules::apiNotFoundWithDomain()
{
    addLink(u"autumn"_s, u"https://shop.example/autumn"_s, u"go.example"_s);
    startServer();
    auto r = api("GET", "/rest/v3/short-urls/nope/redirect-rules");
    QCOMPARE(r.status, 404);
    conforms(u"GET"_s, r);
    QJsonObject problem = QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object();
    QCOMPARE(problem.value(u"type"_s).toString(), u"https://shlink.io/api/error/short-url-not-found"_s);
    QCOMPARE(problem.value(u"shortCode"_s).toString(), u"nope"_s);
    r = api("POST", "/rest/v3/short-urls/autumn/redirect-rules", R"({"redirectRules":[]})");   // on another domain
    QCOMPARE(r.status, 404);
    conforms(u"POST"_s, r);
    r = api("GET", "/rest/v3/short-urls/autumn/redirect-rules?domain=other.example");
    QCOMPARE(r.status, 404);
    problem = QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object();
    QCOMPARE(problem.value(u"domain"_s).toString(), u"other.example"_s);
    r = api(
        "POST", "/rest/v3/short-urls/autumn/redirect-rules?domain=go.example",
        R"({"redirectRules":[{"longUrl":"https://shop.example/autumn-fr","conditions":[{"type":"language","matchKey":null,"matchValue":"fr"}]}]})");
    QCOMPARE(r.status, 200);
    QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object().value(u"defaultLongUrl"_s).toString(),
             u"https://shop.example/autumn"_s);
    const auto stored3 = api("GET", "/rest/v3/short-urls/autumn/redirect-rules?domain=go.example");
    QCOMPARE(stored3.status, 200);
    HttpConnection c(m_port);
    QCOMPARE(c.request("GET /autumn HTTP/1.1\r\nHost: go.example\r\nAccept-Language: fr\r\n\r\n").header("location"),
             std::string("https://shop.example/autumn-fr"));
}

void TestRedirectRules::everyConditionOverSockets()
{
    m_config.geoipPath = m_mmdb.toStdString();
    startServer();
    // One rule per condition type, each alone, in this order of priority.
    const struct
    {
        const char *type, *key, *value, *to;
    } rules[] = {
        {"query-param", "foo", "bar", "https://r.example/query-param"},
        {"any-value-query-param", nullptr, "promo", "https://r.example/any-value"},
        {"valueless-query-param", nullptr, "preview", "https://r.example/valueless"},
        {"before-date", nullptr, "2000-01-01", "https://r.example/never-before"},   // long past: never
        {"device", nullptr, "android", "https://r.example/android"},
        {"browser", nullptr, "firefox", "https://r.example/firefox"},
        {"language", nullptr, "de", "https://r.example/de"},
        {"ip-address", nullptr, "10.1.*.*", "https://r.example/ip-pattern"},
        {"ip-address", nullptr, "172.16.0.0/12", "https://r.example/ip-cidr"},
        {"ip-address", nullptr, "100.64.0.9", "https://r.example/ip-exact"},
        {"geolocation-city-name", nullptr, "paris", "https://r.example/paris"},
        {"geolocation-country-code", nullptr, "DE", "https://r.example/de-country"},
        {"after-date", nullptr, "9999-01-01", "https://r.example/never-after"},   // far future: never
        {"after-date", nullptr, "2000-01-01", "https://r.example/after-2000"},    // the catch-all, last
    };
    QJsonArray set;
    for (const auto &r : rules) {
        set.append(QJsonObject{
            {u"longUrl"_s, QString::fromLatin1(r.to)},
            {u"conditions"_s,
             QJsonArray{QJsonObject{{u"type"_s, QString::fromLatin1(r.type)},
                                    {u"matchKey"_s, r.key ? QJsonValue(QString::fromLatin1(r.key)) : QJsonValue()},
                                    {u"matchValue"_s, QString::fromLatin1(r.value)}}}}});
    }
    const auto stored =
        api("POST", "/rest/v3/short-urls/spring/redirect-rules",
            QJsonDocument(QJsonObject{{u"redirectRules"_s, set}}).toJson(QJsonDocument::Compact).toStdString());
    QCOMPARE(stored.status, 200);

    const auto from = [](const char *ip) { return std::string("X-Forwarded-For: ") + ip + "\r\n"; };
    const auto ua = [](const char *agent) { return std::string("User-Agent: ") + agent + "\r\n"; };
    const struct
    {
        std::string path, headers, expected;
    } cases[] = {
        {"/spring?foo=bar", "", "https://r.example/query-param?foo=bar"},
        {"/spring?foo=baz", "", "https://r.example/after-2000?foo=baz"},
        {"/spring?promo=spring", "", "https://r.example/any-value?promo=spring"},
        {"/spring?preview", "", "https://r.example/valueless?preview"},
        {"/spring?preview=1", "", "https://r.example/after-2000?preview=1"},
        {"/spring", ua(Android), "https://r.example/android"},
        {"/spring", ua(Iphone), "https://r.example/after-2000"},
        {"/spring", ua(LinuxFirefox), "https://r.example/firefox"},
        {"/spring", "Accept-Language: de-AT,en;q=0.5\r\n", "https://r.example/de"},
        {"/spring", "Accept-Language: fr, de;q=0\r\n", "https://r.example/after-2000"},
        {"/spring", from("10.1.200.3"), "https://r.example/ip-pattern"},
        {"/spring", from("10.2.200.3"), "https://r.example/after-2000"},
        {"/spring", from("172.20.1.1"), "https://r.example/ip-cidr"},
        {"/spring", from("172.32.1.1"), "https://r.example/after-2000"},
        {"/spring", from("100.64.0.9"), "https://r.example/ip-exact"},
        {"/spring", from("100.64.0.10"), "https://r.example/after-2000"},
        {"/spring", from("198.51.100.20"), "https://r.example/paris"},
        {"/spring", from("192.0.2.20"), "https://r.example/de-country"},
        {"/spring", from("203.0.113.20"), "https://r.example/after-2000"},
        // Conditions are checked in priority order: the query beats the device.
        {"/spring?foo=bar", ua(Android), "https://r.example/query-param?foo=bar"},
    };
    for (const auto &c : cases) {
        const auto r = visit(c.path, c.headers);
        QCOMPARE(r.status, 302);
        QVERIFY2(r.header("location") == c.expected,
                 qPrintable(QString::fromStdString(c.path + " " + c.headers + " -> " + r.header("location"))));
    }

    // Several conditions in one rule must all match.
    const auto both = api("POST", "/rest/v3/short-urls/spring/redirect-rules",
                          R"({"redirectRules":[{"longUrl":"https://r.example/android-de","conditions":[
                              {"type":"device","matchKey":null,"matchValue":"android"},
                              {"type":"geolocation-country-code","matchKey":null,"matchValue":"DE"}]}]})");
    QCOMPARE(both.status, 200);
    QCOMPARE(visit("/spring", ua(Android) + from("192.0.2.1")).header("location"),
             std::string("https://r.example/android-de"));
    QCOMPARE(visit("/spring", ua(Android) + from("198.51.100.1")).header("location"),
             std::string("https://shop.example/spring"));
    QCOMPARE(visit("/spring", ua(Iphone) + from("192.0.2.1")).header("location"),
             std::string("https://shop.example/spring"));
}

void TestRedirectRules::visitRecordsTheRulesUrl()
{
    m_config.trackOrphanVisits = false;
    startServer();
    const auto stored4 = api(
        "POST", "/rest/v3/short-urls/spring/redirect-rules",
        R"({"redirectRules":[{"longUrl":"https://shop.example/spring-android","conditions":[{"type":"device","matchKey":null,"matchValue":"android"}]}]})");
    QCOMPARE(stored4.status, 200);
    QCOMPARE(visit("/spring", std::string("User-Agent: ") + Android + "\r\n").status, 302);
    QCOMPARE(visit("/spring", std::string("User-Agent: ") + Iphone + "\r\n").status, 302);
    // The API read waits for the answered redirects' clicks (or they come within a second).
    QElapsedTimer waited;
    waited.start();
    QJsonArray visits;
    while (waited.elapsed() < 10000) {
        const auto r = api("GET", "/rest/v3/short-urls/spring/visits");
        visits = QJsonDocument::fromJson(QByteArray::fromStdString(r.body))
                     .object()
                     .value(u"visits"_s)
                     .toObject()
                     .value(u"data"_s)
                     .toArray();
        if (visits.size() == 2)
            break;
        QTest::qWait(50);
    }
    QCOMPARE(visits.size(), 2);
    QStringList urls;
    for (const QJsonValue &v : visits)
        urls << v.toObject().value(u"redirectUrl"_s).toString();
    urls.sort();
    QCOMPARE(urls, (QStringList{u"https://shop.example/spring"_s, u"https://shop.example/spring-android"_s}));
    m_server->stop();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT redirect_url FROM clicks WHERE user_agent LIKE '%Android%'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"https://shop.example/spring-android"_s);
}

void TestRedirectRules::rulesSurviveARestart()
{
    startServer();
    const auto stored5 = api(
        "POST", "/rest/v3/short-urls/spring/redirect-rules",
        R"({"redirectRules":[{"longUrl":"https://shop.example/spring-ios","conditions":[{"type":"device","matchKey":null,"matchValue":"ios"}]},
                                      {"longUrl":"https://shop.example/spring-promo","conditions":[{"type":"any-value-query-param","matchKey":null,"matchValue":"promo"}]}]})");
    QCOMPARE(stored5.status, 200);
    m_server.reset();
    startServer();
    QCOMPARE(visit("/spring?promo", std::string("User-Agent: ") + Iphone + "\r\n").header("location"),
             std::string("https://shop.example/spring-ios?promo"));
    QCOMPARE(visit("/spring?promo").header("location"), std::string("https://shop.example/spring-promo?promo"));
    QCOMPARE(visit("/spring").header("location"), std::string("https://shop.example/spring"));
    const auto listed = api("GET", "/rest/v3/short-urls/spring/redirect-rules");
    const QJsonArray rules =
        QJsonDocument::fromJson(QByteArray::fromStdString(listed.body)).object().value(u"redirectRules"_s).toArray();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.at(1).toObject().value(u"priority"_s).toInt(), 2);
}

void TestRedirectRules::databaseChangesApplyWithoutReload()
{
    // Another writer of the database (the app, a second API process) changes rules: the server
    // takes them from link_changes at its next poll, that link alone, with no whole reload.
    const qint64 spring = 1;
    startServer();
    QCOMPARE(visit("/spring", std::string("User-Agent: ") + Android + "\r\n").header("location"),
             std::string("https://shop.example/spring"));
    const auto loadsBefore = m_server->indexStats().fullLoads;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(
        u"INSERT INTO short_url_redirect_rules(link_id, priority, long_url, conditions) VALUES (?, 1, ?, ?)"_s));
    q.addBindValue(spring);
    q.addBindValue(u"https://shop.example/from-app"_s);
    q.addBindValue(uR"([{"type":"device","matchKey":null,"matchValue":"android"}])"_s);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QTRY_COMPARE_WITH_TIMEOUT(visit("/spring", std::string("User-Agent: ") + Android + "\r\n").header("location"),
                              std::string("https://shop.example/from-app"), 3000);
    QVERIFY(q.exec(u"UPDATE short_url_redirect_rules SET long_url = 'https://shop.example/from-app-2'"_s));
    QTRY_COMPARE_WITH_TIMEOUT(visit("/spring", std::string("User-Agent: ") + Android + "\r\n").header("location"),
                              std::string("https://shop.example/from-app-2"), 3000);
    QVERIFY(q.exec(u"DELETE FROM short_url_redirect_rules"_s));
    QTRY_COMPARE_WITH_TIMEOUT(visit("/spring", std::string("User-Agent: ") + Android + "\r\n").header("location"),
                              std::string("https://shop.example/spring"), 3000);
    QCOMPARE(m_server->indexStats().fullLoads, loadsBefore);
    QVERIFY(m_server->indexStats().batches >= 3);
}

void TestRedirectRules::linkEditsKeepTheirRules()
{
    startServer();
    const auto stored6 = api(
        "POST", "/rest/v3/short-urls/spring/redirect-rules",
        R"({"redirectRules":[{"longUrl":"https://shop.example/spring-fr","conditions":[{"type":"language","matchKey":null,"matchValue":"fr"}]}]})");
    QCOMPARE(stored6.status, 200);
    // An edit of the link through the API keeps its rules on the redirect path...
    const auto edited = api("PATCH", "/rest/v3/short-urls/spring", R"({"longUrl":"https://shop.example/spring-2"})");
    QCOMPARE(edited.status, 200);
    QCOMPARE(visit("/spring", "Accept-Language: fr\r\n").header("location"),
             std::string("https://shop.example/spring-fr"));
    QCOMPARE(visit("/spring").header("location"), std::string("https://shop.example/spring-2"));
    const auto listed = api("GET", "/rest/v3/short-urls/spring/redirect-rules");
    QCOMPARE(
        QJsonDocument::fromJson(QByteArray::fromStdString(listed.body)).object().value(u"defaultLongUrl"_s).toString(),
        u"https://shop.example/spring-2"_s);
    // ... and after the poll has checked it against the database.
    QTest::qWait(1200);
    QCOMPARE(visit("/spring", "Accept-Language: fr\r\n").header("location"),
             std::string("https://shop.example/spring-fr"));
    // Deleting the link deletes its rules.
    QCOMPARE(api("DELETE", "/rest/v3/short-urls/spring").status, 204);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM short_url_redirect_rules"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(visit("/spring", "Accept-Language: fr\r\n").status, 404);
}

void TestRedirectRules::migrationFromVersion4()
{
    const QString path = m_dir->filePath(u"v4.sqlite"_s);
    {
        Database old;
        QVERIFY(old.open(path, Database::migrations().mid(0, 4)).ok());
        QCOMPARE(old.schemaVersion(), 4);
        // As version 4 wrote links (today's LinkRepository writes columns it did not have).
        QSqlQuery insert(old.connection());
        QVERIFY(insert.exec(
            u"INSERT INTO links(account_id, domain, slug, short_url, destination, created_at, updated_at) "
            u"VALUES (1, 'localhost:8080', 'old', 'http://localhost:8080/old', 'https://old.example/', 0, 0)"_s));
    }
    Database db;
    QVERIFY(db.open(path).ok());
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM short_url_redirect_rules"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // A rule of a local link is logged for the redirect server; a remote account's is not.
    QVERIFY(q.exec(u"SELECT id FROM links WHERE slug = 'old'"_s) && q.next());
    const qint64 id = q.value(0).toLongLong();
    QVERIFY(q.exec(u"SELECT coalesce(max(seq), 0) FROM link_changes"_s) && q.next());
    const qint64 before = q.value(0).toLongLong();
    QVERIFY(q.exec(
        u"INSERT INTO short_url_redirect_rules(link_id, priority, long_url) VALUES (%1, 1, 'https://x.example/')"_s.arg(
            id)));
    QVERIFY(q.exec(u"SELECT link_id FROM link_changes WHERE seq > %1"_s.arg(before)) && q.next());
    QCOMPARE(q.value(0).toLongLong(), id);
}

QTEST_GUILESS_MAIN(TestRedirectRules)
#include "tst_redirectrules.moc"
