// linkdeck-server's stores (issue 14), each case on SQLite and on PostgreSQL (the "backend"
// column): the API keys (roles, names, a disabled or expired key not found, with the clock
// moved) and the api-key commands on either database; the domains (redirects, names compared
// without regard to case, the domains of the server's own short URLs); the visits (by link, tag,
// domain, orphan type, window and bots, within a key's roles, paged, deleted with their
// rollups, summed from the rollups).
//
// PostgreSQL: LINKDECK_TEST_PG, or a throwaway cluster of the test's own off CI
// (support/pgtestserver.h); each test function and backend works in a database of its own.

#include "core/base/clock.h"
#include "core/storage/database.h"
#include "server/apikeys.h"
#include "server/pg/pgconnection.h"
#include "server/pg/pgdomainstore.h"
#include "server/pg/pgkeystore.h"
#include "server/pg/pgschema.h"
#include "server/pg/pgvisitstore.h"
#include "server/store/sqlitedomainstore.h"
#include "server/store/sqlitekeystore.h"
#include "server/store/sqlitevisitstore.h"
#include "support/pgtestserver.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

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
    }
    QString error() const { return m_error; }
    KeyStore &keys() override { return *m_keys; }
    DomainStore &domains() override { return *m_domains; }
    VisitStore &visits() override { return *m_visits; }
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
    }
    QString error() const { return m_error; }
    KeyStore &keys() override { return *m_keys; }
    DomainStore &domains() override { return *m_domains; }
    VisitStore &visits() override { return *m_visits; }
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

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
