#pragma once

#include "graphsequence.h"
#include "storygraph.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

namespace Coach {

class GraphStrings;
class MergeGraph;

//! How GraphBuilder builds a graph.
struct GraphBuildOptions
{
    //! Merges equivalent nodes as Rasa's _merge_equivalent_nodes does.
    using MergeFunction =
        std::function<void(MergeGraph &graph, const GraphStrings &strings, int maxHistory)>;

    //! Rasa's max_history (interactive and `rasa visualize` use 2). At least 2.
    int maxHistory = 2;
    //! false skips merging (Rasa's should_merge_nodes=False).
    bool mergeNodes = true;
    //! Empty: NodeMerger. Tests put Rasa's literal quadratic algorithm here
    //! to check NodeMerger against it.
    MergeFunction merge;
    //! Polled now and then; returning true abandons the build.
    std::function<bool()> cancelled;
};

//! Builds the story graph the way Rasa's visualize_neighborhood does
//! (spec §7.2–7.5): one path per sequence from START, actions as nodes and
//! user messages as edge keys, training paths cut where they leave the
//! current conversation, node merging, edge labels turned into nodes, and
//! the auxiliary nodes removed.
class GraphBuilder
{
public:
    explicit GraphBuilder(GraphStrings &strings);

    //! `current` is the index in `sequences` of the current conversation part
    //! (-1: none, every sequence drawn in full as visualize_stories does).
    //! Returns nullopt when options.cancelled() asked to stop.
    std::optional<StoryGraph> build(const QList<const GraphSequence *> &sequences, int current,
                                    const GraphBuildOptions &options = {});

private:
    struct Message
    {
        bool present = false;
        int key = -1;
        int text = -1;
        GraphRef ref;
    };

    void addSequence(MergeGraph &graph, const GraphSequence &sequence, int index, bool isCurrent,
                     const GraphSequence *current);
    int endTarget(MergeGraph &graph, const GraphSequence &sequence, int idx, bool isCurrent,
                  const Message &message, int currentNode);
    void replaceEdgeLabels(MergeGraph &graph);
    void removeAuxiliaryNodes(MergeGraph &graph);
    StoryGraph toStoryGraph(const MergeGraph &graph, const QList<const GraphSequence *> &sequences,
                            int current) const;
    StoryGraphNode toNode(const MergeGraph &graph, int id) const;

    GraphStrings &m_strings;
    int m_nextId = 0;
    int m_special = -3;
    int m_actionListen;
    int m_none;
    int m_waiting;
    QSet<int> m_ellipsisEnds;
    QHash<int, MergeGraph::Edge> m_intentEdges; // intent node id -> the edge it replaced
};

} // namespace Coach
