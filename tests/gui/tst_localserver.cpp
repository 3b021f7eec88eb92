#include "core/backend.h"
#include "core/linkprovider.h"
#include "core/localservercontroller.h"
#include "core/settings.h"
#include "gui/mainwindow.h"

#include <QCheckBox>
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
    socket.write("GET " + path + " HTTP/1.1\r\nHost: localhost:8080\r\nConnection: close\r\n\r\n");
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
    QVERIFY(address->text().contains(serverAddress));

    // A link made in the app redirects through the server at once.
    const QByteArray response = httpGet(serverAddress, "/spring");
    QVERIFY2(response.startsWith("HTTP/1.1 302"), response.constData());
    QVERIFY(response.contains("Location: https://shop.example/spring"));
    QTRY_VERIFY_WITH_TIMEOUT(clicks->text().contains(u"1 visit"_s), 5000);

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
    QVERIFY2(status->text().contains(u"Another Linkdeck link server already uses these links"_s), qPrintable(status->text()));
    QCOMPARE(first.state(), QProcess::Running);   // the first one goes on
}

QTEST_MAIN(TestLocalServer)
#include "tst_localserver.moc"
