#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "cli/cli.h"
#include "core/links/link.h"

class QNetworkAccessManager;
class QTextStream;

namespace Linkdeck {
class Backend;
class LinkProvider;
}   // namespace Linkdeck

namespace Linkdeck::Cli {

// Every user-visible string of linkdeck-cli is translated in the "Linkdeck::Cli" context.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Cli)
};

// What a command runs with: stdout for results, stderr for messages, and the database, which
// is opened on first use so that --help and usage errors never create or lock it.
//
//   Backend *backend = context.backend();
//   if (!backend)
//       return Failure;   // the reason is on stderr already
class Context
{
    Q_DISABLE_COPY_MOVE(Context)
public:
    // `network`: what the backend's providers send their requests through (null: its own).
    Context(QTextStream &out, QTextStream &err, QNetworkAccessManager *network = nullptr);
    ~Context();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // The Backend over Paths::databasePath(); nullptr, after saying why, if it cannot be opened.
    Backend *backend();
    // The domain of "This computer" (where links go without --domain); nullopt, after saying
    // why, if the database cannot be opened or lacks the account.
    std::optional<QString> localDomain();

    // The account called `name` (upper and lower case are the same), or "This computer" when
    // name is empty; nullopt, after saying why, if the database cannot be opened or has none.
    std::optional<Account> account(const QString &name);
    // The provider behind an account; nullptr, after saying why, if Linkdeck cannot use it.
    LinkProvider *provider(const Account &account);

    // Prints "linkdeck-cli: MESSAGE" on stderr and returns code, for `return context.fail(...)`.
    int fail(const QString &message, int code = Failure);
    void warn(const QString &message);
    // "linkdeck-cli: MESSAGE" on stderr, for news that is neither a result nor a problem.
    void note(const QString &message);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QNetworkAccessManager *m_network;
    std::unique_ptr<Backend> m_backend;
};

// One subcommand, after KeePassXC's src/cli/Command.h. A subclass adds its options and
// positional arguments to m_parser in its constructor and implements execute(); run() parses
// (a parse error is a usage error, exit 2), answers --help without touching the database, and
// accepts --data-dir here too.
class Command
{
    Q_DISABLE_COPY_MOVE(Command)
public:
    virtual ~Command();

    // arguments: what follows the command's words, e.g. {"https://…", "--slug", "spring"}.
    int run(const QStringList &arguments, Context &context);

protected:
    // name: "links create"; synopsis: what follows "linkdeck-cli " in the usage line;
    // description: a sentence or two for --help.
    Command(const QString &name, const QString &synopsis, const QString &description);
    virtual int execute(Context &context) = 0;

    // A usage error that names the command's --help.
    int usageError(Context &context, const QString &message) const;
    // The normalised value of a --domain option: empty when it is not given; nullopt, after
    // saying why, when it is not a domain name.
    std::optional<QString> domainOption(Context &context, const QCommandLineOption &option) const;

    QCommandLineParser m_parser;

private:
    QString m_name;
    QString m_synopsis;
    QString m_description;
    QCommandLineOption m_help;
    QCommandLineOption m_dataDir;
};

// Whether stdin / stderr is a terminal (for prompts, and progress that scripts should not see).
bool stdinIsTerminal();
bool stderrIsTerminal();

// Waits in a local event loop until done() is called, from a callback or a signal handler.
// A done() that comes before wait() (a callback that ran at once) is remembered.
//
//   Waiter written;
//   secrets.write(key, token, [&](const Result<void> &r) { result = r; written.done(); });
//   if (!written.wait(60000)) ...   // timed out
class Waiter
{
    Q_DISABLE_COPY_MOVE(Waiter)
public:
    Waiter() = default;
    void done();
    bool isDone() const { return m_done; }
    // false if timeoutMs (> 0) passed first; 0 waits as long as it takes.
    bool wait(int timeoutMs = 0);

private:
    QEventLoop m_loop;
    bool m_done = false;
};

// The result of a provider call. The local provider's futures are finished already; a network
// provider's finish on this thread's event loop, so wait in a local one rather than blocking.
template<typename T>
T await(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    future.waitForFinished();
    return future.result();
}

}   // namespace Linkdeck::Cli
