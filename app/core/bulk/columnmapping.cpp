#include "core/bulk/columnmapping.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Linkdeck::Bulk {
namespace {

// "Long URL", "longUrl", "long-url" and "domain.fullName" become "long_url", "longurl",
// "long_url" and "domain_fullname".
QString normalised(const QString &name)
{
    QString out;
    out.reserve(name.size());
    bool gap = false;
    for (const QChar c : name.trimmed()) {
        if (c.isLetterOrNumber()) {
            if (gap && !out.isEmpty())
                out += u'_';
            out += c.toLower();
            gap = false;
        } else {
            gap = true;
        }
    }
    return out;
}

// Column names by field, as the services' exports and APIs spell them (normalised). Shlink,
// Kutt and Rebrandly are from their API specs in shared/contracts (Shlink's ShortUrl: longUrl,
// shortCode, shortUrl, domain, title, tags, dateCreated, meta.validSince/validUntil/maxVisits,
// visitsSummary.total, forwardQuery, crawlable; Kutt's link: target, address, description,
// visit_count; Rebrandly's link: destination, slashtag, shortUrl, domain.fullName, title,
// clicks). Assumed from the services' documentation, as no export file is in the contracts:
// Bitly's CSV export and API (long_url, link, id as "bit.ly/abc", title, tags, created_at,
// custom_bitlinks), Shlink's web client CSV ("Long URL", "Short URL", "Title", "Tags",
// "Visits", "Created at") and YOURLS' table (keyword, url, title, timestamp, clicks).
const QHash<QString, Field> &synonyms()
{
    static const QHash<QString, Field> table = [] {
        QHash<QString, Field> t;
        const auto add = [&t](Field f, std::initializer_list<const char *> names) {
            for (const char *n : names)
                t.insert(QString::fromUtf8(n), f);
        };
        add(Field::Destination,
            {"destination", "long_url", "longurl", "url", "destination_url", "target", "target_url", "original_url",
             "originalurl", "long_link", "redirect_url",
             // as German spreadsheets name it
             "ziel", "ziel_url", "zieladresse", "adresse", "lange_url"});
        add(Field::Slug,
            {"slug", "back_half", "backhalf", "keyword", "slashtag", "short_code", "shortcode", "custom_slug",
             "customslug", "custom_back_half", "address", "alias", "key", "kürzel", "kuerzel", "kurzname"});
        add(Field::ShortUrl,
            {"short_url", "shorturl", "short_link", "shortlink", "custom_link", "custom_bitlink", "bitlink", "link"});
        add(Field::Title, {"title", "description", "titel"});
        add(Field::Tags, {"tags", "tag", "labels", "schlagwörter", "schlagworte"});
        add(Field::UtmSource, {"utm_source", "utmsource"});
        add(Field::UtmMedium, {"utm_medium", "utmmedium"});
        add(Field::UtmCampaign, {"utm_campaign", "utmcampaign", "campaign"});
        add(Field::UtmTerm, {"utm_term", "utmterm"});
        add(Field::UtmContent, {"utm_content", "utmcontent"});
        add(Field::Domain, {"domain", "domain_fullname", "domain_name", "domainname", "short_domain"});
        add(Field::StartsAt, {"starts_at", "startsat", "valid_since", "validsince", "meta_validsince", "start_date"});
        add(Field::ExpiresAt,
            {"expires_at", "expiresat", "expiration_at", "expiration", "expiry", "expires", "valid_until", "validuntil",
             "meta_validuntil", "expire_at"});
        add(Field::MaxClicks, {"max_clicks", "maxclicks", "max_visits", "maxvisits", "meta_maxvisits"});
        add(Field::FallbackUrl, {"fallback_url", "fallbackurl"});
        add(Field::RedirectStatus, {"redirect_status", "redirectstatus"});
        add(Field::ForwardQuery, {"forward_query", "forwardquery"});
        add(Field::Crawlable, {"crawlable"});
        add(Field::CreatedAt,
            {"created_at", "createdat", "date_created", "datecreated", "created", "timestamp", "creation_date"});
        add(Field::Clicks,
            {"clicks", "visits", "total_clicks", "visits_count", "visitscount", "visit_count", "visitssummary_total",
             "clicks_total"});
        return t;
    }();
    return table;
}

}   // namespace

ColumnMapping ColumnMapping::detect(const QStringList &header)
{
    ColumnMapping m;
    m.m_header = header;
    m.m_fields.fill(Field::Ignore, header.size());
    QStringList names;
    for (const QString &h : header)
        names << normalised(h);
    const auto has = [&names](const char *n) { return names.contains(QLatin1StringView(n)); };

    if (has("slug") && has("destination") && has("forward_query"))
        m.m_source = u"Linkdeck"_s;
    else if (has("slashtag") || has("domain_fullname"))
        m.m_source = u"Rebrandly"_s;
    else if (has("shortcode") || has("short_code") || (has("longurl") && has("shorturl"))
             || (has("long_url") && has("short_url") && has("visits")))
        m.m_source = u"Shlink"_s;
    else if (has("long_url") && (has("link") || has("id") || has("custom_bitlinks") || has("bitlink")))
        m.m_source = u"Bitly"_s;
    else if (has("keyword") && has("url"))
        m.m_source = u"YOURLS"_s;
    else if (has("target") && has("address"))
        m.m_source = u"Kutt"_s;

    for (int i = 0; i < names.size(); ++i) {
        Field f = synonyms().value(names.at(i), Field::Ignore);
        // Bitly's id is the short link without its scheme ("bit.ly/3xYz"); elsewhere an id is
        // the service's own and means nothing to another one.
        if (names.at(i) == u"id" && m.m_source == u"Bitly")
            f = Field::ShortUrl;
        // Kutt's and Shlink's "link"/"shortUrl" are the short link too, but Rebrandly's
        // "shortUrl" has no scheme: ShortUrl handles both.
        if (f != Field::Ignore && m.column(f) < 0)
            m.m_fields[i] = f;
    }
    return m;
}

void ColumnMapping::set(int column, Field field)
{
    if (column < 0 || column >= m_fields.size())
        return;
    if (field != Field::Ignore) {
        for (Field &f : m_fields) {
            if (f == field)
                f = Field::Ignore;
        }
    }
    m_fields[column] = field;
}

int ColumnMapping::column(Field field) const
{
    return int(m_fields.indexOf(field));
}

QString ColumnMapping::problem() const
{
    if (column(Field::Destination) >= 0)
        return {};
    return tr("No column holds the addresses the links go to. Name one \"destination\" or \"url\" in the first row, "
              "or choose it in the column mapping.");
}

QList<Field> ColumnMapping::fields()
{
    return {Field::Ignore,      Field::Destination,    Field::Slug,         Field::ShortUrl,    Field::Title,
            Field::Tags,        Field::UtmSource,      Field::UtmMedium,    Field::UtmCampaign, Field::UtmTerm,
            Field::UtmContent,  Field::Domain,         Field::StartsAt,     Field::ExpiresAt,   Field::MaxClicks,
            Field::FallbackUrl, Field::RedirectStatus, Field::ForwardQuery, Field::Crawlable,   Field::CreatedAt,
            Field::Clicks};
}

QString ColumnMapping::fieldName(Field field)
{
    switch (field) {
    case Field::Ignore:
        return tr("(not imported)");
    case Field::Destination:
        return tr("Destination");
    case Field::Slug:
        return tr("Back-half");
    case Field::ShortUrl:
        return tr("Short URL");
    case Field::Title:
        return tr("Title");
    case Field::Tags:
        return tr("Tags");
    case Field::UtmSource:
        return tr("UTM source");
    case Field::UtmMedium:
        return tr("UTM medium");
    case Field::UtmCampaign:
        return tr("UTM campaign");
    case Field::UtmTerm:
        return tr("UTM term");
    case Field::UtmContent:
        return tr("UTM content");
    case Field::Domain:
        return tr("Domain");
    case Field::StartsAt:
        return tr("Starts");
    case Field::ExpiresAt:
        return tr("Expires");
    case Field::MaxClicks:
        return tr("Maximum clicks");
    case Field::FallbackUrl:
        return tr("Then go to");
    case Field::RedirectStatus:
        return tr("Redirect status");
    case Field::ForwardQuery:
        return tr("Forward query");
    case Field::Crawlable:
        return tr("Crawlable");
    case Field::CreatedAt:
        return tr("Created");
    case Field::Clicks:
        return tr("Clicks (not imported)");
    }
    return {};
}

QString ColumnMapping::columnName(Field field)
{
    switch (field) {
    case Field::Ignore:
        return {};
    case Field::Destination:
        return u"destination"_s;
    case Field::Slug:
        return u"slug"_s;
    case Field::ShortUrl:
        return u"short_url"_s;
    case Field::Title:
        return u"title"_s;
    case Field::Tags:
        return u"tags"_s;
    case Field::UtmSource:
        return u"utm_source"_s;
    case Field::UtmMedium:
        return u"utm_medium"_s;
    case Field::UtmCampaign:
        return u"utm_campaign"_s;
    case Field::UtmTerm:
        return u"utm_term"_s;
    case Field::UtmContent:
        return u"utm_content"_s;
    case Field::Domain:
        return u"domain"_s;
    case Field::StartsAt:
        return u"starts_at"_s;
    case Field::ExpiresAt:
        return u"expires_at"_s;
    case Field::MaxClicks:
        return u"max_clicks"_s;
    case Field::FallbackUrl:
        return u"fallback_url"_s;
    case Field::RedirectStatus:
        return u"redirect_status"_s;
    case Field::ForwardQuery:
        return u"forward_query"_s;
    case Field::Crawlable:
        return u"crawlable"_s;
    case Field::CreatedAt:
        return u"created_at"_s;
    case Field::Clicks:
        return u"clicks"_s;
    }
    return {};
}

}   // namespace Linkdeck::Bulk
