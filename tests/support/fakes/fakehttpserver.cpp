#include "fakehttpserver.h"

#include "core/base/clock.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Linkdeck::Test {

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 16 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

}   // namespace

struct FakeHttpServer::Connection
{
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    bool waiting = false;   // a delayed response is pending: keep later requests queued
    bool closing = false;   // answered with Connection: close; ignore anything else
};

FakeHttpServer::Response FakeHttpServer::Response::json(int status, const QJsonValue &v)
{
    Response r;
    r.status = status;
    r.headers.emplaceBack("Content-Type", "application/json; charset=utf-8");
    if (v.isArray())
        r.body = QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    else if (v.isObject())
        r.body = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    else
        r.body = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return r;
}

FakeHttpServer::Response FakeHttpServer::Response::text(int status, const QByteArray &body)
{
    Response r;
    r.status = status;
    if (!body.isEmpty())
        r.headers.emplaceBack("Content-Type", "text/plain; charset=utf-8");
    r.body = body;
    return r;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    m_server.close();
    const auto connections = m_connections.values();
    m_connections.clear();
    for (const auto &c : connections) {
        if (c->socket) {
            c->socket->disconnect(this);
            c->socket->abort();
            delete c->socket.data();
        }
    }
}

bool FakeHttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 FakeHttpServer::port() const
{
    return m_server.serverPort();
}

QUrl FakeHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

void FakeHttpServer::setHandler(Handler h)
{
    m_handler = std::move(h);
}

void FakeHttpServer::failNext(int count, Response r, const QString &pathPrefix)
{
    m_failCount = count;
    m_failResponse = std::move(r);
    m_failPathPrefix = pathPrefix;
}

void FakeHttpServer::delayNext(int count, int ms)
{
    m_delayCount = count;
    m_delayMs = ms;
}

void FakeHttpServer::setOffline(bool offline)
{
    m_offline = offline;
    if (!offline)
        return;
    const auto connections = m_connections.values();
    for (const auto &c : connections) {
        if (c->socket)
            c->socket->abort();   // disconnected() removes it
    }
}

int FakeHttpServer::requestCount(const QByteArray &method, const QString &pathPrefix) const
{
    int n = 0;
    for (const Request &r : m_requests) {
        if ((method.isEmpty() || r.method == method) && r.path.startsWith(pathPrefix))
            ++n;
    }
    return n;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_offline) {
            socket->close();
            socket->deleteLater();
            continue;
        }
        auto c = std::make_shared<Connection>();
        c->socket = socket;
        m_connections.insert(socket, c);
        connect(socket, &QTcpSocket::readyRead, this, [this, c] {
            if (!c->socket)
                return;
            if (m_offline) {
                c->socket->abort();
                return;
            }
            c->buffer += c->socket->readAll();
            processBuffer(c);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::processBuffer(const std::shared_ptr<Connection> &c)
{
    while (c->socket && !c->waiting && !c->closing) {
        const qsizetype headerEnd = c->buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (c->buffer.size() > MaxHeaderBytes)
                finish(c, Response::text(431, "header too large"), false);
            return;
        }
        const QList<QByteArray> lines = c->buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            finish(c, Response::text(400, "malformed request line"), false);
            return;
        }
        Request req;
        req.method = requestLine[0];
        const QByteArray target = requestLine[1];
        const qsizetype q = target.indexOf('?');
        req.path = QUrl::fromPercentEncoding(target.left(q < 0 ? target.size() : q));
        if (q >= 0)
            req.query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)).replace(u'+', u"%20"_s));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            req.headers.insert(name, req.headers.contains(name) ? QByteArray(req.headers[name] + ", " + value) : value);
        }
        if (req.headers.contains("transfer-encoding")) {
            finish(c, Response::text(411, "send Content-Length"), false);
            return;
        }
        bool ok = true;
        const qlonglong length =
            req.headers.contains("content-length") ? req.header("content-length").toLongLong(&ok) : 0;
        if (!ok || length < 0 || length > MaxBodyBytes) {
            finish(c, Response::text(ok ? 413 : 400, "bad Content-Length"), false);
            return;
        }
        if (c->buffer.size() < headerEnd + 4 + length)
            return;   // wait for the rest of the body
        req.body = c->buffer.mid(headerEnd + 4, length);
        c->buffer.remove(0, headerEnd + 4 + length);

        const QByteArray connection = req.header("connection").toLower();
        const bool keepAlive =
            requestLine[2] == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
        req.atMs = Clock::nowMSecsSinceEpoch();
        m_requests.append(req);
        Response response;
        if (m_failCount > 0 && req.path.startsWith(m_failPathPrefix)) {
            --m_failCount;
            response = m_failResponse;
        } else if (m_handler) {
            response = m_handler(req);
        } else {
            response = Response::text(404, "no handler");
        }
        if (m_delayCount > 0) {
            --m_delayCount;
            c->waiting = true;
            QTimer::singleShot(m_delayMs, this, [this, c, response, keepAlive] {
                c->waiting = false;
                if (!c->socket || c->socket->state() != QAbstractSocket::ConnectedState)
                    return;   // the client gave up: drop the answer
                finish(c, response, keepAlive);
                processBuffer(c);
            });
            return;
        }
        finish(c, response, keepAlive);
    }
}

void FakeHttpServer::finish(const std::shared_ptr<Connection> &c, const Response &r, bool keepAlive)
{
    if (!c->socket)
        return;
    c->socket->write(serialize(r, keepAlive));
    if (!keepAlive) {
        c->closing = true;
        c->socket->disconnectFromHost();   // after the bytes are written
    }
}

QByteArray FakeHttpServer::serialize(const Response &r, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    for (const auto &[name, value] : r.headers) {
        const QByteArray lower = name.toLower();
        if (lower != "content-length" && lower != "connection")
            out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    return out + r.body;
}

QString queryValue(const QUrlQuery &query, const QString &key, const QString &fallback)
{
    const QString value = query.queryItemValue(key, QUrl::FullyDecoded);
    return value.isEmpty() ? fallback : value;
}

bool isHttpUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    return u.isValid() && (u.scheme() == u"http"_s || u.scheme() == u"https"_s) && !u.host().isEmpty();
}

bool RollingWindow::tryAcquire()
{
    const qint64 now = m_clock.elapsed();
    while (!m_events.isEmpty() && m_events.first() <= now - m_windowMs)
        m_events.removeFirst();
    if (m_limit <= 0)
        return true;   // unlimited: nothing to remember
    if (m_events.size() >= m_limit)
        return false;
    m_events.append(now);
    return true;
}

QDateTime FakeHttpServer::stamp()
{
    QDateTime now = Clock::nowUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    if (m_lastStamp.isValid() && now <= m_lastStamp)
        now = m_lastStamp.addSecs(1);
    m_lastStamp = now;
    return now;
}

}   // namespace Linkdeck::Test
