// linkdeck-fake-services: the Bitly, Rebrandly and Cuttly fakes as one long-running process,
// for demos and manual testing of the app against "remote" providers without an account.
//
//   linkdeck-fake-services [--bitly-port P] [--rebrandly-port P] [--cuttly-port P] [--seed N]
//
// Prints one line per service (name, API base URL, credential) and runs until SIGTERM/SIGINT.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

#include "support/fakes/fakebitly.h"
#include "support/fakes/fakecuttly.h"
#include "support/fakes/fakerebrandly.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck::Test;

namespace {

int signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalFds[1], &byte, 1);
}

// Quit the event loop on SIGTERM/SIGINT through a self-pipe: a handler may not touch Qt.
bool installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalFds) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalFds[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

}   // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"linkdeck-fake-services"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Local stand-ins for the Bitly v4, Rebrandly v1 and Cuttly APIs."_s);
    parser.addHelpOption();
    const QCommandLineOption bitlyPort(u"bitly-port"_s, u"Port for the Bitly fake (0 = any free port)."_s, u"port"_s,
                                       u"0"_s);
    const QCommandLineOption rebrandlyPort(u"rebrandly-port"_s, u"Port for the Rebrandly fake."_s, u"port"_s, u"0"_s);
    const QCommandLineOption cuttlyPort(u"cuttly-port"_s, u"Port for the Cuttly fake."_s, u"port"_s, u"0"_s);
    const QCommandLineOption seed(u"seed"_s, u"Links to create in each fake at start."_s, u"count"_s, u"0"_s);
    parser.addOptions({bitlyPort, rebrandlyPort, cuttlyPort, seed});
    parser.process(app);

    QTextStream err(stderr);
    const auto port = [&](const QCommandLineOption &option, quint16 &out) {
        bool ok = false;
        const uint value = parser.value(option).toUInt(&ok);
        out = quint16(value);
        if (!ok || value > 65535)
            err << "invalid --" << option.names().constFirst() << ": " << parser.value(option) << Qt::endl;
        return ok && value <= 65535;
    };
    quint16 ports[3] = {};
    bool ok = false;
    const int seedCount = parser.value(seed).toInt(&ok);
    if (!port(bitlyPort, ports[0]) || !port(rebrandlyPort, ports[1]) || !port(cuttlyPort, ports[2]) || !ok
        || seedCount < 0) {
        if (!ok || seedCount < 0)
            err << "invalid --seed: " << parser.value(seed) << Qt::endl;
        return 2;
    }

    FakeBitly bitly;
    FakeRebrandly rebrandly;
    FakeCuttly cuttly;
    rebrandly.setRateLimit(10);
    const std::pair<FakeHttpServer *, const char *> servers[] = {
        {&bitly, "bitly"}, {&rebrandly, "rebrandly"}, {&cuttly, "cuttly"}};
    for (int i = 0; i < 3; ++i) {
        if (!servers[i].first->listen(ports[i])) {
            err << "cannot listen on 127.0.0.1:" << ports[i] << " for " << servers[i].second << Qt::endl;
            return 1;
        }
    }
    bitly.addLinks(seedCount);
    rebrandly.addLinks(seedCount);
    cuttly.addLinks(seedCount);
    if (!installSignalHandlers(app)) {
        err << "cannot install signal handlers" << Qt::endl;
        return 1;
    }

    QTextStream out(stdout);
    out << "bitly " << bitly.apiUrl().toString() << " token=" << bitly.token() << '\n'
        << "rebrandly " << rebrandly.apiUrl().toString() << " apikey=" << rebrandly.apiKey() << '\n'
        << "cuttly " << cuttly.apiUrl().toString() << " key=" << cuttly.key() << Qt::endl;
    return QCoreApplication::exec();
}
