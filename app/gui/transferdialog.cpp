#include "gui/transferdialog.h"

#include "core/bulk/importer.h"
#include "core/models/linkselection.h"
#include "core/storage/accountrepository.h"
#include "core/sync/backend.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

TransferDialog::TransferDialog(Backend &backend, const QList<Link> &links, bool move, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_links(links)
    , m_move(move)
    , m_transfer(backend)
{
    setObjectName(u"transferDialog"_s);
    setWindowTitle(move ? tr("Move %n Link(s) to Another Account", nullptr, int(links.size()))
                        : tr("Copy %n Link(s) to Another Account", nullptr, int(links.size())));
    resize(760, 480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(move ? tr("Each link is made on the account you choose; then the old link sends its "
                                       "visitors to the new one where its service allows it. No link is deleted.")
                                  : tr("Each link is made on the account you choose; the old links stay as they are."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_account = new QComboBox(this);
    m_account->setObjectName(u"transferAccountCombo"_s);
    for (const Account &account : LinkSelection::transferTargets(backend.accounts().all(), links))
        m_account->addItem(account.displayName(), account.id);
    form->addRow(tr("&To:"), m_account);
    m_conflict = new QComboBox(this);
    m_conflict->setObjectName(u"transferConflictCombo"_s);
    m_conflict->addItem(tr("Skip the link"), int(Bulk::ConflictMode::Skip));
    m_conflict->addItem(tr("Use the next free back-half"), int(Bulk::ConflictMode::Rename));
    form->addRow(tr("When the back-half is &taken there:"), m_conflict);
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"transferProgress"_s);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"transferSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"transferTable"_s);
    m_table->setAccessibleName(tr("Old and new short links"));
    m_table->setHorizontalHeaderLabels({tr("Old short link"), tr("New short link"), tr("Note")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_start = buttons->addButton(move ? tr("&Move") : tr("&Copy"), QDialogButtonBox::ActionRole);
    m_start->setObjectName(u"transferStartButton"_s);
    m_start->setDefault(true);
    m_start->setEnabled(m_account->count() > 0);
    m_save = buttons->addButton(tr("Save &Mapping…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"transferSaveButton"_s);
    m_save->setToolTip(tr("A table of each old short link and its new one, for the print team"));
    m_save->setEnabled(false);
    layout->addWidget(buttons);
    if (m_account->count() == 0)
        m_summary->setText(tr("Add another account first (File > Accounts…)."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &TransferDialog::start);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save Mapping"), tr("link mapping.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            saveMapping(path);
    });
    connect(&m_transfer, &Bulk::LinkTransfer::progress, this, [this](int done, int total, qint64 remainingMs) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        // Onto a service with request limits: how long the rest takes (as the import wizard tells it).
        const QString doing = m_move ? tr("Moving…") : tr("Copying…");
        m_summary->setText(remainingMs < 0 ? doing
                                           : doing + u' ' + Bulk::Importer::remainingText(remainingMs, m_runService));
    });
    connect(&m_transfer, &Bulk::LinkTransfer::finished, this, &TransferDialog::finished);
    connect(m_account, &QComboBox::currentIndexChanged, this, &TransferDialog::showEstimate);
    showEstimate();
}

QString TransferDialog::targetService() const
{
    const std::optional<Account> target = m_backend.accounts().find(m_account->currentData().toLongLong());
    return target ? providerName(target->provider) : QString();
}

void TransferDialog::showEstimate()
{
    if (m_transfer.isRunning() || m_account->count() == 0)
        return;
    const qint64 ms = m_transfer.timeFor(m_links, m_account->currentData().toLongLong());
    m_summary->setText(Bulk::Importer::remainingText(ms, targetService()));   // empty without limits
}

void TransferDialog::start()
{
    if (m_transfer.isRunning() || m_account->count() == 0)
        return;
    m_start->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_summary->setText(m_move ? tr("Moving…") : tr("Copying…"));
    m_runService = targetService();
    Bulk::LinkTransfer::Options options;
    options.move = m_move;
    options.onConflict = Bulk::ConflictMode(m_conflict->currentData().toInt());
    m_transfer.start(m_links, m_account->currentData().toLongLong(), options);
}

void TransferDialog::finished(const Bulk::TransferReport &report)
{
    m_report = report;
    m_progress->hide();
    m_summary->setText(report.summary());
    m_table->setRowCount(int(report.links.size()));
    for (int i = 0; i < report.links.size(); ++i) {
        const Bulk::Transfer &t = report.links.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(t.from.shortUrl));
        m_table->setItem(i, 1, new QTableWidgetItem(t.toShortUrl));
        const QString note = !t.message.isEmpty() ? t.message
            : t.oldRedirects                      ? tr("The old link now goes to the new one.")
                                                  : QString();
        m_table->setItem(i, 2, new QTableWidgetItem(note));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_save->setEnabled(!report.links.isEmpty() && !report.error);
    m_start->setEnabled(true);
    emit done(report);
}

bool TransferDialog::saveMapping(const QString &path)
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && m_report.writeMappingCsv(&file) && file.commit();
    m_summary->setText(
        m_report.summary() + u' '
        + (ok ? tr("Mapping saved in %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
              : tr("Could not save the mapping: %1").arg(file.errorString())));
    return ok;
}

}   // namespace Linkdeck::Gui
