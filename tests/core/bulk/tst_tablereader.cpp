// TableReader and ColumnMapping on files written as Excel, LibreOffice and the link services
// write them.

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

#include "bulktest.h"
#include "core/bulk/columnmapping.h"
#include "core/bulk/tablereader.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Bulk;
using namespace Linkdeck::Test;

class TestTableReader : public QObject
{
    Q_OBJECT
private slots:
    void germanExcelUtf16();
    void utf8BomSemicolonsQuotedNewlines();
    void utf16BigEndianTabs();
    void excelSepLineAndWindows1252();
    void streamsAcrossChunks();
    void malformed_data();
    void malformed();
    void jsonShapes();
    void excelWorkbook();
    void damagedWorkbook();
    void mappings_data();
    void mappings();
    void mappingCanBeChanged();

private:
    static QList<QStringList> readAll(const QByteArray &bytes, TableReader *reader, QBuffer *buffer,
                                      TableReader::Format format = TableReader::Format::Auto);
};

QList<QStringList> TestTableReader::readAll(const QByteArray &bytes, TableReader *reader, QBuffer *buffer,
                                            TableReader::Format format)
{
    Q_UNUSED(format)
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    QList<QStringList> rows;
    if (!reader->open())
        return rows;
    QStringList fields;
    while (reader->next(&fields))
        rows << fields;
    return rows;
}

void TestTableReader::germanExcelUtf16()
{
    // Excel in a German locale: semicolons, and a comma inside a quoted field.
    const QString text = u"Ziel;Kürzel;Titel;Tags\r\n"
                         "https://shop.example/käse;kaese;\"Käse, Wein & mehr\";essen\r\n"
                         "https://shop.example/brot;brot;Brot;\"essen, bäckerei\"\r\n"_s;
    QBuffer buffer;
    TableReader reader(&buffer);
    const QList<QStringList> rows = readAll(utf16le(text), &reader, &buffer);
    QVERIFY(!reader.error());
    QCOMPARE(reader.encodingName(), u"UTF-16LE"_s);
    QCOMPARE(reader.separator(), QChar(u';'));
    QCOMPARE(reader.header(), (QStringList{u"Ziel"_s, u"Kürzel"_s, u"Titel"_s, u"Tags"_s}));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0], (QStringList{u"https://shop.example/käse"_s, u"kaese"_s, u"Käse, Wein & mehr"_s, u"essen"_s}));
    QCOMPARE(rows[1].at(3), u"essen, bäckerei"_s);
    QCOMPARE(reader.row(), 3);   // the header is row 1
    const ColumnMapping m = ColumnMapping::detect(reader.header());
    QCOMPARE(m.field(0), Field::Destination);
    QCOMPARE(m.field(1), Field::Slug);
    QCOMPARE(m.field(2), Field::Title);
    QCOMPARE(m.field(3), Field::Tags);
}

void TestTableReader::utf8BomSemicolonsQuotedNewlines()
{
    const QString text = u"url;slug;title\n"
                         "https://a.example/;a;\"two\nlines\"\n"
                         "https://b.example/;b;\"say \"\"hi\"\"\"\n"
                         ";;\n"   // an empty row, as Excel writes rows that only had formatting
                         "https://c.example/;c;plain\n"_s;
    QBuffer buffer;
    TableReader reader(&buffer);
    const QList<QStringList> rows = readAll(utf8bom(text), &reader, &buffer);
    QVERIFY(!reader.error());
    QCOMPARE(reader.encodingName(), u"UTF-8"_s);
    QCOMPARE(reader.header().first(), u"url"_s);   // no BOM left on the first name
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].at(2), u"two\nlines"_s);
    QCOMPARE(rows[1].at(2), u"say \"hi\""_s);
    QCOMPARE(rows[2].at(0), u"https://c.example/"_s);
    QCOMPARE(reader.row(), 5);
}

void TestTableReader::utf16BigEndianTabs()
{
    const QString text = u"long_url\tkeyword\r\nhttps://x.example/ü\tx\r\n"_s;
    QBuffer buffer;
    TableReader reader(&buffer);
    const QList<QStringList> rows = readAll(utf16be(text), &reader, &buffer);
    QCOMPARE(reader.encodingName(), u"UTF-16BE"_s);
    QCOMPARE(reader.separator(), QChar(u'\t'));
    QCOMPARE(reader.format(), TableReader::Format::Tsv);
    QCOMPARE(rows, (QList<QStringList>{{u"https://x.example/ü"_s, u"x"_s}}));
}

void TestTableReader::excelSepLineAndWindows1252()
{
    // Old Excel "CSV" on Windows: Windows-1252, and a "sep=" line naming the separator.
    QBuffer buffer;
    TableReader reader(&buffer);
    const QList<QStringList> rows =
        readAll(QByteArray("sep=,\r\nurl,title\r\nhttps://caf\xe9.example/,Caf\xe9 \x80 5\r\n"), &reader, &buffer);
    QVERIFY(!reader.error());
    QCOMPARE(reader.encodingName(), u"Windows-1252"_s);
    QCOMPARE(reader.separator(), QChar(u','));
    QCOMPARE(reader.header(), (QStringList{u"url"_s, u"title"_s}));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].at(1), u"Café € 5"_s);
}

void TestTableReader::streamsAcrossChunks()
{
    // Many chunks, quoted newlines and multibyte characters falling on chunk boundaries.
    QString text = u"destination,slug,title\r\n"_s;
    const int n = 20000;
    for (int i = 0; i < n; ++i)
        text += u"https://shop.example/p/%1,s%1,\"Größe %1\r\nzweite \"\"Zeile\"\"\"\r\n"_s.arg(i);
    for (const QByteArray &bytes : {text.toUtf8(), utf16le(text)}) {
        QVERIFY(bytes.size() > 10 * TableReader::ChunkSize);
        QBuffer buffer;
        TableReader reader(&buffer);
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QVERIFY(reader.open());
        QStringList fields;
        int count = 0;
        while (reader.next(&fields)) {
            QCOMPARE(fields.size(), 3);
            QCOMPARE(fields.at(1), u"s%1"_s.arg(count));
            QCOMPARE(fields.at(2), u"Größe %1\r\nzweite \"Zeile\""_s.arg(count));
            ++count;
        }
        QVERIFY(!reader.error());
        QCOMPARE(count, n);
        QCOMPARE(reader.row(), n + 1);
        QCOMPARE(reader.bytesRead(), bytes.size());
    }
}

void TestTableReader::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::addRow("empty") << QByteArray() << u"The file is empty"_s;
    QTest::addRow("blank lines") << QByteArray("\r\n\r\n  \r\n") << u"The file is empty"_s;
    QTest::addRow("unterminated quote") << QByteArray(
        "url,title\nhttps://a.example/,ok\nhttps://b.example/,\"never closed\nhttps://c.example/,x\n")
                                        << u"Row 3: a quoted field that starts in this row has no closing quote mark"_s;
    QByteArray binary("url,title\nhttps://a.example/,ok\n");
    binary += QByteArray("\x89PNG\0\0\0\rIHDR", 12);
    QTest::addRow("binary") << binary << u"Row 3: the file holds binary data"_s;
    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919) % 251 + 1);   // control characters without NUL
    QTest::addRow("noise") << noise << u"binary data"_s;
    QTest::addRow("xlsx") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << u"Excel workbook cannot be read"_s;
    QTest::addRow("broken json") << QByteArray("[{\"url\": \"https://a.example/\",}\n")
                                 << u"JSON file cannot be read"_s;
    QTest::addRow("json without links") << QByteArray("{\"count\": 3}") << u"holds no list of links"_s;
}

void TestTableReader::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    TableReader reader(&buffer);
    const Result<void> opened = reader.open();
    QString message = opened ? QString() : opened.error().message;
    if (opened) {
        QStringList fields;
        while (reader.next(&fields)) {}
        QVERIFY(reader.error());
        message = reader.error()->message;
    }
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY(message.endsWith(u'.'));   // a sentence
}

void TestTableReader::jsonShapes()
{
    // Shlink's list reply: {"shortUrls": {"data": [...]}}, tags as a list, limits under "meta".
    const QByteArray shlink = R"({"shortUrls":{"data":[
        {"shortCode":"abc12","shortUrl":"https://s.example/abc12","longUrl":"https://shop.example/a",
         "title":null,"tags":["print","spring"],"meta":{"validUntil":"2027-01-01T00:00:00+00:00","maxVisits":100},
         "visitsSummary":{"total":7},"domain":null,"crawlable":false,"forwardQuery":true}],
        "pagination":{"currentPage":1}}})";
    QBuffer buffer;
    TableReader reader(&buffer);
    const QList<QStringList> rows = readAll(shlink, &reader, &buffer);
    QVERIFY(!reader.error());
    QCOMPARE(reader.format(), TableReader::Format::Json);
    QCOMPARE(rows.size(), 1);
    const ColumnMapping m = ColumnMapping::detect(reader.header());
    QCOMPARE(m.detectedSource(), u"Shlink"_s);
    const auto value = [&](Field f) { return rows[0].value(m.column(f)); };
    QCOMPARE(value(Field::Slug), u"abc12"_s);
    QCOMPARE(value(Field::Destination), u"https://shop.example/a"_s);
    QCOMPARE(value(Field::Tags), u"print, spring"_s);
    QCOMPARE(value(Field::ExpiresAt), u"2027-01-01T00:00:00+00:00"_s);
    QCOMPARE(value(Field::MaxClicks), u"100"_s);
    QCOMPARE(value(Field::Clicks), u"7"_s);
    QCOMPARE(value(Field::ForwardQuery), u"true"_s);

    // Rebrandly's links: a plain array, the domain as an object, tags as objects with names.
    const QByteArray rebrandly = R"([{"id":"f0e1","slashtag":"xmas","destination":"https://shop.example/xmas",
        "shortUrl":"rebrand.ly/xmas","domain":{"id":"d1","fullName":"rebrand.ly"},"title":"Xmas","clicks":3}])";
    QBuffer buffer2;
    TableReader reader2(&buffer2);
    const QList<QStringList> rows2 = readAll(rebrandly, &reader2, &buffer2);
    const ColumnMapping m2 = ColumnMapping::detect(reader2.header());
    QCOMPARE(m2.detectedSource(), u"Rebrandly"_s);
    QCOMPARE(rows2[0].value(m2.column(Field::Domain)), u"rebrand.ly"_s);
    QCOMPARE(rows2[0].value(m2.column(Field::Slug)), u"xmas"_s);
}

void TestTableReader::excelWorkbook()
{
    // As Excel saves it: shared strings, a number, a date cell (a serial number with a date
    // format), an empty cell in the middle, a blank row, and a second sheet that is not read.
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(u"links.xlsx"_s));
    lxw_workbook *workbook = workbook_new(path.constData());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Links");
    lxw_worksheet *other = workbook_add_worksheet(workbook, "Notes");
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "dd.mm.yyyy");
    worksheet_write_string(sheet, 0, 0, "Ziel", nullptr);
    worksheet_write_string(sheet, 0, 1, "Kürzel", nullptr);
    worksheet_write_string(sheet, 0, 2, "Titel", nullptr);
    worksheet_write_string(sheet, 0, 3, "expires_at", nullptr);
    worksheet_write_string(sheet, 0, 4, "max_clicks", nullptr);
    worksheet_write_string(sheet, 1, 0, "https://shop.example/käse", nullptr);
    worksheet_write_string(sheet, 1, 1, "kaese", nullptr);
    worksheet_write_string(sheet, 1, 2, "Käse & \"Wein\"\nzwei Zeilen", nullptr);
    lxw_datetime date{2026, 12, 31, 0, 0, 0};
    worksheet_write_datetime(sheet, 1, 3, &date, dateFormat);
    worksheet_write_number(sheet, 1, 4, 100, nullptr);
    worksheet_write_string(sheet, 3, 0, "https://shop.example/brot", nullptr);   // row 3 is blank
    worksheet_write_string(sheet, 3, 2, "Brot", nullptr);                        // no back-half
    worksheet_write_string(other, 0, 0, "not links", nullptr);
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

    QFile file(dir.filePath(u"links.xlsx"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    TableReader reader(&file);   // found by its zip signature
    QVERIFY(reader.open());
    QCOMPARE(reader.format(), TableReader::Format::Xlsx);
    QCOMPARE(reader.header(), (QStringList{u"Ziel"_s, u"Kürzel"_s, u"Titel"_s, u"expires_at"_s, u"max_clicks"_s}));
    QStringList fields;
    QVERIFY(reader.next(&fields));
    QCOMPARE(reader.row(), 2);
    QCOMPARE(fields.value(0), u"https://shop.example/käse"_s);
    QCOMPARE(fields.value(2), u"Käse & \"Wein\"\nzwei Zeilen"_s);
    QCOMPARE(fields.value(3), u"46387"_s);   // Excel's serial number of 2026-12-31
    QCOMPARE(fields.value(4), u"100"_s);
    QVERIFY(reader.next(&fields));
    QCOMPARE(reader.row(), 4);
    QCOMPARE(fields.value(0), u"https://shop.example/brot"_s);
    QCOMPARE(fields.value(1), QString());
    QCOMPARE(fields.value(2), u"Brot"_s);
    QVERIFY(!reader.next(&fields));
    QVERIFY(!reader.error());
}

void TestTableReader::damagedWorkbook()
{
    // A workbook cut short: a sentence, no crash.
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(u"big.xlsx"_s));
    lxw_workbook *workbook = workbook_new(path.constData());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    worksheet_write_string(sheet, 0, 0, "url", nullptr);
    for (int i = 1; i < 3000; ++i)
        worksheet_write_string(sheet, lxw_row_t(i), 0,
                               QByteArray("https://shop.example/" + QByteArray::number(i)).constData(), nullptr);
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);
    QFile whole(dir.filePath(u"big.xlsx"_s));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    QBuffer cut;
    cut.setData(bytes.left(bytes.size() / 2));
    cut.open(QIODevice::ReadOnly);
    TableReader reader(&cut, TableReader::Format::Xlsx);
    const Result<void> opened = reader.open();
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(u"Excel workbook cannot be read"_s), qPrintable(opened.error().message));
}

void TestTableReader::mappings_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("destination");
    QTest::addColumn<int>("slug");
    QTest::addColumn<int>("shortUrl");
    QTest::addColumn<int>("title");
    // Bitly's export: id is "bit.ly/abc", the short link's back-half.
    QTest::addRow("bitly") << u"id,link,long_url,title,tags,created_at"_s << u"Bitly"_s << 2 << -1 << 0 << 3;
    QTest::addRow("rebrandly") << u"id,title,slashtag,destination,shortUrl,domain.fullName,clicks"_s << u"Rebrandly"_s
                               << 3 << 2 << 4 << 1;
    QTest::addRow("shlink csv") << u"Created at,Short URL,Long URL,Title,Tags,Visits"_s << u"Shlink"_s << 2 << -1 << 1
                                << 3;
    QTest::addRow("yourls") << u"keyword,url,title,timestamp,ip,clicks"_s << u"YOURLS"_s << 1 << 0 << -1 << 2;
    QTest::addRow("kutt") << u"address,target,description,visit_count,link"_s << u"Kutt"_s << 1 << 0 << 4 << 2;
    QTest::addRow("own") << u"URL,Back-half,Title"_s << QString() << 0 << 1 << -1 << 2;
    QTest::addRow("no destination") << u"name,notes"_s << QString() << -1 << -1 << -1 << -1;
}

void TestTableReader::mappings()
{
    QFETCH(QString, header);
    QFETCH(QString, source);
    QFETCH(int, destination);
    QFETCH(int, slug);
    QFETCH(int, shortUrl);
    QFETCH(int, title);
    const ColumnMapping m = ColumnMapping::detect(header.split(u','));
    QCOMPARE(m.detectedSource(), source);
    QCOMPARE(m.column(Field::Destination), destination);
    QCOMPARE(m.column(Field::Slug), slug);
    QCOMPARE(m.column(Field::ShortUrl), shortUrl);
    QCOMPARE(m.column(Field::Title), title);
    QCOMPARE(m.problem().isEmpty(), destination >= 0);
}

void TestTableReader::mappingCanBeChanged()
{
    ColumnMapping m = ColumnMapping::detect({u"Adresse"_s, u"Notiz"_s, u"Code"_s});
    QCOMPARE(m.column(Field::Destination), 0);
    QCOMPARE(m.field(2), Field::Ignore);
    m.set(2, Field::Slug);
    m.set(1, Field::Destination);   // the one column that had it gives it up
    QCOMPARE(m.column(Field::Destination), 1);
    QCOMPARE(m.field(0), Field::Ignore);
    QCOMPARE(m.column(Field::Slug), 2);
    QVERIFY(!ColumnMapping::fieldName(Field::Slug).isEmpty());
}

QTEST_GUILESS_MAIN(TestTableReader)
#include "tst_tablereader.moc"
