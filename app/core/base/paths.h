#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace Linkdeck {

// Where Linkdeck keeps its data and settings: where Qt puts them (QStandardPaths, so
// XDG_DATA_HOME and XDG_CONFIG_HOME are honoured), unless --data-dir names a folder, in
// which case both the database and the settings file live there.
class Paths
{
public:
    // Sets organisation and application names shared by all executables, so that the
    // GUI and the CLI find the same database.
    static void setApplicationInfo();
    static void setDataDirOverride(const QString &dir);

    static QString dataDir();   // created if missing
    static QString databasePath();
    static std::unique_ptr<QSettings> settings();
};

}   // namespace Linkdeck
