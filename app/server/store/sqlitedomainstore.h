#pragma once

#include "server/store/domainstore.h"

namespace Linkdeck {
class Database;
}

namespace Linkdeck::Server {

// DomainStore on linkdeck-server's SQLite file, through the calling thread's connection.
class SqliteDomainStore final : public DomainStore
{
public:
    explicit SqliteDomainStore(Database &db)
        : m_db(db)
    {}

    QList<DomainInfo> list() override;
    QStringList linkDomains() override;
    bool exists(const QString &domain) override;
    std::optional<DomainRedirects> redirects(const QString &domain) override;
    Result<void> setRedirects(const QString &domain, const DomainRedirects &redirects) override;

private:
    Database &m_db;
};

}   // namespace Linkdeck::Server
