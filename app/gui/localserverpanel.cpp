#include "gui/localserverpanel.h"

#include "ui_localserverpanel.h"

#include "core/platform/localservercontroller.h"
#include "core/storage/settings.h"
#include "gui/tones.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrl>

#include <limits>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

LocalServerPanel::LocalServerPanel(LocalServerController &server, Settings &settings, QWidget *parent)
    : QFrame(parent)
    , m_server(server)
    , m_settings(settings)
    , m_ui(std::make_unique<Ui::LocalServerPanel>())
{
    m_ui->setupUi(this);
    followPaletteLinks(m_ui->serverAddressLabel);
    m_ui->serverAutoStartCheck->setChecked(settings.startServerWithApp());

    connect(m_ui->serverStartStopButton, &QPushButton::clicked, this, [this] {
        if (m_server.state() == LocalServerController::State::Running
            || m_server.state() == LocalServerController::State::Starting) {
            m_server.stop();
        } else {
            m_server.setPort(m_settings.serverPort());
            m_server.start();
        }
    });
    connect(m_ui->serverAutoStartCheck, &QCheckBox::toggled, this,
            [this](bool on) { m_settings.setStartServerWithApp(on); });
    connect(&m_server, &LocalServerController::stateChanged, this, &LocalServerPanel::update);
    connect(&m_server, &LocalServerController::clicksChanged, this, &LocalServerPanel::update);
    connect(&m_server, &LocalServerController::healthChanged, this, &LocalServerPanel::update);
    update();
}

LocalServerPanel::~LocalServerPanel() = default;

void LocalServerPanel::update()
{
    using State = LocalServerController::State;
    const State state = m_server.state();
    switch (state) {
    case State::Stopped:
        m_ui->serverStatusLabel->setText(tr("Stopped: short links on this computer do not open."));
        break;
    case State::Starting:
        m_ui->serverStatusLabel->setText(tr("Starting…"));
        break;
    case State::Running:
        m_ui->serverStatusLabel->setText(tr("Running"));
        break;
    case State::Stopping:
        m_ui->serverStatusLabel->setText(tr("Stopping…"));
        break;
    case State::Failed:
        m_ui->serverStatusLabel->setText(m_server.errorText());
        break;
    }
    const bool running = state == State::Running;
    m_ui->serverAddressLabel->setVisible(running);
    m_ui->serverClicksLabel->setVisible(running);
    if (running) {
        // Said as the links say it ("localhost:8080"), not as the server listens (127.0.0.1):
        // one address should not read as two servers (desktop sweep).
        QUrl shown(m_server.address());
        if (shown.host() == u"127.0.0.1"_s)
            shown.setHost(u"localhost"_s);
        m_ui->serverAddressLabel->setText(
            u"<a href=\"%1\">%2</a>"_s.arg(m_server.address().toHtmlEscaped(), shown.toString().toHtmlEscaped()));
        m_ui->serverClicksLabel->setText(tr("%Ln visit(s) recorded", nullptr, int(qMax<qint64>(0, m_server.clicks()))));
    }
    // Visits that are not recorded, or recorded late, are said where the count is.
    const LocalServerController::Health health = m_server.health();
    const int lost = int(qMin<qint64>(health.lostClicks, std::numeric_limits<int>::max()));
    QString warning;
    if (running && health.databaseDamaged) {
        warning = tr("The link database is damaged: SQLite found errors in it. Short links still open, but changes and "
                     "visits may not be saved. Quit Linkdeck and restore a backup of the database.");
    } else if (running && health.journalFailing) {
        warning =
            tr("Visits are not being recorded: the link server cannot write to its disk (it is full or read-only). "
               "Short links still open. %Ln visit(s) not recorded so far.",
               nullptr, lost);
    } else if (running && lost > 0) {
        warning = tr("%Ln visit(s) could not be recorded while the disk was full.", nullptr, lost);
    } else if (running && health.lagMillis >= 10000) {
        warning = tr("Visits reach the statistics %1 seconds late: the database is busy. None is lost.")
                      .arg(health.lagMillis / 1000);
    }
    m_ui->serverHealthLabel->setText(warning);
    m_ui->serverHealthLabel->setVisible(!warning.isEmpty());
    m_ui->serverStartStopButton->setText(running || state == State::Starting ? tr("Stop") : tr("Start"));
    m_ui->serverStartStopButton->setEnabled(state != State::Stopping);
}

}   // namespace Linkdeck::Gui
