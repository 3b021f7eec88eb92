// CampaignStats: this computer's figures from the rollups, a Bitly account's through the
// contract server of tests/support (FakeBitly), the two merged and split, a campaign narrowed
// to one account, the cache, and what the services said as sentences.

#include "core/analytics/campaignstats.h"
#include "core/base/clock.h"
#include "core/providers/linkprovider.h"
#include "core/providers/remoteprovider.h"
#include "core/storage/clickrollups.h"
#include "core/storage/secretstore.h"
#include "core/sync/backend.h"
#include "support/fakes/fakebitly.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

class TestCampaignStats : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void thisComputersFigures();
    void botsOnlyWhenAsked();
    void mergedWithAServiceAndSplit();
    void campaignNarrowedToAnAccount();
    void scopeAsksOnlyForWhatIsNeeded();
    void cacheWhileFreshThenAskedAgain();
    void offlineUsesTheCacheAndSaysSo();
    void whatTheServicesCouldNotGive();

private:
    // A link of this computer in a campaign, with `people` and `bots` clicks yesterday at noon UTC.
    qint64 addLocal(const QString &slug, const QString &campaign, qint64 people = 0, qint64 bots = 0,
                    const QList<Rollups::Count> &breakdown = {});
    // A Bitly account on the contract server, and a link of it in a campaign.
    qint64 addBitlyAccount(const QString &name = u"Bitly"_s);
    Link addBitlyLink(qint64 account, const QString &campaign, const QString &path = u"b"_s);
    // Reads the figures and waits for them.
    bool load(CampaignStats &stats, CampaignStats::Fetch fetch = CampaignStats::Fetch::FreshCache);
    CampaignStats::Period lastThirtyDays() const;
    static qint64 sumOf(const QList<qint64> &values);

    // The day these tests live in, whatever today is: core and the fakes read this clock.
    std::unique_ptr<Clock::Override> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<Test::FakeBitly> m_bitly;
    MemorySecretStore *m_secrets = nullptr;
    const QDate m_today{2026, 11, 29};
};

void TestCampaignStats::init()
{
    m_clock = std::make_unique<Clock::Override>(QDateTime(m_today, QTime(10, 0), QTimeZone::utc()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_backend = std::make_unique<Backend>();
    QVERIFY(m_backend->open(m_dir->filePath(u"l.sqlite"_s)).ok());
    m_secrets = new MemorySecretStore;
    m_backend->setSecretStore(m_secrets);
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    fast.maxAttempts = 2;
    fast.timeoutMs = 1500;
    m_backend->setRetryPolicy(fast);
    m_bitly = std::make_unique<Test::FakeBitly>();
    QVERIFY(m_bitly->listen());
}

void TestCampaignStats::cleanup()
{
    m_backend.reset();
    m_bitly.reset();
    m_dir.reset();
    m_clock.reset();
}

qint64 TestCampaignStats::addLocal(const QString &slug, const QString &campaign, qint64 people, qint64 bots,
                                   const QList<Rollups::Count> &breakdown)
{
    Link draft;
    draft.destination = u"https://shop.example/"_s + slug + u"?utm_campaign="_s + campaign;
    draft.slug = slug;
    auto made = m_backend->provider(AccountRepository::LocalAccountId)->create(draft);
    made.waitForFinished();
    if (!made.result())
        return 0;
    const qint64 id = made.result()->id;
    const qint64 hour = QDateTime(m_today.addDays(-1), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
    if ((people || bots) && !Rollups::addHour(m_backend->database().connection(), id, hour, people, bots, breakdown))
        return 0;
    return id;
}

qint64 TestCampaignStats::addBitlyAccount(const QString &name)
{
    Account a;
    a.provider = ProviderKind::Bitly;
    a.name = name;
    a.apiBase = m_bitly->apiUrl().toString();
    const Account added = *m_backend->accounts().add(a);
    m_secrets->write(SecretStore::accountKey(added), m_bitly->token(), [](const Result<void> &) {});
    return added.id;
}

Link TestCampaignStats::addBitlyLink(qint64 account, const QString &campaign, const QString &path)
{
    Link draft;
    draft.destination = u"https://shop.example/"_s + path + u"?utm_campaign="_s + campaign;
    auto made = m_backend->provider(account)->create(draft);
    QDeadlineTimer deadline(10000);
    while (!made.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return made.isFinished() && made.result() ? *made.result() : Link();
}

bool TestCampaignStats::load(CampaignStats &stats, CampaignStats::Fetch fetch)
{
    QSignalSpy changed(&stats, &CampaignStats::figuresChanged);
    stats.reload(fetch);
    return changed.wait(15000) && !stats.isLoading();
}

CampaignStats::Period TestCampaignStats::lastThirtyDays() const
{
    return {m_today.addDays(-29), m_today, TimeUnit::Day, QTimeZone::utc(), true};
}

qint64 TestCampaignStats::sumOf(const QList<qint64> &values)
{
    qint64 n = 0;
    for (qint64 v : values)
        n += v;
    return n;
}

void TestCampaignStats::thisComputersFigures()
{
    const qint64 nl =
        addLocal(u"nl"_s, u"spring"_s, 3, 0, {{u"country"_s, u"DE"_s, 3}, {u"referrer"_s, u"news.example"_s, 3}});
    const qint64 print = addLocal(u"print"_s, u"spring"_s, 4, 0, {{u"country"_s, u"FR"_s, 4}});
    QVERIFY(nl && print);
    QVERIFY(addLocal(u"other"_s, u"autumn"_s, 50));
    // The period before: 30 days earlier, 2 clicks.
    const qint64 before = QDateTime(m_today.addDays(-40), QTime(8, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QVERIFY(Rollups::addHour(m_backend->database().connection(), nl, before, 2, 0));

    CampaignStats stats(*m_backend);
    stats.setTarget(CampaignStats::Target::ofCampaign(u"SPRING"_s));   // any case
    QCOMPARE(stats.links().size(), 2);
    stats.setPeriod(lastThirtyDays());
    QVERIFY(load(stats));
    const CampaignStats::Figures &f = stats.figures();
    QVERIFY(f.error.isEmpty());
    QCOMPARE(f.series.size(), 30);
    QCOMPARE(f.series.at(28).clicks, 7);   // yesterday
    QCOMPARE(f.total, 7);
    QCOMPARE(f.previousTotal, 2);
    QCOMPARE(f.changePercent(), std::optional<double>(250.0));
    QCOMPARE(f.seriesLinks, 2);
    QCOMPARE(f.topLinks.size(), 2);
    QCOMPARE(f.topLinks.at(0).linkId, print);
    QCOMPARE(f.topLinks.at(0).label, u"localhost:8080/print"_s);
    QCOMPARE(f.topLinks.at(0).clicks, 4);
    QCOMPARE(f.breakdown(u"country"_s).size(), 2);
    QCOMPARE(f.breakdown(u"country"_s).at(0).value, u"FR"_s);
    QCOMPARE(f.breakdown(u"referrer"_s).at(0).value, u"news.example"_s);
    QCOMPARE(f.breakdownLinks.value(u"country"_s), 2);
    QVERIFY(stats.notes().isEmpty());
    QVERIFY(stats.providerNote().isEmpty());
    QVERIFY(stats.services().isEmpty());

    // The same links by id, by the hour in Berlin: noon UTC is 13:00 there.
    CampaignStats byLink(*m_backend);
    byLink.setTarget(CampaignStats::Target::ofLinks({nl}));
    byLink.setPeriod({m_today.addDays(-1), m_today.addDays(-1), TimeUnit::Hour, QTimeZone("Europe/Berlin"), true});
    QVERIFY(load(byLink));
    QCOMPARE(byLink.figures().series.size(), 24);
    QCOMPARE(byLink.figures().series.at(13).clicks, 3);
    QCOMPARE(byLink.figures().total, 3);
    QVERIFY(!byLink.figures().changePercent());   // no clicks the day before

    // Split by link: the five most clicked, and the rest together; the parts add up.
    stats.setSplit(CampaignStats::Split::ByLink);
    QCOMPARE(stats.figures().parts.size(), 2);
    QCOMPARE(stats.figures().parts.at(0).name, u"localhost:8080/print"_s);
    QCOMPARE(stats.figures().parts.at(0).total() + stats.figures().parts.at(1).total(), 7);
    stats.setSplit(CampaignStats::Split::ByAccount);
    QCOMPARE(stats.figures().parts.size(), 1);
    QCOMPARE(stats.figures().parts.at(0).name, u"This computer"_s);
    QCOMPARE(stats.figures().parts.at(0).total(), 7);
    stats.setSplit(CampaignStats::Split::None);
    QVERIFY(stats.figures().parts.isEmpty());
}

void TestCampaignStats::botsOnlyWhenAsked()
{
    QVERIFY(addLocal(u"nl"_s, u"spring"_s, 3, 2));
    CampaignStats stats(*m_backend);
    stats.setTarget(CampaignStats::Target::ofCampaign(u"spring"_s));
    CampaignStats::Period period = lastThirtyDays();
    stats.setPeriod(period);
    QVERIFY(load(stats));
    QCOMPARE(stats.figures().total, 3);
    period.excludeBots = false;
    stats.setPeriod(period);
    QVERIFY(load(stats));
    QCOMPARE(stats.figures().total, 5);
}

// A campaign on this computer and on Bitly: one series, one list of top links, the
// breakdowns added, the parts by account and by link adding up to the total.
void TestCampaignStats::mergedWithAServiceAndSplit()
{
    QVERIFY(addLocal(u"autumn-local"_s, u"autumn"_s, 4, 0, {{u"country"_s, u"DE"_s, 4}}));
    const qint64 account = addBitlyAccount(u"Marketing"_s);
    const Link remote = addBitlyLink(account, u"autumn"_s);
    QVERIFY(!remote.remoteId.isEmpty());
    m_bitly->addClicks(remote.remoteId, Clock::nowUtc().addDays(-2), 6, u"DE"_s, u"https://news.example/a"_s);
    m_bitly->addClicks(remote.remoteId, Clock::nowUtc().addDays(-40), 2);   // the period before

    CampaignStats stats(*m_backend);
    QSignalSpy progress(&stats, &CampaignStats::progress);
    stats.setTarget(CampaignStats::Target::ofCampaign(u"autumn"_s));
    stats.setPeriod(lastThirtyDays());
    QVERIFY(load(stats));
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.first().first().toString(), u"Fetching the figures of Bitly…"_s);
    QVERIFY(progress.last().first().toString().isEmpty());
    const CampaignStats::Figures &f = stats.figures();
    QCOMPARE(f.total, 10);
    QCOMPARE(f.series.at(27).clicks, 6);
    QCOMPARE(f.series.at(28).clicks, 4);
    QCOMPARE(f.previousTotal, 2);
    QCOMPARE(f.seriesLinks, 2);
    QCOMPARE(stats.services(), QStringList{u"Bitly"_s});
    QCOMPARE(f.topLinks.size(), 2);
    QCOMPARE(f.topLinks.at(0).label, remote.domain + u'/' + remote.slug);
    QCOMPARE(f.topLinks.at(0).clicks, 6);
    QCOMPARE(f.breakdown(u"country"_s).size(), 1);
    QCOMPARE(f.breakdown(u"country"_s).at(0).value, u"DE"_s);
    QCOMPARE(f.breakdown(u"country"_s).at(0).clicks, 10);
    QCOMPARE(f.breakdown(u"referrer"_s).at(0).value, u"news.example"_s);
    QCOMPARE(f.breakdownLinks.value(u"country"_s), 2);
    QCOMPARE(f.breakdownLinks.value(u"browser"_s), 1);   // Bitly counts no browsers
    QVERIFY2(stats.providerNote().startsWith(u"Figures from Bitly: updated just now."_s),
             qPrintable(stats.providerNote()));

    stats.setSplit(CampaignStats::Split::ByAccount);
    QCOMPARE(stats.figures().parts.size(), 2);
    QCOMPARE(stats.figures().parts.at(0).name, u"This computer"_s);
    QCOMPARE(stats.figures().parts.at(0).total(), 4);
    QCOMPARE(stats.figures().parts.at(1).name, u"Marketing"_s);
    QCOMPARE(stats.figures().parts.at(1).total(), 6);
    stats.setSplit(CampaignStats::Split::ByLink);
    QCOMPARE(stats.figures().parts.size(), 2);
    QCOMPARE(stats.figures().parts.at(0).total(), 6);
    QCOMPARE(stats.figures().parts.at(1).name, u"localhost:8080/autumn-local"_s);
    for (qsizetype i = 0; i < stats.figures().series.size(); ++i) {
        QCOMPARE(stats.figures().parts.at(0).clicks.at(i) + stats.figures().parts.at(1).clicks.at(i),
                 stats.figures().series.at(i).clicks);
    }
    QCOMPARE(sumOf(stats.figures().linkSeries.value(remote.id)), 6);

    // A country chosen in the statistics: only this computer's clicks from it are in the
    // series, the totals and the top links (Bitly gives no series by country, and a note says
    // so); the breakdowns stay whole.
    CampaignStats::Period germany = lastThirtyDays();
    germany.filter = Analytics::Filter{u"country"_s, u"DE"_s};
    stats.setPeriod(germany);
    stats.setSplit(CampaignStats::Split::None);
    QVERIFY(load(stats));
    QCOMPARE(stats.figures().total, 4);
    QCOMPARE(stats.figures().series.at(28).clicks, 4);
    QCOMPARE(stats.figures().series.at(27).clicks, 0);
    QCOMPARE(stats.figures().previousTotal, 0);
    QCOMPARE(stats.figures().topLinks.size(), 1);
    QCOMPARE(stats.figures().topLinks.at(0).label, u"localhost:8080/autumn-local"_s);
    QCOMPARE(stats.figures().breakdown(u"country"_s).at(0).clicks, 10);
    QVERIFY2(stats.providerNote().contains(u"Only the links on this computer are in the chart"_s),
             qPrintable(stats.providerNote()));
    germany.filter = Analytics::Filter{u"country"_s, u"FR"_s};
    stats.setPeriod(germany);
    QVERIFY(load(stats));
    QCOMPARE(stats.figures().total, 0);
    QVERIFY(stats.figures().topLinks.isEmpty());
}

// The same campaign name in two accounts: narrowed to one, only its links count.
void TestCampaignStats::campaignNarrowedToAnAccount()
{
    QVERIFY(addLocal(u"spring-here"_s, u"spring"_s, 4));
    const qint64 account = addBitlyAccount();
    const Link remote = addBitlyLink(account, u"spring"_s);
    QVERIFY(!remote.remoteId.isEmpty());
    m_bitly->addClicks(remote.remoteId, Clock::nowUtc().addDays(-3), 5);

    CampaignStats bitly(*m_backend);
    bitly.setTarget(CampaignStats::Target::ofCampaign(u"spring"_s, account));
    QCOMPARE(bitly.links().size(), 1);
    QCOMPARE(bitly.links().first().id, remote.id);
    bitly.setPeriod(lastThirtyDays());
    QVERIFY(load(bitly));
    QCOMPARE(bitly.figures().total, 5);
    QCOMPARE(bitly.figures().topLinks.size(), 1);

    CampaignStats here(*m_backend);
    here.setTarget(CampaignStats::Target::ofCampaign(u"spring"_s, AccountRepository::LocalAccountId));
    here.setPeriod(lastThirtyDays());
    QVERIFY(load(here));
    QCOMPARE(here.figures().total, 4);
    QVERIFY(here.services().isEmpty());

    CampaignStats everywhere(*m_backend);
    everywhere.setTarget(CampaignStats::Target::ofCampaign(u"spring"_s));
    everywhere.setPeriod(lastThirtyDays());
    QVERIFY(load(everywhere));
    QCOMPARE(everywhere.figures().total, 9);

    CampaignStats none(*m_backend);
    none.setTarget(CampaignStats::Target::ofCampaign(u"winter"_s, account));
    QVERIFY(none.links().isEmpty());
}

// The CLI prints one thing: only that is asked of the services.
void TestCampaignStats::scopeAsksOnlyForWhatIsNeeded()
{
    const qint64 account = addBitlyAccount();
    const Link remote = addBitlyLink(account, u"spring"_s);
    m_bitly->addClicks(remote.remoteId, Clock::nowUtc().addDays(-3), 5, u"NL"_s);
    m_bitly->clearRequests();

    CampaignStats stats(*m_backend);
    stats.setTarget(CampaignStats::Target::ofLinks({remote.id}));
    stats.setPeriod(lastThirtyDays());
    stats.setScope(CampaignStats::Scope::Series);
    QVERIFY(load(stats, CampaignStats::Fetch::Always));
    QCOMPARE(stats.figures().total, 5);
    QCOMPARE(m_bitly->requestCount("GET", u"/v4/bitlinks/%1/clicks"_s.arg(remote.remoteId)),
             2);   // the period and the one before
    QCOMPARE(m_bitly->requestCount("GET", u"/v4/bitlinks/%1/countries"_s.arg(remote.remoteId)), 0);
    QVERIFY(stats.figures().breakdowns.isEmpty());

    m_bitly->clearRequests();
    stats.setScope(CampaignStats::Scope::Breakdowns);
    QVERIFY(load(stats, CampaignStats::Fetch::Always));
    QCOMPARE(m_bitly->requestCount("GET", u"/v4/bitlinks/%1/clicks"_s.arg(remote.remoteId)), 0);
    QCOMPARE(m_bitly->requestCount("GET", u"/v4/bitlinks/%1/countries"_s.arg(remote.remoteId)), 1);
    QCOMPARE(stats.figures().breakdown(u"country"_s).size(), 1);
    QCOMPARE(stats.figures().breakdown(u"country"_s).at(0).value, u"NL"_s);
    QCOMPARE(stats.figures().breakdownLinks.value(u"country"_s), 1);
}

// A quarter of an hour long the figures kept are used without asking Bitly; then Bitly is asked again.
void TestCampaignStats::cacheWhileFreshThenAskedAgain()
{
    const qint64 account = addBitlyAccount();
    const Link remote = addBitlyLink(account, u"spring"_s);
    m_bitly->addClicks(remote.remoteId, Clock::nowUtc().addDays(-3), 5);
    const QString clicks = u"/v4/bitlinks/%1/clicks"_s.arg(remote.remoteId);

    CampaignStats stats(*m_backend);
    stats.setTarget(CampaignStats::Target::ofLinks({remote.id}));
    stats.setPeriod(lastThirtyDays());
    stats.setScope(CampaignStats::Scope::Series);
    QVERIFY(load(stats));
    QCOMPARE(stats.figures().total, 5);
    m_bitly->clearRequests();
    m_bitly->addClicks(remote.remoteId, Clock::nowUtc().addDays(-1), 1);

    QVERIFY(load(stats));
    QCOMPARE(m_bitly->requestCount("GET", clicks), 0);
    QCOMPARE(stats.figures().total, 5);   // as kept

    m_clock->advance(16 * 60 * 1000);
    QVERIFY(load(stats));
    QCOMPARE(m_bitly->requestCount("GET", clicks), 1);   // the period before is closed: kept for good
    QCOMPARE(stats.figures().total, 6);
    QVERIFY2(stats.providerNote().contains(u"updated just now"_s), qPrintable(stats.providerNote()));

    // Refresh asks again at once, without reading this computer's clicks again.
    m_bitly->clearRequests();
    QSignalSpy changed(&stats, &CampaignStats::figuresChanged);
    stats.refreshProviders();
    QVERIFY(stats.isLoading());
    QVERIFY(changed.wait(15000));
    QCOMPARE(m_bitly->requestCount("GET", clicks), 2);
}

void TestCampaignStats::offlineUsesTheCacheAndSaysSo()
{
    const qint64 account = addBitlyAccount();
    const Link kept = addBitlyLink(account, u"spring"_s);
    m_bitly->addClicks(kept.remoteId, Clock::nowUtc().addDays(-3), 5, u"DE"_s);
    CampaignStats stats(*m_backend);
    stats.setTarget(CampaignStats::Target::ofCampaign(u"spring"_s));
    stats.setPeriod(lastThirtyDays());
    QVERIFY(load(stats));
    QCOMPARE(stats.figures().total, 5);

    // A second link, never fetched, and Bitly out of reach.
    const Link never = addBitlyLink(account, u"spring"_s, u"never"_s);
    QVERIFY(!never.remoteId.isEmpty() && never.id != kept.id);
    m_bitly->setOffline(true);
    QVERIFY(load(stats, CampaignStats::Fetch::Always));
    const CampaignStats::Figures &f = stats.figures();
    QCOMPARE(f.total, 5);
    QCOMPARE(f.seriesLinks, 1);   // the one kept
    QCOMPARE(f.breakdown(u"country"_s).size(), 1);
    const QString note = stats.providerNote();
    QVERIFY2(note.contains(u"Showing the figures saved earlier."_s), qPrintable(note));
    QVERIFY2(note.contains(u"Its links are not in the series."_s), qPrintable(note));
    QVERIFY2(note.startsWith(u"Figures from Bitly: updated"_s), qPrintable(note));
    for (const QString &sentence : stats.notes())
        QVERIFY2(sentence.startsWith(u"Bitly: "_s), qPrintable(sentence));
    QVERIFY2(stats.breakdownNote(u"country"_s).contains(u"Bitly: "_s), qPrintable(stats.breakdownNote(u"country"_s)));
}

// Plan limits, a service with totals only, breakdowns it does not give: sentences, not silence.
void TestCampaignStats::whatTheServicesCouldNotGive()
{
    const qint64 account = addBitlyAccount();
    QVERIFY(!addBitlyLink(account, u"fall"_s).remoteId.isEmpty());
    QVERIFY(addLocal(u"fall-here"_s, u"fall"_s, 1));
    Account r;
    r.provider = ProviderKind::Rebrandly;
    r.name = u"Rebrandly"_s;
    r.apiBase = u"http://127.0.0.1:9"_s;
    const qint64 rebrandly = m_backend->accounts().add(r)->id;
    Link totalsOnly;
    totalsOnly.accountId = rebrandly;
    totalsOnly.remoteId = u"abc"_s;
    totalsOnly.domain = u"rebrand.ly"_s;
    totalsOnly.slug = u"fall-rb"_s;
    totalsOnly.shortUrl = u"https://rebrand.ly/fall-rb"_s;
    totalsOnly.destination = u"https://shop.example/c?utm_campaign=fall"_s;
    totalsOnly.clicks = 11;
    QVERIFY(m_backend->links().upsertRemote(rebrandly, {totalsOnly}));

    CampaignStats stats(*m_backend);
    stats.setTarget(CampaignStats::Target::ofCampaign(u"fall"_s));
    QCOMPARE(stats.links().size(), 3);
    stats.setPeriod(lastThirtyDays());
    QVERIFY(load(stats));
    QCOMPARE(stats.figures().total, 1);
    QCOMPARE(stats.figures().seriesLinks, 2);
    QCOMPARE(stats.services(), QStringList{u"Bitly"_s});   // Rebrandly gives no figures over time
    QVERIFY2(
        stats.notes().contains(
            u"Totals only, not clicks over time, from Rebrandly: those links have 11 click(s) in all, not in the series."_s),
        qPrintable(stats.notes().join(u'|')));
    QCOMPARE(stats.breakdownNote(u"device"_s), u"Your Bitly plan does not include clicks by device."_s);
    QCOMPARE(stats.figures().breakdownLinks.value(u"device"_s), 1);   // this computer's
    QVERIFY(stats.breakdownNote(u"browser"_s).startsWith(u"Bitly does not report browsers"_s));
    QVERIFY(stats.breakdownNote(u"country"_s).isEmpty());

    // The monthly quota used up: said once, the rest of the figures still shown.
    Test::FakeHttpServer::Response limit =
        Test::FakeHttpServer::Response::json(429, QJsonObject{{u"message"_s, u"MONTHLY_LIMIT_EXCEEDED"_s}});
    m_bitly->failNext(2, limit);
    stats.setScope(CampaignStats::Scope::Series);
    QVERIFY(load(stats, CampaignStats::Fetch::Always));
    QVERIFY2(stats.notes().contains(u"Bitly: your plan does not include click statistics for some links."_s),
             qPrintable(stats.notes().join(u'|')));
    QCOMPARE(stats.figures().total, 1);
}

QTEST_GUILESS_MAIN(TestCampaignStats)
#include "tst_campaignstats.moc"
