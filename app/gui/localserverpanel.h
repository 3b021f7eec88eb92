#pragma once

#include <QFrame>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Linkdeck {
class LocalServerController;
class Settings;
}   // namespace Linkdeck

namespace Linkdeck::Gui {

// "Local server" under the sidebar: whether linkdeck-server runs, where, how many visits it
// has recorded, a Start/Stop button and "Start with Linkdeck".
class LocalServerPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServerPanel)
public:
    LocalServerPanel(LocalServerController &server, Settings &settings, QWidget *parent = nullptr);

private:
    void update();

    LocalServerController &m_server;
    Settings &m_settings;
    QLabel *m_status = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_clicks = nullptr;
    QLabel *m_health = nullptr;
    QPushButton *m_button = nullptr;
    QCheckBox *m_autoStart = nullptr;
};

}   // namespace Linkdeck::Gui
