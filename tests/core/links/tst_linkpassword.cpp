#include "core/links/linkpassword.h"
#include "core/providers/linkprovider.h"
#include "core/providers/localprovider.h"
#include "core/storage/accountrepository.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "core/sync/backend.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

// Password-protected links (issue 15) in core: the Argon2id hash, schema 10, the local
// provider's create/set/remove, and that the password itself is stored nowhere.
class TestLinkPassword : public QObject
{
    Q_OBJECT
private slots:
    void hashAndVerify();
    void refusesUnusablePasswords_data();
    void refusesUnusablePasswords();
    void createProtectedStoresOnlyTheHash();
    void setChangeAndRemove();
    void editKeepsThePassword();
    void onlyThisComputerCan();
    void migrationFromVersion9();

private:
    template<typename T>
    static T await(QFuture<T> f)
    {
        f.waitForFinished();
        return f.result();
    }
    static QString storedHash(Database &db, qint64 id);
    static qint64 changesOf(Database &db, qint64 id);
};

QString TestLinkPassword::storedHash(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT password_hash FROM links WHERE id = %1"_s.arg(id)) || !q.next())
        return u"(no row)"_s;
    return q.value(0).toString();
}

qint64 TestLinkPassword::changesOf(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT count(*) FROM link_changes WHERE link_id = %1"_s.arg(id)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestLinkPassword::hashAndVerify()
{
    const auto hash = LinkPassword::hash(u"Sesam öffne dich"_s);
    QVERIFY(hash.ok());
    QVERIFY2(hash->startsWith("$argon2id$"), hash->constData());
    QVERIFY(!hash->contains("Sesam"));
    QVERIFY(LinkPassword::verify(hash->toStdString(), u"Sesam öffne dich"_s.toUtf8().toStdString()));
    QVERIFY(!LinkPassword::verify(hash->toStdString(), "Sesam offne dich"));
    QVERIFY(!LinkPassword::verify(hash->toStdString(), ""));
    QVERIFY(!LinkPassword::verify("", "Sesam öffne dich"));
    QVERIFY(!LinkPassword::verify("$argon2id$garbage", "x"));
    // Salted: the same password hashes differently each time, and both verify.
    const auto again = LinkPassword::hash(u"Sesam öffne dich"_s);
    QVERIFY(again.ok());
    QVERIFY(*again != *hash);
    QVERIFY(LinkPassword::verify(again->toStdString(), u"Sesam öffne dich"_s.toUtf8().toStdString()));
}

void TestLinkPassword::refusesUnusablePasswords_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("says");
    QTest::addRow("empty") << QString() << u"empty"_s;
    QTest::addRow("line break") << u"one\ntwo"_s << u"line break"_s;
    QTest::addRow("too long") << QString(LinkPassword::MaxBytes + 1, u'x') << u"too long"_s;
}

void TestLinkPassword::refusesUnusablePasswords()
{
    QFETCH(QString, password);
    QFETCH(QString, says);
    const auto hash = LinkPassword::hash(password);
    QVERIFY(!hash.ok());
    QCOMPARE(hash.error().kind, Error::Kind::Invalid);
    QVERIFY2(hash.error().message.contains(says), qPrintable(hash.error().message));
    QVERIFY(LinkPassword::hash(QString(LinkPassword::MaxBytes, u'x')).ok());
}

void TestLinkPassword::createProtectedStoresOnlyTheHash()
{
    Backend backend;
    QVERIFY(backend.open(u":memory:"_s).ok());
    LinkProvider *provider = backend.provider(AccountRepository::LocalAccountId);
    QVERIFY(provider->can(LinkProvider::Capability::Password));
    Link draft;
    draft.destination = u"https://shop.example/vip"_s;
    draft.slug = u"vip"_s;
    const auto created = await(provider->createProtected(draft, u"members-only-2026"_s));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QVERIFY(created->passwordProtected);
    QVERIFY(backend.links().find(created->id)->passwordProtected);
    const QString hash = storedHash(backend.database(), created->id);
    QVERIFY2(hash.startsWith(u"$argon2id$"_s), qPrintable(hash));
    QVERIFY(LinkPassword::verify(hash.toStdString(), "members-only-2026"));
    // The password is in no column of any table.
    QSqlQuery tables(backend.database().connection());
    QVERIFY(tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'links_fts%'"_s));
    while (tables.next()) {
        QSqlQuery rows(backend.database().connection());
        QVERIFY(rows.exec(u"SELECT * FROM \"%1\""_s.arg(tables.value(0).toString())));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                QVERIFY(!rows.value(i).toString().contains(u"members-only"_s));
        }
    }
    // Refused before anything is stored: an empty password is no protection.
    draft.slug = u"vip2"_s;
    const auto empty = await(provider->createProtected(draft, QString()));
    QVERIFY(!empty.ok());
    QVERIFY(!backend.links().findBySlug(u"localhost:8080"_s, u"vip2"_s));
}

void TestLinkPassword::setChangeAndRemove()
{
    Backend backend;
    QVERIFY(backend.open(u":memory:"_s).ok());
    LinkProvider *provider = backend.provider(AccountRepository::LocalAccountId);
    Link draft;
    draft.destination = u"https://shop.example/"_s;
    draft.slug = u"open"_s;
    const auto created = await(provider->create(draft));
    QVERIFY(created.ok());
    QVERIFY(!created->passwordProtected);
    QCOMPARE(storedHash(backend.database(), created->id), QString());

    QSignalSpy changed(&backend.links(), &LinkRepository::changed);
    const qint64 logged = changesOf(backend.database(), created->id);
    const auto set = await(provider->setPassword(*created, u"first"_s));
    QVERIFY(set.ok());
    QVERIFY(set->passwordProtected);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changesOf(backend.database(), created->id), logged + 1);   // the server hears of it
    const QString first = storedHash(backend.database(), created->id);
    QVERIFY(LinkPassword::verify(first.toStdString(), "first"));

    QVERIFY(await(provider->setPassword(*created, u"second"_s)).ok());
    const QString second = storedHash(backend.database(), created->id);
    QVERIFY(LinkPassword::verify(second.toStdString(), "second"));
    QVERIFY(!LinkPassword::verify(second.toStdString(), "first"));

    const auto removed = await(provider->setPassword(*created, QString()));
    QVERIFY(removed.ok());
    QVERIFY(!removed->passwordProtected);
    QCOMPARE(storedHash(backend.database(), created->id), QString());
    QCOMPARE(changesOf(backend.database(), created->id), logged + 3);

    Link gone = *created;
    gone.id = 999999;
    const auto missing = await(provider->setPassword(gone, u"x"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

void TestLinkPassword::editKeepsThePassword()
{
    Backend backend;
    QVERIFY(backend.open(u":memory:"_s).ok());
    LinkProvider *provider = backend.provider(AccountRepository::LocalAccountId);
    Link draft;
    draft.destination = u"https://shop.example/a"_s;
    draft.slug = u"kept"_s;
    const auto created = await(provider->createProtected(draft, u"pw"_s));
    QVERIFY(created.ok());
    const QString hash = storedHash(backend.database(), created->id);
    Link edited = *created;
    edited.destination = u"https://shop.example/b"_s;
    edited.passwordProtected = false;   // the field is read, never written
    QVERIFY(await(provider->update(edited)).ok());
    QCOMPARE(storedHash(backend.database(), created->id), hash);
    QVERIFY(backend.links().find(created->id)->passwordProtected);
}

void TestLinkPassword::onlyThisComputerCan()
{
    // The base class's answer, which every service but this computer gives.
    class NoPasswords final : public LinkProvider
    {
    public:
        ProviderKind kind() const override { return ProviderKind::Bitly; }
        Capabilities capabilities() const override { return Capability::CreateLinks; }
        QFuture<Result<QStringList>> domains() override { return {}; }
        QFuture<Result<bool>> isSlugAvailable(const QString &, const QString &) override { return {}; }
        QFuture<Result<Link>> create(const Link &) override { return {}; }
        QFuture<Result<Link>> update(const Link &) override { return {}; }
        QFuture<Result<void>> remove(const Link &) override { return {}; }
        QFuture<Result<LinkPage>> list(const QString &) override { return {}; }
        QFuture<Result<QList<ClickPoint>>> clicks(const Link &, const QDateTime &, const QDateTime &, TimeUnit) override
        {
            return {};
        }
    } other;
    QVERIFY(!other.can(LinkProvider::Capability::Password));
    const auto r = await(other.setPassword(Link{}, u"x"_s));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Unsupported);
    QCOMPARE(await(other.createProtected(Link{}, u"x"_s)).error().kind, Error::Kind::Unsupported);
}

void TestLinkPassword::migrationFromVersion9()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        Database old;
        QVERIFY(old.open(path, Database::migrations().mid(0, 9)).ok());
        QCOMPARE(old.schemaVersion(), 9);
        QSqlQuery q(old.connection());
        QVERIFY2(q.exec(u"INSERT INTO links(account_id, domain, slug, short_url, destination, created_at, updated_at, "
                        u"fallback_url) VALUES (1, 'localhost:8080', 'old', 'http://localhost:8080/old', "
                        u"'https://example.com/', 0, 0, 'https://example.com/ended')"_s),
                 qPrintable(q.lastError().text()));
    }
    Database db;
    const auto opened = db.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QVERIFY(Database::latestVersion() >= 10);
    LinkRepository links(db);
    const auto old = links.findBySlug(u"localhost:8080"_s, u"old"_s);
    QVERIFY(old);
    QVERIFY(!old->passwordProtected);
    QCOMPARE(old->fallbackUrl, u"https://example.com/ended"_s);
    QCOMPARE(storedHash(db, old->id), QString());
    // The triggers of version 10 log a password change for the server, and count it in links_version.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT value FROM meta WHERE key = 'links_version'"_s) && q.next());
    const qint64 version = q.value(0).toLongLong();
    const qint64 logged = changesOf(db, old->id);
    QVERIFY(links.setPasswordHash(old->id, *LinkPassword::hash(u"pw"_s)).ok());
    QCOMPARE(changesOf(db, old->id), logged + 1);
    QVERIFY(q.exec(u"SELECT value FROM meta WHERE key = 'links_version'"_s) && q.next());
    QCOMPARE(q.value(0).toLongLong(), version + 1);
}

QTEST_GUILESS_MAIN(TestLinkPassword)
#include "tst_linkpassword.moc"
