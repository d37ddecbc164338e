#include "storyblocks.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

const QString StoryBlocks::StoryStart = u"STORY_START"_s;

StoryBlocks::StoryBlocks(const StorySteps &steps,
                         const std::function<EventList(const Event &)> &explicitEvents)
{
    for (int i = 0; i < steps.size(); ++i)
        add(steps.at(i), i, explicitEvents);
    removeCycles();
    m_order = topologicalOrder(nullptr);
}

void StoryBlocks::add(const StoryStep &step, int index,
                      const std::function<EventList(const Event &)> &explicitEvents)
{
    if (step.kind != StoryStep::Kind::Story)
        return;
    // Rasa ends each OR alternative in a generated checkpoint; as the last
    // step of a story nothing starts from it, and Rasa's clean-up of unused
    // generated checkpoints removes the whole step.
    if (!step.items.isEmpty() && step.items.last().isOrGroup() && step.endCheckpoints.isEmpty())
        return;
    Block block;
    block.step = index;
    block.name = step.name;
    block.starts = step.startCheckpoints;
    if (block.starts.isEmpty())
        block.starts.append(Checkpoint{StoryStart, {}});
    for (const Checkpoint &end : step.endCheckpoints)
        block.ends.append(end.name);
    for (const StoryItem &item : step.items) {
        QList<EventList> alternatives;
        for (const Event &event : item.alternatives)
            alternatives.append(explicitEvents(event));
        block.items.append(alternatives);
    }
    m_blocks.push_back(std::move(block));
}

std::vector<std::vector<int>> StoryBlocks::children() const
{
    QHash<QString, std::vector<int>> byStart;
    for (int id = 0; id < int(m_blocks.size()); ++id) {
        for (const Checkpoint &start : m_blocks[size_t(id)].starts)
            byStart[start.name].push_back(id);
    }
    std::vector<std::vector<int>> children(m_blocks.size());
    for (size_t id = 0; id < m_blocks.size(); ++id) {
        std::vector<int> &next = children[id];
        for (const QString &end : m_blocks[id].ends) {
            const std::vector<int> started = byStart.value(end);
            next.insert(next.end(), started.begin(), started.end());
        }
        std::sort(next.begin(), next.end());
        next.erase(std::unique(next.begin(), next.end()), next.end());
    }
    return children;
}

std::vector<int> StoryBlocks::topologicalOrder(std::vector<std::pair<int, int>> *backEdges) const
{
    // Rasa's StoryGraph.topological_sort (blocks in file order instead of
    // Rasa's random ids): depth-first from the last unprocessed block,
    // children in order, each block placed before everything it reaches;
    // edges back into the current path are the loops.
    const std::vector<std::vector<int>> kids = children();
    std::vector<int> visit(m_blocks.size(), 0); // 1 on the path, 2 done
    std::vector<int> reversed;
    for (int root = int(m_blocks.size()) - 1; root >= 0; --root) {
        if (visit[size_t(root)] != 0)
            continue;
        std::vector<std::pair<int, size_t>> stack{{root, 0}};
        visit[size_t(root)] = 1;
        while (!stack.empty()) {
            auto &[node, next] = stack.back();
            if (next == kids[size_t(node)].size()) {
                visit[size_t(node)] = 2;
                reversed.push_back(node);
                stack.pop_back();
                continue;
            }
            const int child = kids[size_t(node)][next++];
            if (visit[size_t(child)] == 1 && backEdges)
                backEdges->push_back({node, child});
            if (visit[size_t(child)] == 0) {
                visit[size_t(child)] = 1;
                stack.emplace_back(child, 0);
            }
        }
    }
    return {reversed.rbegin(), reversed.rend()};
}

void StoryBlocks::removeCycles()
{
    // Rasa's StoryGraph.with_cycles_removed: a block that loops back ends in
    // a sink instead, whose trackers arrive at a new source checkpoint of the
    // block it looped to; other blocks that started there get a connector.
    std::vector<std::pair<int, int>> backEdges;
    topologicalOrder(&backEdges);
    std::sort(backEdges.begin(), backEdges.end());
    QSet<QString> allOverlapping;
    for (size_t cycle = 0; cycle < backEdges.size(); ++cycle) {
        const auto [source, target] = backEdges[cycle];
        const QString id = QString::number(cycle + 1);
        const QString sink = u"GENR_CYCL_SINK_"_s + id, connector = u"GENR_CYCL_CONN_"_s + id;
        m_endNames.insert(sink, u"GENR_CYCL_SRC_"_s + id);
        QStringList &ends = m_blocks[size_t(source)].ends;
        QSet<QString> overlapping;
        for (const Checkpoint &checkpoint : std::as_const(m_blocks[size_t(target)].starts)) {
            if (ends.contains(checkpoint.name))
                overlapping.insert(checkpoint.name);
        }
        allOverlapping.unite(overlapping);
        ends.removeIf([&overlapping](const QString &name) { return overlapping.contains(name); });
        ends.append(sink);
        bool needsConnector = false;
        for (int k = 0; k < int(m_blocks.size()); ++k) {
            QList<Checkpoint> &starts = m_blocks[size_t(k)].starts;
            QList<Checkpoint> additional;
            for (const Checkpoint &checkpoint : std::as_const(starts)) {
                if (!overlapping.contains(checkpoint.name))
                    continue;
                const Checkpoint added{k == target ? m_endNames.value(sink) : connector,
                                       checkpoint.slotConditions};
                needsConnector = needsConnector || k != target;
                if (!starts.contains(added) && !additional.contains(added))
                    additional.append(added);
            }
            starts += additional;
        }
        if (needsConnector)
            ends.append(connector);
    }
    removeUnusedGenerated(allOverlapping);
}

void StoryBlocks::removeUnusedGenerated(const QSet<QString> &overlapping)
{
    // Rasa's _remove_unused_generated_cps: checkpoints only started from or
    // only ended in; generated ones are dropped from ends, overlapping ones
    // from starts, and a block left without its only checkpoints goes.
    QSet<QString> starts{StoryStart}, ends{StoryStart};
    for (const Block &block : m_blocks) {
        for (const Checkpoint &start : block.starts)
            starts.insert(start.name);
        for (const QString &end : block.ends)
            ends.insert(startFor(end));
    }
    const QSet<QString> unused = (starts - ends) + (ends - starts);
    const QSet<QString> unusedStarts = unused & overlapping;
    std::erase_if(m_blocks, [&](Block &block) {
        const bool hadStarts = !block.starts.isEmpty(), hadEnds = !block.ends.isEmpty();
        block.starts.removeIf([&](const Checkpoint &c) { return unusedStarts.contains(c.name); });
        block.ends.removeIf([&](const QString &name) {
            return unused.contains(name) && name.startsWith(u"GENR_"_s);
        });
        return (hadStarts && block.starts.isEmpty()) || (hadEnds && block.ends.isEmpty());
    });
}

} // namespace Coach
