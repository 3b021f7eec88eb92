#pragma once

#include <QJsonObject>
#include <QRandomGenerator>

#include "support/fakes/fakehttpserver.h"

namespace Linkdeck::Test {

// Stands in for the Cuttly regular API (https://cutt.ly/api/api.php) as
// shared/contracts/PROVIDERS.md section 4 describes it: GET only, `key` in the query,
// create with `short` (+ `name`, `userDomain=1`) answered by a numeric url.status (1-8,
// always HTTP 200), `stats=<short URL>` answered by stats.status (0-2), HTTP 401
// {"auth":false} for a bad key without either, and a per-60-seconds plan quota answered
// with HTTP 429, an empty body and no Retry-After. Query values are form-decoded as PHP
// does ('+' is a space), so a client must percent-encode the long URL it sends.
class FakeCuttly : public FakeHttpServer
{
    Q_OBJECT

public:
    explicit FakeCuttly(const QString &key = QStringLiteral("fake-cuttly-key"), QObject *parent = nullptr);

    QUrl apiUrl() const;   // http://127.0.0.1:PORT/api/api.php
    QString key() const { return m_key; }
    QString brandedDomain() const;   // "go.brand.com", used with userDomain=1

    // Test set-up and inspection.
    void addLinks(int n);   // n links https://cutt.ly/<alias> to https://example.com/seed/<i>
    int linkCount() const { return int(m_links.size()); }
    // {alias, shortLink, fullLink, title, date, clicks}; {} if none.
    QJsonObject linkByAlias(const QString &alias) const;
    void addClicks(const QString &alias, int n, const QString &country = QStringLiteral("DE"),
                   const QString &referrer = QStringLiteral("google.com"),
                   const QString &device = QStringLiteral("Desktop"));
    void setMonthlyLimitReached(bool reached) { m_monthlyLimitReached = reached; }
    void setPerMinuteLimit(int perMinute) { m_rate.setLimit(perMinute); }   // 0 = unlimited; default 60

private:
    struct Link
    {
        QString alias, domain, fullLink, title;
        QString shortLink() const { return QStringLiteral("https://") + domain + u'/' + alias; }
    };
    struct Clicks
    {
        QString shortLink;
        int count = 0;
        QString country, referrer, device;
    };

    Response route(const Request &req);
    Response create(const QUrlQuery &query);
    Response stats(const QString &shortUrl) const;
    const Link *find(const QString &shortUrl) const;
    QString freeAlias(const QString &domain);

    QString m_key;
    QList<Link> m_links;
    QList<Clicks> m_clicks;
    RollingWindow m_rate{60, 60 * 1000};
    QRandomGenerator m_random{0xC077u};
    bool m_monthlyLimitReached = false;
};

}   // namespace Linkdeck::Test
