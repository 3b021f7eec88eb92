#pragma once

#include <QChartView>
#include <QList>

#include "core/analytics/analytics.h"
#include "core/analytics/clickseriesmodel.h"

namespace Linkdeck::Gui {

// Clicks over time as a chart: a line or bars, or the parts of a split (lines over each
// other, stacked bars), with a tooltip per point, read from a ClickSeriesModel through Qt
// Charts' model mappers; saved as PNG, SVG or PDF for a report.
//
//   auto *chart = new StatsChart(this);
//   chart->setSeries(figures.series, figures.parts, tr("7 clicks"));
//   chart->exportTo(u"clicks.svg"_s, windowTitle(), &error);
class StatsChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsChart)
public:
    enum class Style {
        Line,
        Bars,
    };

    explicit StatsChart(QWidget *parent = nullptr);

    void setSeries(const QList<Analytics::Bucket> &series, const QList<ClickSeriesModel::Part> &parts,
                   const QString &title);
    void setStyle(Style style);
    Style style() const { return m_style; }
    const ClickSeriesModel *model() const { return m_model; }

    // Saves the chart as PNG, SVG or PDF (by the file's extension); false with a sentence.
    bool exportTo(const QString &path, const QString &title, QString *error = nullptr);
    // The chart's theme for a palette: dark on a dark palette, high contrast on black and
    // white, light otherwise (issue 12). Exports are always light.
    static QChart::ChartTheme themeFor(const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    void draw();
    void showTip(const QString &name, int index, qint64 value);

    ClickSeriesModel *m_model = nullptr;   // what the model mappers read
    QString m_title;
    Style m_style = Style::Line;
};

}   // namespace Linkdeck::Gui
