#include "core/backend.h"
#include "core/linkprovider.h"
#include "core/settings.h"
#include "gui/mainwindow.h"
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
#include <QSettings>
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
    auto *warnings = studio->findChild<QLabel *>(u"qrWarningsLabel"_s);
    QVERIFY(!warnings->isVisible());

    // A quiet zone below 4 is warned about beside the options, and goes away when fixed.
    auto *quiet = studio->findChild<QSpinBox *>(u"qrQuietZoneSpin"_s);
    quiet->setValue(1);
    QVERIFY(warnings->isVisible());
    QVERIFY(warnings->text().contains(u"quiet zone"_s));
    quiet->setValue(4);
    QVERIFY(!warnings->isVisible());

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
    pdf.start(u"pdftoppm"_s, {u"-r"_s, u"300"_s, u"-png"_s, u"-singlefile"_s, dir.filePath(u"flyer.pdf"_s), dir.filePath(u"pdf"_s)});
    QVERIFY(pdf.waitForFinished(30000));
    QCOMPARE(decode(dir.filePath(u"pdf.png"_s)), u"http://localhost:8080/flyer"_s);
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

    // A saved preset is remembered by the next studio.
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
    window.printLabelsTo(&printer);
    QProcess render;
    render.start(u"pdftoppm"_s, {u"-r"_s, u"300"_s, u"-png"_s, u"-singlefile"_s, dir.filePath(u"labels.pdf"_s), dir.filePath(u"labels"_s)});
    QVERIFY(render.waitForFinished(60000));
    QCOMPARE(decode(dir.filePath(u"labels.png"_s)), u"http://localhost:8080/label"_s);
}

QTEST_MAIN(TestQrStudio)
#include "tst_qrstudio.moc"
