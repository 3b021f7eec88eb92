#include "core/platform/instancelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

// One Linkdeck window per data folder.
class TestInstanceLock : public QObject
{
    Q_OBJECT
private slots:
    void secondInstanceIsRefusedWithASentence();
    void releasedWithTheFirst();
    void lockOfADeadProcessIsTakenOver();
};

void TestInstanceLock::secondInstanceIsRefusedWithASentence()
{
    QTemporaryDir dir;
    InstanceLock first(dir.path());
    QVERIFY(first.acquire().ok());
    InstanceLock second(dir.path());
    const Result<void> r = second.acquire();
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"already open"_s), qPrintable(r.error().message));
    QVERIFY2(r.error().detail.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(r.error().detail));
    QTemporaryDir other;   // another data folder is another set of links
    InstanceLock elsewhere(other.path());
    QVERIFY(elsewhere.acquire().ok());
}

void TestInstanceLock::releasedWithTheFirst()
{
    QTemporaryDir dir;
    {
        InstanceLock first(dir.path());
        QVERIFY(first.acquire().ok());
    }
    InstanceLock again(dir.path());
    QVERIFY(again.acquire().ok());
}

void TestInstanceLock::lockOfADeadProcessIsTakenOver()
{
    // A lock file left by a Linkdeck that was killed: its PID runs no more.
    QTemporaryDir dir;
    QFile stale(dir.filePath(u"linkdeck.lock"_s));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("2147483646\n" + QCoreApplication::applicationName().toUtf8() + '\n'
                + QSysInfo::machineHostName().toUtf8() + '\n');
    stale.close();
    InstanceLock lock(dir.path());
    QVERIFY(lock.acquire().ok());
}

QTEST_GUILESS_MAIN(TestInstanceLock)
#include "tst_instancelock.moc"
