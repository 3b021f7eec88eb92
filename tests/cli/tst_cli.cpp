#include "cli/linkscommands.h"
#include "cli/output.h"
#include "core/analytics/analytics.h"
#include "core/providers/localprovider.h"
#include "core/providers/providerstats.h"
#include "core/storage/accountrepository.h"
#include "core/storage/clickrollups.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "support/damage.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <limits>

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
    void listPagesThroughTiesAndLimits();
    void helpAndUsageErrorsLeaveNoDatabase();
    void globalOptionsComeBeforeTheCommand();
    void domainsAreChecked();
    void unopenableDatabaseFails();
    void csvFieldRules();
    void csvWriterQuotesAndJoinsTags();
    void jsonWriterStreamsAValidArray();
    void tableWriterAlignsColumns();
    void normalisedDomains();
    void qrOfALinkDecodes();
    void qrRefusesBadOptions();
    void qrSheetOfLinks();
    void statsOfALinkAndACampaign();
    void statsOfACampaignInAnAccount();
    void updateOnThisComputer();
    void limitsOnCreateAndUpdate();
    void accountsOfThisComputer();
    void helpNamesTheAccountCommands();
    void germanSentencesSameData();
    void damagedDatabaseFailsClearly();
    void notADatabaseFileIsNamed();
    void readOnlyFolderIsNamed();
    void fullDiskIsNamed();
    void terminalEscapesAreNeutralised();
    void forTerminalRules();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args);
    Run cliWithoutDataDir(const QStringList &args, const QString &language = u"en"_s);
    static Link sampleLink(const QString &slug, const QString &title);
    static QString written(Cli::ListFormat format, const QList<Link> &links);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

TestCli::Run TestCli::cli(const QStringList &args)
{
    return cliWithoutDataDir(QStringList{u"--data-dir"_s, m_dir->path()} + args);
}

TestCli::Run TestCli::cliWithoutDataDir(const QStringList &args, const QString &language)
{
    // The sentences these tests read are English: the language is pinned (LANGUAGE), while
    // numbers, dates and the zone stay the machine's (the suite also runs in German).
    // language "de": a German user (LANG, LC_ALL and LANGUAGE all German).
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (language == u"de") {
        env.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, u"de"_s);
    } else {
        env.insert(u"LANGUAGE"_s, language);
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LINKDECK_CLI_PATH), args);
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
    QCOMPARE(
        cli({u"links"_s, u"create"_s, u"https://shop.example/p?ref=a#top"_s, u"--slug"_s, u"nl"_s, u"--utm-source"_s,
             u"Newsletter"_s, u"--utm-medium"_s, u"email"_s, u"--utm-campaign"_s, u"Spring-Sale"_s,
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
    // A title a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection).
    QCOMPARE(cli({u"links"_s, u"update"_s, u"plain"_s, u"--title"_s, u"=HYPERLINK(\"http://evil.example\")"_s}).code,
             0);
    const Run guarded = cli({u"links"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(guarded.out.contains(u",\"'=HYPERLINK(\"\"http://evil.example\"\")\","_s), qPrintable(guarded.out));
    QVERIFY(!guarded.out.contains(u",\"=HYPERLINK"_s));
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
    QTest::addRow("reserved slug") << QStringList{u"links"_s, create, u"https://a.example/"_s, u"--slug"_s, u"api"_s}
                                   << 1 << u"reserved"_s;
    QTest::addRow("slug with slash") << QStringList{u"links"_s, create, u"https://a.example/"_s, u"--slug"_s, u"a/b"_s}
                                     << 1 << u"not allowed"_s;
    QTest::addRow("missing url") << QStringList{u"links"_s, create} << 2 << u"URL"_s;
    QTest::addRow("unknown option") << QStringList{u"links"_s, create, u"https://a.example/"_s, u"--colour"_s, u"red"_s}
                                    << 2 << u"colour"_s;
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
    const Run dup = cli({u"links"_s, u"create"_s, u"https://b.example/"_s, u"--slug"_s, u"Sale"_s});
    QCOMPARE(dup.code, 1);
    QVERIFY(dup.err.contains(u"already used"_s));
    QVERIFY(dup.out.isEmpty());
}

void TestCli::deleteRemoves()
{
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://a.example/"_s, u"--slug"_s, u"gone"_s}).code, 0);
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://a.example/"_s, u"--slug"_s, u"stays"_s}).code, 0);
    QCOMPARE(cli({u"links"_s, u"delete"_s, u"GONE"_s}).code, 1);   // a back-half is case-sensitive
    const Run del = cli({u"links"_s, u"delete"_s, u"gone"_s});
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

void TestCli::listPagesThroughTiesAndLimits()
{
    // More links than the first pages hold, most of them created in the same millisecond (as an
    // import stores them): paging must neither repeat nor skip one.
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/newest"_s, u"--slug"_s, u"newest"_s}).code, 0);
    constexpr int tied = 3500;
    {
        Database db;
        QVERIFY(db.open(m_dir->filePath(u"linkdeck.sqlite"_s)).ok());
        LinkRepository links(db);
        const QDateTime instant = QDateTime::currentDateTimeUtc().addDays(-1);
        QList<Link> batch;
        for (int i = 0; i < tied + 20; ++i) {
            Link link;
            link.accountId = 1;
            link.domain = u"localhost:8080"_s;
            link.slug = u"bulk%1"_s.arg(i);
            link.shortUrl = LocalProvider::shortUrlFor(link.domain, link.slug);
            link.destination = u"https://shop.example/p/%1"_s.arg(i);
            link.title = i % 2 ? u"odd"_s : u"even"_s;
            // 20 older links, one second apart, after the tied ones.
            link.createdAt = i < tied ? instant : instant.addSecs(-(i - tied + 1));
            batch << link;
        }
        QVERIFY(links.insertMany(batch).ok());
    }
    const qint64 total = tied + 20 + 1;
    const Run all = cli({u"links"_s, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(all.code, 0);
    QJsonParseError error{};
    const QJsonArray links = QJsonDocument::fromJson(all.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(links.size(), total);
    QSet<qint64> ids;
    QString previousCreated;
    qint64 previousId = std::numeric_limits<qint64>::max();
    for (const QJsonValue &v : links) {
        const QJsonObject link = v.toObject();
        const qint64 id = link.value(u"id"_s).toInteger();
        const QString created = link.value(u"createdAt"_s).toString();
        ids.insert(id);
        // Newest first; within one instant, the later id first.
        if (created == previousCreated)
            QVERIFY(id < previousId);
        previousCreated = created;
        previousId = id;
    }
    QCOMPARE(ids.size(), total);
    QCOMPARE(links.first().toObject().value(u"slug"_s).toString(), u"newest"_s);
    QCOMPARE(links.last().toObject().value(u"slug"_s).toString(), u"bulk%1"_s.arg(tied + 19));

    const Run csv = cli({u"links"_s, u"list"_s, u"--format"_s, u"csv"_s, u"--limit"_s, u"2500"_s});
    QCOMPARE(csv.out.count(u"\r\n"_s), 2500 + 1);
    const Run odd = cli({u"links"_s, u"list"_s, u"--format"_s, u"json"_s, u"--filter"_s, u"odd"_s});
    QCOMPARE(QJsonDocument::fromJson(odd.out.toUtf8()).array().size(), (tied + 20) / 2);
    const Run none = cli({u"links"_s, u"list"_s, u"--format"_s, u"json"_s, u"--limit"_s, u"0"_s});
    QCOMPARE(none.code, 0);
    QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).array().size(), 0);
    const Run table = cli({u"links"_s, u"list"_s});
    QCOMPARE(table.out.count(u'\n'), total + 1);
}

void TestCli::helpAndUsageErrorsLeaveNoDatabase()
{
    const QString database = m_dir->filePath(u"linkdeck.sqlite"_s);
    for (const QStringList &args :
         {QStringList{u"links"_s, u"create"_s, u"--help"_s}, QStringList{u"links"_s, u"list"_s, u"-h"_s},
          QStringList{u"links"_s, u"delete"_s, u"--help"_s}, QStringList{u"qr"_s, u"--help"_s},
          QStringList{u"stats"_s, u"--help"_s}, QStringList{u"--help"_s}, QStringList{u"help"_s},
          QStringList{u"links"_s, u"--help"_s}, QStringList{u"links"_s, u"update"_s, u"--help"_s},
          QStringList{u"accounts"_s, u"add"_s, u"--help"_s}, QStringList{u"accounts"_s, u"list"_s, u"-h"_s},
          QStringList{u"accounts"_s, u"remove"_s, u"--help"_s}, QStringList{u"accounts"_s, u"--help"_s},
          QStringList{u"sync"_s, u"--help"_s}}) {
        const Run r = cli(args);
        QVERIFY2(r.code == 0, qPrintable(args.join(u' ')));
        QVERIFY(r.out.contains(u"Usage: linkdeck-cli"_s));
        QVERIFY2(!r.err.contains(u"linkdeck-cli"_s),
                 qPrintable(r.err));   // qr's QGuiApplication may warn about XDG_RUNTIME_DIR
    }
    const Run listHelp = cli({u"links"_s, u"list"_s, u"--help"_s});
    QVERIFY(listHelp.out.contains(u"CSV joins tags with \"; \""_s));
    QVERIFY(listHelp.out.contains(u"UTC"_s));
    for (const QStringList &args :
         {QStringList{u"links"_s, u"frobnicate"_s}, QStringList{u"links"_s, u"create"_s},
          QStringList{u"links"_s, u"list"_s, u"--format"_s, u"xml"_s},
          QStringList{u"links"_s, u"list"_s, u"--limit"_s, u"-3"_s}, QStringList{u"links"_s, u"list"_s, u"stray"_s},
          QStringList{u"links"_s}, QStringList{u"links"_s, u"update"_s, u"x"_s}, QStringList{u"links"_s, u"update"_s},
          QStringList{u"accounts"_s}, QStringList{u"accounts"_s, u"frobnicate"_s}, QStringList{u"accounts"_s, u"add"_s},
          QStringList{u"accounts"_s, u"add"_s, u"X"_s},
          QStringList{u"accounts"_s, u"add"_s, u"X"_s, u"--provider"_s, u"local"_s},
          QStringList{u"accounts"_s, u"list"_s, u"--format"_s, u"xml"_s}, QStringList{u"accounts"_s, u"remove"_s},
          QStringList{u"sync"_s, u"stray"_s}}) {
        const Run r = cli(args);
        QVERIFY2(r.code == 2, qPrintable(args.join(u' ')));
        QVERIFY(r.err.startsWith(u"linkdeck-cli: "_s));
    }
    const Run bad = cli({u"links"_s, u"create"_s, u"javascript:alert(1)"_s});
    QCOMPARE(bad.code, 1);
    QVERIFY(!QFile::exists(database));   // nothing above needed the database
}

void TestCli::globalOptionsComeBeforeTheCommand()
{
    QTemporaryDir other;
    const Run version = cliWithoutDataDir({u"--data-dir"_s, other.path(), u"--version"_s});
    QCOMPARE(version.out, u"linkdeck-cli 0.1.0\n"_s);
    // --data-dir=DIR, and --data-dir among the command's options, are the same.
    QCOMPARE(cliWithoutDataDir({u"--data-dir="_s + other.path(), u"links"_s, u"create"_s, u"https://a.example/"_s,
                                u"--slug"_s, u"a"_s})
                 .code,
             0);
    const Run after =
        cliWithoutDataDir({u"links"_s, u"list"_s, u"--format"_s, u"csv"_s, u"--data-dir"_s, other.path()});
    QCOMPARE(after.code, 0);
    QVERIFY(after.out.contains(u"http://localhost:8080/a"_s));
    // A value that looks like a global option is a value.
    const Run title = cli({u"links"_s, u"create"_s, u"https://a.example/"_s, u"--title"_s, u"--data-dir"_s});
    QCOMPARE(title.code, 0);
    // (In CSV with the leading apostrophe that keeps a spreadsheet from reading "-..." as a formula.)
    QVERIFY(cli({u"links"_s, u"list"_s, u"--format"_s, u"csv"_s}).out.contains(u",'--data-dir,"_s));
    QVERIFY(!QFile::exists(QDir::current().filePath(u"--data-dir"_s)));

    const Run unknown = cli({u"--colour"_s, u"links"_s, u"list"_s});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains(u"colour"_s));
    const Run empty = cliWithoutDataDir({u"--data-dir"_s, QString(), u"links"_s, u"list"_s});
    QCOMPARE(empty.code, 2);
    QVERIFY(empty.err.contains(u"--data-dir"_s));
    const Run missing = cliWithoutDataDir({u"--data-dir"_s});
    QCOMPARE(missing.code, 2);
}

void TestCli::domainsAreChecked()
{
    const Run branded = cli(
        {u"links"_s, u"create"_s, u"https://a.example/"_s, u"--slug"_s, u"x"_s, u"--domain"_s, u"Bücher.Example"_s});
    QCOMPARE(branded.code, 0);
    QCOMPARE(branded.out, u"https://xn--bcher-kva.example/x\n"_s);
    for (const QString &domain :
         {u"a b"_s, u"shop.example/path"_s, u"https://shop.example"_s, u"user@shop.example"_s, u" "_s}) {
        const Run r = cli({u"links"_s, u"create"_s, u"https://a.example/"_s, u"--domain"_s, domain});
        QVERIFY2(r.code == 1, qPrintable(domain));
        QVERIFY(r.err.contains(u"not a domain name"_s));
    }
    QCOMPARE(cli({u"links"_s, u"delete"_s, u"x"_s}).code, 1);   // not on this computer's domain
    const Run del = cli({u"links"_s, u"delete"_s, u"x"_s, u"--domain"_s, u"bücher.example"_s});
    QCOMPARE(del.code, 0);
    QCOMPARE(del.out, u"Deleted https://xn--bcher-kva.example/x\n"_s);
}

void TestCli::unopenableDatabaseFails()
{
    // A file where the data folder should be: the database cannot be created.
    const QString file = m_dir->filePath(u"not-a-folder"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const Run r = cliWithoutDataDir({u"--data-dir"_s, file, u"links"_s, u"list"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.startsWith(u"linkdeck-cli: "_s));
    QVERIFY(r.err.contains(u"database"_s));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(cliWithoutDataDir({u"--data-dir"_s, file, u"links"_s, u"list"_s, u"--help"_s}).code, 0);
}

void TestCli::csvFieldRules()
{
    QCOMPARE(Cli::csvField(u"plain"_s), u"plain"_s);
    QCOMPARE(Cli::csvField(u"a,b"_s), u"\"a,b\""_s);
    QCOMPARE(Cli::csvField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(Cli::csvField(u"two\nlines"_s), u"\"two\nlines\""_s);
    QCOMPARE(Cli::csvRow({u"a"_s, u"b,c"_s}), u"a,\"b,c\"\r\n"_s);
}

Link TestCli::sampleLink(const QString &slug, const QString &title)
{
    Link link;
    link.id = 7;
    link.accountId = 1;
    link.domain = u"localhost:8080"_s;
    link.slug = slug;
    link.shortUrl = u"http://localhost:8080/"_s + slug;
    link.destination = u"https://shop.example/?utm_source=nl&utm_campaign=spring"_s;
    link.title = title;
    link.tags = {u"print"_s, u"spring sale"_s};
    link.clicks = 1234;
    link.createdAt = QDateTime(QDate(2026, 3, 29), QTime(8, 30), Qt::UTC);
    link.updatedAt = link.createdAt.addSecs(60);
    return link;
}

QString TestCli::written(Cli::ListFormat format, const QList<Link> &links)
{
    QString text;
    QTextStream out(&text);
    const auto writer = Cli::LinkWriter::create(format, out, {{1, u"This computer"_s}});
    writer->begin(links.mid(0, 1));
    for (const Link &link : links)
        writer->write(link);
    writer->end();
    out.flush();
    return text;
}

void TestCli::csvWriterQuotesAndJoinsTags()
{
    const QString csv = written(Cli::ListFormat::Csv, {sampleLink(u"a"_s, u"Sale, \"big\" one"_s)});
    QCOMPARE(csv,
             u"short_url,domain,slug,destination,title,tags,campaign,clicks,created_at\r\n"
             "http://localhost:8080/a,localhost:8080,a,https://shop.example/?utm_source=nl&utm_campaign=spring,"
             "\"Sale, \"\"big\"\" one\",print; spring sale,spring,1234,2026-03-29T08:30:00Z\r\n"_s);
    QCOMPARE(written(Cli::ListFormat::Csv, {}), Cli::csvRow(Cli::csvHeader()));
}

void TestCli::jsonWriterStreamsAValidArray()
{
    for (int n : {0, 1, 3}) {
        QList<Link> links;
        for (int i = 0; i < n; ++i)
            links << sampleLink(u"s%1"_s.arg(i), u"Title \"%1\"\n"_s.arg(i));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(written(Cli::ListFormat::Json, links).toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.array().size(), n);
    }
    Link link = sampleLink(u"s"_s, u"T"_s);
    link.expiresAt = QDateTime(QDate(2026, 12, 31), QTime(23, 0), Qt::UTC);
    link.maxClicks = 100;
    const QJsonObject o = Cli::linkJson(link, u"This computer"_s);
    link.validSince = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    link.fallbackUrl = u"https://shop.example/ended"_s;
    QCOMPARE(o.keys().size(), 21);   // startsAt, fallbackUrl, preview* and variants always there, null when unset
    QCOMPARE(o.value(u"passwordProtected"_s), QJsonValue(false));   // never the hash (issue 15)
    const QJsonObject limited = Cli::linkJson(link, u"This computer"_s);
    QCOMPARE(limited.value(u"startsAt"_s).toString(), u"2026-12-01T08:00:00Z"_s);
    QCOMPARE(limited.value(u"fallbackUrl"_s).toString(), u"https://shop.example/ended"_s);
    QCOMPARE(o.value(u"createdAt"_s).toString(), u"2026-03-29T08:30:00Z"_s);
    QCOMPARE(o.value(u"updatedAt"_s).toString(), u"2026-03-29T08:31:00Z"_s);
    QCOMPARE(o.value(u"expiresAt"_s).toString(), u"2026-12-31T23:00:00Z"_s);
    QCOMPARE(o.value(u"maxClicks"_s).toInteger(), 100);
    QCOMPARE(o.value(u"campaign"_s).toString(), u"spring"_s);
    QCOMPARE(o.value(u"tags"_s).toArray(), (QJsonArray{u"print"_s, u"spring sale"_s}));
    QCOMPARE(o.value(u"account"_s).toString(), u"This computer"_s);
    const QJsonObject plain = Cli::linkJson(sampleLink(u"s"_s, u"T"_s), u"This computer"_s);
    QVERIFY(plain.value(u"expiresAt"_s).isNull());
    QVERIFY(plain.value(u"maxClicks"_s).isNull());
    QVERIFY(plain.value(u"startsAt"_s).isNull());
    QVERIFY(plain.value(u"fallbackUrl"_s).isNull());
}

void TestCli::tableWriterAlignsColumns()
{
    Link longer = sampleLink(u"a-much-longer-back-half"_s, u"Second"_s);
    longer.destination = u"https://xn--bcher-kva.example/"_s;
    const QStringList lines =
        written(Cli::ListFormat::Table, {sampleLink(u"a"_s, u"First"_s), longer}).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const qsizetype destination = lines.at(0).indexOf(u"DESTINATION"_s);
    QVERIFY(destination > 0);
    QCOMPARE(lines.at(1).indexOf(u"https://shop.example/"_s), destination);
    // Only the first page sizes the columns: the longer short URL is cut, the columns stay.
    QCOMPARE(lines.at(2).indexOf(u"https://bücher.example/"_s), destination);   // shown readable
    QVERIFY(lines.at(2).contains(QChar(0x2026)));
    // People's dates: the user's zone and locale ("3/29/26 10:30 AM", "29.03.26 10:30").
    const QString created =
        QLocale().toString(sampleLink(u"a"_s, u"First"_s).createdAt.toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(lines.at(1).mid(lines.at(0).indexOf(u"CREATED"_s)).contains(created), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(u"print, spring sale"_s));
    QVERIFY(!lines.at(0).endsWith(u' '));

    QCOMPARE(Cli::fitColumn(u"abc"_s, 5), u"abc  "_s);
    QCOMPARE(Cli::fitColumn(u"abcdef"_s, 4), u"abc"_s + QChar(0x2026));
    QCOMPARE(Cli::listFormatFromName(u"csv"_s), Cli::ListFormat::Csv);
    QVERIFY(!Cli::listFormatFromName(u"xml"_s));
}

void TestCli::normalisedDomains()
{
    QCOMPARE(Cli::normalisedDomain(u"Links.Example"_s), u"links.example"_s);
    QCOMPARE(Cli::normalisedDomain(u" localhost:8080 "_s), u"localhost:8080"_s);
    QCOMPARE(Cli::normalisedDomain(u"bücher.example"_s), u"xn--bcher-kva.example"_s);
    QCOMPARE(Cli::normalisedDomain(u"[::1]:9000"_s), u"[::1]:9000"_s);
    QCOMPARE(Cli::normalisedDomain(u"a b"_s), QString());
    QCOMPARE(Cli::normalisedDomain(u"a.example/x"_s), QString());
    QCOMPARE(Cli::normalisedDomain(u"a.example?x"_s), QString());
    QCOMPARE(Cli::normalisedDomain(u"me@a.example"_s), QString());
    QCOMPARE(Cli::normalisedDomain(u"a.example:port"_s), QString());
    QCOMPARE(Cli::normalisedDomain(QString()), QString());
}

void TestCli::qrOfALinkDecodes()
{
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/spring"_s, u"--slug"_s, u"spring"_s}).code, 0);
    const QString png = m_dir->filePath(u"spring.png"_s);
    const Run r =
        cli({u"qr"_s, u"spring"_s, u"-o"_s, png, u"--size-mm"_s, u"40"_s, u"--dpi"_s, u"300"_s, u"--ecc"_s, u"H"_s,
             u"--shape"_s, u"rounded"_s, u"--finder"_s, u"rounded"_s, u"--caption"_s, u"localhost:8080/spring"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), png);
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--nodbus"_s, u"--raw"_s, u"-q"_s, png});
    QVERIFY(zbar.waitForFinished(30000));
    QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(),
             u"http://localhost:8080/spring"_s);   // the slug's short URL

    const Run faint = cli({u"qr"_s, u"any text"_s, u"-o"_s, m_dir->filePath(u"faint.svg"_s), u"--fg"_s, u"#cccccc"_s});
    QCOMPARE(faint.code, 0);
    QVERIFY(faint.err.contains(u"warning"_s) && faint.err.contains(u"contrast"_s));
}

void TestCli::qrRefusesBadOptions()
{
    const QString out = m_dir->filePath(u"x.png"_s);
    QCOMPARE(cli({u"qr"_s, u"x"_s}).code, 2);                                         // no -o
    QCOMPARE(cli({u"qr"_s, u"x"_s, u"-o"_s, m_dir->filePath(u"x.bmp"_s)}).code, 2);   // unknown format
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
    const Run r = cli({u"qr-sheet"_s, u"one"_s, u"two"_s, u"three"_s, u"-o"_s, pdf, u"--paper"_s, u"letter"_s,
                       u"--grid"_s, u"2x1"_s});
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
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/a?utm_campaign=spring"_s, u"--slug"_s, u"a"_s}).code,
             0);
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/b?utm_campaign=spring"_s, u"--slug"_s, u"b"_s}).code,
             0);
    {
        // Clicks as the redirect server's rollups hold them: Berlin 29 March 2026 00:30 (23:30 UTC the day before).
        Database db;
        QVERIFY(db.open(m_dir->filePath(u"linkdeck.sqlite"_s)).ok());
        const qint64 hour = QDateTime(QDate(2026, 3, 28), QTime(23, 0), Qt::UTC).toSecsSinceEpoch();
        QVERIFY(Rollups::addHour(db.connection(), 1, hour, 3, 2, {{u"country"_s, u"DE"_s, 5}}));
        QVERIFY(Rollups::addHour(db.connection(), 2, hour, 4, 0, {{u"country"_s, u"FR"_s, 4}}));
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
    const Run withBots =
        cli({u"stats"_s, u"clicks"_s, u"spring"_s, u"--from"_s, u"2026-03-28"_s, u"--to"_s, u"2026-03-29"_s, u"--tz"_s,
             u"Europe/Berlin"_s, u"--include-bots"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(withBots.code, 0);
    QVERIFY(withBots.out.startsWith(u"start,end,clicks"_s));
    const Run campaign = cli({u"stats"_s, u"clicks"_s, u"spring"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s,
                              u"2026-03-31"_s, u"--unit"_s, u"month"_s, u"--tz"_s, u"Europe/Berlin"_s});
    QCOMPARE(QJsonDocument::fromJson(campaign.out.toUtf8()).object().value(u"total"_s).toInt(), 7);   // both links
    const Run countries =
        cli({u"stats"_s, u"countries"_s, u"spring"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s});
    const QJsonArray rows = QJsonDocument::fromJson(countries.out.toUtf8()).object().value(u"countries"_s).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(u"country"_s).toString(), u"DE"_s);
    QCOMPARE(cli({u"stats"_s, u"clicks"_s, u"nothing"_s}).code, 1);
    QCOMPARE(cli({u"stats"_s, u"clicks"_s, u"a"_s, u"--tz"_s, u"Mars/Olympus"_s}).code, 2);
}

// `stats clicks spring --account srv` where spring is a campaign of the Shlink account srv,
// not a back-half: the campaign's links in that account, from the figures kept of them (the
// server cannot be reached here). Without --account, the campaign in every account.
void TestCli::statsOfACampaignInAnAccount()
{
    QCOMPARE(
        cli({u"links"_s, u"create"_s, u"https://shop.example/here?utm_campaign=spring"_s, u"--slug"_s, u"here"_s}).code,
        0);
    const QDate first(2026, 11, 1);
    const QDate last(2026, 11, 28);
    {
        Database db;
        QVERIFY(db.open(m_dir->filePath(u"linkdeck.sqlite"_s)).ok());
        Account server;
        server.provider = ProviderKind::Shlink;
        server.name = u"srv"_s;
        server.apiBase = u"http://127.0.0.1:9"_s;   // nothing answers
        server.defaultDomain = u"s.test"_s;
        const Result<Account> added = AccountRepository(db).add(server);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QList<Link> links;
        for (const QString &slug : {u"s1"_s, u"s2"_s, u"other"_s}) {
            Link link;
            link.accountId = added->id;
            link.remoteId = slug;
            link.domain = u"s.test"_s;
            link.slug = slug;
            link.shortUrl = u"https://s.test/"_s + slug;
            link.destination = u"https://shop.example/"_s + slug
                + (slug == u"other" ? u"?utm_campaign=fall"_s : u"?utm_campaign=spring"_s);
            links << link;
        }
        QVERIFY(LinkRepository(db).upsertRemote(added->id, links));
        // What was fetched from the server before: its visits by the hour (and by the day), and its countries.
        const QDateTime from(first, QTime(0, 0), QTimeZone::utc());
        const QDateTime to(last.addDays(1), QTime(0, 0), QTimeZone::utc());
        const QList<std::pair<QString, QList<ClickPoint>>> kept{
            {u"s1"_s, {{QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()), 5}}},
            {u"s2"_s, {{QDateTime(QDate(2026, 11, 22), QTime(23, 0), QTimeZone::utc()), 2}}},
            {u"other"_s, {{QDateTime(QDate(2026, 11, 22), QTime(23, 0), QTimeZone::utc()), 100}}}};
        ProviderStats cache(db);
        for (const auto &[remoteId, points] : kept) {
            for (TimeUnit unit : {TimeUnit::Hour, TimeUnit::Day})
                QVERIFY(cache.store(added->id, remoteId, ProviderStats::requestKey(from, to, unit), points));
        }
        QVERIFY(
            cache.storeShares(added->id, u"s1"_s, ProviderStats::breakdownKey(u"country"_s, from, to), {{u"NL"_s, 5}}));
        // This computer's link of the campaign: 3 clicks from Germany.
        const auto here = LinkRepository(db).findBySlug(u"localhost:8080"_s, u"here"_s);
        QVERIFY(here);
        const qint64 hour = QDateTime(QDate(2026, 11, 21), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QVERIFY(Rollups::addHour(db.connection(), here->id, hour, 3, 0, {{u"country"_s, u"DE"_s, 3}}));
    }
    // Keep linkdeck-cli away from any keyring of this machine: reading srv's token fails at once.
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    const auto restore = qScopeGuard([&] {
        if (bus.isNull())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    });
    const QStringList period{u"--from"_s, first.toString(Qt::ISODate),
                             u"--to"_s,   last.toString(Qt::ISODate),
                             u"--unit"_s, u"day"_s,
                             u"--tz"_s,   u"UTC"_s};

    const Run narrowed = cli(QStringList{u"stats"_s, u"clicks"_s, u"spring"_s, u"--account"_s, u"srv"_s} + period);
    QVERIFY2(narrowed.code == 0, qPrintable(narrowed.err));
    QVERIFY2(!narrowed.err.contains(u"There is no link"_s), qPrintable(narrowed.err));
    QVERIFY2(narrowed.err.contains(u"Showing the figures saved earlier"_s), qPrintable(narrowed.err));
    const QJsonObject json = QJsonDocument::fromJson(narrowed.out.toUtf8()).object();
    QCOMPARE(json.value(u"target"_s).toString(), u"spring"_s);
    QCOMPARE(json.value(u"account"_s).toString(), u"srv"_s);
    QCOMPARE(json.value(u"total"_s).toInt(), 7);   // s1 and s2; not this computer's link, not "other"
    const QJsonArray series = json.value(u"series"_s).toArray();
    QCOMPARE(series.size(), 28);
    QCOMPARE(series.at(19).toObject().value(u"clicks"_s).toInt(), 5);   // 20 November
    QCOMPARE(series.at(21).toObject().value(u"clicks"_s).toInt(), 2);   // 22 November, 23:00 UTC

    const Run countries =
        cli(QStringList{u"stats"_s, u"countries"_s, u"spring"_s, u"--account"_s, u"srv"_s, u"--format"_s, u"csv"_s}
            + period);
    QVERIFY2(countries.code == 0, qPrintable(countries.err));
    QCOMPARE(countries.out, u"country,clicks\r\nNL,5\r\n"_s);

    // A back-half of the account still means the link.
    const Run link = cli(QStringList{u"stats"_s, u"clicks"_s, u"s2"_s, u"--account"_s, u"srv"_s} + period);
    QVERIFY2(link.code == 0, qPrintable(link.err));
    QCOMPARE(QJsonDocument::fromJson(link.out.toUtf8()).object().value(u"total"_s).toInt(), 2);
    QCOMPARE(QJsonDocument::fromJson(link.out.toUtf8()).object().value(u"shortUrl"_s).toString(),
             u"https://s.test/s2"_s);

    // Every account: this computer's 3 clicks too; and this computer's alone.
    const Run everywhere = cli(QStringList{u"stats"_s, u"clicks"_s, u"spring"_s} + period);
    QVERIFY2(everywhere.code == 0, qPrintable(everywhere.err));
    QCOMPARE(QJsonDocument::fromJson(everywhere.out.toUtf8()).object().value(u"total"_s).toInt(), 10);
    const Run here =
        cli(QStringList{u"stats"_s, u"clicks"_s, u"spring"_s, u"--account"_s, u"This computer"_s} + period);
    QVERIFY2(here.code == 0, qPrintable(here.err));
    QCOMPARE(QJsonDocument::fromJson(here.out.toUtf8()).object().value(u"total"_s).toInt(), 3);

    const Run nothing = cli({u"stats"_s, u"clicks"_s, u"winter"_s, u"--account"_s, u"srv"_s});
    QCOMPARE(nothing.code, 1);
    QVERIFY2(
        nothing.err.contains(u"There is no link “winter” and no campaign or tag of that name in the account “srv”."_s),
        qPrintable(nothing.err));
}

void TestCli::updateOnThisComputer()
{
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/spring"_s, u"--slug"_s, u"spring"_s}).code, 0);
    const Run updated = cli({u"links"_s, u"update"_s, u"spring"_s, u"--url"_s, u"shop.example/summer"_s, u"--title"_s,
                             u"Summer"_s, u"--tag"_s, u"a"_s, u"--tag"_s, u"b"_s});
    QCOMPARE(updated.code, 0);
    QCOMPARE(updated.out, u"http://localhost:8080/spring\n"_s);
    QJsonObject link = QJsonDocument::fromJson(cli({u"links"_s, u"list"_s, u"--format"_s, u"json"_s}).out.toUtf8())
                           .array()
                           .first()
                           .toObject();
    QCOMPARE(link.value(u"destination"_s).toString(), u"https://shop.example/summer"_s);
    QCOMPARE(link.value(u"title"_s).toString(), u"Summer"_s);
    QCOMPARE(link.value(u"tags"_s).toArray(), (QJsonArray{u"a"_s, u"b"_s}));

    const Run renamed =
        cli({u"links"_s, u"update"_s, u"spring"_s, u"--new-slug"_s, u"fall"_s, u"--account"_s, u"This computer"_s});
    QCOMPARE(renamed.code, 0);
    QCOMPARE(renamed.out, u"http://localhost:8080/fall\n"_s);
    link = QJsonDocument::fromJson(cli({u"links"_s, u"list"_s, u"--format"_s, u"json"_s}).out.toUtf8())
               .array()
               .first()
               .toObject();
    QCOMPARE(link.value(u"slug"_s).toString(), u"fall"_s);
    QCOMPARE(link.value(u"title"_s).toString(), u"Summer"_s);   // the rest stays

    const Run missing = cli({u"links"_s, u"update"_s, u"spring"_s, u"--title"_s, u"X"_s});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains(u"no link"_s));
    const Run script = cli({u"links"_s, u"update"_s, u"fall"_s, u"--url"_s, u"javascript:alert(1)"_s});
    QCOMPARE(script.code, 1);
    QVERIFY(script.err.contains(u"script"_s));
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/x"_s, u"--slug"_s, u"taken"_s}).code, 0);
    const Run taken = cli({u"links"_s, u"update"_s, u"fall"_s, u"--new-slug"_s, u"taken"_s});
    QCOMPARE(taken.code, 1);
    QVERIFY(taken.err.contains(u"already used"_s));
}

void TestCli::accountsOfThisComputer()
{
    const Run table = cli({u"accounts"_s, u"list"_s});
    QCOMPARE(table.code, 0);
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(u"ID"_s) && lines.at(0).contains(u"LAST SYNC"_s));
    QVERIFY(lines.at(1).contains(u"This computer"_s) && lines.at(1).contains(u"local"_s)
            && lines.at(1).contains(u"localhost:8080"_s));
    const Run csv = cli({u"accounts"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.out,
             u"id,name,provider,default_domain,api_base,last_sync_at\r\n1,This computer,local,localhost:8080,,\r\n"_s);

    const Run remove = cli({u"accounts"_s, u"remove"_s, u"This computer"_s});
    QCOMPARE(remove.code, 1);
    QVERIFY(remove.err.contains(u"cannot be removed"_s));
    const Run unknown = cli({u"accounts"_s, u"remove"_s, u"Nope"_s});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.contains(u"no account “Nope”"_s));

    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/a"_s, u"--slug"_s, u"a"_s, u"--account"_s,
                  u"this computer"_s})
                 .code,
             0);
    const Run nowhere = cli({u"links"_s, u"create"_s, u"https://shop.example/b"_s, u"--account"_s, u"Nope"_s});
    QCOMPARE(nowhere.code, 1);
    QVERIFY(nowhere.err.contains(u"no account “Nope”"_s));
    QCOMPARE(
        cli({u"links"_s, u"list"_s, u"--account"_s, u"This computer"_s, u"--format"_s, u"csv"_s}).out.count(u"\r\n"_s),
        2);
    QCOMPARE(cli({u"links"_s, u"list"_s, u"--account"_s, u"Nope"_s}).code, 1);
    QCOMPARE(cli({u"links"_s, u"delete"_s, u"a"_s, u"--account"_s, u"Nope"_s}).code, 1);

    // Nothing to read or send without accounts of link services.
    const Run sync = cli({u"sync"_s});
    QCOMPARE(sync.code, 0);
    QVERIFY(sync.out.isEmpty() && sync.err.isEmpty());
    QCOMPARE(cli({u"sync"_s, u"--account"_s, u"This computer"_s}).code, 1);
}

void TestCli::helpNamesTheAccountCommands()
{
    const Run help = cli({u"--help"_s});
    for (const QString &command : {u"accounts add NAME --provider"_s, u"accounts list"_s, u"accounts remove NAME"_s,
                                   u"links update SLUG"_s, u"sync [--account NAME]"_s, u"--account NAME"_s})
        QVERIFY2(help.out.contains(command), qPrintable(command));
    const Run add = cli({u"accounts"_s, u"add"_s, u"--help"_s});
    for (const QString &option : {u"--provider"_s, u"--api-base"_s, u"--workspace"_s, u"--domain"_s, u"--token-stdin"_s,
                                  u"--no-check"_s, u"keychain"_s})
        QVERIFY2(add.out.contains(option), qPrintable(option));
    for (const QStringList &args :
         {QStringList{u"links"_s, u"create"_s, u"--help"_s}, QStringList{u"links"_s, u"list"_s, u"--help"_s},
          QStringList{u"links"_s, u"update"_s, u"--help"_s}, QStringList{u"links"_s, u"delete"_s, u"--help"_s},
          QStringList{u"stats"_s, u"--help"_s}, QStringList{u"sync"_s, u"--help"_s}})
        QVERIFY2(cli(args).out.contains(u"--account <name>"_s), qPrintable(args.join(u' ')));
    QVERIFY(cli({u"links"_s, u"update"_s, u"--help"_s}).out.contains(u"--new-slug"_s));
    const Run group = cli({u"accounts"_s});
    QCOMPARE(group.code, 2);
    QVERIFY(group.err.contains(u"add, list, remove"_s));
}

// A German user reads German sentences, while what scripts read (CSV, JSON) is the same
// bytes in every locale: no decimal commas, no translated headers, ISO dates.
void TestCli::germanSentencesSameData()
{
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/herbst?utm_campaign=herbst"_s, u"--slug"_s,
                  u"herbst"_s, u"--title"_s, u"Herbst 1.5"_s})
                 .code,
             0);
    const QStringList dataDir{u"--data-dir"_s, m_dir->path()};
    for (const QString &format : {u"csv"_s, u"json"_s}) {
        const QStringList args = dataDir + QStringList{u"links"_s, u"list"_s, u"--format"_s, format};
        const Run english = cliWithoutDataDir(args);
        const Run german = cliWithoutDataDir(args, u"de"_s);
        QCOMPARE(german.code, 0);
        QCOMPARE(german.out, english.out);
    }
    const Run refused =
        cliWithoutDataDir(dataDir + QStringList{u"links"_s, u"create"_s, u"javascript:alert(1)"_s}, u"de"_s);
    QVERIFY(refused.code != 0);
    QVERIFY2(refused.err.contains(u"werden abgelehnt"_s), qPrintable(refused.err));
}

namespace {

// Mounts a tmpfs on `dir` (as root; false elsewhere), for a read-only folder root can still not
// write to, or a disk that is full.
bool mountTmpfs(const QString &dir, const QString &options)
{
    QProcess mount;
    mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, options, u"tmpfs"_s, dir});
    return mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
}

void unmount(const QString &dir)
{
    QProcess::execute(u"umount"_s, {dir});
}

}   // namespace

// The links table's first page overwritten: every command says the database is damaged and
// fails, instead of an empty list (exit 0) or "There is no link".
void TestCli::damagedDatabaseFailsClearly()
{
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://a.example/"_s, u"--slug"_s, u"s1"_s}).code, 0);
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://b.example/"_s, u"--slug"_s, u"s2"_s}).code, 0);
    const QString path = m_dir->filePath(u"linkdeck.sqlite"_s);
    const QString damaged = Linkdeck::Test::damageLinksTable(path);
    QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
    const QList<QStringList> commands{{u"links"_s, u"list"_s},
                                      {u"links"_s, u"list"_s, u"--format"_s, u"json"_s},
                                      {u"links"_s, u"delete"_s, u"s1"_s},
                                      {u"links"_s, u"update"_s, u"s2"_s, u"--title"_s, u"T"_s}};
    for (const QStringList &command : commands) {
        const Run r = cli(command);
        QVERIFY2(r.code == 1, qPrintable(command.join(u' ') + u": "_s + QString::number(r.code)));
        QVERIFY2(r.err.contains(u"The link database “%1” is damaged"_s.arg(path)), qPrintable(r.err));
        QVERIFY(r.err.contains(u"restore a backup"_s));
        QVERIFY(!r.err.contains(u"no link"_s));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }
}

void TestCli::notADatabaseFileIsNamed()
{
    const QString path = m_dir->filePath(u"linkdeck.sqlite"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("These are my notes, not a database.\n");
    f.close();
    const Run r = cli({u"links"_s, u"list"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"“%1” is not a Linkdeck database: it is not an SQLite file."_s.arg(path)),
             qPrintable(r.err));
    QVERIFY(!r.err.contains(u"Could not prepare"_s));
    QVERIFY(r.out.isEmpty());
}

void TestCli::readOnlyFolderIsNamed()
{
    const QString folder = m_dir->filePath(u"ro"_s);
    QVERIFY(QDir().mkpath(folder));
    if (!mountTmpfs(folder, u"ro,size=64k"_s))
        QSKIP("mounting a tmpfs needs root");
    const auto unmounted = qScopeGuard([&] { unmount(folder); });
    const Run r = cliWithoutDataDir({u"--data-dir"_s, folder, u"links"_s, u"list"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"cannot be opened for writing: the file or its folder is read-only"_s), qPrintable(r.err));
    QVERIFY(!r.err.contains(u"Could not prepare"_s));
}

// A small tmpfs filled to several levels: whatever step runs out of space, the sentence says
// the disk is full, and the command fails.
void TestCli::fullDiskIsNamed()
{
    const QString folder = m_dir->filePath(u"full"_s);
    QVERIFY(QDir().mkpath(folder));
    if (!mountTmpfs(folder, u"size=64k"_s))
        QSKIP("mounting a tmpfs needs root");
    const auto unmounted = qScopeGuard([&] { unmount(folder); });
    const QDir dir(folder);
    for (const int fill : {0, 20000, 40000, 60000, 65536}) {
        for (const QString &name : dir.entryList(QDir::Files))
            QVERIFY(QFile::remove(dir.filePath(name)));
        QFile f(dir.filePath(u"fill"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(fill, '\0'));
        f.close();
        const Run r = cliWithoutDataDir({u"--data-dir"_s, folder, u"links"_s, u"list"_s});
        QVERIFY2(r.code == 1, qPrintable(u"%1 bytes filled: %2"_s.arg(fill).arg(r.code)));
        QVERIFY2(r.err.contains(u"disk is full"_s), qPrintable(u"%1 bytes filled: %2"_s.arg(fill).arg(r.err)));
        QVERIFY(!r.err.contains(u"Could not prepare"_s));
    }

    // A database that was made, on a disk filled later.
    const QString later = m_dir->filePath(u"later"_s);
    QVERIFY(QDir().mkpath(later));
    QVERIFY(mountTmpfs(later, u"size=1m"_s));
    const auto unmountedLater = qScopeGuard([&] { unmount(later); });
    const QStringList at{u"--data-dir"_s, later};
    QCOMPARE(
        cliWithoutDataDir(at + QStringList{u"links"_s, u"create"_s, u"https://a.example/"_s, u"--slug"_s, u"a"_s}).code,
        0);
    QFile f(QDir(later).filePath(u"fill"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    while (f.write(QByteArray(4096, '\0')) == 4096 && f.flush()) {}
    f.close();
    const Run r = cliWithoutDataDir(at
                                    + QStringList{u"links"_s, u"create"_s, u"https://b.example/"_s, u"--slug"_s, u"b"_s,
                                                  u"--title"_s, QString(3000, u'x')});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"disk is full"_s), qPrintable(r.err));
}

// A title with an OSC (retitles the window) and an SGR sequence, and a domain and short URL with
// ESC and the 8-bit CSI (U+009B), as a link service could send them: the table and the
// sentences show them as escapes; CSV and JSON keep the exact data.
void TestCli::terminalEscapesAreNeutralised()
{
    const QString title = u"\x1b]0;pwned\x07 and \x1b[31mred"_s;
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://a.example/"_s, u"--slug"_s, u"esc"_s, u"--title"_s, title}).code,
             0);
    {
        Database db;
        QVERIFY(db.open(m_dir->filePath(u"linkdeck.sqlite"_s)).ok());
        QSqlQuery q(db.connection());
        q.prepare(
            uR"(INSERT INTO links(account_id, domain, slug, short_url, destination, title, tags, created_at, updated_at)
                      VALUES (1, ?, 'c1', ?, 'https://b.example/', 'plain', ?, 1, 1))"_s);
        q.addBindValue(u"evil\x1b[2J.example"_s);
        q.addBindValue(u"http://evil\x1b[2J.example/\u009b31mc1"_s);
        q.addBindValue(u"tag\x1b[8m"_s);
        QVERIFY(q.exec());
    }
    const Run table = cli({u"links"_s, u"list"_s});
    QCOMPARE(table.code, 0);
    for (const QChar c : {QChar(0x1b), QChar(0x07), QChar(0x9b)})
        QVERIFY2(!table.out.contains(c), qPrintable(u"U+%1 in: %2"_s.arg(c.unicode(), 4, 16).arg(table.out)));
    QVERIFY2(table.out.contains(u"\\x1b]0;pwned\\x07"_s), qPrintable(table.out));
    QVERIFY(table.out.contains(u"\\x1b[2J"_s));
    QVERIFY(table.out.contains(u"\\x9b31mc1"_s));

    const Run json = cli({u"links"_s, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(json.code, 0);
    QVERIFY(!json.out.contains(QChar(0x1b)));   // escaped by JSON itself
    QStringList titles;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.out.toUtf8()).array())
        titles << v.toObject().value(u"title"_s).toString();
    QVERIFY2(titles.contains(title), qPrintable(titles.join(u'|')));

    const Run csv = cli({u"links"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.code, 0);
    QVERIFY(csv.out.contains(title));   // exact data, for programs
    QVERIFY(csv.out.contains(u"http://evil\x1b[2J.example/\u009b31mc1"_s));

    // The sentences on stderr too: the slug given is repeated in "There is no link".
    const Run missing = cli({u"links"_s, u"delete"_s, u"no\x1b]0;pwned\x07such"_s});
    QCOMPARE(missing.code, 1);
    QVERIFY(!missing.err.contains(QChar(0x1b)) && !missing.err.contains(QChar(0x07)));
    QVERIFY2(missing.err.contains(u"no\\x1b]0;pwned\\x07such"_s), qPrintable(missing.err));
}

void TestCli::forTerminalRules()
{
    QCOMPARE(Cli::forTerminal(u"plain – text ✓"_s), u"plain – text ✓"_s);
    QCOMPARE(Cli::forTerminal(u"a\x1b[31mb\x07"_s), u"a\\x1b[31mb\\x07"_s);
    QCOMPARE(Cli::forTerminal(u"a\nb\tc\rd"_s), u"a\\x0ab\\x09c\\x0dd"_s);
    QCOMPARE(Cli::forTerminal(u"a\nb\tc\rd"_s, true), u"a\nb\tc\\x0dd"_s);   // a sentence keeps its lines
    QCOMPARE(Cli::forTerminal(u"\x7f\u0080\u009b\u009f\u00a0"_s), u"\\x7f\\x80\\x9b\\x9f\u00a0"_s);
    QCOMPARE(Cli::forTerminal(QString(QChar(0))), u"\\x00"_s);
}

// Issue 15: --starts, --expires, --max-clicks and --fallback on create, shown by list --format
// json; --no-expiry and friends on update; bad values are usage errors (2), what LinkLimits
// refuses is an error (1), each a sentence. Dates relative to today, read in the local zone.
void TestCli::limitsOnCreateAndUpdate()
{
    const auto listed = [this](const QString &slug) {
        const QJsonArray all =
            QJsonDocument::fromJson(cli({u"links"_s, u"list"_s, u"--format"_s, u"json"_s}).out.toUtf8()).array();
        for (const QJsonValue &v : all) {
            if (v.toObject().value(u"slug"_s).toString() == slug)
                return v.toObject();
        }
        return QJsonObject();
    };
    const auto utc = [](const QJsonValue &v) { return QDateTime::fromString(v.toString(), Qt::ISODate); };
    const QDate lastDay = QDate::currentDate().addDays(30);
    const Run created = cli({u"links"_s, u"create"_s, u"https://shop.example/xmas"_s, u"--slug"_s, u"xmas"_s,
                             u"--expires"_s, lastDay.toString(Qt::ISODate), u"--fallback"_s, u"shop.example/offers"_s});
    QCOMPARE(created.code, 0);
    QCOMPARE(created.out, u"http://localhost:8080/xmas\n"_s);
    QJsonObject link = listed(u"xmas"_s);
    // A date alone: the link works all that day, in this computer's zone.
    QCOMPARE(utc(link.value(u"expiresAt"_s)), QDateTime(lastDay.addDays(1), QTime(0, 0)).toUTC());
    QCOMPARE(link.value(u"fallbackUrl"_s).toString(), u"https://shop.example/offers"_s);
    QVERIFY(link.value(u"startsAt"_s).isNull());
    QVERIFY(link.value(u"maxClicks"_s).isNull());

    // A time with a zone is taken as given.
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(2);
    const QString startText = start.toString(u"yyyy-MM-ddTHH:mm"_s) + u"Z"_s;
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/launch"_s, u"--slug"_s, u"launch"_s, u"--starts"_s,
                  startText, u"--max-clicks"_s, u"500"_s})
                 .code,
             0);
    link = listed(u"launch"_s);
    QCOMPARE(utc(link.value(u"startsAt"_s)), QDateTime::fromString(startText, Qt::ISODate));
    QCOMPARE(link.value(u"maxClicks"_s).toInteger(), 500);
    QVERIFY(link.value(u"fallbackUrl"_s).isNull());

    // Update: a click limit instead of the end; the fallback stays.
    const Run updated = cli({u"links"_s, u"update"_s, u"xmas"_s, u"--no-expiry"_s, u"--max-clicks"_s, u"3"_s});
    QCOMPARE(updated.code, 0);
    link = listed(u"xmas"_s);
    QVERIFY(link.value(u"expiresAt"_s).isNull());
    QCOMPARE(link.value(u"maxClicks"_s).toInteger(), 3);
    QCOMPARE(link.value(u"fallbackUrl"_s).toString(), u"https://shop.example/offers"_s);
    // Removing the last limit while a fallback is left is refused with core's sentence.
    const Run orphaned = cli({u"links"_s, u"update"_s, u"xmas"_s, u"--no-max-clicks"_s});
    QCOMPARE(orphaned.code, 1);
    QVERIFY2(orphaned.err.contains(u"only used by a link that ends"_s), qPrintable(orphaned.err));
    QCOMPARE(listed(u"xmas"_s).value(u"maxClicks"_s).toInteger(), 3);   // nothing changed
    QCOMPARE(cli({u"links"_s, u"update"_s, u"xmas"_s, u"--no-max-clicks"_s, u"--no-fallback"_s}).code, 0);
    link = listed(u"xmas"_s);
    QVERIFY(link.value(u"maxClicks"_s).isNull());
    QVERIFY(link.value(u"fallbackUrl"_s).isNull());

    // Usage errors (2) and refusals (1), each a sentence.
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const struct
    {
        QStringList args;
        int code;
        QString message;
    } bad[] = {
        {{u"--expires"_s, u"next week"_s}, 2, u"--expires needs a date"_s},
        {{u"--starts"_s, u"2026-13-45"_s}, 2, u"--starts needs a date"_s},
        {{u"--max-clicks"_s, u"0"_s}, 2, u"at least 1"_s},
        {{u"--max-clicks"_s, u"many"_s}, 2, u"whole number"_s},
        {{u"--fallback"_s, u"https://x.example/"_s}, 1, u"only used by a link that ends"_s},
        {{u"--max-clicks"_s, u"5"_s, u"--fallback"_s, u"javascript:alert(1)"_s}, 1, u"cannot be used"_s},
        {{u"--starts"_s, tomorrow, u"--expires"_s, today + u"T12:00"_s}, 1, u"end before it starts"_s},
    };
    for (const auto &b : bad) {
        const Run r = cli(QStringList{u"links"_s, u"create"_s, u"https://shop.example/x"_s} + b.args);
        QVERIFY2(r.code == b.code, qPrintable(b.args.join(u' ') + u": "_s + r.err));
        QVERIFY2(r.err.contains(b.message), qPrintable(r.err));
    }
    const Run both = cli({u"links"_s, u"update"_s, u"launch"_s, u"--expires"_s, tomorrow, u"--no-expiry"_s});
    QCOMPARE(both.code, 2);
    QVERIFY(both.err.contains(u"cannot be given together"_s));
    const Run help = cli({u"links"_s, u"update"_s, u"--help"_s});
    QCOMPARE(help.code, 0);
    for (const QString &option : {u"--expires"_s, u"--no-expiry"_s, u"--max-clicks"_s, u"--fallback"_s,
                                  u"--no-fallback"_s, u"--starts"_s, u"--no-start"_s})
        QVERIFY2(help.out.contains(option), qPrintable(option));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
