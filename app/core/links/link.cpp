#include "core/links/link.h"

#include "core/links/utm.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Linkdeck {

QString Link::campaign() const
{
    return Utm::fromUrl(destination).campaign;
}

QString providerKindId(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Local:
        return u"local"_s;
    case ProviderKind::Bitly:
        return u"bitly"_s;
    case ProviderKind::Rebrandly:
        return u"rebrandly"_s;
    case ProviderKind::Shlink:
        return u"shlink"_s;
    case ProviderKind::Cuttly:
        return u"cuttly"_s;
    }
    return {};
}

QString providerName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Local:
        return QCoreApplication::translate("Linkdeck::Account", "This computer");
    case ProviderKind::Bitly:
        return u"Bitly"_s;
    case ProviderKind::Rebrandly:
        return u"Rebrandly"_s;
    case ProviderKind::Shlink:
        return u"Shlink"_s;
    case ProviderKind::Cuttly:
        return u"Cuttly"_s;
    }
    return {};
}

QString Account::displayName() const
{
    return provider == ProviderKind::Local ? providerName(ProviderKind::Local) : name;
}

std::optional<ProviderKind> providerKindFromId(const QString &id)
{
    for (auto kind : {ProviderKind::Local, ProviderKind::Bitly, ProviderKind::Rebrandly, ProviderKind::Shlink,
                      ProviderKind::Cuttly}) {
        if (providerKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

}   // namespace Linkdeck
