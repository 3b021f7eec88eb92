#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/links/link.h"
#include "core/providers/linkprovider.h"

namespace Linkdeck {

// How an A/B split is doing (issue 15): each variant's clicks against the share of visitors it
// was given, and whether the difference is significant. linkdeck-server gives each visitor one
// variant for good, so a variant that gets more than its share of the clicks is one whose
// visitors click again (or share the link) more often. The test is Pearson's chi-square
// goodness of fit of the clicks to the shares set (Boost.Math's distribution for the p-value),
// at the 5% level, and only once every variant expects at least 5 clicks (the test's rule of
// thumb); below that the summary says how many clicks it still needs.
//
//   const SplitTest test = SplitTest::evaluate(link.variants, figures.breakdown(u"variant"_s));
//   label->setText(test.summary);
class SplitTest
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::SplitTest)
public:
    struct Row
    {
        int variant = 0;   // 1 for the first (A)
        QString url;
        int percent = 0;   // the share of visitors set
        qint64 clicks = 0;
        double share = 0;   // of the clicks, in percent
    };
    QList<Row> rows;
    qint64 total = 0;
    double chiSquare = 0;
    int degreesOfFreedom = 0;
    double pValue = 1;
    bool enough = false;        // every variant expects at least MinExpected clicks
    bool significant = false;   // enough, and p < 0.05
    int leader = 0;             // when significant: the variant with most clicks for its share
    qint64 needed = 0;          // when not enough: the total the test needs
    QString summary;            // a sentence or two for people

    static constexpr double MinExpected = 5;
    static constexpr double Level = 0.05;

    // variants: the link's split; clicks: the "variant" breakdown ("1", "2", ... with clicks).
    static SplitTest evaluate(const QList<Link::Variant> &variants, const QList<ClickShare> &clicks);
};

}   // namespace Linkdeck
