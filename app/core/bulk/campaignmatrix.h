#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/base/result.h"

namespace Linkdeck::Bulk {

// A campaign's links as a matrix: each destination times each source, medium and content,
// with consistent UTM values and back-halves made from a pattern. What a newsletter, a print
// run and three social networks need, made in one go and checked before any link exists.
//
//   CampaignMatrix m;
//   m.campaign = u"Spring Sale"_s;
//   m.destinations = {u"https://shop.example/spring"_s};
//   m.sources = {u"newsletter"_s, u"facebook"_s};
//   m.mediums = {u"email"_s, u"social"_s};
//   auto rows = m.rows();   // 4 rows: spring-sale-newsletter-email, ... ({content} is empty here)
//
// Placeholders in the patterns: {campaign} {source} {medium} {content} {term} {page} (the
// destination's last path segment, or its host) and {n} (1, 2, ... in the matrix's order).
struct CampaignMatrix
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Bulk::CampaignMatrix)
public:
    QString campaign;
    QStringList destinations;
    QStringList sources;
    QStringList mediums;
    QStringList contents;   // optional: without any, the matrix has no content dimension
    QString term;           // optional, the same for every link
    QString slugPattern = defaultSlugPattern;
    QString titlePattern = defaultTitlePattern;
    QStringList tags;
    bool lowercaseUtm = true;   // analytics tools count "Email" and "email" apart

    static inline const QString defaultSlugPattern = QStringLiteral("{campaign}-{source}-{medium}-{content}");
    static inline const QString defaultTitlePattern = QStringLiteral("{campaign}: {source} / {medium}");
    // The most links one matrix makes (a typo such as a pasted column should not make 50,000).
    static constexpr int MaxLinks = 5000;

    struct Row
    {
        QString destination;   // with the UTM parameters
        QString slug;
        QString title;
        QString source;
        QString medium;
        QString content;
    };
    // The links, in order (destination, then source, medium, content), or a sentence saying
    // what to change: a missing campaign or destination, an address that is refused, a
    // back-half the pattern makes twice or cannot make.
    Result<QList<Row>> rows() const;
    // The rows as a table the importer reads (Linkdeck's own column names), UTF-8. A cell a
    // spreadsheet would run as a formula (a campaign named "=HYPERLINK(…)" makes such titles)
    // gets the leading apostrophe of Csv::safeField(), which the importer takes off again.
    static QByteArray toCsv(const QList<Row> &rows, const QStringList &tags);

    // Lower case, spaces and other separators as "-", only the characters a back-half allows.
    static QString slugPart(const QString &text);
    // "a, b; c" or one per line: the non-empty entries, trimmed, each once.
    static QStringList splitList(const QString &text);
};

}   // namespace Linkdeck::Bulk
