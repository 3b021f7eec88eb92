#include "core/providers/remoteprovider.h"
#include "core/base/clock.h"
#include "core/base/future.h"

#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>

#include "core/storage/secretstore.h"

using namespace Qt::StringLiterals;

namespace Linkdeck {

struct RemoteProvider::Call
{
    HttpRequest request;
    ReplyHandler done;
    Lookup lookup;   // set for creates
    CreateHandler createDone;
    int attempt = 0;
};

RemoteProvider::RemoteProvider(const Account &account, SecretStore *secrets, QNetworkAccessManager *network,
                               QObject *parent)
    : LinkProvider(parent)
    , m_account(account)
    , m_secrets(secrets)
    , m_network(network)
{
    Q_ASSERT(m_network);
    m_sinceStart.start();
}

RemoteProvider::~RemoteProvider()
{
    // The manager is shared and lives on: a request of a provider that is gone is not
    // answered to anyone (its callers get "cancelled" from their Deferred).
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_inFlight)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

QString RemoteProvider::serviceName() const
{
    return providerName(kind());
}

QUrl RemoteProvider::apiBase() const
{
    if (!m_account.apiBase.isEmpty())
        return QUrl(m_account.apiBase);
    return defaultApiBase();
}

QFuture<Result<void>> RemoteProvider::testConnection()
{
    Deferred<Result<void>> result;
    whenFinished(this, domains(), [result](const Result<QStringList> &r) {
        result.resolve(r ? Result<void>() : Result<void>(r.error()));
    });
    return result.future();
}

int RemoteProvider::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, 24 * 3600));
    // HTTP date (RFC 9110): "Sun, 06 Nov 1994 08:49:37 GMT"
    QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid())
        when = QLocale::c().toDateTime(QString::fromLatin1(v), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return int(std::max<qint64>(0, now.secsTo(when)));
}

QDateTime RemoteProvider::parseTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString t = text;
    // "+0000" → "+00:00": Qt::ISODate wants the colon.
    static const QRegularExpression compactOffset(u"([+-]\\d\\d)(\\d\\d)$"_s);
    t.replace(compactOffset, u"\\1:\\2"_s);
    QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDateTime::fromString(t, u"yyyy-MM-dd HH:mm:ss"_s);
    // A time without an offset ("2026-11-29 09:30:00", as Cuttly writes them) is the
    // service's UTC, never the user's local time: keep the wall time, set the zone.
    if (d.isValid() && d.timeSpec() == Qt::LocalTime)
        d.setTimeSpec(Qt::UTC);
    return d.toUTC();
}

std::optional<Link> RemoteProvider::recentMatch(const QList<Link> &newest, const Link &draft)
{
    const QDateTime since = Clock::nowUtc().addSecs(-600);
    for (const Link &l : newest) {
        if (l.destination == draft.destination && l.title == draft.title && l.createdAt >= since)
            return l;
    }
    return std::nullopt;
}

void RemoteProvider::withToken(std::function<void(const Result<QString> &)> done)
{
    if (m_token) {
        done(Result<QString>(*m_token));
        return;
    }
    if (!m_secrets) {
        done(Result<QString>(
            Error::make(Error::Kind::Unauthorized, tr("No API token is set for “%1”.").arg(m_account.name))));
        return;
    }
    QPointer<RemoteProvider> self(this);
    m_secrets->read(SecretStore::accountKey(m_account), [self, done = std::move(done)](const Result<QString> &token) {
        if (!self)
            return;
        if (token) {
            self->m_token = *token;
            done(token);
        } else if (token.error().kind == Error::Kind::NotFound) {
            done(Result<QString>(Error::make(
                Error::Kind::Unauthorized,
                tr("No API token is stored for “%1”. Enter it in Preferences > Accounts.").arg(self->m_account.name),
                token.error().detail)));
        } else {
            // The keychain cannot give the token (none usable, access refused): to a call to
            // the service that is a missing token, whatever the keychain's reason, said as it is.
            done(Result<QString>(Error::make(Error::Kind::Unauthorized, token.error().message, token.error().detail)));
        }
    });
}

void RemoteProvider::send(const HttpRequest &request, ReplyHandler done)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->done = std::move(done);
    attempt(call);
}

void RemoteProvider::sendCreate(const HttpRequest &request, Lookup lookup, CreateHandler done)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->request.idempotent = false;
    call->createDone = std::move(done);
    call->done = [createDone = call->createDone](const HttpReply &reply, const std::optional<Error> &error) {
        createDone(reply, std::nullopt, error);
    };
    call->lookup = std::move(lookup);
    attempt(call);
}

int RemoteProvider::backoffMs(int attempt) const
{
    const qint64 delay = qint64(m_retry.baseDelayMs) << std::min(attempt, 16);
    return int(std::min<qint64>(delay, m_retry.maxDelayMs));
}

void RemoteProvider::attempt(std::shared_ptr<Call> call)
{
    QPointer<RemoteProvider> self(this);
    withToken([self, call](const Result<QString> &token) {
        if (!self)
            return;
        if (!token) {
            call->done(HttpReply{}, token.error());
            return;
        }
        self->perform(call, *token);
    });
}

void RemoteProvider::perform(std::shared_ptr<Call> call, const QString &token)
{
    if (m_rateLimit.requests > 0) {
        // At most `requests` in any `perMs`, counted when requests really leave: one that
        // would go too early waits, and checks again then (others may have gone meanwhile).
        const qint64 now = m_sinceStart.elapsed();
        if (m_sent.size() >= m_rateLimit.requests) {
            const qint64 allowed = m_sent.at(m_sent.size() - m_rateLimit.requests) + m_rateLimit.perMs;
            if (now < allowed) {
                QPointer<RemoteProvider> self(this);
                QTimer::singleShot(int(allowed - now), this, [self, call, token] {
                    if (self)
                        self->perform(call, token);
                });
                return;
            }
        }
        m_sent.append(now);
        while (m_sent.size() > m_rateLimit.requests)
            m_sent.removeFirst();
    }
    ++call->attempt;
    QUrl url = apiBase();
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + call->request.path, QUrl::DecodedMode);
    QUrlQuery query = call->request.query;
    QNetworkRequest request;
    authorize(request, query, token);
    url.setQuery(query);
    request.setUrl(url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      u"Linkdeck/%1"_s.arg(QCoreApplication::applicationVersion().isEmpty()
                                               ? u"1"_s
                                               : QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", "application/json");
    // Each reply is deleted once finished; the manager's own setting is the app's business.
    request.setAttribute(QNetworkRequest::AutoDeleteReplyOnFinishAttribute, true);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    QByteArray body;
    if (call->request.json) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        body = call->request.json->toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, call->request.method, body);
    m_inFlight.removeAll(nullptr);
    m_inFlight.append(reply);

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty("linkdeckTimedOut", true);
        reply->abort();
    });
    timer->start(m_retry.timeoutMs);

    connect(reply, &QNetworkReply::finished, this, [this, reply, call] {
        m_inFlight.removeAll(reply);
        HttpReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            r.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        r.timedOut = reply->property("linkdeckTimedOut").toBool();
        if (r.status == 0)
            r.networkError = reply->errorString();
        if (!r.body.isEmpty())
            r.json = QJsonDocument::fromJson(r.body);
        finishAttempt(call, std::move(r));
    });
}

void RemoteProvider::finishAttempt(std::shared_ptr<Call> call, HttpReply reply)
{
    const bool lost = reply.status == 0;
    const bool more = call->attempt < m_retry.maxAttempts;
    QPointer<RemoteProvider> self(this);
    const auto retryAfter = [self, call](int ms) {
        QTimer::singleShot(ms, self, [self, call] {
            if (self)
                self->attempt(call);
        });
    };

    if (lost) {
        const Error error = errorForStatus(reply);
        if (call->lookup) {
            // The create may have reached the provider: ask before sending it again, and
            // before reporting a failure that may not be one.
            call->lookup([self, call, reply, error, more, retryAfter](const std::optional<Link> &found,
                                                                      const std::optional<Error> &lookupError) {
                if (!self)
                    return;
                if (found)
                    call->createDone(HttpReply{}, found, std::nullopt);
                else if (lookupError || !more)
                    call->done(reply, error);   // still unreachable: report the first failure
                else
                    retryAfter(self->backoffMs(call->attempt - 1));
            });
            return;
        }
        if (!more) {
            call->done(reply, error);
            return;
        }
        if (call->request.idempotent) {
            retryAfter(backoffMs(call->attempt - 1));
            return;
        }
        call->done(reply, error);
        return;
    }

    if (reply.status >= 200 && reply.status < 300) {
        call->done(reply, std::nullopt);
        return;
    }

    Error error = decodeError(reply);
    const bool transient =
        error.kind == Error::Kind::RateLimited || (error.kind == Error::Kind::Server && reply.status == 503);
    if (transient && more) {
        const int seconds = parseRetryAfter(reply.header("retry-after"));
        if (seconds > m_retry.maxRetryAfterSeconds) {
            error.retryAfterSeconds = seconds;
            call->done(reply, error);
            return;
        }
        retryAfter(seconds >= 0 ? seconds * 1000 : backoffMs(call->attempt - 1));
        return;
    }
    call->done(reply, error);
}

void RemoteProvider::sendForLink(const HttpRequest &request, const QString &idKey, LinkParser parse,
                                 Deferred<Result<Link>> result)
{
    QPointer<RemoteProvider> self(this);
    send(request, [self, idKey, parse, result](const HttpReply &reply, const std::optional<Error> &error) {
        if (error)
            result.resolve(*error);
        else if (reply.json.object().value(idKey).toString().isEmpty())
            result.resolve(self ? self->badResponse(reply) : Error());
        else
            result.resolve(parse(reply.json.object()));
    });
}

void RemoteProvider::sendCreateForLink(const HttpRequest &request, Lookup lookup, const QString &idKey,
                                       LinkParser parse, Deferred<Result<Link>> result)
{
    QPointer<RemoteProvider> self(this);
    sendCreate(request, std::move(lookup),
               [self, idKey, parse, result](const HttpReply &reply, const std::optional<Link> &existing,
                                            const std::optional<Error> &error) {
                   if (existing)
                       result.resolve(*existing);
                   else if (error)
                       result.resolve(*error);
                   else if (reply.json.object().value(idKey).toString().isEmpty())
                       result.resolve(self ? self->badResponse(reply) : Error());
                   else
                       result.resolve(parse(reply.json.object()));
               });
}

void RemoteProvider::resolveFreeUnlessFound(const HttpRequest &get, Deferred<Result<bool>> result)
{
    send(get, [result](const HttpReply &, const std::optional<Error> &error) {
        if (!error)
            result.resolve(false);
        else if (error->kind == Error::Kind::NotFound)
            result.resolve(true);
        else
            result.resolve(*error);
    });
}

RemoteProvider::Lookup RemoteProvider::lookupFor(const Link &draft, const LinkLookup &how)
{
    QPointer<RemoteProvider> self(this);
    return [self, draft, how](LookupDone found) {
        if (!self)
            return;
        const bool bySlug = how.bySlug && !draft.slug.isEmpty();
        self->send(bySlug ? *how.bySlug : how.newest,
                   [found, draft, how, bySlug](const HttpReply &reply, const std::optional<Error> &error) {
                       if (error && error->kind == Error::Kind::NotFound) {
                           found(std::nullopt, std::nullopt);   // never made
                           return;
                       }
                       if (error) {
                           found(std::nullopt, error);
                           return;
                       }
                       const QList<Link> links = how.links(reply.json);
                       if (!bySlug) {
                           found(recentMatch(links, draft), std::nullopt);
                           return;
                       }
                       // The back-half may be someone else's link: only ours if it goes to our destination.
                       for (const Link &l : links) {
                           if (l.destination == draft.destination) {
                               found(l, std::nullopt);
                               return;
                           }
                       }
                       found(std::nullopt, std::nullopt);
                   });
    };
}

Error RemoteProvider::badResponse(const HttpReply &reply) const
{
    Error e = Error::make(Error::Kind::BadResponse,
                          tr("%1 sent a reply Linkdeck could not understand. Try again later.").arg(serviceName()),
                          u"HTTP %1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body.left(500))));
    e.httpStatus = reply.status;
    return e;
}

Error RemoteProvider::decodeError(const HttpReply &reply) const
{
    return errorForStatus(reply);
}

Error RemoteProvider::errorForStatus(const HttpReply &reply, const QString &providerMessage) const
{
    using K = Error::Kind;
    const QString service = serviceName();
    const QString detail = reply.status == 0
        ? reply.networkError
        : u"HTTP %1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body.left(500)));
    Error e;
    if (reply.status == 0 && reply.timedOut) {
        e = Error::make(K::Timeout, tr("%1 did not answer in time. Check your connection and try again.").arg(service),
                        detail);
    } else if (reply.status == 0) {
        e = Error::make(K::Network, tr("Could not reach %1. Check your internet connection.").arg(service), detail);
    } else if (reply.status == 401) {
        e = Error::make(K::Unauthorized,
                        tr("%1 did not accept the API token of “%2”. Check it in Preferences > Accounts.")
                            .arg(service, m_account.name),
                        detail);
    } else if (reply.status == 402) {
        e = Error::make(K::PlanLimit, tr("Your %1 plan does not include this.").arg(service), detail);
    } else if (reply.status == 403) {
        e = Error::make(K::Forbidden, tr("%1 does not allow the account “%2” to do this.").arg(service, m_account.name),
                        detail);
    } else if (reply.status == 404 || reply.status == 410) {
        e = Error::make(K::NotFound, tr("%1 does not know this link; it may have been deleted there.").arg(service),
                        detail);
    } else if (reply.status == 409) {
        e = Error::make(K::SlugTaken, tr("This back-half is already used on %1. Choose another one.").arg(service),
                        detail);
    } else if (reply.status == 429) {
        e = Error::make(
            K::RateLimited,
            tr("%1 is receiving too many requests from this account. Wait a minute and try again.").arg(service),
            detail);
        e.retryAfterSeconds = parseRetryAfter(reply.header("retry-after"));
        if (e.retryAfterSeconds > 0)
            e.message = tr("%1 is receiving too many requests from this account. Try again in %n second(s).", nullptr,
                           e.retryAfterSeconds)
                            .arg(service);
    } else if (reply.status >= 500) {
        e = Error::make(K::Server,
                        tr("%1 has a problem right now (error %2). Try again later.").arg(service).arg(reply.status),
                        detail);
    } else if (reply.status >= 400) {
        e = Error::make(K::Invalid,
                        providerMessage.isEmpty()
                            ? tr("%1 refused the request (error %2).").arg(service).arg(reply.status)
                            : tr("%1 refused the link: %2").arg(service, providerMessage),
                        detail);
    } else {
        e = badResponse(reply);
    }
    e.httpStatus = reply.status;
    return e;
}

}   // namespace Linkdeck
