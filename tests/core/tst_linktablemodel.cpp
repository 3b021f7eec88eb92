#include "core/database.h"
#include "core/linkrepository.h"
#include "core/linktablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

class TestLinkTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsRowsPageByPage();
    void filterNarrows();
    void sortRunsInSql();
    void followsRepositoryChanges();
    void cacheIsBounded();
    void firstPageBeforeTheCount();
    void fetchMoreWhileCounting();
    void sortWhileCounting();
    void farPagesReadBackwards();
    void countsInTheBackground();

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LinkRepository> m_links;
};

namespace {

QList<Link> sampleLinks()
{
    QList<Link> links;
    for (int i = 0; i < 1000; ++i) {
        Link l;
        l.accountId = 1;
        l.domain = u"go.example"_s;
        l.slug = u"slug%1"_s.arg(i, 4, 10, QChar(u'0'));
        l.shortUrl = u"https://go.example/"_s + l.slug;
        l.destination = i % 10 == 0 ? u"https://shop.example/?utm_campaign=winter"_s : u"https://blog.example/post"_s;
        l.title = u"Title %1"_s.arg(i);
        l.clicks = i;
        l.createdAt = QDateTime::fromSecsSinceEpoch(1'700'000'000 + i, Qt::UTC);
        links << l;
    }
    return links;
}

// A query's rows are counted after its first page is shown.
bool countArrives(const LinkTableModel &model)
{
    return QTest::qWaitFor([&model] { return !model.isCounting(); });
}

QList<qint64> idsOf(const LinkTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(LinkTableModel::LinkIdRole).toLongLong();
    return ids;
}

QList<qint64> idsOf(const QList<Link> &links)
{
    QList<qint64> ids;
    for (const Link &l : links)
        ids << l.id;
    return ids;
}

} // namespace

void TestLinkTableModel::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(u":memory:"_s).ok());
    m_links = std::make_unique<LinkRepository>(*m_db);
    QVERIFY(m_links->insertMany(sampleLinks()).ok());
}

void TestLinkTableModel::cleanup()
{
    m_links.reset();
    m_db.reset();
}

void TestLinkTableModel::showsRowsPageByPage()
{
    LinkTableModel model(*m_links);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(countArrives(model));
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.totalCount(), 1000);
    QCOMPARE(model.columnCount(), int(LinkTableModel::ColumnCount));
    // Newest first by default.
    QCOMPARE(model.index(0, LinkTableModel::ShortUrl).data().toString(), u"go.example/slug0999"_s);
    QCOMPARE(model.index(999, LinkTableModel::ShortUrl).data().toString(), u"go.example/slug0000"_s);
    QCOMPARE(model.index(500, LinkTableModel::Clicks).data(LinkTableModel::RawValueRole).toLongLong(), 499);
    QCOMPARE(model.index(0, LinkTableModel::Campaign).data().toString(), QString());
    QCOMPARE(model.index(9, LinkTableModel::Campaign).data().toString(), u"winter"_s);
    QCOMPARE(model.headerData(LinkTableModel::Destination, Qt::Horizontal).toString(), u"Destination"_s);
    QVERIFY(model.linkAt(3));
    QCOMPARE(model.linkAt(3)->slug, u"slug0996"_s);
}

void TestLinkTableModel::filterNarrows()
{
    LinkTableModel model(*m_links);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilterText(u"winter"_s);
    QCOMPARE(model.rowCount(), 100);   // under a page: counted with it
    QVERIFY(!model.isCounting());
    QTRY_COMPARE(model.totalCount(), 1000);
    model.setFilterText(u"slug0042"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, LinkTableModel::Title).data().toString(), u"Title 42"_s);
    QCOMPARE(model.totalCount(), 1000);   // kept while the links stay the same
    model.setFilterText(QString());
    QVERIFY(countArrives(model));
    QCOMPARE(model.rowCount(), 1000);
}

void TestLinkTableModel::sortRunsInSql()
{
    LinkTableModel model(*m_links);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(countArrives(model));
    model.sort(LinkTableModel::Clicks, Qt::AscendingOrder);
    QCOMPARE(model.index(0, LinkTableModel::Clicks).data(LinkTableModel::RawValueRole).toLongLong(), 0);
    QCOMPARE(model.index(999, LinkTableModel::Clicks).data(LinkTableModel::RawValueRole).toLongLong(), 999);
    model.sort(LinkTableModel::Title, Qt::DescendingOrder);
    QCOMPARE(model.index(0, LinkTableModel::Title).data().toString(), u"Title 999"_s);
}

void TestLinkTableModel::followsRepositoryChanges()
{
    LinkTableModel model(*m_links);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Link l;
    l.accountId = 1;
    l.domain = u"go.example"_s;
    l.slug = u"fresh"_s;
    l.shortUrl = u"https://go.example/fresh"_s;
    l.destination = u"https://example.com/"_s;
    l.createdAt = QDateTime::currentDateTimeUtc();
    const auto stored = m_links->insert(l);
    QVERIFY(stored.ok());
    QCOMPARE(reset.count(), 1);
    QVERIFY(countArrives(model));
    QCOMPARE(model.rowCount(), 1001);
    QCOMPARE(model.index(0, LinkTableModel::ShortUrl).data().toString(), u"go.example/fresh"_s);
    QVERIFY(m_links->remove(stored->id).ok());
    QVERIFY(countArrives(model));
    QCOMPARE(model.rowCount(), 1000);
}

void TestLinkTableModel::cacheIsBounded()
{
    LinkTableModel model(*m_links);
    QVERIFY(countArrives(model));
    // Touch every row twice, in both directions: the model never holds more than its cache.
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(pass ? 999 - row : row, 0).data().isValid());
    }
    QVERIFY(model.index(0, 0).data().isValid());
}

void TestLinkTableModel::firstPageBeforeTheCount()
{
    LinkTableModel model(*m_links);
    QVERIFY(countArrives(model));
    QSignalSpy counted(&model, &LinkTableModel::countChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setFilterText(u"blog"_s);   // 900 rows
    // The first page is there at once; the rest follows the count.
    QVERIFY(model.isCounting());
    QCOMPARE(model.rowCount(), int(LinkTableModel::PageSize));
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.index(0, LinkTableModel::ShortUrl).data().toString(), u"go.example/slug0999"_s);
    QCOMPARE(model.totalCount(), 1000);
    QVERIFY(countArrives(model));
    QCOMPARE(model.rowCount(), 900);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(counted.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), int(LinkTableModel::PageSize));
    QCOMPARE(inserted.constFirst().at(2).toInt(), 899);
    LinkQuery q = model.query();
    QCOMPARE(idsOf(model), idsOf(m_links->fetch(q, 0, 1000, LinkRepository::FetchPlan::MatchSet)));
}

void TestLinkTableModel::fetchMoreWhileCounting()
{
    LinkTableModel model(*m_links);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(countArrives(model));
    model.setFilterText(u"blog"_s);
    QSignalSpy counted(&model, &LinkTableModel::countChanged);
    // A view scrolled to the end of what is loaded asks for more before the count is in.
    while (model.canFetchMore({}))
        model.fetchMore({});
    // The short last page told the count; the count running meanwhile is not applied again.
    QVERIFY(!model.isCounting());
    QCOMPARE(model.rowCount(), 900);
    QCOMPARE(counted.count(), 1);
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 900);
    QCOMPARE(counted.count(), 1);
    QCOMPARE(idsOf(model), idsOf(m_links->fetch(model.query(), 0, 1000, LinkRepository::FetchPlan::MatchSet)));
}

void TestLinkTableModel::sortWhileCounting()
{
    LinkTableModel model(*m_links);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(countArrives(model));
    model.setFilterText(u"blog"_s);
    model.sort(LinkTableModel::Clicks, Qt::AscendingOrder);
    QVERIFY(model.isCounting());   // the same rows: the count goes on
    QVERIFY(countArrives(model));
    QCOMPARE(model.rowCount(), 900);
    QCOMPARE(model.index(0, LinkTableModel::Clicks).data(LinkTableModel::RawValueRole).toLongLong(), 1);
    QCOMPARE(model.index(899, LinkTableModel::Clicks).data(LinkTableModel::RawValueRole).toLongLong(), 999);
}

void TestLinkTableModel::farPagesReadBackwards()
{
    // Pages past the middle of a counted result are read from its end; they are the same rows.
    LinkTableModel model(*m_links);
    for (const QString &text : {QString(), u"blog"_s, u"sl"_s}) {
        for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.setFilterText(text);
            model.sort(LinkTableModel::Title, order);
            QVERIFY(countArrives(model));
            const QList<qint64> expected = idsOf(m_links->fetch(model.query(), 0, 1000, LinkRepository::FetchPlan::MatchSet));
            QList<qint64> fromTheEnd;
            for (int row = model.rowCount() - 1; row >= 0; --row)
                fromTheEnd.prepend(model.index(row, 0).data(LinkTableModel::LinkIdRole).toLongLong());
            QCOMPARE(fromTheEnd, expected);
        }
    }
}

void TestLinkTableModel::countsInTheBackground()
{
    // On a database file the count runs in a pool thread with its own connection.
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"links.sqlite"_s)).ok());
    LinkRepository links(db);
    QVERIFY(links.insertMany(sampleLinks()).ok());
    LinkTableModel model(links);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(countArrives(model));
    QCOMPARE(model.rowCount(), 1000);
    // A newer query's rows win over an older count still running.
    model.setFilterText(u"blog"_s);
    QVERIFY(model.isCounting());
    model.setFilterText(u"post"_s);
    QVERIFY(model.isCounting());
    model.setFilterText(u"winter"_s);
    QVERIFY(!model.isCounting());
    QCOMPARE(model.rowCount(), 100);
    QTest::qWait(200);
    QCOMPARE(model.rowCount(), 100);
    model.setFilterText(u"post"_s);
    QVERIFY(countArrives(model));
    QCOMPARE(model.rowCount(), 900);
    QCOMPARE(model.totalCount(), 1000);
}

QTEST_GUILESS_MAIN(TestLinkTableModel)
#include "tst_linktablemodel.moc"
