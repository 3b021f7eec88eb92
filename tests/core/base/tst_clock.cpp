#include "core/base/clock.h"
#include "core/links/link.h"
#include "core/providers/providerstats.h"
#include "core/providers/remoteprovider.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

// Core's one wall clock: tests set the date the whole process sees, and the code that
// reads a date (a create's "recent" window, "updated 5 minutes ago", "today") follows it.
class TestClock : public QObject
{
    Q_OBJECT
private slots:
    void followsTheRealClockWithoutOverride();
    void overrideStartsAtItsDateAndRunsOn();
    void todayIsTheZonesDate();
    void recentMatchUsesTheClock();
    void ageUsesTheClock();
};

void TestClock::followsTheRealClockWithoutOverride()
{
    QVERIFY(qAbs(Clock::nowMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch()) < 1000);
    QCOMPARE(Clock::nowUtc().timeSpec(), Qt::UTC);
}

void TestClock::overrideStartsAtItsDateAndRunsOn()
{
    const QDateTime start(QDate(2031, 7, 4), QTime(12, 0), QTimeZone::utc());
    {
        Clock::Override clock(start);
        const QDateTime first = Clock::nowUtc();
        QVERIFY(first >= start && first < start.addSecs(5));
        QTest::qWait(30);
        QVERIFY(Clock::nowUtc() > first);   // it runs on in real time
        clock.advance(3600 * 1000);
        QVERIFY(Clock::nowUtc() >= start.addSecs(3600));
        clock.setNow(start.addDays(-400));
        QCOMPARE(Clock::nowUtc().date(), start.addDays(-400).date());
    }
    QVERIFY(qAbs(Clock::nowMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch()) < 1000);   // gone with it
}

void TestClock::todayIsTheZonesDate()
{
    // 23:30 UTC on 28 March is already the 29th in Berlin and still the 28th in New York.
    Clock::Override clock(QDateTime(QDate(2026, 3, 28), QTime(23, 30), QTimeZone::utc()));
    QCOMPARE(Clock::today(QTimeZone::utc()), QDate(2026, 3, 28));
    QCOMPARE(Clock::today(QTimeZone("Europe/Berlin")), QDate(2026, 3, 29));
    QCOMPARE(Clock::today(QTimeZone("America/New_York")), QDate(2026, 3, 28));
}

void TestClock::recentMatchUsesTheClock()
{
    const QDateTime now(QDate(2029, 1, 15), QTime(8, 0), QTimeZone::utc());
    Clock::Override clock(now);
    Link draft;
    draft.destination = u"https://shop.example/a"_s;
    draft.title = u"A"_s;
    Link fresh = draft, stale = draft;
    fresh.slug = u"fresh"_s;
    fresh.createdAt = now.addSecs(-300);
    stale.slug = u"stale"_s;
    stale.createdAt = now.addSecs(-900);
    QCOMPARE(RemoteProvider::recentMatch({stale, fresh}, draft)->slug, u"fresh"_s);
    QVERIFY(!RemoteProvider::recentMatch({stale}, draft));
    clock.advance(3600 * 1000);   // an hour later, neither is recent
    QVERIFY(!RemoteProvider::recentMatch({stale, fresh}, draft));
}

void TestClock::ageUsesTheClock()
{
    const QDateTime fetched(QDate(2030, 5, 1), QTime(9, 0), QTimeZone::utc());
    Clock::Override clock(fetched.addSecs(5 * 60 + 10));
    QCOMPARE(ProviderStats::age(fetched), ProviderStats::age(fetched, Clock::nowUtc()));
    QVERIFY2(ProviderStats::age(fetched).contains(u"5 minute"_s), qPrintable(ProviderStats::age(fetched)));
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
