#pragma once

#include <QSortFilterProxyModel>

namespace Coach {

//! The replay's turns, optionally only those that differ (ReplayModel's
//! DiffersRole in its Result column), whether settled or not.
class ReplayFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayFilterModel)

public:
    explicit ReplayFilterModel(QObject *parent = nullptr);

    bool onlyDifferences() const { return m_onlyDifferences; }
    void setOnlyDifferences(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyDifferences = false;
};

} // namespace Coach
