#include "core/links/linkpassword.h"
#include "core/models/linktablemodel.h"
#include "core/providers/linkprovider.h"
#include "core/storage/accountrepository.h"
#include "core/storage/settings.h"
#include "core/sync/backend.h"
#include "gui/linkdialog.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"

#include <QAction>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Gui;

// The Password row and the Social preview of New/Edit Link (issue 15), driven by objectName as a
// person would: the dialog collects, core checks (and hashes a password) and stores.
class TestPasswordDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void newLinkWithPassword();
    void editKeepsChangesAndRemoves();
    void onlyWhereTheServiceCan();
    void socialPreviewThroughDialog();

private:
    LinkDialog *openDialog(const QString &action);
    QString storedHash(const QString &slug);
    void select(const QString &slug);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestPasswordDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_backend = std::make_unique<Backend>();
    QVERIFY(m_backend->open(m_dir->filePath(u"links.sqlite"_s)).ok());
    m_store = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(*m_store);
    m_window = std::make_unique<MainWindow>(*m_backend, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPasswordDialog::cleanup()
{
    if (auto *dialog = m_window ? m_window->linkDialog() : nullptr) {
        MessageBox::setNextAnswer(QMessageBox::Discard);   // what a test typed is not kept
        dialog->reject();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_backend.reset();
    m_dir.reset();
}

LinkDialog *TestPasswordDialog::openDialog(const QString &action)
{
    m_window->findChild<QAction *>(action)->trigger();
    LinkDialog *dialog = m_window->linkDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QString TestPasswordDialog::storedHash(const QString &slug)
{
    QSqlQuery q(m_backend->database().connection());
    q.prepare(u"SELECT password_hash FROM links WHERE slug = ?"_s);
    q.addBindValue(slug);
    if (!q.exec() || !q.next())
        return u"(no link)"_s;
    return q.value(0).toString();
}

void TestPasswordDialog::select(const QString &slug)
{
    auto *table = m_window->findChild<QTableView *>(u"linkTable"_s);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, LinkTableModel::ShortUrl).data().toString().endsWith(u'/' + slug)) {
            table->selectRow(row);
            return;
        }
    }
    QFAIL("no such row");
}

void TestPasswordDialog::newLinkWithPassword()
{
    LinkDialog *dialog = openDialog(u"newLinkAction"_s);
    QVERIFY(dialog);
    auto *check = dialog->findChild<QCheckBox *>(u"passwordCheck"_s);
    auto *edit = dialog->findChild<QLineEdit *>(u"passwordEdit"_s);
    auto *status = dialog->findChild<QLabel *>(u"limitsStatus"_s);
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    QVERIFY(check && edit && status && ok);
    QVERIFY(check->isVisible());
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(!edit->isEnabled());   // until its checkbox is ticked
    QVERIFY(!edit->accessibleName().isEmpty());

    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"destinationEdit"_s), u"https://shop.example/vip"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"slugEdit"_s), u"vip"_s);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(5, check->height() / 2));
    QVERIFY(check->isChecked());
    QVERIFY(edit->isEnabled());
    // Ticked with nothing typed: no protection yet, so OK waits and the section says why.
    QTRY_VERIFY(!ok->isEnabled());
    QVERIFY2(status->text().contains(u"Type the password"_s), qPrintable(status->text()));
    QTest::keyClicks(edit, u"members only"_s);
    QTRY_VERIFY(ok->isEnabled());
    QVERIFY(!status->isVisible());
    QCOMPARE(dialog->passwordChange(), std::optional<QString>(u"members only"_s));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_window->linkDialog());

    const auto stored = m_backend->links().findBySlug(u"localhost:8080"_s, u"vip"_s);
    QVERIFY(stored);
    QVERIFY(stored->passwordProtected);
    QVERIFY(LinkPassword::verify(storedHash(u"vip"_s).toStdString(), "members only"));
    QTRY_VERIFY(m_window->findChild<QLabel *>(u"detailLimits"_s)->text().contains(u"password-protected"_s));
}

void TestPasswordDialog::editKeepsChangesAndRemoves()
{
    Link draft;
    draft.destination = u"https://shop.example/vip"_s;
    draft.slug = u"vip"_s;
    auto created = m_backend->provider(AccountRepository::LocalAccountId)->createProtected(draft, u"first"_s);
    created.waitForFinished();
    QVERIFY(created.result().ok());
    const QString firstHash = storedHash(u"vip"_s);
    QTRY_VERIFY(m_window->findChild<QTableView *>(u"linkTable"_s)->model()->rowCount() == 1);

    // Saved with the field left empty: the password stays as it was.
    select(u"vip"_s);
    LinkDialog *dialog = openDialog(u"editLinkAction"_s);
    QVERIFY(dialog);
    auto *check = dialog->findChild<QCheckBox *>(u"passwordCheck"_s);
    auto *edit = dialog->findChild<QLineEdit *>(u"passwordEdit"_s);
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    QVERIFY(check->isChecked());
    QVERIFY(edit->text().isEmpty());   // the dialog never has the password
    QCOMPARE(edit->placeholderText(), u"Protected (type a new password to change it)"_s);
    QVERIFY(!dialog->passwordChange());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"titleEdit"_s), u"VIP"_s);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_window->linkDialog());
    QCOMPARE(storedHash(u"vip"_s), firstHash);
    QCOMPARE(m_backend->links().findBySlug(u"localhost:8080"_s, u"vip"_s)->title, u"VIP"_s);

    // A new password typed: changed.
    select(u"vip"_s);
    dialog = openDialog(u"editLinkAction"_s);
    QVERIFY(dialog);
    edit = dialog->findChild<QLineEdit *>(u"passwordEdit"_s);
    ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    QTest::keyClicks(edit, u"second"_s);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_window->linkDialog());
    QVERIFY(LinkPassword::verify(storedHash(u"vip"_s).toStdString(), "second"));

    // Unticked: the protection goes.
    select(u"vip"_s);
    dialog = openDialog(u"editLinkAction"_s);
    QVERIFY(dialog);
    check = dialog->findChild<QCheckBox *>(u"passwordCheck"_s);
    ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(5, check->height() / 2));
    QVERIFY(!check->isChecked());
    QCOMPARE(dialog->passwordChange(), std::optional<QString>(QString()));
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_window->linkDialog());
    QCOMPARE(storedHash(u"vip"_s), QString());
    QVERIFY(!m_backend->links().findBySlug(u"localhost:8080"_s, u"vip"_s)->passwordProtected);
    QTRY_VERIFY(!m_window->findChild<QLabel *>(u"detailLimits"_s)->text().contains(u"password"_s));
}

// A service that cannot keep a password (Shlink here) shows no Password row.
void TestPasswordDialog::onlyWhereTheServiceCan()
{
    Account a;
    a.provider = ProviderKind::Shlink;
    a.name = u"Team"_s;
    a.apiBase = u"http://127.0.0.1:9"_s;   // never reached: the dialog only asks for domains
    a.defaultDomain = u"go.example"_s;
    const Result<Account> added = m_backend->accounts().add(a);
    QVERIFY(added);
    LinkDialog dialog(*m_backend, *m_settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *check = dialog.findChild<QCheckBox *>(u"passwordCheck"_s);
    auto *edit = dialog.findChild<QLineEdit *>(u"passwordEdit"_s);
    dialog.setAccount(AccountRepository::LocalAccountId);
    QVERIFY(check->isVisibleTo(&dialog));
    check->setChecked(true);
    QTest::keyClicks(edit, u"x"_s);
    dialog.setAccount(added->id);
    QVERIFY(!check->isVisibleTo(&dialog));
    QVERIFY(!edit->isVisibleTo(&dialog));
    QVERIFY(!check->isChecked());
    QVERIFY(edit->text().isEmpty());
    QVERIFY(!dialog.passwordChange());
}

// The social preview: typed into its section (a card shows it as it is typed), stored, shown
// again on edit, refused without a title, removed by unticking; no section for Shlink.
void TestPasswordDialog::socialPreviewThroughDialog()
{
    LinkDialog *dialog = openDialog(u"newLinkAction"_s);
    QVERIFY(dialog);
    auto *group = dialog->findChild<QGroupBox *>(u"previewGroup"_s);
    auto *title = dialog->findChild<QLineEdit *>(u"previewTitleEdit"_s);
    auto *description = dialog->findChild<QLineEdit *>(u"previewDescriptionEdit"_s);
    auto *image = dialog->findChild<QLineEdit *>(u"previewImageEdit"_s);
    auto *cardTitle = dialog->findChild<QLabel *>(u"previewCardTitle"_s);
    auto *cardImage = dialog->findChild<QLabel *>(u"previewCardImage"_s);
    auto *status = dialog->findChild<QLabel *>(u"previewStatus"_s);
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    QVERIFY(group && title && description && image && cardTitle && cardImage && status && ok);
    QVERIFY(group->isVisible());
    QVERIFY(!group->isChecked());
    QVERIFY(!title->isVisible());   // folded until ticked
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"destinationEdit"_s), u"https://shop.example/spring"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"slugEdit"_s), u"spring"_s);
    group->setChecked(true);
    QVERIFY(title->isVisible());
    // A description without a title: core's sentence, OK disabled.
    QTest::keyClicks(description, u"Half price until May"_s);
    QTRY_VERIFY(status->isVisible());
    QVERIFY2(status->text().contains(u"needs a title"_s), qPrintable(status->text()));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(title, u"Spring sale"_s);
    QTest::keyClicks(image, u"cdn.example/spring.png"_s);
    QTRY_VERIFY(ok->isEnabled());
    QCOMPARE(cardTitle->text(), u"Spring sale"_s);
    QCOMPARE(cardImage->text(), u"Image from cdn.example"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_window->linkDialog());
    auto stored = m_backend->links().findBySlug(u"localhost:8080"_s, u"spring"_s);
    QVERIFY(stored);
    QCOMPARE(stored->previewTitle, u"Spring sale"_s);
    QCOMPARE(stored->previewDescription, u"Half price until May"_s);
    QCOMPARE(stored->previewImage, u"https://cdn.example/spring.png"_s);   // normalised by core

    select(u"spring"_s);
    dialog = openDialog(u"editLinkAction"_s);
    QVERIFY(dialog);
    group = dialog->findChild<QGroupBox *>(u"previewGroup"_s);
    QVERIFY(group->isChecked());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"previewTitleEdit"_s)->text(), u"Spring sale"_s);
    group->setChecked(false);
    ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_window->linkDialog());
    stored = m_backend->links().findBySlug(u"localhost:8080"_s, u"spring"_s);
    QVERIFY(stored->previewTitle.isEmpty() && stored->previewDescription.isEmpty() && stored->previewImage.isEmpty());

    Account a;
    a.provider = ProviderKind::Shlink;
    a.name = u"Team"_s;
    a.apiBase = u"http://127.0.0.1:9"_s;
    a.defaultDomain = u"go.example"_s;
    const Result<Account> added = m_backend->accounts().add(a);
    QVERIFY(added);
    LinkDialog other(*m_backend, *m_settings);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    other.setAccount(added->id);
    QVERIFY(!other.findChild<QGroupBox *>(u"previewGroup"_s)->isVisibleTo(&other));
    QVERIFY(other.draft().previewTitle.isEmpty());
}

QTEST_MAIN(TestPasswordDialog)
#include "tst_passworddialog.moc"
