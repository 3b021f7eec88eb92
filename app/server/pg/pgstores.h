#pragma once

#include "core/base/result.h"
#include "server/store/serverstores.h"

#include <QString>

namespace Linkdeck::Server::Pg {

class PgConnection;

// The API's stores on PostgreSQL (issue 14): PgLinkStore, PgKeyStore, PgDomainStore and
// PgVisitStore on one connection, used from one thread.
//
// On a connection the caller keeps open while the stores live:
ServerStores pgStores(PgConnection &conn);
// On a connection of their own (opened and migrated, PgSchema::connect), which they keep:
// make it on the thread that then uses the stores (ApiWorker's HandlerFactory).
Result<ServerStores> pgStores(const QString &conninfo);

}   // namespace Linkdeck::Server::Pg
