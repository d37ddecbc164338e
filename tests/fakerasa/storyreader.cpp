#include "storyreader.h"

#include "nlutrainingdata.h"

#include "model/jsonutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coach::FakeRasa::StoryReader", text);
}

QJsonObject entityObject(const QString &entity, const QJsonValue &value, const QString &role = {},
                         const QString &group = {})
{
    QJsonObject json;
    json.insert("entity"_L1, entity);
    json.insert("value"_L1, value);
    if (!role.isEmpty())
        json.insert("role"_L1, role);
    if (!group.isEmpty())
        json.insert("group"_L1, group);
    return json;
}

//! `entities:` of an intent step: names, {name: value} or full objects.
QJsonArray stepEntities(const QJsonValue &value)
{
    QJsonArray entities;
    const QJsonArray list = value.toArray();
    for (const QJsonValue &item : list) {
        if (item.isString()) {
            entities.append(entityObject(item.toString(), QJsonValue()));
            continue;
        }
        const QJsonObject object = item.toObject();
        if (object.contains("entity"_L1)) {
            entities.append(entityObject(Json::string(object, "entity"_L1),
                                         object.value("value"_L1), Json::string(object, "role"_L1),
                                         Json::string(object, "group"_L1)));
        } else if (object.size() == 1) {
            entities.append(entityObject(object.begin().key(), object.begin().value()));
        }
    }
    return entities;
}

Event userStep(const QJsonObject &item)
{
    const QString intent = Json::string(item, "intent"_L1);
    QJsonObject parse;
    QJsonArray entities = stepEntities(item.value("entities"_L1));
    QString text;
    if (item.contains("user"_L1)) {
        const NluExample example =
            NluTrainingData::parseExample(intent, Json::string(item, "user"_L1));
        text = example.text;
        for (const AnnotatedEntity &annotated : example.entities) {
            entities.append(
                entityObject(annotated.entity, annotated.value, annotated.role, annotated.group));
        }
        parse.insert("text"_L1, text);
    }
    QJsonObject intentObject;
    if (!intent.isEmpty()) {
        intentObject.insert("name"_L1, intent);
        intentObject.insert("confidence"_L1, 1.0);
    }
    parse.insert("intent"_L1, intentObject);
    parse.insert("entities"_L1, entities);
    return Event::user(text, ParseData(parse));
}

Event botStep(const QString &text)
{
    QJsonObject json = Event::action(QString()).toJson();
    json.remove("name"_L1);
    json.insert("action_text"_L1, text);
    return Event::fromJson(json).value();
}

//! `slot_was_set: [{name: value}, name]`; a bare name has no value key.
EventList slotSteps(const QJsonValue &value)
{
    EventList events;
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &item : list) {
        if (item.isString()) {
            QJsonObject json = Event::slot(item.toString(), QJsonValue()).toJson();
            json.remove("value"_L1);
            events.append(Event::fromJson(json).value());
        } else if (item.isObject()) {
            const QJsonObject object = item.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                events.append(Event::slot(it.key(), it.value()));
        }
    }
    return events;
}

//! The events of one step; empty with an error message on failure.
Result<EventList> stepEvents(const QJsonObject &item)
{
    if (item.contains("intent"_L1) || item.contains("user"_L1))
        return EventList{userStep(item)};
    if (item.contains("action"_L1)) {
        const QString name = Json::string(item, "action"_L1);
        if (name.isEmpty())
            return makeError(tr("an \"action\" step needs an action name"));
        return EventList{Event::action(name)};
    }
    if (item.contains("bot"_L1))
        return EventList{botStep(Json::string(item, "bot"_L1))};
    if (item.contains("slot_was_set"_L1))
        return slotSteps(item.value("slot_was_set"_L1));
    if (item.contains("active_loop"_L1))
        return EventList{Event::activeLoop(Json::string(item, "active_loop"_L1))};
    return makeError(tr("unknown step with keys: %1").arg(item.keys().join(u", "_s)));
}

Result<QList<StoryItem>> stepItems(const QJsonObject &item)
{
    if (!item.contains("or"_L1)) {
        Result<EventList> events = stepEvents(item);
        if (!events)
            return events.error();
        QList<StoryItem> items;
        for (const Event &event : events.value())
            items.append(StoryItem{{event}});
        return items;
    }
    StoryItem group;
    const QJsonArray alternatives = item.value("or"_L1).toArray();
    for (const QJsonValue &alternative : alternatives) {
        Result<EventList> events = stepEvents(alternative.toObject());
        if (!events)
            return events.error();
        for (const Event &event : events.value())
            group.alternatives.append(event);
    }
    if (group.alternatives.isEmpty())
        return makeError(tr("an \"or\" step needs alternatives"));
    return QList<StoryItem>{group};
}

void readRuleProperties(const QJsonObject &block, StoryStep &step)
{
    step.conversationStart = Json::boolean(block, "conversation_start"_L1);
    step.waitForUserInput = Json::boolean(block, "wait_for_user_input"_L1, true);
    const QJsonArray conditions = block.value("condition"_L1).toArray();
    for (const QJsonValue &condition : conditions) {
        const QJsonObject object = condition.toObject();
        if (object.contains("slot_was_set"_L1))
            step.conditions += slotSteps(object.value("slot_was_set"_L1));
        if (object.contains("active_loop"_L1))
            step.conditions.append(Event::activeLoop(Json::string(object, "active_loop"_L1)));
    }
}

//! Splits a block's steps at checkpoints into linked story steps.
Status readSteps(const QJsonArray &steps, const StoryStep &base, StorySteps *out)
{
    StoryStep current = base;
    bool closed = false;
    for (const QJsonValue &value : steps) {
        if (value.isString() && value.toString().trimmed() == "..."_L1)
            continue;
        const QJsonObject item = value.toObject();
        if (item.contains("checkpoint"_L1)) {
            const Checkpoint checkpoint{Json::string(item, "checkpoint"_L1),
                                        Json::object(item, "slot_was_set"_L1)};
            if (current.items.isEmpty() && !closed) {
                current.startCheckpoints.append(checkpoint);
            } else {
                current.endCheckpoints.append(checkpoint);
                closed = true;
            }
            continue;
        }
        Result<QList<StoryItem>> items = stepItems(item);
        if (!items)
            return items.error();
        if (closed) {
            out->append(current);
            StoryStep next = base;
            next.startCheckpoints = current.endCheckpoints;
            current = next;
            closed = false;
        }
        current.items += items.value();
    }
    if (!current.items.isEmpty() || !current.startCheckpoints.isEmpty())
        out->append(current);
    return {};
}

} // namespace

Result<StorySteps> StoryReader::read(const QJsonValue &section, StoryStep::Kind kind,
                                     const QString &fileName)
{
    StorySteps result;
    if (section.isNull() || section.isUndefined())
        return result;
    const QLatin1StringView keyName = kind == StoryStep::Kind::Rule ? "rule"_L1 : "story"_L1;
    const QString key = keyName;
    if (!section.isArray())
        return makeError(tr("\"%1\" must be a list").arg(key + u"s"_s), fileName);
    const QJsonArray blocks = section.toArray();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QJsonObject block = blocks.at(i).toObject();
        StoryStep base;
        base.kind = kind;
        base.name = Json::string(block, keyName);
        base.sourceFile = fileName;
        if (kind == StoryStep::Kind::Rule)
            readRuleProperties(block, base);
        const QJsonValue steps = block.value("steps"_L1);
        if (!steps.isArray()) {
            return makeError(tr("%1 %2 (\"%3\") has no \"steps\" list")
                                 .arg(key, QString::number(i + 1), base.name),
                             fileName);
        }
        if (const Status status = readSteps(steps.toArray(), base, &result); !status) {
            return makeError(tr("%1 \"%2\": %3").arg(key, base.name, status.error().message),
                             fileName);
        }
    }
    return result;
}

} // namespace Coach::FakeRasa
