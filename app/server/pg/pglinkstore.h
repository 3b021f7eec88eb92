#pragma once

#include "server/store/linkstore.h"

#include <QCoreApplication>

namespace Linkdeck::Server::Pg {

class PgConnection;

// LinkStore on PostgreSQL (issue 14): the links, tags, link_tags and short_url_redirect_rules
// tables of PgSchema, through a connection the caller owns and uses from one thread.
// Parameterised statements only. Names SQLite compares with COLLATE NOCASE (tags, domains in
// filters, back-halves in SHORT_URL_MODE=loose) are compared by lower(); orders SQLite takes by
// NOCASE or by bytes are lower(...) COLLATE "C" and COLLATE "C". The schema's triggers log every
// change of a link or its rules in link_changes, so the other instances' redirect indexes hear
// of it (PgLinkFeed).
class PgLinkStore final : public LinkStore
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Server::Pg::PgLinkStore)
public:
    explicit PgLinkStore(PgConnection &conn)
        : m_conn(conn)
    {}

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
    std::optional<Link> first(const QString &where, const QVariantList &values);
    Result<void> writeTags(qint64 linkId, const QStringList &tags);
    Result<void> refreshTagText(const QList<qint64> &linkIds);

    PgConnection &m_conn;
};

}   // namespace Linkdeck::Server::Pg
