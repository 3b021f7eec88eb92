#pragma once

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

#include "core/base/result.h"
#include "core/links/link.h"

namespace Linkdeck {

class Database;

// What one write to the accounts changed (AccountRepository::changed()).
struct AccountChange
{
    Q_GADGET
public:
    enum Kind {
        Inserted,
        Updated,   // also when it was synchronised (markSynced())
        Removed,   // its links went with it
    };
    Q_ENUM(Kind)

    Kind kind = Updated;
    qint64 id = 0;
};

// The accounts the sidebar lists. Account 1, "This computer", is created with the schema.
// Emits changed() after every write.
class AccountRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountRepository)
public:
    static constexpr qint64 LocalAccountId = 1;

    explicit AccountRepository(Database &database, QObject *parent = nullptr);

    QList<Account> all() const;
    std::optional<Account> find(qint64 id) const;
    // The account's name as people see it, or empty when there is no such account.
    QString displayName(qint64 id) const;
    std::optional<Account> findByName(const QString &name) const;
    Result<Account> add(Account account);
    Result<void> update(const Account &account);
    Result<void> remove(qint64 id);   // its cached links go with it
    Result<void> markSynced(qint64 id);
    // Told the account's id after update() or remove() succeeded (not after markSynced()): the
    // provider registry forgets the provider it made from the old settings.
    void setChangeHandler(std::function<void(qint64 accountId)> handler);

    // Empty if the account can be saved, else a sentence saying why not.
    static QString validate(const Account &account);
    // Empty unless the token would travel unencrypted: an http:// address of a server that
    // is not on this computer (localhost, 127.0.0.0/8, ::1). Then a sentence that says so.
    static QString cleartextWarning(const Account &account);
    // Without trailing slashes; for Shlink without "/rest/v3".
    static QString normalisedApiBase(ProviderKind provider, const QString &apiBase);

signals:
    void changed(const Linkdeck::AccountChange &change);

private:
    Database &m_db;
    std::function<void(qint64)> m_changed;
};

}   // namespace Linkdeck
