#include "core/links/linkpreview.h"
#include "core/providers/linkprovider.h"
#include "core/storage/accountrepository.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "core/sync/backend.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

// Social previews (issue 15) in core: the rules, schema 11, and this computer's provider.
class TestLinkPreview : public QObject
{
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void normalised();
    void storedAndLoggedForTheServer();
    void migrationFromVersion10();

private:
    template<typename T>
    static T await(QFuture<T> f)
    {
        f.waitForFinished();
        return f.result();
    }
};

void TestLinkPreview::rules_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("says");   // empty: accepted
    QTest::addRow("none") << QString() << QString() << QString() << QString();
    QTest::addRow("title only") << u"Spring sale"_s << QString() << QString() << QString();
    QTest::addRow("all three") << u"Spring sale"_s << u"Half price until May"_s << u"https://cdn.example/s.png"_s
                               << QString();
    QTest::addRow("no title") << QString() << u"Half price"_s << QString() << u"needs a title"_s;
    QTest::addRow("image without title") << u"  "_s << QString() << u"https://cdn.example/s.png"_s
                                         << u"needs a title"_s;
    QTest::addRow("title too long") << QString(LinkPreview::MaxTitle + 1, u'x') << QString() << QString()
                                    << u"too long"_s;
    QTest::addRow("description too long")
        << u"T"_s << QString(LinkPreview::MaxDescription + 1, u'x') << QString() << u"too long"_s;
    QTest::addRow("image not web") << u"T"_s << QString() << u"ftp://cdn.example/s.png"_s << u"image"_s;
}

void TestLinkPreview::rules()
{
    QFETCH(QString, title);
    QFETCH(QString, description);
    QFETCH(QString, image);
    QFETCH(QString, says);
    Link link;
    link.previewTitle = title;
    link.previewDescription = description;
    link.previewImage = image;
    const QString problem = LinkPreview::problem(link);
    if (says.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(says), qPrintable(problem));
    QCOMPARE(LinkPreview::checked(link).ok(), says.isEmpty());
}

void TestLinkPreview::normalised()
{
    Link link;
    link.previewTitle = u"  Spring\nsale\t\x1f 2026 "_s;
    link.previewDescription = u"Half\r\nprice"_s;
    link.previewImage = u" cdn.example/spring.png "_s;
    const auto checked = LinkPreview::checked(link);
    QVERIFY(checked.ok());
    QCOMPARE(checked->previewTitle, u"Spring sale 2026"_s);
    QCOMPARE(checked->previewDescription, u"Half price"_s);
    QCOMPARE(checked->previewImage, u"https://cdn.example/spring.png"_s);
}

void TestLinkPreview::storedAndLoggedForTheServer()
{
    Backend backend;
    QVERIFY(backend.open(u":memory:"_s).ok());
    LinkProvider *provider = backend.provider(AccountRepository::LocalAccountId);
    QVERIFY(provider->can(LinkProvider::Capability::Preview));
    Link draft;
    draft.destination = u"https://shop.example/spring"_s;
    draft.slug = u"spring"_s;
    draft.previewTitle = u"Spring sale"_s;
    draft.previewDescription = u"Half price <b>now</b>"_s;
    draft.previewImage = u"https://cdn.example/spring.png"_s;
    const auto created = await(provider->create(draft));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    Link found = *backend.links().find(created->id);
    QCOMPARE(found.previewTitle, u"Spring sale"_s);
    QCOMPARE(found.previewDescription, u"Half price <b>now</b>"_s);
    QCOMPARE(found.previewImage, u"https://cdn.example/spring.png"_s);

    QSqlQuery q(backend.database().connection());
    const auto logged = [&] {
        return q.exec(u"SELECT count(*) FROM link_changes WHERE link_id = %1"_s.arg(created->id)) && q.next()
            ? q.value(0).toLongLong()
            : -1;
    };
    const qint64 before = logged();
    found.previewImage.clear();
    QVERIFY(await(provider->update(found)).ok());
    QVERIFY(backend.links().find(created->id)->previewImage.isEmpty());
    QCOMPARE(logged(), before + 1);   // the server hears of it

    found.previewTitle.clear();
    found.previewDescription = u"no title"_s;
    const auto refused = await(provider->update(found));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QCOMPARE(backend.links().find(created->id)->previewTitle, u"Spring sale"_s);   // nothing changed
}

void TestLinkPreview::migrationFromVersion10()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        Database old;
        QVERIFY(old.open(path, Database::migrations().mid(0, 10)).ok());
        QCOMPARE(old.schemaVersion(), 10);
        QSqlQuery q(old.connection());
        QVERIFY2(q.exec(u"INSERT INTO links(account_id, domain, slug, short_url, destination, created_at, updated_at, "
                        u"password_hash) VALUES (1, 'localhost:8080', 'old', 'http://localhost:8080/old', "
                        u"'https://example.com/', 0, 0, '$argon2id$x')"_s),
                 qPrintable(q.lastError().text()));
    }
    Database db;
    QVERIFY(db.open(path).ok());
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    LinkRepository links(db);
    auto old = links.findBySlug(u"localhost:8080"_s, u"old"_s);
    QVERIFY(old);
    QVERIFY(old->passwordProtected);
    QVERIFY(old->previewTitle.isEmpty() && old->previewDescription.isEmpty() && old->previewImage.isEmpty());
    old->previewTitle = u"Old but new"_s;
    QVERIFY(links.update(*old).ok());
    QCOMPARE(links.find(old->id)->previewTitle, u"Old but new"_s);
    QVERIFY(links.find(old->id)->passwordProtected);   // an edit keeps the password
}

QTEST_GUILESS_MAIN(TestLinkPreview)
#include "tst_linkpreview.moc"
