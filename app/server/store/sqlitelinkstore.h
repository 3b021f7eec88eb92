#pragma once

#include "server/store/linkstore.h"

#include <memory>

namespace Linkdeck {
class Database;
class LinkRepository;
}   // namespace Linkdeck

namespace Linkdeck::Server {

// LinkStore on linkdeck-server's SQLite file, through the calling thread's connection: core's
// LinkRepository for the links and tags (as the desktop app stores them), the rest here.
class SqliteLinkStore final : public LinkStore
{
public:
    explicit SqliteLinkStore(Database &db);
    ~SqliteLinkStore() override;

    Result<void> ping() override;
    std::optional<QString> accountDefaultDomain() override;
    std::optional<Link> find(qint64 id) override;
    std::optional<Link> findBySlug(const QString &domain, const QString &slug, Qt::CaseSensitivity cs) override;
    bool slugTaken(const QString &domain, const QString &slug, Qt::CaseSensitivity cs) override;
    bool inScope(qint64 linkId, const ApiKeyScope &scope) override;
    std::optional<Link> findExisting(const QString &destination, const QString &domain, const QString &slug,
                                     const ApiKeyScope &scope) override;
    qint64 count(const LinkQuery &query) override;
    QList<Link> list(const LinkQuery &query, qint64 offset, int limit) override;
    Result<Link> insert(const Link &link, std::optional<qint64> authorKeyId,
                        Qt::CaseSensitivity slugRule = Qt::CaseSensitive) override;
    Result<Link> update(const Link &link) override;
    Result<void> remove(qint64 id) override;
    LinkVisitCounts visitCounts(qint64 linkId) override;
    QHash<qint64, LinkVisitCounts> visitCounts(const QList<qint64> &linkIds) override;
    QString passwordHash(qint64 linkId) override;
    QStringList crawlableSlugs(const QString &domain, const QString &orDomain) override;
    bool tagExists(const QString &name) override;
    TagPage tags(const TagQuery &query) override;
    Result<void> renameTag(const QString &oldName, const QString &newName) override;
    Result<int> deleteTags(const QStringList &names) override;
    bool hasRedirectRules(qint64 linkId) override;
    QSet<qint64> withRedirectRules(const QList<qint64> &linkIds) override;
    Result<QList<StoredRedirectRule>> redirectRules(qint64 linkId) override;
    Result<void> setRedirectRules(qint64 linkId, const QList<StoredRedirectRule> &rules) override;

private:
    Database &m_db;
    std::unique_ptr<LinkRepository> m_links;
};

}   // namespace Linkdeck::Server
