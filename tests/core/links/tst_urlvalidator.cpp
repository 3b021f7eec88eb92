#include "core/links/urlvalidator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

class TestUrlValidator : public QObject
{
    Q_OBJECT
private slots:
    void check_data();
    void check();
    void lengthLimit();
    void displayShowsUnicode();
};

void TestUrlValidator::check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected");   // the stored URL, or a word the reason must contain

    // Accepted, normalised
    QTest::addRow("plain https") << u"https://example.com/spring"_s << true << u"https://example.com/spring"_s;
    QTest::addRow("plain http") << u"http://example.com/"_s << true << u"http://example.com/"_s;
    QTest::addRow("trim spaces") << u"  https://example.com/a \n"_s << true << u"https://example.com/a"_s;
    QTest::addRow("no scheme gets https") << u"example.com/sale"_s << true << u"https://example.com/sale"_s;
    QTest::addRow("no scheme with port") << u"shop.example:8443/x"_s << true << u"https://shop.example:8443/x"_s;
    QTest::addRow("upper-case scheme") << u"HTTPS://Example.COM/Path"_s << true << u"https://example.com/Path"_s;
    QTest::addRow("empty path gets slash") << u"https://example.com"_s << true << u"https://example.com/"_s;
    QTest::addRow("query without path") << u"https://example.com?a=1"_s << true << u"https://example.com/?a=1"_s;
    QTest::addRow("query kept exactly") << u"https://example.com/p?b=2&a=1&a=3&empty=&flag"_s << true
                                        << u"https://example.com/p?b=2&a=1&a=3&empty=&flag"_s;
    QTest::addRow("encoded query kept") << u"https://example.com/p?q=a%20b%2Bc&x=%7E"_s << true
                                        << u"https://example.com/p?q=a%20b%2Bc&x=%7E"_s;
    QTest::addRow("plus kept") << u"https://example.com/search?q=a+b"_s << true
                               << u"https://example.com/search?q=a+b"_s;
    QTest::addRow("fragment kept") << u"https://example.com/page#section-2"_s << true
                                   << u"https://example.com/page#section-2"_s;
    QTest::addRow("query and fragment") << u"https://example.com/?utm_source=x#/app/route?y=1"_s << true
                                        << u"https://example.com/?utm_source=x#/app/route?y=1"_s;
    QTest::addRow("space in path encoded")
        << u"https://example.com/my file.pdf"_s << true << u"https://example.com/my%20file.pdf"_s;
    QTest::addRow("unicode path encoded")
        << u"https://example.com/café"_s << true << u"https://example.com/caf%C3%A9"_s;
    QTest::addRow("emoji path encoded") << u"https://example.com/🎉"_s << true << u"https://example.com/%F0%9F%8E%89"_s;
    QTest::addRow("idn host to punycode")
        << u"https://bücher.example/"_s << true << u"https://xn--bcher-kva.example/"_s;
    QTest::addRow("idn upper case") << u"https://MÜNCHEN.de/x"_s << true << u"https://xn--mnchen-3ya.de/x"_s;
    QTest::addRow("punycode stays") << u"https://xn--bcher-kva.example/"_s << true
                                    << u"https://xn--bcher-kva.example/"_s;
    QTest::addRow("default https port dropped") << u"https://example.com:443/a"_s << true << u"https://example.com/a"_s;
    QTest::addRow("default http port dropped") << u"http://example.com:80/a"_s << true << u"http://example.com/a"_s;
    QTest::addRow("other port kept") << u"http://localhost:8080/x"_s << true << u"http://localhost:8080/x"_s;
    QTest::addRow("ipv4 host") << u"http://192.168.1.20/intranet"_s << true << u"http://192.168.1.20/intranet"_s;
    QTest::addRow("ipv6 host") << u"http://[::1]:8080/"_s << true << u"http://[::1]:8080/"_s;
    QTest::addRow("single-label host") << u"http://intranet/wiki"_s << true << u"http://intranet/wiki"_s;
    QTest::addRow("localhost without scheme") << u"localhost:3000/x"_s << true << u"https://localhost:3000/x"_s;
    // A bare word without http(s):// is a back-half or a typo, not https://winter-sale/ (issue 12).
    QTest::addRow("bare word") << u"winter-sale"_s << false << u"not a web address"_s;
    QTest::addRow("bare word with path") << u"intranet/wiki"_s << false << u"intranet.com"_s;
    QTest::addRow("trailing dot host") << u"https://example.com./a"_s << true << u"https://example.com/a"_s;
    QTest::addRow("angle brackets encoded")
        << u"https://example.com/a<b>"_s << true << u"https://example.com/a%3Cb%3E"_s;
    QTest::addRow("subdomains and hyphens")
        << u"https://a-b.c-d.example.co.uk/x"_s << true << u"https://a-b.c-d.example.co.uk/x"_s;
    QTest::addRow("path with colon and at") << u"https://example.com/a:b@c"_s << true << u"https://example.com/a:b@c"_s;

    // Refused, with a reason that names the problem
    QTest::addRow("empty") << u""_s << false << u"Enter"_s;
    QTest::addRow("only spaces") << u"   "_s << false << u"Enter"_s;
    QTest::addRow("javascript") << u"javascript:alert(1)"_s << false << u"script"_s;
    QTest::addRow("javascript mixed case") << u"JaVaScRiPt:alert(document.cookie)"_s << false << u"script"_s;
    QTest::addRow("vbscript") << u"vbscript:msgbox(1)"_s << false << u"script"_s;
    QTest::addRow("data") << u"data:text/html;base64,PHNjcmlwdD4="_s << false << u"data:"_s;
    QTest::addRow("file") << u"file:///etc/passwd"_s << false << u"file:"_s;
    QTest::addRow("ftp") << u"ftp://files.example.com/a.zip"_s << false << u"ftp:"_s;
    QTest::addRow("mailto") << u"mailto:sales@example.com"_s << false << u"mailto:"_s;
    QTest::addRow("tel") << u"tel:+49301234567"_s << false << u"tel:"_s;
    QTest::addRow("scheme without slashes") << u"https:example.com"_s << false << u"//"_s;
    QTest::addRow("no host") << u"https:///path"_s << false << u"site name"_s;
    QTest::addRow("relative path") << u"/just/a/path"_s << false << u"site name"_s;
    QTest::addRow("credentials") << u"https://user:pass@example.com/"_s << false << u"password"_s;
    QTest::addRow("disguised host") << u"https://www.bank.com@evil.example/"_s << false << u"password"_s;
    QTest::addRow("space in host") << u"https://exa mple.com/"_s << false << u"space"_s;
    QTest::addRow("bad port") << u"https://example.com:99999/"_s << false << u"port"_s;
    QTest::addRow("port not a number") << u"https://example.com:abc/"_s << false << u"port"_s;
    QTest::addRow("underscore-free invalid host") << u"https://exa!mple.com/"_s << false << u"site name"_s;
    QTest::addRow("label starts with hyphen") << u"https://-bad.example/"_s << false << u"site name"_s;
    QTest::addRow("empty label") << u"https://a..b/"_s << false << u"site name"_s;
    QTest::addRow("newline inside") << u"https://example.com/a\nb"_s << false << u"line break"_s;
    QTest::addRow("tab inside") << u"https://exam\tple.com/"_s << false << u"line break"_s;
    QTest::addRow("unclosed ipv6") << u"http://[::1/"_s << false << u"not valid"_s;
}

void TestUrlValidator::check()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    const UrlCheck result = UrlValidator::check(input);
    QCOMPARE(result.ok, ok);
    if (ok) {
        QCOMPARE(result.url, expected);
        QVERIFY(result.reason.isEmpty());
    } else {
        QVERIFY(result.url.isEmpty());
        QVERIFY2(result.reason.contains(expected, Qt::CaseInsensitive), qPrintable(result.reason));
    }
}

void TestUrlValidator::lengthLimit()
{
    const QString base = u"https://example.com/"_s;
    const QString longest = base + QString(UrlValidator::MaxLength - base.size(), u'a');
    QVERIFY(UrlValidator::check(longest).ok);
    const UrlCheck tooLong = UrlValidator::check(longest + u'a');
    QVERIFY(!tooLong.ok);
    QVERIFY(tooLong.reason.contains(u"too long"_s));
}

void TestUrlValidator::displayShowsUnicode()
{
    QCOMPARE(UrlValidator::display(u"https://xn--bcher-kva.example/"_s), u"https://bücher.example/"_s);
}

QTEST_APPLESS_MAIN(TestUrlValidator)
#include "tst_urlvalidator.moc"
