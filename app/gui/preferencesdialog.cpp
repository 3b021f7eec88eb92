#include "gui/preferencesdialog.h"

#include "core/links/utm.h"
#include "core/storage/settings.h"
#include "gui/accountspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

PreferencesDialog::PreferencesDialog(Settings &settings, Backend &backend, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = m_tabs = new QTabWidget(this);
    tabs->setObjectName(u"preferencesTabs"_s);
    layout->addWidget(tabs);

    auto *general = new QWidget(tabs);
    auto *generalLayout = new QVBoxLayout(general);
    auto *links = new QGroupBox(tr("New links"), general);
    auto *form = new QFormLayout(links);
    m_slugLength = new QSpinBox(links);
    m_slugLength->setObjectName(u"randomSlugLengthSpin"_s);
    m_slugLength->setRange(4, 16);
    m_slugLength->setSuffix(tr(" characters"));
    m_slugLength->setValue(settings.randomSlugLength());
    form->addRow(tr("Random back-half length:"), m_slugLength);
    m_preset = new QComboBox(links);
    m_preset->setObjectName(u"defaultUtmPresetCombo"_s);
    m_preset->addItem(tr("None"), QString());
    const auto presets = UtmPresets::all();
    for (const UtmPreset &preset : presets)
        m_preset->addItem(preset.name, preset.id);
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(settings.defaultUtmPreset())));
    form->addRow(tr("Tracking preset for new links:"), m_preset);
    m_lowercase = new QCheckBox(tr("Write tracking values in lower case"), links);
    m_lowercase->setObjectName(u"lowercaseUtmCheck"_s);
    m_lowercase->setChecked(settings.lowercaseUtm());
    form->addRow(m_lowercase);
    generalLayout->addWidget(links);
    auto *server = new QGroupBox(tr("Local server"), general);
    auto *serverForm = new QFormLayout(server);
    m_serverPort = new QSpinBox(server);
    m_serverPort->setObjectName(u"serverPortSpin"_s);
    m_serverPort->setRange(1, 65535);
    m_serverPort->setValue(settings.serverPort() ? settings.serverPort() : 8080);
    serverForm->addRow(tr("Port on this computer:"), m_serverPort);
    generalLayout->addWidget(server);
    generalLayout->addStretch();
    tabs->addTab(general, tr("General"));
    auto *accounts = new AccountsPage(backend, tabs);
    connect(accounts, &AccountsPage::accountsChanged, this, &PreferencesDialog::accountsChanged);
    tabs->addTab(accounts, tr("Accounts"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    layout->addWidget(buttons);
}

void PreferencesDialog::showAccounts()
{
    m_tabs->setCurrentIndex(1);
}

void PreferencesDialog::accept()
{
    m_settings.setRandomSlugLength(m_slugLength->value());
    m_settings.setLowercaseUtm(m_lowercase->isChecked());
    m_settings.setDefaultUtmPreset(m_preset->currentData().toString());
    m_settings.setServerPort(quint16(m_serverPort->value()));
    QDialog::accept();
}

}   // namespace Linkdeck::Gui
