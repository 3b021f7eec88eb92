#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

#include "core/base/result.h"
#include "print/qrrenderer.h"
#include "print/qrstyle.h"

namespace Linkdeck::Print {

struct BatchItem
{
    QString text;   // encoded, e.g. the short URL
    QString name;   // file name without extension, e.g. the slug
};

// Writes one file per item into a folder, named by item. progress(done, total) after each
// file; returning false cancels (files already written stay). Names are made safe and unique.
class QrBatch
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Print::QrBatch)
public:
    static Result<QStringList> exportAll(const QList<BatchItem> &items, const QrStyle &style, QrRenderer::Format format,
                                         const QString &folder, const std::function<bool(int, int)> &progress = {});
};

}   // namespace Linkdeck::Print
