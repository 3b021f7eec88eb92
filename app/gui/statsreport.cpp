#include "gui/statsreport.h"

#include "core/base/clock.h"
#include "core/base/percent.h"
#include "gui/statstables.h"

#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {
namespace {

// One small table: a heading, then label / clicks / share rows.
QString table(const QString &heading, const QList<std::pair<QString, qint64>> &rows, qint64 all)
{
    const QLocale locale;
    QString out = u"<p><b>"_s + heading.toHtmlEscaped() + u"</b></p><table width=\"100%\" cellspacing=\"0\">"_s;
    if (rows.isEmpty())
        out += u"<tr><td>"_s + StatsReport::tr("No clicks").toHtmlEscaped() + u"</td></tr>"_s;
    for (qsizetype i = 0; i < rows.size() && i < StatsReport::RowsPerTable; ++i) {
        const double percent = all > 0 ? 100.0 * double(rows.at(i).second) / double(all) : 0.0;
        out += u"<tr><td>"_s + rows.at(i).first.toHtmlEscaped() + u"</td><td align=\"right\">"_s
            + locale.toString(rows.at(i).second) + u"</td><td align=\"right\">"_s + Percent::text(percent, 1, locale)
            + u"</td></tr>"_s;
    }
    return out + u"</table>"_s;
}

}   // namespace

QString StatsReport::html(const QString &title, const CampaignStats::Figures &figures, const QString &summary,
                          int chartWidth)
{
    QList<QString> blocks;
    QList<std::pair<QString, qint64>> top;
    for (const CampaignStats::TopLink &link : figures.topLinks)
        top.append({link.label, link.clicks});
    blocks << table(tr("Top links"), top, figures.total);
    const QList<std::pair<QString, QString>> dimensions{{u"country"_s, tr("Countries")},
                                                        {u"referrer"_s, tr("Referrers")},
                                                        {u"device"_s, tr("Devices")},
                                                        {u"browser"_s, tr("Browsers")},
                                                        {u"os"_s, tr("Operating systems")}};
    for (const auto &[dimension, heading] : dimensions) {
        const QList<CampaignStats::Share> shares = figures.breakdown(dimension);
        QList<std::pair<QString, qint64>> rows;
        qint64 all = 0;
        for (const CampaignStats::Share &share : shares) {
            rows.append({StatsTables::valueName(dimension, share.value), share.clicks});
            all += share.clicks;
        }
        blocks << table(heading, rows, all);
    }
    QString out = u"<html><body style=\"font-size: 9pt\"><h2>"_s + title.toHtmlEscaped() + u"</h2><p>"_s
        + summary.toHtmlEscaped() + u"</p><p><img src=\"chart.png\" width=\""_s + QString::number(chartWidth)
        + u"\"></p>"_s + u"<table width=\"100%\" cellspacing=\"12\">"_s;
    for (qsizetype i = 0; i < blocks.size(); i += 2) {
        out += u"<tr><td width=\"50%\" valign=\"top\">"_s + blocks.at(i) + u"</td><td width=\"50%\" valign=\"top\">"_s
            + (i + 1 < blocks.size() ? blocks.at(i + 1) : QString()) + u"</td></tr>"_s;
    }
    const QLocale locale;
    out += u"</table><p style=\"color: #666666\">"_s
        + tr("Made with Linkdeck on %1.")
              .arg(locale.toString(Clock::nowUtc().toLocalTime(), QLocale::ShortFormat))
              .toHtmlEscaped()
        + u"</p></body></html>"_s;
    return out;
}

bool StatsReport::write(const QString &path, const QString &title, const CampaignStats::Figures &figures,
                        const QString &summary, QChartView *chart, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    // The chart as shown, at twice its size for print.
    QImage image;
    if (chart) {
        const QSize size = chart->size().expandedTo(QSize(900, 420));
        image = QImage(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        chart->render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return fail(probe.errorString());
    probe.close();
    QPdfWriter pdf(path);
    pdf.setTitle(title);
    pdf.setCreator(u"Linkdeck"_s);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                  QPageLayout::Millimeter));
    pdf.setResolution(300);
    QTextDocument document;
    document.setDocumentMargin(0);
    if (!image.isNull())
        document.addResource(QTextDocument::ImageResource, QUrl(u"chart.png"_s), image);
    // Laid out in points on the page's printable width, then scaled to the writer's pixels.
    const QRectF page = pdf.pageLayout().paintRect(QPageLayout::Point);
    document.setHtml(html(title, figures, summary, int(page.width())));
    document.setPageSize(page.size());
    QPainter painter;
    if (!painter.begin(&pdf))
        return fail(tr("The file cannot be written."));
    const double scale = pdf.resolution() / 72.0;
    painter.scale(scale, scale);
    document.drawContents(&painter, QRectF(QPointF(0, 0), page.size()));
    return painter.end() || fail(tr("The file cannot be written."));
}

}   // namespace Linkdeck::Gui
