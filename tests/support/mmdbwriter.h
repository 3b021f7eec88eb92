#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Linkdeck::Test {

// Writes a tiny MaxMind DB (IPv4, 24-bit records) mapping /24 networks to a country, in the
// GeoLite2 layout {"country": {"iso_code": "DE"}} and optionally a city. Debian ships no .mmdb,
// so the GeoIP tests make their own.
struct MmdbNetwork
{
    QString network;   // "192.0.2.0", taken as a /24
    QString country;
    QString city;
};

QByteArray makeMmdb(const QList<MmdbNetwork> &networks);

} // namespace Linkdeck::Test
