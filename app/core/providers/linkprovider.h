#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QFlags>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QStringList>

#include "core/base/result.h"
#include "core/links/link.h"
#include "core/links/redirectrules.h"

namespace Linkdeck {

// One page of a provider's links; an empty nextCursor means the last page.
struct LinkPage
{
    QList<Link> links;
    QString nextCursor;
};

enum class TimeUnit {
    Hour,
    Day,
    Week,
    Month,
};

struct ClickPoint
{
    QDateTime start;   // UTC start of the bucket
    qint64 clicks = 0;
};

// One row of a breakdown: a country code, a referrer host, a device type ("desktop",
// "mobile", "tablet", "bot", "other"); empty = unknown or direct.
struct ClickShare
{
    QString value;
    qint64 clicks = 0;
};

// A link service behind one account: this computer, Bitly, Rebrandly, Shlink or Cuttly.
// Every call is asynchronous and ends in a Result whose error carries a sentence for the
// user. The GUI asks capabilities() before it offers an action, so no button can only fail.
//
//   whenFinished(this, provider->create(draft), [](const Result<Link> &r) { ... });   // core/future.h
class LinkProvider : public QObject
{
    Q_OBJECT
public:
    enum class Capability {
        CreateLinks = 0x1,
        ListLinks = 0x2,
        UpdateDestination = 0x4,
        UpdateTitle = 0x8,
        UpdateTags = 0x10,
        EditSlug = 0x20,   // the back-half can change after creation
        DeleteLinks = 0x40,
        CustomSlug = 0x80,   // a back-half can be chosen at creation
        Tags = 0x100,
        Title = 0x200,
        Expiry = 0x400,
        MaxClicks = 0x800,
        ClickStats = 0x1000,
        Domains = 0x2000,
        RedirectRules = 0x4000,   // Shlink's dynamic redirects by device, language, ... (redirectRules())
        // clicks() by the hour costs no more than by the day and is exact (Shlink's visits are
        // counted here): ask by the hour, so that clicks fall into the user's local days.
        HourlyClicks = 0x8000,
        // refresh() tells a link's current clicks: how a service that cannot list (Cuttly)
        // keeps the links made here up to date.
        RefreshLinks = 0x10000,
        // An ended link (Expiry, MaxClicks) sends its visitors to Link::fallbackUrl instead of an
        // "ended" page: linkdeck-server's own addition; Shlink and the others cannot.
        Fallback = 0x20000,
        // Visitors type a password before they are redirected (setPassword(), Link::passwordProtected):
        // linkdeck-server's own addition, so this computer's links only.
        Password = 0x40000,
        // A social preview (Link::previewTitle, ...) given to link-preview crawlers as Open Graph
        // and Twitter card tags: linkdeck-server's own addition, so this computer's links only.
        Preview = 0x80000,
        // An A/B split of the visitors between destinations (Link::variants), each click
        // recorded with its variant: linkdeck-server's own addition, so this computer's links only.
        Split = 0x100000,
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)
    Q_FLAG(Capabilities)

    using QObject::QObject;
    ~LinkProvider() override = default;

    virtual ProviderKind kind() const = 0;
    virtual Capabilities capabilities() const = 0;
    bool can(Capability c) const { return capabilities().testFlag(c); }

    virtual QFuture<Result<QStringList>> domains() = 0;
    // Whether a back-half is still free on a domain (the dialog's live check).
    virtual QFuture<Result<bool>> isSlugAvailable(const QString &domain, const QString &slug) = 0;
    // draft.destination must have passed UrlValidator; an empty slug asks for a random one.
    virtual QFuture<Result<Link>> create(const Link &draft) = 0;
    virtual QFuture<Result<Link>> update(const Link &link) = 0;
    virtual QFuture<Result<void>> remove(const Link &link) = 0;
    virtual QFuture<Result<LinkPage>> list(const QString &cursor) = 0;
    virtual QFuture<Result<QList<ClickPoint>>> clicks(const Link &link, const QDateTime &from, const QDateTime &to,
                                                      TimeUnit unit) = 0;
    // Clicks by "country", "referrer" or "device" in [from, to), most first. Unsupported when
    // the service has no such statistics; PlanLimit when the account's plan does not include them.
    virtual QFuture<Result<QList<ClickShare>>> breakdown(const Link &link, const QString &dimension,
                                                         const QDateTime &from, const QDateTime &to)
    {
        Q_UNUSED(link)
        Q_UNUSED(dimension)
        Q_UNUSED(from)
        Q_UNUSED(to)
        return QtFuture::makeReadyFuture(Result<QList<ClickShare>>(Error::make(
            Error::Kind::Unsupported,
            QCoreApplication::translate("Linkdeck::LinkProvider", "This service gives no breakdown of clicks."))));
    }
    // A link's redirect rules, by priority. setRedirectRules() replaces them all (an empty list
    // removes them) and answers the rules as stored. Unsupported unless can(RedirectRules).
    virtual QFuture<Result<QList<Rules::Rule>>> redirectRules(const Link &link)
    {
        Q_UNUSED(link)
        return QtFuture::makeReadyFuture(Result<QList<Rules::Rule>>(noRedirectRules()));
    }
    virtual QFuture<Result<QList<Rules::Rule>>> setRedirectRules(const Link &link, const QList<Rules::Rule> &rules)
    {
        Q_UNUSED(link)
        Q_UNUSED(rules)
        return QtFuture::makeReadyFuture(Result<QList<Rules::Rule>>(noRedirectRules()));
    }
    static Error noRedirectRules()
    {
        return Error::make(Error::Kind::Unsupported,
                           QCoreApplication::translate("Linkdeck::LinkProvider",
                                                       "This service cannot send visitors to different addresses; "
                                                       "redirect rules need a Shlink server or this computer."));
    }
    // Protects the link by `password` (hashed in core, never stored as typed), or removes the
    // protection when it is empty; answers the link as stored. Unsupported unless can(Password).
    virtual QFuture<Result<Link>> setPassword(const Link &link, const QString &password)
    {
        Q_UNUSED(link)
        Q_UNUSED(password)
        return QtFuture::makeReadyFuture(Result<Link>(noPassword()));
    }
    // Creates the link protected by `password` at once (it is never served without it).
    // Unsupported unless can(Password).
    virtual QFuture<Result<Link>> createProtected(const Link &draft, const QString &password)
    {
        Q_UNUSED(draft)
        Q_UNUSED(password)
        return QtFuture::makeReadyFuture(Result<Link>(noPassword()));
    }
    static Error noPassword()
    {
        return Error::make(Error::Kind::Unsupported,
                           QCoreApplication::translate("Linkdeck::LinkProvider",
                                                       "This service cannot protect a link by a password; only "
                                                       "links on this computer can."));
    }
    // The link as the service knows it now, its click total included. Unsupported unless
    // can(RefreshLinks); NotFound when the service no longer has it.
    virtual QFuture<Result<Link>> refresh(const Link &link)
    {
        Q_UNUSED(link)
        return QtFuture::makeReadyFuture(Result<Link>(Error::make(
            Error::Kind::Unsupported,
            QCoreApplication::translate("Linkdeck::LinkProvider", "This service cannot look up a single link."))));
    }
    // Whether the account's address and token work ("Test connection" in Preferences).
    virtual QFuture<Result<void>> testConnection() { return QtFuture::makeReadyFuture(Result<void>()); }

    // The plan's monthly allowance of new links (Bitly's plan limit "encodes": each link made
    // counts, and each changed destination), as the service tells it now.
    struct MonthlyQuota
    {
        qint64 limit = 0;
        qint64 used = 0;
        qint64 left() const { return limit > used ? limit - used : 0; }
    };
    // The monthly quota, or nullopt where the service tells none (no such limit, unlimited).
    virtual QFuture<Result<std::optional<MonthlyQuota>>> monthlyQuota()
    {
        return QtFuture::makeReadyFuture(Result<std::optional<MonthlyQuota>>(std::optional<MonthlyQuota>()));
    }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(LinkProvider::Capabilities)

}   // namespace Linkdeck
