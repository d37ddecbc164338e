#include "replaymodel.h"

#include "replay/replaytext.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace Coach {

ReplayModel::ReplayModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void ReplayModel::setSession(const ReplaySession &session)
{
    beginResetModel();
    m_session = session;
    m_rows.clear();
    m_resolutions.clear();
    for (int p = 0; p < m_session.parts.size(); ++p) {
        for (int t = 0; t < m_session.parts.at(p).turns.size(); ++t)
            m_rows.append({p, t});
    }
    endResetModel();
}

void ReplayModel::setTurn(int part, int turn, const ReplayTurn &result)
{
    const int row = rowOf(part, turn);
    if (row < 0)
        return;
    m_session.parts[part].turns[turn] = result;
    m_resolutions.remove(row);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const ReplayPart &ReplayModel::partAt(int row) const
{
    return m_session.parts.at(m_rows.at(row).part);
}

const ReplayTurn &ReplayModel::turnAt(int row) const
{
    return partAt(row).turns.at(m_rows.at(row).turn);
}

int ReplayModel::rowOf(int part, int turn) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).part == part && m_rows.at(row).turn == turn)
            return row;
    }
    return -1;
}

QList<ReplayDifference> ReplayModel::differences(int row) const
{
    return row >= 0 && row < m_rows.size() ? ReplayAnswers::differences(turnAt(row))
                                           : QList<ReplayDifference>();
}

ReplayModel::Resolution ReplayModel::resolution(int row, const ReplayDifference &difference) const
{
    for (const auto &[settled, resolution] : m_resolutions.value(row)) {
        if (settled == difference)
            return resolution;
    }
    return Resolution::Open;
}

void ReplayModel::setResolution(int row, const ReplayDifference &difference, Resolution resolution)
{
    if (row < 0 || row >= m_rows.size() || this->resolution(row, difference) == resolution)
        return;
    auto &settled = m_resolutions[row];
    settled.removeIf([&](const auto &entry) { return entry.first == difference; });
    if (resolution != Resolution::Open)
        settled.append({difference, resolution});
    Q_EMIT dataChanged(index(row, Result), index(row, Result));
}

int ReplayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReplayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReplayTurn &turn = turnAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole:
        return index.column() == Result ? ReplayText::differences(turn).join(u'\n') : QVariant();
    case DiffersRole:
        return index.column() == Result ? turn.replayed && !turn.agrees()
                                        : cellDiffers(turn, index.column());
    case OpenRole:
        return isOpen(index.row());
    case Qt::BackgroundRole:
        return cellDiffers(turn, index.column()) ? QBrush(QColor(0xfd, 0xe8, 0xe8)) : QVariant();
    default:
        return {};
    }
}

QVariant ReplayModel::display(int row, int column) const
{
    const ReplayPart &part = partAt(row);
    const ReplayTurn &turn = turnAt(row);
    switch (column) {
    case Conversation:
        return tr("%1, part %2").arg(part.conversationId).arg(part.part);
    case Turn:
        return turn.index;
    case User:
        return turn.text();
    case Intent:
        return intentText(turn);
    case Entities:
        return cellDiffers(turn, Entities)
            ? tr("%1 → %2").arg(ReplayText::entities(turn.expectedEntities()),
                                ReplayText::entities(turn.predictedEntities()))
            : ReplayText::entities(turn.expectedEntities());
    case Actions:
        return actionsText(turn);
    case Result:
        return resultText(row);
    }
    return {};
}

QString ReplayModel::intentText(const ReplayTurn &turn) const
{
    if (!turn.parsed)
        return turn.expectedIntent();
    const QString delta = ReplayText::confidenceDelta(turn);
    const QString predicted = delta.isEmpty()
        ? ReplayText::scored(turn.predictedIntent(), turn.predictedConfidence())
        : tr("%1, %2").arg(ReplayText::scored(turn.predictedIntent(), turn.predictedConfidence()),
                           delta);
    //: annotated intent → predicted intent (confidence, its difference)
    return tr("%1 → %2").arg(turn.expectedIntent(), predicted);
}

QString ReplayModel::actionsText(const ReplayTurn &turn) const
{
    QStringList names;
    for (const ReplayAction &action : turn.actions) {
        names.append(action.replayed && !action.agrees()
                         ? tr("%1 → %2").arg(action.expected, action.predicted)
                         : action.expected);
    }
    return names.join(u", "_s);
}

QString ReplayModel::resultText(int row) const
{
    const ReplayTurn &turn = turnAt(row);
    if (!turn.replayed)
        return tr("pending");
    if (turn.agrees())
        return tr("agrees");
    return isOpen(row) ? tr("differs") : tr("settled");
}

bool ReplayModel::cellDiffers(const ReplayTurn &turn, int column) const
{
    if (!turn.replayed)
        return false;
    switch (column) {
    case Intent:
        return !turn.intentAgrees();
    case Entities:
        return !turn.entitiesAgree();
    case Actions:
        return !turn.actionsAgree();
    default:
        return false;
    }
}

bool ReplayModel::isOpen(int row) const
{
    const QList<ReplayDifference> found = differences(row);
    return std::any_of(found.cbegin(), found.cend(),
                       [this, row](const ReplayDifference &difference) {
                           return resolution(row, difference) == Resolution::Open;
                       });
}

QVariant ReplayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Conversation:
        return tr("Conversation");
    case Turn:
        return tr("Turn");
    case User:
        return tr("User");
    case Intent:
        return tr("Intent (annotated → predicted)");
    case Entities:
        return tr("Entities");
    case Actions:
        return tr("Actions");
    case Result:
        return tr("Result");
    }
    return {};
}

} // namespace Coach
