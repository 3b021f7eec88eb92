#include "core/links/utm.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

Q_DECLARE_METATYPE(Linkdeck::Utm)

class TestUtm : public QObject
{
    Q_OBJECT
private slots:
    void apply_data();
    void apply();
    void lowercaseRule();
    void roundTrip();
    void presets();
};

void TestUtm::apply_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Utm>("utm");
    QTest::addColumn<QString>("expected");

    const Utm nl{u"newsletter"_s, u"email"_s, u"spring-sale"_s, {}, {}};
    QTest::addRow("no query")
        << u"https://shop.example/"_s << nl
        << u"https://shop.example/?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale"_s;
    QTest::addRow("keeps params and order")
        << u"https://shop.example/p?b=2&a=1"_s << nl
        << u"https://shop.example/p?b=2&a=1&utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale"_s;
    QTest::addRow("keeps fragment")
        << u"https://shop.example/p?x=1#reviews"_s << nl
        << u"https://shop.example/p?x=1&utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale#reviews"_s;
    QTest::addRow("fragment without query")
        << u"https://shop.example/#/app?route=1"_s << nl
        << u"https://shop.example/?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale#/app?route=1"_s;
    QTest::addRow("replaces in place")
        << u"https://shop.example/?utm_source=old&x=1&utm_campaign=old"_s << nl
        << u"https://shop.example/?utm_source=newsletter&x=1&utm_campaign=spring-sale&utm_medium=email"_s;
    QTest::addRow("drops repeated keys")
        << u"https://shop.example/?utm_source=a&utm_source=b"_s << nl
        << u"https://shop.example/?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale"_s;
    QTest::addRow("leaves unset keys alone")
        << u"https://shop.example/?utm_term=shoes"_s << nl
        << u"https://shop.example/?utm_term=shoes&utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale"_s;
    QTest::addRow("encodes values")
        << u"https://shop.example/"_s << Utm{u"news letter"_s, {}, u"a&b=c"_s, {}, u"ünï"_s}
        << u"https://shop.example/?utm_source=news%20letter&utm_campaign=a%26b%3Dc&utm_content=%C3%BCn%C3%AF"_s;
    QTest::addRow("trims values") << u"https://shop.example/"_s << Utm{u" x "_s, {}, {}, {}, {}}
                                  << u"https://shop.example/?utm_source=x"_s;
    QTest::addRow("empty utm changes nothing")
        << u"https://shop.example/p?q=1#f"_s << Utm{} << u"https://shop.example/p?q=1#f"_s;
    QTest::addRow("trailing ampersand kept") << u"https://shop.example/?a=1&"_s << Utm{u"s"_s, {}, {}, {}, {}}
                                             << u"https://shop.example/?a=1&&utm_source=s"_s;
}

void TestUtm::apply()
{
    QFETCH(QString, url);
    QFETCH(Utm, utm);
    QFETCH(QString, expected);
    QCOMPARE(utm.applyTo(url), expected);
}

void TestUtm::lowercaseRule()
{
    const Utm utm{u"NewsLetter"_s, u"Email"_s, u"Spring-Sale"_s, {}, {}};
    QCOMPARE(utm.applyTo(u"https://a.example/?Keep=Case"_s, true),
             u"https://a.example/?Keep=Case&utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale"_s);
    QCOMPARE(utm.applyTo(u"https://a.example/"_s, false),
             u"https://a.example/?utm_source=NewsLetter&utm_medium=Email&utm_campaign=Spring-Sale"_s);
}

void TestUtm::roundTrip()
{
    const Utm utm{u"news letter"_s, u"email"_s, u"spring & summer"_s, u"shoes"_s, u"banner-1"_s};
    const QString base = u"https://shop.example/p?x=1#top"_s;
    const QString merged = utm.applyTo(base);
    QCOMPARE(Utm::fromUrl(merged), utm);
    QCOMPARE(Utm::stripped(merged), base);
    QCOMPARE(Utm::fromUrl(u"https://a.example/?utm_campaign=a+b"_s).campaign, u"a b"_s);
    QCOMPARE(Utm::stripped(u"https://a.example/?utm_source=x"_s), u"https://a.example/"_s);
}

void TestUtm::presets()
{
    const auto presets = UtmPresets::all();
    QVERIFY(presets.size() >= 3);
    QStringList ids;
    for (const auto &p : presets) {
        QVERIFY(!p.name.isEmpty());
        QVERIFY(!p.utm.medium.isEmpty());
        ids << p.id;
    }
    QVERIFY(ids.contains(u"newsletter"_s));
    QVERIFY(ids.contains(u"print"_s));
    QVERIFY(ids.contains(u"social"_s));
}

QTEST_APPLESS_MAIN(TestUtm)
#include "tst_utm.moc"
