#include "core/links/ruletext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Linkdeck::Rules {
namespace {

struct Short
{
    const char16_t *name;
    ConditionType type;
};
constexpr Short ShortNames[] = {
    {u"device", ConditionType::Device},       {u"language", ConditionType::Language},
    {u"country", ConditionType::CountryCode}, {u"city", ConditionType::CityName},
    {u"browser", ConditionType::Browser},     {u"ip", ConditionType::IpAddress},
    {u"before", ConditionType::BeforeDate},   {u"after", ConditionType::AfterDate},
};

}   // namespace

std::optional<Rule> RuleText::parse(const QString &text, int priority, QString *why)
{
    const qsizetype arrow = text.lastIndexOf(u"->"_s);
    if (arrow <= 0) {
        *why = tr("A rule is written as CONDITIONS -> ADDRESS, as in “device=ios -> https://apps.apple.com/app/id1”; "
                  "“%1” has no “->”.")
                   .arg(text);
        return std::nullopt;
    }
    Rule rule;
    rule.priority = priority;
    rule.longUrl = text.mid(arrow + 2).trimmed();
    for (const QString &part : text.left(arrow).split(u',', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        const qsizetype equals = item.indexOf(u'=');
        const QString name = (equals < 0 ? item : item.left(equals)).trimmed().toLower();
        const QString value = equals < 0 ? QString() : item.mid(equals + 1).trimmed();
        Condition c;
        if (name.startsWith(u"param:")) {
            const QString key = item.mid(6, equals < 0 ? -1 : equals - 6).trimmed();
            c = equals < 0 ? Condition{ConditionType::AnyValueQueryParam, {}, key}
                           : Condition{ConditionType::QueryParam, key, value};
        } else {
            std::optional<ConditionType> type;
            for (const Short &s : ShortNames) {
                if (name == QStringView(s.name))
                    type = s.type;
            }
            if (!type)
                type = conditionTypeFrom(name.toStdString());
            if (!type || equals < 0) {
                *why = tr("Unknown condition “%1”: use device, language, country, city, browser, ip, before, after "
                          "(each as NAME=VALUE) or param:NAME=VALUE.")
                           .arg(item);
                return std::nullopt;
            }
            // Country codes are upper case; "de" means "DE".
            c = Condition{*type, {}, *type == ConditionType::CountryCode ? value.toUpper() : value};
        }
        rule.conditions.append(c);
    }
    if (const QString problem = Text::problem(rule); !problem.isEmpty()) {
        *why = problem;
        return std::nullopt;
    }
    return normalized({rule}).constFirst();
}

QString RuleText::format(const Rule &rule)
{
    QStringList parts;
    for (const Condition &c : rule.conditions) {
        QString name = QString::fromLatin1(conditionTypeName(c.type));
        for (const Short &s : ShortNames) {
            if (s.type == c.type)
                name = QString::fromUtf16(s.name);
        }
        if (c.type == ConditionType::QueryParam)
            parts << u"param:%1=%2"_s.arg(c.matchKey, c.matchValue);
        else if (c.type == ConditionType::AnyValueQueryParam)
            parts << u"param:%1"_s.arg(c.matchValue);
        else
            parts << name + u'=' + c.matchValue;
    }
    return parts.join(u", "_s) + u" -> "_s + rule.longUrl;
}

QString RuleText::unsupported(const QString &serviceName)
{
    return tr("%1 cannot send visitors elsewhere by device, language or country; links on this computer and on "
              "Shlink can.")
        .arg(serviceName);
}

}   // namespace Linkdeck::Rules
