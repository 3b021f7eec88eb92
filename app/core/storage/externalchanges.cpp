#include "core/storage/externalchanges.h"

#include <QSqlQuery>
#include <QTimer>

#include "core/storage/database.h"
#include "core/storage/linkrepository.h"

using namespace Qt::StringLiterals;

namespace Linkdeck {
namespace {

// links_version and links_order_version only grow: their sum changes when either does.
const QString linksVersionSql = u"SELECT sum(value) FROM meta WHERE key IN ('links_version', 'links_order_version')"_s;

}   // namespace

ExternalChanges::ExternalChanges(Database &db, LinkRepository &links, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_links(links)
{
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &ExternalChanges::check);
    // The app's own changes: what the counter says now is known.
    connect(&m_links, &LinkRepository::changed, this, [this] {
        if (!m_announcing)
            acknowledge();
    });
    acknowledge();
}

ExternalChanges::~ExternalChanges() = default;

void ExternalChanges::start(int intervalMs)
{
    acknowledge();
    m_timer->start(intervalMs);
}

void ExternalChanges::stop()
{
    m_timer->stop();
}

qint64 ExternalChanges::scalar(const QString &sql) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void ExternalChanges::acknowledge()
{
    // Only when nobody else committed since the last look: else the counter may hold another
    // program's change too, which the next check() announces (once more for ours: harmless).
    const qint64 dataVersion = scalar(u"PRAGMA data_version"_s);
    if (m_dataVersion >= 0 && dataVersion != m_dataVersion)
        return;
    m_dataVersion = dataVersion;
    m_linksVersion = scalar(linksVersionSql);
}

bool ExternalChanges::check()
{
    const qint64 dataVersion = scalar(u"PRAGMA data_version"_s);
    if (dataVersion == m_dataVersion)
        return false;   // nobody else committed anything
    m_dataVersion = dataVersion;
    const qint64 linksVersion = scalar(linksVersionSql);
    if (linksVersion == m_linksVersion || linksVersion < 0)
        return false;   // clicks, not links
    m_linksVersion = linksVersion;
    m_announcing = true;
    m_links.announceExternalChange();
    m_announcing = false;
    return true;
}

}   // namespace Linkdeck
