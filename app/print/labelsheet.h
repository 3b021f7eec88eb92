#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <functional>

#include "core/base/result.h"
#include "print/qrstyle.h"

class QPagedPaintDevice;

namespace Linkdeck::Print {

// Many codes on a page (A4, US Letter, ...) in a grid, each with an optional caption: one
// printer for the GUI's print actions (a QPrinter), the studio's and the CLI's PDFs.
//
//   SheetLayout layout;                                    // A4, 4 x 6
//   LabelSheet::writePdf(labels, layout, style, path);     // or, to a QPrinter:
//   LabelSheet::paint(*printer, labels, layout, style);    // on the paper chosen in the print dialog
struct SheetLayout
{
    QPageSize::PageSizeId paper = QPageSize::A4;
    int columns = 4;
    int rows = 6;
    double marginMm = 10;
    double gapMm = 4;

    int perPage() const { return columns * rows; }
    int pageCount(qsizetype labels) const { return int((labels + perPage() - 1) / perPage()); }
    QRectF cellMm(int index) const;   // the cell of the index-th label on its page, in mm
};

struct SheetLabel
{
    QString text;      // encoded
    QString caption;   // printed under the code
};

class LabelSheet
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Print::LabelSheet)
public:
    // Paints the labels page after page onto a paged device (QPrinter, QPdfWriter) from the
    // paper's corner, whatever margins it had. The paper is the device's when that is a named size
    // (the user may pick another one in a print dialog), else layout.paper, which the device is then
    // set to. progress(done, total) is called after each page; returning false cancels. Returns the
    // number of pages.
    static Result<int> paint(QPagedPaintDevice &device, const QList<SheetLabel> &labels, SheetLayout layout,
                             const QrStyle &style, const std::function<bool(int, int)> &progress = {});
    // paint() into a PDF on layout.paper; nothing is left at path when it fails or is cancelled.
    static Result<int> writePdf(const QList<SheetLabel> &labels, const SheetLayout &layout, const QrStyle &style,
                                const QString &path, const std::function<bool(int, int)> &progress = {});
};

}   // namespace Linkdeck::Print
