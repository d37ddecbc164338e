#include "yamlstorywriter.h"

#include "annotation.h"
#include "yamlemitter.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QString spaces(int count)
{
    return QString(count, u' ');
}

//! Actions Rasa's writers leave out of stories.
bool isSkippedAction(const QString &name)
{
    return name == "action_listen"_L1 || name == "action_session_start"_L1
        || name == "action_unlikely_intent"_L1 || name == "..."_L1;
}

bool writesIntent(const Event &user)
{
    return !user.parseData().fullIntentName().isEmpty() && !user.useTextForFeaturization();
}

bool writesText(const Event &user, bool testStory)
{
    return !user.text().isEmpty() && (user.useTextForFeaturization() || testStory);
}

//! Starts a mapping entry: inline after a dash, else on its own line.
void startKey(QString &out, bool &first, int indent, QLatin1StringView key)
{
    if (first)
        out += u' ';
    else
        out += spaces(indent);
    first = false;
    out += key;
    out += u':';
}

bool hasValue(const QJsonObject &entity, QLatin1StringView key)
{
    return entity.contains(key) && !entity.value(key).isNull();
}

} // namespace

QString YamlStoryWriter::render(const StorySteps &steps) const
{
    QString out = u"version: "_s + YamlEmitter::doubleQuoted(m_options.version) + u'\n';
    StorySteps stories;
    StorySteps rules;
    for (const StoryStep &step : steps)
        (step.kind == StoryStep::Kind::Rule ? rules : stories).append(step);
    if (!stories.isEmpty()) {
        out += "stories:\n"_L1;
        out += renderBlocks(stories, 0);
    }
    if (!rules.isEmpty()) {
        out += "rules:\n"_L1;
        out += renderBlocks(rules, 0);
    }
    return out;
}

QString YamlStoryWriter::renderBlocks(const StorySteps &steps, int indent) const
{
    QString out;
    for (const StoryStep &step : steps)
        appendBlock(out, step, indent);
    return out;
}

void YamlStoryWriter::appendBlock(QString &out, const StoryStep &step, int indent) const
{
    const bool rule = step.kind == StoryStep::Kind::Rule;
    const int inner = indent + 2;
    out += spaces(indent);
    out += rule ? "- rule: "_L1 : "- story: "_L1;
    out += YamlEmitter::scalar(step.name);
    out += u'\n';
    if (rule && !step.conditions.isEmpty()) {
        out += spaces(inner) + "condition:\n"_L1;
        for (const Event &condition : step.conditions)
            appendItem(out, StoryItem{{condition}}, inner);
    }
    if (rule && step.conversationStart)
        out += spaces(inner) + "conversation_start: true\n"_L1;
    const qsizetype before = out.size();
    out += spaces(inner) + "steps:\n"_L1;
    const qsizetype header = out.size();
    for (const Checkpoint &checkpoint : step.startCheckpoints)
        appendCheckpoint(out, checkpoint, inner);
    for (const StoryItem &item : step.items)
        appendItem(out, item, inner);
    for (const Checkpoint &checkpoint : step.endCheckpoints)
        appendCheckpoint(out, checkpoint, inner);
    if (out.size() == header) {
        out.truncate(before);
        out += spaces(inner) + "steps: []\n"_L1;
    }
    if (rule && !step.waitForUserInput)
        out += spaces(inner) + "wait_for_user_input: false\n"_L1;
}

void YamlStoryWriter::appendItem(QString &out, const StoryItem &item, int indent) const
{
    if (item.alternatives.isEmpty())
        return;
    if (item.isOrGroup()) {
        out += spaces(indent) + "- or:\n"_L1;
        for (const Event &alternative : item.alternatives) {
            const qsizetype start = out.size();
            out += spaces(indent + 2) + u'-';
            if (!appendUser(out, alternative, indent + 4, true))
                out.truncate(start);
        }
        return;
    }
    const Event &event = item.event();
    const qsizetype start = out.size();
    out += spaces(indent) + u'-';
    switch (event.type()) {
    case EventType::User:
        if (appendUser(out, event, indent + 2, true))
            return;
        break;
    case EventType::Action:
        if (!event.name().isEmpty() && !isSkippedAction(event.name())) {
            out += " action: "_L1 + YamlEmitter::scalar(event.name()) + u'\n';
            return;
        }
        if (event.name().isEmpty() && !event.actionText().isEmpty()) {
            out += " bot:"_L1;
            YamlEmitter::appendAfterKey(out, YamlNode::string(event.actionText()), indent + 2);
            return;
        }
        break;
    case EventType::Slot: {
        const NumberStyle style = m_options.floatSlots.contains(event.name()) ? NumberStyle::Float
                                                                              : NumberStyle::Auto;
        out += " slot_was_set:\n"_L1 + spaces(indent + 2) + "- "_L1
            + YamlEmitter::scalar(event.name()) + u':';
        YamlEmitter::appendAfterKey(out, YamlNode::fromJson(event.slotValue(), style), indent + 4);
        return;
    }
    case EventType::ActiveLoop:
        out += " active_loop: "_L1;
        out += event.loopName().isEmpty() ? u"null"_s : YamlEmitter::scalar(event.loopName());
        out += u'\n';
        return;
    default:
        break;
    }
    out.truncate(start); // no story syntax for this event
}

bool YamlStoryWriter::appendUser(QString &out, const Event &user, int indent,
                                 bool firstInline) const
{
    const bool intent = writesIntent(user);
    const bool text = writesText(user, m_options.testStories);
    if (!intent && !text)
        return false;
    bool first = firstInline;
    const ParseData parseData = user.parseData();
    if (intent) {
        startKey(out, first, indent, "intent"_L1);
        out += u' ' + YamlEmitter::scalar(parseData.fullIntentName()) + u'\n';
        if (!m_options.testStories && !parseData.entities().isEmpty())
            appendEntities(out, user, indent);
    }
    if (text) {
        startKey(out, first, indent, "user"_L1);
        const QString annotated = Annotation::render(user.text(), parseData.entities());
        if (YamlEmitter::fitsLiteral(annotated))
            YamlEmitter::appendLiteral(out, annotated, indent + 2);
        else
            out += u' ' + YamlEmitter::doubleQuoted(annotated) + u'\n';
    }
    return true;
}

void YamlStoryWriter::appendEntities(QString &out, const Event &user, int indent) const
{
    out += spaces(indent) + "entities:\n"_L1;
    const QList<Entity> entities = user.parseData().entities();
    for (const Entity &entity : entities) {
        const QJsonObject json = entity.toJson();
        const bool role = hasValue(json, "role"_L1);
        const bool group = hasValue(json, "group"_L1);
        out += spaces(indent) + "- "_L1 + YamlEmitter::scalar(entity.type());
        if (!entity.hasValueKey() && !role && !group) {
            out += u'\n';
            continue;
        }
        out += u':';
        YamlEmitter::appendAfterKey(out, YamlNode::fromJson(entity.value()), indent + 2);
        if (role)
            out += spaces(indent + 2) + "role: "_L1 + YamlEmitter::jsonScalar(json.value("role"_L1)) + u'\n';
        if (group)
            out += spaces(indent + 2) + "group: "_L1 + YamlEmitter::jsonScalar(json.value("group"_L1)) + u'\n';
    }
}

void YamlStoryWriter::appendCheckpoint(QString &out, const Checkpoint &checkpoint, int indent) const
{
    out += spaces(indent) + "- checkpoint: "_L1 + YamlEmitter::scalar(checkpoint.name) + u'\n';
    if (checkpoint.slotConditions.isEmpty())
        return;
    out += spaces(indent + 2) + "slot_was_set:\n"_L1;
    for (auto it = checkpoint.slotConditions.begin(); it != checkpoint.slotConditions.end(); ++it) {
        out += spaces(indent + 2) + "- "_L1 + YamlEmitter::scalar(it.key()) + u':';
        const NumberStyle style = m_options.floatSlots.contains(it.key()) ? NumberStyle::Float
                                                                          : NumberStyle::Auto;
        YamlEmitter::appendAfterKey(out, YamlNode::fromJson(it.value(), style), indent + 4);
    }
}

} // namespace Coach
