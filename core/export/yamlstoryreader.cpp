// StoryReader::readYaml: Rasa's YAMLStoryReader on yaml-cpp nodes, which
// keep line numbers for error messages.

#include "storyreader.h"

#include "annotation.h"
#include "model/yamlreader.h"
#include "storystepbuilder.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coach::StoryReader", text);
}

QString text(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

//! `map[key]`, or an undefined node that is safe to ask anything: yaml-cpp
//! throws on most calls on the result of a missing key.
YAML::Node child(const YAML::Node &map, const char *key)
{
    const YAML::Node node = map[key];
    return node.IsDefined() ? node : YAML::Node(YAML::NodeType::Undefined);
}

class YamlStories
{
public:
    YamlStories(const QString &file, const Domain *domain) : m_file(file), m_domain(domain) { }

    Result<StorySteps> read(const YAML::Node &root);

private:
    Error errorAt(const YAML::Node &node, const QString &message) const;
    Status readBlocks(const YAML::Node &root, const char *key, StoryStep::Kind kind);
    Status readBlock(const YAML::Node &item, StoryStep::Kind kind);
    Status readRuleProperties(const YAML::Node &item, StoryStepBuilder &builder);
    Status readStep(const YAML::Node &step, StoryStepBuilder &builder);
    Result<EventList> readStepEvents(const YAML::Node &step);
    Result<Event> readUser(const YAML::Node &step);
    Result<QList<Entity>> readEntities(const YAML::Node &list);
    Result<EventList> readSlots(const YAML::Node &list);
    Result<QJsonObject> readConditions(const YAML::Node &list);

    QString m_file;
    const Domain *m_domain;
    StorySteps m_steps;
    int m_lastLine = 0;
};

Error YamlStories::errorAt(const YAML::Node &node, const QString &message) const
{
    const int line = node.Mark().is_null() ? m_lastLine : node.Mark().line + 1;
    const QString file = m_file.isEmpty() ? tr("stories") : m_file;
    return makeError(message, tr("%1 line %2").arg(file).arg(line));
}

Result<StorySteps> YamlStories::read(const YAML::Node &root)
{
    if (!root.IsDefined() || root.IsNull())
        return StorySteps();
    if (!root.IsMap())
        return errorAt(root, tr("not a stories file: the top level must be a mapping"));
    Status status = readBlocks(root, "stories", StoryStep::Kind::Story);
    if (status)
        status = readBlocks(root, "rules", StoryStep::Kind::Rule);
    if (!status)
        return status.error();
    return std::move(m_steps);
}

Status YamlStories::readBlocks(const YAML::Node &root, const char *key, StoryStep::Kind kind)
{
    const YAML::Node list = child(root, key);
    if (!list.IsDefined() || list.IsNull())
        return {};
    if (!list.IsSequence())
        return errorAt(list, tr("\"%1\" must be a list").arg(QLatin1StringView(key)));
    for (const YAML::Node &item : list) {
        Status status = readBlock(item, kind);
        if (!status)
            return status;
    }
    return {};
}

Status YamlStories::readBlock(const YAML::Node &item, StoryStep::Kind kind)
{
    const bool rule = kind == StoryStep::Kind::Rule;
    if (!item.IsMap()) {
        return errorAt(item, rule ? tr("every rule must be a mapping with \"rule\" and \"steps\"")
                                  : tr("every story must be a mapping with \"story\" and \"steps\""));
    }
    m_lastLine = item.Mark().line + 1;
    const YAML::Node steps = child(item, "steps");
    if (!steps.IsDefined() || steps.IsNull() || (steps.IsSequence() && steps.size() == 0))
        return {}; // Rasa skips blocks without steps
    if (!steps.IsSequence())
        return errorAt(steps, tr("\"steps\" must be a list"));
    StoryStepBuilder builder(kind, text(child(item, rule ? "rule" : "story")), m_file, m_lastLine);
    if (rule) {
        Status status = readRuleProperties(item, builder);
        if (!status)
            return status;
    }
    for (const YAML::Node &step : steps) {
        Status status = readStep(step, builder);
        if (!status)
            return status;
    }
    m_steps += builder.finish();
    return {};
}

Status YamlStories::readRuleProperties(const YAML::Node &item, StoryStepBuilder &builder)
{
    StoryStep &step = builder.current();
    step.conversationStart = yamlNodeToJson(child(item, "conversation_start")).toBool(false);
    step.waitForUserInput = yamlNodeToJson(child(item, "wait_for_user_input")).toBool(true);
    const YAML::Node conditions = child(item, "condition");
    if (!conditions.IsDefined() || conditions.IsNull())
        return {};
    if (!conditions.IsSequence())
        return errorAt(conditions, tr("\"condition\" must be a list of steps"));
    for (const YAML::Node &condition : conditions) {
        Result<EventList> events = readStepEvents(condition);
        if (!events)
            return events.error();
        step.conditions += *events;
    }
    return {};
}

Status YamlStories::readStep(const YAML::Node &step, StoryStepBuilder &builder)
{
    if (step.IsMap() && child(step, "checkpoint").IsDefined()) {
        Result<QJsonObject> conditions = readConditions(child(step, "slot_was_set"));
        if (!conditions)
            return conditions.error();
        builder.addCheckpoint(text(child(step, "checkpoint")), *conditions);
        return {};
    }
    if (step.IsMap() && child(step, "or").IsDefined()) {
        const YAML::Node alternatives = child(step, "or");
        if (!alternatives.IsSequence() || alternatives.size() == 0)
            return errorAt(step, tr("\"or\" must be a list of user steps"));
        StoryItem item;
        for (const YAML::Node &alternative : alternatives) {
            Result<Event> user = readUser(alternative);
            if (!user)
                return user.error();
            item.alternatives.append(*user);
        }
        builder.addItem(std::move(item));
        return {};
    }
    Result<EventList> events = readStepEvents(step);
    if (!events)
        return events.error();
    for (const Event &event : *events)
        builder.addEvent(event);
    return {};
}

Result<EventList> YamlStories::readStepEvents(const YAML::Node &step)
{
    if (step.IsScalar()) {
        if (text(step) == "..."_L1)
            return EventList{Event::action(u"..."_s)};
        return EventList(); // Rasa skips other plain-text steps
    }
    if (!step.IsMap())
        return errorAt(step, tr("a step must be a mapping such as \"- intent: greet\""));
    if (child(step, "intent").IsDefined() || child(step, "user").IsDefined()) {
        Result<Event> user = readUser(step);
        if (!user)
            return user.error();
        return EventList{*user};
    }
    if (child(step, "action").IsDefined()) {
        const QString name = text(child(step, "action"));
        if (name.isEmpty())
            return EventList(); // Rasa skips empty action names
        return StoryEvents::fromStoryString(name, {});
    }
    if (child(step, "bot").IsDefined())
        return EventList{StoryEvents::botText(text(child(step, "bot")))};
    if (child(step, "slot_was_set").IsDefined())
        return readSlots(child(step, "slot_was_set"));
    if (child(step, "active_loop").IsDefined())
        return EventList{Event::activeLoop(text(child(step, "active_loop")))};
    return EventList(); // metadata and unknown keys: skipped as by Rasa
}

Result<Event> YamlStories::readUser(const YAML::Node &step)
{
    if (!step.IsMap() || !(child(step, "intent").IsDefined() || child(step, "user").IsDefined()))
        return errorAt(step, tr("a user step needs \"intent\" or \"user\""));
    QString intent = text(child(step, "intent")).trimmed();
    if (intent.startsWith(u'/'))
        intent.remove(0, 1);
    if (child(step, "user").IsDefined()) {
        Result<AnnotatedText> annotated = Annotation::parse(text(child(step, "user")).trimmed());
        if (!annotated)
            return errorAt(child(step, "user"), annotated.error().message);
        QList<Entity> entities = annotated->entities;
        if (annotated->plainText.startsWith(u'/'))
            entities = StoryEvents::parseIntentMessage(annotated->plainText).entities;
        return StoryEvents::user(intent, annotated->plainText, entities);
    }
    if (intent.isEmpty())
        return errorAt(step, tr("the intent of a user step cannot be empty"));
    Result<QList<Entity>> entities = readEntities(child(step, "entities"));
    if (!entities)
        return entities.error();
    return StoryEvents::user(intent, QString(), *entities);
}

Result<QList<Entity>> YamlStories::readEntities(const YAML::Node &list)
{
    QList<Entity> entities;
    if (!list.IsDefined() || list.IsNull())
        return entities;
    if (!list.IsSequence())
        return errorAt(list, tr("\"entities\" must be a list"));
    for (const YAML::Node &item : list) {
        if (item.IsScalar()) {
            entities.append(Entity(QJsonObject{{u"entity"_s, text(item)}, {u"value"_s, u""_s}}));
            continue;
        }
        if (!item.IsMap())
            return errorAt(item, tr("an entity must be \"- type: value\" or \"- type\""));
        QJsonObject entity;
        for (auto it = item.begin(); it != item.end(); ++it) {
            // As Rasa's reader: null attributes are left out, so
            // `- city: null` reads as a bare `- city`.
            const QString key = text(it->first);
            const QJsonValue value = yamlNodeToJson(it->second);
            const bool attribute = key == "role"_L1 || key == "group"_L1;
            if (!attribute)
                entity.insert("entity"_L1, key);
            if (!value.isNull())
                entity.insert(attribute ? key : u"value"_s, value);
        }
        if (!entity.contains("entity"_L1))
            return errorAt(item, tr("an entity needs a type besides \"role\" and \"group\""));
        entities.append(Entity(entity));
    }
    return entities;
}

Result<EventList> YamlStories::readSlots(const YAML::Node &list)
{
    if (!list.IsSequence())
        return errorAt(list, tr("\"slot_was_set\" must be a list"));
    EventList events;
    for (const YAML::Node &item : list) {
        if (item.IsScalar()) {
            events.append(Event::slot(text(item), StoryEvents::bareSlotValue(m_domain, text(item))));
        } else if (item.IsMap()) {
            for (auto it = item.begin(); it != item.end(); ++it)
                events.append(Event::slot(text(it->first), yamlNodeToJson(it->second)));
        } else {
            return errorAt(item, tr("a slot must be \"- name: value\" or \"- name\""));
        }
    }
    return events;
}

Result<QJsonObject> YamlStories::readConditions(const YAML::Node &list)
{
    QJsonObject conditions;
    if (!list.IsDefined() || list.IsNull())
        return conditions;
    if (!list.IsSequence())
        return errorAt(list, tr("checkpoint slots must be a list of \"- name: value\""));
    for (const YAML::Node &item : list) {
        if (!item.IsMap())
            return errorAt(item, tr("checkpoint slots must be a list of \"- name: value\""));
        for (auto it = item.begin(); it != item.end(); ++it)
            conditions.insert(text(it->first), yamlNodeToJson(it->second));
    }
    return conditions;
}

} // namespace

Result<StorySteps> StoryReader::readYaml(const QByteArray &text, const QString &fileName,
                                         const Domain *domain)
{
    try {
        return YamlStories(fileName, domain).read(YAML::Load(text.toStdString()));
    } catch (const YAML::Exception &error) {
        // parseYaml() words the syntax error with file, line and column.
        Result<QJsonValue> check = parseYaml(text, fileName);
        if (!check)
            return check.error();
        return makeError(tr("cannot read the stories: %1").arg(QString::fromStdString(error.msg)), fileName);
    } catch (const std::exception &error) {
        return makeError(tr("cannot read the stories: %1").arg(QString::fromLocal8Bit(error.what())),
                         fileName);
    }
}

} // namespace Coach
