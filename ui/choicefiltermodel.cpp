#include "choicefiltermodel.h"

#include "choicelistmodel.h"

using namespace Qt::StringLiterals;

namespace Coach {

ChoiceFilterModel::ChoiceFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ChoiceListModel::RawValueRole);
    setDynamicSortFilter(true);
}

void ChoiceFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    invalidateRowsFilter();
}

bool ChoiceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    return source.data(ChoiceListModel::RawValueRole)
        .toString()
        .contains(m_filter, Qt::CaseInsensitive);
}

} // namespace Coach
