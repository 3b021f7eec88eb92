#pragma once

#include <QDialog>

#include <memory>
#include <optional>

#include "core/links/qrcode.h"
#include "print/labelsheet.h"
#include "print/qrbatch.h"
#include "print/qrrenderer.h"
#include "print/qrstyle.h"

class QPrinter;

namespace Ui {
class QrStudioDialog;
}

namespace Linkdeck {
class Settings;
}

namespace Linkdeck::Gui {

// The QR studio (qrstudiodialog.ui): the content, a preset, the style (QrStyleForm) with its
// warnings, a live preview, and export to PNG, SVG, PDF and EPS (or the clipboard) and to a
// label sheet, for a link's short URL or any text. It collects the choices and hands them to
// print/: the renderer, the label sheet and the preset format are all there.
class QrStudioDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrStudioDialog)
public:
    explicit QrStudioDialog(const QString &text, Settings *settings = nullptr, QWidget *parent = nullptr);
    // Several links: the preview shows the first; exports write one file per link into a folder.
    explicit QrStudioDialog(const QList<Print::BatchItem> &items, Settings *settings = nullptr,
                            QWidget *parent = nullptr);
    ~QrStudioDialog() override;

    void setLogo(const QString &path);   // empty removes it
    // A built-in preset (its translated or English name) or one saved in the settings.
    void applyPreset(const QString &name);
    static QStringList presetNames();   // the built-in ones

    // Tests answer the save dialog through this (KeePassXC's file-dialog seam).
    static void setNextSaveFileName(const QString &path);
    static void setNextPresetName(const QString &name);   // answers "Save Preset" in tests
    Print::QrStyle style() const;

    // The label sheet: the links of the studio (one link fills a page with copies), captioned
    // with their short URLs or the studio's caption, in the grid of the sheet options.
    QList<Print::SheetLabel> sheetLabels() const;
    Print::SheetLayout sheetLayout() const;
    void printSheetTo(QPrinter *printer);   // what the print preview paints

signals:
    void exported(const QString &path);

private:
    void refresh();
    void showError(const QString &message);
    void savePreset();
    void exportAs(Print::QrRenderer::Format format, bool cmyk = false);
    void exportBatch(Print::QrRenderer::Format format, bool cmyk);
    void exportSheet();
    void printSheet();
    static QString takeNextFileName();

    std::unique_ptr<Ui::QrStudioDialog> m_ui;
    QList<Print::BatchItem> m_items;
    Settings *m_settings = nullptr;
    std::optional<QrCode> m_code;
    static QString s_nextFileName;
    static QString s_nextPresetName;
};

}   // namespace Linkdeck::Gui
