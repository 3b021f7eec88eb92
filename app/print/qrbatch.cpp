#include "print/qrbatch.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Linkdeck::Print {

Result<QStringList> QrBatch::exportAll(const QList<BatchItem> &items, const QrStyle &style, QrRenderer::Format format,
                                       const QString &folder, const std::function<bool(int, int)> &progress)
{
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Error::make(Error::Kind::Storage, tr("Could not create the folder “%1”.").arg(folder));
    const QString suffix = QrRenderer::suffix(format);
    QStringList written;
    QSet<QString> used;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString base = items.at(i).name;
        base.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"_"_s);
        if (base.isEmpty())
            base = u"qr-code"_s;
        QString name = base;
        for (int n = 2; used.contains(name.toLower()); ++n)
            name = base + u'-' + QString::number(n);
        used.insert(name.toLower());
        const auto code = style.encode(items.at(i).text);
        if (!code)
            return Error::make(code.error().kind, tr("“%1”: %2").arg(items.at(i).name, code.error().message));
        const QString path = dir.filePath(name + u'.' + suffix);
        if (auto saved = QrRenderer::save(*code, style, path, format); !saved)
            return saved.error();
        written << path;
        if (progress && !progress(int(i + 1), int(items.size())))
            break;
    }
    return written;
}

}   // namespace Linkdeck::Print
