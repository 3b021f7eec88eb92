#include "core/providers/cuttlyprovider.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QPointer>

#include "core/base/clock.h"
#include "core/links/slug.h"

using namespace Qt::StringLiterals;

namespace Linkdeck {

namespace {
const QString CuttlyDomain = u"cutt.ly"_s;
}

CuttlyProvider::CuttlyProvider(const Account &account, SecretStore *secrets, QNetworkAccessManager *network,
                               QObject *parent)
    : RemoteProvider(account, secrets, network, parent)
{
    // Quotas are per minute (3 on the free plan, 60 on Single, 180 on Team); stay within the
    // Single plan here and wait out a 429, which comes without Retry-After, a window at a time.
    setRateLimit({60, 60'000});
    RetryPolicy policy;
    policy.baseDelayMs = 20'000;
    policy.maxDelayMs = 60'000;
    policy.maxAttempts = 3;
    setRetryPolicy(policy);
}

QString CuttlyProvider::serviceDomain() const
{
    return u"cutt.ly"_s;
}

LinkProvider::Capabilities CuttlyProvider::capabilities() const
{
    return Capability::CreateLinks | Capability::CustomSlug | Capability::Domains | Capability::RefreshLinks;
}

QUrl CuttlyProvider::defaultApiBase() const
{
    return QUrl(u"https://cutt.ly/api/api.php"_s);
}

void CuttlyProvider::authorize(QNetworkRequest &, QUrlQuery &query, const QString &token) const
{
    query.addQueryItem(u"key"_s, QString::fromLatin1(QUrl::toPercentEncoding(token)));
}

Error CuttlyProvider::decodeError(const HttpReply &reply) const
{
    Error e = errorForStatus(reply);
    if (reply.status == 401) {
        e.message =
            tr("Cuttly did not accept the API key of “%1”. Check it in Preferences > Accounts.").arg(account().name);
    } else if (reply.status == 429) {
        e.message = tr("The Cuttly plan of “%1” allows only a few requests a minute. Linkdeck will try again shortly; "
                       "wait a minute if it fails.")
                        .arg(account().name);
    }
    // The detail (the request URL is not in it) never holds the key.
    return e;
}

Error CuttlyProvider::statusError(int status, const QString &detail)
{
    using K = Error::Kind;
    switch (status) {
    case 1:
        return Error::make(K::Invalid, tr("This address is already a Cuttly short link."), detail);
    case 2:
        return Error::make(K::Invalid, tr("Cuttly says the destination is not a valid web address."), detail);
    case 3:
        return Error::make(K::SlugTaken, tr("This back-half is already used on Cuttly. Choose another one."), detail);
    case 4:
        return Error::make(K::Unauthorized,
                           tr("Cuttly did not accept the API key. Check it in Preferences > Accounts."), detail);
    case 5:
        return Error::make(K::Invalid, tr("Cuttly accepts only letters, digits, “-” and “_” in a back-half."), detail);
    case 6:
        return Error::make(K::Invalid, tr("Cuttly blocks links to this destination's domain."), detail);
    case 8:
        return Error::make(K::PlanLimit, tr("Your Cuttly plan's monthly link limit is reached."), detail);
    default:
        return Error::make(K::BadResponse, tr("Cuttly sent a reply Linkdeck could not understand. Try again later."),
                           detail);
    }
}

bool CuttlyProvider::usesBrandedDomain(const QString &domain) const
{
    return !domain.isEmpty() && domain.compare(CuttlyDomain, Qt::CaseInsensitive) != 0;
}

QFuture<Result<QStringList>> CuttlyProvider::domains()
{
    // Cuttly has no domain list: the account's branded domain (if any) is set by hand.
    QStringList names{CuttlyDomain};
    if (usesBrandedDomain(account().defaultDomain))
        names.prepend(account().defaultDomain);
    return QtFuture::makeReadyFuture(Result<QStringList>(names));
}

void CuttlyProvider::stats(const QString &shortUrl,
                           std::function<void(const HttpReply &, const std::optional<Error> &)> done)
{
    HttpRequest request{"GET", QString()};
    request.query.addQueryItem(u"stats"_s, QString::fromLatin1(QUrl::toPercentEncoding(shortUrl)));
    send(request, std::move(done));
}

QFuture<Result<void>> CuttlyProvider::testConnection()
{
    Deferred<Result<void>> result;
    // Asking for the statistics of a link that does not exist: status 0 means the key works.
    stats(u"https://cutt.ly/linkdeck-connection-test"_s,
          [result](const HttpReply &reply, const std::optional<Error> &error) {
              if (error) {
                  result.resolve(*error);
                  return;
              }
              const int status = reply.json.object().value(u"stats"_s).toObject().value(u"status"_s).toInt(-1);
              if (status == 0 || status == 1)
                  result.resolve({});
              else if (status == 2)
                  result.resolve(statusError(4, QString::fromUtf8(reply.body)));
              else
                  result.resolve(statusError(-1, QString::fromUtf8(reply.body)));
          });
    return result.future();
}

QFuture<Result<bool>> CuttlyProvider::isSlugAvailable(const QString &, const QString &)
{
    // Each question costs one of the few requests a minute the plan allows: the back-half
    // is checked when the link is created instead.
    return QtFuture::makeReadyFuture(Result<bool>(
        Error::make(Error::Kind::Unsupported, tr("Cuttly checks the back-half when the link is created."))));
}

QFuture<Result<Link>> CuttlyProvider::create(const Link &draft)
{
    Deferred<Result<Link>> result;
    const QString domain = draft.domain.isEmpty() ? account().defaultDomain : draft.domain;
    const bool branded = usesBrandedDomain(domain);
    // Linkdeck picks the random back-half itself, so that a create whose answer was lost can
    // be looked up by it instead of being sent twice.
    const QString alias = draft.slug.isEmpty() ? Slug::random(Slug::DefaultRandomLength) : draft.slug;
    HttpRequest request{"GET", QString()};
    request.query.addQueryItem(u"short"_s, QString::fromLatin1(QUrl::toPercentEncoding(draft.destination)));
    request.query.addQueryItem(u"name"_s, alias);
    if (branded)
        request.query.addQueryItem(u"userDomain"_s, u"1"_s);
    const QString expectedShortUrl = u"https://%1/%2"_s.arg(branded ? domain : CuttlyDomain, alias);

    QPointer<CuttlyProvider> self(this);
    const auto toLink = [draft](const QJsonObject &url) {
        Link link = draft;
        link.shortUrl = url.value(u"shortLink"_s).toString();
        const QUrl u(link.shortUrl);
        link.domain = u.host();
        link.slug = u.path().mid(1);
        link.remoteId = link.shortUrl;
        link.destination = url.value(u"fullLink"_s).toString(draft.destination);
        if (link.title.isEmpty())
            link.title = url.value(u"title"_s).toString();
        link.createdAt = Clock::nowUtc();
        link.updatedAt = link.createdAt;
        return link;
    };
    const auto lookup = [self, expectedShortUrl, draft, toLink](LookupDone found) {
        if (!self)
            return;
        self->stats(expectedShortUrl,
                    [found, draft, toLink](const HttpReply &reply, const std::optional<Error> &error) {
                        if (error) {
                            found(std::nullopt, error);
                            return;
                        }
                        const QJsonObject s = reply.json.object().value(u"stats"_s).toObject();
                        if (s.value(u"status"_s).toInt() == 1 && s.value(u"fullLink"_s).toString() == draft.destination)
                            found(toLink(s), std::nullopt);
                        else
                            found(std::nullopt, std::nullopt);
                    });
    };
    sendCreate(request, lookup,
               [self, result, toLink](const HttpReply &reply, const std::optional<Link> &existing,
                                      const std::optional<Error> &error) {
                   if (existing) {
                       result.resolve(*existing);
                       return;
                   }
                   if (error) {
                       result.resolve(*error);
                       return;
                   }
                   const QJsonObject url = reply.json.object().value(u"url"_s).toObject();
                   const int status = url.value(u"status"_s).toInt(-1);
                   if (status == 7 && !url.value(u"shortLink"_s).toString().isEmpty())
                       result.resolve(toLink(url));
                   else
                       result.resolve(statusError(status, QString::fromUtf8(reply.body.left(500))));
               });
    return result.future();
}

QFuture<Result<Link>> CuttlyProvider::refresh(const Link &link)
{
    Deferred<Result<Link>> result;
    stats(link.shortUrl, [result, link](const HttpReply &reply, const std::optional<Error> &error) {
        if (error) {
            result.resolve(*error);
            return;
        }
        const QJsonObject s = reply.json.object().value(u"stats"_s).toObject();
        switch (s.value(u"status"_s).toInt(-1)) {
        case 1: {
            Link updated = link;
            updated.clicks = s.value(u"clicks"_s).toInteger();
            if (!s.value(u"title"_s).toString().isEmpty())
                updated.title = s.value(u"title"_s).toString();
            result.resolve(updated);
            break;
        }
        case 0:
            result.resolve(Error::make(Error::Kind::NotFound, tr("Cuttly does not know this link any more.")));
            break;
        case 2:
            result.resolve(statusError(4, QString::fromUtf8(reply.body)));
            break;
        default:
            result.resolve(statusError(-1, QString::fromUtf8(reply.body)));
        }
    });
    return result.future();
}

namespace {
template<typename T>
QFuture<Result<T>> unsupported(const QString &message)
{
    return QtFuture::makeReadyFuture(Result<T>(Error::make(Error::Kind::Unsupported, message)));
}
}   // namespace

QFuture<Result<Link>> CuttlyProvider::update(const Link &)
{
    return unsupported<Link>(tr("Cuttly's API cannot change a link. Edit it on cutt.ly."));
}

QFuture<Result<void>> CuttlyProvider::remove(const Link &)
{
    return unsupported<void>(tr("Cuttly's API cannot delete a link. Delete it on cutt.ly."));
}

QFuture<Result<LinkPage>> CuttlyProvider::list(const QString &)
{
    return unsupported<LinkPage>(tr("Cuttly's API cannot list links; Linkdeck shows the ones made here."));
}

QFuture<Result<QList<ClickPoint>>> CuttlyProvider::clicks(const Link &, const QDateTime &, const QDateTime &, TimeUnit)
{
    return unsupported<QList<ClickPoint>>(tr("Cuttly gives a link's total clicks only, not clicks over time."));
}

}   // namespace Linkdeck
