#include "storystepbuilder.h"

#include "model/annotation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Coach {

namespace StoryEvents {

Event user(const QString &intent, const QString &text, const QList<Entity> &entities)
{
    QJsonObject parseData;
    QJsonObject intentObject;
    if (!intent.isEmpty()) {
        intentObject.insert("name"_L1, intent);
        intentObject.insert("confidence"_L1, 1.0);
    }
    parseData.insert("intent"_L1, intentObject);
    parseData.insert("entities"_L1, entitiesToJson(entities));
    parseData.insert("text"_L1, text.isNull() ? QJsonValue() : QJsonValue(text));
    QJsonObject json{{u"event"_s, u"user"_s},
                     {u"text"_s, text.isNull() ? QJsonValue() : QJsonValue(text)},
                     {u"parse_data"_s, parseData}};
    if (intent.isEmpty() && !text.isNull())
        json.insert("use_text_for_featurization"_L1, true);
    return Event::fromJson(json).value();
}

Event botText(const QString &text)
{
    const QJsonObject json{
        {u"event"_s, u"action"_s}, {u"name"_s, QJsonValue()}, {u"action_text"_s, text}};
    return Event::fromJson(json).value();
}

EventList fromStoryString(const QString &name, const QJsonObject &params)
{
    const EventType type = Event::typeFromName(name);
    const QJsonValue nameParam = params.value("name"_L1);
    switch (type) {
    case EventType::Slot: {
        EventList events;
        for (auto it = params.begin(); it != params.end(); ++it)
            events.append(Event::slot(it.key(), it.value()));
        return events;
    }
    case EventType::ActiveLoop:
        return {Event::activeLoop(nameParam.toString())};
    case EventType::Restart:
    case EventType::Rewind:
    case EventType::Undo:
    case EventType::ResetSlots:
    case EventType::Pause:
    case EventType::Resume:
    case EventType::Export:
    case EventType::SessionStarted:
        return {Event::simple(type)};
    case EventType::Followup:
        return {Event::followup(nameParam.toString())};
    case EventType::ActionExecutionRejected:
        return {Event::actionExecutionRejected(nameParam.toString())};
    case EventType::LoopInterrupted:
        if (name == "form_validation"_L1)
            return {Event::loopInterrupted(!params.value("validate"_L1).toBool(true))};
        return {Event::loopInterrupted(params.value("is_interrupted"_L1).toBool(false))};
    default:
        return {Event::action(name)};
    }
}

IntentMessage parseIntentMessage(const QString &text)
{
    static const QRegularExpression pattern(u"^/?([^{@]+)(@[0-9.]+)?(\\{.+)?"_s);
    IntentMessage message;
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        message.ok = false;
        return message;
    }
    message.intent = match.captured(1).trimmed();
    if (!match.hasCaptured(3))
        return message;
    const QJsonDocument json = QJsonDocument::fromJson(match.captured(3).toUtf8());
    if (!json.isObject()) {
        message.ok = false;
        return message;
    }
    const int start = Annotation::codePointLength(text.left(match.capturedStart(3)));
    const int end = start + Annotation::codePointLength(match.captured(3));
    const QJsonObject object = json.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonArray values =
            it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue value : values)
            message.entities.append(Entity::onSpan(it.key(), value, start, end));
    }
    return message;
}

QJsonValue bareSlotValue(const Domain *domain, const QString &slot)
{
    const SlotDefinition *definition = domain ? domain->slot(slot) : nullptr;
    if (!definition)
        return QJsonValue();
    if (definition->type == "text"_L1)
        return u"filled"_s;
    if (definition->type == "bool"_L1)
        return true;
    return QJsonValue();
}

} // namespace StoryEvents

StoryStepBuilder::StoryStepBuilder(StoryStep::Kind kind, const QString &name,
                                   const QString &sourceFile, int sourceLine)
{
    m_current.kind = kind;
    m_current.name = name;
    m_current.sourceFile = sourceFile;
    m_current.sourceLine = sourceLine;
}

void StoryStepBuilder::addCheckpoint(const QString &name, const QJsonObject &slotConditions)
{
    if (m_current.items.isEmpty() && m_current.endCheckpoints.isEmpty()) {
        m_current.startCheckpoints.append({name, slotConditions});
        return;
    }
    // End and intermediate checkpoints carry no conditions in Rasa.
    m_current.endCheckpoints.append({name, {}});
}

void StoryStepBuilder::addItem(StoryItem item)
{
    if (!m_current.endCheckpoints.isEmpty()) {
        StoryStep next;
        next.kind = m_current.kind;
        next.name = m_current.name;
        next.sourceFile = m_current.sourceFile;
        next.sourceLine = m_current.sourceLine;
        next.startCheckpoints = m_current.endCheckpoints;
        m_done.append(std::move(m_current));
        m_current = std::move(next);
    }
    m_current.items.append(std::move(item));
}

StorySteps StoryStepBuilder::finish()
{
    if (!m_current.items.isEmpty() || !m_current.startCheckpoints.isEmpty()
        || !m_current.endCheckpoints.isEmpty() || m_done.isEmpty()) {
        m_done.append(std::move(m_current));
    }
    m_current = StoryStep();
    return std::move(m_done);
}

} // namespace Coach
