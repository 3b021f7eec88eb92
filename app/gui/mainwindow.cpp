#include "gui/mainwindow.h"
#include "core/future.h"

#include "core/accountsync.h"
#include "core/backend.h"
#include "core/linkprovider.h"
#include "core/linktablemodel.h"
#include "core/localservercontroller.h"
#include "core/settings.h"
#include "gui/detailpane.h"
#include "gui/icons.h"
#include "gui/linkdialog.h"
#include "gui/localserverpanel.h"
#include "gui/messagebox.h"
#include "gui/preferencesdialog.h"
#include "gui/qrstudiodialog.h"
#include "gui/redirectrulesdialog.h"
#include "gui/statsdialog.h"
#include "print/labelsheet.h"
#include "gui/sidebar.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QHBoxLayout>
#include <QMimeData>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QToolButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

MainWindow::MainWindow(Backend &backend, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_settings(settings)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Linkdeck"));
    setWindowIcon(QIcon(u":/icons/linkdeck.svg"_s));
    m_backend.setRandomSlugLength(m_settings.randomSlugLength());

    m_model = new LinkTableModel(m_backend.links(), this);
    m_server = new LocalServerController(m_backend.database(), m_backend.database().path(), this);
    m_server->setPort(m_settings.serverPort());
    m_sidebar = new Sidebar(m_backend, this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_sidebar, 1);
    leftLayout->addWidget(new LocalServerPanel(*m_server, m_settings, left));

    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 6, 0, 0);
    m_filter = new QLineEdit(center);
    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by back-half, destination, title, tag or campaign"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(themedIcon(u"edit-find"_s, QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    // Esc clears the filter, from the filter or the table, as in a browser's find bar.
    auto *clearFilter = new QAction(tr("Clear Filter"), this);
    clearFilter->setObjectName(u"clearFilterAction"_s);
    clearFilter->setShortcut(QKeySequence(Qt::Key_Escape));
    clearFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(clearFilter, &QAction::triggered, m_filter, [this] {
        m_filter->clear();
        if (m_filter->hasFocus())
            m_table->setFocus();
    });
    center->addAction(clearFilter);
    centerLayout->addWidget(m_filter);

    m_table = new QTableView(center);
    m_table->setObjectName(u"linkTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    // Tab leaves the table (to the detail pane, the sidebar, the filter) instead of walking
    // cell by cell; arrows move within it.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(LinkTableModel::ShortUrl, 14 * em);
    header->resizeSection(LinkTableModel::Destination, 18 * em);
    header->resizeSection(LinkTableModel::Title, 10 * em);
    header->resizeSection(LinkTableModel::Tags, 7 * em);
    header->resizeSection(LinkTableModel::Campaign, 7 * em);
    header->resizeSection(LinkTableModel::Clicks, 4 * em);
    const QString sampleDate = QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat);
    header->resizeSection(LinkTableModel::Created, m_table->fontMetrics().horizontalAdvance(sampleDate) + em);
    // Wide enough for the (translated) header text too.
    for (int column = 0; column < LinkTableModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, qMax(header->sectionSize(column), header->fontMetrics().horizontalAdvance(title) + 2 * em));
    }
    header->setSortIndicator(LinkTableModel::Created, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    centerLayout->addWidget(m_table);

    m_detail = new DetailPane(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(left);
    m_splitter->addWidget(center);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({190, 760, 290});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    createMenus();
    createToolBar();
    createSyncIndicator();
    // The cache shows at once; then the accounts are brought up to date in the background.
    QTimer::singleShot(0, this, &MainWindow::syncAccounts);

    // Filter as the user types, but not on every key of a fast typist.
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] { m_model->setFilterText(m_filter->text()); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterTimer->stop();
        m_model->setFilterText(m_filter->text());
        m_table->setFocus();
    });
    connect(m_sidebar, &Sidebar::filterChosen, this, [this](const Sidebar::Filter &f) {
        LinkQuery q = m_model->query();
        q.accountId = f.accountId;
        q.tag = f.tag;
        q.campaign = f.campaign;
        m_model->setQuery(q);
    });

    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_model, &LinkTableModel::countChanged, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateSelection);
    // Visits the local server records show in the table and the detail pane as they come.
    connect(m_server, &LocalServerController::clicksChanged, this, [this] {
        m_model->refreshClicks();
        updateSelection();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateSelection);
    connect(m_table, &QTableView::doubleClicked, this, &MainWindow::editSelectedLink);
    connect(m_table, &QTableView::activated, this, &MainWindow::editSelectedLink);
    connect(m_detail, &DetailPane::copyRequested, this, &MainWindow::copySelectedLink);
    connect(m_detail, &DetailPane::openRequested, this, &MainWindow::openSelectedLink);
    connect(m_detail, &DetailPane::editRequested, this, &MainWindow::editSelectedLink);
    connect(m_detail, &DetailPane::deleteRequested, this, &MainWindow::deleteSelectedLinks);
    connect(m_detail, &DetailPane::qrRequested, this, &MainWindow::showQrStudio);
    connect(m_detail, &DetailPane::rulesRequested, this, &MainWindow::editRedirectRules);

    restoreWindowState();
    updateStatus();
    updateSelection();
}

MainWindow::~MainWindow() = default;

LinkDialog *MainWindow::linkDialog() const
{
    return m_dialog;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(themedIcon(u"list-add"_s, QStyle::SP_FileIcon), tr("&New Link…"), this);
    m_newAction->setObjectName(u"newLinkAction"_s);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Create a short link (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newLink);

    m_editAction = new QAction(themedIcon(u"document-edit"_s, QStyle::SP_FileDialogDetailedView), tr("&Edit Link…"), this);
    m_editAction->setObjectName(u"editLinkAction"_s);
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editSelectedLink);

    m_copyAction = new QAction(themedIcon(u"edit-copy"_s, QStyle::SP_DialogSaveButton), tr("&Copy Short Link"), this);
    m_copyAction->setObjectName(u"copyLinkAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelectedLink);

    m_deleteAction = new QAction(themedIcon(u"edit-delete"_s, QStyle::SP_TrashIcon), tr("&Delete…"), this);
    m_deleteAction->setObjectName(u"deleteLinkAction"_s);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelectedLinks);

    m_openAction = new QAction(themedIcon(u"internet-web-browser"_s, QStyle::SP_DirLinkIcon), tr("&Open in Browser"), this);
    m_openAction->setObjectName(u"openLinkAction"_s);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openSelectedLink);

    m_qrAction = new QAction(themedIcon(u"view-barcode-qr"_s, QStyle::SP_FileDialogInfoView), tr("&QR Code…"), this);
    m_qrAction->setObjectName(u"qrCodeAction"_s);
    m_qrAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_qrAction->setToolTip(tr("Make a print-ready QR code of the short link"));
    connect(m_qrAction, &QAction::triggered, this, &MainWindow::showQrStudio);

    m_printAction = new QAction(themedIcon(u"document-print"_s, QStyle::SP_DialogSaveButton), tr("&Print QR Labels…"), this);
    m_printAction->setObjectName(u"printLabelsAction"_s);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setToolTip(tr("Print the selected links as QR code labels, 24 to an A4 page"));
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printLabels);

    m_statsAction = new QAction(themedIcon(u"office-chart-line"_s, QStyle::SP_FileDialogInfoView), tr("&Statistics…"), this);
    m_statsAction->setObjectName(u"statsAction"_s);
    m_statsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_statsAction->setToolTip(tr("Clicks over time, countries and referrers of the selected links or campaign"));
    connect(m_statsAction, &QAction::triggered, this, &MainWindow::showStatistics);

    m_rulesAction = new QAction(themedIcon(u"view-split-left-right"_s, QStyle::SP_ArrowRight), tr("Redirect &Rules…"), this);
    m_rulesAction->setObjectName(u"rulesAction"_s);
    m_rulesAction->setEnabled(false);
    connect(m_rulesAction, &QAction::triggered, this, &MainWindow::editRedirectRules);

    m_findAction = new QAction(themedIcon(u"edit-find"_s, QStyle::SP_FileDialogContentsView), tr("&Find…"), this);
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    m_preferencesAction = new QAction(themedIcon(u"preferences-system"_s, QStyle::SP_FileDialogListView), tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(u"preferencesAction"_s);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences)
                                      << QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_syncAction = new QAction(themedIcon(u"view-refresh"_s, QStyle::SP_BrowserReload), tr("&Synchronise Accounts"), this);
    m_syncAction->setObjectName(u"syncAction"_s);
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_syncAction->setToolTip(tr("Fetch the links of your Bitly, Rebrandly, Shlink and Cuttly accounts and send the changes "
                                "made offline (%1)").arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::syncAccounts);

    m_accountsAction = new QAction(tr("&Accounts…"), this);
    m_accountsAction->setObjectName(u"accountsAction"_s);
    m_accountsAction->setToolTip(tr("Add or edit your Bitly, Rebrandly, Shlink and Cuttly accounts"));
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::showAccounts);

    m_quitAction = new QAction(themedIcon(u"application-exit"_s, QStyle::SP_DialogCloseButton), tr("&Quit"), this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About Linkdeck"), this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Linkdeck"),
                           tr("<h3>Linkdeck %1</h3><p>Branded short links, campaign charts and print-grade QR codes.</p>"
                              "<p>Released under the MIT licence.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    // The table gets the actions too, so its context menu offers them.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_copyAction, m_openAction, m_qrAction, m_editAction, m_rulesAction, m_deleteAction});
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_printAction);
    file->addSeparator();
    file->addAction(m_syncAction);
    file->addAction(m_accountsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyAction);
    edit->addAction(m_openAction);
    edit->addAction(m_qrAction);
    edit->addAction(m_statsAction);
    edit->addAction(m_editAction);
    edit->addAction(m_rulesAction);
    edit->setToolTipsVisible(true);   // says why Redirect Rules is disabled
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newAction);
    bar->addSeparator();
    bar->addAction(m_copyAction);
    bar->addAction(m_qrAction);
    bar->addAction(m_statsAction);
    bar->addAction(m_editAction);
    bar->addAction(m_deleteAction);
    bar->addSeparator();
    bar->addAction(m_syncAction);
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1200, 720);
    restoreState(m_settings.windowState());
    if (const QByteArray splitter = m_settings.splitterState(); !splitter.isEmpty())
        m_splitter->restoreState(splitter);
    if (const QByteArray header = m_settings.tableHeaderState(); !header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
}

void MainWindow::saveWindowState()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setTableHeaderState(m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

QList<Link> MainWindow::selectedLinks() const
{
    QList<Link> out;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (auto link = m_model->linkAt(index.row()))
            out << *link;
    }
    return out;
}

std::optional<Link> MainWindow::currentLink() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {}))
        return m_model->linkAt(current.row());
    const QList<Link> selected = selectedLinks();
    if (!selected.isEmpty())
        return selected.first();
    return std::nullopt;
}

void MainWindow::updateSelection()
{
    const QList<Link> selected = selectedLinks();
    const std::optional<Link> link = currentLink();
    LinkProvider *provider = link ? m_backend.provider(link->accountId) : nullptr;
    const bool canEdit = provider
        && (provider->can(LinkProvider::Capability::UpdateDestination) || provider->can(LinkProvider::Capability::UpdateTitle));
    bool canDelete = !selected.isEmpty();
    for (const Link &l : selected) {
        LinkProvider *p = m_backend.provider(l.accountId);
        canDelete = canDelete && p && p->can(LinkProvider::Capability::DeleteLinks);
    }
    const bool hasUrl = link && !link->shortUrl.isEmpty();   // not while waiting to be created
    m_copyAction->setEnabled(hasUrl);
    m_openAction->setEnabled(link.has_value());
    m_qrAction->setEnabled(hasUrl);
    m_printAction->setEnabled(!selected.isEmpty());
    m_editAction->setEnabled(canEdit && selected.size() == 1);
    m_deleteAction->setEnabled(canDelete);
    QString account, status;
    if (link) {
        account = accountName(link->accountId);
        if (link->syncState != SyncState::Synced) {
            const QString lastError = m_backend.queue().lastError(link->id);
            if (link->syncState == SyncState::Failed) {
                status = tr("Not sent: %1").arg(lastError.isEmpty() ? tr("the service refused it.") : lastError);
            } else {
                status = tr("Waiting to be sent to %1 when it can be reached.").arg(account);
                if (!lastError.isEmpty())
                    status += u' ' + tr("Last try: %1").arg(lastError);
            }
        }
    }
    m_detail->showLink(selected.size() <= 1 ? link : std::nullopt, canEdit, canDelete, account, status);

    // Redirect rules: one link, on an account that has them, and already on the service.
    QString rulesTip = tr("Send visitors to other addresses by device, language, country, date and more");
    bool canRules = link && provider && provider->can(LinkProvider::Capability::RedirectRules) && selected.size() <= 1;
    if (link && provider && !provider->can(LinkProvider::Capability::RedirectRules)) {
        rulesTip = tr("%1 cannot send visitors to different addresses. Redirect rules need a Shlink account or "
                      "this computer.").arg(providerName(provider->kind()));
    } else if (link && link->syncState == SyncState::PendingCreate) {
        canRules = false;
        rulesTip = tr("This link is waiting to be created on %1; its redirect rules can be set once it is there.")
                       .arg(account);
    } else if (selected.size() > 1) {
        rulesTip = tr("Select one link to edit its redirect rules.");
    }
    m_rulesAction->setEnabled(canRules);
    m_rulesAction->setToolTip(rulesTip);
    m_rulesAction->setStatusTip(canRules ? QString() : rulesTip);
    m_detail->setRulesState(canRules, rulesTip);
}

void MainWindow::updateStatus()
{
    const qint64 shown = m_model->rowCount();
    const qint64 total = m_model->totalCount();
    if (m_model->isCounting() || total < 0)
        m_countLabel->setText(tr("Counting…"));
    else if (shown == total)
        m_countLabel->setText(tr("%Ln link(s)", nullptr, int(total)));
    else
        m_countLabel->setText(tr("%1 of %Ln link(s)", nullptr, int(total)).arg(QLocale().toString(shown)));
}

void MainWindow::selectLink(qint64 id)
{
    // A new or edited link may land anywhere in a sorted million-row table; look for it in
    // the first page, where new links appear in the default order.
    for (int row = 0; row < qMin(m_model->rowCount(), int(LinkTableModel::PageSize)); ++row) {
        if (m_model->index(row, 0).data(LinkTableModel::LinkIdRole).toLongLong() == id) {
            const QModelIndex index = m_model->index(row, 0);
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return;
        }
    }
}

void MainWindow::newLink()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new LinkDialog(m_backend, m_settings, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto filter = m_sidebar->currentFilter(); filter.accountId)
        m_dialog->setAccount(*filter.accountId);
    connect(m_dialog, &LinkDialog::linkSaved, this, [this](const Link &link) {
        selectLink(link.id);
        if (link.syncState == SyncState::PendingCreate)
            statusBar()->showMessage(tr("Saved offline: the link will be created on %1 when the network is back.")
                                         .arg(accountName(link.accountId)), 10000);
        else
            statusBar()->showMessage(tr("Created %1").arg(link.shortUrl), 5000);
    });
    m_dialog->open();
}

void MainWindow::editSelectedLink()
{
    const auto link = currentLink();
    if (!link || !m_editAction->isEnabled())
        return;
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new LinkDialog(m_backend, m_settings, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->editLink(*link);
    connect(m_dialog, &LinkDialog::linkSaved, this, [this](const Link &saved) {
        selectLink(saved.id);
        if (saved.syncState == SyncState::PendingUpdate || saved.syncState == SyncState::PendingCreate)
            statusBar()->showMessage(tr("Saved offline: the change will be sent to %1 when the network is back.")
                                         .arg(accountName(saved.accountId)), 10000);
        else
            statusBar()->showMessage(tr("Saved %1").arg(saved.shortUrl), 5000);
    });
    m_dialog->open();
}

void MainWindow::copySelectedLink()
{
    const auto link = currentLink();
    if (!link)
        return;
    auto *mime = new QMimeData;
    mime->setText(link->shortUrl);
    mime->setUrls({QUrl(link->shortUrl)});
    QGuiApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("Copied %1 to the clipboard").arg(link->shortUrl), 4000);
}

void MainWindow::openSelectedLink()
{
    if (const auto link = currentLink())
        QDesktopServices::openUrl(QUrl(link->shortUrl));
}

void MainWindow::deleteSelectedLinks()
{
    const QList<Link> links = selectedLinks();
    if (links.isEmpty() || !m_deleteAction->isEnabled())
        return;
    const QString question = links.size() == 1
        ? tr("Delete %1? People who open it will no longer reach %2.")
              .arg(links.first().shortUrl, links.first().destination)
        : tr("Delete %n link(s)? People who open them will no longer reach their destinations.", nullptr,
             int(links.size()));
    if (MessageBox::question(this, tr("Delete Links"), question, QMessageBox::Yes | QMessageBox::Cancel,
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
                statusBar()->showMessage(tr("Deleted."), 4000);
            else
                MessageBox::critical(this, tr("Some Links Were Not Deleted"), failures->join(u"\n"_s));
        });
    }
}

void MainWindow::editRedirectRules()
{
    const auto link = currentLink();
    if (!link || !m_rulesAction->isEnabled())
        return;
    LinkProvider *provider = m_backend.provider(link->accountId);
    if (!provider)
        return;
    auto *dialog = new RedirectRulesDialog(provider, *link, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RedirectRulesDialog::rulesSaved, this, [this, shortUrl = link->shortUrl](const QList<Rules::Rule> &rules) {
        statusBar()->showMessage(rules.isEmpty() ? tr("Removed the redirect rules of %1").arg(shortUrl)
                                                 : tr("Saved %n redirect rule(s) of %1", nullptr, int(rules.size())).arg(shortUrl),
                                 5000);
    });
    dialog->open();
}

void MainWindow::showQrStudio()
{
    QList<Print::BatchItem> items;
    const QList<Link> links = selectedLinks();
    for (const Link &link : links)
        items << Print::BatchItem{link.shortUrl, link.slug};
    if (items.isEmpty()) {
        if (const auto link = currentLink())
            items << Print::BatchItem{link->shortUrl, link->slug};
    }
    if (items.isEmpty())
        return;
    auto *studio = new QrStudioDialog(items, &m_settings, this);
    studio->setAttribute(Qt::WA_DeleteOnClose);
    connect(studio, &QrStudioDialog::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    });
    studio->open();
}

void MainWindow::showStatistics()
{
    QList<qint64> ids;
    QString title;
    const QList<Link> links = selectedLinks();
    for (const Link &link : links)
        ids << link.id;
    if (links.size() == 1)
        title = links.first().shortUrl;
    else if (!links.isEmpty())
        title = tr("%n link(s)", nullptr, int(links.size()));
    const Sidebar::Filter filter = m_sidebar->currentFilter();
    if (ids.isEmpty() && (!filter.campaign.isEmpty() || !filter.tag.isEmpty())) {
        title = filter.campaign.isEmpty() ? filter.tag : filter.campaign;
        ids = Analytics(m_backend.database()).linksOfCampaign(title);
    }
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select links, or a campaign or tag in the sidebar, to see their statistics."), 5000);
        return;
    }
    auto *stats = new StatsDialog(m_backend, ids, title, this);
    stats->setAttribute(Qt::WA_DeleteOnClose);
    stats->open();
}

void MainWindow::printLabelsTo(QPrinter *printer)
{
    QList<Print::SheetLabel> labels;
    const QList<Link> links = selectedLinks();
    for (const Link &link : links)
        labels << Print::SheetLabel{link.shortUrl, link.domain + u'/' + link.slug};
    if (labels.isEmpty())
        return;
    if (auto printed = Print::LabelSheet::paint(*printer, labels, Print::SheetLayout{}, Print::QrStyle{}); !printed)
        MessageBox::critical(this, tr("Labels Not Printed"), printed.error().message);
}

void MainWindow::printLabels()
{
    if (selectedLinks().isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print QR Labels"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &MainWindow::printLabelsTo);
    preview.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, m_backend, this);
    connect(&dialog, &PreferencesDialog::accountsChanged, this, [this] {
        m_sidebar->reload();
        syncAccounts();
    });
    if (dialog.exec() == QDialog::Accepted)
        m_backend.setRandomSlugLength(m_settings.randomSlugLength());
}

void MainWindow::showAccounts()
{
    PreferencesDialog dialog(m_settings, m_backend, this);
    dialog.showAccounts();
    connect(&dialog, &PreferencesDialog::accountsChanged, this, [this] {
        m_sidebar->reload();
        syncAccounts();
    });
    if (dialog.exec() == QDialog::Accepted)
        m_backend.setRandomSlugLength(m_settings.randomSlugLength());
}

void MainWindow::createSyncIndicator()
{
    m_syncBox = new QWidget(this);
    m_syncBox->setObjectName(u"syncIndicator"_s);
    auto *layout = new QHBoxLayout(m_syncBox);
    layout->setContentsMargins(0, 0, 0, 0);
    m_syncProgress = new QProgressBar(m_syncBox);
    m_syncProgress->setObjectName(u"syncProgress"_s);
    m_syncProgress->setRange(0, 0);   // providers do not say how many links there are
    m_syncProgress->setMaximumWidth(260);
    m_syncProgress->setTextVisible(true);
    layout->addWidget(m_syncProgress);
    m_syncCancel = new QToolButton(m_syncBox);
    m_syncCancel->setObjectName(u"syncCancelButton"_s);
    m_syncCancel->setText(tr("Cancel"));
    m_syncCancel->setToolTip(tr("Stop synchronising; the links fetched so far are kept"));
    connect(m_syncCancel, &QToolButton::clicked, this, [this] {
        for (const Account &a : m_backend.accounts().all())
            m_backend.sync().cancel(a.id);
    });
    layout->addWidget(m_syncCancel);
    statusBar()->addPermanentWidget(m_syncBox);
    m_syncBox->hide();

    AccountSync &sync = m_backend.sync();
    connect(&sync, &AccountSync::pullProgress, this, &MainWindow::syncProgress);
    connect(&sync, &AccountSync::pullFinished, this, &MainWindow::syncFinished);
    connect(&sync, &AccountSync::replayFinished, this, [this](int sent, int stillPending, int failed) {
        if (sent > 0)
            statusBar()->showMessage(tr("Sent %n change(s) made offline.", nullptr, sent), 6000);
        if (failed > 0)
            MessageBox::critical(this, tr("Some Changes Were Refused"),
                                 tr("%n change(s) made offline were refused by the service. They are marked “not sent” "
                                    "in the table: edit or delete them.", nullptr, failed));
        Q_UNUSED(stillPending)
        m_model->refresh();
    });
}

QString MainWindow::accountName(qint64 accountId) const
{
    const auto account = m_backend.accounts().find(accountId);
    return account ? account->displayName() : QString();
}

void MainWindow::syncAccounts()
{
    m_syncErrors.clear();
    m_backend.sync().replay();
    bool any = false;
    for (const Account &a : m_backend.accounts().all()) {
        if (a.provider == ProviderKind::Local)
            continue;
        if (!m_backend.provider(a.id))
            continue;
        any = true;
        m_backend.sync().pull(a.id);
    }
    if (!any)
        return;
    m_syncProgress->setFormat(tr("Synchronising…"));
    m_syncBox->show();
    m_syncAction->setEnabled(false);
}

void MainWindow::syncProgress(qint64 accountId, int links)
{
    m_syncProgress->setFormat(tr("%1: %Ln link(s)", nullptr, links).arg(accountName(accountId)));
}

void MainWindow::syncFinished(qint64 accountId, bool ok, int links, const QString &message)
{
    Q_UNUSED(links)
    if (!ok)
        m_syncErrors << tr("%1: %2").arg(accountName(accountId), message);
    bool running = false;
    for (const Account &a : m_backend.accounts().all())
        running = running || m_backend.sync().isPulling(a.id);
    if (running)
        return;
    m_syncBox->hide();
    m_syncAction->setEnabled(true);
    m_sidebar->reload();
    m_model->refresh();
    if (m_syncErrors.isEmpty())
        statusBar()->showMessage(tr("Accounts are up to date."), 4000);
    else
        statusBar()->showMessage(tr("Showing the links saved on this computer. %1").arg(m_syncErrors.join(u"  "_s)), 15000);
}

} // namespace Linkdeck::Gui
