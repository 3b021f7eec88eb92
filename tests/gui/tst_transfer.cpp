#include "core/base/clock.h"
#include "core/models/linktablemodel.h"
#include "core/providers/linkprovider.h"
#include "core/providers/requestpacer.h"
#include "core/storage/accountrepository.h"
#include "core/storage/linkrepository.h"
#include "core/storage/secretstore.h"
#include "core/storage/settings.h"
#include "core/sync/backend.h"
#include "gui/mainwindow.h"
#include "gui/transferdialog.h"
#include "i18n.h"
#include "support/fakes/fakebitly.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QTableView>
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
    void timeLeftAtBitlysLimits();
    void bitlysMonthlyQuotaToldBeforeAnyLinkIsMade();
    void needsAnotherAccount();
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

// 250 links copied from this computer onto Bitly: before Copy is pressed the dialog says how
// long that takes at Bitly's published limits (100 links a minute), and while it runs how long
// the rest takes, in the import wizard's words, going down to the end. The pacer's waits move
// the test's clock on, so the minutes of pacing take no real time.
void TestTransfer::timeLeftAtBitlysLimits()
{
    Clock::Override clock(QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc()));
    RequestPacer::resetAll();
    RequestPacer::setTimeSource([] { return Clock::nowMSecsSinceEpoch(); }, [&clock](qint64 ms) { clock.advance(ms); });
    const auto restore = qScopeGuard([] { RequestPacer::setTimeSource({}, {}); });
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
    QList<Link> links;
    for (int i = 0; i < 250; ++i) {
        Link l;
        l.accountId = AccountRepository::LocalAccountId;
        l.domain = u"localhost:8080"_s;
        l.slug = u"flyer-%1"_s.arg(i);
        l.destination = u"https://shop.example/flyer/%1"_s.arg(i);
        l.title = u"Flyer %1"_s.arg(i);
        const auto inserted = backend.links().insert(l);
        QVERIFY(inserted.ok());
        links << *inserted;
    }

    Gui::TransferDialog dialog(backend, links, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *to = dialog.findChild<QComboBox *>(u"transferAccountCombo"_s);
    auto *summary = dialog.findChild<QLabel *>(u"transferSummary"_s);
    // This computer has no request limits: nothing to tell.
    to->setCurrentIndex(to->findData(AccountRepository::LocalAccountId));
    QCOMPARE(summary->text(), QString());
    to->setCurrentIndex(to->findData(account.id));
    QCOMPARE(summary->text(), u"About 10 minutes left at Bitly's request limits."_s);

    QStringList told;   // the summary each time the transfer tells its progress
    connect(&dialog.transfer(), &Bulk::LinkTransfer::progress, &dialog,
            [&](int, int, qint64) { told << summary->text(); });
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"transferStartButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().endsWith(u"copied."_s), 60000);
    QCOMPARE(summary->text(), u"250 links copied."_s);
    QCOMPARE(bitly.requestCount("POST", u"/v4/bitlinks"_s), 250);
    QVERIFY(told.size() > 200);
    QCOMPARE(told.first(), u"Copying… About 10 minutes left at Bitly's request limits."_s);
    // Each time the sentence of the import wizard, the time left going down to seconds.
    static const QRegularExpression sentence(
        u"^Copying… About (\\d+) (seconds?|minutes?) left at Bitly's request limits\\.$"_s);
    qint64 previous = 24 * 3600;
    for (const QString &text : std::as_const(told)) {
        const QRegularExpressionMatch m = sentence.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        const qint64 seconds = m.captured(1).toLongLong() * (m.captured(2).startsWith(u'm') ? 60 : 1);
        QVERIFY2(seconds <= previous + 30, qPrintable(text));   // minutes are rounded
        previous = std::min(previous, seconds);
    }
    QVERIFY(told.contains(u"Copying… About 5 minutes left at Bitly's request limits."_s));
    QVERIFY2(previous < 10, qPrintable(told.last()));
}

// 20 links copied onto a Bitly plan with 5 links left this month: the dialog says so before
// any link is made, instead of stopping at the 429 half way.
void TestTransfer::bitlysMonthlyQuotaToldBeforeAnyLinkIsMade()
{
    RequestPacer::resetAll();
    QTemporaryDir dir;
    QNetworkAccessManager network;
    Backend backend(&network);
    QVERIFY(backend.open(dir.filePath(u"l.sqlite"_s)).ok());
    auto *secrets = new MemorySecretStore;
    backend.setSecretStore(secrets);
    Test::FakeBitly bitly;
    QVERIFY(bitly.listen());
    bitly.setMonthlyEncodes(1000, 995);
    Account a;
    a.provider = ProviderKind::Bitly;
    a.name = u"Marketing"_s;
    a.apiBase = bitly.apiUrl().toString();
    const Account account = *backend.accounts().add(a);
    secrets->write(SecretStore::accountKey(account), bitly.token(), [](const Result<void> &) {});
    QList<Link> links;
    for (int i = 0; i < 20; ++i) {
        Link l;
        l.accountId = AccountRepository::LocalAccountId;
        l.domain = u"localhost:8080"_s;
        l.slug = u"poster-%1"_s.arg(i);
        l.destination = u"https://shop.example/poster/%1"_s.arg(i);
        const auto inserted = backend.links().insert(l);
        QVERIFY(inserted.ok());
        links << *inserted;
    }
    Gui::TransferDialog dialog(backend, links, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *to = dialog.findChild<QComboBox *>(u"transferAccountCombo"_s);
    to->setCurrentIndex(to->findData(account.id));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"transferStartButton"_s), Qt::LeftButton);
    auto *summary = dialog.findChild<QLabel *>(u"transferSummary"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.transfer().isRunning(), 20000);
    // (The plural "link(s)" takes its English forms once the sentence is in linkdeck_en.ts.)
    QVERIFY2(summary->text().startsWith(u"Your Bitly plan allows 5 more link"_s)
                 && summary->text().endsWith(u" this month; this import needs 20."_s),
             qPrintable(summary->text()));
    QCOMPARE(bitly.requestCount("POST", u"/v4/bitlinks"_s), 0);
    QCOMPARE(bitly.monthlyEncodesUsed(), 995);
}

// With this computer the only account there is nowhere to copy or move a link to: Copy and Move
// to Account are disabled and say why (they opened a dialog with an empty To: box); an account
// added enables them, removed disables them again (screenshot sweep, 1600x1000).
void TestTransfer::needsAnotherAccount()
{
    QTemporaryDir dir;
    Backend backend;
    QVERIFY(backend.open(dir.filePath(u"l.sqlite"_s)).ok());
    QSettings store(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    Link draft;
    draft.slug = u"flyer"_s;
    draft.destination = u"https://shop.example/flyer"_s;
    auto made = backend.provider(AccountRepository::LocalAccountId)->create(draft);
    QTRY_VERIFY_WITH_TIMEOUT(made.isFinished(), 10000);
    QVERIFY(made.result().ok());

    Gui::MainWindow window(backend, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(u"linkTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);
    auto *copyTo = window.findChild<QAction *>(u"copyToAccountAction"_s);
    auto *moveTo = window.findChild<QAction *>(u"moveToAccountAction"_s);
    QVERIFY(copyTo && moveTo);
    QVERIFY(window.findChild<QAction *>(u"copyLinkAction"_s)->isEnabled());   // the link is selected
    const QString why = u"Add another account first (File > Accounts…): the links are copied or moved to it."_s;
    for (QAction *action : {copyTo, moveTo}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QCOMPARE(action->toolTip(), why);
        QCOMPARE(action->statusTip(), why);
    }

    Account a;
    a.provider = ProviderKind::Bitly;
    a.name = u"Marketing"_s;
    const auto added = backend.accounts().add(a);
    QVERIFY(added.ok());
    for (QAction *action : {copyTo, moveTo}) {
        QTRY_VERIFY2(action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY(action->statusTip().isEmpty());
        QVERIFY(action->toolTip().contains(u"another account"_s));
    }
    QCOMPARE(moveTo->toolTip(), u"Make the selected links on another account and send the old ones' visitors there"_s);

    QVERIFY(backend.accounts().remove(added->id).ok());
    for (QAction *action : {copyTo, moveTo}) {
        QTRY_VERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QCOMPARE(action->toolTip(), why);
    }
}

QTEST_MAIN(TestTransfer)
#include "tst_transfer.moc"
