#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Linkdeck::Bulk {

// What a column of an imported table holds.
enum class Field {
    Ignore,
    Destination,   // the long URL
    Slug,          // the back-half
    ShortUrl,      // a full short URL ("https://bit.ly/3xYz", Bitly's "bit.ly/3xYz"): its back-half, if no Slug column
    Title,
    Tags,   // "a, b" (also ; or | between them)
    UtmSource,
    UtmMedium,
    UtmCampaign,
    UtmTerm,
    UtmContent,
    Domain,
    StartsAt,
    ExpiresAt,
    MaxClicks,
    FallbackUrl,
    RedirectStatus,
    ForwardQuery,
    Crawlable,
    CreatedAt,
    Clicks,   // shown and exported, never imported: clicks are what visitors did here
};

// Which field each column of a table goes to, detected from the header and changeable (the
// import wizard's column menus). Recognises the column names of Linkdeck's own export and of
// the exports of Bitly, Rebrandly, Shlink, YOURLS and Kutt.
//
//   ColumnMapping mapping = ColumnMapping::detect(reader.header());
//   mapping.set(3, Field::Title);               // the user chose otherwise
//   if (const QString p = mapping.problem(); !p.isEmpty()) fail(p);
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Bulk::ColumnMapping)
public:
    ColumnMapping() = default;
    static ColumnMapping detect(const QStringList &header);

    const QStringList &header() const { return m_header; }
    int columnCount() const { return int(m_fields.size()); }
    Field field(int column) const { return m_fields.value(column, Field::Ignore); }
    // Maps a column; a field other than Ignore leaves any other column that had it.
    void set(int column, Field field);
    // The column of a field, or -1.
    int column(Field field) const;
    // "Bitly", "Rebrandly", "Shlink", "YOURLS", "Kutt", "Linkdeck", or empty for a table of
    // one's own: what the header looks like, for the wizard to say.
    QString detectedSource() const { return m_source; }
    // Empty if the mapping can import, else why not (no column holds the destination).
    QString problem() const;

    // For the wizard's menus: every field and its name for people.
    static QList<Field> fields();
    static QString fieldName(Field field);
    // Linkdeck's own column name of a field (its export's header), e.g. "destination".
    static QString columnName(Field field);

private:
    QStringList m_header;
    QList<Field> m_fields;
    QString m_source;
};

}   // namespace Linkdeck::Bulk
