#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/analytics/campaignstats.h"

class QChartView;

namespace Linkdeck::Gui {

// A one-page PDF of the statistics, for a manager: the title, the summary, the chart as
// shown, and the top links and every breakdown (the first rows of each) with their shares.
//
//   StatsReport::write(u"spring report.pdf"_s, windowTitle(), stats.figures(), summary, chart, &error);
class StatsReport
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Gui::StatsReport)
public:
    static constexpr int RowsPerTable = 8;

    // False with a sentence when the file cannot be written.
    static bool write(const QString &path, const QString &title, const CampaignStats::Figures &figures,
                      const QString &summary, QChartView *chart, QString *error = nullptr);
    // The report's text as HTML (the chart as the image resource "chart.png", so wide).
    static QString html(const QString &title, const CampaignStats::Figures &figures, const QString &summary,
                        int chartWidth = 500);
};

}   // namespace Linkdeck::Gui
