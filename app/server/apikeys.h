#pragma once

#include <QString>

class QSqlDatabase;

namespace Linkdeck::Server {

// linkdeck-server's API keys: random UUIDs shown once, stored only as SHA-256 hashes.
class ApiKeys
{
public:
    static QString generate();
    static QString hash(const QString &key);
    // Stores a key (generated or given, e.g. INITIAL_API_KEY); false on a database error.
    static bool add(QSqlDatabase &db, const QString &key, const QString &name, QString *error);
    static bool isValid(QSqlDatabase &db, const QString &key);
};

} // namespace Linkdeck::Server
