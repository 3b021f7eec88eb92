#include "core/storage/clickrollups.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "server/clickingestor.h"
#include "server/clickrecord.h"
#include "server/geoip.h"
#include "server/journal.h"
#include "support/mmdbwriter.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Server;

class TestGeoIp : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void looksUpCountryAndCity();
    void missingDatabaseIsAClearError();
    void ingestorStoresCountries();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_mmdb;
};

void TestGeoIp::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_mmdb = m_dir->filePath(u"test.mmdb"_s);
    QFile f(m_mmdb);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // Real GeoLite2 data has names of 29 bytes and more (extended sizes in the format).
    f.write(Test::makeMmdb({{u"192.0.2.0"_s, u"DE"_s, u"Berlin"_s},
                            {u"198.51.100.0"_s, u"FR"_s, {}},
                            {u"100.64.0.0"_s, u"GB"_s, u"Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"_s},
                            {u"100.65.0.0"_s, u"CH"_s, u"Saint-Légier-La Chiésaz (Vevey)"_s}}));
    f.close();
    if (qEnvironmentVariableIsSet("DUMP_MMDB"))
        QFile::copy(m_mmdb, u"/tmp/test.mmdb"_s);
}

void TestGeoIp::looksUpCountryAndCity()
{
    auto opened = GeoIp::open(m_mmdb.toStdString());
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    const auto geo = std::move(opened).value();
    QCOMPARE(geo->lookup("192.0.2.0").countryCode, std::string("DE"));   // an anonymised address still locates
    QCOMPARE(geo->lookup("192.0.2.77").city, std::string("Berlin"));
    QCOMPARE(geo->lookup("198.51.100.9").countryCode, std::string("FR"));
    QCOMPARE(geo->lookup("100.64.0.1").city, std::string("Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"));
    QCOMPARE(geo->lookup("100.64.0.1").countryCode, std::string("GB"));
    QCOMPARE(geo->lookup("100.65.0.200").city, std::string("Saint-Légier-La Chiésaz (Vevey)"));
    QVERIFY(geo->lookup("203.0.113.1").countryCode.empty());
    QVERIFY(geo->lookup("not an address").countryCode.empty());
}

void TestGeoIp::missingDatabaseIsAClearError()
{
    const auto opened = GeoIp::open(m_dir->filePath(u"missing.mmdb"_s).toStdString());
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().message.toStdString().find("missing.mmdb") != std::string::npos);
}

void TestGeoIp::ingestorStoresCountries()
{
    const QString db = m_dir->filePath(u"l.sqlite"_s);
    const std::string journal = m_dir->filePath(u"j"_s).toStdString();
    std::filesystem::create_directories(journal);
    Database database;
    QVERIFY(database.open(db).ok());
    LinkRepository links(database);
    Link l;
    l.accountId = 1;
    l.domain = u"localhost:8080"_s;
    l.slug = u"a"_s;
    l.shortUrl = u"http://localhost:8080/a"_s;
    l.destination = u"https://example.com/"_s;
    const qint64 id = links.insert(l)->id;
    {
        JournalAppender appender(journal, 0);
        std::string rec;
        ClickCodec::append(rec, 1'800'000'000'000, id, OrphanType::None, "localhost:8080", "a", "", "Mozilla/5.0",
                           "192.0.2.0", "", "");
        ClickCodec::append(rec, 1'800'000'000'000, id, OrphanType::None, "localhost:8080", "a", "", "Mozilla/5.0",
                           "198.51.100.0", "", "");
        QVERIFY(appender.append(rec));
    }
    ClickIngestor::Options options;
    options.databasePath = db.toStdString();
    options.journalDir = journal;
    options.geoipPath = m_mmdb.toStdString();
    ClickIngestor ingestor(options);
    const auto started = ingestor.start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    ingestor.stop();
    QSqlQuery q(database.connection());
    QVERIFY(q.exec(u"SELECT country, city FROM clicks ORDER BY id"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"DE"_s);
    QCOMPARE(q.value(1).toString(), u"Berlin"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"FR"_s);
    const auto countries = Rollups::totals(database.connection()).at(u"country"_s);
    QCOMPARE(countries.size(), std::size_t(2));
    QCOMPARE(countries.begin()->first, u"DE"_s);
    QCOMPARE(countries.rbegin()->first, u"FR"_s);
}

QTEST_GUILESS_MAIN(TestGeoIp)
#include "tst_geoip.moc"
