#include "core/providers/linkprovider.h"
#include "core/storage/settings.h"
#include "core/sync/backend.h"
#include "gui/linkcommands.h"
#include "gui/mainwindow.h"
#include "gui/qrpreview.h"
#include "gui/qrstudiodialog.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

class TestQrStudio : public QObject
{
    Q_OBJECT
private slots:
    void studioStylesAndExportsCodesThatScan();
    void batchExportsOneFilePerLink();
    void presetsAndLogo();
    void printsLabelsThatScan();
    void labelSheetFromTheStudio();
    void millimetresInTheUsersLocale();

private:
    static QString decode(const QString &png)
    {
        QProcess p;
        p.start(u"zbarimg"_s, {u"--nodbus"_s, u"--raw"_s, u"-q"_s, png});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
};

void TestQrStudio::studioStylesAndExportsCodesThatScan()
{
    QTemporaryDir dir;
    Backend backend;
    QVERIFY(backend.open(dir.filePath(u"l.sqlite"_s)).ok());
    QSettings store(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    Link draft;
    draft.destination = u"https://shop.example/flyer"_s;
    draft.slug = u"flyer"_s;
    auto created = backend.provider(1)->create(draft);
    created.waitForFinished();
    QVERIFY(created.result().ok());

    Gui::MainWindow window(backend, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(u"linkTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);
    QVERIFY(window.findChild<QWidget *>(u"detailQrPreview"_s)->isVisible());   // the detail pane shows the code

    window.findChild<QAction *>(u"qrCodeAction"_s)->trigger();
    auto *studio = window.findChild<Gui::QrStudioDialog *>(u"qrStudioDialog"_s);
    QVERIFY(studio);
    QVERIFY(QTest::qWaitForWindowExposed(studio));
    QCOMPARE(studio->findChild<QLineEdit *>(u"qrTextEdit"_s)->text(), u"http://localhost:8080/flyer"_s);
    for (const QString &name : {u"qrWarningsLabel"_s, u"qrEccWarning"_s, u"qrSizeWarning"_s, u"qrQuietZoneWarning"_s,
                                u"qrColoursWarning"_s, u"qrLogoWarning"_s})
        QVERIFY2(!studio->findChild<QLabel *>(name)->isVisible(), qPrintable(name));

    // Each warning shows beside the option it concerns, and goes away when that is fixed.
    auto *quiet = studio->findChild<QSpinBox *>(u"qrQuietZoneSpin"_s);
    auto *quietWarning = studio->findChild<QLabel *>(u"qrQuietZoneWarning"_s);
    quiet->setValue(1);
    QVERIFY(quietWarning->isVisible());
    QVERIFY(quietWarning->text().contains(u"quiet zone"_s));
    quiet->setValue(4);
    QVERIFY(!quietWarning->isVisible());

    auto *sizeMode = studio->findChild<QComboBox *>(u"qrSizeModeCombo"_s);
    auto *moduleSize = studio->findChild<QDoubleSpinBox *>(u"qrModuleSizeSpin"_s);
    auto *sizeWarning = studio->findChild<QLabel *>(u"qrSizeWarning"_s);
    sizeMode->setCurrentIndex(1);   // size by module
    QVERIFY(moduleSize->isVisible());
    moduleSize->setValue(0.2);
    QCOMPARE(studio->style().moduleMm, 0.2);
    QVERIFY(sizeWarning->isVisible() && sizeWarning->text().contains(u"0.3 mm"_s));
    moduleSize->setValue(0.5);
    QVERIFY(!sizeWarning->isVisible());
    sizeMode->setCurrentIndex(0);   // back to the printed width
    QCOMPARE(studio->style().moduleMm, 0.0);

    auto *foreground = studio->findChild<QLineEdit *>(u"qrForegroundEdit"_s);
    auto *coloursWarning = studio->findChild<QLabel *>(u"qrColoursWarning"_s);
    foreground->selectAll();
    QTest::keyClicks(foreground, u"#dddddd"_s);
    QVERIFY(coloursWarning->isVisible() && coloursWarning->text().contains(u"contrast"_s));
    foreground->selectAll();
    QTest::keyClicks(foreground, u"not a colour"_s);
    QVERIFY(coloursWarning->text().contains(u"not a colour"_s));
    foreground->selectAll();
    QTest::keyClicks(foreground, u"cmyk(0,0,0,100)"_s);   // pure K for the print shop
    QVERIFY(!coloursWarning->isVisible());
    QCOMPARE(studio->style().foreground.spec(), QColor::Cmyk);
    QCOMPARE(studio->style().foreground.blackF(), 1.0f);

    auto *minVersion = studio->findChild<QSpinBox *>(u"qrMinVersionSpin"_s);
    minVersion->setValue(6);
    QVERIFY(studio->findChild<QLabel *>(u"qrInfoLabel"_s)->text().startsWith(u"Version 6,"_s));

    auto *shape = studio->findChild<QComboBox *>(u"qrShapeCombo"_s);
    shape->setCurrentIndex(shape->findData(int(Print::QrStyle::ModuleShape::Dots)));
    studio->findChild<QDoubleSpinBox *>(u"qrWidthSpin"_s)->setValue(40);
    QTest::keyClicks(studio->findChild<QLineEdit *>(u"qrCaptionEdit"_s), u"Scan me"_s);
    QCOMPARE(studio->style().caption, u"Scan me"_s);
    QVERIFY(studio->findChild<QLabel *>(u"qrInfoLabel"_s)->text().contains(u"modules"_s));

    QStringList exported;
    connect(studio, &Gui::QrStudioDialog::exported, this, [&exported](const QString &path) { exported << path; });
    for (const QString &format : {u"PNG"_s, u"SVG"_s, u"PDF"_s, u"EPS"_s}) {
        Gui::QrStudioDialog::setNextSaveFileName(dir.filePath(u"flyer"_s));   // the extension is added
        QTest::mouseClick(studio->findChild<QPushButton *>(u"qrExport"_s + format + u"Button"_s), Qt::LeftButton);
    }
    Gui::QrStudioDialog::setNextSaveFileName(dir.filePath(u"flyer-cmyk.pdf"_s));
    QTest::mouseClick(studio->findChild<QPushButton *>(u"qrExportCmykButton"_s), Qt::LeftButton);
    QCOMPARE(exported.size(), 5);
    for (const QString &path : exported)
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
    QCOMPARE(decode(dir.filePath(u"flyer.png"_s)), u"http://localhost:8080/flyer"_s);
    QSvgRenderer svg(dir.filePath(u"flyer.svg"_s));
    QVERIFY(svg.isValid());
    QImage image(600, 684, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    svg.render(&painter);
    painter.end();
    QVERIFY(image.save(dir.filePath(u"svg.png"_s)));
    QCOMPARE(decode(dir.filePath(u"svg.png"_s)), u"http://localhost:8080/flyer"_s);
    QProcess pdf;
    pdf.start(u"pdftoppm"_s,
              {u"-r"_s, u"300"_s, u"-png"_s, u"-singlefile"_s, dir.filePath(u"flyer.pdf"_s), dir.filePath(u"pdf"_s)});
    QVERIFY(pdf.waitForFinished(30000));
    QCOMPARE(decode(dir.filePath(u"pdf.png"_s)), u"http://localhost:8080/flyer"_s);
    QProcess cmyk;
    cmyk.start(
        u"pdftoppm"_s,
        {u"-r"_s, u"300"_s, u"-png"_s, u"-singlefile"_s, dir.filePath(u"flyer-cmyk.pdf"_s), dir.filePath(u"cmyk"_s)});
    QVERIFY(cmyk.waitForFinished(30000));
    QCOMPARE(decode(dir.filePath(u"cmyk.png"_s)), u"http://localhost:8080/flyer"_s);
    QProcess eps;
    eps.start(u"gs"_s,
              {u"-q"_s, u"-dSAFER"_s, u"-dBATCH"_s, u"-dNOPAUSE"_s, u"-sDEVICE=png16m"_s, u"-r300"_s, u"-dEPSCrop"_s,
               u"-sOutputFile="_s + dir.filePath(u"eps.png"_s), dir.filePath(u"flyer.eps"_s)});
    QVERIFY(eps.waitForFinished(30000));
    QCOMPARE(decode(dir.filePath(u"eps.png"_s)), u"http://localhost:8080/flyer"_s);
    QCoreApplication::processEvents();   // lay out the rows that warnings left
    studio->grab().save(dir.filePath(u"studio.png"_s));
    if (qEnvironmentVariableIsSet("LINKDECK_SCREENSHOT_DIR"))
        studio->grab().save(qEnvironmentVariable("LINKDECK_SCREENSHOT_DIR") + u"/qr-studio.png"_s);
}

void TestQrStudio::batchExportsOneFilePerLink()
{
    QTemporaryDir dir;
    Backend backend;
    QVERIFY(backend.open(dir.filePath(u"l.sqlite"_s)).ok());
    QSettings store(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    for (const QString &slug : {u"alpha"_s, u"beta"_s, u"gamma"_s}) {
        Link draft;
        draft.destination = u"https://shop.example/"_s + slug;
        draft.slug = slug;
        auto f = backend.provider(1)->create(draft);
        f.waitForFinished();
        QVERIFY(f.result().ok());
    }
    Gui::MainWindow window(backend, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(u"linkTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    table->selectAll();
    window.findChild<QAction *>(u"qrCodeAction"_s)->trigger();
    auto *studio = window.findChild<Gui::QrStudioDialog *>(u"qrStudioDialog"_s);
    QVERIFY(studio);
    QVERIFY(studio->windowTitle().contains(u"3"_s));
    const QString folder = dir.filePath(u"codes"_s);
    Gui::QrStudioDialog::setNextSaveFileName(folder);
    QTest::mouseClick(studio->findChild<QPushButton *>(u"qrExportPNGButton"_s), Qt::LeftButton);
    for (const QString &slug : {u"alpha"_s, u"beta"_s, u"gamma"_s}) {
        const QString png = folder + u'/' + slug + u".png"_s;
        QVERIFY2(QFile::exists(png), qPrintable(png));
        QCOMPARE(decode(png), u"http://localhost:8080/"_s + slug);
    }
}

void TestQrStudio::presetsAndLogo()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    Gui::QrStudioDialog studio(u"https://go.example/preset"_s, &settings);
    studio.show();
    QVERIFY(QTest::qWaitForWindowExposed(&studio));
    auto *preset = studio.findChild<QComboBox *>(u"qrPresetCombo"_s);
    preset->setCurrentIndex(preset->findText(u"Business card"_s));
    QCOMPARE(studio.style().widthMm, 18.0);
    preset->setCurrentIndex(preset->findText(u"Poster"_s));
    QCOMPARE(studio.style().widthMm, 150.0);
    QCOMPARE(studio.style().shape, Print::QrStyle::ModuleShape::Dots);

    QImage logo(64, 64, QImage::Format_ARGB32);
    logo.fill(QColor(u"#e63946"_s));
    QVERIFY(logo.save(dir.filePath(u"logo.png"_s)));
    auto *ecc = studio.findChild<QComboBox *>(u"qrEccCombo"_s);
    ecc->setCurrentIndex(0);   // L; a logo still gets H
    studio.setLogo(dir.filePath(u"logo.png"_s));
    QCOMPARE(studio.findChild<QPushButton *>(u"qrLogoButton"_s)->text(), u"logo.png"_s);
    QCOMPARE(studio.style().effectiveEcc(), QrCode::Ecc::H);
    Gui::QrStudioDialog::setNextSaveFileName(dir.filePath(u"with-logo.png"_s));
    QTest::mouseClick(studio.findChild<QPushButton *>(u"qrExportPNGButton"_s), Qt::LeftButton);
    QCOMPARE(decode(dir.filePath(u"with-logo.png"_s)), u"https://go.example/preset"_s);
    if (qEnvironmentVariableIsSet("LINKDECK_SCREENSHOT_DIR")) {
        studio.findChild<QLineEdit *>(u"qrCaptionEdit"_s)->setText(u"go.example/preset"_s);
        auto *finder = studio.findChild<QComboBox *>(u"qrFinderCombo"_s);
        finder->setCurrentIndex(finder->findData(int(Print::QrStyle::FinderShape::Rounded)));
        QCoreApplication::processEvents();
        studio.grab().save(qEnvironmentVariable("LINKDECK_SCREENSHOT_DIR") + u"/qr-studio-logo.png"_s);
        studio.findChild<QLineEdit *>(u"qrCaptionEdit"_s)->clear();
    }

    // A logo that cannot be read is warned about beside the logo, and refused on export.
    studio.setLogo(dir.filePath(u"missing.png"_s));
    auto *logoWarning = studio.findChild<QLabel *>(u"qrLogoWarning"_s);
    QVERIFY(logoWarning->isVisible() && logoWarning->text().contains(u"missing.png"_s));
    QVERIFY(studio.findChild<QLabel *>(u"qrEccWarning"_s)->isVisible());   // L was chosen: H is used
    Gui::QrStudioDialog::setNextSaveFileName(dir.filePath(u"refused.png"_s));
    QTest::mouseClick(studio.findChild<QPushButton *>(u"qrExportPNGButton"_s), Qt::LeftButton);
    QVERIFY(!QFile::exists(dir.filePath(u"refused.png"_s)));
    QVERIFY(studio.findChild<QLabel *>(u"qrWarningsLabel"_s)->text().contains(u"cannot be read"_s));
    studio.setLogo(dir.filePath(u"logo.png"_s));
    QVERIFY(!logoWarning->isVisible());

    // A saved preset is remembered by the next studio, CMYK colour and minimum version included.
    auto *foreground = studio.findChild<QLineEdit *>(u"qrForegroundEdit"_s);
    foreground->selectAll();
    QTest::keyClicks(foreground, u"cmyk(100,60,0,20)"_s);
    studio.findChild<QSpinBox *>(u"qrMinVersionSpin"_s)->setValue(7);
    studio.findChild<QDoubleSpinBox *>(u"qrWidthSpin"_s)->setValue(55);
    Gui::QrStudioDialog::setNextPresetName(u"Spring flyer"_s);
    QTest::mouseClick(studio.findChild<QPushButton *>(u"qrSavePresetButton"_s), Qt::LeftButton);
    Gui::QrStudioDialog next(u"https://go.example/other"_s, &settings);
    auto *nextPreset = next.findChild<QComboBox *>(u"qrPresetCombo"_s);
    QVERIFY(nextPreset->findText(u"Spring flyer"_s) >= 0);
    QCOMPARE(next.style().widthMm, 30.0);
    nextPreset->setCurrentIndex(nextPreset->findText(u"Spring flyer"_s));
    QCOMPARE(next.style().widthMm, 55.0);
    QCOMPARE(next.style().logoPath, dir.filePath(u"logo.png"_s));
    QCOMPARE(next.style().minimumVersion, 7);
    QCOMPARE(Print::QrStyle::colourName(next.style().foreground), u"cmyk(100,60,0,20)"_s);
    QCOMPARE(next.findChild<QLineEdit *>(u"qrForegroundEdit"_s)->text(), u"cmyk(100,60,0,20)"_s);

    // A preset that cannot be read says why, and leaves the style as it was.
    settings.setQrPreset(u"Broken"_s, QVariantMap{{u"widthMm"_s, 40}, {u"ecc"_s, 9}});
    Gui::QrStudioDialog third(u"https://go.example/third"_s, &settings);
    third.show();
    QVERIFY(QTest::qWaitForWindowExposed(&third));
    auto *thirdPreset = third.findChild<QComboBox *>(u"qrPresetCombo"_s);
    thirdPreset->setCurrentIndex(thirdPreset->findText(u"Broken"_s));
    auto *warnings = third.findChild<QLabel *>(u"qrWarningsLabel"_s);
    QVERIFY(warnings->isVisible());
    QVERIFY2(warnings->text().contains(u"“Broken”"_s) && warnings->text().contains(u"“ecc”"_s),
             qPrintable(warnings->text()));
    QCOMPARE(third.style().widthMm, 30.0);
}

void TestQrStudio::printsLabelsThatScan()
{
    QTemporaryDir dir;
    Backend backend;
    QVERIFY(backend.open(dir.filePath(u"l.sqlite"_s)).ok());
    QSettings store(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    Link draft;
    draft.destination = u"https://shop.example/label"_s;
    draft.slug = u"label"_s;
    auto f = backend.provider(1)->create(draft);
    f.waitForFinished();
    Gui::MainWindow window(backend, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(u"linkTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);
    QVERIFY(window.findChild<QAction *>(u"printLabelsAction"_s)->isEnabled());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"labels.pdf"_s));
    printer.setPageSize(QPageSize(QPageSize::A4));
    window.commands()->printLabelsTo(&printer);
    QProcess render;
    render.start(
        u"pdftoppm"_s,
        {u"-r"_s, u"300"_s, u"-png"_s, u"-singlefile"_s, dir.filePath(u"labels.pdf"_s), dir.filePath(u"labels"_s)});
    QVERIFY(render.waitForFinished(60000));
    QCOMPARE(decode(dir.filePath(u"labels.png"_s)), u"http://localhost:8080/label"_s);
}

void TestQrStudio::labelSheetFromTheStudio()
{
    QTemporaryDir dir;
    Gui::QrStudioDialog studio(u"https://go.example/sticker"_s);
    studio.show();
    QVERIFY(QTest::qWaitForWindowExposed(&studio));
    studio.findChild<QSpinBox *>(u"qrSheetColumnsSpin"_s)->setValue(3);
    studio.findChild<QSpinBox *>(u"qrSheetRowsSpin"_s)->setValue(5);
    studio.findChild<QDoubleSpinBox *>(u"qrSheetMarginSpin"_s)->setValue(12);
    studio.findChild<QDoubleSpinBox *>(u"qrSheetGapSpin"_s)->setValue(6);
    auto *shape = studio.findChild<QComboBox *>(u"qrShapeCombo"_s);
    shape->setCurrentIndex(shape->findData(int(Print::QrStyle::ModuleShape::Rounded)));
    const QList<Print::SheetLabel> labels = studio.sheetLabels();
    QCOMPARE(labels.size(), 15);   // one code fills the page
    QCOMPARE(labels.first().caption, u"go.example/sticker"_s);

    Gui::QrStudioDialog::setNextSaveFileName(dir.filePath(u"stickers"_s));
    QSignalSpy exported(&studio, &Gui::QrStudioDialog::exported);
    QTest::mouseClick(studio.findChild<QPushButton *>(u"qrSheetPdfButton"_s), Qt::LeftButton);
    QCOMPARE(exported.size(), 1);
    const QString pdf = dir.filePath(u"stickers.pdf"_s);
    QCOMPARE(exported.first().first().toString(), pdf);
    QProcess render;
    render.start(u"pdftoppm"_s, {u"-r"_s, u"200"_s, u"-png"_s, u"-singlefile"_s, pdf, dir.filePath(u"sheet"_s)});
    QVERIFY(render.waitForFinished(60000));
    const QImage page(dir.filePath(u"sheet.png"_s));
    QVERIFY(!page.isNull());
    const Print::SheetLayout layout = studio.sheetLayout();
    const double pxPerMm = page.width() / QPageSize(layout.paper).size(QPageSize::Millimeter).width();
    for (int i : {0, 7, 14}) {
        const QRectF cell = layout.cellMm(i);
        const QImage crop = page.copy(
            QRectF(cell.x() * pxPerMm, cell.y() * pxPerMm, cell.width() * pxPerMm, cell.height() * pxPerMm).toRect());
        QVERIFY(crop.save(dir.filePath(u"cell.png"_s)));
        QCOMPARE(decode(dir.filePath(u"cell.png"_s)), u"https://go.example/sticker"_s);
    }

    // Several links: one label each, printed through QPrinter (here into a PDF) on US Letter.
    const QList<Print::BatchItem> items{{u"https://go.example/a"_s, u"a"_s}, {u"https://go.example/b"_s, u"b"_s}};
    Gui::QrStudioDialog batch(items);
    QCOMPARE(batch.sheetLabels().size(), 2);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"letter.pdf"_s));
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15),
                           QPageLayout::Millimeter);   // the sheet is laid out from the paper's corner
    batch.printSheetTo(&printer);
    QProcess info;
    info.start(u"pdfinfo"_s, {dir.filePath(u"letter.pdf"_s)});
    QVERIFY(info.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(info.readAll()).contains(u"612 x 792 pts"_s));
    render.start(
        u"pdftoppm"_s,
        {u"-r"_s, u"200"_s, u"-png"_s, u"-singlefile"_s, dir.filePath(u"letter.pdf"_s), dir.filePath(u"letter"_s)});
    QVERIFY(render.waitForFinished(60000));
    const QImage letter(dir.filePath(u"letter.png"_s));
    Print::SheetLayout letterLayout = batch.sheetLayout();
    letterLayout.paper = QPageSize::Letter;
    const double letterPx = letter.width() / QPageSize(QPageSize::Letter).size(QPageSize::Millimeter).width();
    for (int i = 0; i < 2; ++i) {
        const QRectF cell = letterLayout.cellMm(i);
        QVERIFY(letter
                    .copy(QRectF(cell.x() * letterPx, cell.y() * letterPx, cell.width() * letterPx,
                                 cell.height() * letterPx)
                              .toRect())
                    .save(dir.filePath(u"lcell.png"_s)));
        QCOMPARE(decode(dir.filePath(u"lcell.png"_s)), items.at(i).text);
    }
}

// Issue 12: the readout said "0.85 mm" with a decimal point in German.
void TestQrStudio::millimetresInTheUsersLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    QTemporaryDir dir;
    Backend backend;
    QVERIFY(backend.open(dir.filePath(u"l.sqlite"_s)).ok());
    QSettings store(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    Link draft;
    draft.destination = u"https://shop.example/flyer"_s;
    draft.slug = u"flyer"_s;
    auto created = backend.provider(1)->create(draft);
    created.waitForFinished();
    Gui::MainWindow window(backend, settings);
    window.show();
    auto *table = window.findChild<QTableView *>(u"linkTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);
    window.findChild<QAction *>(u"qrCodeAction"_s)->trigger();
    auto *studio = window.findChild<Gui::QrStudioDialog *>(u"qrStudioDialog"_s);
    QVERIFY(studio);
    const QString info = studio->findChild<QLabel *>(u"qrInfoLabel"_s)->text();
    static const QRegularExpression comma(u"\\d,\\d+ mm"_s), point(u"\\d\\.\\d"_s);
    QVERIFY2(info.contains(comma) && !info.contains(point), qPrintable(info));
    studio->findChild<QComboBox *>(u"qrSizeModeCombo"_s)->setCurrentIndex(1);   // size by module
    studio->findChild<QDoubleSpinBox *>(u"qrModuleSizeSpin"_s)->setValue(0.2);
    const QString warning = studio->findChild<QLabel *>(u"qrSizeWarning"_s)->text();
    QVERIFY2(warning.contains(u"0,20 mm"_s), qPrintable(warning));
}

QTEST_MAIN(TestQrStudio)
#include "tst_qrstudio.moc"
