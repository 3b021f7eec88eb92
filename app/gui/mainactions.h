#pragma once

#include <QCoreApplication>

class QAction;

namespace Linkdeck {
struct LinkSelection;
}

namespace Linkdeck::Gui {

class LinkCommands;
class LinkListView;
class MainWindow;
class WelcomePage;

// The main window's actions, its menus and tool bar, and the table's context menu: made as the
// window's children (tests find them by name) and connected to its slots. The texts keep the
// window's translation context: they are the window's own.
//
//   m_actions = std::make_unique<MainActions>(this, m_list, m_commands);
//   m_actions->setSelection(LinkSelection::of(backend, selected, current));
class MainActions
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Gui::MainWindow)
    Q_DISABLE_COPY_MOVE(MainActions)
public:
    MainActions(MainWindow *window, LinkListView *list, LinkCommands *commands);

    // Enables the actions on links for what is selected.
    void setSelection(const LinkSelection &selection);
    void setSyncRunning(bool running);
    // The first-start page's steps do what New Link, Add Account and Getting Started do.
    void connectWelcomePage(WelcomePage *page);
    // Statistics: for selected links, or the campaign or tag chosen in the sidebar.
    void setStatisticsEnabled(bool enabled);

private:
    QAction *add(const char *objectName, const QString &text, const QString &icon, int fallbackIcon);
    void createMenus();
    void createToolBar();

    MainWindow *m_window;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_open = nullptr;
    QAction *m_qr = nullptr;
    QAction *m_print = nullptr;
    QAction *m_stats = nullptr;
    QAction *m_rules = nullptr;
    QAction *m_find = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_campaign = nullptr;
    QAction *m_copyTo = nullptr;
    QAction *m_moveTo = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_sync = nullptr;
    QAction *m_accounts = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_gettingStarted = nullptr;
    QAction *m_about = nullptr;
};

}   // namespace Linkdeck::Gui
