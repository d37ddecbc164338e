#pragma once

#include "model/tracker.h"

#include <QAbstractTableModel>
#include <QSet>

namespace Coach {

//! The current slot values (spec §5.9 "Current slots"), one row per slot.
//! Slots whose value changed in the last update are shown bold, so that
//! the annotator sees what the last turn did.
class SlotsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlotsModel)

public:
    enum Column { Name, Value, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole, //!< the slot value as QJsonValue
        ChangedRole, //!< bool: changed by the last setSlots()
    };
    Q_ENUM(Role)

    explicit SlotsModel(QObject *parent = nullptr);

    //! Replaces the values; rows of slots that keep their name are updated
    //! in place (dataChanged), new names are inserted, vanished ones removed.
    void setSlotValues(const QList<SlotValue> &values);
    QList<SlotValue> slotValues() const { return m_values; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void removeVanished(const QList<SlotValue> &values);
    void updateAndAppend(const QList<SlotValue> &values);
    int rowOf(const QString &name) const;

    QList<SlotValue> m_values;
    QSet<QString> m_changed;
};

} // namespace Coach
