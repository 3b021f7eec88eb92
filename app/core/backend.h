#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <memory>

#include "core/accountrepository.h"
#include "core/database.h"
#include "core/linkrepository.h"
#include "core/result.h"

namespace Linkdeck {

class LinkProvider;

// Everything the GUI and the CLI share: the database, the repositories over it, and one
// LinkProvider per account. Open it once at start-up.
//
//   Backend backend;
//   if (auto r = backend.open(Paths::databasePath()); !r) fail(r.error().message);
//   backend.provider(AccountRepository::LocalAccountId)->create(draft);
class Backend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Backend)
public:
    explicit Backend(QObject *parent = nullptr);
    ~Backend() override;

    Result<void> open(const QString &databasePath);

    Database &database() { return m_database; }
    LinkRepository &links() { return *m_links; }
    AccountRepository &accounts() { return m_accounts; }

    // The provider behind an account, created on first use; nullptr for an unknown account
    // or a provider this build does not have yet.
    LinkProvider *provider(qint64 accountId);

    // Length of the random back-halves the local provider makes (a preference).
    void setRandomSlugLength(int length);

private:
    Database m_database;
    std::unique_ptr<LinkRepository> m_links;
    AccountRepository m_accounts;
    QHash<qint64, LinkProvider *> m_providers;
    int m_randomSlugLength = 0;
};

} // namespace Linkdeck
