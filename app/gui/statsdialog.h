#pragma once

#include <QDialog>
#include <QHash>
#include <QList>

#include "core/analytics/campaignstats.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QPushButton;

namespace Linkdeck {
class Backend;
}

namespace Linkdeck::Gui {

class StatsChart;
class StatsTables;

// Clicks over time, top links and where the clicks came from, for some links or a campaign
// (a utm_campaign or a tag, across accounts and providers), in the user's time zone. The
// figures are CampaignStats'; this dialog asks for a period, draws them and exports them.
class StatsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsDialog)
public:
    StatsDialog(Backend &backend, QList<qint64> links, const QString &title, QWidget *parent = nullptr);
    StatsDialog(Backend &backend, const CampaignStats::Target &target, const QString &title, QWidget *parent = nullptr);

    CampaignStats &stats() { return *m_stats; }   // the figures and what the providers said of them
    // The series as the chart shows it (one column per part when it is split), then the top
    // links and every breakdown with their shares.
    QString toCsv() const;
    // Shows one value of a breakdown alone in the chart and the totals (a row clicked), or
    // all clicks again (nullopt).
    void chooseValue(const std::optional<Analytics::Filter> &filter);
    const std::optional<Analytics::Filter> &chosenValue() const { return m_filter; }
    // Saves the chart as PNG, SVG or PDF (by the file's extension); false with a message.
    bool exportChart(const QString &path, QString *error = nullptr) const;

public slots:
    // Shown within the screen's available geometry, title bar included, centred on the main
    // window (issue 12: 980x680 ran to the bottom edge of a 1024x700 desktop).
    void setVisible(bool visible) override;
    void reload();
    void refreshProviders();   // fetch the providers' figures again, ignoring the cache

signals:
    void loaded();

private:
    CampaignStats::Period currentPeriod() const;
    void addExport(QMenu *menu, const QString &text, const QString &name, const QString &suffix, const QString &filter);
    void present();

    CampaignStats *m_stats = nullptr;
    bool m_placed = false;
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
    StatsChart *m_chart = nullptr;
    StatsTables *m_tables = nullptr;
    QWidget *m_filterBar = nullptr;
    QLabel *m_filterLabel = nullptr;
    std::optional<Analytics::Filter> m_filter;
    bool m_splitShown = false;   // "By variant" was chosen once for a link with a split
    QString m_fileStem;          // what is shown, for the exported files' names
};

}   // namespace Linkdeck::Gui
