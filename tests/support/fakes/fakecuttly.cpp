#include "fakecuttly.h"

#include "core/base/clock.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linkdeck::Test {

namespace {

const QString CuttlyDomain = u"cutt.ly"_s;
const QString BrandedDomain = u"go.brand.com"_s;
// The fake's calendar: every link is created "today" (UTC, by core's Clock).
QString today()
{
    return Clock::today(QTimeZone::utc()).toString(Qt::ISODate);
}

QJsonObject urlStatus(int status)
{
    return QJsonObject{{u"url"_s, QJsonObject{{u"status"_s, status}}}};
}

// "https://Cutt.ly/AbC/" -> "cutt.ly/AbC": host case-insensitive, alias case-sensitive.
QString withoutScheme(QString url)
{
    url.remove(QRegularExpression(u"^https?://"_s, QRegularExpression::CaseInsensitiveOption));
    while (url.endsWith(u'/'))
        url.chop(1);
    const qsizetype slash = url.indexOf(u'/');
    return url.left(slash).toLower() + url.mid(slash < 0 ? url.size() : slash);
}

QJsonArray tagCounts(const QMap<QString, int> &counts)
{
    QList<std::pair<QString, int>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QJsonArray out;
    for (const auto &[tag, clicks] : std::as_const(sorted))
        out.append(QJsonObject{{u"tag"_s, tag}, {u"clicks"_s, clicks}});
    return out;
}

}   // namespace

FakeCuttly::FakeCuttly(const QString &key, QObject *parent)
    : FakeHttpServer(parent)
    , m_key(key)
{
    setHandler([this](const Request &req) { return route(req); });
}

QUrl FakeCuttly::apiUrl() const
{
    QUrl url = baseUrl();
    url.setPath(u"/api/api.php"_s);
    return url;
}

QString FakeCuttly::brandedDomain() const
{
    return BrandedDomain;
}

void FakeCuttly::addLinks(int n)
{
    for (int i = 0; i < n; ++i) {
        const QString seq = QString::number(m_links.size() + 1);
        m_links.append(
            {freeAlias(CuttlyDomain), CuttlyDomain, u"https://example.com/seed/"_s + seq, u"Seed link "_s + seq});
    }
}

QJsonObject FakeCuttly::linkByAlias(const QString &alias) const
{
    for (const Link &l : m_links) {
        if (l.alias != alias)
            continue;
        int clicks = 0;
        for (const Clicks &c : m_clicks)
            clicks += c.shortLink == l.shortLink() ? c.count : 0;
        return QJsonObject{{u"alias"_s, l.alias},       {u"shortLink"_s, l.shortLink()},
                           {u"fullLink"_s, l.fullLink}, {u"title"_s, l.title},
                           {u"date"_s, today()},        {u"clicks"_s, clicks}};
    }
    return {};
}

void FakeCuttly::addClicks(const QString &alias, int n, const QString &country, const QString &referrer,
                           const QString &device)
{
    const auto it = std::find_if(m_links.cbegin(), m_links.cend(), [&](const Link &l) { return l.alias == alias; });
    const QString shortLink = it == m_links.cend() ? u"https://"_s + CuttlyDomain + u'/' + alias : it->shortLink();
    m_clicks.append({shortLink, n, country, referrer, device});
}

FakeHttpServer::Response FakeCuttly::route(const Request &req)
{
    if (req.path != u"/api/api.php"_s)
        return Response::text(404, "Not Found");
    if (req.method != "GET")
        return Response::text(405, "Method Not Allowed");
    const bool hasShort = req.query.hasQueryItem(u"short"_s);
    const bool hasStats = req.query.hasQueryItem(u"stats"_s);
    if (queryValue(req.query, u"key"_s) != m_key) {
        if (hasShort)
            return Response::json(200, urlStatus(4));
        if (hasStats)
            return Response::json(200, QJsonObject{{u"stats"_s, QJsonObject{{u"status"_s, 2}}}});
        return Response::json(401, QJsonObject{{u"auth"_s, false}});
    }
    if (!m_rate.tryAcquire())
        return Response::text(429, {});   // Cuttly: 429, empty body, no Retry-After
    if (hasStats)
        return stats(queryValue(req.query, u"stats"_s));
    return create(req.query);
}

FakeHttpServer::Response FakeCuttly::create(const QUrlQuery &query)
{
    static const QRegularExpression aliasPattern(u"^[A-Za-z0-9_-]+$"_s);
    const QString longUrl = queryValue(query, u"short"_s);
    const QString name = queryValue(query, u"name"_s);
    const QString host = QUrl(longUrl).host().toLower();
    if (host == CuttlyDomain || host == u"www.cutt.ly"_s)
        return Response::json(200, urlStatus(1));
    if (!isHttpUrl(longUrl))
        return Response::json(200, urlStatus(2));
    if (host == u"blocked.example"_s || host.endsWith(u".blocked.example"_s))
        return Response::json(200, urlStatus(6));
    if (!name.isEmpty() && !aliasPattern.match(name).hasMatch())
        return Response::json(200, urlStatus(5));
    const QString domain = queryValue(query, u"userDomain"_s) == u"1"_s ? BrandedDomain : CuttlyDomain;
    if (!name.isEmpty() && std::any_of(m_links.cbegin(), m_links.cend(), [&](const Link &l) {
            return l.domain == domain && l.alias == name;
        })) {
        return Response::json(200, urlStatus(3));
    }
    if (m_monthlyLimitReached)
        return Response::json(200, urlStatus(8));
    m_links.append({name.isEmpty() ? freeAlias(domain) : name, domain, longUrl, QString()});
    const Link &link = m_links.last();
    const QJsonObject url{{u"status"_s, 7},
                          {u"date"_s, today()},
                          {u"shortLink"_s, link.shortLink()},
                          {u"fullLink"_s, link.fullLink},
                          {u"title"_s, link.title}};
    return Response::json(200, QJsonObject{{u"url"_s, url}});
}

FakeHttpServer::Response FakeCuttly::stats(const QString &shortUrl) const
{
    const Link *link = find(shortUrl);
    if (!link)
        return Response::json(200, QJsonObject{{u"stats"_s, QJsonObject{{u"status"_s, 0}}}});
    static const QStringList networks{u"facebook"_s, u"twitter"_s, u"pinterest"_s, u"instagram"_s, u"linkedin"_s};
    QMap<QString, int> social, dev, sys, bro, geo, ref;
    int total = 0, rest = 0;
    for (const Clicks &c : m_clicks) {
        if (c.shortLink != link->shortLink())
            continue;
        total += c.count;
        const auto network = std::find_if(networks.cbegin(), networks.cend(),
                                          [&](const QString &name) { return c.referrer.contains(name); });
        if (network != networks.cend())
            social[*network] += c.count;
        else
            rest += c.count;
        const QString device = c.device.isEmpty() ? u"Desktop"_s : c.device;
        dev[device] += c.count;
        sys[device == u"Mobile"_s ? u"Android"_s : device == u"Tablet"_s ? u"iOS"_s : u"Windows"_s] += c.count;
        bro[device == u"Tablet"_s ? u"Safari"_s : u"Chrome"_s] += c.count;
        if (!c.country.isEmpty())
            geo[c.country] += c.count;
        if (!c.referrer.isEmpty())
            ref[c.referrer] += c.count;
    }
    QJsonObject out{{u"status"_s, 1},
                    {u"clicks"_s, total},
                    {u"date"_s, today()},
                    {u"title"_s, link->title},
                    {u"fullLink"_s, link->fullLink},
                    {u"shortLink"_s, link->shortLink()},
                    {u"rest"_s, rest}};
    for (const QString &network : networks)
        out.insert(network, social.value(network));
    out.insert(u"devices"_s,
               QJsonObject{{u"dev"_s, tagCounts(dev)},
                           {u"sys"_s, tagCounts(sys)},
                           {u"bro"_s, tagCounts(bro)},
                           {u"geo"_s, tagCounts(geo)},
                           {u"ref"_s, tagCounts(ref)}});
    return Response::json(200, QJsonObject{{u"stats"_s, out}});
}

const FakeCuttly::Link *FakeCuttly::find(const QString &shortUrl) const
{
    const QString wanted = withoutScheme(shortUrl);
    const auto it = std::find_if(m_links.cbegin(), m_links.cend(),
                                 [&](const Link &l) { return withoutScheme(l.shortLink()) == wanted; });
    return it == m_links.cend() ? nullptr : &*it;
}

QString FakeCuttly::freeAlias(const QString &domain)
{
    static const QString alphabet = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"_s;
    QString alias;
    do {
        alias.clear();
        for (int i = 0; i < 7; ++i)
            alias.append(alphabet.at(int(m_random.bounded(quint32(alphabet.size())))));
    } while (std::any_of(m_links.cbegin(), m_links.cend(),
                         [&](const Link &l) { return l.domain == domain && l.alias == alias; }));
    return alias;
}

}   // namespace Linkdeck::Test
