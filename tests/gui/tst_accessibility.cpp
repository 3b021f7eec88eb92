// Every control a screen-reader user can reach has a name to say (issue 12): the test walks the
// accessibility tree (what Orca or NVDA read) of the main window and of each dialog it opens,
// and names every focusable button, field, box, list or table that has none.
#include "core/providers/linkprovider.h"
#include "core/storage/settings.h"
#include "core/sync/backend.h"
#include "gui/accountdialog.h"
#include "gui/gettingstarted.h"
#include "gui/linkcommands.h"
#include "gui/linkdialog.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "gui/preferencesdialog.h"
#include "gui/qrstudiodialog.h"
#include "gui/redirectrulesdialog.h"
#include "gui/statsdialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Gui;

namespace {

// The controls a keyboard reaches and a screen reader must name.
bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
        return true;
    default:
        return false;
    }
}

// Lists, tables and trees name their own cells by their text: not walked into.
bool hasCells(QAccessible::Role role)
{
    return role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree;
}

QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    QString where;
    for (QObject *o = object; o; o = o->parent()) {
        if (!o->objectName().isEmpty()) {
            where = o->objectName();
            break;
        }
    }
    return u"%1 (%2, role %3, inside %4)"_s.arg(object ? object->objectName() : QString(),
                                                object ? QString::fromLatin1(object->metaObject()->className())
                                                       : u"?"_s,
                                                QString::number(int(iface->role()), 16), where);
}

void walk(QAccessibleInterface *iface, QStringList *unnamed, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return;
    if (isControl(iface->role()) && state.focusable && iface->text(QAccessible::Name).trimmed().isEmpty())
        *unnamed << describe(iface);
    if (hasCells(iface->role()))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), unnamed, depth + 1);
}

QStringList unnamedControls(QWidget *window)
{
    QStringList unnamed;
    walk(QAccessible::queryAccessibleInterface(window), &unnamed);
    return unnamed;
}

}   // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void mainWindowNamesEveryControl();
    void dialogsNameEveryControl();
    void preferencesNameEveryControl();

private:
    void openWindow();
    // Adds what `window` leaves unnamed to m_unnamed; the test fails at its end with the whole list.
    void check(QWidget *window, const QString &what);
    QStringList m_unnamed;
    // Every control without a name, each on its line: what to fix.
    QString report() const { return u"controls without an accessible name:\n  "_s + m_unnamed.join(u"\n  "_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::init()
{
    m_unnamed.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_backend = std::make_unique<Backend>();
    QVERIFY(m_backend->open(m_dir->filePath(u"links.sqlite"_s)).ok());
    m_store = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(*m_store);
    Link draft;
    draft.destination = u"https://shop.example/spring?utm_campaign=spring-sale"_s;
    draft.slug = u"spring"_s;
    draft.tags = {u"promo"_s};
    auto created = m_backend->provider(AccountRepository::LocalAccountId)->create(draft);
    created.waitForFinished();
    QVERIFY(created.result().ok());
    openWindow();
}

void TestAccessibility::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_backend, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *table = m_window->findChild<QTableView *>(u"linkTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);   // the detail pane shows its buttons
}

void TestAccessibility::cleanup()
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

void TestAccessibility::check(QWidget *window, const QString &what)
{
    if (!window || !QTest::qWaitForWindowExposed(window)) {
        m_unnamed << what + u" did not open"_s;
        return;
    }
    for (const QString &control : unnamedControls(window))
        m_unnamed << what + u": "_s + control;
}

void TestAccessibility::mainWindowNamesEveryControl()
{
    check(m_window.get(), u"the main window"_s);
    // The first-start page too (no links).
    m_backend.reset();
    m_window.reset();
    m_backend = std::make_unique<Backend>();
    QVERIFY(m_backend->open(m_dir->filePath(u"empty.sqlite"_s)).ok());
    m_window = std::make_unique<MainWindow>(*m_backend, *m_settings);
    m_window->show();
    QTRY_VERIFY(m_window->findChild<QWidget *>(u"welcomePage"_s)->isVisible());
    check(m_window.get(), u"the first-start page"_s);
    QVERIFY2(m_unnamed.isEmpty(), qPrintable(report()));
}

void TestAccessibility::dialogsNameEveryControl()
{
    // Each dialog the window opens, as a person opens it.
    m_window->addAccount();
    check(m_window->findChild<AccountDialog *>(), u"Add Account"_s);
    m_window->findChild<AccountDialog *>()->reject();

    GettingStartedDialog::showFor(m_window.get());
    check(m_window->findChild<GettingStartedDialog *>(), u"Getting Started"_s);
    m_window->findChild<GettingStartedDialog *>()->close();

    m_window->showStatistics();
    check(m_window->findChild<StatsDialog *>(), u"Statistics"_s);
    m_window->findChild<StatsDialog *>()->reject();

    m_window->commands()->showQrStudio();
    check(m_window->findChild<QrStudioDialog *>(), u"QR studio"_s);
    // Sized by module instead of width: the other spin box shows.
    auto *sizeMode = m_window->findChild<QComboBox *>(u"qrSizeModeCombo"_s);
    QVERIFY(sizeMode);
    sizeMode->setCurrentIndex(1);
    check(m_window->findChild<QrStudioDialog *>(), u"QR studio by module size"_s);
    m_window->findChild<QrStudioDialog *>()->reject();

    m_window->commands()->editRedirectRules();
    auto *rules = m_window->findChild<RedirectRulesDialog *>();
    check(rules, u"Redirect Rules"_s);
    // With a rule, its editor is shown too.
    auto *add = rules->findChild<QAbstractButton *>(u"addRuleButton"_s);
    QVERIFY(add);
    add->click();
    check(rules, u"Redirect Rules with a rule"_s);
    MessageBox::setNextAnswer(QMessageBox::Discard);   // the added rule is not saved
    rules->reject();

    // File > New Campaign.
    m_window->findChild<QAction *>(u"newCampaignAction"_s)->trigger();
    auto *campaign = m_window->findChild<QDialog *>(u"campaignDialog"_s);
    check(campaign, u"New Campaign"_s);
    if (campaign)
        campaign->reject();

    // New and Edit Link (another change is under way there: only checked, not changed here).
    m_window->newLink();
    check(m_window->linkDialog(), u"New Link"_s);
    m_window->linkDialog()->reject();
    QVERIFY2(m_unnamed.isEmpty(), qPrintable(report()));
}

void TestAccessibility::preferencesNameEveryControl()
{
    // Preferences runs its own event loop: it is checked from there, on each of its tabs.
    QStringList failures;
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = m_window->findChild<PreferencesDialog *>();
        if (!dialog) {
            failures << u"Preferences did not open"_s;
            return;
        }
        seen = true;
        if (!QTest::qWaitForWindowExposed(dialog))
            failures << u"Preferences was not shown"_s;
        auto *tabs = dialog->findChild<QTabWidget *>();
        if (!tabs)
            failures << u"Preferences has no tabs"_s;
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            for (const QString &control : unnamedControls(dialog))
                failures << tabs->tabText(i) + u": "_s + control;
        }
        dialog->reject();
    });
    m_window->showPreferences();
    QVERIFY(seen);
    QVERIFY2(failures.isEmpty(),
             qPrintable(u"Preferences: controls without an accessible name:\n  "_s + failures.join(u"\n  "_s)));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
