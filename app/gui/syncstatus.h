#pragma once

#include <QStringList>
#include <QWidget>

class QProgressBar;
class QStatusBar;
class QToolButton;

namespace Linkdeck {
class Backend;
}

namespace Linkdeck::Gui {

// The synchronisation of the remote accounts in the status bar: a busy bar naming the account
// and its links so far, and Cancel, while pulls run; then how it went, in the status bar.
//
//   auto *sync = new SyncStatus(backend, statusBar(), this);
//   backend.sync().pull(id);
//   sync->start();
class SyncStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatus)
public:
    // Adds itself to the status bar, hidden.
    SyncStatus(Backend &backend, QStatusBar *statusBar, QWidget *parent = nullptr);

    // Pulls were started: shown until the last one ends.
    void start();
    bool isRunning() const;

signals:
    void runningChanged(bool running);

private:
    void progress(qint64 accountId, int links);
    void finished(qint64 accountId, bool ok, int links, const QString &message);
    void replayed(int sent, int stillPending, int failed);

    Backend &m_backend;
    QStatusBar *m_statusBar;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QStringList m_errors;
    QStringList m_failedAccounts;   // their names, for the status bar's short line
};

}   // namespace Linkdeck::Gui
