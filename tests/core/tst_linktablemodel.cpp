#include "core/database.h"
#include "core/linkrepository.h"
#include "core/linktablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LinkRepository> m_links;
};

void TestLinkTableModel::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(u":memory:"_s).ok());
    m_links = std::make_unique<LinkRepository>(*m_db);
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
    QVERIFY(m_links->insertMany(links).ok());
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
    QCOMPARE(model.rowCount(), 1000);
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
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.totalCount(), 1000);
    model.setFilterText(u"slug0042"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, LinkTableModel::Title).data().toString(), u"Title 42"_s);
    model.setFilterText(QString());
    QCOMPARE(model.rowCount(), 1000);
}

void TestLinkTableModel::sortRunsInSql()
{
    LinkTableModel model(*m_links);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
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
    QCOMPARE(model.rowCount(), 1001);
    QCOMPARE(model.index(0, LinkTableModel::ShortUrl).data().toString(), u"go.example/fresh"_s);
    QVERIFY(m_links->remove(stored->id).ok());
    QCOMPARE(model.rowCount(), 1000);
}

void TestLinkTableModel::cacheIsBounded()
{
    LinkTableModel model(*m_links);
    // Touch every row twice, in both directions: the model never holds more than its cache.
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(pass ? 999 - row : row, 0).data().isValid());
    }
    QVERIFY(model.index(0, 0).data().isValid());
}

QTEST_GUILESS_MAIN(TestLinkTableModel)
#include "tst_linktablemodel.moc"
