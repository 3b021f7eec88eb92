#include "server/store/sqlitedomainstore.h"

#include "core/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server {
namespace {

QVariant orNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

}   // namespace

QList<DomainInfo> SqliteDomainStore::list()
{
    QList<DomainInfo> out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT name, base_url_redirect, regular_404_redirect, invalid_short_url_redirect FROM domains"_s))
        return out;
    while (q.next())
        out << DomainInfo{q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}};
    return out;
}

QStringList SqliteDomainStore::linkDomains()
{
    QStringList out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT DISTINCT domain FROM links WHERE account_id = 1 ORDER BY domain"_s))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool SqliteDomainStore::exists(const QString &domain)
{
    // Two plain placeholders: Qt's SQLite driver left the second use of a numbered one (?1)
    // unbound, so a domain with redirects but no short URL read as unknown.
    QSqlQuery q(m_db.connection());
    q.prepare(uR"(SELECT 1 WHERE EXISTS (SELECT 1 FROM links WHERE account_id = 1 AND domain = ? COLLATE NOCASE)
                  OR EXISTS (SELECT 1 FROM domains WHERE name = ?))"_s);
    q.addBindValue(domain);
    q.addBindValue(domain);
    return q.exec() && q.next();
}

std::optional<DomainRedirects> SqliteDomainStore::redirects(const QString &domain)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        u"SELECT base_url_redirect, regular_404_redirect, invalid_short_url_redirect FROM domains WHERE name = ?"_s);
    q.addBindValue(domain);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return DomainRedirects{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

Result<void> SqliteDomainStore::setRedirects(const QString &domain, const DomainRedirects &redirects)
{
    QSqlQuery q(m_db.connection());
    q.prepare(uR"(INSERT INTO domains(name, base_url_redirect, regular_404_redirect, invalid_short_url_redirect)
                  VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET base_url_redirect = excluded.base_url_redirect,
                  regular_404_redirect = excluded.regular_404_redirect,
                  invalid_short_url_redirect = excluded.invalid_short_url_redirect)"_s);
    q.addBindValue(domain);
    q.addBindValue(orNull(redirects.baseUrlRedirect));
    q.addBindValue(orNull(redirects.regular404Redirect));
    q.addBindValue(orNull(redirects.invalidShortUrlRedirect));
    if (!q.exec())
        return Error::make(Error::Kind::Storage, q.lastError().text());
    return {};
}

}   // namespace Linkdeck::Server
