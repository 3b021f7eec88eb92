#include "server/clickrecord.h"

#if defined(__x86_64__)
#include <nmmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstring>

namespace Linkdeck::Server {
namespace {

constexpr char Magic[4] = {'L', 'D', 'J', '2'};

// CRC-32C (Castagnoli) of a record: with SSE 4.2 eight bytes an instruction (every x86-64
// server since 2008 has it), elsewhere from a table; both give the same value.
#if defined(__x86_64__)
__attribute__((target("sse4.2"))) std::uint32_t crc32cHardware(const char *data, std::size_t size)
{
    std::uint64_t crc = 0xffffffffu;
    while (size >= 8) {
        std::uint64_t word;
        std::memcpy(&word, data, 8);
        crc = _mm_crc32_u64(crc, word);
        data += 8;
        size -= 8;
    }
    while (size--)
        crc = _mm_crc32_u8(std::uint32_t(crc), std::uint8_t(*data++));
    return std::uint32_t(crc) ^ 0xffffffffu;
}
#endif

std::uint32_t crc32cTable(const char *data, std::size_t size)
{
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? (c >> 1) ^ 0x82f63b78u : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t crc = 0xffffffffu;
    while (size--)
        crc = table[(crc ^ std::uint8_t(*data++)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

std::uint32_t crc32c(const char *data, std::size_t size)
{
#if defined(__x86_64__)
    static const bool hardware = __builtin_cpu_supports("sse4.2");
    if (hardware)
        return crc32cHardware(data, size);
#endif
    return crc32cTable(data, size);
}

void putU32(char *at, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        at[i] = char((v >> (8 * i)) & 0xff);
}

std::uint32_t getU32(const char *p)
{
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
        v |= std::uint32_t(std::uint8_t(p[i])) << (8 * i);
    return v;
}

struct Reader
{
    std::string_view data;
    bool ok = true;

    std::int64_t i64()
    {
        if (data.size() < 8) {
            ok = false;
            return 0;
        }
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v |= std::uint64_t(std::uint8_t(data[i])) << (8 * i);
        data.remove_prefix(8);
        return std::int64_t(v);
    }
    std::uint8_t u8()
    {
        if (data.empty()) {
            ok = false;
            return 0;
        }
        const auto v = std::uint8_t(data[0]);
        data.remove_prefix(1);
        return v;
    }
    std::string_view str()
    {
        if (data.size() < 2) {
            ok = false;
            return {};
        }
        const std::size_t len = std::uint8_t(data[0]) | (std::size_t(std::uint8_t(data[1])) << 8);
        data.remove_prefix(2);
        if (data.size() < len) {
            ok = false;
            return {};
        }
        const std::string_view s = data.substr(0, len);
        data.remove_prefix(len);
        return s;
    }
};

}   // namespace

const char *orphanTypeName(OrphanType type)
{
    switch (type) {
    case OrphanType::BaseUrl:
        return "base_url";
    case OrphanType::InvalidShortUrl:
        return "invalid_short_url";
    case OrphanType::Regular404:
        return "regular_404";
    case OrphanType::None:
        break;
    }
    return "";
}

void ClickCodec::append(std::string &out, std::int64_t timeMs, std::int64_t linkId, OrphanType orphan,
                        std::string_view domain, std::string_view path, std::string_view referrer,
                        std::string_view userAgent, std::string_view ip, std::string_view acceptLanguage,
                        std::string_view redirectUrl, std::uint8_t variant)
{
    // On the redirect path: size the record once and copy each part in, no per-byte appends.
    std::string_view fields[] = {domain, path, referrer, userAgent, ip, acceptLanguage, redirectUrl};
    std::size_t payload = 8 + 8 + 1;
    for (std::string_view &f : fields) {
        if (f.size() > MaxField)
            f = f.substr(0, MaxField);
        payload += 2 + f.size();
    }
    if (variant != 0)
        ++payload;
    const std::size_t start = out.size();
    out.resize(start + HeaderSize + payload);
    char *p = out.data() + start;
    std::memcpy(p, Magic, 4);
    putU32(p + 4, std::uint32_t(payload));
    char *q = p + HeaderSize;
    auto putU64At = [&q](std::uint64_t v) {
        for (int i = 0; i < 8; ++i)
            *q++ = char((v >> (8 * i)) & 0xff);
    };
    putU64At(std::uint64_t(timeMs));
    putU64At(std::uint64_t(linkId));
    *q++ = char(orphan);
    for (std::string_view f : fields) {
        *q++ = char(f.size() & 0xff);
        *q++ = char(f.size() >> 8);
        std::memcpy(q, f.data(), f.size());
        q += f.size();
    }
    if (variant != 0)
        *q++ = char(variant);
    putU32(p + 8, crc32c(p + HeaderSize, payload));
}

std::uint32_t ClickCodec::checksum(std::string_view data)
{
    return crc32c(data.data(), data.size());
}

void ClickCodec::append(std::string &out, const ClickRecord &r)
{
    append(out, r.timeMs, r.linkId, r.orphanType, r.domain, r.path, r.referrer, r.userAgent, r.ip, r.acceptLanguage,
           r.redirectUrl, r.variant);
}

ClickCodec::Status ClickCodec::decode(std::string_view data, ClickView *record, std::size_t *consumed)
{
    if (data.size() < HeaderSize)
        return Status::Incomplete;
    if (std::memcmp(data.data(), Magic, 4) != 0)
        return Status::Corrupt;
    const std::uint32_t length = getU32(data.data() + 4);
    if (length > 16 * MaxField + 64)
        return Status::Corrupt;
    if (data.size() < HeaderSize + length)
        return Status::Incomplete;
    if (crc32c(data.data() + HeaderSize, length) != getU32(data.data() + 8))
        return Status::Corrupt;
    Reader r{data.substr(HeaderSize, length)};
    record->timeMs = r.i64();
    record->linkId = r.i64();
    record->orphanType = OrphanType(r.u8());
    record->domain = r.str();
    record->path = r.str();
    record->referrer = r.str();
    record->userAgent = r.str();
    record->ip = r.str();
    record->acceptLanguage = r.str();
    record->redirectUrl = r.str();
    record->variant = r.data.empty() ? 0 : r.u8();   // later fields, if any, are for later versions
    if (!r.ok)
        return Status::Corrupt;
    *consumed = HeaderSize + length;
    return Status::Ok;
}

ClickCodec::Status ClickCodec::decode(std::string_view data, ClickRecord *record, std::size_t *consumed)
{
    ClickView view;
    const Status status = decode(data, &view, consumed);
    if (status != Status::Ok)
        return status;
    record->timeMs = view.timeMs;
    record->linkId = view.linkId;
    record->orphanType = view.orphanType;
    record->domain = view.domain;
    record->path = view.path;
    record->referrer = view.referrer;
    record->userAgent = view.userAgent;
    record->ip = view.ip;
    record->acceptLanguage = view.acceptLanguage;
    record->redirectUrl = view.redirectUrl;
    record->variant = view.variant;
    return Status::Ok;
}

std::size_t ClickCodec::resync(std::string_view data, std::size_t *damaged)
{
    // Every later "LDJ2" is a candidate; only one whose length and checksum hold is taken, so a
    // damaged header or a magic inside a payload never starts a record.
    std::size_t next = data.size();
    ClickView scratch;
    for (std::size_t at = 1; at < data.size();) {
        const std::size_t found = data.find(std::string_view(Magic, 4), at);
        if (found == std::string_view::npos)
            break;
        std::size_t used = 0;
        if (decode(data.substr(found), &scratch, &used) == Status::Ok) {
            next = found;
            break;
        }
        at = found + 1;
    }
    // How many records the skipped bytes held: a header that still makes sense spans its
    // record; a stretch without one counts as one record.
    const std::string_view skipped = data.substr(0, next);
    std::size_t records = 0;
    for (std::size_t at = 0; at < skipped.size();) {
        ++records;
        if (skipped.size() - at >= HeaderSize && std::memcmp(skipped.data() + at, Magic, 4) == 0) {
            const std::uint32_t length = getU32(skipped.data() + at + 4);
            if (length <= 16 * MaxField + 64 && HeaderSize + length <= skipped.size() - at) {
                at += HeaderSize + length;
                continue;
            }
        }
        const std::size_t found = skipped.find(std::string_view(Magic, 4), at + 1);
        at = found == std::string_view::npos ? skipped.size() : found;
    }
    *damaged = std::max<std::size_t>(records, 1);
    return next;
}

std::size_t ClickCodec::count(std::string_view framed)
{
    std::size_t records = 0;
    for (std::size_t at = 0; framed.size() - at >= HeaderSize; ++records) {
        at += HeaderSize + getU32(framed.data() + at + 4);
        if (at > framed.size())
            break;
    }
    return records;
}

}   // namespace Linkdeck::Server
