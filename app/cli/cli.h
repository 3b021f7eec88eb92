#pragma once

#include <QString>
#include <QStringList>

class QNetworkAccessManager;
class QTextStream;

namespace Linkdeck::Cli {

// Exit codes: 0 success, 1 the command failed (bad input, slug taken, storage), 2 usage.
enum ExitCode {
    Success = 0,
    Failure = 1,
    UsageError = 2,
};

QString programName();   // "linkdeck-cli"

// Runs `linkdeck-cli ARGS...` (arguments without the program name) against the database at
// Paths::databasePath(), writing results to out and messages to err. Global options
// (--data-dir DIR, --help, --version) come before the command. Link services are reached
// through `network` (main's), or one of the backend's own when it is null.
//
//   QTextStream out(stdout), err(stderr);
//   return Cli::run(QCoreApplication::arguments().mid(1), out, err, &network);
int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QNetworkAccessManager *network = nullptr);

// Whether the command line names a command that draws (QR output), which needs a
// QGuiApplication rather than a QCoreApplication. For main(), before the application exists.
bool needsGuiApplication(int argc, char **argv);

}   // namespace Linkdeck::Cli
