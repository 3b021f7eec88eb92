// linkdeck-server on PostgreSQL under sustained redirects (issue 14), each figure beside a
// reference measured in the same run, on a throwaway PostgreSQL 15 cluster of the bench's own
// (tests/support PgCluster: initdb in /tmp, a Unix socket, fsync=off and synchronous_commit=off
// for every server alike), a fresh database per server.
//
//   bench_teamserver [--links 10000] [--duration 20] [--rounds 2] [--connections 64]
//                    [--part seed|team|rollups|all] [--clicks 10000000] [--catch-up 60] [--check]
//
// Build it RelWithDebInfo or Release (build/bench) and run it on an otherwise quiet machine:
//   cmake --build build/bench --target bench_teamserver linkdeck-server && build/bench/tests/bench/bench_teamserver
// Needs wrk and PostgreSQL 15's initdb (apt: wrk postgresql-15).
//
// Load: wrk with keep-alive, C connections (64), a Lua script picking slugs at random over
// --links links (the same sequence for every server), D seconds (20) per round; the servers
// alternate, R rounds (2), and the medians are compared. No server is measured before it
// answers a known slug with its 302; a round with socket errors or non-3xx answers fails the run.
//
// Part "seed" (the seed's design against Linkdeck's, one PostgreSQL), one line per round:
//   linkdeck round 1: 44621 req/s  p99 7.02 ms; ingest lag p50 197 ms, p99 646 ms (96 samples);
//                     stored trailed answered by at most 23177 clicks (0.5 s of traffic); all stored 0.1 s after wrk stopped
//       One linkdeck-server (--threads 2) on its own database of the cluster. The ingest lag is
//       the server's own /rest/health clicks.lagMs, polled every 200 ms while wrk runs: the time
//       since the start of its writer's last pass that found every journal stored, so an upper
//       bound on how long the oldest click not yet committed to PostgreSQL has waited. "Trailed"
//       is the largest answered - stored of the same samples, also in seconds of traffic at the
//       round's rate (the bench's estimate); "all stored" is how long after wrk stopped stored
//       reached answered.
//   seed     round 1: 17940 req/s  p99 13.95 ms; every click INSERTed before its answer
//       The seed's tracker, written here (SeedServer): an HTTP/1.1 server of 2 threads (epoll),
//       each with its own libpq connection, slug -> URL from an in-memory map, one prepared
//       INSERT INTO clicks(...) per request in autocommit, then the 302. It never falls behind:
//       the cost of storing is in its req/s. The cluster runs with fsync=off and
//       synchronous_commit=off, which spares each of its commits the WAL flush a production
//       PostgreSQL makes: its figure here is the seed's best case.
//   seed's design vs linkdeck on one PostgreSQL ...: linkdeck R req/s (...) vs seed S req/s -> R/S x
//       the medians of the rounds.
//   clicks after a clean stop: per server, the redirects answered (and unanswered: a click
//       taken whose answer could not be written) and the clicks in PostgreSQL (count(*) of its
//       own clicks table). The table must hold exactly answered + unanswered (for linkdeck also
//       exactly what it says it stored, nothing lost), and the answers must cover what wrk
//       received, with at most the connections more per round (in flight when wrk stopped).
//
// Part "team" (two instances on one PostgreSQL against one on SQLite, the same total load):
//   two instances on PostgreSQL round 1: ... / one instance on SQLite round 1: ...
//       Both configurations get two wrk processes of C/2 connections each, at once: on the
//       team, one per instance (as a load balancer spreads them); on SQLite, both at the one
//       instance. The team's instances have --threads 1 each and the one on SQLite --threads 2,
//       so both have 2 I/O threads. Lag and trail over the samples of every instance.
//   two instances on one PostgreSQL vs one on SQLite ...: team R req/s (...) vs SQLite S req/s -> R/S x
//   clicks after a clean stop: as above; on the team, count(*) of clicks in the shared
//       database == what the two instances stored together == their answered + unanswered.
//
// Part "rollups" (a campaign over 10 M clicks in PostgreSQL's rollups):
//   rollups: N clicks of 1000 links over 120 days in R click_hours rows (COPY) in T s; PostgreSQL holds ...
//       click_hours rows shaped as PgClickWriter writes them: one per link and hour (hour in
//       seconds since the epoch), clicks, bots and every breakdown of the hour's clicks packed
//       by Rollups::Breakdown (country, referrer, device, browser, OS; bots' apart), generated
//       here (Zipf over links, the hour of the day, 3% bots, from a fixed start, seeded) and
//       stored with COPY; every 20th link (50) has the campaign "spring".
//   campaign hourly series (...): median X ms of 5      one statement: the click_hours rows of
//       the links with campaign = 'spring' (their ids by a sub-select, the rows through the
//       primary key), the last 90 days, people's clicks summed by hour.
//   campaign country breakdown (...): median X ms of 5  the same rows' dims blobs fetched in
//       binary and unpacked here (Rollups::forEach), people's clicks by country.
//   Both answers must equal what was generated (else the run fails); --check: each < 200 ms.
//   There is no server code that reads a campaign from PostgreSQL yet: these are the
//   statements such a reader would run, timed from this process over the Unix socket.
//
// Any accounting mismatch fails the run with or without --check. --check also fails it when
// linkdeck does not outrun the seed, an ingest lag p99 is 2 s or more, or a campaign query
// takes 200 ms or more.

#include "core/storage/clickrollups.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "server/pg/pgconnection.h"
#include "server/pg/pgschema.h"
#include "support/pgtestserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <fcntl.h>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using Linkdeck::Server::Pg::PgConnection;
using Linkdeck::Server::Pg::PgCopyText;
using Linkdeck::Server::Pg::PgSchema;

namespace {

constexpr double LagP99BarMs = 2000;
const QByteArray HostHeader = "localhost:8080";

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Nearest rank: the smallest sample with at least p of them at or below it.
double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = std::size_t(std::max(1.0, std::ceil(p * double(v.size()))));
    return v[std::min(v.size(), rank) - 1];
}

double median(const std::vector<double> &v)
{
    return percentile(v, 0.5);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray lastLines(const QByteArray &text, int count)
{
    QList<QByteArray> lines = text.trimmed().split('\n');
    return lines.mid(std::max<qsizetype>(0, lines.size() - count)).join('\n');
}

// The child gets `signal` when the bench dies, however it dies: nothing is left running.
void endWithBench(QProcess &process, int signal)
{
    process.setChildProcessModifier([signal] { ::prctl(PR_SET_PDEATHSIG, signal); });
}

struct HttpAnswer
{
    int status = 0;   // 0: no answer
    QByteArray location;
    QByteArray body;
};

// One GET on a connection of its own (Connection: close), read until the server closes.
HttpAnswer httpGet(quint16 port, const QByteArray &path, int timeoutMs)
{
    HttpAnswer answer;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return answer;
    socket.write("GET " + path + " HTTP/1.1\r\nHost: " + HostHeader + "\r\nConnection: close\r\n\r\n");
    QByteArray raw;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        socket.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - t.elapsed())));
        raw += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
    raw += socket.readAll();
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.1 ") || end < 0)
        return answer;
    const QList<QByteArray> head = raw.left(end).split('\n');
    answer.status = head.first().mid(9, 3).toInt();
    for (const QByteArray &line : head) {
        if (line.toLower().startsWith("location:"))
            answer.location = line.mid(9).trimmed();
    }
    answer.body = raw.mid(end + 4);
    return answer;
}

// Waits until a server answers `path` with a redirect to `location`.
bool waitForRedirect(quint16 port, const QByteArray &path, const QByteArray &location, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        const HttpAnswer a = httpGet(port, path, 2000);
        if (a.status == 302 && a.location == location)
            return true;
        QThread::msleep(100);
    }
    return false;
}

// ---- Links: random slugs of seven letters and digits, the same every run -------------------

QString slugFor(quint64 value)
{
    static constexpr char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    QString slug(7, u'0');
    for (int k = 0; k < 7; ++k, value /= 36)
        slug[k] = QLatin1Char(alphabet[value % 36]);
    return slug;
}

QStringList randomSlugs(int count)
{
    quint64 state = 0x1d8e4e27c47d124fULL;   // splitmix64
    auto next = [&state] {
        quint64 z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    };
    constexpr quint64 space = 78364164096ULL;   // 36^7
    std::unordered_set<quint64> taken;
    QStringList slugs;
    while (slugs.size() < count) {
        const quint64 v = next() % space;
        if (taken.insert(v).second)
            slugs << slugFor(v);
    }
    return slugs;
}

QString destinationFor(int i)
{
    return u"https://shop%1.example.com/products/item-%2?utm_source=newsletter&utm_medium=email"_s.arg(i % 50).arg(i);
}

// The seed's map: slug -> the link's id and destination.
struct SeedLink
{
    qint64 id = 0;
    std::string url;
};
using SeedLinks = std::unordered_map<std::string, SeedLink>;

// A fresh database on the cluster: dropped if there, created, migrated, the links in with COPY
// (bulk load: the change log starts empty; each server loads its links when it starts).
bool fillPgDatabase(PgConnection &admin, const Test::PgCluster &cluster, const QString &name, const QStringList &slugs,
                    SeedLinks *links)
{
    for (const QString &sql : {u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s, u"CREATE DATABASE %1"_s}) {
        if (const auto r = admin.exec(sql.arg(name)); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return false;
        }
    }
    auto connected = PgSchema::connect(cluster.url(name));
    if (!connected) {
        std::fprintf(stderr, "%s\n", qPrintable(connected.error().message));
        return false;
    }
    PgConnection conn = std::move(connected).value();
    Server::Pg::PgTransaction tx(conn);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    PgCopyText rows;
    for (int i = 0; i < int(slugs.size()); ++i) {
        rows.addInt(1);
        rows.addText("localhost:8080");
        rows.addText(slugs.at(i).toStdString());
        rows.addText("http://localhost:8080/" + slugs.at(i).toStdString());
        rows.addText(destinationFor(i).toStdString());
        rows.addInt(now);
        rows.addInt(now);
        rows.endRow();
    }
    if (!tx.begun() || !conn.exec(u"SET LOCAL linkdeck.bulk_load = 'on'"_s)
        || !conn.copyBegin(
            u"COPY links(account_id, domain, slug, short_url, destination, created_at, updated_at) FROM STDIN"_s)
        || !conn.copyPut(rows.data()) || !conn.copyEnd() || !tx.commit()) {
        std::fprintf(stderr, "cannot store the links in %s\n", qPrintable(name));
        return false;
    }
    if (links) {
        const auto r = conn.exec(u"SELECT id, slug, destination FROM links"_s);
        if (!r)
            return false;
        for (int i = 0; i < r->rows(); ++i)
            (*links)[r->text(i, 1).toStdString()] = {r->toInt64(i, 0), r->text(i, 2).toStdString()};
    }
    return true;
}

qint64 pgCount(const Test::PgCluster &cluster, const QString &database)
{
    auto opened = PgConnection::open(cluster.url(database));
    if (!opened)
        return -1;
    PgConnection conn = std::move(opened).value();
    const auto r = conn.exec(u"SELECT count(*) FROM clicks"_s);
    return r ? r->toInt64(0, 0) : -1;
}

bool fillSqlite(const QString &path, const QStringList &slugs)
{
    Database db;
    if (!db.open(path))
        return false;
    LinkRepository links(db);
    QList<Link> batch;
    for (qsizetype i = 0; i < slugs.size(); ++i) {
        Link l;
        l.accountId = 1;
        l.domain = u"localhost:8080"_s;
        l.slug = slugs.at(i);
        l.shortUrl = u"http://localhost:8080/"_s + l.slug;
        l.destination = destinationFor(int(i));
        batch << l;
    }
    return bool(links.insertMany(batch));
}

qint64 sqliteCount(const QString &path)
{
    Database d;
    if (!d.open(path))
        return -1;
    QSqlQuery q(d.connection());
    return q.exec(u"SELECT count(*) FROM clicks"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

// The Lua script for wrk: slugs picked at random, seeded, so every server gets the same requests.
QString writeScript(const QString &dir, const QStringList &slugs)
{
    const QString list = QDir(dir).filePath(u"slugs.txt"_s);
    QFile s(list);
    if (!s.open(QIODevice::WriteOnly))
        return {};
    s.write(slugs.join(u'\n').toUtf8() + '\n');
    const QString script = QDir(dir).filePath(u"random.lua"_s);
    QFile f(script);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral("local slugs = {}\nfor line in io.lines([[%1]]) do slugs[#slugs + 1] = \"/\" .. line end\n"
                           "local count = #slugs\nmath.randomseed(42)\n"
                           "request = function()\n  return wrk.format(nil, slugs[math.random(count)])\nend\n")
                .arg(list)
                .toUtf8());
    return script;
}

// ---- The seed's design: a click INSERTed before each answer ----------------------------------

class SeedServer
{
public:
    ~SeedServer() { stop(); }

    bool start(const QString &conninfo, SeedLinks links, int threads, QString *error)
    {
        m_links = std::move(links);
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;   // from the system
        socklen_t length = sizeof address;
        if (m_listen < 0 || ::bind(m_listen, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_listen, 1024) != 0
            || ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
            *error = u"the seed's server cannot listen"_s;
            return false;
        }
        m_port = ntohs(address.sin_port);
        for (int i = 0; i < threads; ++i) {
            PGconn *conn = PQconnectdb(conninfo.toUtf8().constData());
            if (PQstatus(conn) != CONNECTION_OK) {
                *error = u"the seed cannot connect: "_s + QString::fromUtf8(PQerrorMessage(conn));
                PQfinish(conn);
                return false;
            }
            PGresult *prepared = PQprepare(conn, "click",
                                           "INSERT INTO clicks(link_id, domain, slug, ts, user_agent, ip, "
                                           "visited_url, redirect_url) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                                           8, nullptr);
            const bool ok = PQresultStatus(prepared) == PGRES_COMMAND_OK;
            PQclear(prepared);
            if (!ok) {
                *error = u"the seed cannot prepare its INSERT: "_s + QString::fromUtf8(PQerrorMessage(conn));
                PQfinish(conn);
                return false;
            }
            m_conns.push_back(conn);
        }
        for (PGconn *conn : m_conns)
            m_threads.emplace_back([this, conn] { run(conn); });
        return true;
    }

    // Joins the threads, closes every connection; the counts are final afterwards.
    void stop()
    {
        m_stop = true;
        for (std::thread &t : m_threads)
            t.join();
        m_threads.clear();
        for (PGconn *conn : m_conns)
            PQfinish(conn);
        m_conns.clear();
        if (m_listen >= 0)
            ::close(m_listen);
        m_listen = -1;
    }

    quint16 port() const { return m_port; }
    qint64 answered() const { return m_answered.load(); }
    qint64 unanswered() const { return m_unanswered.load(); }   // INSERTed, the answer not written
    qint64 failedInserts() const { return m_failedInserts.load(); }

private:
    static bool sendAll(int fd, const std::string &data)
    {
        std::size_t sent = 0;
        while (sent < data.size()) {
            const ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            sent += std::size_t(n);
        }
        return true;
    }

    static std::string header(std::string_view head, std::string_view name)
    {
        std::size_t at = 0;
        while ((at = head.find("\r\n", at)) != std::string_view::npos) {
            at += 2;
            if (head.size() - at > name.size() && strncasecmp(head.data() + at, name.data(), name.size()) == 0
                && head[at + name.size()] == ':') {
                std::size_t start = at + name.size() + 1;
                while (start < head.size() && head[start] == ' ')
                    ++start;
                const std::size_t end = std::min(head.find("\r\n", start), head.size());
                return std::string(head.substr(start, end - start));
            }
        }
        return {};
    }

    // One click, stored before the answer (autocommit). False when PostgreSQL refused it.
    bool insert(PGconn *conn, const SeedLink &link, const std::string &slug, const std::string &userAgent,
                const std::string &path)
    {
        const std::string id = std::to_string(link.id);
        const std::string ts = std::to_string(
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
                .count());
        const std::string visited = "http://localhost:8080" + path;
        const char *values[8] = {id.c_str(),        "localhost:8080", slug.c_str(),    ts.c_str(),
                                 userAgent.c_str(), "127.0.0.1",      visited.c_str(), link.url.c_str()};
        PGresult *r = PQexecPrepared(conn, "click", 8, values, nullptr, nullptr, 0);
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
        return ok;
    }

    void run(PGconn *conn)
    {
        const int ep = ::epoll_create1(EPOLL_CLOEXEC);
        epoll_event listen{};
        listen.events = EPOLLIN | EPOLLEXCLUSIVE;
        listen.data.fd = m_listen;
        ::epoll_ctl(ep, EPOLL_CTL_ADD, m_listen, &listen);
        std::unordered_map<int, std::string> buffers;
        auto drop = [&](int fd) {
            ::epoll_ctl(ep, EPOLL_CTL_DEL, fd, nullptr);
            ::close(fd);
            buffers.erase(fd);
        };
        epoll_event events[64];
        char chunk[16384];
        while (!m_stop.load()) {
            const int n = ::epoll_wait(ep, events, 64, 100);
            for (int e = 0; e < n; ++e) {
                const int fd = events[e].data.fd;
                if (fd == m_listen) {
                    for (;;) {
                        const int client = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
                        if (client < 0)
                            break;
                        const int one = 1;
                        ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                        epoll_event ev{};
                        ev.events = EPOLLIN;
                        ev.data.fd = client;
                        ::epoll_ctl(ep, EPOLL_CTL_ADD, client, &ev);
                        buffers[client];
                    }
                    continue;
                }
                const ssize_t got = ::recv(fd, chunk, sizeof chunk, MSG_DONTWAIT);
                if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR)) {
                    drop(fd);
                    continue;
                }
                if (got < 0)
                    continue;
                std::string &in = buffers[fd];
                in.append(chunk, std::size_t(got));
                std::string out;
                qint64 clicks = 0;
                bool close = false;
                std::size_t end;
                while ((end = in.find("\r\n\r\n")) != std::string::npos) {
                    const std::string_view head(in.data(), end + 2);
                    const std::size_t sp1 = head.find(' ');
                    const std::size_t sp2 = head.find(' ', sp1 + 1);
                    std::string path = sp1 == std::string_view::npos || sp2 == std::string_view::npos
                        ? std::string()
                        : std::string(head.substr(sp1 + 1, sp2 - sp1 - 1));
                    std::string slug = path.size() > 1 ? path.substr(1, path.find('?') - 1) : std::string();
                    if (strcasecmp(header(head, "Connection").c_str(), "close") == 0)
                        close = true;
                    const auto link = m_links.find(slug);
                    if (link == m_links.end()) {
                        out += "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n";
                    } else if (!insert(conn, link->second, slug, header(head, "User-Agent"), path)) {
                        ++m_failedInserts;
                        out += "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n";
                    } else {
                        ++clicks;
                        out += "HTTP/1.1 302 Found\r\nLocation: " + link->second.url + "\r\nContent-Length: 0\r\n\r\n";
                    }
                    in.erase(0, end + 4);
                }
                if (!out.empty())
                    (sendAll(fd, out) ? m_answered : m_unanswered) += clicks;
                if (close)
                    drop(fd);
            }
        }
        for (const auto &[fd, buffer] : buffers)
            ::close(fd);
        ::close(ep);
    }

    SeedLinks m_links;
    int m_listen = -1;
    quint16 m_port = 0;
    std::vector<PGconn *> m_conns;
    std::vector<std::thread> m_threads;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_answered{0};
    std::atomic<qint64> m_unanswered{0};
    std::atomic<qint64> m_failedInserts{0};
};

// ---- wrk ----------------------------------------------------------------------------------

struct WrkResult
{
    bool finished = false;
    double requestsPerSecond = 0;
    double p99Ms = 0;
    qint64 requests = 0;
    qint64 non3xx = 0;
    qint64 socketErrors = 0;
    QString output;

    QString invalid() const
    {
        if (!finished)
            return u"wrk did not finish"_s;
        if (requests <= 0 || requestsPerSecond <= 0)
            return u"0 req/s"_s;
        if (non3xx > 0)
            return u"%1 responses other than 2xx/3xx"_s.arg(non3xx);
        if (socketErrors > 0)
            return u"%1 socket errors"_s.arg(socketErrors);
        return {};
    }
};

double toMs(const QString &value)
{
    static const QRegularExpression re(u"([0-9.]+)(us|ms|s)"_s);
    const auto m = re.match(value);
    if (!m.hasMatch())
        return 0;
    const double v = m.captured(1).toDouble();
    return m.captured(2) == u"us" ? v / 1000 : m.captured(2) == u"s" ? v * 1000 : v;
}

// One wrk process per port, all at once, connections each; tick about every 200 ms while they
// run. The sum of their requests and rates, the highest of their p99s.
WrkResult runWrk(const std::vector<quint16> &ports, int connections, int seconds, const QString &script,
                 const std::function<void()> &tick)
{
    std::vector<std::unique_ptr<QProcess>> wrks;
    for (quint16 port : ports) {
        auto wrk = std::make_unique<QProcess>();
        wrk->setProcessChannelMode(QProcess::MergedChannels);
        endWithBench(*wrk, SIGKILL);
        wrk->start(u"wrk"_s,
                   {u"-t1"_s, u"-c%1"_s.arg(connections), u"-d%1s"_s.arg(seconds), u"--latency"_s, u"-s"_s, script,
                    u"-H"_s, u"Host: "_s + QString::fromLatin1(HostHeader), u"http://127.0.0.1:%1/"_s.arg(port)});
        wrks.push_back(std::move(wrk));
    }
    QElapsedTimer t;
    t.start();
    // A QProcess learns that it ended only in its waitFor...() calls: wait on the first one still
    // running (about 200 ms), then ask the others.
    auto running = [&] {
        bool any = false;
        for (auto &w : wrks) {
            if (w->state() != QProcess::NotRunning && !w->waitForFinished(any ? 1 : 200))
                any = true;
        }
        return any;
    };
    bool timedOut = false;
    while (running()) {
        if (tick)
            tick();
        if (t.elapsed() > (seconds + 60) * 1000LL) {
            timedOut = true;
            for (auto &w : wrks) {
                w->kill();
                w->waitForFinished(5000);
            }
            break;
        }
    }
    WrkResult r;
    r.finished = !timedOut;
    static const QRegularExpression rps(u"Requests/sec:\\s+([0-9.]+)"_s);
    static const QRegularExpression p99(u"\\s99%\\s+([0-9.]+(?:us|ms|s))"_s);
    static const QRegularExpression total(u"(\\d+) requests in"_s);
    static const QRegularExpression non2xx(u"Non-2xx or 3xx responses: (\\d+)"_s);
    static const QRegularExpression errors(
        u"Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)"_s);
    for (auto &w : wrks) {
        w->waitForFinished(5000);
        r.finished = r.finished && w->exitStatus() == QProcess::NormalExit && w->exitCode() == 0;
        const QString output = QString::fromUtf8(w->readAll());
        r.output += output;
        r.requestsPerSecond += rps.match(output).captured(1).toDouble();
        r.p99Ms = std::max(r.p99Ms, toMs(p99.match(output).captured(1)));
        r.requests += total.match(output).captured(1).toLongLong();
        r.non3xx += non2xx.match(output).captured(1).toLongLong();
        if (const auto e = errors.match(output); e.hasMatch()) {
            for (int i = 1; i <= 4; ++i)
                r.socketErrors += e.captured(i).toLongLong();
        }
    }
    if (!r.invalid().isEmpty())
        std::fprintf(stderr, "wrk said:\n%s\n", qPrintable(r.output));
    return r;
}

// ---- linkdeck-server ------------------------------------------------------------------------

QString serverBinary()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"../../app/server/linkdeck-server"_s);
}

struct Health
{
    bool ok = false;
    qint64 redirects = 0, unanswered = 0, stored = 0, lost = 0;
    std::optional<qint64> lagMs;
    qint64 recorded() const { return redirects + unanswered; }
};

struct StopCounts
{
    bool ok = false;
    qint64 answered = 0, unanswered = 0, stored = 0, lost = 0;
};

class LinkdeckServer
{
public:
    ~LinkdeckServer() { stop(nullptr); }

    // db: a SQLite file or a postgresql:// URL.
    bool start(const QString &db, const QString &dataDir, int threads, QString *error)
    {
        QDir().mkpath(dataDir);
        m_log = QDir(dataDir).filePath(u"server.log"_s);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(m_log);   // a file: the server never blocks on a full pipe
        endWithBench(m_process, SIGTERM);
        m_process.start(serverBinary(),
                        {u"--db"_s, db, u"--data-dir"_s, dataDir, u"--listen"_s, u"127.0.0.1:0"_s, u"--threads"_s,
                         QString::number(threads)});
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 120000) {
            for (const QByteArray &line : log().split('\n')) {
                const QJsonObject ready = QJsonDocument::fromJson(line).object();
                if (ready.value(u"event"_s) == u"ready"_s) {
                    m_port = quint16(ready.value(u"port"_s).toInt());
                    return true;
                }
            }
            if (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(100)) {
                *error = u"linkdeck-server ended at start:\n"_s + QString::fromUtf8(lastLines(log(), 10));
                return false;
            }
        }
        *error = u"linkdeck-server did not listen within 120 s"_s;
        return false;
    }

    quint16 port() const { return m_port; }
    QByteArray log() const { return readFile(m_log); }

    Health health() const
    {
        Health h;
        const HttpAnswer a = httpGet(m_port, "/rest/health", 5000);
        const QJsonObject clicks = QJsonDocument::fromJson(a.body).object().value(u"clicks"_s).toObject();
        if (a.status != 200 || clicks.isEmpty())
            return h;
        h.ok = true;
        h.redirects = clicks.value(u"redirects"_s).toInteger();
        h.unanswered = clicks.value(u"unanswered"_s).toInteger();
        h.stored = clicks.value(u"stored"_s).toInteger();
        h.lost = clicks.value(u"lost"_s).toInteger();
        if (clicks.value(u"lagMs"_s).isDouble())
            h.lagMs = clicks.value(u"lagMs"_s).toInteger();
        return h;
    }

    // SIGTERM and wait: the server stores its last clicks, then says what it counted.
    StopCounts stop(QString *error)
    {
        StopCounts counts;
        if (m_process.state() == QProcess::NotRunning)
            return counts;
        m_process.terminate();
        if (!m_process.waitForFinished(300000)) {
            m_process.kill();
            m_process.waitForFinished(10000);
            if (error)
                *error = u"linkdeck-server did not stop within 300 s of SIGTERM (killed)"_s;
            return counts;
        }
        static const QRegularExpression line(
            u"stopped after \\d+ requests \\((\\d+) redirects answered, (\\d+) unanswered\\); "
            "(\\d+) clicks stored this run, (\\d+) lost"_s);
        const auto m = line.match(QString::fromUtf8(log()));
        if (!m.hasMatch()) {
            if (error)
                *error = u"linkdeck-server did not say what it counted when it stopped:\n"_s
                    + QString::fromUtf8(lastLines(log(), 5));
            return counts;
        }
        counts.ok = true;
        counts.answered = m.captured(1).toLongLong();
        counts.unanswered = m.captured(2).toLongLong();
        counts.stored = m.captured(3).toLongLong();
        counts.lost = m.captured(4).toLongLong();
        return counts;
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_log;
};

// ---- The run's verdict ------------------------------------------------------------------------

struct Options
{
    int links = 10000;
    int duration = 20;
    int rounds = 2;
    int connections = 64;
    int catchUpSeconds = 60;
    bool check = false;
};

struct Verdict
{
    QStringList failures;   // accounting or invalid rounds: fail with or without --check
    int passed = 0;
    int missed = 0;

    void fail(const QString &why)
    {
        std::printf("FAILED: %s\n", qPrintable(why));
        failures << why;
    }
    void target(const char *what, bool met)
    {
        std::printf("target %s: %s\n", what, met ? "met" : "MISSED");
        (met ? passed : missed) += 1;
    }
    int finish(bool check) const
    {
        std::printf("bench: %d targets met, %d missed, %lld accounting failures\n", passed, missed,
                    static_cast<long long>(failures.size()));
        return failures.isEmpty() && (!check || missed == 0) ? 0 : 1;
    }
};

// The linkdeck instances of one configuration, watched together while wrk runs.
struct Watch
{
    std::vector<LinkdeckServer *> servers;
    std::vector<double> lag;   // this round's samples, every instance
    qint64 maxTrail = 0;
    int healthFailures = 0;

    void begin()
    {
        lag.clear();
        maxTrail = 0;
    }
    void sample()
    {
        for (LinkdeckServer *s : servers) {
            const Health h = s->health();
            if (!h.ok) {
                ++healthFailures;
                continue;
            }
            if (h.lagMs)
                lag.push_back(double(*h.lagMs));
            maxTrail = std::max(maxTrail, h.recorded() - h.stored - h.lost);
        }
    }
    // Until every instance has stored what it answered (and its count holds still); the seconds
    // it took, or -1.
    double catchUp(int seconds) const
    {
        QElapsedTimer t;
        t.start();
        std::vector<qint64> previous(servers.size(), -1);
        for (;;) {
            bool done = true;
            for (std::size_t i = 0; i < servers.size(); ++i) {
                const Health h = servers[i]->health();
                if (!h.ok || h.stored + h.lost != h.recorded() || h.recorded() != previous[i])
                    done = false;
                previous[i] = h.ok ? h.recorded() : -1;
            }
            if (done)
                return t.elapsed() / 1000.0;
            if (t.elapsed() > seconds * 1000LL)
                return -1;
            QThread::msleep(100);
        }
    }
    qint64 redirects() const
    {
        qint64 sum = 0;
        for (LinkdeckServer *s : servers)
            sum += s->health().redirects;
        return sum;
    }
};

QString lagText(const std::vector<double> &samples)
{
    if (samples.empty())
        return u"ingest lag not reported"_s;
    return u"ingest lag p50 %1 ms, p99 %2 ms (%3 samples)"_s.arg(percentile(samples, 0.5), 0, 'f', 0)
        .arg(percentile(samples, 0.99), 0, 'f', 0)
        .arg(samples.size());
}

// A linkdeck round: wrk at the watched instances, then every click stored.
struct LinkdeckRound
{
    WrkResult wrk;
    std::vector<double> lag;
    qint64 maxTrail = 0;
    double catchUp = -1;
};

LinkdeckRound linkdeckRound(Watch &watch, const std::vector<quint16> &ports, int connections, const Options &o,
                            const QString &script)
{
    LinkdeckRound r;
    watch.begin();
    r.wrk = runWrk(ports, connections, o.duration, script, [&] { watch.sample(); });
    r.lag = watch.lag;
    r.maxTrail = watch.maxTrail;
    r.catchUp = watch.catchUp(o.catchUpSeconds);
    return r;
}

// One line per linkdeck round; the trail also in seconds of traffic at the round's rate.
void printRound(const char *name, int round, const LinkdeckRound &r)
{
    const double trailSeconds = r.wrk.requestsPerSecond > 0 ? double(r.maxTrail) / r.wrk.requestsPerSecond : 0;
    std::printf("%s round %d: %9.0f req/s  p99 %6.2f ms; %s; stored trailed answered by at most %lld clicks (%.1f s "
                "of traffic); %s\n",
                name, round, r.wrk.requestsPerSecond, r.wrk.p99Ms, qPrintable(lagText(r.lag)), r.maxTrail, trailSeconds,
                r.catchUp >= 0 ? qPrintable(u"all stored %1 s after wrk stopped"_s.arg(r.catchUp, 0, 'f', 1))
                               : "NOT all stored");
}

// Checks one linkdeck instance's counts after its clean stop; *stored gets its stored clicks.
void checkStopped(Verdict &v, const char *name, const StopCounts &s, const QString &error)
{
    if (!s.ok) {
        v.fail(u"%1: %2"_s.arg(QLatin1String(name), error));
        return;
    }
    std::printf("  %s: %lld redirects answered, %lld unanswered, %lld clicks stored, %lld lost\n", name, s.answered,
                s.unanswered, s.stored, s.lost);
    if (s.stored + s.lost != s.answered + s.unanswered || s.lost != 0)
        v.fail(u"%1: %2 stored + %3 lost != %4 answered + %5 unanswered"_s.arg(QLatin1String(name))
                   .arg(s.stored)
                   .arg(s.lost)
                   .arg(s.answered)
                   .arg(s.unanswered));
}

// The answers cover what wrk received, and at most the connections more (in flight).
void checkAnswers(Verdict &v, const char *name, qint64 answered, qint64 probes, qint64 received, qint64 inFlight)
{
    const qint64 forWrk = answered - probes;
    if (forWrk < received || forWrk - received > inFlight)
        v.fail(u"%1 answered %2 redirects for wrk, which received %3 (up to %4 in flight)"_s.arg(QLatin1String(name))
                   .arg(forWrk)
                   .arg(received)
                   .arg(inFlight));
}

bool roundCounts(Verdict &v, const char *name, int round, const WrkResult &w)
{
    if (const QString why = w.invalid(); !why.isEmpty()) {
        v.fail(u"%1 round %2: %3"_s.arg(QLatin1String(name)).arg(round).arg(why));
        return false;
    }
    return true;
}

// ---- Part "seed": the seed's design against Linkdeck's ---------------------------------------

void seedAgainstLinkdeck(const Test::PgCluster &cluster, PgConnection &admin, const QString &dir, const Options &o,
                         Verdict &v)
{
    const QStringList slugs = randomSlugs(o.links);
    const QString script = writeScript(dir, slugs);
    SeedLinks seedLinks;
    if (!fillPgDatabase(admin, cluster, u"bench_seed"_s, slugs, &seedLinks)
        || !fillPgDatabase(admin, cluster, u"bench_linkdeck"_s, slugs, nullptr)) {
        v.fail(u"cannot fill the databases"_s);
        return;
    }
    const QByteArray knownPath = "/" + slugs.first().toUtf8();
    const QByteArray knownLocation = destinationFor(0).toUtf8();
    QString error;
    SeedServer seed;
    if (!seed.start(cluster.conninfo() + u" dbname=bench_seed"_s, seedLinks, 2, &error)) {
        v.fail(error);
        return;
    }
    LinkdeckServer linkdeck;
    if (!linkdeck.start(cluster.url(u"bench_linkdeck"_s), QDir(dir).filePath(u"linkdeck"_s), 2, &error)) {
        v.fail(error);
        return;
    }
    if (!waitForRedirect(seed.port(), knownPath, knownLocation, 30000)
        || !waitForRedirect(linkdeck.port(), knownPath, knownLocation, 30000)) {
        v.fail(u"a server does not redirect %1"_s.arg(QString::fromUtf8(knownPath)));
        return;
    }
    Watch watch;
    watch.servers = {&linkdeck};
    if (watch.catchUp(o.catchUpSeconds) < 0) {
        v.fail(u"linkdeck did not store its probe's click"_s);
        return;
    }
    const qint64 seedProbes = seed.answered();
    const qint64 linkdeckProbes = watch.redirects();
    std::printf("seed's design vs linkdeck: %d links on one PostgreSQL 15 (a database each), wrk keep-alive %d "
                "connections, %d s per round, %d rounds\n",
                o.links, o.connections, o.duration, o.rounds);
    std::vector<double> seedRps, linkdeckRps, linkdeckLag;
    qint64 seedReceived = 0, linkdeckReceived = 0, linkdeckTrail = 0;
    for (int round = 1; round <= o.rounds; ++round) {
        const LinkdeckRound l = linkdeckRound(watch, {linkdeck.port()}, o.connections, o, script);
        printRound("linkdeck", round, l);
        if (l.catchUp < 0)
            v.fail(u"linkdeck's clicks not all stored %1 s after round %2"_s.arg(o.catchUpSeconds).arg(round));
        if (roundCounts(v, "linkdeck", round, l.wrk)) {
            linkdeckRps.push_back(l.wrk.requestsPerSecond);
            linkdeckLag.insert(linkdeckLag.end(), l.lag.begin(), l.lag.end());
        }
        linkdeckReceived += l.wrk.requests;
        linkdeckTrail = std::max(linkdeckTrail, l.maxTrail);

        const WrkResult s = runWrk({seed.port()}, o.connections, o.duration, script, {});
        std::printf("seed     round %d: %9.0f req/s  p99 %6.2f ms; every click INSERTed before its answer\n", round,
                    s.requestsPerSecond, s.p99Ms);
        if (roundCounts(v, "seed", round, s))
            seedRps.push_back(s.requestsPerSecond);
        seedReceived += s.requests;
    }
    if (!seedRps.empty() && !linkdeckRps.empty()) {
        const double ratio = median(linkdeckRps) / std::max(1.0, median(seedRps));
        std::printf("seed's design vs linkdeck on one PostgreSQL, %d links: linkdeck %.0f req/s (%s, stored trailed "
                    "by at most %lld clicks) vs seed %.0f req/s (INSERT per click, never behind) -> %.2fx\n",
                    o.links, median(linkdeckRps), qPrintable(lagText(linkdeckLag)), linkdeckTrail, median(seedRps),
                    ratio);
        v.target("linkdeck outruns the seed (> 1.00x)", ratio > 1.0);
        v.target("linkdeck's ingest lag p99 < 2000 ms",
                 !linkdeckLag.empty() && percentile(linkdeckLag, 0.99) < LagP99BarMs);
    }
    // The clean stop, then the tables against the counts.
    std::printf("clicks after a clean stop:\n");
    seed.stop();
    const qint64 seedRows = pgCount(cluster, u"bench_seed"_s);
    std::printf("  seed: %lld redirects answered, %lld unanswered, %lld failed INSERTs; %lld clicks in PostgreSQL\n",
                seed.answered(), seed.unanswered(), seed.failedInserts(), seedRows);
    if (seedRows != seed.answered() + seed.unanswered() || seed.failedInserts() != 0)
        v.fail(u"seed: %1 clicks in PostgreSQL != %2 answered + %3 unanswered"_s.arg(seedRows)
                   .arg(seed.answered())
                   .arg(seed.unanswered()));
    checkAnswers(v, "seed", seed.answered(), seedProbes, seedReceived, qint64(o.connections) * o.rounds);
    QString stopError;
    const StopCounts l = linkdeck.stop(&stopError);
    checkStopped(v, "linkdeck", l, stopError);
    const qint64 linkdeckRows = pgCount(cluster, u"bench_linkdeck"_s);
    std::printf("  linkdeck: %lld clicks in PostgreSQL\n", linkdeckRows);
    if (l.ok) {
        if (linkdeckRows != l.stored)
            v.fail(u"linkdeck: %1 clicks in PostgreSQL, the server stored %2"_s.arg(linkdeckRows).arg(l.stored));
        checkAnswers(v, "linkdeck", l.answered, linkdeckProbes, linkdeckReceived, qint64(o.connections) * o.rounds);
    }
}

// ---- Part "team": two instances on one PostgreSQL against one on SQLite ----------------------

void teamAgainstSqlite(const Test::PgCluster &cluster, PgConnection &admin, const QString &dir, const Options &o,
                       Verdict &v)
{
    const QStringList slugs = randomSlugs(o.links);
    const QString script = writeScript(dir, slugs);
    const QString sqlite = QDir(dir).filePath(u"alone.sqlite"_s);
    if (!fillPgDatabase(admin, cluster, u"bench_team"_s, slugs, nullptr) || !fillSqlite(sqlite, slugs)) {
        v.fail(u"cannot fill the databases"_s);
        return;
    }
    const QByteArray knownPath = "/" + slugs.first().toUtf8();
    const QByteArray knownLocation = destinationFor(0).toUtf8();
    QString error;
    LinkdeckServer a, b, alone;
    if (!a.start(cluster.url(u"bench_team"_s), QDir(dir).filePath(u"a"_s), 1, &error)
        || !b.start(cluster.url(u"bench_team"_s), QDir(dir).filePath(u"b"_s), 1, &error)
        || !alone.start(sqlite, QDir(dir).filePath(u"alone"_s), 2, &error)) {
        v.fail(error);
        return;
    }
    for (LinkdeckServer *s : {&a, &b, &alone}) {
        if (!waitForRedirect(s->port(), knownPath, knownLocation, 30000)) {
            v.fail(u"a server does not redirect %1"_s.arg(QString::fromUtf8(knownPath)));
            return;
        }
    }
    Watch team, single;
    team.servers = {&a, &b};
    single.servers = {&alone};
    if (team.catchUp(o.catchUpSeconds) < 0 || single.catchUp(o.catchUpSeconds) < 0) {
        v.fail(u"the probes' clicks were not stored"_s);
        return;
    }
    const qint64 probesA = a.health().redirects, probesB = b.health().redirects, probesAlone = alone.health().redirects;
    const int half = o.connections / 2;
    std::printf("two instances on one PostgreSQL vs one on SQLite: %d links, two wrk of %d keep-alive connections "
                "each, %d s per round, %d rounds\n",
                o.links, half, o.duration, o.rounds);
    std::vector<double> teamRps, aloneRps, teamLag, aloneLag;
    qint64 teamReceived = 0, aloneReceived = 0;
    for (int round = 1; round <= o.rounds; ++round) {
        const LinkdeckRound t = linkdeckRound(team, {a.port(), b.port()}, half, o, script);
        printRound("two instances on PostgreSQL", round, t);
        if (t.catchUp < 0)
            v.fail(u"the team's clicks not all stored %1 s after round %2"_s.arg(o.catchUpSeconds).arg(round));
        if (roundCounts(v, "team", round, t.wrk)) {
            teamRps.push_back(t.wrk.requestsPerSecond);
            teamLag.insert(teamLag.end(), t.lag.begin(), t.lag.end());
        }
        teamReceived += t.wrk.requests;

        const LinkdeckRound s = linkdeckRound(single, {alone.port(), alone.port()}, half, o, script);
        printRound("one instance on SQLite", round, s);
        if (s.catchUp < 0)
            v.fail(u"SQLite's clicks not all stored %1 s after round %2"_s.arg(o.catchUpSeconds).arg(round));
        if (roundCounts(v, "sqlite", round, s.wrk)) {
            aloneRps.push_back(s.wrk.requestsPerSecond);
            aloneLag.insert(aloneLag.end(), s.lag.begin(), s.lag.end());
        }
        aloneReceived += s.wrk.requests;
    }
    if (!teamRps.empty() && !aloneRps.empty()) {
        std::printf("two instances on one PostgreSQL vs one on SQLite, %d links: team %.0f req/s (%s) vs SQLite %.0f "
                    "req/s (%s) -> %.2fx\n",
                    o.links, median(teamRps), qPrintable(lagText(teamLag)), median(aloneRps),
                    qPrintable(lagText(aloneLag)), median(teamRps) / std::max(1.0, median(aloneRps)));
        v.target("the team's ingest lag p99 < 2000 ms", !teamLag.empty() && percentile(teamLag, 0.99) < LagP99BarMs);
    }
    std::printf("clicks after a clean stop:\n");
    QString errorA, errorB, errorAlone;
    const StopCounts sa = a.stop(&errorA), sb = b.stop(&errorB), sAlone = alone.stop(&errorAlone);
    checkStopped(v, "team instance a", sa, errorA);
    checkStopped(v, "team instance b", sb, errorB);
    checkStopped(v, "sqlite", sAlone, errorAlone);
    const qint64 teamRows = pgCount(cluster, u"bench_team"_s);
    const qint64 aloneRows = sqliteCount(sqlite);
    std::printf("  team: %lld clicks in PostgreSQL; sqlite: %lld clicks in its file\n", teamRows, aloneRows);
    if (sa.ok && sb.ok) {
        if (teamRows != sa.stored + sb.stored)
            v.fail(u"team: %1 clicks in PostgreSQL, the instances stored %2 + %3"_s.arg(teamRows).arg(sa.stored).arg(
                sb.stored));
        checkAnswers(v, "the team", sa.answered + sb.answered, probesA + probesB, teamReceived,
                     qint64(o.connections) * o.rounds);
    }
    if (sAlone.ok) {
        if (aloneRows != sAlone.stored)
            v.fail(u"sqlite: %1 clicks in its file, the server stored %2"_s.arg(aloneRows).arg(sAlone.stored));
        checkAnswers(v, "sqlite", sAlone.answered, probesAlone, aloneReceived, qint64(o.connections) * o.rounds);
    }
}

// ---- Part "rollups": a campaign over 10 M clicks in PostgreSQL's click_hours -----------------

// Hours are in seconds since the epoch, multiples of 3600, as PgClickWriter writes them. The
// clicks span 120 days from a fixed start (2026-01-01 UTC); the queries read the last 90.
constexpr qint64 RollupStart = 1767225600;
constexpr int RollupDays = 120;
constexpr int QueryDays = 90;
constexpr double RollupBarMs = 200;

const char *const Countries[] = {"US", "DE", "GB", "FR", "IN", "BR", "JP", "CA", "ES", "IT",
                                 "NL", "PL", "SE", "AU", "MX", "KR", "TR", "CH", "AT", "BE"};
const char *const Referrers[] = {
    "", "google.com", "t.co", "facebook.com", "linkedin.com", "newsletter.example.com", "reddit.com", "bing.com"};
const char *const Devices[] = {"desktop", "mobile", "tablet"};
const char *const Browsers[] = {"Chrome", "Safari", "Firefox", "Edge", "Samsung Internet"};
const char *const Systems[] = {"Windows", "Android", "iOS", "macOS", "Linux"};

// Skewed: index 0 most often (about 1/(k+1)).
template<std::size_t N>
const char *skewed(const char *const (&values)[N], quint64 r)
{
    static const std::vector<double> cumulative = [] {
        std::vector<double> c;
        double sum = 0;
        for (std::size_t k = 0; k < N; ++k)
            c.push_back(sum += 1.0 / double(k + 1));
        for (double &v : c)
            v /= sum;
        return c;
    }();
    const double u = double(r % 1000000) / 1000000.0;
    return values[std::min<std::size_t>(
        N - 1, std::size_t(std::lower_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin()))];
}

void rollups(const Test::PgCluster &cluster, PgConnection &admin, qint64 clicks, int links, const Options &o,
             Verdict &v)
{
    const QString name = u"bench_rollups"_s;
    for (const QString &sql : {u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s, u"CREATE DATABASE %1"_s}) {
        if (!admin.exec(sql.arg(name))) {
            v.fail(u"cannot create the rollups' database"_s);
            return;
        }
    }
    auto connected = PgSchema::connect(cluster.url(name));
    if (!connected) {
        v.fail(connected.error().message);
        return;
    }
    PgConnection conn = std::move(connected).value();
    QElapsedTimer fill;
    fill.start();
    // Links: every 20th of the campaign "spring".
    {
        Server::Pg::PgTransaction tx(conn);
        PgCopyText rows;
        const QStringList slugs = randomSlugs(links);
        for (int i = 0; i < links; ++i) {
            rows.addInt(i + 1);
            rows.addInt(1);
            rows.addText("localhost:8080");
            rows.addText(slugs.at(i).toStdString());
            rows.addText("http://localhost:8080/" + slugs.at(i).toStdString());
            rows.addText(destinationFor(i).toStdString());
            rows.addText(i % 20 == 0 ? "spring" : "");
            rows.addInt(RollupStart * 1000);
            rows.addInt(RollupStart * 1000);
            rows.endRow();
        }
        if (!tx.begun() || !conn.exec(u"SET LOCAL linkdeck.bulk_load = 'on'"_s)
            || !conn.copyBegin(u"COPY links(id, account_id, domain, slug, short_url, destination, campaign, "
                               u"created_at, updated_at) FROM STDIN"_s)
            || !conn.copyPut(rows.data()) || !conn.copyEnd() || !tx.commit()) {
            v.fail(u"cannot store the rollups' links"_s);
            return;
        }
    }
    // Clicks per link: Zipf over links, the hour of the day shaping each day, 3% bots; each
    // link-hour one click_hours row with every breakdown of its clicks (Rollups::Breakdown, as
    // PgClickWriter packs them). What the campaign's queries must answer is counted on the way.
    const qint64 hours = qint64(RollupDays) * 24;
    const qint64 queryFrom = RollupStart + (hours - qint64(QueryDays) * 24) * 3600;
    const qint64 queryTo = RollupStart + hours * 3600;
    std::vector<double> weight(static_cast<std::size_t>(links)), shape(static_cast<std::size_t>(hours));
    double weightSum = 0, shapeSum = 0;
    for (int i = 0; i < links; ++i)
        weightSum += weight[std::size_t(i)] = 1.0 / std::pow(double(i + 1), 0.9);
    for (qint64 h = 0; h < hours; ++h)
        shapeSum += shape[std::size_t(h)] = 1.0 + 0.8 * std::sin(double(h % 24) / 24.0 * 2 * M_PI);
    quint64 state = 0x2545F4914F6CDD1DULL;
    auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    std::map<qint64, qint64> expectedSeries;           // hour -> people's clicks of the campaign
    std::map<std::string, qint64> expectedCountries;   // people's clicks of the campaign
    qint64 generated = 0, rowsWritten = 0;
    if (!conn.exec(u"BEGIN"_s)
        || !conn.copyBegin(u"COPY click_hours(link_id, hour, clicks, bots, dims) FROM STDIN"_s)) {
        v.fail(u"cannot start the click_hours COPY"_s);
        return;
    }
    PgCopyText rows;
    for (int i = 0; i < links; ++i) {
        const double linkClicks = double(clicks) * weight[std::size_t(i)] / weightSum;
        const bool campaign = i % 20 == 0;
        for (qint64 h = 0; h < hours; ++h) {
            const double expected = linkClicks * shape[std::size_t(h)] / shapeSum;
            qint64 count = qint64(expected);
            if (double(next() % 1000000) / 1000000.0 < expected - double(count))
                ++count;
            if (count == 0)
                continue;
            const qint64 hour = RollupStart + h * 3600;
            const bool counted = campaign && hour >= queryFrom && hour < queryTo;
            Rollups::Breakdown breakdown;
            qint64 bots = 0;
            for (qint64 c = 0; c < count; ++c) {
                const bool bot = next() % 100 < 3;
                const std::uint8_t flag = bot ? Rollups::BotFlag : 0;
                const char *country = skewed(Countries, next());
                breakdown.add(std::uint8_t(Rollups::Country | flag), country, 1);
                breakdown.add(std::uint8_t(Rollups::Referrer | flag), skewed(Referrers, next()), 1);
                breakdown.add(std::uint8_t(Rollups::Device | flag), skewed(Devices, next()), 1);
                breakdown.add(std::uint8_t(Rollups::Browser | flag), skewed(Browsers, next()), 1);
                breakdown.add(std::uint8_t(Rollups::Os | flag), skewed(Systems, next()), 1);
                bots += bot ? 1 : 0;
                if (counted && !bot)
                    ++expectedCountries[country];
            }
            if (counted)
                expectedSeries[hour] += count - bots;
            rows.addInt(i + 1);
            rows.addInt(hour);
            rows.addInt(count);
            rows.addInt(bots);
            rows.addBytea(breakdown.encode());
            rows.endRow();
            generated += count;
            ++rowsWritten;
            if (rows.data().size() > (8 << 20)) {
                if (!conn.copyPut(rows.data())) {
                    v.fail(u"the click_hours COPY failed"_s);
                    return;
                }
                rows.clear();
            }
        }
    }
    if (!conn.copyPut(rows.data()) || !conn.copyEnd() || !conn.exec(u"COMMIT"_s) || !conn.exec(u"ANALYZE"_s)) {
        v.fail(u"the click_hours COPY failed"_s);
        return;
    }
    const auto stored = conn.exec(u"SELECT count(*), sum(clicks) FROM click_hours"_s);
    std::printf("rollups: %lld clicks of %d links over %d days in %lld click_hours rows (COPY) in %.1f s; "
                "PostgreSQL holds %lld rows, %lld clicks\n",
                generated, links, RollupDays, rowsWritten, fill.elapsed() / 1000.0, stored ? stored->toInt64(0, 0) : -1,
                stored ? stored->toInt64(0, 1) : -1);
    if (!stored || stored->toInt64(0, 1) != generated)
        v.fail(u"click_hours does not hold the clicks written"_s);

    // The campaign's link ids first (links.campaign), in the same statement, so that the rows are
    // read through click_hours' primary key (link_id, hour).
    const QString where = u" FROM click_hours h WHERE h.link_id = ANY(ARRAY(SELECT id FROM links WHERE campaign = "
                          u"$1)) AND h.hour >= $2 AND h.hour < $3"_s;
    const QVariantList params{u"spring"_s, queryFrom, queryTo};
    std::vector<double> seriesMs, countriesMs;
    bool seriesRight = true, countriesRight = true;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        const auto r =
            conn.exec(u"SELECT h.hour, sum(h.clicks - h.bots)"_s + where + u" GROUP BY h.hour ORDER BY 1"_s, params);
        std::map<qint64, qint64> series;
        for (int i = 0; r && i < r->rows(); ++i)
            series[r->toInt64(i, 0)] = r->toInt64(i, 1);
        seriesMs.push_back(t.nsecsElapsed() / 1e6);
        seriesRight = seriesRight && r && series == expectedSeries;

        // Country: the dims blobs in binary, unpacked here (people's clicks only).
        t.start();
        const QByteArray sql = (u"SELECT h.dims"_s + where).toUtf8();
        const QByteArray from = QByteArray::number(queryFrom), to = QByteArray::number(queryTo);
        const char *values[3] = {"spring", from.constData(), to.constData()};
        PGresult *blobs = PQexecParams(conn.handle(), sql.constData(), 3, nullptr, values, nullptr, nullptr, 1);
        std::map<std::string, qint64> countries;
        const bool ok = PQresultStatus(blobs) == PGRES_TUPLES_OK;
        for (int i = 0; ok && i < PQntuples(blobs); ++i) {
            Rollups::forEach(std::string_view(PQgetvalue(blobs, i, 0), std::size_t(PQgetlength(blobs, i, 0))),
                             [&](std::uint8_t code, std::string_view value, std::int64_t n) {
                                 if (code == Rollups::Country)
                                     countries[std::string(value)] += n;
                             });
        }
        PQclear(blobs);
        countriesMs.push_back(t.nsecsElapsed() / 1e6);
        countriesRight = countriesRight && ok && countries == expectedCountries;
    }
    qint64 campaignClicks = 0;
    for (const auto &[hour, n] : expectedSeries)
        campaignClicks += n;
    std::printf("campaign hourly series (%zu hours, %lld people's clicks of 50 links, last %d days): median %.1f ms of "
                "5 (%.1f .. %.1f)%s\n",
                expectedSeries.size(), campaignClicks, QueryDays, median(seriesMs), percentile(seriesMs, 0),
                percentile(seriesMs, 1), seriesRight ? "" : "; WRONG ANSWER");
    std::printf(
        "campaign country breakdown (%zu countries from the dims blobs): median %.1f ms of 5 (%.1f .. %.1f)%s\n",
        expectedCountries.size(), median(countriesMs), percentile(countriesMs, 0), percentile(countriesMs, 1),
        countriesRight ? "" : "; WRONG ANSWER");
    if (!seriesRight)
        v.fail(u"the campaign's series differs from the clicks written"_s);
    if (!countriesRight)
        v.fail(u"the campaign's countries differ from the clicks written"_s);
    v.target("campaign series over 10 M clicks < 200 ms", median(seriesMs) < RollupBarMs);
    v.target("campaign country breakdown over 10 M clicks < 200 ms", median(countriesMs) < RollupBarMs);
    (void)o;
}

}   // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption linksOpt(u"links"_s, u"Links to pick from at random."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption durationOpt(u"duration"_s, u"Seconds per wrk round."_s, u"s"_s, u"20"_s);
    const QCommandLineOption roundsOpt(u"rounds"_s, u"Alternating rounds."_s, u"n"_s, u"2"_s);
    const QCommandLineOption connectionsOpt(u"connections"_s, u"wrk connections (keep-alive) in all."_s, u"n"_s,
                                            u"64"_s);
    const QCommandLineOption partOpt(u"part"_s, u"seed, team, rollups or all."_s, u"part"_s, u"all"_s);
    const QCommandLineOption clicksOpt(u"clicks"_s, u"Clicks in the rollups (part rollups)."_s, u"n"_s, u"10000000"_s);
    const QCommandLineOption catchUpOpt(u"catch-up"_s, u"Seconds the clicks may take to be stored after a round."_s,
                                        u"s"_s, u"60"_s);
    const QCommandLineOption checkOpt(u"check"_s, u"Exit 1 when a target is missed."_s);
    parser.addOptions({linksOpt, durationOpt, roundsOpt, connectionsOpt, partOpt, clicksOpt, catchUpOpt, checkOpt});
    parser.process(app);
    Options o;
    o.links = parser.value(linksOpt).toInt();
    o.duration = parser.value(durationOpt).toInt();
    o.rounds = parser.value(roundsOpt).toInt();
    o.connections = parser.value(connectionsOpt).toInt();
    o.catchUpSeconds = parser.value(catchUpOpt).toInt();
    o.check = parser.isSet(checkOpt);
    const QString part = parser.value(partOpt);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (o.links <= 0 || o.duration <= 0 || o.rounds <= 0 || o.connections < 2
        || (part != u"seed" && part != u"team" && part != u"rollups" && part != u"all")) {
        std::fprintf(stderr, "bench_teamserver: see --help\n");
        return 1;
    }
    if (QStandardPaths::findExecutable(u"wrk"_s).isEmpty()) {
        std::fprintf(stderr, "bench_teamserver needs wrk (apt-get install wrk)\n");
        return 1;
    }

    QTemporaryDir tmp;
    Test::PgCluster cluster;
    if (!cluster.start(freePort())) {
        std::fprintf(stderr, "%s\n", qPrintable(cluster.error()));
        return 1;
    }
    auto opened = PgConnection::open(cluster.conninfo());
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    PgConnection admin = std::move(opened).value();
    Verdict verdict;
    if (part == u"seed" || part == u"all") {
        QDir().mkpath(tmp.filePath(u"seed"_s));
        seedAgainstLinkdeck(cluster, admin, tmp.filePath(u"seed"_s), o, verdict);
    }
    if (part == u"team" || part == u"all") {
        QDir().mkpath(tmp.filePath(u"team"_s));
        teamAgainstSqlite(cluster, admin, tmp.filePath(u"team"_s), o, verdict);
    }
    if (part == u"rollups" || part == u"all")
        rollups(cluster, admin, parser.value(clicksOpt).toLongLong(), 1000, o, verdict);
    const int code = verdict.finish(o.check);
    if (!cluster.stop(u"fast"_s))
        std::fprintf(stderr, "PostgreSQL did not stop: %s\n", qPrintable(cluster.error()));
    return code;
}
