#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

#include "core/base/result.h"
#include "core/bulk/columnmapping.h"
#include "core/bulk/tablereader.h"
#include "core/links/link.h"

class QIODevice;

namespace Linkdeck {
class Database;
class LinkProvider;
class LinkRepository;
class RequestPacer;
}   // namespace Linkdeck

namespace Linkdeck::Bulk {

// What to do with a row whose back-half is taken by another destination.
enum class ConflictMode {
    Skip,     // leave the existing link, report the row as a conflict
    Rename,   // create the link under the next free back-half: spring-2, spring-3, ...
    Update,   // point the existing link to the row's destination (title and tags too, if given)
};

// A row's verdict: before a run (dry run, the wizard's preview), what will happen; after, what did.
enum class Verdict {
    Create,     // a new link
    Exists,     // the same back-half already goes to the same destination: nothing to do, counts as done
    Conflict,   // the back-half goes to another destination: skipped
    Update,     // the existing link is pointed to the row's destination (ConflictMode::Update)
    Rename,     // created under another back-half (ConflictMode::Rename)
    Invalid,    // the row cannot become a link; message says why
    Failed,     // the service refused it or could not be reached; message says why
};

struct RowResult
{
    qint64 row = 0;   // as the spreadsheet numbers it (the header is row 1)
    Verdict verdict = Verdict::Invalid;
    bool done = false;   // false: a dry run's forecast
    QString domain;
    QString slug;       // empty for a random back-half not made yet
    QString shortUrl;   // once known
    QString destination;
    QString message;   // a sentence for Conflict, Rename, Invalid and Failed: "Row 17: ..."

    QString verdictText() const;   // "created", "will create", "already there", ...
};

struct ImportOptions
{
    QString domain;   // for rows without a domain column; empty: the account's default
    ConflictMode onConflict = ConflictMode::Skip;
    bool dryRun = false;
    // Rows per transaction on this computer (and per look-up of existing links). Each batch runs
    // on the caller's thread, written with one INSERT (LinkRepository::insertMany): 10,000 rows
    // take about a second, fine for the CLI; the wizard takes 1,000 so that its window never
    // waits long. Larger batches make fewer, larger search-index segments (bench_import --batch).
    int batchSize = 10000;
    // How many rows the report keeps (rowDone tells every one): a file of millions of rows is
    // read in parts, and its report should not grow to the size of the file. Negative: all.
    qint64 maxReportRows = 1000000;
};

// What an import did, row by row, with its totals. A file that cannot be read (fileError)
// changes nothing: it is read to the end before the first link is made.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Bulk::ImportReport)
public:
    QList<RowResult> rows;    // every row, in the file's order, up to maxRows
    qint64 maxRows = -1;      // ImportOptions::maxReportRows
    qint64 omittedRows = 0;   // rows counted but not kept
    qint64 created = 0;
    qint64 existed = 0;
    qint64 updated = 0;
    qint64 renamed = 0;
    qint64 skipped = 0;   // conflicts
    qint64 invalid = 0;
    qint64 failed = 0;
    bool dryRun = false;
    bool cancelled = false;
    std::optional<Error> fileError;   // the file could not be read; nothing was changed
    std::optional<Error> stopError;   // the run stopped (a service's limit); run it again to go on

    void add(const RowResult &row);
    qint64 total() const { return created + existed + updated + renamed + skipped + invalid + failed; }
    bool hasProblems() const { return invalid + failed + skipped > 0 || fileError || stopError; }
    // "3 links created, 1 already there, ..." (or "would be created" for a dry run).
    QString summary() const;
    // row, verdict, short_url, destination, message; UTF-8 with BOM so that Excel opens it.
    Result<void> writeCsv(QIODevice *device) const;
    // The same in parts, for a report written as the rows come (the CLI's --report).
    static QByteArray csvHeader();
    static QByteArray csvLine(const RowResult &row);
};

// Imports a table of links into one account, row by row with a verdict for each. The file is
// read twice: once to the end to find any fault (and count the rows for progress) before
// anything changes, then to import. Links on this computer are written in transactions of
// batchSize rows; those of a service one by one through its provider, waiting as long as a
// 429's Retry-After says. A second import of the same file, or of one stopped half way
// (cancel, a crash, a rate limit), finds the links made before as "exists" and goes on.
//
//   Importer importer(backend.database(), backend.links(), provider, account);
//   if (auto r = importer.open(&file); !r) fail(r.error().message);
//   importer.mapping().set(2, Field::Title);     // the wizard's choice
//   connect(&importer, &Importer::progress, ...); // rowsDone of rowsTotal
//   importer.start(options);                      // or run(options) to wait for the report
//   ... importer.cancel();
class Importer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Importer)
public:
    Importer(Database &database, LinkRepository &links, LinkProvider *provider, const Account &account,
             QObject *parent = nullptr);
    ~Importer() override;

    // Reads the header of a file and detects the mapping. The device must be a file (it is
    // read twice) and outlive the importer.
    Result<void> open(QIODevice *device, TableReader::Format format = TableReader::Format::Auto);
    ColumnMapping &mapping() { return m_mapping; }
    QString encodingName() const;
    QChar separator() const;

    // Starts the import; finished() tells the end. Rows are also told one by one (rowDone).
    void start(const ImportOptions &options);
    // Starts and waits (in a local event loop) for the report.
    ImportReport run(const ImportOptions &options);
    // Stops after the row or batch being written; what was written stays, and a second run goes on.
    void cancel();
    bool isRunning() const { return m_running; }
    // How far the run is, as progress() says it: the rows written, of the rows to write (0 until
    // the check pass has counted them all).
    qint64 rowsDone() const { return m_rowsDone; }
    qint64 rowsTotal() const { return m_checking ? 0 : m_rowsTotal; }
    const ImportReport &report() const { return m_report; }
    const Account &account() const { return m_account; }

    // A row as the draft of a link: checked and normalised (destination, back-half, domain,
    // tags, dates), or why it cannot be one (a sentence without the row number).
    static Result<Link> draftFromRow(const QStringList &fields, const ColumnMapping &mapping,
                                     const QString &defaultDomain);
    // A date and time as files write them: ISO 8601 (zone or Z; local without), "2026-12-31
    // 23:59", German "31.12.2026 23:59", Unix seconds or milliseconds. A date alone is the start
    // of that local day, or with endOfDay the start of the next.
    static std::optional<QDateTime> parseTime(const QString &text, bool endOfDay);

    // The time progress() tells as people read it: "About 12 minutes left at Bitly's request
    // limits." (empty for -1).
    static QString remainingText(qint64 remainingMs, const QString &service);

    // How many times a row waits for a rate limit before the run stops (run it again later).
    static constexpr int MaxRateLimitWaits = 5;
    // For tests: the wait when a 429 names no time, doubling with each wait.
    void setRateLimitBaseWaitMs(int ms) { m_rateBaseWaitMs = ms; }

signals:
    void rowDone(const Linkdeck::Bulk::RowResult &row);
    // remainingMs: how long the rows left take at the service's published request rate
    // (RequestPacer; an upper bound, rows already there need no request), -1 where no limit
    // applies (this computer, Shlink).
    void progress(qint64 rowsDone, qint64 rowsTotal, qint64 remainingMs);
    // A service asked to wait (429); the import goes on by itself after `seconds`.
    void waiting(int seconds, const QString &message);
    void finished(const Linkdeck::Bulk::ImportReport &report);

private:
    struct Item
    {
        qint64 row = 0;
        Link link;
        RowResult result;
        bool pending = false;    // a write to do
        qint64 existingId = 0;   // Update: the link to change
        int waits = 0;
        int renames = 0;
    };
    struct Existing
    {
        qint64 id = 0;
        QString domain;
        QString slug;
        QString destination;
    };

    void checkStep();
    // Onto a service with a monthly quota of new links: refuses the run up front when the
    // links it makes are more than the plan has left (stopError), else imports.
    void checkQuota();
    qint64 linksToMake();   // a pass deciding every row, nothing written
    Item itemFromRow(const QStringList &fields) const;
    void importStep();
    void decide(QList<Item> &batch);
    void writeLocal(QList<Item> &batch);
    void writeRemoteNext();
    void sendRemoteFirst();
    qint64 remainingMs(qint64 reserved = 0) const;
    void remoteDone(Item item, const Result<Link> &result);
    void finishItem(Item &item);
    void forgetBatch();
    void finish();
    void scheduleNext();
    bool reopen();
    QString defaultDomain() const;
    QString key(const QString &domain, const QString &slug) const;
    QList<Existing> existingWhere(const QString &condition, const QStringList &values) const;
    QList<Existing> existingBySlug(const QStringList &slugs) const;
    QList<Existing> existingByDestination(const QStringList &destinations) const;
    // The first back-half free for a row in Rename mode, or the one that holds its destination already.
    QString renamed(const Item &item, bool *exists) const;
    bool slugUsed(const QString &domain, const QString &slug, QString *destination) const;
    Error rowError(qint64 row, const QString &message) const;

    Database &m_db;
    LinkRepository &m_links;
    QPointer<LinkProvider> m_provider;
    Account m_account;
    bool m_local = false;
    RequestPacer *m_pacer = nullptr;   // the account's, shared with other bulk work onto it
    QIODevice *m_device = nullptr;
    TableReader::Format m_format = TableReader::Format::Auto;
    std::unique_ptr<TableReader> m_reader;
    ColumnMapping m_mapping;
    ImportOptions m_options;
    ImportReport m_report;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_checking = false;
    qint64 m_rowsTotal = 0;
    qint64 m_rowsDone = 0;
    int m_rateBaseWaitMs = 5000;
    // The batch's rows (a dry run's: all rows): back-halves (domain/slug -> destination) and
    // destinations made, so that a row repeated in the file is "exists" too.
    QHash<QString, QString> m_seen;
    QSet<QString> m_seenDestinations;
    QList<Item> m_remoteQueue;   // a batch's rows for a service, written one after the other
};

}   // namespace Linkdeck::Bulk

Q_DECLARE_METATYPE(Linkdeck::Bulk::RowResult)
Q_DECLARE_METATYPE(Linkdeck::Bulk::ImportReport)
