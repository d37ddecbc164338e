#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <utility>

namespace Coach {

//! One dialogue state as Rasa's Domain.get_active_state builds it, with
//! every part interned in a StateTable (-1: the part is not in the state).
struct DialogueState
{
    //! The latest user message: intent, end-to-end text, featurized
    //! entity labels (joined); one interned user part.
    qint32 user = -1;
    //! The latest action: name or end-to-end bot text.
    qint32 action = -1;
    qint32 loop = -1;
    //! (slot name, feature) of the slots in the state, in slot order.
    QVector<std::pair<qint32, qint32>> slotFeatures;

    bool operator==(const DialogueState &other) const = default;
};

size_t qHash(const DialogueState &state, size_t seed = 0) noexcept;

//! What a state's user part holds.
struct UserPart
{
    qint32 intent = -1;
    qint32 text = -1;
    qint32 entities = -1;
    bool operator==(const UserPart &other) const = default;
};

size_t qHash(const UserPart &part, size_t seed = 0) noexcept;

//! What an action event is to Rasa's conflict check: its name or its
//! end-to-end text (ActionExecuted's hash and str()).
struct ActionPart
{
    qint32 name = -1;
    qint32 text = -1;
    bool operator==(const ActionPart &other) const = default;
};

size_t qHash(const ActionPart &part, size_t seed = 0) noexcept;

//! Interns the strings, user parts, actions and states of dialogue states so
//! that a tracker is a list of integers and comparing histories is cheap.
//! The project's trackers and the session's conversations share one table.
class StateTable
{
public:
    StateTable();

    qint32 string(const QString &text);
    const QString &text(qint32 id) const { return m_strings.at(id); }
    qint32 user(const UserPart &part) { return intern(m_users, m_userIds, part); }
    const UserPart &userPart(qint32 id) const { return m_users.at(id); }
    qint32 action(const ActionPart &part) { return intern(m_actions, m_actionIds, part); }
    const ActionPart &actionPart(qint32 id) const { return m_actions.at(id); }
    qint32 state(const DialogueState &state) { return intern(m_states, m_stateIds, state); }
    const DialogueState &dialogueState(qint32 id) const { return m_states.at(id); }

    //! str() of the action event: its name, else its text.
    QString actionLabel(qint32 action) const;
    qint32 actionListen() const { return m_listen; }
    qint32 actionUnlikelyIntent() const { return m_unlikely; }

    //! What Rasa's conflict message says happened before a state
    //! (_get_previous_event): ("action", name) unless the latest action is
    //! action_listen, ("bot utterance", text), ("intent", name),
    //! ("user utterance", text); empty at the start of a conversation.
    std::pair<QString, QString> previousEvent(qint32 state) const;
    //! A state as Rasa's dict shows it (for the UI): user, prev_action, ...
    QString describe(qint32 state) const;

private:
    template <typename T>
    static qint32 intern(QList<T> &values, QHash<T, qint32> &ids, const T &value)
    {
        const auto found = ids.constFind(value);
        if (found != ids.cend())
            return found.value();
        const auto id = qint32(values.size());
        values.append(value);
        ids.insert(value, id);
        return id;
    }

    QStringList m_strings;
    QHash<QString, qint32> m_stringIds;
    QList<UserPart> m_users;
    QHash<UserPart, qint32> m_userIds;
    QList<ActionPart> m_actions;
    QHash<ActionPart, qint32> m_actionIds;
    QList<DialogueState> m_states;
    QHash<DialogueState, qint32> m_stateIds;
    qint32 m_listen = -1;
    qint32 m_unlikely = -1;
};

} // namespace Coach
