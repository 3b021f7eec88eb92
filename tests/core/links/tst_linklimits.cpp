#include "core/links/linklimits.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

// LinkLimits (issue 15): a start, an end, a click limit and a fallback address, the rules the
// dialog, the CLI and the providers share. Times are relative to now, never fixed dates.
class TestLinkLimits : public QObject
{
    Q_OBJECT
private slots:
    void noLimitsIsFine();
    void endMustFollowStart();
    void clickLimitIsAtLeastOne();
    void fallbackNeedsALimit();
    void fallbackIsAWebAddress();
    void fallbackIsNormalised();
    void liveness();
};

namespace {
Link link()
{
    Link l;
    l.destination = u"https://shop.example/spring"_s;
    return l;
}
}   // namespace

void TestLinkLimits::noLimitsIsFine()
{
    QVERIFY(LinkLimits::problem(link()).isEmpty());
    QVERIFY(!LinkLimits::hasLimit(link()));
    QVERIFY(LinkLimits::checked(link()).ok());
}

void TestLinkLimits::endMustFollowStart()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Link l = link();
    l.validSince = now.addDays(2);
    l.expiresAt = now.addDays(1);
    QVERIFY(LinkLimits::problem(l).contains(u"end later than the start"_s));
    const Result<Link> refused = LinkLimits::checked(l);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    l.expiresAt = l.validSince;   // the same instant: it would never be live
    QVERIFY(!LinkLimits::problem(l).isEmpty());
    l.expiresAt = now.addDays(3);
    QVERIFY(LinkLimits::problem(l).isEmpty());
    l.validSince.reset();   // an end alone, also in the past, is allowed: the link has ended
    l.expiresAt = now.addDays(-1);
    QVERIFY(LinkLimits::problem(l).isEmpty());
}

void TestLinkLimits::clickLimitIsAtLeastOne()
{
    Link l = link();
    l.maxClicks = 0;
    QCOMPARE(LinkLimits::problem(l), u"The click limit must be at least 1 click."_s);
    l.maxClicks = -5;
    QVERIFY(!LinkLimits::checked(l));
    l.maxClicks = 1;
    QVERIFY(LinkLimits::checked(l).ok());
}

void TestLinkLimits::fallbackNeedsALimit()
{
    Link l = link();
    l.fallbackUrl = u"https://shop.example/ended"_s;
    QVERIFY(LinkLimits::problem(l).contains(u"only used by a link that ends"_s));
    for (int which = 0; which < 3; ++which) {
        Link limited = l;
        if (which == 0)
            limited.expiresAt = QDateTime::currentDateTimeUtc().addDays(7);
        else if (which == 1)
            limited.validSince = QDateTime::currentDateTimeUtc().addDays(7);
        else
            limited.maxClicks = 10;
        QVERIFY2(LinkLimits::problem(limited).isEmpty(), qPrintable(LinkLimits::problem(limited)));
    }
    l.fallbackUrl = u"   "_s;   // blank is none
    QVERIFY(LinkLimits::problem(l).isEmpty());
    QCOMPARE(LinkLimits::checked(l)->fallbackUrl, QString());
}

void TestLinkLimits::fallbackIsAWebAddress()
{
    Link l = link();
    l.maxClicks = 3;
    for (const QString &bad : {u"javascript:alert(1)"_s, u"ftp://files.example/x"_s, u"mailto:a@example.com"_s}) {
        l.fallbackUrl = bad;
        const QString why = LinkLimits::problem(l);
        QVERIFY2(why.startsWith(u"The address for visitors after the end cannot be used: "_s), qPrintable(why));
        QVERIFY(!LinkLimits::checked(l));
    }
}

void TestLinkLimits::fallbackIsNormalised()
{
    Link l = link();
    l.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    l.fallbackUrl = u"  Shop.Example/ended "_s;
    const Result<Link> checked = LinkLimits::checked(l);
    QVERIFY(checked);
    QCOMPARE(checked->fallbackUrl, u"https://shop.example/ended"_s);
}

void TestLinkLimits::liveness()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Link l = link();
    QVERIFY(LinkLimits::isLive(l, now, 1000));
    l.validSince = QDateTime::fromMSecsSinceEpoch(now + 60'000, Qt::UTC);
    QVERIFY(!LinkLimits::isLive(l, now, 0));
    QVERIFY(LinkLimits::isLive(l, now + 60'000, 0));
    l.expiresAt = QDateTime::fromMSecsSinceEpoch(now + 120'000, Qt::UTC);
    QVERIFY(!LinkLimits::isLive(l, now + 120'000, 0));
    l.maxClicks = 2;
    QVERIFY(LinkLimits::isLive(l, now + 90'000, 1));
    QVERIFY(!LinkLimits::isLive(l, now + 90'000, 2));
}

QTEST_GUILESS_MAIN(TestLinkLimits)
#include "tst_linklimits.moc"
