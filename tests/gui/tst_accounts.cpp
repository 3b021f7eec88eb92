// Preferences > Accounts and the main window over several accounts, driven by objectName,
// against the contract servers of tests/support (nothing reaches the internet).
// With LINKDECK_SCREENSHOTS=DIR the test saves what it shows, for the issue notes.

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "core/models/linktablemodel.h"
#include "core/providers/linkprovider.h"
#include "core/providers/providerregistry.h"
#include "core/providers/remoteprovider.h"
#include "core/storage/secretstore.h"
#include "core/storage/settings.h"
#include "core/sync/accountsync.h"
#include "core/sync/backend.h"
#include "gui/accountdialog.h"
#include "gui/accountspage.h"
#include "gui/linkdialog.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "gui/preferencesdialog.h"
#include "server/linkserver.h"
#include "support/fakes/fakebitly.h"
#include "support/fakes/fakecuttly.h"
#include "support/fakes/fakerebrandly.h"
#include "support/nokeychain.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Gui;
using namespace Linkdeck::Test;

namespace {
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("LINKDECK_SCREENSHOTS");
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + u".png"_s);
}
}   // namespace

class TestAccounts : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addBitlyAccountWithTestConnection();
    void wrongTokenIsSaidInTheDialog();
    void shlinkNeedsAServerAddress();
    void dialogAsksTheRegistry();
    void editingAnAccountMakesANewProvider();
    void cleartextAddressIsSaid();
    void noKeychainOffersThisRunOnly();
    void editSaysWhereTheTokenIs();
    void addressErrorGoesOnceTheAddressIsRight();
    void failedSyncIsOneShortLine();
    void removeAsksFirst();
    void mainWindowShowsEveryAccount();
    void columnTitlesFitInPreferences();
    void escapeAsksBeforeDiscardingATypedToken();

private:
    qint64 addAccount(ProviderKind kind, const QUrl &api, const QString &token, const QString &name,
                      const QString &domain = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Backend> m_backend;
    MemorySecretStore *m_secrets = nullptr;
    std::unique_ptr<FakeBitly> m_bitly;
    std::unique_ptr<FakeRebrandly> m_rebrandly;
    std::unique_ptr<FakeCuttly> m_cuttly;
};

void TestAccounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_backend = std::make_unique<Backend>();
    QVERIFY(m_backend->open(m_dir->filePath(u"links.sqlite"_s)));
    m_secrets = new MemorySecretStore;
    m_backend->setSecretStore(m_secrets);
    RetryPolicy fast;
    fast.baseDelayMs = 50;
    fast.timeoutMs = 2000;
    m_backend->setRetryPolicy(fast);
    m_bitly = std::make_unique<FakeBitly>();
    m_rebrandly = std::make_unique<FakeRebrandly>();
    m_cuttly = std::make_unique<FakeCuttly>();
    QVERIFY(m_bitly->listen() && m_rebrandly->listen() && m_cuttly->listen());
}

void TestAccounts::cleanup()
{
    m_backend.reset();
    m_bitly.reset();
    m_rebrandly.reset();
    m_cuttly.reset();
    m_dir.reset();
}

qint64 TestAccounts::addAccount(ProviderKind kind, const QUrl &api, const QString &token, const QString &name,
                                const QString &domain)
{
    Account a;
    a.provider = kind;
    a.name = name;
    a.apiBase = api.toString();
    a.defaultDomain = domain;
    const Result<Account> added = m_backend->accounts().add(a);
    if (!added)
        qFatal("%s", qPrintable(added.error().message));
    m_secrets->write(SecretStore::accountKey(*added), token, [](const Result<void> &) {});
    return added->id;
}

void TestAccounts::addBitlyAccountWithTestConnection()
{
    AccountDialog dialog(*m_backend);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *provider = dialog.findChild<QComboBox *>(u"providerCombo"_s);
    auto *name = dialog.findChild<QLineEdit *>(u"accountNameEdit"_s);
    auto *token = dialog.findChild<QLineEdit *>(u"tokenEdit"_s);
    auto *api = dialog.findChild<QLineEdit *>(u"apiBaseEdit"_s);
    auto *domain = dialog.findChild<QComboBox *>(u"defaultDomainCombo"_s);
    auto *test = dialog.findChild<QPushButton *>(u"testConnectionButton"_s);
    auto *status = dialog.findChild<QLabel *>(u"connectionStatus"_s);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QVERIFY(provider && name && token && api && domain && test && status && buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);

    provider->setCurrentIndex(provider->findText(u"Bitly"_s));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(name, u"Marketing"_s);
    QTest::keyClicks(token, m_bitly->token());
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QTest::keyClicks(api, m_bitly->apiUrl().toString());
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Connected"_s), 10000);
    QVERIFY(domain->findText(m_bitly->brandedDomain()) >= 0);
    domain->setCurrentIndex(domain->findText(m_bitly->brandedDomain()));
    screenshot(&dialog, u"account-dialog"_s);
    // Enter right after Test Connection adds the account (it used to land on Cancel, which the
    // test's disabled buttons had passed the focus to, and throw the token away).
    QTRY_VERIFY(dialog.focusWidget() == test);
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));

    const auto saved = m_backend->accounts().findByName(u"Marketing"_s);
    QVERIFY(saved);
    QCOMPARE(saved->provider, ProviderKind::Bitly);
    QCOMPARE(saved->defaultDomain, m_bitly->brandedDomain());
    QVERIFY(m_secrets->contains(SecretStore::accountKey(*saved)));
    // The token is in the secret store only: not in the database file.
    QFile db(m_dir->filePath(u"links.sqlite"_s));
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains(m_bitly->token().toUtf8()));
}

void TestAccounts::wrongTokenIsSaidInTheDialog()
{
    AccountDialog dialog(*m_backend);
    dialog.show();
    auto *provider = dialog.findChild<QComboBox *>(u"providerCombo"_s);
    provider->setCurrentIndex(provider->findText(u"Rebrandly"_s));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"accountNameEdit"_s), u"Shop"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"tokenEdit"_s), u"wrong-key"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"apiBaseEdit"_s), m_rebrandly->apiUrl().toString());
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
    auto *status = dialog.findChild<QLabel *>(u"connectionStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"did not accept the API token of “Shop”"_s), 10000);
    QVERIFY(!m_backend->accounts().findByName(u"Shop"_s));   // testing saves nothing
}

void TestAccounts::shlinkNeedsAServerAddress()
{
    AccountDialog dialog(*m_backend);
    dialog.show();
    auto *provider = dialog.findChild<QComboBox *>(u"providerCombo"_s);
    provider->setCurrentIndex(provider->findData(int(ProviderKind::Shlink)));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"accountNameEdit"_s), u"Team"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"tokenEdit"_s), u"key"_s);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.findChild<QLineEdit *>(u"workspaceEdit"_s)->isVisible());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"apiBaseEdit"_s), u"https://s.example.com/rest/v3"_s);
    QVERIFY(ok->isEnabled());
}

// What the dialog says about each service comes from the registry, not from a list of its own.
void TestAccounts::dialogAsksTheRegistry()
{
    AccountDialog dialog(*m_backend);
    dialog.show();
    auto *provider = dialog.findChild<QComboBox *>(u"providerCombo"_s);
    auto *token = dialog.findChild<QLineEdit *>(u"tokenEdit"_s);
    auto *workspace = dialog.findChild<QLineEdit *>(u"workspaceEdit"_s);
    const QList<ProviderKind> kinds = ProviderRegistry::addableKinds();
    QCOMPARE(provider->count(), kinds.size());
    for (int i = 0; i < kinds.size(); ++i) {
        const ProviderInfo info = ProviderRegistry::info(kinds.at(i));
        QCOMPARE(provider->itemText(i), info.choiceName);
        provider->setCurrentIndex(i);
        QCOMPARE(token->toolTip(), info.tokenHelp);
        QCOMPARE(workspace->isVisible(), info.grouping != ProviderInfo::Grouping::None);
    }
    QCOMPARE(provider->itemText(provider->findData(int(ProviderKind::Shlink))), u"Shlink (or Linkdeck server)"_s);
}

// Saving an account's settings forgets the provider made from the old ones.
void TestAccounts::editingAnAccountMakesANewProvider()
{
    const qint64 id = addAccount(ProviderKind::Rebrandly, m_rebrandly->apiUrl(), m_rebrandly->apiKey(), u"Shop"_s);
    QPointer<LinkProvider> before = m_backend->provider(id);
    QVERIFY(before);
    AccountDialog dialog(*m_backend);
    dialog.editAccount(*m_backend->accounts().find(id));
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(u"accountNameEdit"_s);
    name->clear();
    QTest::keyClicks(name, u"Web shop"_s);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_backend->accounts().find(id)->name, u"Web shop"_s);
    QTRY_VERIFY(!before);
    LinkProvider *after = m_backend->provider(id);
    QVERIFY(after);
    QFuture<Result<void>> connected = after->testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(connected.isFinished(), 10000);
    QVERIFY(connected.result());
}

void TestAccounts::noKeychainOffersThisRunOnly()
{
    auto *session = new SessionSecrets(new NoKeychain);
    m_backend->setSecretStore(session);
    AccountDialog dialog(*m_backend);
    dialog.show();
    auto *provider = dialog.findChild<QComboBox *>(u"providerCombo"_s);
    provider->setCurrentIndex(provider->findText(u"Cuttly"_s));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"accountNameEdit"_s), u"Cuttly"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"tokenEdit"_s), m_cuttly->key());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"apiBaseEdit"_s), m_cuttly->apiUrl().toString());
    const int asked = MessageBox::questionsAsked();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(MessageBox::questionsAsked(), asked + 1);
    const auto saved = m_backend->accounts().findByName(u"Cuttly"_s);
    QVERIFY(saved);
    QVERIFY(session->isKeptForThisRun(SecretStore::accountKey(*saved)));
    // And the provider can use it.
    QVERIFY(m_backend->provider(saved->id));
}

void TestAccounts::removeAsksFirst()
{
    const qint64 id = addAccount(ProviderKind::Rebrandly, m_rebrandly->apiUrl(), m_rebrandly->apiKey(), u"Old shop"_s);
    const QString key = SecretStore::accountKey(*m_backend->accounts().find(id));
    QVERIFY(m_secrets->contains(key));
    AccountsPage page(*m_backend);
    page.show();
    auto *list = page.findChild<QTreeWidget *>(u"accountList"_s);
    QCOMPARE(list->topLevelItemCount(), 2);   // This computer, Old shop
    auto *remove = page.findChild<QPushButton *>(u"removeAccountButton"_s);
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(!remove->isEnabled());   // "This computer" stays
    list->setCurrentItem(list->topLevelItem(1));
    QVERIFY(remove->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(m_backend->accounts().find(id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!m_backend->accounts().find(id));
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(!m_secrets->contains(key));
}

void TestAccounts::mainWindowShowsEveryAccount()
{
    m_bitly->addLinks(3);
    m_rebrandly->addLinks(2);
    const qint64 bitly = addAccount(ProviderKind::Bitly, m_bitly->apiUrl(), m_bitly->token(), u"Bitly marketing"_s,
                                    m_bitly->brandedDomain());
    const qint64 rebrandly =
        addAccount(ProviderKind::Rebrandly, m_rebrandly->apiUrl(), m_rebrandly->apiKey(), u"Rebrandly shop"_s);
    addAccount(ProviderKind::Cuttly, m_cuttly->apiUrl(), m_cuttly->key(), u"Cuttly"_s);
    // A Shlink server: linkdeck-server itself, which speaks Shlink's REST API.
    QTemporaryDir shlinkDir;
    Server::ServerConfig config;
    config.databasePath = shlinkDir.filePath(u"server.sqlite"_s).toStdString();
    config.listenPort = 0;
    config.ioThreads = 1;
    config.initialApiKey = "shlink-key";
    config.defaultDomain = "s.test";
    Server::LinkServer shlinkServer(config);
    const auto started = shlinkServer.start();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    const qint64 shlink = addAccount(ProviderKind::Shlink, QUrl(u"http://127.0.0.1:%1"_s.arg(shlinkServer.port())),
                                     u"shlink-key"_s, u"Team server"_s);
    Link local;
    local.destination = u"https://example.com/local"_s;
    local.slug = u"here"_s;
    QVERIFY(m_backend->provider(AccountRepository::LocalAccountId)->create(local).result());

    QSettings store(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    MainWindow window(*m_backend, settings);
    window.resize(1240, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The accounts are pulled at start: 3 Bitly + 2 Rebrandly + 1 local link.
    auto *table = window.findChild<QTableView *>(u"linkTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 6, 15000);
    QTRY_VERIFY(!window.findChild<QWidget *>(u"syncIndicator"_s)->isVisible());

    // A link on each remote service through the New Link dialog.
    const auto createOn = [&](qint64 accountId, const QString &slug) {
        window.newLink();
        LinkDialog *dialog = window.linkDialog();
        QVERIFY(dialog);
        dialog->setAccount(accountId);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"destinationEdit"_s), u"https://shop.example/"_s + slug);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"slugEdit"_s), slug);
        auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 10000);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.linkDialog(), 10000);
    };
    createOn(bitly, u"winter-bitly"_s);
    createOn(rebrandly, u"winter-rebrandly"_s);
    const qint64 cuttly = m_backend->accounts().findByName(u"Cuttly"_s)->id;
    createOn(cuttly, u"winter-cuttly"_s);
    createOn(shlink, u"winter-shlink"_s);
    QCOMPARE(m_bitly->link(m_bitly->brandedDomain() + u"/winter-bitly"_s).isEmpty(), false);
    QCOMPARE(m_rebrandly->linkBySlashtag(u"winter-rebrandly"_s).isEmpty(), false);
    QCOMPARE(m_cuttly->linkByAlias(u"winter-cuttly"_s).isEmpty(), false);
    QVERIFY(m_backend->links().findBySlug(u"s.test"_s, u"winter-shlink"_s, shlink));
    QTRY_COMPARE(table->model()->rowCount(), 10);

    // Offline: the link is kept and shown as waiting.
    m_rebrandly->setOffline(true);
    createOn(rebrandly, u"offline-one"_s);
    QTRY_COMPARE(table->model()->rowCount(), 11);
    bool waiting = false;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        waiting =
            waiting || table->model()->index(row, 0).data().toString().contains(u"offline-one (waiting to be sent)"_s);
    QVERIFY(waiting);
    // The new link is selected; the detail pane says where it lives and why it is not there yet.
    QTRY_COMPARE(window.findChild<QLabel *>(u"detailAccount"_s)->text(), u"Rebrandly shop"_s);
    const QString status = window.findChild<QLabel *>(u"detailStatus"_s)->text();
    QVERIFY2(status.startsWith(u"Waiting to be sent to Rebrandly shop"_s)
                 && status.contains(u"Could not reach Rebrandly"_s),
             qPrintable(status));
    screenshot(&window, u"main-window-accounts"_s);
    // New Link with a Rebrandly link selected (All links in the sidebar): the dialog starts on
    // that account, with the cursor in the destination, not on the account box.
    window.newLink();
    QVERIFY(window.linkDialog());
    auto *accountBox = window.linkDialog()->findChild<QComboBox *>(u"accountCombo"_s);
    QVERIFY(accountBox->isVisible());
    QCOMPARE(accountBox->currentData().toLongLong(), rebrandly);
    QTRY_COMPARE(QApplication::focusWidget(), window.linkDialog()->findChild<QLineEdit *>(u"destinationEdit"_s));
    window.linkDialog()->reject();
    QTRY_VERIFY(!window.linkDialog());
    m_rebrandly->setOffline(false);
    QSignalSpy replayed(&m_backend->sync(), &AccountSync::replayFinished);
    window.syncAccounts();
    QTRY_VERIFY_WITH_TIMEOUT(!m_rebrandly->linkBySlashtag(u"offline-one"_s).isEmpty(), 15000);

    // Preferences > Accounts lists them all.
    PreferencesDialog prefs(settings, *m_backend, &window);
    prefs.showAccounts();
    prefs.resize(720, 420);
    prefs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&prefs));
    QCOMPARE(prefs.findChild<QTreeWidget *>(u"accountList"_s)->topLevelItemCount(), 5);
    screenshot(&prefs, u"preferences-accounts"_s);
}

// Preferences > Accounts as it opens: every column title whole, the last one too ("Last
// synchronised" was cut at the dialog's edge on a desktop; issue 12).
void TestAccounts::columnTitlesFitInPreferences()
{
    addAccount(ProviderKind::Rebrandly, m_rebrandly->apiUrl(), m_rebrandly->apiKey(), u"Rebrandly shop"_s,
               u"rebrand.ly"_s);
    QSettings store(m_dir->filePath(u"prefs.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    PreferencesDialog prefs(settings, *m_backend);
    prefs.showAccounts();
    prefs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&prefs));
    auto *list = prefs.findChild<QTreeWidget *>(u"accountList"_s);
    QVERIFY(list);
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(list->topLevelItemCount(), 2);
    QHeaderView *header = list->header();
    for (int column = 0; column < header->count(); ++column) {
        const QString title = list->headerItem()->text(column);
        const int needs = header->sectionSizeHint(column);
        const int shown =
            std::min(header->sectionSize(column), list->viewport()->width() - header->sectionViewportPosition(column));
        QVERIFY2(shown >= needs, qPrintable(u"“%1” needs %2 px, shows %3"_s.arg(title).arg(needs).arg(shown)));
    }
}

// Issue 18 item 10: an http:// address of a server not on this computer sends the token
// unencrypted; the dialog says so while the address is typed (and stops when it is https://).
void TestAccounts::cleartextAddressIsSaid()
{
    AccountDialog dialog(*m_backend);
    dialog.show();
    auto *provider = dialog.findChild<QComboBox *>(u"providerCombo"_s);
    provider->setCurrentIndex(provider->findData(int(ProviderKind::Shlink)));
    auto *api = dialog.findChild<QLineEdit *>(u"apiBaseEdit"_s);
    auto *status = dialog.findChild<QLabel *>(u"connectionStatus"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"accountNameEdit"_s), u"Team"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"tokenEdit"_s), u"key"_s);
    QTest::keyClicks(api, u"http://s.example.com"_s);
    QVERIFY2(status->text().contains(u"unencrypted"_s), qPrintable(status->text()));
    QVERIFY(status->text().contains(u"s.example.com"_s));
    api->setText(u"https://s.example.com"_s);
    QVERIFY2(status->text().isEmpty(), qPrintable(status->text()));
    for (const QString &local : {u"http://localhost:8081"_s, u"http://127.0.0.1:8081"_s, u"http://[::1]:8081"_s}) {
        api->setText(local);
        QVERIFY2(status->text().isEmpty(), qPrintable(local + u": "_s + status->text()));
    }
    api->setText(u"http://192.168.1.20:8080"_s);
    QVERIFY2(status->text().contains(u"unencrypted"_s), qPrintable(status->text()));
}

// Issue 12: Edit Account said "kept in the keychain" also where there is none.
void TestAccounts::editSaysWhereTheTokenIs()
{
    const qint64 id = addAccount(ProviderKind::Cuttly, m_cuttly->apiUrl(), m_cuttly->key(), u"Cuttly"_s);
    const auto token = [](AccountDialog &dialog) { return dialog.findChild<QLineEdit *>(u"tokenEdit"_s); };
    {
        AccountDialog dialog(*m_backend);   // a keychain that has it (MemorySecretStore here)
        dialog.editAccount(*m_backend->accounts().find(id));
        QTRY_COMPARE(token(dialog)->placeholderText(), u"unchanged (kept in the keychain)"_s);
    }
    auto *session = new SessionSecrets(new NoKeychain);
    m_backend->setSecretStore(session);
    const Account account = *m_backend->accounts().find(id);
    {
        AccountDialog dialog(*m_backend);   // no keychain, and nothing kept: the token is gone
        dialog.editAccount(account);
        QTRY_VERIFY2(token(dialog)->placeholderText().startsWith(u"not kept"_s),
                     qPrintable(token(dialog)->placeholderText()));
        const QString note = dialog.findChild<QLabel *>(u"keychainNote"_s)->text();
        QVERIFY2(note.contains(u"no keychain"_s) && !note.contains(u"kept in your system's keychain"_s),
                 qPrintable(note));
    }
    session->keepForThisRun(SecretStore::accountKey(account), m_cuttly->key());
    AccountDialog dialog(*m_backend);   // no keychain, kept until the app quits
    dialog.editAccount(account);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(token(dialog)->placeholderText().contains(u"until you quit"_s),
             qPrintable(token(dialog)->placeholderText()));
    QVERIFY(dialog.findChild<QLabel *>(u"keychainNote"_s)->text().contains(u"until Linkdeck quits"_s));
    // The placeholder is read whole in the field (it was cut on a desktop).
    QVERIFY(token(dialog)->fontMetrics().horizontalAdvance(token(dialog)->placeholderText())
            < token(dialog)->width() - 16);
}

// Issue 12: an address that was wrong while typed is not said wrong once it is right,
// whatever order the fields are filled in.
void TestAccounts::addressErrorGoesOnceTheAddressIsRight()
{
    AccountDialog dialog(*m_backend);
    dialog.show();
    auto *provider = dialog.findChild<QComboBox *>(u"providerCombo"_s);
    provider->setCurrentIndex(provider->findData(int(ProviderKind::Shlink)));
    auto *api = dialog.findChild<QLineEdit *>(u"apiBaseEdit"_s);
    auto *name = dialog.findChild<QLineEdit *>(u"accountNameEdit"_s);
    auto *status = dialog.findChild<QLabel *>(u"connectionStatus"_s);
    QTest::keyClicks(api, u"s.example.com"_s);
    QVERIFY2(status->text().contains(u"https://"_s), qPrintable(status->text()));
    api->setCursorPosition(0);
    QTest::keyClicks(api, u"https://"_s);
    QCOMPARE(api->text(), u"https://s.example.com"_s);
    QTest::keyClicks(name, u"Team"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"tokenEdit"_s), u"key"_s);
    QVERIFY2(!status->text().contains(u"https://"_s), qPrintable(status->text()));
    // Typed through the wrong prefixes one key at a time, then right.
    api->clear();
    QTest::keyClicks(api, u"htps:/"_s);
    QVERIFY(!status->text().isEmpty());
    api->selectAll();
    QTest::keyClicks(api, u"https://s.example.com/rest/v3"_s);
    QVERIFY2(status->text().isEmpty(), qPrintable(status->text()));
    QVERIFY(dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->isEnabled());
}

// Issue 12: a failed sync filled the status bar with the service's sentences, cut in German.
void TestAccounts::failedSyncIsOneShortLine()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();   // nobody answers there
    addAccount(ProviderKind::Bitly, QUrl(u"http://127.0.0.1:%1/v4"_s.arg(port)), u"token"_s, u"Marketing"_s);
    QSettings store(m_dir->filePath(u"s.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    MainWindow window(*m_backend, settings);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStatusBar *bar = window.statusBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->currentMessage().contains(u"could not be synchronised"_s), 20000);
    QCOMPARE(bar->currentMessage(),
             u"Showing the links saved on this computer: Marketing could not be synchronised."_s);
    QVERIFY2(bar->toolTip().startsWith(u"Marketing: "_s), qPrintable(bar->toolTip()));
}

void TestAccounts::escapeAsksBeforeDiscardingATypedToken()
{
    const int accounts = int(m_backend->accounts().all().size());
    AccountDialog dialog(*m_backend);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(u"accountNameEdit"_s);
    auto *token = dialog.findChild<QLineEdit *>(u"tokenEdit"_s);
    QPushButton *add = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QVERIFY(name && token && add);
    // Nothing typed: Esc closes at once.
    const int asked = MessageBox::questionsAsked();
    QTest::keyClick(name, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(MessageBox::questionsAsked(), asked);

    // A pasted token: Esc asks; Cancel keeps it and the cursor in it.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    token->setFocus();
    QTest::keyClicks(token, u"o_4k2secret"_s);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(token, Qt::Key_Escape);
    QCOMPARE(MessageBox::questionsAsked(), asked + 1);
    QVERIFY(dialog.isVisible());
    QCOMPARE(token->text(), u"o_4k2secret"_s);
    QCOMPARE(QApplication::focusWidget(), token);
    // Add is offered only when the account could be added.
    QCOMPARE(MessageBox::lastButtons().testFlag(QMessageBox::Save), add->isEnabled());
    QVERIFY(MessageBox::lastButtons().testFlag(QMessageBox::Discard));

    // Discard closes, and no account is added.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(token, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(int(m_backend->accounts().all().size()), accounts);
}

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
