#include "core/bulk/campaignmatrix.h"

#include "core/base/csv.h"
#include "core/bulk/columnmapping.h"
#include "core/links/slug.h"
#include "core/links/urlvalidator.h"
#include "core/links/utm.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Linkdeck::Bulk {
namespace {

// The destination's last path segment, or its host's first label.
QString pageOf(const QString &url)
{
    const QUrl u(url);
    const QStringList segments = u.path().split(u'/', Qt::SkipEmptyParts);
    if (!segments.isEmpty())
        return segments.last();
    return u.host().section(u'.', 0, 0) == u"www"_s ? u.host().section(u'.', 1, 1) : u.host().section(u'.', 0, 0);
}

}   // namespace

QString CampaignMatrix::slugPart(const QString &text)
{
    // Letters with accents lose them ("Frühling" -> "fruhling"); ß becomes ss.
    QString plain = text.normalized(QString::NormalizationForm_KD).toLower();
    plain.replace(u"ß"_s, u"ss"_s);
    QString out;
    out.reserve(plain.size());
    for (const QChar c : std::as_const(plain)) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_')
            out += c;
        else if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            continue;   // a combining accent, or a letter a back-half cannot hold
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

QStringList CampaignMatrix::splitList(const QString &text)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &part : text.split(QRegularExpression(u"[,;\\n]"_s), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty() && !seen.contains(t.toCaseFolded())) {
            seen.insert(t.toCaseFolded());
            out << t;
        }
    }
    return out;
}

Result<QList<CampaignMatrix::Row>> CampaignMatrix::rows() const
{
    const auto refuse = [](const QString &why) { return Error::make(Error::Kind::Invalid, why); };
    if (campaign.trimmed().isEmpty())
        return refuse(tr("Name the campaign."));
    if (destinations.isEmpty())
        return refuse(tr("Enter at least one destination."));
    if (sources.isEmpty())
        return refuse(tr("Enter at least one source, such as newsletter or facebook."));
    if (mediums.isEmpty())
        return refuse(tr("Enter at least one medium, such as email or social."));
    const qint64 count =
        qint64(destinations.size()) * sources.size() * mediums.size() * qMax<qsizetype>(1, contents.size());
    if (count > MaxLinks)
        return refuse(tr("This makes %1 links; a campaign matrix makes at most %2. Split it into several.")
                          .arg(count)
                          .arg(MaxLinks));
    QList<Row> out;
    out.reserve(count);
    QHash<QString, int> slugs;   // case-folded back-half -> its row, to find one made twice
    const QStringList contentList = contents.isEmpty() ? QStringList{QString()} : contents;
    int n = 0;
    for (const QString &destination : destinations) {
        const UrlCheck check = UrlValidator::check(destination.trimmed());
        if (!check.ok)
            return refuse(tr("“%1”: %2").arg(destination.trimmed(), check.reason));
        for (const QString &source : sources) {
            for (const QString &medium : mediums) {
                for (const QString &content : contentList) {
                    ++n;
                    const QHash<QString, QString> values{{u"campaign"_s, campaign.trimmed()},
                                                         {u"source"_s, source},
                                                         {u"medium"_s, medium},
                                                         {u"content"_s, content},
                                                         {u"term"_s, term},
                                                         {u"page"_s, pageOf(check.url)},
                                                         {u"n"_s, QString::number(n)}};
                    const auto fill = [&values](QString pattern, bool forSlug) {
                        for (auto it = values.cbegin(); it != values.cend(); ++it)
                            pattern.replace(u'{' + it.key() + u'}', forSlug ? slugPart(it.value()) : it.value());
                        return pattern;
                    };
                    Row row;
                    Utm utm{source, medium, campaign.trimmed(), term, content};
                    row.destination = utm.applyTo(check.url, lowercaseUtm);
                    row.slug = slugPart(fill(slugPattern, true));
                    // Parts left empty (no content) leave no doubled or trailing dashes.
                    row.slug.replace(QRegularExpression(u"-{2,}"_s), u"-"_s);
                    row.title = fill(titlePattern, false).simplified();
                    row.source = source;
                    row.medium = medium;
                    row.content = content;
                    if (const QString problem = Slug::problem(row.slug); !problem.isEmpty())
                        return refuse(tr("The back-half pattern makes “%1”: %2").arg(row.slug, problem));
                    const QString key = row.slug.toCaseFolded();
                    if (slugs.contains(key)) {
                        return refuse(tr("The back-half pattern makes “%1” twice (links %2 and %3): add {content}, "
                                         "{page} or {n} to it.")
                                          .arg(row.slug)
                                          .arg(slugs.value(key))
                                          .arg(n));
                    }
                    slugs.insert(key, n);
                    out << row;
                }
            }
        }
    }
    return out;
}

QByteArray CampaignMatrix::toCsv(const QList<Row> &rows, const QStringList &tags)
{
    QString out = ColumnMapping::columnName(Field::Destination) + u',' + ColumnMapping::columnName(Field::Slug) + u','
        + ColumnMapping::columnName(Field::Title) + u',' + ColumnMapping::columnName(Field::Tags) + u"\r\n"_s;
    const QString tagText = tags.join(u", "_s);
    for (const Row &row : rows)
        out += Csv::safeField(row.destination) + u',' + Csv::safeField(row.slug) + u',' + Csv::safeField(row.title)
            + u',' + Csv::safeField(tagText) + u"\r\n"_s;
    return out.toUtf8();
}

}   // namespace Linkdeck::Bulk
