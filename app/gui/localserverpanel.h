#pragma once

#include <QFrame>

#include <memory>

namespace Ui {
class LocalServerPanel;
}

namespace Linkdeck {
class LocalServerController;
class Settings;
}   // namespace Linkdeck

namespace Linkdeck::Gui {

// "Local server" under the sidebar: whether linkdeck-server runs, where, how many visits it
// has recorded, a Start/Stop button and "Start with Linkdeck". The widgets are localserverpanel.ui.
class LocalServerPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServerPanel)
public:
    LocalServerPanel(LocalServerController &server, Settings &settings, QWidget *parent = nullptr);
    ~LocalServerPanel() override;

private:
    void update();

    LocalServerController &m_server;
    Settings &m_settings;
    std::unique_ptr<Ui::LocalServerPanel> m_ui;
};

}   // namespace Linkdeck::Gui
