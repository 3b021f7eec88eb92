// The translations: German and English plurals load, and every language the app ships (each
// linkdeck_<lang>.qm embedded under :/i18n) is complete, keeps the placeholders of its source
// texts, and fits: the main window, New Link (also with its folded sections open), Add Account,
// New Campaign, the QR studio, Redirect Rules, Getting Started, the statistics and the preferences
// open in it with no label, button, check box or group title smaller than its text, and no title
// of the link table cut, however narrow the window or its columns (issue 12).
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
#include "i18n.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMap>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStyleOptionHeader>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QVBoxLayout>
#include <QXmlStreamReader>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Gui;

namespace {

// The languages the app ships: linkdeck_<lang>.qm under :/i18n ("de", "fr", "pt_BR", ...).
QStringList shippedLanguages()
{
    QStringList languages;
    const QStringList files = QDir(u":/i18n"_s).entryList({u"linkdeck_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(9, file.size() - 9 - 3);
    return languages;
}

// Unloads every translator installed so far: the next language starts from the source texts.
void removeTranslators()
{
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
}

// Plural forms a translation needs (Qt's rules): Polish one / few / many, the others one / other.
int pluralForms(const QString &language)
{
    return language == u"pl"_s ? 3 : 2;
}

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms;   // the translation, or its plural forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u" cannot be read"_s;
        return {};
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message") {
            message = Message{context, {}, xml.attributes().value(u"numerus"_s) == u"yes", false, {}};
        } else if (name == u"source")
            message.source = xml.readElementText();
        else if (name == u"translation") {
            message.unfinished = xml.attributes().value(u"type"_s) == u"unfinished";
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = path + u": "_s + xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(\\d+|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression pattern(u"</?[a-zA-Z][^>]*>"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// The labels, buttons and check boxes shown in `window` whose text needs more room than they
// got, once the layouts are done: "clipped" lines to report.
QStringList clippedLabels(QWidget *window, const QString &what)
{
    QStringList clipped;
    if (!window || !QTest::qWaitForWindowExposed(window))
        return {what + u" did not open"_s};
    if (window->layout())
        window->layout()->activate();
    QCoreApplication::processEvents();

    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        QString text;
        bool fits = true;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            text = label->text();
            if (text.isEmpty())
                continue;
            // A wrapping label fits when its lines fit in its height at its width.
            fits = label->wordWrap()
                ? label->heightForWidth(label->width()) <= label->height()
                : label->sizeHint().width() <= label->width() && label->sizeHint().height() <= label->height();
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            // Push buttons, check boxes, radio buttons and tool buttons that show a text.
            text = button->text();
            auto *tool = qobject_cast<QToolButton *>(widget);
            if (text.isEmpty() || (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly))
                continue;
            fits = widget->sizeHint().width() <= widget->width() && widget->sizeHint().height() <= widget->height();
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            // A group box's title, and its check box when it has one.
            text = group->title();
            if (text.isEmpty())
                continue;
            fits = group->minimumSizeHint().width() <= group->width();
        } else {
            continue;
        }
        if (!fits)
            clipped << u"%1: %2 %3 “%4”: needs %5×%6, has %7×%8"_s.arg(
                what, QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text.left(60),
                QString::number(widget->sizeHint().width()), QString::number(widget->sizeHint().height()),
                QString::number(widget->width()), QString::number(widget->height()));
    }
    return clipped;
}

// The accelerators (Alt+letter) that two or more shown, enabled controls of `window` share: push
// buttons, check boxes, radio and tool buttons with a text, labels with a buddy, group box titles,
// tabs and the menu bar's menus. Alt+letter then reaches only the first of them.
QStringList acceleratorClashes(QWidget *window, const QString &what)
{
    if (!window || !QTest::qWaitForWindowExposed(window))
        return {what + u" did not open"_s};
    QMap<QString, QStringList> owners;   // Alt+X -> who has it
    const auto add = [&](QWidget *widget, const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners[key.toString(QKeySequence::PortableText)]
                << u"%1 “%2”"_s.arg(QString::fromLatin1(widget->metaObject()->className()), text);
    };
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || !widget->isEnabled())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (!qobject_cast<QTabBar *>(widget->parentWidget()))   // a tab bar's scroll arrows
                add(widget, button->text());
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->buddy())
                add(widget, label->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            add(widget, group->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i) && tabs->isTabEnabled(i))
                    add(widget, tabs->tabText(i));
            }
        } else if (auto *menus = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : menus->actions()) {
                if (action->isVisible() && action->isEnabled())
                    add(widget, action->text());
            }
        }
    }
    // LINKDECK_ACCELERATORS=file: every accelerator of the window, for a script that moves clashing ones.
    if (const QString dump = qEnvironmentVariable("LINKDECK_ACCELERATORS"); !dump.isEmpty()) {
        QFile file(dump);
        if (file.open(QIODevice::Append | QIODevice::Text)) {
            for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
                for (const QString &owner : *it)
                    file.write((QLocale().name() + u'\t' + what + u'\t' + owner + u'\n').toUtf8());
            }
        }
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it->size() > 1)
            clashes << u"%1: %2 on %3"_s.arg(what, it->join(u", "_s), it.key());
    }
    // The letters taken, for whoever moves an "&" to a free one.
    if (!clashes.isEmpty()) {
        QStringList taken = owners.keys();
        taken.replaceInStrings(u"Alt+"_s, QString());
        clashes << u"%1: taken %2"_s.arg(what, taken.join(QString()));
    }
    return clashes;
}

// What New Link lacks of the accelerators a keyboard user needs, in whatever language: the fields
// above its sections (through their labels), the toggles that open a section and the button
// that edits the targeting rules each keep an Alt+letter. Fields inside an open section may do
// without one: Tab reaches them, and with every section open there are more than letters.
QStringList missingAccelerators(QWidget *dialog, const QString &what)
{
    if (!dialog)
        return {what + u" did not open"_s};
    QStringList missing;
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    for (const QString &field :
         {u"accountCombo"_s, u"destinationEdit"_s, u"slugEdit"_s, u"titleEdit"_s, u"tagsEdit"_s}) {
        const auto label = std::find_if(labels.cbegin(), labels.cend(), [&](const QLabel *l) {
            return l->buddy() && l->buddy()->objectName() == field;
        });
        if (label == labels.cend())
            missing << u"%1: no label for %2"_s.arg(what, field);
        else if (QKeySequence::mnemonic((*label)->text()).isEmpty())
            missing << u"%1: no accelerator in “%2”"_s.arg(what, (*label)->text());
    }
    for (const QString &section : {u"utmGroup"_s, u"splitGroup"_s, u"previewGroup"_s}) {
        auto *group = dialog->findChild<QGroupBox *>(section);
        if (!group)
            missing << u"%1: no %2"_s.arg(what, section);
        else if (QKeySequence::mnemonic(group->title()).isEmpty())
            missing << u"%1: no accelerator in “%2”"_s.arg(what, group->title());
    }
    auto *rules = dialog->findChild<QAbstractButton *>(u"editRulesButton"_s);
    if (!rules)
        missing << what + u": no editRulesButton"_s;
    else if (QKeySequence::mnemonic(rules->text()).isEmpty())
        missing << u"%1: no accelerator in “%2”"_s.arg(what, rules->text());
    return missing;
}

// The sections of a horizontal header whose title is cut: the room the style leaves for the text
// in a section of its width (margins and a sort arrow taken off, as any column may sort) is
// narrower than the title in the header's font.
QStringList cutHeaders(QHeaderView *header, const QString &what)
{
    QStringList cut;
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        QStyleOptionHeader option;
        option.initFrom(header);
        option.state |= QStyle::State_Horizontal;
        option.orientation = Qt::Horizontal;
        option.section = section;
        option.text = header->model()->headerData(section, Qt::Horizontal).toString();
        option.sortIndicator = QStyleOptionHeader::SortDown;
        option.rect = QRect(0, 0, header->sectionSize(section), header->height());
        const QRect room = header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header);
        const int needs = header->fontMetrics().horizontalAdvance(option.text);
        if (needs > room.width())
            cut << u"%1: column “%2” needs %3 px for its title, has %4 (section %5)"_s.arg(
                what, option.text, QString::number(needs), QString::number(room.width()),
                QString::number(header->sectionSize(section)));
    }
    return cut;
}

}   // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void germanIsLoaded();
    void englishPlurals();
    void otherLanguagesGetEnglishPlurals();
    void everyShippedLanguageIsComplete_data();
    void everyShippedLanguageIsComplete();
    void systemLocalePicksTheLanguage_data();
    void systemLocalePicksTheLanguage();
    void cutTextIsFound();
    void windowsFitTheirTexts_data();
    void windowsFitTheirTexts();
    void acceleratorClashIsFound();
    void acceleratorsAreUnique_data();
    void acceleratorsAreUnique();
    void cutHeaderIsFound();
    void linkTableHeadersFit_data();
    void linkTableHeadersFit();

private:
    using WindowCheck = std::function<QStringList(QWidget *, const QString &)>;
    // Opens the main window, New Link (also with its sections open), Add Account, New Campaign,
    // the QR studio, Redirect Rules, Getting Started, the statistics (each tab) and Preferences
    // (each tab) in the language, and adds what `check` finds in each to `found`.
    void inEveryWindow(const QString &language, const WindowCheck &check, QStringList *found);
};

void TestTranslations::init()
{
    removeTranslators();
}

void TestTranslations::germanIsLoaded()
{
    QVERIFY(Linkdeck::installTranslators(QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(QCoreApplication::translate("Linkdeck::Gui::MainWindow", "&New Link…"), u"&Neuer Link …"_s);
    QCOMPARE(QCoreApplication::translate("Linkdeck::Gui::MainWindow", "%Ln link(s)", nullptr, 3), u"3 Links"_s);
    QCOMPARE(QCoreApplication::translate("Linkdeck::Gui::MainWindow", "%Ln link(s)", nullptr, 1), u"1 Link"_s);
    QVERIFY(
        QCoreApplication::translate("Linkdeck::UrlValidator",
                                    "Only web addresses (http:// or https://) can be shortened, not “%1:” addresses.")
            .startsWith(u"Nur"_s));
}

void TestTranslations::englishPlurals()
{
    // The English "translation" only supplies plural forms. %Ln groups digits as the user's
    // locale does: an American user here, whatever this machine's locale.
    const QLocale american(QLocale::English, QLocale::UnitedStates);
    const QLocale previous;
    QLocale::setDefault(american);
    const auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    QVERIFY(Linkdeck::installTranslators(american));
    QCOMPARE(QCoreApplication::translate("Linkdeck::Gui::MainWindow", "%Ln link(s)", nullptr, 1), u"1 link"_s);
    QCOMPARE(QCoreApplication::translate("Linkdeck::Gui::MainWindow", "%Ln link(s)", nullptr, 1234), u"1,234 links"_s);
}

void TestTranslations::otherLanguagesGetEnglishPlurals()
{
    // No Linkdeck translation for Finnish: English text, with its plural forms rather than "(s)".
    QVERIFY(!Linkdeck::installTranslators(QLocale(QLocale::Finnish, QLocale::Finland)));
    QCOMPARE(QCoreApplication::translate("Linkdeck::Gui::LocalServerPanel", "%Ln visit(s) recorded", nullptr, 0),
             u"0 visits recorded"_s);
}

void TestTranslations::everyShippedLanguageIsComplete_data()
{
    QTest::addColumn<QString>("language");
    const QStringList languages = shippedLanguages();
    QVERIFY2(languages.contains(u"de"_s) && languages.contains(u"fr"_s), qPrintable(languages.join(u' ')));
    for (const QString &language : languages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::everyShippedLanguageIsComplete()
{
    // The .ts file the shipped .qm was made of, in the source tree.
    QFETCH(QString, language);
    const QString path = QFINDTESTDATA(u"../../translations/linkdeck_%1.ts"_s.arg(language));
    QVERIFY2(!path.isEmpty(), qPrintable(u"no linkdeck_%1.ts beside the shipped .qm"_s.arg(language)));
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 1000);

    // English only supplies the plural forms: its other messages show the source text.
    const bool pluralsOnly = language == u"en"_s;
    const int forms = pluralForms(language);
    QStringList problems;
    for (const Message &m : messages) {
        if (pluralsOnly && !m.numerus)
            continue;
        const QString where = m.context + u" “"_s + m.source.left(70) + u"”: "_s;
        if (m.unfinished) {
            problems << where + u"unfinished"_s;
            continue;
        }
        if (m.numerus && m.forms.size() != forms)
            problems << where + u"%1 plural forms, not %2"_s.arg(m.forms.size()).arg(forms);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                problems << where + u"empty"_s;
            else if (placeholders(form) != placeholders(m.source))
                problems << where + u"placeholders %1 in “%2”"_s.arg(placeholders(form).join(u' '), form.left(70));
            else if (htmlTags(form) != htmlTags(m.source))
                problems << where + u"HTML tags differ in “%1”"_s.arg(form.left(70));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problem(s):\n  "_s.arg(problems.size()) + problems.join(u"\n  "_s)));
}

void TestTranslations::systemLocalePicksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : shippedLanguages()) {
        if (language != u"en"_s)
            QTest::newRow(qPrintable(language)) << language;
    }
}

void TestTranslations::systemLocalePicksTheLanguage()
{
    // The user's locale (here given, as main() gives the system's) loads its translation.
    QFETCH(QString, language);
    const QLocale previous;
    QLocale::setDefault(QLocale(language));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    QVERIFY(Linkdeck::installTranslators(QLocale(language)));
    const QString newLink = QCoreApplication::translate("Linkdeck::Gui::MainWindow", "&New Link…");
    QVERIFY2(newLink != u"&New Link…"_s && newLink.contains(u'&'), qPrintable(newLink));
    for (int n : {0, 1, 2, 3, 5, 12, 22, 101}) {
        const QString links = QCoreApplication::translate("Linkdeck::Gui::MainWindow", "%Ln link(s)", nullptr, n);
        QVERIFY2(links.startsWith(QLocale(language).toString(n) + u' ') && !links.contains(u"(s)"_s),
                 qPrintable(links));
    }
    if (language == u"pl"_s) {
        // Polish has three forms: one, few (2-4, 22-24, ...) and many.
        const auto links = [](int n) {
            return QCoreApplication::translate("Linkdeck::Gui::MainWindow", "%Ln link(s)", nullptr, n);
        };
        QCOMPARE(links(1), u"1 link"_s);
        QCOMPARE(links(3), u"3 linki"_s);
        QCOMPARE(links(5), u"5 linków"_s);
        QCOMPARE(links(12), u"12 linków"_s);
        QCOMPARE(links(22), u"22 linki"_s);
    }
}

void TestTranslations::cutTextIsFound()
{
    // What windowsFitTheirTexts looks for: a label and a button narrower than their text, beside
    // a label that wraps its long text in the room it has.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *label = new QLabel(u"A label with a long text"_s);
    label->setFixedWidth(30);
    auto *button = new QPushButton(u"A button with a long text"_s);
    button->setFixedWidth(30);
    auto *wrapped = new QLabel(u"A label with a long text that wraps onto several lines"_s);
    wrapped->setWordWrap(true);
    wrapped->setFixedWidth(80);
    layout->addWidget(label);
    layout->addWidget(button);
    layout->addWidget(wrapped);
    window.show();
    const QStringList clipped = clippedLabels(&window, u"test"_s);
    QCOMPARE(clipped.size(), 2);
    QVERIFY(clipped[0].contains(u"A label with"_s) || clipped[1].contains(u"A label with"_s));
    QVERIFY(clipped[0].contains(u"A button"_s) || clipped[1].contains(u"A button"_s));
}

void TestTranslations::windowsFitTheirTexts_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : shippedLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::inEveryWindow(const QString &language, const WindowCheck &check, QStringList *found)
{
    const QLocale locale(language);
    const QLocale previous;
    QLocale::setDefault(locale);
    const auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    QVERIFY(Linkdeck::installTranslators(locale));

    QTemporaryDir dir;
    Backend backend;
    QVERIFY(backend.open(dir.filePath(u"links.sqlite"_s)).ok());
    QSettings store(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    Link draft;
    draft.destination = u"https://shop.example/spring?utm_campaign=spring-sale"_s;
    draft.slug = u"spring"_s;
    draft.title = u"Spring sale"_s;
    draft.tags = {u"promo"_s};
    auto created = backend.provider(AccountRepository::LocalAccountId)->create(draft);
    created.waitForFinished();
    QVERIFY(created.result().ok());
    // A second account: New Link then shows its Account row.
    Account team;
    team.provider = ProviderKind::Shlink;
    team.name = u"Team"_s;
    team.apiBase = u"http://127.0.0.1:9"_s;   // never reached
    team.defaultDomain = u"go.example"_s;
    QVERIFY(backend.accounts().add(team).ok());

    QStringList &clipped = *found;
    MainWindow window(backend, settings);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(u"linkTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);   // the detail pane shows the link
    clipped << check(&window, u"main window"_s);

    window.newLink();
    LinkDialog *linkDialog = window.linkDialog();
    QVERIFY(linkDialog);
    clipped << check(linkDialog, u"New Link"_s);
    // With every folded section open, as ticking their boxes opens them: campaign tracking, the
    // A/B split and the social preview (this computer's account offers all three).
    for (const QString &name : {u"utmGroup"_s, u"splitGroup"_s, u"previewGroup"_s}) {
        auto *section = linkDialog->findChild<QGroupBox *>(name);
        QVERIFY2(section && section->isVisible() && section->isCheckable(), qPrintable(name));
        section->setChecked(true);
    }
    clipped << check(linkDialog, u"New Link, every section open"_s);
    MessageBox::setNextAnswer(QMessageBox::Discard);   // the opened sections are not kept
    linkDialog->reject();
    MessageBox::setNextAnswer(QMessageBox::NoButton);

    window.addAccount();
    auto *account = window.findChild<AccountDialog *>();
    clipped << check(account, u"Add Account"_s);
    // Each service shows its own fields (a server address, a workspace or a group).
    if (auto *services = account ? account->findChild<QComboBox *>(u"providerCombo"_s) : nullptr) {
        for (int i = 0; i < services->count(); ++i) {
            services->setCurrentIndex(i);
            clipped << check(account, u"Add Account, "_s + services->itemText(i));
        }
    }
    if (account)
        account->reject();

    window.findChild<QAction *>(u"newCampaignAction"_s)->trigger();
    auto *campaign = window.findChild<QDialog *>(u"campaignDialog"_s);
    clipped << check(campaign, u"New Campaign"_s);
    if (campaign)
        campaign->reject();

    window.commands()->showQrStudio();
    clipped << check(window.findChild<QrStudioDialog *>(), u"QR studio"_s);
    window.findChild<QrStudioDialog *>()->reject();

    window.commands()->editRedirectRules();
    auto *rules = window.findChild<RedirectRulesDialog *>();
    if (rules) {
        if (auto *add = rules->findChild<QAbstractButton *>(u"addRuleButton"_s))
            add->click();
    }
    clipped << check(rules, u"Redirect Rules"_s);
    if (rules) {
        MessageBox::setNextAnswer(QMessageBox::Discard);   // the added rule is not saved
        rules->reject();
    }

    GettingStartedDialog::showFor(&window);
    clipped << check(window.findChild<GettingStartedDialog *>(), u"Getting Started"_s);
    window.findChild<GettingStartedDialog *>()->close();

    window.showStatistics();
    auto *stats = window.findChild<StatsDialog *>();
    clipped << check(stats, u"Statistics"_s);
    if (stats) {
        if (auto *tabs = stats->findChild<QTabWidget *>()) {
            for (int i = 1; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                clipped << check(stats, u"Statistics, "_s + tabs->tabText(i));
            }
        }
        stats->reject();
    }

    // Preferences runs its own event loop: checked from there, on each of its tabs.
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = window.findChild<PreferencesDialog *>();
        if (!dialog)
            return;
        seen = true;
        auto *tabs = dialog->findChild<QTabWidget *>(u"preferencesTabs"_s);
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            clipped << check(dialog, u"Preferences, "_s + tabs->tabText(i));
        }
        dialog->reject();
    });
    window.showPreferences();
    QVERIFY2(seen, "Preferences did not open");
}

void TestTranslations::windowsFitTheirTexts()
{
    QFETCH(QString, language);
    QStringList clipped;
    inEveryWindow(language, clippedLabels, &clipped);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(clipped.isEmpty(), qPrintable(u"cut texts in %1:\n  "_s.arg(language) + clipped.join(u"\n  "_s)));
}

void TestTranslations::acceleratorClashIsFound()
{
    // What acceleratorsAreUnique looks for: two buttons on Alt+S, and a label whose buddy takes
    // Alt+S too; a hidden or disabled button, a label without a buddy and "&&" are not counted.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *save = new QPushButton(u"&Save"_s);
    auto *send = new QCheckBox(u"&Send"_s);
    auto *edit = new QLineEdit;
    auto *label = new QLabel(u"&Subject:"_s);
    label->setBuddy(edit);
    auto *hidden = new QPushButton(u"&Hide"_s);
    auto *disabled = new QPushButton(u"&Halt"_s);
    disabled->setEnabled(false);
    auto *noBuddy = new QLabel(u"&Help"_s);
    auto *escaped = new QPushButton(u"Salt && &Pepper"_s);
    auto *pepper = new QGroupBox(u"&Paprika"_s);
    for (QWidget *w :
         std::initializer_list<QWidget *>{save, send, label, edit, hidden, disabled, noBuddy, escaped, pepper})
        layout->addWidget(w);
    window.show();
    hidden->hide();
    QStringList clashes = acceleratorClashes(&window, u"test"_s);
    QCOMPARE(clashes.filter(u" on Alt+"_s).size(), 2);   // S: three widgets; P: the button and the group
    QVERIFY(clashes.last().contains(u"taken"_s));
    QVERIFY2(clashes.join(u' ').contains(u"Alt+S"_s) && clashes.join(u' ').contains(u"Alt+P"_s),
             qPrintable(clashes.join(u'\n')));
    QVERIFY(!clashes.join(u' ').contains(u"Alt+H"_s));
    send->setText(u"Se&nd"_s);
    label->setText(u"Su&bject:"_s);
    pepper->setTitle(u"P&aprika"_s);
    QCOMPARE(acceleratorClashes(&window, u"test"_s), QStringList());
}

void TestTranslations::acceleratorsAreUnique_data()
{
    windowsFitTheirTexts_data();
}

void TestTranslations::acceleratorsAreUnique()
{
    QFETCH(QString, language);
    QStringList clashes;
    // The windows as they open, and New Link with every folded section open, where some fields
    // inside the sections do without an accelerator; its main fields and toggles keep theirs.
    inEveryWindow(
        language,
        [](QWidget *window, const QString &what) {
            QStringList found = acceleratorClashes(window, what);
            if (what.contains(u"every section open"_s))
                found << missingAccelerators(window, what);
            return found;
        },
        &clashes);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(clashes.isEmpty(),
             qPrintable(u"shared accelerators in %1:\n  "_s.arg(language) + clashes.join(u"\n  "_s)));
}

void TestTranslations::cutHeaderIsFound()
{
    // What linkTableHeadersFit looks for: a sortable column narrower than its title is reported,
    // the same column as wide as Qt measures it is not.
    QStandardItemModel model(1, 2);
    model.setHorizontalHeaderLabels({u"Destination"_s, u"Tags"_s});
    QTableView table;
    table.setModel(&model);
    table.setSortingEnabled(true);
    table.resize(400, 200);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QHeaderView *header = table.horizontalHeader();
    header->resizeSection(0, header->fontMetrics().horizontalAdvance(u"Destinatio"_s));
    header->resizeSection(1, header->sectionSizeHint(1));
    const QStringList cut = cutHeaders(header, u"test"_s);
    QCOMPARE(cut.size(), 1);
    QVERIFY2(cut.first().contains(u"“Destination”"_s), qPrintable(cut.first()));
    header->resizeSection(0, header->sectionSizeHint(0));
    QCOMPARE(cutHeaders(header, u"test"_s), QStringList());
}

void TestTranslations::linkTableHeadersFit_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : shippedLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::linkTableHeadersFit()
{
    // Issue 12: "Destinatio". In a narrow window, with a column dragged as narrow as it goes and
    // after a state saved with other widths, every title of the link table stays whole; the table
    // scrolls sideways instead.
    QFETCH(QString, language);
    const QLocale locale(language);
    const QLocale previous;
    QLocale::setDefault(locale);
    const auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    QVERIFY(Linkdeck::installTranslators(locale));

    QTemporaryDir dir;
    Backend backend;
    QVERIFY(backend.open(dir.filePath(u"links.sqlite"_s)).ok());
    QSettings store(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    Link draft;
    draft.destination = u"https://shop.example/spring?utm_campaign=spring-sale"_s;
    draft.slug = u"spring"_s;
    draft.title = u"Spring sale"_s;
    draft.tags = {u"promo"_s};
    auto created = backend.provider(AccountRepository::LocalAccountId)->create(draft);
    created.waitForFinished();
    QVERIFY(created.result().ok());

    MainWindow window(backend, settings);
    window.resize(640, 480);   // the smallest window the layouts allow, or near it
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(u"linkTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QHeaderView *header = table->horizontalHeader();
    QCoreApplication::processEvents();   // the columns are fitted once the rows are read
    QStringList cut = cutHeaders(header, u"narrow window"_s);
    // Wider than the table: it scrolls rather than cutting.
    if (header->length() > table->viewport()->width())
        QVERIFY(table->horizontalScrollBar()->maximum() > 0);

    // Each column dragged to nothing stops at its title.
    for (int section = 0; section < header->count(); ++section)
        header->resizeSection(section, 4);
    cut << cutHeaders(header, u"columns sized by hand"_s);
    QVERIFY(table->horizontalScrollBar()->maximum() > 0 || header->length() <= table->viewport()->width());

    // The widths the user chose are kept (above the least).
    const int wide = header->sectionSize(0) + 40;
    header->resizeSection(0, wide);
    window.close();   // saves the state
    QVERIFY(!settings.tableHeaderState().isEmpty());
    MainWindow again(backend, settings);
    again.resize(640, 480);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto *againTable = again.findChild<QTableView *>(u"linkTable"_s);
    QTRY_COMPARE(againTable->model()->rowCount(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(againTable->horizontalHeader()->sectionSize(0), wide);
    cut << cutHeaders(againTable->horizontalHeader(), u"restored widths"_s);

    QVERIFY2(cut.isEmpty(), qPrintable(u"cut column titles in %1:\n  "_s.arg(language) + cut.join(u"\n  "_s)));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
