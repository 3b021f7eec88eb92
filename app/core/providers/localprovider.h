#pragma once

#include <QCoreApplication>

#include "core/links/link.h"
#include "core/links/slug.h"
#include "core/providers/linkprovider.h"

namespace Linkdeck {

class Database;
class LinkRepository;

// Links kept on this computer, in the local database, and served by linkdeck-server.
// Every operation completes at once; the futures it returns are already finished.
class LocalProvider final : public LinkProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalProvider)
public:
    LocalProvider(const Account &account, Database &database, LinkRepository &links, QObject *parent = nullptr);

    ProviderKind kind() const override { return ProviderKind::Local; }
    Capabilities capabilities() const override;

    QFuture<Result<QStringList>> domains() override;
    QFuture<Result<bool>> isSlugAvailable(const QString &domain, const QString &slug) override;
    QFuture<Result<Link>> create(const Link &draft) override;
    QFuture<Result<Link>> update(const Link &link) override;
    QFuture<Result<void>> remove(const Link &link) override;
    QFuture<Result<LinkPage>> list(const QString &cursor) override;
    QFuture<Result<QList<ClickPoint>>> clicks(const Link &link, const QDateTime &from, const QDateTime &to,
                                              TimeUnit unit) override;
    // In the shared database (short_url_redirect_rules), which the redirect server follows
    // through link_changes; checked as the server's API checks them.
    QFuture<Result<QList<Rules::Rule>>> redirectRules(const Link &link) override;
    QFuture<Result<QList<Rules::Rule>>> setRedirectRules(const Link &link, const QList<Rules::Rule> &rules) override;
    Result<QList<Rules::Rule>> redirectRulesNow(qint64 linkId);
    Result<QList<Rules::Rule>> setRedirectRulesNow(qint64 linkId, const QList<Rules::Rule> &rules);

    // Hashed here (LinkPassword), stored in links.password_hash, which the server follows.
    QFuture<Result<Link>> setPassword(const Link &link, const QString &password) override;
    QFuture<Result<Link>> createProtected(const Link &draft, const QString &password) override;

    // The synchronous core of create/update, shared with the CLI and tests. createNow() with a
    // password stores the link protected by it in one transaction; setPasswordNow() with an
    // empty password removes the protection.
    Result<Link> createNow(const Link &draft, const QString &password = {});
    Result<Link> updateNow(const Link &link);
    Result<Link> setPasswordNow(qint64 linkId, const QString &password);

    // http for localhost, IP addresses and explicit ports (the bundled server speaks plain
    // HTTP), https for real domains.
    void setRandomSlugLength(int length) { m_randomSlugLength = length; }

    static QString shortUrlFor(const QString &domain, const QString &slug);
    // On the domain of the public address (LocalAddress), with its scheme; else as above.
    static QString shortUrlFor(const QString &domain, const QString &slug, const QString &publicAddress);

private:
    Result<Link> validated(Link link) const;

    Account m_account;
    Database &m_db;
    LinkRepository &m_links;
    int m_randomSlugLength = Slug::DefaultRandomLength;
};

}   // namespace Linkdeck
