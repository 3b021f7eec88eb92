#include "core/analytics/campaignstats.h"

#include <QLocale>
#include <QMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <set>

#include "core/base/clock.h"
#include "core/base/csv.h"
#include "core/base/future.h"
#include "core/links/linksplit.h"
#include "core/providers/providerstats.h"
#include "core/storage/accountrepository.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "core/sync/backend.h"

using namespace Qt::StringLiterals;

namespace Linkdeck {
namespace {

constexpr int StaleAfterSeconds = 15 * 60;   // a service's figures older than this are fetched again
constexpr int TopLinkCount = 10;
constexpr int SplitLinkCount = 5;

// The breakdowns the services give (Bitly's; Shlink's counted here from its visits, but
// not by device); none of them counts browsers or operating systems.
const QStringList &serviceDimensions()
{
    static const QStringList dimensions{u"country"_s, u"referrer"_s, u"device"_s};
    return dimensions;
}

// The unit a service is asked for: by the hour when that costs no more and is exact (Shlink's
// visits, counted here), so that every click falls into the right local day; otherwise by
// the (UTC) day the service counts itself, and by the hour only when hours are shown.
TimeUnit serviceUnit(const LinkProvider &provider, TimeUnit shown)
{
    return provider.can(LinkProvider::Capability::HourlyClicks) || shown == TimeUnit::Hour ? TimeUnit::Hour
                                                                                           : TimeUnit::Day;
}

bool wantsSeries(CampaignStats::Scope scope)
{
    return scope != CampaignStats::Scope::Breakdowns;
}

bool wantsBreakdowns(CampaignStats::Scope scope)
{
    return scope != CampaignStats::Scope::Series;
}

bool isFresh(const QDateTime &fetchedAt)
{
    return fetchedAt.secsTo(Clock::nowUtc()) < StaleAfterSeconds;
}

qint64 sum(const QList<ClickPoint> &points)
{
    qint64 n = 0;
    for (const ClickPoint &p : points)
        n += p.clicks;
    return n;
}

// This computer's figures from the rollups, on a worker thread with its own connection.
CampaignStats::Figures readRollups(const QString &path, const QList<qint64> &links, const CampaignStats::Period &p,
                                   CampaignStats::Scope scope, const QList<Link::Variant> &variants)
{
    CampaignStats::Figures f;
    f.series = Analytics::buckets(p.from, p.to, p.unit, p.zone);
    if (links.isEmpty())
        return f;
    Database db;
    if (auto opened = db.open(path); !opened) {
        f.error = opened.error().message;
        return f;
    }
    const Analytics analytics(db);
    f.seriesLinks = int(links.size());
    if (!variants.isEmpty()) {
        // One link's A/B split: its clicks by variant, in all and over time.
        if (auto shares = analytics.breakdown(links, u"variant"_s, p.from, p.to, p.zone, true))
            f.split = SplitTest::evaluate(variants, *shares);
        for (qsizetype v = 1; v <= variants.size() && wantsSeries(scope); ++v) {
            const Analytics::Filter only{u"variant"_s, QString::number(v)};
            if (auto one = analytics.series(links, p.from, p.to, p.unit, p.zone, true, only)) {
                QList<qint64> values;
                for (const Analytics::Bucket &b : *one)
                    values << b.clicks;
                f.variantSeries.insert(int(v), values);
            }
        }
    }
    if (wantsBreakdowns(scope)) {
        for (const QString &dimension : CampaignStats::dimensions()) {
            if (auto shares = analytics.breakdown(links, dimension, p.from, p.to, p.zone, p.excludeBots)) {
                f.breakdowns.insert(dimension, *shares);
                f.breakdownLinks.insert(dimension, int(links.size()));
            }
        }
    }
    if (!wantsSeries(scope))
        return f;
    // The series of these links (all of them, or only the clicks with the filter's value).
    QHash<qint64, qint64> linkTotals;
    const auto seriesOf = [&](const QList<qint64> &ids, QDate from, QDate to, TimeUnit unit,
                              QHash<qint64, qint64> *totals = nullptr) {
        return p.filter ? analytics.series(ids, from, to, unit, p.zone, p.excludeBots, *p.filter, totals)
                        : analytics.series(ids, from, to, unit, p.zone, p.excludeBots);
    };
    if (auto s = seriesOf(links, p.from, p.to, p.unit, &linkTotals))
        f.series = *s;
    else
        f.error = s.error().message;
    for (const Analytics::Bucket &b : std::as_const(f.series))
        f.total += b.clicks;
    if (p.excludeBots && !p.filter) {
        if (auto bots = analytics.botClicks(links, p.from, p.to, p.zone))
            f.bots = *bots;
    }
    const qint64 days = p.from.daysTo(p.to) + 1;
    if (auto previous = seriesOf(links, p.from.addDays(-days), p.from.addDays(-1), TimeUnit::Month)) {
        for (const Analytics::Bucket &b : *previous)
            f.previousTotal += b.clicks;
    }
    auto top = analytics.topLinks(links, p.from, p.to, p.zone, p.excludeBots, TopLinkCount);
    if (p.filter) {
        // The links with most clicks of the value, from the filtered series' totals.
        QList<Analytics::LinkClicks> byValue;
        for (auto it = linkTotals.cbegin(); it != linkTotals.cend(); ++it)
            byValue.append({it.key(), it.value()});
        std::sort(byValue.begin(), byValue.end(), [](const auto &a, const auto &b) {
            return a.clicks != b.clicks ? a.clicks > b.clicks : a.linkId < b.linkId;
        });
        if (byValue.size() > TopLinkCount)
            byValue.resize(TopLinkCount);
        top = byValue;
    }
    if (top) {
        LinkRepository repository(db);
        for (const Analytics::LinkClicks &t : *top) {
            if (const auto link = repository.find(t.linkId))
                f.topLinks.append({t.linkId, link->domain + u'/' + link->slug, link->shortUrl, t.clicks});
        }
        // Their own series, for the chart split by link.
        for (qsizetype i = 0; i < std::min<qsizetype>(SplitLinkCount, f.topLinks.size()); ++i) {
            if (auto one = seriesOf({f.topLinks.at(i).linkId}, p.from, p.to, p.unit)) {
                QList<qint64> values;
                for (const Analytics::Bucket &b : *one)
                    values << b.clicks;
                f.linkSeries.insert(f.topLinks.at(i).linkId, values);
            }
        }
    }
    return f;
}

}   // namespace

CampaignStats::Target CampaignStats::Target::ofLinks(QList<qint64> links)
{
    Target t;
    t.links = std::move(links);
    return t;
}

CampaignStats::Target CampaignStats::Target::ofCampaign(const QString &campaign, std::optional<qint64> accountId)
{
    Target t;
    t.campaign = campaign;
    t.accountId = accountId;
    return t;
}

std::optional<double> CampaignStats::Figures::changePercent() const
{
    if (previousTotal <= 0)
        return std::nullopt;
    return 100.0 * double(total - previousTotal) / double(previousTotal);
}

CampaignStats::CampaignStats(Backend &backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
    m_period.to = Clock::today(m_period.zone);
    m_period.from = m_period.to.addDays(-29);
}

CampaignStats::~CampaignStats() = default;

QStringList CampaignStats::dimensions()
{
    return {u"country"_s, u"referrer"_s, u"device"_s, u"browser"_s, u"os"_s};
}

void CampaignStats::setTarget(const Target &target)
{
    m_target = target;
    m_links = resolve();
}

void CampaignStats::setPeriod(const Period &period)
{
    m_period = period;
}

void CampaignStats::setSplit(Split split)
{
    m_split = split;
    splitParts();
    emit figuresChanged();
}

// Where a link's service is reached; the one place that asks the backend for it.
LinkProvider *CampaignStats::providerFor(const Link &link)
{
    return m_backend.provider(link.accountId);
}

QList<Link> CampaignStats::resolve() const
{
    QList<qint64> ids = m_target.links;
    if (ids.isEmpty() && !m_target.campaign.isEmpty())
        ids = Analytics(m_backend.database()).linksOfCampaign(m_target.campaign);
    QList<Link> out;
    for (qint64 id : std::as_const(ids)) {
        std::optional<Link> link = m_backend.links().find(id);
        if (link && (!m_target.accountId || link->accountId == *m_target.accountId))
            out << *link;
    }
    return out;
}

void CampaignStats::reload(Fetch fetch)
{
    m_links = resolve();
    readLocal();
    fetchRemote(fetch);
}

void CampaignStats::refreshProviders()
{
    fetchRemote(Fetch::Always);
    if (!isLoading())
        merge();
}

void CampaignStats::readLocal()
{
    QList<qint64> local;
    for (const Link &link : std::as_const(m_links)) {
        if (link.accountId == AccountRepository::LocalAccountId)
            local << link.id;
    }
    // One link of this computer with an A/B split: its variants are read too.
    QList<Link::Variant> variants;
    if (m_links.size() == 1 && local.size() == 1)
        variants = m_links.constFirst().variants;
    const int generation = ++m_localGeneration;
    m_localPending = true;
    whenFinished(this, QtConcurrent::run(readRollups, m_backend.database().path(), local, m_period, m_scope, variants),
                 [this, generation](const Figures &figures) {
                     if (generation != m_localGeneration)
                         return;
                     m_local = figures;
                     m_localPending = false;
                     if (m_pending == 0)
                         merge();
                 });
}

void CampaignStats::fetchRemote(Fetch fetch)
{
    ++m_remoteGeneration;
    m_remote.clear();
    m_services.clear();
    m_notes.clear();
    m_shareNotes.clear();
    m_pending = 0;
    std::set<QString> totalsOnly;
    qint64 totalsOnlyClicks = 0;
    for (const Link &link : std::as_const(m_links)) {
        if (link.accountId == AccountRepository::LocalAccountId || link.remoteId.isEmpty())
            continue;
        LinkProvider *provider = providerFor(link);
        if (!provider)
            continue;
        const QString service = providerName(provider->kind());
        if (!provider->can(LinkProvider::Capability::ClickStats)) {
            totalsOnlyClicks += link.clicks;
            totalsOnly.insert(service);
            continue;
        }
        if (!m_services.contains(service))
            m_services << service;
        Remote &remote = m_remote[link.id];
        remote.link = link;
        remote.service = service;
        fetchLink(provider, remote, fetch);
    }
    if (!m_services.isEmpty() && wantsBreakdowns(m_scope)) {
        const QString services = QLocale().createSeparatedList(m_services);
        const QString sentence = m_services.size() == 1
            ? tr("%1 does not report browsers or operating systems: only the links on this computer are counted "
                 "here.")
                  .arg(services)
            : tr("%1 do not report browsers or operating systems: only the links on this computer are counted "
                 "here.")
                  .arg(services);
        m_shareNotes[u"browser"_s] << sentence;
        m_shareNotes[u"os"_s] << sentence;
    }
    if (!m_services.isEmpty() && m_period.filter) {
        m_notes << tr("Only the links on this computer are in the chart: the clicks of %1 links over time cannot be "
                      "filtered.")
                       .arg(QLocale().createSeparatedList(m_services));
    }
    if (!totalsOnly.empty()) {
        const QStringList names(totalsOnly.begin(), totalsOnly.end());
        m_notes
            << tr("Totals only, not clicks over time, from %1: those links have %Ln click(s) in all, not in the series.",
                  nullptr, int(totalsOnlyClicks))
                   .arg(QLocale().createSeparatedList(names));
    }
    emit progress(m_pending > 0 ? tr("Fetching the figures of %1…").arg(QLocale().createSeparatedList(m_services))
                                : QString());
}

// Asks a link's service for what the scope needs, unless the cache has it fresh enough.
void CampaignStats::fetchLink(LinkProvider *provider, Remote &remote, Fetch fetch)
{
    const Link &link = remote.link;
    const qint64 id = link.id;
    const QString service = remote.service;
    const int generation = m_remoteGeneration;
    const QDateTime from = Analytics::localMidnight(m_period.from, m_period.zone).toUTC();
    const QDateTime to = Analytics::localMidnight(m_period.to.addDays(1), m_period.zone).toUTC();
    ProviderStats cache(m_backend.database());

    if (wantsBreakdowns(m_scope)) {
        for (const QString &dimension : serviceDimensions()) {
            const QString key = ProviderStats::breakdownKey(dimension, from, to);
            const auto cached = cache.cachedShares(link.accountId, link.remoteId, key);
            if (cached)
                remote.shares.insert(dimension, cached->shares);
            if (fetch == Fetch::FreshCache && cached && isFresh(cached->fetchedAt))
                continue;
            ++m_pending;
            whenFinished(
                this, provider->breakdown(link, dimension, from, to),
                [this, generation, id, link, key, dimension, service](const Result<QList<ClickShare>> &r) {
                    if (generation != m_remoteGeneration)
                        return;
                    Remote &entry = m_remote[id];
                    if (r) {
                        ProviderStats(m_backend.database()).storeShares(link.accountId, link.remoteId, key, *r);
                        entry.shares.insert(dimension, *r);
                    } else if (r.error().kind == Error::Kind::PlanLimit || r.error().kind == Error::Kind::Unsupported) {
                        note(m_shareNotes[dimension], r.error().message);
                    } else if (entry.shares.contains(dimension)) {
                        note(m_shareNotes[dimension],
                             tr("%1: %2 Showing the figures saved earlier.").arg(service, r.error().message));
                    } else {
                        note(m_shareNotes[dimension], tr("%1: %2").arg(service, r.error().message));
                    }
                    requestDone(generation);
                });
        }
    }
    if (!wantsSeries(m_scope))
        return;

    const TimeUnit unit = serviceUnit(*provider, m_period.unit);
    const QString request = ProviderStats::requestKey(from, to, unit);
    const auto cached = cache.cached(link.accountId, link.remoteId, request);
    if (cached) {
        remote.points = cached->points;
        remote.fetchedAt = cached->fetchedAt;
    }
    if (fetch == Fetch::Always || !cached || !isFresh(cached->fetchedAt)) {
        ++m_pending;
        whenFinished(
            this, provider->clicks(link, from, to, unit),
            [this, generation, id, link, request, service](const Result<QList<ClickPoint>> &r) {
                if (generation != m_remoteGeneration)
                    return;
                Remote &entry = m_remote[id];
                if (r) {
                    ProviderStats(m_backend.database()).store(link.accountId, link.remoteId, request, *r);
                    entry.points = *r;
                    entry.fetchedAt = Clock::nowUtc();
                } else if (r.error().kind == Error::Kind::PlanLimit) {
                    note(m_notes, tr("%1: your plan does not include click statistics for some links.").arg(service));
                } else if (entry.points) {
                    note(m_notes, tr("%1: %2 Showing the figures saved earlier.").arg(service, r.error().message));
                } else {
                    note(m_notes, tr("%1: %2 Its links are not in the series.").arg(service, r.error().message));
                }
                requestDone(generation);
            });
    }

    // The period as long just before, for the change; a closed period does not change, so
    // the cache holds it for good.
    const qint64 days = m_period.from.daysTo(m_period.to) + 1;
    const QDateTime previousFrom = Analytics::localMidnight(m_period.from.addDays(-days), m_period.zone).toUTC();
    const QString previousRequest = ProviderStats::requestKey(previousFrom, from, TimeUnit::Day);
    const auto previous = cache.cached(link.accountId, link.remoteId, previousRequest);
    if (previous)
        remote.previous = sum(previous->points);
    if (fetch == Fetch::FreshCache && previous)
        return;
    ++m_pending;
    whenFinished(this, provider->clicks(link, previousFrom, from, TimeUnit::Day),
                 [this, generation, id, link, previousRequest](const Result<QList<ClickPoint>> &r) {
                     if (generation != m_remoteGeneration)
                         return;
                     if (r) {
                         ProviderStats(m_backend.database()).store(link.accountId, link.remoteId, previousRequest, *r);
                         m_remote[id].previous = sum(*r);
                     }
                     requestDone(generation);
                 });
}

void CampaignStats::requestDone(int generation)
{
    if (generation != m_remoteGeneration || --m_pending > 0)
        return;
    emit progress(QString());
    if (!m_localPending)
        merge();
}

void CampaignStats::note(QStringList &notes, const QString &sentence)
{
    if (!notes.contains(sentence))
        notes << sentence;
}

QString CampaignStats::providerNote() const
{
    QStringList parts;
    QDateTime oldest;
    for (const Remote &remote : m_remote) {
        if (remote.points && remote.fetchedAt.isValid() && (!oldest.isValid() || remote.fetchedAt < oldest))
            oldest = remote.fetchedAt;
    }
    if (oldest.isValid())
        parts << tr("Figures from %1: %2.").arg(QLocale().createSeparatedList(m_services), ProviderStats::age(oldest));
    parts << m_notes;
    return parts.join(u' ');
}

// This computer's figures and the services' together: their points into the local buckets,
// their links among the top links, their shares added to the breakdowns.
void CampaignStats::merge()
{
    m_figures = m_local;
    if (!m_figures.error.isEmpty()) {
        emit figuresChanged();
        return;
    }
    QList<Analytics::Bucket> empty = m_figures.series;
    for (Analytics::Bucket &b : empty)
        b.clicks = 0;
    QMap<QString, QHash<QString, qint64>> sums;   // by dimension and value
    for (auto it = m_figures.breakdowns.cbegin(); it != m_figures.breakdowns.cend(); ++it) {
        for (const Share &share : it.value())
            sums[it.key()][share.value] += share.clicks;
    }
    for (const Link &link : std::as_const(m_links)) {   // in the target's order, so that ties stay put
        const auto found = m_remote.constFind(link.id);
        if (found == m_remote.constEnd())
            continue;
        const Remote &remote = found.value();
        if (remote.points && !m_period.filter) {
            ++m_figures.seriesLinks;
            QList<Analytics::Bucket> mine = empty;
            const qint64 linkTotal = ProviderStats::addToBuckets(mine, *remote.points);
            QList<qint64> perBucket;
            perBucket.reserve(mine.size());
            for (qsizetype i = 0; i < mine.size(); ++i) {
                m_figures.series[i].clicks += mine.at(i).clicks;
                perBucket << mine.at(i).clicks;
            }
            m_figures.linkSeries.insert(link.id, perBucket);
            m_figures.total += linkTotal;
            if (linkTotal > 0)
                m_figures.topLinks.append({link.id, link.domain + u'/' + link.slug, link.shortUrl, linkTotal});
        }
        if (remote.previous && !m_period.filter)
            m_figures.previousTotal += *remote.previous;
        for (auto it = remote.shares.cbegin(); it != remote.shares.cend(); ++it) {
            ++m_figures.breakdownLinks[it.key()];
            QHash<QString, qint64> &dimension = sums[it.key()];
            for (const ClickShare &share : it.value())
                dimension[share.value] += share.clicks;
        }
    }
    std::stable_sort(m_figures.topLinks.begin(), m_figures.topLinks.end(),
                     [](const TopLink &a, const TopLink &b) { return a.clicks > b.clicks; });
    if (m_figures.topLinks.size() > TopLinkCount)
        m_figures.topLinks.resize(TopLinkCount);
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        QList<Share> &shares = m_figures.breakdowns[it.key()];
        shares.clear();
        for (auto value = it->cbegin(); value != it->cend(); ++value)
            shares.append({value.key(), value.value()});
        std::sort(shares.begin(), shares.end(), [](const Share &a, const Share &b) {
            return a.clicks != b.clicks ? a.clicks > b.clicks : a.value < b.value;
        });
    }
    splitParts();
    emit figuresChanged();
}

double CampaignStats::percentOf(qint64 clicks, const QList<Share> &shares)
{
    qint64 all = 0;
    for (const Share &share : shares)
        all += share.clicks;
    return all > 0 ? 100.0 * double(clicks) / double(all) : 0.0;
}

namespace {
QString percentText(double percent)
{
    return QString::number(percent, 'f', 1);
}
}   // namespace

QString CampaignStats::toCsv() const
{
    const Figures &f = m_figures;
    QString out = u"start,clicks"_s;
    for (const Part &part : f.parts)
        out += u',' + Csv::safeField(part.name);
    out += u"\r\n"_s;
    for (qsizetype i = 0; i < f.series.size(); ++i) {
        const Analytics::Bucket &b = f.series.at(i);
        out += b.start.toString(Qt::ISODate) + u',' + QString::number(b.clicks);
        for (const Part &part : f.parts)
            out += u',' + QString::number(i < part.clicks.size() ? part.clicks.at(i) : 0);
        out += u"\r\n"_s;
    }
    out += u"\r\nlink,short_url,clicks,share\r\n"_s;
    for (const TopLink &top : f.topLinks) {
        out += Csv::safeField(top.label) + u',' + Csv::safeField(top.shortUrl) + u',' + QString::number(top.clicks)
            + u',' + percentText(f.total > 0 ? 100.0 * double(top.clicks) / double(f.total) : 0.0) + u"\r\n"_s;
    }
    for (const QString &dimension : dimensions()) {
        const QList<Share> shares = f.breakdown(dimension);
        out += u"\r\n"_s + dimension + u",clicks,share\r\n"_s;
        for (const Share &share : shares) {
            out += Csv::safeField(share.value) + u',' + QString::number(share.clicks) + u','
                + percentText(percentOf(share.clicks, shares)) + u"\r\n"_s;
        }
    }
    return out;
}

void CampaignStats::splitParts()
{
    m_figures.parts.clear();
    const qsizetype n = m_figures.series.size();
    if (m_split == Split::None || n == 0)
        return;
    QList<qint64> rest(n, 0);
    for (qsizetype i = 0; i < n; ++i)
        rest[i] = m_figures.series.at(i).clicks;
    const auto subtract = [&rest](const QList<qint64> &part) {
        for (qsizetype i = 0; i < rest.size() && i < part.size(); ++i)
            rest[i] -= part.at(i);
    };
    if (m_split == Split::ByVariant) {
        for (auto it = m_figures.variantSeries.cbegin(); it != m_figures.variantSeries.cend(); ++it) {
            if (it->size() != n)
                continue;
            const QString url =
                it.key() <= m_figures.split.rows.size() ? m_figures.split.rows.at(it.key() - 1).url : QString();
            m_figures.parts.append({tr("Variant %1: %2").arg(LinkSplit::letter(it.key()), url), *it});
            subtract(*it);
        }
        // Bots' visits when they are counted, and clicks from before the split.
        if (std::any_of(rest.cbegin(), rest.cend(), [](qint64 v) { return v != 0; }))
            m_figures.parts.append({tr("Other clicks"), rest});
        return;
    }
    if (m_split == Split::ByLink) {
        for (const TopLink &t : std::as_const(m_figures.topLinks)) {
            if (m_figures.parts.size() == SplitLinkCount)
                break;
            const auto it = m_figures.linkSeries.constFind(t.linkId);
            if (it != m_figures.linkSeries.constEnd() && it->size() == n) {
                m_figures.parts.append({t.label, *it});
                subtract(*it);
            }
        }
        if (std::any_of(rest.cbegin(), rest.cend(), [](qint64 v) { return v != 0; }))
            m_figures.parts.append({tr("Other links"), rest});
        return;
    }
    // By account: each service account's links; what is left is this computer's.
    QMap<qint64, QList<qint64>> byAccount;
    for (auto it = m_remote.cbegin(); it != m_remote.cend(); ++it) {
        const auto series = m_figures.linkSeries.constFind(it.key());
        if (series == m_figures.linkSeries.constEnd())
            continue;
        QList<qint64> &sum = byAccount[it->link.accountId];
        if (sum.isEmpty())
            sum = QList<qint64>(n, 0);
        for (qsizetype i = 0; i < n && i < series->size(); ++i)
            sum[i] += series->at(i);
    }
    for (const QList<qint64> &part : std::as_const(byAccount))
        subtract(part);
    m_figures.parts.append({providerName(ProviderKind::Local), rest});
    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
        const auto account = m_backend.accounts().find(it.key());
        m_figures.parts.append({account ? account->name : QString(), it.value()});
    }
}

}   // namespace Linkdeck
