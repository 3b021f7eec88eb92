#pragma once

// Shared by the bulk tests: files written byte for byte as Excel, LibreOffice and the services
// write them.

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

namespace Linkdeck::Test {

// Excel's "Unicode text" and UTF-16 CSV: a BOM, then UTF-16 little endian.
inline QByteArray utf16le(const QString &text)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE);
    return QByteArray("\xFF\xFE") + QByteArray(encoder(text));
}

inline QByteArray utf16be(const QString &text)
{
    QStringEncoder encoder(QStringEncoder::Utf16BE);
    return QByteArray("\xFE\xFF") + QByteArray(encoder(text));
}

inline QByteArray utf8bom(const QString &text)
{
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

}   // namespace Linkdeck::Test
