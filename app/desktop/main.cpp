#include "core/base/paths.h"
#include "core/platform/instancelock.h"
#include "core/platform/localservercontroller.h"
#include "core/providers/localaddress.h"
#include "core/storage/settings.h"
#include "core/sync/backend.h"
#include "gui/appearance.h"
#include "gui/mainwindow.h"
#include "i18n.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Linkdeck::Paths::setApplicationInfo();
    QGuiApplication::setApplicationDisplayName(u"Linkdeck"_s);
    QGuiApplication::setDesktopFileName(QStringLiteral(LINKDECK_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/icons/linkdeck.svg"_s));
    Linkdeck::installTranslators();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Branded short links, campaign charts and QR codes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     QCoreApplication::translate("main", "Keep the database and settings in <dir>."),
                                     QCoreApplication::translate("main", "dir"));
    parser.addOption(dataDir);
    parser.process(app);
    Linkdeck::Paths::setDataDirOverride(parser.value(dataDir));

    Linkdeck::InstanceLock instance(Linkdeck::Paths::dataDir());
    if (auto locked = instance.acquire(); !locked) {
        qWarning("%s", qPrintable(locked.error().detail));
        QMessageBox::information(nullptr, QCoreApplication::translate("main", "Linkdeck is already open"),
                                 locked.error().message);
        return 1;
    }

    // Every link service's requests go through this one manager; it outlives the backend.
    QNetworkAccessManager network;
    Linkdeck::Backend backend(&network);
    if (auto opened = backend.open(Linkdeck::Paths::databasePath()); !opened) {
        qWarning("%s", qPrintable(opened.error().detail));
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Linkdeck cannot start"),
                              opened.error().message);
        return 1;
    }
    auto store = Linkdeck::Paths::settings();
    Linkdeck::Settings settings(*store);
    Linkdeck::Gui::Appearance::apply(settings.appearance());
    // This computer's links take the port chosen (a port changed before they followed it).
    if (const auto local = backend.accounts().find(Linkdeck::AccountRepository::LocalAccountId)) {
        if (auto moved = Linkdeck::LocalAddress::apply(backend.accounts(), backend.links(), local->apiBase,
                                                       settings.serverPort());
            !moved)
            qWarning("%s", qPrintable(moved.error().message));
    }
    Linkdeck::Gui::MainWindow window(backend, settings);
    if (window.startsMaximized())
        window.showMaximized();   // a first start on a small screen: all of the window on it
    else
        window.show();
    if (settings.startServerWithApp())
        window.localServer()->start();   // the embedded default: links on this computer redirect at once
    return app.exec();
}
