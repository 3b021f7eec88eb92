#pragma once

namespace Linkdeck {

// How a linkdeck-server process ended, for the program that started it (the app's local
// server panel). The server's messages are English text for people and strerror() follows
// the locale, so a program reads this code, never the words.
enum class ServerExit : int {
    Stopped = 0,          // a clean stop
    Failed = 1,           // anything else; the last line on stderr says what
    PortInUse = 3,        // the --listen address is taken by another program
    AlreadyRunning = 4,   // another linkdeck-server uses this database or journal
};

}   // namespace Linkdeck
