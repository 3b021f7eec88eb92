#pragma once

#include "core/base/result.h"

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace Linkdeck::Server {

// Browser, operating system and device type of a User-Agent, from the uap-core regexes
// (Debian package uap-core). load() reads regexes.yaml once and compiles its
// user_agent_parsers, os_parsers and device_parsers (PCRE2 through QRegularExpression,
// with `regex_flag: 'i'` and the $1..$9 replacement templates); classify() answers from
// an LRU cache keyed by the whole User-Agent string, because a few strings make up most
// clicks.
//
// Not thread-safe: the cache changes on every classify(). linkdeck-server uses one
// instance on the click ingestor's writer thread, never on the redirect path.
class UserAgentParser
{
public:
    static constexpr const char *DefaultRegexesPath = "/usr/share/uap-core/regexes.yaml";

    // What uap-core says, field by field as in its own test files (test_ua.yaml,
    // test_os.yaml, test_device.yaml): "Other" when no regex matched, "" for a missing
    // version, brand or model.
    struct Details
    {
        std::string family = "Other";   // the browser (or app, bot, library)
        std::string major, minor, patch;
        std::string osFamily = "Other";
        std::string osMajor, osMinor, osPatch, osPatchMinor;
        std::string deviceFamily = "Other";
        std::string deviceBrand, deviceModel;
    };

    // The three values the click rollups store. An empty string means unknown: uap-core's
    // "Other" for browser and OS, and every field but a bot's device when the regexes could
    // not be loaded.
    struct Classification
    {
        std::string browser;   // uap family: "Chrome", "Mobile Safari", "Firefox", "Edge", "Googlebot", ...
        std::string os;        // uap OS family: "Windows", "Mac OS X", "iOS", "Android", "Linux", ...
        std::string device;    // "desktop", "mobile", "tablet", "bot" or "other"
        bool operator==(const Classification &) const = default;
    };

    struct Options
    {
        std::size_t cacheSize = 8192;   // User-Agent strings remembered; 0 turns the cache off
        // Skip a regex at once when the User-Agent lacks the literals it needs (found when
        // loading; one pass over the string finds them all). Only a speed-up, about 8x:
        // the answers are the same.
        bool literalPrefilter = true;
    };

    struct CacheStats
    {
        std::uint64_t hits = 0;
        std::uint64_t misses = 0;
        std::size_t size = 0;
    };

    UserAgentParser();
    explicit UserAgentParser(Options options);
    ~UserAgentParser();
    UserAgentParser(const UserAgentParser &) = delete;
    UserAgentParser &operator=(const UserAgentParser &) = delete;

    // Reads and compiles the regexes; an Error (Invalid) with a message if the file is missing
    // or unreadable or a regex does not compile. Replaces what an earlier load() read and
    // empties the cache.
    Result<void> load(const std::string &path = DefaultRegexesPath);
    bool isLoaded() const;
    std::size_t regexCount() const;   // all three lists together

    // All of uap-core's answer, without the cache (const, so safe from several threads).
    // Without regexes: the defaults above. Only the first KiB of a User-Agent is read.
    Details parse(std::string_view userAgent) const;
    // Browser, OS and device type, through the cache. Without regexes: empty strings, but
    // "bot" for the device of a user agent with a bot signature.
    Classification classify(std::string_view userAgent);

    // The one rule for whether a visit is a bot's: a crawler or tool signature, no user agent
    // at all, or a device uap-core calls a Spider. deviceType() says "bot" exactly then; the
    // ingestor stores that as the click's bot flag and the real-time events publish it, so the
    // bot count, the device breakdown and the visits API never disagree about one click.
    bool isBot(std::string_view userAgent) { return classify(userAgent).device == "bot"; }
    // The signature part of that rule (needs no regexes): "bot", "crawl", "spider", "curl/"...
    static bool hasBotSignature(std::string_view userAgent);

    // The device type from uap's answer (and the raw string, for the "Mobile"/"Tablet"
    // tokens Android browsers send): "bot" for a bot signature or no user agent, uap's Spider
    // (and crawler families),
    // "tablet" for iPads, Kindles, Galaxy Tabs and Android browsers without "Mobile",
    // "mobile" for iPhones, Android phones, mobile OSes and the other handsets uap names,
    // "desktop" for a desktop OS (Windows, macOS, Linux, Chrome OS, BSD...) on no
    // particular device or a Mac, otherwise "other" (TVs, consoles, watches).
    static std::string deviceType(const Details &details, std::string_view userAgent);

    CacheStats cacheStats() const;

private:
    struct Regexes;
    struct CacheEntry
    {
        std::string userAgent;
        Classification value;
    };
    Options m_options;
    std::unique_ptr<const Regexes> m_regexes;
    std::list<CacheEntry> m_lru;                                                     // most recently used first
    std::unordered_map<std::string_view, std::list<CacheEntry>::iterator> m_index;   // keys point into m_lru
    std::uint64_t m_hits = 0;
    std::uint64_t m_misses = 0;
};

}   // namespace Linkdeck::Server
