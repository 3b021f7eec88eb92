#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace Linkdeck {
class Settings;
}

namespace Linkdeck::Gui {

// Preferences > General: how new links are made. Saves to Settings on OK only.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    explicit PreferencesDialog(Settings &settings, QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    Settings &m_settings;
    QSpinBox *m_slugLength = nullptr;
    QCheckBox *m_lowercase = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_serverPort = nullptr;
};

} // namespace Linkdeck::Gui
