#include "cli/statscommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

#include "cli/output.h"
#include "core/analytics.h"
#include "core/backend.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Cli {

StatsCommand::StatsCommand()
    : Command(u"stats"_s, u"stats clicks|countries|referrers SLUG_OR_CAMPAIGN [options]"_s, QString())
    , m_from(u"from"_s, Tr::tr("First day, YYYY-MM-DD (default: 29 days before --to)."), u"date"_s)
    , m_to(u"to"_s, Tr::tr("Last day, YYYY-MM-DD (default: today)."), u"date"_s)
    , m_unit(u"unit"_s, Tr::tr("hour, day, week or month (default: chosen for the range)."), u"unit"_s)
    , m_timeZone(u"tz"_s, Tr::tr("Time zone of the buckets, e.g. Europe/Berlin (default: this computer's)."), u"zone"_s)
    , m_format(u"format"_s, Tr::tr("json (default) or csv."), u"format"_s, u"json"_s)
    , m_includeBots(u"include-bots"_s, Tr::tr("Count visits by bots too."))
{
    m_parser.addOptions({m_from, m_to, m_unit, m_timeZone, m_format, m_includeBots});
    m_parser.addPositionalArgument(u"WHAT"_s, Tr::tr("clicks, countries or referrers."));
    m_parser.addPositionalArgument(u"SLUG_OR_CAMPAIGN"_s, Tr::tr("A link's back-half, or a campaign (utm_campaign or tag)."));
}

int StatsCommand::execute(Context &context)
{
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 2 || !QStringList{u"clicks"_s, u"countries"_s, u"referrers"_s}.contains(positional.at(0)))
        return usageError(context, Tr::tr("stats needs what to count (clicks, countries or referrers) and a back-half or campaign."));
    const QString what = positional.at(0);
    const QString target = positional.at(1);
    const QTimeZone zone = m_parser.isSet(m_timeZone) ? QTimeZone(m_parser.value(m_timeZone).toUtf8()) : QTimeZone::systemTimeZone();
    if (!zone.isValid())
        return usageError(context, Tr::tr("Unknown time zone “%1”.").arg(m_parser.value(m_timeZone)));
    const QDate last = m_parser.isSet(m_to) ? QDate::fromString(m_parser.value(m_to), Qt::ISODate)
                                            : QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
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

    const std::optional<QString> domain = context.localDomain();
    if (!domain)
        return Failure;
    Backend *backend = context.backend();
    Analytics analytics(backend->database());
    QList<qint64> links;
    if (const auto link = backend->links().findBySlug(*domain, target))
        links << link->id;
    else
        links = analytics.linksOfCampaign(target);
    if (links.isEmpty())
        return context.fail(Tr::tr("There is no link “%1” and no campaign or tag of that name.").arg(target));

    QTextStream &out = context.out();
    if (what == u"clicks") {
        const auto series = analytics.series(links, first, last, unit, zone, !m_parser.isSet(m_includeBots));
        if (!series)
            return context.fail(series.error().message);
        qint64 total = 0;
        QJsonArray points;
        if (format == u"csv")
            out << csvRow({u"start"_s, u"end"_s, u"clicks"_s});
        for (const Analytics::Bucket &bucket : *series) {
            total += bucket.clicks;
            if (format == u"csv")
                out << csvRow({bucket.start.toString(Qt::ISODateWithMs), bucket.end.toString(Qt::ISODateWithMs),
                               QString::number(bucket.clicks)});
            else
                points.append(QJsonObject{{u"start"_s, bucket.start.toString(Qt::ISODate)}, {u"clicks"_s, bucket.clicks}});
        }
        if (format == u"json")
            out << QJsonDocument(QJsonObject{{u"target"_s, target}, {u"timeZone"_s, QString::fromUtf8(zone.id())},
                                             {u"total"_s, total}, {u"series"_s, points}})
                       .toJson(QJsonDocument::Indented);
        out.flush();
        return Success;
    }
    const QString dimension = what == u"countries" ? u"country"_s : u"referrer"_s;
    const auto shares = analytics.breakdown(links, dimension, first, last, zone);
    if (!shares)
        return context.fail(shares.error().message);
    QJsonArray rows;
    if (format == u"csv")
        out << csvRow({dimension, u"clicks"_s});
    for (const Analytics::Share &share : *shares) {
        if (format == u"csv")
            out << csvRow({share.value, QString::number(share.clicks)});
        else
            rows.append(QJsonObject{{dimension, share.value}, {u"clicks"_s, share.clicks}});
    }
    if (format == u"json")
        out << QJsonDocument(QJsonObject{{u"target"_s, target}, {what, rows}}).toJson(QJsonDocument::Indented);
    out.flush();
    return Success;
}

} // namespace Linkdeck::Cli
