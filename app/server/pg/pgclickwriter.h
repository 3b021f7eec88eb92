#pragma once

#include "core/base/result.h"
#include "server/clickrecord.h"

#include <QCoreApplication>

#include <cstdint>
#include <string>
#include <vector>

namespace Linkdeck::Server {
class GeoIp;
class UserAgentParser;
}   // namespace Linkdeck::Server

namespace Linkdeck::Server::Pg {

class PgConnection;

// Where a journal has been read to: its segment and the byte offset in it (journal_progress).
struct JournalPosition
{
    std::int64_t segment = 0;
    std::int64_t offset = 0;
    auto operator<=>(const JournalPosition &) const = default;
};

// The clicks of one journal read between two positions, as the click writer hands them on.
struct PgClickBatch
{
    std::string journal;    // "t0", "t1", ... as in journal_progress; unique per instance and thread
    JournalPosition from;   // where this read began: what journal_progress says before it
    JournalPosition to;     // after its last record
    std::vector<ClickRecord> clicks;
};

// Stores a batch of clicks in PostgreSQL exactly once (issue 14): in one transaction the
// clicks go in with COPY (binary), their hourly rollups (click_hours, the packed breakdowns of
// core/storage/clickrollups.h) and link counters (link_click_deltas) follow, and the journal's
// position moves from batch.from to batch.to. The position row is locked first, so two writers
// never store the same journal at once; a batch whose transaction committed although its
// answer was lost (the connection broke on COMMIT) is found stored when it is sent again
// (AlreadyStored), and a batch that would leave a gap in the journal is refused. The rollups'
// read-merge-write runs under one advisory lock shared by every instance, so counts from
// several instances add up. A failed batch stores nothing and can be sent again.
//
// The SQLite click writer (server/clickingestor.h) is not changed by this: this is the
// PostgreSQL side it will hand batches to.
//
//   PgClickWriter writer(conn, &userAgents, geoip);
//   auto stored = writer.write(batch);   // Stored or AlreadyStored; an Error stores nothing
class PgClickWriter
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Server::Pg::PgClickWriter)
public:
    enum class Outcome {
        Stored,
        AlreadyStored,   // the journal's position already covers the batch: nothing was stored twice
    };
    // userAgents: classifies for the device, browser and OS breakdowns and the bot flag (not
    // loaded: unknown values, bots by signature). geoip: optional, for country and city.
    PgClickWriter(PgConnection &conn, UserAgentParser &userAgents, const GeoIp *geoip = nullptr);

    Result<Outcome> write(const PgClickBatch &batch);
    // What journal_progress says of a journal (0, 0 when it has no row yet).
    Result<JournalPosition> position(const std::string &journal);

private:
    PgConnection &m_conn;
    UserAgentParser &m_userAgents;
    const GeoIp *m_geoip;
};

}   // namespace Linkdeck::Server::Pg
