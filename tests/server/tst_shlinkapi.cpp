#include "core/storage/clickrollups.h"
#include "core/storage/database.h"
#include "server/redirectindex.h"
#include "server/shlinkapi.h"
#include "server/store/sqlitekeystore.h"
#include "support/specvalidator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server;

class TestShlinkApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void authentication();
    void keyWithoutNameIsStored();
    void healthNeedsNoKey();
    void createGetEditDelete();
    void createRefusesBadInput();
    void pagingSearchTagsAndOrder();
    void visitsAndOrphans();
    void tagsListStatsRenameDelete();
    void domainsAndRedirects();
    void corsPreflight();
    void unbuiltPartsSayWhy();
    void pageSizesAreCapped();
    void manyTagsDoNotHoldTheApiThread();

private:
    ApiResponse call(const QString &method, const QString &target, const QByteArray &body = {},
                     const std::string &key = "secret-key");
    QJsonObject object(const ApiResponse &r)
    {
        return QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object();
    }
    void conforms(const QString &path, const QString &method, const ApiResponse &r);
    void addClick(qint64 linkId, const QString &slug, qint64 ts, bool bot, const QString &country = {},
                  const QString &orphan = {});

    std::unique_ptr<Test::SpecValidator> m_spec;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RedirectIndex> m_index;
    ServerConfig m_config;
    std::unique_ptr<ShlinkApi> m_api;
};

void TestShlinkApi::initTestCase()
{
    m_spec = std::make_unique<Test::SpecValidator>(QStringLiteral(SHLINK_SPEC_DIR));
    QVERIFY2(m_spec->loadError().isEmpty(), qPrintable(m_spec->loadError()));
}

void TestShlinkApi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"l.sqlite"_s)).ok());
    QVERIFY(SqliteKeyStore(*m_db).add(u"secret-key"_s, u"test"_s).ok());
    m_index = std::make_unique<RedirectIndex>();
    m_config = ServerConfig{};
    m_config.defaultDomain = "localhost:8080";
    m_config.invalidShortUrlRedirect = "https://brand.example/missing";
    m_api = std::make_unique<ShlinkApi>(*m_db, *m_index, m_config);
}

void TestShlinkApi::cleanup()
{
    m_api.reset();
    m_index.reset();
    m_db.reset();
    m_dir.reset();
}

ApiResponse TestShlinkApi::call(const QString &method, const QString &target, const QByteArray &body,
                                const std::string &key)
{
    ApiRequest r;
    r.method = method.toStdString();
    r.target = target.toStdString();
    r.apiKey = key;
    r.body = body.toStdString();
    r.contentType = "application/json";
    return m_api->handle(r);
}

void TestShlinkApi::conforms(const QString &path, const QString &method, const ApiResponse &r)
{
    const QStringList errors = m_spec->validate(path, method, r.status, QByteArray::fromStdString(r.body),
                                                QString::fromStdString(r.contentType));
    QVERIFY2(errors.isEmpty(),
             qPrintable(u"%1 %2 -> %3 %4\n  %5"_s.arg(method, path)
                            .arg(r.status)
                            .arg(QString::fromStdString(r.body).left(300), errors.join(u" | "_s))));
}

void TestShlinkApi::addClick(qint64 linkId, const QString &slug, qint64 ts, bool bot, const QString &country,
                             const QString &orphan)
{
    QSqlQuery q(m_db->connection());
    QVERIFY2(
        q.prepare(uR"(INSERT INTO clicks(link_id, domain, slug, ts, referrer, user_agent, country, is_bot, orphan_type,
                  redirect_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ''))"_s),
        qPrintable(q.lastError().text()));
    q.addBindValue(linkId > 0 ? QVariant(linkId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(u"localhost:8080"_s);
    q.addBindValue(slug);
    q.addBindValue(ts);
    q.addBindValue(u"https://news.example/"_s);
    q.addBindValue(u"Mozilla/5.0"_s);
    q.addBindValue(country.isNull() ? u""_s : country);
    q.addBindValue(int(bot));
    q.addBindValue(orphan.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(orphan));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    if (linkId > 0) {
        QString error;
        QVERIFY2(
            Rollups::addHour(m_db->connection(), linkId, ts / 3600000 * 3600, bot ? 0 : 1, bot ? 1 : 0, {}, &error),
            qPrintable(error));
    }
}

void TestShlinkApi::keyWithoutNameIsStored()
{
    // `linkdeck-server api-key:generate` without --name (found using it: "NOT NULL constraint failed").
    const auto added = SqliteKeyStore(*m_db).add(u"unnamed-key"_s, QString());
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    QCOMPARE(call(u"GET"_s, u"/rest/v3/short-urls"_s, {}, "unnamed-key").status, 200);
}

void TestShlinkApi::authentication()
{
    const auto missing = call(u"GET"_s, u"/rest/v3/short-urls"_s, {}, "");
    QCOMPARE(missing.status, 401);
    QCOMPARE(object(missing).value(u"type"_s).toString(), u"https://shlink.io/api/error/missing-authentication"_s);
    QCOMPARE(missing.contentType, std::string("application/problem+json"));
    conforms(u"/rest/v{version}/short-urls"_s, u"GET"_s, missing);
    const auto wrong = call(u"GET"_s, u"/rest/v3/short-urls"_s, {}, "nope");
    QCOMPARE(wrong.status, 401);
    QCOMPARE(object(wrong).value(u"type"_s).toString(), u"https://shlink.io/api/error/invalid-api-key"_s);
}

void TestShlinkApi::healthNeedsNoKey()
{
    const auto r = call(u"GET"_s, u"/rest/health"_s, {}, "");
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value(u"status"_s).toString(), u"pass"_s);
    conforms(u"/rest/health"_s, u"GET"_s, r);
    // The click journal's state (issue 18, 5; tst_durability fills a disk for the failing one).
    const QJsonObject journal = object(r).value(u"journal"_s).toObject();
    QCOMPARE(journal.value(u"status"_s).toString(), u"pass"_s);
    QCOMPARE(journal.value(u"lostClicks"_s).toInteger(-1), 0);
    // As in Shlink, under each API version too, and without a key.
    for (const QString &version : {u"v1"_s, u"v2"_s, u"v3"_s}) {
        const auto versioned = call(u"GET"_s, u"/rest/"_s + version + u"/health"_s, {}, "");
        QCOMPARE(versioned.status, 200);
        QCOMPARE(object(versioned), object(r));
    }
}

void TestShlinkApi::createGetEditDelete()
{
    auto created = call(
        u"POST"_s, u"/rest/v3/short-urls"_s,
        "{\"longUrl\":\"https://shop.example/spring\",\"customSlug\":\"Spring\",\"tags\":[\"print\",\"spring\"], \"title\":\"Spring\",\"maxVisits\":100,\"validUntil\":\"2030-01-01T00:00:00+00:00\",\"forwardQuery\":false}");
    QCOMPARE(created.status, 200);
    conforms(u"/rest/v{version}/short-urls"_s, u"POST"_s, created);
    QJsonObject o = object(created);
    QCOMPARE(o.value(u"shortCode"_s).toString(), u"Spring"_s);
    QCOMPARE(o.value(u"shortUrl"_s).toString(), u"http://localhost:8080/Spring"_s);
    QVERIFY(o.value(u"domain"_s).isNull());   // the default domain
    QCOMPARE(o.value(u"meta"_s).toObject().value(u"maxVisits"_s).toInt(), 100);
    QCOMPARE(o.value(u"forwardQuery"_s).toBool(), false);
    // The redirect index knows it at once.
    std::string scratch;
    QVERIFY(m_index->current()->find("localhost:8080", "Spring", scratch));
    QVERIFY(!m_index->current()->find("localhost:8080", "spring", scratch));   // strict mode, Shlink's default

    const auto duplicate =
        call(u"POST"_s, u"/rest/v3/short-urls"_s, "{\"longUrl\":\"https://x.example/\",\"customSlug\":\"Spring\"}");
    QCOMPARE(duplicate.status, 400);
    QCOMPARE(object(duplicate).value(u"type"_s).toString(), u"https://shlink.io/api/error/non-unique-slug"_s);
    QCOMPARE(object(duplicate).value(u"customSlug"_s).toString(), u"Spring"_s);
    conforms(u"/rest/v{version}/short-urls"_s, u"POST"_s, duplicate);

    const auto found = call(u"GET"_s, u"/rest/v3/short-urls/Spring"_s);
    QCOMPARE(found.status, 200);
    conforms(u"/rest/v{version}/short-urls/{shortCode}"_s, u"GET"_s, found);

    const auto edited = call(u"PATCH"_s, u"/rest/v3/short-urls/Spring"_s,
                             "{\"longUrl\":\"https://shop.example/summer\",\"maxVisits\":null,\"tags\":[\"summer\"]}");
    QCOMPARE(edited.status, 200);
    conforms(u"/rest/v{version}/short-urls/{shortCode}"_s, u"PATCH"_s, edited);
    o = object(edited);
    QCOMPARE(o.value(u"longUrl"_s).toString(), u"https://shop.example/summer"_s);
    QVERIFY(o.value(u"meta"_s).toObject().value(u"maxVisits"_s).isNull());
    QCOMPARE(o.value(u"tags"_s).toArray(), QJsonArray{u"summer"_s});
    QCOMPARE(m_index->current()->find("localhost:8080", "Spring", scratch)->location,
             std::string_view("https://shop.example/summer"));

    const auto deleted = call(u"DELETE"_s, u"/rest/v3/short-urls/Spring"_s);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.empty());
    conforms(u"/rest/v{version}/short-urls/{shortCode}"_s, u"DELETE"_s, deleted);
    QVERIFY(!m_index->current()->find("localhost:8080", "Spring", scratch));
    const auto gone = call(u"GET"_s, u"/rest/v3/short-urls/Spring"_s);
    QCOMPARE(gone.status, 404);
    QCOMPARE(object(gone).value(u"type"_s).toString(), u"https://shlink.io/api/error/short-url-not-found"_s);
    QCOMPARE(object(gone).value(u"shortCode"_s).toString(), u"Spring"_s);
    conforms(u"/rest/v{version}/short-urls/{shortCode}"_s, u"GET"_s, gone);
}

void TestShlinkApi::createRefusesBadInput()
{
    const auto unsafe = call(u"POST"_s, u"/rest/v3/short-urls"_s, "{\"longUrl\":\"javascript:alert(1)\"}");
    QCOMPARE(unsafe.status, 400);
    QCOMPARE(object(unsafe).value(u"type"_s).toString(), u"https://shlink.io/api/error/invalid-url"_s);
    QVERIFY(object(unsafe).value(u"detail"_s).toString().contains(u"script"_s));
    conforms(u"/rest/v{version}/short-urls"_s, u"POST"_s, unsafe);
    const auto bad = call(
        u"POST"_s, u"/rest/v3/short-urls"_s,
        "{\"longUrl\":\"https://ok.example/\",\"customSlug\":\"a/b\",\"maxVisits\":0,\"validSince\":\"not a date\"}");
    QCOMPARE(bad.status, 400);
    const QJsonArray invalid = object(bad).value(u"invalidElements"_s).toArray();
    for (const auto &field : {u"customSlug"_s, u"maxVisits"_s, u"validSince"_s})
        QVERIFY2(invalid.contains(field), qPrintable(field));
    QCOMPARE(object(bad).value(u"type"_s).toString(), u"https://shlink.io/api/error/invalid-data"_s);
    conforms(u"/rest/v{version}/short-urls"_s, u"POST"_s, bad);
    const auto notJson = call(u"POST"_s, u"/rest/v3/short-urls"_s, "{nope");
    QCOMPARE(notJson.status, 400);
}

void TestShlinkApi::pagingSearchTagsAndOrder()
{
    for (int i = 0; i < 25; ++i) {
        const QString tags = i % 2 ? u"[\"odd\",\"all\"]"_s : u"[\"even\",\"all\"]"_s;
        const QByteArray body =
            u"{\"longUrl\":\"https://site.example/%1\",\"customSlug\":\"s%2\",\"tags\":%3,\"title\":\"Item %4\"}"_s
                .arg(i)
                .arg(i, 2, 10, QChar(u'0'))
                .arg(tags)
                .arg(i)
                .toUtf8();
        QCOMPARE(call(u"POST"_s, u"/rest/v3/short-urls"_s, body).status, 200);
    }
    const auto page3 = call(u"GET"_s, u"/rest/v3/short-urls?page=3&itemsPerPage=10"_s);
    QCOMPARE(page3.status, 200);
    conforms(u"/rest/v{version}/short-urls"_s, u"GET"_s, page3);
    const QJsonObject pagination = object(page3).value(u"shortUrls"_s).toObject().value(u"pagination"_s).toObject();
    QCOMPARE(pagination.value(u"pagesCount"_s).toInt(), 3);
    QCOMPARE(pagination.value(u"itemsInCurrentPage"_s).toInt(), 5);
    QCOMPARE(pagination.value(u"totalItems"_s).toInt(), 25);
    QCOMPARE(pagination.value(u"currentPage"_s).toInt(), 3);

    auto codes = [this](const QString &query) {
        QStringList out;
        const auto r = call(u"GET"_s, u"/rest/v3/short-urls?"_s + query);
        for (const QJsonValue &v : object(r).value(u"shortUrls"_s).toObject().value(u"data"_s).toArray())
            out << v.toObject().value(u"shortCode"_s).toString();
        return out;
    };
    QCOMPARE(codes(u"searchTerm=s07"_s), QStringList{u"s07"_s});
    QCOMPARE(codes(u"orderBy=shortCode-ASC&itemsPerPage=2"_s), (QStringList{u"s00"_s, u"s01"_s}));
    QCOMPARE(codes(u"orderBy=shortCode-DESC&itemsPerPage=1"_s), QStringList{u"s24"_s});
    QCOMPARE(codes(u"tags[]=odd&itemsPerPage=-1"_s).size(), 12);
    QCOMPARE(codes(u"tags[]=odd&tags[]=even&tagsMode=any&itemsPerPage=-1"_s).size(), 25);
    QCOMPARE(codes(u"tags[]=odd&tags[]=even&tagsMode=all&itemsPerPage=-1"_s).size(), 0);
    QCOMPARE(codes(u"excludeTags[]=odd&itemsPerPage=-1"_s).size(), 13);
    QCOMPARE(codes(u"excludeTags[]=odd&excludeTags[]=all&excludeTagsMode=all&itemsPerPage=-1"_s).size(), 13);
    QCOMPARE(codes(u"domain=other.example"_s).size(), 0);
}

void TestShlinkApi::visitsAndOrphans()
{
    QCOMPARE(call(u"POST"_s, u"/rest/v3/short-urls"_s,
                  "{\"longUrl\":\"https://a.example/\",\"customSlug\":\"a\",\"tags\":[\"t\"]}")
                 .status,
             200);
    const qint64 base = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    addClick(1, u"a"_s, base, false, u"DE"_s);
    addClick(1, u"a"_s, base + 60000, true);
    addClick(1, u"a"_s, base + 86400000, false);
    addClick(0, u"nope"_s, base, false, {}, u"invalid_short_url"_s);
    addClick(0, u"/"_s, base, true, {}, u"base_url"_s);

    const auto all = call(u"GET"_s, u"/rest/v3/short-urls/a/visits"_s);
    QCOMPARE(all.status, 200);
    conforms(u"/rest/v{version}/short-urls/{shortCode}/visits"_s, u"GET"_s, all);
    const QJsonArray visits = object(all).value(u"visits"_s).toObject().value(u"data"_s).toArray();
    QCOMPARE(visits.size(), 3);
    QCOMPARE(visits.first().toObject().value(u"date"_s).toString(), u"2026-11-02T12:00:00+00:00"_s);   // newest first
    QCOMPARE(visits.last().toObject().value(u"visitLocation"_s).toObject().value(u"countryCode"_s).toString(), u"DE"_s);
    QCOMPARE(visits.first().toObject().value(u"visitedUrl"_s).toString(), u"http://localhost:8080/a"_s);

    auto count = [this](const QString &target) {
        return object(call(u"GET"_s, target)).value(u"visits"_s).toObject().value(u"data"_s).toArray().size();
    };
    QCOMPARE(count(u"/rest/v3/short-urls/a/visits?excludeBots=true"_s), 2);
    QCOMPARE(count(u"/rest/v3/short-urls/a/visits?startDate=2026-11-02T00:00:00Z"_s), 1);
    QCOMPARE(count(u"/rest/v3/short-urls/a/visits?page=2&itemsPerPage=2"_s), 1);
    QCOMPARE(count(u"/rest/v3/tags/t/visits"_s), 3);
    conforms(u"/rest/v{version}/tags/{tag}/visits"_s, u"GET"_s, call(u"GET"_s, u"/rest/v3/tags/t/visits"_s));
    const auto missingTag = call(u"GET"_s, u"/rest/v3/tags/missing/visits"_s);
    QCOMPARE(missingTag.status, 404);
    conforms(u"/rest/v{version}/tags/{tag}/visits"_s, u"GET"_s, missingTag);
    QCOMPARE(count(u"/rest/v3/domains/DEFAULT/visits"_s), 3);
    conforms(u"/rest/v{version}/domains/{domain}/visits"_s, u"GET"_s,
             call(u"GET"_s, u"/rest/v3/domains/DEFAULT/visits"_s));
    const auto missingLink = call(u"GET"_s, u"/rest/v3/short-urls/nope/visits"_s);
    QCOMPARE(missingLink.status, 404);
    conforms(u"/rest/v{version}/short-urls/{shortCode}/visits"_s, u"GET"_s, missingLink);
    QCOMPARE(count(u"/rest/v3/visits/non-orphan"_s), 3);
    conforms(u"/rest/v{version}/visits/non-orphan"_s, u"GET"_s, call(u"GET"_s, u"/rest/v3/visits/non-orphan"_s));

    const auto orphans = call(u"GET"_s, u"/rest/v3/visits/orphan"_s);
    conforms(u"/rest/v{version}/visits/orphan"_s, u"GET"_s, orphans);
    QCOMPARE(object(orphans).value(u"visits"_s).toObject().value(u"data"_s).toArray().size(), 2);
    QCOMPARE(count(u"/rest/v3/visits/orphan?type=base_url"_s), 1);
    const auto badType = call(u"GET"_s, u"/rest/v3/visits/orphan?type=elsewhere"_s);
    QCOMPARE(badType.status, 400);
    conforms(u"/rest/v{version}/visits/orphan"_s, u"GET"_s, badType);

    const auto summary = call(u"GET"_s, u"/rest/v3/visits"_s);
    conforms(u"/rest/v{version}/visits"_s, u"GET"_s, summary);
    const QJsonObject stats = object(summary).value(u"visits"_s).toObject();
    QCOMPARE(stats.value(u"nonOrphanVisits"_s).toObject().value(u"total"_s).toInt(), 3);
    QCOMPARE(stats.value(u"nonOrphanVisits"_s).toObject().value(u"bots"_s).toInt(), 1);
    QCOMPARE(stats.value(u"orphanVisits"_s).toObject().value(u"total"_s).toInt(), 2);
    QCOMPARE(stats.value(u"orphanVisits"_s).toObject().value(u"nonBots"_s).toInt(), 1);

    const auto deleted = call(u"DELETE"_s, u"/rest/v3/short-urls/a/visits"_s);
    QCOMPARE(deleted.status, 200);
    conforms(u"/rest/v{version}/short-urls/{shortCode}/visits"_s, u"DELETE"_s, deleted);
    QCOMPARE(object(deleted).value(u"deletedVisits"_s).toInt(), 3);
    QCOMPARE(count(u"/rest/v3/short-urls/a/visits"_s), 0);
    const auto orphansDeleted = call(u"DELETE"_s, u"/rest/v3/visits/orphan"_s);
    QCOMPARE(orphansDeleted.status, 200);
    conforms(u"/rest/v{version}/visits/orphan"_s, u"DELETE"_s, orphansDeleted);
}

void TestShlinkApi::tagsListStatsRenameDelete()
{
    QCOMPARE(call(u"POST"_s, u"/rest/v3/short-urls"_s,
                  "{\"longUrl\":\"https://a.example/\",\"customSlug\":\"a\",\"tags\":[\"print\",\"web\"]}")
                 .status,
             200);
    QCOMPARE(call(u"POST"_s, u"/rest/v3/short-urls"_s,
                  "{\"longUrl\":\"https://b.example/\",\"customSlug\":\"b\",\"tags\":[\"print\"]}")
                 .status,
             200);
    addClick(1, u"a"_s, 1'800'000'000'000, false);
    const auto list = call(u"GET"_s, u"/rest/v3/tags"_s);
    conforms(u"/rest/v{version}/tags"_s, u"GET"_s, list);
    QCOMPARE(object(list).value(u"tags"_s).toObject().value(u"data"_s).toArray(), (QJsonArray{u"print"_s, u"web"_s}));

    const auto stats = call(u"GET"_s, u"/rest/v3/tags/stats"_s);
    conforms(u"/rest/v{version}/tags/stats"_s, u"GET"_s, stats);
    const QJsonObject print = object(stats).value(u"tags"_s).toObject().value(u"data"_s).toArray().first().toObject();
    QCOMPARE(print.value(u"tag"_s).toString(), u"print"_s);
    QCOMPARE(print.value(u"shortUrlsCount"_s).toInt(), 2);
    QCOMPARE(print.value(u"visitsSummary"_s).toObject().value(u"total"_s).toInt(), 1);

    const auto renamed = call(u"PUT"_s, u"/rest/v3/tags"_s, "{\"oldName\":\"print\",\"newName\":\"flyer\"}");
    QCOMPARE(renamed.status, 204);
    conforms(u"/rest/v{version}/tags"_s, u"PUT"_s, renamed);
    const auto b = object(call(u"GET"_s, u"/rest/v3/short-urls/b"_s));
    QCOMPARE(b.value(u"tags"_s).toArray(), QJsonArray{u"flyer"_s});
    const auto conflict = call(u"PUT"_s, u"/rest/v3/tags"_s, "{\"oldName\":\"flyer\",\"newName\":\"web\"}");
    QCOMPARE(conflict.status, 409);
    QCOMPARE(object(conflict).value(u"type"_s).toString(), u"https://shlink.io/api/error/tag-conflict"_s);
    conforms(u"/rest/v{version}/tags"_s, u"PUT"_s, conflict);
    const auto missing = call(u"PUT"_s, u"/rest/v3/tags"_s, "{\"oldName\":\"nothing\",\"newName\":\"x\"}");
    QCOMPARE(missing.status, 404);
    QCOMPARE(object(missing).value(u"type"_s).toString(), u"https://shlink.io/api/error/tag-not-found"_s);
    conforms(u"/rest/v{version}/tags"_s, u"PUT"_s, missing);
    const auto invalidName = call(u"PUT"_s, u"/rest/v3/tags"_s, "{\"oldName\":\"web\",\"newName\":\"\"}");
    QCOMPARE(invalidName.status, 400);
    conforms(u"/rest/v{version}/tags"_s, u"PUT"_s, invalidName);

    const auto tagsDeleted = call(u"DELETE"_s, u"/rest/v3/tags?tags[]=flyer"_s);
    QCOMPARE(tagsDeleted.status, 204);
    conforms(u"/rest/v{version}/tags"_s, u"DELETE"_s, tagsDeleted);
    QCOMPARE(object(call(u"GET"_s, u"/rest/v3/short-urls/a"_s)).value(u"tags"_s).toArray(), QJsonArray{u"web"_s});
    QCOMPARE(object(call(u"GET"_s, u"/rest/v3/short-urls/b"_s)).value(u"tags"_s).toArray(), QJsonArray{});
}

void TestShlinkApi::domainsAndRedirects()
{
    QCOMPARE(call(u"POST"_s, u"/rest/v3/short-urls"_s,
                  "{\"longUrl\":\"https://a.example/\",\"domain\":\"go.brand.example\"}")
                 .status,
             200);
    const auto patched = call(
        u"PATCH"_s, u"/rest/v3/domains/redirects"_s,
        "{\"domain\":\"go.brand.example\",\"baseUrlRedirect\":\"https://brand.example/\",\"regular404Redirect\":null}");
    QCOMPARE(patched.status, 200);
    conforms(u"/rest/v{version}/domains/redirects"_s, u"PATCH"_s, patched);
    QCOMPARE(object(patched).value(u"baseUrlRedirect"_s).toString(), u"https://brand.example/"_s);
    const auto invalid = call(u"PATCH"_s, u"/rest/v3/domains/redirects"_s, "{\"baseUrlRedirect\":\"javascript:x\"}");
    QCOMPARE(invalid.status, 400);
    conforms(u"/rest/v{version}/domains/redirects"_s, u"PATCH"_s, invalid);

    const auto domains = call(u"GET"_s, u"/rest/v3/domains"_s);
    conforms(u"/rest/v{version}/domains"_s, u"GET"_s, domains);
    const QJsonArray data = object(domains).value(u"domains"_s).toObject().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data.at(0).toObject().value(u"domain"_s).toString(), u"localhost:8080"_s);
    QVERIFY(data.at(0).toObject().value(u"isDefault"_s).toBool());
    QCOMPARE(data.at(1).toObject().value(u"redirects"_s).toObject().value(u"baseUrlRedirect"_s).toString(),
             u"https://brand.example/"_s);
    QCOMPARE(object(domains)
                 .value(u"domains"_s)
                 .toObject()
                 .value(u"defaultRedirects"_s)
                 .toObject()
                 .value(u"invalidShortUrlRedirect"_s)
                 .toString(),
             u"https://brand.example/missing"_s);
    // The redirect server picks the change up with its next reload.
    QSqlDatabase conn = m_db->connection();
    QVERIFY(m_index->load(conn).ok());
    QCOMPARE(m_index->current()->domains->at("go.brand.example").baseUrl, std::string("https://brand.example/"));

    // A domain with redirects and no short URL exists too (its visits: none); an unknown one does not.
    QCOMPARE(call(u"PATCH"_s, u"/rest/v3/domains/redirects"_s,
                  "{\"domain\":\"only.brand.example\",\"baseUrlRedirect\":\"https://brand.example/\"}")
                 .status,
             200);
    const auto visits = call(u"GET"_s, u"/rest/v3/domains/ONLY.brand.example/visits"_s);
    QCOMPARE(visits.status, 200);
    QCOMPARE(object(visits).value(u"visits"_s).toObject().value(u"data"_s).toArray().size(), 0);
    const auto unknown = call(u"GET"_s, u"/rest/v3/domains/unknown.example/visits"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(object(unknown).value(u"type"_s).toString(), u"https://shlink.io/api/error/domain-not-found"_s);
}

void TestShlinkApi::corsPreflight()
{
    const auto preflight = call(u"OPTIONS"_s, u"/rest/v3/short-urls"_s, {}, "");
    QCOMPARE(preflight.status, 204);
    bool allowsKey = false;
    for (const auto &[name, value] : preflight.headers)
        allowsKey =
            allowsKey || (name == "Access-Control-Allow-Headers" && value.find("X-Api-Key") != std::string::npos);
    QVERIFY(allowsKey);
    const auto normal = call(u"GET"_s, u"/rest/v3/short-urls"_s);
    bool origin = false;
    for (const auto &[name, value] : normal.headers)
        origin = origin || (name == "Access-Control-Allow-Origin" && value == "*");
    QVERIFY(origin);
}

void TestShlinkApi::unbuiltPartsSayWhy()
{
    const auto mercure = call(u"GET"_s, u"/rest/v3/mercure-info"_s);
    QCOMPARE(mercure.status, 501);
    QCOMPARE(object(mercure).value(u"type"_s).toString(), u"https://shlink.io/api/error/mercure-not-configured"_s);
    conforms(u"/rest/v{version}/mercure-info"_s, u"GET"_s, mercure);
    // Redirect rules are built: an unknown short URL's are not found.
    const auto rules = call(u"GET"_s, u"/rest/v3/short-urls/x/redirect-rules"_s);
    QCOMPARE(rules.status, 404);
    conforms(u"/rest/v{version}/short-urls/{shortCode}/redirect-rules"_s, u"GET"_s, rules);
    QCOMPARE(call(u"GET"_s, u"/rest/v3/nothing-here"_s).status, 404);
}

QTEST_GUILESS_MAIN(TestShlinkApi)

// Issue 18 item 9: a huge itemsPerPage is capped (the pagination says the size used), so
// 40000000 or 2^31-1 reserve nothing in proportion.
void TestShlinkApi::pageSizesAreCapped()
{
    for (int i = 0; i < 3; ++i) {
        const QByteArray body =
            u"{\"longUrl\":\"https://site.example/%1\",\"customSlug\":\"c%1\",\"tags\":[\"t%1\"]}"_s.arg(i).toUtf8();
        QCOMPARE(call(u"POST"_s, u"/rest/v3/short-urls"_s, body).status, 200);
    }
    addClick(1, u"c0"_s, QDateTime::currentMSecsSinceEpoch(), false);
    const struct
    {
        QString target;
        QString key;
        QString spec;
    } resources[] = {
        {u"/rest/v3/short-urls"_s, u"shortUrls"_s, u"/rest/v{version}/short-urls"_s},
        {u"/rest/v3/tags"_s, u"tags"_s, u"/rest/v{version}/tags"_s},
        {u"/rest/v3/tags/stats"_s, u"tags"_s, u"/rest/v{version}/tags/stats"_s},
        {u"/rest/v3/short-urls/c0/visits"_s, u"visits"_s, u"/rest/v{version}/short-urls/{shortCode}/visits"_s},
    };
    for (const auto &resource : resources) {
        for (const QString &size :
             {u"40000000"_s, u"2147483647"_s, u"2147483648"_s, u"99999999999999999999"_s, u"-1"_s}) {
            QElapsedTimer timer;
            timer.start();
            const auto r = call(u"GET"_s, resource.target + u"?itemsPerPage="_s + size);
            QVERIFY2(timer.elapsed() < 2000, qPrintable(resource.target + u" itemsPerPage="_s + size));
            QCOMPARE(r.status, 200);
            conforms(resource.spec, u"GET"_s, r);
            const QJsonObject answer = object(r).value(resource.key).toObject();
            const QJsonObject pagination = answer.value(u"pagination"_s).toObject();
            const qint64 perPage = pagination.value(u"itemsPerPage"_s).toInteger();
            QVERIFY2(perPage >= 1 && perPage <= 100000,
                     qPrintable(resource.target + u" itemsPerPage="_s + size + u" answered with "_s
                                + QString::number(perPage)));
            QVERIFY(!answer.value(u"data"_s).toArray().isEmpty());
            QCOMPARE(pagination.value(u"pagesCount"_s).toInt(), 1);
        }
    }
}

// Issue 18 item 9: a link with 20,000 tags, its tag list and stats, do not hold the one API
// thread (every other API request waits) for seconds. Asserted as growth, not speed (this
// machine is shared, and sanitizers slow everything): ten times the tags may take about ten
// times as long, never the hundred times that work per pair of tags took.
void TestShlinkApi::manyTagsDoNotHoldTheApiThread()
{
    qint64 tagsSoFar = 0;
    const auto createEditAndCount = [&](int count, const QString &prefix) -> qint64 {
        QJsonArray tags;
        for (int i = 0; i < count; ++i)
            tags.append(QString(prefix + QString::number(i)));
        const QString slug = prefix + u"many"_s;
        const QByteArray body =
            QJsonDocument(
                QJsonObject{{u"longUrl"_s, u"https://many.example/"_s}, {u"customSlug"_s, slug}, {u"tags"_s, tags}})
                .toJson(QJsonDocument::Compact);
        QElapsedTimer timer;
        timer.start();
        const auto created = call(u"POST"_s, u"/rest/v3/short-urls"_s, body);
        const qint64 createMs = timer.restart();
        const auto edited = call(u"PATCH"_s, u"/rest/v3/short-urls/"_s + slug,
                                 QJsonDocument(QJsonObject{{u"tags"_s, tags}}).toJson(QJsonDocument::Compact));
        const qint64 editMs = timer.restart();
        const auto stats = call(u"GET"_s, u"/rest/v3/tags/stats?itemsPerPage=-1"_s);
        const qint64 statsMs = timer.elapsed();
        tagsSoFar += count;
        if (created.status != 200 || object(created).value(u"tags"_s).toArray().size() != count || edited.status != 200
            || stats.status != 200
            || object(stats).value(u"tags"_s).toObject().value(u"data"_s).toArray().size() != tagsSoFar)
            return -1;
        qInfo("%d tags: create %lld ms, edit %lld ms, stats %lld ms", count, createMs, editMs, statsMs);
        return createMs + editMs + statsMs;
    };
    const qint64 small = createEditAndCount(2000, u"a-"_s);
    QVERIFY(small >= 0);
    const qint64 large = createEditAndCount(20000, u"b-"_s);
    QVERIFY(large >= 0);
    QVERIFY2(large < 30 * small + 500, qPrintable(u"2,000 tags: %1 ms; 20,000 tags: %2 ms"_s.arg(small).arg(large)));
}

#include "tst_shlinkapi.moc"
