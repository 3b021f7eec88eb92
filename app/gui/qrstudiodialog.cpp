#include "gui/qrstudiodialog.h"

#include "core/settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QDrag>
#include <QFileInfo>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QInputDialog>
#include <QLineEdit>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

QString QrStudioDialog::s_nextFileName;
QString QrStudioDialog::s_nextPresetName;

QrPreview::QrPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"qrPreview"_s);
    setMinimumSize(160, 160);
    setToolTip(tr("Drag the code into another application"));
}

void QrPreview::setCode(const std::optional<QrCode> &code, const Print::QrStyle &style)
{
    m_code = code;
    m_style = style;
    update();
}

void QrPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_code)
        return;
    const double aspect = Print::QrRenderer::aspect(m_style);
    const double side = qMin(double(width()), height() / aspect);
    const QRectF target((width() - side) / 2, (height() - side * aspect) / 2, side, side * aspect);
    if (m_style.transparentBackground)   // a checkerboard shows what is see-through
        painter.fillRect(target, QBrush(Qt::lightGray, Qt::Dense6Pattern));
    Print::QrRenderer::render(painter, target, *m_code, m_style);
}

void QrPreview::mousePressEvent(QMouseEvent *event)
{
    if (!m_code || event->button() != Qt::LeftButton)
        return;
    auto *mime = new QMimeData;
    mime->setImageData(Print::QrRenderer::toImage(*m_code, m_style));
    mime->setData(u"image/svg+xml"_s, Print::QrRenderer::toSvg(*m_code, m_style));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->setPixmap(grab().scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    drag->exec(Qt::CopyAction);
}

QrStudioDialog::QrStudioDialog(const QList<Print::BatchItem> &items, Settings *settings, QWidget *parent)
    : QrStudioDialog(items.isEmpty() ? QString() : items.first().text, settings, parent)
{
    m_items = items;
    if (items.size() > 1) {
        setWindowTitle(tr("QR Codes for %n Link(s)", nullptr, int(items.size())));
        m_text->setReadOnly(true);
        m_text->setToolTip(tr("The preview shows the first link; each link gets its own file, named by its back-half."));
    }
}

// Built-in presets; the studio starts from "Standard".
struct Preset
{
    const char *name;
    double widthMm;
    QrCode::Ecc ecc;
    Print::QrStyle::ModuleShape shape;
    int quietZone;
};
static const Preset presets[] = {
    {QT_TRANSLATE_NOOP("Linkdeck::Gui::QrStudioDialog", "Standard"), 30, QrCode::Ecc::M, Print::QrStyle::ModuleShape::Square, 4},
    {QT_TRANSLATE_NOOP("Linkdeck::Gui::QrStudioDialog", "Brand print"), 40, QrCode::Ecc::Q, Print::QrStyle::ModuleShape::Rounded, 4},
    {QT_TRANSLATE_NOOP("Linkdeck::Gui::QrStudioDialog", "Business card"), 18, QrCode::Ecc::M, Print::QrStyle::ModuleShape::Square, 4},
    {QT_TRANSLATE_NOOP("Linkdeck::Gui::QrStudioDialog", "Poster"), 150, QrCode::Ecc::H, Print::QrStyle::ModuleShape::Dots, 4},
};

QStringList QrStudioDialog::presetNames()
{
    QStringList names;
    for (const Preset &p : presets)
        names << tr(p.name);
    return names;
}

void QrStudioDialog::applyPreset(const QString &name)
{
    if (m_settings && m_settings->qrPresetNames().contains(name)) {
        const QVariantMap p = m_settings->qrPreset(name);
        m_width->setValue(p.value(u"widthMm"_s, 30).toDouble());
        const double moduleMm = p.value(u"moduleMm"_s, 0).toDouble();
        if (moduleMm > 0)
            m_moduleSize->setValue(moduleMm);
        m_sizeMode->setCurrentIndex(moduleMm > 0 ? 1 : 0);
        m_minVersion->setValue(p.value(u"minimumVersion"_s, 0).toInt());
        m_ecc->setCurrentIndex(m_ecc->findData(p.value(u"ecc"_s).toInt()));
        m_shape->setCurrentIndex(m_shape->findData(p.value(u"shape"_s).toInt()));
        m_finder->setCurrentIndex(m_finder->findData(p.value(u"finder"_s).toInt()));
        m_quietZone->setValue(p.value(u"quietZone"_s, 4).toInt());
        m_dpi->setValue(p.value(u"dpi"_s, 300).toInt());
        setColour(&m_foreground, Print::QrStyle::parseColour(p.value(u"foreground"_s).toString()).value_or(QColor(Qt::black)));
        setColour(&m_background, Print::QrStyle::parseColour(p.value(u"background"_s).toString()).value_or(QColor(Qt::white)));
        m_transparent->setChecked(p.value(u"transparent"_s).toBool());
        setLogo(p.value(u"logo"_s).toString());
        return;
    }
    for (const Preset &p : presets) {
        if (tr(p.name) != name && QString::fromLatin1(p.name) != name)
            continue;
        m_width->setValue(p.widthMm);
        m_sizeMode->setCurrentIndex(0);
        m_ecc->setCurrentIndex(m_ecc->findData(int(p.ecc)));
        m_shape->setCurrentIndex(m_shape->findData(int(p.shape)));
        m_quietZone->setValue(p.quietZone);
        const int index = m_preset->findText(tr(p.name));
        if (index >= 0 && m_preset->currentIndex() != index)
            m_preset->setCurrentIndex(index);
    }
}

void QrStudioDialog::setNextPresetName(const QString &name)
{
    s_nextPresetName = name;
}

void QrStudioDialog::savePreset()
{
    if (!m_settings)
        return;
    QString name = s_nextPresetName;
    s_nextPresetName.clear();
    if (name.isEmpty()) {
        name = QInputDialog::getText(this, tr("Save Preset"), tr("Name of the preset:")).trimmed();
        if (name.isEmpty())
            return;
    }
    const Print::QrStyle s = style();
    m_settings->setQrPreset(name, QVariantMap{{u"widthMm"_s, s.widthMm},
                                              {u"moduleMm"_s, s.moduleMm},
                                              {u"minimumVersion"_s, s.minimumVersion},
                                              {u"ecc"_s, int(s.ecc)},
                                              {u"shape"_s, int(s.shape)},
                                              {u"finder"_s, int(s.finder)},
                                              {u"quietZone"_s, s.quietZone},
                                              {u"dpi"_s, s.dpi},
                                              {u"foreground"_s, Print::QrStyle::colourName(s.foreground)},
                                              {u"background"_s, Print::QrStyle::colourName(s.background)},
                                              {u"transparent"_s, s.transparentBackground},
                                              {u"logo"_s, s.logoPath}});
    if (m_preset->findText(name) < 0)
        m_preset->addItem(name);
    const QSignalBlocker block(m_preset);
    m_preset->setCurrentIndex(m_preset->findText(name));
}

void QrStudioDialog::setLogo(const QString &path)
{
    m_logo = path;
    m_logoButton->setText(path.isEmpty() ? tr("Choose…") : QFileInfo(path).fileName());
    update();
}

QrStudioDialog::QrStudioDialog(const QString &text, Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(u"qrStudioDialog"_s);
    setWindowTitle(tr("QR Code"));
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_form = form;

    m_text = new QLineEdit(text, this);
    m_text->setObjectName(u"qrTextEdit"_s);
    form->addRow(tr("&Content:"), m_text);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(u"qrPresetCombo"_s);
    m_preset->addItems(presetNames());
    if (m_settings)
        m_preset->addItems(m_settings->qrPresetNames());
    auto *savePresetButton = new QPushButton(tr("Save…"), this);
    savePresetButton->setObjectName(u"qrSavePresetButton"_s);
    savePresetButton->setToolTip(tr("Remember these settings under a name"));
    savePresetButton->setEnabled(m_settings != nullptr);
    connect(savePresetButton, &QPushButton::clicked, this, &QrStudioDialog::savePreset);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_preset, 1);
    presetRow->addWidget(savePresetButton);
    auto *presetLabel = new QLabel(tr("Pre&set:"), this);
    presetLabel->setBuddy(m_preset);
    form->addRow(presetLabel, presetRow);
    m_ecc = new QComboBox(this);
    m_ecc->setObjectName(u"qrEccCombo"_s);
    m_ecc->addItem(tr("Low (7 %)"), int(QrCode::Ecc::L));
    m_ecc->addItem(tr("Medium (15 %)"), int(QrCode::Ecc::M));
    m_ecc->addItem(tr("Quartile (25 %)"), int(QrCode::Ecc::Q));
    m_ecc->addItem(tr("High (30 %)"), int(QrCode::Ecc::H));
    m_ecc->setCurrentIndex(1);
    form->addRow(tr("&Error correction:"), m_ecc);
    m_eccWarning = addWarningRow(u"qrEccWarning"_s);
    m_minVersion = new QSpinBox(this);
    m_minVersion->setObjectName(u"qrMinVersionSpin"_s);
    m_minVersion->setRange(0, 40);
    m_minVersion->setSpecialValueText(tr("Automatic"));
    m_minVersion->setToolTip(tr("Keep the code at least this version (1 to 40), e.g. so that a series of codes has one size"));
    form->addRow(tr("Minimum &version:"), m_minVersion);
    m_shape = new QComboBox(this);
    m_shape->setObjectName(u"qrShapeCombo"_s);
    m_shape->addItem(tr("Squares"), int(Print::QrStyle::ModuleShape::Square));
    m_shape->addItem(tr("Rounded"), int(Print::QrStyle::ModuleShape::Rounded));
    m_shape->addItem(tr("Dots"), int(Print::QrStyle::ModuleShape::Dots));
    form->addRow(tr("&Modules:"), m_shape);
    m_finder = new QComboBox(this);
    m_finder->setObjectName(u"qrFinderCombo"_s);
    m_finder->addItem(tr("Square"), int(Print::QrStyle::FinderShape::Square));
    m_finder->addItem(tr("Rounded"), int(Print::QrStyle::FinderShape::Rounded));
    form->addRow(tr("Corner ma&rks:"), m_finder);
    m_width = new QDoubleSpinBox(this);
    m_width->setObjectName(u"qrWidthSpin"_s);
    m_width->setRange(5, 1000);
    m_width->setDecimals(1);
    m_width->setSuffix(tr(" mm"));
    m_width->setValue(30);
    m_width->setToolTip(tr("The printed width of the code, quiet zone included"));
    m_moduleSize = new QDoubleSpinBox(this);
    m_moduleSize->setObjectName(u"qrModuleSizeSpin"_s);
    m_moduleSize->setRange(0.1, 20);
    m_moduleSize->setDecimals(2);
    m_moduleSize->setSingleStep(0.05);
    m_moduleSize->setSuffix(tr(" mm"));
    m_moduleSize->setValue(0.5);
    m_moduleSize->setToolTip(tr("The printed size of one module (one square of the code)"));
    m_moduleSize->hide();
    m_sizeMode = new QComboBox(this);
    m_sizeMode->setObjectName(u"qrSizeModeCombo"_s);
    m_sizeMode->addItem(tr("Printed width"));
    m_sizeMode->addItem(tr("Module size"));
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_sizeMode);
    sizeRow->addWidget(m_width, 1);
    sizeRow->addWidget(m_moduleSize, 1);
    auto *sizeLabel = new QLabel(tr("Si&ze:"), this);
    sizeLabel->setBuddy(m_sizeMode);
    form->addRow(sizeLabel, sizeRow);
    m_sizeWarning = addWarningRow(u"qrSizeWarning"_s);
    m_quietZone = new QSpinBox(this);
    m_quietZone->setObjectName(u"qrQuietZoneSpin"_s);
    m_quietZone->setRange(0, 20);
    m_quietZone->setValue(4);
    m_quietZone->setSuffix(tr(" modules"));
    form->addRow(tr("&Quiet zone:"), m_quietZone);
    m_quietZoneWarning = addWarningRow(u"qrQuietZoneWarning"_s);
    m_dpi = new QSpinBox(this);
    m_dpi->setObjectName(u"qrDpiSpin"_s);
    m_dpi->setRange(72, 4800);
    m_dpi->setValue(300);
    m_dpi->setSuffix(tr(" dpi"));
    form->addRow(tr("PNG resol&ution:"), m_dpi);
    const QString colourTip = tr("#rrggbb, a colour name, or cmyk(c,m,y,k) in percent, e.g. cmyk(0,0,0,100) for pure black");
    m_foregroundEdit = new QLineEdit(this);
    m_foregroundEdit->setObjectName(u"qrForegroundEdit"_s);
    m_foregroundEdit->setToolTip(colourTip);
    m_foregroundButton = new QPushButton(this);
    m_foregroundButton->setObjectName(u"qrForegroundButton"_s);
    m_foregroundButton->setToolTip(tr("Choose a colour"));
    auto *fgRow = new QHBoxLayout;
    fgRow->addWidget(m_foregroundEdit, 1);
    fgRow->addWidget(m_foregroundButton);
    auto *fgLabel = new QLabel(tr("&Foreground:"), this);
    fgLabel->setBuddy(m_foregroundEdit);
    form->addRow(fgLabel, fgRow);
    m_backgroundEdit = new QLineEdit(this);
    m_backgroundEdit->setObjectName(u"qrBackgroundEdit"_s);
    m_backgroundEdit->setToolTip(colourTip);
    m_backgroundButton = new QPushButton(this);
    m_backgroundButton->setObjectName(u"qrBackgroundButton"_s);
    m_backgroundButton->setToolTip(tr("Choose a colour"));
    m_transparent = new QCheckBox(tr("Transparent"), this);
    m_transparent->setObjectName(u"qrTransparentCheck"_s);
    auto *bgRow = new QHBoxLayout;
    bgRow->addWidget(m_backgroundEdit, 1);
    bgRow->addWidget(m_backgroundButton);
    bgRow->addWidget(m_transparent);
    auto *bgLabel = new QLabel(tr("&Background:"), this);
    bgLabel->setBuddy(m_backgroundEdit);
    form->addRow(bgLabel, bgRow);
    m_coloursWarning = addWarningRow(u"qrColoursWarning"_s);
    m_foregroundEdit->setText(Print::QrStyle::colourName(m_foreground));
    m_backgroundEdit->setText(Print::QrStyle::colourName(m_background));
    connect(m_foregroundEdit, &QLineEdit::textEdited, this, [this](const QString &t) { colourEdited(&m_foreground, t); });
    connect(m_backgroundEdit, &QLineEdit::textEdited, this, [this](const QString &t) { colourEdited(&m_background, t); });
    m_logoButton = new QPushButton(tr("Choose…"), this);
    m_logoButton->setObjectName(u"qrLogoButton"_s);
    auto *removeLogo = new QPushButton(tr("Remove"), this);
    removeLogo->setObjectName(u"qrRemoveLogoButton"_s);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoButton, 1);
    logoRow->addWidget(removeLogo);
    auto *logoLabel = new QLabel(tr("&Logo:"), this);
    logoLabel->setBuddy(m_logoButton);
    form->addRow(logoLabel, logoRow);
    m_logoWarning = addWarningRow(u"qrLogoWarning"_s);
    connect(m_logoButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Logo"), m_logo,
                                                          tr("Images (*.png *.svg *.jpg *.jpeg)"));
        if (!path.isEmpty())
            setLogo(path);
    });
    connect(removeLogo, &QPushButton::clicked, this, [this] { setLogo({}); });
    m_caption = new QLineEdit(this);
    m_caption->setObjectName(u"qrCaptionEdit"_s);
    m_caption->setPlaceholderText(tr("Optional text under the code"));
    form->addRow(tr("Ca&ption:"), m_caption);
    left->addLayout(form);

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(u"qrWarningsLabel"_s);
    m_warnings->setWordWrap(true);
    QPalette warn = m_warnings->palette();
    warn.setColor(QPalette::WindowText, QColor(0x9a, 0x5b, 0x00));
    m_warnings->setPalette(warn);
    left->addWidget(m_warnings);
    left->addStretch();

    auto *exports = new QHBoxLayout;
    const std::pair<const char *, Print::QrRenderer::Format> formats[] = {
        {QT_TR_NOOP("PNG…"), Print::QrRenderer::Format::Png}, {QT_TR_NOOP("SVG…"), Print::QrRenderer::Format::Svg},
        {QT_TR_NOOP("PDF…"), Print::QrRenderer::Format::Pdf}, {QT_TR_NOOP("EPS…"), Print::QrRenderer::Format::Eps}};
    for (const auto &[label, format] : formats) {
        auto *button = new QPushButton(tr(label), this);
        button->setObjectName(u"qrExport"_s + QString::fromLatin1(label).left(3) + u"Button"_s);
        button->setToolTip(tr("Save the code as a file"));
        const auto f = format;
        connect(button, &QPushButton::clicked, this, [this, f] { exportAs(f); });
        exports->addWidget(button);
    }
    left->addLayout(exports);
    auto *cmykButton = new QPushButton(tr("CMYK PDF…"), this);
    cmykButton->setObjectName(u"qrExportCmykButton"_s);
    cmykButton->setToolTip(tr("A PDF in CMYK with the modules in pure black (K), as print shops ask for"));
    connect(cmykButton, &QPushButton::clicked, this, [this] {
        m_cmykNext = true;
        exportAs(Print::QrRenderer::Format::Pdf);
        m_cmykNext = false;
    });
    exports->addWidget(cmykButton);
    auto *copyRow = new QHBoxLayout;
    auto *copyImage = new QPushButton(tr("Copy Image"), this);
    copyImage->setObjectName(u"qrCopyImageButton"_s);
    auto *copySvg = new QPushButton(tr("Copy SVG"), this);
    copySvg->setObjectName(u"qrCopySvgButton"_s);
    copyRow->addWidget(copyImage);
    copyRow->addWidget(copySvg);
    left->addLayout(copyRow);
    connect(copyImage, &QPushButton::clicked, this, [this] {
        if (m_code)
            QGuiApplication::clipboard()->setImage(Print::QrRenderer::toImage(*m_code, style()));
    });
    connect(copySvg, &QPushButton::clicked, this, [this] {
        if (!m_code)
            return;
        auto *mime = new QMimeData;
        const QByteArray svg = Print::QrRenderer::toSvg(*m_code, style());
        mime->setData(u"image/svg+xml"_s, svg);
        mime->setText(QString::fromUtf8(svg));
        QGuiApplication::clipboard()->setMimeData(mime);
    });
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    left->addWidget(close);
    layout->addLayout(left);

    auto *right = new QVBoxLayout;
    m_preview = new QrPreview(this);
    right->addWidget(m_preview, 1);
    m_info = new QLabel(this);
    m_info->setObjectName(u"qrInfoLabel"_s);
    m_info->setAlignment(Qt::AlignCenter);
    right->addWidget(m_info);

    auto *sheet = new QGroupBox(tr("Label Sheet"), this);
    sheet->setObjectName(u"qrSheetGroup"_s);
    auto *sheetForm = new QFormLayout(sheet);
    m_sheetPaper = new QComboBox(sheet);
    m_sheetPaper->setObjectName(u"qrSheetPaperCombo"_s);
    m_sheetPaper->addItem(tr("A4"), int(QPageSize::A4));
    m_sheetPaper->addItem(tr("US Letter"), int(QPageSize::Letter));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_sheetPaper->setCurrentIndex(1);
    m_sheetColumns = new QSpinBox(sheet);
    m_sheetColumns->setObjectName(u"qrSheetColumnsSpin"_s);
    m_sheetColumns->setRange(1, 20);
    m_sheetColumns->setValue(4);
    m_sheetRows = new QSpinBox(sheet);
    m_sheetRows->setObjectName(u"qrSheetRowsSpin"_s);
    m_sheetRows->setRange(1, 30);
    m_sheetRows->setValue(6);
    auto *gridRow = new QHBoxLayout;
    gridRow->addWidget(m_sheetPaper);
    gridRow->addWidget(m_sheetColumns);
    gridRow->addWidget(new QLabel(tr("×"), sheet));
    gridRow->addWidget(m_sheetRows);
    auto *gridLabel = new QLabel(tr("Paper, gr&id:"), sheet);
    gridLabel->setBuddy(m_sheetPaper);
    sheetForm->addRow(gridLabel, gridRow);
    m_sheetMargin = new QDoubleSpinBox(sheet);
    m_sheetMargin->setObjectName(u"qrSheetMarginSpin"_s);
    m_sheetMargin->setRange(0, 50);
    m_sheetMargin->setDecimals(1);
    m_sheetMargin->setSuffix(tr(" mm"));
    m_sheetMargin->setValue(10);
    m_sheetMargin->setToolTip(tr("Margin around the page"));
    m_sheetGap = new QDoubleSpinBox(sheet);
    m_sheetGap->setObjectName(u"qrSheetGapSpin"_s);
    m_sheetGap->setRange(0, 50);
    m_sheetGap->setDecimals(1);
    m_sheetGap->setSuffix(tr(" mm"));
    m_sheetGap->setValue(4);
    m_sheetGap->setToolTip(tr("Gap between the labels"));
    auto *spacingRow = new QHBoxLayout;
    spacingRow->addWidget(m_sheetMargin);
    spacingRow->addWidget(m_sheetGap);
    auto *spacingLabel = new QLabel(tr("Mar&gin, gap:"), sheet);
    spacingLabel->setBuddy(m_sheetMargin);
    sheetForm->addRow(spacingLabel, spacingRow);
    m_sheetCaptions = new QCheckBox(tr("Short URL under each code"), sheet);
    m_sheetCaptions->setObjectName(u"qrSheetCaptionsCheck"_s);
    m_sheetCaptions->setChecked(true);
    sheetForm->addRow(QString(), m_sheetCaptions);
    auto *sheetButtons = new QHBoxLayout;
    auto *sheetPdf = new QPushButton(tr("Sheet PDF…"), sheet);
    sheetPdf->setObjectName(u"qrSheetPdfButton"_s);
    sheetPdf->setToolTip(tr("Save the label sheet as a PDF"));
    auto *sheetPrint = new QPushButton(tr("Print…"), sheet);
    sheetPrint->setObjectName(u"qrSheetPrintButton"_s);
    sheetPrint->setToolTip(tr("Print the label sheet, with a preview"));
    sheetButtons->addWidget(sheetPdf);
    sheetButtons->addWidget(sheetPrint);
    sheetForm->addRow(sheetButtons);
    connect(sheetPdf, &QPushButton::clicked, this, &QrStudioDialog::exportSheet);
    connect(sheetPrint, &QPushButton::clicked, this, &QrStudioDialog::printSheet);
    right->addWidget(sheet);
    layout->addLayout(right, 1);

    connect(m_foregroundButton, &QPushButton::clicked, this, [this] { pickColour(&m_foreground, m_foregroundButton); });
    connect(m_backgroundButton, &QPushButton::clicked, this, [this] { pickColour(&m_background, m_backgroundButton); });
    for (QLineEdit *edit : {m_text, m_caption})
        connect(edit, &QLineEdit::textChanged, this, &QrStudioDialog::update);
    for (QComboBox *combo : {m_ecc, m_shape, m_finder})
        connect(combo, &QComboBox::currentIndexChanged, this, &QrStudioDialog::update);
    for (QDoubleSpinBox *spin : {m_width, m_moduleSize})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &QrStudioDialog::update);
    connect(m_sizeMode, &QComboBox::currentIndexChanged, this, [this](int mode) {
        m_width->setVisible(mode == 0);
        m_moduleSize->setVisible(mode == 1);
        update();
    });
    for (QSpinBox *spin : {m_quietZone, m_dpi, m_minVersion})
        connect(spin, &QSpinBox::valueChanged, this, &QrStudioDialog::update);
    connect(m_transparent, &QCheckBox::toggled, this, &QrStudioDialog::update);
    connect(m_preset, &QComboBox::currentTextChanged, this, &QrStudioDialog::applyPreset);
    update();
}

void QrStudioDialog::setNextSaveFileName(const QString &path)
{
    s_nextFileName = path;
}

Print::QrStyle QrStudioDialog::style() const
{
    Print::QrStyle s;
    s.ecc = QrCode::Ecc(m_ecc->currentData().toInt());
    s.shape = Print::QrStyle::ModuleShape(m_shape->currentData().toInt());
    s.finder = Print::QrStyle::FinderShape(m_finder->currentData().toInt());
    s.widthMm = m_width->value();
    s.moduleMm = m_sizeMode->currentIndex() == 1 ? m_moduleSize->value() : 0.0;
    s.minimumVersion = m_minVersion->value();
    s.quietZone = m_quietZone->value();
    s.dpi = m_dpi->value();
    s.foreground = m_foreground;
    s.background = m_background;
    s.transparentBackground = m_transparent->isChecked();
    s.caption = m_caption->text();
    s.logoPath = m_logo;
    return s;
}

void QrStudioDialog::pickColour(QColor *colour, QPushButton *button)
{
    const QColor picked = QColorDialog::getColor(*colour, this, tr("Choose a colour"));
    if (!picked.isValid())
        return;
    Q_UNUSED(button)
    setColour(colour, picked);
}

void QrStudioDialog::setColour(QColor *colour, const QColor &value)
{
    *colour = value;
    QLineEdit *edit = colour == &m_foreground ? m_foregroundEdit : m_backgroundEdit;
    edit->setText(Print::QrStyle::colourName(value));
    m_colourError.clear();
    update();
}

void QrStudioDialog::colourEdited(QColor *colour, const QString &text)
{
    if (const auto parsed = Print::QrStyle::parseColour(text)) {
        *colour = *parsed;
        m_colourError.clear();
    } else {
        m_colourError = tr("“%1” is not a colour: use #rrggbb, a name such as black, or cmyk(0,0,0,100).").arg(text);
    }
    update();
}

QLabel *QrStudioDialog::addWarningRow(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette warn = label->palette();
    warn.setColor(QPalette::WindowText, QColor(0x9a, 0x5b, 0x00));
    label->setPalette(warn);
    m_form->addRow(QString(), label);
    m_form->setRowVisible(label, false);
    return label;
}

void QrStudioDialog::update()
{
    auto swatch = [](QPushButton *button, const QColor &c) {
        QPixmap icon(16, 16);
        icon.fill(c);
        button->setIcon(icon);
    };
    swatch(m_foregroundButton, m_foreground);
    swatch(m_backgroundButton, m_background);
    m_backgroundButton->setEnabled(!m_transparent->isChecked());
    m_backgroundEdit->setEnabled(!m_transparent->isChecked());

    const Print::QrStyle s = style();
    const auto code = s.encode(m_text->text());
    m_code.reset();
    QHash<QLabel *, QStringList> beside;   // warning label -> its messages
    using Option = Print::QrWarning::Option;
    const QHash<Option, QLabel *> labels = {{Option::ErrorCorrection, m_eccWarning}, {Option::QuietZone, m_quietZoneWarning},
                                            {Option::Size, m_sizeWarning}, {Option::Colours, m_coloursWarning},
                                            {Option::Logo, m_logoWarning}};
    if (!m_colourError.isEmpty())
        beside[m_coloursWarning] << m_colourError;
    if (code) {
        m_code = *code;
        for (const Print::QrWarning &w : Print::QrChecks::check(*code, s))
            beside[labels.value(w.option)] << w.message;
        m_warnings->clear();
        m_info->setText(tr("Version %1, %2 × %2 modules, %3 mm each, %4 × %5 mm")
                            .arg(code->version()).arg(code->size())
                            .arg(s.moduleSizeMm(*code), 0, 'f', 2)
                            .arg(s.totalWidthMm(*code), 0, 'f', 1)
                            .arg(s.totalWidthMm(*code) * Print::QrRenderer::aspect(s), 0, 'f', 1));
    } else {
        m_warnings->setText(code.error().message);
        m_info->clear();
    }
    for (QLabel *label : labels) {
        label->setText(beside.value(label).join(u"\n"_s));
        m_form->setRowVisible(label, !label->text().isEmpty());
    }
    m_warnings->setVisible(!m_warnings->text().isEmpty());
    m_preview->setCode(m_code, s);
}

void QrStudioDialog::exportBatch(Print::QrRenderer::Format format)
{
    QString folder = s_nextFileName;
    s_nextFileName.clear();
    if (folder.isEmpty()) {
        folder = QFileDialog::getExistingDirectory(this, tr("Folder for the QR Codes"),
                                                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
        if (folder.isEmpty())
            return;
    }
    QProgressDialog progress(tr("Writing QR codes…"), tr("Cancel"), 0, int(m_items.size()), this);
    progress.setObjectName(u"qrBatchProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    Print::QrStyle s = style();
    s.cmyk = m_cmykNext;
    const auto written = Print::QrBatch::exportAll(m_items, s, format, folder, [&progress](int done, int) {
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!written) {
        m_warnings->setText(written.error().message);
        m_warnings->show();
        return;
    }
    for (const QString &path : *written)
        emit exported(path);
}

void QrStudioDialog::exportAs(Print::QrRenderer::Format format)
{
    if (!m_code)
        return;
    if (m_items.size() > 1) {
        exportBatch(format);
        return;
    }
    const QString suffix = Print::QrRenderer::suffix(format);
    QString path = s_nextFileName;
    s_nextFileName.clear();
    if (path.isEmpty()) {
        const QString start = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + u"/qr-code."_s + suffix;
        path = QFileDialog::getSaveFileName(this, tr("Save QR Code"), start,
                                            tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
        if (path.isEmpty())
            return;
    }
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    Print::QrStyle s = style();
    s.cmyk = m_cmykNext;
    if (const auto saved = Print::QrRenderer::save(*m_code, s, path, format); !saved) {
        m_warnings->setText(saved.error().message);
        m_warnings->show();
        return;
    }
    emit exported(path);
}

QList<Print::SheetLabel> QrStudioDialog::sheetLabels() const
{
    QList<Print::BatchItem> items = m_items;
    if (items.size() <= 1)   // one code: a page of copies
        items = QList<Print::BatchItem>(sheetLayout().perPage(), Print::BatchItem{m_text->text(), {}});
    QList<Print::SheetLabel> labels;
    for (const Print::BatchItem &item : items) {
        QString caption;
        if (m_sheetCaptions->isChecked()) {
            caption = m_caption->text();
            if (caption.isEmpty())   // the short URL without its scheme
                caption = QString(item.text).remove(QRegularExpression(u"^https?://"_s));
        }
        labels << Print::SheetLabel{item.text, caption};
    }
    return labels;
}

Print::SheetLayout QrStudioDialog::sheetLayout() const
{
    Print::SheetLayout layout;
    layout.paper = QPageSize::PageSizeId(m_sheetPaper->currentData().toInt());
    layout.columns = m_sheetColumns->value();
    layout.rows = m_sheetRows->value();
    layout.marginMm = m_sheetMargin->value();
    layout.gapMm = m_sheetGap->value();
    return layout;
}

void QrStudioDialog::exportSheet()
{
    QString path = s_nextFileName;
    s_nextFileName.clear();
    if (path.isEmpty()) {
        const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/qr-labels.pdf"_s;
        path = QFileDialog::getSaveFileName(this, tr("Save Label Sheet"), start, tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
    }
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    const Print::QrStyle s = style();
    if (!s.logoReadable()) {
        update();   // the logo warning says why
        return;
    }
    const QList<Print::SheetLabel> labels = sheetLabels();
    const Print::SheetLayout layout = sheetLayout();
    const int pages = int((labels.size() + layout.perPage() - 1) / layout.perPage());
    QProgressDialog progress(tr("Writing the label sheet…"), tr("Cancel"), 0, pages, this);
    progress.setObjectName(u"qrSheetProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto written = Print::LabelSheet::writePdf(labels, layout, s, path, [&progress](int done, int) {
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!written) {
        m_warnings->setText(written.error().message);
        m_warnings->show();
        return;
    }
    emit exported(path);
}

void QrStudioDialog::printSheetTo(QPrinter *printer)
{
    Print::SheetLayout layout = sheetLayout();
    const QPageSize::PageSizeId paper = QPageSize(printer->pageLayout().pageSize()).id();
    if (paper == QPageSize::A4 || paper == QPageSize::Letter)   // the user may change it in the print dialog
        layout.paper = paper;
    const QList<Print::SheetLabel> labels = sheetLabels();
    printer->setFullPage(true);
    QPainter painter(printer);
    const double mmToDevice = printer->resolution() / 25.4;
    for (int first = 0; first < labels.size(); first += layout.perPage()) {
        if (first > 0)
            printer->newPage();
        if (auto painted = Print::LabelSheet::paintPage(painter, mmToDevice, labels, first, layout, style()); !painted) {
            m_warnings->setText(painted.error().message);
            m_warnings->show();
            return;
        }
    }
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

} // namespace Linkdeck::Gui
