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

// Spreadsheet formula injection (OWASP "CSV Injection"): Excel and LibreOffice run a cell that
// starts with = + - @, a tab or a carriage return as a formula, so a link's title such as
// =HYPERLINK("http://evil.example","Click") or -2+3+cmd|' /C calc'!A0 in an exported file
// would run when the file is opened. Such a cell gets a leading apostrophe (OWASP's advice),
// and so does one that starts with apostrophes before such a character, so that unguarded()
// takes exactly one off again and a file Linkdeck writes imports back unchanged. A plain
// number ("-12", "+3.5") is no formula and stays as it is.
inline bool isPlainNumber(QStringView text)
{
    qsizetype i = (text.startsWith(u'-') || text.startsWith(u'+')) ? 1 : 0;
    bool digits = false;
    bool point = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128)
            digits = true;
        else if ((c == u'.' || c == u',') && digits && !point)
            point = true;
        else
            return false;
    }
    return digits && !text.endsWith(u'.') && !text.endsWith(u',');
}

inline bool needsFormulaGuard(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    if (i >= text.size())
        return false;
    const QChar c = text.at(i);
    if (c != u'=' && c != u'+' && c != u'-' && c != u'@' && c != u'\t' && c != u'\r')
        return false;
    return !isPlainNumber(text.mid(i));
}

// The text as a cell that no spreadsheet takes for a formula.
inline QString guarded(const QString &text)
{
    return needsFormulaGuard(text) ? u'\'' + text : text;
}

// The text guarded() made, as it was.
inline QString unguarded(const QString &text)
{
    return text.startsWith(u'\'') && needsFormulaGuard(QStringView(text).mid(1)) ? text.mid(1) : text;
}

// field() of guarded(): for CSV files people open in a spreadsheet.
inline QString safeField(const QString &text)
{
    return field(guarded(text));
}

}   // namespace Linkdeck::Csv
