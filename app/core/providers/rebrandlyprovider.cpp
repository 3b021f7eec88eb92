#include "core/providers/rebrandlyprovider.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Linkdeck {

RebrandlyProvider::RebrandlyProvider(const Account &account, SecretStore *secrets, QNetworkAccessManager *network,
                                     QObject *parent)
    : RemoteProvider(account, secrets, network, parent)
{
    // "10 requests per second" (Rebrandly's API limits), with a margin for the time a
    // request takes to arrive.
    setRateLimit({10, 1100});
}

QString RebrandlyProvider::serviceDomain() const
{
    return u"rebrand.ly"_s;
}

LinkProvider::Capabilities RebrandlyProvider::capabilities() const
{
    return Capability::CreateLinks | Capability::ListLinks | Capability::UpdateDestination | Capability::UpdateTitle
        | Capability::DeleteLinks | Capability::CustomSlug | Capability::Title | Capability::Domains;
}

QUrl RebrandlyProvider::defaultApiBase() const
{
    return QUrl(u"https://api.rebrandly.com/v1"_s);
}

void RebrandlyProvider::authorize(QNetworkRequest &request, QUrlQuery &, const QString &token) const
{
    request.setRawHeader("apikey", token.toUtf8());
    if (!account().workspace.isEmpty())
        request.setRawHeader("workspace", account().workspace.toUtf8());
}

Error RebrandlyProvider::decodeError(const HttpReply &reply) const
{
    const QJsonObject o = reply.json.object();
    const QString code = o.value(u"code"_s).toString();
    QString property, fieldCode;
    for (const QJsonValue &v : o.value(u"errors"_s).toArray()) {
        property = v.toObject().value(u"property"_s).toString();
        fieldCode = v.toObject().value(u"code"_s).toString();
        if (!property.isEmpty())
            break;
    }
    Error e = errorForStatus(reply, o.value(u"message"_s).toString());
    if (fieldCode == u"AlreadyExists" && (property == u"slashtag" || property.isEmpty())) {
        e.kind = Error::Kind::SlugTaken;
        e.message = tr("This back-half is already used on this Rebrandly domain. Choose another one.");
    } else if (property == u"slashtag") {
        e.kind = Error::Kind::Invalid;
        e.message = tr("Rebrandly accepts back-halves of 1 to 40 letters, digits, “-” and “_”.");
    } else if (property == u"destination") {
        e.kind = Error::Kind::Invalid;
        e.message = tr("Rebrandly refused the destination address. Check that it is a complete web address.");
    } else if (property == u"title") {
        e.kind = Error::Kind::Invalid;
        e.message = tr("Rebrandly needs a title of 3 to 255 characters, or none.");
    } else if (property == u"domain") {
        e.kind = Error::Kind::Invalid;
        e.message = tr("This domain is not set up in your Rebrandly account.");
    } else if (reply.status == 403 && code == u"Forbidden" && !account().workspace.isEmpty()) {
        e.kind = Error::Kind::Forbidden;
        e.message = tr("The Rebrandly token of “%1” has no access to the workspace “%2”.")
                        .arg(account().name, account().workspace);
    } else if (reply.status == 403 && !fieldCode.isEmpty()) {
        e.kind = Error::Kind::Invalid;
        e.message = tr("Rebrandly refused the link: %1").arg(o.value(u"message"_s).toString());
    }
    return e;
}

QString RebrandlyProvider::domainOf(const Link &link) const
{
    if (!link.domain.isEmpty())
        return link.domain;
    return account().defaultDomain.isEmpty() ? u"rebrand.ly"_s : account().defaultDomain;
}

Link RebrandlyProvider::fromJson(const QJsonObject &o)
{
    Link link;
    link.remoteId = o.value(u"id"_s).toString();
    link.slug = o.value(u"slashtag"_s).toString();
    link.destination = o.value(u"destination"_s).toString();
    link.title = o.value(u"title"_s).toString();
    link.createdAt = parseTime(o.value(u"createdAt"_s).toString());
    link.updatedAt = parseTime(o.value(u"updatedAt"_s).toString());
    link.clicks = o.value(u"clicks"_s).toInteger();
    link.domain = o.value(u"domain"_s).toObject().value(u"fullName"_s).toString();
    if (link.domain.isEmpty())
        link.domain = o.value(u"domainName"_s).toString();
    QString shortUrl = o.value(u"shortUrl"_s).toString();   // "rebrand.ly/abc", without a scheme
    if (!shortUrl.isEmpty() && !shortUrl.contains(u"://"_s))
        shortUrl.prepend(o.value(u"https"_s).toBool(true) ? u"https://"_s : u"http://"_s);
    link.shortUrl = shortUrl.isEmpty() ? u"https://%1/%2"_s.arg(link.domain, link.slug) : shortUrl;
    return link;
}

HttpRequest RebrandlyProvider::bySlashtag(const QString &domain, const QString &slashtag)
{
    // "You cannot fetch links by destination URL": by slashtag and domain it is.
    HttpRequest request{"GET", u"/links"_s};
    request.query.addQueryItem(u"slashtag"_s, slashtag);
    request.query.addQueryItem(u"domain.fullName"_s, domain);
    return request;
}

QList<Link> RebrandlyProvider::linksIn(const QJsonDocument &json)
{
    QList<Link> links;
    if (json.isArray()) {
        for (const QJsonValue &v : json.array())
            links << fromJson(v.toObject());
    } else if (!json.object().value(u"id"_s).toString().isEmpty()) {
        links << fromJson(json.object());
    }
    return links;
}

QFuture<Result<QStringList>> RebrandlyProvider::domains()
{
    Deferred<Result<QStringList>> result;
    QPointer<RebrandlyProvider> self(this);
    send({"GET", u"/domains"_s}, [self, result](const HttpReply &reply, const std::optional<Error> &error) {
        if (error) {
            result.resolve(*error);
            return;
        }
        if (!reply.json.isArray()) {
            result.resolve(self ? self->badResponse(reply) : Error());
            return;
        }
        QStringList names{u"rebrand.ly"_s};
        for (const QJsonValue &d : reply.json.array()) {
            const QString name = d.toObject().value(u"fullName"_s).toString();
            if (!name.isEmpty() && !names.contains(name))
                names << name;
        }
        result.resolve(names);
    });
    return result.future();
}

QFuture<Result<bool>> RebrandlyProvider::isSlugAvailable(const QString &domain, const QString &slug)
{
    Deferred<Result<bool>> result;
    Link probe;
    probe.domain = domain;
    send(bySlashtag(domainOf(probe), slug), [result](const HttpReply &reply, const std::optional<Error> &error) {
        if (error)
            result.resolve(*error);
        else
            result.resolve(linksIn(reply.json).isEmpty());
    });
    return result.future();
}

QFuture<Result<Link>> RebrandlyProvider::create(const Link &draft)
{
    Deferred<Result<Link>> result;
    const QString domain = domainOf(draft);
    QJsonObject body{{u"destination"_s, draft.destination}, {u"domain"_s, QJsonObject{{u"fullName"_s, domain}}}};
    if (!draft.slug.isEmpty())
        body.insert(u"slashtag"_s, draft.slug);
    if (!draft.title.isEmpty())
        body.insert(u"title"_s, draft.title);
    HttpRequest request{"POST", u"/links"_s};
    request.json = QJsonDocument(body);

    LinkLookup how;
    how.bySlug = bySlashtag(domain, draft.slug);
    how.newest = HttpRequest{"GET", u"/links"_s};
    how.newest.query.addQueryItem(u"orderBy"_s, u"createdAt"_s);
    how.newest.query.addQueryItem(u"orderDir"_s, u"desc"_s);
    how.newest.query.addQueryItem(u"limit"_s, u"10"_s);
    how.links = &RebrandlyProvider::linksIn;
    sendCreateForLink(request, lookupFor(draft, how), u"id"_s, &RebrandlyProvider::fromJson, result);
    return result.future();
}

QFuture<Result<Link>> RebrandlyProvider::update(const Link &link)
{
    Deferred<Result<Link>> result;
    QJsonObject body{{u"destination"_s, link.destination}};
    if (!link.title.isEmpty())
        body.insert(u"title"_s, link.title);
    HttpRequest request{"POST", u"/links/"_s + link.remoteId};
    request.json = QJsonDocument(body);
    sendForLink(request, u"id"_s, &RebrandlyProvider::fromJson, result);
    return result.future();
}

QFuture<Result<void>> RebrandlyProvider::remove(const Link &link)
{
    Deferred<Result<void>> result;
    send({"DELETE", u"/links/"_s + link.remoteId}, [result](const HttpReply &, const std::optional<Error> &error) {
        result.resolve(error ? Result<void>(*error) : Result<void>());
    });
    return result.future();
}

QFuture<Result<LinkPage>> RebrandlyProvider::list(const QString &cursor)
{
    Deferred<Result<LinkPage>> result;
    HttpRequest request{"GET", u"/links"_s};
    request.query.addQueryItem(u"orderBy"_s, u"createdAt"_s);
    request.query.addQueryItem(u"orderDir"_s, u"desc"_s);
    request.query.addQueryItem(u"limit"_s, QString::number(PageSize));
    if (!cursor.isEmpty())
        request.query.addQueryItem(u"last"_s, cursor);
    QPointer<RebrandlyProvider> self(this);
    send(request, [self, result](const HttpReply &reply, const std::optional<Error> &error) {
        if (error) {
            result.resolve(*error);
            return;
        }
        if (!reply.json.isArray()) {
            result.resolve(self ? self->badResponse(reply) : Error());
            return;
        }
        LinkPage page;
        for (const QJsonValue &v : reply.json.array())
            page.links << fromJson(v.toObject());
        if (!page.links.isEmpty())
            page.nextCursor = page.links.constLast().remoteId;   // Rebrandly pages until an empty array
        result.resolve(page);
    });
    return result.future();
}

QFuture<Result<QList<ClickPoint>>> RebrandlyProvider::clicks(const Link &, const QDateTime &, const QDateTime &,
                                                             TimeUnit)
{
    return QtFuture::makeReadyFuture(Result<QList<ClickPoint>>(Error::make(
        Error::Kind::Unsupported, tr("Rebrandly gives a link's total clicks only, not clicks over time."))));
}

}   // namespace Linkdeck
