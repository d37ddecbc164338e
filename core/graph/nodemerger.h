#pragma once

#include "mergegraph.h"

#include <functional>
#include <set>
#include <unordered_map>
#include <vector>

namespace Coach {

class GraphStrings;

//! Rasa's _merge_equivalent_nodes (spec §7.3) without its quadratic cost.
//!
//! Rasa compares every pair of action nodes, pass after pass, until a pass
//! merges nothing; the result depends on that order. NodeMerger walks the
//! same passes in the same order and finds, for node i and scan position c,
//! the first node j > c that Rasa would merge into i, but it looks j up in
//! indexes instead of scanning: nodes are bucketed by label together with an
//! order-independent hash of their incoming edge set, of their outgoing edge
//! set (self loops left out), and of their fingerprint (the labels of their
//! successors for max_history 2). Rasa's "outgoing edges similar" test
//! ignores edges between the two nodes compared, so neighbours with the same
//! label are checked individually. Every edge change updates the hashes of
//! the two endpoints in O(1); only they are re-bucketed after a merge.
class NodeMerger final : public MergeGraphObserver
{
public:
    NodeMerger(MergeGraph &graph, const GraphStrings &strings, int maxHistory);
    ~NodeMerger() override;
    Q_DISABLE_COPY_MOVE(NodeMerger)

    //! Merges until a full pass changes nothing. Returns false when
    //! `cancelled` said so (the graph is then half merged).
    bool run(const std::function<bool()> &cancelled = {});

    int passes() const { return m_passes; }
    int merges() const { return m_merges; }

    void edgeInserted(int from, int to, int key) override;
    void edgeErased(int from, int to, int key) override;

private:
    struct State
    {
        quint64 inHash = 0;
        quint64 outHash = 0; // outgoing edges to other nodes
        quint64 fpHash = 0;
        int inCount = 0;
        int outCount = 0;
        int totalOut = 0; // including self loops
        int sameLabelEdges = 0; // edges to or from other nodes with the same label
        std::vector<std::pair<int, int>> successorLabels; // label -> edge count
        quint64 inKey = 0, outKey = 0, fpKey = 0;
        bool bucketed = false;
        bool dirty = false;
        bool fpDirty = false;
    };
    using Bucket = std::set<int>;
    using BucketMap = std::unordered_map<quint64, Bucket>;

    State &state(int id) { return m_states[size_t(id)]; }
    void trackEdge(int from, int to, int key, int sign);
    void countSuccessorLabel(State &s, int label, int sign);
    void markDirty(int id);
    void bucket(int id);
    void unbucket(int id);
    void flushDirty();
    void refreshFingerprints();
    quint64 deepFingerprint(int id) const;

    int findPartner(int i, int cursor);
    int firstVerified(const BucketMap &map, quint64 key, int i, int cursor, int best);
    bool equivalent(int a, int b) const;
    void mergePair(int keep, int drop);
    std::vector<int> liveActionIds() const;

    MergeGraph &m_graph;
    const GraphStrings &m_strings;
    int m_maxHistory;
    std::vector<State> m_states;
    std::vector<int> m_dirty;
    std::vector<int> m_fpDirty;
    std::unordered_map<int, Bucket> m_labelGroups;
    std::unordered_map<int, Bucket> m_emptyOut;
    BucketMap m_outBuckets;
    BucketMap m_inBuckets;
    BucketMap m_fpBuckets;
    int m_passes = 0;
    int m_merges = 0;
};

} // namespace Coach
