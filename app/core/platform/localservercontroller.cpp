#include "core/platform/localservercontroller.h"

#include "core/platform/serverexit.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>

#include <utility>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace Linkdeck {

LocalServerController::LocalServerController(Database &database, QString databasePath, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_databasePath(std::move(databasePath))
{
    m_clickTimer = new QTimer(this);
    m_clickTimer->setInterval(1000);
    connect(m_clickTimer, &QTimer::timeout, this, &LocalServerController::refreshClicks);
    connect(m_clickTimer, &QTimer::timeout, this, &LocalServerController::refreshHealth);
}

LocalServerController::~LocalServerController()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->terminate();   // SIGTERM: the server stores its last clicks and exits
        if (!m_process->waitForFinished(10000))
            m_process->kill();
    }
}

QString LocalServerController::executable() const
{
    if (!m_executable.isEmpty())
        return m_executable;
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{appDir + u"/linkdeck-server"_s, appDir + u"/../server/linkdeck-server"_s,
                                 appDir + u"/../../app/server/linkdeck-server"_s};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(u"linkdeck-server"_s);
}

void LocalServerController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LocalServerController::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    const QString program = executable();
    if (program.isEmpty()) {
        m_error = tr("The link server (linkdeck-server) is not installed next to Linkdeck.");
        setState(State::Failed);
        return;
    }
    delete m_process;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::readyRead, this, &LocalServerController::readOutput);
    connect(m_process, &QProcess::finished, this, &LocalServerController::finished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_error = tr("The link server could not be started: %1").arg(m_process->errorString());
            setState(State::Failed);
        }
    });
    m_output.clear();
    m_error.clear();
    m_address.clear();
    setState(State::Starting);
#ifdef Q_OS_LINUX
    // The server ends with the app, also when the app is killed: SIGTERM stores its last clicks.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->start(program, {u"--db"_s, m_databasePath, u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port)});
}

void LocalServerController::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    setState(State::Stopping);
    m_process->terminate();
    // A server that does not finish within 10 s is killed: that loses nothing (every click it
    // redirected is in its journal, stored at its next start), and the app never hangs on it.
    QPointer<QProcess> process = m_process;
    QTimer::singleShot(10000, this, [this, process] {
        if (!process || process != m_process || process->state() == QProcess::NotRunning)
            return;
        qWarning("linkdeck-server did not stop within 10 s of SIGTERM; killing it. Its last output:\n%s",
                 m_output.right(2048).constData());
        process->kill();
    });
}

void LocalServerController::restartOn(quint16 port)
{
    m_port = port;
    if (m_state != State::Running && m_state != State::Starting && m_state != State::Stopping)
        return;
    m_restart = true;
    stop();
}

void LocalServerController::readOutput()
{
    m_output += m_process->readAll();
    if (m_output.size() > 64 * 1024)
        m_output = m_output.right(16 * 1024);
    if (m_state == State::Starting) {
        if (const QString address = readyAddress(m_output); !address.isEmpty()) {
            m_address = address;
            setState(State::Running);
            refreshClicks();
            refreshHealth();
            m_clickTimer->start();
        }
    }
}

void LocalServerController::finished(int exitCode, QProcess::ExitStatus status)
{
    m_clickTimer->stop();
    refreshClicks();
    m_address.clear();
    setHealth({});
    if (m_state == State::Stopping || (status == QProcess::NormalExit && exitCode == 0)) {
        setState(State::Stopped);
        // Queued: start() replaces the process whose finished() this is.
        if (std::exchange(m_restart, false))
            QMetaObject::invokeMethod(this, &LocalServerController::start, Qt::QueuedConnection);
        return;
    }
    m_restart = false;
    // What went wrong is in the exit code (the words on stderr follow the server's locale);
    // for anything else, the server explains itself on its last line.
    const QStringList lines = QString::fromUtf8(m_output).trimmed().split(u'\n');
    QString reason = lines.isEmpty() ? QString() : lines.constLast();
    reason.remove(u"linkdeck-server: "_s);
    const bool exited = status == QProcess::NormalExit;
    if (exited && exitCode == int(ServerExit::PortInUse))
        m_error = tr("Port %1 is already used by another program. Choose another port in Preferences.").arg(m_port);
    else if (exited && exitCode == int(ServerExit::AlreadyRunning))
        m_error = tr("Another Linkdeck link server already uses these links (is Linkdeck open twice?). "
                     "Close the other one, then start the server here.");
    else
        m_error = tr("The link server stopped unexpectedly: %1").arg(reason);
    setState(State::Failed);
}

QString LocalServerController::readyAddress(const QByteArray &output)
{
    // The server's machine-readable line, {"event":"ready","address":"http://...",...}; its
    // other lines are for people and may change.
    for (const QByteArray &line : output.split('\n')) {
        if (!line.startsWith('{'))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(u"event"_s).toString() == u"ready"_s) {
            const QString address = o.value(u"address"_s).toString();
            if (address.startsWith(u"http://"_s) || address.startsWith(u"https://"_s))
                return address;
        }
    }
    return {};
}

LocalServerController::Health LocalServerController::parseHealth(const QByteArray &json)
{
    Health health;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.isEmpty())
        return health;
    health.known = true;
    const QJsonObject journal = root.value(u"journal"_s).toObject();
    health.journalFailing = journal.value(u"status"_s).toString() == u"fail";
    health.lostClicks = journal.value(u"lostClicks"_s).toInteger();
    // How late visits reach the statistics (they are stored sooner: lagMs).
    health.lagMillis = root.value(u"clicks"_s).toObject().value(u"statisticsLagMs"_s).toInteger();
    health.databaseDamaged = root.value(u"database"_s).toObject().value(u"status"_s).toString() == u"fail";
    return health;
}

void LocalServerController::refreshHealth()
{
    if (m_state != State::Running || m_address.isEmpty() || m_healthPending)
        return;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(QUrl(m_address + u"/rest/health"_s));
    request.setTransferTimeout(5000);
    m_healthPending = true;
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_healthPending = false;
        // 503 is the server saying it is failing, with its reasons in the body.
        if (m_state == State::Running)
            setHealth(parseHealth(reply->readAll()));
    });
}

void LocalServerController::setHealth(const Health &health)
{
    if (health == m_health)
        return;
    m_health = health;
    emit healthChanged();
}

void LocalServerController::refreshClicks()
{
    QSqlQuery q(m_database.connection());
    // max(id) is instant however many clicks there are; ids only grow.
    if (q.exec(u"SELECT coalesce(max(id), 0) FROM clicks"_s) && q.next()) {
        const qint64 clicks = q.value(0).toLongLong();
        if (clicks != m_clicks) {
            m_clicks = clicks;
            emit clicksChanged(clicks);
        }
    }
}

}   // namespace Linkdeck
