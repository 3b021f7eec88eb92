#include "fakerebrandly.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linkdeck::Test {

namespace {

const QString DefaultDomain = u"rebrand.ly"_s;
const QString BrandedDomain = u"go.brand.com"_s;

QString rebrandlyTime(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

QString hexId(const QString &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5).toHex());
}

}   // namespace

FakeRebrandly::FakeRebrandly(const QString &apiKey, QObject *parent)
    : FakeHttpServer(parent)
    , m_apiKey(apiKey)
{
    m_domains = {{hexId(u"domain:"_s + DefaultDomain), DefaultDomain, u"service"_s},
                 {hexId(u"domain:"_s + BrandedDomain), BrandedDomain, u"user"_s}};
    setHandler([this](const Request &req) { return route(req); });
}

QUrl FakeRebrandly::apiUrl() const
{
    QUrl url = baseUrl();
    url.setPath(u"/v1"_s);
    return url;
}

QString FakeRebrandly::brandedDomain() const
{
    return BrandedDomain;
}

void FakeRebrandly::addLinks(int n)
{
    for (int i = 0; i < n; ++i) {
        const QString seq = QString::number(m_nextSeq);
        const Domain &domain = m_domains.first();
        insert(domain, freeSlashtag(domain.id), u"https://example.com/seed/"_s + seq, u"Seed link "_s + seq);
    }
}

QJsonObject FakeRebrandly::link(const QString &id) const
{
    for (const Link &l : m_links) {
        if (l.id == id)
            return linkJson(l);
    }
    return {};
}

QJsonObject FakeRebrandly::linkBySlashtag(const QString &slashtag, const QString &domain) const
{
    const Domain *d = domainByName(domain);
    for (const Link &l : m_links) {
        if (d && l.domainId == d->id && l.slashtag == slashtag)
            return linkJson(l);
    }
    return {};
}

void FakeRebrandly::addWorkspace(const QString &id)
{
    m_workspaces.append(id);
}

FakeHttpServer::Response FakeRebrandly::route(const Request &req)
{
    if (req.header("apikey") != m_apiKey.toUtf8())
        return error(401, u"Unauthorized"_s, u"Unauthorized"_s);
    const QString workspace = QString::fromUtf8(req.header("workspace"));
    if (!workspace.isEmpty() && !m_workspaces.contains(workspace))
        return error(403, u"Forbidden"_s, u"Forbidden"_s);
    if (!m_rate.tryAcquire()) {
        Response r = error(429, u"Too many requests"_s, u"RateLimit"_s);
        r.headers.emplaceBack("Retry-After", "1");
        return r;
    }

    const QStringList parts = req.path.split(u'/', Qt::SkipEmptyParts);
    const qsizetype n = parts.size();
    const bool get = req.method == "GET";
    if (parts.value(0) != u"v1"_s || n < 2)
        return error(404, u"Not found"_s, u"NotFound"_s);
    const QString resource = parts[1];
    if (n == 2 && get && resource == u"account"_s) {
        const QJsonObject links{{u"used"_s, linkCount()}, {u"max"_s, 5000}};
        const QJsonObject domains{{u"used"_s, 1}, {u"max"_s, 5}};
        const QJsonObject workspaces{{u"used"_s, int(m_workspaces.size())}, {u"max"_s, 3}};
        const QJsonObject limits{{u"links"_s, links}, {u"domains"_s, domains}, {u"workspaces"_s, workspaces}};
        const QJsonObject subscription{{u"category"_s, u"Lite"_s}, {u"limits"_s, limits}};
        return Response::json(200,
                              QJsonObject{{u"id"_s, hexId(u"account"_s)},
                                          {u"username"_s, u"fake-user"_s},
                                          {u"fullName"_s, u"Fake User"_s},
                                          {u"email"_s, u"fake@example.com"_s},
                                          {u"subscription"_s, subscription}});
    }
    if (n == 2 && get && resource == u"domains"_s) {
        QJsonArray domains;
        for (const Domain &d : std::as_const(m_domains))
            domains.append(domainJson(d));
        return Response::json(200, domains);
    }
    if (n == 2 && get && resource == u"workspaces"_s) {
        QJsonArray workspaces;
        for (const QString &id : std::as_const(m_workspaces))
            workspaces.append(QJsonObject{{u"id"_s, id}, {u"name"_s, id}, {u"role"_s, u"owner"_s}});
        return Response::json(200, workspaces);
    }
    if (resource == u"links"_s) {
        if (n == 2 && get)
            return listLinks(req.query);
        if (n == 2 && req.method == "POST")
            return createLink(req.json().object());
        if (n == 3 && get && parts[2] == u"count"_s)
            return Response::json(200, QJsonObject{{u"count"_s, linkCount()}});
        Link *link = n == 3 ? find(parts[2]) : nullptr;
        if (!link)
            return error(404, u"Not found"_s, u"NotFound"_s);
        if (get)
            return Response::json(200, linkJson(*link));
        if (req.method == "POST")
            return updateLink(*link, req.json().object());
        if (req.method == "DELETE") {
            const QJsonObject deleted = linkJson(*link);
            m_deleted.append(*link);
            m_links.removeIf([&](const Link &l) { return l.id == deleted.value(u"id"_s).toString(); });
            return Response::json(200, deleted);
        }
    }
    return error(404, u"Not found"_s, u"NotFound"_s);
}

FakeHttpServer::Response FakeRebrandly::createLink(const QJsonObject &body)
{
    static const QRegularExpression slashtagPattern(u"^[A-Za-z0-9_-]{1,40}$"_s);
    const QString destination = body.value(u"destination"_s).toString();
    if (!isHttpUrl(destination))
        return invalid(u"destination"_s, u"InvalidFormat"_s, u"Invalid format"_s);
    const QJsonObject domainRef = body.value(u"domain"_s).toObject();
    const Domain *domain = domainRef.contains(u"id"_s) ? domainById(domainRef.value(u"id"_s).toString())
        : domainRef.contains(u"fullName"_s)            ? domainByName(domainRef.value(u"fullName"_s).toString())
                                                       : &m_domains.first();
    if (!domain)
        return invalid(u"domain"_s, u"InvalidFormat"_s, u"Invalid format"_s);
    QString slashtag = body.value(u"slashtag"_s).toString();
    if (body.contains(u"slashtag"_s) && !slashtagPattern.match(slashtag).hasMatch())
        return invalid(u"slashtag"_s, u"InvalidFormat"_s, u"Invalid format"_s);
    if (slashtag.isEmpty())
        slashtag = freeSlashtag(domain->id);
    else if (slashtagTaken(domain->id, slashtag))
        return invalid(u"slashtag"_s, u"AlreadyExists"_s, u"Already exists"_s);
    const Link &link = insert(*domain, slashtag, destination, body.value(u"title"_s).toString());
    return Response::json(200, linkJson(link));
}

FakeHttpServer::Response FakeRebrandly::updateLink(Link &link, const QJsonObject &body)
{
    if (body.contains(u"destination"_s) && !isHttpUrl(body.value(u"destination"_s).toString()))
        return invalid(u"destination"_s, u"InvalidFormat"_s, u"Invalid format"_s);
    if (body.contains(u"destination"_s))
        link.destination = body.value(u"destination"_s).toString();
    if (body.contains(u"title"_s))
        link.title = body.value(u"title"_s).toString();
    link.updatedAt = stamp();   // the slashtag cannot change: ignored if sent
    return Response::json(200, linkJson(link));
}

FakeHttpServer::Response FakeRebrandly::listLinks(const QUrlQuery &query) const
{
    const QString orderBy = queryValue(query, u"orderBy"_s, u"createdAt"_s);
    const bool ascending = queryValue(query, u"orderDir"_s) == u"asc"_s;
    bool ok = true;
    const QString limitText = queryValue(query, u"limit"_s);
    const int limit = std::clamp(limitText.isEmpty() ? 25 : limitText.toInt(&ok), 1, 25);
    if (!ok)
        return invalid(u"limit"_s, u"InvalidFormat"_s, u"Invalid format"_s);

    // Sort key (value, creation order); the order is total, so `last` is a stable cursor.
    const auto key = [&](const Link &l) -> std::pair<QString, qint64> {
        if (orderBy == u"updatedAt"_s)
            return {QString::number(l.updatedAt.toMSecsSinceEpoch()).rightJustified(16, u'0'), l.seq};
        if (orderBy == u"title"_s)
            return {l.title, l.seq};
        if (orderBy == u"slashtag"_s)
            return {l.slashtag, l.seq};
        return {QString(), l.seq};
    };
    const auto before = [&](const Link &a, const Link &b) { return ascending ? key(a) < key(b) : key(b) < key(a); };

    const QString slashtag = queryValue(query, u"slashtag"_s);
    const QString domainName = queryValue(query, u"domain.fullName"_s);
    const QString domainId = queryValue(query, u"domain.id"_s);
    const Domain *byName = domainName.isEmpty() ? nullptr : domainByName(domainName);
    QList<Link> matching;
    for (const Link &l : m_links) {
        if ((!slashtag.isEmpty() && l.slashtag != slashtag) || (!domainId.isEmpty() && l.domainId != domainId)
            || (!domainName.isEmpty() && (!byName || l.domainId != byName->id)))
            continue;
        matching.append(l);
    }
    std::sort(matching.begin(), matching.end(), before);

    const QString last = queryValue(query, u"last"_s);
    const Link *cursor = nullptr;
    for (const QList<Link> *list : {&m_links, &m_deleted}) {
        for (const Link &l : *list) {
            if (l.id == last)
                cursor = &l;
        }
    }
    if (!last.isEmpty() && !cursor)
        return error(404, u"Not found"_s, u"NotFound"_s);
    QJsonArray page;
    for (const Link &l : std::as_const(matching)) {
        if (page.size() == limit)
            break;
        if (!cursor || before(*cursor, l))
            page.append(linkJson(l));
    }
    return Response::json(200, page);
}

QJsonObject FakeRebrandly::linkJson(const Link &link) const
{
    const Domain *domain = domainById(link.domainId);
    return QJsonObject{
        {u"id"_s, link.id},
        {u"title"_s, link.title},
        {u"slashtag"_s, link.slashtag},
        {u"destination"_s, link.destination},
        {u"createdAt"_s, rebrandlyTime(link.createdAt)},
        {u"updatedAt"_s, rebrandlyTime(link.updatedAt)},
        {u"status"_s, u"active"_s},
        {u"tags"_s, QJsonArray()},
        {u"clicks"_s, link.clicks},
        {u"sessions"_s, link.clicks},
        {u"isPublic"_s, false},
        {u"shortUrl"_s, QString(domain->fullName + u'/' + link.slashtag)},
        {u"domainId"_s, domain->id},
        {u"domainName"_s, domain->fullName},
        {u"domain"_s, domainJson(*domain)},
        {u"https"_s, true},
        {u"favourite"_s, false},
        {u"creator"_s,
         QJsonObject{{u"id"_s, hexId(u"account"_s)},
                     {u"fullName"_s, u"Fake User"_s},
                     {u"avatarUrl"_s, u"https://example.com/avatar.png"_s}}},
        {u"integrated"_s, false},
    };
}

QJsonObject FakeRebrandly::domainJson(const Domain &domain) const
{
    return QJsonObject{{u"id"_s, domain.id},
                       {u"ref"_s, QString(u"/domains/"_s + domain.id)},
                       {u"fullName"_s, domain.fullName},
                       {u"active"_s, true},
                       {u"type"_s, domain.type}};
}

const FakeRebrandly::Domain *FakeRebrandly::domainById(const QString &id) const
{
    const auto it = std::find_if(m_domains.cbegin(), m_domains.cend(), [&](const Domain &d) { return d.id == id; });
    return it == m_domains.cend() ? nullptr : &*it;
}

const FakeRebrandly::Domain *FakeRebrandly::domainByName(const QString &fullName) const
{
    const auto it = std::find_if(m_domains.cbegin(), m_domains.cend(), [&](const Domain &d) {
        return d.fullName.compare(fullName, Qt::CaseInsensitive) == 0;
    });
    return it == m_domains.cend() ? nullptr : &*it;
}

FakeRebrandly::Link *FakeRebrandly::find(const QString &id)
{
    const auto it = std::find_if(m_links.begin(), m_links.end(), [&](const Link &l) { return l.id == id; });
    return it == m_links.end() ? nullptr : &*it;
}

FakeRebrandly::Link &FakeRebrandly::insert(const Domain &domain, const QString &slashtag, const QString &destination,
                                           const QString &title)
{
    Link link;
    link.seq = m_nextSeq++;
    link.id = hexId(u"link:"_s + QString::number(link.seq));
    link.slashtag = slashtag;
    link.destination = destination;
    link.title = title;
    link.domainId = domain.id;
    link.createdAt = link.updatedAt = stamp();
    m_links.append(link);
    return m_links.last();
}

bool FakeRebrandly::slashtagTaken(const QString &domainId, const QString &slashtag) const
{
    return std::any_of(m_links.cbegin(), m_links.cend(),
                       [&](const Link &l) { return l.domainId == domainId && l.slashtag == slashtag; });
}

QString FakeRebrandly::freeSlashtag(const QString &domainId)
{
    static const QString alphabet = u"abcdefghijklmnopqrstuvwxyz0123456789"_s;
    QString tag;
    do {
        tag.clear();
        for (int i = 0; i < 6; ++i)
            tag.append(alphabet.at(int(m_random.bounded(quint32(alphabet.size())))));
    } while (slashtagTaken(domainId, tag));
    return tag;
}

FakeHttpServer::Response FakeRebrandly::error(int status, const QString &message, const QString &code,
                                              const QJsonObject &extra)
{
    QJsonObject body{{u"message"_s, message}, {u"code"_s, code}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return Response::json(status, body);
}

FakeHttpServer::Response FakeRebrandly::invalid(const QString &property, const QString &errorCode,
                                                const QString &errorMessage)
{
    const QJsonObject detail{{u"code"_s, errorCode}, {u"property"_s, property}, {u"message"_s, errorMessage}};
    return error(403, u"Invalid format"_s, u"InvalidFormat"_s,
                 {{u"source"_s, u"link"_s}, {u"errors"_s, QJsonArray{detail}}});
}

}   // namespace Linkdeck::Test
