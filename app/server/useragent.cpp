#include "server/useragent.h"

#include "server/servererror.h"

#include <QRegularExpression>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <optional>
#include <vector>

namespace Linkdeck::Server {
namespace {

// Only this much of a User-Agent is classified (and kept as a cache key): real ones are a
// few hundred bytes, and it bounds both the regex work and the cache's memory for the
// kilobytes a hostile client may send.
constexpr std::size_t MaxUserAgentBytes = 1024;

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = lowerAscii(c);
    return out;
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

bool contains(std::string_view s, std::string_view part)
{
    return s.find(part) != std::string_view::npos;
}

// What a regex needs to find in a User-Agent before it can match: a list of requirements,
// each a set of literals of which at least one must occur (lower-cased, ASCII only, at
// least MinLiteral characters). Literals come from runs of plain characters at the top
// level and in groups that are not optional; an alternation contributes one literal per
// alternative, if every alternative has one. A character followed by ?, * or {0,...} is
// optional and ends the run. The reader gives up on syntax it does not follow (inline
// flags, back-references, \x and \p escapes...): then the regex always runs. A missed
// literal only costs speed; a wrong one would lose a match, so it stays conservative.
//
// RE2 (libre2-dev) in its place was measured and lost (issue 16; uap-core 0.16, its 18,000
// test strings, RelWithDebInfo): FilteredRE2 with RE2 matching gave the same answers for
// every string, but at 0.45-0.53x these UAs/s warm and 0.18x cold, with twice the load time,
// because its atoms let more regexes through and RE2's unanchored search is slower than
// PCRE2's JIT; an RE2::Set per list thrashes its DFA below some 512 MB of cache.
using Requirement = std::vector<std::string>;   // any of these

class RequiredLiterals
{
public:
    static constexpr std::size_t MinLiteral = 2;

    static std::vector<Requirement> of(std::string_view pattern)
    {
        RequiredLiterals r(pattern);
        std::vector<Requirement> out;
        if (!r.sequence(0, pattern.size(), &out))
            return {};
        return out;
    }

private:
    explicit RequiredLiterals(std::string_view p)
        : m_p(p)
    {}

    // i at '[': the index after the closing ']'.
    std::optional<std::size_t> classEnd(std::size_t i, std::size_t end) const
    {
        std::size_t j = i + 1;
        if (j < end && m_p[j] == '^')
            ++j;
        if (j < end && m_p[j] == ']')
            ++j;
        while (j < end) {
            if (m_p[j] == '\\') {
                j += 2;
            } else if (m_p[j] == '[' && j + 1 < end && m_p[j + 1] == ':') {
                const std::size_t close = m_p.find(":]", j + 2);
                if (close == std::string_view::npos || close >= end)
                    return std::nullopt;
                j = close + 2;
            } else if (m_p[j] == ']') {
                return j + 1;
            } else {
                ++j;
            }
        }
        return std::nullopt;
    }

    // i at '(': the index of the matching ')'.
    std::optional<std::size_t> groupEnd(std::size_t i, std::size_t end) const
    {
        int depth = 0;
        for (std::size_t j = i; j < end;) {
            const char c = m_p[j];
            if (c == '\\') {
                j += 2;
            } else if (c == '[') {
                auto after = classEnd(j, end);
                if (!after)
                    return std::nullopt;
                j = *after;
            } else {
                if (c == '(')
                    ++depth;
                else if (c == ')' && --depth == 0)
                    return j;
                ++j;
            }
        }
        return std::nullopt;
    }

    // Where the top-level alternatives of [begin, end) start and end; one range if none.
    std::optional<std::vector<std::pair<std::size_t, std::size_t>>> alternatives(std::size_t begin,
                                                                                 std::size_t end) const
    {
        std::vector<std::pair<std::size_t, std::size_t>> out;
        int depth = 0;
        std::size_t start = begin;
        for (std::size_t j = begin; j < end;) {
            const char c = m_p[j];
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == '[') {
                auto after = classEnd(j, end);
                if (!after)
                    return std::nullopt;
                j = *after;
                continue;
            }
            if (c == '(') {
                ++depth;
            } else if (c == ')') {
                --depth;
            } else if (c == '|' && depth == 0) {
                out.emplace_back(start, j);
                start = j + 1;
            }
            ++j;
        }
        out.emplace_back(start, end);
        return out;
    }

    // The index after a quantifier at i (with a lazy or possessive suffix), or i if there
    // is none. *optional: the quantifier allows zero repetitions.
    std::size_t quantifier(std::size_t i, std::size_t end, bool *optional) const
    {
        *optional = false;
        if (i >= end)
            return i;
        std::size_t j = i;
        const char c = m_p[i];
        if (c == '?' || c == '*') {
            *optional = true;
            j = i + 1;
        } else if (c == '+') {
            j = i + 1;
        } else if (c == '{') {
            // {n}, {n,} or {n,m}; anything else is a literal brace in PCRE2 10.42.
            std::size_t k = i + 1;
            const std::size_t digits = k;
            while (k < end && m_p[k] >= '0' && m_p[k] <= '9')
                ++k;
            if (k == digits)
                return i;
            const bool zero = std::all_of(m_p.begin() + std::ptrdiff_t(digits), m_p.begin() + std::ptrdiff_t(k),
                                          [](char d) { return d == '0'; });
            if (k < end && m_p[k] == ',') {
                ++k;
                while (k < end && m_p[k] >= '0' && m_p[k] <= '9')
                    ++k;
            }
            if (k >= end || m_p[k] != '}')
                return i;
            *optional = zero;
            j = k + 1;
        } else {
            return i;
        }
        if (j < end && (m_p[j] == '?' || m_p[j] == '+'))
            ++j;
        return j;
    }

    // The most selective requirement of a list: longest shortest literal, then fewest.
    static const Requirement *best(const std::vector<Requirement> &list)
    {
        const Requirement *out = nullptr;
        auto shortest = [](const Requirement &r) {
            std::size_t n = std::string::npos;
            for (const std::string &l : r)
                n = std::min(n, l.size());
            return n;
        };
        for (const Requirement &r : list) {
            if (!out || shortest(r) > shortest(*out) || (shortest(r) == shortest(*out) && r.size() < out->size()))
                out = &r;
        }
        return out;
    }

    bool sequence(std::size_t begin, std::size_t end, std::vector<Requirement> *out)
    {
        const auto alts = alternatives(begin, end);
        if (!alts)
            return false;
        if (alts->size() > 1) {
            // One of the alternatives matches: one literal from each, if each has one.
            Requirement any;
            bool everyOne = true;
            for (const auto &[b, e] : *alts) {
                std::vector<Requirement> inner;
                if (!sequence(b, e, &inner))
                    return false;
                const Requirement *pick = best(inner);
                if (!pick)
                    everyOne = false;
                else
                    any.insert(any.end(), pick->begin(), pick->end());
            }
            if (everyOne) {
                std::sort(any.begin(), any.end());
                any.erase(std::unique(any.begin(), any.end()), any.end());
                out->push_back(std::move(any));
            }
            return true;
        }
        std::string run;
        auto flush = [&] {
            if (run.size() >= MinLiteral)
                out->push_back({run});
            run.clear();
        };
        bool optional = false;
        std::size_t i = begin;
        while (i < end) {
            const char c = m_p[i];
            char literal = 0;
            if (c == '\\') {
                if (i + 1 >= end)
                    return false;
                const char e = m_p[i + 1];
                if (std::isalnum(static_cast<unsigned char>(e))) {
                    // Single-letter classes, anchors and control characters only; escapes
                    // that take more characters (\x41, \p{L}, \1, \Q...) end the reading.
                    if (!std::strchr("dDwWsSbBhHvVRAzZGnrtfea", e))
                        return false;
                    flush();
                    i = quantifier(i + 2, end, &optional);
                    continue;
                }
                literal = e;
                i += 2;
            } else if (c == '[') {
                auto after = classEnd(i, end);
                if (!after)
                    return false;
                // [Bb] and [x] are one letter once lower-cased; other classes end the run.
                const std::string_view set = m_p.substr(i + 1, *after - i - 2);
                const auto plain = [](char ch) {
                    return static_cast<unsigned char>(ch) < 0x80 && !std::strchr("^\\]-[", ch);
                };
                if (set.size() == 1 && plain(set[0])) {
                    literal = set[0];
                } else if (set.size() == 2 && std::isalpha(static_cast<unsigned char>(set[0])) && plain(set[0])
                           && plain(set[1]) && lowerAscii(set[0]) == lowerAscii(set[1])) {
                    literal = set[0];
                } else {
                    flush();
                    i = quantifier(*after, end, &optional);
                    continue;
                }
                i = *after;
            } else if (c == '(') {
                auto close = groupEnd(i, end);
                if (!close)
                    return false;
                std::size_t inner = i + 1;
                bool consuming = true;
                if (inner < *close && m_p[inner] == '?') {
                    const std::string_view kind = m_p.substr(inner + 1, 2);
                    if (startsWith(kind, ":")) {
                        inner += 2;
                    } else if (startsWith(kind, "=") || startsWith(kind, "!") || kind == "<=" || kind == "<!") {
                        consuming = false;   // a look-around
                    } else if (startsWith(kind, "<") || startsWith(kind, "P<") || startsWith(kind, "'")) {
                        const std::size_t name = m_p.find_first_of(">'", inner + 2);
                        if (name == std::string_view::npos || name >= *close)
                            return false;
                        inner = name + 1;
                    } else {
                        return false;   // inline flags and the rest
                    }
                }
                flush();
                const std::size_t after = quantifier(*close + 1, end, &optional);
                std::vector<Requirement> group;
                if (consuming && !sequence(inner, *close, &group))
                    return false;
                if (consuming && !optional)
                    out->insert(out->end(), group.begin(), group.end());
                i = after;
                continue;
            } else if (c == '.' || c == '^' || c == '$' || static_cast<unsigned char>(c) >= 0x80) {
                flush();
                i = quantifier(i + 1, end, &optional);
                continue;
            } else if (c == ')' || c == '*' || c == '+' || c == '?' || c == '|') {
                return false;
            } else {
                literal = c;
                ++i;
            }
            const std::size_t after = quantifier(i, end, &optional);
            if (after == i) {
                run += lowerAscii(literal);
                continue;
            }
            if (!optional)
                run += lowerAscii(literal);
            flush();
            i = after;
        }
        flush();
        return true;
    }

    std::string_view m_p;
};

// All literals of all rules, found in one pass over a lower-cased User-Agent: each
// position's first two characters pick the literals that may start there. Flat arrays and
// plain loops, because this runs for every new User-Agent (in Debug builds too).
class LiteralIndex
{
public:
    std::uint32_t add(const std::string &literal)
    {
        auto [it, inserted] = m_ids.emplace(literal, std::uint32_t(m_offsets.size()));
        if (inserted) {
            m_offsets.push_back(std::uint32_t(m_chars.size()));
            m_lengths.push_back(std::uint32_t(literal.size()));
            m_chars += literal;
        }
        return it->second;
    }
    std::size_t size() const { return m_offsets.size(); }

    // Call once after the last add(): sorts the literals by their first two characters.
    void finish()
    {
        m_first.assign((1 << 16) + 1, 0);
        for (std::uint32_t offset : m_offsets)
            ++m_first[bigram(m_chars.data() + offset) + 1];
        for (std::size_t b = 1; b < m_first.size(); ++b)
            m_first[b] += m_first[b - 1];
        m_byBigram.resize(m_offsets.size());
        std::vector<std::uint32_t> next(m_first.begin(), m_first.end() - 1);
        for (std::uint32_t id = 0; id < m_offsets.size(); ++id)
            m_byBigram[next[bigram(m_chars.data() + m_offsets[id])]++] = id;
    }

    // present[id] = 1 for every literal in `lowered`; present has size() entries.
    void find(std::string_view lowered, std::uint8_t *present) const
    {
        std::memset(present, 0, size());
        const char *text = lowered.data();
        const std::size_t n = lowered.size();
        const std::uint32_t *first = m_first.data();
        const std::uint32_t *ids = m_byBigram.data();
        const char *chars = m_chars.data();
        for (std::size_t i = 0; i + 1 < n; ++i) {
            const std::uint16_t b = bigram(text + i);
            for (std::uint32_t k = first[b], end = first[b + 1]; k < end; ++k) {
                const std::uint32_t id = ids[k];
                const std::uint32_t length = m_lengths[id];
                if (!present[id] && length <= n - i && std::memcmp(text + i, chars + m_offsets[id], length) == 0)
                    present[id] = 1;
            }
        }
    }

private:
    static std::uint16_t bigram(const char *p)
    {
        return std::uint16_t(static_cast<unsigned char>(p[0]) << 8 | static_cast<unsigned char>(p[1]));
    }
    std::string m_chars;                     // all literals, one after the other
    std::vector<std::uint32_t> m_offsets;    // by id: where in m_chars
    std::vector<std::uint32_t> m_lengths;    // by id: at least two characters
    std::vector<std::uint32_t> m_first;      // by bigram: first index into m_byBigram (and one past the end)
    std::vector<std::uint32_t> m_byBigram;   // literal ids ordered by bigram
    std::unordered_map<std::string, std::uint32_t> m_ids;
};

struct Rule
{
    QRegularExpression regex;
    // What must be in the User-Agent, as literal ids in Regexes::needs[needsBegin, needsEnd):
    // groups of [n, id1 .. idn], each satisfied by one of its ids.
    std::uint32_t needsBegin = 0;
    std::uint32_t needsEnd = 0;
    std::array<std::string, 5> replace;   // meaning depends on the list, see load()
};

std::string toStd(QStringView s)
{
    const QByteArray utf8 = s.toUtf8();
    return std::string(utf8.constData(), std::size_t(utf8.size()));
}

std::string trimmed(std::string s)
{
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    std::size_t b = 0, e = s.size();
    while (b < e && space(s[b]))
        ++b;
    while (e > b && space(s[e - 1]))
        --e;
    return s.substr(b, e - b);
}

// A replacement template with $1..$9 filled in from the match (an unmatched group is
// empty), trimmed, as uap-core's reference parsers do.
std::string expand(const std::string &pattern, const QRegularExpressionMatch &m)
{
    std::string out;
    out.reserve(pattern.size() + 16);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '$' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const int group = pattern[i + 1] - '0';
            if (group <= m.lastCapturedIndex())
                out += toStd(m.capturedView(group));
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return trimmed(std::move(out));
}

// replacement if the rule has one, else the group's text.
std::string pick(const std::string &replacement, const QRegularExpressionMatch &m, int group)
{
    if (!replacement.empty())
        return expand(replacement, m);
    if (group > m.lastCapturedIndex())
        return {};
    return toStd(m.capturedView(group));
}

}   // namespace

struct UserAgentParser::Regexes
{
    std::vector<Rule> ua;       // replace: family, v1, v2, v3
    std::vector<Rule> os;       // replace: os, os_v1, os_v2, os_v3, os_v4
    std::vector<Rule> device;   // replace: device, brand, model
    bool prefilter = true;

    LiteralIndex literals;
    std::vector<std::uint32_t> needs;

    bool mayMatch(const Rule &r, const std::uint8_t *present) const
    {
        const std::uint32_t *p = needs.data() + r.needsBegin;
        const std::uint32_t *end = needs.data() + r.needsEnd;
        while (p < end) {
            const std::uint32_t n = *p++;
            bool any = false;
            for (std::uint32_t k = 0; k < n && !any; ++k)
                any = present[p[k]] != 0;
            if (!any)
                return false;
            p += n;
        }
        return true;
    }

    // The first rule of a list that matches, as in every uap-core parser.
    std::optional<QRegularExpressionMatch> first(const std::vector<Rule> &rules, const QString &subject,
                                                 const std::uint8_t *present, const Rule **rule) const
    {
        for (const Rule &r : rules) {
            if (present && !mayMatch(r, present))
                continue;
            QRegularExpressionMatch m = r.regex.match(subject);
            if (m.hasMatch()) {
                *rule = &r;
                return m;
            }
        }
        return std::nullopt;
    }
};

UserAgentParser::UserAgentParser()
    : UserAgentParser(Options{})
{}

UserAgentParser::UserAgentParser(Options options)
    : m_options(options)
{}

UserAgentParser::~UserAgentParser() = default;

Result<void> UserAgentParser::load(const std::string &path)
{
    auto fail = [](const std::string &message) -> Result<void> { return serverError(Error::Kind::Invalid, message); };
    YAML::Node root;
    try {
        root = YAML::LoadFile(path);
    } catch (const YAML::BadFile &) {
        return fail("cannot read the uap-core regexes " + path);
    } catch (const YAML::Exception &e) {
        return fail("cannot parse the uap-core regexes " + path + ": " + e.what());
    }
    auto regexes = std::make_unique<Regexes>();
    regexes->prefilter = m_options.literalPrefilter;
    struct List
    {
        const char *name;
        std::vector<Rule> *rules;
        std::array<const char *, 5> replacements;
    };
    const List lists[] = {
        {"user_agent_parsers",
         &regexes->ua,
         {"family_replacement", "v1_replacement", "v2_replacement", "v3_replacement", nullptr}},
        {"os_parsers",
         &regexes->os,
         {"os_replacement", "os_v1_replacement", "os_v2_replacement", "os_v3_replacement", "os_v4_replacement"}},
        {"device_parsers",
         &regexes->device,
         {"device_replacement", "brand_replacement", "model_replacement", nullptr, nullptr}},
    };
    try {
        for (const List &list : lists) {
            const YAML::Node entries = root[list.name];
            if (!entries || !entries.IsSequence() || entries.size() == 0)
                return fail(std::string("no ") + list.name + " in the uap-core regexes " + path);
            list.rules->reserve(entries.size());
            for (const YAML::Node &entry : entries) {
                const std::string pattern = entry["regex"].as<std::string>("");
                QRegularExpression::PatternOptions flags = QRegularExpression::NoPatternOption;
                if (entry["regex_flag"] && entry["regex_flag"].as<std::string>("") == "i")
                    flags |= QRegularExpression::CaseInsensitiveOption;
                Rule rule;
                rule.regex = QRegularExpression(QString::fromStdString(pattern), flags);
                if (pattern.empty() || !rule.regex.isValid()) {
                    return fail(std::string("bad regex in ") + list.name + " of " + path + ": " + pattern + " ("
                                + rule.regex.errorString().toStdString() + ")");
                }
                rule.needsBegin = std::uint32_t(regexes->needs.size());
                for (const Requirement &anyOf : RequiredLiterals::of(pattern)) {
                    regexes->needs.push_back(std::uint32_t(anyOf.size()));
                    for (const std::string &literal : anyOf)
                        regexes->needs.push_back(regexes->literals.add(literal));
                }
                rule.needsEnd = std::uint32_t(regexes->needs.size());
                for (std::size_t i = 0; i < list.replacements.size(); ++i) {
                    if (list.replacements[i] && entry[list.replacements[i]])
                        rule.replace[i] = entry[list.replacements[i]].as<std::string>("");
                }
                list.rules->push_back(std::move(rule));
            }
        }
    } catch (const YAML::Exception &e) {
        return fail("cannot read the uap-core regexes " + path + ": " + e.what());
    }
    regexes->literals.finish();
    m_regexes = std::move(regexes);
    m_lru.clear();
    m_index.clear();
    return {};
}

bool UserAgentParser::isLoaded() const
{
    return m_regexes != nullptr;
}

std::size_t UserAgentParser::regexCount() const
{
    return m_regexes ? m_regexes->ua.size() + m_regexes->os.size() + m_regexes->device.size() : 0;
}

UserAgentParser::Details UserAgentParser::parse(std::string_view userAgent) const
{
    Details d;
    if (!m_regexes)
        return d;
    if (userAgent.size() > MaxUserAgentBytes)
        userAgent = userAgent.substr(0, MaxUserAgentBytes);   // a cut UTF-8 sequence becomes U+FFFD
    const QString subject = QString::fromUtf8(userAgent.data(), qsizetype(userAgent.size()));
    std::vector<std::uint8_t> found;
    const std::uint8_t *present = nullptr;   // null: no prefilter, every regex runs
    // Only for ASCII: in UTF mode PCRE2's caseless matching also lets a few other
    // characters (the Kelvin sign for k, the long s) match ASCII letters.
    const bool ascii =
        std::all_of(userAgent.begin(), userAgent.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (m_regexes->prefilter && ascii) {
        found.resize(m_regexes->literals.size());
        m_regexes->literals.find(lowerAscii(userAgent), found.data());
        present = found.data();
    }
    const Rule *rule = nullptr;

    if (auto m = m_regexes->first(m_regexes->ua, subject, present, &rule)) {
        d.family = pick(rule->replace[0], *m, 1);
        if (d.family.empty())
            d.family = "Other";
        d.major = pick(rule->replace[1], *m, 2);
        d.minor = pick(rule->replace[2], *m, 3);
        d.patch = pick(rule->replace[3], *m, 4);
    }
    if (auto m = m_regexes->first(m_regexes->os, subject, present, &rule)) {
        d.osFamily = pick(rule->replace[0], *m, 1);
        if (d.osFamily.empty())
            d.osFamily = "Other";
        d.osMajor = pick(rule->replace[1], *m, 2);
        d.osMinor = pick(rule->replace[2], *m, 3);
        d.osPatch = pick(rule->replace[3], *m, 4);
        d.osPatchMinor = pick(rule->replace[4], *m, 5);
    }
    if (auto m = m_regexes->first(m_regexes->device, subject, present, &rule)) {
        d.deviceFamily = pick(rule->replace[0], *m, 1);
        if (d.deviceFamily.empty())
            d.deviceFamily = "Other";
        d.deviceBrand = rule->replace[1].empty() ? std::string() : expand(rule->replace[1], *m);
        d.deviceModel = pick(rule->replace[2], *m, 1);
    }
    return d;
}

std::string UserAgentParser::deviceType(const Details &d, std::string_view userAgent)
{
    const std::string &family = d.deviceFamily;
    const std::string &model = d.deviceModel;
    const std::string &os = d.osFamily;
    const auto anyIn = [](std::string_view s, std::initializer_list<std::string_view> parts) {
        return std::any_of(parts.begin(), parts.end(), [s](std::string_view part) { return contains(s, part); });
    };
    // Crawlers: a bot signature, uap's device "Spider", and the few it names only as a browser family.
    const std::string_view browser = d.family;
    if (hasBotSignature(userAgent) || family == "Spider" || anyIn(family, {"Spider", "spider"})
        || anyIn(browser, {"Spider", "spider", "Crawler", "crawler"})
        || (browser.size() > 3 && (browser.ends_with("bot") || browser.ends_with("Bot"))))
        return "bot";

    // Tablets: by device first, then Android's convention that tablet browsers leave out
    // "Mobile" (Firefox says "Tablet" instead).
    if (startsWith(family, "iPad") || startsWith(model, "iPad") || family == "Generic Tablet"
        || anyIn(family, {"Kindle", "Tablet", "TouchPad", "Playbook", "Surface", "WeTab"})
        || os == "BlackBerry Tablet OS" || os == "WeTab")
        return "tablet";
    if (d.deviceBrand == "Samsung"
        && (startsWith(model, "SM-T") || startsWith(model, "SM-P") || startsWith(model, "SM-X")
            || startsWith(model, "GT-P")))
        return "tablet";   // Galaxy Tab
    if (family == "iPhone" || startsWith(family, "iPod") || family == "Generic Smartphone"
        || family == "Generic Feature Phone")
        return "mobile";
    if (os == "Android") {
        if (contains(userAgent, "Tablet"))
            return "tablet";
        // A browser without "Mobile" runs on a tablet; apps (Dalvik, okhttp) mostly on phones.
        if (!contains(userAgent, "Mobile") && contains(userAgent, "AppleWebKit"))
            return "tablet";
        return "mobile";
    }
    static const std::string_view mobileOses[] = {"iOS",
                                                  "Windows Phone",
                                                  "Windows Mobile",
                                                  "Windows CE",
                                                  "BlackBerry OS",
                                                  "Symbian OS",
                                                  "Symbian^3",
                                                  "Symbian^3 Anna",
                                                  "Symbian^3 Belle",
                                                  "Nokia Series 40",
                                                  "Nokia Series 30 Plus",
                                                  "KaiOS",
                                                  "Firefox OS",
                                                  "Sailfish",
                                                  "MeeGo",
                                                  "Maemo",
                                                  "Bada",
                                                  "Brew MP",
                                                  "BREW",
                                                  "Ubuntu Touch"};
    if (std::find(std::begin(mobileOses), std::end(mobileOses), os) != std::end(mobileOses))
        return "mobile";

    static const std::string_view desktopOses[] = {
        "Mac OS X",   "Mac OS",   "Linux",   "Ubuntu",    "Kubuntu",    "Xubuntu",   "Lubuntu",
        "Debian",     "Fedora",   "Red Hat", "Gentoo",    "Mandriva",   "Mint",      "Linux Mint",
        "SUSE",       "openSUSE", "CentOS",  "Slackware", "Arch Linux", "Chrome OS", "Chromium OS",
        "FreeBSD",    "OpenBSD",  "NetBSD",  "DragonFly", "BSD",        "Solaris",   "SunOS",
        "SerenityOS", "Haiku",    "BeOS",    "OS/2",      "PCLinuxOS",  "Puppy",     "Mageia"};
    const bool desktopOs = (startsWith(os, "Windows") && os != "Windows RT")
        || std::find(std::begin(desktopOses), std::end(desktopOses), os) != std::end(desktopOses);
    // No particular device, or a Mac ("Mac", "MacBookPro11,1", "iMac14,2"...).
    if (desktopOs && (family == "Other" || startsWith(family, "Mac") || startsWith(family, "iMac")))
        return "desktop";

    // Any other device uap names is a handset (mostly feature phones from Alcatel, Nokia,
    // Samsung... on an OS of their own), unless it is a TV, console, watch or car.
    if (family != "Other"
        && !anyIn(family,
                  {"TV", "Tv", "NetCast", "Inettv", "Roku", "Chromecast", "PlayStation", "Nintendo", "Xbox", "Ouya",
                   "Dreamcast", "Watch", "Tesla"}))
        return "mobile";
    if (contains(userAgent, "Mobi"))
        return "mobile";   // Mozilla's advice for a device uap does not know
    return "other";
}

bool UserAgentParser::hasBotSignature(std::string_view userAgent)
{
    // The usual crawler and tool signatures; a missing user agent is a script too.
    static const std::string_view signatures[] = {"bot",
                                                  "crawl",
                                                  "spider",
                                                  "slurp",
                                                  "curl/",
                                                  "wget/",
                                                  "python-requests",
                                                  "python-urllib",
                                                  "go-http-client",
                                                  "headless",
                                                  "facebookexternalhit",
                                                  "preview",
                                                  "scan",
                                                  "monitor",
                                                  "httpclient",
                                                  "java/",
                                                  "okhttp",
                                                  "libwww"};
    if (userAgent.empty())
        return true;
    std::string lower(userAgent.substr(0, MaxUserAgentBytes));
    for (char &c : lower)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return std::any_of(std::begin(signatures), std::end(signatures),
                       [&lower](std::string_view signature) { return lower.find(signature) != std::string::npos; });
}

UserAgentParser::Classification UserAgentParser::classify(std::string_view userAgent)
{
    if (!m_regexes) {
        Classification c;
        if (hasBotSignature(userAgent))
            c.device = "bot";
        return c;
    }
    if (userAgent.size() > MaxUserAgentBytes)
        userAgent = userAgent.substr(0, MaxUserAgentBytes);   // parse() cuts the same way
    if (m_options.cacheSize > 0) {
        if (auto hit = m_index.find(userAgent); hit != m_index.end()) {
            ++m_hits;
            m_lru.splice(m_lru.begin(), m_lru, hit->second);
            return hit->second->value;
        }
    }
    ++m_misses;
    const Details d = parse(userAgent);
    Classification c;
    c.browser = d.family == "Other" ? std::string() : d.family;
    c.os = d.osFamily == "Other" ? std::string() : d.osFamily;
    c.device = deviceType(d, userAgent);
    if (m_options.cacheSize == 0)
        return c;
    if (m_lru.size() >= m_options.cacheSize) {
        m_index.erase(m_lru.back().userAgent);
        m_lru.pop_back();
    }
    m_lru.push_front(CacheEntry{std::string(userAgent), c});
    m_index.emplace(m_lru.front().userAgent, m_lru.begin());
    return c;
}

UserAgentParser::CacheStats UserAgentParser::cacheStats() const
{
    return CacheStats{m_hits, m_misses, m_lru.size()};
}

}   // namespace Linkdeck::Server
