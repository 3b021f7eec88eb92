#pragma once

#include <QObject>
#include <QProcess>
#include <QString>

class QNetworkAccessManager;
class QTimer;

namespace Linkdeck {

class Database;

// Runs linkdeck-server as a child process of the app, on the app's own database, so links
// made in the app redirect at once. Reports its state, address and click count.
//
//   LocalServerController server(db, databasePath);
//   server.setPort(8080);
//   server.start();   // stateChanged(Starting), then Running with address() set
class LocalServerController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServerController)
public:
    enum class State {
        Stopped,
        Starting,
        Running,
        Stopping,
        Failed,
    };
    Q_ENUM(State)

    LocalServerController(Database &database, QString databasePath, QObject *parent = nullptr);
    ~LocalServerController() override;

    void setPort(quint16 port) { m_port = port; }   // 0: any free port
    void setExecutable(const QString &path) { m_executable = path; }
    QString executable() const;   // found next to the app, in the build tree, or on PATH

    State state() const { return m_state; }
    QString address() const { return m_address; }   // "http://127.0.0.1:8080" while running
    QString errorText() const { return m_error; }   // why it failed, for the user
    qint64 clicks() const { return m_clicks; }      // visits stored in the database

    // What the running server says of its click recording (its /rest/health, read every second).
    struct Health
    {
        bool known = false;             // an answer came
        bool journalFailing = false;    // its last write to the click journal failed (disk full, read-only)
        qint64 lostClicks = 0;          // visits redirected but not recorded since it started
        qint64 lagMillis = 0;           // how long recorded visits wait before they are in the statistics
        bool databaseDamaged = false;   // its check of the link tables found damage (SQLite's quick_check)
        bool operator==(const Health &) const = default;
    };
    Health health() const { return m_health; }
    static Health parseHealth(const QByteArray &json);
    // The address in the server's ready line ({"event":"ready","address":...}) within its
    // output; empty until it has said it.
    static QString readyAddress(const QByteArray &output);

public slots:
    void start();
    void stop();
    // On another port, or to take a new default domain (LocalAddress): a running or starting
    // server stops and starts again; a stopped one only takes the port for its next start.
    void restartOn(quint16 port);

signals:
    void stateChanged(Linkdeck::LocalServerController::State state);
    void clicksChanged(qint64 clicks);
    void healthChanged();

private:
    void setState(State state);
    void readOutput();
    void finished(int exitCode, QProcess::ExitStatus status);
    void refreshClicks();
    void refreshHealth();
    void setHealth(const Health &health);

    Database &m_database;
    QString m_databasePath;
    QString m_executable;
    quint16 m_port = 8080;
    bool m_restart = false;   // start again once stopped
    QProcess *m_process = nullptr;
    QTimer *m_clickTimer = nullptr;
    State m_state = State::Stopped;
    QString m_address;
    QString m_error;
    QByteArray m_output;
    qint64 m_clicks = -1;
    QNetworkAccessManager *m_network = nullptr;
    bool m_healthPending = false;
    Health m_health;
};

}   // namespace Linkdeck
