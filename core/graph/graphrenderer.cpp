#include "graphrenderer.h"

#include "graphsvgwriter.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSet>

#include <deque>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

constexpr int MarkerIdBase = -1000000;

std::vector<int> focusNodes(const StoryGraph &graph)
{
    std::vector<int> focus;
    if (graph.hasCurrent()) {
        for (int i = 0; i < graph.nodes.size(); ++i) {
            if (graph.nodes.at(i).isActive())
                focus.push_back(i);
        }
    }
    const int start = graph.indexOf(0);
    if (start >= 0)
        focus.insert(focus.begin(), start);
    return focus;
}

GraphNodeInfo infoFor(const StoryGraph &graph, const StoryGraphNode &node, const QRectF &box)
{
    GraphNodeInfo info;
    info.id = node.id;
    info.kind = node.kind;
    info.label = node.displayLabel;
    info.intent = node.intent;
    info.active = node.isActive();
    info.dashed = node.isDashed();
    info.pending = node.kind == GraphNodeKind::Waiting
        || (node.isDashed() && node.isActive() && node.kind == GraphNodeKind::Action);
    info.box = box;
    const GraphRef current = node.currentRef;
    if (current.isValid() && current.sequence < graph.sources.size()
        && graph.sources.at(current.sequence).kind == SequenceKind::Conversation) {
        info.conversation = graph.sources.at(current.sequence).source;
        info.eventIndex = current.event;
    }
    if (node.ref.isValid() && node.ref.sequence < graph.sources.size())
        info.source = graph.sources.at(node.ref.sequence).title;
    if (node.id <= MarkerIdBase)
        info.hiddenNeighbours = node.label.mid(1).toInt();
    return info;
}

} // namespace

int RenderedGraph::nodeAt(const QPointF &point) const
{
    // Last drawn wins, as on screen.
    for (int i = int(nodes.size()) - 1; i >= 0; --i) {
        if (nodes.at(i).box.adjusted(-2, -2, 2, 2).contains(point))
            return i;
    }
    return -1;
}

StoryGraph GraphRenderer::neighbourhood(const StoryGraph &graph, int maxNodes)
{
    std::vector<std::vector<int>> neighbours(size_t(graph.nodes.size()));
    for (const StoryGraphEdge &edge : graph.edges) {
        const int from = graph.indexOf(edge.from);
        const int to = graph.indexOf(edge.to);
        neighbours[size_t(from)].push_back(to);
        neighbours[size_t(to)].push_back(from);
    }
    std::vector<char> kept(size_t(graph.nodes.size()), 0);
    std::deque<int> queue;
    int count = 0;
    for (int focus : focusNodes(graph)) {
        if (!kept[size_t(focus)] && count < maxNodes) {
            kept[size_t(focus)] = 1;
            ++count;
            queue.push_back(focus);
        }
    }
    while (!queue.empty() && count < maxNodes) {
        const int v = queue.front();
        queue.pop_front();
        for (int w : neighbours[size_t(v)]) {
            if (!kept[size_t(w)] && count < maxNodes) {
                kept[size_t(w)] = 1;
                ++count;
                queue.push_back(w);
            }
        }
    }
    StoryGraph reduced;
    reduced.sources = graph.sources;
    reduced.currentSequence = graph.currentSequence;
    reduced.preMergeNodeCount = graph.preMergeNodeCount;
    QHash<int, int> hidden; // node id -> successors left out
    for (int i = 0; i < graph.nodes.size(); ++i) {
        if (kept[size_t(i)])
            reduced.nodes.append(graph.nodes.at(i));
    }
    for (const StoryGraphEdge &edge : graph.edges) {
        const bool fromKept = kept[size_t(graph.indexOf(edge.from))];
        const bool toKept = kept[size_t(graph.indexOf(edge.to))];
        if (fromKept && toKept)
            reduced.edges.append(edge);
        else if (fromKept)
            ++hidden[edge.from];
    }
    int marker = MarkerIdBase;
    for (auto it = hidden.cbegin(); it != hidden.cend(); ++it) {
        StoryGraphNode node;
        node.id = marker--;
        node.kind = GraphNodeKind::Ellipsis;
        node.label = u"+"_s + QString::number(it.value());
        node.displayLabel =
            QCoreApplication::translate("Coach::GraphRenderer", "+%n more", nullptr, it.value());
        reduced.nodes.append(node);
        reduced.edges.append(StoryGraphEdge{it.key(), node.id, 0, false});
    }
    reduced.reindex();
    return reduced;
}

namespace {

//! Keeps the places of earlier drawings when at least half of this graph's
//! nodes were drawn before.
void keepPlaces(const StoryGraph &graph, GraphLayout &layout, IncrementalLayout::Memory *positions)
{
    if (!positions)
        return;
    const int known = IncrementalLayout::knownNodes(graph, *positions);
    qCDebug(lcGraph) << "keeping places:" << known << "of" << graph.nodes.size() << "nodes known";
    // With too few of them known (another conversation, new training data)
    // the fresh layout starts a new memory.
    const bool keep = !positions->isEmpty() && qsizetype(known) * 2 >= graph.nodes.size();
    if (keep)
        layout = IncrementalLayout::place(graph, layout, *positions);
    *positions = IncrementalLayout::remember(
        graph, layout, keep ? std::move(*positions) : IncrementalLayout::Memory{});
}

} // namespace

std::optional<RenderedGraph> GraphRenderer::render(const StoryGraph &input, const Options &options,
                                                   IncrementalLayout::Memory *positions)
{
    RenderedGraph rendered;
    rendered.totalNodes = int(input.nodes.size());
    auto graph = std::make_shared<StoryGraph>(
        input.nodes.size() > options.maxNodes ? neighbourhood(input, options.maxNodes) : input);
    graph->reindex();
    rendered.shownNodes =
        int(std::count_if(graph->nodes.cbegin(), graph->nodes.cend(),
                          [](const StoryGraphNode &n) { return n.id > MarkerIdBase; }));
    std::optional<GraphLayout> layout;
    if (graph->nodes.size() <= options.dotMaxNodes) {
        Result<GraphLayout> dot = GraphvizLayout::run(*graph, options.dot);
        if (dot)
            layout = dot.value();
        else
            qCWarning(lcGraph) << "dot failed, using the layered layout:" << dot.error().message;
    }
    if (!layout) {
        LayeredLayout::Options layered = options.layered;
        layered.cancelled = options.cancelled;
        layout = LayeredLayout::run(*graph, layered);
        if (!layout)
            return std::nullopt;
    }
    keepPlaces(*graph, *layout, positions);
    GraphSvgWriter::Options svg;
    svg.dimInactive = options.dimInactive && graph->hasCurrent();
    rendered.svg = GraphSvgWriter::write(*graph, *layout, svg);
    rendered.size = layout->size;
    rendered.engine = layout->engine;
    for (int i = 0; i < graph->nodes.size(); ++i) {
        rendered.nodes.append(infoFor(*graph, graph->nodes.at(i), layout->nodes.at(i)));
        rendered.elementIndex.insert(GraphSvgWriter::nodeElementId(graph->nodes.at(i).id), i);
    }
    rendered.graph = std::move(graph);
    return rendered;
}

} // namespace Coach
