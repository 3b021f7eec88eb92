#include "gui/accountdialog.h"

#include "core/base/future.h"
#include "gui/tones.h"

#include "ui_accountdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

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
    , m_ui(std::make_unique<Ui::AccountDialog>())
{
    m_ui->setupUi(this);
    // The editable box's text field is what a screen reader lands in: it says what it is for.
    m_ui->defaultDomainCombo->lineEdit()->setAccessibleName(tr("Default domain"));
    for (ProviderKind kind : ProviderRegistry::addableKinds())
        m_ui->providerCombo->addItem(ProviderRegistry::info(kind).choiceName, int(kind));

    QLineEdit *token = m_ui->tokenEdit;
    auto *reveal = token->addAction(QIcon::fromTheme(u"view-visible"_s), QLineEdit::TrailingPosition);
    reveal->setToolTip(tr("Show the token"));
    reveal->setCheckable(true);
    connect(reveal, &QAction::toggled, this,
            [token](bool shown) { token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });

    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &AccountDialog::testConnection);
    QPushButton *add = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    add->setText(tr("&Add"));
    // Enter adds (or does nothing while Add is disabled); it never cancels what was typed, even
    // when Test Connection's disabling moved the focus on to Cancel. (Test Connection is not an
    // auto-default button either: accountdialog.ui.)
    add->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, &AccountDialog::providerChanged);
    for (QLineEdit *edit : {m_ui->accountNameEdit, m_ui->tokenEdit, m_ui->apiBaseEdit, m_ui->workspaceEdit})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::validate);
    providerChanged();
    m_openedState = formState();
}

AccountDialog *AccountDialog::openToAdd(Backend &backend, QWidget *parent)
{
    auto *dialog = new AccountDialog(backend, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::editAccount(const Account &account)
{
    m_original = account;
    setWindowTitle(tr("Edit Account"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->providerCombo->setCurrentIndex(m_ui->providerCombo->findData(int(account.provider)));
    m_ui->providerCombo->setEnabled(false);
    m_ui->accountNameEdit->setText(account.name);
    m_ui->apiBaseEdit->setText(account.apiBase);
    m_ui->workspaceEdit->setText(account.workspace);
    m_ui->defaultDomainCombo->setEditText(account.defaultDomain);
    // Where the token is said as it is: in the keychain, for this run only, or nowhere.
    const QString key = SecretStore::accountKey(account);
    auto *session = qobject_cast<SessionSecrets *>(&m_backend.secrets());
    if (session && session->isKeptForThisRun(key)) {
        m_ui->tokenEdit->setPlaceholderText(tr("unchanged (kept until you quit)"));
        m_ui->keychainNote->setText(tr("This computer has no keychain: the token is kept only until Linkdeck quits, "
                                       "not in Linkdeck's files."));
    } else {
        m_ui->tokenEdit->setPlaceholderText(tr("unchanged"));
        QPointer<AccountDialog> self(this);
        m_backend.secrets().read(key, [self](const Result<QString> &token) {
            if (!self)
                return;
            if (token) {
                self->m_ui->tokenEdit->setPlaceholderText(tr("unchanged (kept in the keychain)"));
                return;
            }
            const bool noKeychain = token.error().kind == Error::Kind::Unsupported;
            self->m_ui->tokenEdit->setPlaceholderText(noKeychain ? tr("not kept: type the token")
                                                                 : tr("not in the keychain: type the token"));
            if (noKeychain)
                self->m_ui->keychainNote->setText(
                    tr("This computer has no keychain, so the token was not kept after Linkdeck quit."));
        });
    }
    validate();
    m_openedState = formState();
}

ProviderInfo AccountDialog::info() const
{
    return ProviderRegistry::info(ProviderKind(m_ui->providerCombo->currentData().toInt()));
}

void AccountDialog::providerChanged()
{
    const ProviderInfo service = info();
    const bool server = service.needsServerAddress;
    m_ui->apiBaseLabel->setText(server ? tr("Server &address:") : tr("API &address:"));
    m_ui->apiBaseEdit->setPlaceholderText(server ? tr("https://s.example.com") : tr("the service's own (leave empty)"));
    const bool group = service.grouping == ProviderInfo::Grouping::Group;
    const bool workspace = service.grouping != ProviderInfo::Grouping::None;
    m_ui->workspaceLabel->setVisible(workspace);
    m_ui->workspaceEdit->setVisible(workspace);
    m_ui->workspaceLabel->setText(group ? tr("&Group:") : tr("&Workspace:"));
    m_ui->workspaceEdit->setPlaceholderText(group ? tr("the account's default group")
                                                  : tr("none (the main workspace)"));
    m_ui->tokenEdit->setToolTip(service.tokenHelp);
    m_ui->defaultDomainCombo->clear();
    setStatus({}, false);
    validate();
}

Account AccountDialog::account() const
{
    Account a = m_original.value_or(Account{});
    const ProviderInfo service = info();
    a.provider = service.kind;
    a.name = m_ui->accountNameEdit->text().trimmed();
    a.apiBase = m_ui->apiBaseEdit->text().trimmed();
    a.workspace = service.grouping != ProviderInfo::Grouping::None ? m_ui->workspaceEdit->text().trimmed() : QString();
    a.defaultDomain = m_ui->defaultDomainCombo->currentText().trimmed();
    return a;
}

void AccountDialog::validate()
{
    const Account a = account();
    QString problem = AccountRepository::validate(a);
    if (problem.isEmpty() && a.name.isEmpty())
        problem = tr("Give the account a name.");
    const bool needToken = !m_original && m_ui->tokenEdit->text().trimmed().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && problem.isEmpty() && !needToken);
    m_ui->testConnectionButton->setEnabled(!m_busy && AccountRepository::validate(a).isEmpty()
                                           && (m_original || !m_ui->tokenEdit->text().trimmed().isEmpty()));
    // A problem with the address, else a token that would travel unencrypted, is said as it is
    // typed; it goes again when the address is right.
    QString said = !problem.isEmpty() && !a.apiBase.isEmpty() ? problem : AccountRepository::cleartextWarning(a);
    if (!said.isEmpty())
        setStatus(said, true);
    else if (!m_addressStatus.isEmpty() && m_ui->connectionStatus->text() == m_addressStatus)
        setStatus({}, false);
    m_addressStatus = said;
}

void AccountDialog::setStatus(const QString &text, bool bad)
{
    m_ui->connectionStatus->setText(text);
    setTone(m_ui->connectionStatus, bad ? Tone::Bad : Tone::Plain);
}

void AccountDialog::testConnection()
{
    Account a = account();
    a.id = m_original ? m_original->id : 0;
    delete m_probe;
    m_probe = m_backend.providers().makeProbe(a, m_ui->tokenEdit->text().trimmed(), this);
    if (!m_probe)
        return;
    // Disabling the buttons moves the focus; it comes back where it was when the test ends.
    const QPointer<QWidget> focused = focusWidget();
    auto restoreFocus = [this, focused] {
        if (focused && focused->isEnabled())
            focused->setFocus();
        else
            m_ui->tokenEdit->setFocus();
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
            const QString keep = m_ui->defaultDomainCombo->currentText();
            m_ui->defaultDomainCombo->clear();
            m_ui->defaultDomainCombo->addItems(*domains);
            m_ui->defaultDomainCombo->setEditText(keep.isEmpty() ? domains->value(0) : keep);
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
    const QString token = m_ui->tokenEdit->text().trimmed();
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

QStringList AccountDialog::formState() const
{
    // The service chosen is not input of its own: only what was typed for it.
    return {m_ui->accountNameEdit->text(), m_ui->tokenEdit->text(), m_ui->apiBaseEdit->text(),
            m_ui->workspaceEdit->text(), m_ui->defaultDomainCombo->currentText()};
}

void AccountDialog::reject()
{
    if (m_busy)
        return;   // testing or saving: the answer comes, then one can close
    if (formState() == m_openedState) {
        QDialog::reject();
        return;
    }
    // A typed token is not thrown away by a key press: as in New Link, the dialog asks.
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    const MessageBox::UnsavedQuestion question = m_original
        ? MessageBox::UnsavedQuestion{tr("Unsaved Changes"),
                                      tr("The account has changes that are not saved. Save them?"),
                                      tr("The account has changes that are not saved, and they cannot be "
                                         "saved as they are. Discard them?"),
                                      {}}
        : MessageBox::UnsavedQuestion{tr("Account Not Added"), tr("The account has not been added yet. Add it now?"),
                                      tr("The account has not been added, and it cannot be added as it "
                                         "is. Discard what you typed?"),
                                      ok->text()};
    // Save closes when saved; a problem keeps the dialog open, saying why.
    MessageBox::askBeforeDiscarding(this, question, ok->isEnabled(), [this] { accept(); });
}

void AccountDialog::finishSave(const Account &account, bool created)
{
    Q_UNUSED(created)
    m_backend.resetProvider(account.id);
    m_saved = m_backend.accounts().find(account.id);
    QDialog::accept();
}

}   // namespace Linkdeck::Gui
