#include "cli/output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <array>

#include "cli/command.h"
#include "core/base/csv.h"
#include "core/links/urlvalidator.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Cli {
namespace {

// An A/B split as [{url, percent}], null without one.
QJsonValue variantsJson(const Link &link)
{
    if (link.variants.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonArray out;
    for (const Link::Variant &v : link.variants)
        out.append(QJsonObject{{u"url"_s, v.url}, {u"percent"_s, v.percent}});
    return out;
}

QJsonValue isoOrNull(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(t->toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

class CsvWriter final : public LinkWriter
{
public:
    explicit CsvWriter(QTextStream &out)
        : m_out(out)
    {}
    void begin(const QList<Link> &) override { m_out << csvRow(csvHeader()); }
    void write(const Link &link) override { m_out << csvRow(csvFields(link)); }
    void end() override {}

private:
    QTextStream &m_out;
};

// "[", then one compact object per line, then "]": valid JSON at any size without holding
// the whole array in memory.
class JsonWriter final : public LinkWriter
{
public:
    JsonWriter(QTextStream &out, const QHash<qint64, QString> &accountNames)
        : m_out(out)
        , m_accountNames(accountNames)
    {}
    void begin(const QList<Link> &) override { m_out << u'['; }
    void write(const Link &link) override
    {
        m_out << (m_count++ ? u",\n  "_s : u"\n  "_s)
              << QString::fromUtf8(QJsonDocument(linkJson(link, m_accountNames.value(link.accountId)))
                                       .toJson(QJsonDocument::Compact));
    }
    void end() override { m_out << (m_count ? u"\n]\n"_s : u"]\n"_s); }

private:
    QTextStream &m_out;
    QHash<qint64, QString> m_accountNames;
    qint64 m_count = 0;
};

// Aligned columns, sized to the first page within limits; later, longer values are cut with
// an ellipsis. Times in the local time zone, numbers in the user's locale.
class TableWriter final : public LinkWriter
{
public:
    explicit TableWriter(QTextStream &out)
        : m_out(out)
    {}

    void begin(const QList<Link> &firstPage) override
    {
        const std::array<QString, ColumnCount> headers{Tr::tr("SHORT LINK"), Tr::tr("DESTINATION"), Tr::tr("TITLE"),
                                                       Tr::tr("TAGS"),       Tr::tr("CLICKS"),      Tr::tr("CREATED")};
        for (int i = 0; i < ColumnCount; ++i)
            m_widths[i] = int(headers[i].size());
        for (const Link &link : firstPage) {
            const auto values = cells(link);
            for (int i = 0; i < ColumnCount; ++i)
                m_widths[i] = std::max(m_widths[i], std::min(MaxWidths[i], int(values[i].size())));
        }
        writeRow(headers);
    }
    void write(const Link &link) override { writeRow(cells(link)); }
    void end() override {}

private:
    enum Column { ShortUrl, Destination, Title, Tags, Clicks, Created, ColumnCount };
    // A short URL fits whole (host and a 64-character back-half); the others give way.
    static constexpr std::array<int, ColumnCount> MaxWidths{100, 60, 32, 24, 12, 40};

    std::array<QString, ColumnCount> cells(const Link &link) const
    {
        return {forTerminal(link.shortUrl),
                forTerminal(UrlValidator::display(link.destination)),
                forTerminal(link.title.simplified()),
                forTerminal(link.tags.join(u", "_s)),
                m_locale.toString(link.clicks),
                m_locale.toString(link.createdAt.toLocalTime(), QLocale::ShortFormat)};
    }

    void writeRow(const std::array<QString, ColumnCount> &values)
    {
        for (int i = 0; i < ColumnCount; ++i) {
            if (i == Clicks)
                m_out << values[i].rightJustified(m_widths[i], u' ', true);
            else if (i == ColumnCount - 1)
                m_out << values[i];   // no padding at the end of the line
            else
                m_out << fitColumn(values[i], m_widths[i]);
            m_out << (i == ColumnCount - 1 ? u"\n"_s : u"  "_s);
        }
    }

    QTextStream &m_out;
    const QLocale m_locale;
    std::array<int, ColumnCount> m_widths{};
};

}   // namespace

QString csvField(const QString &value)
{
    return Csv::safeField(value);
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
    return {u"short_url"_s, u"domain"_s,   u"slug"_s,   u"destination"_s, u"title"_s,
            u"tags"_s,      u"campaign"_s, u"clicks"_s, u"created_at"_s};
}

QStringList csvFields(const Link &link)
{
    return {link.shortUrl,
            link.domain,
            link.slug,
            link.destination,
            link.title,
            link.tags.join(u"; "_s),
            link.campaign(),
            QString::number(link.clicks),
            link.createdAt.toUTC().toString(Qt::ISODate)};
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
        {u"startsAt"_s, isoOrNull(link.validSince)},
        {u"fallbackUrl"_s, link.fallbackUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(link.fallbackUrl)},
        {u"passwordProtected"_s, link.passwordProtected},
        {u"previewTitle"_s, link.previewTitle.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(link.previewTitle)},
        {u"previewDescription"_s,
         link.previewDescription.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(link.previewDescription)},
        {u"previewImage"_s, link.previewImage.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(link.previewImage)},
        {u"variants"_s, variantsJson(link)},
        {u"account"_s, accountName},
    };
}

QString forTerminal(const QString &text, bool keepLineBreaks)
{
    const auto isControl = [&](char16_t c) {
        if (keepLineBreaks && (c == u'\n' || c == u'\t'))
            return false;
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return isControl(c.unicode()); }))
        return text;
    QString shown;
    shown.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            shown += u"\\x%1"_s.arg(int(c.unicode()), 2, 16, QChar(u'0'));
        else
            shown += c;
    }
    return shown;
}

QString fitColumn(const QString &text, int width)
{
    if (text.size() <= width)
        return text.leftJustified(width);
    if (width < 1)
        return QString();
    return text.left(width - 1) + QChar(0x2026);
}

std::optional<ListFormat> listFormatFromName(const QString &name)
{
    if (name == u"table")
        return ListFormat::Table;
    if (name == u"csv")
        return ListFormat::Csv;
    if (name == u"json")
        return ListFormat::Json;
    return std::nullopt;
}

LinkWriter::~LinkWriter() = default;

std::unique_ptr<LinkWriter> LinkWriter::create(ListFormat format, QTextStream &out,
                                               const QHash<qint64, QString> &accountNames)
{
    switch (format) {
    case ListFormat::Csv:
        return std::make_unique<CsvWriter>(out);
    case ListFormat::Json:
        return std::make_unique<JsonWriter>(out, accountNames);
    case ListFormat::Table:
        break;
    }
    return std::make_unique<TableWriter>(out);
}

}   // namespace Linkdeck::Cli
