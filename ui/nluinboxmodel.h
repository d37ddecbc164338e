#pragma once

#include "inbox/nluinbox.h"
#include "inbox/sessioninboxstate.h"

#include <QAbstractTableModel>

namespace Coach {

//! The NLU inbox table: one row per text users typed that the project's NLU
//! data does not have, with the prediction and the annotator's decision
//! (accepted with an intent, or deleted).
class NluInboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NluInboxModel)

public:
    enum Column { Text, Count, Intent, Confidence, Decision, ColumnCount };
    Q_ENUM(Column)
    enum Role { DecidedRole = Qt::UserRole };

    explicit NluInboxModel(QObject *parent = nullptr);

    void setItems(const QList<NluInboxItem> &items);
    //! The decisions kept in the session (accepted examples, dismissed texts).
    void setDecisions(const SessionInboxState &state);
    const QList<NluInboxItem> &items() const { return m_items; }
    const NluInboxItem &item(int row) const { return m_items.at(row); }
    //! The accepted intent, "" when deleted, nullopt when undecided.
    std::optional<QString> decision(int row) const;
    //! The next undecided row after `row` (wrapping), or -1.
    int nextUndecided(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString decisionText(int row) const;

    QList<NluInboxItem> m_items;
    QHash<QString, QString> m_accepted; //!< text → intent
    QSet<QString> m_dismissed;
};

} // namespace Coach
