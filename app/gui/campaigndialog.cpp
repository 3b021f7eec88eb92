#include "gui/campaigndialog.h"

#include "core/bulk/importer.h"
#include "core/storage/accountrepository.h"
#include "core/storage/linkrepository.h"
#include "core/sync/backend.h"
#include "gui/messagebox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

CampaignDialog::CampaignDialog(Backend &backend, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
{
    setObjectName(u"campaignDialog"_s);
    setWindowTitle(tr("New Campaign"));
    resize(900, 640);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const auto line = [this, form](const QString &name, const QString &label, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
        return edit;
    };
    m_campaign = line(u"campaignNameEdit"_s, tr("&Campaign:"), tr("spring-sale"));
    m_destinations = new QPlainTextEdit(this);
    m_destinations->setObjectName(u"campaignDestinationsEdit"_s);
    m_destinations->setPlaceholderText(tr("https://shop.example/spring\n(one address per line)"));
    m_destinations->setTabChangesFocus(true);
    m_destinations->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    auto *destinationsLabel = new QLabel(tr("&Destinations:"), this);
    destinationsLabel->setBuddy(m_destinations);
    form->addRow(destinationsLabel, m_destinations);
    m_sources = line(u"campaignSourcesEdit"_s, tr("&Sources:"), tr("newsletter, facebook, linkedin"));
    m_mediums = line(u"campaignMediumsEdit"_s, tr("&Mediums:"), tr("email, social, print"));
    m_contents = line(u"campaignContentsEdit"_s, tr("C&ontents:"), tr("optional: hero, footer"));
    m_pattern = line(u"campaignPatternEdit"_s, tr("&Back-halves:"), {});
    m_pattern->setText(Bulk::CampaignMatrix::defaultSlugPattern);
    m_pattern->setToolTip(
        tr("Made of {campaign}, {source}, {medium}, {content}, {term}, {page} (the destination's last "
           "part) and {n} (1, 2, 3, …)"));
    m_tags = line(u"campaignTagsEdit"_s, tr("&Tags:"), tr("optional: spring, 2027"));
    m_account = new QComboBox(this);
    m_account->setObjectName(u"campaignAccountCombo"_s);
    for (const Account &account : backend.accounts().all())
        m_account->addItem(account.displayName(), account.id);
    form->addRow(tr("&Account:"), m_account);
    layout->addLayout(form);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"campaignPreviewTable"_s);
    m_table->setAccessibleName(tr("Links of the campaign"));
    m_table->setHorizontalHeaderLabels({tr("Back-half"), tr("Title"), tr("Destination")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"campaignProblemLabel"_s);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"campaignProgress"_s);
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_create = buttons->addButton(tr("Create Links"), QDialogButtonBox::ActionRole);
    m_create->setObjectName(u"campaignCreateButton"_s);
    m_create->setDefault(true);
    m_qr = buttons->addButton(tr("&QR Codes…"), QDialogButtonBox::ActionRole);
    m_qr->setObjectName(u"campaignQrButton"_s);
    m_labels = buttons->addButton(tr("&Print Labels…"), QDialogButtonBox::ActionRole);
    m_labels->setObjectName(u"campaignLabelsButton"_s);
    m_qr->setEnabled(false);
    m_labels->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &CampaignDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &CampaignDialog::create);
    connect(m_qr, &QPushButton::clicked, this, [this] { emit qrCodesRequested(m_created); });
    connect(m_labels, &QPushButton::clicked, this, [this] { emit labelsRequested(m_created); });

    // The preview follows the typing, a moment after it.
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &CampaignDialog::preview);
    for (QLineEdit *edit : {m_campaign, m_sources, m_mediums, m_contents, m_pattern, m_tags})
        connect(edit, &QLineEdit::textChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_destinations, &QPlainTextEdit::textChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    preview();
    m_openedState = formState();
}

CampaignDialog::~CampaignDialog()
{
    if (m_importer)
        m_importer->cancel();
}

Bulk::CampaignMatrix CampaignDialog::matrix() const
{
    Bulk::CampaignMatrix m;
    m.campaign = m_campaign->text().trimmed();
    m.destinations = m_destinations->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (QString &d : m.destinations)
        d = d.trimmed();
    m.destinations.removeAll(QString());
    m.sources = Bulk::CampaignMatrix::splitList(m_sources->text());
    m.mediums = Bulk::CampaignMatrix::splitList(m_mediums->text());
    m.contents = Bulk::CampaignMatrix::splitList(m_contents->text());
    m.slugPattern = m_pattern->text().trimmed();
    m.tags = Bulk::CampaignMatrix::splitList(m_tags->text());
    return m;
}

void CampaignDialog::preview()
{
    const auto rows = matrix().rows();
    m_rows = rows ? *rows : QList<Bulk::CampaignMatrix::Row>();
    m_problem->setText(rows ? QString() : rows.error().message);
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(m_rows.at(i).slug));
        m_table->setItem(i, 1, new QTableWidgetItem(m_rows.at(i).title));
        m_table->setItem(i, 2, new QTableWidgetItem(m_rows.at(i).destination));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_create->setText(tr("Create %Ln Link(s)", nullptr, int(m_rows.size())));
    m_create->setEnabled(!m_rows.isEmpty() && !(m_importer && m_importer->isRunning()));
}

void CampaignDialog::create()
{
    preview();
    if (m_rows.isEmpty() || (m_importer && m_importer->isRunning()))
        return;
    const qint64 accountId = m_account->currentData().toLongLong();
    const std::optional<Account> account = m_backend.accounts().find(accountId);
    LinkProvider *provider = account ? m_backend.provider(accountId) : nullptr;
    if (!provider) {
        m_problem->setText(tr("Linkdeck cannot use this account."));
        return;
    }
    m_csv.close();
    m_csv.setData(Bulk::CampaignMatrix::toCsv(m_rows, matrix().tags));
    m_csv.open(QIODevice::ReadOnly);
    m_importer = std::make_unique<Bulk::Importer>(m_backend.database(), m_backend.links(), provider, *account);
    if (auto opened = m_importer->open(&m_csv); !opened) {
        m_problem->setText(opened.error().message);
        return;
    }
    connect(m_importer.get(), &Bulk::Importer::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(qMax<qint64>(1, total)));
        m_progress->setValue(int(done));
    });
    connect(m_importer.get(), &Bulk::Importer::waiting, this,
            [this](int, const QString &message) { m_problem->setText(message); });
    connect(m_importer.get(), &Bulk::Importer::finished, this, &CampaignDialog::finished);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_create->setEnabled(false);
    m_problem->setText(tr("Creating the links…"));
    m_importer->start({});
}

void CampaignDialog::finished(const Bulk::ImportReport &report)
{
    m_progress->hide();
    m_created.clear();
    const qint64 accountId = m_account->currentData().toLongLong();
    for (const Bulk::RowResult &row : report.rows) {
        if (row.verdict == Bulk::Verdict::Invalid || row.verdict == Bulk::Verdict::Failed
            || row.verdict == Bulk::Verdict::Conflict)
            continue;
        if (auto link = m_backend.links().findBySlug(row.domain, row.slug, accountId))
            m_created << *link;
    }
    QStringList problems;
    for (const Bulk::RowResult &row : report.rows) {
        if (!row.message.isEmpty())
            problems << row.message;
    }
    // Stopped: what was made, and how to make the rest (the importer's own words speak of a file).
    const QString summary = report.cancelled
        ? tr("Stopped: %1 created. Press “%2” to make the rest; links already made are not made twice.")
              .arg(report.created)
              .arg(m_create->text())
        : report.summary();
    m_problem->setText(summary + (problems.isEmpty() ? QString() : u'\n' + problems.mid(0, 5).join(u'\n')));
    m_qr->setEnabled(!m_created.isEmpty());
    m_labels->setEnabled(!m_created.isEmpty());
    m_create->setEnabled(!m_rows.isEmpty());
    if (!m_created.isEmpty()) {
        m_openedState = formState();   // made into links: closing loses nothing now
        emit created(m_created);
    }
}

QStringList CampaignDialog::formState() const
{
    // The account is chosen, not typed; the back-halves' pattern counts when changed.
    return {m_campaign->text(), m_destinations->toPlainText(),
            m_sources->text(),  m_mediums->text(),
            m_contents->text(), m_pattern->text(),
            m_tags->text()};
}

bool CampaignDialog::hasUncreatedInput() const
{
    return formState() != m_openedState;
}

void CampaignDialog::reject()
{
    // While the links are being made, a key pressed by habit must not end the run unseen: ask,
    // and when stopped stay open to say what was made (it stays made).
    if (m_importer && m_importer->isRunning()) {
        const auto answer = MessageBox::question(
            this, tr("Stop Creating Links?"),
            tr("%1 of %2 links are done so far. Stop now? The links already made stay, and this window lists "
               "them.")
                .arg(m_importer->rowsDone())
                .arg(m_importer->rowsTotal() > 0 ? m_importer->rowsTotal() : qint64(m_rows.size())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
            {{QMessageBox::Yes, tr("Stop")}, {QMessageBox::No, tr("Keep Creating")}});
        if (answer == QMessageBox::Yes && m_importer && m_importer->isRunning()) {
            m_importer->cancel();
            m_problem->setText(tr("Stopping…"));
        }
        return;
    }
    if (!hasUncreatedInput()) {
        QDialog::reject();
        return;
    }
    preview();
    // Create: the dialog stays to show them made and to offer QR codes and labels.
    MessageBox::askBeforeDiscarding(
        this,
        {tr("Links Not Created"), tr("The campaign's links have not been created yet. Create them now?"),
         tr("The campaign's links have not been created, and they cannot be created as they are. Discard what you "
            "typed?"),
         m_create->text()},
        m_create->isEnabled(), [this] { create(); });
}

}   // namespace Linkdeck::Gui
