#include "print/labelsheet.h"

#include "print/qrrenderer.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

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
    return QRectF(marginMm + column * (cellWidth + gapMm), marginMm + row * (cellHeight + gapMm), cellWidth,
                  cellHeight);
}

namespace {

// Paints labels [first, first + perPage) of the list; mmToDevice scales millimetres.
Result<void> paintPage(QPainter &painter, double mmToDevice, const QList<SheetLabel> &labels, int first,
                       const SheetLayout &layout, const QrStyle &style)
{
    for (int i = first; i < qMin(first + layout.perPage(), int(labels.size())); ++i) {
        QrStyle labelStyle = style;
        labelStyle.caption = labels.at(i).caption;
        const auto code = style.encode(labels.at(i).text);
        if (!code)
            return Error::make(
                code.error().kind,
                LabelSheet::tr("Label %1 (“%2”): %3").arg(i + 1).arg(labels.at(i).text, code.error().message));
        const QRectF cell = layout.cellMm(i);
        const double aspect = QrRenderer::aspect(labelStyle);
        const double width = qMin(cell.width(), cell.height() / aspect);
        const QRectF target(cell.x() + (cell.width() - width) / 2, cell.y() + (cell.height() - width * aspect) / 2,
                            width, width * aspect);
        QrRenderer::render(painter,
                           QRectF(target.x() * mmToDevice, target.y() * mmToDevice, target.width() * mmToDevice,
                                  target.height() * mmToDevice),
                           *code, labelStyle);
    }
    return {};
}

}   // namespace

Result<int> LabelSheet::paint(QPagedPaintDevice &device, const QList<SheetLabel> &labels, SheetLayout layout,
                              const QrStyle &style, const std::function<bool(int, int)> &progress)
{
    if (labels.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("There are no labels to print."));
    // Full page, no margins: the layout's margin is measured from the paper's edge. Portrait,
    // as the cells are laid out.
    QPageLayout page = device.pageLayout();
    if (page.pageSize().isValid() && page.pageSize().id() != QPageSize::Custom)
        layout.paper = page.pageSize().id();
    page.setPageSize(QPageSize(layout.paper));
    page.setOrientation(QPageLayout::Portrait);
    page.setMode(QPageLayout::FullPageMode);
    page.setMargins(QMarginsF(0, 0, 0, 0));
    if (layout.columns < 1 || layout.rows < 1 || layout.cellMm(0).width() < 5 || layout.cellMm(0).height() < 5)
        return Error::make(Error::Kind::Invalid,
                           tr("The labels would be smaller than 5 mm: use fewer rows or columns, or smaller margins."));
    if (!style.logoReadable())
        return Error::make(Error::Kind::Invalid,
                           QrRenderer::tr("The logo “%1” cannot be read as a PNG, JPEG or SVG image.")
                               .arg(QFileInfo(style.logoPath).fileName()));
    device.setPageLayout(page);
    QPainter painter;
    if (!painter.begin(&device))
        return Error::make(Error::Kind::Storage, tr("Could not start printing the labels."));
    const double mmToDevice = device.logicalDpiX() / 25.4;
    const int pages = layout.pageCount(labels.size());
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device.newPage();
        if (auto painted = paintPage(painter, mmToDevice, labels, p * layout.perPage(), layout, style); !painted)
            return painted.error();
        if (progress && !progress(p + 1, pages))
            return Error::make(Error::Kind::Invalid, tr("Cancelled."));
    }
    return pages;
}

Result<int> LabelSheet::writePdf(const QList<SheetLabel> &labels, const SheetLayout &layout, const QrStyle &style,
                                 const QString &path, const std::function<bool(int, int)> &progress)
{
    QSaveFile file(path);   // written whole or not at all
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Storage, tr("Could not write “%1”: %2").arg(path, file.errorString()));
    Result<int> pages = 0;
    {
        QPdfWriter pdf(&file);   // finishes the file when it goes
        pdf.setCreator(u"Linkdeck"_s);
        pdf.setResolution(600);
        pdf.setPageSize(QPageSize(layout.paper));
        pages = paint(pdf, labels, layout, style, progress);
    }
    if (pages && !file.commit())
        return Error::make(Error::Kind::Storage, tr("Could not write “%1”: %2").arg(path, file.errorString()));
    return pages;
}

}   // namespace Linkdeck::Print
