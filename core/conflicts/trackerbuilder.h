#pragma once

#include "statetable.h"

#include "model/event.h"

#include <QJsonValue>
#include <QString>
#include <QVector>

namespace Coach {

class StateDomain;

//! One tracker as Rasa's conflict check sees it: the dialogue state before
//! each action and the actions. `states` has one entry more than `actions`:
//! the state after the last event.
struct ConflictTracker
{
    //! The story name ("a > b" when checkpoints joined blocks) or the
    //! conversation's name.
    QString name;
    QVector<qint32> states;
    QVector<qint32> actions;
    //! The story steps (indexes into the steps it was made from) it went
    //! through, in order: what to show when the user opens it.
    QVector<int> steps;
    //! The session conversation it is part of; -1 for training stories.
    int conversation = -1;
};

//! Builds a ConflictTracker event by event, as Rasa's TrackerWithCachedStates
//! does: a new state after every action, the last state replaced after any
//! other event. Copyable, so that checkpoints and OR steps can fork it.
class TrackerBuilder
{
public:
    TrackerBuilder(const StateDomain &domain, StateTable &table);

    void apply(const Event &event);
    //! The tracker with its last state up to date.
    const ConflictTracker &tracker();
    ConflictTracker &data() { return m_tracker; }
    //! A slot's value as set so far (null when unset or unknown).
    QJsonValue slotValue(const QString &name) const;

private:
    void applyUser(const Event &event);
    void applyAction(const Event &event);
    void setSlot(int slot, const QJsonValue &value);
    void reset();
    qint32 currentState();

    const StateDomain *m_domain;
    StateTable *m_table;
    ConflictTracker m_tracker;
    qint32 m_user = -1;
    qint32 m_action = -1;
    qint32 m_loop = -1;
    QVector<QJsonValue> m_slotValues;
    //! Interned feature per slot (-1: not in the state).
    QVector<qint32> m_slotFeatures;
    bool m_dirty = false; //!< the last state is out of date
};

} // namespace Coach
