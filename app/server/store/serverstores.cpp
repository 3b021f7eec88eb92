#include "server/store/serverstores.h"

#include "server/store/sqlitedomainstore.h"
#include "server/store/sqlitekeystore.h"
#include "server/store/sqlitelinkstore.h"
#include "server/store/sqlitevisitstore.h"

namespace Linkdeck::Server {

ServerStores ServerStores::sqlite(Database &db)
{
    ServerStores stores;
    stores.links = std::make_unique<SqliteLinkStore>(db);
    stores.keys = std::make_unique<SqliteKeyStore>(db);
    stores.domains = std::make_unique<SqliteDomainStore>(db);
    stores.visits = std::make_unique<SqliteVisitStore>(db);
    return stores;
}

}   // namespace Linkdeck::Server
