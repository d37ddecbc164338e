#pragma once

#include "session/historyrow.h"

#include <QAbstractTableModel>
#include <QList>

namespace Coach {

//! The conversation history table (spec §5.9): one row per HistoryRow of
//! the current story part, as InteractiveSession reports them. Changes are
//! applied as exact row ranges (insert, remove, dataChanged), never as a
//! reset, so views keep their selection and scroll position.
class ConversationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationModel)

public:
    enum Column { Number, Bot, User, Confidence, Policy, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole, //!< sortable value: row number, score, plain text
        KindRole, //!< HistoryRow::Kind as int
        EventJsonRole, //!< QJsonObject of the event, unchanged
        EventIndexRole, //!< index of the event in the conversation's events
        UserTextRole, //!< user message text (no markup)
        EntitiesRole, //!< QJsonArray of the message's entities
        IntentRole, //!< intent name of a user message
        ButtonsRole, //!< QStringList of a bot message's button titles
        IsUserRole, //!< bool: the row is a user message
    };
    Q_ENUM(Role)

    explicit ConversationModel(QObject *parent = nullptr);

    //! Replaces all rows, emitting only the differences.
    void setRows(const QList<HistoryRow> &rows);
    //! Rows [first, first + removedCount) become `inserted`
    //! (InteractiveSession::historyChanged).
    void replaceRows(int first, int removedCount, const QList<HistoryRow> &inserted);
    void clear();

    const QList<HistoryRow> &rows() const { return m_rows; }
    HistoryRow rowAt(int row) const;
    //! Row of the last user message, or -1.
    int lastUserRow() const;
    //! Row showing the event with this index, or -1.
    int rowOfEvent(int eventIndex) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant displayData(const HistoryRow &row, int column) const;
    QVariant rawData(const HistoryRow &row, int column) const;
    QVariant toolTipData(const HistoryRow &row, int column) const;
    QVariant roleData(const HistoryRow &row, int role) const;
    QString userCellText(const HistoryRow &row) const;

    QList<HistoryRow> m_rows;
};

} // namespace Coach
