#include "print/labelsheet.h"

#include "print/qrrenderer.h"

#include <QPainter>
#include <QFile>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace Linkdeck::Print {

QRectF SheetLayout::cellMm(int index) const
{
    const QSizeF page = QPageSize(paper).size(QPageSize::Millimeter);
    const double cellWidth = (page.width() - 2 * marginMm - (columns - 1) * gapMm) / columns;
    const double cellHeight = (page.height() - 2 * marginMm - (rows - 1) * gapMm) / rows;
    const int slot = index % perPage();
    const int column = slot % columns;
    const int row = slot / columns;
    return QRectF(marginMm + column * (cellWidth + gapMm), marginMm + row * (cellHeight + gapMm), cellWidth, cellHeight);
}

Result<void> LabelSheet::paintPage(QPainter &painter, double mmToDevice, const QList<SheetLabel> &labels, int first,
                                   const SheetLayout &layout, const QrStyle &style)
{
    for (int i = first; i < qMin(first + layout.perPage(), int(labels.size())); ++i) {
        QrStyle labelStyle = style;
        labelStyle.caption = labels.at(i).caption;
        const auto code = style.encode(labels.at(i).text);
        if (!code)
            return Error::make(code.error().kind, tr("Label %1 (“%2”): %3").arg(i + 1).arg(labels.at(i).text, code.error().message));
        const QRectF cell = layout.cellMm(i);
        const double aspect = QrRenderer::aspect(labelStyle);
        const double width = qMin(cell.width(), cell.height() / aspect);
        const QRectF target(cell.x() + (cell.width() - width) / 2, cell.y() + (cell.height() - width * aspect) / 2, width,
                            width * aspect);
        QrRenderer::render(painter,
                           QRectF(target.x() * mmToDevice, target.y() * mmToDevice, target.width() * mmToDevice,
                                  target.height() * mmToDevice),
                           *code, labelStyle);
    }
    return {};
}

Result<int> LabelSheet::writePdf(const QList<SheetLabel> &labels, const SheetLayout &layout, const QrStyle &style,
                                 const QString &path, const std::function<bool(int, int)> &progress)
{
    if (labels.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("There are no labels to print."));
    if (layout.columns < 1 || layout.rows < 1 || layout.cellMm(0).width() < 5 || layout.cellMm(0).height() < 5)
        return Error::make(Error::Kind::Invalid, tr("The labels would be smaller than 5 mm: use fewer rows or columns, or smaller margins."));
    QPdfWriter pdf(path);
    pdf.setCreator(u"Linkdeck"_s);
    pdf.setResolution(600);
    pdf.setPageSize(QPageSize(layout.paper));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&pdf))
        return Error::make(Error::Kind::Storage, tr("Could not write “%1”.").arg(path));
    const double mmToDevice = pdf.resolution() / 25.4;
    const int pages = int((labels.size() + layout.perPage() - 1) / layout.perPage());
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            pdf.newPage();
        if (auto painted = paintPage(painter, mmToDevice, labels, page * layout.perPage(), layout, style); !painted) {
            painter.end();
            return painted.error();
        }
        if (progress && !progress(page + 1, pages)) {
            painter.end();
            QFile::remove(path);
            return Error::make(Error::Kind::Invalid, tr("Cancelled."));
        }
    }
    painter.end();
    return pages;
}

} // namespace Linkdeck::Print
