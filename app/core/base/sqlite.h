#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace Linkdeck {

// The sqlite3 handle under a Qt SQLite connection (nullptr for another driver or a closed one),
// for the few places that run a statement per row or per click, where QSqlQuery's QVariant and
// QString conversions cost more than SQLite itself.
inline sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

// A prepared statement of such a handle, finalized when it goes.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool ok(std::string *error = nullptr) const
    {
        if (!m_stmt && error)
            *error = sqlite3_errmsg(m_db);
        return m_stmt != nullptr;
    }
    sqlite3_stmt *get() const { return m_stmt; }
    void bind(int column, std::int64_t value) { sqlite3_bind_int64(m_stmt, column, value); }
    void bind(int column, std::string_view value)
    {
        sqlite3_bind_text(m_stmt, column, value.data(), int(value.size()), SQLITE_TRANSIENT);
    }
    // SQLITE_ROW, SQLITE_DONE or an error code
    int step() { return sqlite3_step(m_stmt); }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    // Steps a statement that returns no rows once and resets it (bindings kept): true when it ran.
    bool run()
    {
        const int step = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return step == SQLITE_DONE;
    }
    std::string_view text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return data ? std::string_view(data, std::size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
    }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    std::int64_t int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

}   // namespace Linkdeck
