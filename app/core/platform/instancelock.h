#pragma once

#include <QCoreApplication>
#include <QLockFile>

#include "core/base/result.h"

namespace Linkdeck {

// One Linkdeck window per data folder: a second app on the same links would start a second
// link server on the same database (linkdeck-server refuses it, but the user would see a
// window whose server cannot run). Held from acquire() until destruction; a lock left by a
// process that died is taken over.
class InstanceLock
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::InstanceLock)
public:
    explicit InstanceLock(const QString &dataDir);
    Result<void> acquire();

private:
    QLockFile m_lock;
};

}   // namespace Linkdeck
