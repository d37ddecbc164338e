#pragma once

#include "flatmap_p.h"

#include <QVarLengthArray>

#include <utility>
#include <vector>

namespace Coach {

//! What a node of the story graph stands for (spec §7.1).
enum class GraphNodeKind : quint8 {
    Start, //!< node 0
    End, //!< node -1
    Tmp, //!< node -2, removed before output
    Ellipsis, //!< `...` at the end of a truncated path (-3, -4, ...)
    Action, //!< a bot action
    Waiting, //!< the current conversation waits for a user message (`  ?  ` or the intent)
    Intent, //!< a user message (edge label turned into a node)
};

//! Where a node or edge came from: the index of the sequence in the build
//! input and the index of the event in that sequence's source.
struct GraphRef
{
    qint32 sequence = -1;
    qint32 event = -1;
    bool isValid() const { return sequence >= 0; }
};

//! Rasa's special CSS classes (`active`, `dashed`) as bits.
namespace GraphFlag {
enum : quint8 { Active = 1, Dashed = 2 };
}

//! Told about every edge key that appears or disappears, so that a merger can
//! keep its indexes up to date without rescanning the graph.
class MergeGraphObserver
{
public:
    virtual ~MergeGraphObserver() = default;
    virtual void edgeInserted(int from, int to, int key) = 0;
    virtual void edgeErased(int from, int to, int key) = 0;
};

//! The multigraph Rasa's visualisation works on (a networkx MultiDiGraph),
//! with the same iteration orders: nodes in insertion order, a node's
//! neighbours in the order their first edge was added, parallel edges in key
//! insertion order, and "remove an edge between u and v" removing the edge
//! added last. Rasa's merge results depend on these orders (which edge
//! label survives, which ids intent nodes get), so they are reproduced
//! exactly. Labels, keys and texts are GraphStrings ids.
class MergeGraph
{
public:
    struct Edge
    {
        int key = 0;
        int label = -1;
        quint8 flags = 0;
        GraphRef ref; //!< the event that created the edge
        GraphRef currentRef; //!< a user event of the current conversation, if any
    };
    struct Adjacency
    {
        int from = 0;
        int to = 0;
        bool alive = true;
        QVarLengthArray<Edge, 1> keys;
    };
    struct Node
    {
        int id = 0;
        int label = -1;
        int text = -1; //!< display text (end-to-end bot text)
        GraphNodeKind kind = GraphNodeKind::Action;
        quint8 flags = 0;
        bool alive = false;
        GraphRef ref;
        GraphRef currentRef;
        QVarLengthArray<int, 2> out; //!< adjacency indices, possibly dead ones
        QVarLengthArray<int, 2> in;
        int deadOut = 0;
        int deadIn = 0;
    };

    static constexpr int PlainKey = -2;

    //! `noneKey` is the string id of "NONE", Rasa's key for edges without a
    //! user message.
    explicit MergeGraph(int noneKey);

    //! Room for this many nodes and edges (saves reallocations on big graphs).
    void reserve(int nodes, int edges);

    int noneKey() const { return m_noneKey; }
    void setObserver(MergeGraphObserver *observer) { m_observer = observer; }

    void addNode(int id, int label, GraphNodeKind kind, quint8 flags = 0);
    bool hasNode(int id) const;
    Node &node(int id) { return id > 0 ? m_positive[size_t(id)] : m_special[size_t(-id)]; }
    const Node &node(int id) const
    {
        return id > 0 ? m_positive[size_t(id)] : m_special[size_t(-id)];
    }
    //! Every id ever added, in insertion order (check hasNode()).
    const std::vector<int> &insertionOrder() const { return m_order; }
    int nodeCount() const { return m_nodeCount; }
    int edgeCount() const { return m_edgeCount; }

    //! Rasa's _add_edge: a missing key means NONE (with label ""); nothing is
    //! added when a NONE edge already links the two nodes, which then only
    //! takes over the new edge's active/dashed flags; an existing key is
    //! updated (label and flags replaced).
    void addEdge(int from, int to, const Edge &edge);
    //! An edge without key semantics (networkx's automatic integer key), as
    //! _replace_edge_labels_with_nodes adds them.
    void addPlainEdge(int from, int to, quint8 flags);
    //! networkx remove_edge(u, v) without key: removes the edge added last.
    void popEdge(int from, int to);
    //! Removes one keyed edge.
    void removeEdge(int from, int to, int key);
    //! Removes a node and its edges.
    void removeNode(int id);
    //! One merge step of Rasa's _merge_equivalent_nodes: `drop` is folded
    //! into `keep` (styles transferred, edges re-added through addEdge()).
    void merge(int keep, int drop);

    //! Index of the live adjacency from -> to, or -1.
    int adjacencyIndex(int from, int to) const;
    const Adjacency &adjacency(int index) const { return m_adjacencies[size_t(index)]; }
    bool hasEdge(int from, int to, int key) const;

    //! Snapshots in networkx order: (neighbour, edge).
    std::vector<std::pair<int, Edge>> outEdges(int id) const;
    std::vector<std::pair<int, Edge>> inEdges(int id) const;
    void outEdges(int id, std::vector<std::pair<int, Edge>> &edges) const;
    void inEdges(int id, std::vector<std::pair<int, Edge>> &edges) const;
    //! Live adjacency indices of a node, in order.
    template <typename F> void forEachOut(int id, F &&f) const;
    template <typename F> void forEachIn(int id, F &&f) const;

private:
    static quint64 pairKey(int from, int to)
    {
        return (quint64(quint32(from)) << 32) | quint32(to);
    }
    void insertOrUpdate(int from, int to, const Edge &edge, int index);
    void eraseKeyAt(int adjacencyIndex, qsizetype keyIndex);
    void killAdjacency(int adjacencyIndex);
    static void compact(QVarLengthArray<int, 2> &list, int &dead,
                        const std::vector<Adjacency> &all);

    int m_noneKey;
    MergeGraphObserver *m_observer = nullptr;
    std::vector<Node> m_positive;
    std::vector<Node> m_special;
    std::vector<int> m_order;
    std::vector<Adjacency> m_adjacencies;
    FlatMap m_adjacencyIndex;
    int m_nodeCount = 0;
    int m_edgeCount = 0;
    std::vector<std::pair<int, Edge>> m_scratch; // merge()'s edge snapshots
};

template <typename F> void MergeGraph::forEachOut(int id, F &&f) const
{
    for (int index : node(id).out) {
        const Adjacency &adjacency = m_adjacencies[size_t(index)];
        if (adjacency.alive)
            f(adjacency);
    }
}

template <typename F> void MergeGraph::forEachIn(int id, F &&f) const
{
    for (int index : node(id).in) {
        const Adjacency &adjacency = m_adjacencies[size_t(index)];
        if (adjacency.alive)
            f(adjacency);
    }
}

} // namespace Coach
