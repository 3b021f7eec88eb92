#include "server/geoip.h"

#include <maxminddb.h>

#include <cctype>

namespace Linkdeck::Server {

struct GeoIp::Private
{
    MMDB_s db{};
};

GeoIp::GeoIp()
    : d(std::make_unique<Private>())
{
}

GeoIp::~GeoIp()
{
    MMDB_close(&d->db);
}

std::unique_ptr<GeoIp> GeoIp::open(const std::string &path, std::string *error)
{
    std::unique_ptr<GeoIp> geo(new GeoIp);
    const int status = MMDB_open(path.c_str(), MMDB_MODE_MMAP, &geo->d->db);
    if (status != MMDB_SUCCESS) {
        if (error)
            *error = std::string("cannot open GeoIP database ") + path + ": " + MMDB_strerror(status);
        geo->d->db = MMDB_s{};
        return nullptr;
    }
    return geo;
}

namespace {
std::string stringAt(MMDB_lookup_result_s &result, std::initializer_list<const char *> path)
{
    MMDB_entry_data_s data{};
    const char *p[5] = {nullptr, nullptr, nullptr, nullptr, nullptr};
    int i = 0;
    for (const char *segment : path)
        p[i++] = segment;
    if (MMDB_aget_value(&result.entry, &data, p) != MMDB_SUCCESS || !data.has_data
        || data.type != MMDB_DATA_TYPE_UTF8_STRING)
        return {};
    return std::string(data.utf8_string, data.data_size);
}
} // namespace

GeoIp::Location GeoIp::lookup(const std::string &ip) const
{
    Location location;
    int gaiError = 0;
    int mmdbError = 0;
    MMDB_lookup_result_s result = MMDB_lookup_string(&d->db, ip.c_str(), &gaiError, &mmdbError);
    if (gaiError != 0 || mmdbError != MMDB_SUCCESS || !result.found_entry)
        return location;
    location.countryCode = stringAt(result, {"country", "iso_code"});
    if (location.countryCode.empty())
        location.countryCode = stringAt(result, {"country_code"});
    for (char &c : location.countryCode)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    location.city = stringAt(result, {"city", "names", "en"});
    return location;
}

} // namespace Linkdeck::Server
