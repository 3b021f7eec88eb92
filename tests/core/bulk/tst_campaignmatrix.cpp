#include "core/bulk/campaignmatrix.h"
#include "core/bulk/importer.h"
#include "core/storage/accountrepository.h"
#include "core/storage/linkrepository.h"
#include "core/sync/backend.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using Bulk::CampaignMatrix;

// A campaign's links as a matrix: the rows it makes, the sentences when it cannot, and its
// table imported by the real importer (12 links made, made once).
class TestCampaignMatrix : public QObject
{
    Q_OBJECT
private slots:
    void twelveLinksWithConsistentUtm();
    void patternsAndSlugParts();
    void whatCannotBeMade();
    void importedOnceIntoThisComputer();
    void csvGuardsFormulas();

private:
    static CampaignMatrix spring();
};

CampaignMatrix TestCampaignMatrix::spring()
{
    CampaignMatrix m;
    m.campaign = u"Spring Sale"_s;
    m.destinations = {u"https://shop.example/spring?ref=home#top"_s};
    m.sources = {u"Newsletter"_s, u"facebook"_s, u"linkedin"_s};
    m.mediums = {u"email"_s, u"social"_s};
    m.contents = {u"hero"_s, u"footer"_s};
    m.slugPattern = u"{campaign}-{source}-{medium}-{content}"_s;
    m.tags = {u"spring"_s, u"2027"_s};
    return m;
}

void TestCampaignMatrix::twelveLinksWithConsistentUtm()
{
    const auto rows = spring().rows();
    QVERIFY2(rows.ok(), qPrintable(rows ? QString() : rows.error().message));
    QCOMPARE(rows->size(), 12);
    const CampaignMatrix::Row &first = rows->first();
    QCOMPARE(first.slug, u"spring-sale-newsletter-email-hero"_s);
    // Existing parameters and the fragment stay; the UTM values are lower case, the campaign's
    // spaces encoded.
    QCOMPARE(first.destination,
             u"https://shop.example/spring?ref=home&utm_source=newsletter&utm_medium=email"
             u"&utm_campaign=spring%20sale&utm_content=hero#top"_s);
    QCOMPARE(first.title, u"Spring Sale: Newsletter / email"_s);
    QCOMPARE(rows->last().slug, u"spring-sale-linkedin-social-footer"_s);
    QSet<QString> slugs;
    for (const CampaignMatrix::Row &row : *rows)
        slugs.insert(row.slug);
    QCOMPARE(slugs.size(), 12);
}

void TestCampaignMatrix::patternsAndSlugParts()
{
    QCOMPARE(CampaignMatrix::slugPart(u"Frühling & Sommer 2027!"_s), u"fruhling-sommer-2027"_s);
    QCOMPARE(CampaignMatrix::slugPart(u"Straße_Süd"_s), u"strasse_sud"_s);
    QCOMPARE(CampaignMatrix::splitList(u"email, social;\nEmail,  print ,"_s),
             (QStringList{u"email"_s, u"social"_s, u"print"_s}));
    CampaignMatrix m;
    m.campaign = u"Q1"_s;
    m.destinations = {u"https://shop.example/a"_s, u"shop.example/b"_s};
    m.sources = {u"print"_s};
    m.mediums = {u"flyer"_s};
    m.slugPattern = u"{campaign}-{page}-{n}"_s;
    const auto rows = m.rows();
    QVERIFY(rows.ok());
    QCOMPARE(rows->at(0).slug, u"q1-a-1"_s);
    QCOMPARE(rows->at(1).slug, u"q1-b-2"_s);
    QVERIFY(rows->at(1).destination.startsWith(u"https://shop.example/b?utm_source=print"_s));
    // Without contents, {content} leaves no doubled dash.
    m.slugPattern = u"{campaign}-{content}-{page}"_s;
    QCOMPARE(m.rows()->at(0).slug, u"q1-a"_s);
}

void TestCampaignMatrix::whatCannotBeMade()
{
    CampaignMatrix m = spring();
    m.slugPattern = u"{campaign}-{source}"_s;   // the same back-half for each medium and content
    auto rows = m.rows();
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().message,
             u"The back-half pattern makes “spring-sale-newsletter” twice (links 1 and 2): add "
             u"{content}, {page} or {n} to it."_s);
    m = spring();
    m.destinations << u"javascript:alert(1)"_s;
    rows = m.rows();
    QVERIFY(!rows.ok());
    QVERIFY2(rows.error().message.startsWith(u"“javascript:alert(1)”: "_s), qPrintable(rows.error().message));
    m = spring();
    m.campaign.clear();
    QCOMPARE(m.rows().error().message, u"Name the campaign."_s);
    m = spring();
    m.sources.clear();
    QVERIFY(m.rows().error().message.contains(u"source"_s));
    m = spring();
    for (int i = 0; i < 1300; ++i)   // 1303 sources x 2 mediums x 2 contents
        m.sources << u"s%1"_s.arg(i);
    QVERIFY(m.rows().error().message.contains(u"at most 5000"_s));
}

void TestCampaignMatrix::importedOnceIntoThisComputer()
{
    QTemporaryDir dir;
    Backend backend;
    QVERIFY(backend.open(dir.filePath(u"l.sqlite"_s)).ok());
    const CampaignMatrix m = spring();
    const auto rows = m.rows();
    QVERIFY(rows.ok());
    const Account local = *backend.accounts().find(AccountRepository::LocalAccountId);
    for (int run = 0; run < 2; ++run) {
        QBuffer table;
        table.setData(CampaignMatrix::toCsv(*rows, m.tags));
        QVERIFY(table.open(QIODevice::ReadOnly));
        Bulk::Importer importer(backend.database(), backend.links(), backend.provider(local.id), local);
        QVERIFY(importer.open(&table).ok());
        const Bulk::ImportReport report = importer.run({});
        QCOMPARE(report.created, run == 0 ? 12 : 0);
        QCOMPARE(report.existed, run == 0 ? 0 : 12);
        QCOMPARE(report.invalid + report.failed + report.skipped, 0);
    }
    QCOMPARE(backend.links().totalCount(), 12);
    const auto link = backend.links().findBySlug(u"localhost:8080"_s, u"spring-sale-facebook-social-footer"_s);
    QVERIFY(link);
    QCOMPARE(link->title, u"Spring Sale: facebook / social"_s);
    QCOMPARE(link->tags, (QStringList{u"spring"_s, u"2027"_s}));
    QCOMPARE(link->campaign(), u"spring sale"_s);
}

// A campaign named like a spreadsheet formula makes titles (and tags) a spreadsheet would run
// when the matrix's CSV is opened: each such cell starts with an apostrophe (Csv::safeField, as
// the export writes it), and the importer takes it off again, so the links are as typed.
void TestCampaignMatrix::csvGuardsFormulas()
{
    CampaignMatrix m;
    m.campaign = u"=HYPERLINK(\"http://evil.example\",\"Click\")"_s;
    m.destinations = {u"https://shop.example/spring"_s};
    m.sources = {u"newsletter"_s};
    m.mediums = {u"email"_s, u"print"_s};
    m.tags = {u"@SUM(1+1)"_s, u"spring"_s};
    const auto rows = m.rows();
    QVERIFY2(rows.ok(), qPrintable(rows ? QString() : rows.error().message));
    QCOMPARE(rows->size(), 2);
    const QString title = u"=HYPERLINK(\"http://evil.example\",\"Click\"): newsletter / email"_s;
    QCOMPARE(rows->first().title, title);
    const QByteArray csv = CampaignMatrix::toCsv(*rows, m.tags);
    const QStringList lines = QString::fromUtf8(csv).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(1),
             rows->first().destination + u',' + rows->first().slug
                 + u",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\"): newsletter / email\","
                   u"\"'@SUM(1+1), spring\""_s);
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.contains(u",\"'="_s) && line.endsWith(u",\"'@SUM(1+1), spring\""_s), qPrintable(line));

    QTemporaryDir dir;
    Backend backend;
    QVERIFY(backend.open(dir.filePath(u"l.sqlite"_s)).ok());
    const Account local = *backend.accounts().find(AccountRepository::LocalAccountId);
    QBuffer table;
    table.setData(csv);
    QVERIFY(table.open(QIODevice::ReadOnly));
    Bulk::Importer importer(backend.database(), backend.links(), backend.provider(local.id), local);
    QVERIFY(importer.open(&table).ok());
    const Bulk::ImportReport report = importer.run({});
    QCOMPARE(report.created, 2);
    const auto link = backend.links().findBySlug(u"localhost:8080"_s, rows->first().slug);
    QVERIFY(link);
    QCOMPARE(link->title, title);
    QCOMPARE(link->tags, (QStringList{u"@SUM(1+1)"_s, u"spring"_s}));
}

QTEST_MAIN(TestCampaignMatrix)
#include "tst_campaignmatrix.moc"
