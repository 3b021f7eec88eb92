#pragma once

#include <QDialog>

#include "core/bulk/exporter.h"

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace Linkdeck::Gui {

// File > Export Links…: where to write the links the table shows (CSV, Excel or JSON, by the
// file name; Browse… opens the system's save dialog) and whether each link's countries,
// referrers and devices go in too. It only collects: exportRequested(), once it has closed,
// tells what was chosen; LinkCommands::exportLinksTo writes the file.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    ExportDialog(const QString &path, QWidget *parent = nullptr);

    QString path() const;
    Bulk::ExportOptions options() const;
    void setPath(const QString &path);
    void setBreakdowns(bool on);

    void accept() override;

signals:
    void exportRequested(const QString &path, const Linkdeck::Bulk::ExportOptions &options);

private:
    void browse();

    QLineEdit *m_path = nullptr;
    QCheckBox *m_breakdowns = nullptr;
    QPushButton *m_export = nullptr;
};

}   // namespace Linkdeck::Gui
