#pragma once

#include "server/store/visitstore.h"

#include <QVariantList>

namespace Linkdeck {
class Database;
}

namespace Linkdeck::Server {

// VisitStore on linkdeck-server's SQLite file, through the calling thread's connection.
class SqliteVisitStore final : public VisitStore
{
public:
    explicit SqliteVisitStore(Database &db)
        : m_db(db)
    {}

    Result<qint64> count(const VisitFilter &filter) override;
    QList<Visit> list(const VisitFilter &filter, qint64 limit, qint64 offset) override;
    Result<qint64> deleteLinkVisits(qint64 linkId) override;
    Result<qint64> deleteOrphanVisits() override;
    VisitsSummary summary(const ApiKeyScope &scope) override;

private:
    Database &m_db;
};

}   // namespace Linkdeck::Server
