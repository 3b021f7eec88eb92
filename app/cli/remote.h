#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

#include "cli/command.h"
#include "core/base/result.h"
#include "core/links/link.h"

namespace Linkdeck {
class Backend;
}

namespace Linkdeck::Cli {

// What the commands share for the accounts of link services (Bitly, Rebrandly, Shlink,
// Cuttly): their names in sentences, what they cannot do, reading an account's links into
// the local cache and sending the changes kept offline.

QString serviceName(ProviderKind kind);        // "Bitly", "Rebrandly", ...; "this computer" for Local
QString serviceSite(const Account &account);   // where the user can do by hand what the API cannot: "cutt.ly"

// A sentence for an action the account's service does not offer through its API, e.g.
// "Cuttly cannot delete links through its API; delete it on cutt.ly."
enum class Refusal {
    List,
    Create,
    Update,   // nothing about a link can be changed
    UpdateDestination,
    UpdateTitle,
    UpdateTags,
    EditSlug,
    Delete,
    CustomSlug,   // at creation
    Title,        // at creation
    Tags,         // at creation
    ClickStats,
};
QString refusal(const Account &account, Refusal what);

struct ReplayOutcome
{
    int sent = 0;
    int stillPending = 0;
    int failed = 0;
};

struct PullOutcome
{
    bool ok = false;
    int links = 0;
    QString message;                       // why not, when !ok
    std::optional<ReplayOutcome> replay;   // the offline changes sent after it, if any were waiting
};

// Reads every page of the account's links into the local cache (AccountSync::pull), with a
// progress line on stderr when it is a terminal. A complete pull sends the changes kept
// offline right after; this waits for them too, so that none is cut off half-sent.
PullOutcome pullAccount(Context &context, Backend &backend, const Account &account);
// The same for a service account that can list its links, before a command reads them; none
// for this computer's account or a service that cannot list (Cuttly).
std::optional<PullOutcome> pullIfListable(Context &context, Backend &backend, const Account &account);

// Sends the changes kept offline (AccountSync::replay) and waits until it is done.
ReplayOutcome replayQueue(Backend &backend);

struct SyncOutcome
{
    QList<std::pair<Account, PullOutcome>> pulls;   // every account with a link service, in the list's order
    ReplayOutcome replay;                           // the changes kept offline, all of them sent or tried
};

// What "Synchronise" does in the GUI, by the same path (AccountSync::pullAll), waited for: the
// changes kept offline are sent and every account with a link service is read, with a
// progress line on stderr when it is a terminal.
SyncOutcome syncAll(Context &context, Backend &backend);

// A link of the account by its back-half, from the local cache: on `domain` if given, else
// on whichever domain of the account has it. When it is not cached and the service can list
// its links, the account is pulled first. NotFound (or Invalid, for a back-half on several
// domains) with a sentence otherwise.
Result<Link> findLink(Context &context, Backend &backend, const Account &account, const QString &domain,
                      const QString &slug);

}   // namespace Linkdeck::Cli
