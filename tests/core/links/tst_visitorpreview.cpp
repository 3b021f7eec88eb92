#include "core/links/visitorpreview.h"

#include "core/base/percent.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Rules;

// Where an imagined visitor goes (the link dialog's preview), decided as the server decides.
class TestVisitorPreview : public QObject
{
    Q_OBJECT
private slots:
    void conditions_data();
    void conditions();
    void queryAndDatesDecidedAsTheServerDoes();
    void firstRuleThenSplitThenDestination();
};

void TestVisitorPreview::conditions_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("match");
    const int device = int(ConditionType::Device), language = int(ConditionType::Language),
              country = int(ConditionType::CountryCode), param = int(ConditionType::QueryParam),
              any = int(ConditionType::AnyValueQueryParam), before = int(ConditionType::BeforeDate),
              after = int(ConditionType::AfterDate), ip = int(ConditionType::IpAddress);
    QTest::addRow("ios") << device << QString() << u"ios"_s << u"ios"_s << QString() << QString() << QString() << true;
    QTest::addRow("mobile android") << device << QString() << u"mobile"_s << u"android"_s << QString() << QString()
                                    << QString() << true;
    QTest::addRow("mobile windows") << device << QString() << u"mobile"_s << u"windows"_s << QString() << QString()
                                    << QString() << false;
    QTest::addRow("desktop mac") << device << QString() << u"desktop"_s << u"macos"_s << QString() << QString()
                                 << QString() << true;
    QTest::addRow("unknown device") << device << QString() << u"desktop"_s << QString() << QString() << QString()
                                    << QString() << false;
    QTest::addRow("en any region") << language << QString() << u"en"_s << QString() << u"en-GB"_s << QString()
                                   << QString() << true;
    QTest::addRow("en-US not GB") << language << QString() << u"en-US"_s << QString() << u"en-GB"_s << QString()
                                  << QString() << false;
    QTest::addRow("de-DE") << language << QString() << u"de-DE"_s << QString() << u"de-de"_s << QString() << QString()
                           << true;
    QTest::addRow("country") << country << QString() << u"DE"_s << QString() << QString() << u"DE"_s << QString()
                             << true;
    QTest::addRow("other country") << country << QString() << u"DE"_s << QString() << QString() << u"AT"_s << QString()
                                   << false;
    // The server takes only upper-case codes (the editor upper-cases what is typed): a condition
    // it would refuse matches no one here either.
    QTest::addRow("lower-case code") << country << QString() << u"de"_s << QString() << QString() << u"DE"_s
                                     << QString() << false;
    QTest::addRow("param") << param << u"utm_source"_s << u"flyer"_s << QString() << QString() << QString()
                           << u"utm_source=flyer&x=1"_s << true;
    QTest::addRow("param other value") << param << u"utm_source"_s << u"flyer"_s << QString() << QString() << QString()
                                       << u"utm_source=mail"_s << false;
    QTest::addRow("any value") << any << QString() << u"ref"_s << QString() << QString() << QString() << u"ref=abc"_s
                               << true;
    // The clock of these rows: 2026-06-01 12:00 UTC.
    QTest::addRow("before a later date") << before << QString() << u"2026-07-01"_s << QString() << QString()
                                         << QString() << QString() << true;
    QTest::addRow("after a later date") << after << QString() << u"2026-07-01"_s << QString() << QString() << QString()
                                        << QString() << false;
    QTest::addRow("ip never imagined") << ip << QString() << u"10.0.0.0/8"_s << u"ios"_s << u"en"_s << u"US"_s
                                       << QString() << false;
}

void TestVisitorPreview::conditions()
{
    QFETCH(int, type);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, device);
    QFETCH(QString, language);
    QFETCH(QString, country);
    QFETCH(QString, query);
    QFETCH(bool, match);
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());
    const Condition c{ConditionType(type), key, value};
    QCOMPARE(matches(c, Visitor{device, language, country, {}, query}, now), match);
}

// Where the preview once decided otherwise than linkdeck-server (QUrlQuery's reading of a query):
// now both use the same matcher (core/links/rulematch.h).
void TestVisitorPreview::queryAndDatesDecidedAsTheServerDoes()
{
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());
    const auto withQuery = [](const char *query) { return Visitor{{}, {}, {}, {}, QString::fromLatin1(query)}; };
    const Condition srcB{ConditionType::QueryParam, u"src"_s, u"b"_s};
    // A repeated parameter: the server (as PHP, and so Shlink) takes the last one.
    QVERIFY(matches(srcB, withQuery("src=a&src=b"), now));
    QVERIFY(!matches(srcB, withQuery("src=b&src=a"), now));
    QVERIFY(matches(srcB, withQuery("s%72c=%62"), now));   // decoded, name and value
    // "+" is a space in a query.
    QVERIFY(matches(Condition{ConditionType::QueryParam, u"q"_s, u"hello world"_s}, withQuery("q=hello+world"), now));
    // "promo=" has no value, as "promo" has none.
    const Condition valueless{ConditionType::ValuelessQueryParam, {}, u"promo"_s};
    QVERIFY(matches(valueless, withQuery("promo=&x=1"), now));
    QVERIFY(matches(valueless, withQuery("promo=x&promo"), now));
    QVERIFY(!matches(valueless, withQuery("promo&promo=x"), now));
    // A date-time with its zone, to the millisecond: 2026-06-01 12:00 UTC is 14:00 in Berlin.
    QVERIFY(!matches(Condition{ConditionType::AfterDate, {}, u"2026-06-01T14:00:00+02:00"_s}, Visitor{}, now));
    QVERIFY(matches(Condition{ConditionType::AfterDate, {}, u"2026-06-01T13:59:59+02:00"_s}, Visitor{}, now));
    QVERIFY(matches(Condition{ConditionType::BeforeDate, {}, u"2026-06-01T12:00:00.001Z"_s}, Visitor{}, now));
}

void TestVisitorPreview::firstRuleThenSplitThenDestination()
{
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());
    Link link;
    link.destination = u"https://shop.example/"_s;
    const QList<Rule> rules{
        {1, u"https://apps.apple.com/x"_s, {{ConditionType::Device, {}, u"ios"_s}}},
        {2, u"https://shop.example/de"_s, {{ConditionType::Language, {}, u"de"_s}}},
    };
    // An iPhone in German: the first rule that matches decides.
    Visit v = visit(rules, link, Visitor{u"ios"_s, u"de-DE"_s, {}, {}, {}}, now);
    QCOMPARE(v.rule, 1);
    QCOMPARE(v.url, u"https://apps.apple.com/x"_s);
    v = visit(rules, link, Visitor{u"android"_s, u"de-AT"_s, {}, {}, {}}, now);
    QCOMPARE(v.rule, 2);
    v = visit(rules, link, Visitor{u"android"_s, u"fr"_s, {}, {}, {}}, now);
    QCOMPARE(v.rule, 0);
    QCOMPARE(v.url, link.destination);
    QVERIFY(!v.split);
    QVERIFY(PreviewText::describe(v, link).contains(link.destination));
    link.variants = {{link.destination, 70}, {u"https://shop.example/b"_s, 30}};
    v = visit(rules, link, Visitor{u"android"_s, u"fr"_s, {}, {}, {}}, now);
    QVERIFY(v.split);
    QVERIFY(PreviewText::describe(v, link).contains(u"B "_s + Percent::text(30) + u" https://shop.example/b"_s));
}

QTEST_GUILESS_MAIN(TestVisitorPreview)
#include "tst_visitorpreview.moc"
