#include "incrementallayout.h"

#include <QLineF>
#include <QSet>

#include <deque>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

constexpr double Gap = 18.0;
constexpr double Margin = 8.0;

QString edgeKey(const QString &from, const QString &to)
{
    return from + u'\n' + to;
}

//! A straight connection from the bottom (or side) of `from` to the top of
//! `to`, with room for the arrow head.
GraphLayout::EdgePath route(const QRectF &from, const QRectF &to)
{
    GraphLayout::EdgePath path;
    const bool below = to.top() >= from.bottom();
    const QPointF start = below
        ? QPointF(from.center().x(), from.bottom())
        : QPointF(to.center().x() < from.center().x() ? from.left() : from.right(),
                  from.center().y());
    const QPointF end = below
        ? QPointF(to.center().x(), to.top())
        : QPointF(to.center().x(), to.top() > from.top() ? to.top() : to.bottom());
    QLineF line(start, end);
    const double length = line.length();
    line.setLength(std::max(0.0, length - 8.0));
    path.points = {start, line.p2()};
    path.arrowFrom = line.p2();
    path.arrowTo = end;
    return path;
}

bool overlaps(const QRectF &box, const QList<QRectF> &boxes, const QList<bool> &placed)
{
    const QRectF padded = box.adjusted(-Gap / 2, -Gap / 2, Gap / 2, Gap / 2);
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        if (placed.at(i) && padded.intersects(boxes.at(i)))
            return true;
    }
    return false;
}

//! The free spot nearest to `box`: on its rank first, then the ranks below
//! (a new step goes under what came before), never left of or above the margin.
QRectF freeSpot(const QRectF &box, const QList<QRectF> &boxes, const QList<bool> &placed)
{
    struct Offset
    {
        double cost;
        int dx;
        int dy;
    };
    static const QList<Offset> offsets = [] {
        QList<Offset> list;
        for (int dy = 0; dy <= 6; ++dy) {
            for (int dx = -16; dx <= 16; ++dx)
                list.append({std::abs(dx) + dy * 2.5 + (dx < 0 ? 0.1 : 0.0), dx, dy});
        }
        std::sort(list.begin(), list.end(),
                  [](const Offset &a, const Offset &b) { return a.cost < b.cost; });
        return list;
    }();
    const double stepX = box.width() / 2 + Gap;
    const double stepY = box.height() + Gap * 2;
    for (const Offset &offset : offsets) {
        QRectF candidate = box.translated(offset.dx * stepX, offset.dy * stepY);
        if (candidate.left() < Margin || candidate.top() < Margin)
            continue;
        if (!overlaps(candidate, boxes, placed))
            return candidate;
    }
    // Crowded everywhere near: below everything.
    double bottom = 0;
    for (qsizetype i = 0; i < boxes.size(); ++i)
        bottom = placed.at(i) ? std::max(bottom, boxes.at(i).bottom()) : bottom;
    return box.translated(0, bottom + Gap * 2 - box.top());
}

//! Markers that come and go with every turn (the pending "?", the "..." of
//! cut paths) are placed afresh each time and keep no place.
bool isTransient(const StoryGraphNode &node)
{
    return node.kind == GraphNodeKind::Waiting || node.kind == GraphNodeKind::Ellipsis
        || node.isDashed();
}

struct Neighbours
{
    QList<QList<int>> in;
    QList<QList<int>> out;
};

Neighbours neighbours(const StoryGraph &graph)
{
    Neighbours result;
    result.in.resize(graph.nodes.size());
    result.out.resize(graph.nodes.size());
    for (const StoryGraphEdge &edge : graph.edges) {
        const int from = graph.indexOf(edge.from);
        const int to = graph.indexOf(edge.to);
        if (from < 0 || to < 0)
            continue;
        result.out[from].append(to);
        result.in[to].append(from);
    }
    return result;
}

} // namespace

QStringList IncrementalLayout::nodeKeys(const StoryGraph &graph)
{
    QStringList keys;
    QHash<QString, int> seen;
    for (const StoryGraphNode &node : graph.nodes) {
        const QString source = node.ref.isValid() && node.ref.sequence < graph.sources.size()
            ? graph.sources.at(node.ref.sequence).title
            : QString();
        const QString key =
            u"%1|%2|%3|%4"_s.arg(int(node.kind)).arg(node.displayLabel, source).arg(node.ref.event);
        keys.append(key + u'#' + QString::number(seen[key]++));
    }
    return keys;
}

IncrementalLayout::Memory IncrementalLayout::remember(const StoryGraph &graph,
                                                      const GraphLayout &layout, Memory previous)
{
    const QStringList keys = nodeKeys(graph);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (!isTransient(graph.nodes.at(i)))
            previous.nodes.insert(keys.at(i), layout.nodes.at(i));
    }
    for (qsizetype i = 0; i < graph.edges.size() && i < layout.edges.size(); ++i) {
        const int from = graph.indexOf(graph.edges.at(i).from);
        const int to = graph.indexOf(graph.edges.at(i).to);
        if (from >= 0 && to >= 0)
            previous.edges.insert(edgeKey(keys.at(from), keys.at(to)), layout.edges.at(i));
    }
    return previous;
}

int IncrementalLayout::knownNodes(const StoryGraph &graph, const Memory &memory)
{
    int known = 0;
    for (const QString &key : nodeKeys(graph))
        known += memory.nodes.contains(key) ? 1 : 0;
    return known;
}

namespace {

//! One call of place(): the boxes of the graph's nodes first, then the
//! remembered places of nodes not drawn now (kept free for their return).
class Placer
{
public:
    Placer(const StoryGraph &graph, const GraphLayout &fresh,
           const IncrementalLayout::Memory &memory)
        : m_graph(graph)
        , m_fresh(fresh)
        , m_memory(memory)
        , m_keys(IncrementalLayout::nodeKeys(graph))
        , m_count(graph.nodes.size())
        , m_links(neighbours(graph))
    { }

    GraphLayout run()
    {
        keepRemembered();
        placeNew();
        GraphLayout layout = m_fresh;
        layout.nodes = m_boxes.mid(0, m_count);
        routeEdges(layout);
        layout.size = extent(layout);
        return layout;
    }

private:
    void keepRemembered()
    {
        m_boxes = m_fresh.nodes;
        m_placed = QList<bool>(m_count, false);
        for (qsizetype i = 0; i < m_count; ++i) {
            const auto it = m_memory.nodes.constFind(m_keys.at(i));
            if (it == m_memory.nodes.cend())
                continue;
            // The old centre, the new size (a label may have changed width).
            m_boxes[i] = QRectF(QPointF(), m_fresh.nodes.at(i).size());
            m_boxes[i].moveCenter(it->center());
            m_placed[i] = true;
            m_queue.push_back(int(i));
        }
        const QSet<QString> present(m_keys.cbegin(), m_keys.cend());
        for (auto it = m_memory.nodes.cbegin(); it != m_memory.nodes.cend(); ++it) {
            if (!present.contains(it.key())) {
                m_boxes.append(*it);
                m_placed.append(true);
            }
        }
    }

    //! Breadth first from the kept nodes: a new successor goes under its
    //! predecessor, a new predecessor above its successor; islands below all.
    void placeNew()
    {
        while (true) {
            while (!m_queue.empty()) {
                const int anchor = m_queue.front();
                m_queue.pop_front();
                for (int next : m_links.out.at(anchor))
                    placeNear(next, anchor, 1);
                for (int next : m_links.in.at(anchor))
                    placeNear(next, anchor, -1);
            }
            const auto island = std::find(m_placed.cbegin(), m_placed.cbegin() + m_count, false);
            if (island == m_placed.cbegin() + m_count)
                return;
            placeNear(int(island - m_placed.cbegin()), -1, 1);
        }
    }

    void placeNear(int node, int anchor, int direction)
    {
        if (m_placed.at(node))
            return;
        QRectF box(QPointF(), m_fresh.nodes.at(node).size());
        if (anchor >= 0) {
            const QRectF &at = m_boxes.at(anchor);
            const double dy = (at.height() + box.height()) / 2 + Gap * 2;
            box.moveCenter(at.center() + QPointF(0, direction * dy));
        } else {
            box.moveCenter(
                {m_fresh.nodes.at(node).center().x(), bottom() + Gap * 2 + box.height()});
        }
        m_boxes[node] = freeSpot(box, m_boxes, m_placed);
        m_placed[node] = true;
        m_queue.push_back(node);
    }

    double bottom() const
    {
        double result = 0;
        for (qsizetype i = 0; i < m_boxes.size(); ++i)
            result = m_placed.at(i) ? std::max(result, m_boxes.at(i).bottom()) : result;
        return result;
    }

    //! Edges between two unmoved nodes keep their path; others are new lines.
    void routeEdges(GraphLayout &layout) const
    {
        for (qsizetype i = 0; i < m_graph.edges.size(); ++i) {
            const int from = m_graph.indexOf(m_graph.edges.at(i).from);
            const int to = m_graph.indexOf(m_graph.edges.at(i).to);
            if (from < 0 || to < 0)
                continue;
            const auto old = m_memory.edges.constFind(edgeKey(m_keys.at(from), m_keys.at(to)));
            const bool unmoved = old != m_memory.edges.cend()
                && m_memory.nodes.value(m_keys.at(from)) == layout.nodes.at(from)
                && m_memory.nodes.value(m_keys.at(to)) == layout.nodes.at(to);
            layout.edges[i] = unmoved ? *old : routeAround(layout.nodes, from, to);
        }
    }

    //! A straight line, or around the side when it would cross other nodes.
    static GraphLayout::EdgePath routeAround(const QList<QRectF> &boxes, int from, int to)
    {
        GraphLayout::EdgePath path = route(boxes.at(from), boxes.at(to));
        const QLineF line(path.points.first(), path.arrowTo);
        double side = -1;
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            const QRectF &box = boxes.at(i);
            if (i != from && i != to && crosses(line, box.adjusted(-2, -2, 2, 2)))
                side = std::max(side, box.right() + Gap);
        }
        if (side < 0 || path.arrowTo.y() <= path.points.first().y())
            return path;
        const QPointF start = path.points.first();
        const QPointF end = path.arrowTo;
        path.points = {
            start, {side, start.y() + Gap}, {side, end.y() - Gap}, {end.x(), end.y() - 8.0}};
        path.arrowFrom = path.points.last();
        return path;
    }

    static bool crosses(const QLineF &line, const QRectF &box)
    {
        if (box.contains(line.p1()) || box.contains(line.p2()))
            return true;
        const QLineF sides[] = {{box.topLeft(), box.topRight()},
                                {box.topRight(), box.bottomRight()},
                                {box.bottomRight(), box.bottomLeft()},
                                {box.bottomLeft(), box.topLeft()}};
        for (const QLineF &edge : sides) {
            if (line.intersects(edge, nullptr) == QLineF::BoundedIntersection)
                return true;
        }
        return false;
    }

    static QSizeF extent(const GraphLayout &layout)
    {
        QPointF corner(0, 0);
        const auto include = [&corner](const QPointF &point) {
            corner = QPointF(std::max(corner.x(), point.x()), std::max(corner.y(), point.y()));
        };
        for (const QRectF &box : layout.nodes)
            include(box.bottomRight());
        for (const GraphLayout::EdgePath &path : layout.edges) {
            for (const QPointF &point : path.points)
                include(point);
        }
        return QSizeF(corner.x() + Margin, corner.y() + Margin);
    }

    const StoryGraph &m_graph;
    const GraphLayout &m_fresh;
    const IncrementalLayout::Memory &m_memory;
    const QStringList m_keys;
    const qsizetype m_count;
    const Neighbours m_links;
    QList<QRectF> m_boxes;
    QList<bool> m_placed;
    std::deque<int> m_queue;
};

} // namespace

GraphLayout IncrementalLayout::place(const StoryGraph &graph, const GraphLayout &fresh,
                                     const Memory &memory)
{
    return Placer(graph, fresh, memory).run();
}

} // namespace Coach
