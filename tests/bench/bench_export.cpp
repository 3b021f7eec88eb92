// Exporting links with their breakdowns (File > Export Links… with "Include each link's
// countries, referrers and devices"; linkdeck-cli links export --breakdowns).
//
//   bench_export [--links N] [--hours H] [--format csv|json|xlsx] [--check]
//
// Makes a store of N links (default 100,000; one in 20 of a Bitly account, half of those with
// statistics kept from their first day) with H hours of clicks each on this computer's links
// (default 2: people's and bots' clicks by country, referrer, device, browser, system and A/B
// variant), then measures, in the same run and on the same disk:
//   plain     - the export without breakdowns (what writing the file costs on its own);
//   grouped   - with breakdowns, read a page of 2,000 links at a time in grouped queries;
//   per link  - with breakdowns, read as Linkdeck did before: five queries per link.
// The grouped export runs before the per-link one, so that it is the one that reads the click
// rollups from a cold cache. It checks that both files are byte for byte the same. --check
// exits non-zero when they differ or the grouped export is not faster than the per-link one.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

#include "core/analytics/analytics.h"
#include "core/analytics/campaignstats.h"
#include "core/bulk/exporter.h"
#include "core/providers/providerstats.h"
#include "core/storage/accountrepository.h"
#include "core/storage/clickrollups.h"
#include "core/storage/linkrepository.h"
#include "core/sync/backend.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Bulk;

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void fill(Backend &backend, int count, int hours)
{
    Account bitly;
    bitly.provider = ProviderKind::Bitly;
    bitly.name = u"Bitly"_s;
    bitly.apiBase = u"http://127.0.0.1:9/"_s;
    const Result<Account> account = backend.accounts().add(bitly);
    if (!account)
        qFatal("cannot add the Bitly account");
    const QDateTime created(QDate(2024, 3, 1), QTime(9, 0), QTimeZone::utc());
    QList<Link> links;
    links.reserve(count);
    for (int i = 0; i < count; ++i) {
        Link l;
        const bool remote = i % 20 == 7;
        l.accountId = remote ? account->id : AccountRepository::LocalAccountId;
        l.domain = remote ? u"bit.ly"_s : u"go.example"_s;
        l.slug = u"b%1"_s.arg(i, 6, 36, QChar(u'0'));
        l.remoteId = remote ? u"bit.ly/"_s + l.slug : QString();
        l.shortUrl = u"https://"_s + l.domain + u'/' + l.slug;
        l.destination = u"https://shop.example/products/%1?utm_campaign=spring-%2"_s.arg(i).arg(i % 12);
        l.title = u"Product %1"_s.arg(i);
        l.createdAt = created.addSecs(i);
        links << l;
    }
    if (!backend.links().insertMany(links))
        qFatal("cannot insert the links");

    static const QStringList countries{u"DE"_s, u"US"_s, u"FR"_s, QString(), u"JP"_s, u"BR"_s, u"IN"_s};
    static const QStringList referrers{u"t.co"_s, QString(), u"news.example"_s, u"www.google.com"_s};
    QSqlDatabase db = backend.database().connection();
    db.transaction();
    QSqlQuery ids(db);
    ids.setForwardOnly(true);
    ids.exec(u"SELECT id FROM links WHERE account_id = 1 ORDER BY id"_s);
    qint64 n = 0;
    while (ids.next()) {
        const qint64 id = ids.value(0).toLongLong();
        for (int h = 0; h < hours; ++h) {
            const qint64 hour = created.addDays(1 + (n * 7 + h * 13) % 500).toSecsSinceEpoch() + h * 3600;
            const qint64 people = 2 + (n + h) % 9;
            const qint64 bots = (n + h) % 3;
            const QList<Rollups::Count> counts{
                {u"country"_s, countries.at((n + h) % countries.size()), people - 1},
                {u"country"_s, countries.at((n + h + 2) % countries.size()), 1},
                {u"bot:country"_s, u"CN"_s, bots},
                {u"referrer"_s, referrers.at((n * 3 + h) % referrers.size()), people},
                {u"bot:referrer"_s, u"crawler.example"_s, bots},
                {u"device"_s, (n + h) % 2 ? u"mobile"_s : u"desktop"_s, people},
                {u"browser"_s, u"Firefox"_s, people / 2},
                {u"browser"_s, u"Chrome"_s, people - people / 2},
                {u"os"_s, n % 2 ? u"Android"_s : u"Windows"_s, people},
                {u"variant"_s, h % 2 ? u"2"_s : u"1"_s, people},
            };
            QString error;
            if (!Rollups::addHour(db, id, hour, people, bots, counts, &error))
                qFatal("cannot add clicks: %s", qPrintable(error));
        }
        ++n;
    }
    ProviderStats stats(backend.database());
    const QDateTime from = created.addDays(-1);
    const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 7; i < count; i += 40) {   // half of the service's links
        const QString id = u"bit.ly/"_s + u"b%1"_s.arg(i, 6, 36, QChar(u'0'));
        stats.storeShares(account->id, id, ProviderStats::breakdownKey(u"country"_s, from, to),
                          {{u"DE"_s, 3 + i % 5}, {u"FR"_s, 2}});
        stats.storeShares(account->id, id, ProviderStats::breakdownKey(u"referrer"_s, from, to), {{QString(), 5}});
    }
    db.commit();
}

}   // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"links"_s, u"Links in the store."_s, u"n"_s, u"100000"_s});
    parser.addOption({u"hours"_s, u"Hours of clicks per link on this computer."_s, u"n"_s, u"2"_s});
    parser.addOption({u"format"_s, u"csv, json or xlsx."_s, u"name"_s, u"csv"_s});
    parser.addOption({u"check"_s, u"Fail unless the grouped export is faster and writes the same file."_s});
    parser.process(app);
    const int count = parser.value(u"links"_s).toInt();
    const int hours = parser.value(u"hours"_s).toInt();
    const auto format = Exporter::formatFromName(parser.value(u"format"_s));
    if (count <= 0 || hours < 0 || !format)
        qFatal("bad arguments");

    QTemporaryDir dir;
    Backend backend;
    if (!backend.open(dir.filePath(u"links.sqlite"_s)))
        qFatal("cannot open the database");
    QElapsedTimer timer;
    timer.start();
    fill(backend, count, hours);
    std::printf("store: %d links, %d hours of clicks each on this computer's, made in %.1f s\n", count, hours,
                seconds(timer));

    LinkQuery all;
    all.order = Qt::AscendingOrder;
    const QString suffix = parser.value(u"format"_s).toLower();
    const auto run = [&](const char *name, const ExportOptions &options, const QString &file) {
        QElapsedTimer t;
        t.start();
        const Result<ExportResult> written =
            Exporter::write(backend.database(), backend.links(), all, *format, dir.filePath(file), options);
        const double s = seconds(t);
        if (!written)
            qFatal("%s: %s", name, qPrintable(written.error().message));
        std::printf("%-9s %7.2f s  %lld links (%.0f links/s), %lld from services' statistics, %lld without\n", name, s,
                    written->written, double(written->written) / s, written->fromServices, written->withoutBreakdowns);
        return s;
    };
    const double plain = run("plain", {}, u"plain."_s + suffix);
    ExportOptions grouped;
    grouped.breakdowns = true;
    const double fast = run("grouped", grouped, u"grouped."_s + suffix);
    ExportOptions perLink = grouped;
    perLink.queries = BreakdownQueries::PerLink;
    const double slow = run("per link", perLink, u"perlink."_s + suffix);

    // The reading alone, without the file: this computer's links' breakdowns a page at a time
    // in grouped queries, and five queries per link.
    {
        QList<qint64> ids;
        QSqlQuery q(backend.database().connection());
        q.setForwardOnly(true);
        q.exec(u"SELECT id FROM links WHERE account_id = 1 ORDER BY id"_s);
        while (q.next())
            ids << q.value(0).toLongLong();
        const Analytics analytics(backend.database());
        const QStringList dimensions = CampaignStats::dimensions();
        const QDate first(1970, 1, 1);
        const QDate last(9999, 12, 30);
        QElapsedTimer t;
        t.start();
        qint64 values = 0;
        for (qsizetype start = 0; start < ids.size(); start += Exporter::PageSize) {
            const auto page =
                analytics.breakdowns(ids.mid(start, Exporter::PageSize), dimensions, first, last, QTimeZone::utc());
            if (!page)
                qFatal("grouped read failed");
            for (const auto &lists : *page)
                for (const auto &list : lists)
                    values += list.size();
        }
        const double groupedRead = seconds(t);
        t.restart();
        qint64 perLinkValues = 0;
        for (qint64 id : std::as_const(ids)) {
            for (const QString &dimension : dimensions) {
                const auto shares = analytics.breakdown({id}, dimension, first, last, QTimeZone::utc());
                if (!shares)
                    qFatal("per-link read failed");
                perLinkValues += shares->size();
            }
        }
        const double perLinkRead = seconds(t);
        std::printf("reading alone (%lld links, %lld values): grouped %.2f s, per link %.2f s (%.1fx)%s\n",
                    qint64(ids.size()), values, groupedRead, perLinkRead, perLinkRead / groupedRead,
                    values == perLinkValues ? "" : " VALUE COUNTS DIFFER");
    }

    // An XLSX workbook carries its time of writing: compare its sheet's cells only through CSV/JSON.
    const bool comparable = *format != ExportFormat::Xlsx;
    const QByteArray a = readFile(dir.filePath(u"grouped."_s + suffix));
    const QByteArray b = readFile(dir.filePath(u"perlink."_s + suffix));
    const bool same = !comparable || (a == b && !a.isEmpty());
    std::printf("breakdowns cost %.2f s grouped, %.2f s per link beyond the plain export\n", fast - plain,
                slow - plain);
    std::printf("grouped is %.1fx faster than per link; files %s (%lld bytes)\n", slow / fast,
                comparable ? (same ? "byte-identical" : "DIFFER") : "not compared (xlsx)", qint64(a.size()));
    if (parser.isSet(u"check"_s) && (!same || fast >= slow)) {
        std::printf("FAIL: %s\n", same ? "the grouped export is not faster" : "the files differ");
        return 1;
    }
    return 0;
}
