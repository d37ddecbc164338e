#include "conversationmodel.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QString confidenceText(double confidence)
{
    return QString::number(confidence, 'f', 2);
}

bool sameRow(const HistoryRow &a, const HistoryRow &b)
{
    return a == b && a.intent == b.intent && a.confidence == b.confidence && a.policy == b.policy;
}

} // namespace

ConversationModel::ConversationModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void ConversationModel::setRows(const QList<HistoryRow> &rows)
{
    replaceRows(0, static_cast<int>(m_rows.size()), rows);
}

void ConversationModel::replaceRows(int first, int removedCount, const QList<HistoryRow> &inserted)
{
    first = std::clamp(first, 0, static_cast<int>(m_rows.size()));
    removedCount = std::clamp(removedCount, 0, static_cast<int>(m_rows.size()) - first);
    const int overlap = std::min(removedCount, static_cast<int>(inserted.size()));
    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = 0; i < overlap; ++i) {
        if (sameRow(m_rows.at(first + i), inserted.at(i)))
            continue;
        m_rows[first + i] = inserted.at(i);
        if (firstChanged < 0)
            firstChanged = first + i;
        lastChanged = first + i;
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    const int at = first + overlap;
    if (removedCount > overlap) {
        beginRemoveRows({}, at, first + removedCount - 1);
        m_rows.remove(at, removedCount - overlap);
        endRemoveRows();
    } else if (inserted.size() > overlap) {
        beginInsertRows({}, at, first + static_cast<int>(inserted.size()) - 1);
        for (qsizetype i = overlap; i < inserted.size(); ++i)
            m_rows.insert(first + i, inserted.at(i));
        endInsertRows();
    }
}

void ConversationModel::clear()
{
    setRows({});
}

HistoryRow ConversationModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : HistoryRow();
}

int ConversationModel::rowOfEvent(int eventIndex) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).eventIndex == eventIndex)
            return static_cast<int>(row);
    }
    return -1;
}

int ConversationModel::lastUserRow() const
{
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).kind == HistoryRow::Kind::User)
            return row;
    }
    return -1;
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConversationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ConversationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryRow &row = m_rows.at(index.row());
    if (index.column() == Number && (role == Qt::DisplayRole || role == RawValueRole))
        return index.row() + 1;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTipData(row, index.column());
    case RawValueRole:
        return rawData(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == Confidence)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignTop);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    default:
        return roleData(row, role);
    }
}

QVariant ConversationModel::roleData(const HistoryRow &row, int role) const
{
    const bool user = row.kind == HistoryRow::Kind::User;
    switch (role) {
    case KindRole:
        return static_cast<int>(row.kind);
    case EventJsonRole:
        return row.event.toJson();
    case EventIndexRole:
        return row.eventIndex;
    case IsUserRole:
        return user;
    case UserTextRole:
        return user ? row.event.text() : QVariant();
    case EntitiesRole:
        return user ? entitiesToJson(row.event.parseData().entities()) : QVariant();
    case IntentRole:
        return user ? row.intent : QVariant();
    case ButtonsRole: {
        QStringList titles;
        for (const BotButton &button : row.buttons)
            titles.append(button.title);
        return titles;
    }
    default:
        return {};
    }
}

QVariant ConversationModel::displayData(const HistoryRow &row, int column) const
{
    const bool user = row.kind == HistoryRow::Kind::User;
    switch (column) {
    case Bot:
        return user ? QString() : row.text;
    case User:
        return user ? userCellText(row) : QString();
    case Confidence:
        return row.confidence ? confidenceText(*row.confidence) : QString();
    case Policy:
        return row.policy;
    default:
        return {};
    }
}

QVariant ConversationModel::rawData(const HistoryRow &row, int column) const
{
    switch (column) {
    case Confidence:
        return row.confidence ? QVariant(*row.confidence) : QVariant();
    case User:
        return row.kind == HistoryRow::Kind::User ? row.event.text() : QString();
    default:
        return displayData(row, column);
    }
}

QVariant ConversationModel::toolTipData(const HistoryRow &row, int column) const
{
    if (column == User && row.kind == HistoryRow::Kind::User) {
        QStringList lines;
        for (const IntentScore &score : row.event.parseData().intentRanking())
            lines.append(u"%1 %2"_s.arg(confidenceText(score.confidence), score.name));
        if (!lines.isEmpty())
            return tr("Intent ranking:\n%1").arg(lines.join(u'\n'));
    }
    if (column == Bot && row.kind == HistoryRow::Kind::Action && !row.policy.isEmpty())
        return tr("Predicted by %1").arg(row.policy);
    return {};
}

QString ConversationModel::userCellText(const HistoryRow &row) const
{
    return tr("%1\nintent: %2 %3")
        .arg(row.text, row.intent, confidenceText(row.confidence.value_or(1.0)));
}

QVariant ConversationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("#");
    case Bot:
        return tr("Bot");
    case User:
        return tr("You");
    case Confidence:
        return tr("Score");
    case Policy:
        return tr("Policy");
    default:
        return {};
    }
}

} // namespace Coach
