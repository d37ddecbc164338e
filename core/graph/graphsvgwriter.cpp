#include "graphsvgwriter.h"

#include <QLineF>
#include <QXmlStreamWriter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QString num(double value)
{
    return QString::number(std::round(value * 10) / 10, 'f', 1);
}

struct NodeStyle
{
    QString fill = u"#ffffff"_s;
    double radius = 3;
};

NodeStyle styleOf(const StoryGraphNode &node, const QRectF &box)
{
    switch (node.kind) {
    case GraphNodeKind::Start:
        return {u"#77ff77"_s, box.height() / 2};
    case GraphNodeKind::End:
        return {u"#ff7777"_s, box.height() / 2};
    case GraphNodeKind::Intent:
    case GraphNodeKind::Waiting:
        return {u"#77ffff"_s, 3};
    case GraphNodeKind::Ellipsis:
        return {u"#cccccc"_s, 3};
    default:
        return {};
    }
}

class SvgWriter
{
public:
    SvgWriter(const StoryGraph &graph, const GraphLayout &layout,
              const GraphSvgWriter::Options &options)
        : m_graph(graph), m_layout(layout), m_options(options), m_xml(&m_bytes)
    { }

    QByteArray write();

private:
    QString opacity(bool active) const
    {
        return active || !m_options.dimInactive ? u"1"_s : u"0.4"_s;
    }
    void writeEdge(int index);
    void writeNode(int index);
    void writeArrow(const GraphLayout::EdgePath &path);

    const StoryGraph &m_graph;
    const GraphLayout &m_layout;
    GraphSvgWriter::Options m_options;
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
};

QByteArray SvgWriter::write()
{
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(1);
    m_xml.writeStartDocument();
    m_xml.writeStartElement(u"svg"_s);
    m_xml.writeDefaultNamespace(u"http://www.w3.org/2000/svg"_s);
    m_xml.writeAttribute(u"version"_s, u"1.1"_s);
    m_xml.writeAttribute(u"width"_s, num(m_layout.size.width()));
    m_xml.writeAttribute(u"height"_s, num(m_layout.size.height()));
    m_xml.writeAttribute(
        u"viewBox"_s, u"0 0 %1 %2"_s.arg(num(m_layout.size.width()), num(m_layout.size.height())));
    m_xml.writeAttribute(u"font-family"_s, u"Helvetica, Arial, sans-serif"_s);
    m_xml.writeAttribute(u"font-size"_s, num(GraphMetrics::FontSize));
    if (!m_options.title.isEmpty())
        m_xml.writeTextElement(u"title"_s, m_options.title);
    m_xml.writeStartElement(u"g"_s);
    m_xml.writeAttribute(u"id"_s, u"edges"_s);
    for (int i = 0; i < m_graph.edges.size(); ++i)
        writeEdge(i);
    m_xml.writeEndElement();
    m_xml.writeStartElement(u"g"_s);
    m_xml.writeAttribute(u"id"_s, u"nodes"_s);
    for (int i = 0; i < m_graph.nodes.size(); ++i)
        writeNode(i);
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
    return m_bytes;
}

void SvgWriter::writeEdge(int index)
{
    const StoryGraphEdge &edge = m_graph.edges.at(index);
    const GraphLayout::EdgePath &path = m_layout.edges.at(index);
    if (path.points.isEmpty())
        return;
    const bool active = edge.flags & GraphFlag::Active;
    const bool dashed = edge.flags & GraphFlag::Dashed;
    m_xml.writeStartElement(u"g"_s);
    m_xml.writeAttribute(u"id"_s, u"edge-%1"_s.arg(index));
    m_xml.writeAttribute(u"class"_s,
                         u"edge"_s + (dashed ? u" dashed"_s : QString())
                             + (active ? u" active"_s : QString()));
    m_xml.writeAttribute(u"opacity"_s, opacity(active));
    QString d = u"M%1,%2"_s.arg(num(path.points.first().x()), num(path.points.first().y()));
    for (int i = 1; i < path.points.size(); ++i) {
        const bool curveStart = path.bezier && (i - 1) % 3 == 0;
        d += (curveStart ? u" C"_s : (path.bezier ? u" "_s : u" L"_s)) + num(path.points.at(i).x())
            + u',' + num(path.points.at(i).y());
    }
    m_xml.writeEmptyElement(u"path"_s);
    m_xml.writeAttribute(u"d"_s, d);
    m_xml.writeAttribute(u"fill"_s, u"none"_s);
    m_xml.writeAttribute(u"stroke"_s, u"#333333"_s);
    m_xml.writeAttribute(u"stroke-width"_s, u"1.5"_s);
    if (dashed)
        m_xml.writeAttribute(u"stroke-dasharray"_s, u"5,5"_s);
    writeArrow(path);
    m_xml.writeEndElement();
}

void SvgWriter::writeArrow(const GraphLayout::EdgePath &path)
{
    QLineF line(path.arrowFrom, path.arrowTo);
    if (line.length() < 0.5) // no room given: point along the path's last segment
        line = QLineF(path.points.size() > 1 ? path.points.at(path.points.size() - 2)
                                             : path.arrowTo - QPointF(0, 7),
                      path.arrowTo);
    if (line.length() < 0.01)
        return;
    line.setLength(std::max(line.length(), 7.0));
    const QPointF tip = path.arrowTo;
    const QPointF unit = (line.p2() - line.p1()) / line.length();
    const QPointF base = tip - unit * 8.0;
    const QPointF side(-unit.y() * 3.5, unit.x() * 3.5);
    m_xml.writeEmptyElement(u"polygon"_s);
    m_xml.writeAttribute(u"points"_s,
                         u"%1,%2 %3,%4 %5,%6"_s.arg(num(tip.x()), num(tip.y()),
                                                    num((base + side).x()), num((base + side).y()),
                                                    num((base - side).x()),
                                                    num((base - side).y())));
    m_xml.writeAttribute(u"fill"_s, u"#333333"_s);
}

void SvgWriter::writeNode(int index)
{
    const StoryGraphNode &node = m_graph.nodes.at(index);
    const QRectF box = m_layout.nodes.at(index);
    const NodeStyle style = styleOf(node, box);
    const bool active = node.isActive() || node.kind == GraphNodeKind::Start;
    m_xml.writeStartElement(u"g"_s);
    m_xml.writeAttribute(u"id"_s, GraphSvgWriter::nodeElementId(node.id));
    m_xml.writeAttribute(u"class"_s, QString(u"node "_s + node.cssClass()).trimmed());
    m_xml.writeAttribute(u"opacity"_s, opacity(active));
    m_xml.writeTextElement(u"title"_s, node.displayLabel);
    m_xml.writeEmptyElement(u"rect"_s);
    m_xml.writeAttribute(u"x"_s, num(box.x()));
    m_xml.writeAttribute(u"y"_s, num(box.y()));
    m_xml.writeAttribute(u"width"_s, num(box.width()));
    m_xml.writeAttribute(u"height"_s, num(box.height()));
    m_xml.writeAttribute(u"rx"_s, num(style.radius));
    m_xml.writeAttribute(u"ry"_s, num(style.radius));
    m_xml.writeAttribute(u"fill"_s, style.fill);
    m_xml.writeAttribute(u"stroke"_s, u"#444444"_s);
    m_xml.writeAttribute(u"stroke-width"_s, u"1.5"_s);
    if (node.isDashed())
        m_xml.writeAttribute(u"stroke-dasharray"_s, u"5,5"_s);
    m_xml.writeStartElement(u"text"_s);
    m_xml.writeAttribute(u"x"_s, num(box.center().x()));
    m_xml.writeAttribute(u"y"_s, num(box.center().y() + GraphMetrics::FontSize * 0.35));
    m_xml.writeAttribute(u"text-anchor"_s, u"middle"_s);
    m_xml.writeAttribute(u"fill"_s, u"#000000"_s);
    m_xml.writeCharacters(GraphMetrics::visibleLabel(node));
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

} // namespace

QByteArray GraphSvgWriter::write(const StoryGraph &graph, const GraphLayout &layout,
                                 const Options &options)
{
    return SvgWriter(graph, layout, options).write();
}

QString GraphSvgWriter::nodeElementId(int nodeId)
{
    return u"node-"_s + QString::number(nodeId);
}

} // namespace Coach
