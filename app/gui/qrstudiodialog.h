#pragma once

#include <QDialog>
#include <QWidget>

#include <optional>

#include "core/qrcode.h"
#include "print/labelsheet.h"
#include "print/qrbatch.h"
#include "print/qrrenderer.h"
#include "print/qrstyle.h"

class QCheckBox;
class QFormLayout;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QSpinBox;

namespace Linkdeck {
class Settings;
}

namespace Linkdeck::Gui {

// Draws a QR code with the same renderer the exports use.
class QrPreview final : public QWidget
{
    Q_OBJECT
public:
    explicit QrPreview(QWidget *parent = nullptr);
    void setCode(const std::optional<QrCode> &code, const Print::QrStyle &style);
    QSize sizeHint() const override { return {240, 260}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;   // drag the code out as an image

private:
    std::optional<QrCode> m_code;
    Print::QrStyle m_style;
};

// The QR studio: a live preview, the print options with their warnings beside them, and
// export to PNG, SVG, PDF and EPS (or the clipboard) for a link's short URL or any text.
class QrStudioDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrStudioDialog)
public:
    explicit QrStudioDialog(const QString &text, Settings *settings = nullptr, QWidget *parent = nullptr);
    // Several links: the preview shows the first; exports write one file per link into a folder.
    explicit QrStudioDialog(const QList<Print::BatchItem> &items, Settings *settings = nullptr, QWidget *parent = nullptr);

    void setLogo(const QString &path);   // empty removes it
    void applyPreset(const QString &name);
    static QStringList presetNames();

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
    void update();
    void savePreset();
    void exportAs(Print::QrRenderer::Format format);
    void exportBatch(Print::QrRenderer::Format format);
    void exportSheet();
    void printSheet();
    void pickColour(QColor *colour, QPushButton *button);
    void setColour(QColor *colour, const QColor &value);   // also shows it in its text field
    void colourEdited(QColor *colour, const QString &text);
    QLabel *addWarningRow(const QString &objectName);

    QLineEdit *m_text = nullptr;
    QComboBox *m_ecc = nullptr;
    QComboBox *m_shape = nullptr;
    QComboBox *m_finder = nullptr;
    QDoubleSpinBox *m_width = nullptr;
    QComboBox *m_sizeMode = nullptr;          // printed width or module size
    QDoubleSpinBox *m_moduleSize = nullptr;
    QSpinBox *m_minVersion = nullptr;
    QLineEdit *m_foregroundEdit = nullptr;   // "#14213d" or "cmyk(0,0,0,100)"
    QLineEdit *m_backgroundEdit = nullptr;
    QString m_colourError;                   // a colour field that does not parse
    QFormLayout *m_form = nullptr;
    // Warnings shown beside the options they concern.
    QLabel *m_eccWarning = nullptr;
    QLabel *m_sizeWarning = nullptr;
    QLabel *m_quietZoneWarning = nullptr;
    QLabel *m_coloursWarning = nullptr;
    QLabel *m_logoWarning = nullptr;
    QComboBox *m_sheetPaper = nullptr;
    QSpinBox *m_sheetColumns = nullptr;
    QSpinBox *m_sheetRows = nullptr;
    QDoubleSpinBox *m_sheetMargin = nullptr;
    QDoubleSpinBox *m_sheetGap = nullptr;
    QCheckBox *m_sheetCaptions = nullptr;
    QSpinBox *m_quietZone = nullptr;
    QSpinBox *m_dpi = nullptr;
    QPushButton *m_foregroundButton = nullptr;
    QPushButton *m_backgroundButton = nullptr;
    QCheckBox *m_transparent = nullptr;
    QLineEdit *m_caption = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_info = nullptr;
    QPushButton *m_logoButton = nullptr;
    QComboBox *m_preset = nullptr;
    QString m_logo;
    QList<Print::BatchItem> m_items;
    Settings *m_settings = nullptr;
    static QString s_nextPresetName;
    QrPreview *m_preview = nullptr;
    QColor m_foreground = Qt::black;
    QColor m_background = Qt::white;
    std::optional<QrCode> m_code;
    bool m_cmykNext = false;
    static QString s_nextFileName;
};

} // namespace Linkdeck::Gui
