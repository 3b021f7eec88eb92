// How the main window copes with a million links.
//
//   bench_million_links [--links N] [--db FILE] [--check]
//
// Fills a database with N links (default 1,000,000; random back-halves, and titles,
// destinations, campaigns and tags like a marketing team's, see makeLink()) in a child
// process, then, in a fresh process, measures: the time until the main window shows its
// first rows, the first page of the filter box for broad, narrow, short and unmatched terms
// on every sortable column in both orders, the count that follows each filter in the
// background, clearing the filter, a sort, a jump to the last row, and the peak RSS. Each
// time is printed beside a reference measured in the same run on the same table: a plain
// SELECT count(*). The filters go through the window's own model and repository; every
// first page measured is compared with the plain query's. The list's order is read into
// memory after each sort (its time reported); the medium and narrow terms are measured once
// more without it, typed at once after sorting (reported, not a target).
// --check exits non-zero when a target is missed (window 1 s, every filter's first page
// 100 ms, RSS 300 MB).

#include "core/models/linktablemodel.h"
#include "core/storage/linkrepository.h"
#include "core/storage/settings.h"
#include "core/sync/backend.h"
#include "gui/mainwindow.h"

#include <array>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// Deterministic pseudo-random numbers per link (splitmix64), so that a database filled in
// several runs is the same as one filled at once.
struct Random
{
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    // Index into weights, chosen in proportion to them.
    template<std::size_t N>
    int weighted(const int (&weights)[N])
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        for (std::size_t k = 0; k < N; ++k) {
            if (r < weights[k])
                return int(k);
            r -= weights[k];
        }
        return 0;
    }
};

// A random-looking back-half of seven letters and digits, unique per link: an affine
// bijection of the link number modulo 36^7, then each digit mixed with the one before.
QString randomSlug(qint64 i)
{
    constexpr quint64 space = 78364164096ULL;   // 36^7
    quint64 v = (quint64(i) * 25214903917ULL + 982451653ULL) % space;
    int digits[7];
    for (int k = 6; k >= 0; --k) {
        digits[k] = int(v % 36);
        v /= 36;
    }
    QString slug(7, QChar());
    int previous = 0;
    for (int k = 0; k < 7; ++k) {
        const int d = (digits[k] + previous * 7 + k * 11) % 36;
        previous = d;
        slug[k] = QChar(d < 10 ? u'0' + d : u'a' + d - 10);
    }
    return slug;
}

// One link as a marketing team makes them: most point at the brand's site or shop, a few
// at partner stores (shop1 ... shop5000); most carry UTM parameters, newsletters being the
// biggest source; titles start with "Press release", "Product", "Pricing" and the like;
// tags come from a short list in which "pr", "print" and "promo" are common. So
// 'newsletter' matches about 45% of the links, 'pr' (the start of a title or tag) about a
// third, 'spring-sale' about 10%, 'shop1' 2-3%, 'campaign-042' ten links.
Link makeLink(qint64 i)
{
    static const QStringList products{
        u"Linen Shirt"_s,  u"Trail Runner"_s,     u"Espresso Cup"_s,  u"Premium Backpack"_s,
        u"Rain Jacket"_s,  u"Wool Scarf"_s,       u"Desk Lamp"_s,     u"Yoga Mat"_s,
        u"Travel Mug"_s,   u"Canvas Tote"_s,      u"Smart Watch"_s,   u"Pro Headphones"_s,
        u"Garden Chair"_s, u"Crème Brûlée Set"_s, u"Kinderfahrrad"_s, u"Ceramic Vase"_s};
    static const QStringList topics{u"how we source cotton"_s, u"10 gift ideas"_s,        u"our new store"_s,
                                    u"care guide"_s,           u"behind the scenes"_s,    u"customer stories"_s,
                                    u"Größentabelle"_s,        u"sustainability report"_s};
    static const QStringList sections{u"products"_s, u"collections"_s, u"blog"_s, u"stories"_s, u"help"_s};
    static const QStringList sources{u"newsletter"_s, u"facebook"_s, u"instagram"_s, u"google"_s,
                                     u"linkedin"_s,   u"partner"_s,  u"press"_s};
    static const QStringList media{u"email"_s,  u"social"_s,   u"social"_s,  u"cpc"_s,
                                   u"social"_s, u"referral"_s, u"referral"_s};
    static const QStringList campaigns{u"black-friday"_s,      u"summer-26"_s,      u"spring-sale"_s,
                                       u"newsletter-weekly"_s, u"product-launch"_s, u"brand-awareness"_s,
                                       u"back-to-school"_s};
    static const QStringList tagNames{u"pr"_s, u"print"_s, u"promo"_s, u"email"_s,   u"social"_s, u"q1"_s,
                                      u"q2"_s, u"q3"_s,    u"q4"_s,    u"partner"_s, u"web"_s,    u"retail"_s};
    Random rng{quint64(i) * 0x2545F4914F6CDD1DULL};
    Link l;
    l.accountId = 1;
    l.domain = u"localhost:8080"_s;
    l.slug = randomSlug(i);
    l.shortUrl = u"http://localhost:8080/"_s + l.slug;

    const QString product = products.at(rng.below(int(products.size())));
    const QString item = product.toLower().replace(u' ', u'-') + u'-' + QString::number(rng.below(100000));
    QString host;
    switch (rng.weighted({50, 35, 15})) {
    case 0:
        host = u"www.brand.example"_s;
        break;
    case 1:
        host = u"shop.brand.example"_s;
        break;
    default:
        host = u"shop%1.partner-stores.example"_s.arg(1 + rng.below(5000));
        break;
    }
    l.destination = u"https://"_s + host + u'/' + sections.at(rng.below(int(sections.size()))) + u'/' + item;
    if (rng.below(100) < 85) {
        const int source = rng.weighted({40, 15, 12, 12, 8, 8, 5});
        const int campaign = rng.weighted({20, 18, 12, 10, 10, 15, 14, 1});
        l.destination += u"?utm_source="_s + sources.at(source) + u"&utm_medium="_s + media.at(source)
            + u"&utm_campaign="_s
            + (campaign < campaigns.size() ? campaigns.at(campaign)
                                           : u"campaign-%1"_s.arg(rng.below(1000), 3, 10, QChar(u'0')));
    }

    const QString topic = topics.at(rng.below(int(topics.size())));
    const int number = 1 + rng.below(99999);
    switch (rng.weighted({10, 15, 5, 10, 5, 20, 15, 5, 3, 12})) {
    case 0:
        l.title = u"Press release: %1 %2"_s.arg(product).arg(number);
        break;
    case 1:
        l.title = u"Product: %1 %2"_s.arg(product).arg(number);
        break;
    case 2:
        l.title = u"Pricing – %1"_s.arg(product);
        break;
    case 3:
        l.title = u"Newsletter #%1: %2"_s.arg(1 + rng.below(300)).arg(topic);
        break;
    case 4:
        l.title = u"Spring sale – %1"_s.arg(product);
        break;
    case 5:
        l.title = u"%1 %2"_s.arg(product).arg(number);
        break;
    case 6:
        l.title = u"Blog: %1"_s.arg(topic);
        break;
    case 7:
        l.title = u"Summer offers: %1"_s.arg(product);
        break;
    case 8:
        l.title = u"Frühlingsangebot: %1"_s.arg(product);
        break;
    default:
        break;   // no title
    }
    if (rng.below(100) < 60) {
        const int n = 1 + rng.below(3);
        for (int k = 0; k < n; ++k) {
            const QString &tag = tagNames.at(rng.below(int(tagNames.size())));
            if (!l.tags.contains(tag))
                l.tags << tag;
        }
        l.tags.sort(Qt::CaseInsensitive);   // as the repository writes them after an edit
    }
    // Most links are clicked a little, a few a lot.
    l.clicks = rng.below(10) < 9 ? rng.below(50) : rng.below(100000);
    l.createdAt = QDateTime::fromSecsSinceEpoch(1'700'000'000 + i * 30 + rng.below(30), Qt::UTC);
    return l;
}

int fill(const QString &path, int count)
{
    Backend backend;
    if (auto r = backend.open(path); !r) {
        qCritical("%s", qPrintable(r.error().detail));
        return 1;
    }
    const qint64 existing = backend.links().totalCount();
    QElapsedTimer timer;
    timer.start();
    constexpr int batch = 20000;
    for (qint64 start = existing; start < count; start += batch) {
        QList<Link> links;
        links.reserve(batch);
        for (qint64 i = start; i < qMin<qint64>(start + batch, count); ++i)
            links << makeLink(i);
        if (auto r = backend.links().insertMany(links); !r) {
            qCritical("%s", qPrintable(r.error().detail));
            return 1;
        }
        fprintf(stderr, "\rfilling: %lld / %d", start + links.size(), count);
    }
    if (count > existing)
        fprintf(stderr, "\nfilled %lld links in %.1f s\n", count - existing, ms(timer) / 1000.0);
    return 0;
}

}   // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption linksOption(u"links"_s, u"Number of links."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption dbOption(u"db"_s, u"Database file (kept; reused when it already has the links)."_s,
                                      u"file"_s);
    const QCommandLineOption fillOption(u"fill-only"_s, u"Only fill the database (internal)."_s);
    const QCommandLineOption checkOption(u"check"_s, u"Exit 1 when a target is missed."_s);
    parser.addOptions({linksOption, dbOption, fillOption, checkOption});
    parser.process(app);
    const int count = parser.value(linksOption).toInt();

    QTemporaryDir tmp;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : tmp.filePath(u"bench.sqlite"_s);
    if (parser.isSet(fillOption))
        return fill(path, count);

    // Fill in a child process, so that this process's peak RSS is the window's alone.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--fill-only"_s, u"--links"_s, QString::number(count), u"--db"_s, path});
    if (!child.waitForFinished(-1) || child.exitCode() != 0) {
        qCritical("filling the database failed");
        return 1;
    }

    // Reference: count(*) on the same table, in this process, cold (first query after open).
    Backend backend;
    QElapsedTimer timer;
    timer.start();
    if (auto r = backend.open(path); !r)
        return 1;
    double reference = 0;
    {
        QSqlQuery q(backend.database().connection());
        timer.restart();
        q.exec(u"SELECT count(*) FROM links"_s);
        q.next();
        reference = ms(timer);
        if (q.value(0).toInt() != count) {
            qCritical("expected %d links, found %d", count, q.value(0).toInt());
            return 1;
        }
    }

    QSettings store(tmp.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    timer.restart();
    Gui::MainWindow window(backend, settings);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    auto *table = window.findChild<QTableView *>(u"linkTable"_s);
    auto *model = window.model();
    QCoreApplication::processEvents();
    bool ok = table->model()->index(0, 0).data().isValid();
    table->viewport()->repaint();
    const double windowReady = ms(timer);
    // The rows are counted in the background; the window says so until the number is in.
    const auto waitForCount = [&] {
        while (model->isCounting())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    };
    // How long the window is busy when a count arrives and the view takes its rows.
    double appendingRows = 0;
    QElapsedTimer appending;
    QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, model, [&] { appending.start(); });
    QObject::connect(model, &LinkTableModel::countChanged, model, [&] {
        if (appending.isValid())
            appendingRows = qMax(appendingRows, ms(appending));
        appending.invalidate();
    });
    waitForCount();
    const double allCounted = ms(timer);
    ok = ok && table->model()->rowCount() == count;

    // The time until the first page of a filter is painted (the count follows).
    const auto firstPage = [&](const QString &text) {
        QElapsedTimer t;
        t.start();
        model->setFilterText(text);
        if (model->rowCount() > 0)
            model->index(0, 0).data();
        table->viewport()->repaint();
        return ms(t);
    };
    struct Term
    {
        QString text;
        const char *kind;
    };
    const QList<Term> terms{
        {u"newsletter"_s, "broad"},   {u"pr"_s, "2 letters, broad"},   {u"spring-sale"_s, "medium"},
        {u"shop1"_s, "narrow"},       {u"campaign-042"_s, "narrow"},   {randomSlug(count / 2), "one link"},
        {u"zz"_s, "2 letters, rare"}, {u"no-such-link"_s, "no match"},
    };
    struct Sort
    {
        LinkTableModel::Column column;
        const char *name;
    };
    const QList<Sort> sorts{{LinkTableModel::Created, "created"},
                            {LinkTableModel::ShortUrl, "link"},
                            {LinkTableModel::Destination, "destination"},
                            {LinkTableModel::Title, "title"},
                            {LinkTableModel::Tags, "tags"},
                            {LinkTableModel::Campaign, "campaign"},
                            {LinkTableModel::Clicks, "clicks"}};
    // times[term][sort][order]: the default order first (newest first), then its reverse.
    QList<QList<std::array<double, 2>>> times(terms.size(), QList<std::array<double, 2>>(sorts.size()));
    QList<qint64> rows(terms.size(), 0);
    QList<double> counted(terms.size(), 0);
    QList<bool> samePage(terms.size(), true);
    double orderRead = 0;
    // Order o of sort s: 0 the one a header's first click gives (ascending; the window opens
    // newest first), 1 its reverse.
    const auto orderOf = [&sorts](int s, int o) {
        const Qt::SortOrder first =
            sorts[s].column == LinkTableModel::Created ? Qt::DescendingOrder : Qt::AscendingOrder;
        return o == 0 ? first : first == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    };
    // The model's first page is the plain query's (every matching row, sorted).
    const auto isPlainPage = [&](int t) {
        const auto plain =
            backend.links().fetch(model->query(), 0, LinkTableModel::PageSize, LinkRepository::FetchPlan::MatchSet);
        bool same = plain.size() == qMin<qint64>(model->rowCount(), LinkTableModel::PageSize);
        for (int r = 0; same && r < plain.size(); ++r)
            same = model->linkAt(r) && model->linkAt(r)->id == plain.at(r).id;
        if (!same)
            fprintf(stderr, "first page of '%s' is not the plain query's\n", qPrintable(terms[t].text));
        return same;
    };
    for (int o = 0; o < 2; ++o) {
        for (int s = 0; s < sorts.size(); ++s) {
            const Qt::SortOrder order = orderOf(s, o);
            model->setFilterText(QString());
            waitForCount();
            QElapsedTimer sorting;
            sorting.start();
            model->sort(sorts[s].column, order);
            model->index(0, 0).data();
            table->viewport()->repaint();
            // The list now shows this order, which is read into memory meanwhile; a person
            // takes longer to type a term than that takes (its time is reported).
            backend.links().keptOrders().waitForPending();
            orderRead = qMax(orderRead, ms(sorting));
            for (int t = 0; t < terms.size(); ++t) {
                QElapsedTimer sinceFilter;
                sinceFilter.start();
                times[t][s][o] = firstPage(terms[t].text);
                waitForCount();   // so that no count from this term runs during the next one
                if (s == 0 && o == 0) {
                    counted[t] = ms(sinceFilter);
                    rows[t] = model->rowCount();
                }
                samePage[t] = samePage[t] && isPlainPage(t);
            }
        }
    }
    // The medium and narrow terms again, typed before the order is in memory (at once after a
    // sort, or after the links changed): the page comes from the column's index or from
    // sorting the matches. Reported, not a target.
    const QList<int> coldTerms{2, 3};
    double coldWorst = 0;
    QString coldWorstCell;
    for (int o = 0; o < 2; ++o) {
        for (int s = 0; s < sorts.size(); ++s) {
            const Qt::SortOrder order = orderOf(s, o);
            model->setFilterText(QString());
            waitForCount();
            model->sort(sorts[s].column, order);
            for (const int t : coldTerms) {
                backend.links().keptOrders().clear();
                const double page = firstPage(terms[t].text);
                waitForCount();
                samePage[t] = samePage[t] && isPlainPage(t);
                if (page > coldWorst) {
                    coldWorst = page;
                    coldWorstCell =
                        u"'%1' by %2 %3"_s.arg(terms[t].text, QLatin1StringView(sorts[s].name),
                                               order == Qt::AscendingOrder ? u"ascending"_s : u"descending"_s);
                }
            }
            backend.links().keptOrders().waitForPending();
        }
    }

    qint64 all = 0;
    timer.restart();
    model->setFilterText(QString());
    all = model->rowCount();
    table->viewport()->repaint();
    const double filterClear = ms(timer);
    waitForCount();
    all = model->rowCount();

    timer.restart();
    model->sort(LinkTableModel::Title, Qt::AscendingOrder);
    model->index(0, 0).data();
    table->viewport()->repaint();
    const double sortTitle = ms(timer);

    timer.restart();
    table->scrollToBottom();
    model->index(count - 1, 0).data();
    table->viewport()->repaint();
    const double lastRow = ms(timer);
    const long rss = peakRssMb();

    auto line = [&](const QString &what, double value, const QString &extra = {}) {
        printf("%-44s %9.1f ms  %6.2fx count(*)%s\n", qPrintable(what), value, value / reference, qPrintable(extra));
    };
    printf("links: %d   reference SELECT count(*): %.1f ms\n", count, reference);
    line(u"window ready, first rows shown"_s, windowReady);
    line(u"all links counted (in the background)"_s, allCounted);
    double worstPage = 0;
    for (int t = 0; t < terms.size(); ++t) {
        double worst = 0;
        QString worstSort;
        for (int s = 0; s < sorts.size(); ++s) {
            for (int o = 0; o < 2; ++o) {
                if (times[t][s][o] > worst) {
                    worst = times[t][s][o];
                    const bool descending = (sorts[s].column == LinkTableModel::Created) == (o == 0);
                    worstSort = QLatin1StringView(sorts[s].name) + (descending ? u" descending"_s : u" ascending"_s);
                }
            }
        }
        worstPage = qMax(worstPage, worst);
        line(u"filter '%1': first page"_s.arg(terms[t].text), times[t][0][0],
             u"  (%1; %2 rows, counted after %3 ms%4)"_s.arg(QLatin1StringView(terms[t].kind))
                 .arg(rows[t])
                 .arg(counted[t], 0, 'f', 0)
                 .arg(samePage[t] ? QString() : u", a page NOT the plain query's rows"_s));
        line(u"filter '%1': first page, slowest sort"_s.arg(terms[t].text), worst, u"  (of 14: %1)"_s.arg(worstSort));
    }
    // Every figure: the first page in ms for each sort column, default order / reverse.
    printf("first page, ms (default order / reverse):\n%-16s", "");
    for (const Sort &sort : sorts)
        printf(" %13s", sort.name);
    printf("\n");
    for (int t = 0; t < terms.size(); ++t) {
        printf("%-16s", qPrintable(terms[t].text));
        for (int s = 0; s < sorts.size(); ++s)
            printf(" %6.1f/%6.1f", times[t][s][0], times[t][s][1]);
        printf("\n");
    }
    line(u"an order read into memory after a sort (slowest)"_s, orderRead,
         u"  (in a pool thread; the window stays responsive)"_s);
    line(u"without the order in memory, slowest first page"_s, coldWorst,
         u"  (%1; typed at once after sorting; not a target)"_s.arg(coldWorstCell));
    line(u"longest pause while counted rows are added"_s, appendingRows);
    line(u"clear filter"_s, filterClear, u"  (%1 rows)"_s.arg(all));
    line(u"sort by title"_s, sortTitle);
    line(u"jump to last row"_s, lastRow);
    printf("%-44s %9ld MB\n", "peak RSS", rss);

    ok = ok && all == count && rows.constLast() == 0 && rows.at(5) >= 1;
    for (int t = 0; t < 3; ++t)
        ok = ok && rows.at(t) > 0;   // the broad terms match
    for (bool same : std::as_const(samePage))
        ok = ok && same;
    if (parser.isSet(checkOption)) {
        const bool fast = windowReady < 1000 && worstPage < 100 && rss < 300;
        printf("targets (window < 1000 ms, every filter's first page < 100 ms, RSS < 300 MB): %s\n",
               fast ? "met" : "MISSED");
        // The small CI run checks correctness and that the figures are produced; the speed
        // targets are for the million-link run.
        if (count >= 1000000)
            ok = ok && fast;
    }
    printf("%s\n", ok ? "bench: 1 passed, 0 failed" : "bench: 0 passed, 1 failed");
    return ok ? 0 : 1;
}
