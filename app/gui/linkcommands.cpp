#include "gui/linkcommands.h"

#include "core/base/future.h"
#include "core/bulk/exporter.h"
#include "core/providers/linkprovider.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"
#include "core/sync/backend.h"
#include "gui/campaigndialog.h"
#include "gui/exportdialog.h"
#include "gui/importwizard.h"
#include "gui/messagebox.h"
#include "gui/qrstudiodialog.h"
#include "gui/redirectrulesdialog.h"
#include "gui/transferdialog.h"
#include "print/labelsheet.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QLocale>
#include <QMainWindow>
#include <QMimeData>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent>

#include <atomic>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

LinkCommands::LinkCommands(Backend &backend, Settings &settings, QMainWindow *window)
    : QObject(window)
    , m_backend(backend)
    , m_settings(settings)
    , m_window(window)
{}

void LinkCommands::importLinks()
{
    auto *wizard = new ImportWizard(m_backend, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void LinkCommands::buildCampaign()
{
    auto *dialog = new CampaignDialog(m_backend, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto select = [this](const QList<Link> &links) {
        setSelection(
            LinkSelection::of(m_backend, links, links.isEmpty() ? std::nullopt : std::optional(links.first())));
    };
    connect(dialog, &CampaignDialog::qrCodesRequested, this, [this, select](const QList<Link> &links) {
        select(links);
        showQrStudio();
    });
    connect(dialog, &CampaignDialog::labelsRequested, this, [this, select](const QList<Link> &links) {
        select(links);
        printLabels();
    });
    dialog->open();
}

void LinkCommands::transfer(bool move)
{
    if (m_selection.links.isEmpty())
        return;
    auto *dialog = new TransferDialog(m_backend, m_selection.links, move, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TransferDialog::done, this,
            [this](const Bulk::TransferReport &report) { say(report.summary(), 8000); });
    dialog->open();
}

void LinkCommands::exportLinks(const LinkQuery &query)
{
    auto *dialog = new ExportDialog(QDir::home().filePath(tr("links.csv")), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportRequested, this,
            [this, query](const QString &path, const Bulk::ExportOptions &options) {
                exportLinksTo(query, path, options);
            });
    dialog->open();
}

namespace {
// One export on its way: what the worker tells the window, and the window's Cancel.
struct ExportJob
{
    std::atomic<qint64> total{-1};   // unknown until counted
    std::atomic<qint64> done{0};
    std::atomic<bool> cancel{false};
    std::optional<Result<Bulk::ExportResult>> result;   // read once the worker has finished
};

Result<Bulk::ExportResult> exportOn(Database &db, const LinkRepository &links, ExportJob &job, const LinkQuery &query,
                                    Bulk::ExportFormat format, const QString &path, const Bulk::ExportOptions &options,
                                    const std::function<void()> &tick = {})
{
    job.total = links.count(query);
    return Bulk::Exporter::write(db, links, query, format, path, options, [&job, &tick](qint64 written) {
        job.done = written;
        if (tick)
            tick();
        return !job.cancel;
    });
}
}   // namespace

bool LinkCommands::exportLinksTo(const LinkQuery &query, const QString &path, const Bulk::ExportOptions &options)
{
    const auto format = Bulk::Exporter::formatFromName(QFileInfo(path).suffix().toLower());
    if (!format) {
        MessageBox::critical(m_window, tr("Export Links"), tr("Choose a file name ending in .csv, .xlsx or .json."));
        return false;
    }
    // The file is written off the GUI thread, on a connection of its own (WAL lets it read
    // while the app writes), under a progress dialog whose Cancel stops it: the window keeps
    // painting, and a stopped export leaves no file (the exporter writes a temporary one and
    // renames it when complete). This returns once the export has finished.
    auto job = std::make_shared<ExportJob>();
    QProgressDialog progress(tr("Exporting links…"), tr("Cancel"), 0, 0, m_window);
    progress.setObjectName(u"exportProgress"_s);
    progress.setWindowTitle(tr("Export Links"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [job] { job->cancel = true; });
    const auto show = [&progress, job] {
        if (progress.wasCanceled())
            job->cancel = true;
        const qint64 total = job->total;
        if (total > 0 && progress.maximum() != int(qMin<qint64>(total, INT_MAX)))
            progress.setMaximum(int(qMin<qint64>(total, INT_MAX)));
        if (total > 0)
            progress.setValue(int(qMin<qint64>(job->done, progress.maximum())));
    };
    const QString databasePath = m_backend.database().path();
    if (databasePath.isEmpty() || databasePath == u":memory:") {
        // No other connection sees an in-memory database: export on this one, a page at a time
        // between events.
        job->result = exportOn(m_backend.database(), m_backend.links(), *job, query, *format, path, options, [&] {
            show();
            QCoreApplication::processEvents();
        });
    } else {
        QEventLoop loop;
        QFutureWatcher<void> watcher;
        QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, &progress, show);
        ticker.start(100);
        watcher.setFuture(QtConcurrent::run([job, databasePath, query, format = *format, path, options] {
            Database db;   // this thread's own connection
            if (const auto opened = db.open(databasePath); !opened) {
                job->result = opened.error();
                return;
            }
            LinkRepository links(db);
            job->result = exportOn(db, links, *job, query, format, path, options);
        }));
        if (!watcher.isFinished())
            loop.exec();
        watcher.waitForFinished();
    }
    progress.hide();
    const Result<Bulk::ExportResult> written =
        job->result.value_or(Error::make(Error::Kind::Storage, tr("The file could not be written.")));
    if (!written && job->cancel) {
        say(tr("Export stopped; no file was written."), 8000);
        return false;
    }
    if (!written) {
        MessageBox::critical(m_window, tr("Export Links"), written.error().message);
        return false;
    }
    const QString saved =
        tr("%Ln link(s) saved in %1.", nullptr, int(written->written)).arg(QDir::toNativeSeparators(path));
    const QString note = written->note();
    say(note.isEmpty() ? saved : saved + u' ' + note, note.isEmpty() ? 8000 : 20000);
    return true;
}

void LinkCommands::say(const QString &message, int timeoutMs)
{
    m_window->statusBar()->showMessage(message, timeoutMs);
}

void LinkCommands::copy()
{
    const auto &link = m_selection.current;
    if (!link)
        return;
    auto *mime = new QMimeData;
    mime->setText(link->shortUrl);
    mime->setUrls({QUrl(link->shortUrl)});
    QGuiApplication::clipboard()->setMimeData(mime);
    say(tr("Copied %1 to the clipboard").arg(link->shortUrl), 4000);
}

void LinkCommands::open()
{
    if (const auto &link = m_selection.current)
        QDesktopServices::openUrl(QUrl(link->shortUrl));
}

void LinkCommands::remove()
{
    const QList<Link> links = m_selection.links;
    if (links.isEmpty() || !m_selection.canDelete)
        return;
    const QString question = links.size() == 1
        ? tr("Delete %1? People who open it will no longer reach %2.")
              .arg(links.first().shortUrl, links.first().destination)
        : tr("Delete %n link(s)? People who open them will no longer reach their destinations.", nullptr,
             int(links.size()));
    if (MessageBox::question(m_window, tr("Delete Links"), question, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;

    // Providers answer asynchronously; report once, when the last one has answered.
    auto remaining = std::make_shared<int>(int(links.size()));
    auto failures = std::make_shared<QStringList>();
    for (const Link &link : links) {
        LinkProvider *provider = m_backend.provider(link.accountId);
        if (!provider) {
            --*remaining;
            continue;
        }
        whenFinished(this, provider->remove(link), [this, remaining, failures, link](const Result<void> &r) {
            if (!r)
                *failures << tr("%1: %2").arg(link.shortUrl, r.error().message);
            if (--*remaining > 0)
                return;
            if (failures->isEmpty())
                say(tr("Deleted."), 4000);
            else
                MessageBox::critical(m_window, tr("Some Links Were Not Deleted"), failures->join(u"\n"_s));
        });
    }
}

void LinkCommands::editRedirectRules()
{
    const auto &link = m_selection.current;
    if (!link || !m_selection.canRules)
        return;
    LinkProvider *provider = m_backend.provider(link->accountId);
    if (!provider)
        return;
    auto *dialog = new RedirectRulesDialog(provider, *link, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RedirectRulesDialog::rulesSaved, this,
            [this, shortUrl = link->shortUrl](const QList<Rules::Rule> &rules) {
                say(rules.isEmpty() ? tr("Removed the redirect rules of %1").arg(shortUrl)
                                    : tr("Saved %n redirect rule(s) of %1", nullptr, int(rules.size())).arg(shortUrl),
                    5000);
            });
    dialog->open();
}

void LinkCommands::showQrStudio()
{
    QList<Print::BatchItem> items;
    for (const Link &link : std::as_const(m_selection.links))
        items << Print::BatchItem{link.shortUrl, link.slug};
    if (items.isEmpty() && m_selection.current)
        items << Print::BatchItem{m_selection.current->shortUrl, m_selection.current->slug};
    if (items.isEmpty())
        return;
    auto *studio = new QrStudioDialog(items, &m_settings, m_window);
    studio->setAttribute(Qt::WA_DeleteOnClose);
    connect(studio, &QrStudioDialog::exported, this,
            [this](const QString &path) { say(tr("Saved %1").arg(path), 5000); });
    studio->open();
}

void LinkCommands::printLabelsTo(QPrinter *printer)
{
    QList<Print::SheetLabel> labels;
    for (const Link &link : std::as_const(m_selection.links))
        labels << Print::SheetLabel{link.shortUrl, link.domain + u'/' + link.slug};
    if (labels.isEmpty())
        return;
    if (auto printed = Print::LabelSheet::paint(*printer, labels, Print::SheetLayout{}, Print::QrStyle{}); !printed)
        MessageBox::critical(m_window, tr("Labels Not Printed"), printed.error().message);
}

void LinkCommands::printLabels()
{
    if (m_selection.links.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(
        QPageSize(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4));
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print QR Labels"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &LinkCommands::printLabelsTo);
    preview.exec();
}

}   // namespace Linkdeck::Gui
