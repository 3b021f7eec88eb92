#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class QSettings;

namespace Linkdeck {

// Typed access to the user's preferences over an injected QSettings (tests pass a
// temporary INI file). One getter and setter per preference, with its default here.
class Settings
{
public:
    explicit Settings(QSettings &store)
        : m_store(store)
    {}

    int randomSlugLength() const;
    void setRandomSlugLength(int length);
    bool lowercaseUtm() const;   // GA4 treats "Email" and "email" as two mediums
    void setLowercaseUtm(bool on);
    QString defaultUtmPreset() const;   // a UtmPreset id, or empty
    void setDefaultUtmPreset(const QString &id);

    quint16 serverPort() const;   // the local linkdeck-server; 0: any free port
    void setServerPort(quint16 port);
    bool startServerWithApp() const;
    void setStartServerWithApp(bool on);

    // The colours of the windows: the platform's, or Linkdeck's own light or dark palette.
    enum class Appearance { System, Light, Dark };
    Appearance appearance() const;
    void setAppearance(Appearance appearance);

    // QR studio presets the user saved, by name (values as the studio writes them).
    QStringList qrPresetNames() const;
    QVariantMap qrPreset(const QString &name) const;
    void setQrPreset(const QString &name, const QVariantMap &values);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &state);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QByteArray tableHeaderState() const;
    void setTableHeaderState(const QByteArray &state);

private:
    QSettings &m_store;
};

}   // namespace Linkdeck
