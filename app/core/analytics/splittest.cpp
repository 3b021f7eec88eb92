#include "core/analytics/splittest.h"

#include <QLocale>

#include <boost/math/distributions/chi_squared.hpp>

#include <cmath>

#include "core/links/linksplit.h"

using namespace Qt::StringLiterals;

namespace Linkdeck {

SplitTest SplitTest::evaluate(const QList<Link::Variant> &variants, const QList<ClickShare> &clicks)
{
    SplitTest t;
    for (qsizetype i = 0; i < variants.size(); ++i) {
        Row row;
        row.variant = int(i) + 1;
        row.url = variants.at(i).url;
        row.percent = variants.at(i).percent;
        for (const ClickShare &c : clicks) {
            if (c.value == QString::number(row.variant))
                row.clicks += c.clicks;
        }
        t.total += row.clicks;
        t.rows.append(row);
    }
    if (t.rows.size() < 2)
        return t;
    int percents = 0;
    for (const Row &row : std::as_const(t.rows))
        percents += row.percent;
    if (percents <= 0)
        return t;
    int smallest = percents;
    for (Row &row : t.rows) {
        row.share = t.total > 0 ? 100.0 * double(row.clicks) / double(t.total) : 0;
        smallest = std::min(smallest, std::max(row.percent, 1));
    }
    const QLocale locale;
    t.degreesOfFreedom = int(t.rows.size()) - 1;
    // The smallest share must expect MinExpected clicks.
    t.needed = qint64(std::ceil(MinExpected * percents / smallest));
    t.enough = t.total >= t.needed;
    if (!t.enough) {
        t.summary = tr("Too few clicks to compare the variants yet: %Ln click(s) so far, and the test needs about %1.",
                       nullptr, int(std::min<qint64>(t.total, INT_MAX)))
                        .arg(locale.toString(t.needed));
        return t;
    }
    double best = -1;
    for (const Row &row : std::as_const(t.rows)) {
        const double expected = double(t.total) * row.percent / percents;
        const double d = double(row.clicks) - expected;
        t.chiSquare += d * d / expected;
        const double ratio = double(row.clicks) / expected;
        if (ratio > best) {
            best = ratio;
            t.leader = row.variant;
        }
    }
    const boost::math::chi_squared distribution(t.degreesOfFreedom);
    t.pValue = boost::math::cdf(boost::math::complement(distribution, t.chiSquare));
    t.significant = t.pValue < Level;
    const QString p = t.pValue < 0.001 ? u"< 0.001"_s : u"= "_s + locale.toString(t.pValue, 'f', 3);
    if (t.significant) {
        t.summary = tr("Variant %1 gets significantly more clicks than its share of visitors (chi-square test, p %2, "
                       "%Ln click(s)).",
                       nullptr, int(std::min<qint64>(t.total, INT_MAX)))
                        .arg(LinkSplit::letter(t.leader), p);
    } else {
        t.summary = tr("The difference between the variants is not significant yet (chi-square test, p %1, %Ln "
                       "click(s)): each gets about the clicks its share of visitors brings.",
                       nullptr, int(std::min<qint64>(t.total, INT_MAX)))
                        .arg(p);
    }
    return t;
}

}   // namespace Linkdeck
