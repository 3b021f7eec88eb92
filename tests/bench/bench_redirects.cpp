// Redirect throughput of linkdeck-server with click capture on, against nginx answering
// `return 302` from a `map` of the same slugs, measured in the same run.
//
//   bench_redirects [--links N] [--duration S] [--rounds R] [--connections C] [--check]
//   bench_redirects --load-links 1000000      index load time and RSS for a million links
//   bench_redirects --sustained 60            clicks reach the database at full rate for S seconds
//
// wrk -t1 -cC -dS with a Lua script picking random slugs among N (default 1000); the two
// servers alternate, R rounds (default 3), and the medians are compared. Each server gets
// the same 2 I/O workers. Needs wrk and nginx on PATH (apt: wrk nginx-light).

#include "core/database.h"
#include "core/linkrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

struct WrkResult
{
    double requestsPerSecond = 0;
    double p99Ms = 0;
    qint64 requests = 0;
    qint64 non3xx = 0;
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

WrkResult runWrk(quint16 port, int connections, int seconds, const QString &script)
{
    QProcess wrk;
    wrk.setProcessChannelMode(QProcess::MergedChannels);
    wrk.start(u"wrk"_s, {u"-t1"_s, u"-c%1"_s.arg(connections), u"-d%1s"_s.arg(seconds), u"--latency"_s, u"-s"_s, script,
                          u"http://127.0.0.1:%1/"_s.arg(port)});
    wrk.waitForFinished(seconds * 1000 + 30000);
    const QString out = QString::fromUtf8(wrk.readAll());
    WrkResult r;
    static const QRegularExpression rps(u"Requests/sec:\\s+([0-9.]+)"_s);
    static const QRegularExpression p99(u"99%\\s+([0-9.]+(?:us|ms|s))"_s);
    static const QRegularExpression total(u"(\\d+) requests in"_s);
    static const QRegularExpression non2xx(u"Non-2xx or 3xx responses: (\\d+)"_s);
    r.requestsPerSecond = rps.match(out).captured(1).toDouble();
    r.p99Ms = toMs(p99.match(out).captured(1));
    r.requests = total.match(out).captured(1).toLongLong();
    r.non3xx = non2xx.match(out).captured(1).toLongLong();
    if (r.requestsPerSecond == 0)
        std::fprintf(stderr, "wrk said:\n%s\n", qPrintable(out));
    return r;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

bool fillLinks(const QString &path, int count)
{
    Database db;
    if (!db.open(path))
        return false;
    LinkRepository links(db);
    for (int start = 0; start < count; start += 20000) {
        QList<Link> batch;
        for (int i = start; i < std::min(count, start + 20000); ++i) {
            Link l;
            l.accountId = 1;
            l.domain = u"localhost:8080"_s;
            l.slug = u"s%1"_s.arg(i);
            l.shortUrl = u"http://localhost:8080/"_s + l.slug;
            l.destination = u"https://shop%1.example.com/products/item-%2?utm_source=newsletter&utm_medium=email"_s.arg(i % 50).arg(i);
            batch << l;
        }
        if (!links.insertMany(batch))
            return false;
    }
    return true;
}

struct Server
{
    QProcess process;
    quint16 port = 0;
    QByteArray output;

    bool waitFor(const QRegularExpression &re, int ms = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            process.waitForReadyRead(100);
            output += process.readAll();
            if (re.match(QString::fromUtf8(output)).hasMatch())
                return true;
            if (process.state() != QProcess::Running)
                return false;
        }
        return false;
    }
    ~Server()
    {
        if (process.state() == QProcess::Running) {
            process.terminate();
            if (!process.waitForFinished(20000))
                process.kill();
        }
    }
};

QString serverBinary()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"../../app/server/linkdeck-server"_s);
}

bool startLinkdeck(Server &s, const QString &db, const QStringList &extra = {})
{
    s.port = freePort();
    s.process.setProcessChannelMode(QProcess::MergedChannels);
    s.process.start(serverBinary(), QStringList{u"--db"_s, db, u"--listen"_s, u"127.0.0.1:%1"_s.arg(s.port), u"--threads"_s, u"2"_s} + extra);
    return s.waitFor(QRegularExpression(u"listening on"_s));
}

long rssKb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

qint64 scalar(const QString &db, const QString &sql)
{
    Database d;
    if (!d.open(db))
        return -1;
    QSqlQuery q(d.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption linksOpt(u"links"_s, u"Slugs to pick from."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption durationOpt(u"duration"_s, u"Seconds per wrk run."_s, u"s"_s, u"10"_s);
    const QCommandLineOption roundsOpt(u"rounds"_s, u"Alternating rounds."_s, u"n"_s, u"3"_s);
    const QCommandLineOption connectionsOpt(u"connections"_s, u"wrk connections."_s, u"n"_s, u"64"_s);
    const QCommandLineOption loadOpt(u"load-links"_s, u"Measure index load and RSS for this many links."_s, u"n"_s);
    const QCommandLineOption sustainedOpt(u"sustained"_s, u"Run wrk this long and watch ingestion."_s, u"s"_s);
    const QCommandLineOption checkOpt(u"check"_s, u"Exit 1 when a target is missed."_s);
    parser.addOptions({linksOpt, durationOpt, roundsOpt, connectionsOpt, loadOpt, sustainedOpt, checkOpt});
    parser.process(app);
    const bool check = parser.isSet(checkOpt);

    QTemporaryDir tmp;
    const QString db = tmp.filePath(u"links.sqlite"_s);

    if (parser.isSet(loadOpt)) {
        const int count = parser.value(loadOpt).toInt();
        QElapsedTimer fill;
        fill.start();
        if (!fillLinks(db, count))
            return 1;
        std::printf("filled %d links in %.1f s\n", count, fill.elapsed() / 1000.0);
        // Reference: reading the same rows with a plain SELECT in this process.
        QElapsedTimer ref;
        ref.start();
        const qint64 n = scalar(db, u"SELECT count(destination) FROM links"_s);
        const double refMs = ref.elapsed();
        Server s;
        if (!startLinkdeck(s, db))
            return 1;
        static const QRegularExpression loaded(u"(\\d+) links loaded in (\\d+) ms"_s);
        const auto m = loaded.match(QString::fromUtf8(s.output));
        const double loadMs = m.captured(2).toDouble();
        QThread::msleep(300);
        const long rss = rssKb(s.process.processId());
        std::printf("index load: %s links in %.0f ms (reference SELECT count(destination) over %lld rows: %.0f ms, %.1fx)\n",
                    qPrintable(m.captured(1)), loadMs, n, refMs, loadMs / std::max(1.0, refMs));
        std::printf("server RSS with %d links: %ld MB\n", count, rss / 1024);
        const bool ok = loadMs < 2000 && rss / 1024 < 300;
        std::printf("targets (load < 2000 ms, RSS < 300 MB): %s\n", ok ? "met" : "MISSED");
        std::printf("bench: %d passed, %d failed\n", ok || !check ? 1 : 0, ok || !check ? 0 : 1);
        return ok || !check ? 0 : 1;
    }

    const int links = parser.value(linksOpt).toInt();
    const int seconds = parser.value(durationOpt).toInt();
    const int rounds = parser.value(roundsOpt).toInt();
    const int connections = parser.value(connectionsOpt).toInt();
    if (QStandardPaths::findExecutable(u"wrk"_s).isEmpty()) {
        std::fprintf(stderr, "bench_redirects needs wrk (apt-get install wrk)\n");
        return 1;
    }
    if (!fillLinks(db, links))
        return 1;

    // The same random pick of slugs for both servers.
    const QString script = tmp.filePath(u"random.lua"_s);
    {
        QFile f(script);
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral("math.randomseed(42)\nrequest = function()\n  return wrk.format(\"GET\", \"/s\" .. math.random(0, %1), "
                               "{[\"Host\"] = \"localhost:8080\"})\nend\n").arg(links - 1).toUtf8());
    }

    if (parser.isSet(sustainedOpt)) {
        const int duration = parser.value(sustainedOpt).toInt();
        Server s;
        if (!startLinkdeck(s, db))
            return 1;
        const QString journal = db + u".journal"_s;
        QProcess wrk;
        wrk.setProcessChannelMode(QProcess::MergedChannels);
        wrk.start(u"wrk"_s, {u"-t1"_s, u"-c%1"_s.arg(connections), u"-d%1s"_s.arg(duration), u"-s"_s, script,
                              u"http://127.0.0.1:%1/"_s.arg(s.port)});
        qint64 maxJournal = 0;
        for (int second = 0; second < duration; ++second) {
            QThread::sleep(1);
            qint64 size = 0;
            for (const QFileInfo &f : QDir(journal).entryInfoList(QDir::Files))
                size += f.size();
            maxJournal = std::max(maxJournal, size);
            std::printf("t=%2ds journal %6.1f MB  clicks stored %lld\n", second + 1, size / 1048576.0,
                        scalar(db, u"SELECT count(*) FROM clicks"_s));
            std::fflush(stdout);
        }
        wrk.waitForFinished(30000);
        const QString out = QString::fromUtf8(wrk.readAll());
        static const QRegularExpression total(u"(\\d+) requests in"_s);
        const qint64 requests = total.match(out).captured(1).toLongLong();
        s.process.terminate();
        s.process.waitForFinished(60000);
        const qint64 stored = scalar(db, u"SELECT count(*) FROM clicks"_s);
        std::printf("%lld requests in %d s (%.0f/s); %lld clicks stored; largest journal %.1f MB\n", requests, duration,
                    double(requests) / duration, stored, maxJournal / 1048576.0);
        const bool ok = stored >= requests && maxJournal < 256LL * 1024 * 1024;
        std::printf("bench: %d passed, %d failed\n", ok ? 1 : 0, ok ? 0 : 1);
        return ok ? 0 : 1;
    }

    const bool haveNginx = !QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/usr/bin"_s}).isEmpty();
    const QString nginxConf = tmp.filePath(u"nginx.conf"_s);
    const quint16 nginxPort = freePort();
    {
        QFile f(nginxConf);
        f.open(QIODevice::WriteOnly);
        QByteArray map;
        Database d;
        d.open(db);
        QSqlQuery q(d.connection());
        q.exec(u"SELECT slug, destination FROM links"_s);
        while (q.next())
            map += "    /" + q.value(0).toString().toUtf8() + " \"" + q.value(1).toString().toUtf8() + "\";\n";
        f.write("worker_processes 2;\npid " + tmp.filePath(u"nginx.pid"_s).toUtf8() + ";\nerror_log " +
                tmp.filePath(u"nginx.err"_s).toUtf8() + ";\ndaemon off;\nevents { worker_connections 4096; }\nhttp {\n"
                "  access_log off;\n  map_hash_max_size 262144;\n  map_hash_bucket_size 256;\n  map $uri $target {\n    default \"https://example.com/\";\n" +
                map + "  }\n  server {\n    listen 127.0.0.1:" + QByteArray::number(nginxPort) +
                ";\n    location / { return 302 $target; }\n  }\n}\n");
    }

    std::vector<double> nginxRps, linkdeckRps, linkdeckP99, nginxP99;
    qint64 linkdeckRequests = 0;
    Server linkdeck;
    if (!startLinkdeck(linkdeck, db))
        return 1;
    Server nginx;
    if (haveNginx) {
        nginx.process.setProcessChannelMode(QProcess::MergedChannels);
        nginx.process.start(QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/usr/bin"_s}),
                            {u"-c"_s, nginxConf, u"-p"_s, tmp.path()});
        QThread::msleep(500);
    }
    for (int round = 0; round < rounds; ++round) {
        if (haveNginx) {
            const WrkResult n = runWrk(nginxPort, connections, seconds, script);
            nginxRps.push_back(n.requestsPerSecond);
            nginxP99.push_back(n.p99Ms);
            std::printf("round %d nginx     %9.0f req/s  p99 %6.2f ms\n", round + 1, n.requestsPerSecond, n.p99Ms);
        }
        const WrkResult l = runWrk(linkdeck.port, connections, seconds, script);
        linkdeckRps.push_back(l.requestsPerSecond);
        linkdeckP99.push_back(l.p99Ms);
        linkdeckRequests += l.requests;
        std::printf("round %d linkdeck  %9.0f req/s  p99 %6.2f ms  (non-3xx: %lld)\n", round + 1, l.requestsPerSecond, l.p99Ms,
                    l.non3xx);
        std::fflush(stdout);
    }
    linkdeck.process.terminate();
    linkdeck.process.waitForFinished(60000);
    const qint64 stored = scalar(db, u"SELECT count(*) FROM clicks"_s);
    const double ratio = haveNginx ? median(linkdeckRps) / std::max(1.0, median(nginxRps)) : 0;
    std::printf("median: linkdeck-server %.0f req/s (p99 %.2f ms) with click capture", median(linkdeckRps), median(linkdeckP99));
    if (haveNginx)
        std::printf(", nginx %.0f req/s (p99 %.2f ms): ratio %.2fx", median(nginxRps), median(nginxP99), ratio);
    std::printf("\nclicks: %lld redirects served, %lld clicks in the database after a clean stop\n", linkdeckRequests, stored);
    const bool capture = stored >= linkdeckRequests;
    const bool fast = ratio >= 0.85 && median(linkdeckP99) < 5.0;
    std::printf("targets (>= 0.85x nginx, p99 < 5 ms, every click stored): %s\n",
                capture && fast ? "met" : capture ? "speed MISSED" : "clicks MISSED");
    const bool ok = capture && (!check || fast);
    std::printf("bench: %d passed, %d failed\n", ok ? 1 : 0, ok ? 0 : 1);
    return ok ? 0 : 1;
}
