#include "core/links/slug.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

class TestSlug : public QObject
{
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void randomAlphabet();
    void generatorAvoidsTakenAndReserved();
    void generatorGrowsWhenCrowded();
};

void TestSlug::rules_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("problem");   // empty: allowed; else a word of the reason

    QTest::addRow("simple") << u"spring"_s << QString();
    QTest::addRow("mixed case") << u"SpringSale"_s << QString();
    QTest::addRow("digits hyphen underscore") << u"sale-2026_v2"_s << QString();
    QTest::addRow("one char") << u"a"_s << QString();
    QTest::addRow("max length") << QString(Slug::MaxLength, u'x') << QString();
    QTest::addRow("too long") << QString(Slug::MaxLength + 1, u'x') << u"too long"_s;
    QTest::addRow("empty") << QString() << u"random"_s;
    QTest::addRow("space") << u"spring sale"_s << u"spaces"_s;
    QTest::addRow("slash") << u"a/b"_s << u"not allowed"_s;
    QTest::addRow("dot") << u"a.b"_s << u"not allowed"_s;
    QTest::addRow("umlaut") << u"grün"_s << u"not allowed"_s;
    QTest::addRow("question mark") << u"a?b"_s << u"not allowed"_s;
    QTest::addRow("reserved rest") << u"rest"_s << u"reserved"_s;
    QTest::addRow("reserved api upper") << u"API"_s << u"reserved"_s;
    QTest::addRow("reserved health") << u"Health"_s << u"reserved"_s;
}

void TestSlug::rules()
{
    QFETCH(QString, slug);
    QFETCH(QString, problem);
    const QString actual = Slug::problem(slug);
    if (problem.isEmpty())
        QVERIFY2(actual.isEmpty(), qPrintable(actual));
    else
        QVERIFY2(actual.contains(problem, Qt::CaseInsensitive), qPrintable(actual));
}

void TestSlug::randomAlphabet()
{
    for (int i = 0; i < 200; ++i) {
        const QString s = Slug::random(8);
        QCOMPARE(s.size(), 8);
        QVERIFY2(Slug::problem(s).isEmpty() || Slug::isReserved(s), qPrintable(s));
        for (const QChar c : s)
            QVERIFY2(!u"0O1lI"_s.contains(c), qPrintable(s));
    }
}

void TestSlug::generatorAvoidsTakenAndReserved()
{
    QSet<QString> taken;
    for (int i = 0; i < 2000; ++i) {
        const QString s = Slug::generateUnique([&](const QString &c) { return taken.contains(c.toLower()); }, 4);
        QVERIFY(!taken.contains(s.toLower()));
        QVERIFY(!Slug::isReserved(s));
        taken.insert(s.toLower());
    }
    QCOMPARE(taken.size(), 2000);
}

void TestSlug::generatorGrowsWhenCrowded()
{
    // Every 3-character slug is "taken": the generator must move to longer ones, not loop.
    const QString s = Slug::generateUnique([](const QString &c) { return c.size() <= 3; }, 3);
    QCOMPARE(s.size(), 4);
}

QTEST_APPLESS_MAIN(TestSlug)
#include "tst_slug.moc"
