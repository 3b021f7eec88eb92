#include "cli/cli.h"

#include "cli/output.h"
#include "core/backend.h"
#include "core/linkprovider.h"
#include "core/paths.h"
#include "core/urlvalidator.h"
#include "core/utm.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
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
    if (args.first() != u"links")
        return fail(err, Tr::tr("Unknown command “%1”. Run \"linkdeck-cli --help\" for the commands.").arg(args.first()),
                    UsageError);
    if (args.size() < 2)
        return fail(err, Tr::tr("links needs a command: create, list or delete."), UsageError);

    Paths::setDataDirOverride(dataDir);
    Backend backend;
    if (auto opened = backend.open(Paths::databasePath()); !opened)
        return fail(err, opened.error().message);

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
