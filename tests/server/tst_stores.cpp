// linkdeck-server's stores (issue 14), each case on SQLite and on PostgreSQL (the "backend"
// column): the API keys (roles, names, a disabled or expired key not found, with the clock
// moved) and the api-key commands on either database; the domains (redirects, names compared
// without regard to case, the domains of the server's own short URLs); the visits (by link, tag,
// domain, orphan type, window and bots, within a key's roles, paged, deleted with their
// rollups, summed from the rollups); the links (insert and find with SHORT_URL_MODE's case
// rules, a back-half taken, Shlink's list filters, orders and pages within a key's roles, update,
// remove, tags with their figures, renamed and deleted, redirect rules); and ShlinkApi itself on
// either database's stores, answering the same.
//
// PostgreSQL: LINKDECK_TEST_PG, or a throwaway cluster of the test's own off CI
// (support/pgtestserver.h); each test function and backend works in a database of its own.

#include "core/base/clock.h"
#include "core/storage/database.h"
#include "server/apikeys.h"
#include "server/pg/pgconnection.h"
#include "server/pg/pgdomainstore.h"
#include "server/pg/pgkeystore.h"
#include "server/pg/pglinkfeed.h"
#include "server/pg/pglinkstore.h"
#include "server/pg/pgschema.h"
#include "server/pg/pgstores.h"
#include "server/pg/pgvisitstore.h"
#include "server/redirectindex.h"
#include "server/shlinkapi.h"
#include "server/store/sqlitedomainstore.h"
#include "server/store/sqlitekeystore.h"
#include "server/store/sqlitelinkstore.h"
#include "server/store/sqlitevisitstore.h"
#include "support/pgtestserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <thread>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server;
using Linkdeck::Test::PgTestDatabase;

namespace {

// One backend's database with its stores, fresh for each test.
class Backend
{
public:
    virtual ~Backend() = default;
    virtual KeyStore &keys() = 0;
    virtual DomainStore &domains() = 0;
    virtual VisitStore &visits() = 0;
    virtual LinkStore &links() = 0;
    // Another set of every store on the same database (for a ShlinkApi).
    virtual ServerStores stores() = 0;
    // The first column of the first row (-1: none, or the query failed).
    virtual qint64 scalar(const QString &sql) = 0;
    // Runs SQL that both databases take as it is (setting up rows the stores only read).
    virtual QString run(const QString &sql) = 0;   // the error; empty: done
    // What --db takes for this database.
    virtual QString address() const = 0;
};

class SqliteBackend final : public Backend
{
public:
    SqliteBackend()
    {
        if (auto opened = m_db.open(m_dir.filePath(u"links.sqlite"_s)); !opened)
            m_error = opened.error().message;
        m_keys = std::make_unique<SqliteKeyStore>(m_db);
        m_domains = std::make_unique<SqliteDomainStore>(m_db);
        m_visits = std::make_unique<SqliteVisitStore>(m_db);
        m_links = std::make_unique<SqliteLinkStore>(m_db);
    }
    QString error() const { return m_error; }
    KeyStore &keys() override { return *m_keys; }
    DomainStore &domains() override { return *m_domains; }
    VisitStore &visits() override { return *m_visits; }
    LinkStore &links() override { return *m_links; }
    ServerStores stores() override { return ServerStores::sqlite(m_db); }
    qint64 scalar(const QString &sql) override
    {
        QSqlQuery q(m_db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    QString run(const QString &sql) override
    {
        QSqlQuery q(m_db.connection());
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    QString address() const override { return m_dir.filePath(u"links.sqlite"_s); }

private:
    QTemporaryDir m_dir;
    Database m_db;
    QString m_error;
    std::unique_ptr<SqliteKeyStore> m_keys;
    std::unique_ptr<SqliteDomainStore> m_domains;
    std::unique_ptr<SqliteVisitStore> m_visits;
    std::unique_ptr<SqliteLinkStore> m_links;
};

// A libpq conninfo ("host=/tmp/x port=54329 dbname=d") as the postgresql:// URL --db takes.
QString urlOf(const QString &conninfo)
{
    if (conninfo.startsWith(u"postgres"_s))
        return conninfo;
    QUrlQuery query;
    QString database;
    for (const QString &pair : conninfo.split(u' ', Qt::SkipEmptyParts)) {
        const QString key = pair.section(u'=', 0, 0);
        const QString value = pair.section(u'=', 1);
        if (key == u"dbname"_s)
            database = value;   // the last one wins, as in libpq
        else
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return u"postgresql:///"_s + database + u'?' + query.query(QUrl::FullyEncoded);
}

class PgBackend final : public Backend
{
public:
    explicit PgBackend(const QString &name)
        : m_database(name)
    {
        if (!m_database.ok()) {
            m_error = m_database.error();
            return;
        }
        auto conn = Server::Pg::PgSchema::connect(m_database.conninfo());
        if (!conn) {
            m_error = conn.error().message;
            return;
        }
        m_conn = std::make_unique<Server::Pg::PgConnection>(std::move(conn).value());
        m_keys = std::make_unique<Server::Pg::PgKeyStore>(*m_conn);
        m_domains = std::make_unique<Server::Pg::PgDomainStore>(*m_conn);
        m_visits = std::make_unique<Server::Pg::PgVisitStore>(*m_conn);
        m_links = std::make_unique<Server::Pg::PgLinkStore>(*m_conn);
    }
    QString error() const { return m_error; }
    KeyStore &keys() override { return *m_keys; }
    DomainStore &domains() override { return *m_domains; }
    VisitStore &visits() override { return *m_visits; }
    LinkStore &links() override { return *m_links; }
    ServerStores stores() override { return Server::Pg::pgStores(*m_conn); }
    qint64 scalar(const QString &sql) override
    {
        const auto r = m_conn->exec(sql);
        return r && r->rows() > 0 ? r->toInt64(0, 0) : -1;
    }
    QString run(const QString &sql) override
    {
        const auto r = m_conn->exec(sql);
        return r ? QString() : r.error().message;
    }
    QString address() const override { return urlOf(m_database.conninfo()); }

private:
    PgTestDatabase m_database;
    QString m_error;
    std::unique_ptr<Server::Pg::PgConnection> m_conn;
    std::unique_ptr<Server::Pg::PgKeyStore> m_keys;
    std::unique_ptr<Server::Pg::PgDomainStore> m_domains;
    std::unique_ptr<Server::Pg::PgVisitStore> m_visits;
    std::unique_ptr<Server::Pg::PgLinkStore> m_links;
};

// The backend of the current row, in a database named after the test function.
std::unique_ptr<Backend> openBackend(const QString &kind, QString *error)
{
    if (kind == u"sqlite"_s) {
        auto b = std::make_unique<SqliteBackend>();
        *error = b->error();
        return b;
    }
    auto b =
        std::make_unique<PgBackend>(u"tst_stores_"_s + QString::fromLatin1(QTest::currentTestFunction()).toLower());
    *error = b->error();
    return b;
}

#define BACKEND(var) \
    QFETCH(QString, backend); \
    QString backendError; \
    const auto var = openBackend(backend, &backendError); \
    QVERIFY2(backendError.isEmpty(), qPrintable(backendError))

// Two short URLs (1 on go.example by key 7, tagged Sale; 2 on Other.example by key 8), their
// clicks 1-3 and 6 (2 and 6 at the same time, 2 a bot), orphan visits 4 and 5 (5 a bot), and
// rollups: link 1 15 clicks (2 bots) in two hours, link 2 7 (1 bot).
QString addVisits(Backend &b)
{
    const QString statements[] = {
        u"INSERT INTO links(id, account_id, domain, slug, short_url, destination, created_at, updated_at, clicks, "
        u"author_key_id) VALUES (1, 1, 'go.example', 'a', 'https://go.example/a', 'https://dest.example/', 0, 0, 15, 7), "
        u"(2, 1, 'Other.example', 'b', 'https://Other.example/b', 'https://dest.example/', 0, 0, 7, 8)"_s,
        u"INSERT INTO tags(id, name) VALUES (1, 'Sale')"_s,
        u"INSERT INTO link_tags(link_id, tag_id) VALUES (1, 1)"_s,
        u"INSERT INTO clicks(id, link_id, domain, slug, ts, referrer, user_agent, country, city, is_bot, orphan_type, "
        u"visited_url, redirect_url) VALUES "
        u"(1, 1, 'go.example', 'a', 1000, 'https://ref.example/', 'Firefox', 'DE', 'Berlin', 0, NULL, 'x=1', "
        u"'https://dest.example/?x=1'), "
        u"(2, 1, 'go.example', 'a', 2000, 'r2', 'Googlebot', '', '', 1, NULL, '', ''), "
        u"(3, 2, 'Other.example', 'b', 3000, 'r3', '', '', '', 0, NULL, '', ''), "
        u"(4, NULL, 'go.example', '', 1500, 'r4', '', '', '', 0, 'base_url', '', ''), "
        u"(5, NULL, 'go.example', 'nope', 2500, 'r5', '', '', '', 1, 'regular_404', '', ''), "
        u"(6, 1, 'go.example', 'a', 2000, 'r6', '', '', '', 0, NULL, '', '')"_s,
        u"INSERT INTO click_hours(link_id, hour, clicks, bots) VALUES (1, 0, 10, 2), (1, 3600, 5, 0), (2, 0, 7, 1)"_s,
        u"INSERT INTO link_click_deltas(link_id, clicks) VALUES (1, 3), (2, 1)"_s,
    };
    for (const QString &sql : statements) {
        if (const QString error = b.run(sql); !error.isEmpty())
            return error;
    }
    return {};
}

QStringList referrers(const QList<Visit> &visits)
{
    QStringList out;
    for (const Visit &v : visits)
        out << v.referrer;
    return out;
}

qint64 countOf(VisitStore &store, const VisitFilter &f)
{
    const auto counted = store.count(f);
    return counted ? *counted : -1;
}

const QDateTime start(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc());

struct Cli
{
    int exitCode = -1;
    QString out;
    QString err;
};

Cli runServer(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(LINKDECK_SERVER_PATH));
    process.setArguments(arguments);
    process.start();
    Cli cli;
    if (!process.waitForFinished(60000))
        return cli;
    cli.exitCode = process.exitCode();
    cli.out = QString::fromUtf8(process.readAllStandardOutput());
    cli.err = QString::fromUtf8(process.readAllStandardError());
    return cli;
}

}   // namespace

class TestStores : public QObject
{
    Q_OBJECT

private slots:
    void keysRoundTrip_data() { backends(); }
    void keysRoundTrip();
    void disabledKeyIsNotFound_data() { backends(); }
    void disabledKeyIsNotFound();
    void expiredKeyIsNotFound_data() { backends(); }
    void expiredKeyIsNotFound();
    void sameKeyTwiceKeepsTheFirst_data() { backends(); }
    void sameKeyTwiceKeepsTheFirst();
    void keyCommands_data() { backends(); }
    void keyCommands();
    void domainRedirectsRoundTrip_data() { backends(); }
    void domainRedirectsRoundTrip();
    void domainKeepsTheCaseOfItsName_data() { backends(); }
    void domainKeepsTheCaseOfItsName();
    void domainExistsIgnoringCase_data() { backends(); }
    void domainExistsIgnoringCase();
    void linkDomainsByTheirBytes_data() { backends(); }
    void linkDomainsByTheirBytes();
    void visitsByWhatTheyAreOf_data() { backends(); }
    void visitsByWhatTheyAreOf();
    void visitsWithinAKeysRoles_data() { backends(); }
    void visitsWithinAKeysRoles();
    void deletedVisitsTakeTheirRollups_data() { backends(); }
    void deletedVisitsTakeTheirRollups();
    void summaryFromTheRollups_data() { backends(); }
    void summaryFromTheRollups();
    void linkInsertAndFind_data() { backends(); }
    void linkInsertAndFind();
    void linkListFilters_data() { backends(); }
    void linkListFilters();
    void linkUpdateAndRemove_data() { backends(); }
    void linkUpdateAndRemove();
    void tagsWithStats_data() { backends(); }
    void tagsWithStats();
    void renameAndDeleteTags_data() { backends(); }
    void renameAndDeleteTags();
    void redirectRulesRoundTrip_data() { backends(); }
    void redirectRulesRoundTrip();
    void crawlableSlugs_data() { backends(); }
    void crawlableSlugs();
    void shlinkApiAnswersTheSameOnBoth();
    void apiWorkerOnPostgresql();
    void apiChangesReachAnotherInstance();
    void looseInsertWaitsForAnotherInstance();

private:
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }
};

void TestStores::keysRoundTrip()
{
    BACKEND(b);
    Clock::Override clock(start);
    KeyStore &keys = b->keys();
    QVERIFY(keys.add(u"admin-key"_s, u"web"_s));
    ApiKeyScope roles;
    roles.authorOnly = true;
    roles.domainOnly = u"Go.Example.COM"_s;
    roles.noOrphanVisits = true;
    const QDateTime expires(QDate(2031, 6, 30), QTime(12, 30), QTimeZone::utc());
    QVERIFY(keys.add(u"partner-key"_s, u"partner"_s, roles, expires));
    QVERIFY(keys.add(u"unnamed-key"_s, QString()));

    const auto admin = keys.find(u"admin-key"_s);
    QVERIFY(admin);
    QVERIFY(admin->isAdmin());
    const auto partner = keys.find(u"partner-key"_s);
    QVERIFY(partner);
    QVERIFY(partner->authorOnly);
    QCOMPARE(partner->domainOnly, u"go.example.com"_s);   // stored in lower case
    QVERIFY(partner->noOrphanVisits);
    QVERIFY(partner->keyId != admin->keyId);
    QVERIFY(keys.isValid(u"unnamed-key"_s));
    QVERIFY(!keys.find(u"no-such-key"_s));
    QVERIFY(!keys.isValid(QString()));
    QVERIFY(!keys.find(ApiKeys::hash(u"admin-key"_s)));   // the hash is not the key

    const auto listed = keys.list();
    QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().message));
    QCOMPARE(listed->size(), 3);
    QCOMPARE(listed->at(0).name, u"web"_s);
    QCOMPARE(listed->at(1).name, u"partner"_s);
    QCOMPARE(listed->at(2).name, QString());   // unnamed: "", not NULL
    QCOMPARE(listed->at(0).id, admin->keyId);
    QCOMPARE(listed->at(1).scope.keyId, partner->keyId);
    QVERIFY(listed->at(1).scope.authorOnly);
    QCOMPARE(listed->at(1).scope.domainOnly, u"go.example.com"_s);
    QVERIFY(listed->at(1).scope.noOrphanVisits);
    QVERIFY(listed->at(0).scope.isAdmin());
    QVERIFY(listed->at(1).expiresAt);
    QCOMPARE(*listed->at(1).expiresAt, expires);
    QVERIFY(!listed->at(0).expiresAt);
    for (const ApiKeyInfo &info : *listed) {
        QVERIFY(info.enabled);
        // Created by the clock's time (which runs on in real time from the start).
        QVERIFY(info.createdAt >= start);
        QVERIFY(info.createdAt < start.addSecs(60));
        QCOMPARE(info.createdAt.timeSpec(), Qt::UTC);
    }
    QCOMPARE(ApiKeys::describeRoles(listed->at(1).scope),
             u"Author only, Domain only: go.example.com, No orphan visits"_s);
}

void TestStores::disabledKeyIsNotFound()
{
    BACKEND(b);
    KeyStore &keys = b->keys();
    QVERIFY(keys.add(u"key-1"_s, u"shared"_s));
    QVERIFY(keys.add(u"key-2"_s, u"shared"_s));
    QVERIFY(keys.add(u"key-3"_s, u"other"_s));
    QVERIFY(keys.add(u"key-4"_s, u"Shared"_s));   // names compare by their bytes

    const auto disabled = keys.disableByName(u"shared"_s);
    QVERIFY2(disabled, qPrintable(disabled ? QString() : disabled.error().message));
    QCOMPARE(*disabled, 2);
    QVERIFY(!keys.find(u"key-1"_s));
    QVERIFY(!keys.find(u"key-2"_s));
    QVERIFY(keys.find(u"key-3"_s));
    QVERIFY(keys.find(u"key-4"_s));
    const auto missing = keys.disableByName(u"nobody"_s);
    QVERIFY(missing);
    QCOMPARE(*missing, 0);

    const auto listed = keys.list();
    QVERIFY(listed);
    QCOMPARE(listed->size(), 4);   // kept, disabled
    QStringList states;
    for (const ApiKeyInfo &info : *listed)
        states << info.name + (info.enabled ? u" on"_s : u" off"_s);
    QCOMPARE(states, QStringList({u"shared off"_s, u"shared off"_s, u"other on"_s, u"Shared on"_s}));
}

void TestStores::expiredKeyIsNotFound()
{
    BACKEND(b);
    Clock::Override clock(start);
    KeyStore &keys = b->keys();
    QVERIFY(keys.add(u"short-lived"_s, u"temp"_s, {}, start.addSecs(3600)));
    QVERIFY(keys.add(u"long-lived"_s, u"perm"_s));
    QVERIFY(keys.find(u"short-lived"_s));
    clock.setNow(start.addSecs(3540));   // a minute before it expires
    QVERIFY(keys.find(u"short-lived"_s));
    clock.setNow(start.addSecs(3601));
    QVERIFY(!keys.find(u"short-lived"_s));
    QVERIFY(!keys.isValid(u"short-lived"_s));
    QVERIFY(keys.find(u"long-lived"_s));
    clock.setNow(start.addYears(50));
    QVERIFY(keys.find(u"long-lived"_s));
    // Back before the expiry (a clock set back): valid again, nothing was deleted.
    clock.setNow(start);
    QVERIFY(keys.find(u"short-lived"_s));
    QCOMPARE(keys.list()->size(), 2);
}

void TestStores::sameKeyTwiceKeepsTheFirst()
{
    BACKEND(b);
    KeyStore &keys = b->keys();
    QVERIFY(keys.add(u"the-key"_s, u"first"_s));
    ApiKeyScope roles;
    roles.authorOnly = true;
    QVERIFY(keys.add(u"the-key"_s, u"second"_s, roles));   // INITIAL_API_KEY on every start
    const auto listed = keys.list();
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->at(0).name, u"first"_s);
    QVERIFY(keys.find(u"the-key"_s)->isAdmin());
}

// api-key:generate, api-key:list and api-key:disable with --db the SQLite file or a
// postgresql:// address.
void TestStores::keyCommands()
{
    BACKEND(b);
    const QString db = b->address();
    const Cli generated =
        runServer({u"api-key:generate"_s, u"--name"_s, u"ci bot"_s, u"--domain-only"_s, u"Go.Example.com"_s,
                   u"--expiration-date"_s, u"2099-12-31T10:00:00Z"_s, u"--db"_s, db});
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    const QString key = generated.out.trimmed();
    QVERIFY2(
        QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s).match(key).hasMatch(),
        qPrintable(generated.out));
    const auto scope = b->keys().find(key);
    QVERIFY(scope);
    QCOMPARE(scope->domainOnly, u"go.example.com"_s);

    const Cli listed = runServer({u"api-key:list"_s, u"--db"_s, db});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(u"NAME"_s));
    QVERIFY2(lines.at(1).startsWith(u"ci bot"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u" yes "_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u"2099-12-31 10:00"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(u"Domain only: go.example.com"_s), qPrintable(lines.at(1)));

    const Cli disabled = runServer({u"api-key:disable"_s, u"ci bot"_s, u"--db"_s, db});
    QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));
    QCOMPARE(disabled.out, u"API key \"ci bot\" disabled\n"_s);
    QVERIFY(!b->keys().find(key));
    const Cli again = runServer({u"api-key:list"_s, u"--db"_s, db});
    QVERIFY(again.out.split(u'\n', Qt::SkipEmptyParts).value(1).contains(u" no "_s));

    const Cli unknown = runServer({u"api-key:disable"_s, u"nobody"_s, u"--db"_s, db});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"there is no API key named \"nobody\""_s), qPrintable(unknown.err));
}

void TestStores::domainRedirectsRoundTrip()
{
    BACKEND(b);
    DomainStore &domains = b->domains();
    QVERIFY(domains.list().isEmpty());
    QVERIFY(!domains.redirects(u"go.example.com"_s));

    const DomainRedirects first{u"https://brand.example/"_s, QString(), u"https://brand.example/missing"_s};
    const auto stored = domains.setRedirects(u"go.example.com"_s, first);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    QCOMPARE(domains.redirects(u"go.example.com"_s), std::optional<DomainRedirects>(first));
    QCOMPARE(domains.redirects(u"GO.Example.COM"_s), std::optional<DomainRedirects>(first));
    QVERIFY(domains.redirects(u"go.example.com"_s)->regular404Redirect.isEmpty());   // NULL, read as none

    // Replaced, every field (a cleared one too), still one row.
    const DomainRedirects second{QString(), u"https://brand.example/404"_s, QString()};
    QVERIFY(domains.setRedirects(u"go.example.com"_s, second));
    QCOMPARE(domains.redirects(u"go.example.com"_s), std::optional<DomainRedirects>(second));
    QVERIFY(domains.setRedirects(u"other.example"_s, {}));
    const auto rows = domains.list();
    QCOMPARE(rows.size(), 2);
    for (const DomainInfo &row : rows) {
        if (row.name == u"go.example.com"_s)
            QCOMPARE(row.redirects, second);
        else
            QCOMPARE(row.name, u"other.example"_s);
    }
    QVERIFY(!domains.redirects(u"example.com"_s));
}

void TestStores::domainKeepsTheCaseOfItsName()
{
    BACKEND(b);
    // A row as an older server (or db:copy) left it, with capitals.
    QCOMPARE(b->run(u"INSERT INTO domains(name, base_url_redirect) VALUES ('Brand.Example', 'https://old.example/')"_s),
             QString());
    DomainStore &domains = b->domains();
    QCOMPARE(domains.redirects(u"brand.example"_s)->baseUrlRedirect, u"https://old.example/"_s);
    const DomainRedirects changed{u"https://new.example/"_s, QString(), QString()};
    const auto stored = domains.setRedirects(u"brand.example"_s, changed);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    const auto rows = domains.list();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).name, u"Brand.Example"_s);
    QCOMPARE(rows.at(0).redirects, changed);
}

void TestStores::domainExistsIgnoringCase()
{
    BACKEND(b);
    QCOMPARE(b->run(u"INSERT INTO domains(name) VALUES ('brand.example')"_s), QString());
    QCOMPARE(b->run(u"INSERT INTO accounts(id, provider, name, default_domain, created_at) "
                    u"VALUES (2, 'shlink', 'Team', 's.example', 0)"_s),
             QString());
    QCOMPARE(b->run(u"INSERT INTO links(account_id, domain, slug, short_url, destination, created_at, updated_at) "
                    u"VALUES (1, 'Go.Example.com', 'a', 'https://Go.Example.com/a', 'https://dest.example/', 0, 0), "
                    u"(2, 'remote.example', 'b', 'https://remote.example/b', 'https://dest.example/', 0, 0)"_s),
             QString());
    DomainStore &domains = b->domains();
    QVERIFY(domains.exists(u"brand.example"_s));
    QVERIFY(domains.exists(u"BRAND.Example"_s));
    QVERIFY(domains.exists(u"go.example.com"_s));
    QVERIFY(domains.exists(u"GO.EXAMPLE.COM"_s));
    QVERIFY(!domains.exists(u"remote.example"_s));   // another account's short URL
    QVERIFY(!domains.exists(u"nothing.example"_s));
    QVERIFY(!domains.exists(u"brand.example.org"_s));
    QVERIFY(!domains.exists(QString()));
}

void TestStores::linkDomainsByTheirBytes()
{
    BACKEND(b);
    QCOMPARE(b->run(u"INSERT INTO accounts(id, provider, name, default_domain, created_at) "
                    u"VALUES (2, 'shlink', 'Team', 's.example', 0)"_s),
             QString());
    QCOMPARE(b->run(u"INSERT INTO links(account_id, domain, slug, short_url, destination, created_at, updated_at) "
                    u"VALUES (1, 'b.example', 'a', 'https://b.example/a', 'https://dest.example/', 0, 0), "
                    u"(1, 'a.example', 'b', 'https://a.example/b', 'https://dest.example/', 0, 0), "
                    u"(1, 'a.example', 'c', 'https://a.example/c', 'https://dest.example/', 0, 0), "
                    u"(1, 'B.example', 'd', 'https://B.example/d', 'https://dest.example/', 0, 0), "
                    u"(1, 'a-z.example', 'e', 'https://a-z.example/e', 'https://dest.example/', 0, 0), "
                    u"(2, 'remote.example', 'f', 'https://remote.example/f', 'https://dest.example/', 0, 0)"_s),
             QString());
    QCOMPARE(b->run(u"INSERT INTO domains(name) VALUES ('only-redirects.example')"_s), QString());
    // As SQLite orders them (capitals first), not as a locale would.
    QCOMPARE(b->domains().linkDomains(),
             QStringList({u"B.example"_s, u"a-z.example"_s, u"a.example"_s, u"b.example"_s}));
}

void TestStores::visitsByWhatTheyAreOf()
{
    BACKEND(b);
    QCOMPARE(addVisits(*b), QString());
    VisitStore &visits = b->visits();
    using Of = VisitFilter::Of;

    // A link's, newest first; the same time: the later stored first.
    const auto link = VisitFilter::make(Of::Link, 1);
    QCOMPARE(countOf(visits, link), 3);
    QCOMPARE(referrers(visits.list(link, 10, 0)), QStringList({u"r6"_s, u"r2"_s, u"https://ref.example/"_s}));
    const Visit first = visits.list(link, 1, 2).value(0);
    QCOMPARE(first.referrer, u"https://ref.example/"_s);
    QCOMPARE(first.ts, 1000);
    QCOMPARE(first.userAgent, u"Firefox"_s);
    QCOMPARE(first.country, u"DE"_s);
    QCOMPARE(first.city, u"Berlin"_s);
    QVERIFY(!first.bot);
    QCOMPARE(first.domain, u"go.example"_s);
    QCOMPARE(first.slug, u"a"_s);
    QCOMPARE(first.redirectUrl, u"https://dest.example/?x=1"_s);
    QCOMPARE(first.query, u"x=1"_s);
    QVERIFY(first.orphanType.isEmpty());
    QVERIFY(visits.list(link, 10, 0).at(1).bot);

    // A window (both ends included) and without bots.
    auto window = link;
    window.fromMs = 2000;
    QCOMPARE(countOf(visits, window), 2);
    window.toMs = 2000;
    window.fromMs = 1500;
    QCOMPARE(countOf(visits, window), 2);
    window.fromMs.reset();
    window.toMs = 1999;
    QCOMPARE(countOf(visits, window), 1);
    auto humans = link;
    humans.excludeBots = true;
    QCOMPARE(referrers(visits.list(humans, 10, 0)), QStringList({u"r6"_s, u"https://ref.example/"_s}));

    // A tag's and a domain's short URLs, by names in any case.
    QCOMPARE(countOf(visits, VisitFilter::make(Of::Tag, 0, u"sale"_s)), 3);
    QCOMPARE(countOf(visits, VisitFilter::make(Of::Tag, 0, u"other"_s)), 0);
    QCOMPARE(referrers(visits.list(VisitFilter::make(Of::Domain, 0, u"OTHER.example"_s), 10, 0)), QStringList{u"r3"_s});

    // Orphans (of a type), every non-orphan one, and pages.
    const auto orphans = visits.list(VisitFilter::make(Of::Orphans), 10, 0);
    QCOMPARE(referrers(orphans), QStringList({u"r5"_s, u"r4"_s}));
    QCOMPARE(orphans.at(0).orphanType, u"regular_404"_s);
    QCOMPARE(orphans.at(0).slug, u"nope"_s);
    QCOMPARE(countOf(visits, VisitFilter::make(Of::Orphans, 0, u"base_url"_s)), 1);
    const auto linked = VisitFilter::make(Of::NonOrphans);
    QCOMPARE(countOf(visits, linked), 4);
    QCOMPARE(referrers(visits.list(linked, 2, 1)), QStringList({u"r6"_s, u"r2"_s}));
    QCOMPARE(visits.list(linked, 2, 4).size(), 0);
}

void TestStores::visitsWithinAKeysRoles()
{
    BACKEND(b);
    QCOMPARE(addVisits(*b), QString());
    VisitStore &visits = b->visits();
    using Of = VisitFilter::Of;

    auto author = VisitFilter::make(Of::NonOrphans);
    author.scope.keyId = 7;
    author.scope.authorOnly = true;
    QCOMPARE(countOf(visits, author), 3);
    author.scope.keyId = 8;
    QCOMPARE(referrers(visits.list(author, 10, 0)), QStringList{u"r3"_s});
    author.of = Of::Link;
    author.linkId = 1;   // not its short URL: nothing
    QCOMPARE(countOf(visits, author), 0);

    auto domain = VisitFilter::make(Of::Tag, 0, u"Sale"_s);
    domain.scope.domainOnly = u"other.example"_s;
    QCOMPARE(countOf(visits, domain), 0);
    domain.of = Of::NonOrphans;
    QCOMPARE(referrers(visits.list(domain, 10, 0)), QStringList{u"r3"_s});

    auto noOrphans = VisitFilter::make(Of::Orphans);
    noOrphans.scope.noOrphanVisits = true;
    QCOMPARE(countOf(visits, noOrphans), 0);
    QVERIFY(visits.list(noOrphans, 10, 0).isEmpty());
    noOrphans.of = Of::NonOrphans;
    QCOMPARE(countOf(visits, noOrphans), 4);
}

void TestStores::deletedVisitsTakeTheirRollups()
{
    BACKEND(b);
    QCOMPARE(addVisits(*b), QString());
    VisitStore &visits = b->visits();
    const auto deleted = visits.deleteLinkVisits(1);
    QVERIFY2(deleted, qPrintable(deleted ? QString() : deleted.error().message));
    QCOMPARE(*deleted, 3);
    QCOMPARE(countOf(visits, VisitFilter::make(VisitFilter::Of::Link, 1)), 0);
    QCOMPARE(b->scalar(u"SELECT count(*) FROM click_hours WHERE link_id = 1"_s), 0);
    QCOMPARE(b->scalar(u"SELECT count(*) FROM link_click_deltas WHERE link_id = 1"_s), 0);
    QCOMPARE(b->scalar(u"SELECT clicks FROM links WHERE id = 1"_s), 0);
    // The other link's untouched.
    QCOMPARE(countOf(visits, VisitFilter::make(VisitFilter::Of::Link, 2)), 1);
    QCOMPARE(b->scalar(u"SELECT clicks FROM links WHERE id = 2"_s), 7);
    QCOMPARE(b->scalar(u"SELECT count(*) FROM link_click_deltas WHERE link_id = 2"_s), 1);
    QCOMPARE(visits.summary({}).total, 7);

    const auto orphans = visits.deleteOrphanVisits();
    QVERIFY(orphans);
    QCOMPARE(*orphans, 2);
    QCOMPARE(countOf(visits, VisitFilter::make(VisitFilter::Of::Orphans)), 0);
    QCOMPARE(*visits.deleteOrphanVisits(), 0);
    QCOMPARE(*visits.deleteLinkVisits(1), 0);
    QCOMPARE(countOf(visits, VisitFilter::make(VisitFilter::Of::NonOrphans)), 1);
}

void TestStores::summaryFromTheRollups()
{
    BACKEND(b);
    QCOMPARE(addVisits(*b), QString());
    VisitStore &visits = b->visits();
    const VisitsSummary all = visits.summary({});
    QCOMPARE(all.total, 22);   // the rollups, not the 4 raw clicks
    QCOMPARE(all.bots, 3);
    QCOMPARE(all.orphanTotal, 2);
    QCOMPARE(all.orphanBots, 1);

    ApiKeyScope author;
    author.keyId = 7;
    author.authorOnly = true;
    const VisitsSummary mine = visits.summary(author);
    QCOMPARE(mine.total, 15);
    QCOMPARE(mine.bots, 2);
    QCOMPARE(mine.orphanTotal, 2);

    ApiKeyScope domain;
    domain.domainOnly = u"OTHER.example"_s;
    domain.noOrphanVisits = true;
    const VisitsSummary theirs = visits.summary(domain);
    QCOMPARE(theirs.total, 7);
    QCOMPARE(theirs.bots, 1);
    QCOMPARE(theirs.orphanTotal, 0);
    QCOMPARE(theirs.orphanBots, 0);
}

namespace {

Link newLink(const QString &domain, const QString &slug, const QString &destination = u"https://dest.example/"_s,
             const QStringList &tags = {}, const QString &title = {})
{
    Link link;
    link.accountId = 1;
    link.domain = domain;
    link.slug = slug;
    link.shortUrl = u"https://"_s + domain + u'/' + slug;
    link.destination = destination;
    link.tags = tags;
    link.title = title;
    return link;
}

// Stores the link created at start + minutes; its id (0: failed, with the reason in *error).
qint64 add(LinkStore &links, Link link, int minutes, std::optional<qint64> author = std::nullopt)
{
    link.createdAt = start.addSecs(minutes * 60);
    const auto stored = links.insert(link, author);
    if (!stored)
        qWarning("%s", qPrintable(stored.error().message + u' ' + stored.error().detail));
    return stored ? stored->id : 0;
}

QStringList slugsOf(const QList<Link> &links)
{
    QStringList out;
    for (const Link &l : links)
        out << l.slug;
    return out;
}

QStringList namesOf(const TagPage &page)
{
    QStringList out;
    for (const TagStats &t : page.tags)
        out << t.name;
    return out;
}

LinkQuery serverLinks()
{
    LinkQuery q;
    q.accountId = 1;
    return q;
}

}   // namespace

void TestStores::linkInsertAndFind()
{
    BACKEND(b);
    Clock::Override clock(start);
    LinkStore &links = b->links();
    QVERIFY(links.ping());
    QCOMPARE(links.accountDefaultDomain().value_or(u"none"_s), u"localhost:8080"_s);
    QCOMPARE(b->run(u"UPDATE accounts SET default_domain = 'short.example' WHERE id = 1"_s), QString());
    QCOMPARE(links.accountDefaultDomain().value_or(u"none"_s), u"short.example"_s);

    Link link = newLink(u"go.example"_s, u"Promo"_s, u"https://shop.example/?utm_campaign=spring"_s,
                        {u"Sale"_s, u" promo "_s, u"sale"_s, u"a,b"_s}, u"Spring"_s);
    link.maxClicks = 5;
    link.expiresAt = start.addDays(30);
    link.validSince = start.addDays(-1);
    link.crawlable = true;
    link.forwardQuery = false;
    const auto stored = links.insert(link, 7);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message + u' ' + stored.error().detail));
    QVERIFY(stored->id > 0);
    // Tags as core's LinkRepository takes them: blanks and commas out, each once ignoring case.
    QCOMPARE(stored->tags, QStringList({u"Sale"_s, u"promo"_s, u"ab"_s}));
    // Created now (the clock runs on from start).
    QVERIFY(stored->createdAt >= start && stored->createdAt < start.addSecs(60));
    QCOMPARE(stored->updatedAt, stored->createdAt);
    QCOMPARE(*stored->expiresAt, start.addDays(30));
    QCOMPARE(*stored->validSince, start.addDays(-1));
    QCOMPARE(*stored->maxClicks, 5);
    QVERIFY(stored->crawlable);
    QVERIFY(!stored->forwardQuery);
    QVERIFY(!stored->passwordProtected);
    QCOMPARE(stored->title, u"Spring"_s);
    QCOMPARE(stored->shortUrl, u"https://go.example/Promo"_s);
    const qint64 id = stored->id;
    QCOMPARE(b->scalar(u"SELECT author_key_id FROM links WHERE id = %1"_s.arg(id)), 7);
    QCOMPARE(b->scalar(u"SELECT count(*) FROM link_tags WHERE link_id = %1"_s.arg(id)), 3);
    QCOMPARE(b->scalar(u"SELECT count(*) FROM links WHERE campaign = 'spring'"_s), 1);

    const auto found = links.find(id);
    QVERIFY(found);
    QCOMPARE(found->slug, u"Promo"_s);
    QCOMPARE(found->destination, u"https://shop.example/?utm_campaign=spring"_s);
    QCOMPARE(found->tags, stored->tags);
    QVERIFY(!links.find(id + 100));

    // SHORT_URL_MODE: strict compares the back-half as written, loose ignores case (the exact one first).
    QCOMPARE(links.findBySlug(u"go.example"_s, u"Promo"_s, Qt::CaseSensitive)->id, id);
    QVERIFY(!links.findBySlug(u"go.example"_s, u"promo"_s, Qt::CaseSensitive));
    QCOMPARE(links.findBySlug(u"go.example"_s, u"PROMO"_s, Qt::CaseInsensitive)->id, id);
    QVERIFY(!links.findBySlug(u"other.example"_s, u"Promo"_s, Qt::CaseInsensitive));
    const qint64 lower = add(links, newLink(u"go.example"_s, u"promo"_s), 1);
    QVERIFY(lower > 0);
    QCOMPARE(links.findBySlug(u"go.example"_s, u"promo"_s, Qt::CaseInsensitive)->id, lower);
    QCOMPARE(links.findBySlug(u"go.example"_s, u"Promo"_s, Qt::CaseInsensitive)->id, id);
    QVERIFY(links.slugTaken(u"go.example"_s, u"Promo"_s, Qt::CaseSensitive));
    QVERIFY(!links.slugTaken(u"go.example"_s, u"PROMO"_s, Qt::CaseSensitive));
    QVERIFY(links.slugTaken(u"go.example"_s, u"PROMO"_s, Qt::CaseInsensitive));
    QVERIFY(!links.slugTaken(u"other.example"_s, u"promo"_s, Qt::CaseInsensitive));

    // The same back-half on the same domain: SlugTaken, nothing stored; on another domain: fine.
    const auto again = links.insert(newLink(u"go.example"_s, u"Promo"_s), std::nullopt);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::SlugTaken);
    QCOMPARE(b->scalar(u"SELECT count(*) FROM links"_s), 2);
    QVERIFY(add(links, newLink(u"other.example"_s, u"Promo"_s), 2) > 0);
    // SHORT_URL_MODE=loose: a back-half in another case is taken too.
    const auto loose = links.insert(newLink(u"other.example"_s, u"PROMO"_s), std::nullopt, Qt::CaseInsensitive);
    QVERIFY(!loose);
    QCOMPARE(loose.error().kind, Error::Kind::SlugTaken);
    const auto looseNew = links.insert(newLink(u"other.example"_s, u"fresh"_s), std::nullopt, Qt::CaseInsensitive);
    QVERIFY(looseNew);
    QCOMPARE(looseNew->slug, u"fresh"_s);
    QVERIFY(links.remove(looseNew->id));
    QCOMPARE(b->scalar(u"SELECT count(*) FROM links WHERE author_key_id IS NULL"_s), 2);

    // A key's roles.
    ApiKeyScope author;
    author.keyId = 7;
    author.authorOnly = true;
    QVERIFY(links.inScope(id, author));
    QVERIFY(!links.inScope(lower, author));
    ApiKeyScope domainKey;
    domainKey.domainOnly = u"GO.example"_s;
    QVERIFY(links.inScope(lower, domainKey));
    domainKey.domainOnly = u"other.example"_s;
    QVERIFY(!links.inScope(lower, domainKey));

    // findIfExists: the first of the long URL on the domain, with the back-half if given.
    QCOMPARE(links.findExisting(u"https://dest.example/"_s, u"go.example"_s, {}, ApiKeyScope{})->id, lower);
    QCOMPARE(links.findExisting(u"https://dest.example/"_s, u"go.example"_s, u"promo"_s, ApiKeyScope{})->id, lower);
    QVERIFY(!links.findExisting(u"https://dest.example/"_s, u"go.example"_s, u"Promo"_s, ApiKeyScope{}));
    QVERIFY(!links.findExisting(u"https://dest.example/"_s, u"go.example"_s, {}, author));
    QVERIFY(!links.findExisting(u"https://dest.example/"_s, u"third.example"_s, {}, ApiKeyScope{}));

    // Its password's hash, and its visits from the rollups.
    QCOMPARE(b->run(u"UPDATE links SET password_hash = 'hash-1' WHERE id = %1"_s.arg(id)), QString());
    QVERIFY(links.find(id)->passwordProtected);
    QCOMPARE(links.passwordHash(id), u"hash-1"_s);
    QCOMPARE(links.passwordHash(lower), QString());
    QCOMPARE(
        b->run(
            u"INSERT INTO click_hours(link_id, hour, clicks, bots) VALUES (%1, 0, 10, 2), (%1, 3600, 5, 1)"_s.arg(id)),
        QString());
    QCOMPARE(links.visitCounts(id).total, 15);
    QCOMPARE(links.visitCounts(id).bots, 3);
    QCOMPARE(links.visitCounts(lower).total, 0);
    const auto many = links.visitCounts(QList<qint64>{id, lower, id + 100});
    QCOMPARE(many.size(), 1);
    QCOMPARE(many.value(id).total, 15);
    QCOMPARE(many.value(id).bots, 3);
    QVERIFY(links.visitCounts(QList<qint64>{}).isEmpty());
    QCOMPARE(links.find(id)->botClicks, 3);
}

void TestStores::linkListFilters()
{
    BACKEND(b);
    Clock::Override clock(start);
    LinkStore &links = b->links();
    const qint64 a = add(links,
                         newLink(u"go.example"_s, u"alpha"_s, u"https://shop.example/summer"_s,
                                 {u"Sale"_s, u"Summer"_s}, u"Summer sale"_s),
                         0, 7);
    Link blog = newLink(u"go.example"_s, u"Beta"_s, u"https://blog.example/post"_s, {u"Blog"_s}, u"Blog"_s);
    blog.maxClicks = 1;
    const qint64 beta = add(links, blog, 60, 8);
    Link winter = newLink(u"Other.example"_s, u"gamma"_s, u"https://shop.example/winter"_s, {u"sale"_s}, u"winter"_s);
    winter.expiresAt = start.addSecs(3 * 3600);
    const qint64 gamma = add(links, winter, 120);
    const qint64 delta = add(links, newLink(u"go.example"_s, u"delta"_s), 120);
    QVERIFY(a && beta && gamma && delta);
    QCOMPARE(b->run(u"UPDATE links SET clicks = 1 WHERE id = %1"_s.arg(beta)), QString());

    LinkQuery q = serverLinks();
    QCOMPARE(links.count(q), 4);
    // Newest first, ties by id (the later first), and the other way round.
    QCOMPARE(slugsOf(links.list(q, 0, 10)), QStringList({u"delta"_s, u"gamma"_s, u"Beta"_s, u"alpha"_s}));
    q.order = Qt::AscendingOrder;
    QCOMPARE(slugsOf(links.list(q, 0, 10)), QStringList({u"alpha"_s, u"Beta"_s, u"gamma"_s, u"delta"_s}));
    // Back-halves and titles ignoring case; long URLs by their bytes; pages.
    q.sortKey = LinkQuery::SortKey::ShortUrl;
    QCOMPARE(slugsOf(links.list(q, 0, 10)), QStringList({u"alpha"_s, u"Beta"_s, u"delta"_s, u"gamma"_s}));
    QCOMPARE(slugsOf(links.list(q, 1, 2)), QStringList({u"Beta"_s, u"delta"_s}));
    q.order = Qt::DescendingOrder;
    q.sortKey = LinkQuery::SortKey::Title;
    QCOMPARE(slugsOf(links.list(q, 0, 10)), QStringList({u"gamma"_s, u"alpha"_s, u"Beta"_s, u"delta"_s}));
    q.sortKey = LinkQuery::SortKey::Destination;
    q.order = Qt::AscendingOrder;
    QCOMPARE(slugsOf(links.list(q, 0, 10)), QStringList({u"Beta"_s, u"delta"_s, u"alpha"_s, u"gamma"_s}));
    q.sortKey = LinkQuery::SortKey::Clicks;
    q.order = Qt::DescendingOrder;
    QCOMPARE(slugsOf(links.list(q, 0, 1)), QStringList{u"Beta"_s});

    auto matching = [&](const std::function<void(LinkQuery &)> &set) {
        LinkQuery f = serverLinks();
        f.sortKey = LinkQuery::SortKey::ShortUrl;
        f.order = Qt::AscendingOrder;
        set(f);
        const QStringList slugs = slugsOf(links.list(f, 0, 100));
        return links.count(f) == slugs.size() ? slugs : QStringList{u"count differs"_s};
    };
    // Search terms: three characters or more anywhere (ignoring case), fewer at the start.
    QCOMPARE(matching([](LinkQuery &f) { f.text = u"SHOP"_s; }), QStringList({u"alpha"_s, u"gamma"_s}));
    QCOMPARE(matching([](LinkQuery &f) { f.text = u"ummer s"_s; }), QStringList{u"alpha"_s});
    QCOMPARE(matching([](LinkQuery &f) { f.text = u"be"_s; }), QStringList{u"Beta"_s});
    QCOMPARE(matching([](LinkQuery &f) { f.text = u"sa"_s; }), QStringList({u"alpha"_s, u"gamma"_s}));
    QCOMPARE(matching([](LinkQuery &f) { f.text = u"et"_s; }), QStringList());
    // Tags, any or all of them, and excluded.
    QCOMPARE(matching([](LinkQuery &f) {
                 f.anyTags = {u"SALE"_s, u"blog"_s};
             }),
             QStringList({u"alpha"_s, u"Beta"_s, u"gamma"_s}));
    QCOMPARE(matching([](LinkQuery &f) { f.allTags = {u"sale"_s, u"summer"_s}; }), QStringList{u"alpha"_s});
    QCOMPARE(matching([](LinkQuery &f) { f.excludeTags = {u"Sale"_s}; }), QStringList({u"Beta"_s, u"delta"_s}));
    QCOMPARE(matching([](LinkQuery &f) {
                 f.excludeTags = {u"Sale"_s, u"Summer"_s};
                 f.excludeOnlyWithAllTags = true;
             }),
             QStringList({u"Beta"_s, u"delta"_s, u"gamma"_s}));
    // Domain (ignoring case), author, dates (both ends included), limits.
    QCOMPARE(matching([](LinkQuery &f) { f.domain = u"other.EXAMPLE"_s; }), QStringList{u"gamma"_s});
    QCOMPARE(matching([](LinkQuery &f) { f.authorKeyId = 7; }), QStringList{u"alpha"_s});
    QCOMPARE(matching([](LinkQuery &f) {
                 f.createdFrom = start.addSecs(3600);
                 f.createdTo = start.addSecs(7200);
             }),
             QStringList({u"Beta"_s, u"delta"_s, u"gamma"_s}));
    QCOMPARE(matching([](LinkQuery &f) { f.excludeMaxVisitsReached = true; }),
             QStringList({u"alpha"_s, u"delta"_s, u"gamma"_s}));
    QCOMPARE(matching([](LinkQuery &f) { f.excludePastValidUntil = true; }),
             QStringList({u"alpha"_s, u"Beta"_s, u"delta"_s, u"gamma"_s}));
    clock.setNow(start.addSecs(4 * 3600));
    QCOMPARE(matching([](LinkQuery &f) { f.excludePastValidUntil = true; }),
             QStringList({u"alpha"_s, u"Beta"_s, u"delta"_s}));
    // Several at once, and nothing for a key of another domain.
    QCOMPARE(matching([](LinkQuery &f) {
                 f.text = u"example"_s;
                 f.domain = u"go.example"_s;
                 f.anyTags = {u"blog"_s, u"sale"_s};
             }),
             QStringList({u"alpha"_s, u"Beta"_s}));
    QCOMPARE(matching([](LinkQuery &f) { f.authorKeyId = -1; }), QStringList());
}

void TestStores::linkUpdateAndRemove()
{
    BACKEND(b);
    Clock::Override clock(start);
    LinkStore &links = b->links();
    const qint64 id = add(links, newLink(u"go.example"_s, u"spring"_s, u"https://shop.example/"_s, {u"Sale"_s}), 0);
    QVERIFY(id > 0);
    QCOMPARE(b->run(u"UPDATE links SET clicks = 5 WHERE id = %1"_s.arg(id)), QString());
    const qint64 changesBefore = b->scalar(u"SELECT count(*) FROM link_changes"_s);
    QVERIFY(changesBefore >= 1);   // the insert is logged for the other instances

    Link link = *links.find(id);
    link.title = u"Spring sale"_s;
    link.destination = u"https://shop.example/spring"_s;
    link.tags = {u"Promo"_s, u"sale"_s};
    link.maxClicks = 10;
    link.clicks = 0;
    clock.setNow(start.addSecs(600));
    const auto saved = links.update(link);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(saved->tags, QStringList({u"Promo"_s, u"sale"_s}));
    QVERIFY(saved->updatedAt >= start.addSecs(600));
    const Link read = *links.find(id);
    QCOMPARE(read.title, u"Spring sale"_s);
    QCOMPARE(read.destination, u"https://shop.example/spring"_s);
    QCOMPARE(read.tags, QStringList({u"Promo"_s, u"sale"_s}));
    QCOMPARE(*read.maxClicks, 10);
    QCOMPARE(read.createdAt, start);
    // The server's clicks are not written back; the tag keeps its first name.
    QCOMPARE(b->scalar(u"SELECT clicks FROM links WHERE id = %1"_s.arg(id)), 5);
    QCOMPARE(b->scalar(u"SELECT count(*) FROM link_tags WHERE link_id = %1"_s.arg(id)), 2);
    QCOMPARE(b->scalar(u"SELECT count(*) FROM tags WHERE name = 'Sale'"_s), 1);
    QVERIFY(b->scalar(u"SELECT count(*) FROM link_changes"_s) > changesBefore);

    Link gone = link;
    gone.id = id + 100;
    QCOMPARE(links.update(gone).error().kind, Error::Kind::NotFound);

    // Removed with its tags' rows and rules; the tags stay (as Shlink keeps them).
    QVERIFY(links.setRedirectRules(id, {StoredRedirectRule{1, u"https://shop.example/de"_s, u"[]"_s}}));
    const qint64 changesBeforeRemove = b->scalar(u"SELECT count(*) FROM link_changes"_s);
    QVERIFY(links.remove(id));
    QVERIFY(!links.find(id));
    QCOMPARE(links.remove(id).error().kind, Error::Kind::NotFound);
    QCOMPARE(b->scalar(u"SELECT count(*) FROM link_tags"_s), 0);
    QCOMPARE(b->scalar(u"SELECT count(*) FROM short_url_redirect_rules"_s), 0);
    QCOMPARE(b->scalar(u"SELECT count(*) FROM tags"_s), 2);
    QVERIFY(b->scalar(u"SELECT count(*) FROM link_changes"_s) > changesBeforeRemove);
    QVERIFY(!links.slugTaken(u"go.example"_s, u"spring"_s, Qt::CaseSensitive));
}

// Short URLs a (go.example, Sale and Summer, by key 7, 10 visits of which 2 bots), b
// (Other.example, sale, 3 visits) and c (no tag), and the tag Lonely of no short URL.
static QString addTaggedLinks(Backend &b)
{
    LinkStore &links = b.links();
    const qint64 a =
        add(links, newLink(u"go.example"_s, u"a"_s, u"https://dest.example/"_s, {u"Sale"_s, u"Summer"_s}), 0, 7);
    const qint64 other = add(links, newLink(u"Other.example"_s, u"b"_s, u"https://dest.example/"_s, {u"sale"_s}), 1);
    if (!a || !other || !add(links, newLink(u"go.example"_s, u"c"_s), 2))
        return u"insert failed"_s;
    for (const QString &sql : {u"INSERT INTO tags(name) VALUES ('Lonely')"_s,
                               u"INSERT INTO click_hours(link_id, hour, clicks, bots) VALUES (%1, 0, 6, 2), "
                               u"(%1, 3600, 4, 0), (%2, 0, 3, 0)"_s.arg(a)
                                   .arg(other)}) {
        if (const QString error = b.run(sql); !error.isEmpty())
            return error;
    }
    return {};
}

void TestStores::tagsWithStats()
{
    BACKEND(b);
    Clock::Override clock(start);
    QCOMPARE(addTaggedLinks(*b), QString());
    LinkStore &links = b->links();
    QVERIFY(links.tagExists(u"sale"_s));
    QVERIFY(links.tagExists(u"LONELY"_s));
    QVERIFY(!links.tagExists(u"nope"_s));

    TagQuery q;
    TagPage page = links.tags(q);
    QCOMPARE(page.total, 3);
    QCOMPARE(namesOf(page), QStringList({u"Lonely"_s, u"Sale"_s, u"Summer"_s}));
    q.descending = true;
    QCOMPARE(namesOf(links.tags(q)), QStringList({u"Summer"_s, u"Sale"_s, u"Lonely"_s}));
    q.descending = false;
    q.limit = 1;
    q.offset = 1;
    page = links.tags(q);
    QCOMPARE(page.total, 3);
    QCOMPARE(namesOf(page), QStringList{u"Sale"_s});
    q.limit = 0;   // the count only
    page = links.tags(q);
    QCOMPARE(page.total, 3);
    QVERIFY(page.tags.isEmpty());
    q = TagQuery{};
    q.searchTerm = u"UM"_s;
    QCOMPARE(namesOf(links.tags(q)), QStringList{u"Summer"_s});
    q.searchTerm = u"%"_s;   // a wildcard of LIKE is a character like any other
    QCOMPARE(links.tags(q).total, 0);

    // With their figures, by name and by each figure (ties by name).
    q = TagQuery{};
    q.withStats = true;
    page = links.tags(q);
    QCOMPARE(page.tags,
             QList<TagStats>(
                 {TagStats{u"Lonely"_s, 0, 0, 0}, TagStats{u"Sale"_s, 2, 13, 2}, TagStats{u"Summer"_s, 1, 10, 2}}));
    q.orderBy = TagQuery::OrderBy::ShortUrls;
    q.descending = true;
    QCOMPARE(namesOf(links.tags(q)), QStringList({u"Sale"_s, u"Summer"_s, u"Lonely"_s}));
    q.orderBy = TagQuery::OrderBy::Visits;
    q.limit = 1;
    q.offset = 1;
    page = links.tags(q);
    QCOMPARE(page.total, 3);
    QCOMPARE(page.tags, QList<TagStats>{TagStats({u"Summer"_s, 1, 10, 2})});
    q.orderBy = TagQuery::OrderBy::NonBotVisits;
    q.descending = false;
    q.limit = 10;
    q.offset = 0;
    QCOMPARE(namesOf(links.tags(q)), QStringList({u"Lonely"_s, u"Summer"_s, u"Sale"_s}));

    // A key's roles: the tags of its short URLs, with their figures.
    q = TagQuery{};
    q.withStats = true;
    q.scope.keyId = 7;
    q.scope.authorOnly = true;
    page = links.tags(q);
    QCOMPARE(page.total, 2);
    QCOMPARE(page.tags, QList<TagStats>({TagStats{u"Sale"_s, 1, 10, 2}, TagStats{u"Summer"_s, 1, 10, 2}}));
    q.scope = ApiKeyScope{};
    q.scope.domainOnly = u"other.EXAMPLE"_s;
    page = links.tags(q);
    QCOMPARE(page.tags, QList<TagStats>{TagStats({u"Sale"_s, 1, 3, 0})});
}

void TestStores::renameAndDeleteTags()
{
    BACKEND(b);
    Clock::Override clock(start);
    QCOMPARE(addTaggedLinks(*b), QString());
    LinkStore &links = b->links();
    const qint64 a = b->scalar(u"SELECT id FROM links WHERE slug = 'a'"_s);
    const qint64 other = b->scalar(u"SELECT id FROM links WHERE slug = 'b'"_s);

    QCOMPARE(links.renameTag(u"nope"_s, u"x"_s).error().kind, Error::Kind::NotFound);
    QCOMPARE(links.renameTag(u"Sale"_s, u"summer"_s).error().kind, Error::Kind::SlugTaken);
    QVERIFY(links.renameTag(u"sale"_s, u"Offer"_s));
    // The links' tags follow, by name.
    QCOMPARE(links.find(a)->tags, QStringList({u"Offer"_s, u"Summer"_s}));
    QCOMPARE(links.find(other)->tags, QStringList{u"Offer"_s});
    QVERIFY(links.renameTag(u"Offer"_s, u"offer"_s));   // its own name in another case
    QCOMPARE(links.find(other)->tags, QStringList{u"offer"_s});
    QVERIFY(links.renameTag(u"Summer"_s, u"Autumn"_s));
    QCOMPARE(links.find(a)->tags, QStringList({u"Autumn"_s, u"offer"_s}));

    const auto deleted = links.deleteTags({u"OFFER"_s, u"Lonely"_s, u"none"_s});
    QVERIFY(deleted);
    QCOMPARE(*deleted, 2);
    QCOMPARE(links.find(a)->tags, QStringList{u"Autumn"_s});
    QVERIFY(links.find(other)->tags.isEmpty());
    QCOMPARE(namesOf(links.tags(TagQuery{})), QStringList{u"Autumn"_s});
    QCOMPARE(b->scalar(u"SELECT count(*) FROM link_tags"_s), 1);
    // The links stay.
    QCOMPARE(links.count(serverLinks()), 3);
}

void TestStores::redirectRulesRoundTrip()
{
    BACKEND(b);
    Clock::Override clock(start);
    LinkStore &links = b->links();
    const qint64 id = add(links, newLink(u"go.example"_s, u"smart"_s), 0);
    const qint64 other = add(links, newLink(u"go.example"_s, u"plain"_s), 1);
    QVERIFY(id && other);
    QVERIFY(!links.hasRedirectRules(id));
    QVERIFY(links.redirectRules(id)->isEmpty());

    const QList<StoredRedirectRule> rules{
        {1, u"https://shop.example/de"_s, uR"([{"type":"language","matchKey":null,"matchValue":"de"}])"_s},
        {2, u"https://shop.example/app"_s, uR"([{"type":"device","matchKey":null,"matchValue":"ios"}])"_s}};
    QVERIFY(links.setRedirectRules(id, rules));
    QVERIFY(links.hasRedirectRules(id));
    QVERIFY(!links.hasRedirectRules(other));
    QCOMPARE(*links.redirectRules(id), rules);
    QVERIFY(links.setRedirectRules(other, {rules.at(1)}));
    QCOMPARE(links.withRedirectRules({id, other, other + 100}), QSet<qint64>({id, other}));

    // A new set replaces them all.
    QVERIFY(links.setRedirectRules(id, {StoredRedirectRule{1, u"https://shop.example/x"_s, u"[]"_s}}));
    QCOMPARE(*links.redirectRules(id),
             QList<StoredRedirectRule>{StoredRedirectRule({1, u"https://shop.example/x"_s, u"[]"_s})});
    QVERIFY(links.setRedirectRules(id, {}));
    QVERIFY(!links.hasRedirectRules(id));
    QCOMPARE(links.withRedirectRules({id, other}), QSet<qint64>{other});
    QCOMPARE(links.redirectRules(other)->size(), 1);
}

void TestStores::crawlableSlugs()
{
    BACKEND(b);
    Clock::Override clock(start);
    LinkStore &links = b->links();
    int minute = 0;
    for (const auto &[domain, slug, crawlable] :
         {std::tuple{u"go.example"_s, u"b"_s, true}, std::tuple{u"go.example"_s, u"A"_s, true},
          std::tuple{u"go.example"_s, u"c"_s, false}, std::tuple{u"Other.example"_s, u"z"_s, true}}) {
        Link link = newLink(domain, slug);
        link.crawlable = crawlable;
        QVERIFY(add(links, link, minute++) > 0);
    }
    QCOMPARE(links.crawlableSlugs(u"GO.example"_s, {}), QStringList({u"A"_s, u"b"_s}));
    QCOMPARE(links.crawlableSlugs(u"unknown.example"_s, u"go.example"_s), QStringList({u"A"_s, u"b"_s}));
    QCOMPARE(links.crawlableSlugs(u"other.example"_s, u"go.example"_s), QStringList({u"A"_s, u"b"_s, u"z"_s}));
    QCOMPARE(links.crawlableSlugs(u"unknown.example"_s, {}), QStringList());
}

namespace {

// The value without its "dateCreated" fields, wherever they are (the clock runs on between two
// backends' requests).
QJsonValue withoutDates(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        o.remove(u"dateCreated"_s);
        for (auto it = o.begin(); it != o.end(); ++it)
            *it = withoutDates(*it);
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = withoutDates(a.at(i));
        return a;
    }
    return v;
}

}   // namespace

// The same requests through ShlinkApi::handle on SQLite's and on PostgreSQL's stores: the same
// statuses and the same JSON (but for the dates of creation), and what each step should answer.
void TestStores::shlinkApiAnswersTheSameOnBoth()
{
    struct Step
    {
        QString method;
        QString target;
        QByteArray body;
        int status;
    };
    const QList<Step> steps{
        {u"POST"_s, u"/rest/v3/short-urls"_s,
         R"({"longUrl":"https://shop.example/spring?utm_campaign=spring","customSlug":"spring","tags":["Sale","promo"],"title":"Spring","maxVisits":10,"crawlable":true})",
         200},
        {u"POST"_s, u"/rest/v3/short-urls"_s,
         R"({"longUrl":"https://blog.example/post","customSlug":"Post","tags":["blog"]})", 200},
        {u"POST"_s, u"/rest/v3/short-urls"_s, R"({"longUrl":"https://other.example/","customSlug":"SPRING"})", 400},
        {u"POST"_s, u"/rest/v3/short-urls"_s, R"({"longUrl":"https://blog.example/post","findIfExists":true})", 200},
        {u"POST"_s, u"/rest/v3/short-urls"_s,
         R"({"longUrl":"https://elsewhere.example/","customSlug":"far","domain":"Links.Example","validUntil":"2030-06-01T00:00:00+00:00"})",
         200},
        {u"GET"_s, u"/rest/v3/short-urls"_s, {}, 200},
        {u"GET"_s, u"/rest/v3/short-urls?searchTerm=SHOP"_s, {}, 200},
        {u"GET"_s,
         u"/rest/v3/short-urls?tags%5B%5D=sale&tags%5B%5D=blog&tagsMode=any&orderBy=shortCode-ASC"_s,
         {},
         200},
        {u"GET"_s, u"/rest/v3/short-urls?itemsPerPage=1&page=2&orderBy=title-DESC"_s, {}, 200},
        {u"GET"_s, u"/rest/v3/short-urls?domain=links.example"_s, {}, 200},
        {u"PATCH"_s, u"/rest/v3/short-urls/spring"_s,
         R"({"title":"Spring sale","tags":["Sale","Offer"],"maxVisits":null,"longUrl":"https://shop.example/spring2"})",
         200},
        {u"GET"_s, u"/rest/v3/short-urls/SPRING"_s, {}, 200},
        {u"GET"_s, u"/rest/v3/short-urls/far?domain=links.example"_s, {}, 200},
        {u"GET"_s, u"/rest/v3/tags"_s, {}, 200},
        {u"GET"_s, u"/rest/v3/tags/stats?orderBy=shortUrlsCount-DESC"_s, {}, 200},
        {u"PUT"_s, u"/rest/v3/tags"_s, R"({"oldName":"promo","newName":"Promotion"})", 204},
        {u"PUT"_s, u"/rest/v3/tags"_s, R"({"oldName":"promo","newName":"Other"})", 404},
        {u"POST"_s, u"/rest/v3/short-urls/spring/redirect-rules"_s,
         R"({"redirectRules":[{"longUrl":"https://shop.example/de","conditions":[{"type":"language","matchKey":null,"matchValue":"de"}]}]})",
         200},
        {u"GET"_s, u"/rest/v3/short-urls/spring/redirect-rules"_s, {}, 200},
        {u"GET"_s, u"/rest/v3/short-urls/spring"_s, {}, 200},
        {u"DELETE"_s, u"/rest/v3/tags?tags%5B%5D=Offer"_s, {}, 204},
        {u"GET"_s, u"/rest/v3/tags/sale/visits"_s, {}, 200},
        {u"GET"_s, u"/rest/v3/tags/nope/visits"_s, {}, 404},
        {u"GET"_s, u"/robots.txt"_s, {}, 200},
        {u"GET"_s, u"/rest/health"_s, {}, 200},
        {u"GET"_s, u"/rest/v3/domains"_s, {}, 200},
        {u"DELETE"_s, u"/rest/v3/short-urls/Post"_s, {}, 204},
        {u"GET"_s, u"/rest/v3/short-urls/Post"_s, {}, 404},
        {u"GET"_s, u"/rest/v3/short-urls?orderBy=dateCreated-ASC"_s, {}, 200},
        {u"GET"_s, u"/rest/v3/tags/stats"_s, {}, 200},
    };
    ServerConfig config;
    config.defaultDomain = "localhost:8080";
    config.caseSensitiveSlugs = false;
    Clock::Override clock(start);
    QList<QList<QPair<int, QString>>> answers;
    for (const QString &kind : {u"sqlite"_s, u"postgresql"_s}) {
        QString error;
        const auto b = openBackend(kind, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(b->keys().add(u"api-key"_s, u"test"_s));
        RedirectIndex index;
        ShlinkApi api(b->stores(), index, config);
        QList<QPair<int, QString>> got;
        for (const Step &step : steps) {
            ApiRequest r;
            r.method = step.method.toStdString();
            r.target = step.target.toStdString();
            r.apiKey = "api-key";
            r.host = "localhost:8080";
            r.body = step.body.toStdString();
            r.contentType = "application/json";
            const ApiResponse response = api.handle(r);
            const QByteArray body = QByteArray::fromStdString(response.body);
            QVERIFY2(response.status == step.status,
                     qPrintable(u"%1 %2 %3 on %4: %5 %6"_s.arg(step.method, step.target)
                                    .arg(step.status)
                                    .arg(kind)
                                    .arg(response.status)
                                    .arg(QString::fromUtf8(body))));
            const QJsonDocument doc = QJsonDocument::fromJson(body);
            QString text = QString::fromUtf8(body);
            if (doc.isObject())
                text = QString::fromUtf8(
                    QJsonDocument(withoutDates(doc.object()).toObject()).toJson(QJsonDocument::Compact));
            got.append({response.status, text});
        }
        answers << got;
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QVERIFY2(answers.at(0).at(i) == answers.at(1).at(i),
                 qPrintable(u"%1 %2:\nsqlite:     %3\npostgresql: %4"_s.arg(
                     steps.at(i).method, steps.at(i).target, answers.at(0).at(i).second, answers.at(1).at(i).second)));
    }
    // What the answers say (the same on both).
    const auto json = [&](int step) {
        return QJsonDocument::fromJson(answers.at(0).at(step).second.toUtf8()).object();
    };
    const QJsonArray all = json(5).value(u"shortUrls"_s).toObject().value(u"data"_s).toArray();
    QCOMPARE(all.size(), 3);
    QCOMPARE(json(0).value(u"tags"_s).toArray(), QJsonArray({u"Sale"_s, u"promo"_s}));
    QCOMPARE(json(3).value(u"shortCode"_s).toString(), u"post"_s);   // loose: stored lower-case
    QCOMPARE(json(6).value(u"shortUrls"_s).toObject().value(u"pagination"_s).toObject().value(u"totalItems"_s).toInt(),
             1);
    QCOMPARE(json(7).value(u"shortUrls"_s).toObject().value(u"data"_s).toArray().size(), 2);
    QCOMPARE(json(11).value(u"title"_s).toString(), u"Spring sale"_s);
    QCOMPARE(json(11).value(u"tags"_s).toArray(), QJsonArray({u"Sale"_s, u"Offer"_s}));
    QCOMPARE(json(12).value(u"domain"_s).toString(), u"links.example"_s);
    QVERIFY(json(19).value(u"hasRedirectRules"_s).toBool());
    QVERIFY(answers.at(0).at(23).second.contains(u"Allow: /spring\n"_s));
    const QJsonArray left = json(28).value(u"shortUrls"_s).toObject().value(u"data"_s).toArray();
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.at(0).toObject().value(u"tags"_s).toArray(), QJsonArray({u"Sale"_s}));
}

// ApiWorker with a HandlerFactory: the API made on its thread from Pg::pgStores(conninfo), on a
// connection of its own; a factory that fails makes start() fail, saying why.
void TestStores::apiWorkerOnPostgresql()
{
    PgTestDatabase database(u"tst_stores_apiworker"_s);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    auto connected = Server::Pg::PgSchema::connect(database.conninfo());
    QVERIFY2(connected, qPrintable(connected ? QString() : connected.error().message));
    auto conn = std::make_unique<Server::Pg::PgConnection>(std::move(connected).value());
    QVERIFY(Server::Pg::PgKeyStore(*conn).add(u"api-key"_s, u"test"_s));

    RedirectIndex index;
    ServerConfig config;
    config.defaultDomain = "localhost:8080";
    ApiWorker worker([&]() -> Result<std::unique_ptr<ApiHandler>> {
        auto stores = Server::Pg::pgStores(database.conninfo());
        if (!stores)
            return stores.error();
        return std::unique_ptr<ApiHandler>(std::make_unique<ShlinkApi>(std::move(stores).value(), index, config));
    });
    const auto started = worker.start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    auto call = [&worker](const char *method, const char *target, const char *body) {
        ApiRequest r;
        r.method = method;
        r.target = target;
        r.apiKey = "api-key";
        r.body = body;
        r.contentType = "application/json";
        std::promise<ApiResponse> answered;
        auto response = answered.get_future();
        worker.dispatch(std::move(r), [&answered](ApiResponse a) { answered.set_value(std::move(a)); });
        return response.get();
    };
    const ApiResponse created = call("POST", "/rest/v3/short-urls",
                                     R"({"longUrl":"https://shop.example/","customSlug":"pg-made","tags":["pg"]})");
    QCOMPARE(created.status, 200);
    const ApiResponse listed = call("GET", "/rest/v3/short-urls", "");
    QCOMPARE(listed.status, 200);
    const QJsonArray data = QJsonDocument::fromJson(QByteArray::fromStdString(listed.body))
                                .object()
                                .value(u"shortUrls"_s)
                                .toObject()
                                .value(u"data"_s)
                                .toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.at(0).toObject().value(u"shortCode"_s).toString(), u"pg-made"_s);
    worker.stop();
    // In PostgreSQL, logged for the other instances.
    const auto rows = conn->exec(u"SELECT count(*) FROM links WHERE slug = 'pg-made' AND author_key_id IS NOT NULL"_s);
    QVERIFY(rows);
    QCOMPARE(rows->toInt64(0, 0), 1);
    const auto logged = conn->exec(u"SELECT count(*) FROM link_changes"_s);
    QVERIFY(logged && logged->toInt64(0, 0) >= 1);

    ApiWorker broken([]() -> Result<std::unique_ptr<ApiHandler>> {
        auto stores = Server::Pg::pgStores(u"host=/nonexistent-linkdeck-socket port=1 dbname=none"_s);
        if (!stores)
            return stores.error();
        return Error::make(Error::Kind::Storage, u"unexpectedly connected"_s);
    });
    const auto failed = broken.start();
    QVERIFY(!failed);
    QVERIFY(!failed.error().message.isEmpty());
    QVERIFY(failed.error().message != u"unexpectedly connected"_s);
}

namespace {

// Waits up to 5 s for `done`, checking every millisecond.
bool eventually(const std::function<bool()> &done)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!done()) {
        if (std::chrono::steady_clock::now() > until)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

}   // namespace

// Two instances on one database: what one's ShlinkApi writes through PgLinkStore reaches the
// other's redirect index through the schema's triggers and PgLinkFeed, without a reload: a new
// short URL, its new long URL, its redirect rules, its removal.
void TestStores::apiChangesReachAnotherInstance()
{
    PgTestDatabase database(u"tst_stores_instances"_s);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    auto connected = Server::Pg::PgSchema::connect(database.conninfo());
    QVERIFY2(connected, qPrintable(connected ? QString() : connected.error().message));
    auto conn = std::make_unique<Server::Pg::PgConnection>(std::move(connected).value());
    QVERIFY(Server::Pg::PgKeyStore(*conn).add(u"api-key"_s, u"test"_s));

    RedirectIndex other;   // the second instance's
    Server::Pg::PgLinkFeed feed(other, database.conninfo());
    feed.start();
    QVERIFY(eventually([&] { return feed.stats().listening && feed.stats().fullLoads == 1; }));   // loaded
    const auto fullLoads = feed.stats().fullLoads;

    RedirectIndex own;
    ServerConfig config;
    config.defaultDomain = "localhost:8080";
    ShlinkApi api(Server::Pg::pgStores(*conn), own, config);
    auto call = [&api](const char *method, const char *target, const char *body) {
        ApiRequest r;
        r.method = method;
        r.target = target;
        r.apiKey = "api-key";
        r.body = body;
        r.contentType = "application/json";
        return api.handle(r).status;
    };
    auto entryOf = [&other]() -> std::optional<std::pair<std::string, bool>> {
        std::string scratch;
        const auto snapshot = other.current();
        const auto entry = snapshot->find("localhost:8080", "shared", scratch);
        if (!entry)
            return std::nullopt;
        return std::pair{std::string(entry->location), bool(entry->hasRules)};
    };
    const char *create = R"({"longUrl":"https://shop.example/","customSlug":"shared"})";
    const char *edit = R"({"longUrl":"https://shop.example/moved"})";
    const char *rules = R"({"redirectRules":[{"longUrl":"https://shop.example/de","conditions":[)"
                        R"({"type":"language","matchKey":null,"matchValue":"de"}]}]})";
    QCOMPARE(call("POST", "/rest/v3/short-urls", create), 200);
    QVERIFY(eventually([&] { return entryOf() && entryOf()->first == "https://shop.example/"; }));
    QCOMPARE(call("PATCH", "/rest/v3/short-urls/shared", edit), 200);
    QVERIFY(eventually([&] { return entryOf() && entryOf()->first == "https://shop.example/moved"; }));
    QCOMPARE(call("POST", "/rest/v3/short-urls/shared/redirect-rules", rules), 200);
    QVERIFY(eventually([&] { return entryOf() && entryOf()->second; }));
    QCOMPARE(call("DELETE", "/rest/v3/short-urls/shared", ""), 204);
    QVERIFY(eventually([&] { return !entryOf(); }));
    QCOMPARE(feed.stats().fullLoads, fullLoads);   // changes, never a reload
    feed.stop();
}

// SHORT_URL_MODE=loose on PostgreSQL: an insert of a back-half waits while another instance's
// transaction holds it (in any case), and then finds it taken, so that two instances cannot store
// Case-x and case-x at the same time.
void TestStores::looseInsertWaitsForAnotherInstance()
{
    PgTestDatabase database(u"tst_stores_loose"_s);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    auto first = Server::Pg::PgSchema::connect(database.conninfo());
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    auto own = std::make_unique<Server::Pg::PgConnection>(std::move(first).value());
    auto second = Server::Pg::PgConnection::open(database.conninfo());
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    auto other = std::make_unique<Server::Pg::PgConnection>(std::move(second).value());
    Server::Pg::PgLinkStore links(*own);

    // The other instance stores case-x, in a transaction still open.
    QVERIFY(other->exec(u"BEGIN"_s));
    QVERIFY(
        other->exec(u"SELECT pg_advisory_xact_lock(hashtextextended('go.example' || '/' || lower('case-x'), 0))"_s));
    QVERIFY(other->exec(
        u"INSERT INTO links(account_id, domain, slug, short_url, destination, created_at, updated_at) "
        u"VALUES (1, 'go.example', 'case-x', 'https://go.example/case-x', 'https://dest.example/', 0, 0)"_s));
    auto inserted = std::async(std::launch::async, [&links] {
        return links.insert(newLink(u"go.example"_s, u"Case-X"_s), std::nullopt, Qt::CaseInsensitive);
    });
    QCOMPARE(inserted.wait_for(std::chrono::milliseconds(300)), std::future_status::timeout);
    QVERIFY(other->exec(u"COMMIT"_s));
    const auto result = inserted.get();
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::SlugTaken);
    const auto count = own->exec(u"SELECT count(*) FROM links WHERE lower(slug) = 'case-x'"_s);
    QVERIFY(count);
    QCOMPARE(count->toInt64(0, 0), 1);
    // Strict: Case-X is another back-half.
    QVERIFY(links.insert(newLink(u"go.example"_s, u"Case-X"_s), std::nullopt, Qt::CaseSensitive));
}

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
