#include "yamlstorywriter.h"

#include "yamlemitter.h"

#include "model/annotation.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! Indentation without an allocation per line.
QStringView spaces(int count)
{
    static const QString blanks(256, u' ');
    return QStringView(blanks).left(std::min<qsizetype>(count, blanks.size()));
}

//! Actions Rasa's writers leave out of stories.
bool isSkippedAction(const QString &name)
{
    return name == "action_listen"_L1 || name == "action_session_start"_L1
        || name == "action_unlikely_intent"_L1 || name == "..."_L1;
}

//! What a user step needs of its event, read from the JSON once (stories
//! can hold hundreds of thousands of user steps).
struct UserStep
{
    QString intent;
    QString text;
    bool useText = false;
    QList<Entity> entities;
};

UserStep userStep(const Event &event)
{
    UserStep step;
    step.intent = StoryWriter::storyIntent(event.userIntent());
    step.text = event.text();
    step.useText = event.useTextForFeaturization();
    step.entities = event.userEntities();
    return step;
}

//! A value after `key:`; scalars without building a YamlNode (most values).
void appendValue(QString &out, const QJsonValue &value, int indent,
                 NumberStyle style = NumberStyle::Auto)
{
    const bool simple = !value.isArray() && !value.isObject()
        && !(value.isString() && value.toString().contains(u'\n'));
    if (!simple) {
        YamlEmitter::appendAfterKey(out, YamlNode::fromJson(value, style), indent);
        return;
    }
    out += u' ';
    out += YamlEmitter::jsonScalar(value, style);
    out += u'\n';
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
    return renderEach(steps, [this, indent](QString &out, const StoryStep &step) {
        appendBlock(out, step, indent);
    });
}

QStringList YamlStoryWriter::itemTexts(const StoryStep &step) const
{
    QStringList texts;
    texts.reserve(step.items.size());
    for (const StoryItem &item : step.items) {
        QString text;
        appendItem(text, item, 2);
        if (!text.isEmpty())
            texts.append(text);
    }
    return texts;
}

QString YamlStoryWriter::storyBlock(const QString &name, const QStringList &itemTexts)
{
    QString out = "- story: "_L1 + YamlEmitter::scalar(name) + u'\n';
    if (itemTexts.isEmpty())
        return out + "  steps: []\n"_L1;
    out += "  steps:\n"_L1;
    for (const QString &item : itemTexts)
        out += item;
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
        appendOrGroup(out, item, indent);
        return;
    }
    const Event &event = item.event();
    const qsizetype start = out.size();
    out += spaces(indent) + u'-';
    bool written = false;
    switch (event.type()) {
    case EventType::User:
        written = appendUser(out, event, indent + 2, true);
        break;
    case EventType::Action:
        written = appendAction(out, event, indent);
        break;
    case EventType::Slot: {
        const QString name = event.name(); // read once: events are JSON
        const NumberStyle style =
            m_options.floatSlots.contains(name) ? NumberStyle::Float : NumberStyle::Auto;
        out +=
            " slot_was_set:\n"_L1 + spaces(indent + 2) + "- "_L1 + YamlEmitter::scalar(name) + u':';
        appendValue(out, event.slotValue(), indent + 4, style);
        written = true;
        break;
    }
    case EventType::ActiveLoop: {
        const QString loop = event.loopName();
        out +=
            " active_loop: "_L1 + (loop.isEmpty() ? u"null"_s : YamlEmitter::scalar(loop)) + u'\n';
        written = true;
        break;
    }
    default:
        break;
    }
    if (!written)
        out.truncate(start); // no story syntax for this event
}

void YamlStoryWriter::appendOrGroup(QString &out, const StoryItem &item, int indent) const
{
    out += spaces(indent) + "- or:\n"_L1;
    for (const Event &alternative : item.alternatives) {
        const qsizetype start = out.size();
        out += spaces(indent + 2) + u'-';
        if (!appendUser(out, alternative, indent + 4, true))
            out.truncate(start);
    }
}

bool YamlStoryWriter::appendAction(QString &out, const Event &action, int indent) const
{
    const QString name = action.name();
    if (!name.isEmpty()) {
        if (isSkippedAction(name))
            return false;
        out += " action: "_L1 + YamlEmitter::scalar(name) + u'\n';
        return true;
    }
    const QString text = action.actionText();
    if (text.isEmpty())
        return false;
    out += " bot:"_L1;
    YamlEmitter::appendAfterKey(out, YamlNode::string(text), indent + 2);
    return true;
}

bool YamlStoryWriter::appendUser(QString &out, const Event &user, int indent,
                                 bool firstInline) const
{
    const UserStep step = userStep(user);
    const bool intent = !step.intent.isEmpty() && !step.useText;
    const bool text = !step.text.isEmpty() && (step.useText || m_options.testStories);
    if (!intent && !text)
        return false;
    bool first = firstInline;
    if (intent) {
        startKey(out, first, indent, "intent"_L1);
        out += u' ' + YamlEmitter::scalar(step.intent) + u'\n';
        if (!m_options.testStories && !step.entities.isEmpty())
            appendEntities(out, step.entities, indent);
    }
    if (text) {
        startKey(out, first, indent, "user"_L1);
        const QString annotated = Annotation::render(step.text, step.entities);
        if (YamlEmitter::fitsLiteral(annotated))
            YamlEmitter::appendLiteral(out, annotated, indent + 2);
        else
            out += u' ' + YamlEmitter::doubleQuoted(annotated) + u'\n';
    }
    return true;
}

void YamlStoryWriter::appendEntities(QString &out, const QList<Entity> &entities, int indent) const
{
    out += spaces(indent) + "entities:\n"_L1;
    for (const Entity &entity : entities) {
        const QJsonValue value = entity.value();
        const QString role = entity.role();
        const QString group = entity.group();
        out += spaces(indent) + "- "_L1 + YamlEmitter::scalar(entity.type());
        if (value.isUndefined() && role.isEmpty() && group.isEmpty()) {
            out += u'\n';
            continue;
        }
        out += u':';
        appendValue(out, value, indent + 2);
        if (!role.isEmpty())
            out += spaces(indent + 2) + "role: "_L1 + YamlEmitter::scalar(role) + u'\n';
        if (!group.isEmpty())
            out += spaces(indent + 2) + "group: "_L1 + YamlEmitter::scalar(group) + u'\n';
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
        const NumberStyle style =
            m_options.floatSlots.contains(it.key()) ? NumberStyle::Float : NumberStyle::Auto;
        YamlEmitter::appendAfterKey(out, YamlNode::fromJson(it.value(), style), indent + 4);
    }
}

} // namespace Coach
