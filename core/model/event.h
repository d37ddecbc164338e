#pragma once

#include "parsedata.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>

#include <optional>

namespace Coach {

//! Rasa's event types (spec §3.2). Legacy input names map to their modern
//! type (`form` → ActiveLoop, `form_validation` → LoopInterrupted).
enum class EventType {
    User,
    Bot,
    Action,
    Slot,
    Restart,
    Rewind,
    Undo,
    ResetSlots,
    Reminder,
    CancelReminder,
    Pause,
    Resume,
    Followup,
    Export,
    UserFeaturization,
    ActiveLoop,
    LoopInterrupted,
    ActionExecutionRejected,
    SessionStarted,
    EntitiesAdded,
    Agent,
    Unknown, //!< any other name (Rasa Pro events, future types); kept verbatim
};

//! One tracker event. The JSON object it was read from is the source of
//! truth: typed accessors read from it, and toJson() returns it unchanged, so
//! unknown types and fields survive a round trip.
class Event
{
public:
    Event();

    //! Fails unless the value is an object with a string "event" key.
    static Result<Event> fromJson(const QJsonValue &value);
    //! Reads an array of events; fails on the first bad item, naming its index.
    static Result<QList<Event>> listFromJson(const QJsonValue &value);
    static QJsonArray listToJson(const QList<Event> &events);

    // Events the interactive client creates itself (spec §3.5).
    static Event action(const QString &name, const QString &policy = {},
                        std::optional<double> confidence = std::nullopt,
                        std::optional<double> timestamp = std::nullopt);
    static Event actionListen(std::optional<double> timestamp = std::nullopt);
    static Event user(const QString &text, const ParseData &parseData,
                      std::optional<double> timestamp = std::nullopt,
                      const QString &inputChannel = {});
    static Event bot(const QString &text, const QJsonObject &data = {},
                     std::optional<double> timestamp = std::nullopt);
    static Event slot(const QString &name, const QJsonValue &value,
                      std::optional<double> timestamp = std::nullopt);
    static Event activeLoop(const QString &name, std::optional<double> timestamp = std::nullopt);
    static Event loopInterrupted(bool isInterrupted);
    static Event actionExecutionRejected(const QString &loopName);
    static Event restart(std::optional<double> timestamp = std::nullopt);
    static Event rewind(std::optional<double> timestamp = std::nullopt);
    static Event undo(std::optional<double> timestamp = std::nullopt);
    static Event sessionStarted(std::optional<double> timestamp = std::nullopt);
    static Event followup(const QString &name, std::optional<double> timestamp = std::nullopt);
    static Event simple(EventType type, std::optional<double> timestamp = std::nullopt);

    QJsonObject toJson() const { return d->json; }
    bool isValid() const { return !d->json.isEmpty(); }

    EventType type() const { return d->type; }
    //! The `event` string as read (legacy names included).
    QString typeName() const;
    static QString typeName(EventType type);
    static EventType typeFromName(const QString &name);

    std::optional<double> timestamp() const;
    void setTimestamp(double timestamp);
    QJsonObject metadata() const;

    // action, slot, followup, active_loop, action_execution_rejected, reminder
    QString name() const { return d->name; }
    // action
    QString policy() const;
    std::optional<double> confidence() const;
    QString actionText() const;
    //! Action name, or the end-to-end bot text for text-only actions.
    QString actionNameOrText() const;
    bool isAction(const QString &name) const;
    bool isActionListen() const;
    // user, bot, agent
    QString text() const { return d->text; }
    // user
    ParseData parseData() const;
    //! The parse_data intent, a retrieval intent with its response key
    //! (`faq/ask_name`); read once, like the two below.
    QString userIntent() const { return d->userIntent; }
    QList<Entity> userEntities() const { return d->userEntities; }
    //! The parse_data text, when it is a string.
    std::optional<QString> parsedText() const { return d->parsedText; }
    void setParseData(const ParseData &parseData);
    QString inputChannel() const;
    // bot
    QJsonObject botData() const;
    // slot
    QJsonValue slotValue() const;
    // active_loop: an empty name deactivates the loop
    QString loopName() const { return name(); }
    // loop_interrupted
    bool isInterrupted() const;
    // user_featurization
    bool useTextForFeaturization() const;
    // entities
    QList<Entity> addedEntities() const;

    bool operator==(const Event &other) const { return d == other.d || d->json == other.d->json; }
    //! True when `other` is a copy of this very event (not just an equal
    //! one): lets code find where an event of a filtered list came from.
    bool sharesDataWith(const Event &other) const { return d == other.d; }

private:
    //! One shared block, so that copying an event (lists of events are
    //! split, filtered and copied a lot) costs one reference count.
    struct Data : QSharedData
    {
        QJsonObject json;
        EventType type = EventType::Unknown;
        // The most read fields, decoded once: exports and the story graph
        // read them for every event, and a JSON lookup decodes each time.
        QString name;
        QString text;
        // user events
        QString userIntent;
        QList<Entity> userEntities;
        std::optional<QString> parsedText;
    };

    Event(QJsonObject json, EventType type);
    //! `{"event": ..., "timestamp": ...}`: what every factory starts from.
    static QJsonObject baseJson(EventType type, std::optional<double> timestamp);
    static Event make(EventType type, std::optional<double> timestamp);
    void cacheFields();

    QSharedDataPointer<Data> d;
};

using EventList = QList<Event>;

} // namespace Coach
