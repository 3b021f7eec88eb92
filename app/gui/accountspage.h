#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Linkdeck {
class Backend;
}

namespace Linkdeck::Gui {

// Preferences > Accounts: the link services Linkdeck manages. Add, edit, remove and test
// an account; changes apply at once (tokens go to the keychain).
class AccountsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsPage)
public:
    explicit AccountsPage(Backend &backend, QWidget *parent = nullptr);

public slots:
    void addAccount();
    void editAccount();
    void removeAccount();
    void testAccount();
    void reload();

signals:
    void accountsChanged();

private:
    qint64 currentAccountId() const;
    void updateButtons();

    Backend &m_backend;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
};

}   // namespace Linkdeck::Gui
