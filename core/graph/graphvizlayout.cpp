#include "graphvizlayout.h"

#include "logging.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

int logGraphvizMessage(char *message)
{
    qCDebug(lcGraph, "graphviz: %s", message);
    return 0;
}

void setAttribute(void *object, const char *name, const QByteArray &value)
{
    QByteArray key(name);
    QByteArray copy = value;
    QByteArray empty;
    agsafeset(object, key.data(), copy.data(), empty.data());
}

void declare(Agraph_t *graph, int kind, const char *name, const QByteArray &value)
{
    QByteArray key(name);
    QByteArray copy = value;
    agattr(graph, kind, key.data(), copy.data());
}

class GraphvizRun
{
public:
    GraphvizRun(const StoryGraph &graph, const GraphvizLayout::Options &options);
    ~GraphvizRun();
    Q_DISABLE_COPY_MOVE(GraphvizRun)

    Result<GraphLayout> layout();

private:
    void build();
    QPointF point(pointf p) const { return {p.x - m_box.LL.x + 24, m_box.UR.y - p.y + 24}; }
    GraphLayout::EdgePath path(Agedge_t *edge) const;

    const StoryGraph &m_graph;
    GraphvizLayout::Options m_options;
    GVC_t *m_context = nullptr;
    Agraph_t *m_agraph = nullptr;
    std::vector<Agnode_t *> m_nodes;
    std::vector<Agedge_t *> m_edges;
    boxf m_box{};
    bool m_laidOut = false;
};

GraphvizRun::GraphvizRun(const StoryGraph &graph, const GraphvizLayout::Options &options)
    : m_graph(graph), m_options(options)
{
    agseterr(AGMAX);
    agseterrf(logGraphvizMessage);
    m_context = gvContext();
    QByteArray name("story");
    m_agraph = agopen(name.data(), Agdirected, nullptr);
}

GraphvizRun::~GraphvizRun()
{
    if (m_laidOut)
        gvFreeLayout(m_context, m_agraph);
    agclose(m_agraph);
    gvFreeContext(m_context);
}

void GraphvizRun::build()
{
    declare(m_agraph, AGRAPH, "nslimit", QByteArray::number(m_options.nsLimit));
    declare(m_agraph, AGRAPH, "nslimit1", QByteArray::number(m_options.nsLimit));
    declare(m_agraph, AGRAPH, "mclimit", QByteArray::number(m_options.mcLimit));
    declare(m_agraph, AGRAPH, "searchsize", QByteArray::number(m_options.searchSize));
    declare(m_agraph, AGRAPH, "ranksep", QByteArray::number(m_options.rankSep));
    declare(m_agraph, AGRAPH, "nodesep", QByteArray::number(m_options.nodeSep));
    declare(m_agraph, AGNODE, "shape", "box");
    declare(m_agraph, AGNODE, "fixedsize", "true");
    declare(m_agraph, AGNODE, "label", "");
    declare(m_agraph, AGNODE, "width", "0.75");
    declare(m_agraph, AGNODE, "height", "0.5");
    for (const StoryGraphNode &node : m_graph.nodes) {
        QByteArray name = QByteArray::number(node.id);
        Agnode_t *created = agnode(m_agraph, name.data(), 1);
        const QSizeF size = GraphMetrics::nodeSize(node);
        setAttribute(created, "width", QByteArray::number(size.width() / 72.0));
        setAttribute(created, "height", QByteArray::number(size.height() / 72.0));
        m_nodes.push_back(created);
    }
    for (int i = 0; i < m_graph.edges.size(); ++i) {
        const StoryGraphEdge &edge = m_graph.edges.at(i);
        QByteArray name = "e" + QByteArray::number(i);
        m_edges.push_back(agedge(m_agraph, m_nodes[size_t(m_graph.indexOf(edge.from))],
                                 m_nodes[size_t(m_graph.indexOf(edge.to))], name.data(), 1));
    }
}

GraphLayout::EdgePath GraphvizRun::path(Agedge_t *edge) const
{
    GraphLayout::EdgePath path;
    const splines *spline = ED_spl(edge);
    if (spline && spline->size > 0 && spline->list[0].size >= 4) {
        const bezier &curve = spline->list[0];
        path.bezier = true;
        for (int i = 0; i < curve.size; ++i)
            path.points.append(point(curve.list[i]));
        path.arrowFrom = path.points.last();
        path.arrowTo = curve.eflag ? point(curve.ep) : path.points.last();
        return path;
    }
    const QPointF from = point(ND_coord(agtail(edge)));
    const QPointF to = point(ND_coord(aghead(edge)));
    path.points = {from, to};
    path.arrowFrom = path.arrowTo = to;
    return path;
}

Result<GraphLayout> GraphvizRun::layout()
{
    build();
    if (gvLayout(m_context, m_agraph, "dot") != 0) {
        return makeError(QCoreApplication::translate("Coach::GraphvizLayout",
                                                     "Graphviz could not lay out the graph."));
    }
    m_laidOut = true;
    m_box = GD_bb(m_agraph);
    GraphLayout result;
    result.engine = u"dot"_s;
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const QSizeF size = GraphMetrics::nodeSize(m_graph.nodes.at(qsizetype(i)));
        const QPointF center = point(ND_coord(m_nodes[i]));
        result.nodes.append(QRectF(center - QPointF(size.width() / 2, size.height() / 2), size));
    }
    for (Agedge_t *edge : m_edges)
        result.edges.append(path(edge));
    result.size = QSizeF(m_box.UR.x - m_box.LL.x + 48, m_box.UR.y - m_box.LL.y + 48);
    return result;
}

} // namespace

Result<GraphLayout> GraphvizLayout::run(const StoryGraph &graph, const Options &options)
{
    QMutexLocker locker(&graphvizMutex());
    return GraphvizRun(graph, options).layout();
}

} // namespace Coach
