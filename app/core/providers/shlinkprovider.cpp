#include "core/providers/shlinkprovider.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Linkdeck {

namespace {

QString shlinkTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);   // "2026-11-29T10:00:00Z"
}

QString problemType(const QJsonObject &o)
{
    const QString type = o.value(u"type"_s).toString();
    return type.mid(type.lastIndexOf(u'/') + 1);   // "https://shlink.io/api/error/non-unique-slug" → "non-unique-slug"
}

QDateTime bucketStart(const QDateTime &t, TimeUnit unit)
{
    const QDateTime u = t.toUTC();
    switch (unit) {
    case TimeUnit::Hour:
        return QDateTime(u.date(), QTime(u.time().hour(), 0), QTimeZone::utc());
    case TimeUnit::Day:
        return QDateTime(u.date(), QTime(0, 0), QTimeZone::utc());
    case TimeUnit::Week:
        return QDateTime(u.date().addDays(1 - u.date().dayOfWeek()), QTime(0, 0), QTimeZone::utc());
    case TimeUnit::Month:
        return QDateTime(QDate(u.date().year(), u.date().month(), 1), QTime(0, 0), QTimeZone::utc());
    }
    return u;
}

}   // namespace

QString ShlinkProvider::serviceDomain() const
{
    const QUrl base = apiBase();
    return base.host() + (base.port() > 0 ? u":%1"_s.arg(base.port()) : QString());
}

LinkProvider::Capabilities ShlinkProvider::capabilities() const
{
    return Capability::CreateLinks | Capability::ListLinks | Capability::UpdateDestination | Capability::UpdateTitle
        | Capability::UpdateTags | Capability::DeleteLinks | Capability::CustomSlug | Capability::Tags
        | Capability::Title | Capability::Expiry | Capability::MaxClicks | Capability::ClickStats | Capability::Domains
        | Capability::RedirectRules | Capability::HourlyClicks;
}

QUrl ShlinkProvider::defaultApiBase() const
{
    return QUrl(u"http://127.0.0.1:8080"_s);   // a Shlink account always names its server
}

void ShlinkProvider::authorize(QNetworkRequest &request, QUrlQuery &, const QString &token) const
{
    request.setRawHeader("X-Api-Key", token.toUtf8());
}

Error ShlinkProvider::decodeError(const HttpReply &reply) const
{
    const QJsonObject o = reply.json.object();
    const QString type = problemType(o);
    const QString detail = o.value(u"detail"_s).toString();
    Error e = errorForStatus(reply, detail);
    if (type == u"non-unique-slug") {
        e.kind = Error::Kind::SlugTaken;
        e.message = tr("This back-half is already used on %1. Choose another one.")
                        .arg(o.value(u"domain"_s).toString().isEmpty() ? tr("this Shlink server")
                                                                       : o.value(u"domain"_s).toString());
    } else if (type == u"invalid-api-key" || type == u"missing-authentication") {
        e.kind = Error::Kind::Unauthorized;
        e.message = tr("The Shlink server did not accept the API key of “%1”. Check it in Preferences > Accounts.")
                        .arg(account().name);
    } else if (type == u"short-url-not-found") {
        e.kind = Error::Kind::NotFound;
        e.message = tr("The Shlink server does not know this link; it may have been deleted there.");
    } else if (type == u"invalid-short-url-deletion") {
        e.kind = Error::Kind::Forbidden;
        e.message = tr("The Shlink server keeps links with more than %n visit(s); it refused to delete this one.",
                       nullptr, o.value(u"threshold"_s).toInt());
    } else if (type == u"invalid-data" || type == u"invalid-url" || type == u"invalid-argument") {
        e.kind = Error::Kind::Invalid;
        e.message = tr("The Shlink server refused the link: %1").arg(detail);
    } else if (type == u"domain-not-found") {
        e.kind = Error::Kind::NotFound;
        e.message = tr("The Shlink server does not know this domain.");
    }
    return e;
}

Link ShlinkProvider::fromJson(const QJsonObject &o)
{
    Link link;
    link.slug = o.value(u"shortCode"_s).toString();
    link.shortUrl = o.value(u"shortUrl"_s).toString();
    const QUrl url(link.shortUrl);
    link.domain = o.value(u"domain"_s).toString();
    if (link.domain.isEmpty())
        link.domain = url.host() + (url.port() > 0 ? u":%1"_s.arg(url.port()) : QString());
    link.remoteId = link.domain + u'/' + link.slug;
    link.destination = o.value(u"longUrl"_s).toString();
    link.title = o.value(u"title"_s).toString();
    for (const QJsonValue &t : o.value(u"tags"_s).toArray())
        link.tags << t.toString();
    link.createdAt = parseTime(o.value(u"dateCreated"_s).toString());
    link.updatedAt = link.createdAt;
    const QJsonObject meta = o.value(u"meta"_s).toObject();
    if (const QString s = meta.value(u"validSince"_s).toString(); !s.isEmpty())
        link.validSince = parseTime(s);
    if (const QString s = meta.value(u"validUntil"_s).toString(); !s.isEmpty())
        link.expiresAt = parseTime(s);
    if (meta.value(u"maxVisits"_s).isDouble())
        link.maxClicks = meta.value(u"maxVisits"_s).toInteger();
    const QJsonObject visits = o.value(u"visitsSummary"_s).toObject();
    // People's visits, as Link::clicks counts them everywhere (Shlink 3.4 and later tell bots
    // apart); older servers only have the total.
    link.clicks = visits.contains(u"nonBots"_s) ? visits.value(u"nonBots"_s).toInteger()
        : visits.contains(u"total"_s)           ? visits.value(u"total"_s).toInteger()
                                                : o.value(u"visitsCount"_s).toInteger();
    link.crawlable = o.value(u"crawlable"_s).toBool();
    link.forwardQuery = o.value(u"forwardQuery"_s).toBool(true);
    return link;
}

QJsonObject ShlinkProvider::editableFields(const Link &link)
{
    QJsonObject body{{u"longUrl"_s, link.destination},
                     {u"tags"_s, QJsonArray::fromStringList(link.tags)},
                     {u"crawlable"_s, link.crawlable},
                     {u"forwardQuery"_s, link.forwardQuery}};
    body.insert(u"title"_s, link.title.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(link.title));
    body.insert(u"validSince"_s,
                link.validSince ? QJsonValue(shlinkTime(*link.validSince)) : QJsonValue(QJsonValue::Null));
    body.insert(u"validUntil"_s,
                link.expiresAt ? QJsonValue(shlinkTime(*link.expiresAt)) : QJsonValue(QJsonValue::Null));
    body.insert(u"maxVisits"_s, link.maxClicks ? QJsonValue(double(*link.maxClicks)) : QJsonValue(QJsonValue::Null));
    return body;
}

QFuture<Result<QStringList>> ShlinkProvider::domains()
{
    Deferred<Result<QStringList>> result;
    QPointer<ShlinkProvider> self(this);
    send({"GET", u"/rest/v3/domains"_s}, [self, result](const HttpReply &reply, const std::optional<Error> &error) {
        if (error) {
            result.resolve(*error);
            return;
        }
        const QJsonValue data = reply.json.object().value(u"domains"_s).toObject().value(u"data"_s);
        if (!data.isArray()) {
            result.resolve(self ? self->badResponse(reply) : Error());
            return;
        }
        QStringList names;
        for (const QJsonValue &d : data.toArray()) {
            const QJsonObject domain = d.toObject();
            if (domain.value(u"isDefault"_s).toBool())
                names.prepend(domain.value(u"domain"_s).toString());
            else
                names.append(domain.value(u"domain"_s).toString());
        }
        result.resolve(names);
    });
    return result.future();
}

QFuture<Result<bool>> ShlinkProvider::isSlugAvailable(const QString &domain, const QString &slug)
{
    Deferred<Result<bool>> result;
    HttpRequest request{"GET", u"/rest/v3/short-urls/"_s + slug};
    if (!domain.isEmpty())
        request.query.addQueryItem(u"domain"_s, domain);
    resolveFreeUnlessFound(request, result);
    return result.future();
}

QList<Link> ShlinkProvider::linksIn(const QJsonDocument &json)
{
    const QJsonObject o = json.object();
    QList<Link> links;
    if (o.contains(u"shortUrls"_s)) {
        for (const QJsonValue &v : o.value(u"shortUrls"_s).toObject().value(u"data"_s).toArray())
            links << fromJson(v.toObject());
    } else if (!o.value(u"shortCode"_s).toString().isEmpty()) {
        links << fromJson(o);
    }
    return links;
}

QFuture<Result<Link>> ShlinkProvider::create(const Link &draft)
{
    Deferred<Result<Link>> result;
    QJsonObject body = editableFields(draft);
    body.insert(u"findIfExists"_s, false);
    const QString domain = draft.domain.isEmpty() ? account().defaultDomain : draft.domain;
    if (!domain.isEmpty())
        body.insert(u"domain"_s, domain);
    if (!draft.slug.isEmpty())
        body.insert(u"customSlug"_s, draft.slug);
    if (draft.tags.isEmpty())
        body.remove(u"tags"_s);
    HttpRequest request{"POST", u"/rest/v3/short-urls"_s};
    request.json = QJsonDocument(body);

    LinkLookup how;
    how.bySlug = HttpRequest{"GET", u"/rest/v3/short-urls/"_s + draft.slug};
    if (!domain.isEmpty())
        how.bySlug->query.addQueryItem(u"domain"_s, domain);
    how.newest = HttpRequest{"GET", u"/rest/v3/short-urls"_s};
    how.newest.query.addQueryItem(u"orderBy"_s, u"dateCreated-DESC"_s);
    how.newest.query.addQueryItem(u"itemsPerPage"_s, u"10"_s);
    how.links = &ShlinkProvider::linksIn;
    sendCreateForLink(request, lookupFor(draft, how), u"shortCode"_s, &ShlinkProvider::fromJson, result);
    return result.future();
}

QFuture<Result<Link>> ShlinkProvider::update(const Link &link)
{
    Deferred<Result<Link>> result;
    HttpRequest request{"PATCH", u"/rest/v3/short-urls/"_s + link.slug};
    request.query.addQueryItem(u"domain"_s, link.domain);
    request.json = QJsonDocument(editableFields(link));
    sendForLink(request, u"shortCode"_s, &ShlinkProvider::fromJson, result);
    return result.future();
}

QFuture<Result<void>> ShlinkProvider::remove(const Link &link)
{
    Deferred<Result<void>> result;
    HttpRequest request{"DELETE", u"/rest/v3/short-urls/"_s + link.slug};
    request.query.addQueryItem(u"domain"_s, link.domain);
    send(request, [result](const HttpReply &, const std::optional<Error> &error) {
        result.resolve(error ? Result<void>(*error) : Result<void>());
    });
    return result.future();
}

QFuture<Result<LinkPage>> ShlinkProvider::list(const QString &cursor)
{
    Deferred<Result<LinkPage>> result;
    const int page = cursor.isEmpty() ? 1 : cursor.toInt();
    HttpRequest request{"GET", u"/rest/v3/short-urls"_s};
    request.query.addQueryItem(u"page"_s, QString::number(page));
    request.query.addQueryItem(u"itemsPerPage"_s, QString::number(PageSize));
    request.query.addQueryItem(u"orderBy"_s, u"dateCreated-DESC"_s);
    QPointer<ShlinkProvider> self(this);
    send(request, [self, result, page](const HttpReply &reply, const std::optional<Error> &error) {
        if (error) {
            result.resolve(*error);
            return;
        }
        const QJsonObject shortUrls = reply.json.object().value(u"shortUrls"_s).toObject();
        if (!shortUrls.value(u"data"_s).isArray()) {
            result.resolve(self ? self->badResponse(reply) : Error());
            return;
        }
        LinkPage out;
        for (const QJsonValue &v : shortUrls.value(u"data"_s).toArray())
            out.links << fromJson(v.toObject());
        const QJsonObject pagination = shortUrls.value(u"pagination"_s).toObject();
        if (page < pagination.value(u"pagesCount"_s).toInt())
            out.nextCursor = QString::number(page + 1);
        result.resolve(out);
    });
    return result.future();
}

void ShlinkProvider::fetchVisits(const Link &link, const QDateTime &from, const QDateTime &to, int page,
                                 std::shared_ptr<QList<QJsonObject>> visits,
                                 std::function<void(const std::optional<Error> &)> done)
{
    HttpRequest request{"GET", u"/rest/v3/short-urls/%1/visits"_s.arg(link.slug)};
    request.query.addQueryItem(u"domain"_s, link.domain);
    request.query.addQueryItem(u"startDate"_s, shlinkTime(from));
    request.query.addQueryItem(u"endDate"_s, shlinkTime(to));
    request.query.addQueryItem(u"excludeBots"_s, u"true"_s);
    request.query.addQueryItem(u"page"_s, QString::number(page));
    request.query.addQueryItem(u"itemsPerPage"_s, u"5000"_s);
    QPointer<ShlinkProvider> self(this);
    send(request,
         [self, link, from, to, page, visits, done](const HttpReply &reply, const std::optional<Error> &error) {
             if (!self)
                 return;
             if (error) {
                 done(error);
                 return;
             }
             const QJsonObject body = reply.json.object().value(u"visits"_s).toObject();
             if (!body.value(u"data"_s).isArray()) {
                 done(self->badResponse(reply));
                 return;
             }
             for (const QJsonValue &v : body.value(u"data"_s).toArray())
                 visits->append(v.toObject());
             if (page < body.value(u"pagination"_s).toObject().value(u"pagesCount"_s).toInt())
                 self->fetchVisits(link, from, to, page + 1, visits, done);
             else
                 done(std::nullopt);
         });
}

QFuture<Result<QList<ClickPoint>>> ShlinkProvider::clicks(const Link &link, const QDateTime &from, const QDateTime &to,
                                                          TimeUnit unit)
{
    Deferred<Result<QList<ClickPoint>>> result;
    auto visits = std::make_shared<QList<QJsonObject>>();
    fetchVisits(link, from, to, 1, visits, [result, visits, unit, from, to](const std::optional<Error> &error) {
        if (error) {
            result.resolve(*error);
            return;
        }
        QMap<QDateTime, qint64> buckets;
        for (const QJsonObject &visit : std::as_const(*visits)) {
            const QDateTime t = parseTime(visit.value(u"date"_s).toString());
            if (t.isValid() && t >= from && t < to)
                ++buckets[bucketStart(t, unit)];
        }
        QList<ClickPoint> points;
        for (auto it = buckets.cbegin(); it != buckets.cend(); ++it)
            points.append({it.key(), it.value()});
        result.resolve(points);
    });
    return result.future();
}

QFuture<Result<QList<ClickShare>>> ShlinkProvider::breakdown(const Link &link, const QString &dimension,
                                                             const QDateTime &from, const QDateTime &to)
{
    Deferred<Result<QList<ClickShare>>> result;
    if (dimension != u"country" && dimension != u"referrer") {
        result.resolve(Error::make(Error::Kind::Unsupported,
                                   tr("Shlink gives no breakdown by device; its visits carry the "
                                      "browser's description only.")));
        return result.future();
    }
    auto visits = std::make_shared<QList<QJsonObject>>();
    fetchVisits(link, from, to, 1, visits, [result, visits, dimension](const std::optional<Error> &error) {
        if (error) {
            result.resolve(*error);
            return;
        }
        QHash<QString, qint64> counts;
        for (const QJsonObject &visit : std::as_const(*visits)) {
            QString value;
            if (dimension == u"country") {
                value = visit.value(u"visitLocation"_s).toObject().value(u"countryCode"_s).toString();
            } else {
                const QString referer = visit.value(u"referer"_s).toString();
                value = referer.contains(u"://"_s) ? QUrl(referer).host() : referer;
            }
            ++counts[value];
        }
        QList<ClickShare> out;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            out.append({it.key(), it.value()});
        std::sort(out.begin(), out.end(), [](const ClickShare &a, const ClickShare &b) {
            return a.clicks != b.clicks ? a.clicks > b.clicks : a.value < b.value;
        });
        result.resolve(out);
    });
    return result.future();
}

void ShlinkProvider::sendForRules(const HttpRequest &request, Deferred<Result<QList<Rules::Rule>>> result)
{
    QPointer<ShlinkProvider> self(this);
    send(request, [self, result](const HttpReply &reply, const std::optional<Error> &error) {
        if (!self) {
            result.resolve(Error::make(Error::Kind::Network, tr("The request was cancelled.")));
            return;
        }
        if (error) {
            Error e = *error;
            const QJsonObject o = reply.json.object();
            const QString type = problemType(o);
            if (reply.status == 501 || (reply.status == 404 && type.isEmpty())) {
                // Shlink before 4.0 has no such route; an older linkdeck-server says 501.
                e.kind = Error::Kind::Unsupported;
                e.message = tr("This Shlink server has no redirect rules. They need Shlink 4 or later.");
            } else if (e.kind == Error::Kind::Invalid) {
                const QString reason = o.value(u"reason"_s).toString();
                e.message = tr("The Shlink server refused the redirect rules: %1")
                                .arg(reason.isEmpty() ? o.value(u"detail"_s).toString() : reason);
            }
            result.resolve(e);
            return;
        }
        const QJsonValue rules = reply.json.object().value(u"redirectRules"_s);
        if (!rules.isArray()) {
            result.resolve(self->badResponse(reply));
            return;
        }
        bool ok = true;
        QList<Rules::Rule> out = Rules::rulesFromJson(rules.toArray(), &ok);
        if (!ok) {
            result.resolve(
                Error::make(Error::Kind::BadResponse,
                            tr("The Shlink server has redirect rules this version of Linkdeck does not know. "
                               "Update Linkdeck to see and edit them."),
                            QString::fromUtf8(reply.body.left(500))));
            return;
        }
        result.resolve(out);
    });
}

QFuture<Result<QList<Rules::Rule>>> ShlinkProvider::redirectRules(const Link &link)
{
    Deferred<Result<QList<Rules::Rule>>> result;
    HttpRequest request{"GET", u"/rest/v3/short-urls/%1/redirect-rules"_s.arg(link.slug)};
    if (!link.domain.isEmpty())
        request.query.addQueryItem(u"domain"_s, link.domain);
    sendForRules(request, result);
    return result.future();
}

QFuture<Result<QList<Rules::Rule>>> ShlinkProvider::setRedirectRules(const Link &link, const QList<Rules::Rule> &given)
{
    Deferred<Result<QList<Rules::Rule>>> result;
    if (const QString why = Rules::Text::problem(given); !why.isEmpty()) {
        result.resolve(Error::make(Error::Kind::Invalid, why));
        return result.future();
    }
    QJsonArray rules = Rules::rulesToJson(Rules::normalized(given));
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        QJsonObject rule = it->toObject();
        rule.remove(u"priority"_s);   // Shlink takes the order of the list
        *it = rule;
    }
    HttpRequest request{"POST", u"/rest/v3/short-urls/%1/redirect-rules"_s.arg(link.slug)};
    if (!link.domain.isEmpty())
        request.query.addQueryItem(u"domain"_s, link.domain);
    request.json = QJsonDocument(QJsonObject{{u"redirectRules"_s, rules}});
    sendForRules(request, result);   // the whole set is replaced: safe to send again
    return result.future();
}

}   // namespace Linkdeck
