#pragma once

#include <QJsonObject>

#include "core/links/link.h"
#include "server/apiworker.h"

namespace Linkdeck::Server {

class LinkStore;
class RedirectIndex;

// Shlink's GET and POST /rest/v3/short-urls/{shortCode}/redirect-rules for one link that the
// ShlinkApi found: the link's rules as {defaultLongUrl, redirectRules: [{longUrl, priority,
// conditions: [{type, matchKey, matchValue}]}]}, and a new set that replaces them all (priorities
// in the order given, from 1). Every condition is checked as Shlink does (server/redirectrules.h);
// one that is not valid refuses the whole set with Shlink's invalid-data problem. A stored set is
// published to the redirect index at once (and logged in link_changes by the database). The
// rules are read and written through the LinkStore (SQLite's or PostgreSQL's).
class RedirectRulesApi
{
public:
    RedirectRulesApi(LinkStore &links, RedirectIndex &index);

    ApiResponse list(const Link &link) const;
    ApiResponse set(const Link &link, const QJsonObject &body);

private:
    LinkStore &m_links;
    RedirectIndex &m_index;
};

}   // namespace Linkdeck::Server
