#pragma once

#include "trackerbuilder.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <optional>
#include <vector>

namespace Coach {

class StateTable;

//! One story structure conflict: a (sliced) dialogue history that two or
//! more different actions follow (or that action_unlikely_intent follows).
struct StoryConflict
{
    struct Occurrence
    {
        int tracker = -1; //!< handle in the ConflictIndex
        int position = -1; //!< index of the action in the tracker
        QString story; //!< the tracker's name
    };
    struct Action
    {
        QString name;
        QList<Occurrence> occurrences; //!< in the order the trackers were added
        QStringList stories() const;
    };

    int slice = -1; //!< identifies the history in its ConflictIndex
    qint32 state = -1; //!< the last state of the history (StateTable id)
    QString eventType; //!< "intent", "action", "bot utterance", "user utterance"
    QString eventName;
    QList<Action> actions;

    //! What Rasa's message says after "after ": `intent 'greet'`.
    QString stateText() const;
    //! Rasa's message, word for word (StoryConflict.__str__), ending in a
    //! newline: "Story structure conflict after intent 'x':\n  a predicted
    //! in 'one'\n  b predicted in 'two'\n".
    QString rasaMessage() const;
    bool involves(int tracker) const;
};

//! The sliced histories of trackers and the actions that follow them, as
//! Rasa's story_conflict.find_story_conflicts counts them: for every action
//! of every tracker, the last `maxHistory` states before it (all of them
//! without a limit). A history is in conflict when different actions follow
//! it, or action_unlikely_intent does; conflicts at the very start of a
//! conversation are not reported. Trackers can be added and removed at any
//! time (a session's conversations change while the project's stories stay),
//! and a check costs only the states of the trackers it asks about.
class ConflictIndex
{
public:
    ConflictIndex(const StateTable &table, std::optional<int> maxHistory);

    std::optional<int> maxHistory() const { return m_maxHistory; }

    //! Adds a tracker; returns its handle (never reused).
    int add(ConflictTracker tracker);
    void remove(int handle);
    const ConflictTracker &tracker(int handle) const { return *m_trackers.at(size_t(handle)); }
    bool contains(int handle) const;
    int trackerCount() const { return m_trackerCount; }

    //! Every current conflict, in the order their histories first appeared.
    QList<StoryConflict> conflicts() const;
    //! The conflicts whose histories these trackers have.
    QList<StoryConflict> conflictsOf(const QList<int> &handles) const;
    //! The conflict at one action of a tracker, if there is one.
    std::optional<StoryConflict> conflictAt(int handle, int position) const;

private:
    struct Occurrence
    {
        int tracker;
        int position;
        qint32 action;
    };
    struct Slice
    {
        int tracker; //!< an occurrence whose states spell the history
        int position;
        size_t hash;
        QVarLengthArray<Occurrence, 2> occurrences;
    };

    std::pair<int, int> window(int position) const;
    bool sameHistory(const Slice &slice, const ConflictTracker &tracker, int position) const;
    int sliceFor(int handle, int position, size_t hash);
    bool isConflict(const Slice &slice) const;
    StoryConflict describe(int id) const;

    const StateTable &m_table;
    std::optional<int> m_maxHistory;
    std::vector<std::optional<ConflictTracker>> m_trackers;
    //! Per tracker handle: the slice of each action.
    std::vector<QVector<int>> m_trackerSlices;
    std::vector<Slice> m_slices;
    QHash<size_t, QVarLengthArray<int, 1>> m_sliceIds;
    int m_trackerCount = 0;
};

} // namespace Coach
