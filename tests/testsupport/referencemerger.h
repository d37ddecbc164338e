#pragma once

#include "graph/mergegraph.h"

#include <QSet>
#include <QString>

namespace Coach {
class GraphStrings;
}

namespace Coach::TestSupport {

//! A literal, quadratic transcription of Rasa's _merge_equivalent_nodes and
//! _nodes_are_equivalent (spec §7.3): sets built per comparison, fingerprints
//! enumerated path by path. It is the oracle the fast NodeMerger is checked
//! against (GraphBuildOptions::merge in tst_graphbuilder); keep it obviously
//! right rather than fast.
class ReferenceMerger
{
public:
    ReferenceMerger(MergeGraph &graph, const GraphStrings &strings, int maxHistory);

    void run();
    int merges() const { return m_merges; }

    bool equivalent(int a, int b) const;
    QSet<QString> fingerprint(int id) const;

private:
    QSet<QPair<int, int>> incoming(int id) const;
    QSet<QPair<int, int>> outgoing(int id, int ignoreA, int ignoreB) const;

    MergeGraph &m_graph;
    const GraphStrings &m_strings;
    int m_maxHistory;
    int m_merges = 0;
};

} // namespace Coach::TestSupport
