#include "core/bulk/importer.h"

#include <QEventLoop>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

#include <limits>

#include "core/base/csv.h"
#include "core/base/future.h"
#include "core/links/linklimits.h"
#include "core/links/slug.h"
#include "core/links/urlvalidator.h"
#include "core/links/utm.h"
#include "core/providers/linkprovider.h"
#include "core/providers/localprovider.h"
#include "core/providers/requestpacer.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Bulk {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Bulk::Importer)
};

// How many rows the check pass reads before it lets the event loop run.
constexpr int CheckRowsPerStep = 20000;
// SQLite's limit of bound values is 32766 (3.32+); a look-up binds the account and these.
constexpr int LookupChunk = 500;

QString cell(const QStringList &fields, const ColumnMapping &mapping, Field field)
{
    const int column = mapping.column(field);
    return column < 0 ? QString() : fields.value(column).trimmed();
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"true" || t == u"1" || t == u"yes" || t == u"ja" || t == u"wahr" || t == u"x")
        return true;
    if (t == u"false" || t == u"0" || t == u"no" || t == u"nein" || t == u"falsch")
        return false;
    return std::nullopt;
}

QString normalisedDomain(QString text)
{
    text = text.trimmed().toLower();
    if (const qsizetype scheme = text.indexOf(u"://"_s); scheme >= 0)
        text = text.mid(scheme + 3);
    while (text.endsWith(u'/'))
        text.chop(1);
    if (text.isEmpty())
        return {};
    const QUrl url(u"http://"_s + text);
    if (!url.isValid() || url.host().isEmpty() || !url.path().isEmpty())
        return text;   // refused below by the provider with its own sentence
    const QString host = QString::fromLatin1(QUrl::toAce(url.host()));
    return url.port() > 0 ? host + u':' + QString::number(url.port()) : host;
}

// The back-half of a short URL: "https://bit.ly/3xYz" and Bitly's "bit.ly/3xYz" give "3xYz".
QString slugOfShortUrl(const QString &shortUrl)
{
    QString text = shortUrl.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    const QUrl url(text);
    QString path = url.path(QUrl::FullyDecoded);
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    return path;
}

QStringList splitTags(const QString &text)
{
    static const QRegularExpression separators(u"[,;|]"_s);
    QStringList tags;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    return tags;
}

}   // namespace

// RowResult, ImportReport ----------------------------------------------------------------

QString RowResult::verdictText() const
{
    switch (verdict) {
    case Verdict::Create:
        return done ? Tr::tr("created") : Tr::tr("will create");
    case Verdict::Exists:
        return Tr::tr("already there");
    case Verdict::Conflict:
        return Tr::tr("skipped: back-half taken");
    case Verdict::Update:
        return done ? Tr::tr("updated") : Tr::tr("will update");
    case Verdict::Rename:
        return done ? Tr::tr("created under another back-half") : Tr::tr("will create under another back-half");
    case Verdict::Invalid:
        return Tr::tr("invalid");
    case Verdict::Failed:
        return Tr::tr("failed");
    }
    return {};
}

void ImportReport::add(const RowResult &row)
{
    if (maxRows < 0 || rows.size() < maxRows)
        rows << row;
    else
        ++omittedRows;
    switch (row.verdict) {
    case Verdict::Create:
        ++created;
        break;
    case Verdict::Exists:
        ++existed;
        break;
    case Verdict::Conflict:
        ++skipped;
        break;
    case Verdict::Update:
        ++updated;
        break;
    case Verdict::Rename:
        ++renamed;
        break;
    case Verdict::Invalid:
        ++invalid;
        break;
    case Verdict::Failed:
        ++failed;
        break;
    }
}

QString ImportReport::summary() const
{
    if (fileError)
        return fileError->message + u' ' + tr("Nothing was imported.");
    QString text = dryRun ? tr("Dry run: %1 to create, %2 already there, %3 to update, %4 to create under another "
                               "back-half, %5 skipped (back-half taken), %6 invalid.")
                                .arg(created)
                                .arg(existed)
                                .arg(updated)
                                .arg(renamed)
                                .arg(skipped)
                                .arg(invalid)
                          : tr("%1 created, %2 already there, %3 updated, %4 created under another back-half, %5 "
                               "skipped (back-half taken), %6 invalid, %7 failed.")
                                .arg(created)
                                .arg(existed)
                                .arg(updated)
                                .arg(renamed)
                                .arg(skipped)
                                .arg(invalid)
                                .arg(failed);
    if (cancelled)
        text += u' ' + tr("The import was stopped; import the file again to go on where it stopped.");
    if (stopError)
        text += u' ' + stopError->message;
    return text;
}

namespace {}   // namespace

QByteArray ImportReport::csvHeader()
{
    return QByteArray("\xEF\xBB\xBF") + "row,verdict,short_url,destination,message\r\n";
}

QByteArray ImportReport::csvLine(const RowResult &r)
{
    const QStringList fields{QString::number(r.row), r.verdictText(), r.shortUrl, r.destination, r.message};
    QStringList quoted;
    for (const QString &f : fields)
        quoted << Csv::safeField(f);
    return quoted.join(u',').toUtf8() + "\r\n";
}

Result<void> ImportReport::writeCsv(QIODevice *device) const
{
    QByteArray out = csvHeader();
    for (const RowResult &r : rows) {
        out += csvLine(r);
        if (out.size() > 1 << 20) {
            if (device->write(out) != out.size())
                return Error::make(Error::Kind::Storage,
                                   tr("The report could not be written: %1").arg(device->errorString()));
            out.clear();
        }
    }
    if (device->write(out) != out.size())
        return Error::make(Error::Kind::Storage, tr("The report could not be written: %1").arg(device->errorString()));
    return {};
}

// Importer --------------------------------------------------------------------------------

Importer::Importer(Database &database, LinkRepository &links, LinkProvider *provider, const Account &account,
                   QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_links(links)
    , m_provider(provider)
    , m_account(account)
    , m_local(provider && provider->kind() == ProviderKind::Local)
    , m_pacer(m_local ? nullptr : RequestPacer::forAccount(account))
{
    qRegisterMetaType<Linkdeck::Bulk::RowResult>();
    qRegisterMetaType<Linkdeck::Bulk::ImportReport>();
}

Importer::~Importer() = default;

Result<void> Importer::open(QIODevice *device, TableReader::Format format)
{
    m_device = device;
    m_format = format;
    if (!device || !device->isOpen() || device->isSequential())
        return Error::make(Error::Kind::Invalid, Tr::tr("Only a file can be imported (it is read twice)."));
    device->seek(0);
    m_reader = std::make_unique<TableReader>(device, format);
    if (auto r = m_reader->open(); !r)
        return r;
    m_mapping = ColumnMapping::detect(m_reader->header());
    return {};
}

QString Importer::encodingName() const
{
    return m_reader ? m_reader->encodingName() : QString();
}

QChar Importer::separator() const
{
    return m_reader ? m_reader->separator() : QChar();
}

bool Importer::reopen()
{
    m_device->seek(0);
    m_reader = std::make_unique<TableReader>(m_device, m_format);
    if (auto r = m_reader->open(); !r) {
        m_report.fileError = r.error();
        return false;
    }
    return true;
}

QString Importer::defaultDomain() const
{
    return m_options.domain.isEmpty() ? m_account.defaultDomain : m_options.domain;
}

QString Importer::key(const QString &domain, const QString &slug) const
{
    return domain.toLower() + u'/' + slug;
}

Error Importer::rowError(qint64 row, const QString &message) const
{
    return Error::make(Error::Kind::Invalid, Tr::tr("Row %1: %2").arg(row).arg(message));
}

std::optional<QDateTime> Importer::parseTime(const QString &input, bool endOfDay)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression digits(u"^\\d{9,13}$"_s);
    if (digits.match(text).hasMatch()) {
        const qint64 n = text.toLongLong();
        return text.size() >= 12 ? QDateTime::fromMSecsSinceEpoch(n, Qt::UTC)
                                 : QDateTime::fromSecsSinceEpoch(n, Qt::UTC);
    }
    // An Excel date cell: days since 1899-12-30, the fraction the time of day (local).
    static const QRegularExpression serial(u"^\\d{5}(\\.\\d+)?$"_s);
    if (serial.match(text).hasMatch()) {
        const double value = text.toDouble();
        const QDate date = QDate(1899, 12, 30).addDays(qint64(value));
        const double fraction = value - double(qint64(value));
        if (fraction == 0.0)
            return (endOfDay ? date.addDays(1) : date).startOfDay().toUTC();
        return QDateTime(date, QTime(0, 0)).addMSecs(qint64(fraction * 86400000.0 + 0.5)).toUTC();
    }
    const auto dayOnly = [endOfDay](QDate date) -> std::optional<QDateTime> {
        if (!date.isValid())
            return std::nullopt;
        return (endOfDay ? date.addDays(1) : date).startOfDay().toUTC();
    };
    if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid() && text.size() == 10)
        return dayOnly(date);
    if (const QDate date = QDate::fromString(text, u"dd.MM.yyyy"_s); date.isValid())
        return dayOnly(date);
    QString iso = text;
    if (iso.size() > 10 && iso.at(10) == u' ')
        iso[10] = u'T';
    // Bitly writes "+0000"; Qt reads "+00:00".
    static const QRegularExpression compactZone(u"([+-]\\d\\d)(\\d\\d)$"_s);
    if (iso.size() > 19)
        iso.replace(compactZone, u"\\1:\\2"_s);
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, u"dd.MM.yyyy HH:mm:ss"_s);
    if (!t.isValid())
        t = QDateTime::fromString(text, u"dd.MM.yyyy HH:mm"_s);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

Result<Link> Importer::draftFromRow(const QStringList &fields, const ColumnMapping &mapping,
                                    const QString &defaultDomain)
{
    const auto invalid = [](const QString &why) { return Error::make(Error::Kind::Invalid, why); };
    Link link;
    const QString destination = cell(fields, mapping, Field::Destination);
    if (destination.isEmpty())
        return invalid(Tr::tr("the destination is empty."));
    const UrlCheck check = UrlValidator::check(destination);
    if (!check.ok)
        return invalid(check.reason);
    link.destination = check.url;
    const Utm given{cell(fields, mapping, Field::UtmSource), cell(fields, mapping, Field::UtmMedium),
                    cell(fields, mapping, Field::UtmCampaign), cell(fields, mapping, Field::UtmTerm),
                    cell(fields, mapping, Field::UtmContent)};
    if (!given.isEmpty()) {
        // Only what differs from the URL's own parameters is written, so that a file exported
        // here (the destination and its UTM columns) comes back unchanged.
        const Utm inUrl = Utm::fromUrl(link.destination);
        Utm change;
        change.source = given.source != inUrl.source ? given.source : QString();
        change.medium = given.medium != inUrl.medium ? given.medium : QString();
        change.campaign = given.campaign != inUrl.campaign ? given.campaign : QString();
        change.term = given.term != inUrl.term ? given.term : QString();
        change.content = given.content != inUrl.content ? given.content : QString();
        if (!change.isEmpty())
            link.destination = change.applyTo(link.destination);
    }

    link.slug = cell(fields, mapping, Field::Slug);
    if (link.slug.isEmpty())
        link.slug = slugOfShortUrl(cell(fields, mapping, Field::ShortUrl));
    if (!link.slug.isEmpty()) {
        if (const QString problem = Slug::problem(link.slug); !problem.isEmpty())
            return invalid(problem);
    }
    const QString domain = cell(fields, mapping, Field::Domain);
    link.domain = domain.isEmpty() ? defaultDomain : normalisedDomain(domain);
    link.title = cell(fields, mapping, Field::Title);
    link.tags = splitTags(cell(fields, mapping, Field::Tags));

    const auto time = [&](Field field, bool endOfDay, std::optional<QDateTime> *out) -> QString {
        const QString text = cell(fields, mapping, field);
        if (text.isEmpty())
            return {};
        *out = parseTime(text, endOfDay);
        if (!*out)
            return Tr::tr("“%1” is not a date; write it as 2026-12-31 or 2026-12-31T23:59:00Z.").arg(text);
        return {};
    };
    if (const QString p = time(Field::StartsAt, false, &link.validSince); !p.isEmpty())
        return invalid(p);
    if (const QString p = time(Field::ExpiresAt, true, &link.expiresAt); !p.isEmpty())
        return invalid(p);
    std::optional<QDateTime> created;
    if (time(Field::CreatedAt, false, &created).isEmpty() && created)
        link.createdAt = *created;

    if (const QString text = cell(fields, mapping, Field::MaxClicks); !text.isEmpty()) {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (!ok || n < 1)
            return invalid(Tr::tr("the maximum of clicks “%1” is not a whole number of at least 1.").arg(text));
        link.maxClicks = n;
    }
    if (const QString text = cell(fields, mapping, Field::FallbackUrl); !text.isEmpty()) {
        const UrlCheck fallback = UrlValidator::check(text);
        if (!fallback.ok)
            return invalid(Tr::tr("the address to go to after the end: %1").arg(fallback.reason));
        link.fallbackUrl = fallback.url;
    }
    if (const QString text = cell(fields, mapping, Field::RedirectStatus); !text.isEmpty()) {
        const int status = text.toInt();
        if (status != 0 && status != 301 && status != 302 && status != 307 && status != 308)
            return invalid(Tr::tr("the redirect status “%1” is not one of 301, 302, 307 or 308.").arg(text));
        link.redirectStatus = status;
    }
    if (const QString text = cell(fields, mapping, Field::ForwardQuery); !text.isEmpty()) {
        const auto b = parseBool(text);
        if (!b)
            return invalid(Tr::tr("“%1” is neither true nor false (forward query).").arg(text));
        link.forwardQuery = *b;
    }
    if (const QString text = cell(fields, mapping, Field::Crawlable); !text.isEmpty()) {
        const auto b = parseBool(text);
        if (!b)
            return invalid(Tr::tr("“%1” is neither true nor false (crawlable).").arg(text));
        link.crawlable = *b;
    }
    if (const QString problem = LinkLimits::problem(link); !problem.isEmpty())
        return invalid(problem);
    return link;
}

void Importer::start(const ImportOptions &options)
{
    m_options = options;
    m_options.batchSize = qMax(1, m_options.batchSize);
    m_report = ImportReport();
    m_report.dryRun = options.dryRun;
    m_report.maxRows = options.maxReportRows;
    m_cancelled = false;
    m_running = true;
    m_rowsDone = 0;
    m_rowsTotal = 0;
    m_seen.clear();
    m_seenDestinations.clear();
    m_remoteQueue.clear();
    if (!m_reader) {
        m_report.fileError = Error::make(Error::Kind::Invalid, Tr::tr("No file is open."));
        QTimer::singleShot(0, this, &Importer::finish);
        return;
    }
    if (const QString problem = m_mapping.problem(); !problem.isEmpty()) {
        m_report.fileError = Error::make(Error::Kind::Invalid, problem);
        QTimer::singleShot(0, this, &Importer::finish);
        return;
    }
    if (!m_provider) {
        m_report.fileError = Error::make(Error::Kind::Invalid, Tr::tr("Linkdeck cannot use this account."));
        QTimer::singleShot(0, this, &Importer::finish);
        return;
    }
    m_checking = true;
    if (!reopen()) {
        QTimer::singleShot(0, this, &Importer::finish);
        return;
    }
    QTimer::singleShot(0, this, &Importer::checkStep);
}

ImportReport Importer::run(const ImportOptions &options)
{
    QEventLoop loop;
    const auto connection = connect(this, &Importer::finished, &loop, &QEventLoop::quit);
    start(options);
    if (m_running)
        loop.exec();
    disconnect(connection);
    return m_report;
}

void Importer::cancel()
{
    m_cancelled = true;
}

void Importer::checkStep()
{
    // The check pass: every row parsed, nothing written. A fault in the file stops here.
    if (m_cancelled) {
        m_report.cancelled = true;
        finish();
        return;
    }
    QStringList fields;
    for (int i = 0; i < CheckRowsPerStep; ++i) {
        if (!m_reader->next(&fields)) {
            if (m_reader->error()) {
                m_report.fileError = m_reader->error();
                finish();
                return;
            }
            m_checking = false;
            if (m_rowsTotal == 0) {
                m_report.fileError =
                    Error::make(Error::Kind::Invalid, Tr::tr("The file has column names but no links below them."));
                finish();
                return;
            }
            if (!reopen()) {
                finish();
                return;
            }
            emit progress(0, m_rowsTotal, remainingMs());
            if (!m_local && !m_options.dryRun)
                QTimer::singleShot(0, this, &Importer::checkQuota);
            else
                QTimer::singleShot(0, this, &Importer::importStep);
            return;
        }
        ++m_rowsTotal;
    }
    QTimer::singleShot(0, this, &Importer::checkStep);
}

void Importer::checkQuota()
{
    if (m_cancelled) {
        m_report.cancelled = true;
        finish();
        return;
    }
    const qint64 needed = linksToMake();
    if (!reopen()) {
        finish();
        return;
    }
    if (needed == 0) {
        importStep();
        return;
    }
    whenFinished(this, m_provider->monthlyQuota(),
                 [this, needed](const Result<std::optional<LinkProvider::MonthlyQuota>> &quota) {
                     if (m_cancelled) {
                         m_report.cancelled = true;
                         finish();
                         return;
                     }
                     // Not known (no such limit, not allowed to read it, no answer): the 429 of a
                     // reached limit still stops the run.
                     if (quota && *quota && (*quota)->left() < needed) {
                         m_report.stopError = Error::make(
                             Error::Kind::PlanLimit,
                             Tr::tr("Your %1 plan allows %n more link(s) this month; this import needs %2.", nullptr,
                                    int(std::min<qint64>((*quota)->left(), std::numeric_limits<int>::max())))
                                 .arg(providerName(m_account.provider))
                                 .arg(needed));
                         finish();
                         return;
                     }
                     importStep();
                 });
}

qint64 Importer::linksToMake()
{
    // As importStep() decides the rows, without writing: a row already there (a run stopped
    // half way and started again) needs no new link; a changed destination counts as one (Bitly
    // charges an update of the long URL as a new link).
    qint64 needed = 0;
    QStringList fields;
    for (;;) {
        QList<Item> batch;
        while (batch.size() < m_options.batchSize && m_reader->next(&fields))
            batch << itemFromRow(fields);
        if (batch.isEmpty())
            break;
        decide(batch);
        for (const Item &item : std::as_const(batch)) {
            const Verdict v = item.result.verdict;
            if (v == Verdict::Create || v == Verdict::Rename || v == Verdict::Update)
                ++needed;
        }
    }
    m_seen.clear();
    m_seenDestinations.clear();
    return needed;
}

Importer::Item Importer::itemFromRow(const QStringList &fields) const
{
    Item item;
    item.row = m_reader->row();
    item.result.row = item.row;
    const Result<Link> draft = draftFromRow(fields, m_mapping, defaultDomain());
    if (!draft) {
        item.result.verdict = Verdict::Invalid;
        item.result.destination = cell(fields, m_mapping, Field::Destination);
        item.result.message = rowError(item.row, draft.error().message).message;
    } else {
        item.link = *draft;
        item.link.accountId = m_account.id;
        item.result.verdict = Verdict::Create;
        item.result.domain = item.link.domain;
        item.result.slug = item.link.slug;
        item.result.destination = item.link.destination;
    }
    return item;
}

void Importer::scheduleNext()
{
    QTimer::singleShot(0, this, &Importer::importStep);
}

void Importer::importStep()
{
    if (m_cancelled) {
        m_report.cancelled = true;
        finish();
        return;
    }
    QList<Item> batch;
    QStringList fields;
    while (batch.size() < m_options.batchSize && m_reader->next(&fields))
        batch << itemFromRow(fields);
    if (m_reader->error()) {
        // The file changed between the two passes.
        m_report.fileError = m_reader->error();
        finish();
        return;
    }
    if (batch.isEmpty()) {
        finish();
        return;
    }
    decide(batch);
    if (m_options.dryRun) {
        for (Item &item : batch)
            finishItem(item);
        emit progress(m_rowsDone, m_rowsTotal, remainingMs());
        scheduleNext();
        return;
    }
    if (m_local) {
        writeLocal(batch);
        forgetBatch();
        emit progress(m_rowsDone, m_rowsTotal, remainingMs());
        scheduleNext();
        return;
    }
    m_remoteQueue = batch;
    writeRemoteNext();
}

// The links of the account with one of these values in `column`, looked up in chunks. The
// values go in as one JSON array (json_each), not one bound value each: Qt's SQLite driver
// looks up every parameter by name, so 500 of them cost 250,000 string comparisons a query,
// a third of a 100,000-row preview.
QList<Importer::Existing> Importer::existingWhere(const QString &condition, const QStringList &values) const
{
    QList<Existing> out;
    for (qsizetype from = 0; from < values.size(); from += LookupChunk) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(u"SELECT id, domain, slug, destination FROM links WHERE +account_id = ? AND "_s + condition
                  + u" IN (SELECT value FROM json_each(?))"_s);
        q.addBindValue(m_account.id);
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(values.mid(from, LookupChunk))).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            continue;
        while (q.next())
            out << Existing{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString()};
    }
    return out;
}

QList<Importer::Existing> Importer::existingBySlug(const QStringList &slugs) const
{
    // COLLATE NOCASE: the links_slug index serves it (a plain IN would scan the table); the
    // exact back-half is compared afterwards. +account_id: not the links_account index, which
    // SQLite would otherwise walk over every link of the account.
    return existingWhere(u"slug COLLATE NOCASE"_s, slugs);
}

QList<Importer::Existing> Importer::existingByDestination(const QStringList &destinations) const
{
    return existingWhere(u"destination"_s, destinations);
}

bool Importer::slugUsed(const QString &domain, const QString &slug, QString *destination) const
{
    if (auto it = m_seen.constFind(key(domain, slug)); it != m_seen.cend()) {
        *destination = *it;
        return true;
    }
    QSqlQuery q(m_db.connection());
    // Indexed by links_domain_slug, or without a domain by links_slug (NOCASE, then exact).
    q.prepare(domain.isEmpty()
                  ? u"SELECT destination FROM links WHERE +account_id = ? AND slug COLLATE NOCASE = ? AND slug = ?"_s
                  : u"SELECT destination FROM links WHERE +account_id = ? AND domain = ? AND slug = ?"_s);
    q.addBindValue(m_account.id);
    q.addBindValue(domain.isEmpty() ? slug : domain);
    q.addBindValue(slug);
    if (q.exec() && q.next()) {
        *destination = q.value(0).toString();
        return true;
    }
    return false;
}

QString Importer::renamed(const Item &item, bool *exists) const
{
    *exists = false;
    for (int n = 2; n < 1000; ++n) {
        const QString candidate = item.link.slug + u'-' + QString::number(n);
        if (!Slug::problem(candidate).isEmpty())
            return {};
        QString destination;
        if (!slugUsed(item.link.domain, candidate, &destination))
            return candidate;
        if (destination == item.link.destination) {
            *exists = true;
            return candidate;
        }
    }
    return {};
}

void Importer::decide(QList<Item> &batch)
{
    QStringList slugs;
    QStringList destinations;
    for (const Item &item : batch) {
        if (item.result.verdict != Verdict::Create)
            continue;
        if (item.link.slug.isEmpty())
            destinations << item.link.destination;
        else
            slugs << item.link.slug;
    }
    // What the account has already, by back-half and (rows without one) by destination.
    QMultiHash<QString, Existing> bySlug;
    for (const Existing &e : existingBySlug(slugs))
        bySlug.insert(e.slug, e);
    QHash<QString, Existing> byDestination;
    for (const Existing &e : existingByDestination(destinations))
        byDestination.insert(e.domain.toLower() + u' ' + e.destination, e);

    for (Item &item : batch) {
        if (item.result.verdict != Verdict::Create)
            continue;
        Link &link = item.link;
        if (link.slug.isEmpty()) {
            const QString destKey = link.domain.toLower() + u' ' + link.destination;
            std::optional<Existing> found;
            if (auto it = byDestination.constFind(destKey); it != byDestination.cend())
                found = *it;
            else if (link.domain.isEmpty()) {
                for (const Existing &e : std::as_const(byDestination)) {
                    if (e.destination == link.destination)
                        found = e;
                }
            }
            if (found || m_seenDestinations.contains(destKey)) {
                item.result.verdict = Verdict::Exists;
                if (found) {
                    item.result.slug = found->slug;
                    item.result.domain = found->domain;
                }
                continue;
            }
            m_seenDestinations.insert(destKey);
            if (m_local) {
                link.slug = Slug::generateUnique([&](const QString &candidate) {
                    return m_seen.contains(key(link.domain, candidate))
                        || m_links.isSlugTaken(link.domain, candidate, 0, m_account.id);
                });
                item.result.slug = link.slug;
                m_seen.insert(key(link.domain, link.slug), link.destination);
            }
            item.pending = true;
            continue;
        }

        // Taken by a row before in this file?
        std::optional<Existing> taken;
        if (auto it = m_seen.constFind(key(link.domain, link.slug)); it != m_seen.cend())
            taken = Existing{0, link.domain, link.slug, *it};
        if (!taken) {
            for (auto it = bySlug.constFind(link.slug); it != bySlug.cend() && it.key() == link.slug; ++it) {
                if (link.domain.isEmpty() || it->domain.compare(link.domain, Qt::CaseInsensitive) == 0) {
                    taken = *it;
                    break;
                }
            }
        }
        if (!taken) {
            m_seen.insert(key(link.domain, link.slug), link.destination);
            m_seenDestinations.insert(link.domain.toLower() + u' ' + link.destination);
            item.pending = true;
            continue;
        }
        if (taken->destination == link.destination) {
            item.result.verdict = Verdict::Exists;
            item.result.domain = taken->domain;
            continue;
        }
        const QString where = link.domain.isEmpty() ? taken->domain : link.domain;
        switch (m_options.onConflict) {
        case ConflictMode::Skip:
            item.result.verdict = Verdict::Conflict;
            item.result.message = rowError(item.row,
                                           Tr::tr("the back-half “%1” on %2 already goes to %3; the row was "
                                                  "skipped.")
                                               .arg(link.slug, where, taken->destination))
                                      .message;
            break;
        case ConflictMode::Update:
            if (taken->id == 0) {
                // Two rows of this file want the same back-half: the first one has it.
                item.result.verdict = Verdict::Conflict;
                item.result.message = rowError(item.row,
                                               Tr::tr("the back-half “%1” is used by a row above for %2; "
                                                      "the row was skipped.")
                                                   .arg(link.slug, taken->destination))
                                          .message;
                break;
            }
            item.result.verdict = Verdict::Update;
            item.existingId = taken->id;
            item.pending = true;
            m_seen.insert(key(link.domain, link.slug), link.destination);
            m_seenDestinations.insert(link.domain.toLower() + u' ' + link.destination);
            break;
        case ConflictMode::Rename: {
            bool exists = false;
            const QString other = renamed(item, &exists);
            if (other.isEmpty()) {
                item.result.verdict = Verdict::Conflict;
                item.result.message =
                    rowError(item.row,
                             Tr::tr("no free back-half was found for “%1”; the row was skipped.").arg(link.slug))
                        .message;
                break;
            }
            item.result.slug = other;
            if (exists) {
                item.result.verdict = Verdict::Exists;
                break;
            }
            item.result.verdict = Verdict::Rename;
            item.result.message =
                rowError(item.row, Tr::tr("the back-half “%1” was taken; the link is “%2”.").arg(link.slug, other))
                    .message;
            link.slug = other;
            m_seen.insert(key(link.domain, link.slug), link.destination);
            m_seenDestinations.insert(link.domain.toLower() + u' ' + link.destination);
            item.pending = true;
            break;
        }
        }
    }
    if (m_local) {
        for (Item &item : batch) {
            if (!item.link.slug.isEmpty() && item.result.shortUrl.isEmpty())
                item.result.shortUrl =
                    LocalProvider::shortUrlFor(item.result.domain, item.result.slug, m_account.apiBase);
        }
    }
}

void Importer::writeLocal(QList<Item> &batch)
{
    QList<Link> creates;
    QList<Item *> createItems;
    for (Item &item : batch) {
        if (!item.pending)
            continue;
        if (item.result.verdict == Verdict::Update)
            continue;
        Link link = item.link;
        link.shortUrl = LocalProvider::shortUrlFor(link.domain, link.slug, m_account.apiBase);
        link.syncState = SyncState::Synced;
        creates << link;
        createItems << &item;
    }
    if (!creates.isEmpty()) {
        if (m_links.insertMany(creates)) {
            for (Item *item : createItems)
                item->result.done = true;
        } else {
            // One row spoilt the transaction (a back-half taken in between): each alone.
            for (int i = 0; i < creates.size(); ++i) {
                const Result<Link> stored = m_links.insert(creates.at(i));
                if (stored) {
                    createItems.at(i)->result.done = true;
                } else {
                    createItems.at(i)->result.verdict = Verdict::Failed;
                    createItems.at(i)->result.message =
                        rowError(createItems.at(i)->row, stored.error().message).message;
                }
            }
        }
    }
    for (Item &item : batch) {
        if (item.pending && item.result.verdict == Verdict::Update) {
            std::optional<Link> existing = m_links.find(item.existingId);
            if (!existing) {
                item.result.verdict = Verdict::Failed;
                item.result.message = rowError(item.row, Tr::tr("the link to update is gone.")).message;
            } else {
                existing->destination = item.link.destination;
                if (!item.link.title.isEmpty())
                    existing->title = item.link.title;
                if (!item.link.tags.isEmpty())
                    existing->tags = item.link.tags;
                const Result<Link> updated = m_links.update(*existing);
                if (updated) {
                    item.result.done = true;
                } else {
                    item.result.verdict = Verdict::Failed;
                    item.result.message = rowError(item.row, updated.error().message).message;
                }
            }
        }
        if (item.result.verdict == Verdict::Exists)
            item.result.done = true;
        finishItem(item);
    }
}

void Importer::writeRemoteNext()
{
    while (!m_remoteQueue.isEmpty() && !m_remoteQueue.first().pending) {
        Item item = m_remoteQueue.takeFirst();
        if (item.result.verdict == Verdict::Exists)
            item.result.done = true;
        finishItem(item);
    }
    if (m_remoteQueue.isEmpty()) {
        forgetBatch();
        emit progress(m_rowsDone, m_rowsTotal, remainingMs());
        scheduleNext();
        return;
    }
    if (m_cancelled || !m_provider) {
        m_report.cancelled = true;
        finish();
        return;
    }
    if (m_pacer) {
        // Within the service's published limits before it has to refuse: the next request
        // takes its place in the account's pace and goes when that comes.
        const qint64 waitMs = m_pacer->reserve();
        if (waitMs > 0) {
            emit progress(m_rowsDone, m_rowsTotal, waitMs + remainingMs(1));
            if (!RequestPacer::skipWait(waitMs)) {
                QTimer::singleShot(int(std::min<qint64>(waitMs, std::numeric_limits<int>::max())), this,
                                   &Importer::sendRemoteFirst);
                return;
            }
        }
    }
    sendRemoteFirst();
}

QString Importer::remainingText(qint64 remainingMs, const QString &service)
{
    if (remainingMs < 0)
        return {};
    const qint64 seconds = (remainingMs + 999) / 1000;
    if (seconds < 90)
        return Tr::tr("About %n second(s) left at %1's request limits.", nullptr, int(seconds)).arg(service);
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 120)
        return Tr::tr("About %n minute(s) left at %1's request limits.", nullptr, int(minutes)).arg(service);
    return Tr::tr("About %n hour(s) left at %1's request limits.", nullptr, int((minutes + 30) / 60)).arg(service);
}

qint64 Importer::remainingMs(qint64 reserved) const
{
    if (!m_pacer)
        return -1;
    // Every row left may need a request (rows already there need none: an upper bound).
    return m_pacer->timeFor(std::max<qint64>(0, m_rowsTotal - m_rowsDone - reserved));
}

void Importer::sendRemoteFirst()
{
    if (m_remoteQueue.isEmpty()) {
        writeRemoteNext();
        return;
    }
    if (m_cancelled || !m_provider) {
        m_report.cancelled = true;
        finish();
        return;
    }
    Item item = m_remoteQueue.takeFirst();
    QFuture<Result<Link>> future;
    if (item.result.verdict == Verdict::Update) {
        std::optional<Link> existing = m_links.find(item.existingId);
        if (!existing) {
            remoteDone(item, Error::make(Error::Kind::NotFound, Tr::tr("the link to update is gone.")));
            return;
        }
        existing->destination = item.link.destination;
        if (!item.link.title.isEmpty())
            existing->title = item.link.title;
        if (!item.link.tags.isEmpty())
            existing->tags = item.link.tags;
        future = m_provider->update(*existing);
    } else {
        future = m_provider->create(item.link);
    }
    whenFinished(this, future, [this, item](const Result<Link> &r) { remoteDone(item, r); });
}

void Importer::remoteDone(Item item, const Result<Link> &result)
{
    if (result) {
        item.result.done = true;
        item.result.shortUrl = result->shortUrl;
        item.result.slug = result->slug;
        item.result.domain = result->domain;
        if (result->syncState != SyncState::Synced)
            item.result.message = rowError(item.row,
                                           Tr::tr("kept on this computer; it is sent when the service can "
                                                  "be reached."))
                                      .message;
        finishItem(item);
        emit progress(m_rowsDone, m_rowsTotal, remainingMs());
        writeRemoteNext();
        return;
    }
    const Error &error = result.error();
    if (error.kind == Error::Kind::Unauthorized) {
        // The account itself is refused (a wrong or missing token, a keychain that cannot give
        // it): every other row would fail the same way. Said once, and nothing more is sent;
        // the row was not made, and a run again goes on from it.
        m_report.stopError = Error::make(
            Error::Kind::Unauthorized,
            Tr::tr("%1 Nothing more was sent: put the account right, then run again to go on where it stopped.")
                .arg(error.message));
        finish();
        return;
    }
    if (error.kind == Error::Kind::RateLimited) {
        if (item.waits >= MaxRateLimitWaits || m_cancelled) {
            // Put back: the row was not done; a second run goes on from it.
            m_report.stopError = Error::make(Error::Kind::RateLimited,
                                             Tr::tr("The service still refuses more links for now (%1). Import the "
                                                    "file again later to go on where it stopped.")
                                                 .arg(error.message));
            m_report.cancelled = m_cancelled;
            finish();
            return;
        }
        const int waitMs =
            error.retryAfterSeconds > 0 ? error.retryAfterSeconds * 1000 : m_rateBaseWaitMs * (1 << item.waits);
        ++item.waits;
        emit waiting((waitMs + 999) / 1000, error.message);
        m_remoteQueue.prepend(item);
        QTimer::singleShot(waitMs, this, &Importer::writeRemoteNext);
        return;
    }
    if (error.kind == Error::Kind::SlugTaken && item.result.verdict != Verdict::Update) {
        // The service knows the back-half and this computer did not (made elsewhere, or a run
        // that stopped before it stored the answer).
        if (m_options.onConflict == ConflictMode::Rename && item.renames < 10) {
            ++item.renames;
            const QString base =
                item.result.verdict == Verdict::Rename ? item.link.slug.section(u'-', 0, -2) : item.link.slug;
            item.link.slug = base + u'-' + QString::number(item.renames + 1);
            item.result.slug = item.link.slug;
            item.result.verdict = Verdict::Rename;
            item.result.message =
                rowError(item.row, Tr::tr("the back-half “%1” was taken; the link is “%2”.").arg(base, item.link.slug))
                    .message;
            m_remoteQueue.prepend(item);
            writeRemoteNext();
            return;
        }
        item.result.verdict = Verdict::Conflict;
        item.result.message = rowError(item.row, error.message).message;
        finishItem(item);
        writeRemoteNext();
        return;
    }
    item.result.verdict = Verdict::Failed;
    item.result.message = rowError(item.row, error.message).message;
    finishItem(item);
    writeRemoteNext();
}

void Importer::forgetBatch()
{
    // Written now, the batch's links are found in the database by the next batches' look-ups:
    // only a dry run, which writes nothing, remembers every row (a preview's file).
    m_seen.clear();
    m_seenDestinations.clear();
}

void Importer::finishItem(Item &item)
{
    ++m_rowsDone;
    m_report.add(item.result);
    emit rowDone(item.result);
}

void Importer::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_checking = false;
    m_remoteQueue.clear();
    emit finished(m_report);
}

}   // namespace Linkdeck::Bulk
