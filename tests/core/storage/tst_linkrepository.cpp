#include "core/storage/accountrepository.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

class TestLinkRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void insertFindUpdateRemove();
    void slugUniquePerDomainAsWritten();
    void tagsAndCampaigns();
    void filterAndSort();
    void shortFilterAndSpecialCharacters();
    void insertMany();
    void localClicksAreTheServers();
    void limitsAndFallbackRoundTrip();
    void changesSayWhatChanged();
    void bulkWritesSayMany();
    void remoteWritesSayWhatChanged();
    void tagMaintenanceSaysWhichLinks();
    void accountChangesAreAnnounced();
    void positionIsWhereFetchPutsIt();

private:
    Link make(const QString &slug, const QString &destination = u"https://example.com/"_s,
              const QString &domain = u"go.example"_s);
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LinkRepository> m_links;
};

Link TestLinkRepository::make(const QString &slug, const QString &destination, const QString &domain)
{
    Link l;
    l.accountId = 1;
    l.domain = domain;
    l.slug = slug;
    l.shortUrl = u"https://"_s + domain + u'/' + slug;
    l.destination = destination;
    return l;
}

void TestLinkRepository::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(u":memory:"_s).ok());
    m_links = std::make_unique<LinkRepository>(*m_db);
}

void TestLinkRepository::cleanup()
{
    m_links.reset();
    m_db.reset();
}

void TestLinkRepository::insertFindUpdateRemove()
{
    QSignalSpy changed(m_links.get(), &LinkRepository::changed);
    Link draft = make(u"spring"_s, u"https://shop.example/?utm_campaign=spring-sale"_s);
    draft.title = u"Spring sale"_s;
    draft.tags = {u"print"_s, u" flyer "_s, u"Print"_s};
    draft.maxClicks = 100;
    const auto stored = m_links->insert(draft);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().detail));
    QVERIFY(stored->id > 0);
    QCOMPARE(stored->tags, (QStringList{u"print"_s, u"flyer"_s}));   // trimmed, de-duplicated ignoring case
    QCOMPARE(changed.count(), 1);

    auto found = m_links->find(stored->id);
    QVERIFY(found);
    QCOMPARE(found->slug, u"spring"_s);
    QCOMPARE(found->title, u"Spring sale"_s);
    QCOMPARE(found->campaign(), u"spring-sale"_s);
    QCOMPARE(found->maxClicks, std::optional<qint64>(100));
    QVERIFY(!found->expiresAt);
    QVERIFY(found->createdAt.isValid());
    QVERIFY(!m_links->findBySlug(u"go.example"_s, u"SPRING"_s));   // a back-half is case-sensitive
    QCOMPARE(m_links->findBySlug(u"go.example"_s, u"SPRING"_s, 1, Qt::CaseInsensitive)->id, stored->id);

    Link edited = *found;
    edited.destination = u"https://shop.example/new"_s;
    edited.tags = {u"web"_s};
    QVERIFY(m_links->update(edited).ok());
    QCOMPARE(m_links->find(stored->id)->destination, u"https://shop.example/new"_s);
    QCOMPARE(m_links->tags().size(), 1);   // print and flyer are gone with their last link
    QCOMPARE(changed.count(), 2);

    QVERIFY(m_links->remove(stored->id).ok());
    QVERIFY(!m_links->find(stored->id));
    const auto again = m_links->remove(stored->id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::NotFound);
    QVERIFY(m_links->tags().isEmpty());
}

// A back-half is unique per domain as written: Sale and sale are two links (as on Bitly and in
// Shlink's strict mode); a second Sale is refused.
void TestLinkRepository::slugUniquePerDomainAsWritten()
{
    QVERIFY(m_links->insert(make(u"Sale"_s)).ok());
    const auto dup = m_links->insert(make(u"Sale"_s));
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().kind, Error::Kind::SlugTaken);
    QVERIFY(dup.error().message.contains(u"Sale"_s));
    QVERIFY(m_links->isSlugTaken(u"go.example"_s, u"Sale"_s));
    QVERIFY(!m_links->isSlugTaken(u"go.example"_s, u"SALE"_s));
    QVERIFY(!m_links->isSlugTaken(u"other.example"_s, u"Sale"_s));
    QVERIFY(m_links->insert(make(u"sale"_s)).ok());
    QVERIFY(m_links->insert(make(u"Sale"_s, u"https://example.com/"_s, u"other.example"_s)).ok());
    QCOMPARE(m_links->totalCount(), 3);

    // Renaming onto a taken slug is refused too and changes nothing.
    auto other = m_links->insert(make(u"winter"_s));
    QVERIFY(other.ok());
    Link renamed = *other;
    renamed.slug = u"Sale"_s;
    const auto r = m_links->update(renamed);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::SlugTaken);
    QCOMPARE(m_links->find(other->id)->slug, u"winter"_s);
}

void TestLinkRepository::tagsAndCampaigns()
{
    Link a = make(u"a"_s, u"https://shop.example/?utm_campaign=spring"_s);
    a.tags = {u"print"_s, u"flyer"_s};
    Link b = make(u"b"_s, u"https://shop.example/?utm_campaign=Spring"_s);
    b.tags = {u"print"_s};
    Link c = make(u"c"_s, u"https://shop.example/?utm_campaign=summer"_s);
    QVERIFY(m_links->insert(a).ok());
    QVERIFY(m_links->insert(b).ok());
    QVERIFY(m_links->insert(c).ok());

    const auto tags = m_links->tags();
    QCOMPARE(tags.size(), 2);
    QCOMPARE(tags.at(0).name, u"flyer"_s);
    QCOMPARE(tags.at(0).count, 1);
    QCOMPARE(tags.at(1).name, u"print"_s);
    QCOMPARE(tags.at(1).count, 2);

    const auto campaigns = m_links->campaigns();
    QCOMPARE(campaigns.size(), 2);
    QCOMPARE(campaigns.at(0).count, 2);   // spring and Spring are one campaign
    QCOMPARE(campaigns.at(1).name, u"summer"_s);

    LinkQuery byTag;
    byTag.tag = u"print"_s;
    QCOMPARE(m_links->count(byTag), 2);
    LinkQuery byCampaign;
    byCampaign.campaign = u"SPRING"_s;
    QCOMPARE(m_links->count(byCampaign), 2);
}

void TestLinkRepository::filterAndSort()
{
    for (int i = 0; i < 30; ++i) {
        Link l = make(u"link%1"_s.arg(i, 2, 10, QChar(u'0')), u"https://site%1.example/page"_s.arg(i % 3));
        l.title = i % 2 ? u"Odd title"_s : u"Even title"_s;
        l.clicks = 100 - i;
        l.createdAt = QDateTime::fromSecsSinceEpoch(1'700'000'000 + i, Qt::UTC);
        QVERIFY(m_links->insert(l).ok());
    }
    LinkQuery q;
    q.text = u"site1"_s;
    QCOMPARE(m_links->count(q), 10);
    q.text = u"ODD TI"_s;   // case-insensitive substring of the title
    QCOMPARE(m_links->count(q), 15);
    q.text = u"nothing-like-this"_s;
    QCOMPARE(m_links->count(q), 0);

    LinkQuery sorted;
    sorted.sortKey = LinkQuery::SortKey::Clicks;
    sorted.order = Qt::AscendingOrder;
    auto page = m_links->fetch(sorted, 0, 5);
    QCOMPARE(page.size(), 5);
    QCOMPARE(page.first().clicks, 71);
    QCOMPARE(page.last().clicks, 75);
    page = m_links->fetch(sorted, 28, 5);   // the last page is short
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.last().clicks, 100);

    sorted.sortKey = LinkQuery::SortKey::Created;
    sorted.order = Qt::DescendingOrder;
    QCOMPARE(m_links->fetch(sorted, 0, 1).first().slug, u"link29"_s);
    sorted.sortKey = LinkQuery::SortKey::ShortUrl;
    sorted.order = Qt::AscendingOrder;
    QCOMPARE(m_links->fetch(sorted, 0, 1).first().slug, u"link00"_s);
}

void TestLinkRepository::shortFilterAndSpecialCharacters()
{
    QVERIFY(m_links->insert(make(u"ab"_s, u"https://example.com/100%25"_s)).ok());
    QVERIFY(m_links->insert(make(u"cd"_s, u"https://example.com/x_y"_s)).ok());
    Link titled = make(u"quote"_s, u"https://example.com/\"q\""_s);
    titled.title = u"Abc"_s;
    QVERIFY(m_links->insert(titled).ok());
    Link special = make(u"_under"_s, u"https://example.com/"_s);
    special.tags = {u"%off"_s};
    QVERIFY(m_links->insert(special).ok());
    LinkQuery q;
    q.text = u"AB"_s;                 // under three characters: the start of slug, title, tags or campaign
    QCOMPARE(m_links->count(q), 2);   // slug "ab" and title "Abc"
    q.text = u"x_"_s;                 // not a prefix of anything (the destination is not searched this way)
    QCOMPARE(m_links->count(q), 0);
    q.text = u"_"_s;   // LIKE wildcards are plain characters
    QCOMPARE(m_links->count(q), 1);
    q.text = u"%"_s;
    QCOMPARE(m_links->count(q), 1);
    q.text = u"\"q\""_s;   // quotes do not break the full-text query
    QCOMPARE(m_links->count(q), 1);
    q.text = u"x_y"_s;   // three characters and more: anywhere, destination included
    QCOMPARE(m_links->count(q), 1);
}

void TestLinkRepository::insertMany()
{
    QList<Link> batch;
    for (int i = 0; i < 500; ++i)
        batch << make(u"bulk%1"_s.arg(i));
    QSignalSpy changed(m_links.get(), &LinkRepository::changed);
    const auto r = m_links->insertMany(batch);
    QVERIFY(r.ok());
    QCOMPARE(*r, 500);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_links->totalCount(), 500);

    // A duplicate inside a batch rolls the whole batch back.
    QList<Link> bad{make(u"fresh"_s), make(u"bulk7"_s)};
    const auto failed = m_links->insertMany(bad);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, Error::Kind::SlugTaken);
    QVERIFY(!m_links->findBySlug(u"go.example"_s, u"fresh"_s));
}

void TestLinkRepository::localClicksAreTheServers()
{
    const auto stored = m_links->insert(make(u"counted"_s));
    QVERIFY(stored);
    Link edited = *m_links->find(stored->id);
    QCOMPARE(edited.clicks, 0);
    // While the dialog is open, the server counts 5 clicks into links.clicks and 3 more that
    // wait in link_click_deltas.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE links SET clicks = 5 WHERE id = %1"_s.arg(stored->id)));
    QVERIFY(q.exec(u"INSERT INTO link_click_deltas(link_id, clicks) VALUES (%1, 3)"_s.arg(stored->id)));
    QCOMPARE(m_links->find(stored->id)->clicks, 8);   // both are shown
    // Saving the edit keeps them: it never writes back the 0 it read.
    edited.title = u"New title"_s;
    QVERIFY(m_links->update(edited));
    const auto after = m_links->find(stored->id);
    QCOMPARE(after->title, u"New title"_s);
    QCOMPARE(after->clicks, 8);
    // Sorted by clicks through the index, the waiting ones count once they are moved.
    LinkQuery byClicks;
    byClicks.sortKey = LinkQuery::SortKey::Clicks;
    QCOMPARE(m_links->fetch(byClicks, 0, 10).size(), 1);
}

// Issue 15: a start, an end, a click limit and the fallback address are stored and read back as
// they were, cleared when the link no longer has them, and a changed fallback of a local link is
// logged for the redirect server (link_changes). Times relative to now, in UTC.
void TestLinkRepository::limitsAndFallbackRoundTrip()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(now.addDays(1).toMSecsSinceEpoch(), Qt::UTC);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(now.addDays(30).toMSecsSinceEpoch(), Qt::UTC);
    Link draft = make(u"limited"_s);
    draft.validSince = start;
    draft.expiresAt = end;
    draft.maxClicks = 500;
    draft.fallbackUrl = u"https://shop.example/ended"_s;
    const auto stored = m_links->insert(draft);
    QVERIFY(stored);
    Link found = *m_links->find(stored->id);
    QCOMPARE(found.validSince, std::optional<QDateTime>(start));
    QCOMPARE(found.expiresAt, std::optional<QDateTime>(end));
    QCOMPARE(found.maxClicks, std::optional<qint64>(500));
    QCOMPARE(found.fallbackUrl, u"https://shop.example/ended"_s);

    QSqlQuery q(m_db->connection());
    const auto changesNow = [&] {
        return q.exec(u"SELECT count(*) FROM link_changes WHERE link_id = %1"_s.arg(stored->id)) && q.next()
            ? q.value(0).toLongLong()
            : -1;
    };
    const qint64 logged = changesNow();
    QVERIFY(logged >= 1);
    found.fallbackUrl = u"https://shop.example/next-sale"_s;
    QVERIFY(m_links->update(found));
    QCOMPARE(m_links->find(stored->id)->fallbackUrl, u"https://shop.example/next-sale"_s);
    QCOMPARE(changesNow(), logged + 1);   // the server hears of the new fallback

    // Cleared: no limits and no fallback.
    found = *m_links->find(stored->id);
    found.validSince.reset();
    found.expiresAt.reset();
    found.maxClicks.reset();
    found.fallbackUrl.clear();
    QVERIFY(m_links->update(found));
    const Link cleared = *m_links->find(stored->id);
    QVERIFY(!cleared.validSince);
    QVERIFY(!cleared.expiresAt);
    QVERIFY(!cleared.maxClicks);
    QVERIFY(cleared.fallbackUrl.isEmpty());
    QCOMPARE(changesNow(), logged + 2);
}

namespace {

LinkChange changeAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<LinkChange>();
}

QHash<QString, qint64> counts(std::initializer_list<std::pair<QString, qint64>> list)
{
    QHash<QString, qint64> out;
    for (const auto &[name, n] : list)
        out.insert(name, n);
    return out;
}

}   // namespace

void TestLinkRepository::changesSayWhatChanged()
{
    QSignalSpy changed(m_links.get(), &LinkRepository::changed);
    Link draft = make(u"spring"_s, u"https://shop.example/?utm_campaign=spring-sale"_s);
    draft.tags = {u"print"_s, u"flyer"_s};
    const auto stored = m_links->insert(draft);
    QVERIFY(stored);
    QCOMPARE(changed.count(), 1);
    LinkChange change = changeAt(changed, 0);
    QCOMPARE(change.kind, LinkChange::Inserted);
    QCOMPARE(change.ids, QList<qint64>{stored->id});
    QVERIFY(change.countsKnown);
    QCOMPARE(change.tagDelta, counts({{u"print"_s, 1}, {u"flyer"_s, 1}}));
    QCOMPARE(change.campaignDelta, counts({{u"spring-sale"_s, 1}}));

    // A title: the link, and no tag or campaign moves.
    Link edited = *stored;
    edited.title = u"Spring"_s;
    QVERIFY(m_links->update(edited));
    change = changeAt(changed, 1);
    QCOMPARE(change.kind, LinkChange::Updated);
    QCOMPARE(change.ids, QList<qint64>{stored->id});
    QVERIFY(!change.touchesTagsOrCampaigns());

    // Tags and campaign: what each lost and gained.
    edited.tags = {u"flyer"_s, u"web"_s};
    edited.destination = u"https://shop.example/"_s;
    QVERIFY(m_links->update(edited));
    change = changeAt(changed, 2);
    QCOMPARE(change.kind, LinkChange::Updated);
    QCOMPARE(change.tagDelta, counts({{u"print"_s, -1}, {u"web"_s, 1}}));
    QCOMPARE(change.campaignDelta, counts({{u"spring-sale"_s, -1}}));
    QVERIFY(change.touchesTagsOrCampaigns());

    QVERIFY(m_links->remove(stored->id));
    change = changeAt(changed, 3);
    QCOMPARE(change.kind, LinkChange::Removed);
    QCOMPARE(change.ids, QList<qint64>{stored->id});
    QCOMPARE(change.tagDelta, counts({{u"flyer"_s, -1}, {u"web"_s, -1}}));
    QVERIFY(change.campaignDelta.isEmpty());

    // Writes that fail change nothing and say nothing.
    QVERIFY(!m_links->remove(stored->id));
    QVERIFY(!m_links->update(edited));   // deleted
    QVERIFY(m_links->insert(make(u"taken"_s)));
    QVERIFY(!m_links->insert(make(u"taken"_s)));
    QCOMPARE(changed.count(), 5);
    QCOMPARE(changeAt(changed, 4).kind, LinkChange::Inserted);
}

void TestLinkRepository::bulkWritesSayMany()
{
    QSignalSpy changed(m_links.get(), &LinkRepository::changed);
    QList<Link> few{make(u"a"_s), make(u"b"_s), make(u"c"_s)};
    QVERIFY(m_links->insertMany(few));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changeAt(changed, 0).kind, LinkChange::Inserted);
    QCOMPARE(changeAt(changed, 0).ids.size(), 3);
    QCOMPARE(QSet<qint64>(changeAt(changed, 0).ids.cbegin(), changeAt(changed, 0).ids.cend()).size(), 3);

    QList<Link> many;
    for (int i = 0; i <= LinkRepository::ManyLinks; ++i)
        many << make(u"bulk%1"_s.arg(i));
    QVERIFY(m_links->insertMany(many));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changeAt(changed, 1).kind, LinkChange::Many);
    QVERIFY(changeAt(changed, 1).ids.isEmpty());
    QVERIFY(changeAt(changed, 1).touchesTagsOrCampaigns());
    QVERIFY(m_links->insertMany({}));
    QCOMPARE(changed.count(), 2);
}

void TestLinkRepository::remoteWritesSayWhatChanged()
{
    Account shlink;
    shlink.provider = ProviderKind::Shlink;
    shlink.name = u"Shlink"_s;
    shlink.apiBase = u"https://s.example"_s;
    const auto account = AccountRepository(*m_db).add(shlink);
    QVERIFY(account);
    auto remote = [&](const QString &slug, const QString &title) {
        Link l = make(slug);
        l.remoteId = u"r-"_s + slug;
        l.title = title;
        l.tags = {u"synced"_s};
        l.createdAt = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        return l;
    };
    QSignalSpy changed(m_links.get(), &LinkRepository::changed);
    QVERIFY(m_links->upsertRemote(account->id, {remote(u"one"_s, u"One"_s), remote(u"two"_s, u"Two"_s)}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changeAt(changed, 0).kind, LinkChange::Inserted);
    QCOMPARE(changeAt(changed, 0).ids.size(), 2);
    QCOMPARE(changeAt(changed, 0).tagDelta, counts({{u"synced"_s, 2}}));
    const qint64 one = m_links->findByRemoteId(account->id, u"r-one"_s)->id;
    const qint64 two = m_links->findByRemoteId(account->id, u"r-two"_s)->id;

    // The same links again: nothing is written, nothing said.
    QCOMPARE(*m_links->upsertRemote(account->id, {remote(u"one"_s, u"One"_s), remote(u"two"_s, u"Two"_s)}), 2);
    QCOMPARE(changed.count(), 1);
    // One changed on the service: that one.
    QVERIFY(m_links->upsertRemote(account->id, {remote(u"one"_s, u"One"_s), remote(u"two"_s, u"Two!"_s)}));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changeAt(changed, 1).kind, LinkChange::Updated);
    QCOMPARE(changeAt(changed, 1).ids, QList<qint64>{two});
    QVERIFY(!changeAt(changed, 1).touchesTagsOrCampaigns());
    QCOMPARE(m_links->find(two)->title, u"Two!"_s);

    // A complete sync without "one": it goes.
    QCOMPARE(*m_links->removeRemoteExcept(account->id, {u"r-two"_s}), 1);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changeAt(changed, 2).kind, LinkChange::Removed);
    QCOMPARE(changeAt(changed, 2).ids, QList<qint64>{one});
    QCOMPARE(changeAt(changed, 2).tagDelta, counts({{u"synced"_s, -1}}));
    QCOMPARE(*m_links->removeRemoteExcept(account->id, {u"r-two"_s}), 0);
    QCOMPARE(changed.count(), 3);
}

void TestLinkRepository::tagMaintenanceSaysWhichLinks()
{
    Link a = make(u"a"_s);
    a.tags = {u"print"_s, u"flyer"_s};
    Link b = make(u"b"_s);
    b.tags = {u"print"_s};
    const qint64 idA = m_links->insert(a)->id;
    const qint64 idB = m_links->insert(b)->id;
    QVERIFY(m_links->insert(make(u"c"_s)));
    QSignalSpy changed(m_links.get(), &LinkRepository::changed);
    QVERIFY(m_links->renameTag(u"print"_s, u"paper"_s));
    QCOMPARE(changed.count(), 1);
    LinkChange change = changeAt(changed, 0);
    QCOMPARE(change.kind, LinkChange::Updated);
    std::sort(change.ids.begin(), change.ids.end());
    QCOMPARE(change.ids, (QList<qint64>{idA, idB}));
    QVERIFY(!change.countsKnown);   // a name changed: the sidebar reads its lists again

    QCOMPARE(*m_links->deleteTags({u"paper"_s, u"flyer"_s}), 2);
    QCOMPARE(changed.count(), 2);
    change = changeAt(changed, 1);
    std::sort(change.ids.begin(), change.ids.end());
    QCOMPARE(change.ids, (QList<qint64>{idA, idB}));   // a once, though it had both tags
    QVERIFY(change.touchesTagsOrCampaigns());
}

void TestLinkRepository::accountChangesAreAnnounced()
{
    AccountRepository accounts(*m_db);
    QSignalSpy changed(&accounts, &AccountRepository::changed);
    QSignalSpy linksChanged(m_links.get(), &LinkRepository::changed);
    connect(&accounts, &AccountRepository::changed, m_links.get(), &LinkRepository::followAccountChange);
    Account bitly;
    bitly.provider = ProviderKind::Bitly;
    bitly.name = u"Bitly"_s;
    const auto added = accounts.add(bitly);
    QVERIFY(added);
    const auto at = [&changed](int i) { return changed.at(i).at(0).value<AccountChange>(); };
    QCOMPARE(changed.count(), 1);
    QCOMPARE(at(0).kind, AccountChange::Inserted);
    QCOMPARE(at(0).id, added->id);
    Account renamed = *added;
    renamed.name = u"Bitly work"_s;
    QVERIFY(accounts.update(renamed));
    QVERIFY(accounts.markSynced(added->id));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(at(1).kind, AccountChange::Updated);
    QCOMPARE(at(2).kind, AccountChange::Updated);
    QCOMPARE(at(2).id, added->id);
    QVERIFY(!accounts.add(renamed));   // the name is taken
    QVERIFY(!accounts.remove(AccountRepository::LocalAccountId));
    QCOMPARE(changed.count(), 3);

    // Its links go with it: the links say so, all at once.
    Link cached = make(u"cached"_s);
    cached.accountId = added->id;
    QVERIFY(m_links->insert(cached));
    QCOMPARE(linksChanged.count(), 1);
    QVERIFY(accounts.remove(added->id));
    QCOMPARE(changed.count(), 4);
    QCOMPARE(at(3).kind, AccountChange::Removed);
    QCOMPARE(at(3).id, added->id);
    QCOMPARE(m_links->totalCount(), 0);
    QCOMPARE(linksChanged.count(), 2);
    QCOMPARE(changeAt(linksChanged, 1).kind, LinkChange::Many);
}

void TestLinkRepository::positionIsWhereFetchPutsIt()
{
    for (int i = 0; i < 60; ++i) {
        Link l =
            make(u"link%1"_s.arg(i * 37 % 60), u"https://site%1.example/?utm_campaign=c%2"_s.arg(i % 3).arg(i % 4));
        l.title = i % 2 ? u"Odd title"_s : u"even title"_s;   // ties, broken by the id
        l.tags = {u"t%1"_s.arg(i % 5)};
        l.clicks = i % 6;
        l.createdAt = QDateTime::fromSecsSinceEpoch(1'700'000'000 + i / 2, Qt::UTC);
        QVERIFY(m_links->insert(l));
    }
    const QList<LinkQuery::SortKey> keys{LinkQuery::SortKey::ShortUrl, LinkQuery::SortKey::Destination,
                                         LinkQuery::SortKey::Title,    LinkQuery::SortKey::Tags,
                                         LinkQuery::SortKey::Campaign, LinkQuery::SortKey::Clicks,
                                         LinkQuery::SortKey::Created};
    for (const QString &text : {QString(), u"site1"_s, u"od"_s}) {
        for (const LinkQuery::SortKey key : keys) {
            for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                LinkQuery q;
                q.text = text;
                q.sortKey = key;
                q.order = order;
                const QList<Link> rows = m_links->fetch(q, 0, 100);
                QSet<qint64> shown;
                for (int i = 0; i < rows.size(); ++i) {
                    QCOMPARE(m_links->positionOf(q, rows.at(i).id), std::optional<qint64>(i));
                    shown.insert(rows.at(i).id);
                }
                for (const Link &l : m_links->fetch(LinkQuery{}, 0, 100)) {
                    QCOMPARE(m_links->shows(q, l.id), shown.contains(l.id));
                    if (!shown.contains(l.id))
                        QCOMPARE(m_links->positionOf(q, l.id), std::optional<qint64>(-1));
                }
            }
        }
    }
    QCOMPARE(m_links->positionOf(LinkQuery{}, 999999), std::optional<qint64>(-1));
}

QTEST_GUILESS_MAIN(TestLinkRepository)
#include "tst_linkrepository.moc"
