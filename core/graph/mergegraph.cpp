#include "mergegraph.h"

namespace Coach {

MergeGraph::MergeGraph(int noneKey) : m_noneKey(noneKey)
{
    m_positive.resize(1);
}

void MergeGraph::reserve(int nodes, int edges)
{
    m_positive.reserve(size_t(nodes) + 1);
    m_order.reserve(size_t(nodes) + 8);
    m_adjacencies.reserve(size_t(edges) * 2);
    m_adjacencyIndex.reserve(size_t(edges));
}

void MergeGraph::addNode(int id, int label, GraphNodeKind kind, quint8 flags)
{
    std::vector<Node> &nodes = id > 0 ? m_positive : m_special;
    const size_t index = size_t(id > 0 ? id : -id);
    if (nodes.size() <= index)
        nodes.resize(index + 1);
    Node &n = nodes[index];
    if (n.alive) { // networkx add_node on an existing node only updates attributes
        n.label = label;
        n.flags = flags;
        return;
    }
    n.id = id;
    n.label = label;
    n.kind = kind;
    n.flags = flags;
    n.alive = true;
    m_order.push_back(id);
    ++m_nodeCount;
}

bool MergeGraph::hasNode(int id) const
{
    const std::vector<Node> &nodes = id > 0 ? m_positive : m_special;
    const size_t index = size_t(id > 0 ? id : -id);
    return index < nodes.size() && nodes[index].alive;
}

int MergeGraph::adjacencyIndex(int from, int to) const
{
    return m_adjacencyIndex.value(pairKey(from, to));
}

bool MergeGraph::hasEdge(int from, int to, int key) const
{
    const int index = adjacencyIndex(from, to);
    if (index < 0)
        return false;
    for (const Edge &edge : m_adjacencies[size_t(index)].keys) {
        if (edge.key == key)
            return true;
    }
    return false;
}

void MergeGraph::addEdge(int from, int to, const Edge &edge)
{
    Edge copy = edge;
    if (copy.key == -1)
        copy.key = m_noneKey;
    if (copy.key == m_noneKey)
        copy.label = -1; // Rasa sets "" here; NONE edges never become nodes
    const int index = adjacencyIndex(from, to);
    if (index >= 0) {
        for (Edge &existing : m_adjacencies[size_t(index)].keys) {
            if (existing.key == m_noneKey) {
                existing.flags |= copy.flags;
                return;
            }
        }
    }
    insertOrUpdate(from, to, copy, index);
}

void MergeGraph::addPlainEdge(int from, int to, quint8 flags)
{
    insertOrUpdate(from, to, Edge{PlainKey, -1, flags, {}, {}}, adjacencyIndex(from, to));
}

void MergeGraph::insertOrUpdate(int from, int to, const Edge &edge, int index)
{
    if (index < 0) {
        index = int(m_adjacencies.size());
        m_adjacencies.push_back(Adjacency{from, to, true, {}});
        m_adjacencyIndex.insert(pairKey(from, to), index);
        node(from).out.append(index);
        node(to).in.append(index);
    }
    Adjacency &adjacency = m_adjacencies[size_t(index)];
    for (Edge &existing : adjacency.keys) {
        if (existing.key == edge.key) {
            existing.label = edge.label;
            existing.flags = edge.flags;
            if (edge.currentRef.isValid())
                existing.currentRef = edge.currentRef;
            return;
        }
    }
    adjacency.keys.append(edge);
    ++m_edgeCount;
    if (m_observer)
        m_observer->edgeInserted(from, to, edge.key);
}

void MergeGraph::eraseKeyAt(int index, qsizetype keyIndex)
{
    Adjacency &adjacency = m_adjacencies[size_t(index)];
    const int key = adjacency.keys.at(keyIndex).key;
    adjacency.keys.remove(keyIndex);
    --m_edgeCount;
    if (adjacency.keys.isEmpty())
        killAdjacency(index);
    if (m_observer)
        m_observer->edgeErased(adjacency.from, adjacency.to, key);
}

void MergeGraph::popEdge(int from, int to)
{
    const int index = adjacencyIndex(from, to);
    if (index >= 0)
        eraseKeyAt(index, m_adjacencies[size_t(index)].keys.size() - 1);
}

void MergeGraph::removeEdge(int from, int to, int key)
{
    const int index = adjacencyIndex(from, to);
    if (index < 0)
        return;
    const auto &keys = m_adjacencies[size_t(index)].keys;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i).key == key) {
            eraseKeyAt(index, i);
            return;
        }
    }
}

void MergeGraph::killAdjacency(int index)
{
    Adjacency &adjacency = m_adjacencies[size_t(index)];
    adjacency.alive = false;
    m_adjacencyIndex.remove(pairKey(adjacency.from, adjacency.to));
    Node &source = node(adjacency.from);
    if (++source.deadOut > int(source.out.size()) / 2 + 4)
        compact(source.out, source.deadOut, m_adjacencies);
    Node &target = node(adjacency.to);
    if (++target.deadIn > int(target.in.size()) / 2 + 4)
        compact(target.in, target.deadIn, m_adjacencies);
}

void MergeGraph::compact(QVarLengthArray<int, 2> &list, int &dead,
                         const std::vector<Adjacency> &all)
{
    const auto end = std::remove_if(list.begin(), list.end(),
                                    [&all](int index) { return !all[size_t(index)].alive; });
    list.resize(end - list.begin());
    dead = 0;
}

void MergeGraph::removeNode(int id)
{
    if (!hasNode(id))
        return;
    // Erasing can compact the lists being walked, so walk by popping.
    for (int pass = 0; pass < 2; ++pass) {
        for (;;) {
            auto &list = pass == 0 ? node(id).out : node(id).in;
            if (list.isEmpty())
                break;
            const int index = list.back();
            list.removeLast();
            while (m_adjacencies[size_t(index)].alive)
                eraseKeyAt(index, m_adjacencies[size_t(index)].keys.size() - 1);
        }
    }
    Node &n = node(id);
    n.alive = false;
    n.out = {};
    n.in = {};
    n.deadOut = n.deadIn = 0;
    --m_nodeCount;
}

std::vector<std::pair<int, MergeGraph::Edge>> MergeGraph::outEdges(int id) const
{
    std::vector<std::pair<int, Edge>> edges;
    outEdges(id, edges);
    return edges;
}

std::vector<std::pair<int, MergeGraph::Edge>> MergeGraph::inEdges(int id) const
{
    std::vector<std::pair<int, Edge>> edges;
    inEdges(id, edges);
    return edges;
}

void MergeGraph::outEdges(int id, std::vector<std::pair<int, Edge>> &edges) const
{
    edges.clear();
    forEachOut(id, [&edges](const Adjacency &adjacency) {
        for (const Edge &edge : adjacency.keys)
            edges.emplace_back(adjacency.to, edge);
    });
}

void MergeGraph::inEdges(int id, std::vector<std::pair<int, Edge>> &edges) const
{
    edges.clear();
    forEachIn(id, [&edges](const Adjacency &adjacency) {
        for (const Edge &edge : adjacency.keys)
            edges.emplace_back(adjacency.from, edge);
    });
}

void MergeGraph::merge(int keep, int drop)
{
    Node &kept = node(keep);
    const Node &dropped = node(drop);
    kept.flags |= dropped.flags & (GraphFlag::Active | GraphFlag::Dashed);
    if (!kept.currentRef.isValid())
        kept.currentRef = dropped.currentRef;
    outEdges(drop, m_scratch);
    for (const auto &[target, edge] : m_scratch) {
        addEdge(keep, target, edge);
        popEdge(drop, target);
    }
    inEdges(drop, m_scratch);
    for (const auto &[source, edge] : m_scratch) {
        addEdge(source, keep, edge);
        popEdge(source, drop);
    }
    removeNode(drop);
}

} // namespace Coach
