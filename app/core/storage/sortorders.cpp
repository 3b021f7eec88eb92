#include "core/storage/sortorders.h"

#include <QPromise>
#include <QSqlQuery>
#include <QThreadPool>

#include "core/base/sqlite.h"
#include "core/storage/database.h"

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace Linkdeck {

struct SortOrders::State
{
    struct Entry
    {
        Stamp stamp;
        std::shared_ptr<const Ids> ids;
        quint64 lastUsed = 0;
    };

    mutable QMutex mutex;
    QHash<QString, Entry> orders;
    QHash<QString, QFuture<void>> reading;
    mutable quint64 uses = 0;
};

namespace {

// The stamp and the order, read in one transaction so that they belong together. nullopt
// when reading fails or an id does not fit (ids are small positive numbers).
std::optional<std::pair<SortOrders::Stamp, SortOrders::Ids>> readOrder(sqlite3 *handle, const QString &orderSql)
{
    if (!handle || sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::nullopt;
    std::optional<std::pair<SortOrders::Stamp, SortOrders::Ids>> out;
    {
        SqliteStatement stamp(handle,
                              "SELECT (SELECT value FROM meta WHERE key = 'links_version'), "
                              "(SELECT value FROM meta WHERE key = 'links_order_version')");
        const QByteArray sql = (u"SELECT links.id FROM links "_s + orderSql).toUtf8();
        SqliteStatement ids(handle, sql.constData());
        if (stamp.ok() && ids.ok() && stamp.step() == SQLITE_ROW && !stamp.isNull(0) && !stamp.isNull(1)) {
            std::pair<SortOrders::Stamp, SortOrders::Ids> read;
            read.first = {stamp.int64(0), stamp.int64(1)};
            int step = SQLITE_ROW;
            bool fits = true;
            while (fits && (step = ids.step()) == SQLITE_ROW) {
                const std::int64_t id = ids.int64(0);
                fits = id > 0 && id <= std::int64_t(std::numeric_limits<quint32>::max());
                read.second.push_back(quint32(id));
            }
            if (fits && step == SQLITE_DONE)
                out = std::move(read);
        }
    }
    sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
    return out;
}

}   // namespace

SortOrders::SortOrders()
    : m_state(std::make_shared<State>())
{}

SortOrders::~SortOrders() = default;

std::shared_ptr<const SortOrders::Ids> SortOrders::find(const QString &orderSql, Stamp stamp) const
{
    if (!stamp.isValid())
        return nullptr;
    const QMutexLocker lock(&m_state->mutex);
    const auto it = m_state->orders.find(orderSql);
    if (it == m_state->orders.end() || !(it->stamp == stamp))
        return nullptr;
    it->lastUsed = ++m_state->uses;
    return it->ids;
}

void SortOrders::prepare(const QString &path, const QString &orderSql, Stamp stamp)
{
    if (!stamp.isValid() || path.isEmpty() || path == u":memory:")
        return;   // no other connection sees an in-memory database
    const QMutexLocker lock(&m_state->mutex);
    if (const auto it = m_state->orders.constFind(orderSql); it != m_state->orders.cend() && it->stamp == stamp)
        return;
    if (const auto it = m_state->reading.constFind(orderSql); it != m_state->reading.cend() && !it->isFinished())
        return;
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    m_state->reading.insert(orderSql, promise->future());
    // The state, not this object: it outlives a SortOrders destroyed while the order is read.
    const std::weak_ptr<State> weak = m_state;
    QThreadPool::globalInstance()->start([weak, promise, path, orderSql] {
        std::optional<std::pair<Stamp, Ids>> read;
        if (!weak.expired()) {
            Database db;   // this thread's own connection; WAL lets it read while the app writes
            if (db.open(path))
                read = readOrder(sqliteHandle(db.connection()), orderSql);
        }
        if (const std::shared_ptr<State> state = weak.lock(); state && read) {
            const QMutexLocker locked(&state->mutex);
            auto &entry = state->orders[orderSql];
            entry.stamp = read->first;
            entry.ids = std::make_shared<const Ids>(std::move(read->second));
            entry.lastUsed = ++state->uses;
            while (state->orders.size() > Kept) {
                auto oldest = state->orders.begin();
                for (auto it = state->orders.begin(); it != state->orders.end(); ++it) {
                    if (it->lastUsed < oldest->lastUsed)
                        oldest = it;
                }
                state->orders.erase(oldest);
            }
        }
        promise->finish();
    });
}

void SortOrders::clear()
{
    waitForPending();
    const QMutexLocker lock(&m_state->mutex);
    m_state->orders.clear();
}

void SortOrders::waitForPending() const
{
    QList<QFuture<void>> pending;
    {
        const QMutexLocker lock(&m_state->mutex);
        pending = m_state->reading.values();
    }
    for (QFuture<void> &f : pending)
        f.waitForFinished();
}

}   // namespace Linkdeck
