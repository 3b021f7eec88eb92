#include "print/qrpreset.h"

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace Linkdeck::Print {
namespace {

// The built-in presets: a size, an error correction and a module shape, over whatever colours
// and logo the studio shows.
struct BuiltIn
{
    const char *name;
    double widthMm;
    QrCode::Ecc ecc;
    QrStyle::ModuleShape shape;
};
const BuiltIn builtIns[] = {
    {QT_TRANSLATE_NOOP("Linkdeck::Print::QrPresets", "Standard"), 30, QrCode::Ecc::M, QrStyle::ModuleShape::Square},
    {QT_TRANSLATE_NOOP("Linkdeck::Print::QrPresets", "Brand print"), 40, QrCode::Ecc::Q, QrStyle::ModuleShape::Rounded},
    {QT_TRANSLATE_NOOP("Linkdeck::Print::QrPresets", "Business card"), 18, QrCode::Ecc::M,
     QrStyle::ModuleShape::Square},
    {QT_TRANSLATE_NOOP("Linkdeck::Print::QrPresets", "Poster"), 150, QrCode::Ecc::H, QrStyle::ModuleShape::Dots},
};

// Reads the keys of one preset; a key it lacks is left alone. The first bad value stops it with
// an Error that names the key, what it takes and what it holds.
class Reader
{
public:
    Reader(const QVariantMap &preset, int version)
        : m_preset(preset)
        , m_version(version)
    {}

    template<typename T>
    void number(const QString &key, double min, double max, T *into)
    {
        read(key, [&](const QVariant &value) {
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (ok && v >= min && v <= max && (!std::is_integral_v<T> || v == std::floor(v)))
                *into = T(v);
            else
                fail(key, value,
                     std::is_integral_v<T> ? QrPresets::tr("a whole number from %1 to %2").arg(min).arg(max)
                                           : QrPresets::tr("a number from %1 to %2").arg(min).arg(max));
        });
    }

    // Format 1 stored the enumeration's number, format 2 stores its name.
    template<typename Enum>
    void enumeration(const QString &key, int count, QString (*name)(Enum),
                     std::optional<Enum> (*parse)(const QString &), Enum *into)
    {
        read(key, [&](const QVariant &value) {
            std::optional<Enum> e;
            bool ok = false;
            if (m_version > 1)
                e = parse(value.toString());
            else if (const int n = value.toInt(&ok); ok && n >= 0 && n < count)
                e = Enum(n);
            if (e) {
                *into = *e;
                return;
            }
            QStringList names;
            for (int i = 0; i < count; ++i)
                names << (m_version > 1 ? name(Enum(i)) : QString::number(i));
            fail(key, value, QrPresets::tr("one of %1").arg(names.join(u", "_s)));
        });
    }

    void colour(const QString &key, QColor *into)
    {
        read(key, [&](const QVariant &value) {
            if (const auto c = QrStyle::parseColour(value.toString()))
                *into = *c;
            else
                fail(key, value, QrPresets::tr("a colour such as #14213d or cmyk(0,0,0,100)"));
        });
    }

    void boolean(const QString &key, bool *into)
    {
        read(key, [&](const QVariant &value) {
            const QString text = value.toString().toLower();
            if (value.typeId() == QMetaType::Bool || text == u"true" || text == u"false")
                *into = value.toBool();
            else
                fail(key, value, QrPresets::tr("true or false"));
        });
    }

    void text(const QString &key, QString *into)
    {
        read(key, [&](const QVariant &value) { *into = value.toString(); });
    }

    const std::optional<Error> &error() const { return m_error; }

private:
    void read(const QString &key, const std::function<void(const QVariant &)> &apply)
    {
        if (!m_error && m_preset.contains(key))
            apply(m_preset.value(key));
    }
    void fail(const QString &key, const QVariant &value, const QString &expected)
    {
        m_error = Error::make(
            Error::Kind::Invalid,
            QrPresets::tr("“%1” in the preset should be %2, not “%3”.").arg(key, expected, value.toString()));
    }

    const QVariantMap &m_preset;
    const int m_version;
    std::optional<Error> m_error;
};

}   // namespace

QVariantMap QrPresets::toMap(const QrStyle &style)
{
    return {{u"version"_s, Version},
            {u"widthMm"_s, style.widthMm},
            {u"moduleMm"_s, style.moduleMm},
            {u"minimumVersion"_s, style.minimumVersion},
            {u"ecc"_s, QrStyle::eccName(style.ecc)},
            {u"shape"_s, QrStyle::shapeName(style.shape)},
            {u"finder"_s, QrStyle::finderName(style.finder)},
            {u"quietZone"_s, style.quietZone},
            {u"dpi"_s, style.dpi},
            {u"foreground"_s, QrStyle::colourName(style.foreground)},
            {u"background"_s, QrStyle::colourName(style.background)},
            {u"transparent"_s, style.transparentBackground},
            {u"logo"_s, style.logoPath}};
}

Result<QrStyle> QrPresets::fromMap(const QVariantMap &preset, const QrStyle &base)
{
    if (preset.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("The preset is empty."));
    bool ok = true;
    const int version = preset.contains(u"version"_s) ? preset.value(u"version"_s).toInt(&ok) : 1;
    if (!ok || version < 1)
        return Error::make(
            Error::Kind::Invalid,
            tr("The preset's version “%1” is not a format number.").arg(preset.value(u"version"_s).toString()));
    if (version > Version)
        return Error::make(Error::Kind::Invalid,
                           tr("The preset was saved by a newer Linkdeck (format %1; this one reads formats up to %2).")
                               .arg(version)
                               .arg(Version));
    QrStyle style = base;
    Reader r(preset, version);
    r.number(u"widthMm"_s, QrStyle::MinWidthMm, QrStyle::MaxWidthMm, &style.widthMm);
    r.number(u"moduleMm"_s, 0, QrStyle::MaxModuleMm, &style.moduleMm);
    r.number(u"minimumVersion"_s, 0, 40, &style.minimumVersion);
    r.enumeration(u"ecc"_s, 4, &QrStyle::eccName, &QrStyle::parseEcc, &style.ecc);
    r.enumeration(u"shape"_s, 3, &QrStyle::shapeName, &QrStyle::parseShape, &style.shape);
    r.enumeration(u"finder"_s, 2, &QrStyle::finderName, &QrStyle::parseFinder, &style.finder);
    r.number(u"quietZone"_s, 0, QrStyle::MaxQuietZone, &style.quietZone);
    r.number(u"dpi"_s, QrStyle::MinDpi, QrStyle::MaxDpi, &style.dpi);
    r.colour(u"foreground"_s, &style.foreground);
    r.colour(u"background"_s, &style.background);
    r.boolean(u"transparent"_s, &style.transparentBackground);
    r.text(u"logo"_s, &style.logoPath);
    if (r.error())
        return *r.error();
    if (style.moduleMm > 0 && style.moduleMm < QrStyle::MinModuleMm)
        return Error::make(Error::Kind::Invalid,
                           tr("“%1” in the preset should be 0 (size by width) or at least %2 mm.")
                               .arg(u"moduleMm"_s)
                               .arg(QrStyle::MinModuleMm));
    return style;
}

QStringList QrPresets::builtInNames()
{
    QStringList names;
    for (const BuiltIn &b : builtIns)
        names << tr(b.name);
    return names;
}

std::optional<QVariantMap> QrPresets::builtIn(const QString &name)
{
    for (const BuiltIn &b : builtIns) {
        if (tr(b.name) == name || QLatin1StringView(b.name) == name)
            return QVariantMap{{u"version"_s, Version},
                               {u"widthMm"_s, b.widthMm},
                               {u"moduleMm"_s, 0.0},
                               {u"ecc"_s, QrStyle::eccName(b.ecc)},
                               {u"shape"_s, QrStyle::shapeName(b.shape)},
                               {u"quietZone"_s, 4}};
    }
    return std::nullopt;
}

}   // namespace Linkdeck::Print
