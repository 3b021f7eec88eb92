#include "core/base/clock.h"
#include "core/base/percent.h"
#include "core/links/linksplit.h"
#include "core/models/linktablemodel.h"
#include "core/providers/localprovider.h"
#include "core/storage/clickrollups.h"
#include "core/storage/settings.h"
#include "core/sync/backend.h"
#include "gui/linkdialog.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "gui/redirectrulesdialog.h"
#include "gui/rulessection.h"
#include "gui/spliteditor.h"
#include "gui/statsdialog.h"
#include "i18n.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Gui;

// An A/B split through the New/Edit Link dialog and in the statistics (issue 15), as a person
// uses them: tick the section, type the second address, set the shares, save; the sentence
// while the shares do not add up; edit it again; the statistics of the link by variant.
class TestSplitDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(installTranslators(QLocale(QLocale::English, QLocale::UnitedStates))); }
    void init();
    void cleanup();
    void splitThroughTheDialog();
    void statisticsByVariant();
    void targetingRulesInTheDialog();
    void openSectionsFitInGerman();
    void splitFiguresFitInGerman();
    void germanWordsAgree();
    void sharesWrittenAlike();
    void noRulesNamesTheSplit();
    void untickedSectionsAreTheirCheckBox();
    void noClicksYetSaysSo();

private:
    LinkDialog *openDialog(const QString &action);
    void rebuildInGerman();
    void select(const QString &slug);

    // The day these tests live in, whatever today is.
    Clock::Override m_clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestSplitDialog::init()
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

void TestSplitDialog::cleanup()
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
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
    QVERIFY(installTranslators(QLocale(QLocale::English, QLocale::UnitedStates)));
}

LinkDialog *TestSplitDialog::openDialog(const QString &action)
{
    m_window->findChild<QAction *>(action)->trigger();
    LinkDialog *dialog = m_window->linkDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

// The main window once more, built with the German translation (cleanup() goes back to English).
void TestSplitDialog::rebuildInGerman()
{
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
    QVERIFY(installTranslators(QLocale(QLocale::German, QLocale::Germany)));
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_backend, *m_settings);
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSplitDialog::select(const QString &slug)
{
    auto *table = m_window->findChild<QTableView *>(u"linkTable"_s);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, LinkTableModel::ShortUrl).data().toString().endsWith(u'/' + slug)) {
            table->selectRow(row);
            return;
        }
    }
    QFAIL("no such row");
}

void TestSplitDialog::splitThroughTheDialog()
{
    LinkDialog *dialog = openDialog(u"newLinkAction"_s);
    QVERIFY(dialog);
    auto *group = dialog->findChild<SplitEditor *>(u"splitGroup"_s);
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    QVERIFY(group && ok);
    QVERIFY(group->isVisible());
    QVERIFY(!group->isChecked());   // folded until ticked
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"destinationEdit"_s), u"https://shop.example/a"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"slugEdit"_s), u"sale"_s);
    QTRY_VERIFY(ok->isEnabled());
    group->setChecked(true);
    auto *urlA = group->findChild<QLineEdit *>(u"splitUrl1"_s);
    auto *urlB = group->findChild<QLineEdit *>(u"splitUrl2"_s);
    auto *percentA = group->findChild<QSpinBox *>(u"splitPercent1"_s);
    auto *percentB = group->findChild<QSpinBox *>(u"splitPercent2"_s);
    auto *status = group->findChild<QLabel *>(u"splitStatus"_s);
    QVERIFY(urlA && urlB && percentA && percentB && status);
    QVERIFY(urlB->isVisible());
    QCOMPARE(urlA->text(), u"https://shop.example/a"_s);   // A is the destination above
    // Its start shows where it goes, not the end of its query.
    QCOMPARE(urlA->cursorPosition(), 0);
    QVERIFY(urlA->isReadOnly());
    QCOMPARE(percentA->value(), 50);
    // No second address yet: the sentence, and OK waits.
    QTRY_VERIFY(status->isVisible());
    QVERIFY2(status->text().contains(u"address for destination B"_s), qPrintable(status->text()));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(urlB, u"https://shop.example/b"_s);
    QTRY_VERIFY(ok->isEnabled());
    QVERIFY(!status->isVisible());
    // Two destinations: the other takes the rest.
    percentA->setValue(70);
    QCOMPARE(percentB->value(), 30);
    QTRY_VERIFY(ok->isEnabled());
    // A third destination shares evenly; shares that do not add up are refused with a sentence.
    group->findChild<QPushButton *>(u"splitAddButton"_s)->click();
    auto *urlC = group->findChild<QLineEdit *>(u"splitUrl3"_s);
    auto *percentC = group->findChild<QSpinBox *>(u"splitPercent3"_s);
    QVERIFY(urlC && percentC);
    QCOMPARE(percentA->value() + percentB->value() + percentC->value(), 100);
    QCOMPARE(percentA->value(), 34);
    QVERIFY(!ok->isEnabled());   // C has no address
    QTest::keyClicks(urlC, u"https://shop.example/c"_s);
    QTRY_VERIFY(ok->isEnabled());
    percentC->setValue(40);   // 34 + 33 + 40
    QTRY_VERIFY(status->isVisible());
    QVERIFY2(status->text().contains(u"100%"_s) && status->text().contains(u"107%"_s), qPrintable(status->text()));
    QVERIFY(!ok->isEnabled());
    QToolButton *removeC = nullptr;
    for (QToolButton *b : group->findChildren<QToolButton *>()) {
        if (b->accessibleName() == u"Remove destination C"_s)
            removeC = b;
    }
    QVERIFY(removeC);
    removeC->click();
    QTRY_VERIFY(!group->findChild<QSpinBox *>(u"splitPercent3"_s));
    QCOMPARE(percentB->value(), 66);   // two again: B takes what A leaves
    percentA->setValue(70);
    QCOMPARE(percentB->value(), 30);
    QTRY_VERIFY(ok->isEnabled());
    ok->click();
    QTRY_VERIFY(!m_window->linkDialog() || !m_window->linkDialog()->isVisible());
    const auto saved = m_backend->links().findBySlug(u"localhost:8080"_s, u"sale"_s);
    QVERIFY(saved.has_value());
    const QList<Link::Variant> expected{{u"https://shop.example/a"_s, 70}, {u"https://shop.example/b"_s, 30}};
    QCOMPARE(saved->variants, expected);

    // Edit: the split is shown as saved; unticking removes it and keeps the destination.
    select(u"sale"_s);
    dialog = openDialog(u"editLinkAction"_s);
    QVERIFY(dialog);
    group = dialog->findChild<SplitEditor *>(u"splitGroup"_s);
    QVERIFY(group->isChecked());
    QCOMPARE(group->findChild<QLineEdit *>(u"splitUrl2"_s)->text(), u"https://shop.example/b"_s);
    QCOMPARE(group->findChild<QSpinBox *>(u"splitPercent1"_s)->value(), 70);
    group->setChecked(false);
    ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    QTRY_VERIFY(ok->isEnabled());
    ok->click();
    QTRY_VERIFY(m_backend->links().findBySlug(u"localhost:8080"_s, u"sale"_s)->variants.isEmpty());
    QCOMPARE(m_backend->links().findBySlug(u"localhost:8080"_s, u"sale"_s)->destination, u"https://shop.example/a"_s);
}

void TestSplitDialog::statisticsByVariant()
{
    Link draft;
    draft.slug = u"ab"_s;
    draft.destination = u"https://shop.example/a"_s;
    draft.variants = {{{}, 50}, {u"https://shop.example/b"_s, 50}};
    auto created = m_backend->provider(1)->create(draft);
    created.waitForFinished();
    QVERIFY2(created.result().ok(), qPrintable(created.result().ok() ? QString() : created.result().error().message));
    const qint64 id = created.result()->id;
    // Rollups as the server writes them: yesterday noon UTC, 45 clicks to A and 55 to B.
    const qint64 hour = QDateTime(Clock::today().addDays(-1), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QVERIFY(Rollups::addHour(m_backend->database().connection(), id, hour, 100, 0,
                             {{u"variant"_s, u"1"_s, 45}, {u"variant"_s, u"2"_s, 55}}));
    select(u"ab"_s);
    // The detail pane says the split; its addresses in the tooltip.
    auto *detail = m_window->findChild<QLabel *>(u"detailSplit"_s);
    QVERIFY(detail);
    QTRY_COMPARE(detail->text(), u"A "_s + Percent::text(50) + u" · B "_s + Percent::text(50));
    QVERIFY(detail->toolTip().contains(u"B: https://shop.example/b"_s));
    m_window->findChild<QAction *>(u"statsAction"_s)->trigger();
    auto *stats = m_window->findChild<StatsDialog *>(u"statsDialog"_s);
    QVERIFY(stats);
    QTRY_VERIFY(!stats->stats().isLoading() && stats->stats().hasSplit());
    auto *table = stats->findChild<QTableWidget *>(u"statsSplitTable"_s);
    auto *summary = stats->findChild<QLabel *>(u"statsSplitSummary"_s);
    QVERIFY(table && summary);
    QTRY_COMPARE(table->rowCount(), 2);
    QVERIFY(table->isVisible());   // the split's tab comes first
    QCOMPARE(table->item(0, 0)->text(), u"A: https://shop.example/a"_s);
    QCOMPARE(table->item(1, 2)->text(), QLocale().toString(55));
    QCOMPARE(table->item(1, 3)->text(), Percent::text(55.0, 1));
    // 45 / 55 over 100 clicks: chi-square 1, p = 0.317, not significant.
    QVERIFY2(summary->text().contains(u"not significant"_s)
                 && summary->text().contains(u"p = "_s + QLocale().toString(0.317, 'f', 3))
                 && summary->text().contains(u"100 click"_s),
             qPrintable(summary->text()));
    // The chart by variant, chosen at once.
    auto *split = stats->findChild<QComboBox *>(u"statsSplitCombo"_s);
    QTRY_COMPARE(split->currentData().toInt(), int(CampaignStats::Split::ByVariant));
    QTRY_COMPARE(stats->stats().figures().parts.size(), 2);
    QVERIFY(stats->stats().figures().parts.at(1).name.startsWith(u"Variant B"_s));
    QCOMPARE(stats->stats().figures().parts.at(1).total(), 55);
    stats->close();
}

// Targeting rules in the New/Edit Link dialog: the rules as sentences, the live preview of
// where an imagined visitor goes (a rule, else the split), and rules made for a new link saved
// with it.
void TestSplitDialog::targetingRulesInTheDialog()
{
    Link draft;
    draft.slug = u"app"_s;
    draft.destination = u"https://shop.example/a"_s;
    draft.variants = {{{}, 50}, {u"https://shop.example/b"_s, 50}};
    auto *local = static_cast<LocalProvider *>(m_backend->provider(1));
    const auto created = local->createNow(draft, {});
    QVERIFY(created.ok());
    QVERIFY(local
                ->setRedirectRulesNow(created->id,
                                      {{1,
                                        u"https://apps.apple.com/app/id1"_s,
                                        {{Rules::ConditionType::Device, {}, u"ios"_s},
                                         {Rules::ConditionType::CountryCode, {}, u"DE"_s}}}})
                .ok());
    select(u"app"_s);
    LinkDialog *dialog = openDialog(u"editLinkAction"_s);
    QVERIFY(dialog);
    auto *section = dialog->findChild<RulesSection *>(u"rulesGroup"_s);
    auto *summary = dialog->findChild<QLabel *>(u"rulesSummary"_s);
    auto *device = dialog->findChild<QComboBox *>(u"tryDevice"_s);
    auto *country = dialog->findChild<QComboBox *>(u"tryCountry"_s);
    auto *result = dialog->findChild<QLabel *>(u"tryResult"_s);
    QVERIFY(section && summary && device && country && result);
    QTRY_VERIFY(!section->isLoading());
    QVERIFY2(summary->text().startsWith(u"1. A visitor on an iPhone or iPad"_s), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(u"https://apps.apple.com/app/id1"_s));
    QVERIFY(device->isVisible());
    // An iPhone in Germany: the rule. In France: no rule, the split.
    device->setCurrentIndex(device->findData(u"ios"_s));
    country->setCurrentIndex(country->findData(u"DE"_s));
    QCOMPARE(result->text(), u"Goes to https://apps.apple.com/app/id1 (rule 1)."_s);
    country->setCurrentIndex(country->findData(u"FR"_s));
    QVERIFY2(result->text().contains(u"A/B split"_s)
                 && result->text().contains(u"B "_s + Percent::text(50) + u" https://shop.example/b"_s),
             qPrintable(result->text()));
    dialog->reject();
    QTRY_VERIFY(!m_window->linkDialog());   // closed and gone

    // A new link: rules collected in the editor, saved with the link.
    dialog = openDialog(u"newLinkAction"_s);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"destinationEdit"_s), u"https://shop.example/new"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"slugEdit"_s), u"new"_s);
    summary = dialog->findChild<QLabel *>(u"rulesSummary"_s);
    QCOMPARE(summary->text(), u"No rules: every visitor goes to the destination."_s);
    dialog->findChild<QPushButton *>(u"editRulesButton"_s)->click();
    RedirectRulesDialog *editor = nullptr;
    QTRY_VERIFY((editor = dialog->findChild<RedirectRulesDialog *>()) != nullptr);
    editor->setRules({{1,
                       u"https://play.google.com/store/apps/details?id=x"_s,
                       {{Rules::ConditionType::Device, {}, u"android"_s}}}});
    editor->accept();
    QTRY_VERIFY(summary->text().startsWith(u"1. A visitor on Android goes to https://play.google.com/"_s));
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    QTRY_VERIFY(ok->isEnabled());
    ok->click();
    QTRY_VERIFY(!m_window->linkDialog() || !m_window->linkDialog()->isVisible());
    const auto saved = m_backend->links().findBySlug(u"localhost:8080"_s, u"new"_s);
    QVERIFY(saved.has_value());
    auto rules = m_backend->provider(1)->redirectRules(*saved);
    rules.waitForFinished();
    QVERIFY(rules.result().ok());
    QCOMPARE(rules.result()->size(), 1);
    QCOMPARE(rules.result()->first().longUrl, u"https://play.google.com/store/apps/details?id=x"_s);
}

// New Link's sections never scroll sideways: with every one of them open, none may be wider than
// the room beside the scroll bar. In German the lower-case check box and the split's total (and
// Remove buttons) were cut at the right edge (issue 12, seen on a 1024x700 desktop).
void TestSplitDialog::openSectionsFitInGerman()
{
    rebuildInGerman();
    if (QTest::currentTestFailed())
        return;
    LinkDialog *dialog = openDialog(u"newLinkAction"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Neuer Link"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"destinationEdit"_s), u"https://shop.example/a"_s);
    for (auto *section : dialog->findChildren<QGroupBox *>()) {
        if (section->isCheckable())
            section->setChecked(true);
    }
    auto *scroll = dialog->findChild<QScrollArea *>(u"linkSectionsScroll"_s);
    QVERIFY(scroll && scroll->widget());
    auto *lowercase = dialog->findChild<QCheckBox *>(u"utmLowercaseCheck"_s);
    auto *total = dialog->findChild<SplitEditor *>(u"splitGroup"_s)->findChild<QLabel *>(u"splitTotal"_s);
    QVERIFY(lowercase && lowercase->isVisible() && total && total->isVisible());
    // The sections as wide as the room they get, and their widest controls inside it.
    QTRY_VERIFY2(
        scroll->widget()->width() <= scroll->viewport()->width(),
        qPrintable(
            u"sections %1 px wide, room %2 px"_s.arg(scroll->widget()->width()).arg(scroll->viewport()->width())));
    for (QWidget *widget : QList<QWidget *>{lowercase, total}) {
        const int right = widget->mapTo(scroll->viewport(), QPoint(widget->width(), 0)).x();
        QVERIFY2(right <= scroll->viewport()->width(),
                 qPrintable(u"“%1” ends at %2 px, the room at %3 px"_s.arg(widget->objectName())
                                .arg(right)
                                .arg(scroll->viewport()->width())));
    }
    QVERIFY(lowercase->width() >= lowercase->sizeHint().width());
}

// The statistics of a split link in German: the titles of the figures' columns are whole
// ("Festgelegter Anteil", Share set, was cut in a column of the default width), and the tabs stay
// where they are whichever is chosen (issue 12).
void TestSplitDialog::splitFiguresFitInGerman()
{
    rebuildInGerman();
    if (QTest::currentTestFailed())
        return;
    Link draft;
    draft.slug = u"ab"_s;
    draft.destination = u"https://shop.example/a"_s;
    draft.variants = {{{}, 50}, {u"https://shop.example/b"_s, 50}};
    auto created = m_backend->provider(1)->create(draft);
    created.waitForFinished();
    QVERIFY(created.result().ok());
    select(u"ab"_s);
    m_window->findChild<QAction *>(u"statsAction"_s)->trigger();
    auto *stats = m_window->findChild<StatsDialog *>(u"statsDialog"_s);
    QVERIFY(stats);
    QTRY_VERIFY(!stats->stats().isLoading() && stats->stats().hasSplit());
    QList<QTableWidget *> tables = stats->findChildren<QTableWidget *>();
    QVERIFY(tables.size() >= 6);
    auto *split = stats->findChild<QTableWidget *>(u"statsSplitTable"_s);
    QTRY_COMPARE(split->rowCount(), 2);
    QCOMPARE(split->horizontalHeaderItem(1)->text(), u"Festgelegter Anteil"_s);
    auto *tabs = stats->findChild<QTabWidget *>(u"statsTabs"_s);
    QVERIFY(tabs);
    QTRY_VERIFY(tabs->isVisible());
    QCoreApplication::processEvents();
    const QRect where = tabs->geometry();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        // The tabs stay where they are (they jumped down when the A/B split's tab was left).
        QCoreApplication::processEvents();
        QCOMPARE(tabs->geometry(), where);
        auto *table = tabs->currentWidget()->findChild<QTableWidget *>();
        if (!table)
            table = qobject_cast<QTableWidget *>(tabs->currentWidget());
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible());
        QHeaderView *header = table->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            QStyleOptionHeader option;
            option.initFrom(header);
            option.state |= QStyle::State_Horizontal;
            option.orientation = Qt::Horizontal;
            option.section = column;
            option.text = table->horizontalHeaderItem(column)->text();
            option.rect = QRect(0, 0, header->sectionSize(column), header->height());
            const QRect room = header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header);
            const int needs = header->fontMetrics().horizontalAdvance(option.text);
            QVERIFY2(needs <= room.width(),
                     qPrintable(u"%1: “%2” needs %3 px, has %4"_s.arg(tabs->tabText(tab), option.text)
                                    .arg(needs)
                                    .arg(room.width())));
        }
    }
    stats->close();
}

// One German word for one thing, as the windows show it: the detail pane's row for a link's
// limits is named like New Link's section ("Gültigkeit", it said "Grenzen"), and "…" follows a
// space as in every other German text ("Regeln bearbeiten…" was the odd one; issue 12).
void TestSplitDialog::germanWordsAgree()
{
    rebuildInGerman();
    if (QTest::currentTestFailed())
        return;
    LinkDialog *dialog = openDialog(u"newLinkAction"_s);
    QVERIFY(dialog);
    auto *section = dialog->findChild<QGroupBox *>(u"limitsGroup"_s);
    auto *editRules = dialog->findChild<QPushButton *>(u"editRulesButton"_s);
    QVERIFY(section && editRules);
    QCOMPARE(section->title(), u"Gültigkeit"_s);
    QCOMPARE(editRules->text(), u"&Regeln bearbeiten …"_s);
    QCOMPARE(QCoreApplication::translate("Linkdeck::Gui::DetailPane", "Limits"), section->title());
    QCOMPARE(QCoreApplication::translate("Linkdeck::Gui::RulesSection", "Reading the rules…"),
             u"Regeln werden gelesen …"_s);
    QCOMPARE(QCoreApplication::translate("Linkdeck::Gui::MainWindow", "Counting…"), u"Wird gezählt …"_s);
}

// One way to write a share wherever one is shown (issue 12: the statistics said "50%" and
// "55,0%", the split editor "50 %"): in German the number, a no-break space and the sign, as
// CLDR writes percentages; in English the sign right after the number.
void TestSplitDialog::sharesWrittenAlike()
{
    QCOMPARE(Percent::text(45, 0, QLocale(QLocale::English, QLocale::UnitedStates)), u"45%"_s);
    QCOMPARE(Percent::text(12.345, 1, QLocale(QLocale::English, QLocale::UnitedStates)), u"12.3%"_s);
    QCOMPARE(Percent::text(45, 0, QLocale(QLocale::German, QLocale::Germany)), u"45\u00a0%"_s);
    QCOMPARE(Percent::text(55, 1, QLocale(QLocale::German, QLocale::Germany)), u"55,0\u00a0%"_s);
    QCOMPARE(Percent::text(45, 0, QLocale(QLocale::French, QLocale::France)), u"45\u202f%"_s);

    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    rebuildInGerman();
    if (QTest::currentTestFailed())
        return;
    Link draft;
    draft.slug = u"ab"_s;
    draft.destination = u"https://shop.example/a"_s;
    draft.variants = {{{}, 50}, {u"https://shop.example/b"_s, 50}};
    auto created = m_backend->provider(1)->create(draft);
    created.waitForFinished();
    QVERIFY(created.result().ok());
    const qint64 hour = QDateTime(Clock::today().addDays(-1), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QVERIFY(Rollups::addHour(m_backend->database().connection(), created.result()->id, hour, 100, 0,
                             {{u"variant"_s, u"1"_s, 45}, {u"variant"_s, u"2"_s, 55}, {u"country"_s, u"DE"_s, 100}}));
    select(u"ab"_s);
    const QString fifty = u"50\u00a0%"_s;
    auto *detail = m_window->findChild<QLabel *>(u"detailSplit"_s);
    QTRY_COMPARE(detail->text(), u"A "_s + fifty + u" · B "_s + fifty);

    m_window->findChild<QAction *>(u"statsAction"_s)->trigger();
    auto *stats = m_window->findChild<StatsDialog *>(u"statsDialog"_s);
    QVERIFY(stats);
    QTRY_VERIFY(!stats->stats().isLoading() && stats->stats().hasSplit());
    auto *split = stats->findChild<QTableWidget *>(u"statsSplitTable"_s);
    QTRY_COMPARE(split->rowCount(), 2);
    QCOMPARE(split->item(0, 1)->text(), fifty);              // the share set
    QCOMPARE(split->item(0, 3)->text(), u"45,0\u00a0%"_s);   // the share of the clicks
    auto *countries = stats->findChild<QTableWidget *>(u"statsCountriesTable"_s);
    QTRY_COMPARE(countries->rowCount(), 1);
    QCOMPARE(countries->item(0, 2)->text(), u"100,0\u00a0%"_s);
    stats->close();

    m_window->findChild<QAction *>(u"editLinkAction"_s)->trigger();
    LinkDialog *dialog = m_window->linkDialog();
    QVERIFY(dialog);
    auto *percentA = dialog->findChild<QSpinBox *>(u"splitPercent1"_s);
    QVERIFY(percentA);
    QCOMPARE(percentA->text(), fifty);
    auto *total = dialog->findChild<SplitEditor *>(u"splitGroup"_s)->findChild<QLabel *>(u"splitTotal"_s);
    QVERIFY2(total->text().endsWith(u" 100\u00a0%"_s), qPrintable(total->text()));
}

// New Link's Targeting rules section without rules: with the A/B split ticked it says the
// split shares the visitors, not that every visitor goes to the destination (issue 12).
void TestSplitDialog::noRulesNamesTheSplit()
{
    LinkDialog *dialog = openDialog(u"newLinkAction"_s);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"destinationEdit"_s), u"https://shop.example/a"_s);
    auto *summary = dialog->findChild<QLabel *>(u"rulesSummary"_s);
    auto *split = dialog->findChild<SplitEditor *>(u"splitGroup"_s);
    QVERIFY(summary && split);
    QTRY_COMPARE(summary->text(), u"No rules: every visitor goes to the destination."_s);
    split->setChecked(true);
    QTRY_COMPARE(summary->text(), u"No rules: the A/B split shares every visitor."_s);
    split->setChecked(false);
    QTRY_COMPARE(summary->text(), u"No rules: every visitor goes to the destination."_s);
}

// Unticked, A/B split and Social preview are their check box alone: an empty grey frame under
// the check box looked like a disabled text field (screenshot sweep, 1024x700, en and de).
void TestSplitDialog::untickedSectionsAreTheirCheckBox()
{
    LinkDialog *dialog = openDialog(u"newLinkAction"_s);
    QVERIFY(dialog);
    // Whether anything is drawn under the section's title: only its background there.
    const auto blankUnderTitle = [](QGroupBox *group) {
        const QImage image = group->grab().toImage();
        const QRgb background = group->palette().color(group->backgroundRole()).rgb();
        for (int y = group->contentsRect().top(); y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixel(x, y) != background)
                    return false;
            }
        }
        return true;
    };
    for (const QString &name : {u"splitGroup"_s, u"previewGroup"_s}) {
        auto *group = dialog->findChild<QGroupBox *>(name);
        QVERIFY2(group, qPrintable(name));
        QVERIFY(group->isCheckable() && !group->isChecked());
        QTRY_VERIFY2(blankUnderTitle(group), qPrintable(name + u": an empty box under the check box"_s));
        QVERIFY(group->height() < group->contentsRect().top() + 12);   // and little room
        group->setChecked(true);
        QTRY_VERIFY2(!blankUnderTitle(group), qPrintable(name));   // ticked: its frame and fields
        group->setChecked(false);
        QTRY_VERIFY2(blankUnderTitle(group), qPrintable(name));
    }
}

// The statistics of a link nobody has clicked yet: each empty table says so, and the A/B split
// shows no share of 0 clicks ("0.0%" read as a result) (screenshot sweep).
void TestSplitDialog::noClicksYetSaysSo()
{
    Link draft;
    draft.slug = u"quiet"_s;
    draft.destination = u"https://shop.example/a"_s;
    draft.variants = {{{}, 50}, {u"https://shop.example/b"_s, 50}};
    auto created = m_backend->provider(1)->create(draft);
    created.waitForFinished();
    QVERIFY(created.result().ok());
    select(u"quiet"_s);
    m_window->findChild<QAction *>(u"statsAction"_s)->trigger();
    auto *stats = m_window->findChild<StatsDialog *>(u"statsDialog"_s);
    QVERIFY(stats);
    QTRY_VERIFY(!stats->stats().isLoading() && stats->stats().hasSplit());
    QCOMPARE(stats->stats().figures().total, 0);
    auto *split = stats->findChild<QTableWidget *>(u"statsSplitTable"_s);
    QTRY_COMPARE(split->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(split->item(row, 2)->text(), u"0"_s);
        QCOMPARE(split->item(row, 3)->text(), u"–"_s);   // not 0.0%
        QCOMPARE(split->item(row, 3)->toolTip(), u"No clicks in this period."_s);
    }
    QCOMPARE(split->item(0, 1)->text(), Percent::text(50, 0, QLocale()));   // the share set stays
    auto *tabs = stats->findChild<QTabWidget *>(u"statsTabs"_s);
    const QStringList tables{u"statsTopLinksTable"_s, u"statsCountriesTable"_s, u"statsReferrersTable"_s,
                             u"statsDevicesTable"_s,  u"statsBrowsersTable"_s,  u"statsSystemsTable"_s};
    for (const QString &name : tables) {
        auto *table = stats->findChild<QTableWidget *>(name);
        QVERIFY2(table, qPrintable(name));
        QCOMPARE(table->rowCount(), 0);
        auto *empty = table->findChild<QLabel *>(name + u"Empty"_s);
        QVERIFY2(empty, qPrintable(name));
        QCOMPARE(empty->text(), u"No clicks in this period."_s);
        tabs->setCurrentIndex(
            tabs->indexOf(name == tables.first() ? static_cast<QWidget *>(table) : table->parentWidget()));
        QTRY_VERIFY2(empty->isVisible(), qPrintable(name));
        QVERIFY(table->viewport()->rect().contains(empty->geometry()));
    }
}

QTEST_MAIN(TestSplitDialog)
#include "tst_splitdialog.moc"
