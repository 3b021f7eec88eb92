#include "support/mmdbwriter.h"

#include <QHash>
#include <QHostAddress>

#include <bit>
#include <vector>

namespace Linkdeck::Test {
namespace {

// The data types of https://maxmind.github.io/MaxMind-DB/ ("Output Data Section").
enum Type : int {
    Pointer = 1,
    Utf8String = 2,
    Double = 3,
    Bytes = 4,
    Uint16 = 5,
    Uint32 = 6,
    Map = 7,
    Int32 = 8,
    Uint64 = 9,
    Array = 11,
    Boolean = 14,
    Float = 15,
};

void bigEndian(QByteArray &out, quint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xff));
}

int significantBytes(quint64 value)
{
    int n = 0;
    while (value) {
        ++n;
        value >>= 8;
    }
    return n;
}

// Encodes values into one section. With pointers on (the data section), a string written
// before is a pointer to its first copy when that is shorter; offsets count from the start
// of the section. The metadata section takes no pointers.
class Encoder
{
public:
    explicit Encoder(bool usePointers)
        : m_usePointers(usePointers)
    {}

    QByteArray &bytes() { return m_out; }

    void string(const QByteArray &utf8)
    {
        if (m_usePointers) {
            if (auto it = m_strings.constFind(utf8); it != m_strings.constEnd()) {
                const QByteArray pointer = mmdbPointer(*it);
                if (pointer.size() < mmdbControl(Utf8String, quint32(utf8.size())).size() + utf8.size()) {
                    m_out += pointer;
                    return;
                }
            }
            if (!m_strings.contains(utf8))   // pointers lead to the first copy
                m_strings.insert(utf8, quint32(m_out.size()));
        }
        m_out += mmdbControl(Utf8String, quint32(utf8.size()));
        m_out += utf8;
    }

    void unsignedInt(int type, quint64 value)
    {
        const int n = significantBytes(value);
        m_out += mmdbControl(type, quint32(n));
        bigEndian(m_out, value, n);
    }

    void value(const QVariant &v)
    {
        switch (v.metaType().id()) {
        case QMetaType::QString:
            string(v.toString().toUtf8());
            return;
        case QMetaType::QByteArray: {
            const QByteArray b = v.toByteArray();
            m_out += mmdbControl(Bytes, quint32(b.size()));
            m_out += b;
            return;
        }
        case QMetaType::Bool:
            m_out += mmdbControl(Boolean, v.toBool() ? 1 : 0);
            return;
        case QMetaType::Double:
            m_out += mmdbControl(Double, 8);
            bigEndian(m_out, std::bit_cast<quint64>(v.toDouble()), 8);
            return;
        case QMetaType::Float:
            m_out += mmdbControl(Float, 4);
            bigEndian(m_out, std::bit_cast<quint32>(v.toFloat()), 4);
            return;
        case QMetaType::Int: {
            const qint32 i = v.toInt();
            // Readers do not sign-extend: a negative number takes all four bytes.
            const int n = i < 0 ? 4 : significantBytes(quint32(i));
            m_out += mmdbControl(Int32, quint32(n));
            bigEndian(m_out, quint32(i), n);
            return;
        }
        case QMetaType::UShort:
            unsignedInt(Uint16, v.toUInt());
            return;
        case QMetaType::UInt:
            unsignedInt(Uint32, v.toUInt());
            return;
        case QMetaType::ULongLong:
            unsignedInt(Uint64, v.toULongLong());
            return;
        case QMetaType::QVariantMap: {
            const QVariantMap map = v.toMap();
            m_out += mmdbControl(Map, quint32(map.size()));
            for (auto it = map.begin(); it != map.end(); ++it) {
                string(it.key().toUtf8());
                value(it.value());
            }
            return;
        }
        case QMetaType::QVariantList: {
            const QVariantList list = v.toList();
            m_out += mmdbControl(Array, quint32(list.size()));
            for (const QVariant &item : list)
                value(item);
            return;
        }
        default:
            qFatal("mmdbwriter: no MaxMind DB type for a QVariant of %s", v.metaType().name());
        }
    }

private:
    QByteArray m_out;
    QHash<QByteArray, quint32> m_strings;
    bool m_usePointers;
};

}   // namespace

QByteArray mmdbControl(int type, quint32 size)
{
    // Sizes up to 28 fit the control byte; 29, 30 and 31 say that 1, 2 or 3 more bytes follow,
    // holding size - 29, size - 285 and size - 65821.
    int sizeBits = 0;
    QByteArray extra;
    if (size < 29) {
        sizeBits = int(size);
    } else if (size < 29 + 256) {
        sizeBits = 29;
        bigEndian(extra, size - 29, 1);
    } else if (size < 285 + 65536) {
        sizeBits = 30;
        bigEndian(extra, size - 285, 2);
    } else if (size < 65821 + (1u << 24)) {
        sizeBits = 31;
        bigEndian(extra, size - 65821, 3);
    } else {
        qFatal("mmdbwriter: a value of %u bytes or items is more than the format can hold", size);
    }
    QByteArray out;
    if (type <= 7) {
        out.append(char((type << 5) | sizeBits));
    } else {   // extended type: type 0 in the control byte, then type - 7, then the size bytes
        out.append(char(sizeBits));
        out.append(char(type - 7));
    }
    return out + extra;
}

QByteArray mmdbPointer(quint32 offset)
{
    // 001SSVVV: SS + 1 bytes follow; VVV are the top bits of the value (unused for SS = 3).
    QByteArray out;
    if (offset < 2048) {
        out.append(char((Pointer << 5) | (0 << 3) | (offset >> 8)));
        bigEndian(out, offset, 1);
    } else if (offset < 2048 + (1u << 19)) {
        const quint32 v = offset - 2048;
        out.append(char((Pointer << 5) | (1 << 3) | (v >> 16)));
        bigEndian(out, v, 2);
    } else if (offset < 526336 + (1u << 27)) {
        const quint32 v = offset - 526336;
        out.append(char((Pointer << 5) | (2 << 3) | (v >> 24)));
        bigEndian(out, v, 3);
    } else {
        out.append(char((Pointer << 5) | (3 << 3)));
        bigEndian(out, offset, 4);
    }
    return out;
}

QByteArray makeMmdbRecords(const QList<MmdbRecord> &records)
{
    // Data section: one record per network.
    Encoder data(true);
    std::vector<quint32> dataOffsets;
    for (const MmdbRecord &r : records) {
        dataOffsets.push_back(quint32(data.bytes().size()));
        data.value(r.data);
    }

    // Search tree: -1 marks "no data", -2 - i network i's data, >= 0 a node.
    std::vector<std::pair<qint64, qint64>> nodes{{-1, -1}};
    for (qsizetype i = 0; i < records.size(); ++i) {
        const MmdbRecord &r = records.at(i);
        bool ok = false;
        const quint32 ip = QHostAddress(r.network).toIPv4Address(&ok);
        if (!ok || r.prefixLength < 1 || r.prefixLength > 32)
            qFatal("mmdbwriter: %s/%d is not an IPv4 network", qPrintable(r.network), r.prefixLength);
        qsizetype node = 0;
        for (int bit = 0; bit < r.prefixLength; ++bit) {
            const bool right = (ip >> (31 - bit)) & 1;
            auto record = [&]() -> qint64 & {   // re-fetched: push_back moves the nodes
                return right ? nodes[std::size_t(node)].second : nodes[std::size_t(node)].first;
            };
            if (bit == r.prefixLength - 1) {
                if (record() != -1)
                    qFatal("mmdbwriter: %s/%d overlaps another network", qPrintable(r.network), r.prefixLength);
                record() = -2 - i;
            } else {
                if (record() <= -2)
                    qFatal("mmdbwriter: %s/%d lies inside another network", qPrintable(r.network), r.prefixLength);
                if (record() == -1) {
                    nodes.push_back({-1, -1});
                    record() = qint64(nodes.size() - 1);
                }
                node = qsizetype(record());
            }
        }
    }
    const quint64 nodeCount = nodes.size();
    if (nodeCount + 16 + quint64(data.bytes().size()) >= (1u << 24))
        qFatal("mmdbwriter: %lld bytes of data do not fit 24-bit records", qlonglong(data.bytes().size()));
    auto encode = [&](qint64 record) -> quint32 {
        if (record == -1)
            return quint32(nodeCount);
        if (record <= -2)
            return quint32(nodeCount + 16 + dataOffsets[std::size_t(-2 - record)]);
        return quint32(record);
    };
    QByteArray file;
    for (const auto &[left, right] : nodes) {
        bigEndian(file, encode(left), 3);
        bigEndian(file, encode(right), 3);
    }
    file.append(QByteArray(16, '\0'));   // the data section separator
    file.append(data.bytes());

    file.append("\xAB\xCD\xEFMaxMind.com");
    Encoder metadata(false);
    metadata.value(QVariantMap{
        {QStringLiteral("binary_format_major_version"), QVariant::fromValue(ushort(2))},
        {QStringLiteral("binary_format_minor_version"), QVariant::fromValue(ushort(0))},
        {QStringLiteral("build_epoch"), QVariant::fromValue(qulonglong(1764000000))},
        {QStringLiteral("database_type"), QStringLiteral("Linkdeck-Test-City")},
        {QStringLiteral("description"), QVariantMap{{QStringLiteral("en"), QStringLiteral("Linkdeck test data")}}},
        {QStringLiteral("ip_version"), QVariant::fromValue(ushort(4))},
        {QStringLiteral("languages"), QVariantList{QStringLiteral("en")}},
        {QStringLiteral("node_count"), QVariant::fromValue(uint(nodeCount))},
        {QStringLiteral("record_size"), QVariant::fromValue(ushort(24))},
    });
    file.append(metadata.bytes());
    return file;
}

QByteArray makeMmdb(const QList<MmdbNetwork> &networks)
{
    QList<MmdbRecord> records;
    for (const MmdbNetwork &n : networks) {
        MmdbRecord r{n.network, n.prefixLength, {}};
        r.data.insert(QStringLiteral("country"), QVariantMap{{QStringLiteral("iso_code"), n.country}});
        if (!n.city.isEmpty())
            r.data.insert(QStringLiteral("city"),
                          QVariantMap{{QStringLiteral("names"), QVariantMap{{QStringLiteral("en"), n.city}}}});
        records << r;
    }
    return makeMmdbRecords(records);
}

}   // namespace Linkdeck::Test
