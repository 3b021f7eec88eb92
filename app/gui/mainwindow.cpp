#include "gui/mainwindow.h"
#include "core/base/future.h"

#include "core/analytics/analytics.h"
#include "core/models/linktablemodel.h"
#include "core/platform/localservercontroller.h"
#include "core/storage/accountrepository.h"
#include "core/storage/externalchanges.h"
#include "core/storage/settings.h"
#include "core/sync/accountsync.h"
#include "core/sync/backend.h"
#include "gui/accountdialog.h"
#include "gui/appearance.h"
#include "gui/detailpane.h"
#include "gui/linkarea.h"
#include "gui/linkcommands.h"
#include "gui/linkdialog.h"
#include "gui/linklistview.h"
#include "gui/localserverpanel.h"
#include "gui/mainactions.h"
#include "gui/messagebox.h"
#include "gui/panefocus.h"
#include "gui/preferencesdialog.h"
#include "gui/sidebar.h"
#include "gui/statsdialog.h"
#include "gui/syncstatus.h"

#include <QCloseEvent>
#include <QLabel>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

namespace {
// The size of the window on a first start, and what a window manager's frame (title bar,
// borders) usually adds around it.
constexpr QSize FirstSize(1200, 720);
constexpr QSize FrameAllowance(16, 48);
}   // namespace

MainWindow::MainWindow(Backend &backend, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_settings(settings)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Linkdeck"));
    setWindowIcon(QIcon(u":/icons/linkdeck.svg"_s));
    m_backend.setRandomSlugLength(m_settings.randomSlugLength());

    m_server = new LocalServerController(m_backend.database(), m_backend.database().path(), this);
    // Links made or changed by linkdeck-cli or through the server's API show without a restart.
    m_externalChanges = new ExternalChanges(m_backend.database(), m_backend.links(), this);
    m_externalChanges->start();
    m_server->setPort(m_settings.serverPort());
    m_sidebar = new Sidebar(m_backend, this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_sidebar, 1);
    leftLayout->addWidget(new LocalServerPanel(*m_server, m_settings, left));
    m_list = new LinkListView(m_backend.links(), this);
    m_middle = new LinkArea(m_list, this);
    m_detail = new DetailPane(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_middle);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({190, 760, 290});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    // F6 and Shift+F6 go from pane to pane; Tab follows the same order, through the server panel.
    new PaneFocus(this, {m_sidebar, m_middle, m_detail});

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    statusBar()->addPermanentWidget(m_countLabel);
    m_commands = new LinkCommands(m_backend, m_settings, this);
    m_actions = std::make_unique<MainActions>(this, m_list, m_commands);
    m_actions->connectWelcomePage(m_middle->welcomePage());
    m_syncStatus = new SyncStatus(m_backend, statusBar(), this);
    connect(m_syncStatus, &SyncStatus::runningChanged, this,
            [this](bool running) { m_actions->setSyncRunning(running); });
    // The cache shows at once; then the accounts are brought up to date in the background.
    QTimer::singleShot(0, this, &MainWindow::syncAccounts);

    connect(m_sidebar, &Sidebar::filterChosen, this, [this](const Sidebar::Filter &f) {
        LinkQuery q = model()->query();
        q.accountId = f.accountId;
        q.tag = f.tag;
        q.campaign = f.campaign;
        model()->setQuery(q);
    });
    LinkTableModel *links = model();
    for (const auto rowsChanged : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(links, rowsChanged, this, &MainWindow::updateStatus);
    connect(links, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(links, &LinkTableModel::countChanged, this, &MainWindow::updateStatus);
    connect(m_list, &LinkListView::selectionChanged, this, &MainWindow::updateSelection);
    // Copy/Move to Account follow the accounts there are.
    connect(&m_backend.accounts(), &AccountRepository::changed, this, &MainWindow::updateSelection);
    connect(m_list, &LinkListView::linkActivated, this, &MainWindow::editSelectedLink);
    // Visits the local server records show in the table and the detail pane as they come.
    connect(m_server, &LocalServerController::clicksChanged, this, [this] {
        model()->refreshClicks();
        updateSelection();
    });
    // A change sent or refused says so in the detail pane.
    connect(&m_backend.sync(), &AccountSync::replayFinished, this, &MainWindow::updateSelection);
    connect(m_detail, &DetailPane::copyRequested, m_commands, &LinkCommands::copy);
    connect(m_detail, &DetailPane::openRequested, m_commands, &LinkCommands::open);
    connect(m_detail, &DetailPane::editRequested, this, &MainWindow::editSelectedLink);
    connect(m_detail, &DetailPane::deleteRequested, m_commands, &LinkCommands::remove);
    connect(m_detail, &DetailPane::qrRequested, m_commands, &LinkCommands::showQrStudio);
    connect(m_detail, &DetailPane::rulesRequested, m_commands, &LinkCommands::editRedirectRules);

    restoreWindowState();
    updateStatus();
    updateSelection();
    m_middle->focusTarget()->setFocus();
}

MainWindow::~MainWindow() = default;

LinkTableModel *MainWindow::model() const
{
    return m_list->model();
}

LinkDialog *MainWindow::linkDialog() const
{
    return m_dialog;
}

bool MainWindow::firstSizeNeedsMaximized(const QSize &available)
{
    // The window manager adds a title bar and borders around the size asked for: a window as
    // large as a 1024x700 screen had its status bar below the screen's edge.
    return FirstSize.width() + FrameAllowance.width() > available.width()
        || FirstSize.height() + FrameAllowance.height() > available.height();
}

QSize MainWindow::firstSizeFor(const QSize &available)
{
    // 85 % of the screen, at least the comfortable size, and never more than the screen less
    // the frame (at 1600x1000 the comfortable size alone cut the table's last columns).
    const QSize most(available.width() * 85 / 100, available.height() * 85 / 100);
    return FirstSize.expandedTo(most).boundedTo(available - FrameAllowance).expandedTo(QSize(1, 1));
}

void MainWindow::restoreWindowState()
{
    // First start: a comfortable size, but never larger than the screen (a 1024x768 laptop);
    // where that size and the frame do not fit, maximized (see firstSizeNeedsMaximized()).
    if (!restoreGeometry(m_settings.windowGeometry())) {
        const QSize available = screen()->availableSize();
        m_startsMaximized = firstSizeNeedsMaximized(available);
        resize(m_startsMaximized ? FirstSize.boundedTo(available) : firstSizeFor(available));
    }
    restoreState(m_settings.windowState());
    if (const QByteArray splitter = m_settings.splitterState(); !splitter.isEmpty())
        m_splitter->restoreState(splitter);
    if (const QByteArray header = m_settings.tableHeaderState(); !header.isEmpty())
        m_list->restoreHeaderState(header);
}

void MainWindow::saveWindowState()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setTableHeaderState(m_list->headerState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

QList<Link> MainWindow::selectedLinks() const
{
    return m_list->selectedLinks();
}

std::optional<Link> MainWindow::currentLink() const
{
    return m_list->currentLink();
}

void MainWindow::updateSelection()
{
    m_selection = LinkSelection::of(m_backend, selectedLinks(), currentLink());
    m_actions->setSelection(m_selection);
    m_commands->setSelection(m_selection);
    const Sidebar::Filter f = m_sidebar->currentFilter();
    m_actions->setStatisticsEnabled(!m_selection.links.isEmpty() || !f.campaign.isEmpty() || !f.tag.isEmpty());
    m_detail->showSelection(m_selection);
}

void MainWindow::updateStatus()
{
    const qint64 shown = model()->rowCount();
    const qint64 total = model()->totalCount();
    // No links at all (not a filter that finds none): the first steps instead of an empty table.
    m_middle->showWelcome(total == 0);
    if (model()->isCounting() || total < 0)
        m_countLabel->setText(tr("Counting…"));
    else if (shown == total)
        m_countLabel->setText(tr("%Ln link(s)", nullptr, int(total)));
    else
        m_countLabel->setText(tr("%1 of %Ln link(s)", nullptr, int(total)).arg(QLocale().toString(shown)));
}

bool MainWindow::raiseLinkDialog()
{
    if (!m_dialog)
        return false;
    m_dialog->raise();
    m_dialog->activateWindow();
    return true;
}

void MainWindow::newLink()
{
    if (raiseLinkDialog())
        return;
    m_dialog = new LinkDialog(m_backend, m_settings, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The account chosen in the sidebar, or else the selected link's.
    if (const auto filter = m_sidebar->currentFilter(); filter.accountId)
        m_dialog->setAccount(*filter.accountId);
    else if (const std::optional<Link> current = currentLink())
        m_dialog->setAccount(current->accountId);
    connect(m_dialog, &LinkDialog::linkSaved, this, [this](const Link &link) {
        m_list->selectLink(link.id);   // wherever it sorts
        if (link.syncState == SyncState::PendingCreate)
            statusBar()->showMessage(tr("Saved offline: the link will be created on %1 when the network is back.")
                                         .arg(m_backend.accounts().displayName(link.accountId)),
                                     10000);
        else
            statusBar()->showMessage(tr("Created %1").arg(link.shortUrl), 5000);
    });
    m_dialog->open();
}

void MainWindow::editSelectedLink()
{
    const auto link = currentLink();
    if (!link || !m_selection.canEdit || raiseLinkDialog())
        return;
    m_dialog = new LinkDialog(m_backend, m_settings, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->editLink(*link);
    connect(m_dialog, &LinkDialog::linkSaved, this, [this](const Link &saved) {
        m_list->selectLink(saved.id);
        if (saved.syncState == SyncState::PendingUpdate || saved.syncState == SyncState::PendingCreate)
            statusBar()->showMessage(tr("Saved offline: the change will be sent to %1 when the network is back.")
                                         .arg(m_backend.accounts().displayName(saved.accountId)),
                                     10000);
        else
            statusBar()->showMessage(tr("Saved %1").arg(saved.shortUrl), 5000);
    });
    m_dialog->open();
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
        statusBar()->showMessage(tr("Select links, or a campaign or tag in the sidebar, to see their statistics."),
                                 5000);
        return;
    }
    auto *stats = new StatsDialog(m_backend, ids, title, this);
    stats->setAttribute(Qt::WA_DeleteOnClose);
    stats->open();
}

void MainWindow::showPreferences()
{
    showPreferencesPage(false);
}

void MainWindow::showAccounts()
{
    showPreferencesPage(true);
}

void MainWindow::addAccount()
{
    connect(AccountDialog::openToAdd(m_backend, this), &QDialog::accepted, this, &MainWindow::syncAccounts);
}

void MainWindow::showPreferencesPage(bool accounts)
{
    // The sidebar follows the accounts by itself; new or changed ones are synchronised.
    PreferencesDialog dialog(m_settings, m_backend, this);
    if (accounts)
        dialog.showAccounts();
    connect(&dialog, &PreferencesDialog::accountsChanged, this, &MainWindow::syncAccounts);
    connect(&dialog, &PreferencesDialog::localServerChanged, m_server, &LocalServerController::restartOn);
    connect(&dialog, &PreferencesDialog::appearanceChosen, this, &Appearance::apply);
    if (dialog.exec() == QDialog::Accepted)
        m_backend.setRandomSlugLength(m_settings.randomSlugLength());
}

void MainWindow::syncAccounts()
{
    // The one sync path, as `linkdeck-cli sync`: the offline changes, then every account with a link service.
    bool any = false;
    for (qint64 id : m_backend.sync().pullAll())
        any = any || m_backend.sync().isPulling(id);
    if (any)
        m_syncStatus->start();
}

}   // namespace Linkdeck::Gui
