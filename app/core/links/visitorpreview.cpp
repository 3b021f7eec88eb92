#include "core/links/visitorpreview.h"

#include <optional>
#include <string>

#include "core/base/percent.h"
#include "core/links/linksplit.h"
#include "core/links/rulematch.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Rules {
namespace {

Platform platformNamed(const QString &device)
{
    static constexpr std::pair<const char *, Platform> platforms[] = {
        {"android", Platform::Android}, {"ios", Platform::Ios},     {"windows", Platform::Windows},
        {"macos", Platform::MacOs},     {"linux", Platform::Linux}, {"chromeos", Platform::ChromeOs},
    };
    for (const auto &[name, platform] : platforms) {
        if (device.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return platform;
    }
    return Platform::Unknown;
}

Browser browserNamed(const QString &name)
{
    for (const Browser b : {Browser::Chrome, Browser::Firefox, Browser::Safari, Browser::Edge, Browser::Opera,
                            Browser::SamsungInternet, Browser::InternetExplorer}) {
        if (name.compare(QLatin1String(browserName(b)), Qt::CaseInsensitive) == 0)
            return b;
    }
    return Browser::Unknown;
}

// The imagined visitor as the server's rule matcher (core/links/rulematch.h) asks about a
// request: the device as the User-Agent's platform, the language as Accept-Language, the
// country as GeoIP's. No address and no city: those conditions never match here.
class PreviewVisit
{
public:
    PreviewVisit(const Visitor &v, const QDateTime &now)
        : m_platform(platformNamed(v.device.trimmed()))
        , m_browser(browserNamed(v.browser.trimmed()))
        , m_language(v.language.toStdString())
        , m_query(v.query.startsWith(u'?') ? v.query.mid(1).toStdString() : v.query.toStdString())
        , m_country(v.country.trimmed().toUpper().toStdString())
        , m_nowMs(now.toMSecsSinceEpoch())
    {}
    Platform platform() const { return m_platform; }
    Browser browser() const { return m_browser; }
    std::string_view acceptLanguage() const { return m_language; }
    std::string_view query() const { return m_query; }
    std::string_view countryCode() const { return m_country; }
    std::string_view cityName() const { return {}; }
    const std::uint8_t *address(bool *) const { return nullptr; }
    std::int64_t nowMs() const { return m_nowMs; }

private:
    Platform m_platform;
    Browser m_browser;
    std::string m_language, m_query, m_country;
    std::int64_t m_nowMs;
};

// The condition prepared as the server prepares what it stores; nullopt for one it refuses
// (Text::problem() names what is wrong), which matches no one.
std::optional<RedirectCondition> prepared(const Condition &c)
{
    const std::string key = c.matchKey.toStdString(), value = c.matchValue.toStdString();
    const auto matchKey = c.type == ConditionType::QueryParam ? std::optional<std::string_view>(key) : std::nullopt;
    return makeCondition(conditionTypeName(c.type), matchKey, std::string_view(value));
}

bool matchesVisit(const Condition &c, PreviewVisit &visit)
{
    const std::optional<RedirectCondition> condition = prepared(c);
    return condition && conditionMatches(*condition, visit);
}

}   // namespace

bool matches(const Condition &c, const Visitor &v, const QDateTime &now)
{
    PreviewVisit visit(v, now);
    return matchesVisit(c, visit);
}

Visit visit(const QList<Rule> &rules, const Link &link, const Visitor &visitor, const QDateTime &now)
{
    PreviewVisit v(visitor, now);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const Rule &rule = rules.at(i);
        bool all = !rule.conditions.isEmpty();
        for (const Condition &c : rule.conditions)
            all = all && matchesVisit(c, v);
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
            shares << tr("%1 %2 %3")
                          .arg(LinkSplit::letter(int(i) + 1), Percent::text(link.variants.at(i).percent),
                               link.variants.at(i).url);
        return tr("No rule matches: the A/B split sends this visitor to one of %1.").arg(shares.join(u", "_s));
    }
    if (visit.url.isEmpty())
        return tr("No rule matches: goes to the destination.");
    return tr("No rule matches: goes to the destination, %1.").arg(visit.url);
}

}   // namespace Linkdeck::Rules
