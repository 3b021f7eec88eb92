#pragma once

// Shared by the provider tests: waiting for a future while the event loop serves both the
// provider and the contract server, and a provider set up for fast retries.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

#include <memory>

#include "core/links/link.h"
#include "core/links/linkquery.h"
#include "core/providers/remoteprovider.h"
#include "core/storage/secretstore.h"
#include "core/sync/backend.h"

namespace Linkdeck::Test {

template<typename T>
T await(QFuture<T> future, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (!future.isFinished())
        qFatal("a provider call did not finish within %d ms", timeoutMs);
    return future.result();
}

// An account of `kind` added to the backend's accounts, its token in `secrets`; its id.
inline qint64 addAccount(Backend &backend, SecretStore &secrets, ProviderKind kind, const QUrl &api,
                         const QString &token, const QString &name)
{
    Account a;
    a.provider = kind;
    a.name = name;
    a.apiBase = api.toString();
    const Result<Account> added = backend.accounts().add(a);
    if (!added)
        qFatal("%s", qPrintable(added.error().message));
    secrets.write(SecretStore::accountKey(*added), token, [](const Result<void> &) {});
    return added->id;
}

// Every link the backend holds for an account.
inline QList<Link> linksOf(Backend &backend, qint64 accountId)
{
    LinkQuery q;
    q.accountId = accountId;
    return backend.links().fetch(q, 0, 100000);
}

inline RetryPolicy fastRetries()
{
    RetryPolicy p;
    p.baseDelayMs = 50;
    p.maxDelayMs = 400;
    p.timeoutMs = 2000;
    p.maxAttempts = 4;
    return p;
}

// A provider of type P for an account whose token sits in an in-memory secret store, sending
// through a QNetworkAccessManager of its own (the app passes its one manager instead).
template<typename P>
std::unique_ptr<P> makeProvider(const QUrl &apiBase, const QString &token, ProviderKind kind,
                                const QString &name = QStringLiteral("Marketing"), const QString &workspace = {},
                                const QString &defaultDomain = {})
{
    auto *secrets = new MemorySecretStore;
    Account account;
    account.id = 7;
    account.provider = kind;
    account.name = name;
    account.apiBase = apiBase.toString();
    account.workspace = workspace;
    account.defaultDomain = defaultDomain;
    secrets->write(SecretStore::accountKey(account), token, [](const Result<void> &) {});
    auto *network = new QNetworkAccessManager;
    auto provider = std::make_unique<P>(account, secrets, network);
    secrets->setParent(provider.get());
    network->setParent(provider.get());   // deleted after the provider's destructor has aborted its requests
    provider->setRetryPolicy(fastRetries());
    return provider;
}

inline Link draft(const QString &destination, const QString &slug = {}, const QString &domain = {})
{
    Link l;
    l.destination = destination;
    l.slug = slug;
    l.domain = domain;
    return l;
}

}   // namespace Linkdeck::Test
