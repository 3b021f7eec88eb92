#include "core/links/visitorpreview.h"

#include <QUrlQuery>

#include "core/links/linksplit.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Rules {
namespace {

bool isMobile(const QString &device)
{
    return device == u"android" || device == u"ios";
}

bool isDesktop(const QString &device)
{
    return device == u"windows" || device == u"macos" || device == u"linux" || device == u"chromeos";
}

}   // namespace

bool matches(const Condition &c, const Visitor &v, const QDateTime &now)
{
    const QString value = c.matchValue.trimmed();
    switch (c.type) {
    case ConditionType::Device:
        if (v.device.isEmpty())
            return false;
        if (value == u"mobile")
            return isMobile(v.device);
        if (value == u"desktop")
            return isDesktop(v.device);
        return value.compare(v.device, Qt::CaseInsensitive) == 0;
    case ConditionType::Language: {
        if (v.language.isEmpty() || value.isEmpty())
            return false;
        // "en" matches any English; "en-US" only American English (Shlink's rule).
        const QStringList want = value.toLower().replace(u'_', u'-').split(u'-');
        const QStringList have = v.language.toLower().replace(u'_', u'-').split(u'-');
        if (want.first() != have.first())
            return false;
        return want.size() < 2 || (have.size() >= 2 && want.at(1) == have.at(1));
    }
    case ConditionType::CountryCode:
        return !v.country.isEmpty() && value.compare(v.country, Qt::CaseInsensitive) == 0;
    case ConditionType::Browser:
        return !v.browser.isEmpty() && value.compare(v.browser, Qt::CaseInsensitive) == 0;
    case ConditionType::QueryParam: {
        const QUrlQuery query(v.query);
        return query.hasQueryItem(c.matchKey) && query.queryItemValue(c.matchKey, QUrl::FullyDecoded) == value;
    }
    case ConditionType::AnyValueQueryParam:
        return QUrlQuery(v.query).hasQueryItem(value);
    case ConditionType::ValuelessQueryParam: {
        const QUrlQuery query(v.query);
        for (const auto &[key, item] : query.queryItems()) {
            if (key == value && item.isEmpty() && !v.query.contains(value + u'='))
                return true;
        }
        return false;
    }
    case ConditionType::BeforeDate:
    case ConditionType::AfterDate: {
        // Prepared as the server prepares it (a date alone is midnight UTC, ...).
        const std::string text = value.toStdString();
        const std::optional<RedirectCondition> prepared =
            makeCondition(conditionTypeName(c.type), std::nullopt, std::string_view(text));
        if (!prepared)
            return false;
        const qint64 nowMs = now.toMSecsSinceEpoch();
        return c.type == ConditionType::BeforeDate ? nowMs < prepared->timeMs : nowMs > prepared->timeMs;
    }
    case ConditionType::IpAddress:
    case ConditionType::CityName:
        return false;   // not imagined
    }
    return false;
}

Visit visit(const QList<Rule> &rules, const Link &link, const Visitor &visitor, const QDateTime &now)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const Rule &rule = rules.at(i);
        bool all = !rule.conditions.isEmpty();
        for (const Condition &c : rule.conditions)
            all = all && matches(c, visitor, now);
        if (all)
            return {rule.longUrl, int(i) + 1, false};
    }
    return {link.destination, 0, link.variants.size() >= 2};
}

QString PreviewText::describe(const Visit &visit, const Link &link)
{
    if (visit.rule > 0)
        return tr("Goes to %1 (rule %2).").arg(visit.url).arg(visit.rule);
    if (visit.split) {
        QStringList shares;
        for (qsizetype i = 0; i < link.variants.size(); ++i)
            shares << tr("%1 %2% %3")
                          .arg(LinkSplit::letter(int(i) + 1))
                          .arg(link.variants.at(i).percent)
                          .arg(link.variants.at(i).url);
        return tr("No rule matches: the A/B split sends this visitor to one of %1.").arg(shares.join(u", "_s));
    }
    if (visit.url.isEmpty())
        return tr("No rule matches: goes to the destination.");
    return tr("No rule matches: goes to the destination, %1.").arg(visit.url);
}

}   // namespace Linkdeck::Rules
