#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "core/link.h"

namespace Linkdeck::Cli {

// RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes.
QString csvField(const QString &value);
QString csvRow(const QStringList &fields);

QStringList csvHeader();
QStringList csvFields(const Link &link);
QJsonObject linkJson(const Link &link, const QString &accountName);

// Fits text into a table column: pads, or cuts with an ellipsis.
QString fitColumn(const QString &text, int width);

} // namespace Linkdeck::Cli
