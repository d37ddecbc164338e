#include "graphexport.h"

#include "parallel.h"

#include "model/jsontextwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <charconv>
#include <string_view>

using namespace Qt::StringLiterals;

namespace Coach::GraphExport {

namespace {

//! One attribute of a node.
struct Attribute
{
    enum class Type : quint8 { Text, Number, Null };
    QLatin1StringView key;
    Type type = Type::Text;
    QString text;
    int number = 0;
};

//! A node's attributes in key order (QJsonObject's order, which the
//! fixtures and the DOT writer follow).
struct Attributes
{
    std::array<Attribute, 6> items;
    int size = 0;
    void add(QLatin1StringView key, const QString &text)
    {
        items[size_t(size++)] = {key, Attribute::Type::Text, text, 0};
    }
    void addNumber(QLatin1StringView key, int number)
    {
        items[size_t(size++)] = {key, Attribute::Type::Number, {}, number};
    }
    void addNull(QLatin1StringView key)
    {
        items[size_t(size++)] = {key, Attribute::Type::Null, {}, 0};
    }
    const Attribute *begin() const { return items.data(); }
    const Attribute *end() const { return items.data() + size; }
};

Attributes nodeAttributes(const StoryGraphNode &node)
{
    Attributes attributes;
    attributes.add("class"_L1, node.cssClass());
    switch (node.kind) {
    case GraphNodeKind::Start:
    case GraphNodeKind::End:
        attributes.add("fillcolor"_L1, node.kind == GraphNodeKind::Start ? u"green"_s : u"red"_s);
        attributes.addNumber("fontsize"_L1, 12);
        break;
    case GraphNodeKind::Action:
        attributes.addNumber("fontsize"_L1, 12);
        break;
    case GraphNodeKind::Intent:
        attributes.add("fillcolor"_L1, u"lightblue"_s);
        break;
    case GraphNodeKind::Waiting:
    case GraphNodeKind::Tmp:
    case GraphNodeKind::Ellipsis:
        break;
    }
    if (node.label.isNull())
        attributes.addNull("label"_L1);
    else
        attributes.add("label"_L1, node.label);
    switch (node.kind) {
    case GraphNodeKind::Start:
    case GraphNodeKind::End:
        attributes.add("style"_L1, u"filled"_s);
        break;
    case GraphNodeKind::Intent:
        attributes.add("shape"_L1, u"rect"_s);
        attributes.add("style"_L1, u"filled"_s);
        break;
    case GraphNodeKind::Waiting:
        attributes.add("shape"_L1, u"rect"_s);
        break;
    case GraphNodeKind::Tmp:
        attributes.add("style"_L1, u"invis"_s);
        break;
    case GraphNodeKind::Action:
    case GraphNodeKind::Ellipsis:
        break;
    }
    return attributes;
}

QJsonValue toJsonValue(const Attribute &attribute)
{
    switch (attribute.type) {
    case Attribute::Type::Text:
        return attribute.text;
    case Attribute::Type::Number:
        return attribute.number;
    case Attribute::Type::Null:
        break;
    }
    return QJsonValue();
}

//! Rasa's `class` of an edge.
QLatin1StringView edgeClass(const StoryGraphEdge &edge)
{
    const bool dashed = edge.flags & GraphFlag::Dashed;
    if (edge.flags & GraphFlag::Active)
        return dashed ? "dashed active"_L1 : "active"_L1;
    return dashed ? "dashed"_L1 : ""_L1;
}

//! A node id as text, without allocating (the JSON has 300,000 of them for
//! a 10,000-story project).
class IdText
{
public:
    explicit IdText(int id)
    {
        m_length = int(std::to_chars(m_text.begin(), m_text.end(), id).ptr - m_text.data());
    }
    QLatin1StringView view() const { return QLatin1StringView(m_text.data(), m_length); }

private:
    std::array<char, 12> m_text;
    int m_length = 0;
};

QByteArray quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return '"' + escaped.toUtf8() + '"';
}

//! Node indexes in the order of their ids as text ("-1" < "-3" < "0" < "10"
//! < "2"), QJsonObject's key order.
std::vector<int> nodesByIdText(const StoryGraph &graph)
{
    std::vector<std::pair<IdText, int>> keyed;
    keyed.reserve(size_t(graph.nodes.size()));
    for (int i = 0; i < graph.nodes.size(); ++i)
        keyed.emplace_back(IdText(graph.nodes.at(i).id), i);
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        return std::string_view(a.first.view().data(), size_t(a.first.view().size()))
            < std::string_view(b.first.view().data(), size_t(b.first.view().size()));
    });
    std::vector<int> order;
    order.reserve(keyed.size());
    for (const auto &[key, index] : keyed)
        order.push_back(index);
    return order;
}

void writeEdges(JsonTextWriter &writer, const StoryGraph &graph, Parallel::Slice slice)
{
    for (qsizetype i = slice.begin; i < slice.end; ++i) {
        const StoryGraphEdge &edge = graph.edges.at(i);
        writer.beginArray();
        writer.value(IdText(edge.from).view());
        writer.value(IdText(edge.to).view());
        writer.beginObject();
        writer.key("class"_L1);
        writer.value(edgeClass(edge));
        if (edge.labelled) {
            writer.key("label"_L1);
            writer.value(""_L1);
        }
        writer.endObject();
        writer.endArray();
    }
}

void writeNodes(JsonTextWriter &writer, const StoryGraph &graph, const std::vector<int> &order,
                Parallel::Slice slice)
{
    for (qsizetype i = slice.begin; i < slice.end; ++i) {
        const StoryGraphNode &node = graph.nodes.at(order[size_t(i)]);
        writer.key(IdText(node.id).view());
        writer.beginObject();
        for (const Attribute &attribute : nodeAttributes(node)) {
            writer.key(attribute.key);
            if (attribute.type == Attribute::Type::Null)
                writer.nullValue();
            else if (attribute.type == Attribute::Type::Number)
                writer.value(qint64(attribute.number));
            else
                writer.value(attribute.text);
        }
        writer.endObject();
    }
}

//! The items of the container `writer` has open, written in slices on the
//! thread pool and joined in order; write(partWriter, slice) writes one.
template <typename Write>
void writeInParallel(JsonTextWriter &writer, qsizetype count, qsizetype bytesPerItem, Write write)
{
    struct Part
    {
        QByteArray text;
        qsizetype items = 0;
    };
    const auto writePart = [&writer, bytesPerItem, &write](Parallel::Slice slice) {
        Part part{{}, slice.end - slice.begin};
        part.text.reserve(part.items * bytesPerItem);
        JsonTextWriter partWriter = JsonTextWriter::part(part.text, writer, slice.begin);
        write(partWriter, slice);
        return part;
    };
    for (const Part &part : Parallel::mapSlices(count, 4096, writePart))
        writer.appendPart(part.text, part.items);
}

} // namespace

QJsonObject toJson(const StoryGraph &graph)
{
    QJsonObject nodes;
    for (const StoryGraphNode &node : graph.nodes) {
        QJsonObject attributes;
        for (const Attribute &attribute : nodeAttributes(node))
            attributes.insert(attribute.key, toJsonValue(attribute));
        nodes.insert(QString::number(node.id), attributes);
    }
    QJsonArray edges;
    for (const StoryGraphEdge &edge : graph.edges) {
        QJsonObject attributes{{u"class"_s, QString(edgeClass(edge))}};
        if (edge.labelled)
            attributes.insert(u"label"_s, u""_s);
        edges.append(QJsonArray{QString::number(edge.from), QString::number(edge.to), attributes});
    }
    return {{u"nodes"_s, nodes}, {u"edges"_s, edges}};
}

QByteArray toJsonText(const StoryGraph &graph)
{
    // Streamed: building toJson() first took most of the time and memory of
    // `rasa-coach graph` on big projects. tst_graphexport checks that the
    // bytes are QJsonDocument(toJson(graph)).toJson()'s.
    // Big graphs are written in slices on the thread pool.
    QByteArray text;
    text.reserve(graph.nodes.size() * 160 + graph.edges.size() * 110 + 64);
    JsonTextWriter writer(text);
    writer.beginObject();
    writer.key("edges"_L1);
    writer.beginArray();
    writeInParallel(
        writer, graph.edges.size(), 110,
        [&graph](JsonTextWriter &part, Parallel::Slice slice) { writeEdges(part, graph, slice); });
    writer.endArray();
    writer.key("nodes"_L1);
    writer.beginObject();
    const std::vector<int> order = nodesByIdText(graph);
    writeInParallel(writer, graph.nodes.size(), 160,
                    [&graph, &order](JsonTextWriter &part, Parallel::Slice slice) {
                        writeNodes(part, graph, order, slice);
                    });
    writer.endObject();
    writer.endObject();
    return text;
}

QByteArray toDot(const StoryGraph &graph)
{
    QByteArray dot = "digraph story_graph {\n";
    for (const StoryGraphNode &node : graph.nodes) {
        dot += "  " + QByteArray::number(node.id) + " [label=" + quoted(node.displayLabel);
        for (const Attribute &attribute : nodeAttributes(node)) {
            if (attribute.key == "label"_L1)
                continue;
            const QString value = attribute.type == Attribute::Type::Number
                ? QString::number(attribute.number)
                : attribute.text;
            dot +=
                ", " + QByteArray(attribute.key.data(), attribute.key.size()) + '=' + quoted(value);
        }
        dot += "];\n";
    }
    for (const StoryGraphEdge &edge : graph.edges) {
        dot += "  " + QByteArray::number(edge.from) + " -> " + QByteArray::number(edge.to)
            + " [class=" + quoted(QString(edgeClass(edge)));
        if (edge.labelled)
            dot += ", label=\"\"";
        dot += "];\n";
    }
    dot += "}\n";
    return dot;
}

} // namespace Coach::GraphExport
