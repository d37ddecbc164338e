#include "referencemerger.h"

#include "graph/graphstrings.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace Coach::TestSupport {

ReferenceMerger::ReferenceMerger(MergeGraph &graph, const GraphStrings &strings, int maxHistory)
    : m_graph(graph), m_strings(strings), m_maxHistory(maxHistory)
{ }

void ReferenceMerger::run()
{
    bool changed = true;
    while (changed) {
        changed = false;
        std::vector<int> ids;
        for (int id : m_graph.insertionOrder()) {
            if (id > 0 && m_graph.hasNode(id))
                ids.push_back(id);
        }
        for (size_t index = 0; index < ids.size(); ++index) {
            const int i = ids[index];
            if (!m_graph.hasNode(i))
                continue;
            for (size_t later = index + 1; later < ids.size(); ++later) {
                const int j = ids[later];
                if (m_graph.hasNode(j) && equivalent(i, j)) {
                    m_graph.merge(i, j);
                    ++m_merges;
                    changed = true;
                }
            }
        }
    }
}

QSet<QPair<int, int>> ReferenceMerger::incoming(int id) const
{
    QSet<QPair<int, int>> edges;
    for (const auto &[source, edge] : m_graph.inEdges(id))
        edges.insert({source, edge.key});
    return edges;
}

QSet<QPair<int, int>> ReferenceMerger::outgoing(int id, int ignoreA, int ignoreB) const
{
    QSet<QPair<int, int>> edges;
    for (const auto &[target, edge] : m_graph.outEdges(id)) {
        if (target != ignoreA && target != ignoreB)
            edges.insert({target, edge.key});
    }
    return edges;
}

QSet<QString> ReferenceMerger::fingerprint(int id) const
{
    QList<QList<int>> candidates{{id}};
    QList<QList<int>> continuations;
    while (!candidates.isEmpty()) {
        const QList<int> candidate = candidates.takeLast();
        bool empty = true;
        for (const auto &[target, edge] : m_graph.outEdges(candidate.last())) {
            Q_UNUSED(edge);
            QList<int> next = candidate;
            next.append(target);
            if (next.size() == m_maxHistory)
                continuations.append(next);
            else
                candidates.append(next);
            empty = false;
        }
        if (empty)
            continuations.append(candidate);
    }
    QSet<QString> prints;
    for (const QList<int> &path : continuations) {
        QStringList labels;
        for (int node : path)
            labels.append(m_strings.at(m_graph.node(node).label));
        prints.insert(labels.join(QStringLiteral(" - ")));
    }
    return prints;
}

bool ReferenceMerger::equivalent(int a, int b) const
{
    if (m_graph.node(a).label != m_graph.node(b).label)
        return false;
    const QSet<QPair<int, int>> outA = outgoing(a, a, b);
    const QSet<QPair<int, int>> outB = outgoing(b, a, b);
    if (outA == outB || outA.isEmpty() || outB.isEmpty())
        return true;
    if (incoming(a) == incoming(b))
        return true;
    return fingerprint(a) == fingerprint(b);
}

} // namespace Coach::TestSupport
