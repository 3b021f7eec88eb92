#pragma once

#include "server/store/domainstore.h"
#include "server/store/keystore.h"
#include "server/store/linkstore.h"
#include "server/store/visitstore.h"

#include <memory>

namespace Linkdeck {
class Database;
}

namespace Linkdeck::Server {

// Every store the API talks to (issue 14), on one database: the links (tags, redirect rules),
// the API keys, the domains and the visits. Made by ServerStores::sqlite() or Pg::pgStores(),
// on the thread that then uses them.
struct ServerStores
{
    // What the stores need alive (a PostgreSQL connection they share); declared first, so that
    // it goes after them.
    std::shared_ptr<void> owner;
    std::unique_ptr<LinkStore> links;
    std::unique_ptr<KeyStore> keys;
    std::unique_ptr<DomainStore> domains;
    std::unique_ptr<VisitStore> visits;

    // The stores on linkdeck-server's SQLite file, through the calling thread's connection.
    static ServerStores sqlite(Database &db);
};

}   // namespace Linkdeck::Server
