#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/analytics/analytics.h"

namespace Linkdeck {

// Clicks over time as a table for Qt Charts' model mappers: one row per bucket; column 0
// is the bucket's start (milliseconds since the epoch), column 1 the clicks, and columns
// 2... the parts of a split chart (a link, an account). DisplayRole holds plain numbers,
// which is what QVXYModelMapper and QVBarModelMapper read; headers carry the names.
class ClickSeriesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Part
    {
        QString name;
        QList<qint64> clicks;   // one per bucket
        qint64 total() const
        {
            qint64 n = 0;
            for (qint64 c : clicks)
                n += c;
            return n;
        }
    };

    enum Column {
        StartColumn = 0,
        ClicksColumn = 1,
        FirstPartColumn = 2,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setSeries(const QList<Analytics::Bucket> &buckets, const QList<Part> &parts = {});
    const QList<Analytics::Bucket> &buckets() const { return m_buckets; }
    const QList<Part> &parts() const { return m_parts; }
    qint64 maximum(bool stacked) const;   // the highest value a chart must show

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Analytics::Bucket> m_buckets;
    QList<Part> m_parts;
};

}   // namespace Linkdeck
