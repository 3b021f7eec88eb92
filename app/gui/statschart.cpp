#include "gui/statschart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileInfo>
#include <QLineSeries>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScopeGuard>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

StatsChart::StatsChart(QWidget *parent)
    : QChartView(parent)
    , m_model(new ClickSeriesModel(this))
{
    setRenderHint(QPainter::Antialiasing);
}

void StatsChart::setSeries(const QList<Analytics::Bucket> &series, const QList<ClickSeriesModel::Part> &parts,
                           const QString &title)
{
    m_model->setSeries(series, parts);
    m_title = title;
    draw();
}

void StatsChart::setStyle(Style style)
{
    m_style = style;
    draw();
}

void StatsChart::showTip(const QString &name, int index, qint64 value)
{
    const QList<Analytics::Bucket> &series = m_model->buckets();
    if (index < 0 || index >= series.size())
        return;
    const Analytics::Bucket &b = series.at(index);
    const QLocale locale;
    const bool hourly = b.start.secsTo(b.end) < 86400;
    const QString when =
        hourly ? locale.toString(b.start, QLocale::ShortFormat) : locale.toString(b.start.date(), QLocale::ShortFormat);
    QToolTip::showText(QCursor::pos(), tr("%1, %2: %Ln click(s)", nullptr, int(value)).arg(name, when), this);
}

QChart::ChartTheme StatsChart::themeFor(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    // High contrast: black on white or white on black, as the accessibility themes set them.
    const bool extreme =
        (window.lightness() >= 250 && text.lightness() <= 5) || (window.lightness() <= 5 && text.lightness() >= 250);
    if (extreme)
        return QChart::ChartThemeHighContrast;
    return window.lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight;
}

void StatsChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        draw();   // the chart's colours follow the palette (dark, high contrast)
}

void StatsChart::draw()
{
    auto *chart = new QChart;
    // The theme first: it sets the colours of the series added below.
    chart->setTheme(themeFor(palette()));
    chart->setTitle(m_title);
    const QList<Analytics::Bucket> &series = m_model->buckets();
    const bool hourly = !series.isEmpty() && series.first().start.secsTo(series.first().end) < 86400;
    const QLocale locale;
    // What is drawn, as columns of the model: the total, or its parts.
    const int parts = int(m_model->parts().size());
    const int firstColumn = parts > 0 ? ClickSeriesModel::FirstPartColumn : ClickSeriesModel::ClicksColumn;
    const int lastColumn = parts > 0 ? ClickSeriesModel::FirstPartColumn + parts - 1 : ClickSeriesModel::ClicksColumn;
    chart->legend()->setVisible(parts > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const bool bars = m_style == Style::Bars;
    auto *y = new QValueAxis(chart);
    // Whole clicks on the axis: a step of 1, 2 or 5 times a power of ten, about five of them
    // (Qt's nice numbers gave 0.2 steps for a small count, labelled "1,0,0,0,0,0").
    const qint64 top = std::max<qint64>(1, m_model->maximum(bars));
    qint64 step = 1;
    while (top / step > 5) {
        const qint64 next = QString::number(step).startsWith(u'2') ? step / 2 * 5 : step * 2;
        step = next;
    }
    y->setRange(0, double((top + step - 1) / step * step));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(double(step));
    y->setLabelFormat(u"%d"_s);
    y->setTitleText(tr("Clicks"));

    if (bars) {
        QAbstractBarSeries *barSeries =
            parts > 1 ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries(chart)) : new QBarSeries(chart);
        auto *mapper = new QVBarModelMapper(barSeries);
        mapper->setFirstBarSetColumn(firstColumn);
        mapper->setLastBarSetColumn(lastColumn);
        mapper->setSeries(barSeries);
        mapper->setModel(m_model);
        for (QBarSet *set : barSeries->barSets()) {
            connect(set, &QBarSet::hovered, this, [this, set](bool status, int index) {
                if (status)
                    showTip(set->label(), index, qint64(set->at(index)));
                else
                    QToolTip::hideText();
            });
        }
        // Short labels, so that a month of days fits under the bars.
        QStringList categories;
        for (const Analytics::Bucket &b : series)
            categories << (hourly ? locale.toString(b.start.time(), u"HH:mm"_s)
                                  : locale.toString(b.start.date(), u"d MMM"_s));
        chart->addSeries(barSeries);
        auto *x = new QBarCategoryAxis(chart);
        x->append(categories);
        x->setLabelsAngle(categories.size() > 12 ? -90 : 0);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        barSeries->attachAxis(x);
        barSeries->attachAxis(y);
    } else {
        auto *x = new QDateTimeAxis(chart);
        x->setFormat(hourly ? u"HH:mm"_s : locale.dateFormat(QLocale::ShortFormat));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (int column = firstColumn; column <= lastColumn; ++column) {
            auto *line = new QLineSeries(chart);
            line->setName(m_model->headerData(column, Qt::Horizontal).toString());
            line->setPointsVisible(series.size() <= 120);
            auto *mapper = new QVXYModelMapper(line);
            mapper->setXColumn(ClickSeriesModel::StartColumn);
            mapper->setYColumn(column);
            mapper->setSeries(line);
            mapper->setModel(m_model);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            connect(line, &QLineSeries::hovered, this, [this, line, column](const QPointF &point, bool state) {
                const QList<Analytics::Bucket> &buckets = m_model->buckets();
                if (!state || buckets.isEmpty()) {
                    QToolTip::hideText();
                    return;
                }
                // The bucket nearest the pointer.
                const qint64 ms = qint64(point.x());
                int best = 0;
                for (int i = 1; i < buckets.size(); ++i) {
                    if (std::abs(buckets.at(i).start.toMSecsSinceEpoch() - ms)
                        < std::abs(buckets.at(best).start.toMSecsSinceEpoch() - ms))
                        best = i;
                }
                showTip(line->name(), best, qint64(m_model->index(best, column).data().toDouble()));
            });
        }
    }
    QChart *old = QChartView::chart();
    setChart(chart);
    delete old;
}

bool StatsChart::exportTo(const QString &path, const QString &title, QString *error)
{
    // Files are for reports and print: light, whatever the screen's palette.
    const QChart::ChartTheme screenTheme = chart()->theme();
    if (screenTheme != QChart::ChartThemeLight)
        chart()->setTheme(QChart::ChartThemeLight);
    const auto restore = qScopeGuard([this, screenTheme] {
        if (chart()->theme() != screenTheme)
            chart()->setTheme(screenTheme);
    });
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size = this->size().expandedTo(QSize(900, 450));
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (suffix == u"png") {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        p.end();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return fail(file.errorString());
        return true;
    }
    if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        QPainter p;
        if (!p.begin(&svg))
            return fail(tr("The file cannot be written."));
        render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        return p.end() || fail(tr("The file cannot be written."));
    }
    if (suffix == u"pdf") {
        QPdfWriter pdf(path);
        pdf.setTitle(title);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
        pdf.setResolution(300);
        QPainter p;
        if (!p.begin(&pdf))
            return fail(tr("The file cannot be written."));
        const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        const QRectF target(0, 0, page.width(), page.width() * double(size.height()) / size.width());
        render(&p, target);
        return p.end() || fail(tr("The file cannot be written."));
    }
    return fail(tr("Choose a file name ending in .png, .svg or .pdf."));
}

}   // namespace Linkdeck::Gui
