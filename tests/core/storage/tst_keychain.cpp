// KeychainSecretStore against a real Secret Service (GNOME Keyring under
// tests/support/with-keyring.sh). Outside the wrapper there may be no keychain: the test
// then checks that the failure is reported as "no keychain", never as a stored secret.

#include <QElapsedTimer>
#include <QTest>

#include "core/storage/secretstore.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck;

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void writeReadRemove();

private:
    template<typename T>
    static T wait(std::optional<T> &slot)
    {
        QElapsedTimer t;
        t.start();
        while (!slot && t.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!slot)
            qFatal("the keychain did not answer");
        return *slot;
    }
};

void TestKeychain::writeReadRemove()
{
    const bool required = qEnvironmentVariableIntValue("LINKDECK_REQUIRE_KEYRING") == 1;
    KeychainSecretStore store(u"org.linkdeck.Linkdeck.test"_s);
    const QString key = u"account-test-%1"_s.arg(QCoreApplication::applicationPid());

    std::optional<Result<void>> written;
    store.write(key, u"s3cret-token"_s, [&](const Result<void> &r) { written = r; });
    const Result<void> w = wait(written);
    if (!w) {
        QVERIFY2(!required, qPrintable(w.error().detail));
        // No Secret Service here: said in words, as "unsupported", so the app can offer
        // to keep the token for this run only.
        QCOMPARE(w.error().kind, Error::Kind::Unsupported);
        QVERIFY(w.error().message.contains(u"keychain"_s));
        return;
    }
    std::optional<Result<QString>> read;
    store.read(key, [&](const Result<QString> &r) { read = r; });
    const Result<QString> r = wait(read);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
    QCOMPARE(r.value(), u"s3cret-token"_s);

    std::optional<Result<void>> removed;
    store.remove(key, [&](const Result<void> &x) { removed = x; });
    QVERIFY(wait(removed));
    read.reset();
    store.read(key, [&](const Result<QString> &x) { read = x; });
    const Result<QString> gone = wait(read);
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, Error::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
