#pragma once

#include <QBuffer>
#include <QDialog>
#include <QTimer>

#include <memory>

#include "core/bulk/campaignmatrix.h"
#include "core/links/link.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Linkdeck {
class Backend;
namespace Bulk {
class Importer;
struct ImportReport;
}   // namespace Bulk
}   // namespace Linkdeck

namespace Linkdeck::Gui {

// File > New Campaign…: a campaign's links as a matrix (destinations x sources x mediums x
// contents, core's Bulk::CampaignMatrix), previewed as a table while it is typed, made in one
// go on the chosen account (through the importer: made once, however often Create is
// pressed), then offered for QR codes and labels.
class CampaignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDialog)
public:
    explicit CampaignDialog(Backend &backend, QWidget *parent = nullptr);
    ~CampaignDialog() override;

    Bulk::CampaignMatrix matrix() const;
    const QList<Link> &createdLinks() const { return m_created; }

    // Something typed since the dialog opened that has not become links yet.
    bool hasUncreatedInput() const;

public slots:
    void create();
    // Esc, Close or the window's close button: with typed input whose links are not created,
    // asks whether to create them, discard the input or go on editing. While the links are
    // being made, asks whether to stop; stopped, the dialog stays and lists what was made.
    void reject() override;

signals:
    void created(const QList<Linkdeck::Link> &links);
    void qrCodesRequested(const QList<Linkdeck::Link> &links);
    void labelsRequested(const QList<Linkdeck::Link> &links);

private:
    void preview();
    QStringList formState() const;
    void finished(const Bulk::ImportReport &report);

    Backend &m_backend;
    QLineEdit *m_campaign = nullptr;
    QPlainTextEdit *m_destinations = nullptr;
    QLineEdit *m_sources = nullptr;
    QLineEdit *m_mediums = nullptr;
    QLineEdit *m_contents = nullptr;
    QLineEdit *m_pattern = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_account = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_problem = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_qr = nullptr;
    QPushButton *m_labels = nullptr;
    QTimer m_previewTimer;
    QList<Bulk::CampaignMatrix::Row> m_rows;
    QBuffer m_csv;   // the matrix as a table, for the importer
    std::unique_ptr<Bulk::Importer> m_importer;
    QList<Link> m_created;
    QStringList m_openedState;   // formState() as opened, or when its links were created
};

}   // namespace Linkdeck::Gui
