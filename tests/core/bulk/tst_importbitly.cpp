// Importing onto a Bitly account against FakeBitly: a 429 with Retry-After makes the import
// wait and go on, and an import stopped half way and run again makes no link twice (the
// fake's request log says how often each was sent).

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../providers/providertest.h"
#include "bulktest.h"
#include "core/base/clock.h"
#include "core/bulk/importer.h"
#include "core/providers/providerregistry.h"
#include "core/providers/requestpacer.h"
#include "core/sync/accountsync.h"
#include "support/fakes/fakebitly.h"
#include "support/nokeychain.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Bulk;
using namespace Linkdeck::Test;

class TestImportBitly : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void waitsForRetryAfterAndGoesOn();
    void stoppedHalfWayThenRunAgainMakesNoDuplicate();
    void backHalfTakenOnTheService();
    void crashBeforeTheAnswerWasStored();
    void pacedWithinBitlysLimitsAndResumedWithoutDuplicates();
    void pacerKeepsEveryWindowWithinEachLimit();
    void monthlyQuotaCheckedBeforeTheFirstLink();
    void refusedTokenStopsAtTheFirstRow();
    void keychainWithoutTheTokenStopsBeforeSending();

private:
    ImportReport import(const QByteArray &csv, const std::function<void(Importer &)> &setUp = {});
    int posts() const { return m_fake->requestCount("POST", u"/v4/bitlinks"_s); }

    Clock::Override m_clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<FakeBitly> m_fake;
    qint64 m_account = 0;
    int m_files = 0;
};

void TestImportBitly::init()
{
    RequestPacer::resetAll();   // account ids start again with each database
    m_dir = std::make_unique<QTemporaryDir>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_backend = std::make_unique<Backend>(m_network.get());
    QVERIFY(m_backend->open(m_dir->filePath(u"links.sqlite"_s)));
    auto *secrets = new MemorySecretStore;
    m_backend->setSecretStore(secrets);
    m_backend->setRetryPolicy(fastRetries());
    m_fake = std::make_unique<FakeBitly>();
    QVERIFY(m_fake->listen());
    m_account =
        addAccount(*m_backend, *secrets, ProviderKind::Bitly, m_fake->apiUrl(), m_fake->token(), u"Marketing"_s);
}

void TestImportBitly::cleanup()
{
    RequestPacer::setTimeSource({}, {});
    m_backend.reset();
    m_network.reset();
    m_fake.reset();
    m_dir.reset();
}

ImportReport TestImportBitly::import(const QByteArray &csv, const std::function<void(Importer &)> &setUp)
{
    QFile file(writeFile(*m_dir, u"import-%1.csv"_s.arg(++m_files), csv));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open");
    const Account account = *m_backend->accounts().find(m_account);
    Importer importer(m_backend->database(), m_backend->links(), m_backend->provider(m_account), account);
    importer.setRateLimitBaseWaitMs(100);
    if (auto r = importer.open(&file); !r)
        qFatal("%s", qPrintable(r.error().message));
    if (setUp)
        setUp(importer);
    ImportOptions options;
    options.domain = m_fake->brandedDomain();
    return importer.run(options);
}

namespace {
// The most requests of `times` (ms, ascending) in any window of `windowMs`.
int mostInAnyWindow(const QList<qint64> &times, qint64 windowMs)
{
    int most = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < times.size(); ++last) {
        while (times.at(last) - times.at(first) >= windowMs)
            ++first;
        most = std::max(most, int(last - first + 1));
    }
    return most;
}

QByteArray rows(int from, int to)
{
    QByteArray csv = "long_url,keyword,title\n";
    for (int i = from; i < to; ++i)
        csv += "https://shop.example/" + QByteArray::number(i) + ",k" + QByteArray::number(i) + ",Flyer\n";
    return csv;
}
}   // namespace

void TestImportBitly::waitsForRetryAfterAndGoesOn()
{
    QCOMPARE(import(rows(0, 2)).created, 2);   // the account's group is known now
    // Bitly refuses the next four links (the plan's limits read before them are answered): the
    // provider tries four times (honouring Retry-After), then the import waits what the last
    // answer said and sends the row again.
    FakeHttpServer::Response busy =
        FakeHttpServer::Response::json(429, QJsonObject{{u"message"_s, u"RATE_LIMIT_EXCEEDED"_s}});
    busy.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
    m_fake->clearRequests();
    m_fake->failNext(4, busy, u"/v4/bitlinks"_s);
    QList<int> waits;
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = import(rows(0, 6), [&](Importer &importer) {
        connect(&importer, &Importer::waiting, &importer, [&](int seconds, const QString &message) {
            waits << seconds;
            QVERIFY(!message.isEmpty());
        });
    });
    QCOMPARE(report.existed, 2);
    QCOMPARE(report.created, 4);
    QCOMPARE(report.failed, 0);
    QCOMPARE(waits, QList<int>{1});
    QVERIFY2(timer.elapsed() >= 3900, qPrintable(QString::number(timer.elapsed())));   // 3 x 1 s + 1 s
    QCOMPARE(m_fake->linkCount(), 6);
    QCOMPARE(posts(), 4 + 4);   // four refused, four made
    QCOMPARE(linksOf(*m_backend, m_account).size(), 6);
}

void TestImportBitly::stoppedHalfWayThenRunAgainMakesNoDuplicate()
{
    const QByteArray csv = rows(0, 10);
    const ImportReport first = import(csv, [](Importer &importer) {
        connect(&importer, &Importer::rowDone, &importer, [&importer](const RowResult &row) {
            if (row.row == 5)   // the fourth link is made: stop
                importer.cancel();
        });
    });
    QVERIFY(first.cancelled);
    QCOMPARE(first.created, 4);
    QCOMPARE(m_fake->linkCount(), 4);
    QCOMPARE(posts(), 4);
    const ImportReport second = import(csv);
    QVERIFY(!second.cancelled);
    QCOMPARE(second.existed, 4);
    QCOMPARE(second.created, 6);
    QCOMPARE(m_fake->linkCount(), 10);
    QCOMPARE(posts(), 10);   // each link sent once
    const ImportReport third = import(csv);
    QCOMPARE(third.existed, 10);
    QCOMPARE(posts(), 10);
    QCOMPARE(m_fake->link(m_fake->brandedDomain() + u"/k9"_s).value(u"long_url"_s).toString(),
             u"https://shop.example/9"_s);
}

void TestImportBitly::backHalfTakenOnTheService()
{
    // Made on Bitly by someone else, unknown here: the service's refusal is the row's verdict.
    QCOMPARE(import("long_url,keyword\nhttps://elsewhere.example/,k1\n").created, 1);
    m_backend->links().remove(linksOf(*m_backend, m_account).first().id);
    const ImportReport report = import(rows(0, 3));
    QCOMPARE(report.created, 2);
    QCOMPARE(report.skipped, 1);
    QVERIFY2(report.rows.at(1).message.startsWith(u"Row 3: "_s), qPrintable(report.rows.at(1).message));
    QCOMPARE(m_fake->linkCount(), 3);
}

void TestImportBitly::crashBeforeTheAnswerWasStored()
{
    // Bitly made the links but this computer never stored its answers (the app was killed):
    // the account is read first, as the CLI and the wizard do, and the import then finds them.
    QCOMPARE(import(rows(0, 3)).created, 3);
    for (const Link &l : linksOf(*m_backend, m_account))
        QVERIFY(m_backend->links().remove(l.id));
    QCOMPARE(linksOf(*m_backend, m_account).size(), 0);
    QSignalSpy pulled(&m_backend->sync(), &AccountSync::pullFinished);
    m_backend->sync().pull(m_account);
    QTRY_COMPARE_WITH_TIMEOUT(pulled.size(), 1, 10000);
    QVERIFY(pulled.first().at(1).toBool());
    const ImportReport again = import(rows(0, 5));
    QCOMPARE(again.existed, 3);
    QCOMPARE(again.created, 2);
    QCOMPARE(posts(), 5);   // none of the three sent twice
    QCOMPARE(m_fake->linkCount(), 5);
}

// The figure: 1,000 links imported onto Bitly stay within its published limits (100
// requests a minute, 1,000 an hour), as the fake's request log, stamped by the test's clock,
// shows; stopped half way and run again, each link is sent once. The pacer's waits move the
// test's clock on instead of taking real time, so the hour of pacing takes seconds here.
void TestImportBitly::pacedWithinBitlysLimitsAndResumedWithoutDuplicates()
{
    RequestPacer::setTimeSource([] { return Clock::nowMSecsSinceEpoch(); }, [this](qint64 ms) { m_clock.advance(ms); });
    const QList<RequestPacer::Limit> limits = RequestPacer::publishedLimits(ProviderKind::Bitly);
    QCOMPARE(limits, (QList<RequestPacer::Limit>{{100, 60'000}, {1000, 3'600'000}}));
    const QByteArray csv = rows(0, 1000);
    QList<qint64> remaining;
    const qint64 start = Clock::nowMSecsSinceEpoch();
    const ImportReport first = import(csv, [&](Importer &importer) {
        connect(&importer, &Importer::progress, &importer,
                [&](qint64, qint64, qint64 remainingMs) { remaining << remainingMs; });
        connect(&importer, &Importer::rowDone, &importer, [&importer](const RowResult &row) {
            if (row.row == 501)   // the 500th link is made: stop, as a crash or a closed window would
                importer.cancel();
        });
    });
    QVERIFY(first.cancelled);
    QCOMPARE(first.created, 500);
    // The time left was told and went down: at the start about the hour that 1,000 links
    // take at Bitly's pace, never more than that.
    QVERIFY(remaining.size() > 500);
    const qint64 hour = 3'600'000;
    QVERIFY2(remaining.first() > hour * 8 / 10 && remaining.first() <= hour,
             qPrintable(QString::number(remaining.first())));
    QVERIFY(*std::max_element(remaining.cbegin(), remaining.cend()) <= hour);
    // Stopped half way: about half an hour left.
    QVERIFY2(remaining.last() > hour * 4 / 10 && remaining.last() < hour * 6 / 10,
             qPrintable(QString::number(remaining.last())));

    const ImportReport second = import(csv);
    QVERIFY(!second.cancelled);
    QCOMPARE(second.existed, 500);
    QCOMPARE(second.created, 500);
    QCOMPARE(m_fake->linkCount(), 1000);

    QList<qint64> times;
    QSet<QString> keywords;
    for (const FakeHttpServer::Request &r : m_fake->requests()) {
        if (r.method != "POST" || r.path != u"/v4/bitlinks"_s)
            continue;
        times << r.atMs;
        keywords << r.json().object().value(u"keyword"_s).toString();
    }
    QCOMPARE(times.size(), 1000);      // each link sent once
    QCOMPARE(keywords.size(), 1000);   // no back-half twice
    QVERIFY(std::is_sorted(times.cbegin(), times.cend()));
    for (const RequestPacer::Limit &limit : limits) {
        const int most = mostInAnyWindow(times, limit.perMs);
        QVERIFY2(most <= limit.requests, qPrintable(u"%1 requests in %2 ms"_s.arg(most).arg(limit.perMs)));
    }
    QVERIFY(mostInAnyWindow(times, 60'000) >= 90);   // paced, not crawling either
    const qint64 took = times.last() - start;
    QVERIFY2(took >= hour * 9 / 10 - 60'000, qPrintable(QString::number(took)));   // 1,000 at 1,000 an hour
}

// The pacer alone, on made-up time: requests asked for as fast as possible, and in bursts
// after pauses, go so that no window of any limit holds more than that limit; the time it
// tells for the rest is what the rest takes.
void TestImportBitly::pacerKeepsEveryWindowWithinEachLimit()
{
    for (const ProviderKind kind : {ProviderKind::Bitly, ProviderKind::Rebrandly, ProviderKind::Cuttly}) {
        const QList<RequestPacer::Limit> limits = RequestPacer::publishedLimits(kind);
        QVERIFY(!limits.isEmpty());
        RequestPacer pacer(limits);
        qint64 now = 1'000'000;
        const qint64 forecast = pacer.timeFor(1500, now);
        QList<qint64> sent;
        for (int i = 0; i < 3000; ++i) {
            if (i == 1500)
                now += 10 * 60'000;   // a pause: the buckets fill up again, up to their burst
            now += pacer.reserve(now);
            sent << now;
            if (i == 1499) {   // the first half took what was forecast (give or take rounding, 1 ms a request)
                QVERIFY2(qAbs(now - 1'000'000 - forecast) <= 1500,
                         qPrintable(u"%1 ms, forecast %2"_s.arg(now - 1'000'000).arg(forecast)));
            }
        }
        for (const RequestPacer::Limit &limit : limits) {
            const int most = mostInAnyWindow(sent, limit.perMs);
            QVERIFY2(most <= limit.requests,
                     qPrintable(u"%1: %2 in %3 ms"_s.arg(providerName(kind)).arg(most).arg(limit.perMs)));
        }
        // Not slower than it must be: the tightest limit is reached in some window.
        bool reached = false;
        for (const RequestPacer::Limit &limit : limits)
            reached = reached || mostInAnyWindow(sent, limit.perMs) >= limit.requests * 9 / 10;
        QVERIFY(reached);
    }
    QVERIFY(RequestPacer::publishedLimits(ProviderKind::Shlink).isEmpty());
    QVERIFY(RequestPacer::publishedLimits(ProviderKind::Local).isEmpty());
}

// Bitly's plan limit "encodes" (links made this month, GET /organizations/{guid}/plan_limits)
// is read before the first link is sent: an import that needs more than the plan has left is
// refused up front, in words a marketing person understands, with no link made; one that fits
// goes through, and links already there (an import run again) need none of the allowance.
void TestImportBitly::monthlyQuotaCheckedBeforeTheFirstLink()
{
    m_fake->setMonthlyEncodes(100, 90);
    const ImportReport first = import(rows(0, 3));
    QVERIFY2(!first.stopError, qPrintable(first.summary()));
    QCOMPARE(first.created, 3);
    QCOMPARE(m_fake->monthlyEncodesUsed(), 93);

    const ImportReport tooMany = import(rows(0, 12));   // 3 there, 9 to make, 7 left
    QVERIFY(tooMany.stopError);
    QCOMPARE(tooMany.stopError->kind, Error::Kind::PlanLimit);
    // The sentence's source text (the English plural forms come with translations/linkdeck_en.ts,
    // which this test does not load).
    QCOMPARE(tooMany.stopError->message, u"Your Bitly plan allows 7 more link(s) this month; this import needs 9."_s);
    QCOMPARE(tooMany.created, 0);
    QCOMPARE(posts(), 3);   // none sent
    QCOMPARE(m_fake->requestCount("GET", u"/v4/organizations/Oa1bc23dE4F/plan_limits"_s), 2);

    const ImportReport fits = import(rows(0, 10));   // 3 there, 7 to make, 7 left
    QVERIFY2(!fits.stopError, qPrintable(fits.summary()));
    QCOMPARE(fits.existed, 3);
    QCOMPARE(fits.created, 7);
    QCOMPARE(m_fake->monthlyEncodesUsed(), 100);

    const ImportReport none = import(rows(10, 11));
    QVERIFY(none.stopError);
    QCOMPARE(none.stopError->message, u"Your Bitly plan allows 0 more link(s) this month; this import needs 1."_s);
    QCOMPARE(posts(), 10);
    QVERIFY2(none.summary().endsWith(none.stopError->message), qPrintable(none.summary()));

    // Run again, everything already there: nothing needed, nothing refused.
    const ImportReport again = import(rows(0, 10));
    QVERIFY(!again.stopError);
    QCOMPARE(again.existed, 10);
}

// A token the service refuses (401) fails every row alike: the import stops at the first,
// says so once, and counts none of the rows it did not send as failed.
void TestImportBitly::refusedTokenStopsAtTheFirstRow()
{
    QCOMPARE(import(rows(0, 2)).created, 2);
    m_fake->clearRequests();
    m_fake->failNext(1000, FakeHttpServer::Response::json(401, QJsonObject{{u"message"_s, u"FORBIDDEN"_s}}),
                     u"/v4/bitlinks"_s);
    const ImportReport report = import(rows(0, 40));
    QVERIFY2(report.stopError, qPrintable(report.summary()));
    QCOMPARE(report.stopError->kind, Error::Kind::Unauthorized);
    QVERIFY2(report.stopError->message.endsWith(
                 u"Nothing more was sent: put the account right, then run again to go on where it stopped."_s),
             qPrintable(report.stopError->message));
    QCOMPARE(report.existed, 2);
    QCOMPARE(report.created, 0);
    QCOMPARE(report.failed, 0);
    QCOMPARE(posts(), 1);   // the first row only, not 38
    QCOMPARE(m_fake->linkCount(), 2);
}

// A keychain that cannot give the token (none on this computer): stopped before any request,
// with the keychain's own sentence.
void TestImportBitly::keychainWithoutTheTokenStopsBeforeSending()
{
    m_backend->setSecretStore(new NoKeychain(u"No usable keychain here."_s));
    m_fake->clearRequests();
    const ImportReport report = import(rows(0, 25));
    QVERIFY2(report.stopError, qPrintable(report.summary()));
    QCOMPARE(report.stopError->kind, Error::Kind::Unauthorized);
    QVERIFY2(report.stopError->message.startsWith(u"No usable keychain here. Nothing more was sent"_s),
             qPrintable(report.stopError->message));
    QCOMPARE(report.created, 0);
    QCOMPARE(report.failed, 0);
    QCOMPARE(posts(), 0);
}

QTEST_GUILESS_MAIN(TestImportBitly)
#include "tst_importbitly.moc"
