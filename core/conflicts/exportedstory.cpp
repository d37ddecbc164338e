#include "exportedstory.h"

#include "export/storystepbuilder.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coach::ExportedStory {

namespace {

//! Actions the story writers leave out (YamlStoryWriter).
bool isSkipped(const QString &action)
{
    return action == "action_listen"_L1 || action == "action_session_start"_L1
        || action == "action_unlikely_intent"_L1 || action == "..."_L1;
}

//! An entity as `- type: value` (+ role, group) reads back.
Entity asWritten(const Entity &entity)
{
    QJsonObject json{{u"entity"_s, entity.type()}};
    const QJsonValue value = entity.value();
    if (value.isUndefined() && entity.role().isEmpty() && entity.group().isEmpty())
        json.insert("value"_L1, u""_s); // a bare `- type`
    else if (!value.isNull() && !value.isUndefined())
        json.insert("value"_L1, value);
    if (!entity.role().isEmpty())
        json.insert("role"_L1, entity.role());
    if (!entity.group().isEmpty())
        json.insert("group"_L1, entity.group());
    return Entity(json);
}

EventList user(const Event &event)
{
    const QString intent = event.userIntent();
    const bool useText = event.useTextForFeaturization();
    if (!intent.isEmpty() && !useText) {
        QList<Entity> entities;
        for (const Entity &entity : event.userEntities())
            entities.append(asWritten(entity));
        return {StoryEvents::user(intent, QString(), entities)};
    }
    if (!event.text().isEmpty() && useText)
        return {StoryEvents::user(QString(), event.text(), event.userEntities())};
    return {};
}

EventList action(const Event &event)
{
    const QString name = event.name();
    if (!name.isEmpty())
        return isSkipped(name) ? EventList() : StoryEvents::fromStoryString(name, {});
    const QString text = event.actionText();
    return text.isEmpty() ? EventList() : EventList{StoryEvents::botText(text)};
}

EventList exported(const Event &event)
{
    switch (event.type()) {
    case EventType::User:
        return user(event);
    case EventType::Action:
        return action(event);
    case EventType::Slot:
        return {Event::slot(event.name(), event.slotValue())};
    case EventType::ActiveLoop:
        return {Event::activeLoop(event.loopName())};
    default:
        return {}; // no story syntax
    }
}

} // namespace

StoryStep fromBuilt(const StoryStep &built)
{
    StoryStep step;
    step.name = built.name;
    step.sourceFile = built.sourceFile;
    for (const StoryItem &item : built.items) {
        for (const Event &event : exported(item.event()))
            step.items.append(StoryItem{{event}});
    }
    return step;
}

} // namespace Coach::ExportedStory
