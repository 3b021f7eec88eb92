// UserAgentParser against uap-core (its regexes and its own test files), the device types
// the charts show, the LRU cache, a micro-benchmark, and the "device", "browser" and "os"
// rollups that linkdeck-server's click ingestion writes.

#include "core/storage/clickrollups.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "server/clickingestor.h"
#include "server/clickrecord.h"
#include "server/journal.h"
#include "server/linkserver.h"
#include "server/useragent.h"
#include "support/httpclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <map>
#include <random>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server;
using Linkdeck::Test::get;

namespace {

const std::string UapDir = "/usr/share/uap-core";

// One test case of uap-core's tests/test_*.yaml.
struct UapCase
{
    std::string userAgent;
    std::map<std::string, std::string> expected;   // field -> value ("" for null)
};

std::vector<UapCase> readUapCases(const std::string &file, const std::vector<std::string> &fields)
{
    std::vector<UapCase> out;
    const YAML::Node root = YAML::LoadFile(UapDir + "/tests/" + file);
    for (const YAML::Node &c : root["test_cases"]) {
        UapCase one;
        one.userAgent = c["user_agent_string"].as<std::string>("");
        for (const std::string &f : fields)
            one.expected[f] = c[f] && !c[f].IsNull() ? c[f].as<std::string>("") : std::string();
        out.push_back(std::move(one));
    }
    return out;
}

std::map<std::string, std::string> fieldsOf(const std::string &file, const UserAgentParser::Details &d)
{
    if (file == "test_ua.yaml")
        return {{"family", d.family}, {"major", d.major}, {"minor", d.minor}, {"patch", d.patch}};
    if (file == "test_os.yaml")
        return {{"family", d.osFamily},
                {"major", d.osMajor},
                {"minor", d.osMinor},
                {"patch", d.osPatch},
                {"patch_minor", d.osPatchMinor}};
    return {{"family", d.deviceFamily}, {"brand", d.deviceBrand}, {"model", d.deviceModel}};
}

std::vector<std::string> fieldNames(const std::string &file)
{
    if (file == "test_ua.yaml")
        return {"family", "major", "minor", "patch"};
    if (file == "test_os.yaml")
        return {"family", "major", "minor", "patch", "patch_minor"};
    return {"family", "brand", "model"};
}

// A few thousand User-Agents as a link's visitors send them: the common browsers on the
// common systems, with the versions varying, plus some crawlers and tools.
std::vector<std::string> realisticUserAgents(std::size_t count)
{
    std::mt19937 rng(42);
    auto pick = [&rng](int lo, int hi) { return std::to_string(std::uniform_int_distribution<int>(lo, hi)(rng)); };
    const char *androidPhones[] = {"SM-G991B", "SM-S901B",   "Pixel 7",  "Pixel 6a", "M2101K6G",
                                   "CPH2211",  "moto g(60)", "SM-A525F", "K"};
    const char *androidTablets[] = {"SM-T870", "SM-X700", "Lenovo TB-X606F", "Nexus 9"};
    std::vector<std::string> out;
    out.reserve(count);
    while (out.size() < count) {
        const int kind = std::uniform_int_distribution<int>(0, 11)(rng);
        const std::string chrome = pick(100, 120) + ".0." + pick(4000, 6200) + "." + pick(0, 200);
        const std::string ios = pick(14, 17) + "_" + pick(0, 6);
        std::string ua;
        switch (kind) {
        case 0:
        case 1:
            ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + chrome
                + " Safari/537.36";
            break;
        case 2:
            ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + chrome
                + " Safari/537.36 Edg/" + chrome;
            break;
        case 3:
            ua = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_" + pick(1, 7)
                + ") AppleWebKit/605.1.15 (KHTML, like Gecko) Version/" + pick(14, 17) + "." + pick(0, 5)
                + " Safari/605.1.15";
            break;
        case 4:
        case 5:
            ua = "Mozilla/5.0 (iPhone; CPU iPhone OS " + ios
                + " like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/" + pick(14, 17)
                + ".0 Mobile/15E148 Safari/604.1";
            break;
        case 6:
            ua = "Mozilla/5.0 (iPad; CPU OS " + ios
                + " like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/" + pick(14, 17)
                + ".0 Mobile/15E148 Safari/604.1";
            break;
        case 7:
        case 8:
            ua = std::string("Mozilla/5.0 (Linux; Android ") + pick(10, 14) + "; "
                + androidPhones[std::uniform_int_distribution<int>(0, 8)(rng)]
                + ") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + chrome + " Mobile Safari/537.36";
            break;
        case 9:
            ua = std::string("Mozilla/5.0 (Linux; Android ") + pick(10, 14) + "; "
                + androidTablets[std::uniform_int_distribution<int>(0, 3)(rng)]
                + ") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + chrome + " Safari/537.36";
            break;
        case 10:
            ua = "Mozilla/5.0 (X11; " + std::string(pick(0, 1) == "0" ? "Linux x86_64" : "Ubuntu; Linux x86_64")
                + "; rv:" + pick(100, 125) + ".0) Gecko/20100101 Firefox/" + pick(100, 125) + ".0";
            break;
        default: {
            const std::string bots[] = {
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
                "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
                "curl/" + pick(7, 8) + "." + pick(60, 88) + ".0",
                "python-requests/2." + pick(20, 31) + ".0",
            };
            ua = bots[std::uniform_int_distribution<int>(0, 5)(rng)];
        }
        }
        out.push_back(std::move(ua));
    }
    return out;
}

}   // namespace

class TestUserAgent : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void classifies_data();
    void classifies();
    void matchesUapCoreTests_data();
    void matchesUapCoreTests();
    void prefilterChangesNothing();
    void cacheIsAnLru();
    void missingRegexesFile();
    void throughput();
    void serverRecordsDeviceBrowserAndOs();
    void ingestionWithoutRegexesRecordsUnknown();

private:
    UserAgentParser m_parser;
};

void TestUserAgent::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    const auto loaded = m_parser.load(UserAgentParser::DefaultRegexesPath);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    qInfo("loaded %zu uap-core regexes in %lld ms", m_parser.regexCount(), qint64(timer.elapsed()));
    QVERIFY(m_parser.regexCount() > 1000);
}

void TestUserAgent::classifies_data()
{
    QTest::addColumn<QString>("userAgent");
    QTest::addColumn<QString>("browser");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("device");

    QTest::newRow("Chrome/Windows")
        << u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"_s
        << u"Chrome"_s << u"Windows"_s << u"desktop"_s;
    QTest::newRow("Edge/Windows")
        << u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91"_s
        << u"Edge"_s << u"Windows"_s << u"desktop"_s;
    QTest::newRow("Firefox/Windows")
        << u"Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:109.0) Gecko/20100101 Firefox/115.0"_s << u"Firefox"_s
        << u"Windows"_s << u"desktop"_s;
    QTest::newRow("Safari/Mac")
        << u"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15"_s
        << u"Safari"_s << u"Mac OS X"_s << u"desktop"_s;
    QTest::newRow("Chrome/Mac")
        << u"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36"_s
        << u"Chrome"_s << u"Mac OS X"_s << u"desktop"_s;
    QTest::newRow("Firefox/Linux") << u"Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"_s
                                   << u"Firefox"_s << u"Linux"_s << u"desktop"_s;
    QTest::newRow("Firefox/Ubuntu")
        << u"Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"_s << u"Firefox"_s
        << u"Ubuntu"_s << u"desktop"_s;
    QTest::newRow("Chrome/ChromeOS")
        << u"Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Safari/537.36"_s
        << u"Chrome"_s << u"Chrome OS"_s << u"desktop"_s;
    QTest::newRow("Safari/iPhone")
        << u"Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1.2 Mobile/15E148 Safari/604.1"_s
        << u"Mobile Safari"_s << u"iOS"_s << u"mobile"_s;
    QTest::newRow("Chrome/iPhone")
        << u"Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/119.0.6045.169 Mobile/15E148 Safari/604.1"_s
        << u"Chrome Mobile iOS"_s << u"iOS"_s << u"mobile"_s;
    QTest::newRow("Safari/iPad")
        << u"Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"_s
        << u"Mobile Safari"_s << u"iOS"_s << u"tablet"_s;
    QTest::newRow("Chrome/Android phone")
        << u"Mozilla/5.0 (Linux; Android 13; SM-S901B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 Mobile Safari/537.36"_s
        << u"Chrome Mobile"_s << u"Android"_s << u"mobile"_s;
    QTest::newRow("Chrome/Pixel")
        << u"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.43 Mobile Safari/537.36"_s
        << u"Chrome Mobile"_s << u"Android"_s << u"mobile"_s;
    QTest::newRow("Samsung Internet/phone")
        << u"Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36"_s
        << u"Samsung Internet"_s << u"Android"_s << u"mobile"_s;
    QTest::newRow("Galaxy Tab")
        << u"Mozilla/5.0 (Linux; Android 12; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"_s
        << u"Chrome"_s << u"Android"_s << u"tablet"_s;
    QTest::newRow("Samsung Internet/tablet")
        << u"Mozilla/5.0 (Linux; Android 11; SAMSUNG SM-T870) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/14.0 Chrome/87.0.4280.141 Safari/537.36"_s
        << u"Samsung Internet"_s << u"Android"_s << u"tablet"_s;
    QTest::newRow("Firefox/Android tablet") << u"Mozilla/5.0 (Android 9; Tablet; rv:109.0) Gecko/121.0 Firefox/121.0"_s
                                            << u"Firefox Mobile"_s << u"Android"_s << u"tablet"_s;
    QTest::newRow("Kindle Fire")
        << u"Mozilla/5.0 (Linux; Android 9; KFTRWI) AppleWebKit/537.36 (KHTML, like Gecko) Silk/119.3.1 like Chrome/119.0.6045.193 Safari/537.36"_s
        << u"Amazon Silk"_s << u"Android"_s << u"tablet"_s;
    QTest::newRow("Googlebot") << u"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"_s
                               << u"Googlebot"_s << QString() << u"bot"_s;
    QTest::newRow("Googlebot smartphone")
        << u"Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.71 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"_s
        << u"Googlebot"_s << u"Android"_s << u"bot"_s;
    QTest::newRow("bingbot") << u"Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"_s
                             << u"bingbot"_s << QString() << u"bot"_s;
    QTest::newRow("facebookexternalhit")
        << u"facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"_s << u"FacebookBot"_s
        << QString() << u"bot"_s;
    // A tool and no user agent at all are bots by the one bot rule, as the ingestor counts them.
    QTest::newRow("curl") << u"curl/8.4.0"_s << u"curl"_s << QString() << u"bot"_s;
    QTest::newRow("empty") << QString() << QString() << QString() << u"bot"_s;
}

void TestUserAgent::classifies()
{
    QFETCH(QString, userAgent);
    QFETCH(QString, browser);
    QFETCH(QString, os);
    QFETCH(QString, device);
    const std::string ua = userAgent.toStdString();
    const auto c = m_parser.classify(ua);
    const auto d = m_parser.parse(ua);
    const QByteArray details = QByteArray("device family \"") + d.deviceFamily.c_str() + "\", brand \""
        + d.deviceBrand.c_str() + "\", model \"" + d.deviceModel.c_str() + "\"";
    QVERIFY2(c.browser == browser.toStdString(), ("browser: " + c.browser).c_str());
    QVERIFY2(c.os == os.toStdString(), ("os: " + c.os).c_str());
    QVERIFY2(c.device == device.toStdString(), ("device: " + c.device + "; " + details.toStdString()).c_str());
    QCOMPARE(m_parser.classify(ua), c);   // the cached answer is the same
}

void TestUserAgent::matchesUapCoreTests_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("user agents") << u"test_ua.yaml"_s;
    QTest::newRow("operating systems") << u"test_os.yaml"_s;
    QTest::newRow("devices") << u"test_device.yaml"_s;
}

// uap-core's own conformance tests: every implementation must give these answers.
void TestUserAgent::matchesUapCoreTests()
{
    QFETCH(QString, file);
    const std::string name = file.toStdString();
    if (!QFileInfo::exists(QString::fromStdString(UapDir + "/tests/" + name)))
        QSKIP("uap-core's test files are not installed");
    const auto cases = readUapCases(name, fieldNames(name));
    QVERIFY(cases.size() > 400);
    QElapsedTimer timer;
    timer.start();
    int failures = 0;
    for (const UapCase &c : cases) {
        const auto got = fieldsOf(name, m_parser.parse(c.userAgent));
        if (got == c.expected)
            continue;
        if (++failures <= 10) {
            std::string message = "\"" + c.userAgent + "\":";
            for (const auto &[field, want] : c.expected)
                if (got.at(field) != want)
                    message += " " + field + " \"" + got.at(field) + "\" (want \"" + want + "\")";
            qWarning("%s", message.c_str());
        }
    }
    qInfo("%zu cases in %lld ms", cases.size(), qint64(timer.elapsed()));
    QCOMPARE(failures, 0);
}

// The literal prefilter only skips regexes that cannot match: with and without it, every
// answer is the same, over uap-core's test strings and the realistic mix.
void TestUserAgent::prefilterChangesNothing()
{
    UserAgentParser plain(UserAgentParser::Options{0, false});
    QVERIFY(plain.load());
    std::vector<std::string> userAgents = realisticUserAgents(500);
    // Non-ASCII: caseless PCRE2 lets the Kelvin sign match "k", so these skip the prefilter.
    userAgents.push_back("Mozilla/5.0 (Linux; Android 9; \xE2\x84\xAA"
                         "FTRWI) AppleWebKit/537.36 (KHTML, like Gecko) Silk/119.3.1");
    userAgents.push_back("Mozilla/5.0 (\xE2\x84\xAAindle Fire; U; Android 4.0.3) Gecko/20100101 Firefox/12.0");
    userAgents.push_back(
        "Mozilla/5.0 (Linux; Android 11; Gal\xC3\xA1xy \xE2\x80\x94 Tab) AppleWebKit/537.36 Chrome/120.0 Safari/537.36");
    for (const char *file : {"test_ua.yaml", "test_os.yaml", "test_device.yaml"}) {
        if (!QFileInfo::exists(QString::fromStdString(UapDir + "/tests/" + file)))
            continue;
        const auto cases = readUapCases(file, {});
        // Every third device string keeps the unfiltered run (about 1 ms each) short.
        for (std::size_t i = 0; i < cases.size(); i += std::string_view(file) == "test_device.yaml" ? 3 : 1)
            userAgents.push_back(cases[i].userAgent);
    }
    int differences = 0;
    for (const std::string &ua : userAgents) {
        const auto a = m_parser.parse(ua);
        const auto b = plain.parse(ua);
        const bool same = a.family == b.family && a.major == b.major && a.minor == b.minor && a.patch == b.patch
            && a.osFamily == b.osFamily && a.osMajor == b.osMajor && a.osMinor == b.osMinor && a.osPatch == b.osPatch
            && a.osPatchMinor == b.osPatchMinor && a.deviceFamily == b.deviceFamily && a.deviceBrand == b.deviceBrand
            && a.deviceModel == b.deviceModel;
        if (!same && ++differences <= 10)
            qWarning("prefilter changes the answer for \"%s\"", ua.c_str());
    }
    QCOMPARE(differences, 0);
}

void TestUserAgent::cacheIsAnLru()
{
    UserAgentParser parser(UserAgentParser::Options{2, true});
    QVERIFY(parser.load());
    const std::string a = "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0";
    const std::string b = "curl/8.4.0";
    const std::string c = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    QCOMPARE(parser.classify(a).browser, std::string("Firefox"));
    QCOMPARE(parser.classify(b).browser, std::string("curl"));
    QCOMPARE(parser.classify(a).browser, std::string("Firefox"));   // hit; a is now the most recent
    QCOMPARE(parser.classify(c).device, std::string("bot"));        // evicts b, the least recent
    auto stats = parser.cacheStats();
    QCOMPARE(stats.hits, 1u);
    QCOMPARE(stats.misses, 3u);
    QCOMPARE(stats.size, std::size_t(2));
    QCOMPARE(parser.classify(a).os, std::string("Linux"));   // still cached
    QCOMPARE(parser.cacheStats().hits, 2u);
    QCOMPARE(parser.classify(b).browser, std::string("curl"));   // was evicted: parsed again
    QCOMPARE(parser.cacheStats().misses, 4u);
    QCOMPARE(parser.cacheStats().size, std::size_t(2));

    // A huge User-Agent is classified by its first kilobyte, and cached as that.
    const std::string huge = a + std::string(100000, 'x');
    QCOMPARE(parser.classify(huge).browser, std::string("Firefox"));
    QCOMPARE(parser.classify(huge.substr(0, 1024)).browser, std::string("Firefox"));
    QCOMPARE(parser.cacheStats().hits, 3u);
}

void TestUserAgent::missingRegexesFile()
{
    UserAgentParser parser;
    const auto missing = parser.load("/nonexistent/regexes.yaml");
    QVERIFY(!missing.ok());
    std::string error = missing.error().message.toStdString();
    QVERIFY2(error.find("/nonexistent/regexes.yaml") != std::string::npos, error.c_str());
    QVERIFY(!parser.isLoaded());
    // Without regexes only the bot signatures are known.
    QCOMPARE(parser.classify("Mozilla/5.0 (X11; Linux x86_64)"), UserAgentParser::Classification{});
    QCOMPARE(parser.classify("curl/8.4.0"), (UserAgentParser::Classification{{}, {}, "bot"}));
    QCOMPARE(parser.parse("curl/8.4.0").family, std::string("Other"));

    QTemporaryDir dir;
    QFile bad(dir.filePath(u"regexes.yaml"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(
        "user_agent_parsers:\n  - regex: '(unclosed'\nos_parsers:\n  - regex: 'x'\ndevice_parsers:\n  - regex: 'x'\n");
    bad.close();
    const auto broken = parser.load(bad.fileName().toStdString());
    QVERIFY(!broken.ok());
    error = broken.error().message.toStdString();
    QVERIFY2(error.find("(unclosed") != std::string::npos, error.c_str());
}

// UA/s over a few thousand realistic strings: every one new (the cost of a cache miss),
// with and without the prefilter, and as traffic where some strings repeat a lot.
void TestUserAgent::throughput()
{
    const std::vector<std::string> userAgents = realisticUserAgents(3000);
    auto rate = [](std::size_t n, qint64 ns) { return double(n) * 1e9 / double(std::max<qint64>(ns, 1)); };

    UserAgentParser uncached(UserAgentParser::Options{0, true});
    QVERIFY(uncached.load());
    uncached.classify(userAgents.front());   // compiles the regexes the first strings reach
    QElapsedTimer timer;
    timer.start();
    std::size_t desktops = 0;
    for (const std::string &ua : userAgents)
        desktops += uncached.classify(ua).device == "desktop";
    const double cold = rate(userAgents.size(), timer.nsecsElapsed());

    UserAgentParser unfiltered(UserAgentParser::Options{0, false});
    QVERIFY(unfiltered.load());
    unfiltered.classify(userAgents.front());
    const std::size_t sample = 600;
    timer.restart();
    for (std::size_t i = 0; i < sample; ++i)
        unfiltered.classify(userAgents[i]);
    const double coldUnfiltered = rate(sample, timer.nsecsElapsed());

    // Traffic: 200,000 clicks whose User-Agents follow a Zipf-like law over the 3,000.
    std::mt19937 rng(7);
    std::vector<double> weights;
    for (std::size_t i = 0; i < userAgents.size(); ++i)
        weights.push_back(1.0 / double(i + 1));
    std::discrete_distribution<std::size_t> zipf(weights.begin(), weights.end());
    std::vector<std::size_t> clicks(200000);
    for (std::size_t &c : clicks)
        c = zipf(rng);
    UserAgentParser cached;
    QVERIFY(cached.load());
    timer.restart();
    std::size_t mobiles = 0;
    for (std::size_t c : clicks)
        mobiles += cached.classify(userAgents[c]).device == "mobile";
    const double warm = rate(clicks.size(), timer.nsecsElapsed());
    const auto stats = cached.cacheStats();

    qInfo("uncached, with prefilter: %.0f UA/s (%.1f us each) over %zu strings", cold, 1e6 / cold, userAgents.size());
    qInfo("uncached, no prefilter:   %.0f UA/s (%.1f us each)", coldUnfiltered, 1e6 / coldUnfiltered);
    qInfo("traffic through the LRU:  %.0f UA/s over %zu clicks, %llu hits, %llu misses", warm, clicks.size(),
          static_cast<unsigned long long>(stats.hits), static_cast<unsigned long long>(stats.misses));
    QVERIFY(desktops > 0 && mobiles > 0);
    QVERIFY(warm > cold);
}

namespace {

qint64 addLink(Database &db, const QString &slug)
{
    LinkRepository links(db);
    Link l;
    l.accountId = 1;
    l.domain = u"localhost:8080"_s;
    l.slug = slug;
    l.shortUrl = u"http://localhost:8080/"_s + slug;
    l.destination = u"https://shop.example/"_s + slug;
    const auto r = links.insert(l);
    return r ? r->id : -1;
}

// dimension -> value -> clicks, over all hours.
std::map<QString, std::map<QString, qint64>> rollups(Database &db, qint64 link)
{
    return Rollups::totals(db.connection(), link);
}

using Counts = std::map<QString, qint64>;

}   // namespace

// Clicks through a real linkdeck-server, in-process: the ingestor writes "device",
// "browser" and "os" next to "total", and a restart (which replays the journal) does not
// count anything twice.
void TestUserAgent::serverRecordsDeviceBrowserAndOs()
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(u"links.sqlite"_s);
    Database db;
    QVERIFY(db.open(dbPath).ok());
    const qint64 link = addLink(db, u"spring"_s);
    QVERIFY(link > 0);
    ServerConfig config;
    config.databasePath = dbPath.toStdString();
    config.listenPort = 0;
    config.ioThreads = 2;

    const std::pair<const char *, int> visits[] = {
        {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
         3},
        {"Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1.2 "
         "Mobile/15E148 Safari/604.1",
         2},
        {"Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 "
         "Safari/604.1",
         1},
        {"Mozilla/5.0 (Linux; Android 12; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
         1},
        {"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", 1},
        {nullptr, 1},   // no User-Agent header at all
    };
    {
        LinkServer server(config);
        const auto started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        for (const auto &[ua, times] : visits) {
            for (int i = 0; i < times; ++i) {
                const auto r = get(server.port(), "/spring", "localhost:8080",
                                   ua ? std::string("User-Agent: ") + ua + "\r\n" : std::string());
                QCOMPARE(r.status, 302);
            }
        }
        server.stop();   // drains the journal into the database
    }
    auto check = [&] {
        auto r = rollups(db, link);
        // Bots are rolled up apart ("bot:device", ...); people and bots together:
        QCOMPARE(r[u"bot:device"_s][u"bot"_s], 2);   // Googlebot and no user agent: one bot rule for both
        QVERIFY(r[u"device"_s].count(u"bot"_s) == 0);
        for (const QString &dimension : {u"device"_s, u"browser"_s, u"os"_s}) {
            const Counts bots = r[u"bot:"_s + dimension];
            for (const auto &[value, n] : bots)
                r[dimension][value] += n;
        }
        QCOMPARE(r[u"total"_s], (Counts{{u""_s, 9}}));
        QCOMPARE(r[u"device"_s], (Counts{{u"desktop"_s, 3}, {u"mobile"_s, 2}, {u"tablet"_s, 2}, {u"bot"_s, 2}}));
        QCOMPARE(r[u"browser"_s], (Counts{{u"Chrome"_s, 4}, {u"Mobile Safari"_s, 3}, {u"Googlebot"_s, 1}, {u""_s, 1}}));
        QCOMPARE(r[u"os"_s], (Counts{{u"Windows"_s, 3}, {u"iOS"_s, 3}, {u"Android"_s, 1}, {u""_s, 2}}));
    };
    check();
    if (QTest::currentTestFailed())
        return;

    // Start again over the same database and journal directory: nothing new is counted.
    {
        LinkServer server(config);
        const auto started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        server.stop();
    }
    check();
}

// Without uap-core's file the clicks still go in; the three dimensions say "" (unknown)
// and the problem is reported once, not once per batch.
void TestUserAgent::ingestionWithoutRegexesRecordsUnknown()
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(u"links.sqlite"_s);
    const std::string journal = dir.filePath(u"journal"_s).toStdString();
    std::filesystem::create_directories(journal);
    Database db;
    QVERIFY(db.open(dbPath).ok());
    const qint64 link = addLink(db, u"a"_s);
    const char *chrome =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    JournalAppender appender(journal, 0);
    auto click = [&] {
        std::string rec;
        ClickCodec::append(rec, 1'800'000'000'000, link, OrphanType::None, "localhost:8080", "a", "", chrome,
                           "192.0.2.1", "", "");
        return appender.append(rec);
    };
    QVERIFY(click() && click());

    // Catch what the ingestor writes to stderr.
    const QString logPath = dir.filePath(u"stderr.log"_s);
    std::fflush(stderr);
    const int savedStderr = dup(2);
    FILE *log = std::fopen(logPath.toLocal8Bit().constData(), "w");
    QVERIFY(log);
    dup2(fileno(log), 2);

    ClickIngestor::Options options;
    options.databasePath = dbPath.toStdString();
    options.journalDir = journal;
    options.userAgentRegexesPath = dir.filePath(u"missing/regexes.yaml"_s).toStdString();
    options.idleMillis = 50;
    Result<void> started;
    {
        ClickIngestor ingestor(options);
        started = ingestor.start();   // replays the first two clicks: one batch
        if (started) {
            click();
            ingestor.wakeUp();
            QTRY_COMPARE(ingestor.ingested(), 3u);   // a second batch
            QVERIFY(ingestor.batches() >= 2);
            ingestor.stop();
        }
    }
    std::fflush(stderr);
    dup2(savedStderr, 2);
    ::close(savedStderr);
    std::fclose(log);
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));

    QFile logFile(logPath);
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    const QByteArray text = logFile.readAll();
    QCOMPARE(text.count("missing/regexes.yaml"), 1);
    QVERIFY(text.contains("WARNING"));

    auto r = rollups(db, link);
    QCOMPARE(r[u"total"_s], (Counts{{u""_s, 3}}));
    QCOMPARE(r[u"device"_s], (Counts{{u""_s, 3}}));
    QCOMPARE(r[u"browser"_s], (Counts{{u""_s, 3}}));
    QCOMPARE(r[u"os"_s], (Counts{{u""_s, 3}}));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM clicks"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestUserAgent)
#include "tst_useragent.moc"
