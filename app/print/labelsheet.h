#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <functional>

#include "core/result.h"
#include "print/qrstyle.h"

class QPainter;

namespace Linkdeck::Print {

// Many codes on A4 or US Letter in a grid, each with an optional caption, as a PDF (or, from
// the GUI, straight to a printer: paintPage() draws one page into any QPainter).
struct SheetLayout
{
    QPageSize::PageSizeId paper = QPageSize::A4;
    int columns = 4;
    int rows = 6;
    double marginMm = 10;
    double gapMm = 4;

    int perPage() const { return columns * rows; }
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
    // progress(done, total) is called after each page; returning false cancels.
    static Result<int> writePdf(const QList<SheetLabel> &labels, const SheetLayout &layout, const QrStyle &style,
                                const QString &path, const std::function<bool(int, int)> &progress = {});
    // Paints labels [first, first + perPage) of the list; mmToDevice scales millimetres.
    static Result<void> paintPage(QPainter &painter, double mmToDevice, const QList<SheetLabel> &labels, int first,
                                  const SheetLayout &layout, const QrStyle &style);
};

} // namespace Linkdeck::Print
