#include "server/pg/pgdomainstore.h"

#include "server/pg/pgconnection.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Server::Pg {
namespace {

QVariant orNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

}   // namespace

QList<DomainInfo> PgDomainStore::list()
{
    QList<DomainInfo> out;
    const auto r =
        m_conn.exec(u"SELECT name, base_url_redirect, regular_404_redirect, invalid_short_url_redirect FROM domains"_s);
    if (!r)
        return out;
    for (int row = 0; row < r->rows(); ++row)
        out << DomainInfo{r->text(row, 0), {r->text(row, 1), r->text(row, 2), r->text(row, 3)}};
    return out;
}

QStringList PgDomainStore::linkDomains()
{
    QStringList out;
    // COLLATE "C": by their bytes, as SQLite orders them (not by the database's locale).
    const auto r = m_conn.exec(u"SELECT DISTINCT domain COLLATE \"C\" FROM links WHERE account_id = 1 ORDER BY 1"_s);
    if (!r)
        return out;
    for (int row = 0; row < r->rows(); ++row)
        out << r->text(row, 0);
    return out;
}

bool PgDomainStore::exists(const QString &domain)
{
    const auto r =
        m_conn.exec(uR"(SELECT 1 WHERE EXISTS (SELECT 1 FROM links WHERE account_id = 1 AND lower(domain) = lower($1))
                        OR EXISTS (SELECT 1 FROM domains WHERE lower(name) = lower($1)))"_s,
                    {domain});
    return r && r->rows() > 0;
}

std::optional<DomainRedirects> PgDomainStore::redirects(const QString &domain)
{
    const auto r = m_conn.exec(uR"(SELECT base_url_redirect, regular_404_redirect, invalid_short_url_redirect
                                   FROM domains WHERE lower(name) = lower($1))"_s,
                               {domain});
    if (!r || r->rows() == 0)
        return std::nullopt;
    return DomainRedirects{r->text(0, 0), r->text(0, 1), r->text(0, 2)};
}

Result<void> PgDomainStore::setRedirects(const QString &domain, const DomainRedirects &redirects)
{
    // The conflict is on lower(name) (the unique index), so a row keeps its name as SQLite's does.
    const auto r =
        m_conn.exec(uR"(INSERT INTO domains(name, base_url_redirect, regular_404_redirect, invalid_short_url_redirect)
            VALUES ($1, $2, $3, $4) ON CONFLICT ((lower(name))) DO UPDATE SET
            base_url_redirect = excluded.base_url_redirect, regular_404_redirect = excluded.regular_404_redirect,
            invalid_short_url_redirect = excluded.invalid_short_url_redirect)"_s,
                    {domain, orNull(redirects.baseUrlRedirect), orNull(redirects.regular404Redirect),
                     orNull(redirects.invalidShortUrlRedirect)});
    if (!r)
        return r.error();
    return {};
}

}   // namespace Linkdeck::Server::Pg
