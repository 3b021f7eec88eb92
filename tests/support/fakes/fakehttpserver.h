#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <utility>

class QTcpSocket;

namespace Linkdeck::Test {

// Stands in for "the network" under the provider fakes: a small HTTP/1.1 server on
// 127.0.0.1 that parses requests (keep-alive, several per connection, Content-Length
// bodies), hands them to a handler and can inject faults (canned failures, late answers,
// no network at all). Everything runs on the thread that owns it.
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QString path;                            // percent-decoded, without the query
        QUrlQuery query;                         // form-decoded like PHP/Express: '+' is a space;
                                                 // read values with QUrl::FullyDecoded
        QHash<QByteArray, QByteArray> headers;   // lower-case names
        QByteArray body;
        qint64 atMs = 0;   // when it arrived, by core's Clock (a test's Clock::Override moves it)

        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    };

    struct Response
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;   // Content-Length is added when written
        QByteArray body;

        static Response json(int status, const QJsonValue &v);
        static Response text(int status, const QByteArray &body);
    };

    using Handler = std::function<Response(const Request &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen(quint16 port = 0);   // 127.0.0.1; 0 = ephemeral
    quint16 port() const;
    QUrl baseUrl() const;   // http://127.0.0.1:PORT

    void setHandler(Handler h);

    // Fault injection.
    // The next `count` requests (those whose path starts with pathPrefix, if given) get r; the
    // handler is not called.
    void failNext(int count, Response r, const QString &pathPrefix = {});
    void delayNext(int count, int ms);   // handled at once, answered only after ms
    void setOffline(bool offline);       // accept and close at once; drops open connections
    bool isOffline() const { return m_offline; }

    QList<Request> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int requestCount(const QByteArray &method, const QString &pathPrefix) const;   // empty method: any

protected:
    // The time a service stamps on what it creates or changes: core's Clock (so a test's
    // Clock::Override moves the fakes and the app together), in whole seconds, and always
    // at least a second after the previous stamp so that "newest first" is well defined.
    QDateTime stamp();

private:
    struct Connection;
    void onNewConnection();
    void processBuffer(const std::shared_ptr<Connection> &c);
    void finish(const std::shared_ptr<Connection> &c, const Response &r, bool keepAlive);
    static QByteArray serialize(const Response &r, bool keepAlive);

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
    QList<Request> m_requests;
    int m_failCount = 0;
    Response m_failResponse;
    QString m_failPathPrefix;
    int m_delayCount = 0;
    int m_delayMs = 0;
    bool m_offline = false;
    QDateTime m_lastStamp;
};

// The fully decoded value of `key`, or `fallback` when it is absent or empty.
QString queryValue(const QUrlQuery &query, const QString &key, const QString &fallback = {});

// An absolute http:// or https:// URL with a host: what the providers accept as a destination.
bool isHttpUrl(const QString &url);

// At most `limit` events in any rolling `windowMs` (0 = unlimited); for the fakes' rate limits.
class RollingWindow
{
public:
    RollingWindow(int limit, int windowMs)
        : m_limit(limit)
        , m_windowMs(windowMs)
    {
        m_clock.start();
    }
    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }
    bool tryAcquire();   // records the event and returns true if it is within the limit
    void reset() { m_events.clear(); }

private:
    int m_limit;
    int m_windowMs;
    QElapsedTimer m_clock;
    QList<qint64> m_events;
};

}   // namespace Linkdeck::Test
