#include "nluinboxmodel.h"

#include <QLocale>

namespace Coach {

NluInboxModel::NluInboxModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void NluInboxModel::setItems(const QList<NluInboxItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void NluInboxModel::setDecisions(const SessionInboxState &state)
{
    m_accepted.clear();
    for (const TrainingExample &example : state.acceptedExamples)
        m_accepted.insert(example.text, example.intent);
    m_dismissed = QSet<QString>(state.dismissedTexts.cbegin(), state.dismissedTexts.cend());
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::optional<QString> NluInboxModel::decision(int row) const
{
    const QString &text = m_items.at(row).text;
    if (m_dismissed.contains(text))
        return QString();
    const auto accepted = m_accepted.constFind(text);
    return accepted == m_accepted.cend() ? std::nullopt : std::optional<QString>(*accepted);
}

int NluInboxModel::nextUndecided(int row) const
{
    for (int step = 1; step <= m_items.size(); ++step) {
        const int candidate = static_cast<int>((row + step) % m_items.size());
        if (!decision(candidate))
            return candidate;
    }
    return -1;
}

int NluInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int NluInboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NluInboxModel::decisionText(int row) const
{
    const std::optional<QString> decided = decision(row);
    if (!decided)
        return {};
    return decided->isEmpty() ? tr("deleted") : tr("accepted as %1").arg(*decided);
}

QVariant NluInboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const NluInboxItem &item = m_items.at(index.row());
    if (role == DecidedRole)
        return decision(index.row()).has_value();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Text:
        return item.text;
    case Count:
        return item.count;
    case Intent:
        return item.intent;
    case Confidence:
        return item.confidence ? QLocale().toString(*item.confidence, 'f', 2) : QString();
    case Decision:
        return decisionText(index.row());
    default:
        return {};
    }
}

QVariant NluInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Text:
        return tr("User message");
    case Count:
        return tr("Times");
    case Intent:
        return tr("Predicted intent");
    case Confidence:
        return tr("Confidence");
    case Decision:
        return tr("Decision");
    default:
        return {};
    }
}

} // namespace Coach
