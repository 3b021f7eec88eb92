#include "cli/accountscommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <array>
#include <csignal>
#include <iostream>
#include <memory>
#include <string>

#include <termios.h>
#include <unistd.h>

#include "cli/linkscommands.h"
#include "cli/output.h"
#include "cli/remote.h"
#include "core/providers/linkprovider.h"
#include "core/providers/providerregistry.h"
#include "core/storage/accountrepository.h"
#include "core/storage/secretstore.h"
#include "core/sync/backend.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Cli {
namespace {

// How long the keychain may take to answer (it may ask the desktop to unlock it).
constexpr int KeychainTimeoutMs = 120'000;

// The first line of stdin, trimmed; the copy in std::string is wiped.
QString readFirstLine()
{
    std::string line;
    std::getline(std::cin, line);
    QString text = QString::fromLocal8Bit(line).trimmed();
    std::fill(line.begin(), line.end(), '\0');
    return text;
}

// While the terminal does not echo, a signal must not leave it so.
termios savedTerminal{};
volatile std::sig_atomic_t echoOff = 0;

extern "C" void restoreTerminalAndExit(int number)
{
    if (echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    std::signal(number, SIG_DFL);
    std::raise(number);
}

// A line typed at the terminal without showing it.
QString promptWithoutEcho(QTextStream &err, const QString &prompt)
{
    err << prompt;
    err.flush();
    const bool hide = tcgetattr(STDIN_FILENO, &savedTerminal) == 0;
    std::array<void (*)(int), 3> previous{};
    const std::array<int, 3> caught{SIGINT, SIGTERM, SIGHUP};
    if (hide) {
        for (std::size_t i = 0; i < caught.size(); ++i)
            previous[i] = std::signal(caught[i], restoreTerminalAndExit);
        termios quiet = savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        echoOff = 1;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const QString line = readFirstLine();
    if (hide) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
        echoOff = 0;
        for (std::size_t i = 0; i < caught.size(); ++i)
            std::signal(caught[i], previous[i]);
    }
    err << Qt::endl;   // the Enter the terminal did not show
    return line;
}

Result<void> writeSecret(SecretStore &secrets, const QString &key, const QString &secret)
{
    std::optional<Result<void>> result;
    Waiter written;
    secrets.write(key, secret, [&](const Result<void> &r) {
        result = r;
        written.done();
    });
    if (!written.wait(KeychainTimeoutMs))
        return Error::make(Error::Kind::Timeout, Tr::tr("The keychain did not answer."));
    return *result;
}

Result<void> removeSecret(SecretStore &secrets, const QString &key)
{
    std::optional<Result<void>> result;
    Waiter removed;
    secrets.remove(key, [&](const Result<void> &r) {
        result = r;
        removed.done();
    });
    if (!removed.wait(KeychainTimeoutMs))
        return Error::make(Error::Kind::Timeout, Tr::tr("The keychain did not answer."));
    return *result;
}

QString noKeychainHint()
{
    return Tr::tr("Run linkdeck-cli from a desktop session, where GNOME Keyring or KWallet is available.");
}

QString lastSyncText(const Account &account, bool iso)
{
    if (!account.lastSyncAt.isValid())
        return iso ? QString() : Tr::tr("never");
    return iso ? account.lastSyncAt.toUTC().toString(Qt::ISODate)
               : QLocale().toString(account.lastSyncAt.toLocalTime(), QLocale::ShortFormat);
}

}   // namespace

// accounts add ---------------------------------------------------------------------------

AccountsAddCommand::AccountsAddCommand()
    : Command(u"accounts add"_s,
              u"accounts add NAME --provider bitly|rebrandly|shlink|cuttly [--api-base URL] [--workspace ID] "
              "[--domain DOMAIN] [--token-stdin] [--no-check]"_s,
              Tr::tr("Adds an account with a link service. The API token is read from the terminal without "
                     "showing it, or with --token-stdin as the first line of stdin, and kept only in the "
                     "keychain (GNOME Keyring, KWallet). The connection is tested before anything is saved."))
    , m_provider(u"provider"_s, Tr::tr("The service: bitly, rebrandly, shlink or cuttly."), u"provider"_s)
    , m_apiBase(u"api-base"_s,
                Tr::tr("The API address: required for Shlink (the server, e.g. https://s.example.com), "
                       "otherwise the service's own."),
                u"url"_s)
    , m_workspace(u"workspace"_s, Tr::tr("The Rebrandly workspace or the Bitly group (default: the account's first)."),
                  u"id"_s)
    , m_domain(u"domain"_s, Tr::tr("The domain of new links when none is given."), u"domain"_s)
    , m_tokenStdin(u"token-stdin"_s, Tr::tr("Read the token from the first line of stdin."))
    , m_noCheck(u"no-check"_s, Tr::tr("Save the account without testing the connection."))
{
    m_parser.addOptions({m_provider, m_apiBase, m_workspace, m_domain, m_tokenStdin, m_noCheck});
    m_parser.addPositionalArgument(u"NAME"_s, Tr::tr("A name for the account, e.g. Marketing."));
}

int AccountsAddCommand::execute(Context &context)
{
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(context, Tr::tr("accounts add needs exactly one account name."));
    if (!m_parser.isSet(m_provider))
        return usageError(context, Tr::tr("accounts add needs --provider bitly, rebrandly, shlink or cuttly."));
    const std::optional<ProviderKind> kind = providerKindFromId(m_parser.value(m_provider).trimmed().toLower());
    if (!kind || !ProviderRegistry::info(*kind).addable)
        return usageError(
            context,
            Tr::tr("Unknown provider “%1”: use bitly, rebrandly, shlink or cuttly.").arg(m_parser.value(m_provider)));

    Account account;
    account.provider = *kind;
    account.name = positional.first().trimmed();
    account.apiBase = m_parser.value(m_apiBase).trimmed();
    account.workspace = m_parser.value(m_workspace).trimmed();
    const std::optional<QString> domain = domainOption(context, m_domain);
    if (!domain)
        return Failure;
    account.defaultDomain = *domain;
    if (account.name.isEmpty())
        return context.fail(Tr::tr("Give the account a name."));
    if (const QString problem = AccountRepository::validate(account); !problem.isEmpty())
        return context.fail(problem);
    if (const QString warning = AccountRepository::cleartextWarning(account); !warning.isEmpty())
        context.warn(warning);

    Backend *backend = context.backend();
    if (!backend)
        return Failure;
    if (backend->accounts().findByName(account.name))
        return context.fail(Tr::tr("There is already an account named “%1”.").arg(account.name));

    // Asked only once the rest is known to be right.
    QString token;
    if (stdinIsTerminal())
        token =
            promptWithoutEcho(context.err(), Tr::tr("API token for “%1” (%2): ").arg(account.name, serviceName(*kind)));
    else if (m_parser.isSet(m_tokenStdin))
        token = readFirstLine();
    else
        return usageError(context, Tr::tr("Give the token with --token-stdin."));
    if (token.isEmpty())
        return context.fail(Tr::tr("The token is empty: nothing was saved."));

    const Result<Account> added = backend->accounts().add(account);
    if (!added)
        return context.fail(added.error().message);
    account = *added;
    const auto undo = [&] {
        backend->resetProvider(account.id);
        backend->accounts().remove(account.id);
    };

    // The test uses the token as typed: nothing reaches the keychain before it passed.
    const std::unique_ptr<LinkProvider> probe(backend->providers().makeProbe(account, token));
    if (!probe) {
        undo();
        return context.fail(Tr::tr("Linkdeck cannot use accounts of %1.").arg(serviceName(*kind)));
    }
    if (!m_parser.isSet(m_noCheck)) {
        const Result<void> connected = await(probe->testConnection());
        if (!connected) {
            undo();
            return context.fail(
                Tr::tr("The account “%1” was not added: %2").arg(account.name, connected.error().message));
        }
    }

    const Result<void> stored = writeSecret(backend->secrets(), SecretStore::accountKey(account), token);
    token.fill(u'\0');
    if (!stored) {
        undo();
        if (stored.error().kind == Error::Kind::Timeout)   // a late answer may still store it
            removeSecret(backend->secrets(), SecretStore::accountKey(account));
        QString message = Tr::tr("The account “%1” was not added: %2").arg(account.name, stored.error().message);
        if (stored.error().kind == Error::Kind::Unsupported)
            message += u'\n' + noKeychainHint();
        return context.fail(message);
    }
    context.out() << forTerminal(Tr::tr("Added the account “%1” (%2).").arg(account.name, serviceName(*kind)))
                  << Qt::endl;
    return Success;
}

// accounts list --------------------------------------------------------------------------

AccountsListCommand::AccountsListCommand()
    : Command(u"accounts list"_s, u"accounts list [--format table|csv|json]"_s,
              Tr::tr("Lists the accounts: id, name, service, default domain, API address and last sync. "
                     "Tokens stay in the keychain and are never shown."))
    , m_format(u"format"_s, Tr::tr("table (default), csv or json."), u"format"_s, u"table"_s)
{
    m_parser.addOption(m_format);
}

int AccountsListCommand::execute(Context &context)
{
    if (!m_parser.positionalArguments().isEmpty())
        return usageError(context,
                          Tr::tr("accounts list takes no arguments, only options: “%1”.")
                              .arg(m_parser.positionalArguments().join(u' ')));
    const std::optional<ListFormat> format = listFormatFromName(m_parser.value(m_format));
    if (!format)
        return usageError(context,
                          Tr::tr("Unknown format “%1”: use table, csv or json.").arg(m_parser.value(m_format)));
    Backend *backend = context.backend();
    if (!backend)
        return Failure;
    const QList<Account> accounts = backend->accounts().all();
    QTextStream &out = context.out();
    switch (*format) {
    case ListFormat::Csv:
        out << csvRow({u"id"_s, u"name"_s, u"provider"_s, u"default_domain"_s, u"api_base"_s, u"last_sync_at"_s});
        for (const Account &a : accounts)
            out << csvRow({QString::number(a.id), a.name, providerKindId(a.provider), a.defaultDomain, a.apiBase,
                           lastSyncText(a, true)});
        break;
    case ListFormat::Json: {
        QJsonArray rows;
        for (const Account &a : accounts) {
            rows.append(QJsonObject{
                {u"id"_s, a.id},
                {u"name"_s, a.name},
                {u"provider"_s, providerKindId(a.provider)},
                {u"defaultDomain"_s, a.defaultDomain},
                {u"apiBase"_s, a.apiBase},
                {u"lastSyncAt"_s,
                 a.lastSyncAt.isValid() ? QJsonValue(lastSyncText(a, true)) : QJsonValue(QJsonValue::Null)},
            });
        }
        out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        break;
    }
    case ListFormat::Table: {
        QList<QStringList> rows{{Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("PROVIDER"), Tr::tr("DOMAIN"), Tr::tr("API BASE"),
                                 Tr::tr("LAST SYNC")}};
        for (const Account &a : accounts)
            rows << QStringList{QString::number(a.id),        forTerminal(a.name),    providerKindId(a.provider),
                                forTerminal(a.defaultDomain), forTerminal(a.apiBase), lastSyncText(a, false)};
        QList<int> widths(rows.first().size(), 0);
        for (const QStringList &row : std::as_const(rows)) {
            for (int i = 0; i < row.size(); ++i)
                widths[i] = std::max(widths[i], std::min(60, int(row.at(i).size())));
        }
        for (const QStringList &row : std::as_const(rows)) {
            for (int i = 0; i < row.size(); ++i) {
                const bool last = i == row.size() - 1;
                out << (last ? row.at(i) : fitColumn(row.at(i), widths[i])) << (last ? u"\n"_s : u"  "_s);
            }
        }
        break;
    }
    }
    out.flush();
    if (out.status() != QTextStream::Ok)
        return context.fail(Tr::tr("Could not write the list to the output."));
    return Success;
}

// accounts remove ------------------------------------------------------------------------

AccountsRemoveCommand::AccountsRemoveCommand()
    : Command(u"accounts remove"_s, u"accounts remove NAME"_s,
              Tr::tr("Removes an account from Linkdeck, with the links kept of it on this computer and its token "
                     "in the keychain. The links stay with the service."))
{
    m_parser.addPositionalArgument(u"NAME"_s, Tr::tr("The account's name."));
}

int AccountsRemoveCommand::execute(Context &context)
{
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(context, Tr::tr("accounts remove needs exactly one account name."));
    const std::optional<Account> account = context.account(positional.first());
    if (!account)
        return Failure;
    Backend *backend = context.backend();
    const qsizetype unsent = backend->queue().entries(account->id).size();   // none for "This computer"
    backend->resetProvider(account->id);
    if (const Result<void> removed = backend->accounts().remove(account->id); !removed)
        return context.fail(removed.error().message);   // "This computer" stays
    if (unsent > 0)
        context.warn(
            Tr::tr("%n change(s) made offline in “%1” had not been sent yet; they are gone.", nullptr, int(unsent))
                .arg(account->name));
    const Result<void> forgotten = removeSecret(backend->secrets(), SecretStore::accountKey(*account));
    if (!forgotten) {
        QString message =
            Tr::tr("The account “%1” was removed, but its token could not be removed from the keychain: %2")
                .arg(account->name, forgotten.error().message);
        if (forgotten.error().kind == Error::Kind::Unsupported)
            message += u'\n' + noKeychainHint();
        return context.fail(message);
    }
    context.out() << forTerminal(Tr::tr("Removed the account “%1”.").arg(account->name)) << Qt::endl;
    return Success;
}

// sync -----------------------------------------------------------------------------------

SyncCommand::SyncCommand()
    : Command(u"sync"_s, u"sync [--account NAME]"_s,
              Tr::tr("Reads the links of the accounts with link services into this computer's list, then sends "
                     "the changes made while a service could not be reached (those of every account). Fails "
                     "if a service could not be reached or a change is still waiting."))
    , m_account(u"account"_s, Tr::tr("Only this account (default: every account with a link service)."), u"name"_s)
{
    m_parser.addOption(m_account);
}

int SyncCommand::execute(Context &context)
{
    if (!m_parser.positionalArguments().isEmpty())
        return usageError(
            context,
            Tr::tr("sync takes no arguments, only options: “%1”.").arg(m_parser.positionalArguments().join(u' ')));
    Backend *backend = context.backend();
    if (!backend)
        return Failure;
    QList<std::pair<Account, PullOutcome>> pulls;
    ReplayOutcome sent;
    if (m_parser.isSet(m_account)) {
        const std::optional<Account> account = context.account(m_parser.value(m_account));
        if (!account)
            return Failure;
        if (!ProviderRegistry::info(account->provider).remote)
            return context.fail(
                Tr::tr("“%1” keeps its links on this computer: there is nothing to sync.").arg(account->name));
        std::optional<ReplayOutcome> replayed;
        if (backend->provider(account->id)) {   // Cuttly cannot list, but its links made here get their click totals
            const PullOutcome pulled = pullAccount(context, *backend, *account);
            pulls.append({*account, pulled});
            replayed = pulled.replay;
        }
        sent = replayed ? *replayed : replayQueue(*backend);   // a complete pull sent the queue already
    } else {
        // The GUI's Synchronise: the queue first, then every account with a link service.
        const SyncOutcome all = syncAll(context, *backend);
        pulls = all.pulls;
        sent = all.replay;
    }

    bool problems = false;
    for (const auto &[account, pulled] : std::as_const(pulls)) {
        if (!pulled.ok) {
            context.warn(Tr::tr("“%1”: %2").arg(account.name, pulled.message));
            problems = true;
            continue;
        }
        context.out() << forTerminal(Tr::tr("“%1”: %n link(s).", nullptr, pulled.links).arg(account.name)) << Qt::endl;
    }
    if (sent.sent > 0)
        context.out() << Tr::tr("Sent %n change(s) made offline.", nullptr, sent.sent) << Qt::endl;
    if (sent.failed > 0) {
        context.warn(Tr::tr("The services refused %n change(s) made offline; they are marked as not sent.", nullptr,
                            sent.failed));
        problems = true;
    }
    if (sent.stillPending > 0) {
        context.warn(Tr::tr("%n change(s) still wait for the network.", nullptr, sent.stillPending));
        problems = true;
    }
    context.out().flush();
    return problems ? Failure : Success;
}

}   // namespace Linkdeck::Cli
