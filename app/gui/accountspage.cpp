#include "gui/accountspage.h"
#include "core/base/future.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "core/providers/linkprovider.h"
#include "core/providers/providerregistry.h"
#include "core/storage/secretstore.h"
#include "core/sync/backend.h"
#include "gui/accountdialog.h"
#include "gui/messagebox.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

AccountsPage::AccountsPage(Backend &backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
{
    setObjectName(u"accountsPage"_s);
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"accountList"_s);
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Service"), tr("Default domain"), tr("Last synchronised")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(u"addAccountButton"_s);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"editAccountButton"_s);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"removeAccountButton"_s);
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(u"testAccountButton"_s);
    for (QPushButton *b : {m_add, m_edit, m_remove, m_test})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(u"accountStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsPage::editAccount);
    connect(m_remove, &QPushButton::clicked, this, &AccountsPage::removeAccount);
    connect(m_test, &QPushButton::clicked, this, &AccountsPage::testAccount);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AccountsPage::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &AccountsPage::editAccount);
    reload();
}

void AccountsPage::reload()
{
    const qint64 keep = currentAccountId();
    m_list->clear();
    const QList<Account> accounts = m_backend.accounts().all();
    for (const Account &a : accounts) {
        const ProviderInfo service = ProviderRegistry::info(a.provider);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, a.displayName());
        item->setText(1, service.displayName);
        item->setText(2, a.defaultDomain);
        const LinkProvider *p = m_backend.provider(a.id);
        item->setText(3,
                      !service.remote ? QString()
                          : a.lastSyncAt.isValid()
                          ? QLocale().toString(a.lastSyncAt.toLocalTime(), QLocale::ShortFormat)
                          : tr("never"));
        if (service.remote && p && !p->can(LinkProvider::Capability::ListLinks))
            item->setToolTip(3,
                             tr("%1 cannot list an account's links: Linkdeck shows the ones made here and updates "
                                "their clicks.")
                                 .arg(service.displayName));
        item->setData(0, Qt::UserRole, a.id);
        if (a.id == keep)
            m_list->setCurrentItem(item);
    }
    // Room for every column at its width, the last title too: with the columns sized to their
    // texts the last one took what was left, and "Last synchronised" was cut in Preferences.
    QHeaderView *header = m_list->header();
    int wanted = 2 * m_list->frameWidth() + m_list->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < m_list->columnCount(); ++column)
        wanted += std::max(header->sectionSizeHint(column),
                           static_cast<QAbstractItemView *>(m_list)->sizeHintForColumn(column));
    m_list->setMinimumWidth(wanted);
    updateButtons();
}

qint64 AccountsPage::currentAccountId() const
{
    const QTreeWidgetItem *item = m_list ? m_list->currentItem() : nullptr;
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void AccountsPage::updateButtons()
{
    const std::optional<Account> account = m_backend.accounts().find(currentAccountId());
    const std::optional<ProviderInfo> service =
        account ? std::optional(ProviderRegistry::info(account->provider)) : std::nullopt;
    m_edit->setEnabled(service && service->editable);
    m_remove->setEnabled(service && service->removable);
    m_test->setEnabled(service && service->remote);
}

void AccountsPage::addAccount()
{
    AccountDialog dialog(m_backend, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    if (const auto saved = dialog.savedAccount()) {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == saved->id)
                m_list->setCurrentItem(m_list->topLevelItem(i));
        }
        m_status->setText(
            tr("“%1” was added. Its links appear in the main window after the next sync.").arg(saved->name));
    }
    emit accountsChanged();
}

void AccountsPage::editAccount()
{
    const auto account = m_backend.accounts().find(currentAccountId());
    if (!account || !ProviderRegistry::info(account->provider).editable)
        return;
    AccountDialog dialog(m_backend, this);
    dialog.editAccount(*account);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit accountsChanged();
}

void AccountsPage::removeAccount()
{
    const auto account = m_backend.accounts().find(currentAccountId());
    if (!account)
        return;
    const ProviderInfo service = ProviderRegistry::info(account->provider);
    if (!service.removable)
        return;
    const auto answer = MessageBox::question(
        this, tr("Remove Account"),
        tr("Remove “%1” from Linkdeck? Its links stay on %2; Linkdeck forgets its copy of them and its token.")
            .arg(account->name, service.needsServerAddress ? tr("the Shlink server") : AccountsPage::tr("the service")),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_backend.resetProvider(account->id);
    if (const Result<void> r = m_backend.accounts().remove(account->id); !r) {
        m_status->setText(r.error().message);
        return;
    }
    m_backend.secrets().remove(SecretStore::accountKey(*account), [](const Result<void> &) {});
    m_status->setText(tr("“%1” was removed.").arg(account->name));
    reload();
    emit accountsChanged();
}

void AccountsPage::testAccount()
{
    const qint64 id = currentAccountId();
    LinkProvider *provider = m_backend.provider(id);
    if (!provider)
        return;
    m_status->setText(tr("Connecting…"));
    m_test->setEnabled(false);
    whenFinished(this, provider->testConnection(), [this](const Result<void> &r) {
        updateButtons();
        m_status->setText(r ? tr("Connected: the token works.") : r.error().message);
    });
}

}   // namespace Linkdeck::Gui
