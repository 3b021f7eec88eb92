#include "server/redirectrulesapi.h"

#include "core/base/result.h"
#include "core/links/urlvalidator.h"
#include "server/redirectindex.h"
#include "server/redirectrules.h"
#include "server/shlinkapi.h"
#include "server/store/linkstore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Linkdeck::Server {
namespace {

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

RedirectRulesApi::RedirectRulesApi(LinkStore &links, RedirectIndex &index)
    : m_links(links)
    , m_index(index)
{}

ApiResponse RedirectRulesApi::list(const Link &link) const
{
    const auto rules = m_links.redirectRules(link.id);
    if (!rules)
        return ShlinkApi::problem(500, u"internal-error"_s, u"Internal error"_s, rules.error().message);
    QJsonArray out;
    for (const StoredRedirectRule &rule : *rules) {
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
    QList<StoredRedirectRule> stored;
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
        stored.append(StoredRedirectRule{prepRule.priority, check.url,
                                         QString::fromStdString(conditionsJson(prepRule.conditions))});
        prepared->rules.push_back(std::move(prepRule));
    }

    if (const auto written = m_links.setRedirectRules(link.id, stored); !written)
        return ShlinkApi::problem(500, u"internal-error"_s, u"Internal error"_s, written.error().message);
    if (link.accountId == 1)   // the local account's links are the ones served
        m_index.setRules(link.domain.toStdString(), link.slug.toStdString(), link.id, std::move(prepared));
    return list(link);
}

}   // namespace Linkdeck::Server
