// Moving links from a Bitly account (FakeBitly) to this computer's server: the same
// back-halves where they are free, titles and tags kept, the old Bitly links pointed to their
// new short URLs, a taken back-half skipped (or given the next free one), the mapping file for
// the print team, and a second run making nothing twice. No link is deleted.

#include <QBuffer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include "../providers/providertest.h"
#include "core/base/clock.h"
#include "core/bulk/linktransfer.h"
#include "core/providers/localprovider.h"
#include "core/storage/accountrepository.h"
#include "core/storage/linkrepository.h"
#include "i18n.h"
#include "support/fakes/fakebitly.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Bulk;
using namespace Linkdeck::Test;

class TestLinkTransfer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(installTranslators(QLocale(QLocale::English, QLocale::UnitedStates))); }
    void init();
    void cleanup();
    void moveFromBitlyToThisComputer();
    void copyRenamesATakenBackHalf();

private:
    Link bitlyLink(const QString &slug, const QString &destination, const QString &title, const QStringList &tags);

    Clock::Override m_clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<FakeBitly> m_fake;
    qint64 m_bitly = 0;
};

void TestLinkTransfer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_backend = std::make_unique<Backend>(m_network.get());
    QVERIFY(m_backend->open(m_dir->filePath(u"links.sqlite"_s)));
    auto *secrets = new MemorySecretStore;
    m_backend->setSecretStore(secrets);
    m_backend->setRetryPolicy(fastRetries());
    m_fake = std::make_unique<FakeBitly>();
    QVERIFY(m_fake->listen());
    m_bitly = addAccount(*m_backend, *secrets, ProviderKind::Bitly, m_fake->apiUrl(), m_fake->token(), u"Bitly"_s);
}

void TestLinkTransfer::cleanup()
{
    m_backend.reset();
    m_network.reset();
    m_fake.reset();
    m_dir.reset();
}

Link TestLinkTransfer::bitlyLink(const QString &slug, const QString &destination, const QString &title,
                                 const QStringList &tags)
{
    Link draft;
    draft.slug = slug;
    draft.destination = destination;
    draft.title = title;
    draft.tags = tags;
    auto made = m_backend->provider(m_bitly)->create(draft);
    QDeadlineTimer deadline(10000);
    while (!made.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (!made.isFinished() || !made.result())
        qFatal("could not make a Bitly link");
    return *made.result();
}

void TestLinkTransfer::moveFromBitlyToThisComputer()
{
    const Link spring = bitlyLink(u"spring-flyer"_s, u"https://shop.example/spring?utm_source=print"_s,
                                  u"Spring flyer"_s, {u"print"_s, u"spring"_s});
    const Link menu = bitlyLink(u"menu"_s, u"https://cafe.example/menu"_s, u"Menu"_s, {});
    const Link taken = bitlyLink(u"jobs"_s, u"https://shop.example/jobs"_s, u"Jobs"_s, {});
    // This computer already has "jobs", for another page.
    Link other;
    other.slug = u"jobs"_s;
    other.destination = u"https://other.example/careers"_s;
    auto local = m_backend->provider(AccountRepository::LocalAccountId)->create(other);
    local.waitForFinished();
    QVERIFY(local.result());

    LinkTransfer transfer(*m_backend);
    const TransferReport report =
        transfer.run({spring, menu, taken}, AccountRepository::LocalAccountId, {.move = true});
    QVERIFY(!report.error);
    QCOMPARE(report.made, 2);
    QCOMPARE(report.redirected, 2);
    QCOMPARE(report.notMade, 1);
    QCOMPARE(report.summary(), u"2 links moved, 2 old links pointed to the new ones, 1 not made."_s);
    QCOMPARE(report.links.at(0).toShortUrl, u"http://localhost:8080/spring-flyer"_s);
    QCOMPARE(report.links.at(2).verdict, Verdict::Conflict);
    QVERIFY(report.links.at(2).toShortUrl.isEmpty());

    // The new links keep their titles, tags and UTM values.
    const auto moved = m_backend->links().findBySlug(u"localhost:8080"_s, u"spring-flyer"_s);
    QVERIFY(moved);
    QCOMPARE(moved->destination, spring.destination);
    QCOMPARE(moved->title, u"Spring flyer"_s);
    QCOMPARE(moved->tags, (QStringList{u"print"_s, u"spring"_s}));
    // The old Bitly links send their visitors on; the one not moved is untouched; none deleted.
    QCOMPARE(m_fake->link(spring.domain + u'/' + spring.slug).value(u"long_url"_s).toString(),
             u"http://localhost:8080/spring-flyer"_s);
    QCOMPARE(m_fake->link(menu.domain + u'/' + menu.slug).value(u"long_url"_s).toString(),
             u"http://localhost:8080/menu"_s);
    QCOMPARE(m_fake->link(taken.domain + u'/' + taken.slug).value(u"long_url"_s).toString(),
             u"https://shop.example/jobs"_s);
    QCOMPARE(m_fake->linkCount(), 3);
    QCOMPARE(m_fake->requestCount("DELETE", QString()), 0);

    // The mapping file for the print team.
    QBuffer mapping;
    QVERIFY(mapping.open(QIODevice::WriteOnly));
    QVERIFY(report.writeMappingCsv(&mapping).ok());
    const QString csv = QString::fromUtf8(mapping.data());
    QVERIFY(mapping.data().startsWith("\xEF\xBB\xBFold_short_url,new_short_url,status,message\r\n"));   // BOM for Excel
    QVERIFY2(csv.contains(spring.shortUrl + u",http://localhost:8080/spring-flyer,moved,\r\n"_s), qPrintable(csv));
    QVERIFY2(csv.contains(taken.shortUrl + u",,skipped,"_s), qPrintable(csv));

    // Moved again (the old links already point on): nothing is made twice.
    const qint64 links = m_backend->links().totalCount();
    const TransferReport again = transfer.run({spring, menu}, AccountRepository::LocalAccountId, {.move = false});
    QCOMPARE(again.made, 2);
    QCOMPARE(again.links.at(0).verdict, Verdict::Exists);
    QCOMPARE(m_backend->links().totalCount(), links);
}

void TestLinkTransfer::copyRenamesATakenBackHalf()
{
    const Link jobs = bitlyLink(u"jobs"_s, u"https://shop.example/jobs"_s, u"Jobs"_s, {});
    Link other;
    other.slug = u"jobs"_s;
    other.destination = u"https://other.example/careers"_s;
    auto local = m_backend->provider(AccountRepository::LocalAccountId)->create(other);
    local.waitForFinished();
    LinkTransfer transfer(*m_backend);
    const TransferReport report =
        transfer.run({jobs}, AccountRepository::LocalAccountId, {.move = false, .onConflict = ConflictMode::Rename});
    QCOMPARE(report.made, 1);
    QCOMPARE(report.links.at(0).verdict, Verdict::Rename);
    QCOMPARE(report.links.at(0).toShortUrl, u"http://localhost:8080/jobs-2"_s);
    // A copy leaves the old link as it was.
    QCOMPARE(m_fake->link(jobs.domain + u'/' + jobs.slug).value(u"long_url"_s).toString(),
             u"https://shop.example/jobs"_s);
    QCOMPARE(transfer.run({}, AccountRepository::LocalAccountId, {}).error->message,
             u"Choose the links to copy or move."_s);

    // A password-protected link of this computer does not go to Bitly unprotected.
    Link secret;
    secret.slug = u"vip"_s;
    secret.destination = u"https://shop.example/vip"_s;
    auto *here = static_cast<LocalProvider *>(m_backend->provider(AccountRepository::LocalAccountId));
    auto made = here->createNow(secret);
    QVERIFY(made.ok());
    QVERIFY(here->setPasswordNow(made->id, u"members only"_s).ok());
    const Link locked = *m_backend->links().find(made->id);
    QVERIFY(locked.passwordProtected);
    const int posts = m_fake->requestCount("POST", u"/v4/bitlinks"_s);
    const TransferReport refused = transfer.run({locked}, m_bitly, {.move = true});
    QVERIFY(!refused.error);
    QCOMPARE(refused.made, 0);
    QCOMPARE(refused.links.at(0).verdict, Verdict::Failed);
    QVERIFY2(refused.links.at(0).message.contains(u"password"_s), qPrintable(refused.links.at(0).message));
    QCOMPARE(m_fake->requestCount("POST", u"/v4/bitlinks"_s), posts);
    QCOMPARE(m_backend->links().find(made->id)->destination, u"https://shop.example/vip"_s);   // not pointed away
}

QTEST_MAIN(TestLinkTransfer)
#include "tst_linktransfer.moc"
