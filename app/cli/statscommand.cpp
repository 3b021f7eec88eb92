#include "cli/statscommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

#include "cli/linkscommands.h"
#include "cli/output.h"
#include "cli/remote.h"
#include "core/analytics.h"
#include "core/providerstats.h"
#include "core/backend.h"
#include "core/clock.h"
#include "core/linkprovider.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Cli {
namespace {

// "countries" → "country", as the rollups and the providers name their dimensions.
QString dimensionOf(const QString &what)
{
    if (what == u"countries")
        return u"country"_s;
    if (what == u"referrers")
        return u"referrer"_s;
    if (what == u"devices")
        return u"device"_s;
    if (what == u"browsers")
        return u"browser"_s;
    return u"os"_s;
}

QDateTime bucketEnd(const QDateTime &start, TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Hour: return start.addSecs(3600);
    case TimeUnit::Day: return start.addDays(1);
    case TimeUnit::Week: return start.addDays(7);
    case TimeUnit::Month: return start.addMonths(1);
    }
    return start.addDays(1);
}

// Clicks over time as CSV (start,end,clicks) or as JSON: `header` and then the total and
// the series. The same shapes for this computer's links, campaigns and a service's link.
void writeSeries(QTextStream &out, const QString &format, QJsonObject header, const QList<Analytics::Bucket> &buckets)
{
    qint64 total = 0;
    QJsonArray series;
    if (format == u"csv")
        out << csvRow({u"start"_s, u"end"_s, u"clicks"_s});
    for (const Analytics::Bucket &bucket : buckets) {
        total += bucket.clicks;
        if (format == u"csv")
            out << csvRow({bucket.start.toString(Qt::ISODateWithMs), bucket.end.toString(Qt::ISODateWithMs),
                           QString::number(bucket.clicks)});
        else
            series.append(QJsonObject{{u"start"_s, bucket.start.toString(Qt::ISODate)}, {u"clicks"_s, bucket.clicks}});
    }
    if (format == u"json") {
        header.insert(u"total"_s, total);
        header.insert(u"series"_s, series);
        out << QJsonDocument(header).toJson(QJsonDocument::Indented);
    }
    out.flush();
}

// A breakdown as CSV (DIMENSION,clicks) or as JSON: `header` and the rows under `what`.
void writeShares(QTextStream &out, const QString &format, QJsonObject header, const QString &what,
                 const QList<ClickShare> &shares)
{
    const QString dimension = dimensionOf(what);
    QJsonArray rows;
    if (format == u"csv")
        out << csvRow({dimension, u"clicks"_s});
    for (const ClickShare &share : shares) {
        if (format == u"csv")
            out << csvRow({share.value, QString::number(share.clicks)});
        else
            rows.append(QJsonObject{{dimension, share.value}, {u"clicks"_s, share.clicks}});
    }
    if (format == u"json") {
        header.insert(what, rows);
        out << QJsonDocument(header).toJson(QJsonDocument::Indented);
    }
    out.flush();
}

// A link's clicks over time as its link service counts them, in the same shapes as the
// local series.
int remoteClicks(Context &context, Backend &backend, const Account &account, const QString &what, const QString &slug,
                 const QString &domain, QDate first, QDate last, TimeUnit unit, const QTimeZone &zone, const QString &format)
{
    LinkProvider *provider = context.provider(account);
    if (!provider)
        return Failure;
    if (!provider->can(LinkProvider::Capability::ClickStats))
        return context.fail(refusal(account, Refusal::ClickStats));
    const Result<Link> link = findLink(context, backend, account, domain, slug);
    if (!link)
        return context.fail(link.error().message);
    const QDateTime from = Analytics::localMidnight(first, zone).toUTC();
    const QDateTime to = Analytics::localMidnight(last.addDays(1), zone).toUTC();
    if (what != u"clicks") {
        // The service's own breakdown: Bitly's countries, referrers and devices, Shlink's visits counted here.
        const Result<QList<ClickShare>> shares = await(provider->breakdown(*link, dimensionOf(what), from, to));
        if (!shares)
            return context.fail(shares.error().message);
        writeShares(context.out(), format, QJsonObject{{u"target"_s, slug}, {u"account"_s, account.name}}, what, *shares);
        return Success;
    }
    const Result<QList<ClickPoint>> points = await(provider->clicks(*link, from, to, unit));
    if (!points)
        return context.fail(points.error().message);
    QList<Analytics::Bucket> buckets;
    for (const ClickPoint &point : *points) {
        if (bucketEnd(point.start, unit) <= from || point.start >= to)   // a bucket overlapping the range counts
            continue;
        const QDateTime start = point.start.toTimeZone(zone);
        buckets.append({start, bucketEnd(start, unit), point.clicks});
    }
    writeSeries(context.out(), format,
                QJsonObject{{u"target"_s, slug}, {u"shortUrl"_s, link->shortUrl}, {u"account"_s, account.name},
                            {u"timeZone"_s, QString::fromUtf8(zone.id())}},
                buckets);
    return Success;
}

// A campaign can span accounts: the click series of its Bitly and Shlink links come from
// those services (kept for offline use, as in the charts) and are added to the local buckets.
void addProviderClicks(Context &context, Backend &backend, const QList<qint64> &links, QList<Analytics::Bucket> &series,
                       QDate first, QDate last, TimeUnit unit, const QTimeZone &zone)
{
    const QDateTime from = Analytics::localMidnight(first, zone).toUTC();
    const QDateTime to = Analytics::localMidnight(last.addDays(1), zone).toUTC();
    ProviderStats cache(backend.database());
    QStringList notes;
    for (qint64 id : links) {
        const std::optional<Link> link = backend.links().find(id);
        if (!link || link->accountId == AccountRepository::LocalAccountId || link->remoteId.isEmpty())
            continue;
        LinkProvider *provider = backend.provider(link->accountId);
        if (!provider)
            continue;
        const QString service = serviceName(provider->kind());
        if (!provider->can(LinkProvider::Capability::ClickStats)) {
            const QString note = Tr::tr("%1 gives totals only: its links are not in the series.").arg(service);
            if (!notes.contains(note))
                notes << note;
            continue;
        }
        // Shlink's visits are counted here by the hour, so that they fall into the right local day.
        const TimeUnit providerUnit = provider->kind() == ProviderKind::Shlink || unit == TimeUnit::Hour ? TimeUnit::Hour
                                                                                                        : TimeUnit::Day;
        const QString request = ProviderStats::requestKey(from, to, providerUnit);
        const Result<QList<ClickPoint>> points = await(provider->clicks(*link, from, to, providerUnit));
        if (points) {
            cache.store(link->accountId, link->remoteId, request, *points);
            ProviderStats::addToBuckets(series, *points);
        } else if (const auto cached = cache.cached(link->accountId, link->remoteId, request)) {
            ProviderStats::addToBuckets(series, cached->points);
            const QString note = Tr::tr("%1: %2 Using the figures saved earlier.").arg(service, points.error().message);
            if (!notes.contains(note))
                notes << note;
        } else {
            const QString note = Tr::tr("%1: %2 Its links are not in the series.").arg(service, points.error().message);
            if (!notes.contains(note))
                notes << note;
        }
    }
    for (const QString &note : std::as_const(notes))
        context.warn(note);
}

} // namespace

StatsCommand::StatsCommand()
    : Command(u"stats"_s, u"stats clicks|countries|referrers|devices|browsers|os SLUG_OR_CAMPAIGN [options]"_s,
              Tr::tr("Counts the clicks of a link or a campaign on this computer; with --account, the clicks over "
                     "time of a link as its link service counts them."))
    , m_from(u"from"_s, Tr::tr("First day, YYYY-MM-DD (default: 29 days before --to)."), u"date"_s)
    , m_to(u"to"_s, Tr::tr("Last day, YYYY-MM-DD (default: today)."), u"date"_s)
    , m_unit(u"unit"_s, Tr::tr("hour, day, week or month (default: chosen for the range)."), u"unit"_s)
    , m_timeZone(u"tz"_s, Tr::tr("Time zone of the buckets, e.g. Europe/Berlin (default: this computer's)."), u"zone"_s)
    , m_format(u"format"_s, Tr::tr("json (default) or csv."), u"format"_s, u"json"_s)
    , m_includeBots(u"include-bots"_s, Tr::tr("Count visits by bots too (this computer's links only)."))
    , m_domain(u"domain"_s, Tr::tr("The link's domain (default: the account's, or the only one with SLUG)."), u"domain"_s)
    , m_account(u"account"_s, Tr::tr("The link's account (default: This computer)."), u"name"_s)
{
    m_parser.addOptions({m_from, m_to, m_unit, m_timeZone, m_format, m_includeBots, m_domain, m_account});
    m_parser.addPositionalArgument(u"WHAT"_s, Tr::tr("clicks, countries, referrers, devices, browsers or os."));
    m_parser.addPositionalArgument(u"SLUG_OR_CAMPAIGN"_s, Tr::tr("A link's back-half, or a campaign (utm_campaign or tag)."));
}

int StatsCommand::execute(Context &context)
{
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 2
        || !QStringList{u"clicks"_s, u"countries"_s, u"referrers"_s, u"devices"_s, u"browsers"_s, u"os"_s}.contains(positional.at(0)))
        return usageError(context, Tr::tr("stats needs what to count (clicks, countries, referrers, devices, browsers or os) "
                                          "and a back-half or campaign."));
    const QString what = positional.at(0);
    const QString target = positional.at(1);
    const QTimeZone zone = m_parser.isSet(m_timeZone) ? QTimeZone(m_parser.value(m_timeZone).toUtf8()) : QTimeZone::systemTimeZone();
    if (!zone.isValid())
        return usageError(context, Tr::tr("Unknown time zone “%1”.").arg(m_parser.value(m_timeZone)));
    const QDate last = m_parser.isSet(m_to) ? QDate::fromString(m_parser.value(m_to), Qt::ISODate)
                                            : Clock::today(zone);
    const QDate first = m_parser.isSet(m_from) ? QDate::fromString(m_parser.value(m_from), Qt::ISODate) : last.addDays(-29);
    if (!first.isValid() || !last.isValid() || last < first)
        return usageError(context, Tr::tr("Give dates as YYYY-MM-DD, with --from not after --to."));
    const QString format = m_parser.value(m_format);
    if (format != u"json" && format != u"csv")
        return usageError(context, Tr::tr("Unknown format “%1”: use json or csv.").arg(format));
    TimeUnit unit = Analytics::defaultUnit(first, last);
    if (const QString name = m_parser.value(m_unit); name == u"hour")
        unit = TimeUnit::Hour;
    else if (name == u"day")
        unit = TimeUnit::Day;
    else if (name == u"week")
        unit = TimeUnit::Week;
    else if (name == u"month")
        unit = TimeUnit::Month;
    else if (m_parser.isSet(m_unit))
        return usageError(context, Tr::tr("--unit takes hour, day, week or month."));

    const std::optional<QString> domainGiven = domainOption(context, m_domain);
    if (!domainGiven)
        return Failure;
    QString domain = *domainGiven;

    Backend *backend = context.backend();
    if (!backend)
        return Failure;
    const std::optional<Account> account = context.account(m_parser.value(m_account));
    if (!account)
        return Failure;
    if (account->provider != ProviderKind::Local)
        return remoteClicks(context, *backend, *account, what, target, domain, first, last, unit, zone, format);
    if (domain.isEmpty())
        domain = account->defaultDomain;
    Analytics analytics(backend->database());
    QList<qint64> links;
    if (const auto link = backend->links().findBySlug(domain, target, account->id))
        links << link->id;
    else
        links = analytics.linksOfCampaign(target);
    if (links.isEmpty())
        return context.fail(Tr::tr("There is no link “%1” and no campaign or tag of that name.").arg(target));

    if (what == u"clicks") {
        const auto series = analytics.series(links, first, last, unit, zone, !m_parser.isSet(m_includeBots));
        if (!series)
            return context.fail(series.error().message);
        QList<Analytics::Bucket> buckets = *series;
        addProviderClicks(context, *backend, links, buckets, first, last, unit, zone);
        writeSeries(context.out(), format, QJsonObject{{u"target"_s, target}, {u"timeZone"_s, QString::fromUtf8(zone.id())}},
                    buckets);
        return Success;
    }
    const auto shares = analytics.breakdown(links, dimensionOf(what), first, last, zone, !m_parser.isSet(m_includeBots));
    if (!shares)
        return context.fail(shares.error().message);
    writeShares(context.out(), format, QJsonObject{{u"target"_s, target}}, what, *shares);
    return Success;
}

} // namespace Linkdeck::Cli
