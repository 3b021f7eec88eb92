#include "core/models/linktablemodel.h"
#include "core/platform/localservercontroller.h"
#include "core/providers/localaddress.h"
#include "core/providers/remoteprovider.h"
#include "core/storage/secretstore.h"
#include "core/storage/settings.h"
#include "core/sync/backend.h"
#include "gui/accountdialog.h"
#include "gui/linkdialog.h"
#include "gui/mainwindow.h"
#include "gui/preferencesdialog.h"
#include "gui/qrstudiodialog.h"
#include "gui/statsdialog.h"
#include "i18n.h"
#include "support/fakes/fakebitly.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using Linkdeck::Gui::LinkDialog;

// Issue 12's "day in the life", by objectName, as a marketing person goes through it: a link
// made and its destination changed, visits arriving from the running linkdeck-server while
// the table is watched, the statistics agreeing with the table, a QR code exported that scans,
// a Bitly account added (the fake Bitly) with a link made and edited there, and at the end
// the server's port and a public domain changed, the links following and still redirecting.
class TestDayInTheLife : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(installTranslators(QLocale(QLocale::English, QLocale::UnitedStates))); }
    void aWholeDay();

private:
    static quint16 freePort();
    static QByteArray get(quint16 port, const QByteArray &host, const QByteArray &path);
    LinkDialog *openLinkDialog(QAction *action);
    int rowOf(const QString &slug) const;
    QString cell(const QString &slug, int column, int role = Qt::DisplayRole) const;

    std::unique_ptr<Gui::MainWindow> m_window;
    QTableView *m_table = nullptr;
};

quint16 TestDayInTheLife::freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QByteArray TestDayInTheLife::get(quint16 port, const QByteArray &host, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(3000))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: " + host
                 + "\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0"
                   "\r\nConnection: close\r\n\r\n");
    QByteArray response;
    while (socket.waitForReadyRead(3000))
        response += socket.readAll();
    return response;
}

LinkDialog *TestDayInTheLife::openLinkDialog(QAction *action)
{
    action->trigger();
    auto *dialog = m_window->linkDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

int TestDayInTheLife::rowOf(const QString &slug) const
{
    const LinkTableModel *model = m_window->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(LinkTableModel::LinkRole).value<Link>().slug == slug)
            return row;
    }
    return -1;
}

QString TestDayInTheLife::cell(const QString &slug, int column, int role) const
{
    const int row = rowOf(slug);
    return row < 0 ? QString() : m_window->model()->index(row, column).data(role).toString();
}

void TestDayInTheLife::aWholeDay()
{
    // No clock override: linkdeck-server, a process of its own, stamps the visits with the real
    // time (faked alike under faketime), and the statistics' period ends now too.
    QTemporaryDir dir;
    Backend backend;
    QVERIFY(backend.open(dir.filePath(u"links.sqlite"_s)).ok());
    auto *secrets = new MemorySecretStore;
    backend.setSecretStore(secrets);
    RetryPolicy fast;
    fast.baseDelayMs = 50;
    fast.timeoutMs = 3000;
    backend.setRetryPolicy(fast);
    Test::FakeBitly bitly;
    QVERIFY(bitly.listen());
    QSettings store(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    const quint16 port = freePort();
    settings.setServerPort(port);
    QVERIFY(LocalAddress::apply(backend.accounts(), backend.links(), {}, port).ok());   // as at start

    m_window = std::make_unique<Gui::MainWindow>(backend, settings);
    const auto closeWindow = qScopeGuard([this] { m_window.reset(); });
    m_window->localServer()->setExecutable(QStringLiteral(LINKDECK_SERVER_PATH));
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_table = m_window->findChild<QTableView *>(u"linkTable"_s);
    QVERIFY(m_table);
    m_window->localServer()->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->localServer()->state(), LocalServerController::State::Running, 15000);

    // 1. A link for the flyer, made in New Link.
    LinkDialog *dialog = openLinkDialog(m_window->findChild<QAction *>(u"newLinkAction"_s));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"destinationEdit"_s), u"https://shop.example/winter"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"slugEdit"_s), u"flyer"_s);
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_window->linkDialog());
    QTRY_VERIFY(rowOf(u"flyer"_s) >= 0);
    const QString local = u"localhost:%1"_s.arg(port);
    QCOMPARE(cell(u"flyer"_s, LinkTableModel::ShortUrl), local + u"/flyer"_s);

    // 2. The flyer went to print; the offer moves: only the destination changes.
    m_table->selectRow(rowOf(u"flyer"_s));
    dialog = openLinkDialog(m_window->findChild<QAction *>(u"editLinkAction"_s));
    QVERIFY(dialog);
    auto *destination = dialog->findChild<QLineEdit *>(u"destinationEdit"_s);
    destination->selectAll();
    QTest::keyClicks(destination, u"https://shop.example/winter-sale"_s);
    ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_window->linkDialog());
    QTRY_COMPARE(cell(u"flyer"_s, LinkTableModel::Destination, Qt::ToolTipRole), u"https://shop.example/winter-sale"_s);

    // 3. People scan it; the table counts them as they arrive, nobody presses anything.
    // The server takes the new link and the edit within its poll; a visit before the edit went
    // to the old address and counts too.
    int visits = 0;
    QByteArray response;
    for (int tries = 0; tries < 50 && !response.contains("Location: https://shop.example/winter-sale"); ++tries) {
        if (tries > 0)
            QTest::qWait(100);
        response = get(port, local.toLatin1(), "/flyer");
        // (404 until the server's poll has seen the new link: not a visit of it.)
        QVERIFY2(response.startsWith("HTTP/1.1 302") || response.startsWith("HTTP/1.1 404"), response.constData());
        visits += response.startsWith("HTTP/1.1 302") ? 1 : 0;
    }
    QVERIFY2(response.contains("Location: https://shop.example/winter-sale"), response.constData());
    while (visits < 3) {
        QVERIFY(get(port, local.toLatin1(), "/flyer").startsWith("HTTP/1.1 302"));
        ++visits;
    }
    const QString counted = QString::number(visits);
    QTRY_COMPARE_WITH_TIMEOUT(cell(u"flyer"_s, LinkTableModel::Clicks), counted, 15000);
    auto *detailClicks = m_window->findChild<QLabel *>(u"detailClicks"_s);
    QTRY_COMPARE_WITH_TIMEOUT(detailClicks->text(), counted, 5000);

    // 4. The statistics count the same clicks.
    m_table->selectRow(rowOf(u"flyer"_s));
    m_window->findChild<QAction *>(u"statsAction"_s)->trigger();
    auto *stats = m_window->findChild<Gui::StatsDialog *>(u"statsDialog"_s);
    QVERIFY(stats);
    QTRY_VERIFY_WITH_TIMEOUT(!stats->stats().isLoading() && !stats->stats().figures().series.isEmpty(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(stats->stats().figures().total, qint64(visits), 10000);
    QVERIFY(stats->findChild<QLabel *>(u"statsSummaryLabel"_s)->text().startsWith(counted + u" clicks"_s));
    stats->close();

    // 5. A QR code for the print shop, which scans to the short URL.
    m_window->findChild<QAction *>(u"qrCodeAction"_s)->trigger();
    auto *studio = m_window->findChild<Gui::QrStudioDialog *>(u"qrStudioDialog"_s);
    QVERIFY(studio);
    Gui::QrStudioDialog::setNextSaveFileName(dir.filePath(u"flyer"_s));
    QTest::mouseClick(studio->findChild<QPushButton *>(u"qrExportPNGButton"_s), Qt::LeftButton);
    QVERIFY(QFileInfo(dir.filePath(u"flyer.png"_s)).size() > 0);
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--nodbus"_s, u"--raw"_s, u"-q"_s, dir.filePath(u"flyer.png"_s)});
    QVERIFY(zbar.waitForFinished(30000));
    QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), u"http://"_s + local + u"/flyer"_s);
    studio->close();

    // 6. Bitly, added from the first steps' Add Account (File menu), against the fake Bitly.
    m_window->addAccount();
    auto *account = m_window->findChild<Gui::AccountDialog *>();
    QVERIFY(account);
    auto *provider = account->findChild<QComboBox *>(u"providerCombo"_s);
    provider->setCurrentIndex(provider->findText(u"Bitly"_s));
    QTest::keyClicks(account->findChild<QLineEdit *>(u"accountNameEdit"_s), u"Marketing"_s);
    QTest::keyClicks(account->findChild<QLineEdit *>(u"tokenEdit"_s), bitly.token());
    QTest::keyClicks(account->findChild<QLineEdit *>(u"apiBaseEdit"_s), bitly.apiUrl().toString());
    QTest::mouseClick(account->findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(account->findChild<QLabel *>(u"connectionStatus"_s)->text().startsWith(u"Connected"_s),
                             10000);
    auto *domains = account->findChild<QComboBox *>(u"defaultDomainCombo"_s);
    domains->setCurrentIndex(domains->findText(bitly.brandedDomain()));
    QTest::mouseClick(account->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(backend.accounts().findByName(u"Marketing"_s));
    const qint64 marketing = backend.accounts().findByName(u"Marketing"_s)->id;

    // 7. A link made there, then its destination edited there.
    dialog = openLinkDialog(m_window->findChild<QAction *>(u"newLinkAction"_s));
    QVERIFY(dialog);
    auto *accounts = dialog->findChild<QComboBox *>(u"accountCombo"_s);
    accounts->setCurrentIndex(accounts->findData(marketing));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"destinationEdit"_s), u"https://shop.example/newsletter"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"slugEdit"_s), u"winter-nl"_s);
    ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 10000);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->linkDialog(), 10000);
    const QString bitlink = bitly.brandedDomain() + u"/winter-nl"_s;
    QCOMPARE(bitly.link(bitlink).value(u"long_url"_s).toString(), u"https://shop.example/newsletter"_s);
    QTRY_VERIFY(rowOf(u"winter-nl"_s) >= 0);
    m_table->selectRow(rowOf(u"winter-nl"_s));
    dialog = openLinkDialog(m_window->findChild<QAction *>(u"editLinkAction"_s));
    QVERIFY(dialog);
    destination = dialog->findChild<QLineEdit *>(u"destinationEdit"_s);
    destination->selectAll();
    QTest::keyClicks(destination, u"https://shop.example/newsletter-2"_s);
    ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 10000);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->linkDialog(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(bitly.link(bitlink).value(u"long_url"_s).toString(),
                              u"https://shop.example/newsletter-2"_s, 10000);

    // 8. The team's server: another port and go.brand.example in front of it.
    const quint16 newPort = freePort();
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *preferences = m_window->findChild<Gui::PreferencesDialog *>();
        if (!preferences)
            return;
        seen = true;
        preferences->findChild<QSpinBox *>(u"serverPortSpin"_s)->setValue(newPort);
        preferences->findChild<QLineEdit *>(u"publicAddressEdit"_s)->setText(u"https://go.brand.example"_s);
        preferences->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
    });
    m_window->showPreferences();
    QVERIFY(seen);
    QTRY_COMPARE(cell(u"flyer"_s, LinkTableModel::ShortUrl), u"go.brand.example/flyer"_s);
    QCOMPARE(cell(u"winter-nl"_s, LinkTableModel::ShortUrl), bitlink);   // Bitly's links stay Bitly's
    QTRY_VERIFY_WITH_TIMEOUT(m_window->localServer()->state() == LocalServerController::State::Running
                                 && m_window->localServer()->address().endsWith(QString::number(newPort)),
                             15000);
    response = get(newPort, "go.brand.example", "/flyer");
    QVERIFY2(response.startsWith("HTTP/1.1 302"), response.constData());
    QVERIFY(response.contains("Location: https://shop.example/winter-sale"));
    // And the visit is counted with the others.
    QTRY_COMPARE_WITH_TIMEOUT(cell(u"flyer"_s, LinkTableModel::Clicks), QString::number(visits + 1), 15000);
}

QTEST_MAIN(TestDayInTheLife)
#include "tst_dayinthelife.moc"
