#include "gui/qrstyleform.h"

#include "ui_qrstyleform.h"

#include "gui/tones.h"

#include <QColorDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

using Print::QrStyle;

QrStyleForm::QrStyleForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QrStyleForm>())
{
    m_ui->setupUi(this);
    for (QLabel *warning : {m_ui->qrEccWarning, m_ui->qrSizeWarning, m_ui->qrQuietZoneWarning, m_ui->qrColoursWarning,
                            m_ui->qrLogoWarning})
        setTone(warning, Tone::Warning);
    setObjectName(u"qrStyleForm"_s);
    // The items of the .ui are in the order of their enumerations.
    for (QComboBox *combo : {m_ui->qrEccCombo, m_ui->qrShapeCombo, m_ui->qrFinderCombo}) {
        for (int i = 0; i < combo->count(); ++i)
            combo->setItemData(i, i);
    }
    m_ui->qrWidthSpin->setRange(QrStyle::MinWidthMm, QrStyle::MaxWidthMm);
    m_ui->qrModuleSizeSpin->setRange(QrStyle::MinModuleMm, QrStyle::MaxModuleMm);
    m_ui->qrQuietZoneSpin->setMaximum(QrStyle::MaxQuietZone);
    m_ui->qrDpiSpin->setRange(QrStyle::MinDpi, QrStyle::MaxDpi);

    for (QComboBox *combo : {m_ui->qrEccCombo, m_ui->qrShapeCombo, m_ui->qrFinderCombo, m_ui->qrSizeModeCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &QrStyleForm::changed);
    for (QDoubleSpinBox *spin : {m_ui->qrWidthSpin, m_ui->qrModuleSizeSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &QrStyleForm::changed);
    for (QSpinBox *spin : {m_ui->qrMinVersionSpin, m_ui->qrQuietZoneSpin, m_ui->qrDpiSpin})
        connect(spin, &QSpinBox::valueChanged, this, &QrStyleForm::changed);
    connect(m_ui->qrTransparentCheck, &QCheckBox::toggled, this, &QrStyleForm::changed);
    connect(m_ui->qrCaptionEdit, &QLineEdit::textChanged, this, &QrStyleForm::changed);
    connect(m_ui->qrForegroundEdit, &QLineEdit::textEdited, this,
            [this](const QString &t) { colourEdited(&m_foreground, t); });
    connect(m_ui->qrBackgroundEdit, &QLineEdit::textEdited, this,
            [this](const QString &t) { colourEdited(&m_background, t); });
    connect(m_ui->qrForegroundButton, &QPushButton::clicked, this, [this] { pickColour(&m_foreground); });
    connect(m_ui->qrBackgroundButton, &QPushButton::clicked, this, [this] { pickColour(&m_background); });
    connect(m_ui->qrLogoButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Choose a Logo"), m_logo, tr("Images (*.png *.svg *.jpg *.jpeg)"));
        if (!path.isEmpty())
            setLogo(path);
    });
    connect(m_ui->qrRemoveLogoButton, &QPushButton::clicked, this, [this] { setLogo({}); });
    setStyle(QrStyle{});
    showWarnings({});
}

QrStyleForm::~QrStyleForm() = default;

QrStyle QrStyleForm::style() const
{
    QrStyle s;
    s.ecc = QrCode::Ecc(m_ui->qrEccCombo->currentData().toInt());
    s.shape = QrStyle::ModuleShape(m_ui->qrShapeCombo->currentData().toInt());
    s.finder = QrStyle::FinderShape(m_ui->qrFinderCombo->currentData().toInt());
    s.widthMm = m_ui->qrWidthSpin->value();
    s.moduleMm = m_ui->qrSizeModeCombo->currentIndex() == 1 ? m_ui->qrModuleSizeSpin->value() : 0.0;
    s.minimumVersion = m_ui->qrMinVersionSpin->value();
    s.quietZone = m_ui->qrQuietZoneSpin->value();
    s.dpi = m_ui->qrDpiSpin->value();
    s.foreground = m_foreground;
    s.background = m_background;
    s.transparentBackground = m_ui->qrTransparentCheck->isChecked();
    s.caption = m_ui->qrCaptionEdit->text();
    s.logoPath = m_logo;
    return s;
}

void QrStyleForm::setStyle(const QrStyle &style)
{
    m_setting = true;
    m_ui->qrEccCombo->setCurrentIndex(int(style.ecc));
    m_ui->qrShapeCombo->setCurrentIndex(int(style.shape));
    m_ui->qrFinderCombo->setCurrentIndex(int(style.finder));
    m_ui->qrWidthSpin->setValue(style.widthMm);
    if (style.moduleMm > 0)
        m_ui->qrModuleSizeSpin->setValue(style.moduleMm);
    m_ui->qrSizeModeCombo->setCurrentIndex(style.moduleMm > 0 ? 1 : 0);
    m_ui->qrMinVersionSpin->setValue(style.minimumVersion);
    m_ui->qrQuietZoneSpin->setValue(style.quietZone);
    m_ui->qrDpiSpin->setValue(style.dpi);
    setColour(&m_foreground, style.foreground);
    setColour(&m_background, style.background);
    m_ui->qrTransparentCheck->setChecked(style.transparentBackground);
    m_ui->qrCaptionEdit->setText(style.caption);
    setLogo(style.logoPath);
    m_setting = false;
    changed();
}

void QrStyleForm::setLogo(const QString &path)
{
    m_logo = path;
    m_ui->qrLogoButton->setText(path.isEmpty() ? tr("Choose…") : QFileInfo(path).fileName());
    changed();
}

void QrStyleForm::takeRowsAbove(QFormLayout *rows)
{
    while (rows->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = rows->takeRow(rows->rowCount() - 1);
        QWidget *label = row.labelItem ? row.labelItem->widget() : nullptr;
        if (QLayout *layout = row.fieldItem->layout())
            m_ui->form->insertRow(0, label, layout);
        else
            m_ui->form->insertRow(0, label, row.fieldItem->widget());
        delete row.labelItem;   // the items that held the widgets; a layout is its own item
        if (!row.fieldItem->layout())
            delete row.fieldItem;
    }
}

void QrStyleForm::showWarnings(const QList<Print::QrWarning> &warnings)
{
    using Option = Print::QrWarning::Option;
    const QHash<Option, QLabel *> labels = {{Option::ErrorCorrection, m_ui->qrEccWarning},
                                            {Option::QuietZone, m_ui->qrQuietZoneWarning},
                                            {Option::Size, m_ui->qrSizeWarning},
                                            {Option::Colours, m_ui->qrColoursWarning},
                                            {Option::Logo, m_ui->qrLogoWarning}};
    QHash<QLabel *, QStringList> beside;
    if (!m_colourError.isEmpty())
        beside[m_ui->qrColoursWarning] << m_colourError;
    for (const Print::QrWarning &w : warnings)
        beside[labels.value(w.option)] << w.message;
    for (QLabel *label : labels) {
        label->setText(beside.value(label).join(u"\n"_s));
        m_ui->form->setRowVisible(label, !label->text().isEmpty());
    }
}

// What every edit ends in: the widgets that follow the others, then the news (once for setStyle).
void QrStyleForm::changed()
{
    if (m_setting)
        return;
    const bool byModule = m_ui->qrSizeModeCombo->currentIndex() == 1;
    m_ui->qrWidthSpin->setVisible(!byModule);
    m_ui->qrModuleSizeSpin->setVisible(byModule);
    const bool transparent = m_ui->qrTransparentCheck->isChecked();
    m_ui->qrBackgroundButton->setEnabled(!transparent);
    m_ui->qrBackgroundEdit->setEnabled(!transparent);
    for (const auto &[button, colour] :
         {std::pair{m_ui->qrForegroundButton, m_foreground}, std::pair{m_ui->qrBackgroundButton, m_background}}) {
        QPixmap swatch(16, 16);
        swatch.fill(colour);
        button->setIcon(swatch);
    }
    emit styleChanged();
}

void QrStyleForm::setColour(QColor *colour, const QColor &value)
{
    *colour = value;
    (colour == &m_foreground ? m_ui->qrForegroundEdit : m_ui->qrBackgroundEdit)->setText(QrStyle::colourName(value));
    m_colourError.clear();
    changed();
}

void QrStyleForm::colourEdited(QColor *colour, const QString &text)
{
    if (const auto parsed = QrStyle::parseColour(text)) {
        *colour = *parsed;
        m_colourError.clear();
    } else {
        m_colourError = tr("“%1” is not a colour: use #rrggbb, a name such as black, or cmyk(0,0,0,100).").arg(text);
    }
    changed();
}

void QrStyleForm::pickColour(QColor *colour)
{
    const QColor picked = QColorDialog::getColor(*colour, this, tr("Choose a colour"));
    if (picked.isValid())
        setColour(colour, picked);
}

}   // namespace Linkdeck::Gui
