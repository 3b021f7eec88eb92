#pragma once

#include <QCoreApplication>
#include <QString>

namespace Linkdeck {

// The verdict on a destination the user typed: the normalised URL to store, or a sentence
// saying why it was refused.
struct UrlCheck
{
    bool ok = false;
    QString url;      // normalised: lower-case scheme and host, punycode host, illegal characters percent-encoded
    QString reason;   // translated; empty when ok
};

// Checks and normalises destination URLs. Only http and https are accepted: javascript:,
// data:, file:, ftp:, mailto: and friends are refused with a reason; an address typed
// without a scheme ("example.com/sale") gets https://. The path, query and fragment are
// kept exactly as typed, except that characters not allowed in a URL are percent-encoded.
class UrlValidator
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::UrlValidator)
public:
    static constexpr int MaxLength = 2048;

    static UrlCheck check(const QString &input);
    // The stored form made readable: Unicode host, decoded path. For display only.
    static QString display(const QString &url);
};

}   // namespace Linkdeck
