#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace Linkdeck {

// Calls fn(result) on context's thread when the future has finished, unless context has
// been deleted by then. Use it instead of QFuture::then(context, ...): in Qt 6.4 a
// continuation whose context is gone asserts, and a dialog closed during a request is
// exactly that.
//
//   whenFinished(this, provider->domains(), [this](const Result<QStringList> &r) { ... });
template<typename T, typename Fn>
void whenFinished(QObject *context, const QFuture<T> &future, Fn &&fn)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, fn = std::forward<Fn>(fn)]() mutable {
        watcher->deleteLater();
        const QFuture<T> f = watcher->future();
        if (f.resultCount() > 0)
            fn(f.result());
    });
    watcher->setFuture(future);
}

}   // namespace Linkdeck
