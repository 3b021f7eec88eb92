// The main window as a person meets it (issue 12): the keyboard between its panes, the link
// table's columns, the first start and the states around the table, the icons.
#include "core/models/linktablemodel.h"
#include "core/providers/linkprovider.h"
#include "core/storage/settings.h"
#include "core/sync/backend.h"
#include "gui/accountdialog.h"
#include "gui/gettingstarted.h"
#include "gui/icons.h"
#include "gui/linkdialog.h"
#include "gui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Gui;

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void f6MovesBetweenPanes();
    void tabWalksThePanesInOrder();
    void tableShowsWhatPeopleRead();
    void columnsSizedByHandAreKept();
    void narrowWindowKeepsColumnsReadable();
    void firstStartShowsTheFirstSteps();
    void gettingStartedIsOffline();
    void statisticsOnlyWithSomethingToShow();
    void filterWithoutMatchSaysSo();
    void severalSelectedAreSummed();
    void selectionStaysWhenTheSidebarChanges();
    void iconsFitTheirActionsOnABareDesktop();

private:
    void openWindow();
    Link addLink(const QString &slug, const QString &destination);
    QTableView *table() const { return m_window->findChild<QTableView *>(u"linkTable"_s); }
    QString focusName() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkspace::initTestCase()
{
    // A desktop without an icon theme (a bare X server, a minimal window manager): the app's
    // own icons must stand in. An empty search path: no theme is found, whatever is installed.
    static QTemporaryDir noThemes;
    QIcon::setThemeSearchPaths({noThemes.path()});
    QIcon::setFallbackSearchPaths({});
    QIcon::setThemeName(u"no-such-theme"_s);
}

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_backend = std::make_unique<Backend>();
    QVERIFY(m_backend->open(m_dir->filePath(u"links.sqlite"_s)).ok());
    m_store = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(*m_store);
}

void TestWorkspace::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_backend, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestWorkspace::cleanup()
{
    if (auto *dialog = m_window ? m_window->linkDialog() : nullptr)
        dialog->reject();
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_backend.reset();
    m_dir.reset();
}

Link TestWorkspace::addLink(const QString &slug, const QString &destination)
{
    Link draft;
    draft.destination = destination;
    draft.slug = slug;
    auto future = m_backend->provider(AccountRepository::LocalAccountId)->create(draft);
    future.waitForFinished();
    const auto r = future.result();
    if (!r.ok())
        qFatal("could not add test link: %s", qPrintable(r.error().message));
    return *r;
}

// Issue 12: choosing another sidebar item kept no selection, also when the link is still shown.
void TestWorkspace::selectionStaysWhenTheSidebarChanges()
{
    addLink(u"spring"_s, u"https://shop.example/spring?utm_campaign=spring-sale"_s);
    addLink(u"autumn"_s, u"https://shop.example/autumn"_s);
    openWindow();
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    const int row = table()->model()->index(0, 0).data().toString().endsWith(u"/spring"_s) ? 0 : 1;
    table()->selectRow(row);
    auto *detail = m_window->findChild<QLabel *>(u"detailShortUrl"_s);
    QTRY_VERIFY(detail->text().endsWith(u"/spring"_s));
    auto *sidebar = m_window->findChild<QTreeWidget *>(u"sidebar"_s);
    const auto chooseItem = [&](const QString &text) {
        const auto found = sidebar->findItems(text, Qt::MatchRecursive | Qt::MatchStartsWith);
        QCOMPARE(found.size(), 1);
        sidebar->setCurrentItem(found.first());
    };
    const auto selectedSlugs = [&] {
        QStringList slugs;
        const QModelIndexList rows = table()->selectionModel()->selectedRows();
        for (const QModelIndex &index : rows)
            slugs << index.data(LinkTableModel::LinkRole).value<Link>().slug;
        return slugs;
    };
    // The campaign and the account still show the link: it stays selected, and in the detail pane.
    for (const QString &item : {u"spring-sale"_s, u"This computer"_s, u"All links"_s}) {
        chooseItem(item);
        QTRY_COMPARE(table()->model()->rowCount(), item == u"spring-sale"_s ? 1 : 2);
        QCOMPARE(selectedSlugs(), QStringList{u"spring"_s});
        QTRY_VERIFY2(detail->isVisible() && detail->text().endsWith(u"/spring"_s), qPrintable(item));
    }
}

QString TestWorkspace::focusName() const
{
    const QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() : u"(none)"_s;
}

void TestWorkspace::f6MovesBetweenPanes()
{
    addLink(u"spring"_s, u"https://shop.example/spring"_s);
    addLink(u"summer"_s, u"https://shop.example/summer"_s);
    openWindow();
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    table()->selectRow(0);
    auto *sidebar = m_window->findChild<QTreeWidget *>(u"sidebar"_s);
    sidebar->setFocus();
    QTRY_VERIFY(sidebar->hasFocus());
    // Forward: sidebar -> table -> the detail pane's first button -> sidebar.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_COMPARE(focusName(), u"linkTable"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_COMPARE(focusName(), u"detailCopyButton"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_COMPARE(focusName(), u"sidebar"_s);
    // Back with Shift+F6: sidebar -> detail pane -> table.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_COMPARE(focusName(), u"detailCopyButton"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_COMPARE(focusName(), u"linkTable"_s);
    // From the filter F6 goes on to the detail pane too (the filter and the table are one pane).
    m_window->findChild<QLineEdit *>(u"filterEdit"_s)->setFocus();
    QTRY_COMPARE(focusName(), u"filterEdit"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_COMPARE(focusName(), u"detailCopyButton"_s);
    // Nothing selected: the detail pane has nothing to focus and is passed over.
    table()->clearSelection();
    QTRY_VERIFY(!m_window->findChild<QPushButton *>(u"detailCopyButton"_s)->isVisible());
    sidebar->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_COMPARE(focusName(), u"linkTable"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_COMPARE(focusName(), u"sidebar"_s);
}

void TestWorkspace::tabWalksThePanesInOrder()
{
    addLink(u"spring"_s, u"https://shop.example/spring"_s);
    openWindow();
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    table()->selectRow(0);
    auto *sidebar = m_window->findChild<QTreeWidget *>(u"sidebar"_s);
    sidebar->setFocus();
    QTRY_VERIFY(sidebar->hasFocus());
    QStringList visited{focusName()};
    for (int i = 0; i < 30; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (focusName() == u"sidebar"_s)
            break;
        visited << focusName();
    }
    const QStringList expected{u"sidebar"_s,
                               u"serverStartStopButton"_s,
                               u"serverAutoStartCheck"_s,
                               u"filterEdit"_s,
                               u"linkTable"_s,
                               u"detailCopyButton"_s,
                               u"detailOpenButton"_s,
                               u"detailEditButton"_s,
                               u"detailDeleteButton"_s,
                               u"detailRulesButton"_s,
                               u"detailQrButton"_s};
    QCOMPARE(visited, expected);
    // Shift+Tab walks it back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTRY_COMPARE(focusName(), u"detailQrButton"_s);
}

void TestWorkspace::tableShowsWhatPeopleRead()
{
    const Link sale = addLink(u"winter-clearance-sale-2026"_s, u"https://shop.example/collections/winter?ref=mail"_s);
    addLink(u"jobs"_s, u"https://careers.example/"_s);
    openWindow();
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    QHeaderView *header = table()->horizontalHeader();
    const auto fitted = [&] {
        // The columns fill the table: the destination takes the free width, nothing scrolls.
        return header->length() == table()->viewport()->width();
    };
    for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
        m_window->resize(size);
        QTRY_COMPARE(m_window->size(), size);
        if (size.width() > 1024)
            QTRY_VERIFY2(
                fitted(),
                qPrintable(u"%1 px of columns in %2 px"_s.arg(header->length()).arg(table()->viewport()->width())));
        QTest::qWait(20);   // the fit after the resize
        // The Clicks column is in sight.
        const QRect clicks = table()->visualRect(table()->model()->index(0, LinkTableModel::Clicks));
        QVERIFY2(table()->viewport()->rect().contains(clicks),
                 qPrintable(u"Clicks at x %1..%2 of %3"_s.arg(clicks.left())
                                .arg(clicks.right())
                                .arg(table()->viewport()->width())));
        // The whole short link is shown, back-half and all.
        QString shown;
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            const QString text = table()->model()->index(row, LinkTableModel::ShortUrl).data().toString();
            if (text.endsWith(sale.slug))
                shown = text;
        }
        QVERIFY(!shown.isEmpty());
        // With the cell's margins (a few pixels each side) around it.
        const int text = table()->fontMetrics().horizontalAdvance(shown) + 8;
        QVERIFY2(header->sectionSize(LinkTableModel::ShortUrl) > text,
                 qPrintable(u"%1 px for %2 px of text"_s.arg(header->sectionSize(LinkTableModel::ShortUrl)).arg(text)));
    }
    // The free width went to the destination.
    const int wide = header->sectionSize(LinkTableModel::Destination);
    m_window->resize(1024, 700);
    QTRY_VERIFY(header->sectionSize(LinkTableModel::Destination) < wide - 200);
}

// In a narrow window the destination and the title keep readable widths (issue 12, desktop
// sweep: they were squeezed to "https…ber" and "Wint…" so that every column fitted) and the
// table scrolls sideways, a pixel at a time; Clicks, the second column, stays in sight, and a
// wide window still shows every column without scrolling.
void TestWorkspace::narrowWindowKeepsColumnsReadable()
{
    Link draft;
    draft.destination = u"https://shop.example/collections/winter-clearance?ref=newsletter-december"_s;
    draft.slug = u"winter"_s;
    draft.title = u"Winter clearance sale: every coat half price"_s;
    draft.tags = {u"promo"_s};
    QVERIFY(m_backend->provider(AccountRepository::LocalAccountId)->create(draft).result());
    openWindow();
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QHeaderView *header = table()->horizontalHeader();
    const int em = table()->fontMetrics().horizontalAdvance(u'M');
    QCOMPARE(table()->horizontalScrollMode(), QAbstractItemView::ScrollPerPixel);
    for (const QSize size : {QSize(1024, 700), QSize(800, 600), QSize(640, 480)}) {
        m_window->resize(size);
        QTest::qWait(50);   // the fit after the resize
        const QString where =
            u"window %1 px wide, table %2 px: "_s.arg(m_window->width()).arg(table()->viewport()->width());
        QVERIFY2(header->sectionSize(LinkTableModel::Destination) >= 14 * em,
                 qPrintable(where + u"destination %1 px"_s.arg(header->sectionSize(LinkTableModel::Destination))));
        QVERIFY2(header->sectionSize(LinkTableModel::Title) >= 12 * em,
                 qPrintable(where + u"title %1 px"_s.arg(header->sectionSize(LinkTableModel::Title))));
        if (header->length() > table()->viewport()->width())
            QVERIFY2(table()->horizontalScrollBar()->maximum() > 0, qPrintable(where + u"does not scroll"_s));
        const QRect clicks = table()->visualRect(table()->model()->index(0, LinkTableModel::Clicks));
        QVERIFY2(table()->viewport()->rect().contains(clicks), qPrintable(where + u"Clicks out of sight"_s));
    }
    m_window->resize(1600, 1000);
    QTRY_COMPARE(header->length(), table()->viewport()->width());
    QCOMPARE(table()->horizontalScrollBar()->maximum(), 0);
}

void TestWorkspace::columnsSizedByHandAreKept()
{
    addLink(u"spring"_s, u"https://shop.example/spring"_s);
    openWindow();
    QHeaderView *header = table()->horizontalHeader();
    m_window->resize(1300, 800);
    QTRY_COMPARE(header->length(), table()->viewport()->width());
    header->resizeSection(LinkTableModel::Title, 333);
    m_window->resize(1024, 700);
    QTRY_COMPARE(m_window->size(), QSize(1024, 700));
    QTest::qWait(50);
    QCOMPARE(header->sectionSize(LinkTableModel::Title), 333);
    m_window->resize(1300, 800);
    QTRY_COMPARE(m_window->size(), QSize(1300, 800));
    QTest::qWait(50);
    QCOMPARE(header->sectionSize(LinkTableModel::Title), 333);
}

void TestWorkspace::firstStartShowsTheFirstSteps()
{
    openWindow();
    auto *welcome = m_window->findChild<QWidget *>(u"welcomePage"_s);
    QVERIFY(welcome);
    QTRY_VERIFY(welcome->isVisible());
    QVERIFY(!table()->isVisible());
    // Its wrapped sentences are shown whole, at the narrowest window too.
    for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
        m_window->resize(size);
        QTRY_COMPARE(m_window->size(), size);
        QApplication::processEvents();
        for (const QLabel *label : welcome->findChildren<QLabel *>()) {
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(u"%1: %2 px high, needs %3"_s.arg(label->text())
                                    .arg(label->height())
                                    .arg(label->heightForWidth(label->width()))));
        }
    }
    // Step one: New Link.
    auto *first = m_window->findChild<QPushButton *>(u"firstLinkButton"_s);
    QCOMPARE(first->text(), u"Create your first link"_s);
    QTest::mouseClick(first, Qt::LeftButton);
    QTRY_VERIFY(m_window->linkDialog() && m_window->linkDialog()->isVisible());
    m_window->linkDialog()->reject();
    QTRY_VERIFY(!m_window->linkDialog());
    // Step two: Add Account.
    auto *connectAccount = m_window->findChild<QPushButton *>(u"connectAccountButton"_s);
    QVERIFY(connectAccount->text().startsWith(u"Connect Bitly, Rebrandly, Shlink"_s));
    QTest::mouseClick(connectAccount, Qt::LeftButton);
    AccountDialog *accountDialog = nullptr;
    QTRY_VERIFY((accountDialog = m_window->findChild<AccountDialog *>()) && accountDialog->isVisible());
    accountDialog->reject();
    // The first link replaces the page with the table, and no link at all brings it back.
    const Link link = addLink(u"first"_s, u"https://shop.example/"_s);
    QTRY_VERIFY(table()->isVisible());
    QVERIFY(!welcome->isVisible());
    auto removed = m_backend->provider(AccountRepository::LocalAccountId)->remove(link);
    removed.waitForFinished();
    QVERIFY(removed.result().ok());
    QTRY_VERIFY(welcome->isVisible());
}

void TestWorkspace::gettingStartedIsOffline()
{
    openWindow();
    auto *action = m_window->findChild<QAction *>(u"gettingStartedAction"_s);
    QVERIFY(action);
    action->trigger();
    GettingStartedDialog *guide = nullptr;
    QTRY_VERIFY((guide = m_window->findChild<GettingStartedDialog *>()) && guide->isVisible());
    auto *text = guide->findChild<QTextBrowser *>(u"gettingStartedText"_s);
    QVERIFY(text->toPlainText().contains(u"Create a short link"_s));
    QVERIFY(text->toPlainText().contains(u"F6"_s));
    QVERIFY(!text->openExternalLinks());
    QVERIFY(!text->openLinks());
    // Also from the first-start page, the same dialog (not a second one).
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"welcomeGuideButton"_s), Qt::LeftButton);
    QCOMPARE(m_window->findChildren<GettingStartedDialog *>().size(), 1);
    guide->close();
}

void TestWorkspace::statisticsOnlyWithSomethingToShow()
{
    Link draft;
    draft.destination = u"https://shop.example/spring?utm_campaign=spring-sale"_s;
    draft.slug = u"spring"_s;
    auto future = m_backend->provider(AccountRepository::LocalAccountId)->create(draft);
    future.waitForFinished();
    QVERIFY(future.result().ok());
    openWindow();
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    auto *stats = m_window->findChild<QAction *>(u"statsAction"_s);
    table()->clearSelection();
    QTRY_VERIFY(!stats->isEnabled());
    table()->selectRow(0);
    QTRY_VERIFY(stats->isEnabled());
    table()->clearSelection();
    QTRY_VERIFY(!stats->isEnabled());
    // A campaign chosen in the sidebar can be shown without a selection.
    auto *sidebar = m_window->findChild<QTreeWidget *>(u"sidebar"_s);
    const auto found = sidebar->findItems(u"spring-sale"_s, Qt::MatchRecursive | Qt::MatchStartsWith);
    QCOMPARE(found.size(), 1);
    sidebar->setCurrentItem(found.first());
    QTRY_VERIFY(stats->isEnabled());
    table()->clearSelection();
    QVERIFY(stats->isEnabled());
}

void TestWorkspace::filterWithoutMatchSaysSo()
{
    addLink(u"spring"_s, u"https://shop.example/spring"_s);
    openWindow();
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    auto *note = m_window->findChild<QLabel *>(u"emptyTableNote"_s);
    QVERIFY(note);
    QVERIFY(!note->isVisible());
    auto *filter = m_window->findChild<QLineEdit *>(u"filterEdit"_s);
    filter->setFocus();
    QTest::keyClicks(filter, u"xyz"_s);
    QTRY_COMPARE(table()->model()->rowCount(), 0);
    QTRY_VERIFY(note->isVisible());
    QCOMPARE(note->text(), u"No links match “xyz”"_s);
    QVERIFY(table()->viewport()->rect().contains(note->geometry().center()));
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QTRY_VERIFY(!note->isVisible());
}

void TestWorkspace::severalSelectedAreSummed()
{
    addLink(u"a"_s, u"https://shop.example/a"_s);
    addLink(u"b"_s, u"https://shop.example/b"_s);
    addLink(u"c"_s, u"https://shop.example/c"_s);
    QSqlQuery query(m_backend->database().connection());
    QVERIFY(query.exec(u"UPDATE links SET clicks = 7 WHERE slug = 'a'"_s));
    QVERIFY(query.exec(u"UPDATE links SET clicks = 5 WHERE slug = 'b'"_s));
    openWindow();
    QTRY_COMPARE(table()->model()->rowCount(), 3);
    table()->selectAll();
    auto *label = m_window->findChild<QLabel *>(u"detailSelectionLabel"_s);
    QTRY_VERIFY(label->isVisible());
    // "3 links selected", "12 clicks together" (English plural forms come with the translations).
    QVERIFY2(label->text().contains(u"3 link"_s) && label->text().contains(u"selected"_s), qPrintable(label->text()));
    QVERIFY2(label->text().contains(u"12 click"_s), qPrintable(label->text()));
    QVERIFY(!m_window->findChild<QLabel *>(u"detailEmptyLabel"_s)->isVisible());
    table()->selectRow(0);
    QTRY_VERIFY(!label->isVisible());
    QVERIFY(m_window->findChild<QPushButton *>(u"detailCopyButton"_s)->isVisible());
}

// An icon's shape: the shipped icons are drawn in the palette's text colour.
static QImage imageOf(const QIcon &icon)
{
    return icon.pixmap(QSize(22, 22)).toImage().convertToFormat(QImage::Format_Alpha8);
}

static bool drawsSomething(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
    return false;
}

void TestWorkspace::iconsFitTheirActionsOnABareDesktop()
{
    Link draft;
    draft.destination = u"https://shop.example/spring"_s;
    draft.slug = u"spring"_s;
    draft.tags = {u"promo"_s};
    auto created = m_backend->provider(AccountRepository::LocalAccountId)->create(draft);
    created.waitForFinished();
    QVERIFY(created.result().ok());
    openWindow();
    // Each action shows the icon shipped for its name: a copy icon for Copy (not a floppy disk),
    // a QR code for QR Code and a chart for Statistics (not one "i" for both).
    const QList<std::pair<QString, QString>> expected{{u"newLinkAction"_s, u"list-add"_s},
                                                      {u"editLinkAction"_s, u"document-edit"_s},
                                                      {u"copyLinkAction"_s, u"edit-copy"_s},
                                                      {u"deleteLinkAction"_s, u"edit-delete"_s},
                                                      {u"openLinkAction"_s, u"internet-web-browser"_s},
                                                      {u"qrCodeAction"_s, u"view-barcode-qr"_s},
                                                      {u"printLabelsAction"_s, u"document-print"_s},
                                                      {u"statsAction"_s, u"office-chart-line"_s},
                                                      {u"findAction"_s, u"edit-find"_s},
                                                      {u"preferencesAction"_s, u"preferences-system"_s},
                                                      {u"syncAction"_s, u"view-refresh"_s},
                                                      {u"quitAction"_s, u"application-exit"_s},
                                                      {u"gettingStartedAction"_s, u"help-contents"_s},
                                                      {u"newCampaignAction"_s, u"view-grid"_s}};
    for (const auto &[objectName, iconName] : expected) {
        auto *action = m_window->findChild<QAction *>(objectName);
        QVERIFY2(action, qPrintable(objectName));
        const QString file = bundledIconPath(iconName);
        QVERIFY2(!file.isEmpty(), qPrintable(u"no shipped icon "_s + iconName));
        const QImage shipped = imageOf(QIcon(file));
        QVERIFY2(drawsSomething(shipped), qPrintable(file));
        QVERIFY2(imageOf(action->icon()) == shipped, qPrintable(objectName + u" does not show "_s + file));
    }
    QVERIFY(imageOf(m_window->findChild<QAction *>(u"qrCodeAction"_s)->icon())
            != imageOf(m_window->findChild<QAction *>(u"statsAction"_s)->icon()));
    // The sidebar: every entry that is not a heading has a shipped icon (tags, campaigns, accounts).
    auto *sidebar = m_window->findChild<QTreeWidget *>(u"sidebar"_s);
    const QImage tag = imageOf(QIcon(bundledIconPath(u"tag"_s)));
    QTRY_VERIFY(!sidebar->findItems(u"promo"_s, Qt::MatchRecursive | Qt::MatchStartsWith).isEmpty());
    QCOMPARE(imageOf(sidebar->findItems(u"promo"_s, Qt::MatchRecursive | Qt::MatchStartsWith).first()->icon(0)), tag);
    int entries = 0;
    for (QTreeWidgetItemIterator it(sidebar); *it; ++it) {
        if ((*it)->flags() == Qt::ItemIsEnabled)   // a heading
            continue;
        QVERIFY2(drawsSomething(imageOf((*it)->icon(0))), qPrintable((*it)->text(0)));
        ++entries;
    }
    QVERIFY(entries >= 3);   // All links, This computer, promo
    // The detail pane's buttons too.
    table()->selectRow(0);
    QTRY_VERIFY(m_window->findChild<QPushButton *>(u"detailCopyButton"_s)->isVisible());
    QVERIFY(imageOf(m_window->findChild<QPushButton *>(u"detailCopyButton"_s)->icon())
            == imageOf(QIcon(bundledIconPath(u"edit-copy"_s))));
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
