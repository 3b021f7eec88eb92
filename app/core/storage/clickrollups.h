#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <QList>
#include <QString>

#include <map>

class QSqlDatabase;
struct sqlite3;

namespace Linkdeck::Rollups {

// The hourly click rollups linkdeck-server keeps beside the raw clicks, one row per link and
// hour in `click_hours` (link_id, hour, clicks, bots, dims): the counts the charts and the
// Shlink API read, and in `dims` every breakdown of that hour (country, referrer, device,
// browser, OS; people's and bots' apart) packed in one blob. One row per link and hour keeps
// the writer's work per click to one upsert, whatever the number of links: with a million
// links and random traffic nearly every click is its own link-hour, and seven rows per click
// (one per breakdown) were what made ingestion fall behind.
//
// The blob: entries sorted by (code, value), each
//     code (1 byte) | value length (LEB128) | value (UTF-8) | clicks (LEB128)
// where code is a Dimension, with BotFlag set for bots' clicks.

// Variant: the A/B split's variant a click was sent to ("1" for the first), for links with one.
enum Dimension : std::uint8_t { Country = 1, Referrer = 2, Device = 3, Browser = 4, Os = 5, Variant = 6 };
constexpr std::uint8_t BotFlag = 0x80;

// "country" -> Country, "bot:country" -> Country | BotFlag; 0 for any other name.
std::uint8_t codeOf(std::string_view dimensionName);

// Calls f(code, value, clicks) for each entry, in order. Stops at the first damaged byte and
// returns false then (the entries before it were given).
template<typename F>
bool forEach(std::string_view blob, F &&f);

// A breakdown being counted. Cheap to fill in any order; encode() sorts.
class Breakdown
{
public:
    void add(std::uint8_t code, std::string_view value, std::int64_t clicks);
    std::string encode();
    bool empty() const { return m_entries.empty(); }

private:
    struct Entry
    {
        std::uint8_t code;
        std::string value;
        std::int64_t clicks;
    };
    std::vector<Entry> m_entries;
    bool m_sorted = true;
};

std::string merge(std::string_view a, std::string_view b);

// linkdeck_dims_merge(a, b) (the writer's upsert) and the aggregate linkdeck_dims(dimension,
// value, clicks), which packs rows of the old one-row-per-breakdown layout (the schema
// migration; tests). Database::open registers them on every connection it makes.
bool registerSqlFunctions(sqlite3 *handle);

// For tests and benchmarks that set up statistics without a server: adds one link-hour's
// people's and bots' clicks and its breakdown ("country", "bot:referrer", ...), as the writer does.
struct Count
{
    QString dimension;
    QString value;
    qint64 clicks = 0;
};
bool addHour(const QSqlDatabase &db, qint64 linkId, qint64 hour, qint64 people, qint64 bots,
             const QList<Count> &breakdown = {}, QString *error = nullptr);

// Every count of one link (0: of all links) over all hours, named as the charts ask for them:
// dimension -> value -> clicks, with "total" -> "" and "bot" -> "0" (people) / "1" (bots) too.
std::map<QString, std::map<QString, qint64>> totals(const QSqlDatabase &db, qint64 linkId = 0);

// ---------------------------------------------------------------------------------------

namespace Detail {
inline bool readVarint(std::string_view &in, std::uint64_t *out)
{
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (in.empty())
            return false;
        const auto byte = static_cast<std::uint8_t>(in.front());
        in.remove_prefix(1);
        v |= std::uint64_t(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *out = v;
            return true;
        }
    }
    return false;
}
void appendVarint(std::string &out, std::uint64_t v);
void appendEntry(std::string &out, std::uint8_t code, std::string_view value, std::int64_t clicks);
}   // namespace Detail

template<typename F>
bool forEach(std::string_view blob, F &&f)
{
    while (!blob.empty()) {
        const auto code = static_cast<std::uint8_t>(blob.front());
        blob.remove_prefix(1);
        std::uint64_t length = 0, clicks = 0;
        if (!Detail::readVarint(blob, &length) || length > blob.size())
            return false;
        const std::string_view value = blob.substr(0, std::size_t(length));
        blob.remove_prefix(std::size_t(length));
        if (!Detail::readVarint(blob, &clicks))
            return false;
        f(code, value, static_cast<std::int64_t>(clicks));
    }
    return true;
}

}   // namespace Linkdeck::Rollups
