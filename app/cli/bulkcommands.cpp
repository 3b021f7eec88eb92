#include "cli/bulkcommands.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <memory>

#include "cli/remote.h"
#include "core/bulk/exporter.h"
#include "core/bulk/importer.h"
#include "core/bulk/linktransfer.h"
#include "core/providers/linkprovider.h"
#include "core/sync/backend.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck::Bulk;

namespace Linkdeck::Cli {

// links import ---------------------------------------------------------------------------

LinksImportCommand::LinksImportCommand()
    : Command(
        u"links import"_s, u"links import FILE [options]"_s,
        Tr::tr(
            "Creates the links of a table: CSV or TSV as Excel and LibreOffice save them (any separator, "
            "UTF-8 or UTF-16), Excel workbooks (XLSX, the first sheet), JSON, or the export of Linkdeck, Bitly, Rebrandly, Shlink, YOURLS or Kutt. "
            "The first row names the columns (destination or url, slug, title, tags, utm_*, domain, "
            "expires_at, ...). Links already there are left as they are, so a stopped import goes on when "
            "it is run again. A file that cannot be read changes nothing."))
    , m_account(u"account"_s, Tr::tr("The account to create them in (default: This computer)."), u"name"_s)
    , m_domain(u"domain"_s, Tr::tr("The domain for rows that name none."), u"domain"_s)
    , m_dryRun(u"dry-run"_s, Tr::tr("Tell what would happen to each row; change nothing."))
    , m_onConflict(u"on-conflict"_s,
                   Tr::tr("When a back-half is taken by another address: skip the row (default), rename (spring-2) "
                          "or update the existing link."),
                   u"skip|rename|update"_s, u"skip"_s)
    , m_format(u"format"_s, Tr::tr("The file's format if its name does not tell: csv, tsv, json or xlsx."),
               u"csv|tsv|json|xlsx"_s)
    , m_report(u"report"_s, Tr::tr("Write a CSV report of every row to this file."), u"file"_s)
{
    m_parser.addOptions({m_account, m_domain, m_dryRun, m_onConflict, m_format, m_report});
    m_parser.addPositionalArgument(u"FILE"_s, Tr::tr("The table of links."));
}

int LinksImportCommand::execute(Context &context)
{
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(context, Tr::tr("links import needs exactly one FILE."));
    ImportOptions options;
    const QString conflict = m_parser.value(m_onConflict).trimmed().toLower();
    if (conflict == u"skip")
        options.onConflict = ConflictMode::Skip;
    else if (conflict == u"rename")
        options.onConflict = ConflictMode::Rename;
    else if (conflict == u"update")
        options.onConflict = ConflictMode::Update;
    else
        return usageError(
            context,
            Tr::tr("Unknown --on-conflict “%1”: use skip, rename or update.").arg(m_parser.value(m_onConflict)));
    TableReader::Format format = TableReader::formatFromFileName(positional.first());
    if (m_parser.isSet(m_format)) {
        const auto named = TableReader::formatFromName(m_parser.value(m_format));
        if (!named)
            return usageError(context,
                              Tr::tr("Unknown format “%1”: use csv, tsv, json or xlsx.").arg(m_parser.value(m_format)));
        format = *named;
    }
    const std::optional<QString> domain = domainOption(context, m_domain);
    if (!domain)
        return Failure;
    options.domain = *domain;
    options.dryRun = m_parser.isSet(m_dryRun);

    QFile file(positional.first());
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(Tr::tr("“%1” cannot be read: %2").arg(positional.first(), file.errorString()));

    Backend *backend = context.backend();
    if (!backend)
        return Failure;
    const std::optional<Account> account = context.account(m_parser.value(m_account));
    if (!account)
        return Failure;
    LinkProvider *provider = context.provider(*account);
    if (!provider)
        return Failure;
    if (!provider->can(LinkProvider::Capability::CreateLinks))
        return context.fail(refusal(*account, Refusal::Create));

    Importer importer(backend->database(), backend->links(), provider, *account);
    if (auto opened = importer.open(&file, format); !opened)
        return context.fail(opened.error().message);
    if (const QString problem = importer.mapping().problem(); !problem.isEmpty())
        return context.fail(problem);
    // A service's links are read first, so that links made there before count as "already there".
    if (const auto pulled = pullIfListable(context, *backend, *account); pulled && !pulled->ok)
        context.warn(pulled->message);
    // The report is written as the rows come, and the importer keeps none of them: a file of
    // millions of rows takes no more memory than a small one.
    options.maxReportRows = 0;
    std::unique_ptr<QSaveFile> reportFile;
    if (m_parser.isSet(m_report)) {
        reportFile = std::make_unique<QSaveFile>(m_parser.value(m_report));
        if (!reportFile->open(QIODevice::WriteOnly))
            return context.fail(
                Tr::tr("The report “%1” cannot be written: %2").arg(reportFile->fileName(), reportFile->errorString()));
        reportFile->write(ImportReport::csvHeader());
    }
    const bool terminal = stderrIsTerminal();
    QObject::connect(&importer, &Importer::rowDone, &importer, [&context, &reportFile](const RowResult &row) {
        if (row.verdict == Verdict::Invalid || row.verdict == Verdict::Failed || row.verdict == Verdict::Conflict)
            context.warn(row.message);
        if (reportFile)
            reportFile->write(ImportReport::csvLine(row));
    });
    QObject::connect(&importer, &Importer::waiting, &importer, [&context, account](int seconds, const QString &why) {
        context.note(Tr::tr("%1 asks to wait (%2); the import goes on in %n second(s).", nullptr, seconds)
                         .arg(serviceName(account->provider), why));
    });
    if (terminal) {
        QObject::connect(&importer, &Importer::progress, &importer,
                         [&context, account](qint64 done, qint64 total, qint64 remainingMs) {
                             QString line = Tr::tr("%1 of %2 rows").arg(done).arg(total);
                             if (const QString left =
                                     Importer::remainingText(remainingMs, serviceName(account->provider));
                                 !left.isEmpty())
                                 line += u' ' + left;
                             // Padded: a shorter line does not leave the end of the last one.
                             context.err() << u"\r"_s << line.leftJustified(78) << Qt::flush;
                         });
    }
    const ImportReport report = importer.run(options);
    if (terminal)
        context.err() << u"\r"_s << Qt::flush;
    if (report.fileError)
        return context.fail(report.summary());   // the report is not written: nothing was done
    if (reportFile && !reportFile->commit())
        context.warn(
            Tr::tr("The report “%1” cannot be written: %2").arg(reportFile->fileName(), reportFile->errorString()));
    context.out() << report.summary() << Qt::endl;
    return report.hasProblems() ? Failure : Success;
}

// links export ---------------------------------------------------------------------------

LinksExportCommand::LinksExportCommand()
    : Command(u"links export"_s, u"links export --format csv|json|xlsx -o FILE [options]"_s,
              Tr::tr("Writes the links of an account with every field and their click totals, oldest first: CSV "
                     "(opens in Excel as it is), JSON or an Excel workbook. A file written here imports "
                     "back unchanged with \"links import\"."))
    , m_account(u"account"_s, Tr::tr("The account whose links to write (default: This computer)."), u"name"_s)
    , m_filter(u"filter"_s, Tr::tr("Only links whose back-half, address, title, tags or campaign contain TEXT."),
               u"text"_s)
    , m_format(u"format"_s, Tr::tr("csv, json or xlsx (default: by the file name, else csv)."), u"format"_s)
    , m_output({u"o"_s, u"output"_s}, Tr::tr("The file to write."), u"file"_s)
    , m_breakdowns(u"breakdowns"_s,
                   Tr::tr("Also write each link's clicks by country, referrer, device, browser and operating system, "
                          "most first, as the statistics count them (bots left out)."))
{
    m_parser.addOptions({m_account, m_filter, m_format, m_output, m_breakdowns});
}

int LinksExportCommand::execute(Context &context)
{
    if (!m_parser.positionalArguments().isEmpty())
        return usageError(context,
                          Tr::tr("links export takes no arguments, only options: “%1”.")
                              .arg(m_parser.positionalArguments().join(u' ')));
    if (!m_parser.isSet(m_output) || m_parser.value(m_output).isEmpty())
        return usageError(context, Tr::tr("links export needs -o FILE."));
    const QString path = m_parser.value(m_output);
    QString formatName = m_parser.value(m_format);
    if (formatName.isEmpty()) {
        const QString suffix = path.section(u'.', -1).toLower();
        formatName = Exporter::formatFromName(suffix) ? suffix : u"csv"_s;
    }
    const std::optional<ExportFormat> format = Exporter::formatFromName(formatName);
    if (!format)
        return usageError(context, Tr::tr("Unknown format “%1”: use csv, json or xlsx.").arg(formatName));

    Backend *backend = context.backend();
    if (!backend)
        return Failure;
    const std::optional<Account> account = context.account(m_parser.value(m_account));
    if (!account)
        return Failure;
    if (const auto pulled = pullIfListable(context, *backend, *account); pulled && !pulled->ok)
        context.warn(pulled->message);   // offline: the links kept here are written
    LinkQuery query;
    query.accountId = account->id;
    query.text = m_parser.value(m_filter);
    query.order = Qt::AscendingOrder;
    ExportOptions options;
    options.breakdowns = m_parser.isSet(m_breakdowns);
    // On a terminal, how far it is (a million links take a while); in a script, nothing.
    std::function<bool(qint64)> progress;
    const bool terminal = stderrIsTerminal();
    QElapsedTimer shown;
    if (terminal) {
        const qint64 total = backend->links().count(query);
        progress = [&context, &shown, total](qint64 done) {
            if (done < total && shown.isValid() && shown.elapsed() < 100)
                return true;   // at most ten lines a second
            shown.start();
            context.err() << u"\r"_s << Tr::tr("%1 of %2 links written").arg(done).arg(total).leftJustified(78)
                          << Qt::flush;
            return true;
        };
    }
    const Result<ExportResult> written =
        Exporter::write(backend->database(), backend->links(), query, *format, path, options, progress);
    if (terminal && shown.isValid())
        context.err() << u"\r"_s << QString().leftJustified(78) << u"\r"_s << Qt::flush;
    if (!written)
        return context.fail(written.error().message);
    context.note(Tr::tr("%n link(s) written to %1.", nullptr, int(written->written)).arg(path));
    if (const QString note = written->note(); !note.isEmpty())
        context.note(note);
    return Success;
}

LinksTransferCommand::LinksTransferCommand(bool move)
    : Command(move ? u"links move"_s : u"links copy"_s,
              move ? u"links move --from NAME --to NAME [options]"_s : u"links copy --from NAME --to NAME [options]"_s,
              move ? Tr::tr("Makes the links of one account on another, with the same back-half where it is free "
                            "there, titles, tags and UTM values, then points each old link to its new short URL "
                            "where the old service allows it. No link is deleted.")
                   : Tr::tr("Makes the links of one account on another too, with the same back-half where it is "
                            "free there, titles, tags and UTM values. The old links stay as they are."))
    , m_move(move)
    , m_from(u"from"_s, Tr::tr("The account the links are on."), u"name"_s)
    , m_to(u"to"_s, Tr::tr("The account to make them on."), u"name"_s)
    , m_filter(u"filter"_s, Tr::tr("Only the links matching this text, as the app's filter box."), u"text"_s)
    , m_onConflict(u"on-conflict"_s,
                   Tr::tr("When the back-half is taken on the target: skip the link (default) or rename (spring-2)."),
                   u"skip|rename"_s, u"skip"_s)
    , m_mapping(u"mapping"_s, Tr::tr("Write each old and new short URL to this CSV file."), u"file"_s)
{
    m_parser.addOptions({m_from, m_to, m_filter, m_onConflict, m_mapping});
}

int LinksTransferCommand::execute(Context &context)
{
    if (!m_parser.positionalArguments().isEmpty())
        return usageError(context,
                          Tr::tr("This command takes no arguments, only options: “%1”.")
                              .arg(m_parser.positionalArguments().join(u' ')));
    if (!m_parser.isSet(m_from) || !m_parser.isSet(m_to))
        return usageError(context, Tr::tr("Name both accounts: --from and --to."));
    const QString conflict = m_parser.value(m_onConflict);
    if (conflict != u"skip"_s && conflict != u"rename"_s)
        return usageError(context, Tr::tr("--on-conflict takes skip or rename, not “%1”.").arg(conflict));
    Backend *backend = context.backend();
    if (!backend)
        return Failure;
    const std::optional<Account> from = context.account(m_parser.value(m_from));
    const std::optional<Account> to = from ? context.account(m_parser.value(m_to)) : std::nullopt;
    if (!from || !to)
        return Failure;
    if (from->id == to->id)
        return usageError(context, Tr::tr("--from and --to name the same account."));
    // The service's links as they are now, so that none is missed or stale.
    if (const auto pulled = pullIfListable(context, *backend, *from); pulled && !pulled->ok)
        return context.fail(pulled->message);
    LinkQuery query;
    query.accountId = from->id;
    query.text = m_parser.value(m_filter);
    query.order = Qt::AscendingOrder;
    QList<Link> links;
    for (qint64 offset = 0;; offset += 1000) {
        const QList<Link> page = backend->links().fetch(query, offset, 1000);
        links << page;
        if (page.size() < 1000)
            break;
    }
    if (links.isEmpty())
        return context.fail(Tr::tr("No link of %1 matches.").arg(from->displayName()));
    LinkTransfer transfer(*backend);
    LinkTransfer::Options options;
    options.move = m_move;
    options.onConflict = conflict == u"rename"_s ? ConflictMode::Rename : ConflictMode::Skip;
    const TransferReport report = transfer.run(links, to->id, options);
    if (report.error)
        return context.fail(report.error->message);
    for (const Transfer &t : report.links) {
        if (!t.message.isEmpty())
            context.warn(t.from.shortUrl + u": "_s + t.message);
    }
    if (m_parser.isSet(m_mapping)) {
        QSaveFile file(m_parser.value(m_mapping));
        if (!file.open(QIODevice::WriteOnly) || !report.writeMappingCsv(&file) || !file.commit())
            return context.fail(
                Tr::tr("Could not write the mapping to %1: %2").arg(m_parser.value(m_mapping), file.errorString()));
    }
    context.out() << report.summary() << Qt::endl;
    return report.notMade > 0 ? Failure : Success;
}

}   // namespace Linkdeck::Cli
