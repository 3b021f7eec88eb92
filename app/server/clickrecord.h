#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace Linkdeck::Server {

// Shlink's orphan visit types, for requests that matched no link.
enum class OrphanType : std::uint8_t {
    None = 0,
    BaseUrl = 1,           // "/" of a domain
    InvalidShortUrl = 2,   // "/{slug}" with no such link
    Regular404 = 3,        // any other path
};

const char *orphanTypeName(OrphanType type);   // "base_url", ...

// One click as the redirect path records it in the journal. The IP is already anonymised
// when configured so: the full address never reaches the disk.
struct ClickRecord
{
    std::int64_t timeMs = 0;   // UTC, milliseconds since the epoch
    std::int64_t linkId = 0;   // 0 for orphan visits
    OrphanType orphanType = OrphanType::None;
    std::string domain;
    std::string path;   // the slug, or the requested path of an orphan visit
    std::string referrer;
    std::string userAgent;
    std::string ip;
    std::string acceptLanguage;
    std::string redirectUrl;    // where the visitor was sent, if anywhere
    std::uint8_t variant = 0;   // the A/B split's variant (1 for the first); 0: none
};

// The same click, decoded in place: its text points into the journal bytes it was read from
// (which must outlive it). The click writer reads records this way, without an allocation.
struct ClickView
{
    std::int64_t timeMs = 0;
    std::int64_t linkId = 0;
    OrphanType orphanType = OrphanType::None;
    std::string_view domain;
    std::string_view path;
    std::string_view referrer;
    std::string_view userAgent;
    std::string_view ip;
    std::string_view acceptLanguage;
    std::string_view redirectUrl;
    std::uint8_t variant = 0;
};

// Journal framing: "LDJ2" magic, u32 payload length, u32 CRC-32C of the payload, payload.
// Strings are u16 length + bytes, each capped at MaxField bytes. A click sent to a variant of an
// A/B split ends with one more byte, the variant; records without it (all before splits
// existed) read as variant 0.
class ClickCodec
{
public:
    static constexpr std::size_t MaxField = 2048;
    static constexpr std::size_t HeaderSize = 12;

    // Appends the framed record to out (which keeps its capacity between calls).
    static void append(std::string &out, std::int64_t timeMs, std::int64_t linkId, OrphanType orphan,
                       std::string_view domain, std::string_view path, std::string_view referrer,
                       std::string_view userAgent, std::string_view ip, std::string_view acceptLanguage,
                       std::string_view redirectUrl, std::uint8_t variant = 0);
    static void append(std::string &out, const ClickRecord &r);

    enum class Status {
        Ok,
        Incomplete,   // more bytes needed (a record still being written, or a torn tail)
        Corrupt,      // bad magic or checksum
    };
    // CRC-32C, as the framing uses it.
    static std::uint32_t checksum(std::string_view data);

    // Decodes the record at the start of data; on Ok, *consumed is its framed size.
    static Status decode(std::string_view data, ClickRecord *record, std::size_t *consumed);
    static Status decode(std::string_view data, ClickView *record, std::size_t *consumed);

    // After a record at the start of data that does not decode (damaged): the offset of the
    // next record whose header and CRC-32C check, or data.size() when none does. *damaged is
    // how many records the skipped bytes held, as far as their headers show (at least 1).
    static std::size_t resync(std::string_view data, std::size_t *damaged);
    // How many whole records framed bytes (as append() wrote them) hold; one cut short at the
    // end does not count.
    static std::size_t count(std::string_view framed);
};

}   // namespace Linkdeck::Server
