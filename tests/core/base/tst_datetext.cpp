#include "core/base/datetext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

// One way a moment is written (desktop sweep: German showed "07.12.26 13:57" in the table and
// "07.12.2026 15:00" in New Link): the locale's order, a four-digit year, to the minute.
class TestDateText : public QObject
{
    Q_OBJECT
private slots:
    void writtenAlikeInEveryLocale_data();
    void writtenAlikeInEveryLocale();
};

void TestDateText::writtenAlikeInEveryLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::addRow("de") << u"de_DE"_s << u"07.12.2026 13:57"_s;
    QTest::addRow("fr") << u"fr_FR"_s << u"07/12/2026 13:57"_s;
    QTest::addRow("en_GB") << u"en_GB"_s << u"07/12/2026 13:57"_s;
    QTest::addRow("pl") << u"pl_PL"_s << u"7.12.2026 13:57"_s;
}

void TestDateText::writtenAlikeInEveryLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    const QLocale l(locale);
    // A fixed moment in no zone: the text never depends on the machine's zone or the date.
    const QDateTime when(QDate(2026, 12, 7), QTime(13, 57, 42));
    QCOMPARE(DateText::minutes(when, l), expected);
    QVERIFY(DateText::format(l).contains(u"yyyy"_s));
    QVERIFY(!DateText::format(l).contains(u"ss"_s));
    // What a QDateTimeEdit shows with this format reads back as the same minute.
    QCOMPARE(l.toDateTime(DateText::minutes(when, l), DateText::format(l)), when.addSecs(-42));
}

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
