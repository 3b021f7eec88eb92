#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

#include "core/links/redirectrules.h"

namespace Linkdeck::Rules {

// A redirect rule written on one line, as linkdeck-cli takes it (issue 15):
//   "device=ios -> https://apps.apple.com/app/id1"
//   "device=android, country=DE -> https://play.google.com/store/apps/details?id=x"
//   "language=de -> https://shop.example/de"      "param:utm_source=flyer -> https://…"
// Conditions, comma-separated, all of which must match: device, language, country, city,
// browser, ip, before, after (a date or date-time), param:NAME=VALUE, param:NAME (any value),
// or Shlink's own type names (geolocation-country-code=DE, ...). Checked as the server checks
// (Text::problem); nullopt with a sentence in *why when it cannot be used.
class RuleText
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Rules::RuleText)
public:
    static std::optional<Rule> parse(const QString &text, int priority, QString *why);
    // The inverse, for links show: "device=ios, country=DE -> https://…".
    static QString format(const Rule &rule);
    // What the link dialog and linkdeck-cli say for a service that keeps no rules.
    static QString unsupported(const QString &serviceName);
};

}   // namespace Linkdeck::Rules
