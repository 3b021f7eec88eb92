#include "core/providers/linkprovider.h"
#include "core/storage/accountrepository.h"
#include "core/storage/secretstore.h"
#include "core/sync/backend.h"
#include "gui/transferdialog.h"
#include "i18n.h"
#include "support/fakes/fakebitly.h"

#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

// Move to Account… as a person uses it: a Bitly link moved to this computer, the old Bitly
// link then sending its visitors to the new short link, and the mapping saved.
class TestTransfer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(installTranslators(QLocale(QLocale::English, QLocale::UnitedStates))); }
    void moveABitlyLinkHere();
};

void TestTransfer::moveABitlyLinkHere()
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    Backend backend(&network);
    QVERIFY(backend.open(dir.filePath(u"l.sqlite"_s)).ok());
    auto *secrets = new MemorySecretStore;
    backend.setSecretStore(secrets);
    Test::FakeBitly bitly;
    QVERIFY(bitly.listen());
    Account a;
    a.provider = ProviderKind::Bitly;
    a.name = u"Marketing"_s;
    a.apiBase = bitly.apiUrl().toString();
    const Account account = *backend.accounts().add(a);
    secrets->write(SecretStore::accountKey(account), bitly.token(), [](const Result<void> &) {});
    Link draft;
    draft.slug = u"flyer"_s;
    draft.destination = u"https://shop.example/flyer"_s;
    draft.title = u"Flyer"_s;
    auto made = backend.provider(account.id)->create(draft);
    QTRY_VERIFY_WITH_TIMEOUT(made.isFinished(), 10000);
    const Link link = *made.result();

    Gui::TransferDialog dialog(backend, {link}, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), u"Move 1 Link to Another Account"_s);
    auto *to = dialog.findChild<QComboBox *>(u"transferAccountCombo"_s);
    QCOMPARE(to->count(), 1);   // not the Bitly account the link is on
    QCOMPARE(to->currentData().toLongLong(), AccountRepository::LocalAccountId);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"transferStartButton"_s), Qt::LeftButton);
    auto *summary = dialog.findChild<QLabel *>(u"transferSummary"_s);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().endsWith(u'.'), 20000);
    QCOMPARE(summary->text(), u"1 link moved, 1 old link pointed to the new one."_s);
    auto *table = dialog.findChild<QTableWidget *>(u"transferTable"_s);
    QCOMPARE(table->item(0, 0)->text(), link.shortUrl);
    QCOMPARE(table->item(0, 1)->text(), u"http://localhost:8080/flyer"_s);
    QCOMPARE(bitly.link(link.domain + u'/' + link.slug).value(u"long_url"_s).toString(),
             u"http://localhost:8080/flyer"_s);
    QVERIFY(dialog.findChild<QPushButton *>(u"transferSaveButton"_s)->isEnabled());
    const QString path = dir.filePath(u"mapping.csv"_s);
    QVERIFY(dialog.saveMapping(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains((link.shortUrl + u",http://localhost:8080/flyer,moved,"_s).toUtf8()));
    QVERIFY(summary->text().contains(u"Mapping saved in"_s));
}

QTEST_MAIN(TestTransfer)
#include "tst_transfer.moc"
