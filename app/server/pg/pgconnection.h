#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <cstdint>
#include <string>
#include <string_view>

struct pg_conn;
struct pg_result;

namespace Linkdeck::Server::Pg {

// One result of libpq (PGresult), freed when it goes. Values are read as text (the default
// result format); isNull() tells NULL from ''.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const;   // the raw value (a bytea is "\x..." text)
    qint64 toInt64(int row, int column) const;     // 0 for NULL or not a number
    qint64 affectedRows() const;                   // PQcmdTuples: INSERT/UPDATE/DELETE/COPY
    QString commandStatus() const;                 // PQcmdStatus: "INSERT 0 1", "ROLLBACK", ...
    pg_result *handle() const { return m_result; }

private:
    pg_result *m_result = nullptr;
};

// A connection to PostgreSQL through libpq, closed when it goes. Every failure is an Error
// whose message is a sentence for the operator (never the password) and whose detail is
// libpq's own text.
//
//   auto conn = PgConnection::open(u"postgresql://linkdeck@db.example.com/linkdeck"_s);
//   if (!conn) fail(conn.error().message);
//   auto r = conn->exec(u"SELECT count(*) FROM links WHERE domain = $1"_s, {domain});
//
// Parameters are $1, $2, ...: a null QVariant is NULL, a QByteArray goes as binary (bytea), a
// bool as true/false, anything else as its text. COPY FROM STDIN: copyBegin(), then
// copyPut() as often as needed, then copyEnd(), which says how many rows arrived.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Server::Pg::PgConnection)
public:
    PgConnection(PgConnection &&other) noexcept;
    PgConnection &operator=(PgConnection &&other) noexcept;
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;
    ~PgConnection();

    // conninfo: a postgresql:// URL or libpq's "host=... port=... dbname=..." string. Waits
    // at most 10 s for the server unless the conninfo sets connect_timeout.
    static Result<PgConnection> open(const QString &conninfo);

    // "host:port/database" (or the socket directory for a Unix socket): names the server in
    // messages without the user's password.
    QString describe() const;
    QString databaseName() const;
    int serverVersion() const;   // 150018 for 15.18

    Result<PgResult> exec(const QString &sql, const QVariantList &params = {});
    // Several statements in one string, no parameters (a migration's DDL, say).
    Result<void> execScript(const QString &sql);

    Result<void> copyBegin(const QString &copyFromStdinSql);
    Result<void> copyPut(std::string_view data);
    Result<qint64> copyEnd();   // rows stored
    void copyAbort();           // ends the COPY with an error; the transaction is then aborted

    bool isOpen() const { return m_conn != nullptr; }
    // Whether a connection the server ended (a restart of PostgreSQL) is opened again, the same
    // way, before the next statement outside a transaction. Off by default: a connection that
    // LISTENs must know it lost its LISTEN (PgLinkFeed opens its own again and catches up).
    void setReconnectWhenLost(bool reconnect) { m_reconnect = reconnect; }
    pg_conn *handle() const { return m_conn; }
    // The caller's transaction is over (committed, rolled back, or gone with a lost
    // connection): a connection lost in it may be opened again before the next statement.
    void transactionEnded();

    // A sentence for a failed step, "what" first, with the server's reason.
    Error error(const QString &what) const;
    Error error(const QString &what, const PgResult &result) const;

private:
    explicit PgConnection(pg_conn *conn);
    // Opens a connection the server ended again before the next statement (outside a transaction).
    void reconnectIfLost();
    pg_conn *m_conn = nullptr;
    bool m_lastIdle = true;   // no transaction was open after the last statement
    bool m_reconnect = false;
};

// BEGIN on construction, ROLLBACK on destruction unless commit() succeeded.
class PgTransaction
{
public:
    explicit PgTransaction(PgConnection &conn);
    ~PgTransaction();
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;

    const Result<void> &begun() const { return m_begun; }
    Result<void> commit();
    void rollback();

private:
    PgConnection &m_conn;
    Result<void> m_begun;
    bool m_open = false;
};

// Rows for COPY ... FROM STDIN (FORMAT text): tab between fields, \N for NULL, and the
// backslash escapes of the text format.
class PgCopyText
{
public:
    void addNull();
    void addInt(std::int64_t value);
    void addText(std::string_view utf8);
    void addBytea(std::string_view bytes);   // as \\x hex
    void endRow();
    std::string &data() { return m_data; }
    void clear()
    {
        m_data.clear();
        m_fieldInRow = false;
    }

private:
    void separator();
    std::string m_data;
    bool m_fieldInRow = false;
};

// Rows for COPY ... FROM STDIN (FORMAT binary): the header once, each row its field count and
// fields in network byte order, the trailer at the end. Each field must be of its column's
// exact type (int8 for bigint, int4 for integer, text, bytea).
class PgCopyBinary
{
public:
    PgCopyBinary();   // starts with the header
    void beginRow(int fields);
    void addNull();
    void addInt8(std::int64_t value);
    void addInt4(std::int32_t value);
    void addText(std::string_view utf8);   // also bytea: the raw bytes
    void finish();                         // the trailer; then send data()
    std::string &data() { return m_data; }
    void clear() { m_data.clear(); }   // for the next chunk of the same COPY (no second header)

private:
    std::string m_data;
};

}   // namespace Linkdeck::Server::Pg
