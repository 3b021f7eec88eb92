#include "cli/qrcommands.h"

#include <QCommandLineParser>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Cli;
using namespace Linkdeck::Print;

// The logic of `linkdeck-cli qr` and `qr-sheet`, without the CLI around it.
class TestQrCommand : public QObject
{
    Q_OBJECT
private slots:
    void readsEveryOption();
    void refusesBadOptions_data();
    void refusesBadOptions();
    void exportsACodeThatScans();
    void sheetOptions();

private:
    static Result<QrExportOptions> qr(const QStringList &args)
    {
        QCommandLineParser parser;
        QrExportOptions::addOptions(parser);
        if (!parser.parse(QStringList{u"qr"_s} + args))
            return Error::make(Error::Kind::Invalid, parser.errorText());
        return QrExportOptions::read(parser);
    }
    static Result<QrSheetOptions> sheet(const QStringList &args)
    {
        QCommandLineParser parser;
        QrSheetOptions::addOptions(parser);
        if (!parser.parse(QStringList{u"qr-sheet"_s} + args))
            return Error::make(Error::Kind::Invalid, parser.errorText());
        return QrSheetOptions::read(parser);
    }
    static QString decode(const QString &png)
    {
        QProcess p;
        p.start(u"zbarimg"_s, {u"--nodbus"_s, u"--raw"_s, u"-q"_s, png});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
    QTemporaryDir m_dir;
};

void TestQrCommand::readsEveryOption()
{
    const auto o = qr({u"-o"_s,           u"x.out"_s,       u"--format"_s,      u"eps"_s,
                       u"--module-mm"_s,  u"0.5"_s,         u"--dpi"_s,         u"600"_s,
                       u"--ecc"_s,        u"q"_s,           u"--min-version"_s, u"5"_s,
                       u"--quiet-zone"_s, u"6"_s,           u"--fg"_s,          u"cmyk(0,0,0,100)"_s,
                       u"--bg"_s,         u"transparent"_s, u"--shape"_s,       u"dots"_s,
                       u"--finder"_s,     u"rounded"_s,     u"--caption"_s,     u"Scan me"_s,
                       u"--cmyk"_s});
    QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().message));
    QCOMPARE(o->format, QrRenderer::Format::Eps);
    QCOMPARE(o->style.moduleMm, 0.5);
    QCOMPARE(o->style.dpi, 600);
    QCOMPARE(o->style.ecc, QrCode::Ecc::Q);
    QCOMPARE(o->style.minimumVersion, 5);
    QCOMPARE(o->style.quietZone, 6);
    QCOMPARE(o->style.foreground.spec(), QColor::Cmyk);
    QVERIFY(o->style.transparentBackground);
    QCOMPARE(o->style.shape, QrStyle::ModuleShape::Dots);
    QCOMPARE(o->style.finder, QrStyle::FinderShape::Rounded);
    QCOMPARE(o->style.caption, u"Scan me"_s);
    QVERIFY(o->style.cmyk);

    const auto byExtension = qr({u"-o"_s, u"code.SVG"_s});
    QVERIFY(byExtension.ok());
    QCOMPARE(byExtension->format, QrRenderer::Format::Svg);
    QCOMPARE(byExtension->style.widthMm, 30.0);   // the defaults
    QCOMPARE(byExtension->style.quietZone, 4);
}

void TestQrCommand::refusesBadOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("no output") << QStringList{} << u"-o FILE"_s;
    QTest::addRow("unknown format") << QStringList{u"-o"_s, u"x.bmp"_s} << u"format"_s;
    QTest::addRow("bad ecc") << QStringList{u"-o"_s, u"x.png"_s, u"--ecc"_s, u"Z"_s} << u"--ecc"_s;
    QTest::addRow("bad colour") << QStringList{u"-o"_s, u"x.png"_s, u"--fg"_s, u"nope"_s} << u"not a colour"_s;
    QTest::addRow("cmyk over 100") << QStringList{u"-o"_s, u"x.png"_s, u"--fg"_s, u"cmyk(0,0,0,120)"_s}
                                   << u"not a colour"_s;
    QTest::addRow("both sizes") << QStringList{u"-o"_s, u"x.png"_s, u"--size-mm"_s, u"30"_s, u"--module-mm"_s, u"1"_s}
                                << u"not both"_s;
    QTest::addRow("tiny size") << QStringList{u"-o"_s, u"x.png"_s, u"--size-mm"_s, u"1"_s} << u"--size-mm"_s;
    QTest::addRow("dpi") << QStringList{u"-o"_s, u"x.png"_s, u"--dpi"_s, u"lots"_s} << u"--dpi"_s;
    QTest::addRow("version 41") << QStringList{u"-o"_s, u"x.png"_s, u"--min-version"_s, u"41"_s} << u"--min-version"_s;
    QTest::addRow("half module") << QStringList{u"-o"_s, u"x.png"_s, u"--quiet-zone"_s, u"2.5"_s} << u"whole numbers"_s;
    QTest::addRow("cmyk png") << QStringList{u"-o"_s, u"x.png"_s, u"--cmyk"_s} << u"--cmyk"_s;
    QTest::addRow("shape") << QStringList{u"-o"_s, u"x.png"_s, u"--shape"_s, u"stars"_s} << u"--shape"_s;
    QTest::addRow("finder") << QStringList{u"-o"_s, u"x.png"_s, u"--finder"_s, u"dots"_s} << u"--finder"_s;
}

void TestQrCommand::refusesBadOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto o = qr(args);
    QVERIFY(!o.ok());
    QVERIFY2(o.error().message.contains(message), qPrintable(o.error().message));
}

void TestQrCommand::exportsACodeThatScans()
{
    const QString png = m_dir.filePath(u"cli.png"_s);
    auto o = qr({u"-o"_s, png, u"--size-mm"_s, u"40"_s, u"--shape"_s, u"rounded"_s, u"--fg"_s, u"#cccccc"_s});
    QVERIFY(o.ok());
    const auto warnings = exportQr(u"https://go.example/cli"_s, *o);
    QVERIFY(warnings.ok());
    QVERIFY(warnings->join(u'\n').contains(u"contrast"_s));   // pale modules: written, with a warning

    o = qr({u"-o"_s, png, u"--size-mm"_s, u"40"_s, u"--fg"_s, u"#14213d"_s, u"--min-version"_s, u"4"_s});
    QVERIFY(o.ok());
    const auto clean = exportQr(u"https://go.example/cli"_s, *o);
    QVERIFY(clean.ok() && clean->isEmpty());
    QCOMPARE(decode(png), u"https://go.example/cli"_s);

    const QString pdf = m_dir.filePath(u"cli.pdf"_s);
    o = qr({u"-o"_s, pdf, u"--cmyk"_s, u"--fg"_s, u"cmyk(0,0,0,100)"_s});
    QVERIFY(o.ok());
    QVERIFY(exportQr(u"https://go.example/cmyk"_s, *o).ok());
    QProcess render;
    render.start(u"pdftoppm"_s, {u"-r"_s, u"300"_s, u"-png"_s, u"-singlefile"_s, pdf, m_dir.filePath(u"cli-pdf"_s)});
    QVERIFY(render.waitForFinished(30000));
    QCOMPARE(decode(m_dir.filePath(u"cli-pdf.png"_s)), u"https://go.example/cmyk"_s);

    // Runtime failures are errors too, but not usage errors: nothing is written.
    o = qr({u"-o"_s, m_dir.filePath(u"long.png"_s), u"--ecc"_s, u"H"_s});
    QVERIFY(o.ok());
    const auto tooLong = exportQr(QString(4000, u'x'), *o);
    QVERIFY(!tooLong.ok() && tooLong.error().message.contains(u"too long"_s));
    QVERIFY(!QFile::exists(m_dir.filePath(u"long.png"_s)));
    o = qr({u"-o"_s, m_dir.filePath(u"logo.png"_s), u"--logo"_s, m_dir.filePath(u"missing.png"_s)});
    QVERIFY(o.ok());
    QVERIFY(!exportQr(u"x"_s, *o).ok());
}

void TestQrCommand::sheetOptions()
{
    const QString pdf = m_dir.filePath(u"sheet.pdf"_s);
    const auto o = sheet({u"-o"_s, pdf, u"--paper"_s, u"letter"_s, u"--grid"_s, u"3X4"_s, u"--margin-mm"_s, u"12"_s,
                          u"--gap-mm"_s, u"6"_s, u"--no-captions"_s, u"--ecc"_s, u"H"_s});
    QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().message));
    QCOMPARE(o->layout.paper, QPageSize::Letter);
    QCOMPARE(o->layout.columns, 3);
    QCOMPARE(o->layout.rows, 4);
    QCOMPARE(o->layout.marginMm, 12.0);
    QCOMPARE(o->layout.gapMm, 6.0);
    QVERIFY(!o->captions);
    QCOMPARE(o->style.ecc, QrCode::Ecc::H);
    QList<SheetLabel> labels;
    for (int i = 0; i < 13; ++i)
        labels << SheetLabel{u"https://go.example/s%1"_s.arg(i), u"go.example/s%1"_s.arg(i)};
    const auto pages = exportQrSheet(labels, *o);
    QVERIFY(pages.ok());
    QCOMPARE(*pages, 2);
    QProcess info;
    info.start(u"pdfinfo"_s, {pdf});
    info.waitForFinished(30000);
    const QString text = QString::fromUtf8(info.readAll());
    QVERIFY(text.contains(u"612 x 792 pts"_s));
    QVERIFY(QRegularExpression(u"Pages:\\s+2\\n"_s).match(text).hasMatch());

    QVERIFY(!sheet({u"-o"_s, pdf, u"--grid"_s, u"4"_s}).ok());
    QVERIFY(!sheet({u"-o"_s, pdf, u"--paper"_s, u"a3"_s}).ok());
    QVERIFY(!sheet({u"--grid"_s, u"4x6"_s}).ok());
    QVERIFY(sheet({u"-o"_s, pdf}).ok());   // defaults: A4, 4 x 6
}

QTEST_MAIN(TestQrCommand)
#include "tst_qrcommand.moc"
