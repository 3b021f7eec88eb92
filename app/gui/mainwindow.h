#pragma once

#include <QMainWindow>
#include <QPointer>

#include <optional>

#include "core/link.h"

class QAction;
class QProgressBar;
class QToolButton;
class QPrinter;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace Linkdeck {
class Backend;
class LinkTableModel;
class LocalServerController;
class Settings;
}

namespace Linkdeck::Gui {

class DetailPane;
class LinkDialog;
class Sidebar;

// The main window: accounts and saved filters on the left, the link table in the middle,
// the selected link on the right. Owns the actions (New, Copy, Edit, Delete, Find, ...).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(Backend &backend, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    LinkTableModel *model() const { return m_model; }
    LocalServerController *localServer() const { return m_server; }
    // The dialog of the last New/Edit action while it is open (tests use it).
    LinkDialog *linkDialog() const;

public slots:
    void newLink();
    void editSelectedLink();
    void copySelectedLink();
    void deleteSelectedLinks();
    void openSelectedLink();
    void showPreferences();
    void showAccounts();                   // Preferences > Accounts
    void syncAccounts();                   // pull every remote account, send what waits offline
    void showQrStudio();
    void printLabels();                    // print preview of the selected links' labels
    void showStatistics();                 // the selected links, or the campaign or tag chosen in the sidebar
    void editRedirectRules();              // the current link's redirect rules (Shlink and this computer)
    void printLabelsTo(QPrinter *printer);  // paints them (tests print to a PDF)

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createSyncIndicator();
    void syncProgress(qint64 accountId, int links);
    void syncFinished(qint64 accountId, bool ok, int links, const QString &message);
    QString accountName(qint64 accountId) const;
    void createActions();
    void createMenus();
    void createToolBar();
    void restoreWindowState();
    void saveWindowState();
    void updateSelection();
    void updateStatus();
    void selectLink(qint64 id);
    QList<Link> selectedLinks() const;
    std::optional<Link> currentLink() const;

    Backend &m_backend;
    Settings &m_settings;
    LinkTableModel *m_model = nullptr;
    LocalServerController *m_server = nullptr;
    Sidebar *m_sidebar = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    DetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_filterTimer = nullptr;
    // The open New/Edit Link dialog, if any; it deletes itself on close (QPointer: no
    // destroyed() handler that could run while this window is being destroyed).
    QPointer<LinkDialog> m_dialog;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_qrAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_statsAction = nullptr;
    QAction *m_rulesAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_accountsAction = nullptr;
    QWidget *m_syncBox = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    QToolButton *m_syncCancel = nullptr;
    QStringList m_syncErrors;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace Linkdeck::Gui
