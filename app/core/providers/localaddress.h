#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/base/result.h"

namespace Linkdeck {

class AccountRepository;
class LinkRepository;

// Where people reach this computer's short links: the public address the team's server
// answers on (https://go.brand.com behind a reverse proxy), or, without one,
// http://localhost:PORT of the bundled server. The local account keeps it (its apiBase, and
// its host[:port] as the default domain), so the app, the CLI and linkdeck-server agree.
//
//   if (auto moved = LocalAddress::apply(accounts, links, u"https://go.brand.com"_s, 8080); !moved)
//       show(moved.error().message);   // nothing changed
class LocalAddress
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::LocalAddress)
public:
    // Empty when the address can be used (empty included), else a sentence saying why not.
    static QString problem(const QString &publicAddress);
    // "https://go.brand.com" from " go.brand.com/ " (https assumed, the host in lower case);
    // empty for an empty or unusable address.
    static QString normalised(const QString &publicAddress);
    // The domain the links are stored under: "go.brand.com" (with a port if it names one), or
    // "localhost:PORT" without a public address.
    static QString domainFor(const QString &publicAddress, quint16 port);
    // The start of every short URL, without the final slash: "https://go.brand.com" or
    // "http://localhost:PORT".
    static QString baseUrlFor(const QString &publicAddress, quint16 port);

    // Makes the address (and port) the one of this computer's links: every link of the local
    // account on its old default domain moves to the new one, its short URL with it, in one
    // transaction, and the account keeps the address. A running linkdeck-server follows the
    // links at once; it takes the new default domain when it starts again. Returns how many
    // links moved; refused with a sentence, changing nothing, when the address is unusable or
    // a back-half is already used on the new domain. Port 0 ("any free port") keeps the domain
    // unless a public address is given.
    static Result<int> apply(AccountRepository &accounts, LinkRepository &links, const QString &publicAddress,
                             quint16 port);
};

}   // namespace Linkdeck
