// QR print speed: one vector render and a 1,000-label A4 sheet PDF, each beside libqrencode
// alone making the same matrices in the same run.
//
//   bench_qr [--labels N] [--check]     targets: sheet < 5 s, one vector render < 2 ms

#include "core/links/qrcode.h"
#include "print/labelsheet.h"
#include "print/qrrenderer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPicture>
#include <QTemporaryDir>

#include <qrencode.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption labelsOption(u"labels"_s, u"Labels on the sheet."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption checkOption(u"check"_s, u"Exit 1 when a target is missed."_s);
    parser.addOptions({labelsOption, checkOption});
    parser.process(app);
    const int labels = parser.value(labelsOption).toInt();

    QList<Print::SheetLabel> sheet;
    QList<QByteArray> texts;
    for (int i = 0; i < labels; ++i) {
        texts << u"https://go.example/label-%1"_s.arg(i).toUtf8();
        sheet << Print::SheetLabel{QString::fromUtf8(texts.last()), u"go.example/label-%1"_s.arg(i)};
    }

    // Reference: libqrencode alone for the same texts.
    QElapsedTimer t;
    t.start();
    for (const QByteArray &text : texts)
        QRcode_free(QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    const double encodeAllMs = t.nsecsElapsed() / 1e6;

    // One vector render (SVG) of one code, averaged over many.
    const auto code = QrCode::encode(QString::fromUtf8(texts.first()));
    Print::QrStyle style;
    constexpr int rounds = 500;
    t.restart();
    qsizetype bytes = 0;
    for (int i = 0; i < rounds; ++i)
        bytes += Print::QrRenderer::toSvg(*code, style).size();
    const double svgMs = t.nsecsElapsed() / 1e6 / rounds;
    const qsizetype svgBytes = bytes / rounds;
    t.restart();
    for (int i = 0; i < rounds; ++i)
        bytes += Print::QrRenderer::toEps(*code, style).size();
    const double epsMs = t.nsecsElapsed() / 1e6 / rounds;
    t.restart();
    for (int i = 0; i < rounds; ++i) {   // the one render path, recorded as vector commands
        QPicture picture;
        QPainter painter(&picture);
        Print::QrRenderer::render(painter, QRectF(0, 0, 300, 300), *code, style);
    }
    const double paintMs = t.nsecsElapsed() / 1e6 / rounds;
    t.restart();
    for (int i = 0; i < rounds; ++i)
        QRcode_free(QRcode_encodeString(texts.first().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    const double encodeOneMs = t.nsecsElapsed() / 1e6 / rounds;

    QTemporaryDir dir;
    Print::SheetLayout layout;
    layout.columns = 8;
    layout.rows = 10;
    t.restart();
    const auto pages = Print::LabelSheet::writePdf(sheet, layout, style, dir.filePath(u"sheet.pdf"_s));
    const double sheetMs = t.nsecsElapsed() / 1e6;
    if (!pages) {
        std::fprintf(stderr, "%s\n", qPrintable(pages.error().message));
        return 1;
    }
    std::printf("one vector (SVG) render:        %8.3f ms  (libqrencode alone %6.3f ms, %.1fx; %lld bytes)\n", svgMs,
                encodeOneMs, svgMs / encodeOneMs, static_cast<long long>(svgBytes));
    std::printf("one vector (EPS) render:        %8.3f ms  (libqrencode alone %6.3f ms, %.1fx)\n", epsMs, encodeOneMs,
                epsMs / encodeOneMs);
    std::printf("one render() into a QPicture:   %8.3f ms  (libqrencode alone %6.3f ms, %.1fx)\n", paintMs, encodeOneMs,
                paintMs / encodeOneMs);
    std::printf("%d-label A4 sheet PDF (%d pages): %8.1f ms  (libqrencode alone %6.1f ms, %.1fx)\n", labels, *pages,
                sheetMs, encodeAllMs, sheetMs / encodeAllMs);
    const bool fast = sheetMs < 5000 && svgMs < 2 && epsMs < 2 && paintMs < 2;
    std::printf("targets (sheet < 5000 ms, vector render < 2 ms): %s\n", fast ? "met" : "MISSED");
    const bool ok = !parser.isSet(checkOption) || fast || labels < 1000;
    std::printf("bench: %d passed, %d failed\n", ok ? 1 : 0, ok ? 0 : 1);
    return ok ? 0 : 1;
}
