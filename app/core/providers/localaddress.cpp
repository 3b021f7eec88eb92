#include "core/providers/localaddress.h"

#include "core/providers/localprovider.h"
#include "core/storage/accountrepository.h"
#include "core/storage/linkrepository.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Linkdeck {
namespace {

QUrl parsed(const QString &publicAddress)
{
    QString text = publicAddress.trimmed();
    while (text.endsWith(u'/'))
        text.chop(1);
    if (!text.isEmpty() && !text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    return QUrl(text, QUrl::StrictMode);
}

QString authority(const QUrl &url)
{
    const QString host = url.host(QUrl::FullyEncoded).toLower();
    return url.port() > 0 ? host + u':' + QString::number(url.port()) : host;
}

}   // namespace

QString LocalAddress::problem(const QString &publicAddress)
{
    if (publicAddress.trimmed().isEmpty())
        return {};
    const QUrl url = parsed(publicAddress);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return tr("Enter the public address as https://go.example.com, or leave it empty.");
    if (!url.path().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return tr("A public address is a domain only, such as https://go.example.com, with no path after it.");
    return {};
}

QString LocalAddress::normalised(const QString &publicAddress)
{
    if (!problem(publicAddress).isEmpty() || publicAddress.trimmed().isEmpty())
        return {};
    const QUrl url = parsed(publicAddress);
    return url.scheme() + u"://"_s + authority(url);
}

QString LocalAddress::domainFor(const QString &publicAddress, quint16 port)
{
    const QString address = normalised(publicAddress);
    if (!address.isEmpty())
        return authority(QUrl(address));
    return u"localhost:%1"_s.arg(port);
}

QString LocalAddress::baseUrlFor(const QString &publicAddress, quint16 port)
{
    const QString address = normalised(publicAddress);
    return address.isEmpty() ? u"http://localhost:%1"_s.arg(port) : address;
}

Result<int> LocalAddress::apply(AccountRepository &accounts, LinkRepository &links, const QString &publicAddress,
                                quint16 port)
{
    if (const QString why = problem(publicAddress); !why.isEmpty())
        return Error::make(Error::Kind::Invalid, why);
    std::optional<Account> local = accounts.find(AccountRepository::LocalAccountId);
    if (!local)
        return Error::make(Error::Kind::NotFound, tr("The account of this computer's links is missing."));
    const QString address = normalised(publicAddress);
    if (address.isEmpty() && port == 0)
        return 0;   // any free port: no address to give the links
    const QString domain = domainFor(publicAddress, port);
    const QString oldDomain = local->defaultDomain;
    const QString oldAddress = local->apiBase;
    if (domain == oldDomain && address == oldAddress)
        return 0;
    Result<int> moved = links.moveDomain(local->id, oldDomain, domain, baseUrlFor(publicAddress, port) + u'/');
    if (!moved)
        return moved;
    local->defaultDomain = domain;
    local->apiBase = address;
    if (Result<void> saved = accounts.update(*local); !saved) {
        // Put the links back where the account still says they are.
        (void)links.moveDomain(local->id, domain, oldDomain, LocalProvider::shortUrlFor(oldDomain, {}, oldAddress));
        return saved.error();
    }
    return moved;
}

}   // namespace Linkdeck
