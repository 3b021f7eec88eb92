#pragma once

#include <QJsonObject>

#include <cstdint>

#include "core/links/link.h"
#include "server/apiworker.h"

namespace Linkdeck {
class Database;
}

namespace Linkdeck::Server {

class RedirectIndex;

// Shlink's GET and POST /rest/v3/short-urls/{shortCode}/redirect-rules for one link that the
// ShlinkApi found: the link's rules as {defaultLongUrl, redirectRules: [{longUrl, priority,
// conditions: [{type, matchKey, matchValue}]}]}, and a new set that replaces them all (priorities
// in the order given, from 1). Every condition is checked as Shlink does (server/redirectrules.h);
// one that is not valid refuses the whole set with Shlink's invalid-data problem. A stored set is
// published to the redirect index at once (and logged in link_changes by the database).
class RedirectRulesApi
{
public:
    RedirectRulesApi(Database &db, RedirectIndex &index);

    ApiResponse list(const Link &link) const;
    ApiResponse set(const Link &link, const QJsonObject &body);

    // Whether the link has any rule (ShortUrl's hasRedirectRules).
    static bool hasRules(Database &db, std::int64_t linkId);

private:
    Database &m_db;
    RedirectIndex &m_index;
};

}   // namespace Linkdeck::Server
