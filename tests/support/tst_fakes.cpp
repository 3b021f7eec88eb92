// The provider fakes over loopback, driven by QNetworkAccessManager as the providers will be.

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QTimer>

#include "core/base/clock.h"
#include "support/fakes/fakebitly.h"
#include "support/fakes/fakecuttly.h"
#include "support/fakes/fakerebrandly.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck::Test;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;
using Query = QList<std::pair<QString, QString>>;

struct Reply
{
    int status = 0;   // 0: no HTTP answer
    QByteArray body;
    QJsonValue json;
    QHash<QByteArray, QByteArray> headers;   // lower-case names
};

// "k=v&..." with every value percent-encoded (also '+', '&', '='), as a client must send them.
QUrl withQuery(QUrl url, const QString &path, const Query &items = {})
{
    url.setPath(url.path() + path);
    QStringList parts;
    for (const auto &[key, value] : items)
        parts.append(key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (!parts.isEmpty())
        url.setQuery(parts.join(u'&'));
    return url;
}

Headers bearer(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}};
}

}   // namespace

class TestFakes : public QObject
{
    Q_OBJECT

private slots:
    void bitlyAuthCreateAndErrors();
    void bitlyPagingAndClicks();
    void rebrandly();
    void faultInjection();
    void cuttly();

private:
    // The day these tests live in, whatever today is: the app and the fakes read this clock.
    Linkdeck::Clock::Override m_clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc())};
    Reply send(const QByteArray &method, const QUrl &url, const Headers &headers = {}, const QJsonObject &body = {},
               int timeoutMs = 5000);
    Reply send(const QByteArray &method, const QUrl &api, const QString &path, const Headers &headers = {},
               const QJsonObject &body = {}, int timeoutMs = 5000)
    {
        return send(method, withQuery(api, path), headers, body, timeoutMs);
    }
    QNetworkAccessManager m_nam;
};

Reply TestFakes::send(const QByteArray &method, const QUrl &url, const Headers &headers, const QJsonObject &body,
                      int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const QByteArray data = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, data);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 5000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->isOpen() ? reply->readAll() : QByteArray(),
            {},
            {}};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    r.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return r;
}

void TestFakes::bitlyAuthCreateAndErrors()
{
    FakeBitly bitly(u"tok"_s);
    QVERIFY(bitly.listen());
    Reply r = send("GET", bitly.apiUrl(), u"/groups"_s, bearer("wrong"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json[u"message"_s].toString(), u"FORBIDDEN"_s);
    r = send("GET", bitly.apiUrl(), u"/groups"_s, bearer("tok"));
    QCOMPARE(r.json[u"groups"_s][0][u"guid"_s].toString(), bitly.groupGuid());

    const QJsonObject create{{u"long_url"_s, u"https://example.com/landing?utm_source=print"_s},
                             {u"domain"_s, u"go.brand.com"_s},
                             {u"group_guid"_s, bitly.groupGuid()},
                             {u"keyword"_s, u"spring-sale"_s},
                             {u"title"_s, u"Spring"_s},
                             {u"tags"_s, QJsonArray{u"print"_s}}};
    r = send("POST", bitly.apiUrl(), u"/bitlinks"_s, bearer("tok"), create);
    QCOMPARE(r.status, 201);
    const QString id = r.json[u"id"_s].toString();
    QVERIFY(id.startsWith(u"go.brand.com/"_s) && id.size() == 20);
    QCOMPARE(r.json[u"custom_bitlinks"_s][0].toString(), u"https://go.brand.com/spring-sale"_s);
    QCOMPARE(r.json[u"created_at"_s].toString(), u"2026-11-29T10:00:00+0000"_s);
    r = send("GET", bitly.apiUrl(), u"/bitlinks/"_s + id, bearer("tok"));
    QCOMPARE(r.json[u"long_url"_s].toString(), create[u"long_url"_s].toString());

    r = send("POST", bitly.apiUrl(), u"/bitlinks"_s, bearer("tok"), create);   // keyword taken
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json[u"errors"_s][0][u"error_code"_s].toString(), u"already_exists"_s);
    r = send("POST", bitly.apiUrl(), u"/bitlinks"_s, bearer("tok"), {{u"long_url"_s, u"ftp://x"_s}});
    QCOMPARE(r.json[u"message"_s].toString(), u"INVALID_ARG_LONG_URL"_s);
    r = send("DELETE", bitly.apiUrl(), u"/bitlinks/"_s + id, bearer("tok"));
    QCOMPARE(r.status, 403);   // custom back-half: archive instead
    bitly.setMonthlyLimitReached(true);
    r = send("POST", bitly.apiUrl(), u"/bitlinks"_s, bearer("tok"), {{u"long_url"_s, u"https://a.test"_s}});
    QCOMPARE(r.status, 429);
    QVERIFY(!r.headers.contains("retry-after"));
}

void TestFakes::bitlyPagingAndClicks()
{
    FakeBitly bitly(u"tok"_s);
    QVERIFY(bitly.listen());
    bitly.addLinks(250);
    QSet<QString> ids;
    int pages = 0;
    QUrl url = withQuery(bitly.apiUrl(), u"/groups/"_s + bitly.groupGuid() + u"/bitlinks"_s, {{u"size"_s, u"100"_s}});
    Reply r;
    do {
        r = send("GET", url, bearer("tok"));
        QCOMPARE(r.status, 200);
        ++pages;
        for (const QJsonValue &link : r.json[u"links"_s].toArray())
            ids.insert(link[u"id"_s].toString());
        url = QUrl(r.json[u"pagination"_s][u"next"_s].toString());
    } while (!url.isEmpty());
    QCOMPARE(pages, 3);
    QCOMPARE(ids.size(), 250);
    QCOMPARE(r.json[u"pagination"_s][u"search_after"_s].toString(), QString());

    const QString link = r.json[u"links"_s][0][u"id"_s].toString();
    bitly.addClicks(link, QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC), 3, u"DE"_s);
    bitly.addClicks(link, QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC), 2, u"US"_s);
    const Query window{{u"unit"_s, u"day"_s},
                       {u"units"_s, u"3"_s},
                       {u"unit_reference"_s, u"2026-11-29T00:00:00+0000"_s}};   // '+' sent as %2B
    const QString metrics = u"/bitlinks/"_s + link;
    r = send("GET", withQuery(bitly.apiUrl(), metrics + u"/clicks"_s, window), bearer("tok"));
    const QJsonArray rows = r.json[u"link_clicks"_s].toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0][u"date"_s].toString(), u"2026-11-29T00:00:00+0000"_s);   // newest first
    QCOMPARE(rows[0][u"clicks"_s].toInt(), 2);
    QCOMPARE(rows[1][u"clicks"_s].toInt(), 3);
    r = send("GET", withQuery(bitly.apiUrl(), metrics + u"/countries"_s, window), bearer("tok"));
    QCOMPARE(r.json[u"metrics"_s][0][u"value"_s].toString(), u"DE"_s);
    QCOMPARE(r.json[u"facet"_s].toString(), u"countries"_s);
    QCOMPARE(send("GET", withQuery(bitly.apiUrl(), metrics + u"/devices"_s, window), bearer("tok")).status, 402);
    // An unencoded '+' in unit_reference arrives as a space, as on the real servers.
    QUrl raw = withQuery(bitly.apiUrl(), metrics + u"/clicks"_s);
    raw.setQuery(u"unit=day&units=3&unit_reference=2026-11-29T00:00:00+0000"_s);
    QCOMPARE(send("GET", raw, bearer("tok")).status, 400);
}

void TestFakes::rebrandly()
{
    FakeRebrandly rb(u"key"_s);
    QVERIFY(rb.listen());
    rb.setRateLimit(0);   // until the rate-limit check below
    rb.addWorkspace(u"ws1"_s);
    Reply r = send("GET", rb.apiUrl(), u"/links"_s);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json[u"code"_s].toString(), u"Unauthorized"_s);
    QCOMPARE(send("GET", rb.apiUrl(), u"/links"_s, {{"apikey", "key"}, {"workspace", "nope"}}).status, 403);
    const Headers auth{{"apiKey", "key"}, {"workspace", "ws1"}};
    const QJsonObject create{{u"destination"_s, u"https://example.com/x"_s},
                             {u"slashtag"_s, u"spring"_s},
                             {u"title"_s, u"Spring"_s},
                             {u"domain"_s, QJsonObject{{u"fullName"_s, u"go.brand.com"_s}}}};
    r = send("POST", rb.apiUrl(), u"/links"_s, auth, create);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"shortUrl"_s].toString(), u"go.brand.com/spring"_s);
    QCOMPARE(r.json[u"id"_s].toString().size(), 32);
    QCOMPARE(r.json[u"createdAt"_s].toString(), u"2026-11-29T10:00:00.000Z"_s);
    r = send("POST", rb.apiUrl(), u"/links"_s, auth, create);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json[u"errors"_s][0][u"code"_s].toString(), u"AlreadyExists"_s);
    QCOMPARE(r.json[u"errors"_s][0][u"property"_s].toString(), u"slashtag"_s);
    const Query filter{{u"slashtag"_s, u"spring"_s}, {u"domain.fullName"_s, u"go.brand.com"_s}};
    r = send("GET", withQuery(rb.apiUrl(), u"/links"_s, filter), auth);
    QCOMPARE(r.json.toArray().size(), 1);

    rb.addLinks(59);   // 60 in all
    const Headers key{{"apikey", "key"}};
    QList<int> sizes;
    QString last;
    do {
        Query query{{u"limit"_s, u"25"_s}, {u"orderBy"_s, u"createdAt"_s}, {u"orderDir"_s, u"desc"_s}};
        if (!last.isEmpty())
            query.append({u"last"_s, last});
        const QJsonArray page = send("GET", withQuery(rb.apiUrl(), u"/links"_s, query), key).json.toArray();
        sizes.append(int(page.size()));
        last = page.isEmpty() ? QString() : page.last()[u"id"_s].toString();
    } while (!last.isEmpty());
    QCOMPARE(sizes, (QList<int>{25, 25, 10, 0}));

    rb.setRateLimit(2);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(send("GET", rb.apiUrl(), u"/account"_s, key).status, 200);
    r = send("GET", rb.apiUrl(), u"/account"_s, key);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.headers.value("retry-after"), QByteArray("1"));
}

void TestFakes::faultInjection()
{
    FakeBitly bitly(u"tok"_s);
    QVERIFY(bitly.listen());
    auto busy = FakeHttpServer::Response::json(429, QJsonObject{{u"message"_s, u"RATE_LIMIT_EXCEEDED"_s}});
    busy.headers.emplaceBack("Retry-After", "3");
    bitly.failNext(1, busy);
    Reply r = send("GET", bitly.apiUrl(), u"/bsds"_s, bearer("tok"));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.headers.value("retry-after"), QByteArray("3"));
    QCOMPARE(send("GET", bitly.apiUrl(), u"/bsds"_s, bearer("tok")).status, 200);

    bitly.delayNext(1, 1500);   // the create happens, the answer comes after the client gave up
    const QJsonObject slow{{u"long_url"_s, u"https://example.com/slow"_s}};
    r = send("POST", bitly.apiUrl(), u"/bitlinks"_s, bearer("tok"), slow, 300);
    QCOMPARE(r.status, 0);
    QCOMPARE(bitly.linkCount(), 1);
    QTest::qWait(1600);   // the late answer is dropped
    // A retry gets the link that was made: Bitly answers 200 with the existing one for a long URL.
    QCOMPARE(send("POST", bitly.apiUrl(), u"/bitlinks"_s, bearer("tok"), slow).status, 200);
    QCOMPARE(bitly.requestCount("POST", u"/v4/bitlinks"_s), 2);

    bitly.setOffline(true);
    QCOMPARE(send("GET", bitly.apiUrl(), u"/bsds"_s, bearer("tok")).status, 0);
    bitly.setOffline(false);
    QCOMPARE(send("GET", bitly.apiUrl(), u"/bsds"_s, bearer("tok")).status, 200);
}

void TestFakes::cuttly()
{
    FakeCuttly cuttly(u"ck"_s);
    QVERIFY(cuttly.listen());
    const QString longUrl = u"https://example.com/a?x=1&y=a+b"_s;
    const auto create = [&](const QString &key, const QString &name) {
        const Query query{{u"key"_s, key}, {u"short"_s, longUrl}, {u"name"_s, name}};
        return send("GET", withQuery(cuttly.apiUrl(), {}, query));
    };
    Reply r = create(u"ck"_s, u"spring"_s);
    QCOMPARE(r.json[u"url"_s][u"status"_s].toInt(), 7);
    QCOMPARE(r.json[u"url"_s][u"shortLink"_s].toString(), u"https://cutt.ly/spring"_s);
    QCOMPARE(r.json[u"url"_s][u"fullLink"_s].toString(), longUrl);
    QCOMPARE(create(u"ck"_s, u"spring"_s).json[u"url"_s][u"status"_s].toInt(), 3);
    QCOMPARE(create(u"bad"_s, u"other"_s).json[u"url"_s][u"status"_s].toInt(), 4);
    r = send("GET", withQuery(cuttly.apiUrl(), {}, {{u"key"_s, u"bad"_s}}));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json[u"auth"_s].toBool(true), false);

    cuttly.addClicks(u"spring"_s, 5);
    r = send("GET", withQuery(cuttly.apiUrl(), {}, {{u"key"_s, u"ck"_s}, {u"stats"_s, u"https://cutt.ly/spring"_s}}));
    QCOMPARE(r.json[u"stats"_s][u"status"_s].toInt(), 1);
    QCOMPARE(r.json[u"stats"_s][u"clicks"_s].toInt(), 5);
    QCOMPARE(r.json[u"stats"_s][u"devices"_s][u"geo"_s][0][u"tag"_s].toString(), u"DE"_s);

    cuttly.setPerMinuteLimit(1);   // the window already holds this minute's calls
    r = create(u"ck"_s, u"later"_s);
    QCOMPARE(r.status, 429);
    QVERIFY(r.body.isEmpty());
    QVERIFY(!r.headers.contains("retry-after"));
    QCOMPARE(cuttly.linkCount(), 1);
}

QTEST_GUILESS_MAIN(TestFakes)
#include "tst_fakes.moc"
