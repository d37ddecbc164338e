#include "slotsmodel.h"

#include "model/jsonutil.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace Coach {

SlotsModel::SlotsModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void SlotsModel::setSlotValues(const QList<SlotValue> &values)
{
    const QSet<QString> previouslyChanged = m_changed;
    m_changed.clear();
    removeVanished(values);
    updateAndAppend(values);
    // Rows that are no longer "changed" lose their bold font.
    for (const QString &name : previouslyChanged) {
        const int row = rowOf(name);
        if (row >= 0 && !m_changed.contains(name))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                               {Qt::FontRole, ChangedRole});
    }
}

void SlotsModel::removeVanished(const QList<SlotValue> &values)
{
    for (int row = static_cast<int>(m_values.size()) - 1; row >= 0; --row) {
        const QString &name = m_values.at(row).name;
        const bool kept = std::any_of(values.begin(), values.end(),
                                      [&](const SlotValue &v) { return v.name == name; });
        if (kept)
            continue;
        beginRemoveRows({}, row, row);
        m_values.removeAt(row);
        endRemoveRows();
    }
}

void SlotsModel::updateAndAppend(const QList<SlotValue> &values)
{
    for (const SlotValue &value : values) {
        const int row = rowOf(value.name);
        if (row < 0) {
            const int at = static_cast<int>(m_values.size());
            beginInsertRows({}, at, at);
            m_values.append(value);
            endInsertRows();
            if (!value.value.isNull())
                m_changed.insert(value.name);
            continue;
        }
        if (m_values.at(row).value == value.value)
            continue;
        m_values[row] = value;
        m_changed.insert(value.name);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int SlotsModel::rowOf(const QString &name) const
{
    for (qsizetype row = 0; row < m_values.size(); ++row) {
        if (m_values.at(row).name == name)
            return static_cast<int>(row);
    }
    return -1;
}

int SlotsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_values.size());
}

int SlotsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlotsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SlotValue &slot = m_values.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return slot.name;
        return slot.value.isNull() ? u"null"_s : Json::displayText(slot.value);
    case RawValueRole:
        return QVariant::fromValue(slot.value);
    case ChangedRole:
        return m_changed.contains(slot.name);
    case Qt::FontRole: {
        if (!m_changed.contains(slot.name))
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant SlotsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Name ? tr("Slot") : tr("Value");
}

} // namespace Coach
