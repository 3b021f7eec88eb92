#include "gui/accountdialog.h"
#include "core/base/future.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/providers/linkprovider.h"
#include "core/providers/providerregistry.h"
#include "core/storage/accountrepository.h"
#include "core/storage/secretstore.h"
#include "core/sync/backend.h"
#include "gui/messagebox.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

AccountDialog::AccountDialog(Backend &backend, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
{
    setObjectName(u"accountDialog"_s);
    setWindowTitle(tr("Add Account"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"providerCombo"_s);
    for (ProviderKind kind : ProviderRegistry::addableKinds())
        m_provider->addItem(ProviderRegistry::info(kind).choiceName, int(kind));
    form->addRow(tr("&Service:"), m_provider);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"accountNameEdit"_s);
    m_name->setPlaceholderText(tr("Marketing team"));
    form->addRow(tr("&Name:"), m_name);

    m_token = new QLineEdit(this);
    m_token->setObjectName(u"tokenEdit"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setClearButtonEnabled(true);
    auto *reveal = m_token->addAction(QIcon::fromTheme(u"view-visible"_s), QLineEdit::TrailingPosition);
    reveal->setToolTip(tr("Show the token"));
    reveal->setCheckable(true);
    connect(reveal, &QAction::toggled, this,
            [this](bool shown) { m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    form->addRow(tr("API &token:"), m_token);

    m_apiBase = new QLineEdit(this);
    m_apiBase->setObjectName(u"apiBaseEdit"_s);
    m_apiBaseLabel = new QLabel(tr("API &address:"), this);
    m_apiBaseLabel->setBuddy(m_apiBase);
    form->addRow(m_apiBaseLabel, m_apiBase);

    m_workspace = new QLineEdit(this);
    m_workspace->setObjectName(u"workspaceEdit"_s);
    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setBuddy(m_workspace);
    form->addRow(m_workspaceLabel, m_workspace);

    m_domain = new QComboBox(this);
    m_domain->setObjectName(u"defaultDomainCombo"_s);
    m_domain->setEditable(true);
    m_domain->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(tr("&Default domain:"), m_domain);
    layout->addLayout(form);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("Test &Connection"), this);
    m_test->setObjectName(u"testConnectionButton"_s);
    connect(m_test, &QPushButton::clicked, this, &AccountDialog::testConnection);
    testRow->addWidget(m_test);
    m_status = new QLabel(this);
    m_status->setObjectName(u"connectionStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_status, 1);
    layout->addLayout(testRow);

    auto *note = new QLabel(tr("The token is kept in your system's keychain, not in Linkdeck's files."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    // Enter adds (or does nothing while Add is disabled); it never cancels what was typed, even
    // when Test Connection's disabling moved the focus on to Cancel.
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    m_test->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &AccountDialog::providerChanged);
    for (QLineEdit *edit : {m_name, m_token, m_apiBase, m_workspace})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::validate);
    providerChanged();
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::editAccount(const Account &account)
{
    m_original = account;
    setWindowTitle(tr("Edit Account"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_provider->setCurrentIndex(m_provider->findData(int(account.provider)));
    m_provider->setEnabled(false);
    m_name->setText(account.name);
    m_apiBase->setText(account.apiBase);
    m_workspace->setText(account.workspace);
    m_domain->setEditText(account.defaultDomain);
    m_token->setPlaceholderText(tr("unchanged (kept in the keychain)"));
    validate();
}

ProviderInfo AccountDialog::info() const
{
    return ProviderRegistry::info(ProviderKind(m_provider->currentData().toInt()));
}

void AccountDialog::providerChanged()
{
    const ProviderInfo service = info();
    const bool server = service.needsServerAddress;
    m_apiBaseLabel->setText(server ? tr("Server &address:") : tr("API &address:"));
    m_apiBase->setPlaceholderText(server ? tr("https://s.example.com") : tr("the service's own (leave empty)"));
    const bool group = service.grouping == ProviderInfo::Grouping::Group;
    const bool workspace = service.grouping != ProviderInfo::Grouping::None;
    m_workspaceLabel->setVisible(workspace);
    m_workspace->setVisible(workspace);
    m_workspaceLabel->setText(group ? tr("&Group:") : tr("&Workspace:"));
    m_workspace->setPlaceholderText(group ? tr("the account's default group") : tr("none (the main workspace)"));
    m_token->setToolTip(service.tokenHelp);
    m_domain->clear();
    setStatus({}, false);
    validate();
}

Account AccountDialog::account() const
{
    Account a = m_original.value_or(Account{});
    const ProviderInfo service = info();
    a.provider = service.kind;
    a.name = m_name->text().trimmed();
    a.apiBase = m_apiBase->text().trimmed();
    a.workspace = service.grouping != ProviderInfo::Grouping::None ? m_workspace->text().trimmed() : QString();
    a.defaultDomain = m_domain->currentText().trimmed();
    return a;
}

void AccountDialog::validate()
{
    const Account a = account();
    QString problem = AccountRepository::validate(a);
    if (problem.isEmpty() && a.name.isEmpty())
        problem = tr("Give the account a name.");
    const bool needToken = !m_original && m_token->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && problem.isEmpty() && !needToken);
    m_test->setEnabled(!m_busy && AccountRepository::validate(a).isEmpty()
                       && (m_original || !m_token->text().trimmed().isEmpty()));
    // A problem with the address, else a token that would travel unencrypted, is said as it is
    // typed; it goes again when the address is right.
    QString said = !problem.isEmpty() && !a.apiBase.isEmpty() ? problem : AccountRepository::cleartextWarning(a);
    if (!said.isEmpty())
        setStatus(said, true);
    else if (!m_addressStatus.isEmpty() && m_status->text() == m_addressStatus)
        setStatus({}, false);
    m_addressStatus = said;
}

void AccountDialog::setStatus(const QString &text, bool bad)
{
    m_status->setText(text);
    QPalette p = palette();
    if (bad)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_status->setPalette(p);
}

void AccountDialog::testConnection()
{
    Account a = account();
    a.id = m_original ? m_original->id : 0;
    delete m_probe;
    m_probe = m_backend.providers().makeProbe(a, m_token->text().trimmed(), this);
    if (!m_probe)
        return;
    // Disabling the buttons moves the focus; it comes back where it was when the test ends.
    const QPointer<QWidget> focused = focusWidget();
    auto restoreFocus = [this, focused] {
        if (focused && focused->isEnabled())
            focused->setFocus();
        else
            m_token->setFocus();
    };
    m_busy = true;
    validate();
    setStatus(tr("Connecting…"), false);
    LinkProvider *probe = m_probe;
    whenFinished(this, probe->testConnection(), [this, probe, restoreFocus](const Result<void> &r) {
        if (probe != m_probe)
            return;
        if (!r) {
            m_busy = false;
            validate();
            restoreFocus();
            setStatus(r.error().message, true);
            return;
        }
        whenFinished(this, probe->domains(), [this, probe, restoreFocus](const Result<QStringList> &domains) {
            if (probe != m_probe)
                return;
            m_busy = false;
            validate();
            restoreFocus();
            if (!domains) {
                setStatus(tr("Connected."), false);
                return;
            }
            const QString keep = m_domain->currentText();
            m_domain->clear();
            m_domain->addItems(*domains);
            m_domain->setEditText(keep.isEmpty() ? domains->value(0) : keep);
            setStatus(tr("Connected. %n domain(s) available.", nullptr, int(domains->size())), false);
        });
    });
}

void AccountDialog::accept()
{
    if (m_busy)
        return;
    Account a = account();
    const bool created = !m_original;
    if (created) {
        const Result<Account> added = m_backend.accounts().add(a);
        if (!added) {
            setStatus(added.error().message, true);
            return;
        }
        a = *added;
    } else if (const Result<void> updated = m_backend.accounts().update(a); !updated) {
        setStatus(updated.error().message, true);
        return;
    }
    const QString token = m_token->text().trimmed();
    if (token.isEmpty()) {
        finishSave(a, created);
        return;
    }
    m_busy = true;
    validate();
    const QString key = SecretStore::accountKey(a);
    m_backend.secrets().write(key, token, [this, a, created, key, token](const Result<void> &written) {
        m_busy = false;
        validate();
        if (written) {
            finishSave(a, created);
            return;
        }
        if (written.error().kind != Error::Kind::Unsupported) {
            setStatus(written.error().message, true);
            if (created)
                m_backend.accounts().remove(a.id);
            return;
        }
        // No keychain on this computer: say so, and keep the token only for this run if the
        // user agrees. It is never written to a file.
        const auto answer = MessageBox::question(
            this, tr("No Keychain"),
            tr("%1\n\nLinkdeck can use the token until you quit, without saving it anywhere. You will be asked "
               "for it again next time.")
                .arg(written.error().message),
            QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
        if (answer != QMessageBox::Ok) {
            if (created)
                m_backend.accounts().remove(a.id);
            setStatus(written.error().message, true);
            return;
        }
        if (auto *session = qobject_cast<SessionSecrets *>(&m_backend.secrets()))
            session->keepForThisRun(key, token);
        finishSave(a, created);
    });
}

void AccountDialog::finishSave(const Account &account, bool created)
{
    Q_UNUSED(created)
    m_backend.resetProvider(account.id);
    m_saved = m_backend.accounts().find(account.id);
    QDialog::accept();
}

}   // namespace Linkdeck::Gui
