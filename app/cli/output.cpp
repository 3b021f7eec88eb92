#include "cli/output.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Linkdeck::Cli {
namespace {
QJsonValue isoOrNull(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(t->toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString csvRow(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(u',') + u"\r\n"_s;
}

QStringList csvHeader()
{
    return {u"short_url"_s, u"domain"_s, u"slug"_s, u"destination"_s, u"title"_s, u"tags"_s, u"campaign"_s,
            u"clicks"_s, u"created_at"_s};
}

QStringList csvFields(const Link &link)
{
    return {link.shortUrl, link.domain, link.slug, link.destination, link.title, link.tags.join(u"; "_s),
            link.campaign(), QString::number(link.clicks), link.createdAt.toUTC().toString(Qt::ISODate)};
}

QJsonObject linkJson(const Link &link, const QString &accountName)
{
    QJsonArray tags;
    for (const QString &tag : link.tags)
        tags.append(tag);
    return QJsonObject{
        {u"id"_s, link.id},
        {u"shortUrl"_s, link.shortUrl},
        {u"domain"_s, link.domain},
        {u"slug"_s, link.slug},
        {u"destination"_s, link.destination},
        {u"title"_s, link.title},
        {u"tags"_s, tags},
        {u"campaign"_s, link.campaign()},
        {u"clicks"_s, link.clicks},
        {u"createdAt"_s, link.createdAt.toUTC().toString(Qt::ISODate)},
        {u"updatedAt"_s, link.updatedAt.toUTC().toString(Qt::ISODate)},
        {u"expiresAt"_s, isoOrNull(link.expiresAt)},
        {u"maxClicks"_s, link.maxClicks ? QJsonValue(qint64(*link.maxClicks)) : QJsonValue(QJsonValue::Null)},
        {u"account"_s, accountName},
    };
}

QString fitColumn(const QString &text, int width)
{
    if (text.size() <= width)
        return text.leftJustified(width);
    return text.left(width - 1) + QChar(0x2026);
}

} // namespace Linkdeck::Cli
