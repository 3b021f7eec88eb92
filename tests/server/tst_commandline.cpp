#include "server/commandline.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server;

// linkdeck-server's command line parsed into a ServerCommand, without starting anything.
class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void serveWithOptions();
    void listenForms_data();
    void listenForms();
    void badValuesAreSentences_data();
    void badValuesAreSentences();
    void apiKeyCommands();
    void configFileUnderTheEnvironment();
    void helpAndVersion();

private:
    static Result<ServerCommand> parse(const QStringList &args)
    {
        return parseCommandLine(QStringList{u"linkdeck-server"_s} + args);
    }
};

void TestCommandLine::init()
{
    for (const char *name : {"DEFAULT_DOMAIN", "REDIRECT_STATUS_CODE", "IS_HTTPS_ENABLED", "SHORT_URL_MODE"})
        qunsetenv(name);
}

void TestCommandLine::serveWithOptions()
{
    const auto r =
        parse({u"--db"_s, u"/tmp/x.sqlite"_s, u"--listen"_s, u"0.0.0.0:9090"_s, u"--redirect-status"_s, u"301"_s,
               u"--journal-dir"_s, u"/tmp/j"_s, u"--threads"_s, u"3"_s, u"--geoip"_s, u"/tmp/g.mmdb"_s});
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    const ServerCommand &c = r.value();
    QCOMPARE(c.kind, ServerCommand::Kind::Serve);
    QCOMPARE(c.config.databasePath, std::string("/tmp/x.sqlite"));
    QCOMPARE(c.config.listenHost, std::string("0.0.0.0"));
    QCOMPARE(c.config.listenPort, 9090);
    QCOMPARE(c.config.redirectStatus, 301);
    QCOMPARE(c.config.effectiveJournalDir(), std::string("/tmp/j"));
    QCOMPARE(c.config.ioThreads, 3);
    QCOMPARE(c.config.geoipPath, std::string("/tmp/g.mmdb"));
    // The defaults: 127.0.0.1:8080 (never every interface unless told), 302.
    const auto d = parse({u"--db"_s, u"/tmp/x.sqlite"_s});
    QVERIFY(d.ok());
    QCOMPARE(d.value().config.listenHost, std::string("127.0.0.1"));
    QCOMPARE(d.value().config.listenPort, 8080);
    QCOMPARE(d.value().config.redirectStatus, 302);
}

void TestCommandLine::listenForms_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("IPv4") << u"127.0.0.1:8080"_s << u"127.0.0.1"_s << 8080;
    QTest::newRow("IPv6 in brackets") << u"[::1]:80"_s << u"::1"_s << 80;
    QTest::newRow("port 0: any free one") << u"127.0.0.1:0"_s << u"127.0.0.1"_s << 0;
    QTest::newRow("a name") << u"localhost:8081"_s << u"localhost"_s << 8081;
}

void TestCommandLine::listenForms()
{
    QFETCH(QString, value);
    QFETCH(QString, host);
    QFETCH(int, port);
    const auto r = parse({u"--db"_s, u"/tmp/x.sqlite"_s, u"--listen"_s, value});
    QVERIFY(r.ok());
    QCOMPARE(QString::fromStdString(r.value().config.listenHost), host);
    QCOMPARE(int(r.value().config.listenPort), port);
}

void TestCommandLine::badValuesAreSentences_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("listen without port") << QStringList{u"--listen"_s, u"127.0.0.1"_s} << u"--listen wants HOST:PORT"_s;
    QTest::newRow("listen port too big") << QStringList{u"--listen"_s, u"127.0.0.1:70000"_s}
                                         << u"not \"127.0.0.1:70000\""_s;
    QTest::newRow("redirect status") << QStringList{u"--redirect-status"_s, u"303"_s} << u"301, 302, 307 or 308"_s;
    QTest::newRow("threads") << QStringList{u"--threads"_s, u"many"_s} << u"--threads wants a number"_s;
    QTest::newRow("unknown option") << QStringList{u"--lissten"_s, u"x"_s} << u"lissten"_s;
    QTest::newRow("unknown command") << QStringList{u"serve-all"_s} << u"unknown command \"serve-all\""_s;
    QTest::newRow("domain-only empty") << QStringList{u"api-key:generate"_s, u"--domain-only"_s, u" "_s}
                                       << u"--domain-only wants a domain"_s;
    QTest::newRow("expiration date") << QStringList{u"api-key:generate"_s, u"--expiration-date"_s, u"tomorrow"_s}
                                     << u"not \"tomorrow\""_s;
    QTest::newRow("disable without name") << QStringList{u"api-key:disable"_s} << u"wants the key's name"_s;
    QTest::newRow("config file missing") << QStringList{u"--config"_s, u"/nonexistent/linkdeck.env"_s}
                                         << u"cannot read /nonexistent/linkdeck.env"_s;
}

void TestCommandLine::badValuesAreSentences()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const auto r = parse(QStringList{u"--db"_s, u"/tmp/x.sqlite"_s} + args);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
}

void TestCommandLine::apiKeyCommands()
{
    const auto generate = parse({u"api-key:generate"_s, u"--db"_s, u"/tmp/k.sqlite"_s, u"--name"_s, u"web"_s,
                                 u"--author-only"_s, u"--domain-only"_s, u"Go.Example.com"_s, u"--no-orphan-visits"_s,
                                 u"--expiration-date"_s, u"2030-01-31T12:00:00Z"_s});
    QVERIFY(generate.ok());
    QCOMPARE(generate.value().kind, ServerCommand::Kind::GenerateKey);
    QCOMPARE(generate.value().config.databasePath, std::string("/tmp/k.sqlite"));
    QCOMPARE(generate.value().keyName, u"web"_s);
    QVERIFY(generate.value().roles.authorOnly && generate.value().roles.noOrphanVisits);
    QCOMPARE(generate.value().roles.domainOnly, u"go.example.com"_s);
    QCOMPARE(generate.value().expires, QDateTime(QDate(2030, 1, 31), QTime(12, 0), Qt::UTC));
    QVERIFY(generate.value().roles.domainOnly.size() > 0 && !generate.value().roles.isAdmin());

    const auto list = parse({u"api-key:list"_s, u"--db"_s, u"/tmp/k.sqlite"_s});
    QVERIFY(list.ok());
    QCOMPARE(list.value().kind, ServerCommand::Kind::ListKeys);
    const auto disable = parse({u"api-key:disable"_s, u"web"_s, u"--db"_s, u"/tmp/k.sqlite"_s});
    QVERIFY(disable.ok());
    QCOMPARE(disable.value().kind, ServerCommand::Kind::DisableKey);
    QCOMPARE(disable.value().keyName, u"web"_s);

    // --db a PostgreSQL address (issue 14): the api-key commands work on its api_keys.
    const auto onPostgres = parse({u"api-key:list"_s, u"--db"_s, u"postgresql://linkdeck@db.example.com/links"_s});
    QVERIFY(onPostgres.ok());
    QCOMPARE(onPostgres.value().config.databasePath, std::string("postgresql://linkdeck@db.example.com/links"));
    QVERIFY(isPostgresAddress(QString::fromStdString(onPostgres.value().config.databasePath)));
    QVERIFY(isPostgresAddress(u"postgres://localhost/links"_s));
    QVERIFY(isPostgresAddress(u"PostgreSQL://localhost"_s));
    QVERIFY(!isPostgresAddress(u"/tmp/k.sqlite"_s));
    QVERIFY(!isPostgresAddress(u"postgresql.sqlite"_s));
    QVERIFY(!isPostgresAddress(u"./postgresql://x"_s));
}

void TestCommandLine::configFileUnderTheEnvironment()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"linkdeck.env"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Shlink's names\nDEFAULT_DOMAIN=\"go.example.com\"\nREDIRECT_STATUS_CODE=301\n\n");
    }
    qputenv("REDIRECT_STATUS_CODE", "307");   // the environment wins over the file
    const auto r = parse({u"--db"_s, u"/tmp/x.sqlite"_s, u"--config"_s, path});
    qunsetenv("REDIRECT_STATUS_CODE");
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r.value().config.defaultDomain, std::string("go.example.com"));
    QCOMPARE(r.value().config.redirectStatus, 307);

    // A malformed line is named by its number, never echoed (it may hold a secret).
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("DEFAULT_DOMAIN=go.example.com\nINITIAL_API_KEY 5ecret-key\n");
    }
    const auto bad = parse({u"--db"_s, u"/tmp/x.sqlite"_s, u"--config"_s, path});
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(u"line 2: expected KEY=VALUE"_s), qPrintable(bad.error().message));
    QVERIFY(!bad.error().message.contains(u"5ecret"_s));
    // The option wins over both.
    const auto option = parse({u"--db"_s, u"/tmp/x.sqlite"_s, u"--redirect-status"_s, u"308"_s});
    QVERIFY(option.ok());
    QCOMPARE(option.value().config.redirectStatus, 308);
}

void TestCommandLine::helpAndVersion()
{
    const auto help = parse({u"--help"_s});
    QVERIFY(help.ok());
    QCOMPARE(help.value().kind, ServerCommand::Kind::Help);
    QVERIFY(help.value().text.contains(u"--journal-dir"_s));
    QVERIFY(help.value().text.contains(u"api-key:generate"_s));
    const auto version = parse({u"--version"_s});
    QVERIFY(version.ok());
    QCOMPARE(version.value().kind, ServerCommand::Kind::Version);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
