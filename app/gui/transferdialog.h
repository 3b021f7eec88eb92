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
// old and new short URL, and the mapping file for the print team.
class TransferDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferDialog)
public:
    TransferDialog(Backend &backend, const QList<Link> &links, bool move, QWidget *parent = nullptr);

    const Bulk::TransferReport &report() const { return m_report; }
    bool saveMapping(const QString &path);

public slots:
    void start();

signals:
    void done(const Linkdeck::Bulk::TransferReport &report);

private:
    void finished(const Bulk::TransferReport &report);

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
};

}   // namespace Linkdeck::Gui
