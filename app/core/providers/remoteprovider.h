#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QPointer>
#include <QPromise>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

#include "core/base/clock.h"
#include "core/links/link.h"
#include "core/providers/linkprovider.h"

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Linkdeck {

class SecretStore;

// A promise that lambdas can copy: resolve it once, from any callback. T is a Result: if
// the last copy goes away unresolved (the provider was deleted mid-request), the future
// still finishes, with a "cancelled" error, so that no continuation waits or asserts.
template<typename T>
class Deferred
{
public:
    Deferred()
        : m_state(std::make_shared<State>())
    {
        m_state->promise.start();
    }
    QFuture<T> future() const { return m_state->promise.future(); }
    void resolve(T value) const
    {
        if (m_state->resolved)
            return;
        m_state->resolved = true;
        m_state->promise.addResult(std::move(value));
        m_state->promise.finish();
    }

private:
    struct State
    {
        QPromise<T> promise;
        bool resolved = false;
        ~State()
        {
            if (!resolved) {
                promise.addResult(T(Error::make(
                    Error::Kind::Network,
                    QCoreApplication::translate("Linkdeck::RemoteProvider", "The request was cancelled."))));
                promise.finish();
            }
        }
    };
    std::shared_ptr<State> m_state;
};

struct HttpRequest
{
    HttpRequest(QByteArray m = "GET", QString p = {})
        : method(std::move(m))
        , path(std::move(p))
    {}

    QByteArray method;
    QString path;   // appended to the account's API base
    QUrlQuery query;
    std::optional<QJsonDocument> json;   // the body, if any
    bool idempotent = true;              // may be sent again after a timeout or a lost connection
};

struct HttpReply
{
    int status = 0;   // 0: no HTTP answer (network error or timeout)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;   // lower-case names
    QJsonDocument json;                      // the body, when it is JSON
    bool timedOut = false;
    QString networkError;   // Qt's text when status is 0

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

// How hard a provider tries: attempts for 429/503 and for idempotent requests that were
// lost, with exponential backoff unless the server says how long to wait (Retry-After).
struct RetryPolicy
{
    int maxAttempts = 4;
    int baseDelayMs = 1000;
    int maxDelayMs = 30000;
    int maxRetryAfterSeconds = 120;   // a longer wait is returned to the user as RateLimited
    int timeoutMs = 20000;
};

// At most `requests` requests in any `perMs` milliseconds (Rebrandly 10/s, Cuttly per minute).
struct RateLimit
{
    int requests = 0;   // 0: no limit
    int perMs = 1000;
};

// The HTTP plumbing every SaaS provider shares: the token from the keychain, a rate limiter,
// retries with backoff that honour Retry-After, timeouts, and errors turned into sentences.
// Subclasses say how to authorise a request, how to read their errors, and map JSON to Links.
// Requests go through the QNetworkAccessManager given (the app's, or a test's), which must
// outlive the provider; deleting the provider aborts its requests. No cookies are kept or
// sent: two accounts of one service share the manager, never a session.
class RemoteProvider : public LinkProvider
{
    Q_OBJECT
public:
    RemoteProvider(const Account &account, SecretStore *secrets, QNetworkAccessManager *network,
                   QObject *parent = nullptr);
    ~RemoteProvider() override;

    const Account &account() const { return m_account; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    void setRateLimit(const RateLimit &limit) { m_rateLimit = limit; }
    // The token to use instead of asking the secret store (the "test connection" button
    // tries a token before it is saved).
    void setToken(const QString &token) { m_token = token; }

    QFuture<Result<void>> testConnection() override;
    // The domain links get when the account names none: bit.ly, rebrand.ly, cutt.ly, or the
    // Shlink server's host.
    virtual QString serviceDomain() const = 0;

    // Retry-After as seconds, from "120" or an HTTP date; -1 if absent or unreadable.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now = Clock::nowUtc());
    // Parses the provider's time stamps: ISO 8601 with "Z", "+00:00" or "+0000".
    static QDateTime parseTime(const QString &text);
    // Among a service's newest links, the one a lost create without a back-half made: same
    // destination and title, created in the last ten minutes.
    static std::optional<Link> recentMatch(const QList<Link> &newest, const Link &draft);

protected:
    using ReplyHandler = std::function<void(const HttpReply &reply, const std::optional<Error> &error)>;
    using LookupDone = std::function<void(const std::optional<Link> &found, const std::optional<Error> &error)>;
    using Lookup = std::function<void(LookupDone)>;
    // For creates: `existing` is set when a lost create turned out to have been made.
    using CreateHandler = std::function<void(const HttpReply &reply, const std::optional<Link> &existing,
                                             const std::optional<Error> &error)>;

    virtual QUrl defaultApiBase() const = 0;
    virtual void authorize(QNetworkRequest &request, QUrlQuery &query, const QString &token) const = 0;
    // The provider's own error body as an Error; the default reads the status code only.
    virtual Error decodeError(const HttpReply &reply) const;
    // A sentence naming the service, e.g. "Bitly".
    QString serviceName() const;

    // Sends a request, retrying as the policy says; `done` gets the reply and, if the request
    // failed, the error to show.
    void send(const HttpRequest &request, ReplyHandler done);
    // A create: never blindly resent. After a timeout or a lost connection `lookup` asks the
    // provider whether the link was made after all; only if not is the request sent again.
    void sendCreate(const HttpRequest &request, Lookup lookup, CreateHandler done);

    // What most calls share. A reply that should hold a link is read by `parse` when its
    // JSON object has `idKey` set, and is "unreadable" otherwise.
    using LinkParser = Link (*)(const QJsonObject &);
    void sendForLink(const HttpRequest &request, const QString &idKey, LinkParser parse, Deferred<Result<Link>> result);
    void sendCreateForLink(const HttpRequest &request, Lookup lookup, const QString &idKey, LinkParser parse,
                           Deferred<Result<Link>> result);
    // A back-half is free when asking for its link answers 404.
    void resolveFreeUnlessFound(const HttpRequest &get, Deferred<Result<bool>> result);
    // How to find what a lost create made: the link by its back-half (an answer with the
    // link, a list, or 404) when the draft has one, else the newest links; `links` reads the
    // links out of either answer.
    struct LinkLookup
    {
        std::optional<HttpRequest> bySlug;
        HttpRequest newest;
        std::function<QList<Link>(const QJsonDocument &)> links;
    };
    Lookup lookupFor(const Link &draft, const LinkLookup &how);

    Error errorForStatus(const HttpReply &reply, const QString &providerMessage = {}) const;
    Error badResponse(const HttpReply &reply) const;
    QUrl apiBase() const;

private:
    struct Call;
    void withToken(std::function<void(const Result<QString> &)> done);
    void attempt(std::shared_ptr<Call> call);
    void perform(std::shared_ptr<Call> call, const QString &token);
    void finishAttempt(std::shared_ptr<Call> call, HttpReply reply);
    int backoffMs(int attempt) const;

    Account m_account;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    QList<QPointer<QNetworkReply>> m_inFlight;   // aborted with the provider
    std::optional<QString> m_token;
    RetryPolicy m_retry;
    RateLimit m_rateLimit;
    QElapsedTimer m_sinceStart;   // monotonic: the rate limit must not move with the system date
    QList<qint64> m_sent;         // when the last requests left (ms of m_sinceStart), for the rate limit
};

}   // namespace Linkdeck
