#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "cli/cli.h"
#include "core/base/paths.h"
#include "i18n.h"

int main(int argc, char *argv[])
{
    // QR output draws text and PDF pages, which needs a QGuiApplication; it needs no screen.
    const bool drawing = Linkdeck::Cli::needsGuiApplication(argc, argv);
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app(drawing ? new QGuiApplication(argc, argv)
                                                        : new QCoreApplication(argc, argv));
    Linkdeck::Paths::setApplicationInfo();
    Linkdeck::installTranslators();
    QTextStream out(stdout);
    QTextStream err(stderr);
    int code = 0;
    {
        QNetworkAccessManager network;   // every link service's requests, for the whole run
        code = Linkdeck::Cli::run(QCoreApplication::arguments().mid(1), out, err, &network);
    }
    // Everything the command did is done and written (the database committed, the settings and
    // keychain written inside run()). Leave without tearing Qt down: its D-Bus and host-lookup
    // threads can end after Qt's thread-local storage is gone and print a warning into the
    // output of a command that succeeded (seen once in a CI run).
    out.flush();
    err.flush();
    std::fflush(nullptr);
    std::_Exit(code);
}
