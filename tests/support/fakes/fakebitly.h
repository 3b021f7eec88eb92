#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

#include "support/fakes/fakehttpserver.h"

namespace Linkdeck::Test {

// Stands in for the Bitly API v4 (https://api-ssl.bitly.com/v4) as
// shared/contracts/PROVIDERS.md section 1 describes it: Bearer token, one group with one
// branded domain, FullShorten create with keyword, get/patch/delete bitlinks, the group's
// bitlinks paged by search_after, clicks over time and the countries/referrers/devices
// breakdowns, and Bitly's error bodies {message, description, resource, errors[]}.
// Timestamps come from core's Clock (FakeHttpServer::stamp()).
class FakeBitly : public FakeHttpServer
{
    Q_OBJECT

public:
    explicit FakeBitly(const QString &token = QStringLiteral("fake-bitly-token"), QObject *parent = nullptr);

    QUrl apiUrl() const;   // http://127.0.0.1:PORT/v4
    QString token() const { return m_token; }
    QString groupGuid() const;       // "Ba1bc23dE4F"
    QString brandedDomain() const;   // "go.brand.com"

    // Test set-up and inspection.
    void addLinks(int n);   // n hash links on bit.ly, https://example.com/seed/<i>
    int linkCount() const { return int(m_links.size()); }
    QJsonObject link(const QString &id) const;   // BitlinkBody by "domain/hash" (or custom back-half); {} if none
    void addClicks(const QString &bitlinkId, const QDateTime &utc, int count, const QString &country = {},
                   const QString &referrer = {}, const QString &device = {});
    void setMonthlyLimitReached(bool reached) { m_monthlyLimitReached = reached; }
    // The plan's monthly allowance of new links: GET /organizations/{guid}/plan_limits tells it
    // as "encodes" {count, limit}, each link made (and destination changed) counts, and a
    // create beyond it gets the 429 MONTHLY_LIMIT_EXCEEDED. -1 (the default): no such limit.
    void setMonthlyEncodes(int limit, int used)
    {
        m_encodeLimit = limit;
        m_encodesUsed = used;
    }
    int monthlyEncodesUsed() const { return m_encodesUsed; }
    void setPlanAllowsDevices(bool allowed) { m_planAllowsDevices = allowed; }

private:
    struct Bitlink
    {
        qint64 seq = 0;   // creation order, newest = highest
        QString domain, hash, keyword, longUrl, title, groupGuid;
        QStringList tags;
        bool archived = false;
        bool edited = false;   // PATCHed at least once: can no longer be deleted
        QDateTime createdAt;
        QString id() const { return domain + u'/' + hash; }
    };
    struct Click
    {
        QString bitlinkId;
        QDateTime at;
        int count = 0;
        QString country, referrer, device;
    };

    Response route(const Request &req);
    Response createBitlink(const Request &req);
    Response updateBitlink(Bitlink &link, const Request &req);
    Response deleteBitlink(const QString &id);
    Response listBitlinks(const QString &guid, const QUrlQuery &query);
    Response clicks(const Bitlink &link, const QString &metric, const QUrlQuery &query);
    QJsonObject bitlinkBody(const Bitlink &link) const;
    Bitlink *find(const QString &domainAndHash);
    const Bitlink *find(const QString &domainAndHash) const;
    Bitlink &insert(const QString &domain, const QString &longUrl, const QString &keyword);
    QString newHash();
    Response error(int status, const QString &message, const QString &description = {},
                   const QJsonArray &errors = {}) const;

    QString m_token;
    QString m_resource;       // the "resource" of error bodies: the request's first path segment
    QList<Bitlink> m_links;   // creation order
    QList<Click> m_clicks;
    QRandomGenerator m_random{0xB17B17u};
    qint64 m_nextSeq = 1;
    bool m_monthlyLimitReached = false;
    int m_encodeLimit = -1;
    int m_encodesUsed = 0;
    bool m_planAllowsDevices = false;
};

}   // namespace Linkdeck::Test
