#include "cli/output.h"
#include "core/database.h"
#include "core/linkrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void createPrintsShortUrl();
    void createWithUtmAndListAsJson();
    void csvQuotesAndFilter();
    void refusesBadInput_data();
    void refusesBadInput();
    void refusesDuplicateSlug();
    void deleteRemoves();
    void dataLandsInTheDatabaseFile();
    void helpAndVersion();
    void csvFieldRules();
    void qrOfALinkDecodes();
    void qrRefusesBadOptions();
    void qrSheetOfLinks();
    void statsOfALinkAndACampaign();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

TestCli::Run TestCli::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(LINKDECK_CLI_PATH), QStringList{u"--data-dir"_s, m_dir->path()} + args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::createPrintsShortUrl()
{
    const Run r = cli({u"links"_s, u"create"_s, u"https://shop.example/spring"_s, u"--slug"_s, u"spring"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"http://localhost:8080/spring\n"_s);
    QVERIFY(r.err.isEmpty());
    const Run random = cli({u"links"_s, u"create"_s, u"example.com/no-scheme"_s});
    QCOMPARE(random.code, 0);
    QVERIFY(random.out.startsWith(u"http://localhost:8080/"_s));
    QCOMPARE(random.out.trimmed().size(), QString(u"http://localhost:8080/"_s).size() + 6);
}

void TestCli::createWithUtmAndListAsJson()
{
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/p?ref=a#top"_s, u"--slug"_s, u"nl"_s,
                  u"--utm-source"_s, u"Newsletter"_s, u"--utm-medium"_s, u"email"_s, u"--utm-campaign"_s, u"Spring-Sale"_s,
                  u"--lowercase-utm"_s, u"--tag"_s, u"print"_s, u"--tag"_s, u"spring"_s, u"--title"_s, u"Spring"_s})
                 .code,
             0);
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://other.example/"_s, u"--slug"_s, u"other"_s}).code, 0);
    const Run r = cli({u"links"_s, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray links = doc.array();
    QCOMPARE(links.size(), 2);
    QJsonObject nl;
    for (const QJsonValue &v : links) {
        if (v.toObject().value(u"slug"_s).toString() == u"nl")
            nl = v.toObject();
    }
    QCOMPARE(nl.value(u"destination"_s).toString(),
             u"https://shop.example/p?ref=a&utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale#top"_s);
    QCOMPARE(nl.value(u"campaign"_s).toString(), u"spring-sale"_s);
    QCOMPARE(nl.value(u"shortUrl"_s).toString(), u"http://localhost:8080/nl"_s);
    QCOMPARE(nl.value(u"tags"_s).toArray(), (QJsonArray{u"print"_s, u"spring"_s}));
    QCOMPARE(nl.value(u"title"_s).toString(), u"Spring"_s);
    QCOMPARE(nl.value(u"account"_s).toString(), u"This computer"_s);
    QVERIFY(nl.value(u"expiresAt"_s).isNull());
    QVERIFY(QDateTime::fromString(nl.value(u"createdAt"_s).toString(), Qt::ISODate).isValid());

    const Run empty = cli({u"links"_s, u"list"_s, u"--format"_s, u"json"_s, u"--filter"_s, u"nothing-matches"_s});
    QCOMPARE(QJsonDocument::fromJson(empty.out.toUtf8()).array().size(), 0);
}

void TestCli::csvQuotesAndFilter()
{
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://a.example/"_s, u"--slug"_s, u"quoted"_s, u"--title"_s,
                  u"Sale, \"big\" one"_s})
                 .code,
             0);
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://b.example/"_s, u"--slug"_s, u"plain"_s}).code, 0);
    const Run all = cli({u"links"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(all.code, 0);
    const QStringList lines = all.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.first(), u"short_url,domain,slug,destination,title,tags,campaign,clicks,created_at"_s);
    QVERIFY(all.out.contains(u"\"Sale, \"\"big\"\" one\""_s));
    const Run filtered = cli({u"links"_s, u"list"_s, u"--format"_s, u"csv"_s, u"--filter"_s, u"b.exam"_s});
    QCOMPARE(filtered.out.split(u"\r\n"_s, Qt::SkipEmptyParts).size(), 2);
    QVERIFY(filtered.out.contains(u"plain"_s));
    const Run table = cli({u"links"_s, u"list"_s});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.startsWith(u"SHORT LINK"_s));
    QVERIFY(table.out.contains(u"http://localhost:8080/quoted"_s));
}

void TestCli::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString create = u"create"_s;
    QTest::addRow("javascript") << QStringList{u"links"_s, create, u"javascript:alert(1)"_s} << 1 << u"script"_s;
    QTest::addRow("data") << QStringList{u"links"_s, create, u"data:text/html,hi"_s} << 1 << u"data:"_s;
    QTest::addRow("file") << QStringList{u"links"_s, create, u"file:///etc/passwd"_s} << 1 << u"file:"_s;
    QTest::addRow("ftp") << QStringList{u"links"_s, create, u"ftp://f.example/a"_s} << 1 << u"ftp:"_s;
    QTest::addRow("empty url") << QStringList{u"links"_s, create, u""_s} << 1 << u"Enter"_s;
    QTest::addRow("reserved slug") << QStringList{u"links"_s, create, u"https://a.example/"_s, u"--slug"_s, u"api"_s} << 1 << u"reserved"_s;
    QTest::addRow("slug with slash") << QStringList{u"links"_s, create, u"https://a.example/"_s, u"--slug"_s, u"a/b"_s} << 1 << u"not allowed"_s;
    QTest::addRow("missing url") << QStringList{u"links"_s, create} << 2 << u"URL"_s;
    QTest::addRow("unknown option") << QStringList{u"links"_s, create, u"https://a.example/"_s, u"--colour"_s, u"red"_s} << 2 << u"colour"_s;
    QTest::addRow("unknown command") << QStringList{u"lnks"_s} << 2 << u"Unknown command"_s;
    QTest::addRow("unknown subcommand") << QStringList{u"links"_s, u"frobnicate"_s} << 2 << u"frobnicate"_s;
    QTest::addRow("unknown format") << QStringList{u"links"_s, u"list"_s, u"--format"_s, u"xml"_s} << 2 << u"xml"_s;
    QTest::addRow("no arguments") << QStringList{} << 2 << u"Usage"_s;
}

void TestCli::refusesBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = cli(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(cli({u"links"_s, u"list"_s, u"--format"_s, u"csv"_s}).out.count(u"\r\n"_s), 1);   // nothing was created
}

void TestCli::refusesDuplicateSlug()
{
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://a.example/"_s, u"--slug"_s, u"Sale"_s}).code, 0);
    const Run dup = cli({u"links"_s, u"create"_s, u"https://b.example/"_s, u"--slug"_s, u"sale"_s});
    QCOMPARE(dup.code, 1);
    QVERIFY(dup.err.contains(u"already used"_s));
    QVERIFY(dup.out.isEmpty());
}

void TestCli::deleteRemoves()
{
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://a.example/"_s, u"--slug"_s, u"gone"_s}).code, 0);
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://a.example/"_s, u"--slug"_s, u"stays"_s}).code, 0);
    const Run del = cli({u"links"_s, u"delete"_s, u"GONE"_s});
    QCOMPARE(del.code, 0);
    QVERIFY(del.out.contains(u"http://localhost:8080/gone"_s));
    const Run list = cli({u"links"_s, u"list"_s, u"--format"_s, u"json"_s});
    const QJsonArray links = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().toObject().value(u"slug"_s).toString(), u"stays"_s);
    const Run again = cli({u"links"_s, u"delete"_s, u"gone"_s});
    QCOMPARE(again.code, 1);
    QVERIFY(again.err.contains(u"no link"_s));
    QCOMPARE(cli({u"links"_s, u"delete"_s, u"stays"_s, u"--domain"_s, u"other.example"_s}).code, 1);
}

void TestCli::dataLandsInTheDatabaseFile()
{
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://a.example/"_s, u"--slug"_s, u"persisted"_s}).code, 0);
    Database db;
    QVERIFY(db.open(m_dir->filePath(u"linkdeck.sqlite"_s)).ok());
    LinkRepository links(db);
    const auto link = links.findBySlug(u"localhost:8080"_s, u"persisted"_s);
    QVERIFY(link);
    QCOMPARE(link->destination, u"https://a.example/"_s);
}

void TestCli::helpAndVersion()
{
    const Run version = cli({u"--version"_s});
    QCOMPARE(version.code, 0);
    QCOMPARE(version.out.trimmed(), u"linkdeck-cli 0.1.0"_s);
    const Run help = cli({u"links"_s, u"create"_s, u"--help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(u"--utm-campaign"_s));
}

void TestCli::csvFieldRules()
{
    QCOMPARE(Cli::csvField(u"plain"_s), u"plain"_s);
    QCOMPARE(Cli::csvField(u"a,b"_s), u"\"a,b\""_s);
    QCOMPARE(Cli::csvField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(Cli::csvField(u"two\nlines"_s), u"\"two\nlines\""_s);
    QCOMPARE(Cli::csvRow({u"a"_s, u"b,c"_s}), u"a,\"b,c\"\r\n"_s);
}

void TestCli::qrOfALinkDecodes()
{
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/spring"_s, u"--slug"_s, u"spring"_s}).code, 0);
    const QString png = m_dir->filePath(u"spring.png"_s);
    const Run r = cli({u"qr"_s, u"spring"_s, u"-o"_s, png, u"--size-mm"_s, u"40"_s, u"--dpi"_s, u"300"_s, u"--ecc"_s, u"H"_s,
                       u"--shape"_s, u"rounded"_s, u"--finder"_s, u"rounded"_s, u"--caption"_s, u"localhost:8080/spring"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), png);
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--nodbus"_s, u"--raw"_s, u"-q"_s, png});
    QVERIFY(zbar.waitForFinished(30000));
    QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), u"http://localhost:8080/spring"_s);   // the slug's short URL

    const Run faint = cli({u"qr"_s, u"any text"_s, u"-o"_s, m_dir->filePath(u"faint.svg"_s), u"--fg"_s, u"#cccccc"_s});
    QCOMPARE(faint.code, 0);
    QVERIFY(faint.err.contains(u"warning"_s) && faint.err.contains(u"contrast"_s));
}

void TestCli::qrRefusesBadOptions()
{
    const QString out = m_dir->filePath(u"x.png"_s);
    QCOMPARE(cli({u"qr"_s, u"x"_s}).code, 2);                                                     // no -o
    QCOMPARE(cli({u"qr"_s, u"x"_s, u"-o"_s, m_dir->filePath(u"x.bmp"_s)}).code, 2);               // unknown format
    QCOMPARE(cli({u"qr"_s, u"x"_s, u"-o"_s, out, u"--ecc"_s, u"Z"_s}).code, 2);
    QCOMPARE(cli({u"qr"_s, u"x"_s, u"-o"_s, out, u"--cmyk"_s}).code, 2);   // CMYK is for PDF
    QCOMPARE(cli({u"qr"_s, u"x"_s, u"-o"_s, m_dir->filePath(u"c.pdf"_s), u"--cmyk"_s}).code, 0);
    QCOMPARE(cli({u"qr"_s, u"x"_s, u"-o"_s, out, u"--fg"_s, u"not-a-colour"_s}).code, 2);
    const Run tooLong = cli({u"qr"_s, QString(4000, u'x'), u"-o"_s, out, u"--ecc"_s, u"H"_s});
    QCOMPARE(tooLong.code, 1);
    QVERIFY(tooLong.err.contains(u"too long"_s));
    QVERIFY(!QFile::exists(out));
}

void TestCli::qrSheetOfLinks()
{
    for (const QString &slug : {u"one"_s, u"two"_s, u"three"_s})
        QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/"_s + slug, u"--slug"_s, slug}).code, 0);
    const QString pdf = m_dir->filePath(u"sheet.pdf"_s);
    const Run r = cli({u"qr-sheet"_s, u"one"_s, u"two"_s, u"three"_s, u"-o"_s, pdf, u"--paper"_s, u"letter"_s, u"--grid"_s, u"2x1"_s});
    QCOMPARE(r.code, 0);
    QProcess info;
    info.start(u"pdfinfo"_s, {pdf});
    QVERIFY(info.waitForFinished(30000));
    const QString text = QString::fromUtf8(info.readAll());
    QVERIFY(text.contains(u"Pages:           2"_s));   // 3 labels, 2 a page
    QVERIFY(text.contains(u"612 x 792 pts"_s));
    QCOMPARE(cli({u"qr-sheet"_s, u"nope"_s, u"-o"_s, pdf}).code, 1);
    QCOMPARE(cli({u"qr-sheet"_s, u"one"_s, u"-o"_s, pdf, u"--grid"_s, u"wide"_s}).code, 2);
}

void TestCli::statsOfALinkAndACampaign()
{
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/a?utm_campaign=spring"_s, u"--slug"_s, u"a"_s}).code, 0);
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/b?utm_campaign=spring"_s, u"--slug"_s, u"b"_s}).code, 0);
    {
        // Clicks as the redirect server's rollups hold them: Berlin 29 March 2026 00:30 (23:30 UTC the day before).
        Database db;
        QVERIFY(db.open(m_dir->filePath(u"linkdeck.sqlite"_s)).ok());
        QSqlQuery q(db.connection());
        const qint64 hour = QDateTime(QDate(2026, 3, 28), QTime(23, 0), Qt::UTC).toSecsSinceEpoch();
        for (const auto &[link, dim, value, n] : {std::tuple{1, "bot", "0", 3}, std::tuple{1, "bot", "1", 2}, std::tuple{2, "bot", "0", 4},
                                                  std::tuple{1, "country", "DE", 5}, std::tuple{2, "country", "FR", 4}}) {
            q.prepare(u"INSERT INTO click_rollups(link_id, hour, dimension, value, clicks) VALUES (?, ?, ?, ?, ?)"_s);
            q.addBindValue(link);
            q.addBindValue(hour);
            q.addBindValue(QString::fromLatin1(dim));
            q.addBindValue(QString::fromLatin1(value));
            q.addBindValue(n);
            QVERIFY(q.exec());
        }
    }
    const Run link = cli({u"stats"_s, u"clicks"_s, u"a"_s, u"--from"_s, u"2026-03-28"_s, u"--to"_s, u"2026-03-29"_s,
                          u"--unit"_s, u"day"_s, u"--tz"_s, u"Europe/Berlin"_s});
    QCOMPARE(link.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(link.out.toUtf8()).object();
    QCOMPARE(json.value(u"total"_s).toInt(), 3);   // bots excluded by default
    const QJsonArray series = json.value(u"series"_s).toArray();
    QCOMPARE(series.size(), 2);
    QCOMPARE(series.at(0).toObject().value(u"clicks"_s).toInt(), 0);
    QCOMPARE(series.at(1).toObject().value(u"clicks"_s).toInt(), 3);   // the Berlin day, not the UTC one
    const Run withBots = cli({u"stats"_s, u"clicks"_s, u"spring"_s, u"--from"_s, u"2026-03-28"_s, u"--to"_s, u"2026-03-29"_s,
                              u"--tz"_s, u"Europe/Berlin"_s, u"--include-bots"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(withBots.code, 0);
    QVERIFY(withBots.out.startsWith(u"start,end,clicks"_s));
    const Run campaign = cli({u"stats"_s, u"clicks"_s, u"spring"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s,
                              u"--unit"_s, u"month"_s, u"--tz"_s, u"Europe/Berlin"_s});
    QCOMPARE(QJsonDocument::fromJson(campaign.out.toUtf8()).object().value(u"total"_s).toInt(), 7);   // both links
    const Run countries = cli({u"stats"_s, u"countries"_s, u"spring"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s});
    const QJsonArray rows = QJsonDocument::fromJson(countries.out.toUtf8()).object().value(u"countries"_s).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(u"country"_s).toString(), u"DE"_s);
    QCOMPARE(cli({u"stats"_s, u"clicks"_s, u"nothing"_s}).code, 1);
    QCOMPARE(cli({u"stats"_s, u"clicks"_s, u"a"_s, u"--tz"_s, u"Mars/Olympus"_s}).code, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
