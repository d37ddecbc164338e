#pragma once

#include "flatmap_p.h"
#include "mergegraph.h"

#include <QHash>
#include <QVarLengthArray>

#include <functional>
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
        QVarLengthArray<std::pair<int, int>, 2> successorLabels; // label -> edge count
        quint64 inKey = 0, outKey = 0, fpKey = 0;
        bool bucketed = false;
        bool emptyOut = false; // in m_emptyOut rather than m_outBuckets
        bool dirty = false;
        bool fpDirty = false;
    };
    //! Ids in ascending order, with lazy deletion: an entry counts only
    //! while its node still has the bucket's key (see isMember()); stale
    //! entries are dropped when they make up half the bucket. A node absorbs
    //! its bucket-mates front to back, which would make eager erasing
    //! quadratic.
    struct Bucket
    {
        QVarLengthArray<int, 3> ids;
        int stale = 0;
    };
    enum class Family { In, Out, Fingerprint, EmptyOut };
    //! Buckets by key, in a pool indexed through a FlatMap.
    class BucketMap
    {
    public:
        void reserve(size_t count)
        {
            m_index.reserve(count);
            m_pool.reserve(count);
        }
        const Bucket *find(quint64 key) const
        {
            const int index = m_index.value(key);
            return index < 0 ? nullptr : &m_pool[size_t(index)];
        }
        Bucket *find(quint64 key)
        {
            const int index = m_index.value(key);
            return index < 0 ? nullptr : &m_pool[size_t(index)];
        }
        Bucket &get(quint64 key);
        void drop(quint64 key);

    private:
        FlatMap m_index;
        std::vector<Bucket> m_pool;
        std::vector<int> m_free;
    };

    State &state(int id) { return m_states[size_t(id)]; }
    void trackEdge(int from, int to, int key, int sign);
    void countSuccessorLabel(State &s, int label, int sign);
    void markDirty(int id);
    void bucket(int id);
    void unbucket(int id);
    BucketMap &buckets(Family family);
    bool isMember(int id, Family family, quint64 key) const;
    void insertInto(Family family, quint64 key, int id);
    void eraseFrom(Family family, quint64 key);
    int firstAfter(Family family, quint64 key, int cursor);
    int firstWithLabel(int label, int cursor) const;
    void flushDirty();
    void refreshFingerprints();
    quint64 deepFingerprint(int id) const;

    int findPartner(int i, int cursor);
    int firstVerified(Family family, quint64 key, int i, int cursor, int best);
    bool equivalent(int a, int b) const;
    void mergePair(int keep, int drop);
    std::vector<int> liveActionIds() const;

    MergeGraph &m_graph;
    const GraphStrings &m_strings;
    int m_maxHistory;
    std::vector<State> m_states;
    std::vector<int> m_dirty;
    std::vector<int> m_fpDirty;
    //! Every action node per label, ascending; nodes only ever disappear
    //! during merging, so dead ones are skipped when read.
    QHash<int, std::vector<int>> m_labelGroups;
    BucketMap m_emptyOut; // keyed by label
    BucketMap m_outBuckets;
    BucketMap m_inBuckets;
    BucketMap m_fpBuckets;
    int m_passes = 0;
    int m_merges = 0;
};

} // namespace Coach
