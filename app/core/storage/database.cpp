#include "core/storage/database.h"

#include "core/base/sqlite.h"
#include "core/storage/clickrollups.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Linkdeck {
namespace {

QAtomicInt connectionCounter;

const QStringList schemaV1 = {
    // Accounts: "This computer" (local) is account 1 and always present.
    uR"(CREATE TABLE accounts(
        id INTEGER PRIMARY KEY,
        provider TEXT NOT NULL,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        default_domain TEXT NOT NULL DEFAULT '',
        api_base TEXT NOT NULL DEFAULT '',
        workspace TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL))"_s,
    uR"(INSERT INTO accounts(id, provider, name, default_domain, created_at)
        VALUES (1, 'local', 'This computer', 'localhost:8080', CAST(strftime('%s','now') AS INTEGER) * 1000))"_s,

    // Links of every account (the local ones, and a cache of the remote ones).
    // Times are milliseconds since the epoch, UTC. `tags` repeats link_tags as text for
    // display and search; `campaign` is the destination's utm_campaign.
    uR"(CREATE TABLE links(
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        remote_id TEXT NOT NULL DEFAULT '',
        domain TEXT NOT NULL,
        slug TEXT NOT NULL,
        short_url TEXT NOT NULL,
        destination TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '',
        campaign TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        expires_at INTEGER,
        max_clicks INTEGER,
        clicks INTEGER NOT NULL DEFAULT 0,
        sync_state INTEGER NOT NULL DEFAULT 0,
        redirect_status INTEGER NOT NULL DEFAULT 0,
        valid_since INTEGER,
        forward_query INTEGER NOT NULL DEFAULT 1,
        crawlable INTEGER NOT NULL DEFAULT 0))"_s,
    // One back-half per domain, ignoring case; also the redirect server's lookup key.
    u"CREATE UNIQUE INDEX links_domain_slug ON links(domain, slug COLLATE NOCASE)"_s,
    // The table sorts by any column over a million rows: each sort key has an index.
    u"CREATE INDEX links_slug ON links(slug COLLATE NOCASE)"_s,
    u"CREATE INDEX links_destination ON links(destination)"_s,
    u"CREATE INDEX links_title ON links(title COLLATE NOCASE)"_s,
    u"CREATE INDEX links_campaign ON links(campaign COLLATE NOCASE)"_s,
    u"CREATE INDEX links_tags ON links(tags COLLATE NOCASE)"_s,
    u"CREATE INDEX links_clicks ON links(clicks)"_s,
    u"CREATE INDEX links_created ON links(created_at)"_s,
    u"CREATE INDEX links_account ON links(account_id, created_at)"_s,
    u"CREATE INDEX links_sync ON links(sync_state) WHERE sync_state <> 0"_s,

    // Substring search over the columns the filter box covers (trigram index: any 3+ letters).
    uR"(CREATE VIRTUAL TABLE links_fts USING fts5(
        slug, destination, title, tags, campaign,
        content='links', content_rowid='id', tokenize='trigram'))"_s,
    uR"(CREATE TRIGGER links_fts_insert AFTER INSERT ON links BEGIN
        INSERT INTO links_fts(rowid, slug, destination, title, tags, campaign)
        VALUES (new.id, new.slug, new.destination, new.title, new.tags, new.campaign);
        END)"_s,
    uR"(CREATE TRIGGER links_fts_delete AFTER DELETE ON links BEGIN
        INSERT INTO links_fts(links_fts, rowid, slug, destination, title, tags, campaign)
        VALUES ('delete', old.id, old.slug, old.destination, old.title, old.tags, old.campaign);
        END)"_s,
    uR"(CREATE TRIGGER links_fts_update AFTER UPDATE OF slug, destination, title, tags, campaign ON links BEGIN
        INSERT INTO links_fts(links_fts, rowid, slug, destination, title, tags, campaign)
        VALUES ('delete', old.id, old.slug, old.destination, old.title, old.tags, old.campaign);
        INSERT INTO links_fts(rowid, slug, destination, title, tags, campaign)
        VALUES (new.id, new.slug, new.destination, new.title, new.tags, new.campaign);
        END)"_s,

    // links_version counts changes that matter to the redirect server, which polls it to
    // notice links the app wrote (click counts do not count).
    u"CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID"_s,
    u"INSERT INTO meta(key, value) VALUES ('links_version', 0)"_s,
    uR"(CREATE TRIGGER links_version_insert AFTER INSERT ON links BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'links_version'; END)"_s,
    uR"(CREATE TRIGGER links_version_delete AFTER DELETE ON links BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'links_version'; END)"_s,
    uR"(CREATE TRIGGER links_version_update AFTER UPDATE OF domain, slug, destination, expires_at, max_clicks,
        redirect_status, valid_since, forward_query ON links BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'links_version'; END)"_s,

    // Per-domain "not found" redirects (Shlink's NotFoundRedirects); a NULL means the server default.
    uR"(CREATE TABLE domains(
        name TEXT PRIMARY KEY COLLATE NOCASE,
        base_url_redirect TEXT,
        regular_404_redirect TEXT,
        invalid_short_url_redirect TEXT))"_s,
    uR"(CREATE TRIGGER domains_version_insert AFTER INSERT ON domains BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'links_version'; END)"_s,
    uR"(CREATE TRIGGER domains_version_update AFTER UPDATE ON domains BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'links_version'; END)"_s,

    // API keys of linkdeck-server, stored as SHA-256 hashes.
    uR"(CREATE TABLE api_keys(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        key_hash TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER,
        enabled INTEGER NOT NULL DEFAULT 1))"_s,

    // How far the server's click writer has moved each journal into `clicks` (committed in
    // the same transaction as the clicks, so a replay never counts a click twice).
    uR"(CREATE TABLE journal_progress(
        journal TEXT PRIMARY KEY,
        segment INTEGER NOT NULL,
        offset INTEGER NOT NULL) WITHOUT ROWID)"_s,

    u"CREATE TABLE tags(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE)"_s,
    uR"(CREATE TABLE link_tags(
        link_id INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY(link_id, tag_id)) WITHOUT ROWID)"_s,
    u"CREATE INDEX link_tags_tag ON link_tags(tag_id, link_id)"_s,

    // Clicks recorded by linkdeck-server. Append-only with no secondary index, so that
    // batched inserts stay fast; the charts read the hourly rollups, kept in the same batches.
    uR"(CREATE TABLE clicks(
        id INTEGER PRIMARY KEY,
        link_id INTEGER,
        domain TEXT NOT NULL DEFAULT '',
        slug TEXT NOT NULL DEFAULT '',
        ts INTEGER NOT NULL,
        referrer TEXT NOT NULL DEFAULT '',
        user_agent TEXT NOT NULL DEFAULT '',
        ip TEXT NOT NULL DEFAULT '',
        accept_language TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        is_bot INTEGER NOT NULL DEFAULT 0,
        orphan_type TEXT,
        visited_url TEXT NOT NULL DEFAULT '',
        redirect_url TEXT NOT NULL DEFAULT ''))"_s,
    uR"(CREATE TABLE click_rollups(
        link_id INTEGER NOT NULL,
        hour INTEGER NOT NULL,
        dimension TEXT NOT NULL,
        value TEXT NOT NULL,
        clicks INTEGER NOT NULL,
        PRIMARY KEY(link_id, dimension, hour, value)) WITHOUT ROWID)"_s,
};

// Version 2: accounts of remote providers. A back-half is unique per account and domain
// (two accounts may manage the same Shlink server), a remote link is found by its provider
// id, and edits made offline stay pending (sync_state) until the provider has them.
const QStringList schemaV2 = {
    u"DROP INDEX links_domain_slug"_s,
    u"CREATE UNIQUE INDEX links_domain_slug ON links(domain, slug COLLATE NOCASE, account_id) WHERE slug <> ''"_s,
    u"CREATE UNIQUE INDEX links_remote ON links(account_id, remote_id) WHERE remote_id <> ''"_s,
    u"ALTER TABLE accounts ADD COLUMN last_sync_at INTEGER"_s,
    // Where the account's token is in the keychain: unique across databases, never reused.
    u"ALTER TABLE accounts ADD COLUMN secret_key TEXT NOT NULL DEFAULT ''"_s,
    // Links waiting to be sent are the rows whose sync_state is pending; this table keeps
    // how often sending them failed, and why.
    uR"(CREATE TABLE sync_queue(
        link_id INTEGER PRIMARY KEY REFERENCES links(id) ON DELETE CASCADE,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT NOT NULL DEFAULT '',
        last_attempt_at INTEGER))"_s,
    // Statistics fetched from providers, kept with their fetch time so that the charts show
    // them offline ("updated 5 minutes ago").
    uR"(CREATE TABLE provider_stats(
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        link_key TEXT NOT NULL,
        request TEXT NOT NULL,
        payload TEXT NOT NULL,
        fetched_at INTEGER NOT NULL,
        PRIMARY KEY(account_id, link_key, request)) WITHOUT ROWID)"_s,
};

// Version 3: the redirect server takes link changes one at a time instead of reloading every
// link. Each change that matters to redirects appends a row to link_changes in the same
// transaction: the link's id and, for an update or delete, the key (domain, slug) it had, so
// that a rename or delete removes the old key. link_id 0 is a change to the domains table
// (domain names it). The server reads the rows past the last one it applied and looks up only
// those links. AUTOINCREMENT never reuses a sequence number, also once every row was pruned, so
// a server that missed pruned rows sees the gap (and reloads everything). Only the local
// account's links (account 1) are served, so only they are logged; an update that changes none
// of the redirect's columns is not. The log keeps its last 65,536 rows or so: more than that
// between two polls is a bulk change, reloaded in full. (links_version still counts changes.)
const QStringList schemaV3 = {
    uR"(CREATE TABLE link_changes(
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        link_id INTEGER NOT NULL,
        domain TEXT,
        slug TEXT))"_s,
    uR"(CREATE TRIGGER link_changes_insert AFTER INSERT ON links WHEN new.account_id = 1 BEGIN
        INSERT INTO link_changes(link_id) VALUES (new.id); END)"_s,
    uR"(CREATE TRIGGER link_changes_delete AFTER DELETE ON links WHEN old.account_id = 1 BEGIN
        INSERT INTO link_changes(link_id, domain, slug) VALUES (old.id, old.domain, old.slug); END)"_s,
    uR"(CREATE TRIGGER link_changes_update AFTER UPDATE OF account_id, domain, slug, destination, expires_at, max_clicks,
        redirect_status, valid_since, forward_query ON links
        WHEN (old.account_id = 1 OR new.account_id = 1)
            AND (old.account_id IS NOT new.account_id OR old.domain IS NOT new.domain OR old.slug IS NOT new.slug
                 OR old.destination IS NOT new.destination OR old.expires_at IS NOT new.expires_at
                 OR old.max_clicks IS NOT new.max_clicks OR old.redirect_status IS NOT new.redirect_status
                 OR old.valid_since IS NOT new.valid_since OR old.forward_query IS NOT new.forward_query)
        BEGIN
        INSERT INTO link_changes(link_id, domain, slug) VALUES (new.id, old.domain, old.slug); END)"_s,
    uR"(CREATE TRIGGER link_changes_domain_insert AFTER INSERT ON domains BEGIN
        INSERT INTO link_changes(link_id, domain) VALUES (0, new.name); END)"_s,
    uR"(CREATE TRIGGER link_changes_domain_update AFTER UPDATE ON domains BEGIN
        INSERT INTO link_changes(link_id, domain) VALUES (0, new.name); END)"_s,
    uR"(CREATE TRIGGER link_changes_domain_delete AFTER DELETE ON domains BEGIN
        INSERT INTO link_changes(link_id, domain) VALUES (0, old.name); END)"_s,
    uR"(CREATE TRIGGER link_changes_prune AFTER INSERT ON link_changes WHEN new.seq % 1024 = 0 BEGIN
        DELETE FROM link_changes WHERE seq <= new.seq - 65536; END)"_s,
};

// Version 4: the click rollups as one row per link and hour (core/clickrollups.h): the counts
// in columns, every breakdown packed in `dims`. The old layout's rows are packed by the
// linkdeck_dims() aggregate. link_click_deltas holds the server's click counts not yet added
// to links.clicks: a narrow table the writer upserts per batch, moved into the wide links
// table in key order, a bounded chunk at a time (core/clickrollups.h, server/clickingestor.h).
const QStringList schemaV4 = {
    uR"(CREATE TABLE click_hours(
        link_id INTEGER NOT NULL,
        hour INTEGER NOT NULL,
        clicks INTEGER NOT NULL,
        bots INTEGER NOT NULL DEFAULT 0,
        dims BLOB NOT NULL DEFAULT x'',
        PRIMARY KEY(link_id, hour)) WITHOUT ROWID)"_s,
    uR"(INSERT INTO click_hours(link_id, hour, clicks, bots, dims)
        SELECT link_id, hour, coalesce(sum(clicks) FILTER (WHERE dimension = 'total'), 0),
               coalesce(sum(clicks) FILTER (WHERE dimension = 'bot' AND value = '1'), 0),
               linkdeck_dims(dimension, value, clicks)
        FROM click_rollups GROUP BY link_id, hour)"_s,
    u"DROP TABLE click_rollups"_s,
    u"CREATE TABLE link_click_deltas(link_id INTEGER PRIMARY KEY, clicks INTEGER NOT NULL)"_s,
};

// Version 5: Shlink's redirect rules (core/redirectrules.h). A link's rules in priority order
// (1 first), each with its long URL and its conditions as a JSON array of {type, matchKey,
// matchValue}, the shape the API speaks. Rules go with their link. A change to a local link's
// rules is logged in link_changes like a change to the link, so the redirect server re-reads
// that link (and its rules) alone.
const QStringList schemaV5 = {
    uR"(CREATE TABLE short_url_redirect_rules(
        id INTEGER PRIMARY KEY,
        link_id INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE,
        priority INTEGER NOT NULL,
        long_url TEXT NOT NULL,
        conditions TEXT NOT NULL DEFAULT '[]'))"_s,
    u"CREATE INDEX short_url_redirect_rules_link ON short_url_redirect_rules(link_id, priority)"_s,
    uR"(CREATE TRIGGER redirect_rules_link_delete AFTER DELETE ON links BEGIN
        DELETE FROM short_url_redirect_rules WHERE link_id = old.id; END)"_s,
    uR"(CREATE TRIGGER link_changes_rules_insert AFTER INSERT ON short_url_redirect_rules
        WHEN (SELECT account_id FROM links WHERE id = new.link_id) = 1 BEGIN
        INSERT INTO link_changes(link_id) VALUES (new.link_id); END)"_s,
    uR"(CREATE TRIGGER link_changes_rules_delete AFTER DELETE ON short_url_redirect_rules
        WHEN (SELECT account_id FROM links WHERE id = old.link_id) = 1 BEGIN
        INSERT INTO link_changes(link_id) VALUES (old.link_id); END)"_s,
    uR"(CREATE TRIGGER link_changes_rules_update AFTER UPDATE ON short_url_redirect_rules
        WHEN (SELECT account_id FROM links WHERE id = new.link_id) = 1 BEGIN
        INSERT INTO link_changes(link_id) VALUES (new.link_id); END)"_s,
};

// Version 6: Shlink's API key roles (server/apikeys.h). AUTHORED_SHORT_URLS (author_only): the
// key sees and changes only the short URLs it created, links.author_key_id; DOMAIN_SPECIFIC
// (domain_only): only those of one domain; NO_ORPHAN_VISITS: orphan visits do not exist for it.
// A key with none is an admin key, as every key was before.
const QStringList schemaV6 = {
    u"ALTER TABLE api_keys ADD COLUMN author_only INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE api_keys ADD COLUMN domain_only TEXT"_s,
    u"ALTER TABLE api_keys ADD COLUMN no_orphan_visits INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE links ADD COLUMN author_key_id INTEGER"_s,
    u"CREATE INDEX links_author ON links(author_key_id) WHERE author_key_id IS NOT NULL"_s,
};

// Version 7: a back-half is case-sensitive, as Bitly's and Shlink's (strict mode) are: "Sale"
// and "sale" may be two links. (linkdeck-server's SHORT_URL_MODE=loose stores new ones
// lower-case.) Every pair the old index refused stays refused, so the new one always builds.
const QStringList schemaV7 = {
    u"DROP INDEX links_domain_slug"_s,
    u"CREATE UNIQUE INDEX links_domain_slug ON links(domain, slug, account_id) WHERE slug <> ''"_s,
};

// Version 8: linkdeck-server stores a click first and counts it in the statistics (click_hours,
// link_click_deltas) with many others a few seconds later when traffic is heavy
// (server/clickingestor.h). rollup_progress says how far: every click whose id is at most
// `through` is counted; a count under way covers the clicks up to `target` and has written the
// link-hours up to (link_id, hour), hours since the epoch. What was stored before is counted.
const QStringList schemaV8 = {
    uR"(CREATE TABLE rollup_progress(
        id INTEGER PRIMARY KEY CHECK (id = 1),
        through INTEGER NOT NULL,
        target INTEGER NOT NULL DEFAULT 0,
        link_id INTEGER NOT NULL DEFAULT 0,
        hour INTEGER NOT NULL DEFAULT 0))"_s,
    u"INSERT INTO rollup_progress(id, through) VALUES (1, (SELECT coalesce(max(id), 0) FROM clicks))"_s,
};

// Version 9: a link's fallback address (issue 15), where linkdeck-server sends the visitors of a
// link that has not started, has ended or used up its clicks; '' for none (the "ended" page).
// The change log and links_version also follow it, so a running server serves a new fallback.
const QStringList schemaV9 = {
    u"ALTER TABLE links ADD COLUMN fallback_url TEXT NOT NULL DEFAULT ''"_s,
    u"DROP TRIGGER links_version_update"_s,
    uR"(CREATE TRIGGER links_version_update AFTER UPDATE OF domain, slug, destination, expires_at, max_clicks,
        redirect_status, valid_since, forward_query, fallback_url ON links BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'links_version'; END)"_s,
    u"DROP TRIGGER link_changes_update"_s,
    uR"(CREATE TRIGGER link_changes_update AFTER UPDATE OF account_id, domain, slug, destination, expires_at, max_clicks,
        redirect_status, valid_since, forward_query, fallback_url ON links
        WHEN (old.account_id = 1 OR new.account_id = 1)
            AND (old.account_id IS NOT new.account_id OR old.domain IS NOT new.domain OR old.slug IS NOT new.slug
                 OR old.destination IS NOT new.destination OR old.expires_at IS NOT new.expires_at
                 OR old.max_clicks IS NOT new.max_clicks OR old.redirect_status IS NOT new.redirect_status
                 OR old.valid_since IS NOT new.valid_since OR old.forward_query IS NOT new.forward_query
                 OR old.fallback_url IS NOT new.fallback_url)
        BEGIN
        INSERT INTO link_changes(link_id, domain, slug) VALUES (new.id, old.domain, old.slug); END)"_s,
};

// Version 10: a link's password (issue 15) as an Argon2id hash in libsodium's string form
// (core/links/linkpassword.h); '' for none. Never the password itself. The change log and
// links_version follow it, so a running server asks for (or stops asking for) the password at once.
const QStringList schemaV10 = {
    u"ALTER TABLE links ADD COLUMN password_hash TEXT NOT NULL DEFAULT ''"_s,
    u"DROP TRIGGER links_version_update"_s,
    uR"(CREATE TRIGGER links_version_update AFTER UPDATE OF domain, slug, destination, expires_at, max_clicks,
        redirect_status, valid_since, forward_query, fallback_url, password_hash ON links BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'links_version'; END)"_s,
    u"DROP TRIGGER link_changes_update"_s,
    uR"(CREATE TRIGGER link_changes_update AFTER UPDATE OF account_id, domain, slug, destination, expires_at, max_clicks,
        redirect_status, valid_since, forward_query, fallback_url, password_hash ON links
        WHEN (old.account_id = 1 OR new.account_id = 1)
            AND (old.account_id IS NOT new.account_id OR old.domain IS NOT new.domain OR old.slug IS NOT new.slug
                 OR old.destination IS NOT new.destination OR old.expires_at IS NOT new.expires_at
                 OR old.max_clicks IS NOT new.max_clicks OR old.redirect_status IS NOT new.redirect_status
                 OR old.valid_since IS NOT new.valid_since OR old.forward_query IS NOT new.forward_query
                 OR old.fallback_url IS NOT new.fallback_url OR old.password_hash IS NOT new.password_hash)
        BEGIN
        INSERT INTO link_changes(link_id, domain, slug) VALUES (new.id, old.domain, old.slug); END)"_s,
};

// Version 11: a link's social preview (issue 15), the title, description and image address
// that linkdeck-server gives link-preview crawlers as Open Graph and Twitter card tags; '' for
// none. The change log and links_version follow them, so a running server serves a new preview.
const QStringList schemaV11 = {
    u"ALTER TABLE links ADD COLUMN preview_title TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE links ADD COLUMN preview_description TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE links ADD COLUMN preview_image TEXT NOT NULL DEFAULT ''"_s,
    u"DROP TRIGGER links_version_update"_s,
    uR"(CREATE TRIGGER links_version_update AFTER UPDATE OF domain, slug, destination, expires_at, max_clicks,
        redirect_status, valid_since, forward_query, fallback_url, password_hash, preview_title, preview_description,
        preview_image ON links BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'links_version'; END)"_s,
    u"DROP TRIGGER link_changes_update"_s,
    uR"(CREATE TRIGGER link_changes_update AFTER UPDATE OF account_id, domain, slug, destination, expires_at, max_clicks,
        redirect_status, valid_since, forward_query, fallback_url, password_hash, preview_title, preview_description,
        preview_image ON links
        WHEN (old.account_id = 1 OR new.account_id = 1)
            AND (old.account_id IS NOT new.account_id OR old.domain IS NOT new.domain OR old.slug IS NOT new.slug
                 OR old.destination IS NOT new.destination OR old.expires_at IS NOT new.expires_at
                 OR old.max_clicks IS NOT new.max_clicks OR old.redirect_status IS NOT new.redirect_status
                 OR old.valid_since IS NOT new.valid_since OR old.forward_query IS NOT new.forward_query
                 OR old.fallback_url IS NOT new.fallback_url OR old.password_hash IS NOT new.password_hash
                 OR old.preview_title IS NOT new.preview_title
                 OR old.preview_description IS NOT new.preview_description
                 OR old.preview_image IS NOT new.preview_image)
        BEGIN
        INSERT INTO link_changes(link_id, domain, slug) VALUES (new.id, old.domain, old.slug); END)"_s,
};

// Version 12: a link's A/B split (issue 15, core/links/linksplit.h) as JSON in links.variants,
// '' for none, and on each click the variant its visitor was sent to (1 for the first; 0 for a
// link without a split). A partial index lets the redirect server read the few links with a
// split without scanning the table; the change log and links_version follow the column.
const QStringList schemaV12 = {
    u"ALTER TABLE links ADD COLUMN variants TEXT NOT NULL DEFAULT ''"_s,
    u"CREATE INDEX links_split ON links(id) WHERE variants <> ''"_s,
    u"ALTER TABLE clicks ADD COLUMN variant INTEGER NOT NULL DEFAULT 0"_s,
    u"DROP TRIGGER links_version_update"_s,
    uR"(CREATE TRIGGER links_version_update AFTER UPDATE OF domain, slug, destination, expires_at, max_clicks,
        redirect_status, valid_since, forward_query, fallback_url, password_hash, preview_title, preview_description,
        preview_image, variants ON links BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'links_version'; END)"_s,
    u"DROP TRIGGER link_changes_update"_s,
    uR"(CREATE TRIGGER link_changes_update AFTER UPDATE OF account_id, domain, slug, destination, expires_at, max_clicks,
        redirect_status, valid_since, forward_query, fallback_url, password_hash, preview_title, preview_description,
        preview_image, variants ON links
        WHEN (old.account_id = 1 OR new.account_id = 1)
            AND (old.account_id IS NOT new.account_id OR old.domain IS NOT new.domain OR old.slug IS NOT new.slug
                 OR old.destination IS NOT new.destination OR old.expires_at IS NOT new.expires_at
                 OR old.max_clicks IS NOT new.max_clicks OR old.redirect_status IS NOT new.redirect_status
                 OR old.valid_since IS NOT new.valid_since OR old.forward_query IS NOT new.forward_query
                 OR old.fallback_url IS NOT new.fallback_url OR old.password_hash IS NOT new.password_hash
                 OR old.preview_title IS NOT new.preview_title
                 OR old.preview_description IS NOT new.preview_description
                 OR old.preview_image IS NOT new.preview_image OR old.variants IS NOT new.variants)
        BEGIN
        INSERT INTO link_changes(link_id, domain, slug) VALUES (new.id, old.domain, old.slug); END)"_s,
};

// Version 13: links_order_version counts edits that can move a link within a sort order of
// the link list other than by clicks: its title, tags, campaign or creation time. With
// links_version (links added or removed, back-halves and destinations edited) it tells the
// app that a sort order it keeps in memory (core/storage/sortorders.h) still holds, also
// after another program (linkdeck-cli, a Shlink client) edited links.
const QStringList schemaV13 = {
    u"INSERT INTO meta(key, value) VALUES ('links_order_version', 0)"_s,
    uR"(CREATE TRIGGER links_order_update AFTER UPDATE OF title, tags, campaign, created_at ON links
        WHEN old.title IS NOT new.title OR old.tags IS NOT new.tags OR old.campaign IS NOT new.campaign
            OR old.created_at IS NOT new.created_at
        BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'links_order_version'; END)"_s,
};

bool exec(QSqlQuery &q, const QString &sql)
{
    return q.exec(sql);
}

// SQLite's primary result code (SQLITE_FULL, ...) behind a QSqlError of the QSQLITE driver; -1 if none.
int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

QString withCode(const QSqlError &error)
{
    return u"%1 (SQLite code %2)"_s.arg(error.text(), error.nativeErrorCode());
}

// Under 1 MiB left where the file is: an I/O error there is most likely the full disk (SQLite
// says SQLITE_IOERR, not SQLITE_FULL, when growing its shared-memory file fails).
bool diskNearlyFull(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < 1024 * 1024;
}

QString damagedSentence(const QString &path)
{
    return Database::tr("The link database “%1” is damaged (SQLite found errors in it); restore a backup.").arg(path);
}

// Why the database at `path` could not be opened or prepared, as a sentence for each cause.
Error openError(const QString &path, const QSqlError &error)
{
    QString message;
    switch (sqliteCode(error)) {
    case SQLITE_NOTADB:
        message = Database::tr("“%1” is not a Linkdeck database: it is not an SQLite file. Move it away, or choose "
                               "another folder for Linkdeck's data.")
                      .arg(path);
        break;
    case SQLITE_CORRUPT:
        message = damagedSentence(path);
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        message = Database::tr("The link database “%1” cannot be opened for writing: the file or its folder is "
                               "read-only, or the folder cannot be created. Choose a folder you may write to, or "
                               "change its permissions.")
                      .arg(path);
        break;
    case SQLITE_FULL:
        message = Database::tr("The link database “%1” cannot be written: the disk is full. Free some space and try "
                               "again.")
                      .arg(path);
        break;
    case SQLITE_IOERR:
        message = diskNearlyFull(path)
            ? Database::tr("The link database “%1” cannot be written: the disk is full. Free some space and try "
                           "again.")
                  .arg(path)
            : Database::tr("The link database “%1” could not be read or written (an input/output error): check the "
                           "disk.")
                  .arg(path);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        message = Database::tr("The link database “%1” is busy in another program; try again in a moment.").arg(path);
        break;
    default:
        message = Database::tr("Could not open the link database “%1”.").arg(path);
        break;
    }
    return Error::make(Error::Kind::Storage, message, withCode(error));
}

// SQLite creates a new database with the umask's mode, often 0644; the links, accounts and API
// key hashes are their owner's alone, as the click journal is. An empty file is an empty
// database to SQLite, so create it first, 0600. Where this fails, SQLite's own open says why.
void createPrivately(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u"file:"_s) || QFileInfo::exists(path))
        return;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        file.close();
}

}   // namespace

QVariant sqlText(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

Error storageError(const QString &what, const QSqlError &error)
{
    Error e = Error::make(Error::Kind::Storage, what, error.text());
    const QString text = error.text();
    const int code = sqliteCode(error);
    if (code == SQLITE_FULL || text.contains(u"disk is full"_s, Qt::CaseInsensitive))
        e.message = what + u' ' + Database::tr("The disk is full: free some space and try again. Nothing was lost.");
    else if (code == SQLITE_READONLY || text.contains(u"readonly"_s, Qt::CaseInsensitive)
             || text.contains(u"read-only"_s, Qt::CaseInsensitive))
        e.message = what + u' ' + Database::tr("The database file cannot be written (it is read-only).");
    else if (code == SQLITE_BUSY || code == SQLITE_LOCKED || text.contains(u"locked"_s, Qt::CaseInsensitive)
             || text.contains(u"busy"_s, Qt::CaseInsensitive))
        e.message = what + u' ' + Database::tr("The database is busy in another program; try again in a moment.");
    else if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        e.message = what + u' ' + Database::tr("The link database is damaged; restore a backup.");
    return e;
}

namespace {

// storageError() for the file at `path`: an I/O error where the disk is (nearly) full says so.
Error storageErrorAt(const QString &path, const QString &what, const QSqlError &error)
{
    Error e = storageError(what, error);
    if (e.message == what && sqliteCode(error) == SQLITE_IOERR && diskNearlyFull(path))
        e.message = what + u' ' + Database::tr("The disk is full: free some space and try again. Nothing was lost.");
    e.detail = withCode(error);
    return e;
}

}   // namespace

const QList<Database::Migration> &Database::migrations()
{
    static const QList<Migration> list{{1, schemaV1},   {2, schemaV2},   {3, schemaV3},  {4, schemaV4}, {5, schemaV5},
                                       {6, schemaV6},   {7, schemaV7},   {8, schemaV8},  {9, schemaV9}, {10, schemaV10},
                                       {11, schemaV11}, {12, schemaV12}, {13, schemaV13}};
    return list;
}

int Database::latestVersion()
{
    return migrations().constLast().version;
}

Database::Database()
    : m_connectionName(u"linkdeck-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<void> Database::open(const QString &path, const QList<Migration> &migrations)
{
    close();
    m_path = path;
    const bool inMemory = path == u":memory:";
    if (!inMemory)
        createPrivately(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            return openError(path, db.lastError());
        // The click rollups' SQL functions, for the schema migration and the writers.
        Rollups::registerSqlFunctions(sqliteHandle(db));
    }
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    // Read before anything writes: a file that is not a database fails here, on its first
    // read, and one from a newer Linkdeck is refused as it is (switching it to WAL below
    // would already change its bytes).
    if (!exec(q, u"PRAGMA user_version"_s) || !q.next())
        return openError(path, q.lastError());
    const int current = q.value(0).toInt();
    q.finish();
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (current > latest) {
        return Error::make(
            Error::Kind::Storage,
            tr("The link database “%1” was written by a newer version of Linkdeck. Update Linkdeck to open it.")
                .arg(path),
            u"schema version %1 > %2"_s.arg(current).arg(latest));
    }
    // WAL lets the redirect server read while the app writes; NORMAL is durable across
    // application crashes, which is what the link store needs.
    if (!inMemory && !exec(q, u"PRAGMA journal_mode=WAL"_s))
        return openError(path, q.lastError());
    if (!exec(q, u"PRAGMA synchronous=NORMAL"_s) || !exec(q, u"PRAGMA foreign_keys=ON"_s))
        return openError(path, q.lastError());
    if (current == latest)
        return {};

    // Keep a copy of the data as it was before changing its layout.
    if (current > 0 && !inMemory) {
        m_backupPath = path + u".v%1.bak"_s.arg(current);
        QFile::remove(m_backupPath);
        QSqlQuery backup(db);
        backup.prepare(u"VACUUM INTO ?"_s);
        backup.addBindValue(m_backupPath);
        if (!backup.exec())
            return storageErrorAt(path, tr("Could not back up the link database before updating it."),
                                  backup.lastError());
    }

    if (!db.transaction())
        return storageErrorAt(path, tr("Could not update the link database."), db.lastError());
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        for (const QString &statement : migration.statements) {
            if (!exec(q, statement)) {
                const Error error =
                    storageErrorAt(path,
                                   tr("Could not update the link database to version %1. It was left as it was.")
                                       .arg(migration.version),
                                   q.lastError());
                q.finish();
                db.rollback();
                return Error::make(error.kind, error.message, error.detail + u"\n"_s + statement);
            }
        }
        if (!exec(q, u"PRAGMA user_version = %1"_s.arg(migration.version))) {
            db.rollback();
            return storageErrorAt(path, tr("Could not update the link database."), q.lastError());
        }
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return storageErrorAt(path, tr("Could not update the link database."), error);
    }
    return {};
}

QStringList Database::linkTables()
{
    return {u"accounts"_s, u"links"_s, u"tags"_s, u"link_tags"_s, u"meta"_s, u"sync_queue"_s};
}

Result<void> Database::quickCheck(const QStringList &tables) const
{
    QSqlQuery q(connection());
    QStringList problems;
    const QStringList targets = tables.isEmpty() ? QStringList{QString()} : tables;
    for (const QString &table : targets) {
        QString sql = u"PRAGMA quick_check"_s;
        if (!table.isEmpty())
            sql += u"(\"%1\")"_s.arg(QString(table).replace(u'"', u"\"\""_s));
        if (!q.exec(sql)) {
            const int code = sqliteCode(q.lastError());
            if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
                return Error::make(Error::Kind::Storage, damagedSentence(m_path), withCode(q.lastError()));
            return openError(m_path, q.lastError());
        }
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != u"ok")
                problems << line;
        }
    }
    if (!problems.isEmpty())
        return Error::make(Error::Kind::Storage, damagedSentence(m_path), problems.join(u'\n'));
    return {};
}

}   // namespace Linkdeck
