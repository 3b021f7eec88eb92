// The redirect rules editor (issue 11) as a person uses it: open it on a local link, add a
// rule for Android visitors, save; the rule is in the shared database and a real
// linkdeck-server on that database sends an Android browser to it. In the main window the
// action is there for local links and disabled, saying why, for a Bitly link.
#include "core/base/percent.h"
#include "core/models/linktablemodel.h"
#include "core/providers/linkprovider.h"
#include "core/storage/linkrepository.h"
#include "core/storage/secretstore.h"
#include "core/storage/settings.h"
#include "core/sync/backend.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "gui/redirectrulesdialog.h"
#include "server/linkserver.h"
#include "support/httpclient.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Gui;

namespace {

const char *const AndroidUa = "User-Agent: Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like "
                              "Gecko) Chrome/126.0.0.0 Mobile Safari/537.36\r\n";
const char *const DesktopUa = "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0\r\n";

}   // namespace

class TestRulesDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addAndroidRuleAndSave();
    void editOrderAndValidation();
    void actionFollowsTheAccount();
    void datesKeepTheirInstant();
    void introTellsWhatASplitDoes();
    void escapeAsksBeforeDiscarding();

private:
    Link addLocalLink(const QString &slug);
    LinkProvider *local() const { return m_backend->provider(AccountRepository::LocalAccountId); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Backend> m_backend;
};

void TestRulesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_backend = std::make_unique<Backend>();
    QVERIFY(m_backend->open(m_dir->filePath(u"links.sqlite"_s)).ok());
    // No system keychain: its answers could arrive after this test's backend is gone.
    m_backend->setSecretStore(new MemorySecretStore(m_backend.get()));
}

void TestRulesDialog::cleanup()
{
    m_backend.reset();
    m_dir.reset();
}

Link TestRulesDialog::addLocalLink(const QString &slug)
{
    Link draft;
    draft.destination = u"https://shop.example/web"_s;
    draft.slug = slug;
    const Result<Link> r = local()->create(draft).result();
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
    return *r;
}

void TestRulesDialog::addAndroidRuleAndSave()
{
    const Link link = addLocalLink(u"app"_s);
    // The bundled server on the app's database, as the app runs it.
    Server::ServerConfig config;
    config.databasePath = m_dir->filePath(u"links.sqlite"_s).toStdString();
    config.listenPort = 0;
    config.ioThreads = 1;
    Server::LinkServer server(config);
    const auto started = server.start();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    QCOMPARE(Test::get(server.port(), "/app", "localhost:8080", AndroidUa).header("location"),
             std::string("https://shop.example/web"));

    RedirectRulesDialog dialog(local(), link);
    QSignalSpy saved(&dialog, &RedirectRulesDialog::rulesSaved);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(dialog.isLoaded());
    auto *list = dialog.findChild<QListWidget *>(u"ruleList"_s);
    auto *add = dialog.findChild<QPushButton *>(u"addRuleButton"_s);
    auto *save = dialog.findChild<QPushButton *>(u"saveButton"_s);
    auto *destination = dialog.findChild<QLineEdit *>(u"ruleDestinationEdit"_s);
    auto *summary = dialog.findChild<QLabel *>(u"ruleSummaryLabel"_s);
    auto *problem = dialog.findChild<QLabel *>(u"rulesErrorLabel"_s);
    QVERIFY(list && add && save && destination && summary && problem);
    QCOMPARE(list->count(), 0);
    QVERIFY(summary->text().startsWith(u"No rules"_s));

    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    QVERIFY(!save->isEnabled());   // no destination yet
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().startsWith(u"Rule 1: "_s));
    auto *type = dialog.findChild<QComboBox *>(u"conditionTypeCombo"_s);
    auto *device = dialog.findChild<QComboBox *>(u"deviceCombo"_s);
    QVERIFY(type && device);
    type->setCurrentIndex(type->findData(int(Rules::ConditionType::Device)));
    device->setCurrentIndex(device->findData(u"android"_s));
    QCOMPARE(device->currentText(), u"Android"_s);
    destination->setFocus();
    QTest::keyClicks(destination, u"https://play.example/app"_s);
    QCOMPARE(summary->text(), u"A visitor on Android goes to https://play.example/app."_s);
    QVERIFY(!problem->isVisible());
    QVERIFY(save->isEnabled());

    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // In the database, as the provider reads it...
    const Result<QList<Rules::Rule>> stored = local()->redirectRules(link).result();
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().longUrl, u"https://play.example/app"_s);
    QCOMPARE(stored->first().conditions, (QList<Rules::Condition>{{Rules::ConditionType::Device, {}, u"android"_s}}));
    // ...and the server sends Android visitors there, everyone else to the link's own address.
    QTRY_COMPARE_WITH_TIMEOUT(Test::get(server.port(), "/app", "localhost:8080", AndroidUa).header("location"),
                              std::string("https://play.example/app"), 5000);
    QCOMPARE(Test::get(server.port(), "/app", "localhost:8080", DesktopUa).header("location"),
             std::string("https://shop.example/web"));
}

void TestRulesDialog::editOrderAndValidation()
{
    const Link link = addLocalLink(u"order"_s);
    using T = Rules::ConditionType;
    QVERIFY(local()
                ->setRedirectRules(link,
                                   {Rules::Rule{0, u"https://a.example/"_s, {{T::Device, {}, u"ios"_s}}},
                                    Rules::Rule{0, u"https://b.example/"_s, {{T::CountryCode, {}, u"DE"_s}}}})
                .result());
    RedirectRulesDialog dialog(local(), link);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(dialog.isLoaded());
    auto *list = dialog.findChild<QListWidget *>(u"ruleList"_s);
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().contains(u"iPhone"_s));
    QVERIFY(list->item(1)->text().contains(u"Germany"_s));

    // The second rule first.
    list->setCurrentRow(1);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"moveUpButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.rules().at(0).longUrl, u"https://b.example/"_s);
    QCOMPARE(list->currentRow(), 0);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"ruleDestinationEdit"_s)->text(), u"https://b.example/"_s);

    // A second condition, a city left empty: a sentence, and Save waits.
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"addConditionButton"_s), Qt::LeftButton);
    const QList<QComboBox *> types = dialog.findChildren<QComboBox *>(u"conditionTypeCombo"_s);
    QCOMPARE(types.size(), 2);
    QCOMPARE(types.last()->currentData().toInt(), int(T::Device));   // a kind the rule does not use yet
    types.last()->setCurrentIndex(types.last()->findData(int(T::CityName)));
    auto *save = dialog.findChild<QPushButton *>(u"saveButton"_s);
    auto *problem = dialog.findChild<QLabel *>(u"rulesErrorLabel"_s);
    QVERIFY(!save->isEnabled());
    QCOMPARE(problem->text(), u"Rule 1: Enter the name of a city."_s);
    const QList<QLineEdit *> cities = dialog.findChildren<QLineEdit *>(u"cityEdit"_s);
    QTest::keyClicks(cities.last(), u"Berlin"_s);
    QVERIFY(save->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(u"ruleSummaryLabel"_s)->text(),
             u"A visitor in Germany and in Berlin goes to https://b.example/."_s);

    // Remove the iPhone rule, then save.
    list->setCurrentRow(1);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"removeRuleButton"_s), Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    const Result<QList<Rules::Rule>> stored = local()->redirectRules(link).result();
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().conditions,
             (QList<Rules::Condition>{{T::CountryCode, {}, u"DE"_s}, {T::CityName, {}, u"Berlin"_s}}));
}

void TestRulesDialog::actionFollowsTheAccount()
{
    addLocalLink(u"mine"_s);
    Account bitly;
    bitly.provider = ProviderKind::Bitly;
    bitly.name = u"Bitly marketing"_s;
    bitly.apiBase = u"http://127.0.0.1:9"_s;
    const Result<Account> added = m_backend->accounts().add(bitly);
    QVERIFY(added);
    Link remote;
    remote.accountId = added->id;
    remote.remoteId = u"bit.ly/theirs"_s;
    remote.domain = u"bit.ly"_s;
    remote.slug = u"theirs"_s;
    remote.shortUrl = u"https://bit.ly/theirs"_s;
    remote.destination = u"https://shop.example/bitly"_s;
    QVERIFY(m_backend->links().insert(remote));

    QSettings store(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    MainWindow window(*m_backend, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(u"linkTable"_s);
    auto *action = window.findChild<QAction *>(u"rulesAction"_s);
    auto *button = window.findChild<QPushButton *>(u"detailRulesButton"_s);
    QVERIFY(table && action && button);
    const auto select = [table](const QString &slug) {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, LinkTableModel::ShortUrl);
            if (index.data().toString().endsWith(u'/' + slug)) {
                table->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return true;
            }
        }
        return false;
    };
    QTRY_VERIFY(select(u"theirs"_s));
    QVERIFY(!action->isEnabled());
    QVERIFY(!button->isEnabled());
    QVERIFY2(action->toolTip().contains(u"Bitly cannot send visitors to different addresses"_s),
             qPrintable(action->toolTip()));
    QCOMPARE(button->toolTip(), action->toolTip());

    QVERIFY(select(u"mine"_s));
    QVERIFY(action->isEnabled());
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    RedirectRulesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<RedirectRulesDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isLoaded());
    QVERIFY(dialog->windowTitle().endsWith(u"/mine"_s));
    dialog->reject();
}

// The date edit shows local time; what is saved is the same instant in UTC, whatever the
// computer's time zone (here one with a half-hour offset).
void TestRulesDialog::datesKeepTheirInstant()
{
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Asia/Kolkata");
    tzset();
    const auto restore = qScopeGuard([oldTz] {
        if (oldTz.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
        tzset();
    });
    const Link link = addLocalLink(u"xmas"_s);
    using T = Rules::ConditionType;
    QVERIFY(local()
                ->setRedirectRules(link,
                                   {Rules::Rule{0,
                                                u"https://a.example/xmas"_s,
                                                {{T::AfterDate, {}, u"2026-12-24T10:00:00Z"_s},
                                                 {T::BeforeDate, {}, u"2026-12-27"_s}}}})
                .result());
    RedirectRulesDialog dialog(local(), link);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    auto *after = dialog.findChild<QDateTimeEdit *>(u"afterDateEdit"_s);
    QVERIFY(after);
    QCOMPARE(after->dateTime().toUTC(), QDateTime(QDate(2026, 12, 24), QTime(10, 0), QTimeZone::utc()));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    const Result<QList<Rules::Rule>> stored = local()->redirectRules(link).result();
    QCOMPARE(stored->first().conditions.at(0).matchValue, u"2026-12-24T10:00:00Z"_s);
    QCOMPARE(stored->first().conditions.at(1).matchValue, u"2026-12-27T00:00:00Z"_s);   // a date is midnight UTC
}

// For a link with an A/B split the rules come first and the split shares everyone else
// (linkdeck-server's resolver): the intro and the summary say so, not that everyone else goes to
// the link's own destination, which is only the split's A (issue 12).
void TestRulesDialog::introTellsWhatASplitDoes()
{
    Link draft;
    draft.destination = u"https://shop.example/a"_s;
    draft.slug = u"ab"_s;
    draft.variants = {{{}, 70}, {u"https://shop.example/b"_s, 30}};
    const Result<Link> link = local()->create(draft).result();
    QVERIFY2(link, qPrintable(link ? QString() : link.error().message));
    const auto shown = [](RedirectRulesDialog &dialog) {
        dialog.show();
        return QTest::qWaitForWindowExposed(&dialog);
    };
    RedirectRulesDialog dialog(local(), *link);
    QVERIFY(shown(dialog));
    QTRY_VERIFY(dialog.isLoaded());
    const QString intro = dialog.findChild<QLabel *>(u"rulesIntroLabel"_s)->text();
    QVERIFY2(!intro.contains(u"everyone else goes to the link's own destination"_s), qPrintable(intro));
    QVERIFY2(intro.contains(u"come before the A/B split"_s), qPrintable(intro));
    QVERIFY2(intro.contains(u"only the visitors no rule matches are shared by the split"_s), qPrintable(intro));
    QVERIFY2(intro.contains(u"A "_s + Percent::text(70)) && intro.contains(u"B "_s + Percent::text(30)),
             qPrintable(intro));
    const QString summary = dialog.findChild<QLabel *>(u"ruleSummaryLabel"_s)->text();
    QVERIFY2(summary.startsWith(u"No rules: the A/B split shares every visitor"_s), qPrintable(summary));

    // The same in the collecting dialog of New Link, and a link without a split as before.
    Link fresh = draft;
    fresh.shortUrl.clear();
    RedirectRulesDialog collecting(QList<Rules::Rule>{}, fresh);
    QVERIFY(shown(collecting));
    QVERIFY(collecting.findChild<QLabel *>(u"rulesIntroLabel"_s)->text().contains(u"come before the A/B split"_s));
    const Link plain = addLocalLink(u"plain"_s);
    RedirectRulesDialog without(local(), plain);
    QVERIFY(shown(without));
    QTRY_VERIFY(without.isLoaded());
    QVERIFY(without.findChild<QLabel *>(u"rulesIntroLabel"_s)
                ->text()
                .contains(u"everyone else goes to the link's own destination"_s));
    QCOMPARE(without.findChild<QLabel *>(u"ruleSummaryLabel"_s)->text(),
             u"No rules: every visitor goes to https://shop.example/web."_s);
}

// Esc with an edited rule does not throw it away: the dialog asks (Save / Discard / Cancel).
// Cancel keeps it open with the edit, Save stores it, Discard closes without; with nothing
// changed Esc closes at once without asking (issue 12).
void TestRulesDialog::escapeAsksBeforeDiscarding()
{
    const Link link = addLocalLink(u"esc"_s);
    using T = Rules::ConditionType;
    QVERIFY(local()
                ->setRedirectRules(link, {Rules::Rule{0, u"https://a.example/"_s, {{T::Device, {}, u"ios"_s}}}})
                .result());
    const auto open = [&](std::unique_ptr<RedirectRulesDialog> &dialog) {
        dialog = std::make_unique<RedirectRulesDialog>(local(), link);
        dialog->show();
        return QTest::qWaitForWindowExposed(dialog.get());
    };
    std::unique_ptr<RedirectRulesDialog> dialog;

    // Nothing changed: Esc closes, no question.
    QVERIFY(open(dialog));
    QTRY_VERIFY(dialog->isLoaded());
    int asked = MessageBox::questionsAsked();
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(MessageBox::questionsAsked(), asked);

    // An edited destination, Esc, Cancel: still open, the edit still there.
    QVERIFY(open(dialog));
    QTRY_VERIFY(dialog->isLoaded());
    auto *destination = dialog->findChild<QLineEdit *>(u"ruleDestinationEdit"_s);
    destination->setFocus();
    destination->selectAll();
    QTest::keyClicks(destination, u"https://edited.example/"_s);
    QVERIFY(dialog->hasUnsavedChanges());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(destination, Qt::Key_Escape);
    QCOMPARE(MessageBox::questionsAsked(), asked + 1);
    QVERIFY(dialog->isVisible());
    QCOMPARE(destination->text(), u"https://edited.example/"_s);

    // Esc, Save: stored, closed.
    QSignalSpy saved(dialog.get(), &RedirectRulesDialog::rulesSaved);
    MessageBox::setNextAnswer(QMessageBox::Save);
    QTest::keyClick(destination, Qt::Key_Escape);
    QTRY_COMPARE(saved.count(), 1);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(local()->redirectRules(link).result()->first().longUrl, u"https://edited.example/"_s);

    // A rule added, Esc, Discard: closed, nothing stored.
    QVERIFY(open(dialog));
    QTRY_VERIFY(dialog->isLoaded());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"addRuleButton"_s), Qt::LeftButton);
    asked = MessageBox::questionsAsked();
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QCOMPARE(MessageBox::questionsAsked(), asked + 1);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(local()->redirectRules(link).result()->size(), 1);
}

QTEST_MAIN(TestRulesDialog)
#include "tst_rulesdialog.moc"
