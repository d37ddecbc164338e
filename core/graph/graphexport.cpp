#include "graphexport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Coach::GraphExport {

namespace {

QJsonObject nodeAttributes(const StoryGraphNode &node)
{
    QJsonObject attributes{{u"label"_s, node.label.isNull() ? QJsonValue() : QJsonValue(node.label)},
                           {u"class"_s, node.cssClass()}};
    switch (node.kind) {
    case GraphNodeKind::Start:
    case GraphNodeKind::End:
        attributes.insert(u"fillcolor"_s, node.kind == GraphNodeKind::Start ? u"green"_s : u"red"_s);
        attributes.insert(u"style"_s, u"filled"_s);
        attributes.insert(u"fontsize"_s, 12);
        break;
    case GraphNodeKind::Action:
        attributes.insert(u"fontsize"_s, 12);
        break;
    case GraphNodeKind::Intent:
        attributes.insert(u"style"_s, u"filled"_s);
        attributes.insert(u"fillcolor"_s, u"lightblue"_s);
        attributes.insert(u"shape"_s, u"rect"_s);
        break;
    case GraphNodeKind::Waiting:
        attributes.insert(u"shape"_s, u"rect"_s);
        break;
    case GraphNodeKind::Tmp:
        attributes.insert(u"style"_s, u"invis"_s);
        break;
    case GraphNodeKind::Ellipsis:
        break;
    }
    return attributes;
}

QString edgeClass(const StoryGraphEdge &edge)
{
    QString text;
    if (edge.flags & GraphFlag::Dashed)
        text += u"dashed "_s;
    if (edge.flags & GraphFlag::Active)
        text += u"active"_s;
    return text.trimmed();
}

QByteArray quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return '"' + escaped.toUtf8() + '"';
}

} // namespace

QJsonObject toJson(const StoryGraph &graph)
{
    QJsonObject nodes;
    for (const StoryGraphNode &node : graph.nodes)
        nodes.insert(QString::number(node.id), nodeAttributes(node));
    QJsonArray edges;
    for (const StoryGraphEdge &edge : graph.edges) {
        QJsonObject attributes{{u"class"_s, edgeClass(edge)}};
        if (edge.labelled)
            attributes.insert(u"label"_s, u""_s);
        edges.append(QJsonArray{QString::number(edge.from), QString::number(edge.to), attributes});
    }
    return {{u"nodes"_s, nodes}, {u"edges"_s, edges}};
}

QByteArray toJsonText(const StoryGraph &graph)
{
    return QJsonDocument(toJson(graph)).toJson(QJsonDocument::Indented);
}

QByteArray toDot(const StoryGraph &graph)
{
    QByteArray dot = "digraph story_graph {\n";
    for (const StoryGraphNode &node : graph.nodes) {
        const QJsonObject attributes = nodeAttributes(node);
        dot += "  " + QByteArray::number(node.id) + " [label=" + quoted(node.displayLabel);
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            if (it.key() == u"label"_s)
                continue;
            const QString value = it.value().isDouble() ? QString::number(it.value().toInt())
                                                         : it.value().toString();
            dot += ", " + it.key().toUtf8() + '=' + quoted(value);
        }
        dot += "];\n";
    }
    for (const StoryGraphEdge &edge : graph.edges) {
        dot += "  " + QByteArray::number(edge.from) + " -> " + QByteArray::number(edge.to)
            + " [class=" + quoted(edgeClass(edge));
        if (edge.labelled)
            dot += ", label=\"\"";
        dot += "];\n";
    }
    dot += "}\n";
    return dot;
}

} // namespace Coach::GraphExport
