#include "core/storage/settings.h"

#include "core/links/slug.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Linkdeck {

int Settings::randomSlugLength() const
{
    return qBound(4, m_store.value(u"links/randomSlugLength"_s, Slug::DefaultRandomLength).toInt(), 16);
}

void Settings::setRandomSlugLength(int length)
{
    m_store.setValue(u"links/randomSlugLength"_s, qBound(4, length, 16));
}

bool Settings::lowercaseUtm() const
{
    return m_store.value(u"utm/lowercase"_s, true).toBool();
}

void Settings::setLowercaseUtm(bool on)
{
    m_store.setValue(u"utm/lowercase"_s, on);
}

QString Settings::defaultUtmPreset() const
{
    return m_store.value(u"utm/defaultPreset"_s).toString();
}

void Settings::setDefaultUtmPreset(const QString &id)
{
    m_store.setValue(u"utm/defaultPreset"_s, id);
}

quint16 Settings::serverPort() const
{
    return quint16(m_store.value(u"server/port"_s, 8080).toUInt());
}

void Settings::setServerPort(quint16 port)
{
    m_store.setValue(u"server/port"_s, port);
}

bool Settings::startServerWithApp() const
{
    return m_store.value(u"server/startWithApp"_s, true).toBool();
}

void Settings::setStartServerWithApp(bool on)
{
    m_store.setValue(u"server/startWithApp"_s, on);
}

Settings::Appearance Settings::appearance() const
{
    const QString value = m_store.value(u"window/appearance"_s).toString();
    return value == u"light"_s ? Appearance::Light : value == u"dark"_s ? Appearance::Dark : Appearance::System;
}

void Settings::setAppearance(Appearance appearance)
{
    m_store.setValue(u"window/appearance"_s,
                     appearance == Appearance::Light      ? u"light"_s
                         : appearance == Appearance::Dark ? u"dark"_s
                                                          : u"system"_s);
}

QStringList Settings::qrPresetNames() const
{
    return m_store.value(u"qr/presets"_s).toMap().keys();
}

QVariantMap Settings::qrPreset(const QString &name) const
{
    return m_store.value(u"qr/presets"_s).toMap().value(name).toMap();
}

void Settings::setQrPreset(const QString &name, const QVariantMap &values)
{
    QVariantMap all = m_store.value(u"qr/presets"_s).toMap();
    all.insert(name, values);
    m_store.setValue(u"qr/presets"_s, all);
}

QByteArray Settings::windowGeometry() const
{
    return m_store.value(u"window/geometry"_s).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray &state)
{
    m_store.setValue(u"window/geometry"_s, state);
}
QByteArray Settings::windowState() const
{
    return m_store.value(u"window/state"_s).toByteArray();
}
void Settings::setWindowState(const QByteArray &state)
{
    m_store.setValue(u"window/state"_s, state);
}
QByteArray Settings::splitterState() const
{
    return m_store.value(u"window/splitter"_s).toByteArray();
}
void Settings::setSplitterState(const QByteArray &state)
{
    m_store.setValue(u"window/splitter"_s, state);
}
QByteArray Settings::tableHeaderState() const
{
    return m_store.value(u"window/tableHeader"_s).toByteArray();
}
void Settings::setTableHeaderState(const QByteArray &state)
{
    m_store.setValue(u"window/tableHeader"_s, state);
}

}   // namespace Linkdeck
