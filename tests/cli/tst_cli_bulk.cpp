// linkdeck-cli links import and links export through the real binary, as a script runs them.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "core/bulk/tablereader.h"
#include "core/storage/clickrollups.h"
#include "core/storage/database.h"

using namespace Qt::StringLiterals;

class TestCliBulk : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void importGermanExcelThenAgain();
    void dryRunChangesNothing();
    void conflictOption();
    void malformedFileIsASentence();
    void exportFormatsAndRoundTrip();
    void exportBreakdowns();
    void exportShowsProgressOnATerminal();
    void usageErrors();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args);
    QString file(const QString &name, const QByteArray &bytes);
    QStringList listedSlugs();
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliBulk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

TestCliBulk::Run TestCliBulk::cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANGUAGE"_s, u"en"_s);   // the sentences read here are English
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LINKDECK_CLI_PATH), QStringList{u"--data-dir"_s, m_dir->filePath(u"data"_s)} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString TestCliBulk::file(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList TestCliBulk::listedSlugs()
{
    const Run r = cli({u"links"_s, u"list"_s, u"--format"_s, u"json"_s});
    QStringList slugs;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        slugs << v.toObject().value(u"slug"_s).toString();
    slugs.sort();
    return slugs;
}

void TestCliBulk::importGermanExcelThenAgain()
{
    // Excel in German, "Unicode text": UTF-16 LE with BOM, tab-separated.
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    const QString text = u"Ziel\tKürzel\tTitel\r\nhttps://shop.example/käse\tkaese\tKäse\r\n"
                         "https://shop.example/brot\tbrot\tBrot\r\njavascript:alert(1)\tboese\tBöse\r\n"_s;
    const QString path = file(u"Links.txt"_s, QByteArray("\xFF\xFE") + QByteArray(utf16(text)));
    const QString report = m_dir->filePath(u"report.csv"_s);
    const Run first = cli({u"links"_s, u"import"_s, path, u"--report"_s, report});
    QCOMPARE(first.code, 1);   // a row was not imported
    QVERIFY2(first.out.startsWith(u"2 created, 0 already there"_s), qPrintable(first.out));
    QVERIFY2(first.err.contains(u"Row 4: Links that run a script (javascript:) are refused"_s), qPrintable(first.err));
    QCOMPARE(listedSlugs(), (QStringList{u"brot"_s, u"kaese"_s}));
    QFile r(report);
    QVERIFY(r.open(QIODevice::ReadOnly));
    QVERIFY(r.readAll().contains("\r\n4,invalid,,javascript:alert(1),Row 4: "));

    const Run second = cli({u"links"_s, u"import"_s, path});
    QVERIFY2(second.out.startsWith(u"0 created, 2 already there"_s), qPrintable(second.out));
    QCOMPARE(listedSlugs(), (QStringList{u"brot"_s, u"kaese"_s}));
}

void TestCliBulk::dryRunChangesNothing()
{
    const QString path = file(u"links.csv"_s, "url,slug\nhttps://a.example/,a\n");
    const Run dry = cli({u"links"_s, u"import"_s, path, u"--dry-run"_s});
    QCOMPARE(dry.code, 0);
    QVERIFY2(dry.out.startsWith(u"Dry run: 1 to create"_s), qPrintable(dry.out));
    QCOMPARE(listedSlugs(), QStringList());
    QCOMPARE(cli({u"links"_s, u"import"_s, path}).code, 0);
    QCOMPARE(listedSlugs(), QStringList{u"a"_s});
}

void TestCliBulk::conflictOption()
{
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://old.example/"_s, u"--slug"_s, u"spring"_s}).code, 0);
    const QString path = file(u"links.csv"_s, "url,slug\nhttps://new.example/,spring\n");
    const Run skipped = cli({u"links"_s, u"import"_s, path});
    QCOMPARE(skipped.code, 1);
    QVERIFY2(skipped.err.contains(u"Row 2: the back-half “spring”"_s), qPrintable(skipped.err));
    const Run renamed = cli({u"links"_s, u"import"_s, path, u"--on-conflict"_s, u"rename"_s});
    QCOMPARE(renamed.code, 0);
    QCOMPARE(listedSlugs(), (QStringList{u"spring"_s, u"spring-2"_s}));
    const Run updated = cli({u"links"_s, u"import"_s, path, u"--on-conflict"_s, u"update"_s});
    QCOMPARE(updated.code, 0);
    QVERIFY(updated.out.contains(u"1 updated"_s));
    const Run bad = cli({u"links"_s, u"import"_s, path, u"--on-conflict"_s, u"merge"_s});
    QCOMPARE(bad.code, 2);
}

void TestCliBulk::malformedFileIsASentence()
{
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://keep.example/"_s, u"--slug"_s, u"keep"_s}).code, 0);
    const QString quotes = file(u"quotes.csv"_s, "url,title\nhttps://a.example/,ok\nhttps://b.example/,\"open\n");
    const Run r = cli({u"links"_s, u"import"_s, quotes});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"Row 3: a quoted field that starts in this row has no closing quote mark."_s),
             qPrintable(r.err));
    QVERIFY(r.err.contains(u"Nothing was imported."_s));
    const Run binary = cli({u"links"_s, u"import"_s, file(u"x.csv"_s, QByteArray("url\n\0\0\0\x01", 8))});
    QCOMPARE(binary.code, 1);
    QVERIFY2(binary.err.contains(u"binary data"_s), qPrintable(binary.err));
    const Run empty = cli({u"links"_s, u"import"_s, file(u"empty.csv"_s, {})});
    QCOMPARE(empty.code, 1);
    QVERIFY(empty.err.contains(u"The file is empty"_s));
    const Run missing = cli({u"links"_s, u"import"_s, m_dir->filePath(u"nope.csv"_s)});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains(u"cannot be read"_s));
    QCOMPARE(listedSlugs(), QStringList{u"keep"_s});
}

void TestCliBulk::exportFormatsAndRoundTrip()
{
    QCOMPARE(
        cli({u"links"_s, u"create"_s, u"https://shop.example/a"_s, u"--slug"_s, u"a"_s, u"--title"_s,
             u"Sale, \"big\""_s, u"--tag"_s, u"print"_s, u"--utm-source"_s, u"flyer"_s, u"--max-clicks"_s, u"10"_s})
            .code,
        0);
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/b"_s, u"--slug"_s, u"b"_s}).code, 0);
    const QString csv = m_dir->filePath(u"links.csv"_s);
    const Run exported = cli({u"links"_s, u"export"_s, u"-o"_s, csv});
    QCOMPARE(exported.code, 0);
    QVERIFY2(exported.err.contains(u"2 link"_s) && exported.err.contains(u"written to"_s), qPrintable(exported.err));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "short_url,"));
    QVERIFY(bytes.contains(",\"Sale, \"\"big\"\"\",print,flyer,"));

    const Run json = cli({u"links"_s, u"export"_s, u"--format"_s, u"json"_s, u"-o"_s, m_dir->filePath(u"l.json"_s),
                          u"--filter"_s, u"sale"_s});
    QCOMPARE(json.code, 0);
    QFile jf(m_dir->filePath(u"l.json"_s));
    QVERIFY(jf.open(QIODevice::ReadOnly));
    const QJsonArray links = QJsonDocument::fromJson(jf.readAll()).object().value(u"links"_s).toArray();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().toObject().value(u"max_clicks"_s).toInt(), 10);
    QCOMPARE(cli({u"links"_s, u"export"_s, u"-o"_s, m_dir->filePath(u"l.xlsx"_s)}).code, 0);
    QFile xf(m_dir->filePath(u"l.xlsx"_s));
    QVERIFY(xf.open(QIODevice::ReadOnly) && xf.read(4) == "PK\x03\x04");

    // Into a fresh data folder and out again: the same file.
    const Run back = cli({u"--data-dir"_s, m_dir->filePath(u"other"_s), u"links"_s, u"import"_s, csv});
    QCOMPARE(back.code, 0);
    const QString again = m_dir->filePath(u"again.csv"_s);
    QCOMPARE(cli({u"--data-dir"_s, m_dir->filePath(u"other"_s), u"links"_s, u"export"_s, u"-o"_s, again}).code, 0);
    QFile g(again);
    QVERIFY(g.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(g.readAll()), QString::fromUtf8(bytes));
}

// --breakdowns: each link's countries, referrers, devices, browsers and systems as the
// statistics count them (people's clicks, every hour there is), most first.
void TestCliBulk::exportBreakdowns()
{
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/a"_s, u"--slug"_s, u"a"_s}).code, 0);
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/b"_s, u"--slug"_s, u"b"_s}).code, 0);
    {
        Linkdeck::Database db;
        QVERIFY(db.open(m_dir->filePath(u"data/linkdeck.sqlite"_s)).ok());
        const qint64 hour = QDateTime(QDate(2024, 2, 29), QTime(23, 0), QTimeZone::utc()).toSecsSinceEpoch();
        using Linkdeck::Rollups::addHour;
        QVERIFY(addHour(db.connection(), 1, hour, 150, 4,
                        {{u"country"_s, u"DE"_s, 120},
                         {u"country"_s, u"US"_s, 30},
                         {u"bot:country"_s, u"US"_s, 4},
                         {u"referrer"_s, u"newsletter.example"_s, 110},
                         {u"referrer"_s, QString(), 40},
                         {u"device"_s, u"mobile"_s, 100},
                         {u"device"_s, u"desktop"_s, 50}}));
        QVERIFY(addHour(db.connection(), 1, hour + 3600 * 24 * 400, 10, 0,
                        {{u"country"_s, u"FR"_s, 10}, {u"referrer"_s, u"newsletter.example"_s, 10}}));
    }
    const QString csv = m_dir->filePath(u"b.csv"_s);
    const Run written = cli({u"links"_s, u"export"_s, u"--breakdowns"_s, u"-o"_s, csv});
    QCOMPARE(written.code, 0);
    QVERIFY2(written.err.contains(u"2 links written"_s), qPrintable(written.err));
    QVERIFY2(!written.err.contains(u"left empty"_s), qPrintable(written.err));   // all on this computer
    const QString text = QString::fromUtf8(readAll(csv));
    QVERIFY(
        text.section(u"\r\n"_s, 0, 0).endsWith(u",clicks,countries,referrers,devices,browsers,operating_systems"_s));
    QVERIFY2(text.contains(u",DE 120; US 30; FR 10,newsletter.example 120; (direct) 40,mobile 100; desktop 50,,\r\n"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u",b,https://shop.example/b,"_s) && text.contains(u",0,,,,,\r\n"_s), qPrintable(text));

    const QString json = m_dir->filePath(u"b.json"_s);
    QCOMPARE(cli({u"links"_s, u"export"_s, u"--breakdowns"_s, u"-o"_s, json}).code, 0);
    const QJsonArray links = QJsonDocument::fromJson(readAll(json)).object().value(u"links"_s).toArray();
    QCOMPARE(links.size(), 2);
    const QJsonObject a = links.at(0)[u"breakdowns"_s].toObject();
    QCOMPARE(a[u"countries"_s].toObject(), (QJsonObject{{u"DE"_s, 120}, {u"US"_s, 30}, {u"FR"_s, 10}}));
    QCOMPARE(a[u"referrers"_s].toObject(), (QJsonObject{{u"newsletter.example"_s, 120}, {u"(direct)"_s, 40}}));
    QCOMPARE(a[u"devices"_s].toObject(), (QJsonObject{{u"mobile"_s, 100}, {u"desktop"_s, 50}}));
    QVERIFY(a[u"browsers"_s].toObject().isEmpty());

    const QString xlsx = m_dir->filePath(u"b.xlsx"_s);
    QCOMPARE(cli({u"links"_s, u"export"_s, u"--breakdowns"_s, u"-o"_s, xlsx}).code, 0);
    QFile book(xlsx);
    QVERIFY(book.open(QIODevice::ReadOnly));
    Linkdeck::Bulk::TableReader reader(&book);
    QVERIFY(reader.open());
    const qsizetype countries = reader.header().indexOf(u"countries"_s);
    QVERIFY(countries > 0);
    QStringList row;
    QVERIFY(reader.next(&row));
    QCOMPARE(row.mid(countries, 3),
             (QStringList{u"DE 120; US 30; FR 10"_s, u"newsletter.example 120; (direct) 40"_s,
                          u"mobile 100; desktop 50"_s}));

    // Without the option: no such columns; and the file with them imports back as it is.
    const QString plain = m_dir->filePath(u"plain.csv"_s);
    QCOMPARE(cli({u"links"_s, u"export"_s, u"-o"_s, plain}).code, 0);
    QVERIFY(!readAll(plain).contains("countries"));
    const Run back = cli({u"links"_s, u"import"_s, csv});
    QCOMPARE(back.code, 0);
    QVERIFY2(back.out.startsWith(u"0 created, 2 already there"_s), qPrintable(back.out));
    const Run backJson = cli({u"links"_s, u"import"_s, json});
    QVERIFY2(backJson.out.startsWith(u"0 created, 2 already there"_s), qPrintable(backJson.out));
    QCOMPARE(listedSlugs(), (QStringList{u"a"_s, u"b"_s}));

    const Run help = cli({u"links"_s, u"export"_s, u"--help"_s});
    QVERIFY(help.out.contains(u"--breakdowns"_s) || help.err.contains(u"--breakdowns"_s));
}

// On a terminal (script(1) gives the CLI one), links export says how far it is, then clears
// the line; in a script (no terminal) it says nothing but the result.
void TestCliBulk::exportShowsProgressOnATerminal()
{
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    QVERIFY2(!script.isEmpty(), "script(1) (util-linux, Debian's bsdutils) is missing");
    QByteArray csv = "long_url,keyword\n";
    for (int i = 0; i < 1200; ++i)
        csv += "https://shop.example/p/" + QByteArray::number(i) + ",p" + QByteArray::number(i) + "\n";
    QCOMPARE(cli({u"links"_s, u"import"_s, file(u"many.csv"_s, csv)}).code, 0);

    const QString out = m_dir->filePath(u"many-out.csv"_s);
    QStringList words{QStringLiteral(LINKDECK_CLI_PATH),
                      u"--data-dir"_s,
                      m_dir->filePath(u"data"_s),
                      u"links"_s,
                      u"export"_s,
                      u"-o"_s,
                      out};
    for (QString &word : words)
        word = u'\'' + word + u'\'';
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANGUAGE"_s, u"en"_s);
    p.setProcessEnvironment(env);
    p.start(script, {u"-qec"_s, words.join(u' '), u"/dev/null"_s});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString shown = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(shown.contains(u"\r1200 of 1200 links written"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"1200 links written to"_s), qPrintable(shown));
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll().count('\n'), 1201);

    const Run quiet = cli({u"links"_s, u"export"_s, u"-o"_s, out});
    QCOMPARE(quiet.code, 0);
    QVERIFY2(!quiet.err.contains(u"of 1200"_s), qPrintable(quiet.err));
}

void TestCliBulk::usageErrors()
{
    QCOMPARE(cli({u"links"_s, u"import"_s}).code, 2);
    QCOMPARE(cli({u"links"_s, u"export"_s}).code, 2);
    QCOMPARE(cli({u"links"_s, u"export"_s, u"--format"_s, u"pdf"_s, u"-o"_s, u"x.pdf"_s}).code, 2);
    const Run help = cli({u"--help"_s});
    QVERIFY(help.out.contains(u"links import FILE"_s) || help.err.contains(u"links import FILE"_s));
}

QTEST_GUILESS_MAIN(TestCliBulk)
#include "tst_cli_bulk.moc"
