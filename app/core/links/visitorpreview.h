#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "core/links/link.h"
#include "core/links/redirectrules.h"

namespace Linkdeck::Rules {

// Where an imagined visitor would go (issue 15): the New/Edit Link dialog's live preview of
// its targeting rules ("an iPhone, German, in Germany goes to ..."), decided as linkdeck-server
// and Shlink decide it: the first rule whose conditions all match, else the link's A/B split,
// else its destination. Each condition is prepared with makeCondition() and decided by the
// server's own matcher (core/links/rulematch.h), so one the server refuses matches no one.
// What a visitor cannot be imagined by (an address, a city) never matches here.
//
//   Rules::Visitor v{u"ios"_s, u"de-DE"_s, u"DE"_s};
//   const Rules::Visit where = Rules::visit(rules, link, v, Clock::nowUtc());
struct Visitor
{
    QString device;     // "ios", "android", "windows", "macos", "linux", "chromeos"; empty: unknown
    QString language;   // what the browser asks for first, "de-DE" or "de"; empty: nothing
    QString country;    // ISO 3166-1 alpha-2, "DE"; empty: unknown
    QString browser;    // "chrome", "firefox", "safari", ... (browserName()); empty: unknown
    QString query;      // the short URL's query, "utm_source=flyer"; empty: none
};

struct Visit
{
    QString url;
    int rule = 0;         // the rule that decided (1 for the first); 0: none did
    bool split = false;   // no rule: the link's A/B split shares such visitors
};

bool matches(const Condition &condition, const Visitor &visitor, const QDateTime &now);
Visit visit(const QList<Rule> &rules, const Link &link, const Visitor &visitor, const QDateTime &now);

class PreviewText
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Rules::PreviewText)
public:
    // "Goes to https://… (rule 2)." / "Goes to the destination, https://… (no rule matches)." /
    // "Goes to A or B as the split shares visitors (no rule matches): A 70% https://…, B …".
    static QString describe(const Visit &visit, const Link &link);
};

}   // namespace Linkdeck::Rules
