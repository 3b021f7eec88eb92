#pragma once

#include <QByteArray>
#include <QFile>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include "core/storage/database.h"

namespace Linkdeck::Test {

// Overwrites the first page of the table or index `name` in the database at `path` (its
// contents made durable in the main file first), as a bad sector or a stray write would.
// Returns an empty string, or what went wrong.
inline QString damageFirstPage(const QString &path, const QString &name)
{
    using namespace Qt::StringLiterals;
    qint64 rootPage = 0;
    qint64 pageSize = 0;
    {
        Database db;
        if (!db.open(path).ok())
            return u"cannot open "_s + path;
        QSqlQuery q(db.connection());
        q.prepare(u"SELECT rootpage FROM sqlite_schema WHERE name = ?"_s);
        q.addBindValue(name);
        if (!q.exec() || !q.next())
            return u"no table or index "_s + name;
        rootPage = q.value(0).toLongLong();
        if (!q.exec(u"PRAGMA page_size"_s) || !q.next())
            return u"no page size"_s;
        pageSize = q.value(0).toLongLong();
        if (!q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s))
            return u"cannot checkpoint"_s;
    }
    if (rootPage <= 1)
        return name + u" has no page of its own"_s;
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek((rootPage - 1) * pageSize)
        || f.write(QByteArray(int(pageSize), char(0xa5))) != pageSize)
        return u"cannot overwrite page %1 of "_s.arg(rootPage) + path;
    return {};
}

inline QString damageLinksTable(const QString &path)
{
    return damageFirstPage(path, QStringLiteral("links"));
}

}   // namespace Linkdeck::Test
