#include "core/providers/linkprovider.h"
#include "core/storage/clickrollups.h"
#include "core/storage/externalchanges.h"
#include "core/sync/backend.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

// Links another program changes in the same database are announced (issue 12: links made with
// linkdeck-cli showed in the app only after a restart); clicks and the app's own changes are not.
class TestExternalChanges : public QObject
{
    Q_OBJECT
private slots:
    void anotherProgramsLinksAreAnnounced();
};

void TestExternalChanges::anotherProgramsLinksAreAnnounced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"links.sqlite"_s);
    Backend app;   // the app
    QVERIFY(app.open(path).ok());
    Backend cli;   // linkdeck-cli: another connection to the same file
    QVERIFY(cli.open(path).ok());
    ExternalChanges watcher(app.database(), app.links());
    QSignalSpy announced(&app.links(), &LinkRepository::changed);
    QVERIFY(!watcher.check());   // nothing yet

    // The app's own link: announced by the repository once, not again by the watcher.
    Link own;
    own.slug = u"own"_s;
    own.destination = u"https://shop.example/own"_s;
    auto created = app.provider(1)->create(own);
    created.waitForFinished();
    QVERIFY(created.result().ok());
    QCOMPARE(announced.size(), 1);
    QVERIFY(!watcher.check());
    QCOMPARE(announced.size(), 1);

    // Another program's link: announced as a bulk change.
    Link other;
    other.slug = u"from-cli"_s;
    other.destination = u"https://shop.example/cli"_s;
    auto made = cli.provider(1)->create(other);
    made.waitForFinished();
    QVERIFY(made.result().ok());
    QVERIFY(watcher.check());
    QCOMPARE(announced.size(), 2);
    QCOMPARE(announced.last().first().value<LinkChange>().kind, LinkChange::Many);
    QVERIFY(!watcher.check());   // once

    // Clicks the server stores are no change to the links.
    QVERIFY(Rollups::addHour(cli.database().connection(), made.result()->id, 3600, 5, 0));
    QVERIFY(!watcher.check());
    QCOMPARE(announced.size(), 2);

    // A destination changed elsewhere, and a link deleted elsewhere.
    Link edited = *made.result();
    edited.destination = u"https://shop.example/cli-2"_s;
    auto updated = cli.provider(1)->update(edited);
    updated.waitForFinished();
    QVERIFY(updated.result().ok());
    QVERIFY(watcher.check());

    // A title or tags changed elsewhere (linkdeck-cli's links update --title): nothing a
    // redirect needs, but the list shows it.
    edited = *updated.result();
    edited.title = u"Spring sale"_s;
    auto retitled = cli.provider(1)->update(edited);
    retitled.waitForFinished();
    QVERIFY(retitled.result().ok());
    QVERIFY(watcher.check());
    edited = *retitled.result();
    edited.tags = QStringList{u"print"_s};
    auto tagged = cli.provider(1)->update(edited);
    tagged.waitForFinished();
    QVERIFY(tagged.result().ok());
    QVERIFY(watcher.check());
    QCOMPARE(announced.size(), 5);

    auto removed = cli.provider(1)->remove(edited);
    removed.waitForFinished();
    QVERIFY(watcher.check());
    QCOMPARE(announced.size(), 6);
}

QTEST_GUILESS_MAIN(TestExternalChanges)
#include "tst_externalchanges.moc"
