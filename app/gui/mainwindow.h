#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

#include "core/links/link.h"
#include "core/models/linkselection.h"

class QLabel;
class QSplitter;

namespace Linkdeck {
class Backend;
class LinkTableModel;
class ExternalChanges;
class LocalServerController;
class Settings;
}   // namespace Linkdeck

namespace Linkdeck::Gui {

class DetailPane;
class LinkCommands;
class LinkArea;
class LinkDialog;
class LinkListView;
class MainActions;
class Sidebar;
class SyncStatus;

// The main window: accounts and saved filters on the left, the link table in the middle,
// the selected link on the right. Its actions (MainActions) call the slots below, and
// LinkCommands for what they do to the selected links.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(Backend &backend, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    LinkTableModel *model() const;
    LocalServerController *localServer() const { return m_server; }
    // The dialog of the last New/Edit action while it is open (tests use it).
    LinkDialog *linkDialog() const;
    LinkCommands *commands() const { return m_commands; }   // what is done to the selected links
    // On a first start (no saved geometry) on a screen too small for the first size and the
    // window manager's frame: main() shows the window maximized, so that all of it is on screen.
    bool startsMaximized() const { return m_startsMaximized; }
    static bool firstSizeNeedsMaximized(const QSize &available);
    // The window's size on a first start on a screen of `available` size (when not maximized):
    // most of a large screen, so the link table shows its columns.
    static QSize firstSizeFor(const QSize &available);

public slots:
    void newLink();
    void editSelectedLink();
    void showPreferences();
    void showAccounts();     // Preferences > Accounts
    void addAccount();       // the Add Account dialog (a first step)
    void syncAccounts();     // pull every remote account, send what waits offline
    void showStatistics();   // the selected links, or the campaign or tag chosen in the sidebar

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showPreferencesPage(bool accounts);
    bool raiseLinkDialog();
    void restoreWindowState();
    void saveWindowState();
    void updateSelection();
    void updateStatus();
    QList<Link> selectedLinks() const;
    std::optional<Link> currentLink() const;

    Backend &m_backend;
    Settings &m_settings;
    LocalServerController *m_server = nullptr;
    ExternalChanges *m_externalChanges = nullptr;
    Sidebar *m_sidebar = nullptr;
    LinkListView *m_list = nullptr;
    LinkArea *m_middle = nullptr;   // the links, or the first steps while there are none
    DetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_countLabel = nullptr;
    SyncStatus *m_syncStatus = nullptr;
    LinkCommands *m_commands = nullptr;
    std::unique_ptr<MainActions> m_actions;
    LinkSelection m_selection;   // what the actions may do now
    // The open New/Edit Link dialog, if any; it deletes itself on close (QPointer: no
    // destroyed() handler that could run while this window is being destroyed).
    QPointer<LinkDialog> m_dialog;
    bool m_startsMaximized = false;
};

}   // namespace Linkdeck::Gui
