#pragma once

#include "event.h"
#include "result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace Coach {

//! Which events a tracker dump includes (`include_events`, spec §2.3).
enum class EventVerbosity { None, Applied, AfterRestart, All };

QString verbosityName(EventVerbosity verbosity);
//! Case-insensitive, as on the server; nullopt for unknown names.
std::optional<EventVerbosity> verbosityFromName(const QString &name);

struct SlotValue
{
    QString name;
    QJsonValue value;
    bool operator==(const SlotValue &other) const = default;
};

//! The tracker's `active_loop` object.
struct ActiveLoopState
{
    QString name;
    bool isInterrupted = false;
    bool rejected = false;
    QJsonValue triggerMessage;

    bool isActive() const { return !name.isEmpty(); }
    //! `{}` when no loop is active.
    QJsonObject toJson() const;
    static ActiveLoopState fromJson(const QJsonObject &json);
};

//! Rasa's rules on event lists (spec §3.4), shared by the app, the exporter
//! and fake-rasa so that all three agree on what a conversation means.
namespace EventRules {

//! The events that determine the current state: reset at restart and
//! session_started, undone and rewound turns removed, repeated loop turns
//! collapsed (DialogueStateTracker.applied_events).
EventList applied(const EventList &events);
//! What the annotator kept: `undo` and `rewind` applied, every other event
//! in order (unlike applied(): no reset at restarts and session starts, and
//! a form's turns between two of its runs are not pruned). Stories hold it.
EventList kept(const EventList &events);
EventList afterLatestRestart(const EventList &events);
EventList forVerbosity(const EventList &events, EventVerbosity verbosity);
//! Parts between `restart` events, restarts dropped, empty parts dropped.
QList<EventList> splitAtRestarts(const EventList &events);
//! Parts cut before every `session_started` (each keeps its own).
QList<EventList> splitAtSessions(const EventList &events);
//! True when the last action (after the last user message) is action_listen
//! in the applied events (spec §5.3).
bool isListening(const EventList &events);
//! Names that appear in a non-null active_loop event.
QStringList loopNames(const EventList &events);

} // namespace EventRules

//! A conversation replayed locally with Rasa's event semantics
//! (DialogueStateTracker.update / apply_to). Used to show the state the
//! server will have and, by fake-rasa, to be the server's tracker.
class Tracker
{
public:
    //! With no slot definitions every slot name is accepted (Rasa's
    //! AnySlotDict); with definitions, unknown slots are ignored.
    explicit Tracker(QString senderId = {}, QList<SlotValue> slotDefaults = {},
                     bool acceptAnySlot = true);

    static Tracker fromEvents(const QString &senderId, const EventList &events,
                              const QList<SlotValue> &slotDefaults = {}, bool acceptAnySlot = true);

    void update(const Event &event);
    void update(const EventList &events);

    QString senderId() const { return m_senderId; }
    const EventList &events() const { return m_events; }
    EventList appliedEvents() const { return EventRules::applied(m_events); }

    QList<SlotValue> slotValues() const { return m_slots; }
    QJsonValue slot(const QString &name) const;
    //! Parse data of the latest user message; entities include those added
    //! by `entities` events.
    ParseData latestMessage() const { return m_latestMessage; }
    ActiveLoopState activeLoop() const { return m_activeLoop; }
    bool isPaused() const { return m_paused; }
    QString followupAction() const { return m_followupAction; }
    QString latestActionName() const;
    bool isListening() const { return EventRules::isListening(m_events); }

    //! The tracker JSON of Rasa's `current_state` (spec §4.1).
    QJsonObject toJson(EventVerbosity verbosity) const;

private:
    void apply(const Event &event);
    void reset();
    void resetSlots();
    void replayApplied();
    void setSlot(const QString &name, const QJsonValue &value);
    void setLatestAction(const Event &action);
    void addEntities(const Event &event);

    QString m_senderId;
    QList<SlotValue> m_slotDefaults;
    bool m_acceptAnySlot = true;
    EventList m_events;

    QList<SlotValue> m_slots;
    ParseData m_latestMessage;
    bool m_hasLatestMessage = false;
    ActiveLoopState m_activeLoop;
    bool m_paused = false;
    QString m_followupAction;
    QJsonValue m_latestAction; // null for a fresh tracker, {} after a reset
};

//! A tracker as a server reported it (GET tracker and POST responses).
struct TrackerSnapshot
{
    QString senderId;
    QList<SlotValue> slotValues;
    ParseData latestMessage;
    std::optional<double> latestEventTime;
    QString followupAction;
    bool paused = false;
    bool hasEvents = false; //!< false for include_events=NONE
    EventList events;
    QString latestInputChannel;
    ActiveLoopState activeLoop;
    QString latestActionName;
    QJsonObject json; //!< the whole body, unchanged

    QJsonValue slot(const QString &name) const;

    //! Reads a tracker body. Only `events` is checked strictly (when
    //! present it must be an array of events, or null); other keys of the
    //! wrong type are treated as absent.
    static Result<TrackerSnapshot> fromJson(const QJsonValue &value, bool requireEvents = false);
};

} // namespace Coach
