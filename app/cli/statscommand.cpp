#include "cli/statscommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <QTimeZone>

#include "cli/linkscommands.h"
#include "cli/output.h"
#include "cli/remote.h"
#include "core/analytics/analytics.h"
#include "core/analytics/campaignstats.h"
#include "core/base/clock.h"
#include "core/links/linksplit.h"
#include "core/providers/linkprovider.h"
#include "core/sync/backend.h"

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

// An A/B split's figures (issue 15): each variant's share of visitors set, its clicks and
// share of them, the significance test, and in JSON each variant's clicks over time.
void writeVariants(QTextStream &out, const QString &format, QJsonObject header, const CampaignStats::Figures &f)
{
    const SplitTest &test = f.split;
    const QLocale c = QLocale::c();
    if (format == u"csv") {
        out << csvRow({u"variant"_s, u"url"_s, u"percent"_s, u"clicks"_s, u"share"_s});
        for (const SplitTest::Row &row : test.rows)
            out << csvRow({LinkSplit::letter(row.variant), row.url, QString::number(row.percent),
                           QString::number(row.clicks), c.toString(row.share, 'f', 1)});
        out.flush();
        return;
    }
    QJsonArray variants;
    for (const SplitTest::Row &row : test.rows) {
        QJsonArray series;
        const QList<qint64> values = f.variantSeries.value(row.variant);
        for (qsizetype i = 0; i < f.series.size() && i < values.size(); ++i)
            series.append(
                QJsonObject{{u"start"_s, f.series.at(i).start.toString(Qt::ISODate)}, {u"clicks"_s, values.at(i)}});
        variants.append(QJsonObject{{u"variant"_s, LinkSplit::letter(row.variant)},
                                    {u"url"_s, row.url},
                                    {u"percent"_s, row.percent},
                                    {u"clicks"_s, row.clicks},
                                    {u"share"_s, row.share},
                                    {u"series"_s, series}});
    }
    header.insert(u"total"_s, test.total);
    header.insert(u"variants"_s, variants);
    QJsonObject significance{
        {u"test"_s, u"chi-square"_s}, {u"enoughClicks"_s, test.enough}, {u"significant"_s, test.significant}};
    if (test.enough) {
        significance.insert(u"chiSquare"_s, test.chiSquare);
        significance.insert(u"degreesOfFreedom"_s, test.degreesOfFreedom);
        significance.insert(u"pValue"_s, test.pValue);
    } else {
        significance.insert(u"clicksNeeded"_s, test.needed);
    }
    if (test.significant)
        significance.insert(u"leader"_s, LinkSplit::letter(test.leader));
    header.insert(u"significance"_s, significance);
    header.insert(u"summary"_s, test.summary);
    out << QJsonDocument(header).toJson(QJsonDocument::Indented);
    out.flush();
}

}   // namespace

StatsCommand::StatsCommand()
    : Command(u"stats"_s, u"stats clicks|countries|referrers|devices|browsers|os|variants SLUG_OR_CAMPAIGN [options]"_s,
              Tr::tr("Counts the clicks of a link or a campaign: on this computer, and as the link services count "
                     "them; with --account, the link or campaign of that account only. \"variants\" gives a link's "
                     "A/B split: each destination's clicks and whether the difference is significant."))
    , m_from(u"from"_s, Tr::tr("First day, YYYY-MM-DD (default: 29 days before --to)."), u"date"_s)
    , m_to(u"to"_s, Tr::tr("Last day, YYYY-MM-DD (default: today)."), u"date"_s)
    , m_unit(u"unit"_s, Tr::tr("hour, day, week or month (default: chosen for the range)."), u"unit"_s)
    , m_timeZone(u"tz"_s, Tr::tr("Time zone of the buckets, e.g. Europe/Berlin (default: this computer's)."), u"zone"_s)
    , m_format(u"format"_s, Tr::tr("json (default) or csv."), u"format"_s, u"json"_s)
    , m_includeBots(u"include-bots"_s, Tr::tr("Count visits by bots too (this computer's links only)."))
    , m_domain(u"domain"_s, Tr::tr("The link's domain (default: the account's, or the only one with SLUG)."),
               u"domain"_s)
    , m_account(u"account"_s,
                Tr::tr("The account of the link or campaign (default: a link of This computer, a "
                       "campaign in every account)."),
                u"name"_s)
{
    m_parser.addOptions({m_from, m_to, m_unit, m_timeZone, m_format, m_includeBots, m_domain, m_account});
    m_parser.addPositionalArgument(u"WHAT"_s,
                                   Tr::tr("clicks, countries, referrers, devices, browsers, os or variants."));
    m_parser.addPositionalArgument(u"SLUG_OR_CAMPAIGN"_s,
                                   Tr::tr("A link's back-half, or a campaign (utm_campaign or tag)."));
}

int StatsCommand::execute(Context &context)
{
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 2
        || !QStringList{u"clicks"_s, u"countries"_s, u"referrers"_s, u"devices"_s, u"browsers"_s, u"os"_s,
                        u"variants"_s}
                .contains(positional.at(0)))
        return usageError(context,
                          Tr::tr("stats needs what to count (clicks, countries, referrers, devices, browsers, os or "
                                 "variants) and a back-half or campaign."));
    const QString what = positional.at(0);
    const QString target = positional.at(1);
    const QTimeZone zone =
        m_parser.isSet(m_timeZone) ? QTimeZone(m_parser.value(m_timeZone).toUtf8()) : QTimeZone::systemTimeZone();
    if (!zone.isValid())
        return usageError(context, Tr::tr("Unknown time zone “%1”.").arg(m_parser.value(m_timeZone)));
    const QDate last = m_parser.isSet(m_to) ? QDate::fromString(m_parser.value(m_to), Qt::ISODate) : Clock::today(zone);
    const QDate first =
        m_parser.isSet(m_from) ? QDate::fromString(m_parser.value(m_from), Qt::ISODate) : last.addDays(-29);
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
    const QString domain = *domainGiven;

    Backend *backend = context.backend();
    if (!backend)
        return Failure;
    const bool accountGiven = m_parser.isSet(m_account);
    const std::optional<Account> account = context.account(m_parser.value(m_account));
    if (!account)
        return Failure;
    QJsonObject header{{u"target"_s, target}};
    if (accountGiven)
        header.insert(u"account"_s, account->name);
    LinkProvider *provider = context.provider(*account);
    if (!provider)
        return Failure;
    if (!provider->can(LinkProvider::Capability::ClickStats))
        return context.fail(refusal(*account, Refusal::ClickStats));

    // A link of the account by its back-half; else the campaign or tag of that name, in the
    // account when one is given, across accounts otherwise.
    CampaignStats stats(*backend);
    std::optional<Link> link;
    if (Result<Link> found = findLink(context, *backend, *account, domain, target))
        link = *found;
    else if (found.error().kind != Error::Kind::NotFound)
        return context.fail(found.error().message);
    if (link) {
        stats.setTarget(CampaignStats::Target::ofLinks({link->id}));
        header.insert(u"shortUrl"_s, link->shortUrl);
    } else {
        stats.setTarget(
            CampaignStats::Target::ofCampaign(target, accountGiven ? std::optional(account->id) : std::nullopt));
    }
    if (stats.links().isEmpty()) {
        return context.fail(
            accountGiven ? Tr::tr("There is no link “%1” and no campaign or tag of that name in the account “%2”.")
                               .arg(target, account->name)
                         : Tr::tr("There is no link “%1” and no campaign or tag of that name.").arg(target));
    }

    if (what == u"variants") {
        if (!link)
            return context.fail(Tr::tr("There is no link “%1”; variants are a link's, not a campaign's.").arg(target));
        if (link->variants.isEmpty())
            return context.fail(Tr::tr("The link “%1” has no A/B split.").arg(target));
    }
    // The services are asked each time; what they said last is used when they cannot be reached.
    const bool series = what == u"clicks" || what == u"variants";
    stats.setPeriod({first, last, unit, zone, !m_parser.isSet(m_includeBots)});
    stats.setScope(series ? CampaignStats::Scope::Series : CampaignStats::Scope::Breakdowns);
    Waiter loaded;
    QObject::connect(&stats, &CampaignStats::figuresChanged, &stats, [&loaded] { loaded.done(); });
    stats.reload(CampaignStats::Fetch::Always);
    loaded.wait();
    const CampaignStats::Figures &figures = stats.figures();
    if (!figures.error.isEmpty())
        return context.fail(figures.error);
    const QString dimension = dimensionOf(what);
    const QStringList notes = series ? stats.notes() : QStringList{stats.breakdownNote(dimension)};
    if ((series ? figures.seriesLinks : figures.breakdownLinks.value(dimension)) == 0) {
        // Nothing to show, only why.
        const QString why = notes.join(u' ').trimmed();
        return context.fail(why.isEmpty() ? Tr::tr("There are no figures for “%1” in this period.").arg(target) : why);
    }
    for (const QString &note : notes) {
        if (!note.isEmpty())
            context.warn(note);
    }
    if (what == u"variants") {
        header.insert(u"timeZone"_s, QString::fromUtf8(zone.id()));
        writeVariants(context.out(), format, header, figures);
    } else if (series) {
        header.insert(u"timeZone"_s, QString::fromUtf8(zone.id()));
        writeSeries(context.out(), format, header, figures.series);
    } else {
        writeShares(context.out(), format, header, what, figures.breakdown(dimension));
    }
    return Success;
}

}   // namespace Linkdeck::Cli
