// The plumbing every SaaS provider shares: Retry-After, time stamps, secrets.

#include <QTest>

#include "core/providers/remoteprovider.h"
#include "core/storage/secretstore.h"
#include "providertest.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck;

class TestRemoteProvider : public QObject
{
    Q_OBJECT
private slots:
    void retryAfter_data();
    void retryAfter();
    void providerTimes_data();
    void providerTimes();
    void memorySecrets();
    void sessionSecretsFallBackForThisRunOnly();
};

void TestRemoteProvider::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds");
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("spaces") << QByteArray(" 5 ") << 5;
    QTest::newRow("http date") << QByteArray("Sun, 29 Nov 2026 10:01:30 GMT") << 90;
    QTest::newRow("date in the past") << QByteArray("Sun, 29 Nov 2026 09:00:00 GMT") << 0;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("negative") << QByteArray("-3") << -1;
}

void TestRemoteProvider::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc());
    QCOMPARE(RemoteProvider::parseRetryAfter(header, now), seconds);
}

void TestRemoteProvider::providerTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("utc");
    const QDateTime t(QDate(2026, 11, 29), QTime(9, 30), QTimeZone::utc());
    QTest::newRow("bitly +0000") << u"2026-11-29T09:30:00+0000"_s << t;
    QTest::newRow("shlink +01:00") << u"2026-11-29T10:30:00+01:00"_s << t;
    QTest::newRow("rebrandly ms Z") << u"2026-11-29T09:30:00.000Z"_s << t;
    QTest::newRow("plain") << u"2026-11-29 09:30:00"_s << t;
}

void TestRemoteProvider::providerTimes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, utc);
    QCOMPARE(RemoteProvider::parseTime(text), utc);
}

void TestRemoteProvider::memorySecrets()
{
    MemorySecretStore store;
    std::optional<Result<QString>> read;
    store.read(u"account-1"_s, [&](const Result<QString> &r) { read = r; });
    QVERIFY(read && !*read);
    QCOMPARE(read->error().kind, Error::Kind::NotFound);
    store.write(u"account-1"_s, u"t0ken"_s, [](const Result<void> &) {});
    store.read(u"account-1"_s, [&](const Result<QString> &r) { read = r; });
    QCOMPARE(read->value(), u"t0ken"_s);
}

namespace {
// A keychain that is not there, as on a server without a Secret Service.
class NoKeychain final : public SecretStore
{
public:
    void read(const QString &, ReadDone done) override { done(Result<QString>(unavailable())); }
    void write(const QString &, const QString &, WriteDone done) override { done(unavailable()); }
    void remove(const QString &, WriteDone done) override { done(unavailable()); }
    static Error unavailable() { return Error::make(Error::Kind::Unsupported, u"no keychain"_s); }
};
}   // namespace

void TestRemoteProvider::sessionSecretsFallBackForThisRunOnly()
{
    SessionSecrets secrets(new NoKeychain);
    std::optional<Result<void>> written;
    secrets.write(u"account-2"_s, u"secret"_s, [&](const Result<void> &r) { written = r; });
    QVERIFY(written && !*written);
    QCOMPARE(written->error().kind, Error::Kind::Unsupported);   // the app asks the user, then:
    secrets.keepForThisRun(u"account-2"_s, u"secret"_s);
    std::optional<Result<QString>> read;
    secrets.read(u"account-2"_s, [&](const Result<QString> &r) { read = r; });
    QVERIFY(read && *read);
    QCOMPARE(read->value(), u"secret"_s);
    // A new run (a new SessionSecrets) has nothing: the token was never written anywhere.
    SessionSecrets nextRun(new NoKeychain);
    nextRun.read(u"account-2"_s, [&](const Result<QString> &r) { read = r; });
    QVERIFY(!*read);
}

QTEST_GUILESS_MAIN(TestRemoteProvider)
#include "tst_remoteprovider.moc"
