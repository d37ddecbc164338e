// StoryReader::readYaml: Rasa's YAMLStoryReader on a YamlTree, whose nodes
// keep line numbers for error messages.

#include "storyreader.h"
#include "storystepbuilder.h"

#include "model/annotation.h"
#include "model/yamlreader.h"
#include "model/yamltree.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct StoryReaderMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::StoryReader)
};

using YamlNode = YamlTree::Node;

QString text(const YamlNode &node)
{
    return node.scalar();
}

//! `map[key]`, or an undefined node.
YamlNode child(const YamlNode &map, const char *key)
{
    return map.value(QLatin1StringView(key));
}

class YamlStories
{
public:
    YamlStories(const QString &file, const Domain *domain) : m_file(file), m_domain(domain) { }

    Result<StorySteps> read(const YamlNode &root);

private:
    Error errorAt(const YamlNode &node, const QString &message) const;
    Status readBlocks(const YamlNode &root, const char *key, StoryStep::Kind kind);
    Status readBlock(const YamlNode &item, StoryStep::Kind kind);
    Status readRuleProperties(const YamlNode &item, StoryStepBuilder &builder);
    Status readStep(const YamlNode &step, StoryStepBuilder &builder);
    Result<EventList> readStepEvents(const YamlNode &step);
    Result<Event> readUser(const YamlNode &step);
    Result<QList<Entity>> readEntities(const YamlNode &list);
    Result<EventList> readSlots(const YamlNode &list);
    Result<QJsonObject> readConditions(const YamlNode &list);

    QString m_file;
    const Domain *m_domain;
    StorySteps m_steps;
    int m_lastLine = 0;
    // The same steps come back in story after story (`- action: utter_x`):
    // each is built once and its events are shared (events are immutable).
    QHash<QString, EventList> m_actions;
    QHash<QString, Event> m_intents;
};

Error YamlStories::errorAt(const YamlNode &node, const QString &message) const
{
    const int line = node.line() == 0 ? m_lastLine : node.line();
    const QString file = m_file.isEmpty() ? StoryReaderMessages::tr("stories") : m_file;
    return makeError(message, StoryReaderMessages::tr("%1 line %2").arg(file).arg(line));
}

Result<StorySteps> YamlStories::read(const YamlNode &root)
{
    if (!root.isDefined() || root.isNull())
        return StorySteps();
    if (!root.isMap())
        return errorAt(
            root, StoryReaderMessages::tr("not a stories file: the top level must be a mapping"));
    Status status = readBlocks(root, "stories", StoryStep::Kind::Story);
    if (status)
        status = readBlocks(root, "rules", StoryStep::Kind::Rule);
    if (!status)
        return status.error();
    return std::move(m_steps);
}

Status YamlStories::readBlocks(const YamlNode &root, const char *key, StoryStep::Kind kind)
{
    const YamlNode list = child(root, key);
    if (!list.isDefined() || list.isNull())
        return {};
    if (!list.isSequence())
        return errorAt(
            list, StoryReaderMessages::tr("\"%1\" must be a list").arg(QLatin1StringView(key)));
    for (const YamlNode &item : list) {
        Status status = readBlock(item, kind);
        if (!status)
            return status;
    }
    return {};
}

Status YamlStories::readBlock(const YamlNode &item, StoryStep::Kind kind)
{
    const bool rule = kind == StoryStep::Kind::Rule;
    if (!item.isMap()) {
        return errorAt(item,
                       rule ? StoryReaderMessages::tr(
                           "every rule must be a mapping with \"rule\" and \"steps\"")
                            : StoryReaderMessages::tr(
                                "every story must be a mapping with \"story\" and \"steps\""));
    }
    m_lastLine = item.line();
    const YamlNode steps = child(item, "steps");
    if (!steps.isDefined() || steps.isNull() || (steps.isSequence() && steps.size() == 0))
        return {}; // Rasa skips blocks without steps
    if (!steps.isSequence())
        return errorAt(steps, StoryReaderMessages::tr("\"steps\" must be a list"));
    StoryStepBuilder builder(kind, text(child(item, rule ? "rule" : "story")), m_file, m_lastLine);
    if (rule) {
        Status status = readRuleProperties(item, builder);
        if (!status)
            return status;
    }
    for (const YamlNode &step : steps) {
        Status status = readStep(step, builder);
        if (!status)
            return status;
    }
    m_steps += builder.finish();
    return {};
}

Status YamlStories::readRuleProperties(const YamlNode &item, StoryStepBuilder &builder)
{
    StoryStep &step = builder.current();
    step.conversationStart = child(item, "conversation_start").toJson().toBool(false);
    step.waitForUserInput = child(item, "wait_for_user_input").toJson().toBool(true);
    const YamlNode conditions = child(item, "condition");
    if (!conditions.isDefined() || conditions.isNull())
        return {};
    if (!conditions.isSequence())
        return errorAt(conditions,
                       StoryReaderMessages::tr("\"condition\" must be a list of steps"));
    for (const YamlNode &condition : conditions) {
        Result<EventList> events = readStepEvents(condition);
        if (!events)
            return events.error();
        step.conditions += *events;
    }
    return {};
}

Status YamlStories::readStep(const YamlNode &step, StoryStepBuilder &builder)
{
    if (step.isMap() && child(step, "checkpoint").isDefined()) {
        Result<QJsonObject> conditions = readConditions(child(step, "slot_was_set"));
        if (!conditions)
            return conditions.error();
        builder.addCheckpoint(text(child(step, "checkpoint")), *conditions);
        return {};
    }
    if (step.isMap() && child(step, "or").isDefined()) {
        const YamlNode alternatives = child(step, "or");
        if (!alternatives.isSequence() || alternatives.size() == 0)
            return errorAt(step, StoryReaderMessages::tr("\"or\" must be a list of user steps"));
        StoryItem item;
        for (const YamlNode &alternative : alternatives) {
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

Result<EventList> YamlStories::readStepEvents(const YamlNode &step)
{
    if (step.isScalar()) {
        if (text(step) == "..."_L1)
            return EventList{Event::action(u"..."_s)};
        return EventList(); // Rasa skips other plain-text steps
    }
    if (!step.isMap())
        return errorAt(
            step, StoryReaderMessages::tr("a step must be a mapping such as \"- intent: greet\""));
    if (child(step, "intent").isDefined() || child(step, "user").isDefined()) {
        Result<Event> user = readUser(step);
        if (!user)
            return user.error();
        return EventList{*user};
    }
    if (child(step, "action").isDefined()) {
        const QString name = text(child(step, "action"));
        if (name.isEmpty())
            return EventList(); // Rasa skips empty action names
        auto known = m_actions.constFind(name);
        if (known == m_actions.constEnd())
            known = m_actions.insert(name, StoryEvents::fromStoryString(name, {}));
        return *known;
    }
    if (child(step, "bot").isDefined())
        return EventList{StoryEvents::botText(text(child(step, "bot")))};
    if (child(step, "slot_was_set").isDefined())
        return readSlots(child(step, "slot_was_set"));
    if (child(step, "active_loop").isDefined())
        return EventList{Event::activeLoop(text(child(step, "active_loop")))};
    return EventList(); // metadata and unknown keys: skipped as by Rasa
}

Result<Event> YamlStories::readUser(const YamlNode &step)
{
    if (!step.isMap() || !(child(step, "intent").isDefined() || child(step, "user").isDefined()))
        return errorAt(step, StoryReaderMessages::tr("a user step needs \"intent\" or \"user\""));
    QString intent = text(child(step, "intent")).trimmed();
    if (intent.startsWith(u'/'))
        intent.remove(0, 1);
    if (child(step, "user").isDefined()) {
        Result<AnnotatedText> annotated = Annotation::parse(text(child(step, "user")).trimmed());
        if (!annotated)
            return errorAt(child(step, "user"), annotated.error().message);
        QList<Entity> entities = annotated->entities;
        if (annotated->plainText.startsWith(u'/'))
            entities = StoryEvents::parseIntentMessage(annotated->plainText).entities;
        return StoryEvents::user(intent, annotated->plainText, entities);
    }
    if (intent.isEmpty())
        return errorAt(step, StoryReaderMessages::tr("the intent of a user step cannot be empty"));
    Result<QList<Entity>> entities = readEntities(child(step, "entities"));
    if (!entities)
        return entities.error();
    if (!entities->isEmpty())
        return StoryEvents::user(intent, QString(), *entities);
    auto known = m_intents.constFind(intent);
    if (known == m_intents.constEnd())
        known = m_intents.insert(intent, StoryEvents::user(intent, QString(), {}));
    return *known;
}

Result<QList<Entity>> YamlStories::readEntities(const YamlNode &list)
{
    QList<Entity> entities;
    if (!list.isDefined() || list.isNull())
        return entities;
    if (!list.isSequence())
        return errorAt(list, StoryReaderMessages::tr("\"entities\" must be a list"));
    for (const YamlNode &item : list) {
        if (item.isScalar()) {
            entities.append(Entity(QJsonObject{{u"entity"_s, text(item)}, {u"value"_s, u""_s}}));
            continue;
        }
        if (!item.isMap())
            return errorAt(
                item, StoryReaderMessages::tr("an entity must be \"- type: value\" or \"- type\""));
        QJsonObject entity;
        for (int i = 0; i < item.size(); ++i) {
            // As Rasa's reader: null attributes are left out, so
            // `- city: null` reads as a bare `- city`.
            const QString key = text(item.keyAt(i));
            const QJsonValue value = item.valueAt(i).toJson();
            const bool attribute = key == "role"_L1 || key == "group"_L1;
            if (!attribute)
                entity.insert("entity"_L1, key);
            if (!value.isNull())
                entity.insert(attribute ? key : u"value"_s, value);
        }
        if (!entity.contains("entity"_L1))
            return errorAt(
                item,
                StoryReaderMessages::tr("an entity needs a type besides \"role\" and \"group\""));
        entities.append(Entity(entity));
    }
    return entities;
}

Result<EventList> YamlStories::readSlots(const YamlNode &list)
{
    if (!list.isSequence())
        return errorAt(list, StoryReaderMessages::tr("\"slot_was_set\" must be a list"));
    EventList events;
    for (const YamlNode &item : list) {
        if (item.isScalar()) {
            events.append(
                Event::slot(text(item), StoryEvents::bareSlotValue(m_domain, text(item))));
        } else if (item.isMap()) {
            for (int i = 0; i < item.size(); ++i)
                events.append(Event::slot(text(item.keyAt(i)), item.valueAt(i).toJson()));
        } else {
            return errorAt(
                item, StoryReaderMessages::tr("a slot must be \"- name: value\" or \"- name\""));
        }
    }
    return events;
}

Result<QJsonObject> YamlStories::readConditions(const YamlNode &list)
{
    QJsonObject conditions;
    if (!list.isDefined() || list.isNull())
        return conditions;
    if (!list.isSequence())
        return errorAt(
            list, StoryReaderMessages::tr("checkpoint slots must be a list of \"- name: value\""));
    for (const YamlNode &item : list) {
        if (!item.isMap())
            return errorAt(
                item,
                StoryReaderMessages::tr("checkpoint slots must be a list of \"- name: value\""));
        for (int i = 0; i < item.size(); ++i)
            conditions.insert(text(item.keyAt(i)), item.valueAt(i).toJson());
    }
    return conditions;
}

} // namespace

Result<StorySteps> StoryReader::readYaml(const QByteArray &text, const QString &fileName,
                                         const Domain *domain)
{
    YamlTree tree = YamlTree::parse(text);
    if (!tree.isValid()) {
        // parseYaml() words the syntax error with file, line and column.
        Result<QJsonValue> check = parseYaml(text, fileName);
        if (!check)
            return check.error();
        return makeError(
            StoryReaderMessages::tr("cannot read the stories: %1").arg(tree.errorMessage()),
            fileName);
    }
    Result<StorySteps> steps = YamlStories(fileName, domain).read(tree.root());
    if (!steps && tree.source() == YamlTree::Source::Scanner) {
        // The scanner's nulls have no position; yaml-cpp's name the line.
        tree = YamlTree::parse(text, YamlTree::Source::YamlCpp);
        steps = YamlStories(fileName, domain).read(tree.root());
    }
    return steps;
}

} // namespace Coach
