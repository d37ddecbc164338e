#include "nluwriter.h"

#include "yamlemitter.h"

#include "model/jsonutil.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! A text that can be one `- example` line of an `examples: |` block.
bool fitsLine(const QString &annotated)
{
    return !annotated.isEmpty() && !annotated.contains(u'\n') && !annotated.contains(u'\r')
        && YamlEmitter::fitsLiteral(annotated);
}

YamlNode blockOf(const QStringList &items)
{
    QString lines;
    for (const QString &item : items)
        lines += "- "_L1 + item + u'\n';
    return YamlNode::string(lines, YamlNode::StringStyle::Literal);
}

//! One example with its annotated text, computed once.
struct Line
{
    const TrainingExample *example;
    QString annotated;
};

YamlNode intentNode(const QString &intent, const QList<Line> &lines, const QJsonObject &metadata)
{
    YamlNode node = YamlNode::mapping();
    node.insert(u"intent"_s, YamlNode::string(intent));
    if (!metadata.isEmpty())
        node.insert(u"metadata"_s, YamlNode::fromJson(metadata));
    const bool objectForm = std::any_of(lines.cbegin(), lines.cend(), [](const Line &line) {
        return !line.example->metadata.isEmpty() || !fitsLine(line.annotated);
    });
    if (!objectForm) {
        QStringList items;
        for (const Line &line : lines)
            items.append(line.annotated);
        node.insert(u"examples"_s, blockOf(items));
        return node;
    }
    YamlNode list = YamlNode::sequence();
    for (const Line &line : lines) {
        YamlNode item = YamlNode::mapping();
        item.insert(u"text"_s, YamlNode::string(line.annotated));
        if (!line.example->metadata.isEmpty())
            item.insert(u"metadata"_s, YamlNode::fromJson(line.example->metadata));
        list.append(item);
    }
    node.insert(u"examples"_s, list);
    return node;
}

YamlNode intentNodes(const QList<TrainingExample> &examples,
                     const QHash<QString, QJsonObject> &metadata)
{
    QStringList order;
    QHash<QString, QList<Line>> byIntent;
    for (const TrainingExample &example : examples) {
        const QString annotated = example.annotatedText();
        if (example.intent.isEmpty() || annotated.isEmpty())
            continue;
        auto it = byIntent.find(example.intent);
        if (it == byIntent.end()) {
            order.append(example.intent);
            it = byIntent.insert(example.intent, {});
        }
        it->append({&example, annotated});
    }
    YamlNode list = YamlNode::sequence();
    for (const QString &intent : std::as_const(order))
        list.append(intentNode(intent, byIntent.value(intent), metadata.value(intent)));
    return list;
}

YamlNode namedNode(const QString &kind, const QString &name, const QStringList &items)
{
    YamlNode node = YamlNode::mapping();
    node.insert(kind, YamlNode::string(name));
    node.insert(u"examples"_s, blockOf(items));
    return node;
}

QString escaped(const QString &text)
{
    QString out = text;
    out.replace(u'\b', "\\b"_L1).replace(u'\f', "\\f"_L1).replace(u'\n', "\\n"_L1);
    return out.replace(u'\r', "\\r"_L1).replace(u'\t', "\\t"_L1);
}

} // namespace

QString NluWriter::render(const NluData &data, NluFormat format, const QString &version)
{
    switch (format) {
    case NluFormat::Markdown:
        return renderMarkdown(data);
    case NluFormat::Json:
        return renderJson(data);
    case NluFormat::Yaml:
        break;
    }
    return renderYaml(data, version);
}

QString NluWriter::renderYaml(const NluData &data, const QString &version)
{
    YamlNode nlu = intentNodes(data.examples, data.intentMetadata);
    for (const EntitySynonym &synonym : data.synonyms)
        nlu.append(namedNode(u"synonym"_s, synonym.value, synonym.synonyms));
    for (const RegexFeature &regex : data.regexes)
        nlu.append(namedNode(u"regex"_s, regex.name, regex.patterns));
    for (const LookupTable &lookup : data.lookups) {
        if (lookup.file.isEmpty())
            nlu.append(namedNode(u"lookup"_s, lookup.name, lookup.elements));
    }
    if (nlu.items().isEmpty() && data.responses.isEmpty())
        return QString();
    YamlNode root = YamlNode::mapping();
    root.insert(u"version"_s, YamlNode::raw(YamlEmitter::doubleQuoted(version)));
    if (!nlu.items().isEmpty())
        root.insert(u"nlu"_s, nlu);
    if (!data.responses.isEmpty())
        root.insert(u"responses"_s, YamlNode::fromJson(data.responses));
    return root.toYaml();
}

QString NluWriter::renderYamlIntents(const QList<TrainingExample> &examples, int indent)
{
    QString out;
    const YamlNode list = intentNodes(examples, {});
    if (!list.items().isEmpty())
        YamlEmitter::appendItems(out, list, indent);
    return out;
}

QString NluWriter::renderYamlExampleLines(const QList<TrainingExample> &examples, int indent)
{
    QString out;
    for (const TrainingExample &example : examples) {
        const QString annotated = example.annotatedText();
        if (!fitsLine(annotated) || !example.metadata.isEmpty())
            return QString();
        out += QString(indent, u' ') + "- "_L1 + annotated + u'\n';
    }
    return out;
}

QString NluWriter::markdownLine(const TrainingExample &example)
{
    return "- "_L1 + escaped(example.annotatedText());
}

QString NluWriter::renderMarkdown(const NluData &data)
{
    QStringList sections;
    for (const QString &intent : data.intentOrder()) {
        QString section = "## intent:"_L1 + escaped(intent) + u'\n';
        for (const TrainingExample &example : data.examples) {
            if (example.intent == intent)
                section += markdownLine(example) + u'\n';
        }
        sections.append(section);
    }
    // Sorted by value, one header per value (as Rasa writes them).
    QList<EntitySynonym> sorted = data.synonyms;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const EntitySynonym &a, const EntitySynonym &b) { return a.value < b.value; });
    QList<EntitySynonym> synonyms;
    for (const EntitySynonym &synonym : std::as_const(sorted)) {
        if (!synonyms.isEmpty() && synonyms.last().value == synonym.value)
            synonyms.last().synonyms += synonym.synonyms;
        else
            synonyms.append(synonym);
    }
    const auto addSection = [&sections](const QString &header, const QStringList &items) {
        QString section = header + u'\n';
        for (const QString &item : items)
            section += "- "_L1 + escaped(item) + u'\n';
        sections.append(section);
    };
    for (const EntitySynonym &synonym : std::as_const(synonyms))
        addSection("## synonym:"_L1 + escaped(synonym.value), synonym.synonyms);
    for (const RegexFeature &regex : data.regexes)
        addSection("## regex:"_L1 + escaped(regex.name), regex.patterns);
    for (const LookupTable &lookup : data.lookups) {
        if (lookup.file.isEmpty())
            addSection("## lookup:"_L1 + escaped(lookup.name), lookup.elements);
        else
            sections.append("## lookup:"_L1 + escaped(lookup.name) + "\n  "_L1 + lookup.file
                            + u'\n');
    }
    return sections.join(u'\n');
}

} // namespace Coach
