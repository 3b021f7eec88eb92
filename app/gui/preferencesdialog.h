#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QTabWidget;

namespace Linkdeck {
class Backend;
class Settings;
}   // namespace Linkdeck

namespace Linkdeck::Gui {

// Preferences: General (how new links are made; saved on OK only) and Accounts (the link
// services; changes apply at once).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    PreferencesDialog(Settings &settings, Backend &backend, QWidget *parent = nullptr);
    void showAccounts();

signals:
    void accountsChanged();

public slots:
    void accept() override;

private:
    Settings &m_settings;
    QSpinBox *m_slugLength = nullptr;
    QCheckBox *m_lowercase = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_serverPort = nullptr;
    QTabWidget *m_tabs = nullptr;
};

}   // namespace Linkdeck::Gui
