#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Linkdeck {

// Campaign parameters (Google Analytics 4 / HubSpot "UTM" fields) and their merge into a
// destination URL. The merge works on the URL text itself, so existing parameters keep
// their order and encoding and the fragment stays where it was.
//
//   Utm utm{u"newsletter"_s, u"email"_s, u"spring-sale"_s};
//   utm.applyTo(u"https://shop.example/?ref=a#top"_s)
//     == u"https://shop.example/?ref=a&utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale#top"
struct Utm
{
    QString source;
    QString medium;
    QString campaign;
    QString term;
    QString content;

    bool isEmpty() const;
    Utm lowercased() const;
    Utm trimmed() const;
    bool operator==(const Utm &) const = default;

    // Replaces the utm_* parameters this Utm sets (in place, keeping their position) and
    // appends the others; parameters it leaves empty are not touched.
    QString applyTo(const QString &url, bool lowercase = false) const;

    static Utm fromUrl(const QString &url);
    static QString stripped(const QString &url);   // the URL without any utm_* parameter
    static const QStringList &keys();              // utm_source, utm_medium, ...
};

// A named set of UTM values offered in the editor ("Newsletter", "Print", ...).
struct UtmPreset
{
    QString id;
    QString name;   // translated
    Utm utm;
};

class UtmPresets
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::UtmPresets)
public:
    static QList<UtmPreset> all();
};

}   // namespace Linkdeck
