#pragma once

#include <QCoreApplication>
#include <QList>

#include <optional>

#include "core/link.h"
#include "core/result.h"

namespace Linkdeck {

class Database;

// The accounts the sidebar lists. Account 1, "This computer", is created with the schema.
class AccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::AccountRepository)
public:
    static constexpr qint64 LocalAccountId = 1;

    explicit AccountRepository(Database &database) : m_db(database) {}

    QList<Account> all() const;
    std::optional<Account> find(qint64 id) const;
    std::optional<Account> findByName(const QString &name) const;
    Result<Account> add(Account account);
    Result<void> update(const Account &account);
    Result<void> remove(qint64 id);   // its cached links go with it
    Result<void> markSynced(qint64 id);

    // Empty if the account can be saved, else a sentence saying why not.
    static QString validate(const Account &account);
    // Empty unless the token would travel unencrypted: an http:// address of a server that
    // is not on this computer (localhost, 127.0.0.0/8, ::1). Then a sentence that says so.
    static QString cleartextWarning(const Account &account);
    // Without trailing slashes; for Shlink without "/rest/v3".
    static QString normalisedApiBase(ProviderKind provider, const QString &apiBase);

private:
    Database &m_db;
};

} // namespace Linkdeck
