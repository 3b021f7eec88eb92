#pragma once

#include "server/store/domainstore.h"

namespace Linkdeck::Server::Pg {

class PgConnection;

// DomainStore on PostgreSQL (issue 14): the domains table of PgSchema (unique on lower(name)),
// through a connection the caller owns and uses from one thread. Parameterised statements only.
class PgDomainStore final : public DomainStore
{
public:
    explicit PgDomainStore(PgConnection &conn)
        : m_conn(conn)
    {}

    QList<DomainInfo> list() override;
    QStringList linkDomains() override;
    bool exists(const QString &domain) override;
    std::optional<DomainRedirects> redirects(const QString &domain) override;
    Result<void> setRedirects(const QString &domain, const DomainRedirects &redirects) override;

private:
    PgConnection &m_conn;
};

}   // namespace Linkdeck::Server::Pg
