#pragma once

#include <QSortFilterProxyModel>

namespace Coach {

//! Filters a ChoiceListModel by the typed text (case-insensitive substring
//! of the name). The source order is kept.
class ChoiceFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceFilterModel)

public:
    explicit ChoiceFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filter;
};

} // namespace Coach
