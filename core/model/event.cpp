#include "event.h"

#include "jsonutil.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

struct TypeName
{
    EventType type;
    QLatin1StringView name;
};

constexpr std::array typeNames{
    TypeName{EventType::User, "user"_L1},
    TypeName{EventType::Bot, "bot"_L1},
    TypeName{EventType::Action, "action"_L1},
    TypeName{EventType::Slot, "slot"_L1},
    TypeName{EventType::Restart, "restart"_L1},
    TypeName{EventType::Rewind, "rewind"_L1},
    TypeName{EventType::Undo, "undo"_L1},
    TypeName{EventType::ResetSlots, "reset_slots"_L1},
    TypeName{EventType::Reminder, "reminder"_L1},
    TypeName{EventType::CancelReminder, "cancel_reminder"_L1},
    TypeName{EventType::Pause, "pause"_L1},
    TypeName{EventType::Resume, "resume"_L1},
    TypeName{EventType::Followup, "followup"_L1},
    TypeName{EventType::Export, "export"_L1},
    TypeName{EventType::UserFeaturization, "user_featurization"_L1},
    TypeName{EventType::ActiveLoop, "active_loop"_L1},
    TypeName{EventType::LoopInterrupted, "loop_interrupted"_L1},
    TypeName{EventType::ActionExecutionRejected, "action_execution_rejected"_L1},
    TypeName{EventType::SessionStarted, "session_started"_L1},
    TypeName{EventType::EntitiesAdded, "entities"_L1},
    TypeName{EventType::Agent, "agent"_L1},
};

constexpr auto kActionListen = "action_listen"_L1;

//! The translation context of this file's messages (lupdate reads it).
struct EventMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::Event)
};

} // namespace

EventType Event::typeFromName(const QString &name)
{
    for (const TypeName &entry : typeNames) {
        if (name == entry.name)
            return entry.type;
    }
    if (name == "form"_L1)
        return EventType::ActiveLoop;
    if (name == "form_validation"_L1)
        return EventType::LoopInterrupted;
    return EventType::Unknown;
}

QString Event::typeName(EventType type)
{
    for (const TypeName &entry : typeNames) {
        if (entry.type == type)
            return entry.name;
    }
    return QString();
}

Event::Event()
{
    // Default events share one empty block instead of allocating their own.
    static const QSharedDataPointer<Data> empty(new Data);
    d = empty;
}

Event::Event(QJsonObject json, EventType type) : d(new Data)
{
    d->json = std::move(json);
    d->type = type;
    cacheFields();
}

Result<Event> Event::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return makeError(EventMessages::tr("an event must be a JSON object"));
    const QJsonObject object = value.toObject();
    const QJsonValue name = object.value("event"_L1);
    if (!name.isString() || name.toString().isEmpty())
        return makeError(EventMessages::tr("an event needs a non-empty string \"event\""));
    return Event(object, typeFromName(name.toString()));
}

Result<QList<Event>> Event::listFromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return makeError(EventMessages::tr("events must be a JSON array"));
    const QJsonArray array = value.toArray();
    QList<Event> events;
    events.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<Event> event = fromJson(array.at(i));
        if (!event) {
            return makeError(event.error().message,
                             EventMessages::tr("event %1").arg(QString::number(i + 1)));
        }
        events.append(std::move(event).value());
    }
    return events;
}

QJsonArray Event::listToJson(const QList<Event> &events)
{
    QJsonArray array;
    for (const Event &event : events)
        array.append(event.toJson());
    return array;
}

QJsonObject Event::baseJson(EventType type, std::optional<double> timestamp)
{
    QJsonObject json;
    json.insert("event"_L1, typeName(type));
    if (timestamp)
        json.insert("timestamp"_L1, *timestamp);
    return json;
}

Event Event::make(EventType type, std::optional<double> timestamp)
{
    return Event(baseJson(type, timestamp), type);
}

Event Event::simple(EventType type, std::optional<double> timestamp)
{
    return make(type, timestamp);
}

Event Event::action(const QString &name, const QString &policy, std::optional<double> confidence,
                    std::optional<double> timestamp)
{
    QJsonObject json = baseJson(EventType::Action, timestamp);
    json.insert("name"_L1, name);
    json.insert("policy"_L1, policy.isEmpty() ? QJsonValue() : QJsonValue(policy));
    json.insert("confidence"_L1, confidence ? QJsonValue(*confidence) : QJsonValue());
    return Event(std::move(json), EventType::Action);
}

Event Event::actionListen(std::optional<double> timestamp)
{
    return action(kActionListen, {}, std::nullopt, timestamp);
}

Event Event::user(const QString &text, const ParseData &parseData, std::optional<double> timestamp,
                  const QString &inputChannel)
{
    QJsonObject json = baseJson(EventType::User, timestamp);
    json.insert("text"_L1, text);
    json.insert("parse_data"_L1, parseData.toJson());
    json.insert("input_channel"_L1,
                inputChannel.isEmpty() ? QJsonValue() : QJsonValue(inputChannel));
    json.insert("message_id"_L1, QJsonValue());
    json.insert("metadata"_L1, QJsonObject());
    return Event(std::move(json), EventType::User);
}

Event Event::bot(const QString &text, const QJsonObject &data, std::optional<double> timestamp)
{
    QJsonObject json = baseJson(EventType::Bot, timestamp);
    json.insert("text"_L1, text.isNull() ? QJsonValue() : QJsonValue(text));
    json.insert("data"_L1, data);
    json.insert("metadata"_L1, QJsonObject());
    return Event(std::move(json), EventType::Bot);
}

Event Event::slot(const QString &name, const QJsonValue &value, std::optional<double> timestamp)
{
    QJsonObject json = baseJson(EventType::Slot, timestamp);
    json.insert("name"_L1, name);
    json.insert("value"_L1, value);
    return Event(std::move(json), EventType::Slot);
}

Event Event::activeLoop(const QString &name, std::optional<double> timestamp)
{
    QJsonObject json = baseJson(EventType::ActiveLoop, timestamp);
    json.insert("name"_L1, name.isEmpty() ? QJsonValue() : QJsonValue(name));
    return Event(std::move(json), EventType::ActiveLoop);
}

Event Event::loopInterrupted(bool isInterrupted)
{
    QJsonObject json = baseJson(EventType::LoopInterrupted, std::nullopt);
    json.insert("is_interrupted"_L1, isInterrupted);
    return Event(std::move(json), EventType::LoopInterrupted);
}

Event Event::actionExecutionRejected(const QString &loopName)
{
    QJsonObject json = baseJson(EventType::ActionExecutionRejected, std::nullopt);
    json.insert("name"_L1, loopName);
    return Event(std::move(json), EventType::ActionExecutionRejected);
}

Event Event::restart(std::optional<double> timestamp)
{
    return make(EventType::Restart, timestamp);
}

Event Event::rewind(std::optional<double> timestamp)
{
    return make(EventType::Rewind, timestamp);
}

Event Event::undo(std::optional<double> timestamp)
{
    return make(EventType::Undo, timestamp);
}

Event Event::sessionStarted(std::optional<double> timestamp)
{
    return make(EventType::SessionStarted, timestamp);
}

Event Event::followup(const QString &name, std::optional<double> timestamp)
{
    QJsonObject json = baseJson(EventType::Followup, timestamp);
    json.insert("name"_L1, name);
    return Event(std::move(json), EventType::Followup);
}

QString Event::typeName() const
{
    return Json::string(d->json, "event"_L1);
}

std::optional<double> Event::timestamp() const
{
    return Json::number(d->json, "timestamp"_L1);
}

void Event::setTimestamp(double timestamp)
{
    d->json.insert("timestamp"_L1, timestamp);
}

QJsonObject Event::metadata() const
{
    return Json::object(d->json, "metadata"_L1);
}

void Event::cacheFields()
{
    d->name = Json::string(d->json, "name"_L1);
    d->text = Json::string(d->json, "text"_L1);
    if (d->type != EventType::User)
        return;
    const ParseData parsed = parseData();
    d->userIntent = parsed.fullIntentName();
    d->userEntities = parsed.entities();
    const QJsonValue parsedText = parsed.toJson().value("text"_L1);
    d->parsedText =
        parsedText.isString() ? std::optional<QString>(parsedText.toString()) : std::nullopt;
}

QString Event::policy() const
{
    return Json::string(d->json, "policy"_L1);
}

std::optional<double> Event::confidence() const
{
    return Json::number(d->json, "confidence"_L1);
}

QString Event::actionText() const
{
    return Json::string(d->json, "action_text"_L1);
}

QString Event::actionNameOrText() const
{
    const QString actionName = name();
    return actionName.isEmpty() ? actionText() : actionName;
}

bool Event::isAction(const QString &actionName) const
{
    return d->type == EventType::Action && name() == actionName;
}

bool Event::isActionListen() const
{
    return d->type == EventType::Action && name() == kActionListen;
}

ParseData Event::parseData() const
{
    return ParseData(Json::object(d->json, "parse_data"_L1));
}

void Event::setParseData(const ParseData &parseData)
{
    d->json.insert("parse_data"_L1, parseData.toJson());
    cacheFields();
}

QString Event::inputChannel() const
{
    return Json::string(d->json, "input_channel"_L1);
}

QJsonObject Event::botData() const
{
    return Json::object(d->json, "data"_L1);
}

QJsonValue Event::slotValue() const
{
    return d->json.value("value"_L1);
}

bool Event::isInterrupted() const
{
    if (typeName() == "form_validation"_L1)
        return !Json::boolean(d->json, "validate"_L1, true);
    return Json::boolean(d->json, "is_interrupted"_L1, false);
}

bool Event::useTextForFeaturization() const
{
    return Json::boolean(d->json, "use_text_for_featurization"_L1, false);
}

QList<Entity> Event::addedEntities() const
{
    return entitiesFromJson(d->json.value("entities"_L1));
}

} // namespace Coach
