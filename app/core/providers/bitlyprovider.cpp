#include "core/providers/bitlyprovider.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Linkdeck {

namespace {

constexpr int PageSize = 100;   // Bitly's maximum

QString unitName(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Hour:
        return u"hour"_s;
    case TimeUnit::Day:
        return u"day"_s;
    case TimeUnit::Week:
        return u"week"_s;
    case TimeUnit::Month:
        return u"month"_s;
    }
    return u"day"_s;
}

QString bitlyTime(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'+0000'"_s);
}

}   // namespace

QString BitlyProvider::serviceDomain() const
{
    return u"bit.ly"_s;
}

LinkProvider::Capabilities BitlyProvider::capabilities() const
{
    return Capability::CreateLinks | Capability::ListLinks | Capability::UpdateDestination | Capability::UpdateTitle
        | Capability::UpdateTags | Capability::DeleteLinks | Capability::CustomSlug | Capability::Tags
        | Capability::Title | Capability::ClickStats | Capability::Domains;
}

QUrl BitlyProvider::defaultApiBase() const
{
    return QUrl(u"https://api-ssl.bitly.com/v4"_s);
}

void BitlyProvider::authorize(QNetworkRequest &request, QUrlQuery &, const QString &token) const
{
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
}

Error BitlyProvider::decodeError(const HttpReply &reply) const
{
    const QJsonObject o = reply.json.object();
    const QString message = o.value(u"message"_s).toString();
    const QString description = o.value(u"description"_s).toString();
    bool taken = message.contains(u"ALREADY"_s);
    for (const QJsonValue &e : o.value(u"errors"_s).toArray()) {
        const QString code = e.toObject().value(u"error_code"_s).toString();
        if (code.contains(u"already"_s, Qt::CaseInsensitive) || code.contains(u"exists"_s, Qt::CaseInsensitive))
            taken = true;
    }
    Error e = errorForStatus(reply, description.isEmpty() ? message : description);
    if (taken || reply.status == 409) {
        e.kind = Error::Kind::SlugTaken;
        e.message = tr("This back-half is already used on Bitly. Choose another one.");
    } else if (message.contains(u"MONTHLY_LIMIT"_s) || message == u"API_USAGE_LIMIT_EXCEEDED") {
        e.kind = Error::Kind::PlanLimit;   // not worth retrying before the 1st of next month
        e.message = tr("Your Bitly plan's monthly limit is reached. Links can be created again next month, "
                       "or after an upgrade.");
    } else if (reply.status == 403 && !reply.header("x-ratelimit-reason").isEmpty()) {
        e.kind = Error::Kind::RateLimited;
        e.message = tr("Bitly is limiting requests from this account. Wait a minute and try again.");
    } else if (reply.status == 403
               && (description.isEmpty() || description.contains(u"token"_s, Qt::CaseInsensitive)
                   || description.contains(u"forbidden to access"_s, Qt::CaseInsensitive))) {
        // Bitly answers a bad or revoked token with a bare 403 FORBIDDEN.
        e.kind = Error::Kind::Unauthorized;
        e.message =
            tr("Bitly did not accept the API token of “%1”. Check it in Preferences > Accounts.").arg(account().name);
    } else if (reply.status == 403) {
        e.message = tr("Bitly refused: %1").arg(description);
    } else if (message == u"INVALID_ARG_LONG_URL") {
        e.message = tr("Bitly refused the destination address. Check that it is a complete web address.");
    } else if (message == u"INVALID_ARG_DOMAIN" || message.contains(u"DOMAIN"_s)) {
        e.message = tr("This domain is not set up in your Bitly account.");
    }
    return e;
}

Link BitlyProvider::fromJson(const QJsonObject &o)
{
    Link link;
    link.remoteId = o.value(u"id"_s).toString();
    link.destination = o.value(u"long_url"_s).toString();
    link.title = o.value(u"title"_s).toString();
    for (const QJsonValue &t : o.value(u"tags"_s).toArray())
        link.tags << t.toString();
    link.createdAt = parseTime(o.value(u"created_at"_s).toString());
    link.updatedAt = link.createdAt;
    if (const QString exp = o.value(u"expiration_at"_s).toString(); !exp.isEmpty())
        link.expiresAt = parseTime(exp);
    // A custom back-half (newest first) is what the user knows the link by.
    const QJsonArray custom = o.value(u"custom_bitlinks"_s).toArray();
    const QUrl url(custom.isEmpty() ? o.value(u"link"_s).toString() : custom.first().toString());
    link.shortUrl = url.toString();
    link.domain = url.host() + (url.port() > 0 ? u":%1"_s.arg(url.port()) : QString());
    link.slug = url.path().mid(1);
    if (link.shortUrl.isEmpty()) {
        const qsizetype slash = link.remoteId.indexOf(u'/');
        link.domain = link.remoteId.left(slash);
        link.slug = link.remoteId.mid(slash + 1);
        link.shortUrl = u"https://"_s + link.remoteId;
    }
    return link;
}

void BitlyProvider::withGroup(std::function<void(const Result<QString> &)> done)
{
    if (!account().workspace.isEmpty())
        m_group = account().workspace;
    if (!m_group.isEmpty()) {
        done(Result<QString>(m_group));
        return;
    }
    QPointer<BitlyProvider> self(this);
    send({"GET", u"/groups"_s}, [self, done](const HttpReply &reply, const std::optional<Error> &error) {
        if (!self)
            return;
        if (error) {
            done(Result<QString>(*error));
            return;
        }
        const QJsonArray groups = reply.json.object().value(u"groups"_s).toArray();
        for (const QJsonValue &g : groups) {
            const QJsonObject group = g.toObject();
            if (group.value(u"is_active"_s).toBool(true) && !group.value(u"guid"_s).toString().isEmpty()) {
                self->m_group = group.value(u"guid"_s).toString();
                done(Result<QString>(self->m_group));
                return;
            }
        }
        done(Result<QString>(reply.json.isObject() ? Error::make(
                                 Error::Kind::Forbidden, tr("This Bitly account has no active group to keep links in."))
                                                   : self->badResponse(reply)));
    });
}

namespace {

// The monthly allowance of new links among an organization's plan limits: the contract gives
// PlanLimit {name, description, count, limit}; Bitly names that allowance "encodes". None when
// the plan has no such limit.
std::optional<LinkProvider::MonthlyQuota> encodesQuota(const QJsonObject &planLimits)
{
    for (const QJsonValue &v : planLimits.value(u"plan_limits"_s).toArray()) {
        const QJsonObject limit = v.toObject();
        if (limit.value(u"name"_s).toString().compare(u"encodes"_s, Qt::CaseInsensitive) != 0
            || !limit.value(u"limit"_s).isDouble())
            continue;
        LinkProvider::MonthlyQuota quota;
        quota.limit = qint64(limit.value(u"limit"_s).toDouble());
        quota.used = qint64(limit.value(u"count"_s).toDouble());
        if (quota.limit < 0)
            return std::nullopt;
        return quota;
    }
    return std::nullopt;
}

}   // namespace

QFuture<Result<std::optional<LinkProvider::MonthlyQuota>>> BitlyProvider::monthlyQuota()
{
    // The group's organization, then that organization's plan limits.
    Deferred<Result<std::optional<MonthlyQuota>>> result;
    QPointer<BitlyProvider> self(this);
    withGroup([self, result](const Result<QString> &group) {
        if (!self)
            return;
        if (!group) {
            result.resolve(group.error());
            return;
        }
        self->send({"GET", u"/groups/%1"_s.arg(*group)},
                   [self, result](const HttpReply &reply, const std::optional<Error> &error) {
                       if (!self)
                           return;
                       const QString organization = reply.json.object().value(u"organization_guid"_s).toString();
                       if (error || organization.isEmpty())
                           result.resolve(error ? *error : self->badResponse(reply));
                       else
                           self->readPlanLimits(organization, result);
                   });
    });
    return result.future();
}

void BitlyProvider::readPlanLimits(const QString &organization, Deferred<Result<std::optional<MonthlyQuota>>> result)
{
    QPointer<BitlyProvider> self(this);
    send({"GET", u"/organizations/%1/plan_limits"_s.arg(organization)},
         [self, result](const HttpReply &reply, const std::optional<Error> &error) {
             if (error)
                 result.resolve(*error);
             else if (!reply.json.isObject())
                 result.resolve(self ? self->badResponse(reply) : Error());
             else
                 result.resolve(encodesQuota(reply.json.object()));
         });
}

QFuture<Result<QStringList>> BitlyProvider::domains()
{
    Deferred<Result<QStringList>> result;
    QPointer<BitlyProvider> self(this);
    send({"GET", u"/bsds"_s}, [self, result](const HttpReply &reply, const std::optional<Error> &error) {
        if (error) {
            result.resolve(*error);
            return;
        }
        if (!reply.json.isObject()) {
            result.resolve(self ? self->badResponse(reply) : Error());
            return;
        }
        QStringList names{u"bit.ly"_s};
        for (const QJsonValue &d : reply.json.object().value(u"bsds"_s).toArray())
            names << d.toString();
        result.resolve(names);
    });
    return result.future();
}

QFuture<Result<bool>> BitlyProvider::isSlugAvailable(const QString &domain, const QString &slug)
{
    Deferred<Result<bool>> result;
    const QString d =
        domain.isEmpty() ? (account().defaultDomain.isEmpty() ? u"bit.ly"_s : account().defaultDomain) : domain;
    resolveFreeUnlessFound({"GET", u"/bitlinks/%1/%2"_s.arg(d, slug)}, result);
    return result.future();
}

QList<Link> BitlyProvider::linksIn(const QJsonDocument &json)
{
    const QJsonObject o = json.object();
    QList<Link> links;
    if (o.contains(u"links"_s)) {
        for (const QJsonValue &v : o.value(u"links"_s).toArray())
            links << fromJson(v.toObject());
    } else if (!o.value(u"id"_s).toString().isEmpty()) {
        links << fromJson(o);
    }
    return links;
}

QFuture<Result<Link>> BitlyProvider::create(const Link &draft)
{
    Deferred<Result<Link>> result;
    QPointer<BitlyProvider> self(this);
    withGroup([self, result, draft](const Result<QString> &group) {
        if (!self)
            return;
        if (!group) {
            result.resolve(group.error());
            return;
        }
        QJsonObject body{{u"long_url"_s, draft.destination}, {u"group_guid"_s, *group}};
        const QString domain = draft.domain.isEmpty() ? self->account().defaultDomain : draft.domain;
        if (!domain.isEmpty())
            body.insert(u"domain"_s, domain);
        if (!draft.slug.isEmpty())
            body.insert(u"keyword"_s, draft.slug);
        if (!draft.title.isEmpty())
            body.insert(u"title"_s, draft.title);
        if (!draft.tags.isEmpty())
            body.insert(u"tags"_s, QJsonArray::fromStringList(draft.tags));
        HttpRequest request{"POST", u"/bitlinks"_s};
        request.json = QJsonDocument(body);

        LinkLookup how;
        how.bySlug = HttpRequest{"GET", u"/bitlinks/%1/%2"_s.arg(domain.isEmpty() ? u"bit.ly"_s : domain, draft.slug)};
        how.newest = HttpRequest{"GET", u"/groups/%1/bitlinks"_s.arg(*group)};
        how.newest.query.addQueryItem(u"size"_s, u"10"_s);
        how.links = &BitlyProvider::linksIn;
        self->sendCreateForLink(request, self->lookupFor(draft, how), u"id"_s, &BitlyProvider::fromJson, result);
    });
    return result.future();
}

QFuture<Result<Link>> BitlyProvider::update(const Link &link)
{
    Deferred<Result<Link>> result;
    HttpRequest request{"PATCH", u"/bitlinks/"_s + link.remoteId};
    request.json = QJsonDocument(QJsonObject{{u"long_url"_s, link.destination},
                                             {u"title"_s, link.title},
                                             {u"tags"_s, QJsonArray::fromStringList(link.tags)}});
    sendForLink(request, u"id"_s, &BitlyProvider::fromJson, result);
    return result.future();
}

QFuture<Result<void>> BitlyProvider::remove(const Link &link)
{
    Deferred<Result<void>> result;
    QPointer<BitlyProvider> self(this);
    send({"DELETE", u"/bitlinks/"_s + link.remoteId},
         [self, result, link](const HttpReply &, const std::optional<Error> &error) {
             if (!error) {
                 result.resolve({});
                 return;
             }
             if (!self || (error->kind != Error::Kind::Forbidden && error->kind != Error::Kind::Invalid)) {
                 result.resolve(*error);
                 return;
             }
             // Bitly deletes only unedited hash links; the others are archived, which takes them
             // out of the list and stops nothing else.
             HttpRequest archive{"PATCH", u"/bitlinks/"_s + link.remoteId};
             archive.json = QJsonDocument(QJsonObject{{u"archived"_s, true}});
             self->send(archive, [result](const HttpReply &, const std::optional<Error> &archiveError) {
                 result.resolve(archiveError ? Result<void>(*archiveError) : Result<void>());
             });
         });
    return result.future();
}

QFuture<Result<LinkPage>> BitlyProvider::list(const QString &cursor)
{
    Deferred<Result<LinkPage>> result;
    QPointer<BitlyProvider> self(this);
    withGroup([self, result, cursor](const Result<QString> &group) {
        if (!self)
            return;
        if (!group) {
            result.resolve(group.error());
            return;
        }
        HttpRequest request{"GET", u"/groups/%1/bitlinks"_s.arg(*group)};
        request.query.addQueryItem(u"size"_s, QString::number(PageSize));
        if (!cursor.isEmpty())
            request.query.addQueryItem(u"search_after"_s, cursor);
        self->send(request, [self, result](const HttpReply &reply, const std::optional<Error> &error) {
            if (error) {
                result.resolve(*error);
                return;
            }
            const QJsonObject o = reply.json.object();
            if (!o.value(u"links"_s).isArray() && !o.isEmpty()) {
                result.resolve(self ? self->badResponse(reply) : Error());
                return;
            }
            LinkPage page;
            for (const QJsonValue &v : o.value(u"links"_s).toArray())
                page.links << fromJson(v.toObject());
            if (!page.links.isEmpty())
                page.nextCursor = o.value(u"pagination"_s).toObject().value(u"search_after"_s).toString();
            result.resolve(page);
        });
    });
    return result.future();
}

QFuture<Result<QList<ClickPoint>>> BitlyProvider::clicks(const Link &link, const QDateTime &from, const QDateTime &to,
                                                         TimeUnit unit)
{
    Deferred<Result<QList<ClickPoint>>> result;
    const qint64 seconds = from.secsTo(to);
    const qint64 unitSeconds = unit == TimeUnit::Hour ? 3600
        : unit == TimeUnit::Day                       ? 86400
        : unit == TimeUnit::Week                      ? 7 * 86400
                                                      : 30 * 86400;
    HttpRequest request{"GET", u"/bitlinks/%1/clicks"_s.arg(link.remoteId)};
    request.query.addQueryItem(u"unit"_s, unitName(unit));
    request.query.addQueryItem(u"units"_s,
                               QString::number(std::max<qint64>(1, (seconds + unitSeconds - 1) / unitSeconds)));
    // The reference is the last moment of the range (its end is exclusive): Bitly counts the
    // units back from the one that holds it.
    request.query.addQueryItem(u"unit_reference"_s,
                               QString::fromLatin1(QUrl::toPercentEncoding(bitlyTime(to.addSecs(-1)))));
    QPointer<BitlyProvider> self(this);
    send(request, [self, result, from, to](const HttpReply &reply, const std::optional<Error> &error) {
        if (error) {
            result.resolve(*error);
            return;
        }
        const QJsonValue rows = reply.json.object().value(u"link_clicks"_s);
        if (!rows.isArray()) {
            result.resolve(self ? self->badResponse(reply) : Error());
            return;
        }
        QList<ClickPoint> points;
        for (const QJsonValue &v : rows.toArray()) {
            const QJsonObject row = v.toObject();
            const QDateTime start = parseTime(row.value(u"date"_s).toString());
            if (start.isValid() && start < to && start >= from.addDays(-31))
                points.append({start, row.value(u"clicks"_s).toInteger()});
        }
        std::sort(points.begin(), points.end(),
                  [](const ClickPoint &a, const ClickPoint &b) { return a.start < b.start; });
        result.resolve(points);
    });
    return result.future();
}

QFuture<Result<QList<ClickShare>>> BitlyProvider::breakdown(const Link &link, const QString &dimension,
                                                            const QDateTime &from, const QDateTime &to)
{
    Deferred<Result<QList<ClickShare>>> result;
    const QString endpoint = dimension == u"country" ? u"countries"_s
        : dimension == u"referrer"                   ? u"referrers"_s
        : dimension == u"device"                     ? u"devices"_s
                                                     : QString();
    if (endpoint.isEmpty()) {
        result.resolve(Error::make(Error::Kind::Unsupported, tr("Bitly gives no breakdown by %1.").arg(dimension)));
        return result.future();
    }
    HttpRequest request{"GET", u"/bitlinks/%1/%2"_s.arg(link.remoteId, endpoint)};
    request.query.addQueryItem(u"unit"_s, u"day"_s);
    request.query.addQueryItem(u"units"_s, QString::number(std::max<qint64>(1, (from.secsTo(to) + 86399) / 86400)));
    request.query.addQueryItem(u"unit_reference"_s,
                               QString::fromLatin1(QUrl::toPercentEncoding(bitlyTime(to.addSecs(-1)))));
    QPointer<BitlyProvider> self(this);
    send(request, [self, result, dimension](const HttpReply &reply, const std::optional<Error> &error) {
        if (error) {
            Error e = *error;
            if (e.kind == Error::Kind::PlanLimit)
                e.message = dimension == u"device" ? tr("Your Bitly plan does not include clicks by device.")
                                                   : tr("Your Bitly plan does not include this breakdown.");
            result.resolve(e);
            return;
        }
        const QJsonValue metrics = reply.json.object().value(u"metrics"_s);
        if (!metrics.isArray()) {
            result.resolve(self ? self->badResponse(reply) : Error());
            return;
        }
        QList<ClickShare> out;
        for (const QJsonValue &v : metrics.toArray()) {
            const QJsonObject row = v.toObject();
            QString value = row.contains(u"device_type"_s) ? row.value(u"device_type"_s).toString()
                                                           : row.value(u"value"_s).toString();
            if (dimension == u"device")
                value = value.toLower();
            if (dimension == u"referrer" && value.contains(u"://"_s))
                value = QUrl(value).host();
            if (value == u"direct"_s || value == u"Unknown"_s)
                value.clear();
            out.append({value, row.value(u"clicks"_s).toInteger()});
        }
        std::stable_sort(out.begin(), out.end(),
                         [](const ClickShare &a, const ClickShare &b) { return a.clicks > b.clicks; });
        result.resolve(out);
    });
    return result.future();
}

}   // namespace Linkdeck
