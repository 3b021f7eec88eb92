#include "core/bulk/linktransfer.h"

#include "core/base/csv.h"
#include "core/base/future.h"
#include "core/bulk/columnmapping.h"
#include "core/bulk/exporter.h"
#include "core/providers/linkprovider.h"
#include "core/providers/requestpacer.h"
#include "core/storage/accountrepository.h"
#include "core/sync/backend.h"

#include <QBuffer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linkdeck::Bulk {
namespace {

bool isMade(Verdict v)
{
    return v == Verdict::Create || v == Verdict::Exists || v == Verdict::Rename || v == Verdict::Update;
}

}   // namespace

QString TransferReport::summary() const
{
    if (error)
        return error->message;
    QString text = move ? tr("%n link(s) moved", nullptr, made) : tr("%n link(s) copied", nullptr, made);
    if (move)
        text += u", "_s + tr("%n old link(s) pointed to the new one(s)", nullptr, redirected);
    if (notMade > 0)
        text += u", "_s + tr("%n not made", nullptr, notMade);
    return text + u'.';
}

Result<void> TransferReport::writeMappingCsv(QIODevice *device) const
{
    QString out = u"\uFEFFold_short_url,new_short_url,status,message\r\n"_s;
    for (const Transfer &t : links) {
        QString status;
        if (!isMade(t.verdict))
            status = t.verdict == Verdict::Conflict ? u"skipped"_s : u"failed"_s;
        else if (move)
            status = t.oldRedirects ? u"moved"_s : u"copied"_s;
        else
            status = t.verdict == Verdict::Exists ? u"already there"_s : u"copied"_s;
        out += Csv::field(t.from.shortUrl) + u',' + Csv::field(t.toShortUrl) + u',' + status + u','
            + Csv::field(t.message) + u"\r\n"_s;
    }
    const QByteArray bytes = out.toUtf8();
    if (device->write(bytes) != bytes.size())
        return Error::make(Error::Kind::Storage,
                           tr("The mapping file could not be written: %1").arg(device->errorString()));
    return {};
}

LinkTransfer::LinkTransfer(Backend &backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{}

LinkTransfer::~LinkTransfer()
{
    if (m_importer)
        m_importer->cancel();
}

void LinkTransfer::start(const QList<Link> &links, qint64 targetAccountId, const Options &options)
{
    m_options = options;
    m_report = TransferReport();
    m_report.move = options.move;
    m_running = true;
    m_cancelled = false;
    m_nextRedirect = 0;
    for (const Link &link : links)
        m_report.links.append(Transfer{link, {}, Verdict::Invalid, false, {}});
    const std::optional<Account> target = m_backend.accounts().find(targetAccountId);
    LinkProvider *provider = target ? m_backend.provider(targetAccountId) : nullptr;
    if (!provider || links.isEmpty()) {
        m_report.error = Error::make(Error::Kind::Invalid,
                                     links.isEmpty() ? tr("Choose the links to copy or move.")
                                                     : tr("Linkdeck cannot use this account."));
        QTimer::singleShot(0, this, &LinkTransfer::finish);
        return;
    }
    // The links as a table in Linkdeck's own columns; their old domain and short URL stay behind.
    // A password cannot go along (only its hash is kept, and only this computer's server asks
    // for one): such a link is not made elsewhere, unprotected, without being asked.
    QString table = Exporter::columns().join(u',') + u"\r\n"_s;
    m_rowToLink.clear();
    for (qsizetype i = 0; i < links.size(); ++i) {
        const Link &link = links.at(i);
        if (link.passwordProtected) {
            m_report.links[i].verdict = Verdict::Failed;
            m_report.links[i].message = tr("It has a password, which cannot go along: make it there by hand and set "
                                           "a password again.");
            continue;
        }
        m_rowToLink << int(i);
        QStringList values = Exporter::values(link);
        for (QString &v : values)
            v = Csv::field(v);
        table += values.join(u',') + u"\r\n"_s;
    }
    if (m_rowToLink.isEmpty()) {   // none can go
        QTimer::singleShot(0, this, &LinkTransfer::finish);
        return;
    }
    m_table = std::make_unique<QBuffer>();
    m_table->setData(table.toUtf8());
    m_table->open(QIODevice::ReadOnly);
    m_importer = std::make_unique<Importer>(m_backend.database(), m_backend.links(), provider, *target);
    if (auto opened = m_importer->open(m_table.get()); !opened) {
        m_report.error = opened.error();
        QTimer::singleShot(0, this, &LinkTransfer::finish);
        return;
    }
    for (const Field f : {Field::Domain, Field::ShortUrl, Field::Clicks, Field::CreatedAt}) {
        if (const int column = m_importer->mapping().column(f); column >= 0)
            m_importer->mapping().set(column, Field::Ignore);
    }
    connect(m_importer.get(), &Importer::progress, this, [this](qint64 done, qint64 total, qint64 remainingMs) {
        emit progress(int(done), int(total) + (m_options.move ? int(m_report.links.size()) : 0), remainingMs);
    });
    connect(m_importer.get(), &Importer::finished, this, &LinkTransfer::copied);
    ImportOptions importOptions;
    importOptions.domain = options.domain;
    importOptions.onConflict = options.onConflict;
    m_importer->start(importOptions);
}

TransferReport LinkTransfer::run(const QList<Link> &links, qint64 targetAccountId, const Options &options)
{
    QEventLoop loop;
    connect(this, &LinkTransfer::finished, &loop, &QEventLoop::quit);
    start(links, targetAccountId, options);
    if (m_running)
        loop.exec();
    return m_report;
}

qint64 LinkTransfer::timeFor(const QList<Link> &links, qint64 targetAccountId) const
{
    const std::optional<Account> target = m_backend.accounts().find(targetAccountId);
    RequestPacer *pacer = target ? RequestPacer::forAccount(*target) : nullptr;
    if (!pacer)
        return -1;
    // A link with a password is not sent (start()): it takes no request.
    const auto sent = std::count_if(links.cbegin(), links.cend(), [](const Link &l) { return !l.passwordProtected; });
    return pacer->timeFor(qint64(sent));
}

void LinkTransfer::cancel()
{
    m_cancelled = true;
    if (m_importer)
        m_importer->cancel();
}

void LinkTransfer::copied(const ImportReport &imported)
{
    // The importer's rows are the links sent, in their order (the header is row 1).
    for (const RowResult &row : imported.rows) {
        const qsizetype sent = row.row - 2;
        if (sent < 0 || sent >= m_rowToLink.size())
            continue;
        const qsizetype i = m_rowToLink.at(sent);
        Transfer &t = m_report.links[i];
        t.verdict = row.verdict;
        t.message = row.message;
        if (isMade(row.verdict))
            t.toShortUrl = row.shortUrl;
    }
    if (imported.fileError)
        m_report.error = imported.fileError;
    else if (imported.stopError)
        m_report.error = imported.stopError;
    if (!m_options.move || m_report.error || m_cancelled) {
        finish();
        return;
    }
    redirectNext();
}

// A move: each old link, once its copy exists, points to the copy, one after the other.
void LinkTransfer::redirectNext()
{
    while (m_nextRedirect < m_report.links.size()) {
        Transfer &t = m_report.links[m_nextRedirect];
        const int index = m_nextRedirect++;
        emit progress(int(m_report.links.size()) + index, 2 * int(m_report.links.size()), -1);
        if (m_cancelled)
            break;
        if (!isMade(t.verdict) || t.toShortUrl.isEmpty())
            continue;
        LinkProvider *old = m_backend.provider(t.from.accountId);
        if (!old || !old->can(LinkProvider::Capability::UpdateDestination)) {
            t.message = tr("The old link stays as it was: its service cannot change where a link goes.");
            continue;
        }
        Link pointed = t.from;
        pointed.destination = t.toShortUrl;
        whenFinished(this, old->update(pointed), [this, index](const Result<Link> &r) {
            Transfer &done = m_report.links[index];
            if (r) {
                done.oldRedirects = true;
            } else {
                done.message =
                    tr("The new link exists; the old one still goes to the old address: %1").arg(r.error().message);
            }
            redirectNext();
        });
        return;
    }
    finish();
}

void LinkTransfer::finish()
{
    m_running = false;
    m_report.made = m_report.redirected = m_report.notMade = 0;
    for (const Transfer &t : std::as_const(m_report.links)) {
        if (isMade(t.verdict))
            ++m_report.made;
        else
            ++m_report.notMade;
        if (t.oldRedirects)
            ++m_report.redirected;
    }
    emit finished(m_report);
}

}   // namespace Linkdeck::Bulk
