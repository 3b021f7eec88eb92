#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariantMap>

namespace Linkdeck::Test {

// Writes a small MaxMind DB (format 2.0, IPv4, 24-bit records), as
// https://maxmind.github.io/MaxMind-DB/ specifies it. Debian ships no .mmdb, so the GeoIP
// tests make their own.
//
// The data section is written the way MaxMind's own writer does: a string (a map key or a
// value) that was written before is a pointer to the first copy, with the shortest pointer
// encoding that reaches it; sizes of 29 and more use the extended size bytes.

// A network in the GeoLite2-City layout {"country": {"iso_code": "DE"}, "city": {"names":
// {"en": "Berlin"}}} (the city only when given).
struct MmdbNetwork
{
    QString network;   // "192.0.2.0"
    QString country;
    QString city;
    int prefixLength = 24;   // 1..32
};

QByteArray makeMmdb(const QList<MmdbNetwork> &networks);

// A network with any data. Values: QVariantMap (map), QVariantList (array), QString
// (utf8_string), QByteArray (bytes), bool (boolean), double (double), float (float), int
// (int32), uint (uint32), qulonglong (uint64), ushort (uint16). Anything else is a test bug and
// aborts.
struct MmdbRecord
{
    QString network;
    int prefixLength = 24;
    QVariantMap data;
};

QByteArray makeMmdbRecords(const QList<MmdbRecord> &records);

// One MaxMind DB control byte sequence and pointer, exposed for the writer's own tests.
QByteArray mmdbControl(int type, quint32 size);
QByteArray mmdbPointer(quint32 offset);

}   // namespace Linkdeck::Test
