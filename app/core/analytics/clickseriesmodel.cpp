#include "core/analytics/clickseriesmodel.h"

#include <QLocale>

namespace Linkdeck {

void ClickSeriesModel::setSeries(const QList<Analytics::Bucket> &buckets, const QList<Part> &parts)
{
    beginResetModel();
    m_buckets = buckets;
    m_parts = parts;
    endResetModel();
}

qint64 ClickSeriesModel::maximum(bool stacked) const
{
    qint64 max = 0;
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        if (m_parts.isEmpty() || stacked) {
            max = std::max(max, m_buckets.at(i).clicks);
            continue;
        }
        for (const Part &p : m_parts)
            max = std::max(max, i < p.clicks.size() ? p.clicks.at(i) : 0);
    }
    return max;
}

int ClickSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_buckets.size());
}

int ClickSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstPartColumn + int(m_parts.size());
}

QVariant ClickSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Analytics::Bucket &b = m_buckets.at(index.row());
    if (role == Qt::ToolTipRole)
        return QLocale().toString(b.start, QLocale::ShortFormat);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    // Numbers, not text: the chart mappers convert DisplayRole with toReal().
    if (index.column() == StartColumn)
        return double(b.start.toMSecsSinceEpoch());
    if (index.column() == ClicksColumn)
        return double(b.clicks);
    const Part &p = m_parts.at(index.column() - FirstPartColumn);
    return double(index.row() < p.clicks.size() ? p.clicks.at(index.row()) : 0);
}

QVariant ClickSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_buckets.size() ? QVariant(m_buckets.at(section).start) : QVariant();
    if (section == StartColumn)
        return tr("Start");
    if (section == ClicksColumn)
        return tr("Clicks");
    return section - FirstPartColumn < m_parts.size() ? QVariant(m_parts.at(section - FirstPartColumn).name)
                                                      : QVariant();
}

}   // namespace Linkdeck
