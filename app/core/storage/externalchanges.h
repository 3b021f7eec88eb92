#pragma once

#include <QObject>

class QTimer;

namespace Linkdeck {

class Database;
class LinkRepository;

// Notices links that another program changed in the same database — linkdeck-cli, a Shlink
// client through linkdeck-server's API — and announces them as the repository's own bulk
// change (LinkChange::Many), so that the table, the sidebar and the detail pane follow without
// a restart (issue 12). Cheap enough to run every second: SQLite's `PRAGMA data_version` tells
// whether any other connection committed at all (the server's click batches do, often), and
// only then are `links_version` and `links_order_version` read, which the links' triggers
// count up on every insert and delete, on every change that matters to a redirect, and on
// every edit of a title, tags or campaign. The app's own changes are
// acknowledged as the repository announces them, so they are not announced twice.
//
//   ExternalChanges watcher(backend.database(), backend.links());
//   watcher.start();
class ExternalChanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExternalChanges)
public:
    ExternalChanges(Database &db, LinkRepository &links, QObject *parent = nullptr);
    ~ExternalChanges() override;

    void start(int intervalMs = 1000);
    void stop();
    // One look now: true when another program changed links since the last look (and the
    // repository announced it).
    bool check();

private:
    void acknowledge();
    qint64 scalar(const QString &sql) const;

    Database &m_db;
    LinkRepository &m_links;
    QTimer *m_timer = nullptr;
    qint64 m_dataVersion = -1;
    qint64 m_linksVersion = -1;
    bool m_announcing = false;
};

}   // namespace Linkdeck
