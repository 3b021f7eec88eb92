#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include "core/analytics.h"
#include "core/clickseriesmodel.h"

class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Linkdeck {
class Backend;
}

namespace Linkdeck::Gui {

// Clicks over time, top links and where the clicks came from, for one link or a campaign
// (a utm_campaign or a tag, across accounts and providers), in the user's time zone.
// Local figures come from linkdeck-server's rollups, read on a worker thread with its own
// database connection so the window never freezes; remote ones from each provider
// (Bitly's click series, Shlink's visits), cached with their fetch time for offline use.
class StatsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsDialog)
public:
    StatsDialog(Backend &backend, QList<qint64> links, const QString &title, QWidget *parent = nullptr);

    struct TopLink
    {
        qint64 linkId = 0;
        QString label;      // domain/slug
        QString shortUrl;
        qint64 clicks = 0;
    };
    // A part of the total, aligned with Figures::series (one value per bucket).
    using Part = ClickSeriesModel::Part;
    enum class Split {
        None,
        ByLink,       // the five links with most clicks, and the others together
        ByAccount,    // this computer, each Bitly/Shlink account
    };
    struct Figures
    {
        QList<Analytics::Bucket> series;
        QList<Part> parts;          // by the chosen split; empty for Split::None
        QHash<qint64, QList<qint64>> localLinkSeries;   // the local top links, per bucket
        QList<Analytics::Share> countries;
        QList<Analytics::Share> referrers;
        QList<Analytics::Share> devices;
        QList<Analytics::Share> browsers;
        QList<Analytics::Share> systems;   // operating systems
        QList<TopLink> topLinks;
        qint64 total = 0;
        qint64 previousTotal = 0;   // the period before, for the change
        QString error;
    };
    const Figures &figures() const { return m_figures; }
    const ClickSeriesModel *seriesModel() const { return m_seriesModel; }
    bool isLoading() const { return m_watcher.isRunning() || m_remotePending > 0; }
    QString toCsv() const;
    // Saves the chart as PNG, SVG or PDF (by the file's extension); false with a message.
    bool exportChart(const QString &path, QString *error = nullptr) const;
    // What the provider part says: "Bitly: updated 5 minutes ago", plan limits, totals only.
    QString providerNote() const;
    // What the tab of a breakdown says about the providers ("Your Bitly plan does not include ...").
    QString breakdownNote(const QString &dimension) const { return m_shareNotes.value(dimension).join(u' '); }

public slots:
    void reload();
    void refreshProviders();   // fetch the providers' figures again, ignoring the cache

signals:
    void loaded();

private:
    struct Range
    {
        QDate from, to;
        TimeUnit unit;
    };
    Range currentRange() const;
    void fetchRemote(const Range &range, bool force);
    void remoteDone();
    void present();
    void splitParts();
    void drawChart();

    Backend &m_backend;
    QString m_databasePath;
    QList<qint64> m_links;
    QComboBox *m_range = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_style = nullptr;
    QComboBox *m_split = nullptr;
    QCheckBox *m_bots = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_providerNote = nullptr;
    QChartView *m_timeChart = nullptr;
    ClickSeriesModel *m_seriesModel = nullptr;   // what the chart's model mappers read
    QTableWidget *m_topLinks = nullptr;
    QTableWidget *m_countries = nullptr;
    QTableWidget *m_referrers = nullptr;
    QTableWidget *m_devices = nullptr;
    QTableWidget *m_browsers = nullptr;
    QTableWidget *m_systems = nullptr;
    QFutureWatcher<Figures> m_watcher;
    Figures m_local;      // from the rollups
    Figures m_figures;    // what is shown: local and remote together
    // Remote figures of the current range, per link id.
    QHash<qint64, Link> m_statLinks;                 // the remote links with click series, read once per fetch
    QHash<qint64, QList<ClickPoint>> m_remotePoints;
    QHash<qint64, QList<qint64>> m_remoteSeries;   // the same, per bucket
    QHash<qint64, qint64> m_remotePrevious;         // each remote link's clicks in the period before
    QHash<qint64, QDateTime> m_fetchedAt;   // when each remote link's figures were fetched (UTC)
    QStringList m_remoteNotes;
    QStringList m_statServices;   // the services whose click series are in the chart
    // Remote breakdowns per dimension ("country", "referrer", "device") and link id, and
    // what the providers said instead (plan limits, no such statistics).
    QHash<QString, QHash<qint64, QList<ClickShare>>> m_remoteShares;
    QHash<QString, QStringList> m_shareNotes;
    QHash<QString, class QLabel *> m_shareNoteLabels;
    qint64 m_totalsOnly = 0;
    int m_remotePending = 0;
    int m_generation = 0;
};

} // namespace Linkdeck::Gui
