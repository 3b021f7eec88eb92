#include "server/geoip.h"

#include "server/servererror.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <algorithm>

#include <maxminddb.h>

#include <cctype>

namespace Linkdeck::Server {

struct GeoIp::Private
{
    MMDB_s db{};
};

GeoIp::GeoIp()
    : d(std::make_unique<Private>())
{}

GeoIp::~GeoIp()
{
    MMDB_close(&d->db);
}

Result<std::unique_ptr<GeoIp>> GeoIp::open(const std::string &path)
{
    std::unique_ptr<GeoIp> geo(new GeoIp);
    const int status = MMDB_open(path.c_str(), MMDB_MODE_MMAP, &geo->d->db);
    if (status != MMDB_SUCCESS) {
        geo->d->db = MMDB_s{};
        return serverError(Error::Kind::Invalid,
                           std::string("cannot open GeoIP database ") + path + ": " + MMDB_strerror(status));
    }
    return geo;
}

namespace {
bool stringAt(MMDB_lookup_result_s &result, std::initializer_list<const char *> path, std::string &out)
{
    MMDB_entry_data_s data{};
    const char *p[5] = {nullptr, nullptr, nullptr, nullptr, nullptr};
    int i = 0;
    for (const char *segment : path)
        p[i++] = segment;
    out.clear();
    if (MMDB_aget_value(&result.entry, &data, p) != MMDB_SUCCESS || !data.has_data
        || data.type != MMDB_DATA_TYPE_UTF8_STRING)
        return false;
    out.assign(data.utf8_string, data.data_size);
    return true;
}
}   // namespace

GeoIp::Location GeoIp::lookup(std::string_view ip) const
{
    Location location;
    lookup(ip, location);
    return location;
}

void GeoIp::lookup(std::string_view ip, Location &location) const
{
    location.countryCode.clear();
    location.city.clear();
    // The address parsed here (inet_pton) rather than by MMDB_lookup_string, whose
    // getaddrinfo() costs more than the lookup itself; it runs for every click.
    char text[INET6_ADDRSTRLEN] = {};
    if (ip.empty() || ip.size() >= sizeof text)
        return;
    std::copy(ip.begin(), ip.end(), text);
    sockaddr_storage address{};
    if (inet_pton(AF_INET, text, &reinterpret_cast<sockaddr_in *>(&address)->sin_addr) == 1)
        address.ss_family = AF_INET;
    else if (inet_pton(AF_INET6, text, &reinterpret_cast<sockaddr_in6 *>(&address)->sin6_addr) == 1)
        address.ss_family = AF_INET6;
    else
        return;
    int mmdbError = 0;
    MMDB_lookup_result_s result =
        MMDB_lookup_sockaddr(&d->db, reinterpret_cast<const sockaddr *>(&address), &mmdbError);
    if (mmdbError != MMDB_SUCCESS || !result.found_entry)
        return;
    if (!stringAt(result, {"country", "iso_code"}, location.countryCode))
        stringAt(result, {"country_code"}, location.countryCode);
    for (char &c : location.countryCode)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    stringAt(result, {"city", "names", "en"}, location.city);
}

}   // namespace Linkdeck::Server
