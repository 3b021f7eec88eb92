#pragma once

#include "server/config.h"

#include <QString>

namespace Linkdeck::Test {

// A linkdeck-server for a test: the database at `databasePath`, any free port on 127.0.0.1,
// two I/O threads (so that clicks come through two journals) and the API key "test-key".
inline Server::ServerConfig serverConfigFor(const QString &databasePath)
{
    Server::ServerConfig config;
    config.databasePath = databasePath.toStdString();
    config.listenPort = 0;
    config.ioThreads = 2;
    config.initialApiKey = "test-key";
    return config;
}

}   // namespace Linkdeck::Test
