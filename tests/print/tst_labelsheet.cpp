#include "print/labelsheet.h"

#include <QImage>
#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck::Print;

class TestLabelSheet : public QObject
{
    Q_OBJECT
private slots:
    void sixtyLabelsDecodeOneByOne();
    void pagesAndCancel();
    void refusesImpossibleLayouts();
    void paintsOnTheDevicesPaperFromItsCorner();
    void customPaperFallsBackToTheLayout();

private:
    static QString decode(const QImage &image, const QString &path)
    {
        image.save(path);
        QProcess p;
        p.start(u"zbarimg"_s, {u"--nodbus"_s, u"--raw"_s, u"-q"_s, path});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
};

void TestLabelSheet::sixtyLabelsDecodeOneByOne()
{
    QTemporaryDir dir;
    QList<SheetLabel> labels;
    for (int i = 0; i < 60; ++i)
        labels << SheetLabel{u"https://go.example/label-%1"_s.arg(i), u"go.example/label-%1"_s.arg(i)};
    SheetLayout layout;
    layout.columns = 6;
    layout.rows = 10;   // all 60 on one A4 page
    QrStyle style;
    const QString pdf = dir.filePath(u"sheet.pdf"_s);
    const auto pages = LabelSheet::writePdf(labels, layout, style, pdf);
    QVERIFY2(pages.ok(), qPrintable(pages.ok() ? QString() : pages.error().message));
    QCOMPARE(*pages, 1);

    QProcess render;
    render.start(u"pdftoppm"_s, {u"-r"_s, u"300"_s, u"-png"_s, u"-singlefile"_s, pdf, dir.filePath(u"page"_s)});
    QVERIFY(render.waitForFinished(60000));
    const QImage page(dir.filePath(u"page.png"_s));
    QVERIFY(!page.isNull());
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    QVERIFY(qAbs(page.width() - a4.width() / 25.4 * 300) < 3);
    const double pxPerMm = page.width() / a4.width();
    for (int i = 0; i < 60; ++i) {
        const QRectF cell = layout.cellMm(i);
        const QImage crop = page.copy(
            QRectF(cell.x() * pxPerMm, cell.y() * pxPerMm, cell.width() * pxPerMm, cell.height() * pxPerMm).toRect());
        QCOMPARE(decode(crop, dir.filePath(u"cell.png"_s)), u"https://go.example/label-%1"_s.arg(i));
    }
}

void TestLabelSheet::pagesAndCancel()
{
    QTemporaryDir dir;
    QList<SheetLabel> labels;
    for (int i = 0; i < 50; ++i)
        labels << SheetLabel{u"https://go.example/%1"_s.arg(i), {}};
    SheetLayout layout;   // 4 x 6 = 24 a page
    layout.paper = QPageSize::Letter;
    QList<int> seen;
    const auto pages =
        LabelSheet::writePdf(labels, layout, QrStyle{}, dir.filePath(u"a.pdf"_s), [&seen](int done, int total) {
            seen << done;
            return total == 3;
        });
    QVERIFY(pages.ok());
    QCOMPARE(*pages, 3);
    QCOMPARE(seen, (QList<int>{1, 2, 3}));
    QProcess info;
    info.start(u"pdfinfo"_s, {dir.filePath(u"a.pdf"_s)});
    info.waitForFinished(30000);
    const QString text = QString::fromUtf8(info.readAll());
    QVERIFY(text.contains(u"Pages:           3"_s));
    QVERIFY(text.contains(u"612 x 792 pts"_s));   // US Letter

    const auto cancelled =
        LabelSheet::writePdf(labels, layout, QrStyle{}, dir.filePath(u"b.pdf"_s), [](int, int) { return false; });
    QVERIFY(!cancelled.ok());
    QVERIFY(!QFile::exists(dir.filePath(u"b.pdf"_s)));   // nothing half-written is left
}

void TestLabelSheet::refusesImpossibleLayouts()
{
    QTemporaryDir dir;
    SheetLayout tiny;
    tiny.columns = 100;
    const auto r = LabelSheet::writePdf({SheetLabel{u"x"_s, {}}}, tiny, QrStyle{}, dir.filePath(u"t.pdf"_s));
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(u"5 mm"_s));
    QVERIFY(!LabelSheet::writePdf({}, SheetLayout{}, QrStyle{}, dir.filePath(u"e.pdf"_s)).ok());
    QrStyle missingLogo;
    missingLogo.logoPath = dir.filePath(u"missing.png"_s);
    const auto logo =
        LabelSheet::writePdf({SheetLabel{u"x"_s, {}}}, SheetLayout{}, missingLogo, dir.filePath(u"l.pdf"_s));
    QVERIFY(!logo.ok());
    QVERIFY(logo.error().message.contains(u"missing.png"_s));
    QVERIFY(!QFile::exists(dir.filePath(u"l.pdf"_s)));
    QCOMPARE(SheetLayout{}.pageCount(0), 0);
    QCOMPARE(SheetLayout{}.pageCount(24), 1);
    QCOMPARE(SheetLayout{}.pageCount(25), 2);
}

// What a print dialog hands over: a device with its own paper and margins. The labels go on
// that paper, measured from its corner, page after page.
void TestLabelSheet::paintsOnTheDevicesPaperFromItsCorner()
{
    QTemporaryDir dir;
    QList<SheetLabel> labels;
    for (int i = 0; i < 7; ++i)
        labels << SheetLabel{u"https://go.example/a5-%1"_s.arg(i), u"go.example/a5-%1"_s.arg(i)};
    SheetLayout layout;   // A4 unless the device says otherwise
    layout.columns = 2;
    layout.rows = 3;
    const QString pdf = dir.filePath(u"a5.pdf"_s);
    {
        QPdfWriter writer(pdf);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A5));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        QList<int> seen;
        const auto pages = LabelSheet::paint(writer, labels, layout, QrStyle{}, [&seen](int done, int total) {
            seen << done * 10 + total;
            return true;
        });
        QVERIFY2(pages.ok(), qPrintable(pages.ok() ? QString() : pages.error().message));
        QCOMPARE(*pages, 2);
        QCOMPARE(seen, (QList<int>{12, 22}));
    }
    QProcess info;
    info.start(u"pdfinfo"_s, {pdf});
    QVERIFY(info.waitForFinished(30000));
    const QString text = QString::fromUtf8(info.readAll());
    QVERIFY2(QRegularExpression(u"Pages:\\s+2\\n"_s).match(text).hasMatch(), qPrintable(text));
    QVERIFY2(text.contains(u"(A5)"_s), qPrintable(text));

    layout.paper = QPageSize::A5;
    const double pxPerMm = 300 / 25.4;
    for (const auto &[page, index] : {std::pair{1, 0}, std::pair{1, 5}, std::pair{2, 6}}) {
        QProcess render;
        const QString png = dir.filePath(u"page%1"_s.arg(page));
        render.start(u"pdftoppm"_s,
                     {u"-r"_s, u"300"_s, u"-png"_s, u"-singlefile"_s, u"-f"_s, QString::number(page), u"-l"_s,
                      QString::number(page), pdf, png});
        QVERIFY(render.waitForFinished(60000));
        const QImage image(png + u".png"_s);
        QVERIFY(!image.isNull());
        const QRectF cell = layout.cellMm(index);
        const QImage crop = image.copy(
            QRectF(cell.x() * pxPerMm, cell.y() * pxPerMm, cell.width() * pxPerMm, cell.height() * pxPerMm).toRect());
        QCOMPARE(decode(crop, dir.filePath(u"cell.png"_s)), labels.at(index).text);
    }
}

void TestLabelSheet::customPaperFallsBackToTheLayout()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"custom.pdf"_s);
    {
        QPdfWriter writer(pdf);
        writer.setPageSize(QPageSize(QSizeF(100, 100), QPageSize::Millimeter));
        SheetLayout layout;
        layout.paper = QPageSize::Letter;
        const auto pages = LabelSheet::paint(writer, {SheetLabel{u"https://go.example/c"_s, {}}}, layout, QrStyle{});
        QVERIFY(pages.ok());
        QCOMPARE(*pages, 1);
    }
    QProcess info;
    info.start(u"pdfinfo"_s, {pdf});
    QVERIFY(info.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(info.readAll()).contains(u"612 x 792 pts"_s));
}

QTEST_MAIN(TestLabelSheet)
#include "tst_labelsheet.moc"
