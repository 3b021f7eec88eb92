#include "core/models/linktablemodel.h"
#include "core/platform/localservercontroller.h"
#include "core/providers/linkprovider.h"
#include "core/storage/settings.h"
#include "core/sync/backend.h"
#include "gui/mainwindow.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

class TestLocalServer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void startsServesCountsAndStops();
    void busyPortIsExplained();
    void secondServerOnTheSameLinksIsExplained();
    void fullDiskIsShownWithLostVisits();
    void healthIsRead();

private:
    static QByteArray httpGet(const QString &address, const QByteArray &path);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TestLocalServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_backend = std::make_unique<Backend>();
    QVERIFY(m_backend->open(m_dir->filePath(u"links.sqlite"_s)).ok());
    m_store = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(*m_store);
    m_settings->setServerPort(0);   // any free port
    m_window = std::make_unique<Gui::MainWindow>(*m_backend, *m_settings);
    m_window->localServer()->setExecutable(QStringLiteral(LINKDECK_SERVER_PATH));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLocalServer::cleanup()
{
    m_window.reset();   // stops the server
    m_settings.reset();
    m_store.reset();
    m_backend.reset();
    m_dir.reset();
}

QByteArray TestLocalServer::httpGet(const QString &address, const QByteArray &path)
{
    const QUrl url(address);
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(3000))
        return {};
    // A person's browser: a request without a User-Agent is a bot's, which the count leaves apart.
    socket.write("GET " + path
                 + " HTTP/1.1\r\nHost: localhost:8080\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:120.0) "
                   "Gecko/20100101 Firefox/120.0\r\nConnection: close\r\n\r\n");
    QByteArray response;
    while (socket.waitForReadyRead(3000))
        response += socket.readAll();
    return response;
}

void TestLocalServer::startsServesCountsAndStops()
{
    Link draft;
    draft.destination = u"https://shop.example/spring"_s;
    draft.slug = u"spring"_s;
    auto created = m_backend->provider(1)->create(draft);
    created.waitForFinished();
    QVERIFY(created.result().ok());

    auto *status = m_window->findChild<QLabel *>(u"serverStatusLabel"_s);
    auto *button = m_window->findChild<QPushButton *>(u"serverStartStopButton"_s);
    auto *clicks = m_window->findChild<QLabel *>(u"serverClicksLabel"_s);
    auto *address = m_window->findChild<QLabel *>(u"serverAddressLabel"_s);
    QVERIFY(status && button && clicks && address && m_window->findChild<QCheckBox *>(u"serverAutoStartCheck"_s));
    QVERIFY(status->text().startsWith(u"Stopped"_s));
    QCOMPARE(button->text(), u"Start"_s);

    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Running"_s, 15000);
    QCOMPARE(button->text(), u"Stop"_s);
    const QString serverAddress = m_window->localServer()->address();
    QVERIFY(serverAddress.startsWith(u"http://127.0.0.1:"_s));
    // The panel says the address as the links do (localhost), and its link opens the server.
    const QString port = serverAddress.section(u':', -1);
    QVERIFY2(address->text().contains(u">http://localhost:%1<"_s.arg(port)), qPrintable(address->text()));
    QVERIFY(address->text().contains(u"href=\"%1\""_s.arg(serverAddress)));

    // A link made in the app redirects through the server at once.
    const QByteArray response = httpGet(serverAddress, "/spring");
    QVERIFY2(response.startsWith("HTTP/1.1 302"), response.constData());
    QVERIFY(response.contains("Location: https://shop.example/spring"));
    QTRY_VERIFY_WITH_TIMEOUT(clicks->text().contains(u"1 visit"_s), 5000);
    // The table shows the visit on the link as it is counted, without a reload.
    QCOMPARE(m_window->model()->rowCount(), 1);
    const QModelIndex clicksCell = m_window->model()->index(0, LinkTableModel::Clicks);
    QTRY_COMPARE_WITH_TIMEOUT(clicksCell.data(Qt::DisplayRole).toString(), u"1"_s, 10000);

    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Stopped"_s), 15000);
    QVERIFY(httpGet(serverAddress, "/spring").isEmpty());
}

void TestLocalServer::busyPortIsExplained()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    m_settings->setServerPort(squatter.serverPort());
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"serverStartStopButton"_s), Qt::LeftButton);
    auto *status = m_window->findChild<QLabel *>(u"serverStatusLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"already used by another program"_s), 15000);
    QCOMPARE(m_window->localServer()->state(), LocalServerController::State::Failed);
}

// Linkdeck open twice: the second app's server finds the first one's and says so, in the
// app's words, whatever language the server's own message is in.
void TestLocalServer::secondServerOnTheSameLinksIsExplained()
{
    QProcess first;
    first.setProcessChannelMode(QProcess::MergedChannels);
    first.start(QStringLiteral(LINKDECK_SERVER_PATH),
                {u"--db"_s, m_dir->filePath(u"links.sqlite"_s), u"--listen"_s, u"127.0.0.1:0"_s});
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += first.readAll()).contains("listening on"), 15000);
    const auto stopFirst = qScopeGuard([&] {
        first.terminate();
        first.waitForFinished(15000);
    });

    QTest::mouseClick(m_window->findChild<QPushButton *>(u"serverStartStopButton"_s), Qt::LeftButton);
    auto *status = m_window->findChild<QLabel *>(u"serverStatusLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->localServer()->state() == LocalServerController::State::Failed, 15000);
    QVERIFY2(status->text().contains(u"Another Linkdeck link server already uses these links"_s),
             qPrintable(status->text()));
    QCOMPARE(first.state(), QProcess::Running);   // the first one goes on
}

void TestLocalServer::fullDiskIsShownWithLostVisits()
{
    // The click journal (next to the database) on a 64 KiB disk of its own, which fills up.
    const QString journal = m_dir->filePath(u"links.sqlite.journal"_s);
    QDir().mkpath(journal);
    if (QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, journal}) != 0)
        QSKIP("cannot mount a tmpfs here (not root)");
    const auto unmount = qScopeGuard([&] {
        m_window->localServer()->stop();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->localServer()->state() != LocalServerController::State::Stopping, 15000);
        if (QProcess::execute(u"umount"_s, {journal}) != 0)
            QProcess::execute(u"umount"_s, {u"-l"_s, journal});
    });
    Link draft;
    draft.destination = u"https://shop.example/full"_s;
    draft.slug = u"full"_s;
    auto created = m_backend->provider(1)->create(draft);
    created.waitForFinished();
    QVERIFY(created.result().ok());
    auto *status = m_window->findChild<QLabel *>(u"serverStatusLabel"_s);
    auto *health = m_window->findChild<QLabel *>(u"serverHealthLabel"_s);
    QVERIFY(status && health);
    m_window->localServer()->start();
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Running"_s, 15000);
    const QString address = m_window->localServer()->address();
    QVERIFY(httpGet(address, "/full").startsWith("HTTP/1.1 302"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->localServer()->health().known, 5000);
    QVERIFY(health->isHidden());   // all is well: nothing said

    // Something else fills the disk: visitors are still sent on, and the panel says that their
    // visits are not recorded, with how many.
    {
        QFile filler(journal + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(512, 'f');
        while (filler.write(block) == block.size()) {}
    }
    for (int i = 0; i < 40; ++i)
        QVERIFY(httpGet(address, "/full").startsWith("HTTP/1.1 302"));
    QTRY_VERIFY_WITH_TIMEOUT(health->isVisible() && health->text().contains(u"not being recorded"_s), 10000);
    QVERIFY2(health->text().contains(u"not recorded so far"_s), qPrintable(health->text()));
    QVERIFY(m_window->localServer()->health().lostClicks > 0);

    // The server frees the journal files it has stored; once it records again, the panel still
    // says how many visits were lost.
    QFile::remove(journal + u"/filler"_s);
    QTRY_VERIFY_WITH_TIMEOUT((httpGet(address, "/full"), !m_window->localServer()->health().journalFailing), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(health->text().contains(u"could not be recorded while the disk was full"_s), 5000);
}

void TestLocalServer::healthIsRead()
{
    // The server's /rest/health as the panel reads it; an answer that is not JSON is not known.
    const auto failing = LocalServerController::parseHealth(
        R"({"status":"fail","journal":{"status":"fail","lostClicks":12},"clicks":{"lagMs":500,"statisticsLagMs":15000}})");
    QVERIFY(failing.known);
    QVERIFY(failing.journalFailing);
    QCOMPARE(failing.lostClicks, 12);
    QCOMPARE(failing.lagMillis, 15000);
    const auto fine =
        LocalServerController::parseHealth(R"({"status":"pass","journal":{"status":"pass","lostClicks":0}})");
    QVERIFY(fine.known && !fine.journalFailing && fine.lostClicks == 0 && fine.lagMillis == 0);
    QVERIFY(!fine.databaseDamaged);
    QVERIFY(LocalServerController::parseHealth(R"({"status":"fail","database":{"status":"fail","output":"damaged"}})")
                .databaseDamaged);
    QVERIFY(!LocalServerController::parseHealth("<html>").known);
    // The server's ready line, among lines for people; nothing before it.
    QCOMPARE(LocalServerController::readyAddress("linkdeck-server: listening on http://127.0.0.1:9\n"), QString());
    QCOMPARE(
        LocalServerController::readyAddress(
            "linkdeck-server: 3 links loaded\n{\"address\":\"http://127.0.0.1:18080\",\"event\":\"ready\",\"port\":18080}\n"),
        u"http://127.0.0.1:18080"_s);
    QCOMPARE(LocalServerController::readyAddress("{\"address\":\"http://127.0.0.1:1\",\"event\":\"ready\""),
             QString());   // cut
}

QTEST_MAIN(TestLocalServer)
#include "tst_localserver.moc"
