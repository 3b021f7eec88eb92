// linkdeck-cli with accounts of link services, through the real binary: Bitly, Rebrandly and
// Cuttly against the contract servers of tests/support (in this process, so every call spins
// this process's event loop instead of blocking), Shlink against a linkdeck-server in this
// process. Tokens go to a real Secret Service: register the test under
// tests/support/with-keyring.sh, which starts a private D-Bus with an unlocked GNOME Keyring.
// Nothing here reaches the internet.

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

#include "core/storage/accountrepository.h"
#include "core/storage/clickrollups.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "core/storage/secretstore.h"
#include "server/linkserver.h"
#include "support/fakes/fakebitly.h"
#include "support/fakes/fakecuttly.h"
#include "support/fakes/fakerebrandly.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Test;
using Linkdeck::Server::LinkServer;
using Linkdeck::Server::ServerConfig;

namespace {

const QString KeychainService = u"org.linkdeck.Linkdeck"_s;   // Backend's
const QString ShlinkKey = u"shlink-test-key"_s;
const QString WrongToken = u"wrong-token-5f3a9c"_s;

// One link service for a test: its API address, its token, a branded domain it accepts, and
// a look at what it stores.
struct Service
{
    QString provider;   // "bitly", ...
    QString name;       // "Bitly", as the CLI's sentences say it
    QString apiBase;
    QString token;
    QString brandedDomain;
    QString scheme = u"https"_s;   // of the short URLs it returns
    std::function<int()> linkCount;
    std::function<QString(const QString &domain, const QString &slug)> destinationOf;   // empty: no such link

    std::unique_ptr<FakeHttpServer> fake;
    std::unique_ptr<QTemporaryDir> shlinkDir;   // before the server: destroyed after it
    std::unique_ptr<LinkServer> shlink;

    QString shortUrl(const QString &domain, const QString &slug) const
    {
        return scheme + u"://"_s + domain + u'/' + slug;
    }
};

std::unique_ptr<Service> startService(const QString &provider)
{
    auto s = std::make_unique<Service>();
    s->provider = provider;
    if (provider == u"bitly") {
        auto *fake = new FakeBitly;
        s->fake.reset(fake);
        if (!fake->listen())
            return nullptr;
        s->name = u"Bitly"_s;
        s->apiBase = fake->apiUrl().toString();
        s->token = fake->token();
        s->brandedDomain = fake->brandedDomain();
        s->linkCount = [fake] { return fake->linkCount(); };
        s->destinationOf = [fake](const QString &domain, const QString &slug) {
            return fake->link(domain + u'/' + slug).value(u"long_url"_s).toString();
        };
    } else if (provider == u"rebrandly") {
        auto *fake = new FakeRebrandly;
        s->fake.reset(fake);
        if (!fake->listen())
            return nullptr;
        s->name = u"Rebrandly"_s;
        s->apiBase = fake->apiUrl().toString();
        s->token = fake->apiKey();
        s->brandedDomain = fake->brandedDomain();
        s->linkCount = [fake] { return fake->linkCount(); };
        s->destinationOf = [fake](const QString &domain, const QString &slug) {
            return fake->linkBySlashtag(slug, domain).value(u"destination"_s).toString();
        };
    } else if (provider == u"cuttly") {
        auto *fake = new FakeCuttly;
        s->fake.reset(fake);
        if (!fake->listen())
            return nullptr;
        s->name = u"Cuttly"_s;
        s->apiBase = fake->apiUrl().toString();
        s->token = fake->key();
        s->brandedDomain = fake->brandedDomain();
        s->linkCount = [fake] { return fake->linkCount(); };
        s->destinationOf = [fake](const QString &domain, const QString &slug) {
            const QJsonObject link = fake->linkByAlias(slug);
            return QUrl(link.value(u"shortLink"_s).toString()).host() == domain ? link.value(u"fullLink"_s).toString()
                                                                                : QString();
        };
    } else if (provider == u"shlink") {
        s->shlinkDir = std::make_unique<QTemporaryDir>();
        ServerConfig config;
        config.databasePath = s->shlinkDir->filePath(u"server.sqlite"_s).toStdString();
        config.listenPort = 0;
        config.ioThreads = 1;
        config.initialApiKey = ShlinkKey.toStdString();
        config.defaultDomain = "s.test";
        s->shlink = std::make_unique<LinkServer>(config);
        if (const auto started = s->shlink->start(); !started) {
            qWarning("linkdeck-server did not start: %s", qPrintable(started.error().message));
            return nullptr;
        }
        s->name = u"Shlink"_s;
        s->apiBase = u"http://127.0.0.1:%1"_s.arg(s->shlink->port());
        s->token = ShlinkKey;
        s->brandedDomain = u"go.brand.com"_s;
        s->scheme = u"http"_s;   // the server runs without IS_HTTPS_ENABLED
        const QString path = s->shlinkDir->filePath(u"server.sqlite"_s);
        s->linkCount = [path] {
            Database db;
            if (!db.open(path))
                return -1;
            return int(LinkRepository(db).totalCount());
        };
        s->destinationOf = [path](const QString &domain, const QString &slug) {
            Database db;
            if (!db.open(path))
                return QString();
            const std::optional<Link> link = LinkRepository(db).findBySlug(domain, slug);
            return link ? link->destination : QString();
        };
    }
    return s;
}

}   // namespace

class TestCliAccounts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addListRemove_data();
    void addListRemove();
    void badTokenStoresNothing_data();
    void badTokenStoresNothing();
    void createWithSlugAndDomain_data();
    void createWithSlugAndDomain();
    void listReadsEveryPage();
    void offlineCreateIsSentBySync();
    void syncReadsEveryAccountAsTheGuiDoes();
    void moveFromBitlyWithMapping();
    void updateAndDelete();
    void capabilitiesAreChecked();
    void serviceErrorsAreSentences();
    void clicksFromTheService();
    void campaignAcrossAccounts();
    void addRefusesBadInput();
    void noKeychainNoAccount();
    void cleartextApiAddressIsSaid();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &environment = {});
    Run addAccount(const Service &service, const QString &name, const QStringList &extra = {});
    QJsonArray accounts();
    std::optional<Result<QString>> keychainRead(const QString &key);
    QString secretKeyOf(qint64 accountId) const;   // the account's keychain entry, from its database
    static void providers();

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_secrets;   // never to be printed
    QStringList m_leaks;
};

void TestCliAccounts::providers()
{
    QTest::addColumn<QString>("provider");
    for (const QString &p : {u"bitly"_s, u"rebrandly"_s, u"cuttly"_s, u"shlink"_s})
        QTest::newRow(qPrintable(p)) << p;
}

void TestCliAccounts::initTestCase()
{
    // A keychain is needed; without the wrapper there may be none.
    KeychainSecretStore store(KeychainService);
    std::optional<Result<void>> written;
    store.write(u"linkdeck-cli-test-probe"_s, u"probe"_s, [&](const Result<void> &r) { written = r; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
    if (!*written) {
        QVERIFY2(qEnvironmentVariableIntValue("LINKDECK_REQUIRE_KEYRING") != 1, qPrintable(written->error().detail));
        QSKIP("No usable keychain here: run under tests/support/with-keyring.sh.");
    }
    std::optional<Result<void>> removed;
    store.remove(u"linkdeck-cli-test-probe"_s, [&](const Result<void> &r) { removed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);

    m_secrets = {u"fake-bitly-token"_s, u"fake-rebrandly-key"_s, u"fake-cuttly-key"_s, ShlinkKey, WrongToken};
}

void TestCliAccounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_leaks.clear();
}

void TestCliAccounts::cleanup()
{
    // Keychain entries are keyed by account id: leave none behind for the next test.
    for (const QJsonValue &v : accounts()) {
        const QJsonObject account = v.toObject();
        if (account.value(u"provider"_s).toString() != u"local")
            QCOMPARE(cli({u"accounts"_s, u"remove"_s, account.value(u"name"_s).toString()}).code, 0);
    }
    QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks.join(u'\n')));
    m_dir.reset();
}

TestCliAccounts::Run TestCliAccounts::cli(const QStringList &args, const QByteArray &input,
                                          const QProcessEnvironment &environment)
{
    // The fakes answer from this thread: wait in an event loop, never in waitForFinished().
    // English sentences (LANGUAGE pinned); numbers, dates and the zone stay the machine's.
    QProcess p;
    QProcessEnvironment env = environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment;
    env.insert(u"LANGUAGE"_s, u"en"_s);
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    p.start(QStringLiteral(LINKDECK_CLI_PATH), QStringList{u"--data-dir"_s, m_dir->path()} + args);
    p.write(input);
    p.closeWriteChannel();
    timeout.start(90000);
    while (p.state() != QProcess::NotRunning && timeout.isActive())
        loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
        m_leaks << u"timed out: "_s + args.join(u' ');
        return {};
    }
    const Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    for (const QString &secret : std::as_const(m_secrets)) {
        if (r.out.contains(secret) || r.err.contains(secret))
            m_leaks << u"a token was printed by: "_s + args.join(u' ');
    }
    return r;
}

TestCliAccounts::Run TestCliAccounts::addAccount(const Service &service, const QString &name, const QStringList &extra)
{
    return cli(QStringList{u"accounts"_s, u"add"_s, name, u"--provider"_s, service.provider, u"--api-base"_s,
                           service.apiBase, u"--token-stdin"_s}
                   + extra,
               service.token.toUtf8() + '\n');
}

QJsonArray TestCliAccounts::accounts()
{
    const Run r = cli({u"accounts"_s, u"list"_s, u"--format"_s, u"json"_s});
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QString TestCliAccounts::secretKeyOf(qint64 accountId) const
{
    Database db;
    if (!db.open(QDir(m_dir->path()).filePath(u"linkdeck.sqlite"_s)))
        return {};
    const auto account = AccountRepository(db).find(accountId);
    return account ? SecretStore::accountKey(*account) : QString();
}

std::optional<Result<QString>> TestCliAccounts::keychainRead(const QString &key)
{
    KeychainSecretStore store(KeychainService);
    std::optional<Result<QString>> read;
    store.read(key, [&](const Result<QString> &r) { read = r; });
    QElapsedTimer timer;
    timer.start();
    while (!read && timer.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return read;
}

void TestCliAccounts::addListRemove_data()
{
    providers();
}

void TestCliAccounts::addListRemove()
{
    QFETCH(QString, provider);
    const auto service = startService(provider);
    QVERIFY(service);
    const Run added = addAccount(*service, u"Marketing"_s, {u"--domain"_s, service->brandedDomain});
    QVERIFY2(added.code == 0, qPrintable(added.err));
    QVERIFY(added.out.contains(u"“Marketing”"_s));

    const QJsonArray list = accounts();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"name"_s).toString(), u"This computer"_s);
    const QJsonObject account = list.at(1).toObject();
    QCOMPARE(account.value(u"name"_s).toString(), u"Marketing"_s);
    QCOMPARE(account.value(u"provider"_s).toString(), provider);
    QCOMPARE(account.value(u"defaultDomain"_s).toString(), service->brandedDomain);
    QCOMPARE(account.value(u"apiBase"_s).toString(), service->apiBase);
    QVERIFY(account.value(u"lastSyncAt"_s).isNull());
    QCOMPARE(account.keys(),
             (QStringList{u"apiBase"_s, u"defaultDomain"_s, u"id"_s, u"lastSyncAt"_s, u"name"_s, u"provider"_s}));
    const qint64 id = account.value(u"id"_s).toInteger();

    const Run csv = cli({u"accounts"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.code, 0);
    const QStringList rows = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), u"id,name,provider,default_domain,api_base,last_sync_at"_s);
    QCOMPARE(rows.at(2), u"%1,Marketing,%2,%3,%4,"_s.arg(id).arg(provider, service->brandedDomain, service->apiBase));
    const Run table = cli({u"accounts"_s, u"list"_s});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.startsWith(u"ID"_s));
    QVERIFY(table.out.contains(u"Marketing"_s));
    QCOMPARE(table.out.count(u'\n'), 3);

    // The token is in the keychain, and only there.
    const QString key = secretKeyOf(id);
    QVERIFY(key.startsWith(u"linkdeck-account-"_s));
    const auto stored = keychainRead(key);
    QVERIFY(stored);
    QVERIFY2(stored->ok(), qPrintable(stored->ok() ? QString() : stored->error().detail));
    QCOMPARE(stored->value(), service->token);
    QDirIterator files(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(service->token.toUtf8()), qPrintable(file.fileName()));
    }

    const Run removed = cli({u"accounts"_s, u"remove"_s, u"marketing"_s});   // any case
    QVERIFY2(removed.code == 0, qPrintable(removed.err));
    QCOMPARE(accounts().size(), 1);
    const auto gone = keychainRead(key);
    QVERIFY(gone && !gone->ok());
    QCOMPARE(gone->error().kind, Error::Kind::NotFound);
    const Run again = cli({u"accounts"_s, u"remove"_s, u"Marketing"_s});
    QCOMPARE(again.code, 1);
    QVERIFY(again.err.contains(u"no account “Marketing”"_s));
}

void TestCliAccounts::badTokenStoresNothing_data()
{
    providers();
}

void TestCliAccounts::badTokenStoresNothing()
{
    QFETCH(QString, provider);
    const auto service = startService(provider);
    QVERIFY(service);
    const Run r = cli({u"accounts"_s, u"add"_s, u"Sales"_s, u"--provider"_s, provider, u"--api-base"_s,
                       service->apiBase, u"--token-stdin"_s},
                      WrongToken.toUtf8() + "\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(u"linkdeck-cli: "_s) && r.err.contains(u"“Sales”"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"token"_s) || r.err.contains(u"key"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(accounts().size(), 1);   // "This computer" only
    QCOMPARE(service->linkCount(), 0);
}

void TestCliAccounts::createWithSlugAndDomain_data()
{
    providers();
}

void TestCliAccounts::createWithSlugAndDomain()
{
    QFETCH(QString, provider);
    const auto service = startService(provider);
    QVERIFY(service);
    QCOMPARE(addAccount(*service, u"Marketing"_s).code, 0);
    const QString domain = service->brandedDomain;

    const Run created = cli({u"links"_s, u"create"_s, u"https://shop.example/spring"_s, u"--slug"_s, u"spring"_s,
                             u"--domain"_s, domain, u"--account"_s, u"Marketing"_s});
    QVERIFY2(created.code == 0, qPrintable(created.err));
    QCOMPARE(created.out, service->shortUrl(domain, u"spring"_s) + u'\n');
    QVERIFY2(created.err.isEmpty(), qPrintable(created.err));
    QCOMPARE(service->destinationOf(domain, u"spring"_s), u"https://shop.example/spring"_s);
    QCOMPARE(service->linkCount(), 1);

    const Run taken = cli({u"links"_s, u"create"_s, u"https://shop.example/other"_s, u"--slug"_s, u"spring"_s,
                           u"--domain"_s, domain, u"--account"_s, u"Marketing"_s});
    QCOMPARE(taken.code, 1);
    QVERIFY2(taken.err.contains(u"already used"_s), qPrintable(taken.err));
    QVERIFY(taken.out.isEmpty());
    QCOMPARE(service->linkCount(), 1);

    // The account's links, and only those.
    const Run listed = cli({u"links"_s, u"list"_s, u"--account"_s, u"Marketing"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(listed.code, 0);
    QCOMPARE(listed.out.count(u"\r\n"_s), 2);
    QVERIFY(listed.out.contains(service->shortUrl(domain, u"spring"_s)));
    const Run local = cli({u"links"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(local.out.count(u"\r\n"_s), 1);
}

void TestCliAccounts::listReadsEveryPage()
{
    const auto service = startService(u"bitly"_s);
    QVERIFY(service);
    static_cast<FakeBitly *>(service->fake.get())->addLinks(250);   // three pages of 100
    QCOMPARE(addAccount(*service, u"Marketing"_s).code, 0);
    for (int pass = 0; pass < 2; ++pass) {
        const Run r = cli({u"links"_s, u"list"_s, u"--account"_s, u"Marketing"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.split(u"\r\n"_s, Qt::SkipEmptyParts).size(), 250 + 1);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));   // no progress where stderr is no terminal
    }
    QVERIFY(!accounts().at(1).toObject().value(u"lastSyncAt"_s).isNull());
}

void TestCliAccounts::offlineCreateIsSentBySync()
{
    const auto service = startService(u"bitly"_s);
    QVERIFY(service);
    QCOMPARE(addAccount(*service, u"Marketing"_s).code, 0);
    const QString domain = service->brandedDomain;

    service->fake->setOffline(true);
    const Run offline = cli({u"links"_s, u"create"_s, u"https://shop.example/later"_s, u"--slug"_s, u"later"_s,
                             u"--domain"_s, domain, u"--account"_s, u"Marketing"_s});
    QCOMPARE(offline.code, 0);
    QVERIFY(offline.out.isEmpty());
    QVERIFY2(offline.err.contains(u"Saved offline: the link will be created on Bitly when the network is back."_s),
             qPrintable(offline.err));
    QCOMPARE(service->linkCount(), 0);

    // Offline, the list is what this computer keeps, with a warning.
    const Run cached = cli({u"links"_s, u"list"_s, u"--account"_s, u"Marketing"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(cached.code, 0);
    QVERIFY2(cached.err.contains(u"warning"_s) && cached.err.contains(u"Could not reach Bitly"_s),
             qPrintable(cached.err));
    QCOMPARE(cached.out.count(u"\r\n"_s), 2);
    QVERIFY(cached.out.contains(u",later,https://shop.example/later,"_s));

    service->fake->setOffline(false);
    const Run synced = cli({u"sync"_s, u"--account"_s, u"Marketing"_s});
    QVERIFY2(synced.code == 0, qPrintable(synced.err));
    QVERIFY2(synced.out.contains(u"Sent 1 change"_s), qPrintable(synced.out));
    QCOMPARE(service->linkCount(), 1);
    QCOMPARE(service->destinationOf(domain, u"later"_s), u"https://shop.example/later"_s);

    // Nothing is sent twice.
    const Run again = cli({u"sync"_s});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QVERIFY(!again.out.contains(u"Sent"_s));
    QCOMPARE(service->linkCount(), 1);
    const Run listed = cli({u"links"_s, u"list"_s, u"--account"_s, u"Marketing"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(listed.out.count(u"\r\n"_s), 2);
    QVERIFY(listed.out.contains(service->shortUrl(domain, u"later"_s)));
}

// `sync` without --account goes the GUI's way (AccountSync::pullAll): the queue, then every
// account with a link service, each reported once, "This computer" not among them.
void TestCliAccounts::syncReadsEveryAccountAsTheGuiDoes()
{
    const auto bitly = startService(u"bitly"_s);
    const auto rebrandly = startService(u"rebrandly"_s);
    QVERIFY(bitly && rebrandly);
    static_cast<FakeBitly *>(bitly->fake.get())->addLinks(120);
    static_cast<FakeRebrandly *>(rebrandly->fake.get())->addLinks(3);
    QCOMPARE(addAccount(*bitly, u"Marketing"_s).code, 0);
    QCOMPARE(addAccount(*rebrandly, u"Shop"_s).code, 0);
    rebrandly->fake->setOffline(true);
    const Run offline = cli(
        {u"links"_s, u"create"_s, u"https://shop.example/later"_s, u"--slug"_s, u"later"_s, u"--account"_s, u"Shop"_s});
    QCOMPARE(offline.code, 0);
    QVERIFY2(offline.err.contains(u"Saved offline"_s), qPrintable(offline.err));
    rebrandly->fake->setOffline(false);

    const Run synced = cli({u"sync"_s});
    QVERIFY2(synced.code == 0, qPrintable(synced.err));
    QCOMPARE(synced.out.count(u"“Marketing”: 120 link"_s), 1);
    QCOMPARE(synced.out.count(u"“Shop”: "_s), 1);   // 3 or 4 links: the queue is sent while it is read
    QVERIFY(!synced.out.contains(u"This computer"_s));
    QVERIFY2(synced.out.contains(u"Sent 1 change"_s), qPrintable(synced.out));
    QCOMPARE(rebrandly->linkCount(), 4);
    const QJsonArray listed = accounts();
    QCOMPARE(listed.size(), 3);
    QVERIFY(listed.at(0).toObject().value(u"lastSyncAt"_s).isNull());   // "This computer"
    QVERIFY(!listed.at(1).toObject().value(u"lastSyncAt"_s).isNull());
    QVERIFY(!listed.at(2).toObject().value(u"lastSyncAt"_s).isNull());
    const Run list = cli({u"links"_s, u"list"_s, u"--account"_s, u"Shop"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(list.out.count(u"\r\n"_s), 4 + 1);
}

void TestCliAccounts::updateAndDelete()
{
    const auto service = startService(u"bitly"_s);
    QVERIFY(service);
    auto *bitly = static_cast<FakeBitly *>(service->fake.get());
    QCOMPARE(addAccount(*service, u"Marketing"_s, {u"--domain"_s, service->brandedDomain}).code, 0);
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/spring"_s, u"--slug"_s, u"spring"_s, u"--account"_s,
                  u"Marketing"_s})
                 .out,
             u"https://go.brand.com/spring\n"_s);   // the account's domain

    // Bitly's back-halves are case-sensitive: Spring is another link, and a command names the
    // one written exactly.
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/Spring"_s, u"--slug"_s, u"Spring"_s, u"--account"_s,
                  u"Marketing"_s})
                 .code,
             0);
    const Run ambiguous =
        cli({u"links"_s, u"update"_s, u"SPRING"_s, u"--account"_s, u"Marketing"_s, u"--title"_s, u"X"_s});
    QCOMPARE(ambiguous.code, 1);
    QVERIFY2(ambiguous.err.contains(u"only in case"_s), qPrintable(ambiguous.err));
    const Run updated = cli({u"links"_s, u"update"_s, u"spring"_s, u"--account"_s, u"Marketing"_s, u"--url"_s,
                             u"https://shop.example/summer"_s, u"--title"_s, u"Summer"_s, u"--tag"_s, u"print"_s});
    QVERIFY2(updated.code == 0, qPrintable(updated.err));
    QCOMPARE(updated.out, u"https://go.brand.com/spring\n"_s);
    const QJsonObject link = bitly->link(u"go.brand.com/spring"_s);
    QCOMPARE(link.value(u"long_url"_s).toString(), u"https://shop.example/summer"_s);
    QCOMPARE(link.value(u"title"_s).toString(), u"Summer"_s);
    QCOMPARE(link.value(u"tags"_s).toArray(), QJsonArray{u"print"_s});
    QCOMPARE(bitly->link(u"go.brand.com/Spring"_s).value(u"long_url"_s).toString(), u"https://shop.example/Spring"_s);

    const Run slug =
        cli({u"links"_s, u"update"_s, u"spring"_s, u"--account"_s, u"Marketing"_s, u"--new-slug"_s, u"fall"_s});
    QCOMPARE(slug.code, 1);
    QVERIFY(slug.err.contains(u"Bitly cannot change a link's back-half"_s));
    QCOMPARE(
        cli({u"links"_s, u"update"_s, u"nothing-here"_s, u"--account"_s, u"Marketing"_s, u"--title"_s, u"X"_s}).code,
        1);

    const Run deleted = cli({u"links"_s, u"delete"_s, u"spring"_s, u"--account"_s, u"Marketing"_s});
    QVERIFY2(deleted.code == 0, qPrintable(deleted.err));
    QCOMPARE(deleted.out, u"Deleted https://go.brand.com/spring\n"_s);
    // Bitly keeps edited links with a custom back-half, archived.
    QVERIFY(bitly->link(u"go.brand.com/spring"_s).isEmpty()
            || bitly->link(u"go.brand.com/spring"_s).value(u"archived"_s).toBool());
    QCOMPARE(cli({u"links"_s, u"list"_s, u"--account"_s, u"Marketing"_s, u"--format"_s, u"csv"_s}).out.count(u"\r\n"_s),
             2);
}

// links move: a team leaving Bitly takes its printed links along (issue 13): the same
// back-halves on this computer, the Bitly links pointed to them, the mapping file for the
// print team, and a second run that makes nothing twice.
void TestCliAccounts::moveFromBitlyWithMapping()
{
    const auto service = startService(u"bitly"_s);
    QVERIFY(service);
    auto *bitly = static_cast<FakeBitly *>(service->fake.get());
    QCOMPARE(addAccount(*service, u"Marketing"_s, {u"--domain"_s, service->brandedDomain}).code, 0);
    for (const QString &slug : {u"flyer"_s, u"poster"_s, u"jobs"_s}) {
        QCOMPARE(
            cli({u"links"_s, u"create"_s, u"https://shop.example/"_s + slug, u"--slug"_s, slug, u"--account"_s,
                 u"Marketing"_s, u"--title"_s, slug.toUpper(), u"--tag"_s, slug == u"jobs"_s ? u"web"_s : u"print"_s})
                .code,
            0);
    }
    const QString mapping = m_dir->filePath(u"mapping.csv"_s);
    const Run moved = cli({u"links"_s, u"move"_s, u"--from"_s, u"marketing"_s, u"--to"_s, u"This computer"_s,
                           u"--filter"_s, u"print"_s, u"--mapping"_s, mapping});
    QVERIFY2(moved.code == 0, qPrintable(moved.err));
    QCOMPARE(moved.out, u"2 links moved, 2 old links pointed to the new ones.\n"_s);   // flyer, poster
    QCOMPARE(bitly->link(u"go.brand.com/flyer"_s).value(u"long_url"_s).toString(), u"http://localhost:8080/flyer"_s);
    QCOMPARE(bitly->link(u"go.brand.com/jobs"_s).value(u"long_url"_s).toString(), u"https://shop.example/jobs"_s);
    QFile file(mapping);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY2(csv.contains(u"https://go.brand.com/poster,http://localhost:8080/poster,moved,"_s), qPrintable(csv));
    const Run listed = cli({u"links"_s, u"show"_s, u"poster"_s});
    QVERIFY2(listed.out.contains(u"https://shop.example/poster"_s) && listed.out.contains(u"POSTER"_s),
             qPrintable(listed.out));
    // Copied again: already there, nothing made twice; the old account names are checked.
    const Run again = cli({u"links"_s, u"copy"_s, u"--from"_s, u"This computer"_s, u"--to"_s, u"This computer"_s});
    QCOMPARE(again.code, 2);
    QVERIFY2(again.err.contains(u"same account"_s), qPrintable(again.err));
    const Run none = cli({u"links"_s, u"copy"_s, u"--from"_s, u"Marketing"_s, u"--to"_s, u"This computer"_s,
                          u"--filter"_s, u"no-such-link"_s});
    QCOMPARE(none.code, 1);
    QVERIFY2(none.err.contains(u"No link of Marketing matches"_s), qPrintable(none.err));
}

void TestCliAccounts::capabilitiesAreChecked()
{
    const auto cuttly = startService(u"cuttly"_s);
    QVERIFY(cuttly);
    QCOMPARE(addAccount(*cuttly, u"Cutt"_s).code, 0);
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/promo"_s, u"--slug"_s, u"promo"_s, u"--account"_s,
                  u"Cutt"_s})
                 .out,
             u"https://cutt.ly/promo\n"_s);
    const Run del = cli({u"links"_s, u"delete"_s, u"promo"_s, u"--account"_s, u"Cutt"_s});
    QCOMPARE(del.code, 1);
    QCOMPARE(del.err, u"linkdeck-cli: Cuttly cannot delete links through its API; delete it on cutt.ly.\n"_s);
    QVERIFY(del.out.isEmpty());
    const Run update =
        cli({u"links"_s, u"update"_s, u"promo"_s, u"--account"_s, u"Cutt"_s, u"--url"_s, u"https://x.example/"_s});
    QCOMPARE(update.code, 1);
    QCOMPARE(update.err, u"linkdeck-cli: Cuttly cannot change links through its API; change it on cutt.ly.\n"_s);
    const Run title =
        cli({u"links"_s, u"create"_s, u"https://shop.example/t"_s, u"--title"_s, u"T"_s, u"--account"_s, u"Cutt"_s});
    QCOMPARE(title.code, 1);
    QVERIFY(title.err.contains(u"Cuttly cannot give links a title"_s));
    const Run stats = cli({u"stats"_s, u"clicks"_s, u"promo"_s, u"--account"_s, u"Cutt"_s});
    QCOMPARE(stats.code, 1);
    QVERIFY(stats.err.contains(u"Cuttly cannot report clicks over time"_s));
    const Run listed = cli({u"links"_s, u"list"_s, u"--account"_s, u"Cutt"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(listed.code, 0);
    QVERIFY(listed.err.contains(u"Cuttly cannot list links"_s));
    QCOMPARE(listed.out.count(u"\r\n"_s), 2);   // the one made here
    QCOMPARE(cuttly->linkCount(), 1);

    const auto rebrandly = startService(u"rebrandly"_s);
    QVERIFY(rebrandly);
    QCOMPARE(addAccount(*rebrandly, u"Rebrand"_s).code, 0);
    QCOMPARE(
        cli({u"links"_s, u"create"_s, u"https://shop.example/r"_s, u"--slug"_s, u"r1"_s, u"--account"_s, u"Rebrand"_s})
            .code,
        0);
    const Run slug = cli({u"links"_s, u"update"_s, u"r1"_s, u"--account"_s, u"Rebrand"_s, u"--new-slug"_s, u"r2"_s});
    QCOMPARE(slug.code, 1);
    QVERIFY2(slug.err.contains(u"Rebrandly cannot change a link's back-half"_s), qPrintable(slug.err));
    const Run tags =
        cli({u"links"_s, u"create"_s, u"https://shop.example/t"_s, u"--tag"_s, u"x"_s, u"--account"_s, u"Rebrand"_s});
    QCOMPARE(tags.code, 1);
    QVERIFY(tags.err.contains(u"Rebrandly cannot tag links"_s));
    const Run retitled =
        cli({u"links"_s, u"update"_s, u"r1"_s, u"--account"_s, u"Rebrand"_s, u"--title"_s, u"New title"_s});
    QVERIFY2(retitled.code == 0, qPrintable(retitled.err));
    QCOMPARE(static_cast<FakeRebrandly *>(rebrandly->fake.get())->linkBySlashtag(u"r1"_s).value(u"title"_s).toString(),
             u"New title"_s);
    QCOMPARE(rebrandly->linkCount(), 1);

    const Run local = cli({u"sync"_s, u"--account"_s, u"This computer"_s});
    QCOMPARE(local.code, 1);
    QVERIFY(local.err.contains(u"nothing to sync"_s));
}

void TestCliAccounts::serviceErrorsAreSentences()
{
    const auto service = startService(u"bitly"_s);
    QVERIFY(service);
    // --no-check keeps a token that does not work; every call then says so.
    const Run added = cli({u"accounts"_s, u"add"_s, u"Sales"_s, u"--provider"_s, u"bitly"_s, u"--api-base"_s,
                           service->apiBase, u"--token-stdin"_s, u"--no-check"_s},
                          WrongToken.toUtf8() + '\n');
    QCOMPARE(added.code, 0);
    const QStringList create{u"links"_s, u"create"_s, u"https://shop.example/a"_s, u"--account"_s, u"Sales"_s};
    const Run refused = cli(create);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(u"Bitly did not accept the API token of “Sales”"_s), qPrintable(refused.err));
    const Run listed = cli({u"links"_s, u"list"_s, u"--account"_s, u"Sales"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(listed.code, 0);   // the links kept here, with the reason they may be old
    QVERIFY(listed.err.contains(u"warning"_s) && listed.err.contains(u"“Sales”"_s));
    QCOMPARE(cli({u"accounts"_s, u"remove"_s, u"Sales"_s}).code, 0);

    QCOMPARE(addAccount(*service, u"Marketing"_s,
                        {u"--workspace"_s, static_cast<FakeBitly *>(service->fake.get())->groupGuid()})
                 .code,
             0);
    const QStringList good{u"links"_s, u"create"_s, u"https://shop.example/b"_s, u"--account"_s, u"Marketing"_s};
    service->fake->failNext(1, FakeHttpServer::Response::json(500, QJsonObject{{u"message"_s, u"INTERNAL_ERROR"_s}}));
    const Run server = cli(good);
    QCOMPARE(server.code, 1);
    QVERIFY2(server.err.contains(u"Bitly has a problem right now (error 500)"_s), qPrintable(server.err));
    FakeHttpServer::Response limited =
        FakeHttpServer::Response::json(429, QJsonObject{{u"message"_s, u"RATE_LIMIT_EXCEEDED"_s}});
    limited.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "3600"));   // longer than worth waiting for
    service->fake->failNext(1, limited);
    const Run rate = cli(good);
    QCOMPARE(rate.code, 1);
    QVERIFY2(rate.err.contains(u"too many requests"_s), qPrintable(rate.err));
    service->fake->failNext(1, FakeHttpServer::Response::text(201, "<html>maintenance</html>"));
    const Run garbage = cli(good);
    QCOMPARE(garbage.code, 1);
    QVERIFY2(garbage.err.contains(u"could not understand"_s), qPrintable(garbage.err));
    QVERIFY(server.out.isEmpty() && rate.out.isEmpty() && garbage.out.isEmpty());
    QCOMPARE(service->linkCount(), 0);
    QCOMPARE(cli(good).code, 0);
    QCOMPARE(service->linkCount(), 1);
}

void TestCliAccounts::clicksFromTheService()
{
    const auto service = startService(u"bitly"_s);
    QVERIFY(service);
    auto *bitly = static_cast<FakeBitly *>(service->fake.get());
    QCOMPARE(addAccount(*service, u"Marketing"_s, {u"--domain"_s, service->brandedDomain}).code, 0);
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/spring"_s, u"--slug"_s, u"spring"_s, u"--account"_s,
                  u"Marketing"_s})
                 .code,
             0);
    bitly->addClicks(u"go.brand.com/spring"_s, QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc()), 5,
                     u"DE"_s);
    bitly->addClicks(u"go.brand.com/spring"_s, QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()), 3,
                     u"FR"_s);
    bitly->addClicks(u"go.brand.com/spring"_s, QDateTime(QDate(2026, 10, 2), QTime(9, 0), QTimeZone::utc()),
                     100);   // before --from

    const QStringList args{u"stats"_s,  u"clicks"_s,     u"spring"_s, u"--account"_s,  u"Marketing"_s,
                           u"--from"_s, u"2026-11-01"_s, u"--to"_s,   u"2026-11-28"_s, u"--unit"_s,
                           u"day"_s,    u"--tz"_s,       u"UTC"_s};
    const Run json = cli(args);
    QVERIFY2(json.code == 0, qPrintable(json.err));
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(u"total"_s).toInt(), 8);
    QCOMPARE(o.value(u"shortUrl"_s).toString(), u"https://go.brand.com/spring"_s);
    const Run csv = cli(args + QStringList{u"--format"_s, u"csv"_s});
    QCOMPARE(csv.code, 0);
    QVERIFY(csv.out.startsWith(u"start,end,clicks\r\n"_s));
    QVERIFY2(csv.out.contains(u"2026-11-20T00:00:00.000+00:00,2026-11-21T00:00:00.000+00:00,5\r\n"_s),
             qPrintable(csv.out));

    // Not kept on this computer (the account was added again): read from Bitly first.
    QCOMPARE(cli({u"accounts"_s, u"remove"_s, u"Marketing"_s}).code, 0);
    QCOMPARE(addAccount(*service, u"Marketing"_s).code, 0);
    const Run pulled = cli(args);
    QVERIFY2(pulled.code == 0, qPrintable(pulled.err));
    QCOMPARE(QJsonDocument::fromJson(pulled.out.toUtf8()).object().value(u"total"_s).toInt(), 8);

    // Where they came from, as Bitly counts it; what the plan does not include is said.
    const Run countries =
        cli({u"stats"_s, u"countries"_s, u"spring"_s, u"--account"_s, u"Marketing"_s, u"--from"_s, u"2026-11-01"_s,
             u"--to"_s, u"2026-11-28"_s, u"--tz"_s, u"UTC"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(countries.code == 0, qPrintable(countries.err));
    QCOMPARE(countries.out, u"country,clicks\r\nDE,5\r\nFR,3\r\n"_s);
    const Run devices = cli({u"stats"_s, u"devices"_s, u"spring"_s, u"--account"_s, u"Marketing"_s});
    QCOMPARE(devices.code, 1);
    QVERIFY2(devices.err.contains(u"plan"_s), qPrintable(devices.err));
    QCOMPARE(cli({u"stats"_s, u"clicks"_s, u"nothing-here"_s, u"--account"_s, u"Marketing"_s}).code, 1);
}

// A campaign on this computer and on Bitly: one series, the service's clicks included, and
// the saved figures used when Bitly cannot be reached.
void TestCliAccounts::campaignAcrossAccounts()
{
    const auto service = startService(u"bitly"_s);
    QVERIFY(service);
    auto *bitly = static_cast<FakeBitly *>(service->fake.get());
    QCOMPARE(addAccount(*service, u"Marketing"_s, {u"--domain"_s, service->brandedDomain}).code, 0);
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/a?utm_campaign=fall"_s, u"--slug"_s, u"fall-bitly"_s,
                  u"--account"_s, u"Marketing"_s})
                 .code,
             0);
    QCOMPARE(
        cli({u"links"_s, u"create"_s, u"https://shop.example/b?utm_campaign=fall"_s, u"--slug"_s, u"fall-here"_s}).code,
        0);
    bitly->addClicks(u"go.brand.com/fall-bitly"_s, QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc()), 5);
    {
        // Clicks on this computer, as linkdeck-server rolls them up.
        Database db;
        QVERIFY(db.open(QDir(m_dir->path()).filePath(u"linkdeck.sqlite"_s)));
        const auto local = LinkRepository(db).findBySlug(u"localhost:8080"_s, u"fall-here"_s);
        QVERIFY(local);
        const qint64 hour = QDateTime(QDate(2026, 11, 21), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QVERIFY(Rollups::addHour(db.connection(), local->id, hour, 3, 0));
    }
    const QStringList args{u"stats"_s,      u"clicks"_s, u"fall"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s,
                           u"2026-11-28"_s, u"--unit"_s, u"day"_s,  u"--tz"_s,   u"UTC"_s};
    const Run both = cli(args);
    QVERIFY2(both.code == 0, qPrintable(both.err));
    QCOMPARE(QJsonDocument::fromJson(both.out.toUtf8()).object().value(u"total"_s).toInt(), 8);
    // Offline: Bitly's figures from the last time.
    bitly->setOffline(true);
    const Run offline = cli(args);
    QVERIFY2(offline.code == 0, qPrintable(offline.err));
    QCOMPARE(QJsonDocument::fromJson(offline.out.toUtf8()).object().value(u"total"_s).toInt(), 8);
    QVERIFY2(offline.err.contains(u"saved earlier"_s), qPrintable(offline.err));
    bitly->setOffline(false);
}

void TestCliAccounts::addRefusesBadInput()
{
    const auto service = startService(u"bitly"_s);
    QVERIFY(service);
    QCOMPARE(addAccount(*service, u"Marketing"_s).code, 0);
    const QByteArray token = service->token.toUtf8() + '\n';
    const QStringList add{u"accounts"_s, u"add"_s, u"Sales"_s};
    struct Case
    {
        QStringList args;
        QByteArray input;
        int code;
        QString message;
    };
    const QList<Case> cases{
        {add + QStringList{u"--token-stdin"_s}, token, 2, u"--provider"_s},
        {add + QStringList{u"--provider"_s, u"local"_s, u"--token-stdin"_s}, token, 2, u"local"_s},
        {add + QStringList{u"--provider"_s, u"myspace"_s, u"--token-stdin"_s}, token, 2, u"myspace"_s},
        {add + QStringList{u"--provider"_s, u"shlink"_s, u"--token-stdin"_s}, token, 1, u"Shlink server"_s},
        {add + QStringList{u"--provider"_s, u"bitly"_s, u"--api-base"_s, service->apiBase}, token, 2,
         u"--token-stdin"_s},
        {add + QStringList{u"--provider"_s, u"bitly"_s, u"--api-base"_s, service->apiBase, u"--token-stdin"_s}, "\n", 1,
         u"empty"_s},
        {add + QStringList{u"--provider"_s, u"bitly"_s, u"--api-base"_s, u"ftp://x"_s, u"--token-stdin"_s}, token, 1,
         u"https://"_s},
        {{u"accounts"_s, u"add"_s, u"MARKETING"_s, u"--provider"_s, u"bitly"_s, u"--api-base"_s, service->apiBase,
          u"--token-stdin"_s},
         token,
         1,
         u"already an account"_s},
        {{u"accounts"_s, u"remove"_s, u"This computer"_s}, {}, 1, u"cannot be removed"_s},
        {{u"links"_s, u"list"_s, u"--account"_s, u"Nope"_s}, {}, 1, u"no account “Nope”"_s},
    };
    for (const Case &c : cases) {
        const Run r = cli(c.args, c.input);
        QVERIFY2(r.code == c.code, qPrintable(c.args.join(u' ') + u": "_s + r.err));
        QVERIFY2(r.err.contains(c.message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(accounts().size(), 2);
}

void TestCliAccounts::noKeychainNoAccount()
{
    const auto service = startService(u"bitly"_s);
    QVERIFY(service);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
    environment.remove(u"DISPLAY"_s);
    const Run r = cli({u"accounts"_s, u"add"_s, u"Marketing"_s, u"--provider"_s, u"bitly"_s, u"--api-base"_s,
                       service->apiBase, u"--token-stdin"_s},
                      service->token.toUtf8() + '\n', environment);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"keychain"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"Run linkdeck-cli from a desktop session, where GNOME Keyring or KWallet is available."_s));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(accounts().size(), 1);
}

// Issue 18 item 10: an http:// API address of a server not on this computer sends the token
// unencrypted; accounts add says so (a server on this computer, or https://, is no warning).
void TestCliAccounts::cleartextApiAddressIsSaid()
{
    const QStringList add{u"accounts"_s, u"add"_s};
    const QStringList rest{u"--provider"_s, u"shlink"_s, u"--token-stdin"_s, u"--no-check"_s, u"--api-base"_s};
    const Run remote = cli(add + QStringList{u"Team"_s} + rest + QStringList{u"http://s.example.org"_s}, "key-1\n");
    QCOMPARE(remote.code, 0);
    QVERIFY2(remote.err.contains(u"warning"_s) && remote.err.contains(u"unencrypted"_s)
                 && remote.err.contains(u"s.example.org"_s),
             qPrintable(remote.err));
    for (const QString &quiet : {u"https://s.example.org"_s, u"http://127.0.0.1:8081"_s, u"http://localhost:8081"_s}) {
        const Run r =
            cli(add + QStringList{u"Quiet "_s + QString::number(qHash(quiet))} + rest + QStringList{quiet}, "key-2\n");
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.err.contains(u"unencrypted"_s), qPrintable(quiet + u": "_s + r.err));
    }
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
