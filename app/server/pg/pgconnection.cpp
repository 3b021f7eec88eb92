#include "server/pg/pgconnection.h"

#include <QtEndian>

#include <libpq-fe.h>

#include <poll.h>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server::Pg {
namespace {

// libpq's messages end with a newline and sometimes carry a second line (DETAIL, HINT).
// The severity ("ERROR:  ") goes: the sentence around it says what failed.
QString cleaned(const char *message)
{
    QString text = QString::fromUtf8(message ? message : "").trimmed();
    for (const QString &severity : {u"ERROR:"_s, u"FATAL:"_s, u"PANIC:"_s}) {
        if (text.startsWith(severity))
            text = text.mid(severity.size()).trimmed();
    }
    return text.replace(u'\n', u' ');
}

// A reason as the end of a sentence.
QString sentenceEnd(const QString &reason)
{
    return reason.endsWith(u'.') ? reason : reason + u'.';
}

}   // namespace

// ---- PgResult ---------------------------------------------------------------------------------

PgResult::PgResult(pg_result *result)
    : m_result(result)
{}

PgResult::~PgResult()
{
    PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result, row, column);
}

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QByteArray PgResult::bytes(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::toInt64(int row, int column) const
{
    return isNull(row, column) ? 0 : QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

qint64 PgResult::affectedRows() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0;
}

QString PgResult::commandStatus() const
{
    return m_result ? QString::fromUtf8(PQcmdStatus(m_result)) : QString();
}

// ---- PgConnection -----------------------------------------------------------------------------

PgConnection::PgConnection(pg_conn *conn)
    : m_conn(conn)
{}

PgConnection::PgConnection(PgConnection &&other) noexcept
    : m_conn(std::exchange(other.m_conn, nullptr))
    , m_lastIdle(other.m_lastIdle)
    , m_reconnect(other.m_reconnect)
{}

PgConnection &PgConnection::operator=(PgConnection &&other) noexcept
{
    if (this != &other) {
        PQfinish(m_conn);
        m_conn = std::exchange(other.m_conn, nullptr);
        m_lastIdle = other.m_lastIdle;
        m_reconnect = other.m_reconnect;
    }
    return *this;
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

Result<PgConnection> PgConnection::open(const QString &conninfo)
{
    // Check the string first: a typo in it is the operator's, not the server's, and libpq's
    // connection attempt would name it less plainly.
    const QByteArray info = conninfo.toUtf8();
    char *parseError = nullptr;
    PQconninfoOption *options = PQconninfoParse(info.constData(), &parseError);
    if (!options) {
        const QString reason = cleaned(parseError);
        PQfreemem(parseError);
        // The address is shown only when no password can be in it.
        const bool mayHoldSecret = conninfo.contains(u'@') || conninfo.contains(u"password"_s, Qt::CaseInsensitive);
        const QString message = mayHoldSecret
            ? tr("The PostgreSQL address is not valid: %1. Write it as postgresql://USER@HOST:PORT/DATABASE.")
                  .arg(reason)
            : tr("“%1” is not a PostgreSQL address: %2. Write it as postgresql://USER@HOST:PORT/DATABASE.")
                  .arg(conninfo, reason);
        return Error::make(Error::Kind::Invalid, message, reason);
    }
    PQconninfoFree(options);

    // The defaults first, so that the conninfo's own (expanded from dbname) win: at most 10 s
    // to connect, and TCP keepalives so that a server gone without a word (a host switched off,
    // a network cut) is noticed within a minute instead of the kernel's two hours, rather than
    // blocking a stop. The text in UTF-8 last, whatever the conninfo says: it holds across
    // PQreset (a SET would be lost with the connection).
    const char *const keywords[] = {
        "connect_timeout",  "fallback_application_name", "keepalives", "keepalives_idle", "keepalives_interval",
        "keepalives_count", "tcp_user_timeout",          "dbname",     "client_encoding", nullptr};
    const char *const values[] = {"10",    "linkdeck-server", "1",    "10",   "5", "3",
                                  "30000", info.constData(),  "UTF8", nullptr};
    pg_conn *conn = PQconnectdbParams(keywords, values, 1);
    if (!conn)
        return Error::make(Error::Kind::Network, tr("Could not connect to PostgreSQL: out of memory."));
    PgConnection connection(conn);
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString reason = cleaned(PQerrorMessage(conn));
        return Error::make(
            Error::Kind::Network,
            tr("Could not connect to the PostgreSQL server at %1: %2").arg(connection.describe(), sentenceEnd(reason)),
            reason);
    }
    // NOTICEs ("relation ... already exists, skipping") are not for the operator: libpq would
    // print them on stderr.
    PQsetNoticeProcessor(
        conn, [](void *, const char *) {}, nullptr);
    // The server's text in UTF-8 whatever the database's locale.
    if (PQsetClientEncoding(conn, "UTF8") != 0)
        return connection.error(tr("Could not set the connection to UTF-8."));
    return connection;
}

QString PgConnection::describe() const
{
    if (!m_conn)
        return tr("(no connection)");
    const QString host = QString::fromUtf8(PQhost(m_conn));
    const QString port = QString::fromUtf8(PQport(m_conn));
    const QString db = QString::fromUtf8(PQdb(m_conn));
    QString where = host.isEmpty() ? u"localhost"_s : host;
    if (!port.isEmpty())
        where += (host.startsWith(u'/') ? u" port "_s : u":"_s) + port;
    return db.isEmpty() ? where : where + u'/' + db;
}

QString PgConnection::databaseName() const
{
    return m_conn ? QString::fromUtf8(PQdb(m_conn)) : QString();
}

int PgConnection::serverVersion() const
{
    return m_conn ? PQserverVersion(m_conn) : 0;
}

Error PgConnection::error(const QString &what) const
{
    const QString reason = m_conn ? cleaned(PQerrorMessage(m_conn)) : QString();
    if (m_conn && PQstatus(m_conn) == CONNECTION_BAD)
        return Error::make(
            Error::Kind::Network,
            what + u' ' + tr("The connection to PostgreSQL at %1 was lost: %2").arg(describe(), sentenceEnd(reason)),
            reason);
    return Error::make(Error::Kind::Storage, reason.isEmpty() ? what : what + u' ' + sentenceEnd(reason), reason);
}

Error PgConnection::error(const QString &what, const PgResult &) const
{
    return error(what);
}

namespace {

// The parameters of one exec(), kept alive for the call.
struct Params
{
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
    std::vector<int> lengths;
    std::vector<int> formats;

    explicit Params(const QVariantList &params)
    {
        storage.reserve(params.size());
        for (const QVariant &p : params) {
            int format = 0;
            if (p.isNull()) {
                storage.emplace_back();
                values.push_back(nullptr);
                lengths.push_back(0);
                formats.push_back(0);
                continue;
            }
            switch (p.typeId()) {
            case QMetaType::QByteArray:
                storage.push_back(p.toByteArray());
                format = 1;
                break;
            case QMetaType::Bool:
                storage.push_back(p.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
                break;
            default:
                storage.push_back(p.toString().toUtf8());
                break;
            }
            values.push_back(storage.back().constData());
            lengths.push_back(int(storage.back().size()));
            formats.push_back(format);
        }
    }
};

}   // namespace

void PgConnection::transactionEnded()
{
    if (m_conn && PQstatus(m_conn) != CONNECTION_OK)
        m_lastIdle = true;   // its transaction went with it
}

void PgConnection::reconnectIfLost()
{
    // Outside a transaction only: inside one, its work went with the connection, and the
    // caller must see the failure rather than go on without the transaction.
    if (!m_reconnect || !m_lastIdle)
        return;
    // A server that ended the connection (a restart, pg_terminate_backend) said so and closed
    // it: an idle connection that does not LISTEN has nothing to read otherwise, so anything
    // waiting on its socket (looked at without blocking) means it is gone.
    if (PQstatus(m_conn) == CONNECTION_OK) {
        pollfd p{PQsocket(m_conn), POLLIN, 0};
        if (p.fd < 0 || ::poll(&p, 1, 0) == 0)
            return;
    }
    PQreset(m_conn);
}

Result<PgResult> PgConnection::exec(const QString &sql, const QVariantList &params)
{
    if (!m_conn)
        return Error::make(Error::Kind::Storage, tr("There is no connection to PostgreSQL."));
    reconnectIfLost();
    const QByteArray text = sql.toUtf8();
    const Params p(params);
    PgResult result(PQexecParams(m_conn, text.constData(), int(p.values.size()), nullptr, p.values.data(),
                                 p.lengths.data(), p.formats.data(), 0));
    PGresult *raw = result.handle();
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (PQstatus(m_conn) == CONNECTION_OK)   // a lost connection keeps what it was before
        m_lastIdle = PQtransactionStatus(m_conn) == PQTRANS_IDLE;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return error(tr("PostgreSQL refused a statement:"));
    return result;
}

Result<void> PgConnection::execScript(const QString &sql)
{
    if (!m_conn)
        return Error::make(Error::Kind::Storage, tr("There is no connection to PostgreSQL."));
    reconnectIfLost();
    PgResult result(PQexec(m_conn, sql.toUtf8().constData()));
    PGresult *raw = result.handle();
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (PQstatus(m_conn) == CONNECTION_OK)   // a lost connection keeps what it was before
        m_lastIdle = PQtransactionStatus(m_conn) == PQTRANS_IDLE;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return error(tr("PostgreSQL refused a statement:"));
    return {};
}

Result<void> PgConnection::copyBegin(const QString &copyFromStdinSql)
{
    if (!m_conn)
        return Error::make(Error::Kind::Storage, tr("There is no connection to PostgreSQL."));
    PgResult result(PQexec(m_conn, copyFromStdinSql.toUtf8().constData()));
    PGresult *raw = result.handle();
    if (!raw || PQresultStatus(raw) != PGRES_COPY_IN)
        return error(tr("PostgreSQL refused to start a copy:"));
    return {};
}

Result<void> PgConnection::copyPut(std::string_view data)
{
    // Blocking connection: PQputCopyData returns 1 once libpq has taken the bytes.
    while (!data.empty()) {
        const int chunk = int(std::min<std::size_t>(data.size(), 1 << 20));
        if (PQputCopyData(m_conn, data.data(), chunk) != 1)
            return error(tr("Could not send rows to PostgreSQL."));
        data.remove_prefix(std::size_t(chunk));
    }
    return {};
}

Result<qint64> PgConnection::copyEnd()
{
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return error(tr("Could not finish sending rows to PostgreSQL."));
    PgResult result(PQgetResult(m_conn));
    PGresult *raw = result.handle();
    const bool ok = raw && PQresultStatus(raw) == PGRES_COMMAND_OK;
    const qint64 rows = result.affectedRows();
    // Drain: libpq ends each command's results with a null one.
    while (PGresult *more = PQgetResult(m_conn))
        PQclear(more);
    if (!ok)
        return error(tr("PostgreSQL refused the rows:"));
    return rows;
}

void PgConnection::copyAbort()
{
    if (!m_conn)
        return;
    PQputCopyEnd(m_conn, "aborted by linkdeck-server");
    while (PGresult *more = PQgetResult(m_conn))
        PQclear(more);
}

// ---- PgTransaction ----------------------------------------------------------------------------

PgTransaction::PgTransaction(PgConnection &conn)
    : m_conn(conn)
{
    const auto r = m_conn.exec(u"BEGIN"_s);
    if (r)
        m_open = true;
    else
        m_begun = r.error();
}

PgTransaction::~PgTransaction()
{
    rollback();
}

Result<void> PgTransaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Error::make(Error::Kind::Storage, PgConnection::tr("The transaction has ended."))
                            : m_begun.error();
    m_open = false;
    const auto r = m_conn.exec(u"COMMIT"_s);
    m_conn.transactionEnded();
    if (!r)
        return r.error();
    // COMMIT of an aborted transaction answers ROLLBACK, not an error.
    if (r->commandStatus() == u"ROLLBACK")
        return Error::make(Error::Kind::Storage,
                           PgConnection::tr("PostgreSQL rolled the transaction back; nothing of it was stored."));
    return {};
}

void PgTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    // A lost connection took the transaction with it: no ROLLBACK to send, and the statement
    // after this one may open the connection again (PgConnection::setReconnectWhenLost).
    if (m_conn.isOpen() && PQstatus(m_conn.handle()) == CONNECTION_OK
        && PQtransactionStatus(m_conn.handle()) != PQTRANS_IDLE)
        m_conn.exec(u"ROLLBACK"_s);
    m_conn.transactionEnded();
}

// ---- PgCopyText -------------------------------------------------------------------------------

void PgCopyText::separator()
{
    if (m_fieldInRow)
        m_data.push_back('\t');
    m_fieldInRow = true;
}

void PgCopyText::addNull()
{
    separator();
    m_data.append("\\N");
}

void PgCopyText::addInt(std::int64_t value)
{
    separator();
    m_data.append(std::to_string(value));
}

void PgCopyText::addText(std::string_view utf8)
{
    separator();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            m_data.append("\\\\");
            break;
        case '\n':
            m_data.append("\\n");
            break;
        case '\r':
            m_data.append("\\r");
            break;
        case '\t':
            m_data.append("\\t");
            break;
        default:
            m_data.push_back(c);
        }
    }
}

void PgCopyText::addBytea(std::string_view bytes)
{
    static const char hex[] = "0123456789abcdef";
    separator();
    m_data.append("\\\\x");   // bytea's hex input, its backslash escaped for the text format
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        m_data.push_back(hex[b >> 4]);
        m_data.push_back(hex[b & 0xf]);
    }
}

void PgCopyText::endRow()
{
    m_data.push_back('\n');
    m_fieldInRow = false;
}

// ---- PgCopyBinary -----------------------------------------------------------------------------

namespace {

template<typename T>
void appendBigEndian(std::string &out, T value)
{
    const T be = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&be), sizeof be);
}

}   // namespace

PgCopyBinary::PgCopyBinary()
{
    static const char signature[] = "PGCOPY\n\377\r\n";   // 11 bytes with its NUL
    m_data.append(signature, 11);
    appendBigEndian<std::int32_t>(m_data, 0);   // flags
    appendBigEndian<std::int32_t>(m_data, 0);   // header extension length
}

void PgCopyBinary::beginRow(int fields)
{
    appendBigEndian<std::int16_t>(m_data, std::int16_t(fields));
}

void PgCopyBinary::addNull()
{
    appendBigEndian<std::int32_t>(m_data, -1);
}

void PgCopyBinary::addInt8(std::int64_t value)
{
    appendBigEndian<std::int32_t>(m_data, 8);
    appendBigEndian<std::int64_t>(m_data, value);
}

void PgCopyBinary::addInt4(std::int32_t value)
{
    appendBigEndian<std::int32_t>(m_data, 4);
    appendBigEndian<std::int32_t>(m_data, value);
}

void PgCopyBinary::addText(std::string_view utf8)
{
    appendBigEndian<std::int32_t>(m_data, std::int32_t(utf8.size()));
    m_data.append(utf8.data(), utf8.size());
}

void PgCopyBinary::finish()
{
    appendBigEndian<std::int16_t>(m_data, -1);
}

}   // namespace Linkdeck::Server::Pg
