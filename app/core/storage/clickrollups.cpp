#include "core/storage/clickrollups.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Linkdeck::Rollups {

namespace Detail {
void appendVarint(std::string &out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.push_back(char(std::uint8_t(v) | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
}

void appendEntry(std::string &out, std::uint8_t code, std::string_view value, std::int64_t clicks)
{
    out.push_back(char(code));
    appendVarint(out, value.size());
    out.append(value);
    appendVarint(out, std::uint64_t(std::max<std::int64_t>(0, clicks)));
}
}   // namespace Detail

std::uint8_t codeOf(std::string_view name)
{
    std::uint8_t flag = 0;
    if (name.starts_with("bot:")) {
        flag = BotFlag;
        name.remove_prefix(4);
    }
    static constexpr std::pair<std::string_view, Dimension> names[] = {{"country", Country}, {"referrer", Referrer},
                                                                       {"device", Device},   {"browser", Browser},
                                                                       {"os", Os},           {"variant", Variant}};
    for (const auto &[n, code] : names) {
        if (n == name)
            return std::uint8_t(code | flag);
    }
    return 0;
}

void Breakdown::add(std::uint8_t code, std::string_view value, std::int64_t clicks)
{
    // Most link-hours hold a handful of entries: a linear search beats hashing. From the
    // back, as the same few values tend to repeat.
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->code == code && it->value == value) {
            it->clicks += clicks;
            return;
        }
        if (std::distance(m_entries.rbegin(), it) >= 32)
            break;   // a long list (many referrers): appended, and summed by encode()
    }
    if (!m_entries.empty()) {
        const Entry &last = m_entries.back();
        if (last.code > code || (last.code == code && last.value >= value))
            m_sorted = false;
    }
    m_entries.push_back(Entry{code, std::string(value), clicks});
}

std::string Breakdown::encode()
{
    if (!m_sorted) {
        std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
            return a.code != b.code ? a.code < b.code : a.value < b.value;
        });
    }
    std::string out;
    out.reserve(m_entries.size() * 12);
    for (std::size_t i = 0; i < m_entries.size();) {
        std::int64_t clicks = m_entries[i].clicks;
        std::size_t j = i + 1;
        for (;
             j < m_entries.size() && m_entries[j].code == m_entries[i].code && m_entries[j].value == m_entries[i].value;
             ++j)
            clicks += m_entries[j].clicks;
        Detail::appendEntry(out, m_entries[i].code, m_entries[i].value, clicks);
        i = j;
    }
    m_entries.clear();
    m_sorted = true;
    return out;
}

namespace {
struct View
{
    std::uint8_t code;
    std::string_view value;
    std::int64_t clicks;
};

bool less(const View &l, const View &r)
{
    return l.code != r.code ? l.code < r.code : l.value < r.value;
}

// Merges two encoded breakdowns into out (cleared first). The views are scratch space, kept
// by the caller between calls: the writer merges once per link-hour that already has a row.
void mergeInto(std::string &out, std::string_view a, std::string_view b, std::vector<View> &x, std::vector<View> &y)
{
    auto read = [](std::string_view blob, std::vector<View> &views) {
        views.clear();
        forEach(blob, [&views](std::uint8_t code, std::string_view value, std::int64_t clicks) {
            views.push_back(View{code, value, clicks});
        });
        // Re-sorted and summed, should an entry be out of order: never trusted blindly.
        if (!std::is_sorted(views.begin(), views.end(), less))
            std::sort(views.begin(), views.end(), less);
    };
    read(a, x);
    read(b, y);
    out.clear();
    out.reserve(a.size() + b.size());
    std::size_t i = 0, j = 0;
    while (i < x.size() || j < y.size()) {
        View next;
        if (j == y.size() || (i < x.size() && less(x[i], y[j])))
            next = x[i++];
        else if (i == x.size() || less(y[j], x[i]))
            next = y[j++];
        else {
            next = x[i++];
            next.clicks += y[j++].clicks;
        }
        // Equal neighbours (only in a damaged or hand-made blob) are summed into one entry.
        while (i < x.size() && !less(next, x[i]) && !less(x[i], next))
            next.clicks += x[i++].clicks;
        while (j < y.size() && !less(next, y[j]) && !less(y[j], next))
            next.clicks += y[j++].clicks;
        Detail::appendEntry(out, next.code, next.value, next.clicks);
    }
}
}   // namespace

std::string merge(std::string_view a, std::string_view b)
{
    std::vector<View> x, y;
    std::string out;
    mergeInto(out, a, b, x, y);
    return out;
}

namespace {

std::string_view blobArgument(sqlite3_value *v)
{
    if (sqlite3_value_type(v) == SQLITE_NULL)
        return {};
    const void *data = sqlite3_value_blob(v);
    return {static_cast<const char *>(data), std::size_t(sqlite3_value_bytes(v))};
}

std::string_view textArgument(sqlite3_value *v)
{
    const unsigned char *text = sqlite3_value_text(v);
    return text ? std::string_view(reinterpret_cast<const char *>(text), std::size_t(sqlite3_value_bytes(v)))
                : std::string_view();
}

void mergeFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    // Scratch space kept per thread: this runs once per upsert that finds its row.
    thread_local std::vector<View> x, y;
    thread_local std::string merged;
    mergeInto(merged, blobArgument(argv[0]), blobArgument(argv[1]), x, y);
    sqlite3_result_blob64(context, merged.data(), merged.size(), SQLITE_TRANSIENT);
}

void dimsStep(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto **state = static_cast<Breakdown **>(sqlite3_aggregate_context(context, sizeof(Breakdown *)));
    if (!state)
        return sqlite3_result_error_nomem(context);
    if (!*state)
        *state = new Breakdown;
    if (const std::uint8_t code = codeOf(textArgument(argv[0])))
        (*state)->add(code, textArgument(argv[1]), sqlite3_value_int64(argv[2]));
}

void dimsFinal(sqlite3_context *context)
{
    auto **state = static_cast<Breakdown **>(sqlite3_aggregate_context(context, 0));
    const std::string blob = state && *state ? (*state)->encode() : std::string();
    if (state)
        delete *state;
    sqlite3_result_blob64(context, blob.data(), blob.size(), SQLITE_TRANSIENT);
}

}   // namespace

bool registerSqlFunctions(sqlite3 *handle)
{
    if (!handle)
        return false;
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function_v2(handle, "linkdeck_dims_merge", 2, flags, nullptr, mergeFunction, nullptr, nullptr,
                                      nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(handle, "linkdeck_dims", 3, flags, nullptr, nullptr, dimsStep, dimsFinal, nullptr)
        == SQLITE_OK;
}

bool addHour(const QSqlDatabase &db, qint64 linkId, qint64 hour, qint64 people, qint64 bots,
             const QList<Count> &breakdown, QString *error)
{
    Breakdown dims;
    for (const Count &c : breakdown) {
        const std::uint8_t code = codeOf(c.dimension.toStdString());
        if (!code) {
            if (error)
                *error = u"unknown dimension %1"_s.arg(c.dimension);
            return false;
        }
        dims.add(code, c.value.toStdString(), c.clicks);
    }
    const std::string blob = dims.encode();
    QSqlQuery q(db);
    q.prepare(uR"(INSERT INTO click_hours(link_id, hour, clicks, bots, dims) VALUES (?, ?, ?, ?, ?)
                  ON CONFLICT(link_id, hour) DO UPDATE SET clicks = clicks + excluded.clicks, bots = bots + excluded.bots,
                  dims = linkdeck_dims_merge(dims, excluded.dims))"_s);
    q.addBindValue(linkId);
    q.addBindValue(hour);
    q.addBindValue(people + bots);
    q.addBindValue(bots);
    q.addBindValue(QByteArray(blob.data(), qsizetype(blob.size())));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

std::map<QString, std::map<QString, qint64>> totals(const QSqlDatabase &db, qint64 linkId)
{
    static const char *const names[] = {"", "country", "referrer", "device", "browser", "os", "variant"};
    std::map<QString, std::map<QString, qint64>> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(linkId > 0 ? u"SELECT clicks, bots, dims FROM click_hours WHERE link_id = ?"_s
                         : u"SELECT clicks, bots, dims FROM click_hours"_s);
    if (linkId > 0)
        q.addBindValue(linkId);
    if (!q.exec())
        return out;
    while (q.next()) {
        out[u"total"_s][QString()] += q.value(0).toLongLong();
        out[u"bot"_s][u"0"_s] += q.value(0).toLongLong() - q.value(1).toLongLong();
        out[u"bot"_s][u"1"_s] += q.value(1).toLongLong();
        const QByteArray dims = q.value(2).toByteArray();
        forEach(std::string_view(dims.constData(), std::size_t(dims.size())),
                [&out](std::uint8_t code, std::string_view value, std::int64_t clicks) {
                    const std::uint8_t dimension = code & ~BotFlag;
                    if (dimension < 1 || dimension > Variant)
                        return;
                    const QString name =
                        ((code & BotFlag) ? u"bot:"_s : QString()) + QLatin1StringView(names[dimension]);
                    out[name][QString::fromUtf8(value.data(), qsizetype(value.size()))] += clicks;
                });
    }
    return out;
}

}   // namespace Linkdeck::Rollups
