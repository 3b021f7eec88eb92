#include "cli/command.h"

#include "cli/linkscommands.h"   // normalisedDomain
#include "cli/output.h"          // forTerminal

#include <QTextStream>
#include <QTimer>

#include <unistd.h>

#include "core/base/paths.h"
#include "core/storage/accountrepository.h"
#include "core/sync/backend.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Cli {

Context::Context(QTextStream &out, QTextStream &err, QNetworkAccessManager *network)
    : m_out(out)
    , m_err(err)
    , m_network(network)
{}

Context::~Context() = default;

Backend *Context::backend()
{
    if (!m_backend) {
        auto backend = std::make_unique<Backend>(m_network);
        if (const auto opened = backend->open(Paths::databasePath()); !opened) {
            fail(opened.error().message);
            return nullptr;
        }
        // A damaged page reads as "no rows" to the repositories: an empty list, "There is no
        // link". Check the link tables (not the clicks, which can be large) before trusting them.
        if (const auto checked = backend->database().quickCheck(Database::linkTables()); !checked) {
            fail(checked.error().message);
            return nullptr;
        }
        m_backend = std::move(backend);
    }
    return m_backend.get();
}

std::optional<QString> Context::localDomain()
{
    Backend *opened = backend();
    if (!opened)
        return std::nullopt;
    const std::optional<Account> local = opened->accounts().find(AccountRepository::LocalAccountId);
    if (!local) {
        fail(Tr::tr("The database has no account for this computer."));
        return std::nullopt;
    }
    return local->defaultDomain;
}

std::optional<Account> Context::account(const QString &name)
{
    Backend *opened = backend();
    if (!opened)
        return std::nullopt;
    if (name.isEmpty()) {
        std::optional<Account> local = opened->accounts().find(AccountRepository::LocalAccountId);
        if (!local)
            fail(Tr::tr("The database has no account for this computer."));
        return local;
    }
    std::optional<Account> found = opened->accounts().findByName(name.trimmed());
    if (!found)
        fail(Tr::tr("There is no account “%1”. Run \"linkdeck-cli accounts list\" for the accounts.").arg(name));
    return found;
}

LinkProvider *Context::provider(const Account &account)
{
    Backend *opened = backend();
    LinkProvider *p = opened ? opened->provider(account.id) : nullptr;
    if (opened && !p)
        fail(Tr::tr("Linkdeck cannot use the account “%1”.").arg(account.name));
    return p;
}

int Context::fail(const QString &message, int code)
{
    m_out.flush();
    m_err << programName() << u": "_s << forTerminal(message, true) << Qt::endl;
    return code;
}

void Context::warn(const QString &message)
{
    m_err << programName() << u": "_s << forTerminal(Tr::tr("warning: %1").arg(message), true) << Qt::endl;
}

void Context::note(const QString &message)
{
    m_out.flush();
    m_err << programName() << u": "_s << forTerminal(message, true) << Qt::endl;
}

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

bool stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

void Waiter::done()
{
    m_done = true;
    m_loop.quit();
}

bool Waiter::wait(int timeoutMs)
{
    if (m_done)
        return true;
    QTimer timer;
    if (timeoutMs > 0) {
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        timer.start(timeoutMs);
    }
    while (!m_done && (timeoutMs <= 0 || timer.isActive()))
        m_loop.exec();
    return m_done;
}

Command::Command(const QString &name, const QString &synopsis, const QString &description)
    : m_name(name)
    , m_synopsis(synopsis)
    , m_description(description)
    , m_help({u"h"_s, u"help"_s}, Tr::tr("Show this help."))
    , m_dataDir(u"data-dir"_s, Tr::tr("Keep the database in DIR (also accepted before the command)."), u"DIR"_s)
{
    // "-o FILE" and "--output FILE" alike; no bundling of one-letter options.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_help);
    m_parser.addOption(m_dataDir);
}

Command::~Command() = default;

int Command::run(const QStringList &arguments, Context &context)
{
    // parse(), not process(): process() would print and exit() by itself, with its own exit codes.
    if (!m_parser.parse(QStringList{programName()} + arguments))
        return usageError(context, m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        QTextStream &out = context.out();
        out << Tr::tr("Usage: linkdeck-cli %1").arg(m_synopsis) << u"\n\n"_s;
        if (!m_description.isEmpty())
            out << m_description << u"\n\n"_s;
        // helpText() starts with its own usage line and a blank line.
        out << m_parser.helpText().section(u'\n', 2);
        out.flush();
        return Success;
    }
    if (m_parser.isSet(m_dataDir)) {
        if (m_parser.value(m_dataDir).isEmpty())
            return usageError(context, Tr::tr("--data-dir needs a folder."));
        Paths::setDataDirOverride(m_parser.value(m_dataDir));
    }
    return execute(context);
}

std::optional<QString> Command::domainOption(Context &context, const QCommandLineOption &option) const
{
    if (!m_parser.isSet(option))
        return QString();
    const QString domain = normalisedDomain(m_parser.value(option));
    if (domain.isEmpty()) {
        context.fail(Tr::tr("“%1” is not a domain name.").arg(m_parser.value(option)));
        return std::nullopt;
    }
    return domain;
}

int Command::usageError(Context &context, const QString &message) const
{
    return context.fail(message + u'\n' + Tr::tr("See \"%1 --help\".").arg(programName() + u' ' + m_name), UsageError);
}

}   // namespace Linkdeck::Cli
