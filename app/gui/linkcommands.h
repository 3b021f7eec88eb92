#pragma once

#include <QObject>

#include "core/bulk/exporter.h"
#include "core/links/linkquery.h"
#include "core/models/linkselection.h"

class QMainWindow;
class QPrinter;

namespace Linkdeck {
class Backend;
class Settings;
}   // namespace Linkdeck

namespace Linkdeck::Gui {

// What the actions and the detail pane's buttons do to the selected links: copy the short
// link, open it, delete the links, make their QR codes, print their labels, edit the redirect
// rules. The outcome
// shows in the window's status bar.
//
//   auto *commands = new LinkCommands(backend, settings, window);
//   commands->setSelection(LinkSelection::of(backend, selected, current));
//   connect(copyAction, &QAction::triggered, commands, &LinkCommands::copy);
class LinkCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkCommands)
public:
    LinkCommands(Backend &backend, Settings &settings, QMainWindow *window);

    void setSelection(const LinkSelection &selection) { m_selection = selection; }

public slots:
    void copy();                             // the current link's short URL to the clipboard
    void open();                             // in the browser
    void remove();                           // asks, then deletes the selected links on their services
    void showQrStudio();                     // the selected links' QR codes
    void editRedirectRules();                // the current link's (Shlink and this computer)
    void printLabels();                      // print preview of the selected links' QR labels
    void printLabelsTo(QPrinter *printer);   // paints them (tests print to a PDF)
    void importLinks();                      // File > Import Links…: the import wizard
    void buildCampaign();
    void copyToAccount() { transfer(false); }   // the selected links made on another account
    void moveToAccount()
    {
        transfer(true);
    }   // ... and the old ones pointed to them                    // File > New Campaign…: a matrix of links, then their QR codes
    // File > Export Links…: the links the table shows (its filter), to a file chosen in the
    // ExportDialog, with each link's breakdowns when asked.
    void exportLinks(const LinkQuery &query);
    // The same to a path (CSV, JSON or XLSX by its extension); false with a message shown. The
    // status bar says how many were written, and which links had no breakdowns and why. The
    // export runs on a worker thread under a progress dialog whose Cancel stops it (false, the
    // file at `path` untouched); this returns once it has finished.
    bool exportLinksTo(const LinkQuery &query, const QString &path, const Bulk::ExportOptions &options = {});

private:
    void transfer(bool move);
    void say(const QString &message, int timeoutMs);

    Backend &m_backend;
    Settings &m_settings;
    QMainWindow *m_window;
    LinkSelection m_selection;
};

}   // namespace Linkdeck::Gui
