#include "core/models/linktablemodel.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"

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
    void editChangesOneRow();
    void editMovesTheRow();
    void editIntoAndOutOfTheFilter();
    void insertGoesWhereItSorts();
    void removeRemovesOneRow();
    void rowOfLoadsThePage();
    void rowOfWhileCounting();
    void manyChangesReadAgain();

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

}   // namespace

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
    QVERIFY(countArrives(model));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy counted(&model, &LinkTableModel::countChanged);
    Link l;
    l.accountId = 1;
    l.domain = u"go.example"_s;
    l.slug = u"fresh"_s;
    l.shortUrl = u"https://go.example/fresh"_s;
    l.destination = u"https://example.com/"_s;
    l.createdAt = QDateTime::currentDateTimeUtc();
    const auto stored = m_links->insert(l);
    QVERIFY(stored.ok());
    // The newest link comes first: one row inserted there, nothing read again.
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 0);
    QVERIFY(!model.isCounting());
    QCOMPARE(model.rowCount(), 1001);
    QCOMPARE(model.totalCount(), 1001);
    QCOMPARE(counted.count(), 1);
    QCOMPARE(model.index(0, LinkTableModel::ShortUrl).data().toString(), u"go.example/fresh"_s);
    QVERIFY(m_links->remove(stored->id).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.totalCount(), 1000);
    QCOMPARE(reset.count(), 0);
    // The rows of the page around a new or deleted link stay read: editing one at once,
    // before any view asked for it again, changes it in place too.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const auto again = m_links->insert(l);
    Link neighbour = m_links->fetch(model.query(), 5, 1).constFirst();
    neighbour.title = u"Neighbour"_s;
    QVERIFY(m_links->update(neighbour));
    QVERIFY(m_links->remove(again->id));
    neighbour.title = u"Neighbour again"_s;
    QVERIFY(m_links->update(neighbour));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.index(4, LinkTableModel::Title).data().toString(), u"Neighbour again"_s);
    QCOMPARE(idsOf(model), idsOf(m_links->fetch(model.query(), 0, 1000)));
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
            const QList<qint64> expected =
                idsOf(m_links->fetch(model.query(), 0, 1000, LinkRepository::FetchPlan::MatchSet));
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

namespace {

Link newLink(const QString &slug, const QDateTime &createdAt,
             const QString &destination = u"https://blog.example/new"_s)
{
    Link l;
    l.accountId = 1;
    l.domain = u"go.example"_s;
    l.slug = slug;
    l.shortUrl = u"https://go.example/"_s + slug;
    l.destination = destination;
    l.createdAt = createdAt;
    return l;
}

// The model's rows are the query's, row by row.
bool sameAsTheDatabase(const LinkTableModel &model, const LinkRepository &links)
{
    return idsOf(model) == idsOf(links.fetch(model.query(), 0, 100000, LinkRepository::FetchPlan::MatchSet));
}

}   // namespace

void TestLinkTableModel::editChangesOneRow()
{
    LinkTableModel model(*m_links);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(countArrives(model));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    Link link = *model.linkAt(5);
    link.title = u"Edited"_s;
    QVERIFY(m_links->update(link));
    QVERIFY(reset.isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 5);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 5);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), LinkTableModel::ColumnCount - 1);
    QVERIFY(inserted.isEmpty() && removed.isEmpty());
    QCOMPARE(model.index(5, LinkTableModel::Title).data().toString(), u"Edited"_s);
    QCOMPARE(model.rowCount(), 1000);

    // A link on a page that was read and then evicted is read again when shown.
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 0).data().isValid());
    link = *model.linkAt(0);
    link.title = u"Edited too"_s;
    QVERIFY(m_links->update(link));
    QVERIFY(reset.isEmpty());
    QCOMPARE(model.index(0, LinkTableModel::Title).data().toString(), u"Edited too"_s);
    QVERIFY(sameAsTheDatabase(model, *m_links));
}

void TestLinkTableModel::editMovesTheRow()
{
    LinkTableModel model(*m_links);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(countArrives(model));
    model.sort(LinkTableModel::Title, Qt::AscendingOrder);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QPersistentModelIndex first = model.index(0, 0);
    Link link = *model.linkAt(0);
    QCOMPARE(link.title, u"Title 0"_s);
    link.title = u"Title 5000"_s;   // between "Title 500" and "Title 501"
    QVERIFY(m_links->update(link));
    QVERIFY(reset.isEmpty());
    QCOMPARE(moved.count(), 1);
    const int row = model.rowOf(link.id);
    QCOMPARE(model.index(row, LinkTableModel::Title).data().toString(), u"Title 5000"_s);
    QCOMPARE(model.index(row - 1, LinkTableModel::Title).data().toString(), u"Title 500"_s);
    QCOMPARE(model.index(row + 1, LinkTableModel::Title).data().toString(), u"Title 501"_s);
    QCOMPARE(first.row(), row);   // a selection follows the link
    QVERIFY(sameAsTheDatabase(model, *m_links));
}

void TestLinkTableModel::editIntoAndOutOfTheFilter()
{
    LinkTableModel model(*m_links);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilterText(u"winter"_s);   // 100 rows, all on the first page
    QCOMPARE(model.rowCount(), 100);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    Link leaving = *model.linkAt(10);
    leaving.destination = u"https://blog.example/post"_s;
    QVERIFY(m_links->update(leaving));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 10);
    QCOMPARE(model.rowCount(), 99);

    LinkQuery blog;
    blog.text = u"blog"_s;
    Link coming = m_links->fetch(blog, 500, 1).constFirst();
    coming.destination = u"https://shop.example/?utm_campaign=winter"_s;
    QVERIFY(m_links->update(coming));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.linkAt(inserted.at(0).at(1).toInt())->id, coming.id);
    QVERIFY(reset.isEmpty());
    QVERIFY(sameAsTheDatabase(model, *m_links));
}

void TestLinkTableModel::insertGoesWhereItSorts()
{
    LinkTableModel model(*m_links);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(countArrives(model));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // Newest first: created between links 699 and 700, it is row 300.
    const auto stored =
        m_links->insert(newLink(u"middle"_s, QDateTime::fromMSecsSinceEpoch(1'700'000'699'500, Qt::UTC)));
    QVERIFY(stored);
    QVERIFY(reset.isEmpty());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 300);
    QCOMPARE(model.rowCount(), 1001);
    QCOMPARE(model.rowOf(stored->id), 300);
    QCOMPARE(model.index(300, LinkTableModel::ShortUrl).data().toString(), u"go.example/middle"_s);
    // The first row of a page (between links 800 and 799).
    const auto edge = m_links->insert(newLink(u"edge"_s, QDateTime::fromMSecsSinceEpoch(1'700'000'799'500, Qt::UTC)));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 200);
    QCOMPARE(model.rowOf(edge->id), 200);
    QVERIFY(sameAsTheDatabase(model, *m_links));
    // Last by short link, far beyond the first page.
    model.sort(LinkTableModel::ShortUrl, Qt::AscendingOrder);
    const auto last = m_links->insert(newLink(u"zz-last"_s, QDateTime::currentDateTimeUtc()));
    QCOMPARE(model.rowOf(last->id), 1002);
    QCOMPARE(model.linkAt(1002)->slug, u"zz-last"_s);
    // Not shown by the filter: only the total changes.
    model.setFilterText(u"winter"_s);
    const int before = inserted.count();
    QVERIFY(m_links->insert(newLink(u"not-shown"_s, QDateTime::currentDateTimeUtc())));
    QCOMPARE(inserted.count(), before);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.totalCount(), 1004);
    QVERIFY(sameAsTheDatabase(model, *m_links));
}

void TestLinkTableModel::removeRemovesOneRow()
{
    LinkTableModel model(*m_links);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(countArrives(model));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QPersistentModelIndex after = model.index(4, 0);
    const qint64 afterId = after.data(LinkTableModel::LinkIdRole).toLongLong();
    QVERIFY(m_links->remove(model.linkAt(3)->id));
    QVERIFY(reset.isEmpty());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 3);
    QCOMPARE(removed.at(0).at(2).toInt(), 3);
    QCOMPARE(model.rowCount(), 999);
    QCOMPARE(model.totalCount(), 999);
    QCOMPARE(after.row(), 3);
    QCOMPARE(after.data(LinkTableModel::LinkIdRole).toLongLong(), afterId);
    // The last row of a page, the next page not read yet.
    QCOMPARE(model.loadedRowOf(model.linkAt(199)->id), 199);
    QCOMPARE(model.loadedRowOf(m_links->fetch(model.query(), 200, 1).constFirst().id), -1);
    QVERIFY(m_links->remove(model.linkAt(199)->id));
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.at(1).at(1).toInt(), 199);
    QVERIFY(reset.isEmpty());
    QVERIFY(sameAsTheDatabase(model, *m_links));
}

void TestLinkTableModel::rowOfLoadsThePage()
{
    LinkTableModel model(*m_links);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(countArrives(model));
    const Link far = m_links->fetch(model.query(), 750, 1).constFirst();
    QCOMPARE(model.loadedRowOf(far.id), -1);   // only the first page is read
    QCOMPARE(model.rowOf(far.id), 750);
    QCOMPARE(model.loadedRowOf(far.id), 750);
    model.setFilterText(u"winter"_s);
    QCOMPARE(model.rowOf(far.id), -1);   // not shown
}

void TestLinkTableModel::rowOfWhileCounting()
{
    LinkTableModel model(*m_links);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(LinkTableModel::ShortUrl, Qt::AscendingOrder);
    model.setFilterText(u"blog"_s);   // 900 rows; the first page now, the count later
    QVERIFY(model.isCounting());
    QCOMPARE(model.rowCount(), int(LinkTableModel::PageSize));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // A new link sorting last, as one made in the New Link dialog.
    const auto stored = m_links->insert(newLink(u"zz-new"_s, QDateTime::currentDateTimeUtc()));
    QVERIFY(stored);
    QVERIFY(reset.isEmpty());
    QCOMPARE(model.rowCount(), int(LinkTableModel::PageSize));   // beyond the rows read
    QCOMPARE(model.rowOf(stored->id), 900);
    QCOMPARE(model.linkAt(900)->id, stored->id);
    QVERIFY(!model.isCounting());   // the last page told the count
    QCOMPARE(model.rowCount(), 901);
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 901);
    QVERIFY(sameAsTheDatabase(model, *m_links));
    // A link inserted into the rows read while counting again: the rows after it move down.
    model.setFilterText(u"blog.example/p"_s);
    QVERIFY(model.isCounting());
    reset.clear();   // a new query is read anew
    const auto early =
        m_links->insert(newLink(u"a-early"_s, QDateTime::currentDateTimeUtc(), u"https://blog.example/p1"_s));
    QCOMPARE(model.rowCount(), int(LinkTableModel::PageSize) + 1);
    QCOMPARE(model.rowOf(early->id), 0);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 901);   // zz-new's destination is blog.example/new
    QVERIFY(sameAsTheDatabase(model, *m_links));
    QVERIFY(reset.isEmpty());
}

void TestLinkTableModel::manyChangesReadAgain()
{
    LinkTableModel model(*m_links);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(countArrives(model));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<Link> batch;
    for (int i = 0; i <= LinkRepository::ManyLinks; ++i)
        batch << newLink(u"batch%1"_s.arg(i), QDateTime::currentDateTimeUtc());
    QVERIFY(m_links->insertMany(batch));
    QCOMPARE(reset.count(), 1);
    QVERIFY(countArrives(model));
    QCOMPARE(model.rowCount(), 1000 + LinkRepository::ManyLinks + 1);
    QVERIFY(sameAsTheDatabase(model, *m_links));
}

QTEST_GUILESS_MAIN(TestLinkTableModel)
#include "tst_linktablemodel.moc"
