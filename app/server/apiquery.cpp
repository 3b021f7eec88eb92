#include "server/apiquery.h"

#include <QByteArray>

namespace Linkdeck::Server {
namespace {

QString formDecoded(std::string_view part)
{
    QByteArray bytes(part.data(), qsizetype(part.size()));
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

}   // namespace

ApiQuery::ApiQuery(std::string_view query)
{
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view item = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (item.empty())
            continue;
        const std::size_t eq = item.find('=');
        m_items.append({formDecoded(item.substr(0, eq)),
                        eq == std::string_view::npos ? QString() : formDecoded(item.substr(eq + 1))});
    }
}

bool ApiQuery::hasQueryItem(const QString &key) const
{
    for (const auto &item : m_items) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString ApiQuery::queryItemValue(const QString &key) const
{
    for (const auto &item : m_items) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

QStringList ApiQuery::allQueryItemValues(const QString &key) const
{
    QStringList values;
    for (const auto &item : m_items) {
        if (item.first == key)
            values << item.second;
    }
    return values;
}

}   // namespace Linkdeck::Server
