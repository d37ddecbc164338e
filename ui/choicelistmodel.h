#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

#include <optional>

namespace Coach {

//! One entry of a ranked pick list: an intent or an action with its score.
struct Choice
{
    QString name;
    std::optional<double> score; //!< none for session-created entries
    QString note; //!< e.g. "created in this session"
    bool operator==(const Choice &other) const = default;
};

//! The ranked intents of the NLU question or the actions of the action
//! question, in the order the session gives (Rasa's menu order).
class ChoiceListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceListModel)

public:
    enum Role {
        RawValueRole = Qt::UserRole, //!< the name
        ScoreRole, //!< double, or invalid when there is no score
        NoteRole,
    };
    Q_ENUM(Role)

    explicit ChoiceListModel(QObject *parent = nullptr);

    void setChoices(const QList<Choice> &choices);
    const QList<Choice> &choices() const { return m_choices; }
    //! Row of the entry with this name, or -1.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Choice> m_choices;
};

} // namespace Coach
