#include "gui/preferencesdialog.h"

#include "ui_preferencesdialog.h"

#include "core/links/utm.h"
#include "core/providers/localaddress.h"
#include "core/storage/settings.h"
#include "core/sync/backend.h"
#include "gui/accountspage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLayout>
#include <QLineEdit>
#include <QScreen>

#include <algorithm>

namespace Linkdeck::Gui {

PreferencesDialog::PreferencesDialog(Settings &settings, Backend &backend, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_backend(backend)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->randomSlugLengthSpin->setValue(settings.randomSlugLength());
    m_ui->defaultUtmPresetCombo->addItem(tr("None"), QString());
    const auto presets = UtmPresets::all();
    for (const UtmPreset &preset : presets)
        m_ui->defaultUtmPresetCombo->addItem(preset.name, preset.id);
    m_ui->defaultUtmPresetCombo->setCurrentIndex(
        qMax(0, m_ui->defaultUtmPresetCombo->findData(settings.defaultUtmPreset())));
    m_ui->lowercaseUtmCheck->setChecked(settings.lowercaseUtm());
    // The items of the .ui form, in the order of Settings::Appearance.
    const Settings::Appearance appearances[] = {Settings::Appearance::System, Settings::Appearance::Light,
                                                Settings::Appearance::Dark};
    for (int i = 0; i < m_ui->appearanceCombo->count(); ++i)
        m_ui->appearanceCombo->setItemData(i, int(appearances[i]));
    m_ui->appearanceCombo->setCurrentIndex(m_ui->appearanceCombo->findData(int(settings.appearance())));
    connect(m_ui->appearanceCombo, &QComboBox::currentIndexChanged, this,
            [this] { emit appearanceChosen(chosenAppearance()); });
    m_ui->serverPortSpin->setValue(settings.serverPort() ? settings.serverPort() : 8080);
    if (const auto local = backend.accounts().find(AccountRepository::LocalAccountId))
        m_ui->publicAddressEdit->setText(local->apiBase);
    // A refused address is said where the hint was, until the address is changed.
    connect(m_ui->publicAddressEdit, &QLineEdit::textChanged, this, [this] {
        m_ui->publicAddressProblemLabel->hide();
        m_ui->publicAddressHintLabel->show();
    });

    auto *accounts = new AccountsPage(backend, m_ui->preferencesTabs);
    connect(accounts, &AccountsPage::accountsChanged, this, &PreferencesDialog::accountsChanged);
    m_ui->preferencesTabs->addTab(accounts, tr("Accounts"));
    // The page is made after the form's buttons, so it comes after them in the focus chain; Tab
    // still reaches its fields before OK and Cancel.
    QWidget *last = nullptr;
    for (QWidget *w = accounts->nextInFocusChain(); accounts->isAncestorOf(w); w = w->nextInFocusChain()) {
        if (w->focusPolicy() != Qt::NoFocus)
            last = w;
    }
    for (QAbstractButton *button : m_ui->buttonBox->buttons()) {
        if (last)
            QWidget::setTabOrder(last, button);
        last = button;
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    // Its first size: what its texts need at its width, the wrapped explanation of the public
    // address included, within the screen. Left to Qt, a dialog opens at most two thirds of the
    // screen high: on a 1024x700 desktop that cut the explanation's first and last lines.
    const QSize hint = sizeHint();
    int height =
        layout() && layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(hint.width()) : hint.height();
    if (const QScreen *shown = screen())
        height = std::min(height, shown->availableGeometry().height() - 48);   // and its title bar
    resize(hint.width(), std::max(height, minimumSizeHint().height()));
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::showAccounts()
{
    m_ui->preferencesTabs->setCurrentIndex(1);
}

void PreferencesDialog::accept()
{
    // The links move first: an address they cannot take keeps the dialog open, nothing saved.
    const quint16 port = quint16(m_ui->serverPortSpin->value());
    const QString address = m_ui->publicAddressEdit->text();
    const auto local = m_backend.accounts().find(AccountRepository::LocalAccountId);
    const bool changed =
        port != m_settings.serverPort() || (local && local->apiBase != LocalAddress::normalised(address));
    if (const Result<int> moved = LocalAddress::apply(m_backend.accounts(), m_backend.links(), address, port); !moved) {
        m_ui->preferencesTabs->setCurrentWidget(m_ui->generalTab);
        m_ui->publicAddressProblemLabel->setText(moved.error().message);
        m_ui->publicAddressHintLabel->hide();
        m_ui->publicAddressProblemLabel->show();
        m_ui->publicAddressEdit->setFocus();
        return;
    }
    m_settings.setRandomSlugLength(m_ui->randomSlugLengthSpin->value());
    m_settings.setLowercaseUtm(m_ui->lowercaseUtmCheck->isChecked());
    m_settings.setDefaultUtmPreset(m_ui->defaultUtmPresetCombo->currentData().toString());
    m_settings.setServerPort(port);
    m_settings.setAppearance(chosenAppearance());
    if (changed)
        emit localServerChanged(port);
    QDialog::accept();
}

void PreferencesDialog::reject()
{
    if (chosenAppearance() != m_settings.appearance())
        emit appearanceChosen(m_settings.appearance());
    QDialog::reject();
}

Settings::Appearance PreferencesDialog::chosenAppearance() const
{
    return Settings::Appearance(m_ui->appearanceCombo->currentData().toInt());
}

}   // namespace Linkdeck::Gui
