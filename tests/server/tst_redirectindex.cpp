#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "server/redirectindex.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <limits>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server;

class TestRedirectIndex : public QObject
{
    Q_OBJECT
private slots:
    void tableMatchesSlugCaseAsConfigured();
    void manyEntries();
    void ruleLookupFindsEveryLinkWithRules();
    void overlayShowsApiChangesAtOnce();
    void fallbackBesideTheLimits();
    void passwordHashBesideTheLimits();
    void loadsFromDatabase();
    void changeLogRecordsLocalRedirectChanges();
    void appChangesApplyWithoutReload();
    void renamesAndSwapsInOneBatch();
    void domainChangesApplyWithoutReload();
    void logGapReloads();
    void bulkChangesApplyInStepsAndMerge();
    void apiChangesAreCheckedAgainstDatabase();
    void batchReadBeforeAnApiCallDoesNotUndoIt();
    void readersSeeOldOrNewDuringChanges();
    void upgradesVersion2Database();
    void strictAndLooseSlugsThroughChanges();

private:
    struct Fixture
    {
        Database db;
        QSqlDatabase conn;
        RedirectIndex index;
        std::string scratch;
        std::string location(std::string_view slug, std::string_view domain = "localhost:8080")
        {
            const auto e = index.current()->find(domain, slug, scratch);
            return e ? std::string(e->location) : std::string("(none)");
        }
    };
    static bool open(Fixture &f);
    static Link link(const QString &slug, const QString &destination, qint64 accountId = 1);
    static qint64 add(Fixture &f, const QString &slug, const QString &destination, qint64 accountId = 1);
    static Link get(Fixture &f, qint64 id);
    static void update(Fixture &f, Link link);
    // What f.index.poll() did; when it failed, its message is printed and the value is none of
    // PollResult's, so that the QCOMPARE on it fails.
    static RedirectIndex::PollResult polled(Fixture &f);
};

// Domains ignore case; slugs as SHORT_URL_MODE says: strict (the default) tells Spring from
// spring, loose does not.
void TestRedirectIndex::tableMatchesSlugCaseAsConfigured()
{
    RedirectTable strict;
    RedirectEntry e;
    e.linkId = 1;
    strict.add("go.example", "Spring", "https://a.example/", e);
    e.linkId = 2;
    strict.add("other.example", "spring", "https://b.example/", e);
    e.linkId = 3;
    strict.add("go.example", "spring", "https://c.example/", e);
    strict.finish();
    QCOMPARE(strict.find("GO.example", "Spring")->linkId, 1);
    QCOMPARE(strict.find("go.example", "Spring")->location, std::string_view("https://a.example/"));
    QCOMPARE(strict.find("go.example", "spring")->linkId, 3);
    QVERIFY(!strict.find("go.example", "SPRING"));
    QCOMPARE(strict.find("Other.Example", "spring")->linkId, 2);
    QVERIFY(!strict.find("other.example", "Spring"));
    QVERIFY(!strict.find("go.example", "sprin"));
    QVERIFY(!strict.find("go.example", "springs"));
    QVERIFY(!strict.find("third.example", "spring"));
    QCOMPARE(strict.row(0).slug, std::string_view("Spring"));   // stored as written

    RedirectTable loose(SlugCase::Insensitive);
    e.linkId = 1;
    loose.add("go.example", "Spring", "https://a.example/", e);
    loose.finish();
    QCOMPARE(loose.find("GO.example", "SPRING")->linkId, 1);
    QCOMPARE(loose.find("go.example", "spring")->linkId, 1);
    QVERIFY(!loose.find("go.example", "springs"));
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
        const auto e = t.find("D", "s" + std::to_string(i));
        QVERIFY(e);
        QCOMPARE(e->linkId, i + 1);
        QCOMPARE(e->location, std::string_view("https://example.com/" + std::to_string(i)));
    }
    QVERIFY(!t.find("d", "s100000"));
}

// A batch of logged changes read just before an API call, and applied after it, must not put
// back what the call changed (a link it deleted redirected again until the next poll, seen as
// a rare failure of tst_redirects apiChangesShowAtOnce): the batch leaves those keys, and their
// links' rules, to the next read. Other keys of the batch apply.
void TestRedirectIndex::batchReadBeforeAnApiCallDoesNotUndoIt()
{
    RedirectIndex index;
    IndexReader reader(index);
    RedirectEntry e;
    e.linkId = 7;
    index.upsert("d", "fresh", "https://api.example/new", e);
    index.takeRecheck();   // a feed read that change already
    // The feed reads the database (the link still there, with rules, and another link) ...
    RedirectIndex::ChangeBatch stale;
    stale.links.push_back({"d", "fresh", "https://api.example/new", e, {}, {}, {}});
    RedirectEntry other;
    other.linkId = 8;
    stale.links.push_back({"d", "other", "https://o.example/", other, {}, {}, {}});
    auto rules = std::make_shared<LinkRedirectRules>();
    stale.rules.emplace_back(7, rules);
    stale.changeSeq = 1;
    // ... then the API deletes it and publishes that at once, then the feed applies its batch.
    index.remove("d", "fresh");
    index.applyChanges(std::move(stale));
    QVERIFY(!reader.snapshot().find("d", "fresh", reader.scratch));   // still deleted
    QVERIFY(!reader.snapshot().rules->contains(7));
    QVERIFY(reader.snapshot().find("d", "other", reader.scratch));   // the rest applied
    QCOMPARE(reader.snapshot().changeSeq, 1);
    // The next read takes the deleted key again, and what it finds then applies.
    const auto again = index.takeRecheck();
    QCOMPARE(again.size(), std::size_t(1));
    RedirectIndex::ChangeBatch next;
    next.removed = again;
    next.changeSeq = 2;
    index.applyChanges(std::move(next));
    QVERIFY(!reader.snapshot().find("d", "fresh", reader.scratch));
}

void TestRedirectIndex::ruleLookupFindsEveryLinkWithRules()
{
    // Ids that crowd the same slots (multiples of a power of two, one past the largest 32-bit
    // value, the largest id) and ones that are not there: each found, each absent one not.
    RedirectRuleSets sets;
    QList<std::int64_t> ids;
    for (std::int64_t i = 1; i <= 3000; ++i)
        ids << i * 4096;
    ids << 1 << 7 << (std::int64_t(1) << 32) << std::numeric_limits<std::int64_t>::max();
    for (std::int64_t id : ids)
        sets[id] = std::make_shared<LinkRedirectRules>();
    const RuleLookup lookup(sets);
    QCOMPARE(lookup.size(), std::size_t(ids.size()));
    for (std::int64_t id : ids)
        QCOMPARE(lookup.find(id), sets.at(id).get());
    for (std::int64_t id : {std::int64_t(0), std::int64_t(-4096), std::int64_t(2), std::int64_t(4095),
                            std::int64_t(3001) * 4096, (std::int64_t(1) << 32) + 1})
        QCOMPARE(lookup.find(id), nullptr);
    QCOMPARE(RuleLookup(RedirectRuleSets{}).find(1), nullptr);
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
    QVERIFY(!reader.snapshot().find("D", "new", reader.scratch));   // strict: the slug as written
    const auto found = reader.snapshot().find("D", "New", reader.scratch);
    QVERIFY(found);
    QCOMPARE(found->location, std::string_view("https://n.example/"));
    QVERIFY(found->visits);   // max visits get a counter
    // A second change keeps the first one readable (the overlay is copied, not mutated).
    e.linkId = 10;
    index.upsert("d", "other", "https://o.example/", e);
    QCOMPARE(reader.snapshot().find("d", "New", reader.scratch)->location, std::string_view("https://n.example/"));
    index.remove("d", "NEW");   // another slug: nothing
    QVERIFY(reader.snapshot().find("d", "New", reader.scratch));
    index.remove("D", "New");
    QVERIFY(!reader.snapshot().find("d", "New", reader.scratch));
    QVERIFY(reader.snapshot().find("d", "other", reader.scratch));
}

// Issue 15: a limited link's fallback address lives beside its limits (in the arena, the
// record stays 32 bytes); a link without limits keeps none. The overlay (API changes) keeps
// it too, also when it is copied for the next change.
void TestRedirectIndex::fallbackBesideTheLimits()
{
    RedirectTable t;
    RedirectEntry limited;
    limited.linkId = 1;
    limited.expiresAtMs = 1000;
    limited.fallback = "https://f.example/ended";
    QVERIFY(t.add("d", "limited", "https://l.example/", limited));
    RedirectEntry plain;
    plain.linkId = 2;
    plain.fallback = "https://f.example/never";   // no limit: the link never ends
    QVERIFY(t.add("d", "plain", "https://p.example/", plain));
    t.finish();
    QCOMPARE(t.find("d", "limited")->fallback, std::string_view("https://f.example/ended"));
    QCOMPARE(t.find("d", "limited")->location, std::string_view("https://l.example/"));
    QVERIFY(t.find("d", "plain")->fallback.empty());
    QCOMPARE(t.textBytes(),
             std::string("limitedhttps://l.example/https://f.example/endedplainhttps://p.example/").size());

    RedirectIndex index;
    IndexReader reader(index);
    RedirectEntry e;
    e.linkId = 9;
    e.maxVisits = 2;
    index.upsert("d", "capped", "https://c.example/", e, "https://c.example/sold-out");
    const auto found = reader.snapshot().find("d", "capped", reader.scratch);
    QVERIFY(found);
    QCOMPARE(found->fallback, std::string_view("https://c.example/sold-out"));
    index.upsert("d", "other", "https://o.example/", e);   // the overlay is copied: still right
    QCOMPARE(reader.snapshot().find("d", "capped", reader.scratch)->fallback,
             std::string_view("https://c.example/sold-out"));
    QVERIFY(reader.snapshot().find("d", "other", reader.scratch)->fallback.empty());
}

// A protected link's hash rides in the side record of the limits (issue 15): a link with
// neither keeps none (its record alone, 32 bytes), one with a limit and a password keeps both.
void TestRedirectIndex::passwordHashBesideTheLimits()
{
    RedirectTable t;
    RedirectEntry plain;
    plain.linkId = 1;
    QVERIFY(t.add("d", "plain", "https://p.example/", plain));
    const std::size_t plainBytes = t.memoryBytes();
    RedirectEntry locked;
    locked.linkId = 2;
    locked.passwordHash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
    QVERIFY(t.add("d", "locked", "https://l.example/", locked));
    RedirectEntry card;   // a social preview only (issue 15): in the side record too
    card.linkId = 4;
    card.preview = "Spring\x1fHalf price\x1fhttps://cdn.example/s.png";
    QVERIFY(t.add("d", "card", "https://c.example/", card));
    RedirectEntry both;
    both.linkId = 3;
    both.expiresAtMs = 1000;
    both.fallback = "https://f.example/ended";
    both.passwordHash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$b3RoZXI";
    QVERIFY(t.add("d", "both", "https://b.example/", both));
    t.finish();
    QVERIFY(plainBytes > 0);
    QVERIFY(t.find("d", "plain")->passwordHash.empty());
    QCOMPARE(t.find("d", "plain")->location, std::string_view("https://p.example/"));
    QCOMPARE(t.find("d", "locked")->passwordHash, locked.passwordHash);
    QCOMPARE(t.find("d", "locked")->expiresAtMs, std::int64_t(0));
    QVERIFY(t.find("d", "locked")->fallback.empty());
    QCOMPARE(t.find("d", "both")->passwordHash, both.passwordHash);
    QVERIFY(t.find("d", "both")->preview.empty());
    QCOMPARE(t.find("d", "both")->fallback, std::string_view("https://f.example/ended"));
    QCOMPARE(t.find("d", "card")->preview, card.preview);
    QCOMPARE(t.find("d", "card")->location, std::string_view("https://c.example/"));
    QVERIFY(t.find("d", "card")->passwordHash.empty());
    QVERIFY(t.find("d", "plain")->preview.empty());
    QCOMPARE(t.find("d", "both")->location, std::string_view("https://b.example/"));

    // Through the overlay, and its copies.
    RedirectIndex index;
    IndexReader reader(index);
    RedirectEntry e;
    e.linkId = 9;
    index.upsert("d", "vip", "https://v.example/", e, {}, "$argon2id$hash");
    index.upsert("d", "other", "https://o.example/", e);
    QCOMPARE(reader.snapshot().find("d", "vip", reader.scratch)->passwordHash, std::string_view("$argon2id$hash"));
    QVERIFY(reader.snapshot().find("d", "other", reader.scratch)->passwordHash.empty());

    // From the database, and through the change log when it is set and removed in the app.
    Fixture f;
    QVERIFY(open(f));
    const qint64 id = add(f, u"vip"_s, u"https://v.example/"_s);
    QVERIFY(f.index.load(f.conn).ok());
    QVERIFY(f.index.current()->find("localhost:8080", "vip", f.scratch)->passwordHash.empty());
    LinkRepository links(f.db);
    QVERIFY(links.setPasswordHash(id, "$argon2id$from-app").ok());
    QCOMPARE(polled(f), RedirectIndex::PollResult::Applied);
    QCOMPARE(f.index.current()->find("localhost:8080", "vip", f.scratch)->passwordHash,
             std::string_view("$argon2id$from-app"));
    QVERIFY(links.setPasswordHash(id, {}).ok());
    QCOMPARE(polled(f), RedirectIndex::PollResult::Applied);
    QVERIFY(f.index.current()->find("localhost:8080", "vip", f.scratch)->passwordHash.empty());
    RedirectIndex reloaded;
    QVERIFY(links.setPasswordHash(id, "$argon2id$loaded").ok());
    QVERIFY(reloaded.load(f.conn).ok());
    QCOMPARE(reloaded.current()->find("localhost:8080", "vip", f.scratch)->passwordHash,
             std::string_view("$argon2id$loaded"));
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
    QVERIFY(
        q.exec(u"INSERT INTO domains(name, base_url_redirect) VALUES ('localhost:8080', 'https://home.example/')"_s));
    // 2 more stored clicks the click writer has not yet added to links.clicks.
    QVERIFY(q.exec(u"INSERT INTO link_click_deltas(link_id, clicks) SELECT id, 2 FROM links WHERE slug = 'Sale'"_s));

    RedirectIndex index;
    QSqlDatabase conn = db.connection();
    const auto loaded = index.load(conn);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    const auto snapshot = index.current();
    QVERIFY(snapshot->changeSeq > 0);
    std::string scratch;
    QVERIFY(!snapshot->find("localhost:8080", "sale", scratch));
    const auto e = snapshot->find("LocalHost:8080", "Sale", scratch);
    QVERIFY(e);
    QCOMPARE(e->location, std::string_view("https://shop.example/sale?x=1#top"));
    QCOMPARE(e->status, 301);
    QCOMPARE(e->forwardQuery, false);
    QCOMPARE(e->maxVisits, 10);
    QCOMPARE(e->visits->load(), 6);   // counting starts from the stored clicks, those waiting in deltas too
    QCOMPARE(snapshot->domains->at("localhost:8080").baseUrl, std::string("https://home.example/"));
    QCOMPARE(RedirectIndex::lastChange(conn), snapshot->changeSeq);
}

bool TestRedirectIndex::open(Fixture &f)
{
    if (!f.db.open(u":memory:"_s))
        return false;
    f.conn = f.db.connection();
    return true;
}

Link TestRedirectIndex::link(const QString &slug, const QString &destination, qint64 accountId)
{
    Link l;
    l.accountId = accountId;
    l.domain = u"localhost:8080"_s;
    l.slug = slug;
    l.shortUrl = u"http://localhost:8080/"_s + slug;
    l.destination = destination;
    return l;
}

qint64 TestRedirectIndex::add(Fixture &f, const QString &slug, const QString &destination, qint64 accountId)
{
    const auto r = LinkRepository(f.db).insert(link(slug, destination, accountId));
    return r ? r->id : -1;
}

Link TestRedirectIndex::get(Fixture &f, qint64 id)
{
    return LinkRepository(f.db).find(id).value_or(Link{});
}

void TestRedirectIndex::update(Fixture &f, Link link)
{
    QVERIFY(LinkRepository(f.db).update(std::move(link)).ok());
}

RedirectIndex::PollResult TestRedirectIndex::polled(Fixture &f)
{
    const auto result = f.index.poll(f.conn);
    if (result)
        return *result;
    qWarning("poll() failed: %s", qPrintable(result.error().message));
    return RedirectIndex::PollResult(-1);
}

// The triggers log what matters to redirects, and only that: the local account's links, and
// the domains; a change of title or click count is not a change.
void TestRedirectIndex::changeLogRecordsLocalRedirectChanges()
{
    Fixture f;
    QVERIFY(open(f));
    const qint64 before = RedirectIndex::lastChange(f.conn);
    const qint64 id = add(f, u"a"_s, u"https://a.example/"_s);
    QCOMPARE(RedirectIndex::lastChange(f.conn), before + 1);
    Link l = get(f, id);
    l.title = u"A title"_s;
    update(f, l);
    QSqlQuery q(f.conn);
    QVERIFY(q.exec(u"UPDATE links SET clicks = clicks + 5"_s));
    QCOMPARE(RedirectIndex::lastChange(f.conn), before + 1);
    l.slug = u"b"_s;
    update(f, l);
    QCOMPARE(RedirectIndex::lastChange(f.conn), before + 2);
    QVERIFY(q.exec(u"SELECT link_id, domain, slug FROM link_changes ORDER BY seq DESC LIMIT 1"_s) && q.next());
    QCOMPARE(q.value(0).toLongLong(), id);
    QCOMPARE(q.value(2).toString(), u"a"_s);   // the key it had
    QVERIFY(q.exec(u"INSERT INTO accounts(id, provider, name, created_at) VALUES (2, 'shlink', 'Remote', 0)"_s));
    add(f, u"remote"_s, u"https://r.example/"_s, 2);
    QCOMPARE(RedirectIndex::lastChange(f.conn), before + 2);   // not served here
    QVERIFY(q.exec(u"INSERT INTO domains(name, base_url_redirect) VALUES ('go.example', 'https://home.example/')"_s));
    QCOMPARE(RedirectIndex::lastChange(f.conn), before + 3);
    QVERIFY(LinkRepository(f.db).remove(id).ok());
    QCOMPARE(RedirectIndex::lastChange(f.conn), before + 4);
}

// An edit, an insert, a delete and a rename made through the app's LinkRepository reach the
// index by poll(), without reading the table again: the table object stays the same.
void TestRedirectIndex::appChangesApplyWithoutReload()
{
    Fixture f;
    QVERIFY(open(f));
    const qint64 edited = add(f, u"edited"_s, u"https://old.example/"_s);
    const qint64 deleted = add(f, u"deleted"_s, u"https://deleted.example/"_s);
    const qint64 renamed = add(f, u"before"_s, u"https://renamed.example/"_s);
    const qint64 recased = add(f, u"Sale"_s, u"https://sale.example/"_s);
    const auto loaded = f.index.load(f.conn);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    const auto shards = f.index.current()->shards;
    QCOMPARE(f.index.current()->tableSize(), std::size_t(4));
    QCOMPARE(polled(f), RedirectIndex::PollResult::Unchanged);

    Link l = get(f, edited);
    l.destination = u"https://new.example/"_s;
    l.maxClicks = 7;
    l.redirectStatus = 301;
    update(f, l);
    QCOMPARE(polled(f), RedirectIndex::PollResult::Applied);
    QCOMPARE(f.location("edited"), std::string("https://new.example/"));
    QVERIFY(!f.index.current()->find("localhost:8080", "EDITED", f.scratch));   // strict: another slug
    const auto e = f.index.current()->find("LOCALHOST:8080", "edited", f.scratch);
    QVERIFY(e);
    QCOMPARE(e->linkId, edited);
    QCOMPARE(e->status, 301);
    QCOMPARE(e->maxVisits, 7);
    QVERIFY(e->visits);

    add(f, u"inserted"_s, u"https://inserted.example/"_s);
    QVERIFY(LinkRepository(f.db).remove(deleted).ok());
    l = get(f, renamed);
    l.slug = u"after"_s;
    update(f, l);
    l = get(f, recased);
    l.slug = u"sale"_s;
    update(f, l);
    QCOMPARE(polled(f), RedirectIndex::PollResult::Applied);
    QCOMPARE(f.location("inserted"), std::string("https://inserted.example/"));
    QCOMPARE(f.location("deleted"), std::string("(none)"));
    QCOMPARE(f.location("after"), std::string("https://renamed.example/"));
    QCOMPARE(f.location("before"), std::string("(none)"));                // the old slug no longer serves
    QCOMPARE(f.location("sale"), std::string("https://sale.example/"));   // only its case changed
    QCOMPARE(f.location("Sale"), std::string("(none)"));

    QVERIFY(f.index.current()->shards == shards);   // no reload
    const RedirectIndex::Stats stats = f.index.stats();
    QCOMPARE(stats.fullLoads, std::uint64_t(1));
    QCOMPARE(stats.batches, std::uint64_t(2));
    QCOMPARE(stats.changesApplied, std::uint64_t(5));
    QCOMPARE(f.index.current()->changeSeq, RedirectIndex::lastChange(f.conn));
    QCOMPARE(polled(f), RedirectIndex::PollResult::Unchanged);
}

// Keys that move between links within one batch: each ends where the database has it.
void TestRedirectIndex::renamesAndSwapsInOneBatch()
{
    Fixture f;
    QVERIFY(open(f));
    const qint64 a = add(f, u"x"_s, u"https://a.example/"_s);
    const qint64 b = add(f, u"y"_s, u"https://b.example/"_s);
    const auto loaded = f.index.load(f.conn);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    // a: x -> tmp, b: y -> x, a: tmp -> y; then a new link takes "tmp" and is deleted again.
    Link la = get(f, a);
    la.slug = u"tmp"_s;
    update(f, la);
    Link lb = get(f, b);
    lb.slug = u"x"_s;
    update(f, lb);
    la.slug = u"y"_s;
    update(f, la);
    const qint64 c = add(f, u"tmp"_s, u"https://c.example/"_s);
    QVERIFY(LinkRepository(f.db).remove(c).ok());
    QCOMPARE(polled(f), RedirectIndex::PollResult::Applied);
    QCOMPARE(f.location("x"), std::string("https://b.example/"));
    QCOMPARE(f.location("y"), std::string("https://a.example/"));
    QCOMPARE(f.location("tmp"), std::string("(none)"));
    QCOMPARE(f.index.stats().fullLoads, std::uint64_t(1));
    // The overlay holds only keys that differ from the table: "tmp" was never in it.
    QVERIFY(!f.index.current()->overlay->contains("localhost:8080/tmp"));
}

void TestRedirectIndex::domainChangesApplyWithoutReload()
{
    Fixture f;
    QVERIFY(open(f));
    add(f, u"a"_s, u"https://a.example/"_s);
    const auto loaded = f.index.load(f.conn);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    const auto shards = f.index.current()->shards;
    QVERIFY(f.index.current()->domains->empty());
    QSqlQuery q(f.conn);
    QVERIFY(q.exec(
        u"INSERT INTO domains(name, invalid_short_url_redirect) VALUES ('Go.Example', 'https://home.example/')"_s));
    QCOMPARE(polled(f), RedirectIndex::PollResult::Applied);
    QCOMPARE(f.index.current()->domains->at("go.example").invalidShortUrl, std::string("https://home.example/"));
    QVERIFY(q.exec(u"DELETE FROM domains"_s));
    QCOMPARE(polled(f), RedirectIndex::PollResult::Applied);
    QVERIFY(f.index.current()->domains->empty());
    QVERIFY(f.index.current()->shards == shards);
    QCOMPARE(f.location("a"), std::string("https://a.example/"));
}

// Rows pruned before this server read them: it cannot know which links changed, and reads
// them all again. Also when the log is empty but its sequence moved on.
void TestRedirectIndex::logGapReloads()
{
    Fixture f;
    QVERIFY(open(f));
    const qint64 id = add(f, u"a"_s, u"https://a.example/"_s);
    const auto loaded = f.index.load(f.conn);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    const auto shards = f.index.current()->shards;
    Link l = get(f, id);
    l.destination = u"https://missed.example/"_s;
    update(f, l);
    add(f, u"b"_s, u"https://b.example/"_s);
    QSqlQuery q(f.conn);
    QVERIFY(q.exec(u"DELETE FROM link_changes WHERE seq = (SELECT min(seq) FROM link_changes WHERE seq > %1)"_s.arg(
        f.index.current()->changeSeq)));
    QCOMPARE(polled(f), RedirectIndex::PollResult::Reloaded);
    QVERIFY(f.index.current()->shards != shards);
    QCOMPARE(f.index.stats().fullLoads, std::uint64_t(2));
    QCOMPARE(f.location("a"), std::string("https://missed.example/"));
    QCOMPARE(f.location("b"), std::string("https://b.example/"));

    l.destination = u"https://missed-again.example/"_s;
    update(f, l);
    QVERIFY(q.exec(u"DELETE FROM link_changes"_s));
    QCOMPARE(polled(f), RedirectIndex::PollResult::Reloaded);
    QCOMPARE(f.index.stats().fullLoads, std::uint64_t(3));
    QCOMPARE(f.location("a"), std::string("https://missed-again.example/"));
    QCOMPARE(polled(f), RedirectIndex::PollResult::Unchanged);
}

// A bulk change is read MaxBatch changes at a time, and an overlay grown past MaxOverlay keys
// is merged into the tables shard by shard: no whole reload either way.
void TestRedirectIndex::bulkChangesApplyInStepsAndMerge()
{
    Fixture f;
    QVERIFY(open(f));
    const auto loaded = f.index.load(f.conn);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    const int many = int(RedirectIndex::MaxBatch) + 1;
    QList<Link> batch;
    for (int i = 0; i < many; ++i)
        batch << link(u"bulk%1"_s.arg(i), u"https://bulk.example/%1"_s.arg(i));
    QVERIFY(LinkRepository(f.db).insertMany(batch).ok());
    QCOMPARE(polled(f), RedirectIndex::PollResult::Merged);
    QCOMPARE(f.index.current()->tableSize(), std::size_t(many));
    QVERIFY(f.index.current()->overlay->empty());
    RedirectIndex::Stats stats = f.index.stats();
    QCOMPARE(stats.batches, std::uint64_t(2));
    QCOMPARE(stats.merges, std::uint64_t(1));
    QCOMPARE(f.location("bulk0"), std::string("https://bulk.example/0"));
    QCOMPARE(f.location("bulk4096", "LOCALHOST:8080"), std::string("https://bulk.example/4096"));

    // Two steps each under MaxBatch whose keys add up past MaxOverlay, deletes among them.
    QSqlQuery q(f.conn);
    const int half = int(RedirectIndex::MaxOverlay / 2) + 1;
    QVERIFY(q.exec(u"UPDATE links SET destination = destination || '?1' WHERE id <= %1"_s.arg(half)));
    QCOMPARE(polled(f), RedirectIndex::PollResult::Applied);
    QCOMPARE(f.index.current()->overlay->size(), std::size_t(half));
    QVERIFY(q.exec(
        u"UPDATE links SET destination = destination || '?2' WHERE id > %1 AND id <= %2"_s.arg(half).arg(2 * half)));
    QVERIFY(q.exec(u"DELETE FROM links WHERE slug IN ('bulk0', 'bulk4095')"_s));
    QCOMPARE(polled(f), RedirectIndex::PollResult::Merged);
    QVERIFY(f.index.current()->overlay->empty());
    QCOMPARE(f.index.current()->tableSize(), std::size_t(many - 2));
    QCOMPARE(f.location("bulk0"), std::string("(none)"));
    QCOMPARE(f.location("bulk4095"), std::string("(none)"));
    QCOMPARE(f.location("bulk1"), std::string("https://bulk.example/1?1"));
    const std::string next = std::to_string(half);
    QCOMPARE(f.location("bulk" + next), "https://bulk.example/" + next + "?2");
    QCOMPARE(f.location("bulk4096"), std::string("https://bulk.example/4096?2"));
    stats = f.index.stats();
    QCOMPARE(stats.fullLoads, std::uint64_t(1));
    QCOMPARE(stats.merges, std::uint64_t(2));
}

// The API publishes at once; the next poll puts what the database says over it, so a late or
// stale call cannot leave a redirect the database does not have.
void TestRedirectIndex::apiChangesAreCheckedAgainstDatabase()
{
    Fixture f;
    QVERIFY(open(f));
    add(f, u"kept"_s, u"https://kept.example/"_s);
    const auto loaded = f.index.load(f.conn);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    RedirectEntry e;
    e.linkId = 99;
    f.index.upsert("localhost:8080", "ghost", "https://ghost.example/", e);
    f.index.upsert("LOCALHOST:8080", "kept", "https://stale.example/", e);
    QCOMPARE(f.location("ghost"), std::string("https://ghost.example/"));
    QCOMPARE(f.location("kept"), std::string("https://stale.example/"));
    QCOMPARE(polled(f), RedirectIndex::PollResult::Applied);
    QCOMPARE(f.location("ghost"), std::string("(none)"));
    QCOMPARE(f.location("kept"), std::string("https://kept.example/"));
    f.index.remove("localhost:8080", "kept");
    QCOMPARE(f.location("kept"), std::string("(none)"));
    QCOMPARE(polled(f), RedirectIndex::PollResult::Applied);
    QCOMPARE(f.location("kept"), std::string("https://kept.example/"));
    QCOMPARE(f.index.stats().fullLoads, std::uint64_t(1));
}

// I/O threads read while the poller publishes edits and merges the overlay into the tables:
// each lookup sees the link before or after an edit, never anything else (and ASan/TSan
// builds see no race).
void TestRedirectIndex::readersSeeOldOrNewDuringChanges()
{
    Fixture f;
    QVERIFY(open(f));
    const qint64 id = add(f, u"hot"_s, u"https://v0.example/"_s);
    QList<Link> others;   // enough for a merge of the overlay into the tables
    for (int i = 0; i <= int(RedirectIndex::MaxOverlay); ++i)
        others << link(u"other%1"_s.arg(i), u"https://other.example/"_s);
    QVERIFY(LinkRepository(f.db).insertMany(others).ok());
    const auto loaded = f.index.load(f.conn);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    std::atomic<bool> done{false};
    std::atomic<int> bad{0};
    std::atomic<long> lookups{0};
    std::vector<std::thread> readers;
    for (int t = 0; t < 2; ++t) {
        readers.emplace_back([&] {
            IndexReader reader(f.index);
            while (!done.load()) {
                const auto e = reader.snapshot().find("localhost:8080", "hot", reader.scratch);
                if (!e || !e->location.starts_with("https://v") || !e->location.ends_with(".example/"))
                    bad.fetch_add(1);
                if (!reader.snapshot().find("localhost:8080", "other7", reader.scratch))
                    bad.fetch_add(1);
                lookups.fetch_add(1);
            }
        });
    }
    Link l = get(f, id);
    for (int i = 1; i <= 50; ++i) {
        l.destination = u"https://v%1.example/"_s.arg(i);
        update(f, l);
        QCOMPARE(polled(f), RedirectIndex::PollResult::Applied);
    }
    QSqlQuery q(f.conn);
    QVERIFY(q.exec(u"UPDATE links SET destination = 'https://other.example/?merged' WHERE slug LIKE 'other%'"_s));
    QCOMPARE(polled(f), RedirectIndex::PollResult::Merged);
    done = true;
    for (std::thread &t : readers)
        t.join();
    QCOMPARE(bad.load(), 0);
    QVERIFY(lookups.load() > 0);
    QCOMPARE(f.location("hot"), std::string("https://v50.example/"));
    QCOMPARE(f.location("other7"), std::string("https://other.example/?merged"));
    QCOMPARE(f.index.stats().fullLoads, std::uint64_t(1));
}

// A version 2 database (before the change log) is upgraded: its links load, and changes from
// then on are logged.
void TestRedirectIndex::upgradesVersion2Database()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v2.sqlite"_s);
    {
        Database old;
        QVERIFY(old.open(path, Database::migrations().mid(0, 2)).ok());
        QCOMPARE(old.schemaVersion(), 2);
        QSqlQuery q(old.connection());
        QVERIFY(
            q.exec(u"INSERT INTO links(account_id, domain, slug, short_url, destination, created_at, updated_at) "
                   "VALUES (1, 'localhost:8080', 'old', 'http://localhost:8080/old', 'https://old.example/', 0, 0)"_s));
    }
    Fixture f;
    QVERIFY(f.db.open(path).ok());
    f.conn = f.db.connection();
    QCOMPARE(f.db.schemaVersion(), Database::latestVersion());
    const auto loaded = f.index.load(f.conn);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QCOMPARE(f.index.current()->changeSeq, std::int64_t(0));
    QCOMPARE(f.location("old"), std::string("https://old.example/"));
    add(f, u"new"_s, u"https://new.example/"_s);
    QCOMPARE(polled(f), RedirectIndex::PollResult::Applied);
    QCOMPARE(f.location("new"), std::string("https://new.example/"));
    QCOMPARE(f.index.stats().fullLoads, std::uint64_t(1));
}

// Through the database, the change log and the API's overlay: strict keeps Case-x and case-x
// apart (the database takes both now); loose finds either way.
void TestRedirectIndex::strictAndLooseSlugsThroughChanges()
{
    Fixture f;
    QVERIFY(open(f));
    const qint64 upper = add(f, u"Case-x"_s, u"https://upper.example/"_s);
    QVERIFY(upper > 0);
    QVERIFY(add(f, u"case-x"_s, u"https://lower.example/"_s) > 0);   // schema v7: another link
    const auto loaded = f.index.load(f.conn);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QCOMPARE(f.location("Case-x"), std::string("https://upper.example/"));
    QCOMPARE(f.location("case-x"), std::string("https://lower.example/"));
    QCOMPARE(f.location("CASE-X"), std::string("(none)"));

    Link l = get(f, upper);
    l.destination = u"https://upper-2.example/"_s;
    update(f, l);
    QCOMPARE(polled(f), RedirectIndex::PollResult::Applied);   // through the overlay
    QCOMPARE(f.location("Case-x"), std::string("https://upper-2.example/"));
    QCOMPARE(f.location("case-x"), std::string("https://lower.example/"));
    f.index.upsert("localhost:8080", "New-One", "https://new.example/", RedirectEntry{});
    QCOMPARE(f.location("New-One"), std::string("https://new.example/"));
    QCOMPARE(f.location("new-one"), std::string("(none)"));

    RedirectIndex loose(SlugCase::Insensitive);
    const auto looseLoaded = loose.load(f.conn);
    QVERIFY2(looseLoaded.ok(), qPrintable(looseLoaded.error().message));
    std::string scratch;
    QVERIFY(loose.current()->find("localhost:8080", "CASE-X", scratch));
    loose.upsert("localhost:8080", "New-One", "https://new.example/", RedirectEntry{});
    const auto found = loose.current()->find("localhost:8080", "new-ONE", scratch);
    QVERIFY(found);
    QCOMPARE(found->location, std::string_view("https://new.example/"));
}

QTEST_GUILESS_MAIN(TestRedirectIndex)
#include "tst_redirectindex.moc"
