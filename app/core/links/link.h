#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Linkdeck {

// Where a link stands with its provider. Local links are always Synced; remote ones
// may wait in the offline queue.
enum class SyncState {
    Synced = 0,
    PendingCreate = 1,
    PendingUpdate = 2,
    PendingDelete = 3,
    Failed = 4,
};

// One short link, as shown in the table and sent to a provider. `destination` is the
// full long URL the short link redirects to, UTM parameters included; the UTM fields
// of the editor are derived from it (see Utm::fromUrl).
struct Link
{
    qint64 id = 0;   // local database id; 0 until stored
    qint64 accountId = 0;
    QString remoteId;      // the provider's own id (Bitly's bitlink id, Rebrandly's id, ...)
    QString domain;        // host[:port] of the short URL, punycode
    QString slug;          // the back-half, without a leading slash
    QString shortUrl;      // full short URL
    QString destination;   // normalised long URL (see UrlValidator)
    QString title;
    QStringList tags;
    QDateTime createdAt;                   // UTC
    QDateTime updatedAt;                   // UTC
    std::optional<QDateTime> validSince;   // not served before this time
    std::optional<QDateTime> expiresAt;
    std::optional<qint64> maxClicks;
    // Where the link sends visitors while it is not live (before validSince, after expiresAt,
    // maxClicks used up); empty: the server's "this link has ended" page. Only this computer's
    // links have one (LinkProvider::Capability::Fallback); see LinkLimits.
    QString fallbackUrl;
    // Visitors must type a password before they are redirected (issue 15; linkdeck-server only,
    // LinkProvider::Capability::Password). Read from the stored hash, which stays in core:
    // LinkProvider::setPassword() sets or removes it, update() leaves it as it is.
    bool passwordProtected = false;
    // What link-preview crawlers show (Open Graph / Twitter card tags, issue 15): empty for none.
    // Only this computer's links have one (LinkProvider::Capability::Preview); see LinkPreview.
    QString previewTitle;
    QString previewDescription;
    QString previewImage;   // an http(s) address
    // An A/B split (issue 15): 2 to LinkSplit::MaxVariants destinations with their share of the
    // visitors in percent (adding up to 100); the first is always the link's own destination.
    // Empty: no split. Only this computer's links have one (Capability::Split); see LinkSplit.
    struct Variant
    {
        QString url;
        int percent = 0;
        bool operator==(const Variant &) const = default;
    };
    QList<Variant> variants;
    // One definition everywhere (table, detail pane, statistics, CLI, exports): people's
    // clicks. Visits by bots (link-preview fetchers, crawlers), which linkdeck-server tells
    // apart for this computer's links, are botClicks and never in clicks.
    qint64 clicks = 0;
    qint64 botClicks = 0;
    SyncState syncState = SyncState::Synced;
    int redirectStatus = 0;     // 0: the server's default (302)
    bool forwardQuery = true;   // append the short URL's query string to the destination
    bool crawlable = false;     // listed as allowed in the server's robots.txt

    QString campaign() const;   // utm_campaign of the destination, or empty
    bool isStored() const { return id > 0; }
};

enum class ProviderKind {
    Local,   // links kept on this computer and served by linkdeck-server
    Bitly,
    Rebrandly,
    Shlink,
    Cuttly,
};

QString providerKindId(ProviderKind kind);   // "local", "bitly", ...
QString providerName(ProviderKind kind);     // "This computer", "Bitly", ... for people
std::optional<ProviderKind> providerKindFromId(const QString &id);

// An account with one link service. "This computer" is the Local account, always present.
struct Account
{
    qint64 id = 0;
    ProviderKind provider = ProviderKind::Local;
    QString name;            // shown in the sidebar
    QString defaultDomain;   // host[:port] used when the user does not pick one
    QString apiBase;         // for self-hosted and test endpoints; empty: the provider's own
    QString workspace;       // Rebrandly workspace, Bitly group; empty if none
    QDateTime lastSyncAt;    // UTC; invalid until the first complete sync
    QString secretKey;       // the token's name in the keychain (see SecretStore::accountKey)

    QString displayName() const;   // the name, or "This computer" (translated) for the local account
};

}   // namespace Linkdeck

Q_DECLARE_METATYPE(Linkdeck::Link)
Q_DECLARE_METATYPE(Linkdeck::Account)
