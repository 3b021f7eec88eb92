#include "cli/cli.h"
#include "core/paths.h"
#include "i18n.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // QR output draws text and PDF pages, which needs a QGuiApplication; it needs no screen.
    bool drawing = false;
    for (int i = 1; i < argc; ++i)
        drawing = drawing || std::strcmp(argv[i], "qr") == 0 || std::strcmp(argv[i], "qr-sheet") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(drawing ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    Linkdeck::Paths::setApplicationInfo();
    Linkdeck::installTranslators();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Linkdeck::Cli::run(QCoreApplication::arguments().mid(1), out, err);
}
