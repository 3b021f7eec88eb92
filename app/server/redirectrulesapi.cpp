#include "server/redirectrulesapi.h"

#include "core/base/result.h"
#include "core/links/urlvalidator.h"
#include "core/storage/database.h"
#include "server/redirectindex.h"
#include "server/redirectrules.h"
#include "server/shlinkapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server {
namespace {

struct StoredRule
{
    int priority = 0;
    QString longUrl;
    QString conditions;   // JSON
};

// A link's stored rules in priority order, or an Error (Storage, the database's text as message).
Result<QList<StoredRule>> readRules(Database &db, std::int64_t linkId)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT priority, long_url, conditions FROM short_url_redirect_rules WHERE link_id = ? "
              "ORDER BY priority, id"_s);
    q.addBindValue(qint64(linkId));
    if (!q.exec())
        return Error::make(Error::Kind::Storage, q.lastError().text());
    QList<StoredRule> rules;
    while (q.next())
        rules.append(StoredRule{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString()});
    return rules;
}

ApiResponse invalid(const QString &detail)
{
    return ShlinkApi::problem(
        400, u"invalid-data"_s, u"Invalid data"_s, u"Provided data is not valid"_s,
        QJsonObject{{u"invalidElements"_s, QJsonArray{u"redirectRules"_s}}, {u"reason"_s, detail}});
}

std::optional<std::string_view> textOrNull(const QJsonValue &v, std::string &storage, bool *ok)
{
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (!v.isString()) {
        *ok = false;
        return std::nullopt;
    }
    storage = v.toString().toStdString();
    return std::string_view(storage);
}

}   // namespace

RedirectRulesApi::RedirectRulesApi(Database &db, RedirectIndex &index)
    : m_db(db)
    , m_index(index)
{}

bool RedirectRulesApi::hasRules(Database &db, std::int64_t linkId)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT EXISTS(SELECT 1 FROM short_url_redirect_rules WHERE link_id = ?)"_s);
    q.addBindValue(qint64(linkId));
    return q.exec() && q.next() && q.value(0).toBool();
}

ApiResponse RedirectRulesApi::list(const Link &link) const
{
    const auto rules = readRules(m_db, link.id);
    if (!rules)
        return ShlinkApi::problem(500, u"internal-error"_s, u"Internal error"_s, rules.error().message);
    QJsonArray out;
    for (const StoredRule &rule : *rules) {
        out.append(QJsonObject{{u"longUrl"_s, rule.longUrl},
                               {u"priority"_s, rule.priority},
                               {u"conditions"_s, QJsonDocument::fromJson(rule.conditions.toUtf8()).array()}});
    }
    return ShlinkApi::json(200, QJsonObject{{u"defaultLongUrl"_s, link.destination}, {u"redirectRules"_s, out}});
}

ApiResponse RedirectRulesApi::set(const Link &link, const QJsonObject &body)
{
    // Shlink: no redirectRules is an empty set, which removes every rule.
    const QJsonValue given = body.value(u"redirectRules"_s);
    if (!given.isUndefined() && !given.isNull() && !given.isArray())
        return invalid(u"redirectRules is not an array"_s);

    auto prepared = std::make_shared<LinkRedirectRules>();
    QList<StoredRule> stored;
    const QJsonArray rules = given.toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString where = u"rule %1: "_s.arg(i + 1);
        if (!rules.at(i).isObject())
            return invalid(where + u"not an object"_s);
        const QJsonObject rule = rules.at(i).toObject();
        const QJsonValue longUrl = rule.value(u"longUrl"_s);
        if (!longUrl.isString())
            return invalid(where + u"longUrl is missing"_s);
        const UrlCheck check = UrlValidator::check(longUrl.toString());
        if (!check.ok)
            return invalid(where + u"longUrl is not a valid URL: "_s + check.reason);
        const QJsonValue conditions = rule.value(u"conditions"_s);
        if (!conditions.isArray() || conditions.toArray().isEmpty())
            return invalid(where + u"a rule needs at least one condition"_s);
        RedirectRule prepRule;
        prepRule.priority = int(i + 1);
        prepRule.longUrl = check.url.toStdString();
        for (const QJsonValue &item : conditions.toArray()) {
            if (!item.isObject())
                return invalid(where + u"a condition is not an object"_s);
            const QJsonObject c = item.toObject();
            bool ok = c.value(u"type"_s).isString();
            std::string type = c.value(u"type"_s).toString().toStdString(), key, value;
            const auto matchKey = textOrNull(c.value(u"matchKey"_s), key, &ok);
            const auto matchValue = textOrNull(c.value(u"matchValue"_s), value, &ok);
            if (!ok)
                return invalid(where + u"type, matchKey and matchValue are strings (or null)"_s);
            std::string why;
            auto condition = makeCondition(type, matchKey, matchValue, &why);
            if (!condition)
                return invalid(where + QString::fromStdString(why));
            prepRule.conditions.push_back(std::move(*condition));
        }
        stored.append(
            StoredRule{prepRule.priority, check.url, QString::fromStdString(conditionsJson(prepRule.conditions))});
        prepared->rules.push_back(std::move(prepRule));
    }

    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return ShlinkApi::problem(500, u"internal-error"_s, u"Internal error"_s, db.lastError().text());
    QSqlQuery q(db);
    bool ok = q.prepare(u"DELETE FROM short_url_redirect_rules WHERE link_id = ?"_s);
    q.addBindValue(link.id);
    ok = ok && q.exec();
    if (ok) {
        ok = q.prepare(
            u"INSERT INTO short_url_redirect_rules(link_id, priority, long_url, conditions) VALUES (?, ?, ?, ?)"_s);
        for (const StoredRule &rule : stored) {
            if (!ok)
                break;
            q.addBindValue(link.id);
            q.addBindValue(rule.priority);
            q.addBindValue(rule.longUrl);
            q.addBindValue(rule.conditions);
            ok = q.exec();
        }
    }
    if (!ok || !db.commit()) {
        const QString error = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        db.rollback();
        return ShlinkApi::problem(500, u"internal-error"_s, u"Internal error"_s, error);
    }
    if (link.accountId == 1)   // the local account's links are the ones served
        m_index.setRules(link.domain.toStdString(), link.slug.toStdString(), link.id, std::move(prepared));
    return list(link);
}

}   // namespace Linkdeck::Server
