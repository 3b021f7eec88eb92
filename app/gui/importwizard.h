#pragma once

#include <QFile>
#include <QWizard>

#include <memory>

#include "core/bulk/importer.h"

namespace Linkdeck {
class Backend;
}

namespace Linkdeck::Gui {

// File > Import Links…: a table of links (CSV or TSV as Excel and LibreOffice save them, JSON,
// or the exports of Bitly, Rebrandly, Shlink, YOURLS and Kutt) made into links of one account,
// as a person expects it: pick the file and the account, see the columns as detected and
// change any, see every row's verdict before anything is made, then run it with progress and
// Stop, and keep the report. The import itself is core's (Bulk::Importer); a second import of
// the same file makes nothing twice.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)
public:
    enum PageId { FilePage, ColumnsPage, PreviewPage, RunPage };

    ImportWizard(Backend &backend, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // The chosen file, opened, with the importer for the chosen account; false with a sentence.
    bool openFile(const QString &path, qint64 accountId, QString *error);
    Bulk::Importer *importer() const { return m_importer.get(); }
    Bulk::ImportOptions options() const;
    void setConflictMode(Bulk::ConflictMode mode) { m_conflict = mode; }
    // The first rows of the file, for the columns page (read apart from the importer).
    QList<QStringList> sampleRows(int count);

private:
    Backend &m_backend;
    QFile m_file;
    std::unique_ptr<Bulk::Importer> m_importer;
    Bulk::ConflictMode m_conflict = Bulk::ConflictMode::Skip;
};

}   // namespace Linkdeck::Gui
