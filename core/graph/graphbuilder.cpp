#include "graphbuilder.h"

#include "mergegraph.h"
#include "nodemerger.h"

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

constexpr int StartId = 0;
constexpr int EndId = -1;
constexpr int TmpId = -2;

} // namespace

GraphBuilder::GraphBuilder(GraphStrings &strings)
    : m_strings(strings)
    , m_actionListen(strings.intern(u"action_listen"_s))
    , m_none(strings.intern(u"NONE"_s))
    , m_waiting(strings.intern(u"  ?  "_s))
{ }

std::optional<StoryGraph> GraphBuilder::build(const QList<const GraphSequence *> &sequences,
                                              int current, const GraphBuildOptions &options)
{
    m_nextId = 0;
    m_special = -3;
    m_ellipsisEnds.clear();
    m_intentEdges.clear();
    MergeGraph graph(m_none);
    qsizetype steps = 0;
    for (const GraphSequence *sequence : sequences)
        steps += sequence->steps.size();
    graph.reserve(int(steps / 2 + 16), int(steps / 2 + sequences.size() + 16));
    graph.addNode(StartId, m_strings.intern(u"START"_s), GraphNodeKind::Start, GraphFlag::Active);
    graph.addNode(EndId, m_strings.intern(u"END"_s), GraphNodeKind::End);
    graph.addNode(TmpId, m_strings.intern(u"TMP"_s), GraphNodeKind::Tmp);
    const GraphSequence *currentSequence =
        current >= 0 && current < sequences.size() ? sequences.at(current) : nullptr;
    for (int i = 0; i < sequences.size(); ++i) {
        if (options.cancelled && (i & 255) == 0 && options.cancelled())
            return std::nullopt;
        addSequence(graph, *sequences.at(i), i, i == current, currentSequence);
    }
    const int preMerge = graph.nodeCount();
    const int maxHistory = std::max(2, options.maxHistory);
    if (options.mergeNodes && options.merge) {
        options.merge(graph, m_strings, maxHistory);
    } else if (options.mergeNodes) {
        NodeMerger merger(graph, m_strings, maxHistory);
        if (!merger.run(options.cancelled))
            return std::nullopt;
    }
    replaceEdgeLabels(graph);
    removeAuxiliaryNodes(graph);
    StoryGraph result = toStoryGraph(graph, sequences, currentSequence ? current : -1);
    result.preMergeNodeCount = preMerge;
    return result;
}

void GraphBuilder::addSequence(MergeGraph &graph, const GraphSequence &sequence, int index,
                               bool isCurrent, const GraphSequence *current)
{
    const auto &steps = sequence.steps;
    const bool limited = current && !current->steps.isEmpty();
    int prefix =
        limited ? GraphSequences::commonActionPrefix(*current, sequence) : int(steps.size());
    const quint8 flags = isCurrent ? GraphFlag::Active : 0;
    Message message;
    int currentNode = StartId;
    int idx = 0; // Python's loop variable, including its value after `break`
    for (idx = 0; idx < steps.size(); ++idx) {
        if (prefix == 0) {
            --idx;
            break;
        }
        const GraphStep &step = steps.at(idx);
        if (step.type == GraphStep::Type::User) {
            message = Message{true, step.name, step.text, GraphRef{index, step.event}};
        } else if (step.type == GraphStep::Type::Action && step.name != m_actionListen) {
            const int id = ++m_nextId;
            graph.addNode(id, step.name, GraphNodeKind::Action, flags);
            MergeGraph::Node &node = graph.node(id);
            node.text = step.text;
            node.ref = GraphRef{index, step.event};
            if (isCurrent)
                node.currentRef = node.ref;
            MergeGraph::Edge edge{message.key, message.text, flags, message.ref, {}};
            if (isCurrent)
                edge.currentRef = message.ref;
            graph.addEdge(currentNode, id, edge);
            currentNode = id;
            message = Message{};
            --prefix;
        }
    }
    if (steps.isEmpty())
        idx = 0;
    else if (idx == steps.size())
        idx = int(steps.size()) - 1;
    const int target = endTarget(graph, sequence, idx, isCurrent, message, currentNode);
    MergeGraph::Edge edge{message.key, message.text, flags, message.ref, {}};
    if (isCurrent)
        edge.currentRef = message.ref;
    graph.addEdge(currentNode, target, edge);
}

int GraphBuilder::endTarget(MergeGraph &graph, const GraphSequence &sequence, int idx,
                            bool isCurrent, const Message &message, int currentNode)
{
    const auto &steps = sequence.steps;
    if (isCurrent) {
        // events[idx] with Python's negative indexing
        const int at = idx < 0 ? idx + int(steps.size()) : idx;
        const bool listening = at >= 0 && at < steps.size()
            && steps.at(at).type == GraphStep::Type::Action && steps.at(at).name == m_actionListen;
        if (listening) {
            const int id = ++m_nextId;
            const int label = message.present && message.key >= 0 ? message.key : m_waiting;
            graph.addNode(id, label, GraphNodeKind::Waiting, GraphFlag::Active | GraphFlag::Dashed);
            graph.node(id).ref = message.ref;
            graph.node(id).currentRef = message.ref;
            return id;
        }
        if (currentNode != StartId)
            graph.node(currentNode).flags = GraphFlag::Active | GraphFlag::Dashed;
        return TmpId;
    }
    if (idx == steps.size() - 1)
        return EndId;
    if (currentNode != StartId && !m_ellipsisEnds.contains(currentNode)) {
        const int id = m_special--;
        graph.addNode(id, m_strings.intern(u"..."_s), GraphNodeKind::Ellipsis);
        m_ellipsisEnds.insert(currentNode);
        return id;
    }
    return EndId;
}

void GraphBuilder::replaceEdgeLabels(MergeGraph &graph)
{
    struct Keyed
    {
        int from;
        int to;
        MergeGraph::Edge edge;
    };
    std::vector<Keyed> keyed;
    for (int id : graph.insertionOrder()) {
        if (!graph.hasNode(id))
            continue;
        graph.forEachOut(id, [&](const MergeGraph::Adjacency &adjacency) {
            for (const MergeGraph::Edge &edge : adjacency.keys) {
                if (edge.key != m_none)
                    keyed.push_back({adjacency.from, adjacency.to, edge});
            }
        });
    }
    for (const Keyed &k : keyed) {
        const int id = ++m_nextId;
        graph.removeEdge(k.from, k.to, k.edge.key);
        graph.addNode(id, k.edge.label, GraphNodeKind::Intent, k.edge.flags);
        graph.node(id).ref = k.edge.ref;
        graph.node(id).currentRef = k.edge.currentRef;
        m_intentEdges.insert(id, k.edge);
        graph.addPlainEdge(k.from, id, k.edge.flags);
        graph.addPlainEdge(id, k.to, k.edge.flags);
    }
}

void GraphBuilder::removeAuxiliaryNodes(MergeGraph &graph)
{
    graph.removeNode(TmpId);
    bool endReached = false;
    graph.forEachIn(EndId, [&endReached](const MergeGraph::Adjacency &) { endReached = true; });
    if (!endReached)
        graph.removeNode(EndId);
    // duplicated "..." nodes after merging: one per predecessor
    QSet<int> seen;
    for (int id = m_special + 1; id < TmpId; ++id) {
        std::vector<int> predecessors;
        graph.forEachIn(id,
                        [&](const MergeGraph::Adjacency &a) { predecessors.push_back(a.from); });
        for (int predecessor : predecessors) {
            if (seen.contains(predecessor))
                graph.removeNode(id);
            else
                seen.insert(predecessor);
        }
    }
}

StoryGraphNode GraphBuilder::toNode(const MergeGraph &graph, int id) const
{
    const MergeGraph::Node &source = graph.node(id);
    StoryGraphNode node;
    node.id = id;
    node.kind = source.kind;
    node.label = m_strings.at(source.label);
    node.flags = source.flags;
    node.ref = source.ref;
    node.currentRef = source.currentRef;
    node.displayLabel = node.label;
    if (source.kind == GraphNodeKind::Intent) {
        node.intent = m_strings.at(m_intentEdges.value(id).key);
        if (node.label.isEmpty())
            node.displayLabel = node.intent;
    } else if (source.kind == GraphNodeKind::Action && node.label.isEmpty()) {
        node.displayLabel = m_strings.at(source.text);
    }
    return node;
}

StoryGraph GraphBuilder::toStoryGraph(const MergeGraph &graph,
                                      const QList<const GraphSequence *> &sequences,
                                      int current) const
{
    StoryGraph result;
    result.currentSequence = current;
    for (const GraphSequence *sequence : sequences)
        result.sources.append({sequence->kind, sequence->source, sequence->part, sequence->title});
    for (int id : graph.insertionOrder()) {
        if (!graph.hasNode(id))
            continue;
        result.nodes.append(toNode(graph, id));
        graph.forEachOut(id, [&](const MergeGraph::Adjacency &adjacency) {
            for (const MergeGraph::Edge &edge : adjacency.keys) {
                result.edges.append(
                    StoryGraphEdge{adjacency.from, adjacency.to, edge.flags, edge.key == m_none});
            }
        });
    }
    result.reindex();
    return result;
}

} // namespace Coach
