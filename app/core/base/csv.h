#pragma once

#include <QString>

namespace Linkdeck::Csv {

// A field as RFC 4180 writes it: in quotes (a quote doubled) when it holds a comma, a quote, a
// line break, or spaces at either end that a reader would otherwise trim; else as it is.
inline QString field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r')
        && text.trimmed() == text)
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

}   // namespace Linkdeck::Csv
