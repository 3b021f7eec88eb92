#include "core/links/linklimits.h"

#include "core/links/urlvalidator.h"

namespace Linkdeck {

QString LinkLimits::problem(const Link &link)
{
    if (link.validSince && link.expiresAt && *link.expiresAt <= *link.validSince)
        return tr("The link would end before it starts: choose an end later than the start.");
    if (link.maxClicks && *link.maxClicks < 1)
        return tr("The click limit must be at least 1 click.");
    const QString fallback = link.fallbackUrl.trimmed();
    if (fallback.isEmpty())
        return {};
    if (!hasLimit(link))
        return tr("The address for visitors after the end is only used by a link that ends: set an end, a start or "
                  "a click limit, or leave that address empty.");
    const UrlCheck check = UrlValidator::check(fallback);
    if (!check.ok)
        return tr("The address for visitors after the end cannot be used: %1").arg(check.reason);
    return {};
}

Result<Link> LinkLimits::checked(Link link)
{
    if (const QString why = problem(link); !why.isEmpty())
        return Error::make(Error::Kind::Invalid, why);
    link.fallbackUrl = link.fallbackUrl.trimmed();
    if (!link.fallbackUrl.isEmpty())
        link.fallbackUrl = UrlValidator::check(link.fallbackUrl).url;
    return link;
}

bool LinkLimits::isLive(const Link &link, qint64 nowMs, qint64 clicks)
{
    if (link.validSince && link.validSince->toMSecsSinceEpoch() > nowMs)
        return false;
    if (link.expiresAt && link.expiresAt->toMSecsSinceEpoch() <= nowMs)
        return false;
    return !link.maxClicks || clicks < *link.maxClicks;
}

}   // namespace Linkdeck
