// The filter box's fast paths give exactly the rows of the plain query: the same rows in the
// same order, for broad, narrow, short and empty terms, on every sort column in both orders.

#include "core/base/sqlite.h"
#include "core/base/trigrammatch.h"
#include "core/storage/clickrollups.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

class TestLinkFilter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void plansGiveTheSameRows_data();
    void plansGiveTheSameRows();
    void matchFunctionAgreesWithTheIndex_data();
    void matchFunctionAgreesWithTheIndex();
    void keptOrderFollowsEditsElsewhere();
    void planAfterWalkWeighsWalkingAgainstSorting();
    void countAsync();
    void countAsyncInMemory();

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LinkRepository> m_links;
    // The same links in a file: the plans over collected matches, and orders kept in memory
    // (read on a connection of their own).
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_fileDb;
    std::unique_ptr<LinkRepository> m_fileLinks;
};

namespace {

constexpr int LinkCount = 2000;

QList<qint64> idsOf(const QList<Link> &links)
{
    QList<qint64> ids;
    ids.reserve(links.size());
    for (const Link &l : links)
        ids << l.id;
    return ids;
}

// A few thousand links shaped like the benchmark's million: "newsletter" in about half,
// titles and tags starting with "pr" in about a third, some campaigns in a few links only,
// and text beyond ASCII that the index folds (Ü, ß, final sigma, the Kelvin sign).
QList<Link> sampleLinks()
{
    const QStringList sources{u"newsletter"_s, u"facebook"_s, u"google"_s, u"press"_s};
    const QStringList campaigns{u"spring-sale"_s, u"black-friday"_s, u"newsletter-weekly"_s, u"Summer-26"_s};
    const QStringList titles{u"Press release %1"_s, u"Product %1"_s,      u"Pricing %1"_s, u"Blog post %1"_s,
                             u"ÜBER UNS %1"_s,      u"Große Straße %1"_s, u"ΣΑΣ %1"_s,     u"\u212Aelvin %1"_s,
                             u"Quote \"q\" %1"_s,   u"100%_x %1"_s,       QString()};
    const QStringList tags{u"pr"_s, u"print"_s, u"promo"_s, u"email"_s, u"Web"_s};
    QList<Link> links;
    quint32 seed = 12345;
    const auto next = [&seed](int n) {
        seed = seed * 1103515245u + 12345u;
        return int((seed >> 8) % quint32(n));
    };
    for (int i = 0; i < LinkCount; ++i) {
        Link l;
        l.accountId = 1;
        l.domain = u"go.example"_s;
        // Random back-halves (some start with "pr" or "zq"), a few sharing a title or click count.
        l.slug = (i % 97 == 0        ? u"pr"_s
                      : i % 331 == 0 ? u"zq"_s
                                     : QString())
            + QString::number(seed % 1000003, 36) + u'-' + QString::number(i, 36);
        l.shortUrl = u"https://go.example/"_s + l.slug;
        l.destination = u"https://shop%1.example.com/item-%2"_s.arg(next(40)).arg(i);
        if (next(10) < 8) {
            const QString campaign = i % 211 == 5 ? u"campaign-%1"_s.arg(i % 3, 3, 10, QChar(u'0'))
                                                  : campaigns.at(next(int(campaigns.size())));
            l.destination += u"?utm_source="_s + sources.at(next(int(sources.size()))) + u"&utm_campaign="_s + campaign;
        }
        const QString title = titles.at(next(int(titles.size())));
        l.title = title.isEmpty() ? QString() : title.arg(next(50));
        const int tagCount = next(3);
        for (int t = 0; t < tagCount; ++t) {
            const QString &tag = tags.at(next(int(tags.size())));
            if (!l.tags.contains(tag))
                l.tags << tag;
        }
        l.clicks = next(5) == 0 ? next(1000) : next(4);   // many ties
        l.createdAt = QDateTime::fromSecsSinceEpoch(1'700'000'000 + i * 60 + next(120), Qt::UTC);
        links << l;
    }
    return links;
}

}   // namespace

void TestLinkFilter::initTestCase()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(u":memory:"_s).ok());
    m_links = std::make_unique<LinkRepository>(*m_db);
    QVERIFY(m_links->insertMany(sampleLinks()).ok());
    m_fileDb = std::make_unique<Database>();
    QVERIFY(m_fileDb->open(m_dir.filePath(u"links.sqlite"_s)).ok());
    m_fileLinks = std::make_unique<LinkRepository>(*m_fileDb);
    QVERIFY(m_fileLinks->insertMany(sampleLinks()).ok());
}

void TestLinkFilter::cleanupTestCase()
{
    m_fileLinks.reset();
    m_fileDb.reset();
    m_links.reset();
    m_db.reset();
}

void TestLinkFilter::plansGiveTheSameRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tag");
    QTest::newRow("broad") << u"newsletter"_s << QString();
    QTest::newRow("broad, other case") << u"NewsLETTER"_s << QString();
    QTest::newRow("broad, within a tag") << u"newsletter"_s << u"print"_s;
    QTest::newRow("medium") << u"spring-sale"_s << QString();
    QTest::newRow("narrow") << u"campaign-001"_s << QString();
    QTest::newRow("one link") << u"item-1234"_s << QString();
    QTest::newRow("two letters, broad") << u"pr"_s << QString();
    QTest::newRow("two letters, other case") << u"PR"_s << QString();
    QTest::newRow("two letters, rare") << u"zq"_s << QString();
    QTest::newRow("one letter") << u"p"_s << QString();
    QTest::newRow("one letter, within a tag") << u"b"_s << u"email"_s;
    QTest::newRow("nothing") << u"no-such-link"_s << QString();
    QTest::newRow("two letters, nothing") << u"qx"_s << QString();
    QTest::newRow("umlaut, folded") << u"über"_s << QString();
    QTest::newRow("sharp s") << u"STRAßE"_s << QString();
    QTest::newRow("final sigma") << u"σας"_s << QString();
    QTest::newRow("Kelvin sign as k") << u"kelvin"_s << QString();
    QTest::newRow("quotes") << u"\"q\""_s << QString();
    QTest::newRow("LIKE wildcards") << u"%_x"_s << QString();
    QTest::newRow("spaces around") << u"  shop1  "_s << QString();
    QTest::newRow("three units, two characters") << u"a\U0001F600"_s << QString();
}

void TestLinkFilter::plansGiveTheSameRows()
{
    QFETCH(QString, text);
    QFETCH(QString, tag);
    using Plan = LinkRepository::FetchPlan;
    for (int key = int(LinkQuery::SortKey::ShortUrl); key <= int(LinkQuery::SortKey::Created); ++key) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            LinkQuery q;
            q.text = text;
            q.tag = tag;
            q.sortKey = LinkQuery::SortKey(key);
            q.order = order;
            const QByteArray where =
                "sort key " + QByteArray::number(key) + (order == Qt::AscendingOrder ? " asc" : " desc");
            const QList<qint64> plain = idsOf(m_links->fetch(q, 0, LinkCount, Plan::MatchSet));
            QVERIFY2(plain.size() == m_links->count(q), where.constData());
            for (const Plan plan : {Plan::SortWalk, Plan::IndexOverMatchSet, Plan::SortedMatchSet, Plan::AfterWalk}) {
                QVERIFY2(idsOf(m_links->fetch(q, 0, LinkCount, plan)) == plain, where.constData());
                QVERIFY2(idsOf(m_links->fetch(q, 70, 50, plan)) == plain.mid(70, 50), where.constData());
            }
            // In a file, also along the order kept in memory (ids are the same: same inserts).
            QVERIFY2(idsOf(m_fileLinks->fetch(q, 0, LinkCount, Plan::MatchSet)) == plain, where.constData());
            for (const Plan plan : {Plan::KeptOrder, Plan::AfterWalk, Plan::IndexOverMatchSet, Plan::SortedMatchSet}) {
                QVERIFY2(idsOf(m_fileLinks->fetch(q, 0, LinkCount, plan)) == plain, where.constData());
                QVERIFY2(idsOf(m_fileLinks->fetch(q, 70, 50, plan)) == plain.mid(70, 50), where.constData());
            }
            // The automatic plan's pages join up to the same list.
            QList<qint64> paged;
            for (qint64 offset = 0; offset < plain.size(); offset += 600)
                paged << idsOf(m_links->fetch(q, offset, 600));
            QVERIFY2(paged == plain, where.constData());
            QVERIFY2(idsOf(m_links->fetch(q, 0, 50)) == plain.mid(0, 50), where.constData());
        }
    }
}

void TestLinkFilter::matchFunctionAgreesWithTheIndex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("ASCII") << u"Hello World"_s << u"LO W"_s;
    QTest::newRow("ASCII, no match") << u"Hello World"_s << u"low"_s;
    QTest::newRow("umlaut") << u"ÜBER"_s << u"über"_s;
    QTest::newRow("ASCII pattern, text beyond") << u"Straße Nr. 1"_s << u"nr. 1"_s;
    QTest::newRow("final sigma") << u"ΣΑΣ"_s << u"σας"_s;
    QTest::newRow("Kelvin sign") << u"\u212Aelvin"_s << u"kel"_s;
    QTest::newRow("Kelvin sign in the pattern") << u"kelvin"_s << u"\u212Ael"_s;
    QTest::newRow("dotted capital I") << u"İstanbul"_s << u"istanbul"_s;
    QTest::newRow("two characters") << u"ab"_s << u"ab"_s;
    QTest::newRow("emoji") << u"x\U0001F600yz"_s << u"\U0001F600yz"_s;
    QTest::newRow("pattern of two characters") << u"a\U0001F600"_s << u"a\U0001F600"_s;
    QTest::newRow("longer than the text") << u"abc"_s << u"abcd"_s;
}

void TestLinkFilter::matchFunctionAgreesWithTheIndex()
{
    QFETCH(QString, text);
    QFETCH(QString, pattern);
    // Each text in a table of its own with the same tokenizer as links_fts, asked both ways.
    Database db;
    QVERIFY(db.open(u":memory:"_s, {}).ok());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"CREATE VIRTUAL TABLE t USING fts5(a, b, tokenize='trigram')"_s));
    QVERIFY(q.prepare(u"INSERT INTO t(rowid, a, b) VALUES (1, ?, 'other column')"_s));
    q.addBindValue(text);
    QVERIFY(q.exec());
    QVERIFY(q.prepare(u"SELECT count(*) FROM t WHERE t MATCH ?"_s));
    q.addBindValue(QString(u'"' + QString(pattern).replace(u'"', u"\"\""_s) + u'"'));
    QVERIFY(q.exec() && q.next());
    const bool indexed = q.value(0).toInt() == 1;
    QVERIFY(TrigramMatch::ensureRegistered(sqliteHandle(db.connection())));
    QVERIFY(q.prepare(u"SELECT %1(?, a, b) FROM t"_s.arg(QLatin1StringView(TrigramMatch::FunctionName))));
    q.addBindValue(pattern);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt() == 1, indexed);
}

// An order kept in memory is used only while it holds: after links are edited, added or
// removed, by this app or by another program (linkdeck-cli, the server's API), it is read
// again, and the page is the plain query's.
void TestLinkFilter::keptOrderFollowsEditsElsewhere()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"links.sqlite"_s);
    Database db;
    QVERIFY(db.open(path).ok());
    LinkRepository links(db);
    QVERIFY(links.insertMany(sampleLinks()).ok());
    Database elsewhere;   // another program's connection to the same file
    QVERIFY(elsewhere.open(path).ok());
    QSqlQuery other(elsewhere.connection());

    using Plan = LinkRepository::FetchPlan;
    const auto samePage = [&](const LinkQuery &q) {
        return idsOf(links.fetch(q, 0, 100, Plan::KeptOrder)) == idsOf(links.fetch(q, 0, 100, Plan::MatchSet));
    };
    const auto matchingIds = [&](const LinkQuery &q) { return idsOf(links.fetch(q, 0, LinkCount, Plan::MatchSet)); };

    struct Edit
    {
        LinkQuery::SortKey sortKey;
        const char *column;
        QString value;   // comes first in descending order
    };
    const QList<Edit> edits{
        {LinkQuery::SortKey::Title, "title", u"\U0010FFFF last"_s},
        {LinkQuery::SortKey::Tags, "tags", u"\U0010FFFF last"_s},
        {LinkQuery::SortKey::Campaign, "campaign", u"\U0010FFFF last"_s},
        {LinkQuery::SortKey::Created, "created_at", u"9000000000000"_s},
        {LinkQuery::SortKey::Destination, "destination", u"\U0010FFFF last"_s},
        {LinkQuery::SortKey::ShortUrl, "slug", u"\U0010FFFF last"_s},
    };
    for (const Edit &edit : edits) {
        LinkQuery q;
        q.text = u"spring-sale"_s;
        q.sortKey = edit.sortKey;
        q.order = Qt::DescendingOrder;
        QVERIFY2(samePage(q), edit.column);
        // The last of the matches moves to the front, written by the other program.
        const qint64 last = matchingIds(q).constLast();
        QVERIFY(other.prepare(u"UPDATE links SET %1 = ? WHERE id = ?"_s.arg(QLatin1StringView(edit.column))));
        other.addBindValue(edit.sortKey == LinkQuery::SortKey::Created ? QVariant(edit.value.toLongLong())
                                                                       : QVariant(edit.value));
        other.addBindValue(last);
        QVERIFY(other.exec());
        const QList<qint64> page = idsOf(links.fetch(q, 0, 100, Plan::KeptOrder));
        QVERIFY2(!page.isEmpty() && page.first() == last, edit.column);
        QVERIFY2(samePage(q), edit.column);
        q.order = Qt::AscendingOrder;
        QVERIFY2(samePage(q), edit.column);
    }

    // A link added, then one removed, elsewhere.
    LinkQuery q;
    q.text = u"spring-sale"_s;
    q.sortKey = LinkQuery::SortKey::Title;
    q.order = Qt::DescendingOrder;
    QVERIFY(samePage(q));
    QVERIFY(other.prepare(
        u"INSERT INTO links(account_id, domain, slug, short_url, destination, title, created_at, updated_at) "
        u"VALUES (1, 'go.example', 'added', 'https://go.example/added', "
        u"'https://shop.example/?utm_campaign=spring-sale', ?, 1, 1)"_s));
    other.addBindValue(u"\U0010FFFF zz added"_s);   // after the edited title above
    QVERIFY2(other.exec(), qPrintable(other.lastError().text()));
    QCOMPARE(links.fetch(q, 0, 1, Plan::KeptOrder).value(0).slug, u"added"_s);
    QVERIFY(samePage(q));
    QVERIFY(other.exec(u"DELETE FROM links WHERE slug = 'added'"_s));
    QVERIFY(samePage(q));
}

// After a walk that found no page: a page that ends early along the order is found by walking
// the index, while a few matches at its far end are sorted instead; an order kept in memory
// is taken when there is one.
void TestLinkFilter::planAfterWalkWeighsWalkingAgainstSorting()
{
    using Plan = LinkRepository::FetchPlan;
    LinkQuery q;
    q.text = u"newsletter"_s;   // about half the links, spread over their creation
    q.sortKey = LinkQuery::SortKey::Created;
    q.order = Qt::AscendingOrder;
    QCOMPARE(m_links->planAfterWalk(q, 0, 50), Plan::IndexOverMatchSet);
    q.text = u"campaign-001"_s;   // a few links, behind every other campaign in descending order
    q.sortKey = LinkQuery::SortKey::Campaign;
    q.order = Qt::DescendingOrder;
    QCOMPARE(m_links->planAfterWalk(q, 0, 50), Plan::SortedMatchSet);
    // Too few links to keep their orders by themselves; once kept, the order is taken.
    m_fileLinks->keptOrders().clear();
    QCOMPARE(m_fileLinks->planAfterWalk(q, 0, 50), Plan::SortedMatchSet);
    m_fileLinks->fetch(q, 0, 50, Plan::KeptOrder);
    QCOMPARE(m_fileLinks->planAfterWalk(q, 0, 50), Plan::KeptOrder);
    q.sortKey = LinkQuery::SortKey::Clicks;   // never kept: the server moves the counts
    QVERIFY(m_fileLinks->planAfterWalk(q, 0, 50) != Plan::KeptOrder);
}

void TestLinkFilter::countAsync()
{
    // A database file: the count runs in a pool thread on a connection of its own.
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"links.sqlite"_s)).ok());
    LinkRepository links(db);
    QVERIFY(links.insertMany(sampleLinks()).ok());
    LinkQuery q;
    q.text = u"newsletter"_s;
    QFuture<qint64> future = links.countAsync(q);
    QTRY_VERIFY(future.isFinished());
    QCOMPARE(future.resultCount(), 1);
    QCOMPARE(future.result(), links.count(q));
    QVERIFY(future.result() > LinkCount / 4);

    QFuture<qint64> cancelled = links.countAsync(q);
    cancelled.cancel();
    QTRY_VERIFY(cancelled.isFinished());
    QVERIFY(cancelled.isCanceled());
}

void TestLinkFilter::countAsyncInMemory()
{
    // Only its own connection sees an in-memory database: counted from the event loop.
    LinkQuery q;
    q.text = u"pr"_s;
    QFuture<qint64> future = m_links->countAsync(q);
    QVERIFY(!future.isFinished());
    QTRY_VERIFY(future.isFinished());
    QCOMPARE(future.result(), m_links->count(q));
}

QTEST_GUILESS_MAIN(TestLinkFilter)
#include "tst_linkfilter.moc"
