#include "core/storage/settings.h"
#include "print/qrpreset.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Print;

// Saved QR styles: what the studio writes into the settings, read back the same; presets saved
// before the format had a version; and broken ones refused with a sentence that names the key.
class TestQrPreset : public QObject
{
    Q_OBJECT
private slots:
    void namesRoundTrip();
    void roundTripThroughSettingsAndJson();
    void presetsOfTheFirstFormatStillLoad();
    void malformed_data();
    void malformed();
    void builtInsKeepTheRest();

private:
    static QrStyle everythingChanged()
    {
        QrStyle s;
        s.ecc = QrCode::Ecc::Q;
        s.minimumVersion = 7;
        s.foreground = *QrStyle::parseColour(u"cmyk(100,60,0,20)"_s);
        s.background = QColor(u"#fefae0"_s);
        s.transparentBackground = true;
        s.quietZone = 6;
        s.shape = QrStyle::ModuleShape::Dots;
        s.finder = QrStyle::FinderShape::Rounded;
        s.widthMm = 55;
        s.moduleMm = 0.45;
        s.dpi = 600;
        s.logoPath = u"/home/ann/logo späť.svg"_s;
        return s;
    }
    static void compareStyles(const QrStyle &a, const QrStyle &b)
    {
        QCOMPARE(a.ecc, b.ecc);
        QCOMPARE(a.minimumVersion, b.minimumVersion);
        QCOMPARE(QrStyle::colourName(a.foreground), QrStyle::colourName(b.foreground));
        QCOMPARE(a.foreground.spec(), b.foreground.spec());
        QCOMPARE(QrStyle::colourName(a.background), QrStyle::colourName(b.background));
        QCOMPARE(a.transparentBackground, b.transparentBackground);
        QCOMPARE(a.quietZone, b.quietZone);
        QCOMPARE(a.shape, b.shape);
        QCOMPARE(a.finder, b.finder);
        QCOMPARE(a.widthMm, b.widthMm);
        QCOMPARE(a.moduleMm, b.moduleMm);
        QCOMPARE(a.dpi, b.dpi);
        QCOMPARE(a.logoPath, b.logoPath);
    }
};

void TestQrPreset::namesRoundTrip()
{
    for (auto ecc : {QrCode::Ecc::L, QrCode::Ecc::M, QrCode::Ecc::Q, QrCode::Ecc::H})
        QCOMPARE(QrStyle::parseEcc(QrStyle::eccName(ecc)), ecc);
    for (auto shape : {QrStyle::ModuleShape::Square, QrStyle::ModuleShape::Rounded, QrStyle::ModuleShape::Dots})
        QCOMPARE(QrStyle::parseShape(QrStyle::shapeName(shape)), shape);
    for (auto finder : {QrStyle::FinderShape::Square, QrStyle::FinderShape::Rounded})
        QCOMPARE(QrStyle::parseFinder(QrStyle::finderName(finder)), finder);
    QCOMPARE(QrStyle::parseEcc(u"h"_s), QrCode::Ecc::H);
    QCOMPARE(QrStyle::parseShape(u" Dots"_s), QrStyle::ModuleShape::Dots);
    QVERIFY(!QrStyle::parseEcc(u"Z"_s));
    QVERIFY(!QrStyle::parseShape(u"stars"_s));
    QVERIFY(!QrStyle::parseFinder(u"dots"_s));
}

void TestQrPreset::roundTripThroughSettingsAndJson()
{
    const QrStyle style = everythingChanged();
    const QVariantMap map = QrPresets::toMap(style);
    QCOMPARE(map.value(u"version"_s).toInt(), QrPresets::Version);
    QCOMPARE(map.value(u"ecc"_s).toString(), u"Q"_s);
    QCOMPARE(map.value(u"shape"_s).toString(), u"dots"_s);

    QTemporaryDir dir;
    {
        QSettings store(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        Settings(store).setQrPreset(u"Spring flyer"_s, map);
    }
    QSettings store(dir.filePath(u"s.ini"_s), QSettings::IniFormat);   // as the next start reads it
    const Settings settings(store);
    QCOMPARE(settings.qrPresetNames(), QStringList{u"Spring flyer"_s});
    const auto fromSettings = QrPresets::fromMap(settings.qrPreset(u"Spring flyer"_s));
    QVERIFY2(fromSettings.ok(), qPrintable(fromSettings.ok() ? QString() : fromSettings.error().message));
    compareStyles(*fromSettings, style);

    // The map is a JSON object as it is; JSON makes every number a double.
    const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(map)).toJson();
    const auto fromJson = QrPresets::fromMap(QJsonDocument::fromJson(json).object().toVariantMap());
    QVERIFY2(fromJson.ok(), qPrintable(fromJson.ok() ? QString() : fromJson.error().message));
    compareStyles(*fromJson, style);
}

void TestQrPreset::presetsOfTheFirstFormatStillLoad()
{
    // Exactly what the studio wrote before presets had a format version: the enumerations as
    // their numbers, no "version" key.
    const QVariantMap first{{u"widthMm"_s, 55.0},
                            {u"moduleMm"_s, 0.45},
                            {u"minimumVersion"_s, 7},
                            {u"ecc"_s, 2},
                            {u"shape"_s, 2},
                            {u"finder"_s, 1},
                            {u"quietZone"_s, 6},
                            {u"dpi"_s, 600},
                            {u"foreground"_s, u"cmyk(100,60,0,20)"_s},
                            {u"background"_s, u"#fefae0"_s},
                            {u"transparent"_s, true},
                            {u"logo"_s, u"/home/ann/logo späť.svg"_s}};
    QTemporaryDir dir;
    {
        QSettings store(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        Settings(store).setQrPreset(u"Old"_s, first);
    }
    QSettings store(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    const auto style = QrPresets::fromMap(Settings(store).qrPreset(u"Old"_s));
    QVERIFY2(style.ok(), qPrintable(style.ok() ? QString() : style.error().message));
    compareStyles(*style, everythingChanged());

    // Saved again, it is written in the current format.
    QCOMPARE(QrPresets::toMap(*style).value(u"version"_s).toInt(), 2);
    QVERIFY(!QrPresets::fromMap({{u"ecc"_s, u"Q"_s}}).ok());                 // names are format 2
    QVERIFY(!QrPresets::fromMap({{u"version"_s, 2}, {u"ecc"_s, 2}}).ok());   // numbers are format 1
}

void TestQrPreset::malformed_data()
{
    QTest::addColumn<QVariantMap>("preset");
    QTest::addColumn<QString>("message");
    const QVariantMap good = QrPresets::toMap(QrStyle{});
    auto with = [&good](const QString &key, const QVariant &value) {
        QVariantMap m = good;
        m.insert(key, value);
        return m;
    };
    QTest::addRow("empty") << QVariantMap{} << u"The preset is empty."_s;
    QTest::addRow("newer") << with(u"version"_s, 3) << u"newer Linkdeck (format 3; this one reads formats up to 2)"_s;
    QTest::addRow("version text") << with(u"version"_s, u"two"_s) << u"version “two”"_s;
    QTest::addRow("ecc") << with(u"ecc"_s, u"Z"_s) << u"“ecc” in the preset should be one of L, M, Q, H, not “Z”."_s;
    QTest::addRow("shape") << with(u"shape"_s, u"stars"_s)
                           << u"“shape” in the preset should be one of square, rounded, dots"_s;
    QTest::addRow("finder v1") << QVariantMap{{u"finder"_s, 5}}
                               << u"“finder” in the preset should be one of 0, 1, not “5”."_s;
    QTest::addRow("width text") << with(u"widthMm"_s, u"wide"_s)
                                << u"“widthMm” in the preset should be a number from 5 to 2000, not “wide”."_s;
    QTest::addRow("width small") << with(u"widthMm"_s, 1) << u"“widthMm”"_s;
    QTest::addRow("half module") << with(u"quietZone"_s, 2.5)
                                 << u"“quietZone” in the preset should be a whole number from 0 to 40"_s;
    QTest::addRow("dpi") << with(u"dpi"_s, 10) << u"“dpi”"_s;
    QTest::addRow("version 41") << with(u"minimumVersion"_s, 41) << u"“minimumVersion”"_s;
    QTest::addRow("module") << with(u"moduleMm"_s, 0.01)
                            << u"“moduleMm” in the preset should be 0 (size by width) or at least 0.05 mm."_s;
    QTest::addRow("colour") << with(u"foreground"_s, u"nope"_s) << u"“foreground” in the preset should be a colour"_s;
    QTest::addRow("cmyk 120") << with(u"background"_s, u"cmyk(0,0,0,120)"_s) << u"“background”"_s;
    QTest::addRow("transparent") << with(u"transparent"_s, u"maybe"_s)
                                 << u"“transparent” in the preset should be true or false, not “maybe”."_s;
}

void TestQrPreset::malformed()
{
    QFETCH(QVariantMap, preset);
    QFETCH(QString, message);
    const auto style = QrPresets::fromMap(preset);
    QVERIFY(!style.ok());
    QCOMPARE(style.error().kind, Error::Kind::Invalid);
    QVERIFY2(style.error().message.contains(message), qPrintable(style.error().message));
}

void TestQrPreset::builtInsKeepTheRest()
{
    QCOMPARE(QrPresets::builtInNames().first(), u"Standard"_s);
    QCOMPARE(QrPresets::builtInNames().size(), 4);
    QVERIFY(!QrPresets::builtIn(u"Billboard"_s));
    QrStyle current = everythingChanged();
    current.caption = u"Scan me"_s;
    const auto poster = QrPresets::fromMap(*QrPresets::builtIn(u"Poster"_s), current);
    QVERIFY(poster.ok());
    QCOMPARE(poster->widthMm, 150.0);
    QCOMPARE(poster->moduleMm, 0.0);   // sized by width again
    QCOMPARE(poster->ecc, QrCode::Ecc::H);
    QCOMPARE(poster->shape, QrStyle::ModuleShape::Dots);
    QCOMPARE(poster->quietZone, 4);
    QCOMPARE(poster->finder, QrStyle::FinderShape::Rounded);   // the rest is the studio's
    QCOMPARE(poster->logoPath, current.logoPath);
    QCOMPARE(poster->caption, u"Scan me"_s);
    QCOMPARE(QrStyle::colourName(poster->foreground), u"cmyk(100,60,0,20)"_s);
    for (const QString &name : QrPresets::builtInNames())
        QVERIFY2(QrPresets::fromMap(*QrPresets::builtIn(name)).ok(), qPrintable(name));
}

QTEST_MAIN(TestQrPreset)
#include "tst_qrpreset.moc"
