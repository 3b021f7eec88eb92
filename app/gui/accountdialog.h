#pragma once

#include <QDialog>

#include <memory>
#include <optional>

#include "core/links/link.h"

namespace Ui {
class AccountDialog;
}

namespace Linkdeck {
class Backend;
class LinkProvider;
struct ProviderInfo;
}   // namespace Linkdeck

namespace Linkdeck::Gui {

// Add or edit a Bitly, Rebrandly, Shlink or Cuttly account: the service, a name, the API
// token (kept in the keychain, never in a file), the API address for self-hosted servers,
// the workspace or group, and the default domain. "Test connection" tries the token and
// fills the domains before anything is saved. The fields and buttons are accountdialog.ui.
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)
public:
    explicit AccountDialog(Backend &backend, QWidget *parent = nullptr);
    // Opens an Add Account dialog over `parent` (window-modal; it deletes itself when closed).
    static AccountDialog *openToAdd(Backend &backend, QWidget *parent);
    ~AccountDialog() override;

    void editAccount(const Account &account);
    std::optional<Account> savedAccount() const { return m_saved; }

public slots:
    void accept() override;
    // Esc, Cancel or the window's close button: with a typed token, name or address not saved,
    // asks whether to add (save) the account, discard the input or go on editing.
    void reject() override;
    void testConnection();

private:
    ProviderInfo info() const;   // of the service chosen
    void providerChanged();
    void validate();
    Account account() const;
    QStringList formState() const;   // what was typed, for reject()
    void setStatus(const QString &text, bool bad);
    void finishSave(const Account &account, bool created);

    Backend &m_backend;
    std::unique_ptr<Ui::AccountDialog> m_ui;
    std::optional<Account> m_original;
    std::optional<Account> m_saved;
    QString m_addressStatus;           // what validate() last said about the address, if anything
    LinkProvider *m_probe = nullptr;   // the provider "Test connection" is using
    bool m_busy = false;
    QStringList m_openedState;   // formState() as the dialog opened (empty, or the account's)
};

}   // namespace Linkdeck::Gui
