#include "server/pg/pgingestor.h"

#include "server/clickrecord.h"
#include "server/geoip.h"
#include "server/journal.h"
#include "server/pg/pgconnection.h"
#include "server/pg/pgschema.h"
#include "server/servererror.h"
#include "server/useragent.h"

#include <QUuid>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

namespace Linkdeck::Server::Pg {
namespace {

std::int64_t steadyMillis()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

}   // namespace

PgIngestor::PgIngestor(Options options)
    : m_options(std::move(options))
{}

PgIngestor::~PgIngestor()
{
    stop();
}

std::string PgIngestor::journalName(int thread) const
{
    return m_identity + "/t" + std::to_string(thread);
}

Result<void> PgIngestor::connect()
{
    auto conn = PgSchema::connect(m_options.conninfo);
    if (!conn) {
        m_reachable.store(false, std::memory_order_relaxed);
        return conn.error();
    }
    m_conn = std::make_unique<PgConnection>(std::move(conn).value());
    m_writer = std::make_unique<PgClickWriter>(*m_conn, *m_userAgents, m_geoip.get());
    m_positions.clear();   // read again: another run may have moved them while this one was away
    m_reachable.store(true, std::memory_order_relaxed);
    return {};
}

Result<void> PgIngestor::start()
{
    if (!m_options.geoipPath.empty()) {
        auto geo = GeoIp::open(m_options.geoipPath);
        if (!geo)
            return geo.error();
        m_geoip = std::move(geo).value();
    }
    m_userAgents = std::make_unique<UserAgentParser>();
    if (!m_options.userAgentRegexesPath.empty()) {
        if (auto loaded = m_userAgents->load(m_options.userAgentRegexesPath); !loaded)
            std::fprintf(stderr,
                         "linkdeck-server: WARNING: %s; clicks by device, browser and OS are recorded as unknown\n",
                         messageOf(loaded.error()).c_str());
    }
    // The journal's identity names its journals in journal_progress: made once, kept in the
    // directory (the appenders write it again should the directory be removed).
    m_identity = readJournalIdentity(m_options.journalDir);
    if (m_identity == "unreadable")
        return serverError(Error::Kind::Storage,
                           "the journal identity in " + m_options.journalDir
                               + " cannot be read; move the directory aside to start afresh");
    if (m_identity.empty()) {
        m_identity = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        if (auto written = writeJournalIdentity(m_options.journalDir, m_identity); !written)
            return written;
    }
    if (auto connected = connect(); !connected)
        return connected;
    m_caughtUpMs.store(steadyMillis(), std::memory_order_relaxed);
    // What an earlier run left in the journal, before anything is redirected.
    for (bool moved = true; moved;) {
        if (auto drained = drainOnce(&moved); !drained)
            return drained;
    }
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_thread = std::thread([this] { run(); });
    return {};
}

void PgIngestor::stop(int drainSeconds)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_thread.joinable())
            return;
        m_stopping = true;
        m_drainSeconds = drainSeconds;
    }
    m_wake.notify_all();
    m_thread.join();
}

std::int64_t PgIngestor::lagMillis() const
{
    return std::max<std::int64_t>(0, steadyMillis() - m_caughtUpMs.load(std::memory_order_relaxed));
}

std::string PgIngestor::lastError() const
{
    std::lock_guard lock(m_errorMutex);
    return m_lastError;
}

void PgIngestor::failed(const Error &error)
{
    const std::int64_t now = steadyMillis();
    const bool wasReachable = m_reachable.exchange(false, std::memory_order_relaxed);
    if (wasReachable || m_downSinceMs == 0)
        m_downSinceMs = now;
    const std::string message = messageOf(error);
    {
        std::lock_guard lock(m_errorMutex);
        m_lastError = message;
    }
    if (wasReachable || now - m_lastReportMs >= 30000) {
        m_lastReportMs = now;
        std::fprintf(stderr,
                     "linkdeck-server: WARNING: cannot store clicks in PostgreSQL for %.0f s: %s; redirects go on and "
                     "their clicks wait in the journal (%s)\n",
                     double(now - m_downSinceMs) / 1000.0, message.c_str(), m_options.journalDir.c_str());
    }
    m_writer.reset();
    m_conn.reset();
}

void PgIngestor::run()
{
    int backoffMillis = 100;
    for (;;) {
        bool stopping = false;
        int waitMillis = m_conn ? m_options.idleMillis : backoffMillis;
        {
            std::unique_lock lock(m_mutex);
            if (!m_stopping)
                m_wake.wait_for(lock, std::chrono::milliseconds(waitMillis), [this] { return m_stopping; });
            stopping = m_stopping;
        }
        std::int64_t deadline = steadyMillis() + std::int64_t(m_drainSeconds) * 1000;
        for (;;) {
            // A stop asked for while a backlog is being caught up (PostgreSQL back after an
            // outage) is seen after this pass, not after the whole backlog: the drain time
            // counts from then.
            if (!stopping) {
                std::lock_guard lock(m_mutex);
                if (m_stopping) {
                    stopping = true;
                    deadline = steadyMillis() + std::int64_t(m_drainSeconds) * 1000;
                }
            }
            Result<void> ok;
            if (!m_conn)
                ok = connect();
            bool moved = false;
            if (ok)
                ok = drainOnce(&moved);
            if (!ok) {
                failed(ok.error());
                backoffMillis = std::min(backoffMillis * 2, 2000);
            } else {
                if (m_downSinceMs != 0) {
                    std::fprintf(stderr,
                                 "linkdeck-server: PostgreSQL reachable again after %.1f s; storing the "
                                 "clicks that waited in the journal\n",
                                 double(steadyMillis() - m_downSinceMs) / 1000.0);
                    m_downSinceMs = 0;
                    std::lock_guard lock(m_errorMutex);
                    m_lastError.clear();
                }
                backoffMillis = 100;
            }
            // Under load a pass fills batches: go on at once while the journal moves; at a
            // stop, until everything is stored or the drain time is up.
            if (ok && moved && !stopping)
                continue;
            if (!stopping || (ok && !moved) || steadyMillis() >= deadline)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(ok ? 0 : backoffMillis));
        }
        if (stopping)
            return;
    }
}

Result<void> PgIngestor::drainOnce(bool *moved)
{
    *moved = false;
    const std::int64_t started = steadyMillis();
    std::set<int> threads;
    for (const JournalSegment &s : listSegments(m_options.journalDir))
        threads.insert(s.thread);
    bool more = false;
    // Every click journaled before this pass began is stored once it ends, but in a journal
    // that had more than one batch: there, up to the last click stored.
    std::int64_t caughtUp = started;
    for (const int thread : threads) {
        bool journalMore = false;
        std::int64_t lastStoredMs = 0;
        if (auto drained = drainJournal(thread, moved, &journalMore, &lastStoredMs); !drained)
            return drained;
        if (journalMore) {
            // Its wall-clock time on the steady clock, no later than now.
            const std::int64_t now = steadyMillis();
            const std::int64_t wallNow = std::chrono::duration_cast<std::chrono::milliseconds>(
                                             std::chrono::system_clock::now().time_since_epoch())
                                             .count();
            caughtUp = std::min(caughtUp, std::min(now, now - (wallNow - lastStoredMs)));
        }
        more = more || journalMore;
    }
    if (caughtUp > m_caughtUpMs.load(std::memory_order_relaxed))
        m_caughtUpMs.store(caughtUp, std::memory_order_relaxed);
    *moved = *moved || more;
    return {};
}

Result<void> PgIngestor::drainJournal(int thread, bool *moved, bool *more, std::int64_t *lastStoredMs)
{
    const std::string name = journalName(thread);
    auto known = m_positions.find(thread);
    if (known == m_positions.end()) {
        const auto position = m_writer->position(name);
        if (!position)
            return position.error();
        known = m_positions.emplace(thread, *position).first;
    }
    const JournalPosition from = known->second;

    // This journal's segments from its position on, oldest first.
    std::vector<JournalSegment> segments;
    for (JournalSegment &s : listSegments(m_options.journalDir)) {
        if (s.thread == thread)
            segments.push_back(std::move(s));
    }
    PgClickBatch batch;
    batch.journal = name;
    batch.from = from;
    JournalPosition at = from;
    std::string buffer;
    std::uint64_t damaged = 0;
    bool full = false;
    for (std::size_t i = 0; i < segments.size() && !full; ++i) {
        const JournalSegment &s = segments[i];
        if (s.segment < at.segment)
            continue;   // stored; removed below
        const bool hasNewer = i + 1 < segments.size();
        std::int64_t offset = s.segment == at.segment ? at.offset : 0;
        std::ifstream in(s.path, std::ios::binary | std::ios::ate);
        if (!in)
            break;   // gone since the listing: never taken as read
        const std::int64_t size = std::int64_t(in.tellg());
        buffer.resize(std::size_t(std::max<std::int64_t>(0, size - offset)));
        in.seekg(offset);
        in.read(buffer.data(), std::streamsize(buffer.size()));
        buffer.resize(std::size_t(std::max<std::streamsize>(0, in.gcount())));
        std::string_view data(buffer);
        bool stopHere = false;
        while (!data.empty()) {
            ClickRecord record;
            std::size_t used = 0;
            const auto status = ClickCodec::decode(data, &record, &used);
            if (status != ClickCodec::Status::Ok) {
                if (status == ClickCodec::Status::Incomplete && !hasNewer) {
                    stopHere = true;   // the appender may still be writing this record
                    break;
                }
                std::size_t skipped = 0;
                const std::size_t next = ClickCodec::resync(data, &skipped);
                if (next == data.size() && !hasNewer) {
                    stopHere = true;
                    break;
                }
                damaged += skipped;
                data.remove_prefix(next);
                offset += std::int64_t(next);
                at = JournalPosition{s.segment, offset};
                continue;
            }
            data.remove_prefix(used);
            offset += std::int64_t(used);
            batch.clicks.push_back(std::move(record));
            at = JournalPosition{s.segment, offset};
            if (batch.clicks.size() >= std::size_t(m_options.maxBatch)) {
                full = true;
                break;
            }
        }
        if (full || stopHere)
            break;
        if (hasNewer)
            at = JournalPosition{segments[i + 1].segment, 0};   // this segment is finished and read
    }
    if (at != from) {
        batch.to = at;
        const auto written = m_writer->write(batch);
        if (!written)
            return written.error();   // nothing stored; the same batch is read again
        if (*written == PgClickWriter::Outcome::Stored)
            m_ingested.fetch_add(batch.clicks.size(), std::memory_order_relaxed);
        if (damaged) {
            m_damaged.fetch_add(damaged, std::memory_order_relaxed);
            std::fprintf(stderr, "linkdeck-server: WARNING: skipped %llu damaged click records in journal %s\n",
                         static_cast<unsigned long long>(damaged), name.c_str());
        }
        known->second = at;
        *moved = true;
    }
    *more = full;
    if (!batch.clicks.empty())
        *lastStoredMs = batch.clicks.back().timeMs;
    // Segments below the position are in PostgreSQL: the appender closes them, then they go.
    noteSegmentsStored(m_options.journalDir, thread, known->second.segment);
    for (const JournalSegment &s : segments) {
        if (s.segment >= known->second.segment)
            break;
        if (m_options.removeFile) {
            m_options.removeFile(s.path);
        } else {
            std::error_code ec;
            std::filesystem::remove(s.path, ec);
        }
    }
    return {};
}

}   // namespace Linkdeck::Server::Pg
