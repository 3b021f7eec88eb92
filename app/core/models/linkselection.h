#pragma once

#include <QCoreApplication>
#include <QList>

#include <optional>

#include "core/links/link.h"

namespace Linkdeck {

class Backend;

// What can be done with the links selected in the table, and why not: the main window enables
// its actions from it and the detail pane words the current link's state with it.
//
//   const LinkSelection s = LinkSelection::of(backend, view->selectedLinks(), view->currentLink());
//   editAction->setEnabled(s.canEdit);
struct LinkSelection
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::LinkSelection)
public:
    // current: the link the selection is about (the current row, else the first selected).
    static LinkSelection of(Backend &backend, const QList<Link> &selected, const std::optional<Link> &current);
    // The accounts Copy/Move to Account can take `links` to: every account but the one they
    // are all on (links from several accounts can go to any).
    static QList<Account> transferTargets(const QList<Account> &accounts, const QList<Link> &links);

    QList<Link> links;   // the selected links
    std::optional<Link> current;
    bool hasUrl = false;        // the current link has its short URL (not while waiting to be created)
    bool canEdit = false;       // one link, on a service that can change it
    bool canDelete = false;     // every selected link can be deleted
    bool canRules = false;      // redirect rules: one link on Shlink or this computer, already there
    QString rulesTip;           // what redirect rules do, or why there are none for this link
    bool canTransfer = false;   // Copy/Move to Account: links selected and an account to take them
    QString transferTip;        // why not, when there is no other account
    QString account;            // where the current link lives ("Bitly marketing")
    QString status;             // why the current link is not (yet) on its service; empty when it is
};

}   // namespace Linkdeck
