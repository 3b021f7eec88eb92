// The redirect index at scale: how long linkdeck-server takes to apply one link edit made by
// the app, and what that costs in memory, with a million links.
//
//   bench_index [--links 1000000] [--edits 100] [--db /tmp/index.sqlite] [--check]
//
// A child process fills a fresh database with N links through the app's LinkRepository (so
// this process's memory is the server's alone), then a real LinkServer starts here and loads
// them. Each edit is a LinkRepository::update of one link's destination, picked up by the
// server's own poll thread; the time is the server's (from reading the change log to
// publishing the new snapshot), and the edit is checked by a real HTTP redirect. RSS is read
// from /proc before and after (after one redirect, whose click starts the click ingestion's
// parsers), and the peak during the edits after resetting it (clear_refs).
// Then a bulk change of 8,193 links in one statement (applied in steps, merged shard by shard),
// and last, for comparison, a gap in the change log that forces one whole reload. With --db, a database
// that exists is used as it is, not filled again (quicker reruns).

#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "server/linkserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

namespace {

const QString Domain = u"localhost:8080"_s;

QString slugOf(int i)
{
    return u"s%1"_s.arg(i);
}

int fill(const QString &path, int count)
{
    Database db;
    if (auto r = db.open(path); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    LinkRepository links(db);
    for (int start = 0; start < count; start += 20000) {
        QList<Link> batch;
        for (int i = start; i < std::min(count, start + 20000); ++i) {
            Link l;
            l.accountId = 1;
            l.domain = Domain;
            l.slug = slugOf(i);
            l.shortUrl = u"http://"_s + Domain + u'/' + l.slug;
            l.destination =
                u"https://shop%1.example.com/products/item-%2?utm_source=newsletter&utm_medium=email"_s.arg(i % 50).arg(
                    i);
            batch << l;
        }
        if (!links.insertMany(batch))
            return 1;
    }
    return 0;
}

// VmRSS or VmHWM of this process, in KiB.
long statusKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(std::strlen(field))).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Lets VmHWM measure from now on (Linux 4.0+); false where it cannot.
bool resetPeak()
{
    QFile f(u"/proc/self/clear_refs"_s);
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

double mb(long kb)
{
    return double(kb) / 1024.0;
}

// The Location the server answers for /slug, or the status line when it is not a redirect.
std::string redirectOf(std::uint16_t port, const QString &slug)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return "(no socket)";
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::string response;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0) {
        const std::string request = "GET /" + slug.toStdString() + " HTTP/1.1\r\nHost: " + Domain.toStdString()
            + "\r\nConnection: close\r\n\r\n";
        if (::send(fd, request.data(), request.size(), 0) == ssize_t(request.size())) {
            char buffer[4096];
            ssize_t n;
            while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0)
                response.append(buffer, std::size_t(n));
        }
    }
    ::close(fd);
    const std::size_t at = response.find("\r\nLocation: ");
    if (at == std::string::npos)
        return response.substr(0, response.find("\r\n"));
    const std::size_t start = at + 12;
    return response.substr(start, response.find("\r\n", start) - start);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Waits for the server's poll thread to have applied `changes` logged changes in all.
bool waitForApplied(const Server::LinkServer &server, std::uint64_t changes)
{
    QElapsedTimer t;
    t.start();
    while (server.indexStats().changesApplied < changes) {
        if (t.elapsed() > 60000)
            return false;
        QThread::msleep(1);
    }
    return true;
}

}   // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption linksOpt(u"links"_s, u"Links in the database."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption editsOpt(u"edits"_s, u"Single-link edits, one at a time."_s, u"n"_s, u"100"_s);
    const QCommandLineOption fillOpt(u"fill"_s, u"(internal) Fill this database and exit."_s, u"path"_s);
    const QCommandLineOption dbOpt(
        u"db"_s, u"Database to use; filled first when it does not exist (default: a temporary one)."_s, u"path"_s);
    const QCommandLineOption checkOpt(u"check"_s, u"Exit 1 when a target is missed."_s);
    parser.addOptions({linksOpt, editsOpt, fillOpt, dbOpt, checkOpt});
    parser.process(app);
    const int count = std::max(1, parser.value(linksOpt).toInt());
    if (parser.isSet(fillOpt))
        return fill(parser.value(fillOpt), count);
    const int edits = std::max(1, parser.value(editsOpt).toInt());

    QTemporaryDir tmp;
    const QString path = parser.isSet(dbOpt) ? parser.value(dbOpt) : tmp.filePath(u"links.sqlite"_s);
    QElapsedTimer timer;
    timer.start();
    if (QFile::exists(path)) {
        std::printf("reusing %s\n", qPrintable(path));
    } else {
        if (QProcess::execute(QCoreApplication::applicationFilePath(),
                              {u"--fill"_s, path, u"--links"_s, QString::number(count)})
            != 0) {
            std::fprintf(stderr, "bench_index: could not fill %s\n", qPrintable(path));
            return 1;
        }
        std::printf("filled %d links in %.1f s (child process)\n", count, timer.elapsed() / 1000.0);
    }
    const long rssBare = statusKb("VmRSS:");

    Server::ServerConfig config;
    config.databasePath = path.toStdString();
    config.listenPort = 0;
    config.ioThreads = 2;
    config.defaultDomain = Domain.toStdString();
    Server::LinkServer server(config);
    if (const auto started = server.start(); !started) {
        std::fprintf(stderr, "bench_index: the server did not start: %s\n", qPrintable(started.error().message));
        return 1;
    }
    const int loaded = std::max(1, int(server.linksLoaded()));
    // One redirect first: its click starts the click ingestion's parsers, which belong to the
    // server's idle memory, not to what an edit costs.
    redirectOf(server.port(), slugOf(0));
    QThread::msleep(1000);
    const long rssIdle = statusKb("VmRSS:");
    std::printf("index load: %zu links in %.0f ms; RSS %.0f MB before the server, %.0f MB with it idle\n",
                server.linksLoaded(), server.indexLoadMillis(), mb(rssBare), mb(rssIdle));

    // One edit at a time, as a person makes them in the app: each through LinkRepository on
    // the app's own connection, then waited for until the server's poll thread applied it.
    Database appDb;
    if (!appDb.open(path)) {
        std::fprintf(stderr, "bench_index: cannot open the database as the app\n");
        return 1;
    }
    LinkRepository links(appDb);
    QSqlDatabase appConn = appDb.connection();
    const bool peakReset = resetPeak();
    const long rssBefore = statusKb("VmRSS:");
    std::vector<double> applyMs;
    bool served = true;
    std::uint64_t expected = server.indexStats().changesApplied;
    double firstMs = 0;
    std::map<int, std::string> destinations;   // the last one each edited link got
    for (int i = 0; i < edits; ++i) {
        const int pick =
            int((std::uint64_t(i) * 2654435761u + 12345) % std::uint64_t(loaded));   // spread over the table
        auto link = links.findBySlug(Domain, slugOf(pick));
        if (!link) {
            std::fprintf(stderr, "bench_index: link %d not found\n", pick);
            return 1;
        }
        // Never the destination it has (a rerun on the same --db): an edit that changes nothing is not one.
        link->destination =
            u"https://edited.example/%1/%2/%3"_s.arg(pick).arg(i).arg(Server::RedirectIndex::lastChange(appConn));
        if (!links.update(*link)) {
            std::fprintf(stderr, "bench_index: the edit was not stored\n");
            return 1;
        }
        if (!waitForApplied(server, ++expected)) {
            std::fprintf(stderr, "bench_index: the server did not apply edit %d within 60 s\n", i);
            return 1;
        }
        applyMs.push_back(server.indexStats().lastApplyMillis);
        if (i == 0)
            firstMs = applyMs.back();
        destinations[pick] = link->destination.toStdString();
    }
    const long rssAfter = statusKb("VmRSS:");
    const long peakEdits = statusKb("VmHWM:");
    // Checked over HTTP after the memory was read: a redirect records a click, and the click
    // ingestion's memory (user-agent parser, batches) is not the index's.
    for (const auto &[pick, destination] : destinations)
        served = served && redirectOf(server.port(), slugOf(pick)) == destination;
    const Server::RedirectIndex::Stats stats = server.indexStats();
    std::printf("one link edit applied to the index in %.3f ms (the first); %d edits one at a time: median %.3f ms, "
                "max %.3f ms; whole reloads during them: %llu; every edit redirected by HTTP: %s\n",
                firstMs, edits, median(applyMs), *std::max_element(applyMs.begin(), applyMs.end()),
                static_cast<unsigned long long>(stats.fullLoads - 1), served ? "yes" : "NO");
    std::printf("RSS with %d links: idle %.0f MB, after the edits %.0f MB, peak during the edits %s\n", loaded,
                mb(rssBefore), mb(rssAfter),
                peakReset ? qPrintable(u"%1 MB"_s.arg(mb(peakEdits), 0, 'f', 0)) : "(not measured)");

    // A bulk change (one statement over many links, as an import or a search-and-replace would
    // be): taken MaxBatch changes at a time, the overlay merged into the tables shard by shard.
    const int bulk = std::min(loaded, 2 * int(Server::RedirectIndex::MaxOverlay) + 1);
    const bool peakResetBulk = resetPeak();
    const long rssBeforeBulk = statusKb("VmRSS:");
    const std::uint64_t mergesBefore = server.indexStats().merges;
    {
        QSqlQuery q(appDb.connection());
        q.exec(
            u"UPDATE links SET destination = destination || '&bulk=1' WHERE id IN (SELECT id FROM links ORDER BY id LIMIT %1)"_s
                .arg(bulk));
    }
    timer.restart();
    const bool bulkApplied = waitForApplied(server, expected + std::uint64_t(bulk));
    while (server.indexStats().merges == mergesBefore && timer.elapsed() < 60000)
        QThread::msleep(1);
    const double bulkMs = double(timer.elapsed());
    const Server::RedirectIndex::Stats afterBulk = server.indexStats();
    const long peakBulk = statusKb("VmHWM:");
    std::printf("a bulk change of %d links: in the index within %.0f ms, %llu merge(s) of the overlay into the tables, "
                "whole reloads: %llu; RSS %.0f MB before, peak %s\n",
                bulk, bulkMs, static_cast<unsigned long long>(afterBulk.merges - mergesBefore),
                static_cast<unsigned long long>(afterBulk.fullLoads - 1), mb(rssBeforeBulk),
                peakResetBulk ? qPrintable(u"%1 MB"_s.arg(mb(peakBulk), 0, 'f', 0)) : "(not measured)");
    const bool bulkOk = bulkApplied && afterBulk.fullLoads == 1 && afterBulk.merges > mergesBefore
        && (!peakResetBulk || mb(peakBulk) < mb(rssBeforeBulk) + 64);

    // For comparison: what every edit cost before, a whole reload (now only after a log gap).
    const bool peakReset2 = resetPeak();
    {
        QSqlDatabase conn = appDb.connection();
        conn.transaction();
        QSqlQuery q(conn);
        q.exec(u"UPDATE links SET destination = 'https://gap.example/' WHERE slug = 's0'"_s);
        q.exec(u"DELETE FROM link_changes"_s);
        conn.commit();
    }
    timer.restart();
    while (server.indexStats().fullLoads < afterBulk.fullLoads + 1 && timer.elapsed() < 60000)
        QThread::msleep(5);
    const Server::RedirectIndex::Stats reloaded = server.indexStats();
    const long peakReload = statusKb("VmHWM:");
    std::printf("for comparison, a whole reload (after a gap in the change log): %.0f ms, peak RSS %s; redirect %s\n",
                reloaded.lastLoadMillis,
                peakReset2 ? qPrintable(u"%1 MB"_s.arg(mb(peakReload), 0, 'f', 0)) : "(not measured)",
                redirectOf(server.port(), u"s0"_s) == "https://gap.example/" ? "updated" : "NOT updated");
    server.stop();

    const bool ok = served && median(applyMs) < 10 && firstMs < 10 && stats.fullLoads == 1 && mb(rssIdle) < 300
        && (!peakReset || mb(peakEdits) < mb(rssBefore) + 16) && bulkOk && reloaded.fullLoads == 2;
    std::printf("targets (edit applied < 10 ms, no whole reload, no memory spike (edits < 16 MB, bulk < 64 MB over "
                "idle; a whole table is ~130 MB), idle RSS < 300 MB): %s\n",
                ok ? "met" : "MISSED");
    std::printf("bench: %d passed, %d failed\n", ok || !parser.isSet(checkOpt) ? 1 : 0,
                ok || !parser.isSet(checkOpt) ? 0 : 1);
    return ok || !parser.isSet(checkOpt) ? 0 : 1;
}
