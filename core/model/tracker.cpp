#include "tracker.h"

#include "jsonutil.h"
#include "reversed.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

constexpr auto kActionListen = "action_listen"_L1;
constexpr auto kActionSessionStart = "action_session_start"_L1;

void undoTillPrevious(EventType type, EventList &done)
{
    while (!done.isEmpty()) {
        const EventType removed = done.takeLast().type();
        if (removed == type)
            break;
    }
}

//! `undo` removes the last action and what followed it; `rewind` the last
//! user message and the action before it (Rasa's ActionReverted and
//! UserUtteranceReverted).
void revert(EventType reverting, EventList &done)
{
    if (reverting == EventType::Rewind)
        undoTillPrevious(EventType::User, done);
    undoTillPrevious(EventType::Action, done);
}

bool isWithinUnhappyPath(const QString &loop, const Event &event,
                         const std::optional<QString> &nextAction)
{
    const bool rejectedBefore =
        event.type() == EventType::ActionExecutionRejected && event.name() == loop;
    const bool otherActionAfterUser =
        event.type() == EventType::User && nextAction.has_value() && *nextAction != loop;
    return rejectedBefore || otherActionAfterUser;
}

bool firstLoopExecutionOrUnhappyPath(const QString &loop, const EventList &applied)
{
    std::optional<QString> nextAction; // the action that followed, seen scanning backwards
    for (const Event &event : reversed(applied)) {
        if (event.type() == EventType::ActiveLoop && event.loopName().isEmpty())
            return true;
        if (isWithinUnhappyPath(loop, event, nextAction))
            return true;
        if (event.type() == EventType::Action) {
            if (event.name() == loop)
                return false;
            nextAction = event.name();
        }
    }
    return true;
}

void undoTillPreviousLoopExecution(const QString &loop, EventList &done)
{
    // Remove the actions, user messages and featurization markers of the
    // previous loop turn, keeping slots, bot messages and other events.
    qsizetype index = done.size() - 1;
    while (index >= 0) {
        const Event &event = done.at(index);
        if (event.type() == EventType::Action && event.name() == loop)
            break;
        const EventType type = event.type();
        if (type == EventType::Action || type == EventType::User
            || type == EventType::UserFeaturization) {
            done.removeAt(index);
        }
        --index;
    }
}

} // namespace

QString verbosityName(EventVerbosity verbosity)
{
    switch (verbosity) {
    case EventVerbosity::None:
        return QStringLiteral("NONE");
    case EventVerbosity::Applied:
        return QStringLiteral("APPLIED");
    case EventVerbosity::AfterRestart:
        return QStringLiteral("AFTER_RESTART");
    case EventVerbosity::All:
        return QStringLiteral("ALL");
    }
    return QString();
}

std::optional<EventVerbosity> verbosityFromName(const QString &name)
{
    const QString upper = name.toUpper();
    for (EventVerbosity verbosity : {EventVerbosity::None, EventVerbosity::Applied,
                                     EventVerbosity::AfterRestart, EventVerbosity::All}) {
        if (upper == verbosityName(verbosity))
            return verbosity;
    }
    return std::nullopt;
}

QJsonObject ActiveLoopState::toJson() const
{
    if (!isActive())
        return {};
    QJsonObject json;
    json.insert("name"_L1, name);
    json.insert("is_interrupted"_L1, isInterrupted);
    json.insert("rejected"_L1, rejected);
    json.insert("trigger_message"_L1, triggerMessage);
    return json;
}

ActiveLoopState ActiveLoopState::fromJson(const QJsonObject &json)
{
    ActiveLoopState state;
    state.name = Json::string(json, "name"_L1);
    // Very old 2.0 servers wrote "validate" instead of "is_interrupted".
    if (json.contains("validate"_L1))
        state.isInterrupted = !Json::boolean(json, "validate"_L1, true);
    else
        state.isInterrupted = Json::boolean(json, "is_interrupted"_L1);
    state.rejected = Json::boolean(json, "rejected"_L1);
    state.triggerMessage = json.value("trigger_message"_L1);
    return state;
}

namespace EventRules {

QStringList loopNames(const EventList &events)
{
    QStringList names;
    for (const Event &event : events) {
        if (event.type() == EventType::ActiveLoop && !event.loopName().isEmpty()
            && !names.contains(event.loopName())) {
            names.append(event.loopName());
        }
    }
    return names;
}

EventList applied(const EventList &events)
{
    const QStringList loops = loopNames(events);
    EventList done;
    done.reserve(events.size());
    for (const Event &event : events) {
        switch (event.type()) {
        case EventType::Restart:
        case EventType::SessionStarted:
            done.clear();
            break;
        case EventType::Undo:
        case EventType::Rewind:
            revert(event.type(), done);
            break;
        case EventType::Action:
            if (!loops.isEmpty() && loops.contains(event.name())
                && !firstLoopExecutionOrUnhappyPath(event.name(), done)) {
                undoTillPreviousLoopExecution(event.name(), done);
                break;
            }
            done.append(event);
            break;
        default:
            done.append(event);
        }
    }
    return done;
}

EventList kept(const EventList &events)
{
    EventList done;
    done.reserve(events.size());
    for (const Event &event : events) {
        if (event.type() == EventType::Undo || event.type() == EventType::Rewind)
            revert(event.type(), done);
        else
            done.append(event);
    }
    return done;
}

EventList afterLatestRestart(const EventList &events)
{
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        if (events.at(i).type() == EventType::Restart)
            return events.mid(i + 1);
    }
    return events;
}

EventList forVerbosity(const EventList &events, EventVerbosity verbosity)
{
    switch (verbosity) {
    case EventVerbosity::None:
        return {};
    case EventVerbosity::Applied:
        return applied(events);
    case EventVerbosity::AfterRestart:
        return afterLatestRestart(events);
    case EventVerbosity::All:
        return events;
    }
    return events;
}

QList<EventList> splitAtSessions(const EventList &events)
{
    QList<EventList> sessions;
    EventList current;
    for (const Event &event : events) {
        if (event.type() == EventType::SessionStarted && !current.isEmpty()) {
            sessions.append(current);
            current.clear();
        }
        current.append(event);
    }
    if (!current.isEmpty())
        sessions.append(current);
    return sessions;
}

QList<EventList> splitAtRestarts(const EventList &events)
{
    QList<EventList> parts;
    EventList current;
    for (const Event &event : events) {
        if (event.type() == EventType::Restart) {
            if (!current.isEmpty())
                parts.append(current);
            current.clear();
        } else {
            current.append(event);
        }
    }
    if (!current.isEmpty())
        parts.append(current);
    return parts;
}

bool isListening(const EventList &events)
{
    const EventList done = applied(events);
    for (const Event &event : reversed(done)) {
        if (event.type() == EventType::User)
            return false;
        if (event.type() == EventType::Action)
            return event.name() == kActionListen;
    }
    return false;
}

} // namespace EventRules

Tracker::Tracker(QString senderId, QList<SlotValue> slotDefaults, bool acceptAnySlot)
    : m_senderId(std::move(senderId))
    , m_slotDefaults(std::move(slotDefaults))
    , m_acceptAnySlot(acceptAnySlot)
{
    reset();
}

Tracker Tracker::fromEvents(const QString &senderId, const EventList &events,
                            const QList<SlotValue> &slotDefaults, bool acceptAnySlot)
{
    Tracker tracker(senderId, slotDefaults, acceptAnySlot);
    tracker.update(events);
    return tracker;
}

void Tracker::update(const Event &event)
{
    m_events.append(event);
    apply(event);
}

void Tracker::update(const EventList &events)
{
    m_events.reserve(m_events.size() + events.size());
    for (const Event &event : events)
        update(event);
}

QJsonValue Tracker::slot(const QString &name) const
{
    for (const SlotValue &slot : m_slots) {
        if (slot.name == name)
            return slot.value;
    }
    return QJsonValue();
}

QString Tracker::latestActionName() const
{
    const QJsonObject action = m_latestAction.toObject();
    const QString name = Json::string(action, "action_name"_L1);
    return name.isEmpty() ? Json::string(action, "action_text"_L1) : name;
}

void Tracker::reset()
{
    resetSlots();
    m_paused = false;
    m_latestAction = QJsonObject();
    QJsonObject empty;
    empty.insert("intent"_L1, QJsonObject());
    empty.insert("entities"_L1, QJsonArray());
    empty.insert("text"_L1, QJsonValue());
    empty.insert("message_id"_L1, QJsonValue());
    empty.insert("metadata"_L1, QJsonObject());
    m_latestMessage = ParseData(empty);
    m_hasLatestMessage = false;
    m_followupAction = kActionListen;
    m_activeLoop = ActiveLoopState();
}

void Tracker::resetSlots()
{
    if (m_acceptAnySlot && m_slotDefaults.isEmpty()) {
        for (SlotValue &slot : m_slots)
            slot.value = QJsonValue();
        return;
    }
    m_slots = m_slotDefaults;
}

void Tracker::replayApplied()
{
    const EventList done = EventRules::applied(m_events);
    for (const Event &event : done)
        apply(event);
}

void Tracker::setSlot(const QString &name, const QJsonValue &value)
{
    for (SlotValue &slot : m_slots) {
        if (slot.name == name) {
            slot.value = value;
            return;
        }
    }
    if (m_acceptAnySlot)
        m_slots.append({name, value});
}

void Tracker::setLatestAction(const Event &action)
{
    QJsonObject latest;
    if (!action.name().isEmpty())
        latest.insert("action_name"_L1, action.name());
    else
        latest.insert("action_text"_L1, action.actionText());
    m_latestAction = latest;
    if (m_activeLoop.isActive()) {
        m_activeLoop.isInterrupted = false;
        if (action.name() == m_activeLoop.name)
            m_activeLoop.rejected = false;
    }
}

void Tracker::addEntities(const Event &event)
{
    if (latestActionName() != kActionListen)
        return;
    QList<Entity> entities = m_latestMessage.entities();
    for (const Entity &entity : event.addedEntities()) {
        if (!entities.contains(entity))
            entities.append(entity);
    }
    m_latestMessage.setEntities(entities);
}

static ParseData latestMessageOf(const Event &user)
{
    const ParseData given = user.parseData();
    QJsonObject json;
    json.insert("intent"_L1, given.intent());
    json.insert("entities"_L1, entitiesToJson(given.entities()));
    const QJsonValue text = user.toJson().value("text"_L1);
    json.insert("text"_L1, text.isString() ? text : QJsonValue());
    const QJsonValue messageId = user.toJson().value("message_id"_L1);
    json.insert("message_id"_L1, messageId.isString() ? messageId : QJsonValue());
    json.insert("metadata"_L1, user.metadata());
    const QJsonObject parse = given.toJson();
    for (auto it = parse.begin(); it != parse.end(); ++it)
        json.insert(it.key(), it.value());
    return ParseData(json);
}

void Tracker::apply(const Event &event)
{
    switch (event.type()) {
    case EventType::User:
        m_latestMessage = latestMessageOf(event);
        m_hasLatestMessage = true;
        m_followupAction.clear();
        break;
    case EventType::Action:
        setLatestAction(event);
        m_followupAction.clear();
        break;
    case EventType::Slot:
        setSlot(event.name(), event.slotValue());
        break;
    case EventType::Restart:
        reset();
        m_followupAction = kActionSessionStart;
        break;
    case EventType::Rewind:
    case EventType::Undo:
        reset();
        replayApplied();
        break;
    case EventType::SessionStarted:
        reset();
        break;
    case EventType::ResetSlots:
        resetSlots();
        break;
    case EventType::Pause:
        m_paused = true;
        break;
    case EventType::Resume:
        m_paused = false;
        break;
    case EventType::Followup:
        m_followupAction = event.name();
        break;
    case EventType::ActiveLoop:
        if (event.loopName().isEmpty()) {
            m_activeLoop = ActiveLoopState();
        } else {
            m_activeLoop = ActiveLoopState();
            m_activeLoop.name = event.loopName();
            m_activeLoop.triggerMessage = m_latestMessage.toJson();
        }
        break;
    case EventType::LoopInterrupted:
        if (m_activeLoop.isActive())
            m_activeLoop.isInterrupted = event.isInterrupted();
        break;
    case EventType::ActionExecutionRejected:
        if (m_activeLoop.isActive() && event.name() == m_activeLoop.name)
            m_activeLoop.rejected = true;
        break;
    case EventType::EntitiesAdded:
        addEntities(event);
        break;
    default:
        break;
    }
}

QJsonObject Tracker::toJson(EventVerbosity verbosity) const
{
    QJsonObject json;
    json.insert("sender_id"_L1, m_senderId);
    QJsonObject slotObject;
    for (const SlotValue &slot : m_slots)
        slotObject.insert(slot.name, slot.value);
    json.insert("slots"_L1, slotObject);
    json.insert("latest_message"_L1, m_latestMessage.toJson());
    QJsonValue latestTime;
    if (!m_events.isEmpty()) {
        if (const auto time = m_events.last().timestamp())
            latestTime = *time;
    }
    json.insert("latest_event_time"_L1, latestTime);
    json.insert("followup_action"_L1,
                m_followupAction.isEmpty() ? QJsonValue() : QJsonValue(m_followupAction));
    json.insert("paused"_L1, m_paused);
    json.insert("events"_L1,
                verbosity == EventVerbosity::None
                    ? QJsonValue()
                    : QJsonValue(Event::listToJson(EventRules::forVerbosity(m_events, verbosity))));
    QJsonValue channel;
    for (const Event &event : reversed(m_events)) {
        if (event.type() == EventType::User) {
            const QJsonValue value = event.toJson().value("input_channel"_L1);
            channel = value.isString() ? value : QJsonValue();
            break;
        }
    }
    json.insert("latest_input_channel"_L1, channel);
    json.insert("active_loop"_L1, m_activeLoop.toJson());
    json.insert("latest_action"_L1, m_latestAction);
    const QString latestName = latestActionName();
    json.insert("latest_action_name"_L1,
                latestName.isEmpty() ? QJsonValue() : QJsonValue(latestName));
    return json;
}

QJsonValue TrackerSnapshot::slot(const QString &name) const
{
    for (const SlotValue &slot : slotValues) {
        if (slot.name == name)
            return slot.value;
    }
    return QJsonValue();
}

namespace {

//! The translation context of these messages (lupdate reads it).
struct TrackerSnapshotMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::TrackerSnapshot)
};

} // namespace

Result<TrackerSnapshot> TrackerSnapshot::fromJson(const QJsonValue &value, bool requireEvents)
{
    if (!value.isObject())
        return makeError(TrackerSnapshotMessages::tr("a tracker must be a JSON object"));
    const QJsonObject json = value.toObject();
    TrackerSnapshot snapshot;
    snapshot.json = json;
    const QJsonValue events = json.value("events"_L1);
    if (events.isArray()) {
        Result<EventList> list = Event::listFromJson(events);
        if (!list)
            return makeError(list.error().message, list.error().where);
        snapshot.events = std::move(list).value();
        snapshot.hasEvents = true;
    } else if (requireEvents || !(events.isNull() || events.isUndefined())) {
        return makeError(TrackerSnapshotMessages::tr("the tracker has no \"events\" list"));
    }
    snapshot.senderId = Json::string(json, "sender_id"_L1);
    const QJsonObject slotObject = Json::object(json, "slots"_L1);
    for (auto it = slotObject.begin(); it != slotObject.end(); ++it)
        snapshot.slotValues.append({it.key(), it.value()});
    snapshot.latestMessage = ParseData(Json::object(json, "latest_message"_L1));
    snapshot.latestEventTime = Json::number(json, "latest_event_time"_L1);
    snapshot.followupAction = Json::string(json, "followup_action"_L1);
    snapshot.paused = Json::boolean(json, "paused"_L1);
    snapshot.latestInputChannel = Json::string(json, "latest_input_channel"_L1);
    snapshot.activeLoop = ActiveLoopState::fromJson(Json::object(json, "active_loop"_L1));
    snapshot.latestActionName = Json::string(json, "latest_action_name"_L1);
    return snapshot;
}

} // namespace Coach
