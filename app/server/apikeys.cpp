#include "server/apikeys.h"

#include <QCryptographicHash>
#include <QStringList>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server {

QString ApiKeys::generate()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ApiKeys::hash(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString ApiKeys::describeRoles(const ApiKeyScope &scope)
{
    QStringList roles;
    if (scope.authorOnly)
        roles << u"Author only"_s;
    if (!scope.domainOnly.isEmpty())
        roles << u"Domain only: "_s + scope.domainOnly;
    if (scope.noOrphanVisits)
        roles << u"No orphan visits"_s;
    return roles.isEmpty() ? u"Admin"_s : roles.join(u", "_s);
}

}   // namespace Linkdeck::Server
