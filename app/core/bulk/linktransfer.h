#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

#include "core/base/result.h"
#include "core/bulk/importer.h"
#include "core/links/link.h"

class QBuffer;
class QIODevice;

namespace Linkdeck {
class Backend;
}

namespace Linkdeck::Bulk {

// One link moved or copied: where it was, where it is now, and what happened to the old one.
struct Transfer
{
    Link from;
    QString toShortUrl;   // empty when it could not be made
    Verdict verdict = Verdict::Invalid;
    bool oldRedirects = false;   // Move: the old link now sends its visitors to the new one
    QString message;             // why it was skipped or failed, or why the old link stays as it was
};

struct TransferReport
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Bulk::TransferReport)
public:
    QList<Transfer> links;   // in the order given
    bool move = false;
    int made = 0;         // new links (or already there with the same destination)
    int redirected = 0;   // old links pointed to their new ones
    int notMade = 0;
    std::optional<Error> error;   // nothing could start (no such account, ...)

    QString summary() const;
    // old_short_url, new_short_url, status, message: the print team's mapping. UTF-8 with BOM.
    Result<void> writeMappingCsv(QIODevice *device) const;
};

// Copies or moves links to another account: the same back-half on the target domain where it
// is free (a taken one is skipped, or takes the next free back-half, as chosen), titles, tags,
// UTM values, expiry and limits kept. The new links are made through the importer, so a run
// stopped half way and run again makes none twice and honours the service's rate limits. A
// move then points each old link to its new short URL where the old service lets a link's
// destination change; no link is ever deleted.
//
//   LinkTransfer transfer(backend);
//   connect(&transfer, &LinkTransfer::finished, this, [](const TransferReport &r) { ... });
//   transfer.start(links, targetAccountId, {.move = true});
class LinkTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkTransfer)
public:
    struct Options
    {
        bool move = false;
        QString domain;   // on the target; empty: its default
        ConflictMode onConflict = ConflictMode::Skip;
    };

    explicit LinkTransfer(Backend &backend, QObject *parent = nullptr);
    ~LinkTransfer() override;

    void start(const QList<Link> &links, qint64 targetAccountId, const Options &options);
    // Starts and waits (in a local event loop) for the report.
    TransferReport run(const QList<Link> &links, qint64 targetAccountId, const Options &options);
    void cancel();
    bool isRunning() const { return m_running; }

    // How long making `links` on the target takes at its service's published request limits
    // (RequestPacer, the account's own: what else runs on it counts), before starting; -1 where
    // no limit applies (this computer, Shlink) or the account is unknown. An upper bound: a
    // link already there needs no request. Told as people read it by Importer::remainingText.
    qint64 timeFor(const QList<Link> &links, qint64 targetAccountId) const;

signals:
    // remainingMs: while the links are made, how long the rest takes at the target's request
    // limits (as Importer::progress tells it); -1 without limits and while old links are
    // pointed to their new ones.
    void progress(int done, int total, qint64 remainingMs);
    void finished(const Linkdeck::Bulk::TransferReport &report);

private:
    void copied(const ImportReport &imported);
    void redirectNext();
    void finish();

    Backend &m_backend;
    Options m_options;
    std::unique_ptr<QBuffer> m_table;
    std::unique_ptr<Importer> m_importer;
    TransferReport m_report;
    QList<int> m_rowToLink;   // the importer's rows (from 0) -> the links given
    int m_nextRedirect = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

}   // namespace Linkdeck::Bulk
