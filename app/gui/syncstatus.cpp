#include "gui/syncstatus.h"

#include "core/sync/accountsync.h"
#include "core/sync/backend.h"
#include "gui/messagebox.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

SyncStatus::SyncStatus(Backend &backend, QStatusBar *statusBar, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_statusBar(statusBar)
{
    setObjectName(u"syncIndicator"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setRange(0, 0);   // providers do not say how many links there are
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    layout->addWidget(m_progress);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(u"syncCancelButton"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop synchronising; the links fetched so far are kept"));
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        for (const Account &a : m_backend.accounts().all())
            m_backend.sync().cancel(a.id);
    });
    layout->addWidget(m_cancel);
    statusBar->addPermanentWidget(this);
    hide();

    AccountSync &sync = m_backend.sync();
    connect(&sync, &AccountSync::pullProgress, this, &SyncStatus::progress);
    connect(&sync, &AccountSync::pullFinished, this, &SyncStatus::finished);
    connect(&sync, &AccountSync::replayFinished, this, &SyncStatus::replayed);
}

bool SyncStatus::isRunning() const
{
    bool running = false;
    for (const Account &a : m_backend.accounts().all())
        running = running || m_backend.sync().isPulling(a.id);
    return running;
}

void SyncStatus::start()
{
    if (!isRunning() || isVisible())
        return;
    m_progress->setFormat(tr("Synchronising…"));
    show();
    emit runningChanged(true);
}

void SyncStatus::progress(qint64 accountId, int links)
{
    m_progress->setFormat(tr("%1: %Ln link(s)", nullptr, links).arg(m_backend.accounts().displayName(accountId)));
}

void SyncStatus::finished(qint64 accountId, bool ok, int links, const QString &message)
{
    Q_UNUSED(links)
    if (!ok) {
        m_errors << tr("%1: %2").arg(m_backend.accounts().displayName(accountId), message);
        m_failedAccounts << m_backend.accounts().displayName(accountId);
    }
    if (isRunning())
        return;
    const bool shown = isVisible();
    hide();
    // One short line (the services' sentences did not fit, in German least of all); the
    // sentences are the status bar's tooltip.
    if (m_errors.isEmpty()) {
        m_statusBar->showMessage(tr("Accounts are up to date."), 4000);
        m_statusBar->setToolTip({});
    } else {
        m_statusBar->showMessage(tr("Showing the links saved on this computer: %1 could not be synchronised.")
                                     .arg(QLocale().createSeparatedList(m_failedAccounts)),
                                 15000);
        m_statusBar->setToolTip(m_errors.join(u'\n'));
    }
    m_errors.clear();
    m_failedAccounts.clear();
    if (shown)
        emit runningChanged(false);
}

void SyncStatus::replayed(int sent, int stillPending, int failed)
{
    Q_UNUSED(stillPending)
    if (sent > 0)
        m_statusBar->showMessage(tr("Sent %n change(s) made offline.", nullptr, sent), 6000);
    if (failed > 0)
        MessageBox::critical(parentWidget(), tr("Some Changes Were Refused"),
                             tr("%n change(s) made offline were refused by the service. They are marked “not sent” "
                                "in the table: edit or delete them.",
                                nullptr, failed));
}

}   // namespace Linkdeck::Gui
