// Importing onto a Bitly account against FakeBitly: a 429 with Retry-After makes the import
// wait and go on, and an import stopped half way and run again makes no link twice (the
// fake's request log says how often each was sent).

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../providers/providertest.h"
#include "bulktest.h"
#include "core/base/clock.h"
#include "core/bulk/importer.h"
#include "core/providers/providerregistry.h"
#include "core/sync/accountsync.h"
#include "support/fakes/fakebitly.h"

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
    // Bitly refuses the next four requests: the provider tries four times (honouring
    // Retry-After), then the import waits what the last answer said and sends the row again.
    FakeHttpServer::Response busy =
        FakeHttpServer::Response::json(429, QJsonObject{{u"message"_s, u"RATE_LIMIT_EXCEEDED"_s}});
    busy.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
    m_fake->clearRequests();
    m_fake->failNext(4, busy);
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

QTEST_GUILESS_MAIN(TestImportBitly)
#include "tst_importbitly.moc"
