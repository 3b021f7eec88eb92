#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QTimeZone>

#include <optional>

#include "core/analytics/analytics.h"
#include "core/analytics/clickseriesmodel.h"
#include "core/analytics/splittest.h"
#include "core/links/link.h"
#include "core/providers/linkprovider.h"

namespace Linkdeck {

class Backend;

// The figures of one link, some links or a campaign (a utm_campaign or a tag, across
// accounts or in one): clicks over time, where they came from and the most clicked links.
// This computer's clicks come from linkdeck-server's rollups, read on a worker thread with
// its own database connection; those of Bitly, Shlink, ... links from their services, kept
// in ProviderStats for offline use and said how old they are. What a service could not give
// (plan limits, no such statistics, errors) is kept as sentences for the user. The GUI's
// statistics and `linkdeck-cli stats` both read this.
//
//   CampaignStats stats(backend);
//   stats.setTarget(CampaignStats::Target::ofCampaign(u"spring"_s));
//   stats.setPeriod({from, to, TimeUnit::Day, QTimeZone::systemTimeZone()});
//   connect(&stats, &CampaignStats::figuresChanged, this, [&] { draw(stats.figures()); });
//   stats.reload();
class CampaignStats final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignStats)
public:
    struct Target
    {
        QList<qint64> links;               // these links; when empty, the campaign's
        QString campaign;                  // a utm_campaign value or a tag, in any case
        std::optional<qint64> accountId;   // only the links of this account
        static Target ofLinks(QList<qint64> links);
        static Target ofCampaign(const QString &campaign, std::optional<qint64> accountId = std::nullopt);
    };
    struct Period
    {
        QDate from;   // local dates in zone, both included
        QDate to;
        TimeUnit unit = TimeUnit::Day;
        QTimeZone zone = QTimeZone::systemTimeZone();
        bool excludeBots = true;   // bots are told apart on this computer only
        // Only the clicks with this value (a country, a referrer, ...) in the series, the
        // totals and the top links; the breakdowns stay whole. This computer's links only:
        // the services' clicks over time cannot be told apart by value.
        std::optional<Analytics::Filter> filter;
    };
    // What to read: everything (the GUI), or only what a command prints.
    enum class Scope {
        Everything,
        Series,       // clicks over time, top links and the period before
        Breakdowns,   // countries, referrers, devices, browsers, systems
    };
    // How the services' figures are read: from the cache while it is fresh (a quarter of an
    // hour), or from the service each time, the cache then only when it cannot be reached.
    enum class Fetch {
        FreshCache,
        Always,
    };
    enum class Split {
        None,
        ByLink,      // the five links with most clicks, and the others together
        ByAccount,   // this computer, each account of a service
        ByVariant,   // one link's A/B split: each variant (hasSplit())
    };

    struct TopLink
    {
        qint64 linkId = 0;
        QString label;   // domain/slug
        QString shortUrl;
        qint64 clicks = 0;
    };
    using Share = Analytics::Share;
    using Part = ClickSeriesModel::Part;   // a part of the total, one value per bucket
    struct Figures
    {
        QList<Analytics::Bucket> series;
        QList<Part> parts;                         // by the chosen split; empty for Split::None
        QHash<qint64, QList<qint64>> linkSeries;   // the top links' own series, per bucket
        QMap<QString, QList<Share>> breakdowns;    // by dimension (see dimensions()), most clicks first
        QList<TopLink> topLinks;                   // most clicks first
        qint64 total = 0;                          // people's clicks, and bots' too where asked (Period::excludeBots)
        qint64 bots = 0;                           // bots' visits in the period when they are left out of total
        qint64 previousTotal = 0;                  // the period as long just before, for the change
        int seriesLinks = 0;                       // how many of the links are counted in the series
        QHash<QString, int> breakdownLinks;        // ... and in each breakdown
        QString error;                             // this computer's clicks could not be read
        // One link of this computer with an A/B split (issue 15): each variant's series (by
        // variant, 1 for the first; people's clicks, whatever the filter) and the test.
        QMap<int, QList<qint64>> variantSeries;
        SplitTest split;

        QList<Share> breakdown(const QString &dimension) const { return breakdowns.value(dimension); }
        std::optional<double> changePercent() const;   // against the period before, if it had clicks
    };

    explicit CampaignStats(Backend &backend, QObject *parent = nullptr);
    ~CampaignStats() override;

    // "country", "referrer", "device", "browser", "os": the breakdowns, as the rollups name them.
    static QStringList dimensions();

    void setTarget(const Target &target);
    const Target &target() const { return m_target; }
    // The target's links as they were when last read (setTarget(), reload()).
    const QList<Link> &links() const { return m_links; }
    void setPeriod(const Period &period);
    const Period &period() const { return m_period; }
    void setScope(Scope scope) { m_scope = scope; }
    // Parts the figures by link or account again at once, and says figuresChanged.
    void setSplit(Split split);
    Split split() const { return m_split; }
    // The target is one link of this computer with an A/B split: Split::ByVariant and
    // figures().split apply.
    bool hasSplit() const { return m_figures.split.rows.size() >= 2; }

    // Reads the target's links again, this computer's clicks on a worker thread, and the
    // services' figures; figuresChanged when all have come.
    void reload(Fetch fetch = Fetch::FreshCache);
    // The services' figures again, from the services.
    void refreshProviders();
    bool isLoading() const { return m_localPending || m_pending > 0; }

    const Figures &figures() const { return m_figures; }
    // The figures as a spreadsheet: the series (with its parts), then the top links and each
    // breakdown with its share in percent, as sections apart by an empty line.
    QString toCsv() const;
    // A value's share of its breakdown in percent (0 when the breakdown is empty).
    static double percentOf(qint64 clicks, const QList<Share> &shares);
    // The services whose figures are in: "Bitly", "Shlink".
    const QStringList &services() const { return m_services; }
    // What the services said, as sentences: errors, plan limits, totals only.
    const QStringList &notes() const { return m_notes; }
    // The notes, after how old the services' figures are ("Figures from Bitly: updated 5 minutes ago.").
    QString providerNote() const;
    // What the services said about a breakdown ("Your Bitly plan does not include clicks by device.").
    QString breakdownNote(const QString &dimension) const { return m_shareNotes.value(dimension).join(u' '); }

signals:
    void figuresChanged();
    // "Fetching the figures of Bitly…" while services are asked; empty once they have answered.
    void progress(const QString &message);

private:
    // One link of a service, and what its service gave for the period.
    struct Remote
    {
        Link link;
        QString service;
        std::optional<QList<ClickPoint>> points;    // fetched, or from the cache
        QDateTime fetchedAt;                        // UTC, of the points
        std::optional<qint64> previous;             // clicks in the period before
        QHash<QString, QList<ClickShare>> shares;   // by dimension
    };

    LinkProvider *providerFor(const Link &link);
    QList<Link> resolve() const;
    void readLocal();
    void fetchRemote(Fetch fetch);
    void fetchLink(LinkProvider *provider, Remote &remote, Fetch fetch);
    void requestDone(int generation);
    void note(QStringList &notes, const QString &sentence);
    void merge();
    void splitParts();

    Backend &m_backend;
    Target m_target;
    QList<Link> m_links;
    Period m_period;
    Scope m_scope = Scope::Everything;
    Split m_split = Split::None;
    Figures m_local;                  // this computer's, from the rollups
    Figures m_figures;                // this computer's and the services' together
    QHash<qint64, Remote> m_remote;   // by link id
    QStringList m_services;
    QStringList m_notes;
    QHash<QString, QStringList> m_shareNotes;   // by dimension
    int m_pending = 0;
    bool m_localPending = false;
    int m_localGeneration = 0;
    int m_remoteGeneration = 0;
};

}   // namespace Linkdeck
