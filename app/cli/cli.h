#pragma once

#include <QStringList>

class QTextStream;

namespace Linkdeck::Cli {

// Exit codes: 0 success, 1 the command failed (bad input, slug taken, storage), 2 usage.
enum ExitCode {
    Success = 0,
    Failure = 1,
    UsageError = 2,
};

// Runs `linkdeck-cli ARGS...` (arguments without the program name) against the database at
// Paths::databasePath(), writing results to out and messages to err.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Linkdeck::Cli
