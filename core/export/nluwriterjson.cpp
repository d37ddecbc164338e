// NluWriter::renderJson: Rasa JSON in Python's json.dumps(indent=2,
// ensure_ascii=False) layout, keys in Rasa's order. The ordered tree is a
// YamlNode (it keeps key order, which QJsonObject does not).

#include "nluwriter.h"
#include "yamlnode.h"

#include "model/jsonutil.h"

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

void appendJson(QString &out, const YamlNode &node, int level)
{
    switch (node.kind()) {
    case YamlNode::Kind::Null:
        out += "null"_L1;
        return;
    case YamlNode::Kind::Raw:
        out += node.text();
        return;
    case YamlNode::Kind::String:
        out += Json::pythonQuote(node.text(), false);
        return;
    default:
        break;
    }
    const bool list = node.kind() == YamlNode::Kind::Sequence;
    const qsizetype count = list ? node.items().size() : node.entries().size();
    out += list ? u'[' : u'{';
    if (count > 0)
        out += u'\n';
    for (qsizetype i = 0; i < count; ++i) {
        out += QString(2 * qsizetype(level + 1), u' ');
        if (!list)
            out += Json::pythonQuote(node.entries().at(i).first, false) + ": "_L1;
        appendJson(out, list ? node.items().at(i) : node.entries().at(i).second, level + 1);
        out += i + 1 < count ? ",\n"_L1 : "\n"_L1;
    }
    if (count > 0)
        out += QString(2 * qsizetype(level), u' ');
    out += list ? u']' : u'}';
}

//! An entity with the keys training data needs, in Rasa's order.
YamlNode entityNode(const Entity &entity)
{
    const QJsonObject json = entity.toJson();
    YamlNode node = YamlNode::mapping();
    for (const auto key : {"start"_L1, "end"_L1, "value"_L1, "entity"_L1, "role"_L1, "group"_L1}) {
        if (json.contains(key) && !json.value(key).isNull())
            node.insert(key, YamlNode::fromJson(json.value(key)));
    }
    return node;
}

YamlNode exampleNode(const TrainingExample &example)
{
    YamlNode node = YamlNode::mapping();
    node.insert(u"text"_s, YamlNode::string(example.text));
    node.insert(u"intent"_s, YamlNode::string(example.intent));
    if (!example.entities.isEmpty()) {
        YamlNode entities = YamlNode::sequence();
        for (const Entity &entity : example.entities)
            entities.append(entityNode(entity));
        node.insert(u"entities"_s, entities);
    }
    if (!example.metadata.isEmpty())
        node.insert(u"metadata"_s, YamlNode::fromJson(example.metadata));
    return node;
}

YamlNode pair(const QString &key1, const QString &value1, const QString &key2, YamlNode value2)
{
    YamlNode node = YamlNode::mapping();
    node.insert(key1, YamlNode::string(value1));
    node.insert(key2, std::move(value2));
    return node;
}

YamlNode strings(const QStringList &list)
{
    YamlNode node = YamlNode::sequence();
    for (const QString &item : list)
        node.append(YamlNode::string(item));
    return node;
}

} // namespace

QString NluWriter::renderJsonExamples(const QList<TrainingExample> &examples, int level)
{
    QStringList items;
    for (const TrainingExample &example : examples) {
        QString item(2 * qsizetype(level + 1), u' ');
        appendJson(item, exampleNode(example), level + 1);
        items.append(item);
    }
    return items.join(",\n"_L1);
}

QString NluWriter::renderJson(const NluData &data)
{
    if (data.isEmpty() && data.extraJson.isEmpty())
        return QString();
    YamlNode examples = YamlNode::sequence();
    for (const TrainingExample &example : data.examples)
        examples.append(exampleNode(example));
    YamlNode regexes = YamlNode::sequence();
    for (const RegexFeature &regex : data.regexes) {
        for (const QString &pattern : regex.patterns)
            regexes.append(pair(u"name"_s, regex.name, u"pattern"_s, YamlNode::string(pattern)));
    }
    YamlNode lookups = YamlNode::sequence();
    for (const LookupTable &lookup : data.lookups) {
        lookups.append(
            pair(u"name"_s, lookup.name, u"elements"_s,
                 lookup.file.isEmpty() ? strings(lookup.elements) : YamlNode::string(lookup.file)));
    }
    YamlNode synonyms = YamlNode::sequence();
    for (const EntitySynonym &synonym : data.synonyms)
        synonyms.append(pair(u"value"_s, synonym.value, u"synonyms"_s, strings(synonym.synonyms)));
    YamlNode nlu = YamlNode::mapping();
    nlu.insert(u"common_examples"_s, examples);
    nlu.insert(u"regex_features"_s, regexes);
    nlu.insert(u"lookup_tables"_s, lookups);
    nlu.insert(u"entity_synonyms"_s, synonyms);
    for (auto it = data.extraJson.begin(); it != data.extraJson.end(); ++it)
        nlu.insert(it.key(), YamlNode::fromJson(it.value()));
    YamlNode root = YamlNode::mapping();
    root.insert(u"rasa_nlu_data"_s, nlu);
    QString out;
    appendJson(out, root, 0);
    return out + u'\n';
}

} // namespace Coach
