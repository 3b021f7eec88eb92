#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include "core/base/result.h"
#include "core/links/link.h"

namespace Linkdeck {

class AccountRepository;
class LinkProvider;
class LinkRepository;
class ProviderRegistry;
class SyncQueue;

// Keeps the local cache of remote accounts in step with their services, over the repositories
// and the providers the registry makes:
// - pull(account) reads every page of the account's links (progress, cancel) and stores
//   them; links deleted on the service disappear after a complete pull;
// - for a service that cannot list but can refresh a link (Cuttly), pull(account) refreshes
//   the click totals of the links made here;
// - replay() sends the changes kept while offline (SyncQueue), oldest first. It runs at
//   start-up, after every pull, and every minute while something waits;
// - pullAll() is "synchronise": the GUI's action and `linkdeck-cli sync` both go through it.
class AccountSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSync)
public:
    AccountSync(AccountRepository &accounts, LinkRepository &links, SyncQueue &queue, ProviderRegistry &providers,
                QObject *parent = nullptr);

    bool isPulling(qint64 accountId) const { return m_pulls.contains(accountId); }
    bool isReplaying() const { return m_replaying; }
    void setReplayInterval(int ms);

    // Sends the changes kept offline and pulls every account with a link service. The ids of
    // the accounts pulled, each of which gets its pullFinished (perhaps before this returns);
    // empty when there is none.
    QList<qint64> pullAll();

public slots:
    void pull(qint64 accountId);
    void cancel(qint64 accountId);
    void replay();

signals:
    void pullProgress(qint64 accountId, int linksSoFar);
    // ok false: `message` says why (also for a cancel).
    void pullFinished(qint64 accountId, bool ok, int links, const QString &message);
    void replayFinished(int sent, int stillPending, int failed);

private:
    struct Pull
    {
        QSet<QString> seen;
        int count = 0;
        bool cancelled = false;
    };
    void nextPage(qint64 accountId, LinkProvider *provider, const QString &cursor);
    // A service that cannot list: the links made here get their click totals one by one.
    void refreshNext(qint64 accountId, LinkProvider *provider, QList<Link> links);
    void finishPull(qint64 accountId, bool ok, const QString &message);
    void endCancelled(qint64 accountId);   // a pull ended by cancel() or its provider going
    void replayNext(QList<qint64> linkIds, int sent, int failed);

    AccountRepository &m_accounts;
    LinkRepository &m_links;
    SyncQueue &m_queue;
    ProviderRegistry &m_providers;
    QHash<qint64, Pull> m_pulls;
    bool m_replaying = false;
    QTimer m_replayTimer;
};

}   // namespace Linkdeck
