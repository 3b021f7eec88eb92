#include "core/storage/accountrepository.h"

#include "core/base/clock.h"
#include "core/storage/database.h"

#include <QDateTime>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Linkdeck {
namespace {

const QString selectColumns =
    u"SELECT id, provider, name, default_domain, api_base, workspace, last_sync_at, secret_key FROM accounts"_s;

Account fromRow(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.provider = providerKindFromId(q.value(1).toString()).value_or(ProviderKind::Local);
    a.name = q.value(2).toString();
    a.defaultDomain = q.value(3).toString();
    a.apiBase = q.value(4).toString();
    a.workspace = q.value(5).toString();
    if (!q.value(6).isNull())
        a.lastSyncAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), QTimeZone::utc());
    a.secretKey = q.value(7).toString();
    return a;
}

}   // namespace

AccountRepository::AccountRepository(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{}

QString AccountRepository::validate(const Account &account)
{
    if (account.provider == ProviderKind::Shlink && account.apiBase.trimmed().isEmpty())
        return tr("Enter the address of the Shlink server, such as https://s.example.com.");
    if (!account.apiBase.trimmed().isEmpty()) {
        const QUrl url(account.apiBase.trimmed());
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            return tr("The API address must start with https:// (or http:// for a server on your own network).");
    }
    return {};
}

QString AccountRepository::cleartextWarning(const Account &account)
{
    const QUrl url(account.apiBase.trimmed());
    if (account.apiBase.trimmed().isEmpty() || !url.isValid() || url.scheme() != u"http")
        return {};
    const QString host = url.host().toLower();
    QHostAddress address;
    const bool loopback =
        host == u"localhost" || host.endsWith(u".localhost") || (address.setAddress(host) && address.isLoopback());
    if (loopback || host.isEmpty())
        return {};
    return tr("%1 is reached over http://, so the API token travels unencrypted and anyone on the network "
              "between can read it. Use https:// unless the server is on this computer.")
        .arg(host);
}

QString AccountRepository::normalisedApiBase(ProviderKind provider, const QString &apiBase)
{
    QString base = apiBase.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    // Shlink paths are /rest/v3/...: the account keeps the server's address only.
    if (provider == ProviderKind::Shlink) {
        static const QRegularExpression restSuffix(u"/rest(/v\\d+)?$"_s);
        base.remove(restSuffix);
    }
    return base;
}

QList<Account> AccountRepository::all() const
{
    QList<Account> out;
    QSqlQuery q(m_db.connection());
    if (q.exec(selectColumns + u" ORDER BY id"_s)) {
        while (q.next())
            out << fromRow(q);
    }
    return out;
}

std::optional<Account> AccountRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectColumns + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

QString AccountRepository::displayName(qint64 id) const
{
    const std::optional<Account> account = find(id);
    return account ? account->displayName() : QString();
}

std::optional<Account> AccountRepository::findByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectColumns + u" WHERE name = ?"_s);
    q.addBindValue(name);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

Result<Account> AccountRepository::add(Account account)
{
    if (account.name.trimmed().isEmpty())
        return Error::make(Error::Kind::Invalid, tr("Give the account a name."));
    if (findByName(account.name.trimmed()))
        return Error::make(Error::Kind::Invalid, tr("There is already an account named “%1”.").arg(account.name));
    if (auto problem = validate(account); !problem.isEmpty())
        return Error::make(Error::Kind::Invalid, problem);
    account.apiBase = normalisedApiBase(account.provider, account.apiBase);
    QSqlQuery q(m_db.connection());
    account.secretKey = u"linkdeck-account-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    q.prepare(uR"(INSERT INTO accounts(provider, name, default_domain, api_base, workspace, created_at, secret_key)
        VALUES (?, ?, ?, ?, ?, ?, ?))"_s);
    q.addBindValue(providerKindId(account.provider));
    q.addBindValue(account.name.trimmed());
    q.addBindValue(sqlText(account.defaultDomain));
    q.addBindValue(sqlText(account.apiBase));
    q.addBindValue(sqlText(account.workspace));
    q.addBindValue(Clock::nowMSecsSinceEpoch());
    q.addBindValue(account.secretKey);
    if (!q.exec())
        return storageError(tr("Could not save the account."), q.lastError());
    account.id = q.lastInsertId().toLongLong();
    emit changed({AccountChange::Inserted, account.id});
    return account;
}

Result<void> AccountRepository::update(const Account &edited)
{
    if (edited.name.trimmed().isEmpty())
        return Error::make(Error::Kind::Invalid, tr("Give the account a name."));
    if (auto other = findByName(edited.name.trimmed()); other && other->id != edited.id)
        return Error::make(Error::Kind::Invalid, tr("There is already an account named “%1”.").arg(edited.name));
    if (auto problem = validate(edited); !problem.isEmpty())
        return Error::make(Error::Kind::Invalid, problem);
    Account account = edited;
    account.apiBase = normalisedApiBase(account.provider, account.apiBase);
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE accounts SET name = ?, default_domain = ?, api_base = ?, workspace = ? WHERE id = ?"_s);
    q.addBindValue(account.name.trimmed());
    q.addBindValue(sqlText(account.defaultDomain));
    q.addBindValue(sqlText(account.apiBase));
    q.addBindValue(sqlText(account.workspace));
    q.addBindValue(account.id);
    if (!q.exec())
        return storageError(tr("Could not save the account."), q.lastError());
    if (m_changed)
        m_changed(account.id);
    emit changed({AccountChange::Updated, account.id});
    return {};
}

Result<void> AccountRepository::markSynced(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE accounts SET last_sync_at = ? WHERE id = ?"_s);
    q.addBindValue(Clock::nowMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec())
        return storageError(tr("Could not save the account."), q.lastError());
    emit changed({AccountChange::Updated, id});
    return {};
}

Result<void> AccountRepository::remove(qint64 id)
{
    if (id == LocalAccountId)
        return Error::make(Error::Kind::Invalid, tr("“This computer” cannot be removed."));
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM accounts WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return storageError(tr("Could not remove the account."), q.lastError());
    if (m_changed)
        m_changed(id);
    if (q.numRowsAffected() > 0)
        emit changed({AccountChange::Removed, id});
    return {};
}

void AccountRepository::setChangeHandler(std::function<void(qint64 accountId)> handler)
{
    m_changed = std::move(handler);
}

}   // namespace Linkdeck
