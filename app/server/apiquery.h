#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <string_view>

namespace Linkdeck::Server {

// The query string of an API request, decoded as HTML forms, browsers and the Shlink SDK encode
// it (application/x-www-form-urlencoded): keys are percent-decoded too (`tags%5B%5D=A` is
// `tags[]`), and `+` is a space. QUrlQuery does neither for keys and keeps `+`.
class ApiQuery
{
public:
    ApiQuery() = default;
    explicit ApiQuery(std::string_view query);   // without the '?'

    bool hasQueryItem(const QString &key) const;
    QString queryItemValue(const QString &key) const;           // the first value; empty if absent
    QStringList allQueryItemValues(const QString &key) const;   // in the order sent

private:
    QList<QPair<QString, QString>> m_items;
};

}   // namespace Linkdeck::Server
