#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

#include "core/link.h"
#include "core/linkquery.h"
#include "core/result.h"

class QSqlQuery;

namespace Linkdeck {

class Database;

struct NameCount
{
    QString name;
    qint64 count = 0;
};

// Links, their tags and the saved-filter lists, stored in the Database. Emits changed()
// after every write so that models and the sidebar refresh.
//
//   LinkRepository links(db);
//   auto stored = links.insert(link);       // Error::Kind::SlugTaken if the back-half is used
//   int n = links.count(LinkQuery{u"spring"_s});
class LinkRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkRepository)
public:
    explicit LinkRepository(Database &database, QObject *parent = nullptr);

    Result<Link> insert(Link link);
    Result<Link> update(Link link);
    Result<void> remove(qint64 id);
    // Inserts many links in one transaction (sync, import, benchmarks). Emits changed() once.
    Result<int> insertMany(const QList<Link> &links);

    std::optional<Link> find(qint64 id) const;
    // Back-halves are unique per account and domain; account 1 is "This computer".
    std::optional<Link> findBySlug(const QString &domain, const QString &slug, qint64 accountId = 1) const;
    bool isSlugTaken(const QString &domain, const QString &slug, qint64 exceptId = 0, qint64 accountId = 1) const;
    std::optional<Link> findByRemoteId(qint64 accountId, const QString &remoteId) const;

    // Stores links as a provider returned them: a row with the same remote id is updated
    // (its local id kept), a new one inserted. Rows of the account that wait in the offline
    // queue are left alone. One transaction; emits changed() once.
    Result<int> upsertRemote(qint64 accountId, const QList<Link> &links);
    // After a complete sync: drops the account's synced rows whose remote id was not seen.
    Result<int> removeRemoteExcept(qint64 accountId, const QSet<QString> &seenRemoteIds);

    qint64 count(const LinkQuery &query) const;
    qint64 totalCount() const;
    QList<Link> fetch(const LinkQuery &query, qint64 offset, int limit) const;

    QList<NameCount> tags() const;
    QList<NameCount> campaigns() const;

    // Tag maintenance: NotFound if the old tag does not exist, SlugTaken if the new name does.
    Result<void> renameTag(const QString &oldName, const QString &newName);
    Result<int> deleteTags(const QStringList &names);   // how many existed

signals:
    void changed();

private:
    Result<void> writeTags(qint64 linkId, const QStringList &tags);
    Result<qint64> insertRow(QSqlQuery &q, const Link &link);
    bool refreshTagText(const QString &linkIdsOrSelect);   // rewrites links.tags from link_tags
    static Link fromRow(const QSqlQuery &q);
    static QStringList normalisedTags(const QStringList &tags);

    Database &m_db;
    qint64 m_lastInsertId = 0;
};

} // namespace Linkdeck
