#include "gui/qrstudiodialog.h"

#include "ui_qrstudiodialog.h"

#include "core/storage/settings.h"
#include "gui/tones.h"
#include "gui/withprogress.h"
#include "print/qrpreset.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLocale>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

QString QrStudioDialog::s_nextFileName;
QString QrStudioDialog::s_nextPresetName;

QrStudioDialog::QrStudioDialog(const QList<Print::BatchItem> &items, Settings *settings, QWidget *parent)
    : QrStudioDialog(items.isEmpty() ? QString() : items.first().text, settings, parent)
{
    m_items = items;
    if (items.size() > 1) {
        setWindowTitle(tr("QR Codes for %n Link(s)", nullptr, int(items.size())));
        m_ui->qrTextEdit->setReadOnly(true);
        m_ui->qrTextEdit->setToolTip(
            tr("The preview shows the first link; each link gets its own file, named by its back-half."));
    }
}

QrStudioDialog::QrStudioDialog(const QString &text, Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::QrStudioDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    setTone(m_ui->qrWarningsLabel, Tone::Warning);
    setObjectName(u"qrStudioDialog"_s);
    m_ui->qrStyleForm->takeRowsAbove(m_ui->contentForm);
    m_ui->qrTextEdit->setText(text);
    m_ui->qrPresetCombo->addItems(presetNames());
    if (m_settings)
        m_ui->qrPresetCombo->addItems(m_settings->qrPresetNames());
    m_ui->qrSavePresetButton->setEnabled(m_settings != nullptr);
    m_ui->qrSheetPaperCombo->setItemData(0, int(QPageSize::A4));
    m_ui->qrSheetPaperCombo->setItemData(1, int(QPageSize::Letter));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_ui->qrSheetPaperCombo->setCurrentIndex(1);

    const std::pair<QPushButton *, Print::QrRenderer::Format> exports[] = {
        {m_ui->qrExportPNGButton, Print::QrRenderer::Format::Png},
        {m_ui->qrExportSVGButton, Print::QrRenderer::Format::Svg},
        {m_ui->qrExportPDFButton, Print::QrRenderer::Format::Pdf},
        {m_ui->qrExportEPSButton, Print::QrRenderer::Format::Eps}};
    for (const auto &[button, format] : exports)
        connect(button, &QPushButton::clicked, this, [this, f = format] { exportAs(f); });
    connect(m_ui->qrExportCmykButton, &QPushButton::clicked, this,
            [this] { exportAs(Print::QrRenderer::Format::Pdf, true); });
    connect(m_ui->qrCopyImageButton, &QPushButton::clicked, this, [this] {
        if (m_code)
            QGuiApplication::clipboard()->setImage(Print::QrRenderer::toImage(*m_code, style()));
    });
    connect(m_ui->qrCopySvgButton, &QPushButton::clicked, this, [this] {
        if (!m_code)
            return;
        auto *mime = new QMimeData;
        const QByteArray svg = Print::QrRenderer::toSvg(*m_code, style());
        mime->setData(u"image/svg+xml"_s, svg);
        mime->setText(QString::fromUtf8(svg));
        QGuiApplication::clipboard()->setMimeData(mime);
    });
    connect(m_ui->qrSheetPdfButton, &QPushButton::clicked, this, &QrStudioDialog::exportSheet);
    connect(m_ui->qrSheetPrintButton, &QPushButton::clicked, this, &QrStudioDialog::printSheet);
    connect(m_ui->qrSavePresetButton, &QPushButton::clicked, this, &QrStudioDialog::savePreset);
    connect(m_ui->qrPresetCombo, &QComboBox::currentTextChanged, this, &QrStudioDialog::applyPreset);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->qrTextEdit, &QLineEdit::textChanged, this, &QrStudioDialog::refresh);
    connect(m_ui->qrStyleForm, &QrStyleForm::styleChanged, this, &QrStudioDialog::refresh);
    refresh();
}

QrStudioDialog::~QrStudioDialog() = default;

QStringList QrStudioDialog::presetNames()
{
    return Print::QrPresets::builtInNames();
}

void QrStudioDialog::applyPreset(const QString &name)
{
    const Print::QrStyle current = style();
    Result<Print::QrStyle> preset = Error::make(Error::Kind::Invalid, tr("There is no preset “%1”.").arg(name));
    if (m_settings && m_settings->qrPresetNames().contains(name)) {
        Print::QrStyle base;   // a saved preset is a whole style, less the caption
        base.caption = current.caption;
        preset = Print::QrPresets::fromMap(m_settings->qrPreset(name), base);
    } else if (const auto builtIn = Print::QrPresets::builtIn(name)) {
        preset = Print::QrPresets::fromMap(*builtIn, current);
    }
    if (!preset) {
        showError(tr("The preset “%1” cannot be used: %2").arg(name, preset.error().message));
        return;
    }
    if (const int index = m_ui->qrPresetCombo->findText(name); index >= 0) {
        const QSignalBlocker block(m_ui->qrPresetCombo);
        m_ui->qrPresetCombo->setCurrentIndex(index);
    }
    m_ui->qrStyleForm->setStyle(*preset);
}

void QrStudioDialog::setNextPresetName(const QString &name)
{
    s_nextPresetName = name;
}

void QrStudioDialog::savePreset()
{
    if (!m_settings)
        return;
    QString name = std::exchange(s_nextPresetName, QString());
    if (name.isEmpty()) {
        name = QInputDialog::getText(this, tr("Save Preset"), tr("Name of the preset:")).trimmed();
        if (name.isEmpty())
            return;
    }
    m_settings->setQrPreset(name, Print::QrPresets::toMap(style()));
    if (m_ui->qrPresetCombo->findText(name) < 0)
        m_ui->qrPresetCombo->addItem(name);
    const QSignalBlocker block(m_ui->qrPresetCombo);
    m_ui->qrPresetCombo->setCurrentIndex(m_ui->qrPresetCombo->findText(name));
}

void QrStudioDialog::setLogo(const QString &path)
{
    m_ui->qrStyleForm->setLogo(path);
}

void QrStudioDialog::setNextSaveFileName(const QString &path)
{
    s_nextFileName = path;
}

QString QrStudioDialog::takeNextFileName()
{
    return std::exchange(s_nextFileName, QString());
}

Print::QrStyle QrStudioDialog::style() const
{
    return m_ui->qrStyleForm->style();
}

void QrStudioDialog::showError(const QString &message)
{
    m_ui->qrWarningsLabel->setText(message);
    m_ui->qrWarningsLabel->show();
}

void QrStudioDialog::refresh()
{
    const Print::QrStyle s = style();
    const auto code = s.encode(m_ui->qrTextEdit->text());
    m_code.reset();
    if (code) {
        m_code = *code;
        m_ui->qrStyleForm->showWarnings(Print::QrChecks::check(*code, s));
        m_ui->qrWarningsLabel->clear();
        // Millimetres as the user writes numbers ("0,85 mm" in German).
        const QLocale locale;
        m_ui->qrInfoLabel->setText(
            tr("Version %1, %2 × %2 modules, %3 mm each, %4 × %5 mm")
                .arg(code->version())
                .arg(code->size())
                .arg(locale.toString(s.moduleSizeMm(*code), 'f', 2), locale.toString(s.totalWidthMm(*code), 'f', 1),
                     locale.toString(s.totalWidthMm(*code) * Print::QrRenderer::aspect(s), 'f', 1)));
    } else {
        m_ui->qrStyleForm->showWarnings({});
        m_ui->qrWarningsLabel->setText(code.error().message);
        m_ui->qrInfoLabel->clear();
    }
    m_ui->qrWarningsLabel->setVisible(!m_ui->qrWarningsLabel->text().isEmpty());
    m_ui->qrPreview->setCode(m_code, s);
}

void QrStudioDialog::exportBatch(Print::QrRenderer::Format format, bool cmyk)
{
    QString folder = takeNextFileName();
    if (folder.isEmpty()) {
        folder = QFileDialog::getExistingDirectory(this, tr("Folder for the QR Codes"),
                                                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
        if (folder.isEmpty())
            return;
    }
    Print::QrStyle s = style();
    s.cmyk = cmyk;
    const auto written = withProgress(
        this, u"qrBatchProgress"_s, tr("Writing QR codes…"), int(m_items.size()),
        [&](const auto &progress) { return Print::QrBatch::exportAll(m_items, s, format, folder, progress); });
    if (!written)
        return showError(written.error().message);
    for (const QString &path : *written)
        emit exported(path);
}

void QrStudioDialog::exportAs(Print::QrRenderer::Format format, bool cmyk)
{
    if (!m_code)
        return;
    if (m_items.size() > 1)
        return exportBatch(format, cmyk);
    const QString suffix = Print::QrRenderer::suffix(format);
    QString path = takeNextFileName();
    if (path.isEmpty()) {
        const QString start =
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + u"/qr-code."_s + suffix;
        path = QFileDialog::getSaveFileName(this, tr("Save QR Code"), start,
                                            tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
        if (path.isEmpty())
            return;
    }
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    Print::QrStyle s = style();
    s.cmyk = cmyk;
    if (const auto saved = Print::QrRenderer::save(*m_code, s, path, format); !saved)
        return showError(saved.error().message);
    emit exported(path);
}

QList<Print::SheetLabel> QrStudioDialog::sheetLabels() const
{
    QList<Print::BatchItem> items = m_items;
    if (items.size() <= 1)   // one code: a page of copies
        items = QList<Print::BatchItem>(sheetLayout().perPage(), Print::BatchItem{m_ui->qrTextEdit->text(), {}});
    const QString caption = style().caption;
    QList<Print::SheetLabel> labels;
    for (const Print::BatchItem &item : items) {
        QString text;
        if (m_ui->qrSheetCaptionsCheck->isChecked())   // the caption, else the short URL without its scheme
            text = caption.isEmpty() ? QString(item.text).remove(QRegularExpression(u"^https?://"_s)) : caption;
        labels << Print::SheetLabel{item.text, text};
    }
    return labels;
}

Print::SheetLayout QrStudioDialog::sheetLayout() const
{
    Print::SheetLayout layout;
    layout.paper = QPageSize::PageSizeId(m_ui->qrSheetPaperCombo->currentData().toInt());
    layout.columns = m_ui->qrSheetColumnsSpin->value();
    layout.rows = m_ui->qrSheetRowsSpin->value();
    layout.marginMm = m_ui->qrSheetMarginSpin->value();
    layout.gapMm = m_ui->qrSheetGapSpin->value();
    return layout;
}

void QrStudioDialog::exportSheet()
{
    QString path = takeNextFileName();
    if (path.isEmpty()) {
        const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/qr-labels.pdf"_s;
        path = QFileDialog::getSaveFileName(this, tr("Save Label Sheet"), start, tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
    }
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    const QList<Print::SheetLabel> labels = sheetLabels();
    const Print::SheetLayout layout = sheetLayout();
    const auto written = withProgress(
        this, u"qrSheetProgress"_s, tr("Writing the label sheet…"), layout.pageCount(labels.size()),
        [&](const auto &progress) { return Print::LabelSheet::writePdf(labels, layout, style(), path, progress); });
    if (!written)
        return showError(written.error().message);
    emit exported(path);
}

void QrStudioDialog::printSheetTo(QPrinter *printer)
{
    if (const auto printed = Print::LabelSheet::paint(*printer, sheetLabels(), sheetLayout(), style()); !printed)
        showError(printed.error().message);
}

void QrStudioDialog::printSheet()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(sheetLayout().paper));
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(u"qrSheetPrintPreview"_s);
    preview.setWindowTitle(tr("Print QR Labels"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &QrStudioDialog::printSheetTo);
    preview.exec();
}

}   // namespace Linkdeck::Gui
