#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/base/result.h"
#include "core/links/link.h"

namespace Linkdeck {

// The rules for when a link is live and where it sends visitors once it is not (issue 15):
// a start (validSince), an end (expiresAt), at most so many clicks (maxClicks), and a fallback
// address for the time outside them. The dialog, the CLI and the providers all ask here, so
// the rules live in one place:
//   - the end is later than the start, when both are set;
//   - a click limit is at least 1;
//   - a fallback needs one of the three limits (without one the link never ends) and is an
//     http or https address, checked and normalised like a destination (UrlValidator).
class LinkLimits
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::LinkLimits)
public:
    static bool hasLimit(const Link &link) { return link.validSince || link.expiresAt || link.maxClicks; }
    // A sentence for the user about what is wrong with the link's limits; empty when nothing is.
    static QString problem(const Link &link);
    // The link with its fallback normalised (UrlValidator) and trimmed, or an Invalid error
    // with problem()'s sentence.
    static Result<Link> checked(Link link);
    // Whether the link is live at `nowMs` (milliseconds since the epoch, UTC) with `clicks` counted.
    static bool isLive(const Link &link, qint64 nowMs, qint64 clicks);
};

}   // namespace Linkdeck
