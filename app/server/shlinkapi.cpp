#include "server/shlinkapi.h"

#include "core/accountrepository.h"
#include "core/database.h"
#include "core/linkrepository.h"
#include "core/slug.h"
#include "core/urlvalidator.h"
#include "server/apikeys.h"
#include "server/redirectindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server {
namespace {

const QString errorBase = u"https://shlink.io/api/error/"_s;

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate).replace(u"Z"_s, u"+00:00"_s);
}

QJsonValue isoOrNull(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(iso(*t)) : QJsonValue(QJsonValue::Null);
}

std::optional<QDateTime> parseDate(const QJsonValue &v, bool *ok)
{
    *ok = true;
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!t.isValid()) {
        *ok = false;
        return std::nullopt;
    }
    return t.toUTC();
}

} // namespace

ShlinkApi::ShlinkApi(Database &db, RedirectIndex &index, const ServerConfig &config)
    : m_db(db)
    , m_index(index)
    , m_config(config)
    , m_links(std::make_unique<LinkRepository>(db))
{
}

ShlinkApi::~ShlinkApi() = default;

ApiResponse ShlinkApi::json(int status, const QJsonObject &body)
{
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString();
    return r;
}

ApiResponse ShlinkApi::problem(int status, const QString &type, const QString &title, const QString &detail,
                               const QJsonObject &extra)
{
    QJsonObject body = extra;
    body[u"type"_s] = type.startsWith(u"http"_s) ? type : errorBase + type;
    body[u"title"_s] = title;
    body[u"detail"_s] = detail;
    body[u"status"_s] = status;
    ApiResponse r = json(status, body);
    r.contentType = "application/problem+json";
    return r;
}

QString ShlinkApi::defaultDomain() const
{
    if (!m_config.defaultDomain.empty())
        return QString::fromStdString(m_config.defaultDomain);
    if (auto local = AccountRepository(m_db).find(AccountRepository::LocalAccountId))
        return local->defaultDomain;
    return u"localhost:8080"_s;
}

QString ShlinkApi::domainOrDefault(const QString &domain) const
{
    return (domain.isEmpty() || domain == u"DEFAULT") ? defaultDomain() : domain.toLower();
}

QJsonObject ShlinkApi::shortUrlJson(const Link &link) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT dimension, value, clicks FROM click_rollups WHERE link_id = ? AND dimension = 'bot'"_s);
    q.addBindValue(link.id);
    qint64 bots = 0;
    qint64 total = 0;
    if (q.exec()) {
        while (q.next()) {
            total += q.value(2).toLongLong();
            if (q.value(1).toString() == u"1")
                bots += q.value(2).toLongLong();
        }
    }
    QJsonObject meta{{u"validSince"_s, isoOrNull(link.validSince)},
                     {u"validUntil"_s, isoOrNull(link.expiresAt)},
                     {u"maxVisits"_s, link.maxClicks ? QJsonValue(qint64(*link.maxClicks)) : QJsonValue(QJsonValue::Null)}};
    QJsonArray tags;
    for (const QString &tag : link.tags)
        tags.append(tag);
    const QString scheme = m_config.httpsEnabled ? u"https"_s : u"http"_s;
    return QJsonObject{
        {u"shortCode"_s, link.slug},
        {u"shortUrl"_s, QString(scheme + u"://"_s + link.domain + u'/' + link.slug)},
        {u"longUrl"_s, link.destination},
        {u"dateCreated"_s, iso(link.createdAt)},
        {u"visitsSummary"_s, QJsonObject{{u"total"_s, total}, {u"nonBots"_s, total - bots}, {u"bots"_s, bots}}},
        {u"tags"_s, tags},
        {u"meta"_s, meta},
        {u"domain"_s, link.domain == defaultDomain() ? QJsonValue(QJsonValue::Null) : QJsonValue(link.domain)},
        {u"title"_s, link.title.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(link.title)},
        {u"crawlable"_s, link.crawlable},
        {u"forwardQuery"_s, link.forwardQuery},
        {u"hasRedirectRules"_s, false},
    };
}

std::optional<Link> ShlinkApi::findLink(const QString &shortCode, const QUrlQuery &query) const
{
    return m_links->findBySlug(domainOrDefault(query.queryItemValue(u"domain"_s, QUrl::FullyDecoded)), shortCode);
}

ApiResponse ShlinkApi::notFound(const QString &shortCode, const QString &domain) const
{
    QJsonObject extra{{u"shortCode"_s, shortCode}};
    if (!domain.isEmpty())
        extra[u"domain"_s] = domain;
    return problem(404, u"short-url-not-found"_s, u"Short URL not found"_s,
                   domain.isEmpty() ? u"No URL found with short code \"%1\""_s.arg(shortCode)
                                    : u"No URL found with short code \"%1\" for domain \"%2\""_s.arg(shortCode, domain),
                   extra);
}

void ShlinkApi::publish(const Link &link)
{
    RedirectEntry e;
    e.linkId = link.id;
    e.validSinceMs = link.validSince ? link.validSince->toMSecsSinceEpoch() : 0;
    e.expiresAtMs = link.expiresAt ? link.expiresAt->toMSecsSinceEpoch() : 0;
    e.maxVisits = link.maxClicks.value_or(0);
    e.status = link.redirectStatus;
    e.forwardQuery = link.forwardQuery;
    m_index.upsert(link.domain.toStdString(), link.slug.toStdString(), link.destination.toStdString(), e);
}

ApiResponse ShlinkApi::handle(const ApiRequest &request)
{
    const QUrl url(QString::fromStdString(request.target));
    const QString path = url.path();
    const QUrlQuery query(url);
    const QString method = QString::fromStdString(request.method);

    if (path == u"/rest/health" && (method == u"GET" || method == u"HEAD"))
        return health();

    static const QRegularExpression versioned(u"^/rest/v[123](/.*)$"_s);
    const auto m = versioned.match(path);
    if (!m.hasMatch())
        return problem(404, u"not-found"_s, u"Not found"_s, u"No API endpoint at %1"_s.arg(path));
    if (request.apiKey.empty())
        return problem(401, u"missing-authentication"_s, u"Invalid authorization"_s,
                       u"Expected one of the following authentication headers, [\"X-Api-Key\"], but none were provided"_s);
    QSqlDatabase db = m_db.connection();
    if (!ApiKeys::isValid(db, QString::fromStdString(request.apiKey)))
        return problem(401, u"invalid-api-key"_s, u"Invalid API key"_s, u"Provided API key does not exist or is invalid."_s);

    QJsonObject body;
    if (!request.body.empty()) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(request.body), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return problem(400, u"invalid-data"_s, u"Invalid data"_s, u"The request body is not a JSON object."_s);
        body = doc.object();
    }

    const QString route = m.captured(1);
    static const QRegularExpression oneShortUrl(u"^/short-urls/([^/]+)$"_s);
    if (route == u"/short-urls") {
        if (method == u"GET")
            return listShortUrls(query);
        if (method == u"POST")
            return createShortUrl(body);
    } else if (const auto one = oneShortUrl.match(route); one.hasMatch()) {
        const QString code = QUrl::fromPercentEncoding(one.captured(1).toUtf8());
        if (method == u"GET")
            return getShortUrl(code, query);
        if (method == u"PATCH")
            return editShortUrl(code, query, body);
        if (method == u"DELETE")
            return deleteShortUrl(code, query);
    }
    return problem(404, u"not-found"_s, u"Not found"_s, u"No API endpoint for %1 %2"_s.arg(method, path));
}

ApiResponse ShlinkApi::health()
{
    QSqlQuery q(m_db.connection());
    const bool dbOk = q.exec(u"SELECT 1"_s) && q.next();
    ApiResponse r = json(dbOk ? 200 : 503,
                         QJsonObject{{u"status"_s, dbOk ? u"pass"_s : u"fail"_s},
                                     {u"version"_s, QStringLiteral(LINKDECK_VERSION)},
                                     {u"links"_s, QJsonObject{{u"about"_s, u"https://linkdeck.example.org"_s},
                                                              {u"project"_s, u"https://linkdeck.example.org"_s}}}});
    r.contentType = "application/health+json";
    return r;
}

ApiResponse ShlinkApi::listShortUrls(const QUrlQuery &query)
{
    LinkQuery q;
    q.text = query.queryItemValue(u"searchTerm"_s, QUrl::FullyDecoded);
    const int page = qMax(1, query.queryItemValue(u"page"_s).toInt());
    int perPage = query.hasQueryItem(u"itemsPerPage"_s) ? query.queryItemValue(u"itemsPerPage"_s).toInt() : 10;
    const QString orderBy = query.queryItemValue(u"orderBy"_s);
    static const QHash<QString, LinkQuery::SortKey> keys{{u"longUrl"_s, LinkQuery::SortKey::Destination},
                                                         {u"shortCode"_s, LinkQuery::SortKey::ShortUrl},
                                                         {u"dateCreated"_s, LinkQuery::SortKey::Created},
                                                         {u"title"_s, LinkQuery::SortKey::Title},
                                                         {u"visits"_s, LinkQuery::SortKey::Clicks},
                                                         {u"nonBotVisits"_s, LinkQuery::SortKey::Clicks}};
    if (!orderBy.isEmpty()) {
        const QString field = orderBy.section(u'-', 0, 0);
        q.sortKey = keys.value(field, LinkQuery::SortKey::Created);
        q.order = orderBy.endsWith(u"-ASC"_s) ? Qt::AscendingOrder : Qt::DescendingOrder;
    } else {
        q.order = Qt::DescendingOrder;
    }
    const qint64 total = m_links->count(q);
    if (perPage <= 0)
        perPage = int(qMax<qint64>(1, total));   // -1: everything on one page
    const QList<Link> links = m_links->fetch(q, qint64(page - 1) * perPage, perPage);
    QJsonArray data;
    for (const Link &link : links)
        data.append(shortUrlJson(link));
    const qint64 pages = total == 0 ? 0 : (total + perPage - 1) / perPage;
    return json(200, QJsonObject{{u"shortUrls"_s,
                                  QJsonObject{{u"data"_s, data},
                                              {u"pagination"_s, QJsonObject{{u"currentPage"_s, page},
                                                                            {u"pagesCount"_s, pages},
                                                                            {u"itemsPerPage"_s, perPage},
                                                                            {u"itemsInCurrentPage"_s, data.size()},
                                                                            {u"totalItems"_s, total}}}}}});
}

ApiResponse ShlinkApi::createShortUrl(const QJsonObject &body)
{
    const UrlCheck check = UrlValidator::check(body.value(u"longUrl"_s).toString());
    QJsonArray invalid;
    if (!check.ok)
        invalid.append(u"longUrl"_s);
    Link link;
    link.accountId = AccountRepository::LocalAccountId;
    link.destination = check.url;
    link.domain = domainOrDefault(body.value(u"domain"_s).toString());
    link.title = body.value(u"title"_s).toString();
    for (const QJsonValue &tag : body.value(u"tags"_s).toArray())
        link.tags << tag.toString();
    bool ok = true;
    link.validSince = parseDate(body.value(u"validSince"_s), &ok);
    if (!ok)
        invalid.append(u"validSince"_s);
    link.expiresAt = parseDate(body.value(u"validUntil"_s), &ok);
    if (!ok)
        invalid.append(u"validUntil"_s);
    if (body.contains(u"maxVisits"_s) && !body.value(u"maxVisits"_s).isNull()) {
        const int max = body.value(u"maxVisits"_s).toInt(-1);
        if (max < 1)
            invalid.append(u"maxVisits"_s);
        else
            link.maxClicks = max;
    }
    link.forwardQuery = body.value(u"forwardQuery"_s).toBool(true);
    link.crawlable = body.value(u"crawlable"_s).toBool(false);
    const QString customSlug = body.value(u"customSlug"_s).toString().trimmed();
    if (!customSlug.isEmpty() && !Slug::problem(customSlug).isEmpty())
        invalid.append(u"customSlug"_s);
    if (!invalid.isEmpty()) {
        return problem(400, u"invalid-data"_s, u"Invalid data"_s, u"Provided data is not valid"_s,
                       QJsonObject{{u"invalidElements"_s, invalid}});
    }
    if (body.value(u"findIfExists"_s).toBool()) {
        LinkQuery q;
        q.accountId = AccountRepository::LocalAccountId;
        QSqlQuery existing(m_db.connection());
        existing.prepare(u"SELECT id FROM links WHERE destination = ? AND domain = ? AND (? = '' OR slug = ? COLLATE NOCASE) LIMIT 1"_s);
        existing.addBindValue(link.destination);
        existing.addBindValue(link.domain);
        existing.addBindValue(customSlug);
        existing.addBindValue(customSlug);
        if (existing.exec() && existing.next()) {
            if (auto found = m_links->find(existing.value(0).toLongLong()))
                return json(200, shortUrlJson(*found));
        }
    }
    const int length = qBound(4, body.value(u"shortCodeLength"_s).toInt(5), 64);
    link.slug = customSlug.isEmpty()
        ? Slug::generateUnique([this, &link](const QString &c) { return m_links->isSlugTaken(link.domain, c); }, length)
        : customSlug;
    link.shortUrl = (m_config.httpsEnabled ? u"https://"_s : u"http://"_s) + link.domain + u'/' + link.slug;
    const auto stored = m_links->insert(link);
    if (!stored) {
        if (stored.error().kind == Error::Kind::SlugTaken) {
            QJsonObject extra{{u"customSlug"_s, link.slug}};
            if (link.domain != defaultDomain())
                extra[u"domain"_s] = link.domain;
            return problem(400, u"non-unique-slug"_s, u"Invalid custom slug"_s,
                           u"Provided slug \"%1\" is already in use."_s.arg(link.slug), extra);
        }
        return problem(500, u"internal-error"_s, u"Internal error"_s, stored.error().message);
    }
    publish(*stored);
    return json(200, shortUrlJson(*stored));
}

ApiResponse ShlinkApi::getShortUrl(const QString &shortCode, const QUrlQuery &query)
{
    const auto link = findLink(shortCode, query);
    if (!link)
        return notFound(shortCode, query.queryItemValue(u"domain"_s));
    return json(200, shortUrlJson(*link));
}

ApiResponse ShlinkApi::editShortUrl(const QString &shortCode, const QUrlQuery &query, const QJsonObject &body)
{
    auto link = findLink(shortCode, query);
    if (!link)
        return notFound(shortCode, query.queryItemValue(u"domain"_s));
    QJsonArray invalid;
    bool ok = true;
    if (body.contains(u"longUrl"_s)) {
        const UrlCheck check = UrlValidator::check(body.value(u"longUrl"_s).toString());
        if (check.ok)
            link->destination = check.url;
        else
            invalid.append(u"longUrl"_s);
    }
    if (body.contains(u"validSince"_s)) {
        link->validSince = parseDate(body.value(u"validSince"_s), &ok);
        if (!ok)
            invalid.append(u"validSince"_s);
    }
    if (body.contains(u"validUntil"_s)) {
        link->expiresAt = parseDate(body.value(u"validUntil"_s), &ok);
        if (!ok)
            invalid.append(u"validUntil"_s);
    }
    if (body.contains(u"maxVisits"_s)) {
        const QJsonValue v = body.value(u"maxVisits"_s);
        if (v.isNull())
            link->maxClicks.reset();
        else if (v.toInt(-1) < 1)
            invalid.append(u"maxVisits"_s);
        else
            link->maxClicks = v.toInt();
    }
    if (!invalid.isEmpty()) {
        return problem(400, u"invalid-data"_s, u"Invalid data"_s, u"Provided data is not valid"_s,
                       QJsonObject{{u"invalidElements"_s, invalid}});
    }
    if (body.contains(u"title"_s))
        link->title = body.value(u"title"_s).toString();
    if (body.contains(u"tags"_s)) {
        link->tags.clear();
        for (const QJsonValue &tag : body.value(u"tags"_s).toArray())
            link->tags << tag.toString();
    }
    if (body.contains(u"forwardQuery"_s))
        link->forwardQuery = body.value(u"forwardQuery"_s).toBool();
    if (body.contains(u"crawlable"_s))
        link->crawlable = body.value(u"crawlable"_s).toBool();
    const auto saved = m_links->update(*link);
    if (!saved)
        return problem(500, u"internal-error"_s, u"Internal error"_s, saved.error().message);
    publish(*saved);
    return json(200, shortUrlJson(*saved));
}

ApiResponse ShlinkApi::deleteShortUrl(const QString &shortCode, const QUrlQuery &query)
{
    const auto link = findLink(shortCode, query);
    if (!link)
        return notFound(shortCode, query.queryItemValue(u"domain"_s));
    if (auto removed = m_links->remove(link->id); !removed)
        return problem(500, u"internal-error"_s, u"Internal error"_s, removed.error().message);
    m_index.remove(link->domain.toStdString(), link->slug.toStdString());
    ApiResponse r;
    r.status = 204;
    return r;
}

} // namespace Linkdeck::Server
