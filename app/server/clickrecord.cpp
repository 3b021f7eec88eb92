#include "server/clickrecord.h"

#include <zlib.h>

#include <cstring>

namespace Linkdeck::Server {
namespace {

constexpr char Magic[4] = {'L', 'D', 'J', '1'};

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
    std::string str()
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
        std::string s(data.substr(0, len));
        data.remove_prefix(len);
        return s;
    }
};

} // namespace

const char *orphanTypeName(OrphanType type)
{
    switch (type) {
    case OrphanType::BaseUrl: return "base_url";
    case OrphanType::InvalidShortUrl: return "invalid_short_url";
    case OrphanType::Regular404: return "regular_404";
    case OrphanType::None: break;
    }
    return "";
}

void ClickCodec::append(std::string &out, std::int64_t timeMs, std::int64_t linkId, OrphanType orphan,
                        std::string_view domain, std::string_view path, std::string_view referrer,
                        std::string_view userAgent, std::string_view ip, std::string_view acceptLanguage,
                        std::string_view redirectUrl)
{
    // On the redirect path: size the record once and copy each part in, no per-byte appends.
    std::string_view fields[] = {domain, path, referrer, userAgent, ip, acceptLanguage, redirectUrl};
    std::size_t payload = 8 + 8 + 1;
    for (std::string_view &f : fields) {
        if (f.size() > MaxField)
            f = f.substr(0, MaxField);
        payload += 2 + f.size();
    }
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
    putU32(p + 8, std::uint32_t(crc32_z(0, reinterpret_cast<const Bytef *>(p + HeaderSize), payload)));
}

void ClickCodec::append(std::string &out, const ClickRecord &r)
{
    append(out, r.timeMs, r.linkId, r.orphanType, r.domain, r.path, r.referrer, r.userAgent, r.ip, r.acceptLanguage,
           r.redirectUrl);
}

ClickCodec::Status ClickCodec::decode(std::string_view data, ClickRecord *record, std::size_t *consumed)
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
    if (std::uint32_t(crc32_z(0, reinterpret_cast<const Bytef *>(data.data() + HeaderSize), length))
        != getU32(data.data() + 8))
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
    if (!r.ok)
        return Status::Corrupt;
    *consumed = HeaderSize + length;
    return Status::Ok;
}

} // namespace Linkdeck::Server
