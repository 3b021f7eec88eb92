#include "fakebitly.h"

#include "core/base/clock.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Linkdeck::Test {

namespace {

const QString GroupGuid = u"Ba1bc23dE4F"_s;
const QString OrganizationGuid = u"Oa1bc23dE4F"_s;
const QString BrandedDomain = u"go.brand.com"_s;
const QString DefaultDomain = u"bit.ly"_s;
constexpr int MaxBuckets = 100000;

QString bitlyTime(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'+0000'"_s);
}

// Bitly writes offsets as +0000; Qt's ISO parser wants +00:00.
QDateTime parseBitlyTime(QString s)
{
    static const QRegularExpression compactOffset(u"([+-]\\d\\d)(\\d\\d)$"_s);
    s.replace(compactOffset, u"\\1:\\2"_s);
    return QDateTime::fromString(s, Qt::ISODate).toUTC();
}

QDateTime floorTo(const QDateTime &t, const QString &unit)
{
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    if (unit == u"minute"_s)
        return QDateTime(d, QTime(u.time().hour(), u.time().minute()), Qt::UTC);
    if (unit == u"hour"_s)
        return QDateTime(d, QTime(u.time().hour(), 0), Qt::UTC);
    if (unit == u"week"_s)
        return QDateTime(d.addDays(1 - d.dayOfWeek()), QTime(0, 0), Qt::UTC);
    if (unit == u"month"_s)
        return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC);
    return QDateTime(d, QTime(0, 0), Qt::UTC);
}

QDateTime shift(const QDateTime &t, const QString &unit, int n)
{
    if (unit == u"minute"_s)
        return t.addSecs(60LL * n);
    if (unit == u"hour"_s)
        return t.addSecs(3600LL * n);
    if (unit == u"week"_s)
        return t.addDays(7LL * n);
    if (unit == u"month"_s)
        return t.addMonths(n);
    return t.addDays(n);
}

}   // namespace

FakeBitly::FakeBitly(const QString &token, QObject *parent)
    : FakeHttpServer(parent)
    , m_token(token)
{
    setHandler([this](const Request &req) { return route(req); });
}

QUrl FakeBitly::apiUrl() const
{
    QUrl url = baseUrl();
    url.setPath(u"/v4"_s);
    return url;
}

QString FakeBitly::groupGuid() const
{
    return GroupGuid;
}
QString FakeBitly::brandedDomain() const
{
    return BrandedDomain;
}

void FakeBitly::addLinks(int n)
{
    for (int i = 0; i < n; ++i) {
        Bitlink &link = insert(DefaultDomain, u"https://example.com/seed/"_s + QString::number(m_nextSeq), {});
        link.title = u"Seed link "_s + QString::number(link.seq);
    }
}

QJsonObject FakeBitly::link(const QString &id) const
{
    const Bitlink *l = find(id);
    return l ? bitlinkBody(*l) : QJsonObject();
}

void FakeBitly::addClicks(const QString &bitlinkId, const QDateTime &utc, int count, const QString &country,
                          const QString &referrer, const QString &device)
{
    const Bitlink *l = find(bitlinkId);
    m_clicks.append({l ? l->id() : bitlinkId, utc.toUTC(), count, country, referrer, device});
}

FakeHttpServer::Response FakeBitly::route(const Request &req)
{
    const QStringList parts = req.path.split(u'/', Qt::SkipEmptyParts);   // "v4", resource, ...
    m_resource = parts.value(1);
    const QByteArray auth = req.header("authorization");
    if (!auth.toLower().startsWith("bearer ") || auth.mid(7).trimmed() != m_token.toUtf8())
        return error(403, u"FORBIDDEN"_s, u"You are currently forbidden to access this resource."_s);
    if (parts.value(0) != u"v4"_s)
        return error(404, u"NOT_FOUND"_s);

    const bool get = req.method == "GET";
    const qsizetype n = parts.size();
    if (n == 2 && parts[1] == u"user"_s && get) {
        return Response::json(200,
                              QJsonObject{{u"login"_s, u"fake-user"_s},
                                          {u"name"_s, u"Fake User"_s},
                                          {u"is_active"_s, true},
                                          {u"default_group_guid"_s, GroupGuid}});
    }
    if (n == 2 && parts[1] == u"bsds"_s && get)
        return Response::json(200, QJsonObject{{u"bsds"_s, QJsonArray{BrandedDomain}}});
    if (parts.value(1) == u"groups"_s) {
        const QJsonObject group{{u"guid"_s, GroupGuid},
                                {u"name"_s, u"Default"_s},
                                {u"is_active"_s, true},
                                {u"role"_s, u"org-admin"_s},
                                {u"bsds"_s, QJsonArray{BrandedDomain}},
                                {u"organization_guid"_s, OrganizationGuid},
                                {u"created"_s, u"2026-01-01T00:00:00+0000"_s},
                                {u"modified"_s, u"2026-01-01T00:00:00+0000"_s}};
        if (n == 2 && get)
            return Response::json(200, QJsonObject{{u"groups"_s, QJsonArray{group}}});
        if (n >= 3 && parts[2] != GroupGuid)
            return error(404, u"NOT_FOUND"_s);
        if (n == 3 && get)
            return Response::json(200, group);
        if (n == 4 && parts[3] == u"bitlinks"_s && get)
            return listBitlinks(parts[2], req.query);
    }
    if (n == 4 && parts[1] == u"organizations"_s && parts[3] == u"plan_limits"_s && get) {
        if (parts[2] != OrganizationGuid)
            return error(404, u"NOT_FOUND"_s);
        QJsonArray limits{QJsonObject{{u"name"_s, u"custom_domains"_s},
                                      {u"description"_s, u"Custom domains"_s},
                                      {u"count"_s, 1},
                                      {u"limit"_s, 1}}};
        if (m_encodeLimit >= 0) {
            limits.append(QJsonObject{{u"name"_s, u"encodes"_s},
                                      {u"description"_s, u"Links created this month"_s},
                                      {u"count"_s, m_encodesUsed},
                                      {u"limit"_s, m_encodeLimit}});
        }
        return Response::json(200,
                              QJsonObject{{u"organization_guid"_s, OrganizationGuid},
                                          {u"plan_limits"_s, limits},
                                          {u"references"_s, QJsonObject()}});
    }
    if (parts.value(1) == u"bitlinks"_s) {
        if (n == 2 && req.method == "POST")
            return createBitlink(req);
        if (n >= 4) {
            Bitlink *link = find(parts[2] + u'/' + parts[3]);
            if (!link)
                return error(404, u"NOT_FOUND"_s);
            if (n == 4 && get)
                return Response::json(200, bitlinkBody(*link));
            if (n == 4 && req.method == "PATCH")
                return updateBitlink(*link, req);
            if (n == 4 && req.method == "DELETE")
                return deleteBitlink(link->id());
            if (n >= 5 && get)
                return clicks(*link, parts.mid(4).join(u'/'), req.query);
        }
    }
    return error(404, u"NOT_FOUND"_s);
}

FakeHttpServer::Response FakeBitly::createBitlink(const Request &req)
{
    if (m_monthlyLimitReached || (m_encodeLimit >= 0 && m_encodesUsed >= m_encodeLimit))
        return Response::json(429, QJsonObject{{u"message"_s, u"API_USAGE_LIMIT_EXCEEDED"_s}});   // PROVIDERS.md
    const QJsonObject body = req.json().object();
    const QString longUrl = body.value(u"long_url"_s).toString();
    const QString domain = body.value(u"domain"_s).toString(DefaultDomain);
    const QString group = body.value(u"group_guid"_s).toString(GroupGuid);
    const QString keyword = body.value(u"keyword"_s).toString();
    if (!isHttpUrl(longUrl)) {
        return error(400, u"INVALID_ARG_LONG_URL"_s, u"The value provided is invalid."_s,
                     {QJsonObject{{u"field"_s, u"long_url"_s}, {u"error_code"_s, u"invalid"_s}}});
    }
    if (domain != DefaultDomain && domain != BrandedDomain) {
        return error(400, u"INVALID_ARG_DOMAIN"_s, u"The value provided is invalid."_s,
                     {QJsonObject{{u"field"_s, u"domain"_s}, {u"error_code"_s, u"invalid"_s}}});
    }
    if (group != GroupGuid) {
        return error(400, u"INVALID_ARG_GROUP_GUID"_s, u"The value provided is invalid."_s,
                     {QJsonObject{{u"field"_s, u"group_guid"_s}, {u"error_code"_s, u"invalid"_s}}});
    }
    static const QRegularExpression keywordPattern(u"^[A-Za-z0-9_-]+$"_s);
    if (!keyword.isEmpty() && !keywordPattern.match(keyword).hasMatch()) {
        return error(400, u"INVALID_ARG_KEYWORD"_s, u"The value provided is invalid."_s,
                     {QJsonObject{{u"field"_s, u"keyword"_s}, {u"error_code"_s, u"invalid"_s}}});
    }
    if (!keyword.isEmpty() && find(domain + u'/' + keyword)) {
        return error(409, u"CONFLICT"_s, u"The value provided is already in use."_s,
                     {QJsonObject{{u"field"_s, u"keyword"_s}, {u"error_code"_s, u"already_exists"_s}}});
    }
    // Shortening a long URL again returns its existing hash link (200) unless force_new_link.
    if (keyword.isEmpty() && !body.value(u"force_new_link"_s).toBool()) {
        for (const Bitlink &l : std::as_const(m_links)) {
            if (l.longUrl == longUrl && l.domain == domain && l.keyword.isEmpty() && !l.archived)
                return Response::json(200, bitlinkBody(l));
        }
    }
    Bitlink &link = insert(domain, longUrl, keyword);
    ++m_encodesUsed;
    link.title = body.value(u"title"_s).toString();
    for (const QJsonValue &tag : body.value(u"tags"_s).toArray())
        link.tags.append(tag.toString());
    return Response::json(201, bitlinkBody(link));
}

FakeHttpServer::Response FakeBitly::updateBitlink(Bitlink &link, const Request &req)
{
    const QJsonObject body = req.json().object();
    if (body.contains(u"long_url"_s) && !isHttpUrl(body.value(u"long_url"_s).toString())) {
        return error(400, u"INVALID_ARG_LONG_URL"_s, u"The value provided is invalid."_s,
                     {QJsonObject{{u"field"_s, u"long_url"_s}, {u"error_code"_s, u"invalid"_s}}});
    }
    if (body.contains(u"long_url"_s)) {   // "This will always charge an encode limit"
        link.longUrl = body.value(u"long_url"_s).toString();
        ++m_encodesUsed;
    }
    if (body.contains(u"title"_s))
        link.title = body.value(u"title"_s).toString();
    if (body.contains(u"archived"_s))
        link.archived = body.value(u"archived"_s).toBool();
    if (body.contains(u"tags"_s)) {
        link.tags.clear();
        for (const QJsonValue &tag : body.value(u"tags"_s).toArray())
            link.tags.append(tag.toString());
    }
    link.edited = true;
    return Response::json(200, bitlinkBody(link));
}

FakeHttpServer::Response FakeBitly::deleteBitlink(const QString &id)
{
    const auto it = std::find_if(m_links.begin(), m_links.end(), [&](const Bitlink &l) { return l.id() == id; });
    if (it->edited || !it->keyword.isEmpty())
        return error(403, u"FORBIDDEN"_s, u"Only unedited hash bitlinks can be deleted"_s);
    m_links.erase(it);
    m_clicks.removeIf([&](const Click &c) { return c.bitlinkId == id; });
    return Response::json(200, QJsonObject{{u"links_deleted"_s, QJsonArray{QJsonObject{{u"id"_s, id}}}}});
}

FakeHttpServer::Response FakeBitly::listBitlinks(const QString &guid, const QUrlQuery &query)
{
    bool ok = true;
    const QString sizeText = queryValue(query, u"size"_s);
    int size = sizeText.isEmpty() ? 50 : sizeText.toInt(&ok);
    if (!ok || size < 1)
        return error(400, u"INVALID_ARG_SIZE"_s, u"The value provided is invalid."_s);
    size = std::min(size, 100);
    const QString archived = queryValue(query, u"archived"_s, u"off"_s);
    qint64 after = std::numeric_limits<qint64>::max();
    const QString token = queryValue(query, u"search_after"_s);
    if (!token.isEmpty()) {
        after = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).toLongLong(&ok);
        if (!ok)
            return error(400, u"INVALID_ARG_SEARCH_AFTER"_s, u"The value provided is invalid."_s);
    }
    QJsonArray links;
    qint64 lastSeq = 0;
    bool more = false;
    for (auto it = m_links.crbegin(); it != m_links.crend(); ++it) {   // newest first
        if (it->groupGuid != guid || it->seq >= after)
            continue;
        if ((archived == u"off"_s && it->archived) || (archived == u"on"_s && !it->archived))
            continue;
        if (links.size() == size) {
            more = true;
            break;
        }
        links.append(bitlinkBody(*it));
        lastSeq = it->seq;
    }
    QString nextToken, next;
    if (more) {
        nextToken = QString::fromLatin1(
            QByteArray::number(lastSeq).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QUrlQuery nextQuery = query;
        nextQuery.removeAllQueryItems(u"search_after"_s);
        nextQuery.removeAllQueryItems(u"size"_s);
        nextQuery.addQueryItem(u"size"_s, QString::number(size));
        nextQuery.addQueryItem(u"search_after"_s, nextToken);
        QUrl url = apiUrl();
        url.setPath(url.path() + u"/groups/"_s + guid + u"/bitlinks"_s);
        url.setQuery(nextQuery);
        next = url.toString();
    }
    const QJsonObject pagination{{u"next"_s, next}, {u"search_after"_s, nextToken}, {u"size"_s, size}};
    return Response::json(200, QJsonObject{{u"links"_s, links}, {u"pagination"_s, pagination}});
}

FakeHttpServer::Response FakeBitly::clicks(const Bitlink &link, const QString &metric, const QUrlQuery &query)
{
    static const QStringList metrics{u"clicks"_s, u"clicks/summary"_s, u"countries"_s, u"referrers"_s, u"devices"_s};
    static const QStringList unitNames{u"minute"_s, u"hour"_s, u"day"_s, u"week"_s, u"month"_s};
    if (!metrics.contains(metric))
        return error(404, u"NOT_FOUND"_s);
    if (metric == u"devices"_s && !m_planAllowsDevices)
        return error(402, u"UPGRADE_REQUIRED"_s, u"Device metrics are not available on this plan."_s);
    const QString unit = queryValue(query, u"unit"_s, u"day"_s);
    if (!unitNames.contains(unit))
        return error(400, u"INVALID_ARG_UNIT"_s, u"The value provided is invalid."_s);
    bool ok = true;
    const QString unitsText = queryValue(query, u"units"_s);
    const int units = unitsText.isEmpty() ? -1 : unitsText.toInt(&ok);
    if (!ok || units == 0 || units < -1 || units > MaxBuckets)
        return error(400, u"INVALID_ARG_UNITS"_s, u"The value provided is invalid."_s);
    const QString refText = queryValue(query, u"unit_reference"_s);
    const QDateTime reference = refText.isEmpty() ? Clock::nowUtc() : parseBitlyTime(refText);
    if (!reference.isValid())
        return error(400, u"INVALID_ARG_UNIT_REFERENCE"_s, u"The value provided is invalid."_s);

    // Buckets newest first: bucket 0 is the unit that holds the reference time.
    QList<Click> linkClicks;
    QDateTime oldest = link.createdAt;
    for (const Click &c : std::as_const(m_clicks)) {
        if (c.bitlinkId == link.id()) {
            linkClicks.append(c);
            oldest = std::min(oldest, c.at);
        }
    }
    const QDateTime newestBucket = floorTo(reference, unit);
    int buckets = units;
    if (units == -1) {
        buckets = 1;
        const QDateTime oldestBucket = floorTo(oldest, unit);
        while (shift(newestBucket, unit, -(buckets - 1)) > oldestBucket && buckets < MaxBuckets)
            ++buckets;
    }
    QHash<qint64, int> index;
    QList<int> counts(buckets, 0);
    for (int i = 0; i < buckets; ++i)
        index.insert(shift(newestBucket, unit, -i).toMSecsSinceEpoch(), i);
    QHash<QString, int> facet;
    int total = 0;
    for (const Click &c : std::as_const(linkClicks)) {
        const auto it = index.constFind(floorTo(c.at, unit).toMSecsSinceEpoch());
        if (it == index.constEnd())
            continue;
        counts[*it] += c.count;
        total += c.count;
        const QString value = metric == u"countries"_s ? c.country
            : metric == u"referrers"_s                 ? (c.referrer.isEmpty() ? u"direct"_s : c.referrer)
                                                       : c.device;
        if (!value.isEmpty())
            facet[value] += c.count;
    }

    QJsonObject out{{u"units"_s, units}, {u"unit"_s, unit}, {u"unit_reference"_s, bitlyTime(reference)}};
    if (metric == u"clicks"_s) {
        QJsonArray rows;
        for (int i = 0; i < buckets; ++i) {
            rows.append(QJsonObject{{u"date"_s, bitlyTime(shift(newestBucket, unit, -i))}, {u"clicks"_s, counts[i]}});
        }
        out.insert(u"link_clicks"_s, rows);
        return Response::json(200, out);
    }
    if (metric == u"clicks/summary"_s) {
        out.insert(u"total_clicks"_s, total);
        return Response::json(200, out);
    }
    QList<std::pair<QString, int>> sorted;
    for (auto it = facet.cbegin(); it != facet.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    const int size = queryValue(query, u"size"_s, u"50"_s).toInt();
    QJsonArray rows;
    for (const auto &[value, count] : std::as_const(sorted)) {
        if (rows.size() >= size)
            break;
        if (metric == u"devices"_s)
            rows.append(QJsonObject{{u"clicks"_s, count}, {u"device_type"_s, value}});
        else
            rows.append(QJsonObject{{u"value"_s, value}, {u"clicks"_s, count}});
    }
    out.insert(u"facet"_s, metric);
    out.insert(u"metrics"_s, rows);
    return Response::json(200, out);
}

QJsonObject FakeBitly::bitlinkBody(const Bitlink &link) const
{
    QJsonArray custom;
    if (!link.keyword.isEmpty())
        custom.append(QString(u"https://"_s + link.domain + u'/' + link.keyword));
    QUrl group = apiUrl();
    group.setPath(group.path() + u"/groups/"_s + link.groupGuid);
    return QJsonObject{
        {u"references"_s, QJsonObject{{u"group"_s, group.toString()}}},
        {u"link"_s, QString(u"https://"_s + link.id())},
        {u"id"_s, link.id()},
        {u"long_url"_s, link.longUrl},
        {u"title"_s, link.title},
        {u"archived"_s, link.archived},
        {u"created_at"_s, bitlyTime(link.createdAt)},
        {u"created_by"_s, u"fake-user"_s},
        {u"client_id"_s, u"a5e8cebb233c5d07e5c553e917dffb92fec5264d"_s},
        {u"custom_bitlinks"_s, custom},
        {u"tags"_s, QJsonArray::fromStringList(link.tags)},
        {u"launchpad_ids"_s, QJsonArray()},
        {u"qr_code_ids"_s, QJsonArray()},
        {u"deeplinks"_s, QJsonArray()},
        {u"campaign_ids"_s, QJsonArray()},
        {u"is_deleted"_s, false},
    };
}

FakeBitly::Bitlink *FakeBitly::find(const QString &domainAndHash)
{
    return const_cast<Bitlink *>(std::as_const(*this).find(domainAndHash));
}

const FakeBitly::Bitlink *FakeBitly::find(const QString &domainAndHash) const
{
    for (const Bitlink &l : m_links) {
        if (l.id() == domainAndHash || (!l.keyword.isEmpty() && l.domain + u'/' + l.keyword == domainAndHash))
            return &l;
    }
    return nullptr;
}

FakeBitly::Bitlink &FakeBitly::insert(const QString &domain, const QString &longUrl, const QString &keyword)
{
    Bitlink link;
    link.seq = m_nextSeq++;
    link.domain = domain;
    do {
        link.hash = newHash();
    } while (find(domain + u'/' + link.hash));
    link.keyword = keyword;
    link.longUrl = longUrl;
    link.groupGuid = GroupGuid;
    link.createdAt = stamp();
    m_links.append(link);
    return m_links.last();
}

QString FakeBitly::newHash()
{
    static const QString alphabet = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"_s;
    QString hash;
    for (int i = 0; i < 7; ++i)
        hash.append(alphabet.at(int(m_random.bounded(quint32(alphabet.size())))));
    return hash;
}

FakeHttpServer::Response FakeBitly::error(int status, const QString &message, const QString &description,
                                          const QJsonArray &errors) const
{
    QJsonObject body{{u"message"_s, message}};
    if (!m_resource.isEmpty())
        body.insert(u"resource"_s, m_resource);
    if (!description.isEmpty())
        body.insert(u"description"_s, description);
    if (!errors.isEmpty())
        body.insert(u"errors"_s, errors);
    return Response::json(status, body);
}

}   // namespace Linkdeck::Test
