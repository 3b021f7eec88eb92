// The table the charts' model mappers read: numbers in DisplayRole, names in the headers.

#include <QTest>
#include <QTimeZone>

#include "core/analytics/clickseriesmodel.h"

using namespace Qt::StringLiterals;
using namespace Linkdeck;

class TestClickSeriesModel : public QObject
{
    Q_OBJECT
private slots:
    void numbersForTheMappers();
};

void TestClickSeriesModel::numbersForTheMappers()
{
    const QTimeZone berlin("Europe/Berlin");
    const QList<Analytics::Bucket> buckets =
        Analytics::buckets(QDate(2026, 10, 24), QDate(2026, 10, 26), TimeUnit::Day, berlin);
    QCOMPARE(buckets.size(), 3);
    QList<Analytics::Bucket> filled = buckets;
    filled[0].clicks = 5;
    filled[1].clicks = 9;   // the 25-hour day
    filled[2].clicks = 1;
    ClickSeriesModel model;
    model.setSeries(filled, {{u"go.brand.com/a"_s, {3, 9, 0}}, {u"Other links"_s, {2, 0, 1}}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 4);
    // DisplayRole is a number (the mappers call toReal()), the start in ms since the epoch.
    const QVariant start = model.index(1, ClickSeriesModel::StartColumn).data();
    QCOMPARE(start.typeId(), QMetaType::Double);
    QCOMPARE(qint64(start.toDouble()), QDateTime(QDate(2026, 10, 25), QTime(0, 0), berlin).toMSecsSinceEpoch());
    QCOMPARE(model.index(1, ClickSeriesModel::ClicksColumn).data().toDouble(), 9.0);
    QCOMPARE(model.index(2, ClickSeriesModel::FirstPartColumn + 1).data().toDouble(), 1.0);
    QCOMPARE(model.headerData(ClickSeriesModel::FirstPartColumn, Qt::Horizontal).toString(), u"go.brand.com/a"_s);
    QCOMPARE(model.headerData(ClickSeriesModel::ClicksColumn, Qt::Horizontal).toString(), u"Clicks"_s);
    // Stacked bars reach the total; lines over each other only the highest part.
    QCOMPARE(model.maximum(true), 9);
    QCOMPARE(model.maximum(false), 9);
    model.setSeries(filled, {{u"a"_s, {3, 4, 0}}, {u"b"_s, {2, 5, 1}}});
    QCOMPARE(model.maximum(false), 5);
    QCOMPARE(model.maximum(true), 9);
    QCOMPARE(model.parts().at(1).total(), 8);
    QVERIFY(!model.index(0, 4).isValid());
}

QTEST_GUILESS_MAIN(TestClickSeriesModel)
#include "tst_clickseriesmodel.moc"
