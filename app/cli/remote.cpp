#include "cli/remote.h"

#include <algorithm>

#include <QEventLoop>
#include <QHash>
#include <QObject>
#include <QTextStream>

#include "cli/output.h"
#include "core/links/linkquery.h"
#include "core/providers/linkprovider.h"
#include "core/providers/providerregistry.h"
#include "core/storage/accountrepository.h"
#include "core/sync/accountsync.h"
#include "core/sync/backend.h"
#include "core/sync/syncqueue.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Cli {

QString serviceName(ProviderKind kind)
{
    const ProviderInfo service = ProviderRegistry::info(kind);
    return service.remote ? service.displayName : Tr::tr("this computer");
}

QString serviceSite(const Account &account)
{
    const QString host = ProviderRegistry::hostOf(account);
    return host.isEmpty() ? Tr::tr("the service's website") : host;
}

QString refusal(const Account &account, Refusal what)
{
    const QString service = serviceName(account.provider);
    const QString site = serviceSite(account);
    switch (what) {
    case Refusal::List:
        return Tr::tr("%1 cannot list links through its API: only the links made with Linkdeck are listed.")
            .arg(service);
    case Refusal::Create:
        return Tr::tr("%1 cannot create links through its API; create it on %2.").arg(service, site);
    case Refusal::Update:
        return Tr::tr("%1 cannot change links through its API; change it on %2.").arg(service, site);
    case Refusal::UpdateDestination:
        return Tr::tr("%1 cannot change where a link leads through its API; change it on %2.").arg(service, site);
    case Refusal::UpdateTitle:
        return Tr::tr("%1 cannot change a link's title through its API; change it on %2.").arg(service, site);
    case Refusal::UpdateTags:
        return Tr::tr("%1 cannot change a link's tags through its API; change them on %2.").arg(service, site);
    case Refusal::EditSlug:
        return Tr::tr("%1 cannot change a link's back-half; create a new link instead.").arg(service);
    case Refusal::Delete:
        return Tr::tr("%1 cannot delete links through its API; delete it on %2.").arg(service, site);
    case Refusal::CustomSlug:
        return Tr::tr("%1 cannot give a link a back-half of your choice; leave out --slug.").arg(service);
    case Refusal::Title:
        return Tr::tr("%1 cannot give links a title through its API; leave out --title.").arg(service);
    case Refusal::Tags:
        return Tr::tr("%1 cannot tag links through its API; leave out --tag.").arg(service);
    case Refusal::ClickStats:
        return Tr::tr("%1 cannot report clicks over time through its API; see them on %2.").arg(service, site);
    }
    return QString();
}

std::optional<PullOutcome> pullIfListable(Context &context, Backend &backend, const Account &account)
{
    if (!ProviderRegistry::info(account.provider).remote)
        return std::nullopt;
    LinkProvider *provider = backend.provider(account.id);
    if (!provider || !provider->can(LinkProvider::Capability::ListLinks))
        return std::nullopt;
    return pullAccount(context, backend, account);
}

PullOutcome pullAccount(Context &context, Backend &backend, const Account &account)
{
    AccountSync &sync = backend.sync();
    PullOutcome outcome;
    Waiter pulled;
    Waiter replayed;
    const bool progress = stderrIsTerminal();
    bool progressShown = false;
    QObject guard;   // ends the connections below with this function
    QObject::connect(&sync, &AccountSync::pullProgress, &guard, [&](qint64 id, int links) {
        if (id != account.id || !progress)
            return;
        context.err() << u'\r' << forTerminal(Tr::tr("Reading the links of “%1”: %2").arg(account.name).arg(links));
        context.err().flush();
        progressShown = true;
    });
    QObject::connect(&sync, &AccountSync::pullFinished, &guard,
                     [&](qint64 id, bool ok, int links, const QString &message) {
                         if (id != account.id)
                             return;
                         outcome.ok = ok;
                         outcome.links = links;
                         outcome.message = message;
                         pulled.done();
                     });
    QObject::connect(&sync, &AccountSync::replayFinished, &guard, [&](int sent, int stillPending, int failed) {
        outcome.replay = ReplayOutcome{sent, stillPending, failed};
        replayed.done();
    });
    sync.pull(account.id);
    pulled.wait();
    if (progressShown)
        context.err() << u"\r\x1b[K"_s << Qt::flush;   // the list or summary that follows says the rest
    // A complete pull has started sending what was kept offline; let it finish.
    if (sync.isReplaying())
        replayed.wait();
    return outcome;
}

ReplayOutcome replayQueue(Backend &backend)
{
    AccountSync &sync = backend.sync();
    ReplayOutcome outcome;
    Waiter finished;
    QObject guard;
    QObject::connect(&sync, &AccountSync::replayFinished, &guard, [&](int sent, int stillPending, int failed) {
        outcome = {sent, stillPending, failed};
        finished.done();
    });
    // One already running covers the queue as it was when it started.
    if (!sync.isReplaying())
        sync.replay();
    if (sync.isReplaying())
        finished.wait();
    if (!finished.isDone())   // nothing was waiting
        outcome.stillPending = backend.queue().count();
    return outcome;
}

SyncOutcome syncAll(Context &context, Backend &backend)
{
    AccountSync &sync = backend.sync();
    QHash<qint64, Account> accounts;
    for (const Account &account : backend.accounts().all())
        accounts.insert(account.id, account);
    SyncOutcome outcome;
    QHash<qint64, PullOutcome> finished;
    bool replayed = false;
    const bool progress = stderrIsTerminal();
    bool progressShown = false;
    QEventLoop loop;
    QObject guard;   // ends the connections below with this function
    QObject::connect(&sync, &AccountSync::pullProgress, &guard, [&](qint64 id, int links) {
        if (!progress)
            return;
        context.err() << u"\r\x1b[K"_s
                      << forTerminal(Tr::tr("Reading the links of “%1”: %2").arg(accounts.value(id).name).arg(links));
        context.err().flush();
        progressShown = true;
    });
    QObject::connect(&sync, &AccountSync::pullFinished, &guard,
                     [&](qint64 id, bool ok, int links, const QString &message) {
                         finished.insert(id, PullOutcome{ok, links, message, std::nullopt});
                         loop.quit();
                     });
    QObject::connect(&sync, &AccountSync::replayFinished, &guard, [&](int sent, int stillPending, int failed) {
        // Each replay covers the whole queue: the last one says what still waits.
        outcome.replay.sent += sent;
        outcome.replay.failed += failed;
        outcome.replay.stillPending = stillPending;
        replayed = true;
        loop.quit();
    });
    const QList<qint64> pulled = sync.pullAll();
    // Until every pull has finished and the changes sent after them too, so that none is cut
    // off half-sent. (A signal that came before this loop has been counted already.)
    const auto busy = [&] {
        return sync.isReplaying()
            || std::any_of(pulled.cbegin(), pulled.cend(), [&](qint64 id) { return !finished.contains(id); });
    };
    while (busy())
        loop.exec();
    if (progressShown)
        context.err() << u"\r\x1b[K"_s << Qt::flush;   // the summary that follows says the rest
    if (!replayed)                                     // nothing was waiting
        outcome.replay.stillPending = backend.queue().count();
    for (qint64 id : pulled)
        outcome.pulls.append({accounts.value(id), finished.value(id)});
    return outcome;
}

Result<Link> findLink(Context &context, Backend &backend, const Account &account, const QString &domain,
                      const QString &slug)
{
    if (!ProviderRegistry::info(account.provider).remote) {
        const QString d = domain.isEmpty() ? account.defaultDomain : domain;
        if (std::optional<Link> link = backend.links().findBySlug(d, slug, account.id))
            return *link;
        return Error::make(Error::Kind::NotFound, Tr::tr("There is no link “%1” on %2.").arg(slug, d));
    }
    const auto lookUp = [&]() -> QList<Link> {
        if (!domain.isEmpty()) {
            if (std::optional<Link> link = backend.links().findBySlug(domain, slug, account.id))
                return {*link};
            return {};
        }
        // Every domain of the account: the search finds the back-half among other text, so
        // keep the matches of the whole back-half: as written (Sale and sale are two links),
        // else in any case (a typed "sale" still finds the only Sale).
        LinkQuery query;
        query.accountId = account.id;
        query.text = slug;
        QList<Link> exact;
        QList<Link> anyCase;
        for (const Link &link : backend.links().fetch(query, 0, 1000)) {
            if (link.slug == slug)
                exact << link;
            else if (link.slug.compare(slug, Qt::CaseInsensitive) == 0)
                anyCase << link;
        }
        return exact.isEmpty() ? anyCase : exact;
    };
    QList<Link> matches = lookUp();
    if (matches.isEmpty()) {
        if (const auto pulled = pullIfListable(context, backend, account)) {
            if (!pulled->ok)
                context.warn(pulled->message);
            matches = lookUp();
        }
    }
    if (matches.isEmpty()) {
        return Error::make(
            Error::Kind::NotFound,
            domain.isEmpty()
                ? Tr::tr("There is no link “%1” in the account “%2”.").arg(slug, account.name)
                : Tr::tr("There is no link “%1” on %2 in the account “%3”.").arg(slug, domain, account.name));
    }
    if (matches.size() > 1) {
        QStringList domains;
        QStringList slugs;
        for (const Link &link : std::as_const(matches)) {
            domains << link.domain;
            slugs << link.slug;
        }
        if (domains.count(domains.constFirst()) == domains.size()) {
            return Error::make(
                Error::Kind::Invalid,
                Tr::tr("The account “%1” has several links whose back-half differs from “%2” only in case "
                       "(%3): write the one you mean exactly.")
                    .arg(account.name, slug, slugs.join(u", "_s)));
        }
        return Error::make(Error::Kind::Invalid,
                           Tr::tr("The account “%1” has a link “%2” on several domains (%3): choose one with --domain.")
                               .arg(account.name, slug, domains.join(u", "_s)));
    }
    return matches.first();
}

}   // namespace Linkdeck::Cli
