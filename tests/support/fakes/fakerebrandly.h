#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

#include "support/fakes/fakehttpserver.h"

namespace Linkdeck::Test {

// Stands in for the Rebrandly API v1 (https://api.rebrandly.com/v1) as
// shared/contracts/PROVIDERS.md section 2 describes it: `apikey` header plus optional
// `workspace`, links created on rebrand.ly or the branded go.brand.com, the bare-array
// link list paged by `last=<id>` (limit <= 25), update by POST, delete returning the link,
// domains, account, errors {message, code, source, errors[]} (a taken slashtag is a 403),
// and a rolling per-second rate limit answered with 429 and Retry-After: 1.
// Timestamps come from core's Clock (FakeHttpServer::stamp()).
class FakeRebrandly : public FakeHttpServer
{
    Q_OBJECT

public:
    explicit FakeRebrandly(const QString &apiKey = QStringLiteral("fake-rebrandly-key"), QObject *parent = nullptr);

    QUrl apiUrl() const;   // http://127.0.0.1:PORT/v1
    QString apiKey() const { return m_apiKey; }
    QString brandedDomain() const;   // "go.brand.com"; the default domain is "rebrand.ly"

    // Test set-up and inspection.
    void addLinks(int n);   // n links on rebrand.ly, https://example.com/seed/<i>
    int linkCount() const { return int(m_links.size()); }
    QJsonObject link(const QString &id) const;   // the Link object; {} if none
    QJsonObject linkBySlashtag(const QString &slashtag, const QString &domain = QStringLiteral("rebrand.ly")) const;
    void addWorkspace(const QString &id);
    void setRateLimit(int perSecond) { m_rate.setLimit(perSecond); }   // 0 = unlimited; default 10

private:
    struct Domain
    {
        QString id, fullName, type;
    };
    struct Link
    {
        qint64 seq = 0;
        QString id, slashtag, destination, title, domainId;
        QDateTime createdAt, updatedAt;
        int clicks = 0;
    };

    Response route(const Request &req);
    Response createLink(const QJsonObject &body);
    Response updateLink(Link &link, const QJsonObject &body);
    Response listLinks(const QUrlQuery &query) const;
    QJsonObject linkJson(const Link &link) const;
    QJsonObject domainJson(const Domain &domain) const;
    const Domain *domainById(const QString &id) const;
    const Domain *domainByName(const QString &fullName) const;
    Link *find(const QString &id);
    Link &insert(const Domain &domain, const QString &slashtag, const QString &destination, const QString &title);
    bool slashtagTaken(const QString &domainId, const QString &slashtag) const;
    QString freeSlashtag(const QString &domainId);   // a random unused one
    static Response error(int status, const QString &message, const QString &code, const QJsonObject &extra = {});
    static Response invalid(const QString &property, const QString &errorCode, const QString &errorMessage);

    QString m_apiKey;
    QList<Domain> m_domains;
    QList<Link> m_links;     // creation order
    QList<Link> m_deleted;   // still valid as a `last` cursor
    QStringList m_workspaces;
    RollingWindow m_rate{10, 1000};
    QRandomGenerator m_random{0x4EB4A1Du};
    qint64 m_nextSeq = 1;
};

}   // namespace Linkdeck::Test
