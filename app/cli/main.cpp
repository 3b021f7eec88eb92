#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

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
    const std::unique_ptr<QCoreApplication> app(drawing ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    Linkdeck::Paths::setApplicationInfo();
    Linkdeck::installTranslators();
    QTextStream out(stdout);
    QTextStream err(stderr);
    QNetworkAccessManager network;   // every link service's requests, for the whole run
    return Linkdeck::Cli::run(QCoreApplication::arguments().mid(1), out, err, &network);
}
