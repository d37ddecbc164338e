#include "eventcodec.h"

#include "model/jsonutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa::EventCodec {

namespace {

enum TypeFlag {
    String = 1,
    Null = 2,
    Number = 4,
    Integer = 8,
    Object = 16,
    Array = 32,
    Boolean = 64,
};

bool hasType(const QJsonValue &value, int types)
{
    switch (value.type()) {
    case QJsonValue::String:
        return types & String;
    case QJsonValue::Null:
        return types & Null;
    case QJsonValue::Bool:
        return types & Boolean;
    case QJsonValue::Array:
        return types & Array;
    case QJsonValue::Object:
        return types & Object;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return (types & Number) || ((types & Integer) && std::floor(number) == number);
    }
    default:
        return true; // undefined: not present
    }
}

QString typeNames(int types)
{
    QStringList names;
    // the schema's order: the type first, then null
    const QList<QPair<int, QString>> all{{String, u"'string'"_s},   {Number, u"'number'"_s},
                                         {Integer, u"'integer'"_s}, {Object, u"'object'"_s},
                                         {Array, u"'array'"_s},     {Boolean, u"'boolean'"_s},
                                         {Null, u"'null'"_s}};
    for (const auto &[flag, name] : all) {
        if (types & flag)
            names.append(name);
    }
    return names.join(u", "_s);
}

QString checkFields(const QJsonObject &object, const QList<QPair<const char *, int>> &fields)
{
    for (const auto &[name, types] : fields) {
        const QJsonValue value = object.value(QLatin1StringView(name));
        if (!hasType(value, types))
            return u"%1 is not of type %2"_s.arg(describe(value), typeNames(types));
    }
    return QString();
}

QString checkEntities(const QJsonValue &value)
{
    if (!value.isArray())
        return u"%1 is not of type 'array'"_s.arg(describe(value));
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isObject())
            return u"%1 is not of type 'object'"_s.arg(describe(item));
        const QJsonObject entity = item.toObject();
        for (const char *required : {"entity", "value"}) {
            if (!entity.contains(QLatin1StringView(required)))
                return u"'%1' is a required property"_s.arg(QLatin1StringView(required));
        }
        const QString error = checkFields(entity,
                                          {{"start", Integer},
                                           {"end", Integer},
                                           {"entity", String},
                                           {"confidence", Number},
                                           {"extractor", String | Null},
                                           {"role", String | Null},
                                           {"group", String | Null}});
        if (!error.isEmpty())
            return error;
    }
    return QString();
}

QString checkIntent(const QJsonValue &value)
{
    if (value.isUndefined())
        return QString();
    if (!value.isObject())
        return u"%1 is not of type 'object'"_s.arg(describe(value));
    return checkFields(value.toObject(), {{"name", String}, {"confidence", Number}});
}

QString checkParseData(const QJsonValue &value)
{
    if (value.isUndefined())
        return QString();
    if (!value.isObject())
        return u"%1 is not of type 'object'"_s.arg(describe(value));
    const QJsonObject parse = value.toObject();
    QString error = checkFields(
        parse, {{"text", String | Null}, {"intent_ranking", Array}, {"response_selector", Object}});
    if (error.isEmpty())
        error = checkIntent(parse.value("intent"_L1));
    for (const QJsonValue &ranked : parse.value("intent_ranking"_L1).toArray()) {
        if (error.isEmpty())
            error = checkIntent(ranked);
    }
    if (error.isEmpty() && parse.contains("entities"_L1))
        error = checkEntities(parse.value("entities"_L1));
    return error;
}

QString checkType(const QString &type, const QJsonObject &event)
{
    if (type == "user"_L1) {
        const QString error = checkFields(event,
                                          {{"text", String | Null},
                                           {"input_channel", String | Null},
                                           {"message_id", String | Null}});
        return error.isEmpty() ? checkParseData(event.value("parse_data"_L1)) : error;
    }
    if (type == "action"_L1) {
        return checkFields(event,
                           {{"policy", String | Null},
                            {"confidence", Number | Null},
                            {"name", String | Null},
                            {"hide_rule_turn", Boolean},
                            {"action_text", String | Null}});
    }
    if (type == "slot"_L1) {
        for (const char *required : {"name", "value"}) {
            if (!event.contains(QLatin1StringView(required)))
                return u"'%1' is a required property"_s.arg(QLatin1StringView(required));
        }
        return checkFields(event, {{"name", String}});
    }
    if (type == "entities"_L1) {
        if (!event.contains("entities"_L1))
            return u"'entities' is a required property"_s;
        return checkEntities(event.value("entities"_L1));
    }
    return QString();
}

const QStringList &schemaTypes()
{
    static const QStringList types{
        u"user"_s,
        u"action"_s,
        u"slot"_s,
        u"entities"_s,
        u"user_featurization"_s,
        u"cancel_reminder"_s,
        u"reminder"_s,
        u"action_execution_rejected"_s,
        u"form_validation"_s,
        u"loop_interrupted"_s,
        u"form"_s,
        u"active_loop"_s,
        u"reset_slots"_s,
        u"resume"_s,
        u"pause"_s,
        u"followup"_s,
        u"export"_s,
        u"restart"_s,
        u"undo"_s,
        u"rewind"_s,
        u"bot"_s,
        u"session_started"_s,
        u"agent"_s,
    };
    return types;
}

void copyFields(QJsonObject &into, const QJsonObject &from, const QStringList &keys)
{
    for (const QString &key : keys)
        into.insert(key, from.contains(key) ? from.value(key) : QJsonValue());
}

QJsonObject userParseData(const QJsonObject &event)
{
    const QJsonObject given = Json::object(event, "parse_data"_L1);
    QJsonObject parse;
    parse.insert("intent"_L1, Json::object(given, "intent"_L1));
    parse.insert("entities"_L1, Json::array(given, "entities"_L1));
    parse.insert("text"_L1,
                 event.value("text"_L1).isString() ? event.value("text"_L1) : QJsonValue());
    parse.insert("message_id"_L1,
                 event.value("message_id"_L1).isString() ? event.value("message_id"_L1)
                                                         : QJsonValue());
    parse.insert("metadata"_L1, Json::object(event, "metadata"_L1));
    for (auto it = given.begin(); it != given.end(); ++it)
        parse.insert(it.key(), it.value());
    return parse;
}

void addTypeFields(QJsonObject &json, EventType type, const QString &name, const QJsonObject &event)
{
    switch (type) {
    case EventType::User:
        copyFields(json, event, {u"text"_s, u"input_channel"_s, u"message_id"_s});
        json.insert("parse_data"_L1, userParseData(event));
        break;
    case EventType::Bot:
        copyFields(json, event, {u"text"_s});
        json.insert("data"_L1, Json::object(event, "data"_L1));
        break;
    case EventType::Action:
        copyFields(json, event, {u"name"_s, u"policy"_s, u"confidence"_s, u"action_text"_s});
        json.insert("hide_rule_turn"_L1, Json::boolean(event, "hide_rule_turn"_L1));
        break;
    case EventType::Slot:
        copyFields(json, event, {u"name"_s, u"value"_s});
        break;
    case EventType::ActiveLoop:
    case EventType::Followup:
        copyFields(json, event, {u"name"_s});
        break;
    case EventType::LoopInterrupted:
        json.insert("is_interrupted"_L1,
                    name == "form_validation"_L1 ? !Json::boolean(event, "validate"_L1, true)
                                                 : Json::boolean(event, "is_interrupted"_L1));
        break;
    case EventType::ActionExecutionRejected:
        copyFields(json, event, {u"name"_s, u"policy"_s, u"confidence"_s});
        break;
    case EventType::EntitiesAdded:
        copyFields(json, event, {u"entities"_s});
        break;
    case EventType::UserFeaturization:
        json.insert("use_text_for_featurization"_L1,
                    Json::boolean(event, "use_text_for_featurization"_L1));
        break;
    case EventType::Reminder:
        copyFields(json, event, {u"intent"_s, u"date_time"_s, u"entities"_s, u"name"_s});
        json.insert("kill_on_user_msg"_L1, Json::boolean(event, "kill_on_user_msg"_L1, true));
        break;
    case EventType::Agent:
        copyFields(json, event, {u"text"_s, u"data"_s});
        break;
    default:
        break;
    }
}

//! The event as Rasa's as_dict() writes it.
QJsonObject normalized(EventType type, const QString &name, const QJsonObject &event)
{
    QJsonObject json;
    json.insert("event"_L1, Event::typeName(type));
    const QJsonValue timestamp = event.value("timestamp"_L1);
    if (timestamp.isDouble())
        json.insert("timestamp"_L1, timestamp);
    const QJsonObject metadata = Json::object(event, "metadata"_L1);
    if (!metadata.isEmpty() || type == EventType::User || type == EventType::Bot)
        json.insert("metadata"_L1, metadata);
    addTypeFields(json, type, name, event);
    return json;
}

QString pythonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u"str"_s;
    case QJsonValue::Double:
        return u"float"_s;
    case QJsonValue::Bool:
        return u"bool"_s;
    case QJsonValue::Array:
        return u"list"_s;
    case QJsonValue::Null:
        return u"NoneType"_s;
    default:
        return u"object"_s;
    }
}

} // namespace

QString describe(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return u"None"_s;
    if (value.isBool())
        return value.toBool() ? u"True"_s : u"False"_s;
    if (value.isString())
        return Json::pythonQuote(value.toString(), false)
            .replace(QLatin1Char('"'), QLatin1Char('\''));
    return Json::pythonDumps(value, false);
}

QString schemaError(const QJsonValue &item)
{
    if (!item.isObject())
        return u"%1 is not of type 'object'"_s.arg(describe(item));
    const QJsonObject event = item.toObject();
    if (!event.contains("event"_L1))
        return u"'event' is a required property"_s;
    QString error = checkFields(
        event, {{"event", String}, {"timestamp", Number | Null}, {"metadata", Object | Null}});
    if (!error.isEmpty())
        return error;
    const QString type = event.value("event"_L1).toString();
    if (!schemaTypes().contains(type))
        return u"%1 is not valid under any of the given schemas"_s.arg(describe(item));
    return checkType(type, event);
}

Result<std::optional<Event>> fromParameters(const QJsonValue &item)
{
    if (!item.isObject())
        return makeError(u"'%1' object has no attribute 'get'"_s.arg(pythonTypeName(item)));
    const QJsonObject event = item.toObject();
    const QJsonValue nameValue = event.value("event"_L1);
    if (nameValue.isNull() || nameValue.isUndefined())
        return std::optional<Event>();
    const QString name = nameValue.isString() ? nameValue.toString() : describe(nameValue);
    if (name == "topic"_L1)
        return std::optional<Event>();
    const EventType type = Event::typeFromName(name);
    if (type == EventType::Unknown || !nameValue.isString())
        return makeError(u"Unknown event name '%1'."_s.arg(name));
    Result<Event> parsed = Event::fromJson(normalized(type, name, event));
    if (!parsed)
        return makeError(parsed.error().message);
    return std::optional<Event>(parsed.value());
}

} // namespace Coach::FakeRasa::EventCodec
