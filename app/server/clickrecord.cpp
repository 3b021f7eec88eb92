#include "server/clickrecord.h"

#include <boost/crc.hpp>

#include <cstring>

namespace Linkdeck::Server {
namespace {

constexpr char Magic[4] = {'L', 'D', 'J', '1'};

void putU16(std::string &out, std::uint16_t v)
{
    out.push_back(char(v & 0xff));
    out.push_back(char(v >> 8));
}

void putU32(char *at, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        at[i] = char((v >> (8 * i)) & 0xff);
}

void putI64(std::string &out, std::int64_t v)
{
    const auto u = std::uint64_t(v);
    for (int i = 0; i < 8; ++i)
        out.push_back(char((u >> (8 * i)) & 0xff));
}

void putString(std::string &out, std::string_view s)
{
    if (s.size() > ClickCodec::MaxField)
        s = s.substr(0, ClickCodec::MaxField);
    putU16(out, std::uint16_t(s.size()));
    out.append(s);
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
    const std::size_t start = out.size();
    out.append(Magic, 4);
    out.append(8, '\0');   // length and CRC, filled in below
    putI64(out, timeMs);
    putI64(out, linkId);
    out.push_back(char(orphan));
    for (std::string_view s : {domain, path, referrer, userAgent, ip, acceptLanguage, redirectUrl})
        putString(out, s);
    const std::size_t payload = out.size() - start - HeaderSize;
    boost::crc_32_type crc;
    crc.process_bytes(out.data() + start + HeaderSize, payload);
    putU32(out.data() + start + 4, std::uint32_t(payload));
    putU32(out.data() + start + 8, crc.checksum());
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
    boost::crc_32_type crc;
    crc.process_bytes(data.data() + HeaderSize, length);
    if (crc.checksum() != getU32(data.data() + 8))
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
