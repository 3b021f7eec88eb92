#include "support/mmdbwriter.h"

#include <QHostAddress>

#include <vector>

namespace Linkdeck::Test {
namespace {

void control(QByteArray &out, int type, int size)
{
    if (type <= 7) {
        out.append(char((type << 5) | size));
    } else {   // extended type
        out.append(char(size));
        out.append(char(type - 7));
    }
}

void string(QByteArray &out, const QByteArray &s)
{
    control(out, 2, int(s.size()));
    out.append(s);
}

void unsignedInt(QByteArray &out, int type, quint64 value)
{
    QByteArray bytes;
    while (value) {
        bytes.prepend(char(value & 0xff));
        value >>= 8;
    }
    control(out, type, int(bytes.size()));
    out.append(bytes);
}

} // namespace

QByteArray makeMmdb(const QList<MmdbNetwork> &networks)
{
    // Data section: one record per network.
    QByteArray data;
    std::vector<quint32> dataOffsets;
    for (const MmdbNetwork &n : networks) {
        dataOffsets.push_back(quint32(data.size()));
        control(data, 7, n.city.isEmpty() ? 1 : 2);
        string(data, "country");
        control(data, 7, 1);
        string(data, "iso_code");
        string(data, n.country.toUtf8());
        if (!n.city.isEmpty()) {
            string(data, "city");
            control(data, 7, 1);
            string(data, "names");
            control(data, 7, 1);
            string(data, "en");
            string(data, n.city.toUtf8());
        }
    }

    // Search tree: 24 levels for a /24; -1 marks "no data", -2 - i marks network i's data.
    std::vector<std::pair<qint64, qint64>> nodes{{-1, -1}};
    for (qsizetype i = 0; i < networks.size(); ++i) {
        const quint32 ip = QHostAddress(networks.at(i).network).toIPv4Address();
        qsizetype node = 0;
        for (int bit = 0; bit < 24; ++bit) {
            const bool right = (ip >> (31 - bit)) & 1;
            auto record = [&]() -> qint64 & {   // re-fetched: push_back moves the nodes
                return right ? nodes[std::size_t(node)].second : nodes[std::size_t(node)].first;
            };
            if (bit == 23) {
                record() = -2 - i;
            } else {
                if (record() < 0) {
                    nodes.push_back({-1, -1});
                    record() = qint64(nodes.size() - 1);
                }
                node = qsizetype(record());
            }
        }
    }
    const quint64 nodeCount = nodes.size();
    auto encode = [&](qint64 record) -> quint32 {
        if (record == -1)
            return quint32(nodeCount);
        if (record <= -2)
            return quint32(nodeCount + 16 + dataOffsets[std::size_t(-2 - record)]);
        return quint32(record);
    };
    QByteArray file;
    for (const auto &[left, right] : nodes) {
        for (const quint32 v : {encode(left), encode(right)}) {
            file.append(char((v >> 16) & 0xff));
            file.append(char((v >> 8) & 0xff));
            file.append(char(v & 0xff));
        }
    }
    file.append(QByteArray(16, '\0'));
    file.append(data);

    file.append("\xAB\xCD\xEFMaxMind.com");
    control(file, 7, 9);
    string(file, "binary_format_major_version");
    unsignedInt(file, 5, 2);
    string(file, "binary_format_minor_version");
    unsignedInt(file, 5, 0);
    string(file, "build_epoch");
    unsignedInt(file, 9, 1764000000);
    string(file, "database_type");
    string(file, "Linkdeck-Test-City");
    string(file, "description");
    control(file, 7, 1);
    string(file, "en");
    string(file, "Linkdeck test data");
    string(file, "ip_version");
    unsignedInt(file, 5, 4);
    string(file, "languages");
    control(file, 11, 1);
    string(file, "en");
    string(file, "node_count");
    unsignedInt(file, 6, nodeCount);
    string(file, "record_size");
    unsignedInt(file, 5, 24);
    return file;
}

} // namespace Linkdeck::Test
