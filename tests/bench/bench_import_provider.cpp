// Importing links onto a service with request limits: the fake Bitly of the tests.
//
//   bench_import_provider [--links 1000] [--stop-at 500] [--check]
//
// Imports a CSV of N links onto a Bitly account served by FakeBitly, stops the import after
// --stop-at links (as a crash or a closed window would), then imports the same file again.
// The RequestPacer keeps to Bitly's published limits (100 requests a minute, 1,000 an hour);
// its waits move core's Clock on (Clock::Override) instead of taking real time, and the fake
// stamps each request it logs with that clock, so the hour of pacing takes seconds. Prints
// the most requests the log holds in any minute and any hour beside those limits, how many
// create requests each back-half got, and the time left the import told. --check exits
// non-zero when a limit is exceeded, a link was sent twice, or a link is missing.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

#include "core/base/clock.h"
#include "core/bulk/importer.h"
#include "core/providers/remoteprovider.h"
#include "core/providers/requestpacer.h"
#include "core/storage/accountrepository.h"
#include "core/storage/secretstore.h"
#include "core/sync/backend.h"
#include "support/fakes/fakebitly.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Test;

namespace {

int mostInAnyWindow(const QList<qint64> &times, qint64 windowMs)
{
    int most = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < times.size(); ++last) {
        while (times.at(last) - times.at(first) >= windowMs)
            ++first;
        most = std::max(most, int(last - first + 1));
    }
    return most;
}

}   // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption linksOption(u"links"_s, u"Links to import (default 1000)."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption stopOption(u"stop-at"_s, u"Stop the first import after this many (default half)."_s,
                                        u"n"_s);
    const QCommandLineOption checkOption(u"check"_s, u"Exit non-zero when a check fails."_s);
    parser.addOptions({linksOption, stopOption, checkOption});
    parser.addHelpOption();
    parser.process(app);
    const int links = parser.value(linksOption).toInt();
    const int stopAt = parser.isSet(stopOption) ? parser.value(stopOption).toInt() : links / 2;

    Clock::Override clock(QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc()));
    RequestPacer::setTimeSource([] { return Clock::nowMSecsSinceEpoch(); }, [&clock](qint64 ms) { clock.advance(ms); });

    QTemporaryDir dir;
    QNetworkAccessManager network;
    FakeBitly fake;
    if (!fake.listen())
        qFatal("the fake Bitly cannot listen");
    Backend backend(&network);
    if (!backend.open(dir.filePath(u"links.sqlite"_s)))
        qFatal("cannot open the database");
    auto *secrets = new MemorySecretStore;
    backend.setSecretStore(secrets);
    Account draft;
    draft.provider = ProviderKind::Bitly;
    draft.name = u"Marketing"_s;
    draft.apiBase = fake.apiUrl().toString();
    const Result<Account> account = backend.accounts().add(draft);
    if (!account)
        qFatal("%s", qPrintable(account.error().message));
    secrets->write(SecretStore::accountKey(*account), fake.token(), [](const Result<void> &) {});

    QByteArray csv = "long_url,keyword,title\n";
    for (int i = 0; i < links; ++i)
        csv += "https://shop.example/p/" + QByteArray::number(i) + ",k" + QByteArray::number(i) + ",Flyer\n";
    QFile file(dir.filePath(u"links.csv"_s));
    if (!file.open(QIODevice::ReadWrite) || file.write(csv) != csv.size())
        qFatal("cannot write the CSV");

    QList<qint64> remaining;
    const auto run = [&](bool stop) {
        file.seek(0);
        Bulk::Importer importer(backend.database(), backend.links(), backend.provider(account->id), *account);
        if (auto r = importer.open(&file); !r)
            qFatal("%s", qPrintable(r.error().message));
        QObject::connect(&importer, &Bulk::Importer::progress, &importer,
                         [&](qint64, qint64, qint64 remainingMs) { remaining << remainingMs; });
        if (stop) {
            QObject::connect(&importer, &Bulk::Importer::rowDone, &importer, [&](const Bulk::RowResult &row) {
                if (row.row == stopAt + 1)
                    importer.cancel();
            });
        }
        Bulk::ImportOptions options;
        options.domain = fake.brandedDomain();
        return importer.run(options);
    };

    QElapsedTimer real;
    real.start();
    const qint64 start = Clock::nowMSecsSinceEpoch();
    const Bulk::ImportReport first = run(true);
    const qint64 toldAtStart = remaining.isEmpty() ? -1 : remaining.first();
    const qint64 toldAtStop = remaining.isEmpty() ? -1 : remaining.last();
    const Bulk::ImportReport second = run(false);
    const double realSeconds = double(real.elapsed()) / 1000.0;

    QList<qint64> times;
    QHash<QString, int> sent;
    for (const FakeHttpServer::Request &r : fake.requests()) {
        if (r.method != "POST" || r.path != u"/v4/bitlinks"_s)
            continue;
        times << r.atMs;
        ++sent[r.json().object().value(u"keyword"_s).toString()];
    }
    int twice = 0;
    for (const int n : std::as_const(sent))
        twice += n > 1;
    const double pacedMinutes = times.isEmpty() ? 0 : double(times.last() - start) / 60000.0;

    std::printf("import of %d links onto the fake Bitly, stopped after %lld and run again: %lld + %lld created, "
                "%lld already there the second time\n",
                links, first.created, first.created, second.created, second.existed);
    std::printf("create requests in the fake's log: %lld for %lld back-halves, %d sent more than once; %d links on "
                "the service\n",
                qint64(times.size()), qint64(sent.size()), twice, fake.linkCount());
    bool withinLimits = true;
    for (const RequestPacer::Limit &limit : RequestPacer::publishedLimits(ProviderKind::Bitly)) {
        const int most = mostInAnyWindow(times, limit.perMs);
        withinLimits = withinLimits && most <= limit.requests;
        std::printf("request rate: at most %d requests in any %lld s (Bitly's published limit %d)\n", most,
                    limit.perMs / 1000, limit.requests);
    }
    std::printf("paced time (core's clock, moved on by the pacer's waits): %.1f min for %lld requests; real time "
                "%.1f s\n",
                pacedMinutes, qint64(times.size()), realSeconds);
    std::printf("time left told: %.1f min at the start, %.1f min when stopped\n", double(toldAtStart) / 60000.0,
                double(toldAtStop) / 60000.0);
    const bool ok = withinLimits && twice == 0 && times.size() == links && fake.linkCount() == links
        && first.created == stopAt && second.created + second.existed == links && toldAtStart > 0;
    std::printf("check -> %s\n", ok ? "ok" : "WRONG");
    RequestPacer::setTimeSource({}, {});
    return ok || !parser.isSet(checkOption) ? 0 : 1;
}
