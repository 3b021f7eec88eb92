#include "gui/importwizard.h"

#include "gui/tones.h"

#include "core/storage/accountrepository.h"
#include "core/sync/backend.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {
namespace {

// Every row's verdict as the importer tells them; rows are taken in batches (a file may have
// a hundred thousand), so the view stays responsive while they come.
class RowsModel final : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void clear()
    {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    // Takes the report's rows that are not shown yet.
    void follow(const Bulk::ImportReport &report)
    {
        const qsizetype have = m_rows.size();
        if (report.rows.size() <= have)
            return;
        beginInsertRows({}, int(have), int(report.rows.size() - 1));
        m_rows.append(report.rows.mid(have));
        endInsertRows();
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 4; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const Bulk::RowResult &r = m_rows.at(index.row());
        if (role == Qt::ForegroundRole && index.column() == 1
            && (r.verdict == Bulk::Verdict::Invalid || r.verdict == Bulk::Verdict::Failed
                || r.verdict == Bulk::Verdict::Conflict))
            return badTone(QGuiApplication::palette());
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case 0:
            return r.row;
        case 1:
            return r.verdictText();
        case 2:   // as the main window shows short links
            return r.slug.isEmpty() ? r.shortUrl : r.domain + u'/' + r.slug;
        default:
            return r.message.isEmpty() ? r.destination : r.message;
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case 0:
            return ImportWizard::tr("Row");
        case 1:
            return ImportWizard::tr("Verdict");
        case 2:
            return ImportWizard::tr("Short link");
        default:
            return ImportWizard::tr("Destination or reason");
        }
    }

private:
    QList<Bulk::RowResult> m_rows;
};

QTableView *rowsView(QWidget *parent, const QString &name, RowsModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(ImportWizard::tr("Rows"));
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setResizeContentsPrecision(200);   // a file may have 100,000 rows
    view->setWordWrap(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

// 1. The file and the account.
class FileChoice final : public QWizardPage
{
public:
    FileChoice(ImportWizard *wizard, Backend &backend)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Choose a File"));
        setSubTitle(ImportWizard::tr("A spreadsheet saved as CSV or Unicode text, a JSON file, or an export of Bitly, "
                                     "Rebrandly, Shlink, YOURLS or Kutt."));
        auto *form = new QFormLayout(this);
        m_path = new QLineEdit(this);
        m_path->setObjectName(u"importFileEdit"_s);
        m_path->setAccessibleName(ImportWizard::tr("File"));
        auto *browse = new QPushButton(ImportWizard::tr("&Browse…"), this);
        browse->setObjectName(u"importBrowseButton"_s);
        auto *row = new QHBoxLayout;
        row->addWidget(m_path);
        row->addWidget(browse);
        auto *fileLabel = new QLabel(ImportWizard::tr("&File:"), this);
        fileLabel->setBuddy(m_path);
        form->addRow(fileLabel, row);
        m_account = new QComboBox(this);
        m_account->setObjectName(u"importAccountCombo"_s);
        for (const Account &account : backend.accounts().all())
            m_account->addItem(account.displayName(), account.id);
        form->addRow(ImportWizard::tr("&Into:"), m_account);
        m_conflict = new QComboBox(this);
        m_conflict->setObjectName(u"importConflictCombo"_s);
        m_conflict->addItem(ImportWizard::tr("Skip the row"), int(Bulk::ConflictMode::Skip));
        m_conflict->addItem(ImportWizard::tr("Use the next free back-half"), int(Bulk::ConflictMode::Rename));
        m_conflict->addItem(ImportWizard::tr("Point the existing link to the row's destination"),
                            int(Bulk::ConflictMode::Update));
        form->addRow(ImportWizard::tr("When a back-half is &taken:"), m_conflict);
        m_error = new QLabel(this);
        m_error->setObjectName(u"importFileError"_s);
        m_error->setWordWrap(true);
        form->addRow(m_error);
        connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(
                this, ImportWizard::tr("Import Links"), QDir::homePath(),
                ImportWizard::tr("Tables of links (*.csv *.tsv *.txt *.json);;All files (*)"));
            if (!path.isEmpty())
                m_path->setText(QDir::toNativeSeparators(path));
        });
    }
    bool isComplete() const override { return !m_path->text().trimmed().isEmpty(); }
    bool validatePage() override
    {
        m_wizard->setConflictMode(Bulk::ConflictMode(m_conflict->currentData().toInt()));
        QString error;
        const bool ok = m_wizard->openFile(QDir::fromNativeSeparators(m_path->text().trimmed()),
                                           m_account->currentData().toLongLong(), &error);
        m_error->setText(error);
        return ok;
    }

private:
    ImportWizard *m_wizard;
    QLineEdit *m_path = nullptr;
    QComboBox *m_account = nullptr;
    QComboBox *m_conflict = nullptr;
    QLabel *m_error = nullptr;
};

// 2. The columns as detected, each changeable.
class ColumnChoice final : public QWizardPage
{
public:
    explicit ColumnChoice(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Check the Columns"));
        setSubTitle(ImportWizard::tr("Each column becomes what its menu says; choose “%1” to leave one out.")
                        .arg(Bulk::ColumnMapping::fieldName(Bulk::Field::Ignore)));
        auto *layout = new QVBoxLayout(this);
        m_detected = new QLabel(this);
        m_detected->setObjectName(u"importDetectedLabel"_s);
        m_detected->setWordWrap(true);
        layout->addWidget(m_detected);
        m_table = new QTableWidget(0, 3, this);
        m_table->setObjectName(u"importColumnsTable"_s);
        m_table->setAccessibleName(ImportWizard::tr("Columns"));
        m_table->setHorizontalHeaderLabels(
            {ImportWizard::tr("Column"), ImportWizard::tr("Becomes"), ImportWizard::tr("First row")});
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->verticalHeader()->hide();
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        layout->addWidget(m_table);
        m_problem = new QLabel(this);
        m_problem->setObjectName(u"importColumnsProblem"_s);
        m_problem->setWordWrap(true);
        layout->addWidget(m_problem);
    }
    void initializePage() override
    {
        Bulk::Importer *importer = m_wizard->importer();
        Bulk::ColumnMapping &mapping = importer->mapping();
        const QString source = mapping.detectedSource();
        const QString how =
            ImportWizard::tr("%1, columns separated by “%2”.")
                .arg(importer->encodingName(),
                     importer->separator() == u'\t' ? ImportWizard::tr("tab") : QString(importer->separator()));
        m_detected->setText(
            source.isEmpty() ? how : ImportWizard::tr("This looks like an export of %1.").arg(source) + u' ' + how);
        const QList<QStringList> sample = m_wizard->sampleRows(1);
        m_table->setRowCount(mapping.columnCount());
        for (int column = 0; column < mapping.columnCount(); ++column) {
            m_table->setItem(column, 0, new QTableWidgetItem(mapping.header().value(column)));
            auto *field = new QComboBox(m_table);
            field->setObjectName(u"importFieldCombo%1"_s.arg(column));
            field->setAccessibleName(ImportWizard::tr("Column %1 becomes").arg(mapping.header().value(column)));
            for (const Bulk::Field f : Bulk::ColumnMapping::fields())
                field->addItem(Bulk::ColumnMapping::fieldName(f), int(f));
            field->setCurrentIndex(field->findData(int(mapping.field(column))));
            connect(field, &QComboBox::currentIndexChanged, this, [this, column, field] {
                m_wizard->importer()->mapping().set(column, Bulk::Field(field->currentData().toInt()));
                refresh();
            });
            m_table->setCellWidget(column, 1, field);
            m_table->setItem(column, 2,
                             new QTableWidgetItem(sample.isEmpty() ? QString() : sample.first().value(column)));
        }
        m_table->resizeColumnsToContents();
        refresh();
    }
    bool isComplete() const override { return m_wizard->importer()->mapping().problem().isEmpty(); }

private:
    // The menus follow the mapping (choosing a field takes it from the column that had it).
    void refresh()
    {
        const Bulk::ColumnMapping &mapping = m_wizard->importer()->mapping();
        for (int column = 0; column < m_table->rowCount(); ++column) {
            auto *field = qobject_cast<QComboBox *>(m_table->cellWidget(column, 1));
            const QSignalBlocker block(field);
            field->setCurrentIndex(field->findData(int(mapping.field(column))));
        }
        m_problem->setText(mapping.problem());
        emit completeChanged();
    }

    ImportWizard *m_wizard;
    QLabel *m_detected = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_problem = nullptr;
};

// 3 and 4: a dry run (every row's verdict, nothing made), then the import itself.
class RowsRun final : public QWizardPage
{
public:
    RowsRun(ImportWizard *wizard, bool dryRun)
        : m_wizard(wizard)
        , m_dryRun(dryRun)
        , m_model(new RowsModel(this))
    {
        const QString prefix = dryRun ? u"importPreview"_s : u"importRun"_s;
        setTitle(dryRun ? ImportWizard::tr("Check Every Row") : ImportWizard::tr("Import"));
        setSubTitle(dryRun ? ImportWizard::tr("Nothing is made yet. Import makes the links marked “will create”.")
                           : QString());
        auto *layout = new QVBoxLayout(this);
        m_progress = new QProgressBar(this);
        m_progress->setObjectName(prefix + u"Progress"_s);
        layout->addWidget(m_progress);
        m_summary = new QLabel(this);
        m_summary->setObjectName(prefix + u"Summary"_s);
        m_summary->setWordWrap(true);
        m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_summary);
        m_view = rowsView(this, prefix + u"Rows"_s, m_model);
        layout->addWidget(m_view);
        auto *buttons = new QHBoxLayout;
        m_stop = new QPushButton(ImportWizard::tr("&Stop"), this);
        m_stop->setObjectName(prefix + u"StopButton"_s);
        m_save = new QPushButton(ImportWizard::tr("Save &Report…"), this);
        m_save->setObjectName(prefix + u"SaveButton"_s);
        m_save->setEnabled(false);
        buttons->addWidget(m_stop);
        buttons->addStretch();
        buttons->addWidget(m_save);
        layout->addLayout(buttons);
        connect(m_stop, &QPushButton::clicked, this, [this] {
            if (m_wizard->importer())
                m_wizard->importer()->cancel();
        });
        connect(m_save, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getSaveFileName(this, ImportWizard::tr("Save Import Report"),
                                                              ImportWizard::tr("import report.csv"),
                                                              ImportWizard::tr("CSV files (*.csv)"));
            if (!path.isEmpty())
                saveReport(path);
        });
        m_flush.setInterval(100);
        connect(&m_flush, &QTimer::timeout, this, [this] {
            if (m_wizard->importer())
                m_model->follow(m_wizard->importer()->report());
        });
        if (dryRun)
            setCommitPage(true);
        setButtonText(QWizard::CommitButton, ImportWizard::tr("&Import"));
    }
    void initializePage() override
    {
        Bulk::Importer *importer = m_wizard->importer();
        m_model->clear();
        m_finished = false;
        m_save->setEnabled(false);
        m_stop->setEnabled(true);
        m_summary->setText(m_dryRun ? ImportWizard::tr("Reading every row…") : ImportWizard::tr("Importing…"));
        m_progress->setRange(0, 0);
        QObject::disconnect(m_connections[0]);
        QObject::disconnect(m_connections[1]);
        QObject::disconnect(m_connections[2]);
        m_connections[0] = connect(
            importer, &Bulk::Importer::progress, this, [this, importer](qint64 done, qint64 total, qint64 remainingMs) {
                if (total > 0) {
                    m_progress->setRange(0, 1000);
                    m_progress->setValue(int(1000 * done / total));
                }
                // Onto a service with request limits: how long it takes.
                if (!m_dryRun && remainingMs >= 0)
                    m_summary->setText(
                        ImportWizard::tr("Importing…") + u' '
                        + Bulk::Importer::remainingText(remainingMs, providerName(importer->account().provider)));
            });
        m_connections[1] = connect(importer, &Bulk::Importer::waiting, this,
                                   [this](int, const QString &message) { m_summary->setText(message); });
        m_connections[2] = connect(importer, &Bulk::Importer::finished, this, [this](const Bulk::ImportReport &r) {
            m_flush.stop();
            m_model->follow(r);
            m_view->resizeColumnsToContents();
            m_progress->setRange(0, 1);
            m_progress->setValue(1);
            m_summary->setText(r.summary());
            m_stop->setEnabled(false);
            m_save->setEnabled(!r.rows.isEmpty());
            m_finished = true;
            m_canImport = !r.fileError && !r.cancelled && r.created + r.updated + r.renamed > 0;
            emit completeChanged();
        });
        Bulk::ImportOptions options = m_wizard->options();
        options.dryRun = m_dryRun;
        m_flush.start();
        importer->start(options);
    }
    void cleanupPage() override
    {
        if (m_wizard->importer() && m_wizard->importer()->isRunning())
            m_wizard->importer()->cancel();
    }
    // The preview lets Import go on when there is something to make; the run ends the wizard.
    bool isComplete() const override { return m_finished && (!m_dryRun || m_canImport); }
    bool isFinished() const { return m_finished; }
    bool saveReport(const QString &path)
    {
        QSaveFile file(path);
        const bool ok =
            file.open(QIODevice::WriteOnly) && m_wizard->importer()->report().writeCsv(&file) && file.commit();
        m_summary->setText(m_wizard->importer()->report().summary() + u' '
                           + (ok ? ImportWizard::tr("Report saved in %1.")
                                       .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                                 : ImportWizard::tr("Could not save the report: %1").arg(file.errorString())));
        return ok;
    }

private:
    ImportWizard *m_wizard;
    bool m_dryRun;
    RowsModel *m_model;
    QTableView *m_view = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_save = nullptr;
    QTimer m_flush;
    QMetaObject::Connection m_connections[3];
    bool m_finished = false;
    bool m_canImport = false;
};

}   // namespace

ImportWizard::ImportWizard(Backend &backend, QWidget *parent)
    : QWizard(parent)
    , m_backend(backend)
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import Links"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new FileChoice(this, backend));
    setPage(ColumnsPage, new ColumnChoice(this));
    setPage(PreviewPage, new RowsRun(this, true));
    setPage(RunPage, new RowsRun(this, false));
    resize(820, 600);
}

ImportWizard::~ImportWizard()
{
    if (m_importer)
        m_importer->cancel();
}

bool ImportWizard::openFile(const QString &path, qint64 accountId, QString *error)
{
    m_importer.reset();
    m_file.close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = tr("“%1” cannot be opened: %2").arg(QFileInfo(path).fileName(), m_file.errorString());
        return false;
    }
    const std::optional<Account> account = m_backend.accounts().find(accountId);
    LinkProvider *provider = account ? m_backend.provider(accountId) : nullptr;
    if (!provider) {
        *error = tr("Linkdeck cannot use this account.");
        return false;
    }
    m_importer = std::make_unique<Bulk::Importer>(m_backend.database(), m_backend.links(), provider, *account);
    if (auto opened = m_importer->open(&m_file, Bulk::TableReader::formatFromFileName(path)); !opened) {
        *error = opened.error().message;
        m_importer.reset();
        return false;
    }
    error->clear();
    return true;
}

Bulk::ImportOptions ImportWizard::options() const
{
    Bulk::ImportOptions o;
    o.onConflict = m_conflict;
    // Steps of a thousand rows (about 20 ms each) keep the window responsive while a big file
    // is checked or imported; the importer's default suits the CLI, which has no window.
    o.batchSize = 1000;
    return o;
}

QList<QStringList> ImportWizard::sampleRows(int count)
{
    QList<QStringList> rows;
    QFile file(m_file.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    Bulk::TableReader reader(&file, Bulk::TableReader::formatFromFileName(m_file.fileName()));
    if (!reader.open())
        return rows;
    QStringList fields;
    while (rows.size() < count && reader.next(&fields))
        rows << fields;
    return rows;
}

}   // namespace Linkdeck::Gui
