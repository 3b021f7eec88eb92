#include "core/platform/instancelock.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Linkdeck {

InstanceLock::InstanceLock(const QString &dataDir)
    : m_lock(QDir(dataDir).filePath(u"linkdeck.lock"_s))
{
    m_lock.setStaleLockTime(0);   // stale only when its process is gone, however long it ran
}

Result<void> InstanceLock::acquire()
{
    if (m_lock.tryLock(0))
        return {};
    if (m_lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, application;
        m_lock.getLockInfo(&pid, &host, &application);
        return Error::make(Error::Kind::Storage,
                           tr("Linkdeck is already open with these links. Switch to its window: a second Linkdeck "
                              "cannot run the link server for the same links."),
                           u"process %1 on %2 holds %3"_s.arg(pid).arg(host, m_lock.fileName()));
    }
    return Error::make(Error::Kind::Storage, tr("Linkdeck cannot write to its data folder."),
                       u"cannot create %1 (QLockFile error %2)"_s.arg(m_lock.fileName()).arg(int(m_lock.error())));
}

}   // namespace Linkdeck
