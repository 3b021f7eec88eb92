#include "server/redirectindex.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <bit>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server {
namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

void appendLower(std::string &out, std::string_view s)
{
    for (char c : s)
        out.push_back(lower(c));
}

std::string overlayKey(std::string_view domain, std::string_view slug)
{
    std::string key;
    key.reserve(domain.size() + slug.size() + 1);
    appendLower(key, domain);
    key.push_back('/');
    appendLower(key, slug);
    return key;
}

using Overlay = std::unordered_map<std::string, std::optional<RedirectIndex::OverlayEntry>>;

// A copy of an overlay whose entries point at their own strings, not the original's.
std::shared_ptr<Overlay> copyOverlay(const Overlay &from)
{
    auto copy = std::make_shared<Overlay>(from);
    for (auto &[key, value] : *copy) {
        if (value)
            value->entry.location = value->location;
    }
    return copy;
}

} // namespace

// FNV-1a over the lower-cased "domain/slug".
std::size_t RedirectTable::hashKey(std::string_view domain, std::string_view slug)
{
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&h](char c) {
        h ^= std::uint8_t(lower(c));
        h *= 1099511628211ull;
    };
    for (char c : domain)
        mix(c);
    mix('/');
    for (char c : slug)
        mix(c);
    return std::size_t(h ^ (h >> 29));
}

void RedirectTable::reserve(std::size_t links, std::size_t bytes)
{
    m_entries.reserve(links);
    m_slots.reserve(links);
    m_arena.reserve(bytes);
}

void RedirectTable::add(std::string_view domain, std::string_view slug, std::string_view location, RedirectEntry entry)
{
    Slot slot{};
    slot.keyOffset = std::uint32_t(m_arena.size());
    appendLower(m_arena, domain);
    m_arena.push_back('/');
    appendLower(m_arena, slug);
    slot.keyLength = std::uint32_t(m_arena.size() - slot.keyOffset);
    slot.locationOffset = std::uint32_t(m_arena.size());
    m_arena.append(location);
    slot.locationLength = std::uint32_t(location.size());
    m_slots.push_back(slot);
    m_entries.push_back(entry);
}

void RedirectTable::finish()
{
    // The arena no longer grows: point each entry's location into it.
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        m_entries[i].location = std::string_view(m_arena.data() + m_slots[i].locationOffset, m_slots[i].locationLength);
    const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, m_entries.size() * 2));
    m_table.assign(capacity, 0);
    m_mask = capacity - 1;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const std::string_view key(m_arena.data() + m_slots[i].keyOffset, m_slots[i].keyLength);
        const std::size_t slash = key.find('/');
        std::size_t at = hashKey(key.substr(0, slash), key.substr(slash + 1)) & m_mask;
        while (m_table[at] != 0)
            at = (at + 1) & m_mask;
        m_table[at] = std::uint32_t(i + 1);
    }
}

bool RedirectTable::keyEquals(const Slot &slot, std::string_view domain, std::string_view slug) const
{
    if (slot.keyLength != domain.size() + 1 + slug.size())
        return false;
    const char *k = m_arena.data() + slot.keyOffset;
    for (char c : domain) {
        if (*k++ != lower(c))
            return false;
    }
    if (*k++ != '/')
        return false;
    for (char c : slug) {
        if (*k++ != lower(c))
            return false;
    }
    return true;
}

const RedirectEntry *RedirectTable::find(std::string_view domain, std::string_view slug) const
{
    if (m_table.empty())
        return nullptr;
    std::size_t at = hashKey(domain, slug) & m_mask;
    while (const std::uint32_t index = m_table[at]) {
        if (keyEquals(m_slots[index - 1], domain, slug))
            return &m_entries[index - 1];
        at = (at + 1) & m_mask;
    }
    return nullptr;
}

const RedirectEntry *RedirectIndex::Snapshot::find(std::string_view domain, std::string_view slug,
                                                   std::string &scratch) const
{
    if (!overlay->empty()) {
        scratch.clear();
        appendLower(scratch, domain);
        scratch.push_back('/');
        appendLower(scratch, slug);
        if (auto it = overlay->find(scratch); it != overlay->end())
            return it->second ? &it->second->entry : nullptr;
    }
    return table->find(domain, slug);
}

RedirectIndex::RedirectIndex()
{
    auto empty = std::make_shared<Snapshot>();
    auto table = std::make_shared<RedirectTable>();
    table->finish();
    empty->table = std::move(table);
    empty->overlay = std::make_shared<const std::unordered_map<std::string, std::optional<OverlayEntry>>>();
    m_current = std::move(empty);
}

std::shared_ptr<const RedirectIndex::Snapshot> RedirectIndex::current() const
{
    std::lock_guard lock(m_mutex);
    return m_current;
}

void RedirectIndex::publish(std::shared_ptr<const Snapshot> snapshot)
{
    {
        std::lock_guard lock(m_mutex);
        m_current = std::move(snapshot);
    }
    m_generation.fetch_add(1, std::memory_order_acq_rel);
}

std::atomic<std::int64_t> *RedirectIndex::visitCounter(std::int64_t linkId, std::int64_t initial)
{
    std::lock_guard lock(m_countersMutex);
    auto &counter = m_counters[linkId];
    if (!counter)
        counter = std::make_unique<std::atomic<std::int64_t>>(initial);
    return counter.get();
}

std::int64_t RedirectIndex::readVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(u"SELECT value FROM meta WHERE key = 'links_version'"_s) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

bool RedirectIndex::load(QSqlDatabase &db, std::string *error)
{
    // Read the version first: a change committed while we read makes the next poll reload.
    const std::int64_t version = readVersion(db);
    auto table = std::make_shared<RedirectTable>();
    QSqlQuery count(db);
    std::size_t rows = 0;
    if (count.exec(u"SELECT count(*) FROM links WHERE account_id = 1"_s) && count.next())
        rows = std::size_t(count.value(0).toLongLong());
    table->reserve(rows, rows * 120);

    // A million rows: read them through SQLite's own API, straight into the arena, without
    // a QVariant and two string conversions per column.
    sqlite3 *handle = nullptr;
    if (const QVariant v = db.driver()->handle(); v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        handle = *static_cast<sqlite3 *const *>(v.constData());
    sqlite3_stmt *q = nullptr;
    if (!handle
        || sqlite3_prepare_v2(handle,
                              "SELECT id, domain, slug, destination, valid_since, expires_at, max_clicks, redirect_status, "
                              "forward_query, clicks FROM links WHERE account_id = 1",  // the local account's links only
                              -1, &q, nullptr)
            != SQLITE_OK) {
        if (error)
            *error = handle ? sqlite3_errmsg(handle) : "the links database is not SQLite";
        return false;
    }
    auto text = [q](int column) {
        return std::string_view(reinterpret_cast<const char *>(sqlite3_column_text(q, column)),
                                std::size_t(sqlite3_column_bytes(q, column)));
    };
    int step;
    while ((step = sqlite3_step(q)) == SQLITE_ROW) {
        RedirectEntry e;
        e.linkId = sqlite3_column_int64(q, 0);
        e.validSinceMs = sqlite3_column_int64(q, 4);
        e.expiresAtMs = sqlite3_column_int64(q, 5);
        e.maxVisits = sqlite3_column_int64(q, 6);
        e.status = sqlite3_column_int(q, 7);
        e.forwardQuery = sqlite3_column_int(q, 8) != 0;
        if (e.maxVisits > 0)
            e.visits = visitCounter(e.linkId, sqlite3_column_int64(q, 9));
        table->add(text(1), text(2), text(3), e);
    }
    sqlite3_finalize(q);
    if (step != SQLITE_DONE) {
        if (error)
            *error = sqlite3_errmsg(handle);
        return false;
    }
    table->finish();

    QSqlQuery domains(db);
    if (domains.exec(u"SELECT name, base_url_redirect, regular_404_redirect, invalid_short_url_redirect FROM domains"_s)) {
        while (domains.next()) {
            NotFoundRedirects r{domains.value(1).toString().toStdString(), domains.value(2).toString().toStdString(),
                                domains.value(3).toString().toStdString()};
            table->domainRedirects[domains.value(0).toString().toLower().toStdString()] = std::move(r);
        }
    }

    auto snapshot = std::make_shared<Snapshot>();
    snapshot->table = std::move(table);
    snapshot->version = version;
    snapshot->overlay = std::make_shared<const std::unordered_map<std::string, std::optional<OverlayEntry>>>();
    publish(std::move(snapshot));
    return true;
}

void RedirectIndex::upsert(std::string_view domain, std::string_view slug, std::string location, RedirectEntry entry)
{
    if (entry.maxVisits > 0 && !entry.visits)
        entry.visits = visitCounter(entry.linkId, 0);
    std::lock_guard lock(m_mutex);
    auto next = std::make_shared<Snapshot>(*m_current);
    auto overlay = copyOverlay(*m_current->overlay);
    auto &slot = (*overlay)[overlayKey(domain, slug)];
    slot = OverlayEntry{std::move(location), entry};
    slot->entry.location = slot->location;
    next->overlay = std::move(overlay);
    m_current = std::move(next);
    m_generation.fetch_add(1, std::memory_order_acq_rel);
}

void RedirectIndex::remove(std::string_view domain, std::string_view slug)
{
    std::lock_guard lock(m_mutex);
    auto next = std::make_shared<Snapshot>(*m_current);
    auto overlay = copyOverlay(*m_current->overlay);
    (*overlay)[overlayKey(domain, slug)] = std::nullopt;
    next->overlay = std::move(overlay);
    m_current = std::move(next);
    m_generation.fetch_add(1, std::memory_order_acq_rel);
}

} // namespace Linkdeck::Server
