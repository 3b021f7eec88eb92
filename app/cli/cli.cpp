#include "cli/cli.h"

#include "cli/output.h"
#include "core/analytics.h"
#include "core/backend.h"
#include "core/linkprovider.h"
#include "core/paths.h"
#include "core/urlvalidator.h"
#include "core/utm.h"
#include "print/labelsheet.h"
#include "print/qrcommand.h"
#include "print/qrrenderer.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QLocale>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Linkdeck::Cli {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Cli)
};

const QString program = u"linkdeck-cli"_s;

int fail(QTextStream &err, const QString &message, int code = Failure)
{
    err << program << u": "_s << message << Qt::endl;
    return code;
}

QString mainUsage()
{
    return Tr::tr("Usage: linkdeck-cli [--data-dir DIR] COMMAND ...\n"
                  "\n"
                  "Commands:\n"
                  "  links create URL [options]   create a short link and print it\n"
                  "  links list [options]         list links as a table, CSV or JSON\n"
                  "  links delete SLUG [--domain D]\n"
                  "  qr TEXT_OR_SLUG -o FILE [options]   a print-ready QR code (PNG, SVG, PDF, EPS)\n"
                  "  qr-sheet SLUG... -o FILE.pdf [--paper a4|letter] [--grid COLSxROWS]   a sheet of labels\n"
                  "  stats clicks|countries|referrers SLUG_OR_CAMPAIGN [--from] [--to] [--unit] [--tz] [--format]\n"
                  "\n"
                  "Run \"linkdeck-cli links create --help\" for the options of a command.\n"
                  "Global options: --data-dir DIR (keep the database in DIR), --help, --version.\n");
}

// Parses a subcommand's options; returns -1 to go on, or the exit code to stop with.
int parse(QCommandLineParser &parser, const QStringList &args, const QString &synopsis, QTextStream &out,
          QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{program} + args))
        return fail(err, parser.errorText() + u'\n' + Tr::tr("See \"%1 --help\".").arg(synopsis), UsageError);
    if (parser.isSet(help)) {
        out << Tr::tr("Usage: linkdeck-cli %1").arg(synopsis) << u"\n\n"_s << parser.helpText().section(u'\n', 2);
        out.flush();
        return Success;
    }
    return -1;
}

template <typename T>
T await(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

int linksCreate(Backend &backend, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption slug(u"slug"_s, Tr::tr("The back-half; random if not given."), u"slug"_s);
    const QCommandLineOption domain(u"domain"_s, Tr::tr("The short link's domain."), u"domain"_s);
    const QCommandLineOption title(u"title"_s, Tr::tr("A title for your link list."), u"title"_s);
    const QCommandLineOption tag(u"tag"_s, Tr::tr("A tag; repeat for several."), u"tag"_s);
    const QCommandLineOption source(u"utm-source"_s, Tr::tr("utm_source, e.g. newsletter."), u"value"_s);
    const QCommandLineOption medium(u"utm-medium"_s, Tr::tr("utm_medium, e.g. email."), u"value"_s);
    const QCommandLineOption campaign(u"utm-campaign"_s, Tr::tr("utm_campaign, e.g. spring-sale."), u"value"_s);
    const QCommandLineOption term(u"utm-term"_s, Tr::tr("utm_term."), u"value"_s);
    const QCommandLineOption content(u"utm-content"_s, Tr::tr("utm_content."), u"value"_s);
    const QCommandLineOption lowercase(u"lowercase-utm"_s, Tr::tr("Write the UTM values in lower case."));
    parser.addOptions({slug, domain, title, tag, source, medium, campaign, term, content, lowercase});
    parser.addPositionalArgument(u"URL"_s, Tr::tr("The address the short link opens."));
    if (const int code = parse(parser, args, u"links create URL [options]"_s, out, err); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(err, Tr::tr("links create needs exactly one URL."), UsageError);

    const UrlCheck check = UrlValidator::check(positional.first());
    if (!check.ok)
        return fail(err, check.reason);
    const Utm utm{parser.value(source), parser.value(medium), parser.value(campaign), parser.value(term),
                  parser.value(content)};
    Link draft;
    draft.destination = utm.applyTo(check.url, parser.isSet(lowercase));
    draft.slug = parser.value(slug);
    draft.domain = parser.value(domain);
    draft.title = parser.value(title);
    draft.tags = parser.values(tag);
    const auto created = await(backend.provider(AccountRepository::LocalAccountId)->create(draft));
    if (!created)
        return fail(err, created.error().message);
    out << created->shortUrl << Qt::endl;
    return Success;
}

int linksList(Backend &backend, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption format(u"format"_s, Tr::tr("table (default), csv or json. CSV joins tags with \"; \"."),
                                    u"format"_s, u"table"_s);
    const QCommandLineOption filter(u"filter"_s, Tr::tr("Only links whose back-half, destination, title, tags or "
                                                        "campaign contain TEXT."),
                                    u"text"_s);
    const QCommandLineOption limit(u"limit"_s, Tr::tr("At most N links."), u"n"_s);
    parser.addOptions({format, filter, limit});
    if (const int code = parse(parser, args, u"links list [--format table|csv|json] [--filter TEXT] [--limit N]"_s, out, err);
        code >= 0)
        return code;
    const QString fmt = parser.value(format);
    if (fmt != u"table" && fmt != u"csv" && fmt != u"json")
        return fail(err, Tr::tr("Unknown format “%1”: use table, csv or json.").arg(fmt), UsageError);
    qint64 max = -1;
    if (parser.isSet(limit)) {
        bool ok = false;
        max = parser.value(limit).toLongLong(&ok);
        if (!ok || max < 0)
            return fail(err, Tr::tr("--limit needs a number of links."), UsageError);
    }
    QHash<qint64, QString> accountNames;
    const auto accounts = backend.accounts().all();
    for (const Account &a : accounts)
        accountNames.insert(a.id, a.name);

    LinkQuery query;
    query.text = parser.value(filter);
    query.sortKey = LinkQuery::SortKey::Created;
    query.order = Qt::DescendingOrder;
    // Page through the table: a million links never sit in memory at once.
    constexpr int pageSize = 1000;
    const QLocale locale;
    if (fmt == u"csv")
        out << csvRow(csvHeader());
    else if (fmt == u"json")
        out << u"["_s;
    else
        out << fitColumn(Tr::tr("SHORT LINK"), 34) << u"  "_s << fitColumn(Tr::tr("DESTINATION"), 48) << u"  "_s
            << fitColumn(Tr::tr("TITLE"), 24) << u"  "_s << fitColumn(Tr::tr("TAGS"), 16) << u"  "_s
            << Tr::tr("CLICKS").rightJustified(7) << u"  "_s << Tr::tr("CREATED") << u'\n';
    qint64 written = 0;
    for (qint64 offset = 0;; offset += pageSize) {
        const QList<Link> page = backend.links().fetch(query, offset, pageSize);
        for (const Link &link : page) {
            if (max >= 0 && written >= max)
                break;
            if (fmt == u"csv") {
                out << csvRow(csvFields(link));
            } else if (fmt == u"json") {
                out << (written ? u",\n  "_s : u"\n  "_s)
                    << QString::fromUtf8(QJsonDocument(linkJson(link, accountNames.value(link.accountId)))
                                             .toJson(QJsonDocument::Compact));
            } else {
                out << fitColumn(link.shortUrl, 34) << u"  "_s << fitColumn(UrlValidator::display(link.destination), 48)
                    << u"  "_s << fitColumn(link.title, 24) << u"  "_s << fitColumn(link.tags.join(u", "_s), 16) << u"  "_s
                    << locale.toString(link.clicks).rightJustified(7) << u"  "_s
                    << locale.toString(link.createdAt.toLocalTime(), QLocale::ShortFormat) << u'\n';
            }
            ++written;
        }
        if (page.size() < pageSize || (max >= 0 && written >= max))
            break;
    }
    if (fmt == u"json")
        out << (written ? u"\n]\n"_s : u"]\n"_s);
    out.flush();
    return Success;
}

int linksDelete(Backend &backend, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption domain(u"domain"_s, Tr::tr("The short link's domain (default: this computer's)."), u"domain"_s);
    parser.addOption(domain);
    parser.addPositionalArgument(u"SLUG"_s, Tr::tr("The back-half of the link to delete."));
    if (const int code = parse(parser, args, u"links delete SLUG [--domain D]"_s, out, err); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(err, Tr::tr("links delete needs exactly one back-half."), UsageError);
    const QString slug = parser.positionalArguments().first();
    QString host = parser.value(domain).toLower();
    if (host.isEmpty())
        host = backend.accounts().find(AccountRepository::LocalAccountId)->defaultDomain;
    const auto link = backend.links().findBySlug(host, slug);
    if (!link)
        return fail(err, Tr::tr("There is no link “%1” on %2.").arg(slug, host));
    LinkProvider *provider = backend.provider(link->accountId);
    if (!provider || !provider->can(LinkProvider::Capability::DeleteLinks))
        return fail(err, Tr::tr("The service of this link does not allow deleting links."));
    const auto removed = await(provider->remove(*link));
    if (!removed)
        return fail(err, removed.error().message);
    out << Tr::tr("Deleted %1").arg(link->shortUrl) << Qt::endl;
    return Success;
}

int qr(Backend &backend, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    Print::QrExportOptions::addOptions(parser);
    parser.addPositionalArgument(u"TEXT_OR_SLUG"_s, Tr::tr("A link's back-half (its short URL is encoded), or any text or URL."));
    if (const int code = parse(parser, args, u"qr TEXT_OR_SLUG -o FILE [options]"_s, out, err); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(err, Tr::tr("qr needs exactly one text, URL or back-half."), UsageError);
    const auto options = Print::QrExportOptions::read(parser);
    if (!options)
        return fail(err, options.error().message, UsageError);
    QString text = parser.positionalArguments().first();
    const QString domain = backend.accounts().find(AccountRepository::LocalAccountId)->defaultDomain;
    if (const auto link = backend.links().findBySlug(domain, text))
        text = link->shortUrl;
    const auto warnings = Print::exportQr(text, *options);
    if (!warnings)
        return fail(err, warnings.error().message);
    for (const QString &warning : *warnings)
        err << program << u": "_s << Tr::tr("warning: %1").arg(warning) << Qt::endl;
    out << options->output << Qt::endl;
    return Success;
}

int stats(Backend &backend, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption from(u"from"_s, Tr::tr("First day, YYYY-MM-DD (default: 29 days before --to)."), u"date"_s);
    const QCommandLineOption to(u"to"_s, Tr::tr("Last day, YYYY-MM-DD (default: today)."), u"date"_s);
    const QCommandLineOption unit(u"unit"_s, Tr::tr("hour, day, week or month (default: chosen for the range)."), u"unit"_s);
    const QCommandLineOption tz(u"tz"_s, Tr::tr("Time zone of the buckets, e.g. Europe/Berlin (default: this computer's)."), u"zone"_s);
    const QCommandLineOption format(u"format"_s, Tr::tr("json (default) or csv."), u"format"_s, u"json"_s);
    const QCommandLineOption bots(u"include-bots"_s, Tr::tr("Count visits by bots too."));
    parser.addOptions({from, to, unit, tz, format, bots});
    parser.addPositionalArgument(u"WHAT"_s, Tr::tr("clicks, countries or referrers."));
    parser.addPositionalArgument(u"SLUG_OR_CAMPAIGN"_s, Tr::tr("A link's back-half, or a campaign (utm_campaign or tag)."));
    if (const int code = parse(parser, args, u"stats clicks|countries|referrers SLUG_OR_CAMPAIGN [options]"_s, out, err); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !QStringList{u"clicks"_s, u"countries"_s, u"referrers"_s}.contains(positional.at(0)))
        return fail(err, Tr::tr("stats needs what to count (clicks, countries or referrers) and a back-half or campaign."), UsageError);
    const QTimeZone zone = parser.isSet(tz) ? QTimeZone(parser.value(tz).toUtf8()) : QTimeZone::systemTimeZone();
    if (!zone.isValid())
        return fail(err, Tr::tr("Unknown time zone “%1”.").arg(parser.value(tz)), UsageError);
    const QDate last = parser.isSet(to) ? QDate::fromString(parser.value(to), Qt::ISODate) : QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    const QDate first = parser.isSet(from) ? QDate::fromString(parser.value(from), Qt::ISODate) : last.addDays(-29);
    if (!first.isValid() || !last.isValid() || last < first)
        return fail(err, Tr::tr("Give dates as YYYY-MM-DD, with --from not after --to."), UsageError);
    const QString fmt = parser.value(format);
    if (fmt != u"json" && fmt != u"csv")
        return fail(err, Tr::tr("Unknown format “%1”: use json or csv.").arg(fmt), UsageError);

    Analytics analytics(backend.database());
    const QString target = positional.at(1);
    QList<qint64> links;
    const QString domain = backend.accounts().find(AccountRepository::LocalAccountId)->defaultDomain;
    if (const auto link = backend.links().findBySlug(domain, target))
        links << link->id;
    else
        links = analytics.linksOfCampaign(target);
    if (links.isEmpty())
        return fail(err, Tr::tr("There is no link “%1” and no campaign or tag of that name.").arg(target));

    if (positional.at(0) == u"clicks") {
        TimeUnit bucketUnit = Analytics::defaultUnit(first, last);
        const QString u = parser.value(unit);
        if (u == u"hour")
            bucketUnit = TimeUnit::Hour;
        else if (u == u"day")
            bucketUnit = TimeUnit::Day;
        else if (u == u"week")
            bucketUnit = TimeUnit::Week;
        else if (u == u"month")
            bucketUnit = TimeUnit::Month;
        else if (parser.isSet(unit))
            return fail(err, Tr::tr("--unit takes hour, day, week or month."), UsageError);
        const auto series = analytics.series(links, first, last, bucketUnit, zone, !parser.isSet(bots));
        if (!series)
            return fail(err, series.error().message);
        qint64 total = 0;
        QJsonArray points;
        if (fmt == u"csv")
            out << csvRow({u"start"_s, u"end"_s, u"clicks"_s});
        for (const Analytics::Bucket &b : *series) {
            total += b.clicks;
            if (fmt == u"csv")
                out << csvRow({b.start.toString(Qt::ISODateWithMs), b.end.toString(Qt::ISODateWithMs), QString::number(b.clicks)});
            else
                points.append(QJsonObject{{u"start"_s, b.start.toString(Qt::ISODate)}, {u"clicks"_s, b.clicks}});
        }
        if (fmt == u"json")
            out << QJsonDocument(QJsonObject{{u"target"_s, target}, {u"timeZone"_s, QString::fromUtf8(zone.id())},
                                             {u"total"_s, total}, {u"series"_s, points}})
                       .toJson(QJsonDocument::Indented);
        out.flush();
        return Success;
    }
    const QString dimension = positional.at(0) == u"countries" ? u"country"_s : u"referrer"_s;
    const auto shares = analytics.breakdown(links, dimension, first, last, zone);
    if (!shares)
        return fail(err, shares.error().message);
    QJsonArray rows;
    if (fmt == u"csv")
        out << csvRow({dimension, u"clicks"_s});
    for (const Analytics::Share &share : *shares) {
        if (fmt == u"csv")
            out << csvRow({share.value, QString::number(share.clicks)});
        else
            rows.append(QJsonObject{{dimension, share.value}, {u"clicks"_s, share.clicks}});
    }
    if (fmt == u"json")
        out << QJsonDocument(QJsonObject{{u"target"_s, target}, {positional.at(0), rows}}).toJson(QJsonDocument::Indented);
    out.flush();
    return Success;
}

int qrSheet(Backend &backend, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    Print::QrSheetOptions::addOptions(parser);
    parser.addPositionalArgument(u"SLUG"_s, Tr::tr("Back-halves of the links to print."), u"SLUG..."_s);
    if (const int code = parse(parser, args, u"qr-sheet SLUG... -o FILE.pdf [--paper a4|letter] [--grid COLSxROWS]"_s, out, err);
        code >= 0)
        return code;
    if (parser.positionalArguments().isEmpty())
        return fail(err, Tr::tr("qr-sheet needs back-halves and an output file: qr-sheet SLUG... -o FILE.pdf"), UsageError);
    const auto options = Print::QrSheetOptions::read(parser);
    if (!options)
        return fail(err, options.error().message, UsageError);
    const QString domain = backend.accounts().find(AccountRepository::LocalAccountId)->defaultDomain;
    QList<Print::SheetLabel> labels;
    for (const QString &slug : parser.positionalArguments()) {
        const auto link = backend.links().findBySlug(domain, slug);
        if (!link)
            return fail(err, Tr::tr("There is no link “%1” on %2.").arg(slug, domain));
        labels << Print::SheetLabel{link->shortUrl, link->domain + u'/' + link->slug};
    }
    const auto pages = Print::exportQrSheet(labels, *options);
    if (!pages)
        return fail(err, pages.error().message);
    out << options->output << Qt::endl;
    return Success;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Global options may stand anywhere before the command.
    QStringList args;
    QString dataDir;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--data-dir") {
            if (i + 1 >= arguments.size())
                return fail(err, Tr::tr("--data-dir needs a folder."), UsageError);
            dataDir = arguments.at(++i);
        } else if (a.startsWith(u"--data-dir="_s)) {
            dataDir = a.mid(11);
        } else {
            args << a;
        }
    }
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        (args.isEmpty() ? err : out) << mainUsage();
        return args.isEmpty() ? UsageError : Success;
    }
    if (args.first() == u"--version") {
        out << program << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (args.first() != u"links" && args.first() != u"qr" && args.first() != u"qr-sheet" && args.first() != u"stats")
        return fail(err, Tr::tr("Unknown command “%1”. Run \"linkdeck-cli --help\" for the commands.").arg(args.first()),
                    UsageError);
    if (args.first() == u"links" && args.size() < 2)
        return fail(err, Tr::tr("links needs a command: create, list or delete."), UsageError);

    Paths::setDataDirOverride(dataDir);
    Backend backend;
    if (auto opened = backend.open(Paths::databasePath()); !opened)
        return fail(err, opened.error().message);
    if (args.first() == u"qr")
        return qr(backend, args.mid(1), out, err);
    if (args.first() == u"qr-sheet")
        return qrSheet(backend, args.mid(1), out, err);
    if (args.first() == u"stats")
        return stats(backend, args.mid(1), out, err);

    const QString command = args.at(1);
    const QStringList rest = args.mid(2);
    if (command == u"create")
        return linksCreate(backend, rest, out, err);
    if (command == u"list")
        return linksList(backend, rest, out, err);
    if (command == u"delete")
        return linksDelete(backend, rest, out, err);
    return fail(err, Tr::tr("Unknown command “links %1”: use create, list or delete.").arg(command), UsageError);
}

} // namespace Linkdeck::Cli
