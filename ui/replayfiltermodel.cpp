#include "replayfiltermodel.h"

#include "replaymodel.h"

namespace Coach {

ReplayFilterModel::ReplayFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // A turn that comes back differing appears at once.
    setDynamicSortFilter(true);
}

void ReplayFilterModel::setOnlyDifferences(bool only)
{
    if (only == m_onlyDifferences)
        return;
    m_onlyDifferences = only;
    invalidateRowsFilter();
}

bool ReplayFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_onlyDifferences)
        return true;
    const QModelIndex result = sourceModel()->index(sourceRow, ReplayModel::Result, sourceParent);
    return result.data(ReplayModel::DiffersRole).toBool();
}

} // namespace Coach
