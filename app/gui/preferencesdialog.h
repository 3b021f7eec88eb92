#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace Linkdeck {
class Backend;
class Settings;
}   // namespace Linkdeck

namespace Linkdeck::Gui {

// Preferences: General (how new links are made; saved on OK only) and Accounts (the link
// services; changes apply at once). The General tab and the buttons are preferencesdialog.ui.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    PreferencesDialog(Settings &settings, Backend &backend, QWidget *parent = nullptr);
    ~PreferencesDialog() override;
    void showAccounts();

signals:
    void accountsChanged();

public slots:
    void accept() override;

private:
    Settings &m_settings;
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

}   // namespace Linkdeck::Gui
