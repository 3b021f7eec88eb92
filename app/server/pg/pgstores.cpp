#include "server/pg/pgstores.h"

#include "server/pg/pgconnection.h"
#include "server/pg/pgdomainstore.h"
#include "server/pg/pgkeystore.h"
#include "server/pg/pglinkstore.h"
#include "server/pg/pgschema.h"
#include "server/pg/pgvisitstore.h"

namespace Linkdeck::Server::Pg {

ServerStores pgStores(PgConnection &conn)
{
    ServerStores stores;
    stores.links = std::make_unique<PgLinkStore>(conn);
    stores.keys = std::make_unique<PgKeyStore>(conn);
    stores.domains = std::make_unique<PgDomainStore>(conn);
    stores.visits = std::make_unique<PgVisitStore>(conn);
    return stores;
}

Result<ServerStores> pgStores(const QString &conninfo)
{
    auto conn = PgSchema::connect(conninfo);
    if (!conn)
        return conn.error();
    auto owned = std::make_shared<PgConnection>(std::move(conn).value());
    // The API's connection outlives restarts of PostgreSQL: the request after one opens it
    // again rather than failing (and every request after it).
    owned->setReconnectWhenLost(true);
    ServerStores stores = pgStores(*owned);
    stores.owner = std::move(owned);
    return stores;
}

}   // namespace Linkdeck::Server::Pg
