#include "core/links/qrcode.h"
#include "print/qrrenderer.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Print;

Q_DECLARE_METATYPE(Linkdeck::Print::QrRenderer::Format)
Q_DECLARE_METATYPE(Linkdeck::Print::QrStyle::ModuleShape)

class TestQrExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void encodeRefusesWhatCannotBeEncoded();
    void exportsDecode_data();
    void exportsDecode();
    void physicalSizes();
    void longAndUnicodeTexts_data();
    void longAndUnicodeTexts();
    void warnings();
    void cmykPdfPaintsPureBlack();
    void logoForcesHighCorrectionAndIsEmbedded();
    void unreadableLogoIsRefused();
    void captionsFitInAnyScript_data();
    void captionsFitInAnyScript();
    void cmykColours();
    void minimumVersion();

private:
    QString rasterise(const QString &path, QrRenderer::Format format);
    QString decode(const QString &png);
    QTemporaryDir m_dir;
};

void TestQrExport::initTestCase()
{
    // Two logos: a raster one and a vector one, both solid enough to hide the modules below.
    QImage png(200, 200, QImage::Format_ARGB32);
    png.fill(Qt::transparent);
    QPainter painter(&png);
    painter.setBrush(QColor(u"#e63946"_s));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(10, 10, 180, 180);
    painter.end();
    QVERIFY(png.save(m_dir.filePath(u"logo.png"_s)));
    QFile svg(m_dir.filePath(u"logo.svg"_s));
    QVERIFY(svg.open(QIODevice::WriteOnly));
    svg.write("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" width=\"10\" height=\"10\">"
              "<rect width=\"10\" height=\"10\" rx=\"2\" fill=\"#1d3557\"/></svg>");
    svg.close();
    for (const QString &tool : {u"zbarimg"_s, u"pdftoppm"_s, u"pdfinfo"_s, u"gs"_s})
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                 qPrintable(tool + u" is missing (see .ci/linkdeck)"_s));
}

QString TestQrExport::rasterise(const QString &path, QrRenderer::Format format)
{
    const QString png = path + u".png"_s;
    QProcess p;
    switch (format) {
    case QrRenderer::Format::Png:
        return path;
    case QrRenderer::Format::Svg: {
        QSvgRenderer svg(path);
        if (!svg.isValid())
            return {};
        QImage image(600, qRound(600 * svg.defaultSize().height() / double(svg.defaultSize().width())),
                     QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        image.save(png);
        return png;
    }
    case QrRenderer::Format::Pdf:
        p.start(u"pdftoppm"_s, {u"-r"_s, u"300"_s, u"-png"_s, u"-singlefile"_s, path, path});
        break;
    case QrRenderer::Format::Eps:
        p.start(u"gs"_s,
                {u"-q"_s, u"-dSAFER"_s, u"-dBATCH"_s, u"-dNOPAUSE"_s, u"-sDEVICE=png16m"_s, u"-r300"_s, u"-dEPSCrop"_s,
                 u"-sOutputFile="_s + png, path});
        break;
    }
    p.waitForFinished(60000);
    return p.exitCode() == 0 ? png : QString();
}

QString TestQrExport::decode(const QString &png)
{
    QProcess p;
    p.start(u"zbarimg"_s, {u"--nodbus"_s, u"--raw"_s, u"-q"_s, u"-Sbinary"_s, png});
    p.waitForFinished(60000);
    QByteArray out = p.readAllStandardOutput();
    if (out.endsWith('\n'))
        out.chop(1);
    return QString::fromUtf8(out);
}

void TestQrExport::encodeRefusesWhatCannotBeEncoded()
{
    QVERIFY(!QrCode::encode(QString()).ok());
    const auto tooLong = QrCode::encode(QString(5000, u'x'), QrCode::Ecc::H);
    QVERIFY(!tooLong.ok());
    QVERIFY(tooLong.error().message.contains(u"too long"_s));
    const auto code = QrCode::encode(u"https://go.example/a"_s, QrCode::Ecc::M);
    QVERIFY(code.ok());
    QCOMPARE(code->size(), 17 + 4 * code->version());
    QVERIFY(code->dark(0, 0) && code->inFinder(0, 0) && !code->inFinder(10, 10));
}

void TestQrExport::exportsDecode_data()
{
    QTest::addColumn<QrRenderer::Format>("format");
    QTest::addColumn<QrStyle::ModuleShape>("shape");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("logo");
    const std::pair<const char *, QrRenderer::Format> formats[] = {{"png", QrRenderer::Format::Png},
                                                                   {"svg", QrRenderer::Format::Svg},
                                                                   {"pdf", QrRenderer::Format::Pdf},
                                                                   {"eps", QrRenderer::Format::Eps}};
    const std::pair<const char *, QrStyle::ModuleShape> shapes[] = {{"square", QrStyle::ModuleShape::Square},
                                                                    {"rounded", QrStyle::ModuleShape::Rounded},
                                                                    {"dots", QrStyle::ModuleShape::Dots}};
    for (const auto &[formatName, format] : formats) {
        for (const auto &[shapeName, shape] : shapes) {
            QTest::addRow("%s %s", formatName, shapeName) << format << shape << QString() << QString();
            QTest::addRow("%s %s caption", formatName, shapeName)
                << format << shape << u"go.example/spring"_s << QString();
            QTest::addRow("%s %s png logo", formatName, shapeName) << format << shape << QString() << u"logo.png"_s;
            QTest::addRow("%s %s svg logo caption", formatName, shapeName)
                << format << shape << u"Scan me"_s << u"logo.svg"_s;
            QTest::addRow("%s %s rounded finders", formatName, shapeName) << format << shape << QString() << u"round"_s;
        }
    }
}

void TestQrExport::exportsDecode()
{
    QFETCH(QrRenderer::Format, format);
    QFETCH(QrStyle::ModuleShape, shape);
    QFETCH(QString, caption);
    QFETCH(QString, logo);
    const QString text = u"https://go.example/spring?utm_source=print"_s;
    QrStyle style;
    if (logo == u"round")
        style.finder = QrStyle::FinderShape::Rounded;
    else if (!logo.isEmpty())
        style.logoPath = m_dir.filePath(logo);
    const auto code = QrCode::encode(text, style.effectiveEcc());
    QVERIFY(code.ok());
    style.shape = shape;
    style.caption = caption;
    style.widthMm = 40;
    style.foreground = QColor(u"#14213d"_s);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".out"_s);
    const auto saved = QrRenderer::save(*code, style, path, format);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    const QString png = rasterise(path, format);
    QVERIFY(!png.isEmpty());
    QCOMPARE(decode(png), text);
}

void TestQrExport::physicalSizes()
{
    const auto code = QrCode::encode(u"https://go.example/size"_s);
    QVERIFY(code.ok());
    QrStyle style;
    style.widthMm = 30;
    style.dpi = 600;
    const QString svgPath = m_dir.filePath(u"size.svg"_s);
    QVERIFY(QrRenderer::save(*code, style, svgPath, QrRenderer::Format::Svg).ok());
    QFile svg(svgPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray svgText = svg.readAll();
    QVERIFY(svgText.contains("width=\"30mm\" height=\"30mm\""));
    QVERIFY(svgText.contains("viewBox=\"0 0 "));
    QCOMPARE(svgText.count("<path"), 1);   // modules merged into one path

    const QString pdfPath = m_dir.filePath(u"size.pdf"_s);
    QVERIFY(QrRenderer::save(*code, style, pdfPath, QrRenderer::Format::Pdf).ok());
    QProcess info;
    info.start(u"pdfinfo"_s, {pdfPath});
    info.waitForFinished(30000);
    const auto match =
        QRegularExpression(u"Page size:\\s+([0-9.]+) x ([0-9.]+) pts"_s).match(QString::fromUtf8(info.readAll()));
    QVERIFY(match.hasMatch());
    QVERIFY(qAbs(match.captured(1).toDouble() - 30 * 72 / 25.4) < 0.5);   // 85.04 pt
    QVERIFY(qAbs(match.captured(2).toDouble() - 30 * 72 / 25.4) < 0.5);

    const QImage png = QrRenderer::toImage(*code, style);
    QCOMPARE(png.width(), qRound(30 / 25.4 * 600));
    QCOMPARE(qRound(png.dotsPerMeterX() * 0.0254), 600);
    const QString pngPath = m_dir.filePath(u"size.png"_s);
    QVERIFY(QrRenderer::save(*code, style, pngPath, QrRenderer::Format::Png).ok());
    QCOMPARE(qRound(QImage(pngPath).dotsPerMeterX() * 0.0254), 600);   // the DPI is in the file

    QFile eps(m_dir.filePath(u"size.eps"_s));
    QVERIFY(QrRenderer::save(*code, style, eps.fileName(), QrRenderer::Format::Eps).ok());
    QVERIFY(eps.open(QIODevice::ReadOnly));
    QVERIFY(eps.readAll().contains("%%BoundingBox: 0 0 86 86"));
}

void TestQrExport::longAndUnicodeTexts_data()
{
    QTest::addColumn<QString>("text");
    QString longUrl = u"https://shop.example/landing?"_s;
    while (longUrl.size() < 1000)
        longUrl += u"param%1=value%1&"_s.arg(longUrl.size());
    QTest::addRow("1000 characters") << longUrl.left(1000);
    QTest::addRow("unicode") << u"Grüße aus München – scan me ✓"_s;
}

void TestQrExport::longAndUnicodeTexts()
{
    QFETCH(QString, text);
    const auto code = QrCode::encode(text, QrCode::Ecc::M);
    QVERIFY(code.ok());
    QrStyle style;
    style.widthMm = 120;
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".png"_s);
    QVERIFY(QrRenderer::save(*code, style, path, QrRenderer::Format::Png).ok());
    QCOMPARE(decode(path), text);
}

void TestQrExport::warnings()
{
    const auto code = QrCode::encode(u"https://go.example/w"_s);
    QVERIFY(code.ok());
    QrStyle fine;
    QVERIFY(QrChecks::warnings(*code, fine).isEmpty());
    QrStyle risky;
    risky.quietZone = 1;
    risky.widthMm = 5;
    risky.foreground = QColor(u"#dddddd"_s);
    risky.background = QColor(u"#333333"_s);
    const QString all = QrChecks::warnings(*code, risky).join(u'\n');
    QVERIFY(all.contains(u"quiet zone"_s));
    QVERIFY(all.contains(u"0.3 mm"_s));
    QVERIFY(all.contains(u"light on dark"_s));
    QrStyle pale;
    pale.foreground = QColor(u"#bbbbbb"_s);
    QVERIFY(QrChecks::warnings(*code, pale).join(u'\n').contains(u"contrast"_s));
}

void TestQrExport::cmykPdfPaintsPureBlack()
{
    const QString text = u"https://go.example/print-shop"_s;
    const auto code = QrCode::encode(text, QrCode::Ecc::Q);
    QVERIFY(code.ok());
    QrStyle style;
    style.cmyk = true;
    style.widthMm = 40;
    style.caption = u"go.example/print-shop"_s;
    const QString raw = m_dir.filePath(u"cmyk-raw.pdf"_s);
    QVERIFY(QrRenderer::toCmykPdf(*code, style, raw, false).ok());
    QFile file(raw);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("0 0 0 1 k"));   // the modules: DeviceCMYK, 100 % K
    QVERIFY(content.contains("0 0 0 0 k"));   // the paper
    QVERIFY(!content.contains(" rg"));        // no RGB fill anywhere
    // The ordinary export path (compressed) writes the same page; it scans and has the right size.
    const QString pdf = m_dir.filePath(u"cmyk.pdf"_s);
    QVERIFY(QrRenderer::save(*code, style, pdf, QrRenderer::Format::Pdf).ok());
    QCOMPARE(decode(rasterise(pdf, QrRenderer::Format::Pdf)), text);
    QProcess info;
    info.start(u"pdfinfo"_s, {pdf});
    info.waitForFinished(30000);
    const auto match = QRegularExpression(u"Page size:\\s+([0-9.]+) x"_s).match(QString::fromUtf8(info.readAll()));
    QVERIFY(match.hasMatch());
    QVERIFY(qAbs(match.captured(1).toDouble() - 40 * 72 / 25.4) < 0.5);
}

void TestQrExport::logoForcesHighCorrectionAndIsEmbedded()
{
    QrStyle style;
    style.ecc = QrCode::Ecc::L;
    style.logoPath = m_dir.filePath(u"logo.png"_s);
    QCOMPARE(style.effectiveEcc(), QrCode::Ecc::H);
    const auto code = QrCode::encode(u"https://go.example/logo"_s, style.effectiveEcc());
    QVERIFY(code.ok());
    const QRectF logo = style.logoRect(*code);
    QVERIFY(!logo.isEmpty());
    QVERIFY(logo.width() * logo.height() <= QrStyle::LogoShare * code->size() * code->size() + 0.01);
    const QByteArray svg = QrRenderer::toSvg(*code, style);
    QVERIFY(svg.contains("href=\"data:image/png;base64,"));   // embedded, not linked
    QVERIFY(!svg.contains(m_dir.path().toUtf8()));
}

void TestQrExport::unreadableLogoIsRefused()
{
    QrStyle style;
    style.logoPath = m_dir.filePath(u"missing-logo.png"_s);
    const auto code = style.encode(u"https://go.example/x"_s);
    QVERIFY(code.ok());
    QVERIFY(QrChecks::warnings(*code, style).join(u'\n').contains(u"cannot be read"_s));
    const QString path = m_dir.filePath(u"no-logo.svg"_s);
    const auto saved = QrRenderer::save(*code, style, path, QrRenderer::Format::Svg);
    QVERIFY(!saved.ok());
    QVERIFY(saved.error().message.contains(u"missing-logo.png"_s));
    QVERIFY(!QFile::exists(path));
    QFile notAnImage(m_dir.filePath(u"text.png"_s));
    QVERIFY(notAnImage.open(QIODevice::WriteOnly));
    notAnImage.write("this is no PNG");
    notAnImage.close();
    style.logoPath = notAnImage.fileName();
    QVERIFY(!style.logoReadable());
    style.logoPath = m_dir.filePath(u"logo.svg"_s);
    QVERIFY(style.logoReadable());
}

void TestQrExport::captionsFitInAnyScript_data()
{
    QTest::addColumn<QrRenderer::Format>("format");
    QTest::addColumn<bool>("cmyk");
    QTest::addColumn<QString>("caption");
    const QString longCaption = u"https://go.example/spring-sale-2026?utm_source=flyer&utm_medium=print"_s;
    const QString unicode = u"Grüße ✓ Привет"_s;
    const std::tuple<const char *, QrRenderer::Format, bool> formats[] = {{"png", QrRenderer::Format::Png, false},
                                                                          {"svg", QrRenderer::Format::Svg, false},
                                                                          {"pdf", QrRenderer::Format::Pdf, false},
                                                                          {"cmyk pdf", QrRenderer::Format::Pdf, true},
                                                                          {"eps", QrRenderer::Format::Eps, false}};
    for (const auto &[name, format, cmyk] : formats) {
        QTest::addRow("%s long", name) << format << cmyk << longCaption;
        QTest::addRow("%s unicode", name) << format << cmyk << unicode;
    }
}

void TestQrExport::captionsFitInAnyScript()
{
    QFETCH(QrRenderer::Format, format);
    QFETCH(bool, cmyk);
    QFETCH(QString, caption);
    const QString text = u"https://go.example/caption"_s;
    QrStyle style;
    style.widthMm = 30;
    style.cmyk = cmyk;
    style.caption = caption;
    const auto code = style.encode(text);
    QVERIFY(code.ok());
    const QString path =
        m_dir.filePath(u"caption-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".out"_s);
    QVERIFY(QrRenderer::save(*code, style, path, format).ok());
    if (format == QrRenderer::Format::Eps || cmyk) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("findfont") && !bytes.contains("/Font"));   // outlines, not a base-14 font
    }
    const QString png = rasterise(path, format);
    QVERIFY(!png.isEmpty());
    QCOMPARE(decode(png), text);
    // The caption is drawn below the code, inside the page's width.
    const QImage image = QImage(png).convertToFormat(QImage::Format_RGB32);
    QVERIFY(!image.isNull());
    const int codeBottom = image.width();   // the code is square, the caption band below it
    QVERIFY(image.height() > codeBottom);
    int dark = 0;
    int left = image.width();
    int right = 0;
    for (int y = codeBottom; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 128) {
                ++dark;
                left = qMin(left, x);
                right = qMax(right, x);
            }
        }
    }
    QVERIFY2(dark > 50, qPrintable(u"%1 dark pixels in the caption band"_s.arg(dark)));
    QVERIFY2(left > image.width() * 0.02 && right < image.width() * 0.98,
             qPrintable(u"caption spans %1..%2 of %3"_s.arg(left).arg(right).arg(image.width())));
}

void TestQrExport::cmykColours()
{
    QCOMPARE(QrStyle::parseColour(u"#14213d"_s), std::optional<QColor>(QColor(u"#14213d"_s)));
    QCOMPARE(QrStyle::parseColour(u"black"_s), std::optional<QColor>(QColor(Qt::black)));
    const auto k = QrStyle::parseColour(u"cmyk(0,0,0,100)"_s);
    QVERIFY(k && k->spec() == QColor::Cmyk && k->blackF() == 1.0f);
    const auto zint = QrStyle::parseColour(u"100,0,0,0"_s);   // zint's C,M,Y,K
    QVERIFY(zint && zint->cyanF() == 1.0f && zint->blackF() == 0.0f);
    QVERIFY(!QrStyle::parseColour(u"cmyk(0,0,0,101)"_s));
    QVERIFY(!QrStyle::parseColour(u"nope"_s));
    QCOMPARE(QrStyle::colourName(*QrStyle::parseColour(u"cmyk(10,20,30,40)"_s)), u"cmyk(10,20,30,40)"_s);
    QCOMPARE(QrStyle::colourName(QColor(u"#14213d"_s)), u"#14213d"_s);

    const auto code = QrCode::encode(u"https://go.example/cyan"_s, QrCode::Ecc::M);
    QVERIFY(code.ok());
    QrStyle style;
    style.cmyk = true;
    style.foreground = *QrStyle::parseColour(u"cmyk(100,60,0,20)"_s);
    const QString raw = m_dir.filePath(u"cmyk-colour.pdf"_s);
    QVERIFY(QrRenderer::toCmykPdf(*code, style, raw, false).ok());
    QFile pdf(raw);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().contains("1 0.6 0 0.2 k"));   // the colour as given, not via RGB

    // EPS: CMYK output paints pure K; an RGB EPS keeps RGB.
    style.foreground = Qt::black;
    QVERIFY(QrRenderer::toEps(*code, style).contains("0 0 0 1 setcmykcolor"));
    style.cmyk = false;
    const QByteArray rgb = QrRenderer::toEps(*code, style);
    QVERIFY(rgb.contains("0 0 0 setrgbcolor") && !rgb.contains("setcmykcolor"));
    style.foreground = *QrStyle::parseColour(u"cmyk(0,0,0,100)"_s);   // a CMYK colour stays CMYK
    QVERIFY(QrRenderer::toEps(*code, style).contains("0 0 0 1 setcmykcolor"));
    const QString eps = m_dir.filePath(u"cmyk.eps"_s);
    QVERIFY(QrRenderer::save(*code, style, eps, QrRenderer::Format::Eps).ok());
    QCOMPARE(decode(rasterise(eps, QrRenderer::Format::Eps)), u"https://go.example/cyan"_s);
}

void TestQrExport::minimumVersion()
{
    QrStyle style;
    style.minimumVersion = 10;
    const auto code = style.encode(u"https://go.example/v"_s);
    QVERIFY(code.ok());
    QCOMPARE(code->version(), 10);
    QCOMPARE(code->size(), 57);
    style.widthMm = 60;
    const QString path = m_dir.filePath(u"v10.png"_s);
    QVERIFY(QrRenderer::save(*code, style, path, QrRenderer::Format::Png).ok());
    QCOMPARE(decode(path), u"https://go.example/v"_s);
    style.minimumVersion = 0;
    QVERIFY(style.encode(u"https://go.example/v"_s)->version() < 10);
}

QTEST_MAIN(TestQrExport)
#include "tst_qrexport.moc"
