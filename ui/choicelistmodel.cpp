#include "choicelistmodel.h"

using namespace Qt::StringLiterals;

namespace Coach {

ChoiceListModel::ChoiceListModel(QObject *parent) : QAbstractListModel(parent)
{ }

void ChoiceListModel::setChoices(const QList<Choice> &choices)
{
    if (choices == m_choices)
        return;
    // A new question is a new list: a reset is the honest signal here.
    beginResetModel();
    m_choices = choices;
    endResetModel();
}

int ChoiceListModel::rowOf(const QString &name) const
{
    for (qsizetype row = 0; row < m_choices.size(); ++row) {
        if (m_choices.at(row).name == name)
            return static_cast<int>(row);
    }
    return -1;
}

int ChoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_choices.size());
}

QVariant ChoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Choice &choice = m_choices.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString score = choice.score ? QString::number(*choice.score, 'f', 2) : u"    "_s;
        QString text = score + u"  "_s + choice.name;
        if (!choice.note.isEmpty())
            text += u"  (%1)"_s.arg(choice.note);
        return text;
    }
    case Qt::AccessibleTextRole:
    case RawValueRole:
        return choice.name;
    case ScoreRole:
        return choice.score ? QVariant(*choice.score) : QVariant();
    case NoteRole:
    case Qt::ToolTipRole:
        return choice.note;
    default:
        return {};
    }
}

} // namespace Coach
