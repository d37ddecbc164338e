#include "domainexporter.h"

#include "nludata.h"
#include "yamlemitter.h"
#include "yamltexteditor.h"

#include "model/jsonutil.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct DomainExporterMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::DomainExporter)
};

QString baseIntent(const QString &intent)
{
    return intent.contains(u'/') ? intent.section(u'/', 0, 0) : intent;
}

bool isDefaultAction(const QString &name)
{
    static const QSet<QString> defaults = [] {
        QStringList names = Domain::defaultActionNames(3) + Domain::defaultActionNames(2);
        names.append(u"..."_s);
        return QSet<QString>(names.cbegin(), names.cend());
    }();
    return defaults.contains(name);
}

QStringList missing(const QStringList &wanted, const QStringList &present)
{
    QStringList result;
    for (const QString &name : wanted) {
        if (!present.contains(name))
            result.append(name);
    }
    return result;
}

QString listItems(const QStringList &names, int indent)
{
    QString out;
    for (const QString &name : names)
        out += QString(indent, u' ') + "- "_L1 + YamlEmitter::scalar(name) + u'\n';
    return out;
}

QStringList flowItems(const QStringList &names)
{
    QStringList items;
    for (const QString &name : names)
        items.append(YamlEmitter::scalar(name));
    return items;
}

Status addNames(YamlTextEditor &editor, const QString &key, const QStringList &names)
{
    if (names.isEmpty())
        return {};
    return editor.appendToSequence(key, listItems(names, editor.childIndent(key, 0)),
                                   flowItems(names));
}

Status addEntities(YamlTextEditor &editor, const DomainAdditions &additions)
{
    if (additions.entities.isEmpty())
        return {};
    YamlNode items = YamlNode::sequence();
    QStringList flow;
    for (const QString &name : additions.entities) {
        const YamlNode item = DomainExporter::entityNode(name, additions);
        items.append(item);
        flow.append(item.kind() == YamlNode::Kind::String
                        ? YamlEmitter::scalar(name)
                        : u"{%1: {roles: [%2], groups: [%3]}}"_s.arg(
                            YamlEmitter::scalar(name),
                            flowItems(additions.entityRoles.value(name)).join(", "_L1),
                            flowItems(additions.entityGroups.value(name)).join(", "_L1)));
    }
    QString block;
    YamlEmitter::appendItems(block, items, editor.childIndent(u"entities"_s, 0));
    return editor.appendToSequence(u"entities"_s, block, flow);
}

Status addResponses(YamlTextEditor &editor, const QList<ResponseDefinition> &responses)
{
    if (responses.isEmpty())
        return {};
    const QString key = !editor.section(u"responses"_s) && editor.section(u"templates"_s)
        ? u"templates"_s
        : u"responses"_s;
    YamlNode entries = YamlNode::mapping();
    QStringList flow;
    for (const ResponseDefinition &response : responses) {
        entries.insert(response.name, YamlNode::fromJson(response.variations));
        flow.append(YamlEmitter::scalar(response.name) + ": "_L1
                    + Json::pythonDumps(response.variations, false));
    }
    QString block;
    YamlEmitter::appendEntries(block, entries, editor.childIndent(key, 2));
    return editor.appendToMapping(key, block, flow);
}

//! Writes the session's text over the domain file's for clashing responses.
Status replaceResponses(YamlTextEditor &editor, const QList<ResponseConflict> &conflicts)
{
    const QString key = !editor.section(u"responses"_s) && editor.section(u"templates"_s)
        ? u"templates"_s
        : u"responses"_s;
    const YamlTextEditor::Node *section = editor.section(key);
    if (conflicts.isEmpty() || !section)
        return {};
    if (section->style != YamlTextEditor::Style::BlockMapping)
        return makeError(
            DomainExporterMessages::tr("cannot replace responses written in flow style ({...})"));
    QList<YamlTextEditor::LineReplacement> replacements;
    for (const ResponseConflict &conflict : conflicts) {
        for (const YamlTextEditor::Node &entry : section->children) {
            if (entry.key != conflict.name)
                continue;
            QString block;
            YamlEmitter::appendEntries(
                block,
                YamlNode::mapping().insert(conflict.name, YamlNode::fromJson(conflict.proposed)),
                section->indent);
            replacements.append(
                {entry.line, editor.lastContentLine(entry.line, entry.endLine), block});
        }
    }
    return editor.replaceLines(replacements);
}

//! Builds DomainAdditions with unique names, keeping first-seen order.
struct AdditionsCollector
{
    DomainAdditions additions;
    QSet<QString> seenIntents;
    QSet<QString> seenEntities;
    QHash<QString, QSet<QString>> seenRoles;
    QHash<QString, QSet<QString>> seenGroups;

    static void add(QStringList &list, QSet<QString> &seen, const QString &name)
    {
        if (name.isEmpty())
            return;
        const qsizetype before = seen.size();
        seen.insert(name);
        if (seen.size() != before)
            list.append(name);
    }
    void addIntent(const QString &intent)
    {
        add(additions.intents, seenIntents, baseIntent(intent));
    }
    void addEntities(const QList<Entity> &entities, bool filtered)
    {
        for (const Entity &entity : entities) {
            if (!filtered && NluData::isPretrainedExtractor(entity.extractor()))
                continue;
            const QString type = entity.type();
            add(additions.entities, seenEntities, type);
            const QString role = entity.role();
            if (!role.isEmpty())
                add(additions.entityRoles[type], seenRoles[type], role);
            const QString group = entity.group();
            if (!group.isEmpty())
                add(additions.entityGroups[type], seenGroups[type], group);
        }
    }
};

} // namespace

YamlNode DomainExporter::entityNode(const QString &name, const DomainAdditions &additions)
{
    const QStringList roles = additions.entityRoles.value(name);
    const QStringList groups = additions.entityGroups.value(name);
    if (roles.isEmpty() && groups.isEmpty())
        return YamlNode::string(name);
    YamlNode properties = YamlNode::mapping();
    const auto list = [](const QStringList &names) {
        YamlNode node = YamlNode::sequence();
        for (const QString &item : names)
            node.append(YamlNode::string(item));
        return node;
    };
    if (!roles.isEmpty())
        properties.insert(u"roles"_s, list(roles));
    if (!groups.isEmpty())
        properties.insert(u"groups"_s, list(groups));
    return YamlNode::mapping().insert(name, properties);
}

bool DomainAdditions::isEmpty() const
{
    return intents.isEmpty() && entities.isEmpty() && actions.isEmpty() && responses.isEmpty();
}

DomainAdditions DomainExporter::collect(const QList<ExportConversation> &conversations,
                                        const Domain &server,
                                        const QList<ResponseDefinition> &newResponses)
{
    QList<TrainingExample> examples;
    for (const ExportConversation &conversation : conversations)
        examples += NluData::collect(conversation.events);
    return collect(StoryBuilder::parts(conversations), examples, server, newResponses);
}

DomainAdditions DomainExporter::collect(const QList<ConversationParts> &conversations,
                                        const QList<TrainingExample> &examples,
                                        const Domain &server,
                                        const QList<ResponseDefinition> &newResponses)
{
    AdditionsCollector collector;
    for (const TrainingExample &example : examples) {
        collector.addIntent(example.intent);
        collector.addEntities(example.entities, true); // collect() dropped pretrained extractors
    }
    QSet<QString> seenActions;
    for (const ConversationParts &conversation : conversations) {
        for (const StoryPart &part : conversation.parts) {
            for (const Event &event : part.events) {
                // Typed messages are among the NLU examples; only `/intent`
                // messages (button payloads) need reading here.
                if (event.type() == EventType::User && event.text().startsWith(u'/')) {
                    const ParseData parseData = event.parseData();
                    collector.addIntent(parseData.intentName());
                    collector.addEntities(parseData.entities(), false);
                } else if (event.type() == EventType::Action) {
                    const QString name = event.name(); // empty for a bot turn given as text
                    if (!name.isEmpty() && !seenActions.contains(name) && !isDefaultAction(name)
                        && !server.isForm(name))
                        collector.additions.actions.append(name);
                    seenActions.insert(name);
                }
            }
        }
    }
    collector.additions.responses = newResponses;
    return collector.additions;
}

QString responseClashRule()
{
    return QCoreApplication::translate(
        "Coach::DomainExporter",
        "When a new response has the name of a response the domain already has, the export "
        "keeps the domain's text unless you choose to replace it with the session's text.");
}

QList<ResponseConflict> DomainExporter::conflicts(const Domain &domain,
                                                  const QList<ResponseDefinition> &responses)
{
    QList<ResponseConflict> found;
    for (const ResponseDefinition &response : responses) {
        const ResponseDefinition *existing = domain.response(response.name);
        if (existing && existing->variations != response.variations)
            found.append({response.name, existing->variations, response.variations});
    }
    return found;
}

Result<DomainFileUpdate> DomainExporter::merge(const std::optional<QByteArray> &existing,
                                               const QString &path, const Domain &server,
                                               const DomainAdditions &additions,
                                               int rasaMajorVersion, ResponseClash clash)
{
    if (existing && !existing->trimmed().isEmpty()) {
        Result<Domain> file = Domain::fromYaml(*existing, path);
        if (!file)
            return makeError(DomainExporterMessages::tr("cannot merge into the domain file: %1")
                                 .arg(file.error().toString()),
                             path);
        DomainAdditions wanted;
        wanted.entityRoles = additions.entityRoles;
        wanted.entityGroups = additions.entityGroups;
        wanted.intents = missing(additions.intents, file->intentNames());
        wanted.entities = missing(additions.entities, file->entityNames());
        const QStringList known = file->actionNames() + file->formNames() + server.formNames();
        for (const QString &action : missing(additions.actions, known)) {
            if (!file->response(action))
                wanted.actions.append(action);
        }
        DomainFileUpdate update;
        update.conflicts = conflicts(*file, additions.responses);
        for (const ResponseDefinition &response : additions.responses) {
            if (!file->response(response.name))
                wanted.responses.append(response);
            else if (wanted.actions.contains(response.name))
                wanted.actions.removeAll(response.name);
        }
        for (const ResponseDefinition &response : std::as_const(wanted.responses))
            wanted.actions.removeAll(response.name);
        const QList<ResponseConflict> replaced =
            clash == ResponseClash::Replace ? update.conflicts : QList<ResponseConflict>();
        Result<DomainFileUpdate> inserted = insert(*existing, path, wanted, replaced);
        if (inserted)
            inserted.value().conflicts = update.conflicts;
        return inserted;
    }
    DomainFileUpdate update;
    update.conflicts = conflicts(server, additions.responses);
    DomainAdditions added;
    added.entityRoles = additions.entityRoles;
    added.entityGroups = additions.entityGroups;
    added.intents = missing(additions.intents, server.intentNames());
    added.entities = missing(additions.entities, server.entityNames());
    added.actions = missing(additions.actions, server.actionNames());
    for (const ResponseDefinition &response : additions.responses) {
        const bool clashes =
            std::any_of(update.conflicts.cbegin(), update.conflicts.cend(),
                        [&response](const ResponseConflict &c) { return c.name == response.name; });
        if (!server.response(response.name) || (clashes && clash == ResponseClash::Replace))
            added.responses.append(response);
    }
    if (clash == ResponseClash::Replace)
        update.replaced = int(update.conflicts.size());
    update.content = renderComplete(server, added, rasaMajorVersion).toUtf8();
    update.added = added;
    update.changed = true;
    return update;
}

Result<DomainFileUpdate> DomainExporter::insert(const QByteArray &existing, const QString &path,
                                                const DomainAdditions &additions,
                                                const QList<ResponseConflict> &replaced)
{
    DomainFileUpdate update;
    update.content = existing;
    update.added = additions;
    update.replaced = int(replaced.size());
    if (additions.isEmpty() && replaced.isEmpty())
        return update;
    Result<YamlTextEditor> opened = YamlTextEditor::open(existing, path);
    if (!opened)
        return opened.error();
    YamlTextEditor &editor = opened.value();
    for (const Status &status :
         {replaceResponses(editor, replaced), addNames(editor, u"intents"_s, additions.intents),
          addEntities(editor, additions), addNames(editor, u"actions"_s, additions.actions),
          addResponses(editor, additions.responses)}) {
        if (!status)
            return status.error();
    }
    Result<Domain> check = Domain::fromYaml(editor.text(), path);
    if (!check)
        return makeError(DomainExporterMessages::tr("the extended domain would not load: %1")
                             .arg(check.error().toString()),
                         path);
    update.content = editor.text();
    update.changed = true;
    return update;
}

} // namespace Coach
