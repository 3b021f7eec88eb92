#pragma once

#include "server/store/visitstore.h"

namespace Linkdeck::Server::Pg {

class PgConnection;

// VisitStore on PostgreSQL (issue 14): the clicks, click_hours and link_click_deltas tables of
// PgSchema, through a connection the caller owns and uses from one thread. Parameterised
// statements only; domains and tag names compare without regard to case, as on SQLite.
class PgVisitStore final : public VisitStore
{
public:
    explicit PgVisitStore(PgConnection &conn)
        : m_conn(conn)
    {}

    Result<qint64> count(const VisitFilter &filter) override;
    QList<Visit> list(const VisitFilter &filter, qint64 limit, qint64 offset) override;
    Result<qint64> deleteLinkVisits(qint64 linkId) override;
    Result<qint64> deleteOrphanVisits() override;
    VisitsSummary summary(const ApiKeyScope &scope) override;

private:
    PgConnection &m_conn;
};

}   // namespace Linkdeck::Server::Pg
