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
    // The port or the public address of this computer's links changed (the links moved with it,
    // LocalAddress): a running server starts again on the port.
    void localServerChanged(quint16 port);

public slots:
    void accept() override;

private:
    Settings &m_settings;
    Backend &m_backend;
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

}   // namespace Linkdeck::Gui
