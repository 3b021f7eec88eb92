#pragma once

#include "core/base/result.h"

#include <memory>
#include <string>
#include <string_view>

namespace Linkdeck::Server {

// Country and city of an IP address from a MaxMind database (GeoLite2 / GeoIP2 layout,
// and the "country_code" layout of the free ip-location-db files).
class GeoIp
{
public:
    struct Location
    {
        std::string countryCode;   // ISO 3166-1 alpha-2, upper case; empty if unknown
        std::string city;
    };

    // The database at path, or an Error (Invalid) saying why it cannot be opened.
    static Result<std::unique_ptr<GeoIp>> open(const std::string &path);
    ~GeoIp();
    GeoIp(const GeoIp &) = delete;
    GeoIp &operator=(const GeoIp &) = delete;

    Location lookup(std::string_view ip) const;
    // The same into `into`, whose strings keep their capacity from one call to the next (the
    // redirect path's geolocation conditions look up without allocating). Thread-safe.
    void lookup(std::string_view ip, Location &into) const;

private:
    GeoIp();
    struct Private;
    std::unique_ptr<Private> d;
};

}   // namespace Linkdeck::Server
