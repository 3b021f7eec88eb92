#include "gui/localserverpanel.h"

#include "core/platform/localservercontroller.h"
#include "core/storage/settings.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

LocalServerPanel::LocalServerPanel(LocalServerController &server, Settings &settings, QWidget *parent)
    : QFrame(parent)
    , m_server(server)
    , m_settings(settings)
{
    setObjectName(u"localServerPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    auto *title = new QLabel(tr("Local server"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    m_status = new QLabel(this);
    m_status->setObjectName(u"serverStatusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_address = new QLabel(this);
    m_address->setObjectName(u"serverAddressLabel"_s);
    m_address->setOpenExternalLinks(true);
    m_address->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_address);
    m_clicks = new QLabel(this);
    m_clicks->setObjectName(u"serverClicksLabel"_s);
    layout->addWidget(m_clicks);
    m_health = new QLabel(this);
    m_health->setObjectName(u"serverHealthLabel"_s);
    m_health->setWordWrap(true);
    m_health->setTextFormat(Qt::PlainText);
    layout->addWidget(m_health);
    m_button = new QPushButton(this);
    m_button->setObjectName(u"serverStartStopButton"_s);
    layout->addWidget(m_button);
    m_autoStart = new QCheckBox(tr("Start with Linkdeck"), this);
    m_autoStart->setObjectName(u"serverAutoStartCheck"_s);
    m_autoStart->setChecked(settings.startServerWithApp());
    layout->addWidget(m_autoStart);

    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_server.state() == LocalServerController::State::Running
            || m_server.state() == LocalServerController::State::Starting) {
            m_server.stop();
        } else {
            m_server.setPort(m_settings.serverPort());
            m_server.start();
        }
    });
    connect(m_autoStart, &QCheckBox::toggled, this, [this](bool on) { m_settings.setStartServerWithApp(on); });
    connect(&m_server, &LocalServerController::stateChanged, this, &LocalServerPanel::update);
    connect(&m_server, &LocalServerController::clicksChanged, this, &LocalServerPanel::update);
    connect(&m_server, &LocalServerController::healthChanged, this, &LocalServerPanel::update);
    update();
}

void LocalServerPanel::update()
{
    using State = LocalServerController::State;
    const State state = m_server.state();
    switch (state) {
    case State::Stopped:
        m_status->setText(tr("Stopped: short links on this computer do not open."));
        break;
    case State::Starting:
        m_status->setText(tr("Starting…"));
        break;
    case State::Running:
        m_status->setText(tr("Running"));
        break;
    case State::Stopping:
        m_status->setText(tr("Stopping…"));
        break;
    case State::Failed:
        m_status->setText(m_server.errorText());
        break;
    }
    const bool running = state == State::Running;
    m_address->setVisible(running);
    m_clicks->setVisible(running);
    if (running) {
        m_address->setText(u"<a href=\"%1\">%1</a>"_s.arg(m_server.address().toHtmlEscaped()));
        m_clicks->setText(tr("%Ln visit(s) recorded", nullptr, int(qMax<qint64>(0, m_server.clicks()))));
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
    m_health->setText(warning);
    m_health->setVisible(!warning.isEmpty());
    m_button->setText(running || state == State::Starting ? tr("Stop") : tr("Start"));
    m_button->setEnabled(state != State::Stopping);
}

}   // namespace Linkdeck::Gui
