#include "core/bulk/exporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include "core/base/csv.h"
#include "core/bulk/columnmapping.h"
#include "core/links/utm.h"
#include "core/storage/linkrepository.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Bulk {
namespace {

const QList<Field> &exportFields()
{
    static const QList<Field> fields{Field::ShortUrl,     Field::Domain,    Field::Slug,        Field::Destination,
                                     Field::Title,        Field::Tags,      Field::UtmSource,   Field::UtmMedium,
                                     Field::UtmCampaign,  Field::UtmTerm,   Field::UtmContent,  Field::StartsAt,
                                     Field::ExpiresAt,    Field::MaxClicks, Field::FallbackUrl, Field::RedirectStatus,
                                     Field::ForwardQuery, Field::Crawlable, Field::CreatedAt,   Field::Clicks};
    return fields;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue jsonValue(Field field, const Link &link, const QString &text)
{
    switch (field) {
    case Field::Tags: {
        QJsonArray tags;
        for (const QString &t : link.tags)
            tags << t;
        return tags;
    }
    case Field::MaxClicks:
        return link.maxClicks ? QJsonValue(double(*link.maxClicks)) : QJsonValue(QJsonValue::Null);
    case Field::Clicks:
        return double(link.clicks);
    case Field::RedirectStatus:
        return link.redirectStatus;
    case Field::ForwardQuery:
        return link.forwardQuery;
    case Field::Crawlable:
        return link.crawlable;
    case Field::StartsAt:
    case Field::ExpiresAt:
    case Field::CreatedAt:
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    default:
        return text;
    }
}

// Text that looks like OOXML's escape of a character (_x0041_) is written with its "_" escaped
// (_x005F_x0041_), as Excel does: libxlsxwriter escapes control characters only, and the
// text would come back as "A".
QByteArray xlsxText(const QString &text)
{
    static const QRegularExpression escapeLike(u"_(x[0-9A-Fa-f]{4}_)"_s);
    if (!text.contains(u"_x"_s))
        return text.toUtf8();
    QString out = text;
    out.replace(escapeLike, u"_x005F_\\1"_s);
    return out.toUtf8();
}

// Pages of the query's links, oldest first unless the query says otherwise.
template<typename Fn>
Result<qint64> forEachLink(const LinkRepository &links, const LinkQuery &query,
                           const std::function<bool(qint64)> &progress, Fn &&fn)
{
    qint64 written = 0;
    for (qint64 offset = 0;; offset += Exporter::PageSize) {
        const QList<Link> page = links.fetch(query, offset, Exporter::PageSize);
        for (const Link &link : page) {
            if (!fn(link))
                return Error::make(Error::Kind::Storage, Exporter::tr("The file could not be written."));
            ++written;
        }
        if (progress && !progress(written))
            return Error::make(Error::Kind::Invalid, Exporter::tr("The export was stopped; no file was written."));
        if (page.size() < Exporter::PageSize)
            break;
    }
    return written;
}

Result<qint64> writeText(const LinkRepository &links, const LinkQuery &query, ExportFormat format, const QString &path,
                         const std::function<bool(qint64)> &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Storage,
                           Exporter::tr("“%1” cannot be written: %2").arg(path, file.errorString()));
    const QStringList columns = Exporter::columns();
    QByteArray buffer;
    const auto flush = [&](bool force) {
        if (!force && buffer.size() < (1 << 20))
            return true;
        const bool ok = file.write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    };
    Result<qint64> written = qint64(0);
    if (format == ExportFormat::Csv) {
        buffer += "\xEF\xBB\xBF";
        buffer += columns.join(u',').toUtf8() + "\r\n";
        written = forEachLink(links, query, progress, [&](const Link &link) {
            QStringList fields;
            for (const QString &v : Exporter::values(link))
                fields << Csv::safeField(v);   // no cell a spreadsheet would run as a formula
            buffer += fields.join(u',').toUtf8() + "\r\n";
            return flush(false);
        });
    } else {
        buffer += "{\"generator\":\"Linkdeck\",\"links\":[";
        bool first = true;
        written = forEachLink(links, query, progress, [&](const Link &link) {
            const QStringList texts = Exporter::values(link);
            QJsonObject object;
            for (int i = 0; i < columns.size(); ++i)
                object.insert(columns.at(i), jsonValue(exportFields().at(i), link, texts.at(i)));
            if (!first)
                buffer += ',';
            first = false;
            buffer += "\n" + QJsonDocument(object).toJson(QJsonDocument::Compact);
            return flush(false);
        });
        buffer += "\n]}\n";
    }
    if (!written)
        return written;
    if (!flush(true) || !file.commit())
        return Error::make(Error::Kind::Storage,
                           Exporter::tr("“%1” cannot be written: %2").arg(path, file.errorString()));
    return written;
}

Result<qint64> writeXlsx(const LinkRepository &links, const LinkQuery &query, const QString &path,
                         const std::function<bool(qint64)> &progress)
{
    // libxlsxwriter writes to a file name: a temporary one beside the target, renamed at the end.
    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(u".linkdeck-export-XXXXXX.xlsx"_s));
    if (!temp.open())
        return Error::make(Error::Kind::Storage,
                           Exporter::tr("“%1” cannot be written: %2").arg(path, temp.errorString()));
    const QByteArray tempName = QFile::encodeName(temp.fileName());
    temp.close();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;   // rows go to disk as they are written
    lxw_workbook *workbook = workbook_new_opt(tempName.constData(), &options);
    if (!workbook)
        return Error::make(Error::Kind::Storage, Exporter::tr("“%1” cannot be written.").arg(path));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Links");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    const QStringList columns = Exporter::columns();
    for (int c = 0; c < columns.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), columns.at(c).toUtf8().constData(), bold);
    lxw_row_t row = 0;
    const Result<qint64> written = forEachLink(links, query, progress, [&](const Link &link) {
        ++row;
        const QStringList texts = Exporter::values(link);
        for (int c = 0; c < texts.size(); ++c) {
            const Field field = exportFields().at(c);
            lxw_error e = LXW_NO_ERROR;
            if (field == Field::Clicks || field == Field::RedirectStatus
                || (field == Field::MaxClicks && link.maxClicks))
                e = worksheet_write_number(sheet, row, lxw_col_t(c), texts.at(c).toDouble(), nullptr);
            else if (!texts.at(c).isEmpty())
                e = worksheet_write_string(sheet, row, lxw_col_t(c), xlsxText(texts.at(c)).constData(), nullptr);
            if (e != LXW_NO_ERROR)
                return false;
        }
        return true;
    });
    const lxw_error closed = workbook_close(workbook);
    if (!written) {
        QFile::remove(temp.fileName());
        return written;
    }
    if (closed != LXW_NO_ERROR) {
        QFile::remove(temp.fileName());
        return Error::make(
            Error::Kind::Storage,
            Exporter::tr("“%1” cannot be written: %2").arg(path, QString::fromUtf8(lxw_strerror(closed))));
    }
    QFile::remove(path);
    if (!QFile::rename(temp.fileName(), path)) {
        QFile::remove(temp.fileName());
        return Error::make(Error::Kind::Storage, Exporter::tr("“%1” cannot be written.").arg(path));
    }
    temp.setAutoRemove(false);
    return written;
}

}   // namespace

std::optional<ExportFormat> Exporter::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"csv")
        return ExportFormat::Csv;
    if (n == u"json")
        return ExportFormat::Json;
    if (n == u"xlsx")
        return ExportFormat::Xlsx;
    return std::nullopt;
}

QStringList Exporter::columns()
{
    QStringList out;
    for (Field f : exportFields())
        out << ColumnMapping::columnName(f);
    return out;
}

QStringList Exporter::values(const Link &link)
{
    const Utm utm = Utm::fromUrl(link.destination);
    QStringList out;
    for (Field f : exportFields()) {
        switch (f) {
        case Field::ShortUrl:
            out << link.shortUrl;
            break;
        case Field::Domain:
            out << link.domain;
            break;
        case Field::Slug:
            out << link.slug;
            break;
        case Field::Destination:
            out << link.destination;
            break;
        case Field::Title:
            out << link.title;
            break;
        case Field::Tags:
            out << link.tags.join(u", "_s);
            break;
        case Field::UtmSource:
            out << utm.source;
            break;
        case Field::UtmMedium:
            out << utm.medium;
            break;
        case Field::UtmCampaign:
            out << utm.campaign;
            break;
        case Field::UtmTerm:
            out << utm.term;
            break;
        case Field::UtmContent:
            out << utm.content;
            break;
        case Field::StartsAt:
            out << (link.validSince ? timeText(*link.validSince) : QString());
            break;
        case Field::ExpiresAt:
            out << (link.expiresAt ? timeText(*link.expiresAt) : QString());
            break;
        case Field::MaxClicks:
            out << (link.maxClicks ? QString::number(*link.maxClicks) : QString());
            break;
        case Field::FallbackUrl:
            out << link.fallbackUrl;
            break;
        case Field::RedirectStatus:
            out << QString::number(link.redirectStatus);
            break;
        case Field::ForwardQuery:
            out << (link.forwardQuery ? u"true"_s : u"false"_s);
            break;
        case Field::Crawlable:
            out << (link.crawlable ? u"true"_s : u"false"_s);
            break;
        case Field::CreatedAt:
            out << timeText(link.createdAt);
            break;
        case Field::Clicks:
            out << QString::number(link.clicks);
            break;
        default:
            out << QString();
            break;
        }
    }
    return out;
}

Result<qint64> Exporter::write(const LinkRepository &links, const LinkQuery &query, ExportFormat format,
                               const QString &path, const std::function<bool(qint64)> &progress)
{
    if (format == ExportFormat::Xlsx)
        return writeXlsx(links, query, path, progress);
    return writeText(links, query, format, path, progress);
}

}   // namespace Linkdeck::Bulk
