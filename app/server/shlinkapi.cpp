#include "server/shlinkapi.h"

#include "core/links/slug.h"
#include "core/links/urlvalidator.h"
#include "core/storage/accountrepository.h"
#include "server/journal.h"
#include "server/redirectindex.h"
#include "server/redirectrulesapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server {
namespace {

// Shlink's "all items" (-1) and any larger page size are capped, so one request cannot
// reserve or build a response of millions; the answer's pagination says the size used.
constexpr qint64 MaxItemsPerPage = 100000;

const QString errorBase = u"https://shlink.io/api/error/"_s;

// The Shlink release whose REST API this server answers (the vendored spec in
// tests/server/data/shlink-swagger is from it). Clients switch features on by this number, so
// the health check gives it as "version"; Linkdeck's own version goes in "linkdeckVersion".
constexpr auto ShlinkCompatibleVersion = "5.1.5";

// A custom slug as Shlink takes it: surrounding blanks dropped, spaces inside made dashes
// ("my summer sale" -> "my-summer-sale"). Empty when there is none.
QString normalisedSlug(const QString &slug)
{
    static const QRegularExpression blanks(u"\\s+"_s);
    QString out = slug.trimmed();
    out.replace(blanks, u"-"_s);
    return out;
}

// Letters, digits and - _ . ~ (the URL's unreserved characters), at most Slug::MaxLength, and
// not a path the server answers itself.
bool slugAcceptable(const QString &slug)
{
    if (slug.isEmpty() || slug.size() > Slug::MaxLength || Slug::isReserved(slug) || slug == u"."_s || slug == u".."_s)
        return false;
    return std::all_of(slug.cbegin(), slug.cend(), [](QChar c) { return Slug::isUrlSafe(c.unicode()); });
}

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

// Applies the ShortUrlEdition fields that the body has (create and edit share them); a
// field whose value is wrong is named in invalid.
void applyEdition(const QJsonObject &body, Link &link, QJsonArray &invalid)
{
    bool ok = true;
    if (body.contains(u"validSince"_s)) {
        link.validSince = parseDate(body.value(u"validSince"_s), &ok);
        if (!ok)
            invalid.append(u"validSince"_s);
    }
    if (body.contains(u"validUntil"_s)) {
        link.expiresAt = parseDate(body.value(u"validUntil"_s), &ok);
        if (!ok)
            invalid.append(u"validUntil"_s);
    }
    if (body.contains(u"maxVisits"_s)) {
        const QJsonValue v = body.value(u"maxVisits"_s);
        if (v.isNull())
            link.maxClicks.reset();
        else if (v.toInt(-1) < 1)
            invalid.append(u"maxVisits"_s);
        else
            link.maxClicks = v.toInt();
    }
    if (body.contains(u"title"_s))
        link.title = body.value(u"title"_s).toString();
    if (body.contains(u"tags"_s)) {
        link.tags.clear();
        for (const QJsonValue &tag : body.value(u"tags"_s).toArray())
            link.tags << tag.toString();
    }
    if (body.contains(u"forwardQuery"_s))
        link.forwardQuery = body.value(u"forwardQuery"_s).toBool();
    if (body.contains(u"crawlable"_s))
        link.crawlable = body.value(u"crawlable"_s).toBool();
}

}   // namespace

ShlinkApi::ShlinkApi(ServerStores stores, RedirectIndex &index, const ServerConfig &config,
                     std::function<ClickCounts()> clicks)
    : m_index(index)
    , m_config(config)
    , m_stores(std::move(stores))
    , m_clicks(std::move(clicks))
{}

ShlinkApi::ShlinkApi(Database &db, RedirectIndex &index, const ServerConfig &config,
                     std::function<ClickCounts()> clicks)
    : ShlinkApi(ServerStores::sqlite(db), index, config, std::move(clicks))
{}

void ShlinkApi::setKeyStore(std::unique_ptr<KeyStore> keys)
{
    m_stores.keys = std::move(keys);
}

void ShlinkApi::setDomainStore(std::unique_ptr<DomainStore> domains)
{
    m_stores.domains = std::move(domains);
}

void ShlinkApi::setVisitStore(std::unique_ptr<VisitStore> visits)
{
    m_stores.visits = std::move(visits);
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
    if (auto local = m_stores.links->accountDefaultDomain())
        return *local;
    return u"localhost:8080"_s;
}

QString ShlinkApi::domainOrDefault(const QString &domain) const
{
    return (domain.isEmpty() || domain == u"DEFAULT") ? defaultDomain() : domain.toLower();
}

QJsonObject ShlinkApi::shortUrlJson(const Link &link) const
{
    return shortUrlJson(link, m_stores.links->visitCounts(link.id), m_stores.links->hasRedirectRules(link.id));
}

QJsonObject ShlinkApi::shortUrlJson(const Link &link, const LinkVisitCounts &visits, bool hasRules) const
{
    const auto [total, bots] = visits;
    QJsonObject meta{
        {u"validSince"_s, isoOrNull(link.validSince)},
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
        {u"hasRedirectRules"_s, hasRules},
    };
}

std::optional<Link> ShlinkApi::findLink(const QString &shortCode, const ApiQuery &query) const
{
    auto link = m_stores.links->findBySlug(domainOrDefault(query.queryItemValue(u"domain"_s)), shortCode,
                                           m_config.caseSensitiveSlugs ? Qt::CaseSensitive : Qt::CaseInsensitive);
    // A short URL outside the key's roles does not exist for it (as Shlink answers).
    if (link && !m_scope.isAdmin() && !m_stores.links->inScope(link->id, m_scope))
        return std::nullopt;
    return link;
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

// robots.txt as Shlink writes it: crawlers may follow the short URLs marked crawlable (of the
// domain asked for), and nothing else.
ApiResponse ShlinkApi::robots(const QString &host)
{
    QString domain = host.toLower();
    if (domain.endsWith(u'.'))
        domain.chop(1);
    const bool knownDomain = domainExists(domain) && domain.compare(defaultDomain(), Qt::CaseInsensitive) != 0;
    // Another host (an IP, a proxy's name) reads as the default domain.
    const QStringList slugs = m_stores.links->crawlableSlugs(domain, knownDomain ? QString() : defaultDomain());
    std::string text = "# For more information about the robots.txt standard, see:\n"
                       "# https://www.robotstxt.org/orig.html\n\nUser-agent: *\n";
    for (const QString &slug : slugs)
        text += "Allow: /" + slug.toStdString() + "\n";
    text += "Disallow: /\n";
    ApiResponse r;
    r.status = 200;
    r.contentType = "text/plain; charset=utf-8";
    r.body = std::move(text);
    return r;
}

bool ShlinkApi::slugTaken(const QString &domain, const QString &slug) const
{
    return m_stores.links->slugTaken(domain, slug,
                                     m_config.caseSensitiveSlugs ? Qt::CaseSensitive : Qt::CaseInsensitive);
}

bool ShlinkApi::domainExists(const QString &domain) const
{
    if (domain.compare(defaultDomain(), Qt::CaseInsensitive) == 0)
        return true;
    return m_stores.domains->exists(domain);
}

// GET /short-urls/shorten?apiKey=...&longUrl=...[&format=txt]: a short URL in one request,
// for tools that can only open a URL; JSON as a created short URL, or the short URL as text.
ApiResponse ShlinkApi::shortenUrl(const ApiQuery &query)
{
    QJsonObject body{{u"longUrl"_s, query.queryItemValue(u"longUrl"_s)}};
    ApiResponse created = createShortUrl(body);
    if (created.status != 200 || query.queryItemValue(u"format"_s) != u"txt")
        return created;
    const QJsonObject shortUrl = QJsonDocument::fromJson(QByteArray::fromStdString(created.body)).object();
    ApiResponse text;
    text.status = 200;
    text.contentType = "text/plain; charset=utf-8";
    text.body = shortUrl.value(u"shortUrl"_s).toString().toStdString();
    return text;
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
    // A protected link stays protected when the API edits it: its hash (never in Link) is read
    // from the row, so the entry published now asks for the password as the stored one does.
    std::string passwordHash;
    if (link.passwordProtected) {
        passwordHash = m_stores.links->passwordHash(link.id).toStdString();
        if (passwordHash.empty())
            return;   // unreadable now: the poller publishes the stored row instead
    }
    // Its social preview as the index keeps it (see RedirectEntry::preview).
    std::string preview;
    if (!link.previewTitle.isEmpty())
        preview = QString(link.previewTitle + QChar(0x1f) + link.previewDescription + QChar(0x1f) + link.previewImage)
                      .toStdString();
    m_index.upsert(link.domain.toStdString(), link.slug.toStdString(), link.destination.toStdString(), e,
                   link.fallbackUrl.toStdString(), std::move(passwordHash), std::move(preview));
}

ApiResponse ShlinkApi::handle(const ApiRequest &request)
{
    ApiResponse response = handleRequest(request);
    if (request.method != "OPTIONS")
        response.headers.emplace_back("Access-Control-Allow-Origin", "*");
    return response;
}

ApiResponse ShlinkApi::handleRequest(const ApiRequest &request)
{
    // The path stays percent-encoded until a route has split it (a short code may hold "%2F").
    const std::string_view target = request.target;
    const std::size_t mark = target.find('?');
    const QString path = QString::fromUtf8(target.substr(0, mark));
    const ApiQuery query(mark == std::string_view::npos ? std::string_view() : target.substr(mark + 1));
    const QString method = QString::fromStdString(request.method);

    if (method == u"OPTIONS") {   // CORS preflight: browsers ask before sending X-Api-Key
        ApiResponse preflight;
        preflight.status = 204;
        preflight.headers = {{"Access-Control-Allow-Origin", "*"},
                             {"Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS"},
                             {"Access-Control-Allow-Headers", "X-Api-Key, Content-Type, Accept"},
                             {"Access-Control-Max-Age", "3600"}};
        return preflight;
    }
    // Shlink answers its health check, without an API key, unversioned and under every version.
    static const QRegularExpression healthPath(u"^/rest(/v[123])?/health$"_s);
    if ((method == u"GET" || method == u"HEAD") && healthPath.match(path).hasMatch())
        return health();

    if (path == u"/robots.txt" && (method == u"GET" || method == u"HEAD"))
        return robots(QString::fromStdString(request.host));

    static const QRegularExpression versioned(u"^/rest/v[123](/.*)$"_s);
    const auto m = versioned.match(path);
    if (!m.hasMatch())
        return problem(404, u"not-found"_s, u"Not found"_s, u"No API endpoint at %1"_s.arg(path));
    // GET /short-urls/shorten takes the key in the query (for tools that cannot set a header).
    const bool shorten = m.captured(1) == u"/short-urls/shorten" && method == u"GET";
    const std::string apiKey =
        !request.apiKey.empty() || !shorten ? request.apiKey : query.queryItemValue(u"apiKey"_s).toStdString();
    if (apiKey.empty())
        return problem(
            401, u"missing-authentication"_s, u"Invalid authorization"_s,
            u"Expected one of the following authentication headers, [\"X-Api-Key\"], but none were provided"_s);
    const auto scope = m_stores.keys->find(QString::fromStdString(apiKey));
    if (!scope)
        return problem(401, u"invalid-api-key"_s, u"Invalid API key"_s,
                       u"Provided API key does not exist or is invalid."_s);
    m_scope = *scope;

    QJsonObject body;
    if (!request.body.empty()) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(request.body), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return problem(400, u"invalid-data"_s, u"Invalid data"_s, u"The request body is not a JSON object."_s);
        body = doc.object();
    }

    // Read your writes: a read reflects every redirect answered before it. The clicks are in the
    // journal already; the ingestor is asked to store them now, and the read waits for that
    // (never the redirects, which do not wait for the database).
    if (m_readBarrier && method != u"POST" && method != u"PATCH" && method != u"PUT")
        m_readBarrier();
    if (shorten)
        return shortenUrl(query);
    ApiResponse response = route(method, m.captured(1), query, body);
    return response;
}

ApiResponse ShlinkApi::route(const QString &method, const QString &route, const ApiQuery &query,
                             const QJsonObject &body)
{
    static const QRegularExpression oneShortUrl(u"^/short-urls/([^/]+)$"_s);
    static const QRegularExpression shortUrlVisits(u"^/short-urls/([^/]+)/visits$"_s);
    static const QRegularExpression tagVisits(u"^/tags/([^/]+)/visits$"_s);
    static const QRegularExpression domainVisits(u"^/domains/([^/]+)/visits$"_s);
    static const QRegularExpression redirectRules(u"^/short-urls/([^/]+)/redirect-rules$"_s);
    auto decoded = [](const QString &part) { return QUrl::fromPercentEncoding(part.toUtf8()); };

    if (route == u"/short-urls") {
        if (method == u"GET")
            return listShortUrls(query);
        if (method == u"POST")
            return createShortUrl(body);
    } else if (const auto one = oneShortUrl.match(route); one.hasMatch()) {
        const QString code = decoded(one.captured(1));
        if (method == u"GET")
            return getShortUrl(code, query);
        if (method == u"PATCH")
            return editShortUrl(code, query, body);
        if (method == u"DELETE")
            return deleteShortUrl(code, query);
    } else if (const auto v = shortUrlVisits.match(route); v.hasMatch()) {
        const QString code = decoded(v.captured(1));
        const auto link = findLink(code, query);
        if (!link)
            return notFound(code, query.queryItemValue(u"domain"_s));
        if (method == u"GET")
            return visits(VisitFilter::make(VisitFilter::Of::Link, link->id), query);
        if (method == u"DELETE")
            return deletedVisits(m_stores.visits->deleteLinkVisits(link->id));
    } else if (const auto t = tagVisits.match(route); t.hasMatch() && method == u"GET") {
        const QString tag = decoded(t.captured(1));
        if (!m_stores.links->tagExists(tag))
            return problem(404, u"tag-not-found"_s, u"Tag not found"_s,
                           u"Tag with name \"%1\" could not be found"_s.arg(tag), QJsonObject{{u"tag"_s, tag}});
        return visits(VisitFilter::make(VisitFilter::Of::Tag, 0, tag), query);
    } else if (const auto d = domainVisits.match(route); d.hasMatch() && method == u"GET") {
        const QString domain = domainOrDefault(decoded(d.captured(1)));
        if (!domainExists(domain))
            return problem(404, u"domain-not-found"_s, u"Domain not found"_s,
                           u"Domain with authority \"%1\" could not be found"_s.arg(decoded(d.captured(1))),
                           QJsonObject{{u"authority"_s, decoded(d.captured(1))}});
        return visits(VisitFilter::make(VisitFilter::Of::Domain, 0, domain), query);
    } else if (route == u"/visits" && method == u"GET") {
        return visitsSummary();
    } else if (route == u"/visits/orphan") {
        if (method == u"GET") {
            const QString type = query.queryItemValue(u"type"_s);
            if (!type.isEmpty() && type != u"invalid_short_url" && type != u"base_url" && type != u"regular_404")
                return problem(400, u"invalid-data"_s, u"Invalid data"_s, u"Provided data is not valid"_s,
                               QJsonObject{{u"invalidElements"_s, QJsonArray{u"type"_s}}});
            return visits(VisitFilter::make(VisitFilter::Of::Orphans, 0, type), query);
        }
        if (method == u"DELETE")   // none for a key without orphan visits
            return deletedVisits(m_scope.noOrphanVisits ? Result<qint64>(0) : m_stores.visits->deleteOrphanVisits());
    } else if (route == u"/visits/non-orphan" && method == u"GET") {
        return visits(VisitFilter::make(VisitFilter::Of::NonOrphans), query);
    } else if (route == u"/tags") {
        if (method == u"GET")
            return listTags(query, false);
        if (method == u"PUT")
            return renameTag(body);
        if (method == u"DELETE")
            return deleteTags(query);
    } else if (route == u"/tags/stats" && method == u"GET") {
        return listTags(query, true);
    } else if (route == u"/domains" && method == u"GET") {
        return listDomains();
    } else if (route == u"/domains/redirects" && method == u"PATCH") {
        return setDomainRedirects(body);
    } else if (route == u"/mercure-info") {
        return problem(501, u"mercure-not-configured"_s, u"Mercure integration not configured"_s,
                       u"This Shlink instance is not integrated with a mercure hub."_s);
    } else if (const auto r = redirectRules.match(route); r.hasMatch() && (method == u"GET" || method == u"POST")) {
        const QString code = decoded(r.captured(1));
        const auto link = findLink(code, query);
        if (!link)
            return notFound(code, query.queryItemValue(u"domain"_s));
        RedirectRulesApi rules(*m_stores.links, m_index);
        return method == u"GET" ? rules.list(*link) : rules.set(*link, body);
    }
    return problem(404, u"not-found"_s, u"Not found"_s, u"No API endpoint for %1 %2"_s.arg(method, route));
}

ApiResponse ShlinkApi::health()
{
    const Result<void> ping = m_stores.links->ping();
    const bool dbOk = bool(ping);
    // The click journal: failing while an I/O thread's last write to it failed (a full disk, a
    // directory gone read-only); the clicks lost since start are counted either way.
    const JournalState journal = journalState();
    QJsonObject journalJson{{u"status"_s, journal.failing ? u"fail"_s : u"pass"_s},
                            {u"lostClicks"_s, qint64(journal.lostClicks)}};
    if (journal.failing)
        journalJson.insert(u"output"_s,
                           u"cannot write the click journal (%1): redirects go on, their clicks are lost"_s.arg(
                               QString::fromLocal8Bit(std::strerror(journal.lastError))));
    const ClickCounts counts = m_clicks ? m_clicks() : ClickCounts{};
    QJsonObject databaseJson{{u"status"_s, dbOk && counts.databaseDamage.isEmpty() ? u"pass"_s : u"fail"_s}};
    if (!counts.databaseDamage.isEmpty())
        databaseJson.insert(u"output"_s, counts.databaseDamage);
    else if (!dbOk)
        databaseJson.insert(u"output"_s, u"cannot read the database: %1"_s.arg(ping.error().message));
    const bool pass = dbOk && !journal.failing && counts.databaseDamage.isEmpty();
    QJsonObject body{{u"status"_s, pass ? u"pass"_s : u"fail"_s},
                     {u"version"_s, QString::fromLatin1(ShlinkCompatibleVersion)},
                     {u"linkdeckVersion"_s, QStringLiteral(LINKDECK_VERSION)},
                     {u"links"_s,
                      QJsonObject{{u"about"_s, u"https://linkdeck.example.org"_s},
                                  {u"project"_s, u"https://linkdeck.example.org"_s}}},
                     {u"journal"_s, journalJson},
                     {u"database"_s, databaseJson}};
    if (m_clicks) {
        // The server's own counts since start (issue 17): stored + lost reaches redirects + unanswered.
        const ClickCounts &c = counts;
        body.insert(u"clicks"_s,
                    QJsonObject{{u"redirects"_s, qint64(c.redirects)},
                                {u"unanswered"_s, qint64(c.unanswered)},
                                {u"stored"_s, qint64(c.stored)},
                                {u"lost"_s, qint64(journal.lostClicks)},
                                {u"lagMs"_s, c.lagMillis ? QJsonValue(qint64(*c.lagMillis)) : QJsonValue()},
                                {u"statisticsLagMs"_s,
                                 c.statisticsLagMillis ? QJsonValue(qint64(*c.statisticsLagMillis)) : QJsonValue()}});
    }
    ApiResponse r = json(pass ? 200 : 503, body);
    r.headers.emplace_back("X-Linkdeck-Version", LINKDECK_VERSION);
    return r;   // the spec says application/json (Shlink itself sends application/health+json)
}

ApiResponse ShlinkApi::listShortUrls(const ApiQuery &query)
{
    LinkQuery q;
    q.accountId = AccountRepository::LocalAccountId;
    q.text = query.queryItemValue(u"searchTerm"_s);
    const QStringList tags = query.allQueryItemValues(u"tags[]"_s);
    if (query.queryItemValue(u"tagsMode"_s) == u"all")
        q.allTags = tags;
    else
        q.anyTags = tags;
    const QStringList excluded = query.allQueryItemValues(u"excludeTags[]"_s);
    q.excludeTags = excluded;
    q.excludeOnlyWithAllTags = query.queryItemValue(u"excludeTagsMode"_s) == u"all";
    if (query.hasQueryItem(u"domain"_s))
        q.domain = domainOrDefault(query.queryItemValue(u"domain"_s));
    if (m_scope.authorOnly)
        q.authorKeyId = m_scope.keyId;
    if (!m_scope.domainOnly.isEmpty()) {
        if (!q.domain.isEmpty() && q.domain.compare(m_scope.domainOnly, Qt::CaseInsensitive) != 0)
            q.authorKeyId = -1;   // another domain: nothing for this key
        q.domain = m_scope.domainOnly;
    }
    bool dateOk = true;
    if (query.hasQueryItem(u"startDate"_s))
        q.createdFrom = parseDate(QJsonValue(query.queryItemValue(u"startDate"_s)), &dateOk);
    if (query.hasQueryItem(u"endDate"_s))
        q.createdTo = parseDate(QJsonValue(query.queryItemValue(u"endDate"_s)), &dateOk);
    if (!dateOk)
        return problem(400, u"invalid-data"_s, u"Invalid data"_s, u"Provided data is not valid"_s,
                       QJsonObject{{u"invalidElements"_s, QJsonArray{u"startDate"_s, u"endDate"_s}}});
    q.excludeMaxVisitsReached = query.queryItemValue(u"excludeMaxVisitsReached"_s) == u"true";
    q.excludePastValidUntil = query.queryItemValue(u"excludePastValidUntil"_s) == u"true";
    const int page = qMax(1, query.queryItemValue(u"page"_s).toInt());
    qint64 perPage = query.hasQueryItem(u"itemsPerPage"_s) ? query.queryItemValue(u"itemsPerPage"_s).toLongLong() : 10;
    const QString orderBy = query.queryItemValue(u"orderBy"_s);
    static const QHash<QString, LinkQuery::SortKey> keys{
        {u"longUrl"_s, LinkQuery::SortKey::Destination}, {u"shortCode"_s, LinkQuery::SortKey::ShortUrl},
        {u"dateCreated"_s, LinkQuery::SortKey::Created}, {u"title"_s, LinkQuery::SortKey::Title},
        {u"visits"_s, LinkQuery::SortKey::Clicks},       {u"nonBotVisits"_s, LinkQuery::SortKey::Clicks}};
    if (!orderBy.isEmpty()) {
        const QString field = orderBy.section(u'-', 0, 0);
        q.sortKey = keys.value(field, LinkQuery::SortKey::Created);
        q.order = orderBy.endsWith(u"-ASC"_s) ? Qt::AscendingOrder : Qt::DescendingOrder;
    } else {
        q.order = Qt::DescendingOrder;
    }
    const qint64 total = m_stores.links->count(q);
    if (perPage <= 0)
        perPage = qMax<qint64>(1, total);       // -1: everything on one page
    perPage = qMin(perPage, MaxItemsPerPage);   // the pagination says the size used
    const QList<Link> links = m_stores.links->list(q, qint64(page - 1) * perPage, int(perPage));
    // The page's visits and redirect rules in two statements, not two per short URL.
    QList<qint64> ids;
    ids.reserve(links.size());
    for (const Link &link : links)
        ids << link.id;
    const QHash<qint64, LinkVisitCounts> visits = m_stores.links->visitCounts(ids);
    const QSet<qint64> withRules = m_stores.links->withRedirectRules(ids);
    QJsonArray data;
    for (const Link &link : links)
        data.append(shortUrlJson(link, visits.value(link.id), withRules.contains(link.id)));
    const qint64 pages = total == 0 ? 0 : (total + perPage - 1) / perPage;
    return json(200,
                QJsonObject{{u"shortUrls"_s,
                             QJsonObject{{u"data"_s, data},
                                         {u"pagination"_s,
                                          QJsonObject{{u"currentPage"_s, page},
                                                      {u"pagesCount"_s, pages},
                                                      {u"itemsPerPage"_s, perPage},
                                                      {u"itemsInCurrentPage"_s, data.size()},
                                                      {u"totalItems"_s, total}}}}}});
}

ApiResponse ShlinkApi::createShortUrl(const QJsonObject &body)
{
    if (!body.value(u"longUrl"_s).isString() || body.value(u"longUrl"_s).toString().trimmed().isEmpty())
        return problem(400, u"invalid-data"_s, u"Invalid data"_s, u"Provided data is not valid"_s,
                       QJsonObject{{u"invalidElements"_s, QJsonArray{u"longUrl"_s}}});
    const UrlCheck check = UrlValidator::check(body.value(u"longUrl"_s).toString());
    if (!check.ok) {
        return problem(400, u"invalid-url"_s, u"Invalid URL"_s,
                       u"Provided URL %1 is invalid. %2"_s.arg(body.value(u"longUrl"_s).toString(), check.reason),
                       QJsonObject{{u"url"_s, body.value(u"longUrl"_s).toString()}});
    }
    QJsonArray invalid;
    Link link;
    link.accountId = AccountRepository::LocalAccountId;
    link.destination = check.url;
    link.domain =
        m_scope.domainOnly.isEmpty() ? domainOrDefault(body.value(u"domain"_s).toString()) : m_scope.domainOnly;
    applyEdition(body, link, invalid);
    // SHORT_URL_MODE=loose: new custom slugs are stored lower-case, as Shlink does.
    QString customSlug = normalisedSlug(body.value(u"customSlug"_s).toString());
    if (!m_config.caseSensitiveSlugs)
        customSlug = customSlug.toLower();
    if (!customSlug.isEmpty() && !slugAcceptable(customSlug))
        invalid.append(u"customSlug"_s);
    if (!invalid.isEmpty()) {
        return problem(400, u"invalid-data"_s, u"Invalid data"_s, u"Provided data is not valid"_s,
                       QJsonObject{{u"invalidElements"_s, invalid}});
    }
    if (body.value(u"findIfExists"_s).toBool()) {
        // Without a custom slug, any short URL of this long URL on the domain is the one.
        if (auto found = m_stores.links->findExisting(link.destination, link.domain, customSlug, m_scope))
            return json(200, shortUrlJson(*found));
    }
    const int length = qBound(4, body.value(u"shortCodeLength"_s).toInt(5), 64);
    Result<Link> stored = Error::make(Error::Kind::SlugTaken, QString());
    // A generated short code can be taken by another instance on the same database between the
    // check and the insert: a new one is drawn then (a custom one is the client's to change).
    for (int attempt = 0; attempt < 5 && !stored && stored.error().kind == Error::Kind::SlugTaken; ++attempt) {
        if (attempt > 0 && !customSlug.isEmpty())
            break;
        link.slug = customSlug.isEmpty()
            ? Slug::generateUnique([this, &link](const QString &c) { return slugTaken(link.domain, c); }, length)
            : customSlug;
        link.shortUrl = (m_config.httpsEnabled ? u"https://"_s : u"http://"_s) + link.domain + u'/' + link.slug;
        // (Strict mode leaves this to the unique index; loose mode must also refuse Case-x.)
        stored = m_stores.links->insert(link, m_scope.keyId,
                                        m_config.caseSensitiveSlugs ? Qt::CaseSensitive : Qt::CaseInsensitive);
    }
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
    const QJsonObject created = shortUrlJson(*stored);
    if (m_shortUrlCreated)
        m_shortUrlCreated(created);   // Shlink's https://shlink.io/new-short-url (server/eventpublisher.h)
    return json(200, created);
}

ApiResponse ShlinkApi::getShortUrl(const QString &shortCode, const ApiQuery &query)
{
    const auto link = findLink(shortCode, query);
    if (!link)
        return notFound(shortCode, query.queryItemValue(u"domain"_s));
    return json(200, shortUrlJson(*link));
}

ApiResponse ShlinkApi::editShortUrl(const QString &shortCode, const ApiQuery &query, const QJsonObject &body)
{
    auto link = findLink(shortCode, query);
    if (!link)
        return notFound(shortCode, query.queryItemValue(u"domain"_s));
    QJsonArray invalid;
    if (body.contains(u"longUrl"_s)) {
        const UrlCheck check = UrlValidator::check(body.value(u"longUrl"_s).toString());
        if (check.ok)
            link->destination = check.url;
        else
            invalid.append(u"longUrl"_s);
    }
    applyEdition(body, *link, invalid);
    if (!invalid.isEmpty()) {
        return problem(400, u"invalid-data"_s, u"Invalid data"_s, u"Provided data is not valid"_s,
                       QJsonObject{{u"invalidElements"_s, invalid}});
    }
    const auto saved = m_stores.links->update(*link);
    if (!saved)
        return problem(500, u"internal-error"_s, u"Internal error"_s, saved.error().message);
    publish(*saved);
    return json(200, shortUrlJson(*saved));
}

ApiResponse ShlinkApi::deleteShortUrl(const QString &shortCode, const ApiQuery &query)
{
    const auto link = findLink(shortCode, query);
    if (!link)
        return notFound(shortCode, query.queryItemValue(u"domain"_s));
    if (auto removed = m_stores.links->remove(link->id); !removed)
        return problem(500, u"internal-error"_s, u"Internal error"_s, removed.error().message);
    m_index.remove(link->domain.toStdString(), link->slug.toStdString());
    ApiResponse r;
    r.status = 204;
    return r;
}

namespace {

// How many items match, and the page the query asks for: page 1 and every item on it unless it
// says otherwise, at most MaxItemsPerPage.
struct PageOf
{
    qint64 total = 0;
    qint64 page = 1;
    qint64 perPage = 1;
};
// The page of `total` items the query asks for.
PageOf pageFor(qint64 total, const ApiQuery &query)
{
    PageOf p;
    p.total = total;
    p.page = qMax(1, query.queryItemValue(u"page"_s).toInt());
    p.perPage = query.queryItemValue(u"itemsPerPage"_s).toLongLong();
    if (p.perPage <= 0)
        p.perPage = qMax<qint64>(1, p.total);
    p.perPage = qMin(p.perPage, MaxItemsPerPage);
    return p;
}

QJsonObject pagination(qint64 page, qint64 perPage, qint64 inPage, qint64 total)
{
    return QJsonObject{{u"currentPage"_s, page},
                       {u"pagesCount"_s, total == 0 ? 0 : (total + perPage - 1) / perPage},
                       {u"itemsPerPage"_s, perPage},
                       {u"itemsInCurrentPage"_s, inPage},
                       {u"totalItems"_s, total}};
}

}   // namespace

ApiResponse ShlinkApi::visits(VisitFilter filter, const ApiQuery &query)
{
    filter.scope = m_scope;
    bool ok = true;
    if (query.hasQueryItem(u"startDate"_s)) {
        const auto from = parseDate(QJsonValue(query.queryItemValue(u"startDate"_s)), &ok);
        if (from)
            filter.fromMs = from->toMSecsSinceEpoch();
    }
    if (ok && query.hasQueryItem(u"endDate"_s)) {
        const auto to = parseDate(QJsonValue(query.queryItemValue(u"endDate"_s)), &ok);
        if (to)
            filter.toMs = to->toMSecsSinceEpoch();
    }
    if (!ok)
        return problem(400, u"invalid-data"_s, u"Invalid data"_s, u"Provided data is not valid"_s,
                       QJsonObject{{u"invalidElements"_s, QJsonArray{u"startDate"_s, u"endDate"_s}}});
    filter.excludeBots = query.queryItemValue(u"excludeBots"_s) == u"true";

    const auto counted = m_stores.visits->count(filter);
    const auto [total, page, perPage] = pageFor(counted ? *counted : 0, query);
    const bool orphans = filter.of == VisitFilter::Of::Orphans;
    QJsonArray data;
    const QString scheme = m_config.httpsEnabled ? u"https://"_s : u"http://"_s;
    for (const Visit &v : m_stores.visits->list(filter, perPage, (page - 1) * perPage)) {
        // The spec's VisitLocation is an object; an unknown place has empty fields.
        const QJsonObject location{{u"countryCode"_s, v.country}, {u"countryName"_s, QString()},
                                   {u"regionName"_s, QString()},  {u"cityName"_s, v.city},
                                   {u"latitude"_s, 0.0},          {u"longitude"_s, 0.0},
                                   {u"timezone"_s, QString()}};
        QJsonObject visit{
            {u"referer"_s, v.referrer},
            {u"date"_s, iso(QDateTime::fromMSecsSinceEpoch(v.ts, Qt::UTC))},
            {u"userAgent"_s, v.userAgent},
            {u"visitLocation"_s, location},
            {u"potentialBot"_s, v.bot},
            {u"visitedUrl"_s,
             QString(scheme + v.domain + (v.slug.startsWith(u'/') ? v.slug : u'/' + v.slug)
                     + (v.query.isEmpty() ? QString() : u'?' + v.query))},
            {u"redirectUrl"_s, v.redirectUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.redirectUrl)}};
        if (orphans)
            visit[u"type"_s] = v.orphanType;
        data.append(visit);
    }
    return json(200,
                QJsonObject{{u"visits"_s,
                             QJsonObject{{u"data"_s, data},
                                         {u"pagination"_s, pagination(page, perPage, data.size(), total)}}}});
}

ApiResponse ShlinkApi::deletedVisits(const Result<qint64> &deleted)
{
    if (!deleted)
        return problem(500, u"internal-error"_s, u"Internal error"_s, deleted.error().message);
    return json(200, QJsonObject{{u"deletedVisits"_s, *deleted}});
}

ApiResponse ShlinkApi::visitsSummary()
{
    const VisitsSummary s = m_stores.visits->summary(m_scope);
    auto summary = [](qint64 all, qint64 bot) {
        return QJsonObject{{u"total"_s, all}, {u"nonBots"_s, all - bot}, {u"bots"_s, bot}};
    };
    return json(200,
                QJsonObject{{u"visits"_s,
                             QJsonObject{{u"nonOrphanVisits"_s, summary(s.total, s.bots)},
                                         {u"orphanVisits"_s, summary(s.orphanTotal, s.orphanBots)}}}});
}

ApiResponse ShlinkApi::listTags(const ApiQuery &query, bool withStats)
{
    TagQuery q;
    q.searchTerm = query.queryItemValue(u"searchTerm"_s);
    q.scope = m_scope;
    q.withStats = withStats;
    const QString orderBy = query.queryItemValue(u"orderBy"_s);
    q.descending = orderBy.endsWith(u"-DESC"_s);
    // Shlink orders tags by name (tag), shortUrlsCount, visits or nonBotVisits.
    static const QHash<QString, TagQuery::OrderBy> statOrders{{u"shortUrlsCount"_s, TagQuery::OrderBy::ShortUrls},
                                                              {u"visits"_s, TagQuery::OrderBy::Visits},
                                                              {u"nonBotVisits"_s, TagQuery::OrderBy::NonBotVisits}};
    if (withStats)
        q.orderBy = statOrders.value(orderBy.section(u'-', 0, 0), TagQuery::OrderBy::Name);
    // Every tag on one page unless the query gives a page size: then the total is needed first.
    const bool sized = query.queryItemValue(u"itemsPerPage"_s).toLongLong() > 0;
    q.limit = 0;
    const auto [ignored, page, perPage] = pageFor(sized ? 0 : m_stores.links->tags(q).total, query);
    q.limit = perPage;
    q.offset = (page - 1) * perPage;
    const TagPage tags = m_stores.links->tags(q);
    QJsonArray data;
    for (const TagStats &tag : tags.tags) {
        if (!withStats) {
            data.append(tag.name);
            continue;
        }
        data.append(QJsonObject{
            {u"tag"_s, tag.name},
            {u"shortUrlsCount"_s, tag.shortUrls},
            {u"visitsSummary"_s,
             QJsonObject{{u"total"_s, tag.visits}, {u"nonBots"_s, tag.visits - tag.bots}, {u"bots"_s, tag.bots}}}});
    }
    return json(200,
                QJsonObject{{u"tags"_s,
                             QJsonObject{{u"data"_s, data},
                                         {u"pagination"_s, pagination(page, perPage, data.size(), tags.total)}}}});
}

ApiResponse ShlinkApi::renameTag(const QJsonObject &body)
{
    if (m_scope.authorOnly || !m_scope.domainOnly.isEmpty())
        return problem(403, u"forbidden-tag-operation"_s, u"Forbidden tag operation"_s,
                       u"You are not allowed to rename tags"_s);
    const QString oldName = body.value(u"oldName"_s).toString();
    const QString newName = body.value(u"newName"_s).toString().trimmed();
    QJsonArray invalid;
    if (oldName.isEmpty())
        invalid.append(u"oldName"_s);
    if (newName.isEmpty() || newName.contains(u','))
        invalid.append(u"newName"_s);
    if (!invalid.isEmpty())
        return problem(400, u"invalid-data"_s, u"Invalid data"_s, u"Provided data is not valid"_s,
                       QJsonObject{{u"invalidElements"_s, invalid}});
    const auto renamed = m_stores.links->renameTag(oldName, newName);
    if (!renamed) {
        if (renamed.error().kind == Error::Kind::NotFound)
            return problem(404, u"tag-not-found"_s, u"Tag not found"_s,
                           u"Tag with name \"%1\" could not be found"_s.arg(oldName), QJsonObject{{u"tag"_s, oldName}});
        if (renamed.error().kind == Error::Kind::SlugTaken)
            return problem(409, u"tag-conflict"_s, u"Tag conflict"_s,
                           u"You cannot rename tag %1 to %2, because it already exists"_s.arg(oldName, newName),
                           QJsonObject{{u"oldName"_s, oldName}, {u"newName"_s, newName}});
        return problem(500, u"internal-error"_s, u"Internal error"_s, renamed.error().message);
    }
    ApiResponse r;
    r.status = 204;
    return r;
}

ApiResponse ShlinkApi::deleteTags(const ApiQuery &query)
{
    if (m_scope.authorOnly || !m_scope.domainOnly.isEmpty())
        return problem(403, u"forbidden-tag-operation"_s, u"Forbidden tag operation"_s,
                       u"You are not allowed to delete tags"_s);
    const auto deleted = m_stores.links->deleteTags(query.allQueryItemValues(u"tags[]"_s));
    if (!deleted)
        return problem(500, u"internal-error"_s, u"Internal error"_s, deleted.error().message);
    ApiResponse r;
    r.status = 204;
    return r;
}

ApiResponse ShlinkApi::listDomains()
{
    auto nullable = [](const QString &v) { return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v); };
    QMap<QString, QJsonObject> redirects;
    for (const DomainInfo &row : m_stores.domains->list()) {
        redirects.insert(row.name.toLower(),
                         QJsonObject{{u"baseUrlRedirect"_s, nullable(row.redirects.baseUrlRedirect)},
                                     {u"regular404Redirect"_s, nullable(row.redirects.regular404Redirect)},
                                     {u"invalidShortUrlRedirect"_s, nullable(row.redirects.invalidShortUrlRedirect)}});
    }
    QStringList names{defaultDomain()};
    for (const QString &name : m_stores.domains->linkDomains()) {
        if (!names.contains(name, Qt::CaseInsensitive))
            names << name;
    }
    for (const QString &name : redirects.keys()) {
        if (!names.contains(name, Qt::CaseInsensitive))
            names << name;
    }
    // A domain-specific key sees its domain only.
    if (!m_scope.domainOnly.isEmpty())
        names.removeIf(
            [this](const QString &name) { return name.compare(m_scope.domainOnly, Qt::CaseInsensitive) != 0; });
    const QJsonObject none{{u"baseUrlRedirect"_s, QJsonValue(QJsonValue::Null)},
                           {u"regular404Redirect"_s, QJsonValue(QJsonValue::Null)},
                           {u"invalidShortUrlRedirect"_s, QJsonValue(QJsonValue::Null)}};
    QJsonArray data;
    for (const QString &name : names) {
        data.append(QJsonObject{{u"domain"_s, name},
                                {u"isDefault"_s, name.compare(defaultDomain(), Qt::CaseInsensitive) == 0},
                                {u"redirects"_s, redirects.value(name.toLower(), none)}});
    }
    auto configured = [](const std::string &s) {
        return s.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromStdString(s));
    };
    const QJsonObject defaults{{u"baseUrlRedirect"_s, configured(m_config.baseUrlRedirect)},
                               {u"regular404Redirect"_s, configured(m_config.regular404Redirect)},
                               {u"invalidShortUrlRedirect"_s, configured(m_config.invalidShortUrlRedirect)}};
    return json(200, QJsonObject{{u"domains"_s, QJsonObject{{u"data"_s, data}, {u"defaultRedirects"_s, defaults}}}});
}

ApiResponse ShlinkApi::setDomainRedirects(const QJsonObject &body)
{
    QJsonArray invalid;
    const QString domain = body.value(u"domain"_s).toString().trimmed().toLower();
    if (domain.isEmpty())
        invalid.append(u"domain"_s);
    if (!m_scope.domainOnly.isEmpty() && domain != m_scope.domainOnly.toLower())
        return problem(403, u"forbidden-operation"_s, u"Forbidden operation"_s,
                       u"You are not allowed to configure the redirects of domain \"%1\""_s.arg(domain),
                       QJsonObject{{u"domain"_s, domain}});
    const QString fields[] = {u"baseUrlRedirect"_s, u"regular404Redirect"_s, u"invalidShortUrlRedirect"_s};
    // A field the body leaves out keeps its value (Shlink's PATCH); null or "" clears it.
    DomainRedirects redirects = m_stores.domains->redirects(domain).value_or(DomainRedirects{});
    QString *values[] = {&redirects.baseUrlRedirect, &redirects.regular404Redirect, &redirects.invalidShortUrlRedirect};
    for (int i = 0; i < 3; ++i) {
        if (!body.contains(fields[i]))
            continue;
        const QJsonValue v = body.value(fields[i]);
        if (v.isNull() || v.toString().isEmpty()) {
            values[i]->clear();
            continue;
        }
        const UrlCheck check = UrlValidator::check(v.toString());
        if (!check.ok)
            invalid.append(fields[i]);
        *values[i] = check.url;
    }
    if (!invalid.isEmpty())
        return problem(400, u"invalid-data"_s, u"Invalid data"_s, u"Provided data is not valid"_s,
                       QJsonObject{{u"invalidElements"_s, invalid}});
    if (const auto stored = m_stores.domains->setRedirects(domain, redirects); !stored)
        return problem(500, u"internal-error"_s, u"Internal error"_s, stored.error().message);
    QJsonObject out;
    for (int i = 0; i < 3; ++i)
        out[fields[i]] = values[i]->isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(*values[i]);
    return json(200, out);
}

}   // namespace Linkdeck::Server
