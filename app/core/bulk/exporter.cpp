#include "core/bulk/exporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTimeZone>

#include <xlsxwriter.h>

#include <algorithm>

#include "core/analytics/analytics.h"
#include "core/analytics/campaignstats.h"
#include "core/base/csv.h"
#include "core/bulk/columnmapping.h"
#include "core/links/utm.h"
#include "core/providers/providerstats.h"
#include "core/storage/accountrepository.h"
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

// Each link's breakdowns over its whole life: this computer's links' from the rollups, as the
// statistics read them; a service's link's from the statistics kept here (ProviderStats), when
// they were fetched for a period from the link's first day on; none otherwise (counted).
class Breakdowns
{
public:
    Breakdowns(Database &db, bool perLink)
        : m_analytics(db)
        , m_stats(db)
        , m_perLink(perLink)
    {}

    // Reads a page's breakdowns at once (grouped queries), for of() to give; does nothing
    // when asked to read them link by link.
    bool load(const QList<Link> &page)
    {
        if (m_perLink)
            return true;
        m_local.clear();
        m_kept.clear();
        const QStringList dimensions = CampaignStats::dimensions();
        QList<qint64> local;
        QHash<qint64, QList<std::pair<QString, QDateTime>>> remote;   // account -> (remote id, creation)
        for (const Link &link : page) {
            if (link.accountId == AccountRepository::LocalAccountId)
                local << link.id;
            else
                remote[link.accountId] << std::pair{link.remoteId, link.createdAt};
        }
        if (!local.isEmpty()) {
            auto shares = m_analytics.breakdowns(local, dimensions, first(), last(), QTimeZone::utc(), true);
            if (!shares) {
                m_error = shares.error();
                return false;
            }
            m_local = std::move(*shares);
        }
        for (auto it = remote.cbegin(); it != remote.cend(); ++it) {
            const auto kept = m_stats.wholeLifeShares(it.key(), *it, dimensions);
            for (auto k = kept.cbegin(); k != kept.cend(); ++k)
                m_kept.insert({it.key(), k.key()}, *k);
        }
        return true;
    }

    // One list per dimension (CampaignStats::dimensions()), most clicks first; nullopt for a
    // link of a service without them, or when the rollups cannot be read (error() then says why).
    std::optional<QList<QList<Analytics::Share>>> of(const Link &link)
    {
        QList<QList<Analytics::Share>> out;
        const QStringList dimensions = CampaignStats::dimensions();
        if (link.accountId != AccountRepository::LocalAccountId) {
            bool any = false;
            const auto loaded = m_kept.value({link.accountId, link.remoteId});
            for (qsizetype i = 0; i < dimensions.size(); ++i) {
                const auto kept = m_perLink
                    ? m_stats.wholeLifeShares(link.accountId, link.remoteId, dimensions.at(i), link.createdAt)
                    : loaded.value(i);
                any = any || kept;
                out << (kept ? sorted(kept->shares) : QList<Analytics::Share>());
            }
            ++(any ? m_fromServices : m_missing);
            return any ? std::optional(out) : std::nullopt;
        }
        if (!m_perLink)
            return m_local.value(link.id, QList<QList<Analytics::Share>>(dimensions.size()));
        for (const QString &dimension : dimensions) {
            auto shares = m_analytics.breakdown({link.id}, dimension, first(), last(), QTimeZone::utc(), true);
            if (!shares) {
                m_error = shares.error();
                return std::nullopt;
            }
            out << *shares;
        }
        return out;
    }
    qint64 fromServices() const { return m_fromServices; }
    qint64 missing() const { return m_missing; }
    const std::optional<Error> &error() const { return m_error; }

    // Most clicks first, as Analytics::breakdown orders them.
    static QList<Analytics::Share> sorted(QList<Analytics::Share> shares)
    {
        std::sort(shares.begin(), shares.end(), [](const Analytics::Share &a, const Analytics::Share &b) {
            return a.clicks != b.clicks ? a.clicks > b.clicks : a.value < b.value;
        });
        return shares;
    }

    // A value as the file shows it: "(unknown)" or "(direct)" for an empty one.
    static QString valueText(const QString &dimension, const QString &value)
    {
        if (!value.isEmpty())
            return value;
        return dimension == u"referrer"_s ? u"(direct)"_s : u"(unknown)"_s;
    }
    // "DE 120; US 30; (unknown) 2"
    static QString cellText(const QString &dimension, const QList<Analytics::Share> &shares)
    {
        QStringList parts;
        for (const Analytics::Share &s : shares)
            parts << valueText(dimension, s.value) + u' ' + QString::number(s.clicks);
        return parts.join(u"; "_s);
    }
    // One cell per dimension, empty ones for a link without breakdowns.
    static QStringList cells(const std::optional<QList<QList<Analytics::Share>>> &shares)
    {
        const QStringList dimensions = CampaignStats::dimensions();
        QStringList out;
        for (qsizetype i = 0; i < dimensions.size(); ++i)
            out << (shares && i < shares->size() ? cellText(dimensions.at(i), shares->at(i)) : QString());
        return out;
    }
    static QJsonValue json(const std::optional<QList<QList<Analytics::Share>>> &shares)
    {
        if (!shares)
            return QJsonValue(QJsonValue::Null);
        const QStringList dimensions = CampaignStats::dimensions();
        const QStringList names = Exporter::breakdownColumns();
        QJsonObject out;
        for (qsizetype i = 0; i < dimensions.size() && i < shares->size(); ++i) {
            QJsonObject values;
            for (const Analytics::Share &s : shares->at(i))
                values.insert(valueText(dimensions.at(i), s.value), double(s.clicks));
            out.insert(names.at(i), values);
        }
        return out;
    }

private:
    // Every hour there is: the first and the last day SQLite's and Qt's times both hold.
    static QDate first() { return QDate(1970, 1, 1); }
    static QDate last() { return QDate(9999, 12, 30); }

    Analytics m_analytics;
    ProviderStats m_stats;
    bool m_perLink = false;
    QHash<qint64, QList<QList<Analytics::Share>>> m_local;   // the page's, by link id
    QHash<std::pair<qint64, QString>, QList<std::optional<ProviderStats::SharesEntry>>>
        m_kept;   // by account, remote id
    qint64 m_missing = 0;
    qint64 m_fromServices = 0;
    std::optional<Error> m_error;
};

// Pages of the query's links, oldest first unless the query says otherwise.
template<typename Fn>
Result<qint64> forEachLink(const LinkRepository &links, const LinkQuery &query,
                           const std::function<bool(qint64)> &progress, Breakdowns *breakdowns, Fn &&fn)
{
    qint64 written = 0;
    for (qint64 offset = 0;; offset += Exporter::PageSize) {
        const QList<Link> page = links.fetch(query, offset, Exporter::PageSize);
        if (breakdowns && !breakdowns->load(page))
            return Error::make(Error::Kind::Storage, Exporter::tr("The file could not be written."));
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
                         const std::function<bool(qint64)> &progress, Breakdowns *breakdowns)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Storage,
                           Exporter::tr("“%1” cannot be written: %2").arg(path, file.errorString()));
    const QStringList columns = Exporter::columns();
    const QStringList header = breakdowns ? columns + Exporter::breakdownColumns() : columns;
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
        buffer += header.join(u',').toUtf8() + "\r\n";
        written = forEachLink(links, query, progress, breakdowns, [&](const Link &link) {
            QStringList values = Exporter::values(link);
            if (breakdowns) {
                const auto shares = breakdowns->of(link);
                if (breakdowns->error())
                    return false;
                values << Breakdowns::cells(shares);
            }
            QStringList fields;
            for (const QString &v : std::as_const(values))
                fields << Csv::safeField(v);   // no cell a spreadsheet would run as a formula
            buffer += fields.join(u',').toUtf8() + "\r\n";
            return flush(false);
        });
    } else {
        buffer += "{\"generator\":\"Linkdeck\",\"links\":[";
        bool first = true;
        written = forEachLink(links, query, progress, breakdowns, [&](const Link &link) {
            const QStringList texts = Exporter::values(link);
            QJsonObject object;
            for (int i = 0; i < columns.size(); ++i)
                object.insert(columns.at(i), jsonValue(exportFields().at(i), link, texts.at(i)));
            if (breakdowns) {
                const auto shares = breakdowns->of(link);
                if (breakdowns->error())
                    return false;
                object.insert(u"breakdowns"_s, Breakdowns::json(shares));
            }
            if (!first)
                buffer += ',';
            first = false;
            buffer += "\n" + QJsonDocument(object).toJson(QJsonDocument::Compact);
            return flush(false);
        });
        buffer += "\n]}\n";
    }
    if (breakdowns && breakdowns->error())
        return *breakdowns->error();
    if (!written)
        return written;
    if (!flush(true) || !file.commit())
        return Error::make(Error::Kind::Storage,
                           Exporter::tr("“%1” cannot be written: %2").arg(path, file.errorString()));
    return written;
}

Result<qint64> writeXlsx(const LinkRepository &links, const LinkQuery &query, const QString &path,
                         const std::function<bool(qint64)> &progress, Breakdowns *breakdowns)
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
    QStringList columns = Exporter::columns();
    if (breakdowns)
        columns << Exporter::breakdownColumns();
    for (int c = 0; c < columns.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), columns.at(c).toUtf8().constData(), bold);
    lxw_row_t row = 0;
    const Result<qint64> written = forEachLink(links, query, progress, breakdowns, [&](const Link &link) {
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
        if (breakdowns) {
            const auto shares = breakdowns->of(link);
            if (breakdowns->error())
                return false;
            const QStringList cells = Breakdowns::cells(shares);
            for (int c = 0; c < cells.size(); ++c) {
                if (!cells.at(c).isEmpty()
                    && worksheet_write_string(sheet, row, lxw_col_t(texts.size() + c),
                                              xlsxText(cells.at(c)).constData(), nullptr)
                        != LXW_NO_ERROR)
                    return false;
            }
        }
        return true;
    });
    const lxw_error closed = workbook_close(workbook);
    if (breakdowns && breakdowns->error()) {
        QFile::remove(temp.fileName());
        return *breakdowns->error();
    }
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
        return writeXlsx(links, query, path, progress, nullptr);
    return writeText(links, query, format, path, progress, nullptr);
}

Result<ExportResult> Exporter::write(Database &database, const LinkRepository &links, const LinkQuery &query,
                                     ExportFormat format, const QString &path, const ExportOptions &options,
                                     const std::function<bool(qint64)> &progress)
{
    std::optional<Breakdowns> breakdowns;
    if (options.breakdowns)
        breakdowns.emplace(database, options.queries == BreakdownQueries::PerLink);
    Breakdowns *b = breakdowns ? &*breakdowns : nullptr;
    const Result<qint64> written = format == ExportFormat::Xlsx ? writeXlsx(links, query, path, progress, b)
                                                                : writeText(links, query, format, path, progress, b);
    if (!written)
        return written.error();
    ExportResult result;
    result.written = *written;
    result.withoutBreakdowns = b ? b->missing() : 0;
    result.fromServices = b ? b->fromServices() : 0;
    return result;
}

QStringList Exporter::breakdownColumns()
{
    // The names of CampaignStats::dimensions(), in its order.
    static const QHash<QString, QString> names{{u"country"_s, u"countries"_s},
                                               {u"referrer"_s, u"referrers"_s},
                                               {u"device"_s, u"devices"_s},
                                               {u"browser"_s, u"browsers"_s},
                                               {u"os"_s, u"operating_systems"_s}};
    QStringList out;
    for (const QString &dimension : CampaignStats::dimensions())
        out << names.value(dimension, dimension);
    return out;
}

QString ExportResult::note() const
{
    QStringList sentences;
    if (withoutBreakdowns > 0) {
        sentences << Exporter::tr("%Ln link(s) from Bitly, Shlink or another service have empty countries, referrers "
                                  "and devices: Linkdeck has these only for links on this computer, and for a "
                                  "service's link once its statistics were shown from its first day to today.",
                                  nullptr, int(withoutBreakdowns));
    }
    if (fromServices > 0) {
        sentences << Exporter::tr("The services report no browsers or operating systems: those columns are empty for "
                                  "%Ln link(s) of theirs.",
                                  nullptr, int(fromServices));
    }
    return sentences.join(u' ');
}

}   // namespace Linkdeck::Bulk
