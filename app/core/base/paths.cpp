#include "core/base/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Linkdeck {
namespace {
QString &overrideDir()
{
    static QString dir;
    return dir;
}
}   // namespace

void Paths::setApplicationInfo()
{
    QCoreApplication::setOrganizationName(u"Linkdeck"_s);
    QCoreApplication::setOrganizationDomain(u"linkdeck.org"_s);
    QCoreApplication::setApplicationName(u"Linkdeck"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LINKDECK_VERSION));
}

void Paths::setDataDirOverride(const QString &dir)
{
    overrideDir() = dir.isEmpty() ? QString() : QDir(dir).absolutePath();
}

QString Paths::dataDir()
{
    const QString dir =
        overrideDir().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : overrideDir();
    QDir().mkpath(dir);
    return dir;
}

QString Paths::databasePath()
{
    return QDir(dataDir()).filePath(u"linkdeck.sqlite"_s);
}

std::unique_ptr<QSettings> Paths::settings()
{
    if (!overrideDir().isEmpty())
        return std::make_unique<QSettings>(QDir(dataDir()).filePath(u"linkdeck.conf"_s), QSettings::IniFormat);
    return std::make_unique<QSettings>();
}

}   // namespace Linkdeck
