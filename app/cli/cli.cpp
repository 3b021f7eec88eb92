#include "cli/cli.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <functional>

#include "cli/accountscommands.h"
#include "cli/bulkcommands.h"
#include "cli/command.h"
#include "cli/linkscommands.h"
#include "cli/qrcommands.h"
#include "cli/statscommand.h"
#include "core/base/paths.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Cli {
namespace {

// The subcommands, found by their words without constructing any: a command's constructor
// translates its help, so it must wait for the translators.
struct CommandEntry
{
    QStringList words;    // {"links", "create"}
    bool draws = false;   // needs a QGuiApplication
    std::function<std::unique_ptr<Command>()> make;
};

template<typename T>
std::unique_ptr<Command> make()
{
    return std::make_unique<T>();
}

const QList<CommandEntry> &commands()
{
    static const QList<CommandEntry> entries{
        {{u"links"_s, u"create"_s}, false, make<LinksCreateCommand>},
        {{u"links"_s, u"list"_s}, false, make<LinksListCommand>},
        {{u"links"_s, u"update"_s}, false, make<LinksUpdateCommand>},
        {{u"links"_s, u"show"_s}, false, make<LinksShowCommand>},
        {{u"links"_s, u"delete"_s}, false, make<LinksDeleteCommand>},
        {{u"links"_s, u"import"_s}, false, make<LinksImportCommand>},
        {{u"links"_s, u"export"_s}, false, make<LinksExportCommand>},
        {{u"links"_s, u"copy"_s}, false, make<LinksCopyCommand>},
        {{u"links"_s, u"move"_s}, false, make<LinksMoveCommand>},
        {{u"accounts"_s, u"add"_s}, false, make<AccountsAddCommand>},
        {{u"accounts"_s, u"list"_s}, false, make<AccountsListCommand>},
        {{u"accounts"_s, u"remove"_s}, false, make<AccountsRemoveCommand>},
        {{u"sync"_s}, false, make<SyncCommand>},
        {{u"qr"_s}, true, make<QrCommand>},
        {{u"qr-sheet"_s}, true, make<QrSheetCommand>},
        {{u"stats"_s}, false, make<StatsCommand>},
    };
    return entries;
}

const CommandEntry *findCommand(const QStringList &words)
{
    for (const CommandEntry &entry : commands()) {
        if (words.mid(0, entry.words.size()) == entry.words)
            return &entry;
    }
    return nullptr;
}

// The second words of a group's commands, "create, list, update, delete" for "links"; empty if
// `word` names no group.
QStringList groupCommands(const QString &word)
{
    QStringList names;
    for (const CommandEntry &entry : commands()) {
        if (entry.words.size() > 1 && entry.words.first() == word)
            names << entry.words.at(1);
    }
    return names;
}

// The options before the command word; everything from the command word on is the command's.
struct GlobalOptions
{
    QString error;   // a usage error, or empty
    std::optional<QString> dataDir;
    bool help = false;
    bool version = false;
    QStringList command;   // the command's words and arguments
};

GlobalOptions parseGlobalOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    // The main usage text describes these; the parser only needs their names.
    const QCommandLineOption dataDir(u"data-dir"_s, QString(), u"dir"_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, QString());
    const QCommandLineOption version(u"version"_s, QString());
    parser.addOptions({dataDir, help, version});
    GlobalOptions global;
    if (!parser.parse(QStringList{programName()} + arguments)) {
        global.error = parser.errorText();
        return global;
    }
    if (parser.isSet(dataDir)) {
        global.dataDir = parser.value(dataDir);
        if (global.dataDir->isEmpty())
            global.error = Tr::tr("--data-dir needs a folder.");
    }
    global.help = parser.isSet(help);
    global.version = parser.isSet(version);
    global.command = parser.positionalArguments();
    return global;
}

QString mainUsage()
{
    return Tr::tr(
        "Usage: linkdeck-cli [--data-dir DIR] COMMAND ...\n"
        "\n"
        "Commands:\n"
        "  links create URL [options]   create a short link and print it\n"
        "  links list [options]         list links as a table, CSV or JSON\n"
        "  links update SLUG [--url URL] [--title T] [--tag T]... [--new-slug S]\n"
        "  links show SLUG [--domain D]  a link's fields, whether it asks for a password included\n"
        "  links delete SLUG [--domain D]\n"
        "  links import FILE [--dry-run] [--on-conflict skip|rename|update]   links from CSV, TSV, XLSX or JSON\n"
        "  links export --format csv|json|xlsx -o FILE [--filter TEXT]   every field and the click totals\n"
        "  accounts add NAME --provider bitly|rebrandly|shlink|cuttly [--api-base URL] [--token-stdin]\n"
        "  accounts list [--format table|csv|json]\n"
        "  accounts remove NAME\n"
        "  sync [--account NAME]        read the links of link services, send changes made offline\n"
        "  qr TEXT_OR_SLUG -o FILE [options]   a print-ready QR code (PNG, SVG, PDF, EPS)\n"
        "  qr-sheet SLUG... -o FILE.pdf [--paper a4|letter] [--grid COLSxROWS]   a sheet of labels\n"
        "  stats clicks|countries|referrers|devices|browsers|os SLUG_OR_CAMPAIGN [--from] [--to] [--unit] [--tz] [--format]\n"
        "\n"
        "The links commands and stats take --account NAME for an account with a link service\n"
        "(default: \"This computer\").\n"
        "Run \"linkdeck-cli links create --help\" for the options of a command.\n"
        "Global options: --data-dir DIR (keep the database in DIR), --help, --version.\n");
}

}   // namespace

QString programName()
{
    return u"linkdeck-cli"_s;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QNetworkAccessManager *network)
{
    Context context(out, err, network);
    const GlobalOptions global = parseGlobalOptions(arguments);
    if (!global.error.isEmpty())
        return context.fail(global.error + u'\n' + Tr::tr("See \"%1 --help\".").arg(programName()), UsageError);
    if (global.dataDir)
        Paths::setDataDirOverride(*global.dataDir);
    const QStringList &words = global.command;
    if (global.version) {
        out << programName() << u' ' << QStringLiteral(LINKDECK_VERSION) << Qt::endl;
        return Success;
    }
    const bool helpWord = !words.isEmpty() && words.first() == u"help";
    if (global.help || words.isEmpty() || helpWord) {
        const bool asked = global.help || helpWord;
        (asked ? out : err) << mainUsage();
        (asked ? out : err).flush();
        return asked ? Success : UsageError;
    }

    const CommandEntry *entry = findCommand(words);
    if (!entry) {
        const QStringList group = groupCommands(words.first());
        if (group.isEmpty())
            return context.fail(
                Tr::tr("Unknown command “%1”. Run \"linkdeck-cli --help\" for the commands.").arg(words.first()),
                UsageError);
        if (words.size() < 2)
            return context.fail(Tr::tr("%1 needs a command: %2.").arg(words.first(), group.join(u", "_s)), UsageError);
        if (words.at(1) == u"--help" || words.at(1) == u"-h" || words.at(1) == u"-help") {
            out << mainUsage();
            out.flush();
            return Success;
        }
        return context.fail(
            Tr::tr("Unknown command “%1 %2”: use %3.").arg(words.first(), words.at(1), group.join(u", "_s)),
            UsageError);
    }
    const std::unique_ptr<Command> command = entry->make();
    return command->run(words.mid(entry->words.size()), context);
}

bool needsGuiApplication(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const GlobalOptions global = parseGlobalOptions(arguments);
    const CommandEntry *entry = global.error.isEmpty() ? findCommand(global.command) : nullptr;
    return entry && entry->draws;
}

}   // namespace Linkdeck::Cli
