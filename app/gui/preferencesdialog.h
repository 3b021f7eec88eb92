#pragma once

#include <QDialog>

#include <memory>

#include "core/storage/settings.h"

namespace Ui {
class PreferencesDialog;
}

namespace Linkdeck {
class Backend;
}   // namespace Linkdeck

namespace Linkdeck::Gui {

// Preferences: General (how new links are made; saved on OK only) and Accounts (the link
// services; changes apply at once). The General tab and the buttons are preferencesdialog.ui.
// The appearance chosen is shown at once (appearanceChosen; the window applies it), saved on OK
// and taken back on Cancel.
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
    // The colours to show now: the one chosen, or on Cancel the saved one again.
    void appearanceChosen(Linkdeck::Settings::Appearance appearance);

public slots:
    void accept() override;
    void reject() override;

private:
    Settings::Appearance chosenAppearance() const;

    Settings &m_settings;
    Backend &m_backend;
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

}   // namespace Linkdeck::Gui
