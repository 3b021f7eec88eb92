#pragma once

#include <QDialog>

#include "core/bulk/linktransfer.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Linkdeck {
class Backend;
}

namespace Linkdeck::Gui {

// Copy to Account… / Move to Account…: the selected links made on another account (core's
// Bulk::LinkTransfer), with the choice for a back-half taken there, progress, each link's
// old and new short URL, and the mapping file for the print team. Onto a service with request
// limits (Bitly, Rebrandly, Cuttly) it tells how long that takes, before and while it runs.
class TransferDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferDialog)
public:
    TransferDialog(Backend &backend, const QList<Link> &links, bool move, QWidget *parent = nullptr);

    const Bulk::TransferReport &report() const { return m_report; }
    bool saveMapping(const QString &path);
    // The work behind the dialog (tests follow its progress).
    Bulk::LinkTransfer &transfer() { return m_transfer; }

public slots:
    void start();

signals:
    void done(const Linkdeck::Bulk::TransferReport &report);

private:
    void finished(const Bulk::TransferReport &report);
    // Before starting: how long the links take at the chosen account's request limits.
    void showEstimate();
    QString targetService() const;

    Backend &m_backend;
    QList<Link> m_links;
    bool m_move;
    Bulk::LinkTransfer m_transfer;
    Bulk::TransferReport m_report;
    QComboBox *m_account = nullptr;
    QComboBox *m_conflict = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_save = nullptr;
    QString m_runService;   // the service the running transfer makes links on
};

}   // namespace Linkdeck::Gui
