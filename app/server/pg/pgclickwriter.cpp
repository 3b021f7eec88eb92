#include "server/pg/pgclickwriter.h"

#include "core/storage/clickrollups.h"
#include "server/clickingestor.h"
#include "server/geoip.h"
#include "server/pg/pgconnection.h"
#include "server/useragent.h"

#include <QStringList>

#include <map>
#include <utility>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server::Pg {
namespace {

// The lock every instance's writer takes around the rollups' read-merge-write (any fixed number).
constexpr qint64 rollupLockKey = 0x4c44526f6c6c7570LL;   // "LDRollup"

QString describePosition(const JournalPosition &p)
{
    return u"segment %1, offset %2"_s.arg(p.segment).arg(p.offset);
}

// "{1,2,3}": an array parameter as text.
QString arrayOf(const std::vector<std::int64_t> &values)
{
    QStringList parts;
    parts.reserve(qsizetype(values.size()));
    for (const std::int64_t v : values)
        parts << QString::number(v);
    return u'{' + parts.join(u',') + u'}';
}

// One link-hour's counts of the batch.
struct Hour
{
    std::int64_t clicks = 0;
    std::int64_t bots = 0;
    Rollups::Breakdown breakdown;
};

}   // namespace

PgClickWriter::PgClickWriter(PgConnection &conn, UserAgentParser &userAgents, const GeoIp *geoip)
    : m_conn(conn)
    , m_userAgents(userAgents)
    , m_geoip(geoip)
{}

Result<JournalPosition> PgClickWriter::position(const std::string &journal)
{
    const auto r = m_conn.exec(u"SELECT segment, \"offset\" FROM journal_progress WHERE journal = $1"_s,
                               {QString::fromStdString(journal)});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return JournalPosition{};
    return JournalPosition{r->toInt64(0, 0), r->toInt64(0, 1)};
}

Result<PgClickWriter::Outcome> PgClickWriter::write(const PgClickBatch &batch)
{
    const QString journal = QString::fromStdString(batch.journal);
    if (batch.journal.empty() || batch.to < batch.from)
        return Error::make(Error::Kind::Invalid,
                           tr("A batch of clicks needs its journal and a position after its start."));

    PgTransaction tx(m_conn);
    if (!tx.begun())
        return tx.begun().error();

    // ---- the journal's position, locked: one writer per journal at a time ----------------------
    if (auto r = m_conn.exec(u"INSERT INTO journal_progress(journal, segment, \"offset\") VALUES ($1, 0, 0) "
                             u"ON CONFLICT (journal) DO NOTHING"_s,
                             {journal});
        !r)
        return r.error();
    const auto locked =
        m_conn.exec(u"SELECT segment, \"offset\" FROM journal_progress WHERE journal = $1 FOR UPDATE"_s, {journal});
    if (!locked)
        return locked.error();
    const JournalPosition stored{locked->toInt64(0, 0), locked->toInt64(0, 1)};
    if (stored != batch.from) {
        if (stored >= batch.to && batch.from < batch.to)
            return Outcome::AlreadyStored;   // the transaction rolls back: nothing twice
        return Error::make(Error::Kind::Storage,
                           tr("The clicks of journal %1 from %2 do not follow on what PostgreSQL has stored (up to "
                              "%3); nothing was stored.")
                               .arg(journal, describePosition(batch.from), describePosition(stored)));
    }

    // ---- the clicks, with COPY; their counts in memory ---------------------------------------
    std::map<std::pair<std::int64_t, std::int64_t>, Hour> hours;   // (link, hour in seconds)
    GeoIp::Location where;
    if (!batch.clicks.empty()) {
        PgCopyBinary rows;
        for (const ClickRecord &r : batch.clicks) {
            where.countryCode.clear();
            where.city.clear();
            if (m_geoip && !r.ip.empty())
                m_geoip->lookup(r.ip, where);
            const UserAgentParser::Classification ua = m_userAgents.classify(r.userAgent);
            const bool bot = ua.device == "bot";   // the one bot rule (UserAgentParser::isBot)
            // As the SQLite writer: a link's back-half in slug and the query it came with in
            // visited_url; an orphan visit's path whole.
            std::string_view slug = r.path;
            std::string_view query;
            if (r.linkId > 0) {
                if (const std::size_t mark = slug.find('?'); mark != std::string_view::npos) {
                    query = slug.substr(mark + 1);
                    slug = slug.substr(0, mark);
                }
            }
            rows.beginRow(15);
            if (r.linkId > 0)
                rows.addInt8(r.linkId);
            else
                rows.addNull();
            rows.addText(r.domain);
            rows.addText(slug);
            rows.addInt8(r.timeMs);
            rows.addText(r.referrer);
            rows.addText(r.userAgent);
            rows.addText(r.ip);
            rows.addText(r.acceptLanguage);
            rows.addText(where.countryCode);
            rows.addText(where.city);
            rows.addInt4(bot ? 1 : 0);
            if (r.orphanType == OrphanType::None)
                rows.addNull();
            else
                rows.addText(orphanTypeName(r.orphanType));
            rows.addText(r.redirectUrl);
            rows.addText(query);
            rows.addInt4(r.variant);

            if (r.linkId <= 0)
                continue;   // orphan visits have no link to count for
            Hour &hour = hours[{r.linkId, (r.timeMs / 3600000) * 3600}];
            ++hour.clicks;
            hour.bots += bot ? 1 : 0;
            const std::uint8_t flag = bot ? Rollups::BotFlag : 0;
            hour.breakdown.add(std::uint8_t(Rollups::Country | flag), where.countryCode, 1);
            hour.breakdown.add(std::uint8_t(Rollups::Referrer | flag), referrerHost(r.referrer), 1);
            hour.breakdown.add(std::uint8_t(Rollups::Device | flag), ua.device, 1);
            hour.breakdown.add(std::uint8_t(Rollups::Browser | flag), ua.browser, 1);
            hour.breakdown.add(std::uint8_t(Rollups::Os | flag), ua.os, 1);
            if (r.variant > 0)
                hour.breakdown.add(std::uint8_t(Rollups::Variant | flag), std::to_string(r.variant), 1);
        }
        rows.finish();
        if (auto r = m_conn.copyBegin(u"COPY clicks(link_id, domain, slug, ts, referrer, user_agent, ip, "
                                      u"accept_language, country, city, is_bot, orphan_type, redirect_url, "
                                      u"visited_url, variant) FROM STDIN (FORMAT binary)"_s);
            !r)
            return r.error();
        if (auto r = m_conn.copyPut(rows.data()); !r) {
            m_conn.copyAbort();
            return r.error();
        }
        const auto copied = m_conn.copyEnd();
        if (!copied)
            return copied.error();
        if (*copied != qint64(batch.clicks.size()))
            return Error::make(
                Error::Kind::Storage,
                tr("PostgreSQL stored %1 of %2 clicks; nothing was stored.").arg(*copied).arg(batch.clicks.size()));
    }

    // ---- the rollups and link counters, merged under the instances' common lock ---------------
    if (!hours.empty()) {
        if (auto r = m_conn.exec(u"SELECT pg_advisory_xact_lock($1)"_s, {rollupLockKey}); !r)
            return r.error();
        std::vector<std::int64_t> links, starts;
        for (const auto &[key, hour] : hours) {
            links.push_back(key.first);
            starts.push_back(key.second);
        }
        const auto existing = m_conn.exec(
            u"SELECT h.link_id, h.hour, h.clicks, h.bots, h.dims FROM click_hours h "
            u"JOIN unnest($1::bigint[], $2::bigint[]) AS k(link_id, hour) USING (link_id, hour) FOR UPDATE OF h"_s,
            {arrayOf(links), arrayOf(starts)});
        if (!existing)
            return existing.error();
        std::map<std::pair<std::int64_t, std::int64_t>, std::tuple<std::int64_t, std::int64_t, std::string>> before;
        for (int i = 0; i < existing->rows(); ++i) {
            const QByteArray hex = existing->bytes(i, 4).mid(2);   // bytea as text: \x...
            before[{existing->toInt64(i, 0), existing->toInt64(i, 1)}] = {
                existing->toInt64(i, 2), existing->toInt64(i, 3), QByteArray::fromHex(hex).toStdString()};
        }
        PgCopyBinary rows;
        std::map<std::int64_t, std::int64_t> perLink;
        for (auto &[key, hour] : hours) {
            std::int64_t clicks = hour.clicks, bots = hour.bots;
            std::string dims = hour.breakdown.encode();
            if (const auto old = before.find(key); old != before.end()) {
                clicks += std::get<0>(old->second);
                bots += std::get<1>(old->second);
                dims = Rollups::merge(std::get<2>(old->second), dims);
            }
            rows.beginRow(5);
            rows.addInt8(key.first);
            rows.addInt8(key.second);
            rows.addInt8(clicks);
            rows.addInt8(bots);
            rows.addText(dims);
            perLink[key.first] += hour.clicks;
        }
        rows.finish();
        if (auto r = m_conn.exec(u"CREATE TEMP TABLE IF NOT EXISTS linkdeck_hours_in(link_id bigint, hour bigint, "
                                 u"clicks bigint, bots bigint, dims bytea) ON COMMIT DELETE ROWS"_s);
            !r)
            return r.error();
        if (auto r = m_conn.copyBegin(u"COPY linkdeck_hours_in FROM STDIN (FORMAT binary)"_s); !r)
            return r.error();
        if (auto r = m_conn.copyPut(rows.data()); !r) {
            m_conn.copyAbort();
            return r.error();
        }
        if (auto r = m_conn.copyEnd(); !r)
            return r.error();
        if (auto r = m_conn.exec(u"INSERT INTO click_hours(link_id, hour, clicks, bots, dims) "
                                 u"SELECT link_id, hour, clicks, bots, dims FROM linkdeck_hours_in "
                                 u"ON CONFLICT (link_id, hour) DO UPDATE SET clicks = excluded.clicks, "
                                 u"bots = excluded.bots, dims = excluded.dims"_s);
            !r)
            return r.error();
        std::vector<std::int64_t> counterLinks, counterClicks;
        for (const auto &[link, clicks] : perLink) {
            counterLinks.push_back(link);
            counterClicks.push_back(clicks);
        }
        if (auto r = m_conn.exec(u"INSERT INTO link_click_deltas(link_id, clicks) "
                                 u"SELECT * FROM unnest($1::bigint[], $2::bigint[]) "
                                 u"ON CONFLICT (link_id) DO UPDATE SET clicks = link_click_deltas.clicks + "
                                 u"excluded.clicks"_s,
                                 {arrayOf(counterLinks), arrayOf(counterClicks)});
            !r)
            return r.error();
    }
    // Every click is counted in its own transaction here, so every stored id is counted.
    if (auto r = m_conn.exec(u"UPDATE rollup_progress SET through = greatest(through, "
                             u"(SELECT coalesce(max(id), 0) FROM clicks)) WHERE id = 1"_s);
        !r)
        return r.error();

    // ---- the journal's new position, with the clicks -----------------------------------------
    if (auto r = m_conn.exec(u"UPDATE journal_progress SET segment = $2, \"offset\" = $3 WHERE journal = $1"_s,
                             {journal, qint64(batch.to.segment), qint64(batch.to.offset)});
        !r)
        return r.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return Outcome::Stored;
}

}   // namespace Linkdeck::Server::Pg
