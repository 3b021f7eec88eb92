#include "core/links/urlvalidator.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Linkdeck {
namespace {

UrlCheck refuse(const QString &reason)
{
    return UrlCheck{false, {}, reason};
}

// Characters that may stand in a URL's path, query or fragment as they are (RFC 3986
// unreserved, sub-delims, ':', '@', '/', '?', and '%' of existing escapes).
bool isUrlChar(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    return QStringView(u"-._~!$&'()*+,;=:@/?#%[]").contains(QChar(c));
}

QString encodeIllegal(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80 && isUrlChar(c.unicode())) {
            out += c;
            continue;
        }
        // Non-ASCII (an IRI) and unsafe ASCII: encode the UTF-8 bytes of the whole code point.
        qsizetype len = (c.isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        const QByteArray utf8 = text.mid(i, len).toUtf8();
        for (const char byte : utf8)
            out += u'%' + QString::number(uchar(byte), 16).toUpper().rightJustified(2, u'0');
        i += len - 1;
    }
    return out;
}

bool validHostLabel(const QString &label)
{
    static const QRegularExpression re(u"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$"_s);
    return re.match(label).hasMatch();
}

}   // namespace

UrlCheck UrlValidator::check(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return refuse(tr("Enter the web address the short link should open."));

    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c.category() == QChar::Other_Control)
            return refuse(
                tr("The address contains a line break or another invisible character. Paste it again on one line."));
    }

    // Split off the scheme. "example.com:8080/x" has no scheme: what follows the colon is a port.
    static const QRegularExpression schemeRe(u"^([A-Za-z][A-Za-z0-9+.-]*):(.*)$"_s,
                                             QRegularExpression::DotMatchesEverythingOption);
    QString scheme;
    bool guessedScheme = false;   // no "http(s)://" typed
    QString rest;
    const auto m = schemeRe.match(text);
    static const QRegularExpression portRe(u"^\\d+(?:[/?#].*)?$"_s, QRegularExpression::DotMatchesEverythingOption);
    if (m.hasMatch() && !portRe.match(m.captured(2)).hasMatch()) {
        scheme = m.captured(1).toLower();
        rest = m.captured(2);
        if (scheme == u"javascript" || scheme == u"vbscript")
            return refuse(
                tr("Links that run a script (%1:) are refused: they can harm the people who click them.").arg(scheme));
        if (scheme == u"data")
            return refuse(
                tr("Links that carry their own content (data:) are refused: they are a common phishing trick."));
        if (scheme == u"file")
            return refuse(
                tr("A file: address only works on the computer it points to. Use a web address (https://…)."));
        if (scheme != u"http" && scheme != u"https")
            return refuse(
                tr("Only web addresses (http:// or https://) can be shortened, not “%1:” addresses.").arg(scheme));
        if (!rest.startsWith(u"//"))
            return refuse(tr("The address is incomplete: “%1:” must be followed by “//” and a site name.").arg(scheme));
        rest = rest.mid(2);
    } else {
        if (text.startsWith(u"//") || text.startsWith(u'/'))
            return refuse(tr("The address has no site name. Enter a full address such as https://example.com/page."));
        scheme = u"https"_s;   // "example.com/sale": browsers assume https today
        rest = text;
        guessedScheme = true;
    }

    // Authority: up to the first '/', '?' or '#'.
    qsizetype end = rest.size();
    for (const QChar sep : {u'/', u'?', u'#'}) {
        const qsizetype at = rest.indexOf(sep);
        if (at >= 0 && at < end)
            end = at;
    }
    QString authority = rest.left(end);
    QString tail = rest.mid(end);

    if (authority.contains(u'@'))
        return refuse(tr(
            "The address contains a user name or password (before “@”). Such links are refused because they are used to disguise where a link goes."));
    if (authority.contains(u' '))
        return refuse(tr("The site name contains a space."));

    QString host = authority;
    QString port;
    if (host.startsWith(u'[')) {   // IPv6 literal
        const qsizetype close = host.indexOf(u']');
        if (close < 0)
            return refuse(tr("The address “%1” is not valid.").arg(authority));
        port = host.mid(close + 1);
        host = host.left(close + 1);
        if (!port.isEmpty() && !port.startsWith(u':'))
            return refuse(tr("The address “%1” is not valid.").arg(authority));
        port = port.mid(1);
        QUrl probe;
        probe.setHost(host.mid(1, host.size() - 2));
        if (!probe.isValid() || probe.host().isEmpty())
            return refuse(tr("The address “%1” is not valid.").arg(authority));
        host = u'[' + probe.host() + u']';
    } else {
        const qsizetype colon = host.lastIndexOf(u':');
        if (colon >= 0) {
            port = host.mid(colon + 1);
            host.truncate(colon);
        }
        if (host.endsWith(u'.'))
            host.chop(1);
        if (host.isEmpty())
            return refuse(tr("The address has no site name. Enter a full address such as https://example.com/page."));
        const QString ace = QString::fromLatin1(QUrl::toAce(host.toLower()));
        if (ace.isEmpty() || ace.size() > 253)
            return refuse(tr("“%1” is not a valid site name.").arg(host));
        const QStringList labels = ace.split(u'.');
        for (const QString &label : labels) {
            if (!validHostLabel(label))
                return refuse(tr("“%1” is not a valid site name.").arg(host));
        }
        // A bare word typed without http(s):// ("winter-sale") is a back-half or a typo far more
        // often than an intranet host; written with its scheme, such a host is taken.
        if (guessedScheme && labels.size() == 1 && ace != u"localhost")
            return refuse(
                tr("“%1” is not a web address. Enter the site too, such as %1.com or https://%1/.").arg(host));
        host = ace;
    }
    if (!port.isEmpty()) {
        bool numeric = false;
        const int p = port.toInt(&numeric);
        if (!numeric || p < 1 || p > 65535)
            return refuse(tr("The port “%1” is not valid; it must be a number from 1 to 65535.").arg(port));
        if ((scheme == u"http" && p == 80) || (scheme == u"https" && p == 443))
            port.clear();
        else
            port = QString::number(p);
    }

    if (tail.isEmpty() || tail.startsWith(u'?') || tail.startsWith(u'#'))
        tail.prepend(u'/');
    const QString url = scheme + u"://"_s + host + (port.isEmpty() ? QString() : u':' + port) + encodeIllegal(tail);

    if (url.size() > MaxLength)
        return refuse(
            tr("The address is too long: %1 characters, and at most %2 are allowed.").arg(url.size()).arg(MaxLength));
    if (!QUrl(url, QUrl::StrictMode).isValid())
        return refuse(tr("The address “%1” is not valid.").arg(text));
    return UrlCheck{true, url, {}};
}

QString UrlValidator::display(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid())
        return url;
    // Qt shows Unicode only for top-level domains on its IDN whitelist; the user typed this
    // address themselves, so show the host as they wrote it.
    QString shown = parsed.toDisplayString();
    const QString ace = parsed.host(QUrl::FullyEncoded);
    const QString unicode = QUrl::fromAce(ace.toLatin1(), QUrl::IgnoreIDNWhitelist);
    if (ace != unicode)
        shown.replace(shown.indexOf(ace), ace.size(), unicode);
    return shown;
}

}   // namespace Linkdeck
