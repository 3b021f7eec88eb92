#include "core/database.h"
#include "core/linkrepository.h"
#include "server/redirectindex.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server;

class TestRedirectIndex : public QObject
{
    Q_OBJECT
private slots:
    void tableFindsIgnoringCase();
    void manyEntries();
    void overlayShowsApiChangesAtOnce();
    void loadsFromDatabase();
};

void TestRedirectIndex::tableFindsIgnoringCase()
{
    RedirectTable t;
    RedirectEntry e;
    e.linkId = 1;
    t.add("go.example", "Spring", "https://a.example/", e);
    e.linkId = 2;
    t.add("other.example", "spring", "https://b.example/", e);
    t.finish();
    QVERIFY(t.find("go.example", "spring"));
    QCOMPARE(t.find("GO.example", "SPRING")->linkId, 1);
    QCOMPARE(t.find("go.example", "spring")->location, std::string_view("https://a.example/"));
    QCOMPARE(t.find("other.example", "Spring")->linkId, 2);
    QVERIFY(!t.find("go.example", "sprin"));
    QVERIFY(!t.find("go.example", "springs"));
    QVERIFY(!t.find("third.example", "spring"));
}

void TestRedirectIndex::manyEntries()
{
    RedirectTable t;
    t.reserve(100000, 100000 * 40);
    for (int i = 0; i < 100000; ++i) {
        RedirectEntry e;
        e.linkId = i + 1;
        const std::string slug = "s" + std::to_string(i);
        t.add("d", slug, "https://example.com/" + std::to_string(i), e);
    }
    t.finish();
    QCOMPARE(t.size(), std::size_t(100000));
    for (int i = 0; i < 100000; i += 997) {
        const RedirectEntry *e = t.find("d", "S" + std::to_string(i));
        QVERIFY(e);
        QCOMPARE(e->linkId, i + 1);
        QCOMPARE(e->location, std::string_view("https://example.com/" + std::to_string(i)));
    }
    QVERIFY(!t.find("d", "s100000"));
}

void TestRedirectIndex::overlayShowsApiChangesAtOnce()
{
    RedirectIndex index;
    IndexReader reader(index);
    QVERIFY(!reader.snapshot().find("d", "new", reader.scratch));
    RedirectEntry e;
    e.linkId = 9;
    e.maxVisits = 3;
    index.upsert("d", "New", "https://n.example/", e);
    const RedirectEntry *found = reader.snapshot().find("D", "new", reader.scratch);
    QVERIFY(found);
    QCOMPARE(found->location, std::string_view("https://n.example/"));
    QVERIFY(found->visits);   // max visits get a counter
    // A second change keeps the first one readable (the overlay is copied, not mutated).
    e.linkId = 10;
    index.upsert("d", "other", "https://o.example/", e);
    QCOMPARE(reader.snapshot().find("d", "new", reader.scratch)->location, std::string_view("https://n.example/"));
    index.remove("d", "NEW");
    QVERIFY(!reader.snapshot().find("d", "new", reader.scratch));
    QVERIFY(reader.snapshot().find("d", "other", reader.scratch));
}

void TestRedirectIndex::loadsFromDatabase()
{
    Database db;
    QVERIFY(db.open(u":memory:"_s).ok());
    LinkRepository links(db);
    Link l;
    l.accountId = 1;
    l.domain = u"localhost:8080"_s;
    l.slug = u"Sale"_s;
    l.shortUrl = u"http://localhost:8080/Sale"_s;
    l.destination = u"https://shop.example/sale?x=1#top"_s;
    l.redirectStatus = 301;
    l.maxClicks = 10;
    l.clicks = 4;
    l.forwardQuery = false;
    QVERIFY(links.insert(l).ok());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"INSERT INTO domains(name, base_url_redirect) VALUES ('localhost:8080', 'https://home.example/')"_s));

    RedirectIndex index;
    std::string error;
    QSqlDatabase conn = db.connection();
    QVERIFY2(index.load(conn, &error), error.c_str());
    const auto snapshot = index.current();
    QVERIFY(snapshot->version > 0);
    std::string scratch;
    const RedirectEntry *e = snapshot->find("localhost:8080", "sale", scratch);
    QVERIFY(e);
    QCOMPARE(e->location, std::string_view("https://shop.example/sale?x=1#top"));
    QCOMPARE(e->status, 301);
    QCOMPARE(e->forwardQuery, false);
    QCOMPARE(e->maxVisits, 10);
    QCOMPARE(e->visits->load(), 4);   // counting starts from the stored clicks
    QCOMPARE(snapshot->table->domainRedirects.at("localhost:8080").baseUrl, std::string("https://home.example/"));
    QCOMPARE(RedirectIndex::readVersion(conn), snapshot->version);
}

QTEST_GUILESS_MAIN(TestRedirectIndex)
#include "tst_redirectindex.moc"
