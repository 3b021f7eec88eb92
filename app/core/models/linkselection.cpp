#include "core/models/linkselection.h"

#include "core/providers/linkprovider.h"
#include "core/storage/accountrepository.h"
#include "core/sync/backend.h"

#include <set>

using namespace Qt::StringLiterals;

namespace Linkdeck {

LinkSelection LinkSelection::of(Backend &backend, const QList<Link> &selected, const std::optional<Link> &current)
{
    LinkSelection s;
    s.links = selected;
    s.current = current;
    LinkProvider *provider = current ? backend.provider(current->accountId) : nullptr;
    s.canEdit = provider && selected.size() == 1
        && (provider->can(LinkProvider::Capability::UpdateDestination)
            || provider->can(LinkProvider::Capability::UpdateTitle));
    s.canDelete = !selected.isEmpty();
    for (const Link &link : selected) {
        LinkProvider *p = backend.provider(link.accountId);
        s.canDelete = s.canDelete && p && p->can(LinkProvider::Capability::DeleteLinks);
    }
    s.hasUrl = current && !current->shortUrl.isEmpty();
    if (current) {
        const auto account = backend.accounts().find(current->accountId);
        s.account = account ? account->displayName() : QString();
        if (current->syncState != SyncState::Synced) {
            const QString lastError = backend.queue().lastError(current->id);
            if (current->syncState == SyncState::Failed) {
                s.status = tr("Not sent: %1").arg(lastError.isEmpty() ? tr("the service refused it.") : lastError);
            } else {
                s.status = tr("Waiting to be sent to %1 when it can be reached.").arg(s.account);
                if (!lastError.isEmpty())
                    s.status += u' ' + tr("Last try: %1").arg(lastError);
            }
        }
    }

    s.rulesTip = tr("Send visitors to other addresses by device, language, country, date and more");
    s.canRules = current && provider && provider->can(LinkProvider::Capability::RedirectRules) && selected.size() <= 1;
    if (current && provider && !provider->can(LinkProvider::Capability::RedirectRules)) {
        s.rulesTip = tr("%1 cannot send visitors to different addresses. Redirect rules need a Shlink account or "
                        "this computer.")
                         .arg(providerName(provider->kind()));
    } else if (current && current->syncState == SyncState::PendingCreate) {
        s.canRules = false;
        s.rulesTip = tr("This link is waiting to be created on %1; its redirect rules can be set once it is there.")
                         .arg(s.account);
    } else if (selected.size() > 1) {
        s.rulesTip = tr("Select one link to edit its redirect rules.");
    }
    // The accounts Copy/Move to Account offers (its dialog's list): with none selected, whether
    // there is a second account at all.
    const QList<Account> accounts = backend.accounts().all();
    const bool otherAccount = selected.isEmpty() ? accounts.size() > 1 : !transferTargets(accounts, selected).isEmpty();
    s.canTransfer = !selected.isEmpty() && otherAccount;
    if (!otherAccount)
        s.transferTip = tr("Add another account first (File > Accounts…): the links are copied or moved to it.");
    return s;
}

QList<Account> LinkSelection::transferTargets(const QList<Account> &accounts, const QList<Link> &links)
{
    std::set<qint64> from;
    for (const Link &link : links)
        from.insert(link.accountId);
    QList<Account> targets;
    for (const Account &account : accounts) {
        if (!(from.size() == 1 && from.count(account.id)))
            targets << account;
    }
    return targets;
}

}   // namespace Linkdeck
