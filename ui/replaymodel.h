#pragma once

#include "replay/replayanswers.h"
#include "replay/replaytypes.h"

#include <QAbstractTableModel>

namespace Coach {

//! The turns of a replay, one row each (pending rows until replayed):
//! annotated vs predicted intent with the confidence difference, entities
//! and actions; differing cells are marked. Each difference of a turn can
//! be accepted (the session's annotation rewritten) or kept: the model
//! remembers which, and a turn whose differences are all settled shows so.
class ReplayModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayModel)

public:
    enum Column { Conversation, Turn, User, Intent, Entities, Actions, Result, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        DiffersRole = Qt::UserRole, //!< bool: this cell (or, in Result, the turn) differs
        OpenRole, //!< bool: the turn has differences not settled yet
    };
    Q_ENUM(Role)
    enum class Resolution { Open, Accepted, Kept };

    explicit ReplayModel(QObject *parent = nullptr);

    //! Starts over with the planned turns of one session (none replayed).
    void setSession(const ReplaySession &session);
    //! A turn came back from the replay.
    void setTurn(int part, int turn, const ReplayTurn &result);

    const ReplaySession &session() const { return m_session; }
    const ReplayPart &partAt(int row) const;
    const ReplayTurn &turnAt(int row) const;
    //! Row of a turn, -1 if none.
    int rowOf(int part, int turn) const;

    QList<ReplayDifference> differences(int row) const;
    Resolution resolution(int row, const ReplayDifference &difference) const;
    void setResolution(int row, const ReplayDifference &difference, Resolution resolution);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int part;
        int turn;
    };

    QVariant display(int row, int column) const;
    QString intentText(const ReplayTurn &turn) const;
    QString actionsText(const ReplayTurn &turn) const;
    QString resultText(int row) const;
    bool cellDiffers(const ReplayTurn &turn, int column) const;
    bool isOpen(int row) const;

    ReplaySession m_session;
    QList<Row> m_rows;
    //! Settled differences per row.
    QHash<int, QList<QPair<ReplayDifference, Resolution>>> m_resolutions;
};

} // namespace Coach
