// Redirect throughput of linkdeck-server with click capture on, against nginx answering
// `return 302` from a `map` of the same slugs, measured in the same run; and the server's
// own click accounting, checked while the traffic runs and exactly after a clean stop
// (issue 17).
//
//   bench_redirects [--links 1000,1000000] [--keep-alive both|on|off] [--duration S] [--rounds R]
//                   [--connections C] [--close-connections C] [--links-cache DIR] [--check]
//   bench_redirects --sustained 60 [--links 1000000] [--check]
//   bench_redirects --load-links 1000000      index load time and RSS for a million links
//
// Filling a million links takes minutes: --links-cache DIR keeps each filled database there
// and copies it next time (the links are the same every run).
//
// By default both 1,000 and 1,000,000 links with random seven-character slugs, each with
// keep-alive and without (wrk -H "Connection: close"). wrk -t1 -cC -dS with a Lua script
// picking slugs at random (the same sequence for both servers); the two servers alternate,
// R rounds (default 3), and the medians are compared in one line per case:
//   redirects 1000000 links keep-alive: linkdeck 81093 req/s (p99 4.2 ms) vs nginx 89746 req/s -> 0.90x
// C is 64 connections with keep-alive and 16 without (--close-connections): a new TCP
// connection per request caps both servers near 15,000 req/s on this machine with 16
// connections as with 64, and at 64 Little's law alone puts every server's mean latency
// at 64 / 15,000 s = 4.3 ms, so a p99 under 5 ms would measure wrk's queue, not the server.
// Each server gets 2 I/O workers. Neither is measured before it answers a known slug with
// its 302; a round at 0 req/s, with socket errors or with a response other than 2xx/3xx
// fails the run and never enters a median. Both servers are stopped cleanly (nginx with
// SIGQUIT to the master from its pid file, waited for with its workers; linkdeck-server with
// SIGTERM), also when the run fails.
//
// Accounting, from the server's /rest/health "clicks" (redirects answered, unanswered, stored,
// lost): polled every 200 ms while wrk runs, stored never exceeds what was answered (plus the
// responses in flight) and never trails it by more than --max-trail seconds of traffic (5;
// a backlog that grows for as long as traffic lasts fails); after each round it catches up
// within --catch-up seconds (30), and the redirects the server answered
// are what wrk received plus at most the requests in flight when wrk stopped (connections,
// plus the ones wrk counted as socket errors). After the clean stop: stored + lost ==
// answered + unanswered exactly, nothing lost, and the database holds exactly the clicks
// stored. Any mismatch fails the run, with or without --check.
//
// --sustained S: S seconds at full rate (1,000,000 links unless --links says otherwise); the
// ingest lag (health "lagMs", every 200 ms) p50/p99/max, the journal's size on disk over
// time, the server's RSS (VmRSS, max over the run) and every click stored.
//
// --rules N: every link gets N redirect rules (device and language, picked at random, seeded),
// and wrk sends a random User-Agent and Accept-Language with each request (both servers the
// same requests; nginx still answers from its map): the bar is 0.85x nginx (issue 11). Before
// it is measured, linkdeck-server must answer the first link's first rule for a visitor it
// matches.
//
// --split: every link also gets a 50/50 A/B split (issue 15), the link's destination against
// the same with "&variant=b"; a visitor no rule matches goes to one of them. With --rules 3
// --split this is issue 15's smart link: the bar is 0.85x nginx and p99 < 5 ms, and after the
// clean stop every click must carry the variant it was sent to (variant 0 only for a rule's
// address, 2 only for B's, 1 only for A's), which fails the run otherwise.
//
// --check also fails the run when a figure misses the bar: below 0.9x nginx (0.85x
// with --rules) or p99 >= 5 ms; sustained: lag p99 >= 2 s (or not reported), RSS >= 300 MB, journal >= 256 MB.
// Needs wrk and nginx (apt: wrk nginx-light).

#include "core/storage/database.h"
#include "core/storage/linkrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <functional>
#include <optional>
#include <unordered_set>
#include <vector>

#include <sys/prctl.h>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

namespace {

constexpr double RatioBar = 0.9;         // at least 0.9x nginx (issue 17)
constexpr double RulesRatioBar = 0.85;   // with --rules: at least 0.85x nginx (issue 11)
constexpr double P99BarMs = 5.0;
constexpr double LagP99BarMs = 2000;
constexpr long RssBarMb = 300;
constexpr qint64 JournalBarBytes = 256LL * 1024 * 1024;

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

long rssKb(qint64 pid)
{
    for (const QByteArray &line : readFile(u"/proc/%1/status"_s.arg(pid)).split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// A process that exists and is not a zombie.
bool running(qint64 pid)
{
    const QByteArray stat = readFile(u"/proc/%1/stat"_s.arg(pid));
    const qsizetype paren = stat.lastIndexOf(')');
    return paren > 0 && stat.size() > paren + 2 && stat.at(paren + 2) != 'Z' && stat.at(paren + 2) != 'X';
}

// The live children of a process (/proc/<pid>/stat: "pid (comm) state ppid ...").
std::vector<qint64> childrenOf(qint64 parent)
{
    std::vector<qint64> children;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QByteArray stat = readFile(u"/proc/%1/stat"_s.arg(pid));
        const qsizetype paren = stat.lastIndexOf(')');
        if (paren < 0)
            continue;
        const QList<QByteArray> fields = stat.mid(paren + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent && fields.at(0) != "Z")
            children.push_back(pid);
    }
    return children;
}

// Waits until none of pids runs; false if some still do after ms.
bool waitGone(const std::vector<qint64> &pids, int ms)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        if (std::none_of(pids.begin(), pids.end(), running))
            return true;
        if (t.elapsed() > ms)
            return false;
        QThread::msleep(20);
    }
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
HttpAnswer httpGet(quint16 port, const QByteArray &path, int timeoutMs, const QByteArray &extraHeaders = {})
{
    HttpAnswer answer;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return answer;
    socket.write("GET " + path + " HTTP/1.1\r\nHost: localhost:8080\r\nConnection: close\r\n" + extraHeaders + "\r\n");
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

// ---- Links: random slugs of seven letters and digits, the same for every run -------------
// Lower case only: back-halves are unique regardless of case.

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
    taken.reserve(std::size_t(count) * 2);
    QStringList slugs;
    slugs.reserve(count);
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

bool fillLinks(const QString &path, const QStringList &slugs)
{
    Database db;
    if (!db.open(path))
        return false;
    LinkRepository links(db);
    for (qsizetype start = 0; start < slugs.size(); start += 20000) {
        QList<Link> batch;
        for (qsizetype i = start; i < std::min(slugs.size(), start + 20000); ++i) {
            Link l;
            l.accountId = 1;
            l.domain = u"localhost:8080"_s;
            l.slug = slugs.at(i);
            l.shortUrl = u"http://localhost:8080/"_s + l.slug;
            l.destination = destinationFor(int(i));
            batch << l;
        }
        if (auto r = links.insertMany(batch); !r) {
            std::fprintf(stderr, "cannot store links: %s\n", qPrintable(r.error().message));
            return false;
        }
    }
    return true;
}

qint64 scalar(const QString &db, const QString &sql)
{
    Database d;
    if (!d.open(db))
        return -1;
    QSqlQuery q(d.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// The Lua script for wrk: slugs picked at random, seeded, so both servers get the same requests.
QString writeScript(const QString &dir, const QString &name, const QStringList &slugs)
{
    const QString list = QDir(dir).filePath(name + u".slugs"_s);
    QFile s(list);
    if (!s.open(QIODevice::WriteOnly))
        return {};
    s.write(slugs.join(u'\n').toUtf8() + '\n');
    const QString script = QDir(dir).filePath(name + u".lua"_s);
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

// ---- --rules N: redirect rules on every link, random devices and languages (issue 11) ------

const char *const RuleDevices[] = {"android", "ios", "mobile", "desktop", "windows", "macos", "linux"};
const char *const RuleLanguages[] = {"en", "en-US", "de", "fr", "es", "it", "pt-BR", "ja", "zh", "nl"};
// What wrk sends, at random per request; a visitor's device and language match a rule or not.
const char *const BenchAgents[] = {
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
};
const char *const BenchLanguages[] = {
    "en-US,en;q=0.9",          "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en;q=0.5", "es-ES,es;q=0.9",
    "it-IT,it;q=0.9",          "pt-BR,pt;q=0.9,en;q=0.6", "ja-JP,ja;q=0.9",          "zh-CN,zh;q=0.9",
    "nl-NL,nl;q=0.9,en;q=0.8", "en-GB,en;q=0.9",
};

QString ruleUrl(int link, int rule)
{
    return destinationFor(link) + u"&rule=%1"_s.arg(rule);
}

struct RuleChoice
{
    const char *device;
    const char *language;
};

// The rules of link `link`, the same every run.
std::vector<RuleChoice> rulesFor(int link, int perLink)
{
    quint64 state = 0x5eedULL * quint64(link + 1);
    std::vector<RuleChoice> rules;
    for (int k = 0; k < perLink; ++k) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        rules.push_back({RuleDevices[(state >> 33) % std::size(RuleDevices)],
                         RuleLanguages[(state >> 45) % std::size(RuleLanguages)]});
    }
    return rules;
}

// Stores `perLink` rules on each link, as the API stores them (short_url_redirect_rules).
bool addRules(const QString &path, const QStringList &slugs, int perLink)
{
    Database db;
    if (!db.open(path))
        return false;
    QSqlDatabase c = db.connection();
    QHash<QString, qint64> ids;
    QSqlQuery q(c);
    if (!q.exec(u"SELECT id, slug FROM links WHERE account_id = 1"_s))
        return false;
    while (q.next())
        ids.insert(q.value(1).toString(), q.value(0).toLongLong());
    c.transaction();
    if (!q.exec(u"DELETE FROM short_url_redirect_rules"_s)
        || !q.prepare(
            u"INSERT INTO short_url_redirect_rules(link_id, priority, long_url, conditions) VALUES (?, ?, ?, ?)"_s))
        return false;
    for (int i = 0; i < int(slugs.size()); ++i) {
        const std::vector<RuleChoice> rules = rulesFor(i, perLink);
        for (int k = 0; k < perLink; ++k) {
            q.addBindValue(ids.value(slugs.at(i)));
            q.addBindValue(k + 1);
            q.addBindValue(ruleUrl(i, k + 1));
            q.addBindValue(u"[{\"type\":\"device\",\"matchKey\":null,\"matchValue\":\"%1\"},"
                           "{\"type\":\"language\",\"matchKey\":null,\"matchValue\":\"%2\"}]"_s.arg(
                               QLatin1String(rules[k].device), QLatin1String(rules[k].language)));
            if (!q.exec()) {
                std::fprintf(stderr, "cannot store rules: %s\n", qPrintable(q.lastError().text()));
                return false;
            }
        }
    }
    return c.commit();
}

// ---- --split: a 50/50 A/B split on every link (issue 15) ---------------------------------

QString variantBUrl(int link)
{
    return destinationFor(link) + u"&variant=b"_s;
}

bool addSplits(const QString &path, const QStringList &slugs)
{
    Database db;
    if (!db.open(path))
        return false;
    QSqlDatabase c = db.connection();
    QHash<QString, int> index;
    for (int i = 0; i < int(slugs.size()); ++i)
        index.insert(slugs.at(i), i);
    QSqlQuery q(c);
    if (!q.exec(u"SELECT id, slug FROM links WHERE account_id = 1"_s))
        return false;
    std::vector<std::pair<qint64, int>> ids;
    while (q.next())
        ids.emplace_back(q.value(0).toLongLong(), index.value(q.value(1).toString(), -1));
    c.transaction();
    if (!q.prepare(u"UPDATE links SET variants = ? WHERE id = ?"_s))
        return false;
    for (const auto &[id, i] : ids) {
        if (i < 0)
            continue;
        q.addBindValue(u"[{\"url\":\"%1\",\"percent\":50},{\"url\":\"%2\",\"percent\":50}]"_s.arg(destinationFor(i),
                                                                                                  variantBUrl(i)));
        q.addBindValue(id);
        if (!q.exec()) {
            std::fprintf(stderr, "cannot store a split: %s\n", qPrintable(q.lastError().text()));
            return false;
        }
    }
    return c.commit();
}

// After the clean stop: each click carries the variant it was sent to. False with the reason.
bool checkVariants(const QString &db, QString *why)
{
    const qint64 a = scalar(db, u"SELECT count(*) FROM clicks WHERE variant = 1"_s);
    const qint64 b = scalar(db, u"SELECT count(*) FROM clicks WHERE variant = 2"_s);
    const qint64 rules =
        scalar(db, u"SELECT count(*) FROM clicks WHERE variant = 0 AND redirect_url LIKE '%&rule=%'"_s);
    const qint64 all = scalar(db, u"SELECT count(*) FROM clicks"_s);
    const qint64 wrongA = scalar(db,
                                 u"SELECT count(*) FROM clicks WHERE variant = 1 AND (redirect_url LIKE '%&variant=b%' "
                                 "OR redirect_url LIKE '%&rule=%')"_s);
    const qint64 wrongB = scalar(db,
                                 u"SELECT count(*) FROM clicks WHERE variant = 2 AND redirect_url NOT LIKE "
                                 "'%&variant=b'"_s);
    std::printf("variants: %lld clicks sent to A, %lld to B (%.1f%% / %.1f%%), %lld by a rule, of %lld stored\n", a, b,
                a + b > 0 ? 100.0 * double(a) / double(a + b) : 0.0,
                a + b > 0 ? 100.0 * double(b) / double(a + b) : 0.0, rules, all);
    if (a + b + rules != all || wrongA != 0 || wrongB != 0 || a == 0 || b == 0) {
        *why = u"clicks without the variant they were sent to: %1 of %2 stored are neither A, B nor a rule's; %3 A "
               "clicks and %4 B clicks went elsewhere"_s.arg(all - a - b - rules)
                   .arg(all)
                   .arg(wrongA)
                   .arg(wrongB);
        return false;
    }
    return true;
}

// A visitor whom the rule matches: a User-Agent of that device and the rule's language.
QByteArray visitorHeaders(const RuleChoice &rule)
{
    const QByteArray device(rule.device);
    const char *agent = device == "android" || device == "mobile" ? BenchAgents[0]
        : device == "ios"                                         ? BenchAgents[1]
        : device == "macos"                                       ? BenchAgents[4]
        : device == "linux"                                       ? BenchAgents[5]
                                                                  : BenchAgents[2];
    return "User-Agent: " + QByteArray(agent) + "\r\nAccept-Language: " + QByteArray(rule.language) + "\r\n";
}

// wrk's script with rules: 20,000 requests made in init() (random slug, User-Agent and
// Accept-Language; -H headers kept), one picked at random per request, so that Lua costs both
// servers the same little.
QString writeRulesScript(const QString &dir, const QString &name, const QStringList &slugs)
{
    const QString list = QDir(dir).filePath(name + u".slugs"_s);
    QFile s(list);
    if (!s.open(QIODevice::WriteOnly))
        return {};
    s.write(slugs.join(u'\n').toUtf8() + '\n');
    QByteArray lua = "local slugs = {}\nfor line in io.lines([[" + list.toUtf8()
        + "]]) do slugs[#slugs + 1] = \"/\" .. line end\n"
          "local agents = {\n";
    for (const char *agent : BenchAgents)
        lua += "  [[" + QByteArray(agent) + "]],\n";
    lua += "}\nlocal languages = {\n";
    for (const char *language : BenchLanguages)
        lua += "  [[" + QByteArray(language) + "]],\n";
    lua += "}\nlocal requests = {}\nmath.randomseed(42)\n"
           "init = function(args)\n"
           "  for i = 1, 20000 do\n"
           "    local h = {}\n"
           "    for k, v in pairs(wrk.headers) do h[k] = v end\n"
           "    h[\"User-Agent\"] = agents[math.random(#agents)]\n"
           "    h[\"Accept-Language\"] = languages[math.random(#languages)]\n"
           "    requests[i] = wrk.format(nil, slugs[math.random(#slugs)], h)\n"
           "  end\n"
           "end\n"
           "request = function()\n  return requests[math.random(#requests)]\nend\n";
    const QString script = QDir(dir).filePath(name + u".lua"_s);
    QFile f(script);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(lua);
    return script;
}

// ---- wrk ----------------------------------------------------------------------------------

struct WrkResult
{
    bool finished = false;
    int exitCode = -1;
    double requestsPerSecond = 0;
    double p99Ms = 0;
    qint64 requests = 0;
    qint64 non3xx = 0;
    qint64 socketErrors = 0;   // connect + read + write + timeout
    QString errorsText;
    QString output;

    // Why this round cannot count; empty when it can.
    QString invalid() const
    {
        if (!finished)
            return u"wrk did not finish"_s;
        if (requests <= 0 || requestsPerSecond <= 0)
            return u"0 req/s (wrk exit code %1)"_s.arg(exitCode);
        if (non3xx > 0)
            return u"%1 responses other than 2xx/3xx"_s.arg(non3xx);
        if (socketErrors > 0)
            return u"socket errors: %1"_s.arg(errorsText);
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

// Runs wrk against port; calls tick about every 200 ms while it runs.
WrkResult runWrk(quint16 port, int connections, int seconds, const QString &script, bool keepAlive,
                 const std::function<void()> &tick = {})
{
    QProcess wrk;
    wrk.setProcessChannelMode(QProcess::MergedChannels);
    endWithBench(wrk, SIGKILL);
    QStringList args{u"-t1"_s, u"-c%1"_s.arg(connections), u"-d%1s"_s.arg(seconds), u"--latency"_s, u"-s"_s, script,
                     u"-H"_s,  u"Host: localhost:8080"_s};
    if (!keepAlive)
        args << u"-H"_s << u"Connection: close"_s;
    wrk.start(u"wrk"_s, args << u"http://127.0.0.1:%1/"_s.arg(port));
    WrkResult r;
    QElapsedTimer t;
    t.start();
    while (wrk.state() != QProcess::NotRunning && !wrk.waitForFinished(200)) {
        if (tick)
            tick();
        if (t.elapsed() > (seconds + 60) * 1000LL) {
            wrk.kill();
            wrk.waitForFinished(5000);
            break;
        }
    }
    r.finished = wrk.exitStatus() == QProcess::NormalExit && wrk.state() == QProcess::NotRunning;
    r.exitCode = wrk.exitCode();
    r.output = QString::fromUtf8(wrk.readAll());
    static const QRegularExpression rps(u"Requests/sec:\\s+([0-9.]+)"_s);
    static const QRegularExpression p99(u"\\s99%\\s+([0-9.]+(?:us|ms|s))"_s);
    static const QRegularExpression total(u"(\\d+) requests in"_s);
    static const QRegularExpression non2xx(u"Non-2xx or 3xx responses: (\\d+)"_s);
    static const QRegularExpression errors(
        u"Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)"_s);
    r.requestsPerSecond = rps.match(r.output).captured(1).toDouble();
    r.p99Ms = toMs(p99.match(r.output).captured(1));
    r.requests = total.match(r.output).captured(1).toLongLong();
    r.non3xx = non2xx.match(r.output).captured(1).toLongLong();
    if (const auto e = errors.match(r.output); e.hasMatch()) {
        for (int i = 1; i <= 4; ++i)
            r.socketErrors += e.captured(i).toLongLong();
        r.errorsText = e.captured(0);
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

// The server's own click counts, from GET /rest/health.
struct Health
{
    bool ok = false;
    qint64 redirects = 0;   // answered
    qint64 unanswered = 0;
    qint64 stored = 0;
    qint64 lost = 0;
    std::optional<qint64> lagMs;
    std::optional<qint64> statisticsLagMs;                       // how late clicks reach the rollups the charts read
    qint64 recorded() const { return redirects + unanswered; }   // every redirect whose click was taken
};

// What the server says when it stops.
struct StopCounts
{
    bool ok = false;
    qint64 answered = 0, unanswered = 0, stored = 0, lost = 0;
};

class LinkdeckServer
{
public:
    ~LinkdeckServer() { stop(nullptr); }

    bool start(const QString &db, QString *error)
    {
        m_port = freePort();
        m_log = db + u".server.log"_s;
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(m_log);   // a file: the server never blocks on a full pipe
        endWithBench(m_process, SIGTERM);
        m_process.start(serverBinary(),
                        {u"--db"_s, db, u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port), u"--threads"_s, u"2"_s});
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 180000) {
            if (log().contains("\"event\":\"ready\""))
                return true;
            if (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(100)) {
                *error = u"linkdeck-server ended at start:\n"_s + QString::fromUtf8(lastLines(log(), 10));
                return false;
            }
        }
        *error = u"linkdeck-server did not listen within 180 s"_s;
        return false;
    }

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
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
        if (clicks.value(u"statisticsLagMs"_s).isDouble())
            h.statisticsLagMs = clicks.value(u"statisticsLagMs"_s).toInteger();
        return h;
    }

    // SIGTERM and wait: the server stores its last clicks, then says what it counted.
    StopCounts stop(QString *error, int timeoutSeconds = 300)
    {
        StopCounts counts;
        if (m_process.state() == QProcess::NotRunning)
            return counts;
        m_process.terminate();
        if (!m_process.waitForFinished(timeoutSeconds * 1000)) {
            m_process.kill();
            m_process.waitForFinished(10000);
            if (error)
                *error = u"linkdeck-server did not stop within %1 s of SIGTERM (killed)"_s.arg(timeoutSeconds);
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

// Waits until a server answers `path` with a redirect to `location`; the time it took, or -1.
double waitForRedirect(quint16 port, const QByteArray &path, const QByteArray &location, int timeoutMs,
                       const std::function<bool()> &alive, QString *error)
{
    QElapsedTimer t;
    t.start();
    HttpAnswer last;
    while (t.elapsed() < timeoutMs) {
        last = httpGet(port, path, 2000);
        // With --split, variant B's address is A's with "&variant=b": either is the link's.
        if (last.status == 302 && (last.location == location || last.location == location + "&variant=b"))
            return t.elapsed() / 1000.0;
        if (!alive()) {
            *error = u"it ended before answering"_s;
            return -1;
        }
        QThread::msleep(100);
    }
    *error = u"no 302 to %1 for %2 within %3 s (last answer: %4 %5)"_s
                 .arg(QString::fromUtf8(location), QString::fromUtf8(path))
                 .arg(timeoutMs / 1000)
                 .arg(last.status)
                 .arg(QString::fromUtf8(last.location));
    return -1;
}

// ---- nginx --------------------------------------------------------------------------------

QString nginxBinary()
{
    return QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/usr/bin"_s});
}

class Nginx
{
public:
    ~Nginx() { stop(nullptr); }

    bool start(const QString &dir, const QStringList &slugs, QString *error)
    {
        m_dir = dir;
        m_port = freePort();
        const QString conf = QDir(dir).filePath(u"nginx.conf"_s);
        QFile f(conf);
        if (!f.open(QIODevice::WriteOnly)) {
            *error = u"cannot write "_s + conf;
            return false;
        }
        QByteArray map;
        map.reserve(slugs.size() * 110);
        for (qsizetype i = 0; i < slugs.size(); ++i)
            map += "    /" + slugs.at(i).toUtf8() + " \"" + destinationFor(int(i)).toUtf8() + "\";\n";
        // As fast as nginx goes for this: no logs, kept-alive connections not cut after 1000
        // requests (nginx's default), and a hash that holds a million entries.
        f.write("worker_processes 2;\npid " + pidFile().toUtf8() + ";\nerror_log "
                + QDir(dir).filePath(u"nginx.err"_s).toUtf8()
                + ";\ndaemon off;\nevents { worker_connections 4096; }\nhttp {\n  access_log off;\n"
                  "  keepalive_requests 100000000;\n  map_hash_max_size 4194304;\n  map_hash_bucket_size 128;\n"
                  "  map $uri $target {\n    default \"https://example.com/\";\n"
                + map + "  }\n  server {\n    listen 127.0.0.1:" + QByteArray::number(m_port)
                + ";\n    location / { return 302 $target; }\n  }\n}\n");
        f.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(QDir(dir).filePath(u"nginx.out"_s));
        endWithBench(m_process, SIGTERM);
        m_process.start(nginxBinary(), {u"-c"_s, conf, u"-p"_s, dir, u"-e"_s, QDir(dir).filePath(u"nginx.err"_s)});
        if (!m_process.waitForStarted(10000)) {
            *error = u"nginx did not start: "_s + m_process.errorString();
            return false;
        }
        return true;
    }

    quint16 port() const { return m_port; }
    bool alive() const { return m_process.state() == QProcess::Running; }
    QByteArray errors() const { return lastLines(readFile(QDir(m_dir).filePath(u"nginx.err"_s)), 10); }

    // The workers, so that none is left behind should the master go first.
    void rememberWorkers()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        for (qint64 worker : childrenOf(m_process.processId())) {
            if (std::find(m_workers.begin(), m_workers.end(), worker) == m_workers.end())
                m_workers.push_back(worker);
        }
    }

    // SIGQUIT to the master named in the pid file (as `nginx -s quit`), then wait until the
    // master and every worker have gone; TERM and KILL for what has not after 30 s.
    bool stop(QString *error)
    {
        if (m_process.state() == QProcess::NotRunning && m_workers.empty())
            return true;
        rememberWorkers();
        if (m_process.state() != QProcess::NotRunning) {
            // With "daemon off" the master is our child: the pid file names it once the
            // configuration is loaded (before that, the child is the master all the same).
            const qint64 fromFile = readFile(pidFile()).trimmed().toLongLong();
            const qint64 master = fromFile > 0 && fromFile == m_process.processId() ? fromFile : m_process.processId();
            ::kill(pid_t(master), SIGQUIT);
        }
        // (waitForFinished() is false for a process that has already finished.)
        auto masterGone = [this](int ms) {
            return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(ms);
        };
        const bool clean = masterGone(30000) && waitGone(m_workers, 30000);
        if (!clean) {
            for (int signal : {SIGTERM, SIGKILL}) {
                for (qint64 pid : m_workers)
                    ::kill(pid_t(pid), signal);
                if (m_process.state() != QProcess::NotRunning)
                    ::kill(pid_t(m_process.processId()), signal);
                if (masterGone(5000) && waitGone(m_workers, 5000))
                    break;
            }
            if (error)
                *error = u"nginx did not quit within 30 s of SIGQUIT (terminated)"_s;
        }
        const bool gone = m_process.state() == QProcess::NotRunning && waitGone(m_workers, 0);
        if (!gone && error)
            *error = u"nginx processes still running after SIGKILL"_s;
        m_workers.clear();
        return clean && gone;
    }

private:
    QString pidFile() const { return QDir(m_dir).filePath(u"nginx.pid"_s); }

    QProcess m_process;
    QString m_dir;
    quint16 m_port = 0;
    std::vector<qint64> m_workers;
};

// ---- Accounting -----------------------------------------------------------------------------

struct Options
{
    int duration = 10;
    int rounds = 3;
    int connections = 64;        // with keep-alive
    int closeConnections = 16;   // without: see --close-connections
    int catchUpSeconds = 30;
    double maxTrailSeconds = 5;
    QString linksCache;   // filled databases kept here between runs
    bool check = false;
    int rules = 0;        // --rules: redirect rules per link
    bool split = false;   // --split: a 50/50 A/B split on every link
};

// Watches the server's own counts while wrk runs, and afterwards.
struct Accounting
{
    int connections = 64;
    double maxTrailSeconds = 5;
    QStringList failures;

    qint64 wrkReceived = 0;   // responses wrk counted, over every round
    qint64 inFlight = 0;      // at most this many more answered than received: connections + wrk's errors per round
    Health last;              // the last health that answered

    // During a round.
    Health roundStart;
    Health trafficStart;         // the first sample with redirects in this round (wrk loads its script first)
    QElapsedTimer trafficTime;   // since then
    bool trafficStarted = false;
    qint64 maxTrail = 0;
    double maxTrailAt = 0;   // ... in seconds of traffic at the round's rate
    int trailExceeded = 0;   // samples beyond the bound (the first one is reported)
    int countedTwice = 0;
    std::vector<double> lagSamples;        // every round's
    std::vector<double> roundLagSamples;   // this round's
    std::vector<double> statisticsLagSamples;
    std::vector<double> trailSeconds;
    int healthFailures = 0;

    void fail(const QString &why)
    {
        std::printf("ACCOUNTING FAILED: %s\n", qPrintable(why));
        std::fflush(stdout);
        failures << why;
    }

    void beginRound(const Health &h)
    {
        if (!h.ok)
            fail(u"/rest/health did not answer with the \"clicks\" counts before the round"_s);
        roundStart = h;
        last = h;
        trafficStarted = false;
        roundLagSamples.clear();
        maxTrail = 0;
        maxTrailAt = 0;
        trailExceeded = 0;
    }

    // One sample while traffic runs.
    void sample(const Health &h)
    {
        if (!h.ok) {
            if (++healthFailures == 1)
                fail(u"/rest/health did not answer within 5 s while traffic ran"_s);
            return;
        }
        last = h;
        if (h.lagMs) {
            lagSamples.push_back(double(*h.lagMs));
            roundLagSamples.push_back(double(*h.lagMs));
        }
        if (h.statisticsLagMs)
            statisticsLagSamples.push_back(double(*h.statisticsLagMs));
        // A click is journaled before its response is written: stored may run ahead of the
        // answers by the responses being written now, never by more.
        if (h.stored + h.lost > h.recorded() + connections && countedTwice++ == 0)
            fail(
                u"%1 clicks stored + %2 lost > %3 redirects answered or unanswered + %4 in flight: clicks counted twice"_s
                    .arg(h.stored)
                    .arg(h.lost)
                    .arg(h.recorded())
                    .arg(connections));
        const qint64 trail = h.recorded() - h.stored - h.lost;
        if (!trafficStarted && h.recorded() > roundStart.recorded()) {
            trafficStarted = true;
            trafficStart = h;
            trafficTime.start();
        }
        // The rate since the traffic started, which turns the trail into seconds of traffic.
        const double seconds = trafficStarted ? trafficTime.elapsed() / 1000.0 : 0;
        const double rate = seconds > 0 ? double(h.recorded() - trafficStart.recorded()) / seconds : 0;
        const double trailAt = rate > 0 ? double(trail) / rate : 0;
        if (seconds >= 1.0)
            trailSeconds.push_back(trailAt);
        if (trail > maxTrail) {
            maxTrail = trail;
            maxTrailAt = trailAt;
        }
        // Bounded: never more than maxTrailSeconds of traffic behind (after the first second,
        // when the rate is known), so that a backlog cannot grow for as long as traffic lasts.
        if (seconds >= 1.0 && trailAt > maxTrailSeconds && trail > connections && trailExceeded++ == 0)
            fail(
                u"stored clicks trail the redirects answered by %1 (%2 s of traffic at %3/s) after %4 s: more than %5 s"_s
                    .arg(trail)
                    .arg(trailAt, 0, 'f', 1)
                    .arg(rate, 0, 'f', 0)
                    .arg(seconds, 0, 'f', 1)
                    .arg(maxTrailSeconds));
    }

    // After a round: every click stored within catchUpSeconds, and the server's answers
    // matching what wrk received. False if the clicks did not catch up.
    bool endRound(const LinkdeckServer &server, const WrkResult &wrk, int catchUpSeconds, double *catchUpTime)
    {
        const qint64 slack = connections + wrk.socketErrors;
        wrkReceived += wrk.requests;
        inFlight += slack;
        if (trailExceeded > 1)
            std::printf("(stored clicks trailed by more than %g s of traffic in %d of the samples)\n", maxTrailSeconds,
                        trailExceeded);
        QElapsedTimer t;
        t.start();
        Health h = server.health();
        qint64 previous = -1;
        while (!h.ok || h.stored + h.lost != h.recorded() || h.recorded() != previous) {
            if (t.elapsed() > catchUpSeconds * 1000LL) {
                fail(
                    h.ok
                        ? u"%1 clicks not stored %2 s after the traffic stopped (%3 answered or unanswered, %4 stored, %5 lost)"_s
                              .arg(h.recorded() - h.stored - h.lost)
                              .arg(catchUpSeconds)
                              .arg(h.recorded())
                              .arg(h.stored)
                              .arg(h.lost)
                        : u"/rest/health did not answer after the traffic stopped"_s);
                return false;
            }
            previous = h.ok ? h.recorded() : -1;
            QThread::msleep(100);
            h = server.health();
        }
        *catchUpTime = t.elapsed() / 1000.0;
        last = h;
        const qint64 answered = h.redirects - roundStart.redirects;
        const qint64 all = h.recorded() - roundStart.recorded();
        if (answered < wrk.requests)
            fail(u"the server answered %1 redirects, wrk received %2: the server's count is short"_s.arg(answered).arg(
                wrk.requests));
        if (all - wrk.requests > slack)
            fail(u"the server answered %1 redirects (+%2 unanswered), wrk received %3: more than %4 in flight"_s
                     .arg(answered)
                     .arg(all - answered)
                     .arg(wrk.requests)
                     .arg(slack));
        return true;
    }

    // After the clean stop: exact. probes: redirects answered before the first round.
    // True when every click is accounted for.
    bool afterStop(const StopCounts &stopped, const QString &db, qint64 probes)
    {
        if (!stopped.ok)
            return false;   // the caller has said why
        const qsizetype failedBefore = failures.size();
        const qint64 inDatabase = scalar(db, u"SELECT count(*) FROM clicks"_s);
        std::printf("clicks after a clean stop: %lld redirects answered (%lld unanswered, %lld received by wrk + %lld "
                    "readiness probes, up to %lld in flight), %lld stored, %lld lost, %lld in the database\n",
                    stopped.answered, stopped.unanswered, wrkReceived, probes, inFlight, stopped.stored, stopped.lost,
                    inDatabase);
        if (stopped.stored + stopped.lost != stopped.answered + stopped.unanswered)
            fail(u"after the stop: %1 stored + %2 lost != %3 answered + %4 unanswered"_s.arg(stopped.stored)
                     .arg(stopped.lost)
                     .arg(stopped.answered)
                     .arg(stopped.unanswered));
        if (stopped.lost > 0)
            fail(u"%1 clicks lost (the journal could not be written)"_s.arg(stopped.lost));
        if (inDatabase != stopped.stored)
            fail(u"the database holds %1 clicks, the server stored %2"_s.arg(inDatabase).arg(stopped.stored));
        const qint64 fromWrk = stopped.answered - probes;
        if (fromWrk < wrkReceived || stopped.answered + stopped.unanswered - probes - wrkReceived > inFlight)
            fail(u"%1 redirects answered for wrk, which received %2 (up to %3 in flight)"_s.arg(fromWrk)
                     .arg(wrkReceived)
                     .arg(inFlight));
        return failures.size() == failedBefore;
    }
};

struct Verdict
{
    int passed = 0;
    int failed = 0;
    bool accountingFailed = false;   // fails the run with or without --check

    void target(bool met) { (met ? passed : failed) += 1; }
    int finish(bool check) const
    {
        const bool ok = !accountingFailed && (!check || failed == 0);
        std::printf("bench: %d passed, %d failed%s\n", passed, failed + (accountingFailed ? 1 : 0),
                    accountingFailed ? " (accounting or an invalid round: fails with or without --check)" : "");
        return ok ? 0 : 1;
    }
};

// ---- One links count: the database, wrk's script, a server that answers --------------------

struct Setup
{
    QString dir;
    QString db;
    QStringList slugs;
    QString script;
    QByteArray knownPath;   // the first link, which every server must redirect before it is measured
    QByteArray knownLocation;
};

// Fills a database with `links` random slugs, starts linkdeck-server on it and waits until it
// redirects the first one; then opens the ledger from its counts before any traffic.
bool prepare(const QString &dir, int links, const Options &o, Setup &setup, LinkdeckServer &server, Accounting &ledger)
{
    QDir().mkpath(dir);
    setup.dir = dir;
    setup.db = QDir(dir).filePath(u"links.sqlite"_s);
    QElapsedTimer fill;
    fill.start();
    setup.slugs = randomSlugs(links);
    // The same links every run, so a database filled before can be copied instead.
    const QString cached =
        o.linksCache.isEmpty() ? QString() : QDir(o.linksCache).filePath(u"links-%1.sqlite"_s.arg(links));
    if (!cached.isEmpty() && QFile::exists(cached)) {
        if (!QFile::copy(cached, setup.db)) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(cached));
            return false;
        }
        std::printf("%d links with random slugs copied from %s in %.1f s\n", links, qPrintable(cached),
                    fill.elapsed() / 1000.0);
    } else {
        if (!fillLinks(setup.db, setup.slugs)) {
            std::fprintf(stderr, "filling %d links failed\n", links);
            return false;
        }
        std::printf("%d links with random slugs filled in %.1f s\n", links, fill.elapsed() / 1000.0);
        if (!cached.isEmpty() && !(QDir().mkpath(o.linksCache) && QFile::copy(setup.db, cached)))
            std::fprintf(stderr, "cannot keep the filled database in %s\n", qPrintable(cached));
    }
    if (o.rules > 0) {
        if (!addRules(setup.db, setup.slugs, o.rules)) {
            std::fprintf(stderr, "storing %d rules per link failed\n", o.rules);
            return false;
        }
        std::printf("%d redirect rules on each link (device and language, random), random User-Agent and "
                    "Accept-Language per request\n",
                    o.rules);
    }
    if (o.split) {
        if (!addSplits(setup.db, setup.slugs)) {
            std::fprintf(stderr, "storing the A/B splits failed\n");
            return false;
        }
        std::printf("a 50/50 A/B split on each link\n");
    }
    setup.script = o.rules > 0 || o.split ? writeRulesScript(dir, u"random"_s, setup.slugs)
                                          : writeScript(dir, u"random"_s, setup.slugs);
    setup.knownPath = "/" + setup.slugs.first().toUtf8();
    setup.knownLocation = destinationFor(0).toUtf8();
    QString error;
    if (!server.start(setup.db, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    if (waitForRedirect(
            server.port(), setup.knownPath, setup.knownLocation, 60000, [&] { return server.pid() > 0; }, &error)
        < 0) {
        std::fprintf(stderr, "linkdeck-server not ready: %s\n", qPrintable(error));
        return false;
    }
    static const QRegularExpression loaded(u"(\\d+) links loaded"_s);
    if (const auto m = loaded.match(QString::fromUtf8(server.log())); m.captured(1).toLongLong() != links) {
        std::fprintf(stderr, "linkdeck-server loaded %s links, not %d\n", qPrintable(m.captured(1)), links);
        return false;
    }
    if (o.rules > 0) {
        const RuleChoice first = rulesFor(0, o.rules).front();
        const HttpAnswer a = httpGet(server.port(), setup.knownPath, 5000, visitorHeaders(first));
        if (a.status != 302 || a.location != ruleUrl(0, 1).toUtf8()) {
            std::fprintf(stderr, "linkdeck-server does not apply the rules: %d %s for a %s visitor in %s\n", a.status,
                         a.location.constData(), first.device, first.language);
            return false;
        }
    }
    ledger.connections = o.connections;
    ledger.maxTrailSeconds = o.maxTrailSeconds;
    ledger.beginRound(server.health());
    if (!ledger.last.ok) {
        std::fprintf(stderr, "linkdeck-server's /rest/health has no \"clicks\" counts\n");
        return false;
    }
    return true;
}

// ---- Throughput: linkdeck vs nginx, one links count, keep-alive on and/or off ----------------

bool compareWithNginx(const QString &dir, int links, const std::vector<bool> &keepAliveModes, const Options &o,
                      Verdict &verdict)
{
    Setup setup;
    LinkdeckServer linkdeck;
    Accounting ledger;
    if (!prepare(dir, links, o, setup, linkdeck, ledger))
        return false;
    const qint64 probes = ledger.last.redirects;   // the readiness probe's
    const QString &db = setup.db;
    const QString &script = setup.script;
    const QByteArray &knownPath = setup.knownPath;
    QString error;
    Nginx nginx;
    if (!nginx.start(dir, setup.slugs, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const double nginxReady = waitForRedirect(
        nginx.port(), knownPath, setup.knownLocation, 180000, [&] { return nginx.alive(); }, &error);
    if (nginxReady < 0) {
        std::fprintf(stderr, "nginx not ready: %s\n%s\n", qPrintable(error), nginx.errors().constData());
        return false;
    }
    nginx.rememberWorkers();
    std::printf("nginx answered %s with its 302 after %.1f s (a map of %d entries)\n", knownPath.constData(),
                nginxReady, links);
    std::fflush(stdout);

    bool valid = true;
    // A round enters the medians only when wrk says it ran cleanly; otherwise the run fails here.
    auto counted = [&valid](const char *server, const WrkResult &r, std::vector<double> &rps,
                            std::vector<double> &p99) {
        if (const QString why = r.invalid(); !why.isEmpty()) {
            std::printf("INVALID ROUND: %s %s; the run fails\n", server, qPrintable(why));
            valid = false;
            return false;
        }
        rps.push_back(r.requestsPerSecond);
        p99.push_back(r.p99Ms);
        return true;
    };
    for (bool keepAlive : keepAliveModes) {
        const char *mode = keepAlive ? "keep-alive" : "no keep-alive";
        const int connections = keepAlive ? o.connections : o.closeConnections;
        ledger.connections = connections;   // the in-flight slack of this mode
        std::vector<double> nginxRps, nginxP99, linkdeckRps, linkdeckP99;
        for (int round = 1; round <= o.rounds && valid; ++round) {
            const WrkResult n = runWrk(nginx.port(), connections, o.duration, script, keepAlive);
            std::printf("%d links %s round %d: nginx    %9.0f req/s  p99 %6.2f ms\n", links, mode, round,
                        n.requestsPerSecond, n.p99Ms);
            if (!counted("nginx", n, nginxRps, nginxP99))
                break;

            ledger.beginRound(linkdeck.health());
            const WrkResult l = runWrk(linkdeck.port(), connections, o.duration, script, keepAlive,
                                       [&] { ledger.sample(linkdeck.health()); });
            const qint64 maxTrail = ledger.maxTrail;
            const double maxTrailAt = ledger.maxTrailAt;
            double catchUp = 0;
            const bool caughtUp = l.requests > 0 && ledger.endRound(linkdeck, l, o.catchUpSeconds, &catchUp);
            const QString lag = ledger.roundLagSamples.empty()
                ? u"not reported"_s
                : u"p99 %1 ms"_s.arg(percentile(ledger.roundLagSamples, 0.99), 0, 'f', 0);
            std::printf(
                "%d links %s round %d: linkdeck %9.0f req/s  p99 %6.2f ms  clicks: stored trailed by at most %lld "
                "(%.2f s of traffic; ingest lag %s), all stored %.1f s after the traffic stopped\n",
                links, mode, round, l.requestsPerSecond, l.p99Ms, maxTrail, maxTrailAt, qPrintable(lag), catchUp);
            std::fflush(stdout);
            if (!counted("linkdeck", l, linkdeckRps, linkdeckP99))
                break;
            if (!caughtUp) {
                // The next nginx round would run beside the backlog's ingestion: stop here.
                std::printf("the clicks did not catch up: the remaining rounds are not run\n");
                valid = false;
            }
        }
        if (linkdeckRps.empty() || nginxRps.empty())
            break;
        const double ratio = median(linkdeckRps) / std::max(1.0, median(nginxRps));
        QString withRules = o.rules > 0 ? u" with %1 rules each"_s.arg(o.rules) : QString();
        if (o.split)
            withRules += o.rules > 0 ? u" and a 2-way split"_s : u" with a 2-way split"_s;
        std::printf("redirects %d links%s %s: linkdeck %.0f req/s (p99 %.1f ms) vs nginx %.0f req/s -> %.2fx%s\n",
                    links, qPrintable(withRules), mode, median(linkdeckRps), median(linkdeckP99), median(nginxRps),
                    ratio, int(linkdeckRps.size()) < o.rounds ? " (incomplete: fewer rounds)" : "");
        const double bar = o.rules > 0 || o.split ? RulesRatioBar : RatioBar;
        const bool met = ratio >= bar && median(linkdeckP99) < P99BarMs;
        std::printf("target %d links%s %s (>= %.2fx nginx, p99 < %.0f ms): %s\n", links, qPrintable(withRules), mode,
                    bar, P99BarMs, met ? "met" : "MISSED");
        std::fflush(stdout);
        verdict.target(met);
    }

    QString nginxError;
    if (nginx.stop(&nginxError))
        std::printf("nginx quit (SIGQUIT) with its workers\n");
    else
        ledger.fail(nginxError);
    QString stopError;
    QElapsedTimer stopping;
    stopping.start();
    const StopCounts stopped = linkdeck.stop(&stopError);
    if (!stopped.ok)
        ledger.fail(stopError);
    else
        std::printf("linkdeck-server stopped cleanly (SIGTERM) in %.1f s\n", stopping.elapsed() / 1000.0);
    ledger.afterStop(stopped, db, probes);
    if (o.split && stopped.ok) {
        QString why;
        if (!checkVariants(db, &why))
            ledger.fail(why);
    }
    if (!ledger.failures.isEmpty() || !valid)
        verdict.accountingFailed = true;
    return true;
}

// ---- Sustained: full rate for S seconds, ingestion watched --------------------------------

qint64 journalBytes(const QString &dir)
{
    qint64 size = 0;
    for (const QFileInfo &f : QDir(dir).entryInfoList({u"*.journal"_s}, QDir::Files))
        size += f.size();
    return size;
}

bool sustained(const QString &dir, int links, int seconds, const Options &o, Verdict &verdict)
{
    Setup setup;
    LinkdeckServer server;
    Accounting ledger;
    if (!prepare(dir, links, o, setup, server, ledger))
        return false;
    const qint64 probes = ledger.last.redirects;
    const QString &db = setup.db;
    const QString &script = setup.script;
    const QString journal = db + u".journal"_s;
    const qint64 pid = server.pid();
    const long idleRss = rssKb(pid);
    std::printf("%d links, idle RSS %ld MB; %d s of redirects at full rate, %d connections, keep-alive\n", links,
                idleRss / 1024, seconds, o.connections);
    std::fflush(stdout);
    long maxRss = idleRss;
    qint64 maxJournal = 0;
    QElapsedTimer t;
    t.start();
    qint64 nextLine = 5000;
    const WrkResult w = runWrk(server.port(), o.connections, seconds, script, true, [&] {
        const Health h = server.health();
        ledger.sample(h);
        maxRss = std::max(maxRss, rssKb(pid));
        const qint64 journalSize = journalBytes(journal);
        maxJournal = std::max(maxJournal, journalSize);
        if (t.elapsed() >= nextLine) {
            nextLine += 5000;
            std::printf("t=%3llds  answered %9lld  stored %9lld  trail %8lld  lag %s  journal %7.1f MB  RSS %4ld MB\n",
                        t.elapsed() / 1000, h.redirects, h.stored, h.recorded() - h.stored - h.lost,
                        h.lagMs ? qPrintable(u"%1 ms"_s.arg(*h.lagMs, 5)) : "   n/a", journalSize / 1048576.0,
                        rssKb(pid) / 1024);
            std::fflush(stdout);
        }
    });
    const qint64 journalAtEnd = journalBytes(journal);
    maxJournal = std::max(maxJournal, journalAtEnd);
    double catchUp = 0;
    const bool valid = w.invalid().isEmpty();
    if (!valid)
        std::printf("INVALID RUN: %s; the run fails\n", qPrintable(w.invalid()));
    const bool caughtUp = ledger.endRound(server, w, o.catchUpSeconds, &catchUp);
    QString stopError;
    const StopCounts stopped = server.stop(&stopError);
    if (!stopped.ok)
        ledger.fail(stopError);
    const bool everyClick = ledger.afterStop(stopped, db, probes);

    std::printf(
        "sustained %d s, %d links: %lld redirects (%.0f/s, p99 %.1f ms); stored trailed by at most %lld (%.2f s of "
        "traffic); %s\n",
        seconds, links, w.requests, w.requestsPerSecond, w.p99Ms, ledger.maxTrail, ledger.maxTrailAt,
        caughtUp ? qPrintable(u"all stored %1 s after the traffic stopped"_s.arg(catchUp, 0, 'f', 1))
                 : "NOT all stored after the traffic stopped");
    const bool lagReported = !ledger.lagSamples.empty();
    const double lagP99 = percentile(ledger.lagSamples, 0.99);
    if (lagReported)
        std::printf("ingest lag (server's lagMs, %zu samples every 200 ms): p50 %.0f ms, p99 %.0f ms, max %.0f ms\n",
                    ledger.lagSamples.size(), percentile(ledger.lagSamples, 0.5), lagP99,
                    percentile(ledger.lagSamples, 1.0));
    else
        std::printf("ingest lag: not reported by this server (/rest/health clicks.lagMs is null)\n");
    if (!ledger.statisticsLagSamples.empty())
        std::printf(
            "statistics lag (server's statisticsLagMs: clicks not yet in click_hours and the counters): p50 %.0f "
            "ms, p99 %.0f ms, max %.0f ms\n",
            percentile(ledger.statisticsLagSamples, 0.5), percentile(ledger.statisticsLagSamples, 0.99),
            percentile(ledger.statisticsLagSamples, 1.0));
    std::printf(
        "stored clicks behind the answers, in seconds of traffic (bench's estimate): p50 %.2f s, p99 %.2f s, max %.2f s\n",
        percentile(ledger.trailSeconds, 0.5), percentile(ledger.trailSeconds, 0.99),
        percentile(ledger.trailSeconds, 1.0));
    std::printf("journal on disk: max %.1f MB, %.1f MB when the traffic stopped; server RSS: idle %ld MB, max %ld MB\n",
                maxJournal / 1048576.0, journalAtEnd / 1048576.0, idleRss / 1024, maxRss / 1024);
    const bool lagMet = lagReported && lagP99 < LagP99BarMs;
    const bool rssMet = maxRss / 1024 < RssBarMb;
    const bool journalMet = maxJournal < JournalBarBytes;
    std::printf(
        "targets (lag p99 < %.0f ms: %s; RSS < %ld MB: %s; journal < %lld MB: %s); every click stored: %s; stored "
        "within %g s of traffic while running: %s\n",
        LagP99BarMs, lagMet ? "met" : "MISSED", RssBarMb, rssMet ? "met" : "MISSED", JournalBarBytes / 1048576,
        journalMet ? "met" : "MISSED", everyClick ? "yes" : "NO", o.maxTrailSeconds,
        ledger.trailExceeded ? "NO" : "yes");
    verdict.target(lagMet);
    verdict.target(rssMet);
    verdict.target(journalMet);
    if (!ledger.failures.isEmpty() || !valid)
        verdict.accountingFailed = true;
    return true;
}

}   // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption linksOpt(
        u"links"_s, u"Links to pick from, comma-separated (default 1000,1000000; sustained: 1000000)."_s, u"n[,n]"_s);
    const QCommandLineOption keepAliveOpt(u"keep-alive"_s, u"both, on or off (wrk -H \"Connection: close\")."_s,
                                          u"mode"_s, u"both"_s);
    const QCommandLineOption durationOpt(u"duration"_s, u"Seconds per wrk run."_s, u"s"_s, u"10"_s);
    const QCommandLineOption roundsOpt(u"rounds"_s, u"Alternating rounds."_s, u"n"_s, u"3"_s);
    const QCommandLineOption connectionsOpt(u"connections"_s, u"wrk connections with keep-alive."_s, u"n"_s, u"64"_s);
    const QCommandLineOption closeConnectionsOpt(
        u"close-connections"_s, u"wrk connections without keep-alive (default 16; see the header)."_s, u"n"_s, u"16"_s);
    const QCommandLineOption catchUpOpt(
        u"catch-up"_s, u"Seconds the clicks may take to be stored once traffic stops."_s, u"s"_s, u"30"_s);
    const QCommandLineOption trailOpt(
        u"max-trail"_s, u"Stored clicks may trail the answers by this many seconds of traffic."_s, u"s"_s, u"5"_s);
    const QCommandLineOption cacheOpt(u"links-cache"_s,
                                      u"Keep the filled databases in this directory and reuse them."_s, u"dir"_s);
    const QCommandLineOption loadOpt(u"load-links"_s, u"Measure index load and RSS for this many links."_s, u"n"_s);
    const QCommandLineOption sustainedOpt(u"sustained"_s, u"Run at full rate this long and watch ingestion."_s, u"s"_s);
    const QCommandLineOption checkOpt(u"check"_s, u"Exit 1 when a target is missed."_s);
    const QCommandLineOption rulesOpt(u"rules"_s,
                                      u"Redirect rules per link (device and language), random User-Agent and "
                                      "Accept-Language per request; the bar is 0.85x nginx."_s,
                                      u"n"_s, u"0"_s);
    const QCommandLineOption splitOpt(u"split"_s,
                                      u"A 50/50 A/B split on every link, each click checked for its variant after "
                                      "the stop; the bar is 0.85x nginx."_s);
    parser.addOptions({linksOpt, keepAliveOpt, durationOpt, roundsOpt, connectionsOpt, closeConnectionsOpt, catchUpOpt,
                       trailOpt, cacheOpt, loadOpt, sustainedOpt, checkOpt, rulesOpt, splitOpt});
    parser.process(app);
    Options o;
    o.check = parser.isSet(checkOpt);
    o.split = parser.isSet(splitOpt);
    o.duration = parser.value(durationOpt).toInt();
    o.rounds = parser.value(roundsOpt).toInt();
    o.connections = parser.value(connectionsOpt).toInt();
    o.closeConnections = parser.value(closeConnectionsOpt).toInt();
    o.catchUpSeconds = parser.value(catchUpOpt).toInt();
    o.maxTrailSeconds = parser.value(trailOpt).toDouble();
    o.linksCache = parser.value(cacheOpt);
    o.rules = parser.value(rulesOpt).toInt();
    std::setvbuf(stdout, nullptr, _IOLBF, 0);

    QTemporaryDir tmp;

    if (parser.isSet(loadOpt)) {
        const int count = parser.value(loadOpt).toInt();
        const QString db = tmp.filePath(u"links.sqlite"_s);
        QElapsedTimer fill;
        fill.start();
        if (!fillLinks(db, randomSlugs(count)))
            return 1;
        std::printf("filled %d links in %.1f s\n", count, fill.elapsed() / 1000.0);
        // Reference: reading the same rows with a plain SELECT in this process.
        QElapsedTimer ref;
        ref.start();
        const qint64 n = scalar(db, u"SELECT count(destination) FROM links"_s);
        const double refMs = ref.elapsed();
        LinkdeckServer s;
        QString error;
        if (!s.start(db, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        static const QRegularExpression loaded(u"(\\d+) links loaded in (\\d+) ms"_s);
        const auto m = loaded.match(QString::fromUtf8(s.log()));
        const double loadMs = m.captured(2).toDouble();
        QThread::msleep(300);
        const long rss = rssKb(s.pid());
        std::printf(
            "index load: %s links in %.0f ms (reference SELECT count(destination) over %lld rows: %.0f ms, %.1fx)\n",
            qPrintable(m.captured(1)), loadMs, n, refMs, loadMs / std::max(1.0, refMs));
        std::printf("server RSS with %d links: %ld MB\n", count, rss / 1024);
        const bool ok = loadMs < 2000 && rss / 1024 < RssBarMb;
        std::printf("targets (load < 2000 ms, RSS < %ld MB): %s\n", RssBarMb, ok ? "met" : "MISSED");
        const bool stopped = s.stop(&error).ok;
        if (!stopped)
            std::fprintf(stderr, "%s\n", qPrintable(error));
        Verdict v;
        v.target(ok);
        v.accountingFailed = !stopped;
        return v.finish(o.check);
    }

    if (QStandardPaths::findExecutable(u"wrk"_s).isEmpty()) {
        std::fprintf(stderr, "bench_redirects needs wrk (apt-get install wrk)\n");
        return 1;
    }
    std::vector<int> linkCounts;
    const QString linksValue = parser.isSet(linksOpt) ? parser.value(linksOpt)
        : parser.isSet(sustainedOpt)                  ? u"1000000"_s
                                                      : u"1000,1000000"_s;
    for (const QString &part : linksValue.split(u',', Qt::SkipEmptyParts)) {
        const int n = part.trimmed().toInt();
        if (n <= 0) {
            std::fprintf(stderr, "--links: not a number of links: %s\n", qPrintable(part));
            return 1;
        }
        linkCounts.push_back(n);
    }
    Verdict verdict;

    if (parser.isSet(sustainedOpt)) {
        for (int links : linkCounts) {
            if (!sustained(tmp.filePath(u"sustained-%1"_s.arg(links)), links, parser.value(sustainedOpt).toInt(), o,
                           verdict))
                verdict.accountingFailed = true;
        }
        return verdict.finish(o.check);
    }

    if (nginxBinary().isEmpty()) {
        std::fprintf(stderr, "bench_redirects needs nginx to compare with (apt-get install nginx-light)\n");
        return 1;
    }
    const QString mode = parser.value(keepAliveOpt);
    std::vector<bool> keepAliveModes;
    if (mode == u"both" || mode == u"on")
        keepAliveModes.push_back(true);
    if (mode == u"both" || mode == u"off")
        keepAliveModes.push_back(false);
    if (keepAliveModes.empty()) {
        std::fprintf(stderr, "--keep-alive: both, on or off\n");
        return 1;
    }
    for (int links : linkCounts) {
        if (!compareWithNginx(tmp.filePath(u"links-%1"_s.arg(links)), links, keepAliveModes, o, verdict)) {
            verdict.accountingFailed = true;
            break;
        }
    }
    return verdict.finish(o.check);
}
