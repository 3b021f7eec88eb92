#include "cli/cli.h"
#include "core/paths.h"
#include "i18n.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Linkdeck::Paths::setApplicationInfo();
    Linkdeck::installTranslators();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Linkdeck::Cli::run(QCoreApplication::arguments().mid(1), out, err);
}
