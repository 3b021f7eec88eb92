#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include "core/link.h"
#include "core/result.h"

namespace Linkdeck {

class Backend;
class LinkProvider;

// Keeps the local cache of remote accounts in step with their providers:
// - pull(account) reads every page of the account's links (progress, cancel) and stores
//   them; links deleted on the provider disappear after a complete pull;
// - for Cuttly, which cannot list, pull(account) refreshes the click totals of the links made here;
// - replay() sends the changes kept while offline (SyncQueue), oldest first. It runs at
//   start-up, after every pull, and every minute while something waits.
class AccountSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSync)
public:
    explicit AccountSync(Backend &backend, QObject *parent = nullptr);

    bool isPulling(qint64 accountId) const { return m_pulls.contains(accountId); }
    bool isReplaying() const { return m_replaying; }
    void setReplayInterval(int ms);

public slots:
    void pull(qint64 accountId);
    void pullAll();   // every remote account that can list its links
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
    // Cuttly cannot list: the links made here get their click totals one by one.
    void refreshNext(qint64 accountId, class CuttlyProvider *provider, QList<Link> links);
    void finishPull(qint64 accountId, bool ok, const QString &message);
    void replayNext(QList<qint64> linkIds, int sent, int failed);

    Backend &m_backend;
    QHash<qint64, Pull> m_pulls;
    bool m_replaying = false;
    QTimer m_replayTimer;
};

} // namespace Linkdeck
