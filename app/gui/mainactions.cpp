#include "gui/mainactions.h"

#include "core/models/linkselection.h"
#include "core/models/linktablemodel.h"
#include "gui/gettingstarted.h"
#include "gui/icons.h"
#include "gui/linkcommands.h"
#include "gui/linklistview.h"
#include "gui/mainwindow.h"
#include "gui/welcomepage.h"

#include <QAction>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

QAction *MainActions::add(const char *objectName, const QString &text, const QString &icon, int fallbackIcon)
{
    auto *action = icon.isEmpty() ? new QAction(text, m_window)
                                  : new QAction(themedIcon(icon, QStyle::StandardPixmap(fallbackIcon)), text, m_window);
    action->setObjectName(QString::fromLatin1(objectName));
    return action;
}

MainActions::MainActions(MainWindow *window, LinkListView *list, LinkCommands *commands)
    : m_window(window)
{
    m_new = add("newLinkAction", tr("&New Link…"), u"list-add"_s, QStyle::SP_FileIcon);
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(
        tr("Create a short link (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    QObject::connect(m_new, &QAction::triggered, window, &MainWindow::newLink);

    m_edit = add("editLinkAction", tr("&Edit Link…"), u"document-edit"_s, QStyle::SP_FileDialogDetailedView);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QObject::connect(m_edit, &QAction::triggered, window, &MainWindow::editSelectedLink);

    m_copy = add("copyLinkAction", tr("&Copy Short Link"), u"edit-copy"_s, QStyle::SP_DialogSaveButton);
    m_copy->setShortcut(QKeySequence::Copy);
    QObject::connect(m_copy, &QAction::triggered, commands, &LinkCommands::copy);

    m_delete = add("deleteLinkAction", tr("&Delete…"), u"edit-delete"_s, QStyle::SP_TrashIcon);
    m_delete->setShortcut(QKeySequence::Delete);
    QObject::connect(m_delete, &QAction::triggered, commands, &LinkCommands::remove);

    m_open = add("openLinkAction", tr("&Open in Browser"), u"internet-web-browser"_s, QStyle::SP_DirLinkIcon);
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QObject::connect(m_open, &QAction::triggered, commands, &LinkCommands::open);

    m_qr = add("qrCodeAction", tr("&QR Code…"), u"view-barcode-qr"_s, QStyle::SP_FileDialogInfoView);
    m_qr->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_qr->setToolTip(tr("Make a print-ready QR code of the short link"));
    QObject::connect(m_qr, &QAction::triggered, commands, &LinkCommands::showQrStudio);

    m_print = add("printLabelsAction", tr("&Print QR Labels…"), u"document-print"_s, QStyle::SP_DialogSaveButton);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print the selected links as QR code labels, 24 to an A4 page"));
    QObject::connect(m_print, &QAction::triggered, commands, &LinkCommands::printLabels);

    m_stats = add("statsAction", tr("&Statistics…"), u"office-chart-line"_s, QStyle::SP_FileDialogInfoView);
    m_stats->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_stats->setToolTip(tr("Clicks over time, countries and referrers of the selected links or campaign"));
    QObject::connect(m_stats, &QAction::triggered, window, &MainWindow::showStatistics);

    m_copyTo = add("copyToAccountAction", tr("Cop&y to Account…"), {}, 0);
    m_copyTo->setToolTip(tr("Make the selected links on another account too"));
    QObject::connect(m_copyTo, &QAction::triggered, commands, &LinkCommands::copyToAccount);
    m_moveTo = add("moveToAccountAction", tr("&Move to Account…"), {}, 0);
    m_moveTo->setToolTip(tr("Make the selected links on another account and send the old ones' visitors there"));
    QObject::connect(m_moveTo, &QAction::triggered, commands, &LinkCommands::moveToAccount);

    m_rules = add("rulesAction", tr("Redirect &Rules…"), u"view-split-left-right"_s, QStyle::SP_ArrowRight);
    m_rules->setEnabled(false);
    QObject::connect(m_rules, &QAction::triggered, commands, &LinkCommands::editRedirectRules);

    m_find = add("findAction", tr("&Find…"), u"edit-find"_s, QStyle::SP_FileDialogContentsView);
    m_find->setShortcut(QKeySequence::Find);
    QObject::connect(m_find, &QAction::triggered, list, &LinkListView::focusFilter);

    m_preferences =
        add("preferencesAction", tr("&Preferences…"), u"preferences-system"_s, QStyle::SP_FileDialogListView);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences)
                                << QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QObject::connect(m_preferences, &QAction::triggered, window, &MainWindow::showPreferences);

    m_campaign = add("newCampaignAction", tr("New &Campaign…"), u"view-grid"_s, QStyle::SP_FileDialogListView);
    m_campaign->setToolTip(tr("Make a campaign's links at once: each destination for each source and medium"));
    QObject::connect(m_campaign, &QAction::triggered, commands, &LinkCommands::buildCampaign);
    m_import = add("importLinksAction", tr("&Import Links…"), u"document-import"_s, QStyle::SP_DialogOpenButton);
    m_import->setToolTip(tr("Make links from a spreadsheet or another service's export"));
    QObject::connect(m_import, &QAction::triggered, commands, &LinkCommands::importLinks);
    m_export = add("exportLinksAction", tr("E&xport Links…"), u"document-export"_s, QStyle::SP_DialogSaveButton);
    m_export->setToolTip(tr("Save the links the table shows as CSV, Excel or JSON"));
    QObject::connect(m_export, &QAction::triggered, commands,
                     [commands, window] { commands->exportLinks(window->model()->query()); });

    m_sync = add("syncAction", tr("&Synchronise Accounts"), u"view-refresh"_s, QStyle::SP_BrowserReload);
    m_sync->setShortcut(QKeySequence::Refresh);
    m_sync->setToolTip(tr("Fetch the links of your Bitly, Rebrandly, Shlink and Cuttly accounts and send the changes "
                          "made offline (%1)")
                           .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    QObject::connect(m_sync, &QAction::triggered, window, &MainWindow::syncAccounts);

    m_accounts = add("accountsAction", tr("&Accounts…"), {}, 0);
    m_accounts->setToolTip(tr("Add or edit your Bitly, Rebrandly, Shlink and Cuttly accounts"));
    QObject::connect(m_accounts, &QAction::triggered, window, &MainWindow::showAccounts);

    m_quit = add("quitAction", tr("&Quit"), u"application-exit"_s, QStyle::SP_DialogCloseButton);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    QObject::connect(m_quit, &QAction::triggered, window, &QWidget::close);

    m_gettingStarted =
        add("gettingStartedAction", tr("&Getting Started"), u"help-contents"_s, QStyle::SP_DialogHelpButton);
    m_gettingStarted->setShortcut(QKeySequence::HelpContents);
    QObject::connect(m_gettingStarted, &QAction::triggered, window,
                     [window] { GettingStartedDialog::showFor(window); });

    m_about = add("aboutAction", tr("&About Linkdeck"), {}, 0);
    m_about->setMenuRole(QAction::AboutRole);
    QObject::connect(m_about, &QAction::triggered, window, [window] {
        QMessageBox::about(
            window, tr("About Linkdeck"),
            tr("<h3>Linkdeck %1</h3><p>Branded short links, campaign charts and print-grade QR codes.</p>"
               "<p>Released under the MIT licence.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });

    // The table gets the actions too, so its context menu offers them.
    list->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    list->table()->addActions({m_copy, m_open, m_qr, m_edit, m_rules, m_copyTo, m_moveTo, m_delete});
    createMenus();
    createToolBar();
}

void MainActions::createMenus()
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    file->addActions({m_new, m_campaign, m_print});
    file->addSeparator();
    file->addActions({m_import, m_export});
    file->addSeparator();
    file->addActions({m_sync, m_accounts});
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_copy, m_open, m_qr, m_stats, m_edit, m_rules, m_delete});
    edit->addSeparator();
    edit->addActions({m_copyTo, m_moveTo});
    edit->setToolTipsVisible(true);   // says why Redirect Rules is disabled
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addSeparator();
    edit->addAction(m_preferences);

    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    help->addActions({m_gettingStarted, m_about});
}

void MainActions::createToolBar()
{
    QToolBar *bar = m_window->addToolBar(tr("Main Toolbar"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_new);
    bar->addSeparator();
    bar->addActions({m_copy, m_qr, m_stats, m_edit, m_delete});
    bar->addSeparator();
    bar->addAction(m_sync);
}

void MainActions::setSelection(const LinkSelection &selection)
{
    m_copy->setEnabled(selection.hasUrl);
    m_open->setEnabled(selection.current.has_value());
    m_qr->setEnabled(selection.hasUrl);
    m_print->setEnabled(!selection.links.isEmpty());
    // Only when there is another account to take the links; else the tip says to add one.
    m_copyTo->setEnabled(selection.canTransfer);
    m_moveTo->setEnabled(selection.canTransfer);
    m_copyTo->setToolTip(selection.transferTip.isEmpty() ? tr("Make the selected links on another account too")
                                                         : selection.transferTip);
    m_moveTo->setToolTip(selection.transferTip.isEmpty()
                             ? tr("Make the selected links on another account and send the old ones' visitors there")
                             : selection.transferTip);
    m_copyTo->setStatusTip(selection.transferTip);
    m_moveTo->setStatusTip(selection.transferTip);
    m_edit->setEnabled(selection.canEdit);
    m_delete->setEnabled(selection.canDelete);
    m_rules->setEnabled(selection.canRules);
    m_rules->setToolTip(selection.rulesTip);
    m_rules->setStatusTip(selection.canRules ? QString() : selection.rulesTip);
}

void MainActions::connectWelcomePage(WelcomePage *page)
{
    QObject::connect(page, &WelcomePage::createLinkRequested, m_new, &QAction::trigger);
    QObject::connect(page, &WelcomePage::connectAccountRequested, m_window, &MainWindow::addAccount);
    QObject::connect(page, &WelcomePage::gettingStartedRequested, m_gettingStarted, &QAction::trigger);
}

void MainActions::setStatisticsEnabled(bool enabled)
{
    m_stats->setEnabled(enabled);
}

void MainActions::setSyncRunning(bool running)
{
    m_sync->setEnabled(!running);
}

}   // namespace Linkdeck::Gui
