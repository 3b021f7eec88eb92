#include "core/providers/localprovider.h"

#include "core/links/linklimits.h"
#include "core/links/linkpassword.h"
#include "core/links/linkpreview.h"
#include "core/links/linksplit.h"
#include "core/links/slug.h"
#include "core/links/urlvalidator.h"
#include "core/providers/localaddress.h"
#include "core/storage/database.h"
#include "core/storage/linkrepository.h"

#include <QHostAddress>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Linkdeck {
namespace {

class LocalTr
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::LocalProvider)
};

template<typename T>
QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

qint64 bucketSeconds(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Hour:
        return 3600;
    case TimeUnit::Day:
        return 86400;
    case TimeUnit::Week:
        return 7 * 86400;
    case TimeUnit::Month:
        return 30 * 86400;
    }
    return 86400;
}

}   // namespace

LocalProvider::LocalProvider(const Account &account, Database &database, LinkRepository &links, QObject *parent)
    : LinkProvider(parent)
    , m_account(account)
    , m_db(database)
    , m_links(links)
{}

LinkProvider::Capabilities LocalProvider::capabilities() const
{
    return Capability::CreateLinks | Capability::ListLinks | Capability::UpdateDestination | Capability::UpdateTitle
        | Capability::UpdateTags | Capability::EditSlug | Capability::DeleteLinks | Capability::CustomSlug
        | Capability::Tags | Capability::Title | Capability::Expiry | Capability::MaxClicks | Capability::ClickStats
        | Capability::Domains | Capability::RedirectRules | Capability::Fallback | Capability::Password
        | Capability::Preview | Capability::Split;
}

QString LocalProvider::shortUrlFor(const QString &domain, const QString &slug)
{
    const QString host = domain.section(u':', 0, 0);
    const bool plain = domain.contains(u':') || host == u"localhost" || !QHostAddress(host).isNull();
    return (plain ? u"http://"_s : u"https://"_s) + domain + u'/' + slug;
}

QString LocalProvider::shortUrlFor(const QString &domain, const QString &slug, const QString &publicAddress)
{
    const QString base = LocalAddress::normalised(publicAddress);
    if (!base.isEmpty() && LocalAddress::domainFor(base, 0) == domain)
        return base + u'/' + slug;
    return shortUrlFor(domain, slug);
}

QFuture<Result<QStringList>> LocalProvider::domains()
{
    QStringList out{m_account.defaultDomain};
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT DISTINCT domain FROM links WHERE account_id = ? ORDER BY domain"_s);
    q.addBindValue(m_account.id);
    if (q.exec()) {
        while (q.next()) {
            if (!out.contains(q.value(0).toString()))
                out << q.value(0).toString();
        }
    }
    return ready(Result<QStringList>(out));
}

QFuture<Result<bool>> LocalProvider::isSlugAvailable(const QString &domain, const QString &slug)
{
    return ready(Result<bool>(!m_links.isSlugTaken(domain.isEmpty() ? m_account.defaultDomain : domain, slug)));
}

Result<Link> LocalProvider::validated(Link link) const
{
    const UrlCheck check = UrlValidator::check(link.destination);
    if (!check.ok)
        return Error::make(Error::Kind::Invalid, check.reason);
    link.destination = check.url;
    link.accountId = m_account.id;
    link.domain = link.domain.trimmed().toLower();
    if (link.domain.isEmpty())
        link.domain = m_account.defaultDomain;
    link.slug = link.slug.trimmed();
    if (!link.slug.isEmpty()) {
        if (const QString problem = Slug::problem(link.slug); !problem.isEmpty())
            return Error::make(Error::Kind::Invalid, problem);
    }
    link.title = link.title.trimmed();
    Result<Link> previewed = LinkPreview::checked(std::move(link));
    if (!previewed)
        return previewed;
    Result<Link> split = LinkSplit::checked(std::move(previewed).value());
    if (!split)
        return split;
    return LinkLimits::checked(std::move(split).value());
}

Result<Link> LocalProvider::createNow(const Link &draft, const QString &password)
{
    auto checked = validated(draft);
    if (!checked)
        return checked;
    QByteArray passwordHash;
    if (!password.isEmpty()) {
        Result<QByteArray> hashed = LinkPassword::hash(password);
        if (!hashed)
            return hashed.error();
        passwordHash = std::move(hashed).value();
    }
    Link link = std::move(checked).value();
    if (link.slug.isEmpty()) {
        link.slug = Slug::generateUnique(
            [&](const QString &candidate) { return m_links.isSlugTaken(link.domain, candidate); }, m_randomSlugLength);
    }
    link.shortUrl = shortUrlFor(link.domain, link.slug, m_account.apiBase);
    link.syncState = SyncState::Synced;
    link.id = 0;
    return m_links.insert(link, passwordHash);
}

Result<Link> LocalProvider::setPasswordNow(qint64 linkId, const QString &password)
{
    const std::optional<Link> link = m_links.find(linkId);
    if (!link || link->accountId != m_account.id)
        return Error::make(Error::Kind::NotFound, LocalTr::tr("This link no longer exists; it may have been deleted."));
    if (password.isEmpty())
        return m_links.setPasswordHash(linkId, {});
    Result<QByteArray> hashed = LinkPassword::hash(password);
    if (!hashed)
        return hashed.error();
    return m_links.setPasswordHash(linkId, *hashed);
}

QFuture<Result<Link>> LocalProvider::setPassword(const Link &link, const QString &password)
{
    return ready(setPasswordNow(link.id, password));
}

QFuture<Result<Link>> LocalProvider::createProtected(const Link &draft, const QString &password)
{
    if (const QString why = LinkPassword::problem(password); !why.isEmpty())
        return ready(Result<Link>(Error::make(Error::Kind::Invalid, why)));
    return ready(createNow(draft, password));
}

Result<Link> LocalProvider::updateNow(const Link &link)
{
    auto checked = validated(link);
    if (!checked)
        return checked;
    Link updated = std::move(checked).value();
    if (updated.slug.isEmpty())
        return Error::make(Error::Kind::Invalid, Slug::problem(updated.slug));
    updated.shortUrl = shortUrlFor(updated.domain, updated.slug, m_account.apiBase);
    return m_links.update(updated);
}

QFuture<Result<Link>> LocalProvider::create(const Link &draft)
{
    return ready(createNow(draft));
}

QFuture<Result<Link>> LocalProvider::update(const Link &link)
{
    return ready(updateNow(link));
}

QFuture<Result<void>> LocalProvider::remove(const Link &link)
{
    return ready(m_links.remove(link.id));
}

QFuture<Result<LinkPage>> LocalProvider::list(const QString &cursor)
{
    constexpr int pageSize = 500;
    const qint64 offset = cursor.toLongLong();
    LinkQuery query;
    query.accountId = m_account.id;
    LinkPage page;
    page.links = m_links.fetch(query, offset, pageSize);
    if (page.links.size() == pageSize)
        page.nextCursor = QString::number(offset + pageSize);
    return ready(Result<LinkPage>(page));
}

QFuture<Result<QList<ClickPoint>>> LocalProvider::clicks(const Link &link, const QDateTime &from, const QDateTime &to,
                                                         TimeUnit unit)
{
    // Buckets in UTC from the hourly rollups the server keeps; the analytics issue moves
    // bucketing into the user's time zone.
    const qint64 width = bucketSeconds(unit);
    QSqlQuery q(m_db.connection());
    // People's clicks, as Link::clicks counts them.
    q.prepare(uR"(SELECT (hour / ?) * ?, sum(clicks - bots) FROM click_hours
                  WHERE link_id = ? AND hour >= ? AND hour < ?
                  GROUP BY 1 ORDER BY 1)"_s);
    q.addBindValue(width);
    q.addBindValue(width);
    q.addBindValue(link.id);
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    if (!q.exec())
        return ready(Result<QList<ClickPoint>>(
            storageError(LocalTr::tr("Could not read the click statistics."), q.lastError())));
    QList<ClickPoint> points;
    while (q.next())
        points << ClickPoint{QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC), q.value(1).toLongLong()};
    return ready(Result<QList<ClickPoint>>(points));
}

QFuture<Result<QList<Rules::Rule>>> LocalProvider::redirectRules(const Link &link)
{
    return ready(redirectRulesNow(link.id));
}

QFuture<Result<QList<Rules::Rule>>> LocalProvider::setRedirectRules(const Link &link, const QList<Rules::Rule> &rules)
{
    return ready(setRedirectRulesNow(link.id, rules));
}

Result<QList<Rules::Rule>> LocalProvider::redirectRulesNow(qint64 linkId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        u"SELECT priority, long_url, conditions FROM short_url_redirect_rules WHERE link_id = ? ORDER BY priority, id"_s);
    q.addBindValue(linkId);
    if (!q.exec())
        return storageError(LocalTr::tr("Could not read the redirect rules."), q.lastError());
    QList<Rules::Rule> rules;
    while (q.next())
        rules << Rules::Rule{q.value(0).toInt(), q.value(1).toString(),
                             Rules::conditionsFromJson(q.value(2).toString())};
    return rules;
}

Result<QList<Rules::Rule>> LocalProvider::setRedirectRulesNow(qint64 linkId, const QList<Rules::Rule> &given)
{
    if (const QString why = Rules::Text::problem(given); !why.isEmpty())
        return Error::make(Error::Kind::Invalid, why);
    const QList<Rules::Rule> rules = Rules::normalized(given);
    QSqlDatabase db = m_db.connection();
    {
        QSqlQuery exists(db);
        exists.prepare(u"SELECT 1 FROM links WHERE id = ? AND account_id = ?"_s);
        exists.addBindValue(linkId);
        exists.addBindValue(m_account.id);
        if (!exists.exec())
            return storageError(LocalTr::tr("Could not save the redirect rules."), exists.lastError());
        if (!exists.next())
            return Error::make(Error::Kind::NotFound,
                               LocalTr::tr("This link no longer exists; it may have been deleted."));
    }
    if (!db.transaction())
        return storageError(LocalTr::tr("Could not save the redirect rules."), db.lastError());
    QSqlQuery q(db);
    bool ok = q.prepare(u"DELETE FROM short_url_redirect_rules WHERE link_id = ?"_s);
    q.addBindValue(linkId);
    ok = ok && q.exec();
    if (ok)
        ok = q.prepare(
            u"INSERT INTO short_url_redirect_rules(link_id, priority, long_url, conditions) VALUES (?, ?, ?, ?)"_s);
    for (const Rules::Rule &rule : rules) {
        if (!ok)
            break;
        q.addBindValue(linkId);
        q.addBindValue(rule.priority);
        q.addBindValue(rule.longUrl);
        q.addBindValue(Rules::conditionsToJson(rule.conditions));
        ok = q.exec();
    }
    if (!ok || !db.commit()) {
        const QSqlError error = q.lastError().isValid() ? q.lastError() : db.lastError();
        q.finish();
        db.rollback();
        return storageError(LocalTr::tr("Could not save the redirect rules."), error);
    }
    return redirectRulesNow(linkId);
}

}   // namespace Linkdeck
