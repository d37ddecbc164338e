#include "markdownstorywriter.h"

#include "model/annotation.h"
#include "model/jsonutil.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! Python's json.dumps(..., ensure_ascii=False) of a value.
QString dumps(const QJsonValue &value)
{
    return Json::pythonDumps(value, false);
}

//! `{"type": value, ...}` in entity order. Rasa kept only the last value of
//! a repeated type; a list keeps all of them, and Rasa's Markdown reader
//! turns a list back into one entity per value.
QString entityObject(const QList<Entity> &entities)
{
    QStringList types;
    QHash<QString, QJsonArray> values;
    for (const Entity &entity : entities) {
        if (!values.contains(entity.type()))
            types.append(entity.type());
        values[entity.type()].append(entity.value());
    }
    QStringList parts;
    for (const QString &type : std::as_const(types)) {
        const QJsonArray list = values.value(type);
        parts.append(Json::pythonQuote(type, false) + ": "_L1
                     + dumps(list.size() == 1 ? list.first() : QJsonValue(list)));
    }
    return u'{' + parts.join(", "_L1) + u'}';
}

} // namespace

QString MarkdownStoryWriter::render(const StorySteps &steps) const
{
    return renderBlocks(steps);
}

QString MarkdownStoryWriter::renderBlocks(const StorySteps &steps, int /*indent*/) const
{
    return renderEach(steps,
                      [this](QString &out, const StoryStep &step) { appendBlock(out, step); });
}

void MarkdownStoryWriter::appendBlock(QString &out, const StoryStep &step) const
{
    out += step.kind == StoryStep::Kind::Rule ? "\n>> "_L1 : "\n## "_L1;
    out += step.name + u'\n';
    const auto checkpoint = [&out](const Checkpoint &point) {
        out += "> "_L1 + point.name;
        if (!point.slotConditions.isEmpty())
            out += dumps(point.slotConditions);
        out += u'\n';
    };
    for (const Checkpoint &point : step.startCheckpoints)
        checkpoint(point);
    for (const StoryItem &item : step.items) {
        if (item.alternatives.isEmpty())
            continue;
        if (item.event().type() == EventType::User) {
            QStringList messages;
            for (const Event &user : item.alternatives)
                messages.append(userText(user));
            out += "* "_L1 + messages.join(" OR "_L1) + u'\n';
            continue;
        }
        const QString line = eventLine(item.event());
        if (!line.isEmpty())
            out += "    - "_L1 + line + u'\n';
    }
    for (const Checkpoint &point : step.endCheckpoints)
        checkpoint(point);
}

QString MarkdownStoryWriter::userText(const Event &user) const
{
    const ParseData parseData = user.parseData();
    const QString intent = storyIntent(parseData.fullIntentName());
    if (m_options.testStories || intent.isEmpty()) {
        const QString text = Annotation::render(user.text(), parseData.entities());
        return intent.isEmpty() ? text : intent + ": "_L1 + text;
    }
    const QList<Entity> entities = parseData.entities();
    return entities.isEmpty() ? intent : intent + entityObject(entities);
}

QString MarkdownStoryWriter::eventLine(const Event &event) const
{
    switch (event.type()) {
    case EventType::Action: {
        QString name = event.name();
        if (name.isEmpty() || name == "action_listen"_L1 || name == "action_session_start"_L1
            || name == "action_unlikely_intent"_L1) {
            return QString(); // text-only bot turns have no Markdown syntax
        }
        return name;
    }
    case EventType::Slot: {
        const QJsonValue value = event.slotValue();
        const bool asFloat = m_options.floatSlots.contains(event.name()) && value.isDouble()
            && std::isfinite(value.toDouble());
        return "slot{"_L1 + Json::pythonQuote(event.name(), false) + ": "_L1
            + (asFloat ? Json::pythonFloat(value.toDouble()) : dumps(value)) + u'}';
    }
    case EventType::ActiveLoop:
        return "active_loop{\"name\": "_L1
            + (event.loopName().isEmpty() ? u"null"_s : Json::pythonQuote(event.loopName(), false))
            + u'}';
    case EventType::Followup:
        return "followup{\"name\": "_L1 + Json::pythonQuote(event.name(), false) + u'}';
    case EventType::ResetSlots:
    case EventType::Pause:
    case EventType::Resume:
    case EventType::Export:
    case EventType::Rewind:
    case EventType::Undo:
    case EventType::Restart:
        return Event::typeName(event.type());
    default:
        return QString();
    }
}

} // namespace Coach
