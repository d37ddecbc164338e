#include "trackergenerator.h"

#include "statedomain.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

const QString StoryStart = u"STORY_START"_s;

//! A story step ready to run: each item's alternatives as the events Rasa
//! makes explicit (a user message and the slots its entities fill).
struct Block
{
    int step = -1;
    QString name;
    QList<Checkpoint> starts;
    QStringList ends;
    QList<QList<EventList>> items;
};

bool isListen(const EventList &events)
{
    return events.size() == 1 && events.first().isActionListen();
}

//! Python's == on slot values: True == 1, 1 == 1.0.
bool pythonEquals(const QJsonValue &a, const QJsonValue &b)
{
    const auto number = [](const QJsonValue &v) { return v.isBool() ? (v.toBool() ? 1.0 : 0.0) : v.toDouble(); };
    if ((a.isBool() || a.isDouble()) && (b.isBool() || b.isDouble()))
        return number(a) == number(b);
    return a == b || (a.isUndefined() && b.isNull()) || (a.isNull() && b.isUndefined());
}

class Generation
{
public:
    Generation(const StateDomain &domain, StateTable &table, int maxTrackers)
        : m_domain(domain), m_table(table), m_maxTrackers(maxTrackers)
    {
    }

    EventList explicitEvents(const Event &event) const;
    void compile(const StoryStep &step, int index);
    Result<QList<ConflictTracker>> run();

private:
    std::vector<int> order(std::vector<std::pair<int, int>> *backEdges = nullptr) const;
    void removeCycles();
    void removeUnusedGenerated(const QSet<QString> &overlapping);
    Status phase(const std::vector<int> &ordered, QHash<QString, QList<int>> &active,
                 QSet<QString> &used, QSet<QString> &unused);
    Result<QList<int>> process(const Block &block, const QList<int> &incoming);
    QList<int> filter(const QList<int> &trackers, const Checkpoint &start);
    void keepUniqueEnds(const QList<int> &trackers);
    int add(TrackerBuilder tracker);
    Status checkLimit(qsizetype more = 0) const;

    const StateDomain &m_domain;
    StateTable &m_table;
    int m_maxTrackers;
    std::vector<Block> m_blocks;
    std::vector<TrackerBuilder> m_pool;
    QList<int> m_finished;
    QList<int> m_storyEnds;
    QHash<size_t, QList<int>> m_endHashes;
    //! Rasa's story_end_checkpoints: a cycle's sink → its source.
    QHash<QString, QString> m_endNames;
};

EventList Generation::explicitEvents(const Event &event) const
{
    EventList events{event};
    if (event.type() != EventType::User)
        return events;
    for (const StateDomain::SlotFill &fill : m_domain.slotsForEntities(event.userEntities()))
        events.append(Event::slot(m_domain.slotName(fill.slot), fill.value));
    return events;
}

void Generation::compile(const StoryStep &step, int index)
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

std::vector<int> Generation::order(std::vector<std::pair<int, int>> *backEdges) const
{
    // Rasa's StoryGraph.topological_sort (blocks in file order instead of
    // Rasa's random ids): depth-first from the last unprocessed block,
    // children in order, each block placed before everything it reaches;
    // edges back into the current path are dropped.
    QHash<QString, std::vector<int>> byStart;
    for (int id = 0; id < int(m_blocks.size()); ++id) {
        for (const Checkpoint &start : m_blocks[size_t(id)].starts)
            byStart[start.name].push_back(id);
    }
    std::vector<std::vector<int>> children(m_blocks.size());
    for (int id = 0; id < int(m_blocks.size()); ++id) {
        for (const QString &end : m_blocks[size_t(id)].ends) {
            const std::vector<int> next = byStart.value(end);
            children[size_t(id)].insert(children[size_t(id)].end(), next.begin(), next.end());
        }
        std::sort(children[size_t(id)].begin(), children[size_t(id)].end());
        children[size_t(id)].erase(std::unique(children[size_t(id)].begin(), children[size_t(id)].end()),
                                   children[size_t(id)].end());
    }
    std::vector<int> visit(m_blocks.size(), 0); // 1 on the path, 2 done
    std::vector<int> reversed;
    for (int root = int(m_blocks.size()) - 1; root >= 0; --root) {
        if (visit[size_t(root)] != 0)
            continue;
        std::vector<std::pair<int, size_t>> stack{{root, 0}};
        visit[size_t(root)] = 1;
        while (!stack.empty()) {
            auto &[node, next] = stack.back();
            const std::vector<int> &kids = children[size_t(node)];
            if (next < kids.size()) {
                const int child = kids[next++];
                if (visit[size_t(child)] == 0) {
                    visit[size_t(child)] = 1;
                    stack.push_back({child, 0});
                } else if (visit[size_t(child)] == 1 && backEdges) {
                    backEdges->push_back({node, child});
                }
                continue;
            }
            visit[size_t(node)] = 2;
            reversed.push_back(node);
            stack.pop_back();
        }
    }
    return {reversed.rbegin(), reversed.rend()};
}

void Generation::removeCycles()
{
    // Rasa's StoryGraph.with_cycles_removed: a block that loops back ends in
    // a sink instead, whose trackers arrive at a new source checkpoint of the
    // block it looped to; other blocks that started there get a connector.
    std::vector<std::pair<int, int>> backEdges;
    order(&backEdges);
    std::sort(backEdges.begin(), backEdges.end());
    QSet<QString> allOverlapping;
    int cycle = 0;
    for (const auto &[source, target] : backEdges) {
        const QString id = QString::number(++cycle);
        const QString sink = u"GENR_CYCL_SINK_"_s + id, connector = u"GENR_CYCL_CONN_"_s + id;
        const QString start = u"GENR_CYCL_SRC_"_s + id;
        m_endNames.insert(sink, start);
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
                const Checkpoint added{k == target ? start : connector, checkpoint.slotConditions};
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

void Generation::removeUnusedGenerated(const QSet<QString> &overlapping)
{
    // Rasa's _remove_unused_generated_cps: checkpoints only started from or
    // only ended in; generated ones are dropped from ends, overlapping ones
    // from starts, and a block left without its only checkpoints goes.
    QSet<QString> starts{StoryStart}, ends{StoryStart};
    for (const Block &block : m_blocks) {
        for (const Checkpoint &start : block.starts)
            starts.insert(start.name);
        for (const QString &end : block.ends)
            ends.insert(m_endNames.value(end, end));
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

int Generation::add(TrackerBuilder tracker)
{
    m_pool.push_back(std::move(tracker));
    return int(m_pool.size()) - 1;
}

Status Generation::checkLimit(qsizetype more) const
{
    if (qsizetype(m_pool.size()) + more <= m_maxTrackers)
        return {};
    return makeError(QCoreApplication::translate(
                         "Coach::TrackerGenerator",
                         "The stories expand into more than %1 conversations (checkpoints and OR "
                         "steps multiply them), too many to check.")
                         .arg(m_maxTrackers));
}

QList<int> Generation::filter(const QList<int> &trackers, const Checkpoint &start)
{
    if (start.slotConditions.isEmpty())
        return trackers;
    QList<int> kept;
    for (int id : trackers) {
        bool matches = true;
        for (auto it = start.slotConditions.begin(); matches && it != start.slotConditions.end(); ++it)
            matches = pythonEquals(m_pool[size_t(id)].slotValue(it.key()), it.value());
        if (matches)
            kept.append(id);
    }
    return kept;
}

Result<QList<int>> Generation::process(const Block &block, const QList<int> &incoming)
{
    if (Status limit = checkLimit(incoming.size()); !limit)
        return limit.error();
    QList<int> out;
    for (int id : incoming) {
        TrackerBuilder copy = m_pool[size_t(id)];
        ConflictTracker &data = copy.data();
        if (data.name.isEmpty())
            data.name = block.name;
        else if (!data.name.split(u" > "_s).contains(block.name))
            data.name += u" > "_s + block.name;
        data.steps.append(block.step);
        out.append(add(std::move(copy)));
    }
    const Event listen = Event::actionListen();
    bool lastIsListen = false; // Rasa looks at the step's own events only
    for (const QList<EventList> &item : block.items) {
        if (item.size() > 1) {
            if (Status limit = checkLimit(out.size() * item.size()); !limit)
                return limit.error();
        }
        QList<int> next;
        for (const EventList &alternative : item) {
            const EventType type = alternative.first().type();
            const bool reverts = type == EventType::Restart || type == EventType::Undo
                || type == EventType::Rewind;
            for (int id : std::as_const(out)) {
                if (reverts)
                    m_finished.append(add(m_pool[size_t(id)]));
                TrackerBuilder copy = item.size() > 1 ? m_pool[size_t(id)] : std::move(m_pool[size_t(id)]);
                if (type == EventType::User && !lastIsListen)
                    copy.apply(listen);
                for (const Event &event : alternative)
                    copy.apply(event);
                if (item.size() > 1) {
                    next.append(add(std::move(copy)));
                } else {
                    m_pool[size_t(id)] = std::move(copy);
                    next.append(id);
                }
            }
        }
        out = next;
        lastIsListen = item.size() == 1 && isListen(item.first());
    }
    if (block.ends.isEmpty() && !lastIsListen) {
        for (int id : std::as_const(out))
            m_pool[size_t(id)].apply(listen);
    }
    return out;
}

void Generation::keepUniqueEnds(const QList<int> &trackers)
{
    for (int id : trackers) {
        const QVector<qint32> &states = m_pool[size_t(id)].tracker().states;
        const size_t hash = qHashRange(states.cbegin(), states.cend());
        QList<int> &same = m_endHashes[hash];
        const bool seen = std::any_of(same.cbegin(), same.cend(), [&](int other) {
            return m_pool[size_t(other)].tracker().states == states;
        });
        if (seen)
            continue;
        same.append(id);
        m_storyEnds.append(id);
    }
}

Status Generation::phase(const std::vector<int> &ordered, QHash<QString, QList<int>> &active,
                         QSet<QString> &used, QSet<QString> &unused)
{
    for (int index : ordered) {
        const Block &block = m_blocks[size_t(index)];
        QList<int> incoming;
        for (const Checkpoint &start : block.starts) {
            const QList<int> waiting = active[start.name]; // Rasa's defaultdict adds the key
            if (!waiting.isEmpty()) {
                incoming += filter(waiting, start);
                used.insert(start.name);
            } else if (!used.contains(start.name)) {
                unused.insert(start.name);
            }
        }
        if (incoming.isEmpty())
            continue;
        const Result<QList<int>> processed = process(block, incoming);
        if (!processed)
            return processed.error();
        const QList<int> &out = *processed;
        for (const QString &end : block.ends) {
            const QString name = m_endNames.value(end, end);
            active[name] += out;
            if (used.contains(name))
                unused.insert(name);
        }
        if (block.ends.isEmpty())
            keepUniqueEnds(out);
        if (Status limit = checkLimit(); !limit)
            return limit;
    }
    return {};
}

Result<QList<ConflictTracker>> Generation::run()
{
    // Rasa's TrainingDataGenerator._generate: phases over all blocks until
    // the set of unused checkpoints stops changing; trackers left at
    // checkpoints nothing uses are finished as they are.
    removeCycles();
    const std::vector<int> ordered = order();
    QHash<QString, QList<int>> active;
    active[StoryStart].append(add(TrackerBuilder(m_domain, m_table)));
    QSet<QString> used, previousUnused;
    const auto count = [&active] {
        qsizetype n = 0;
        for (const QList<int> &list : std::as_const(active))
            n += list.size();
        return n;
    };
    for (bool reached = false; !reached && count() > 0;) {
        QSet<QString> unused;
        if (Status status = phase(ordered, active, used, unused); !status)
            return status.error();
        for (auto it = active.cbegin(); it != active.cend(); ++it) {
            if (!used.contains(it.key()))
                unused.insert(it.key());
        }
        QHash<QString, QList<int>> next;
        for (const QString &name : std::as_const(unused)) {
            if (name != StoryStart)
                next.insert(name, active.value(name));
        }
        active.swap(next);
        reached = unused == previousUnused || count() == 0;
        previousUnused = unused;
        if (reached) {
            for (const QString &name : std::as_const(previousUnused)) {
                if (!used.contains(name))
                    m_finished += active.value(name);
            }
        }
    }
    QList<ConflictTracker> trackers;
    for (int id : std::as_const(m_finished) + m_storyEnds)
        trackers.append(m_pool[size_t(id)].tracker());
    return trackers;
}

} // namespace

TrackerGenerator::TrackerGenerator(const StateDomain &domain, StateTable &table, int maxTrackers)
    : m_domain(domain)
    , m_table(table)
    , m_maxTrackers(maxTrackers)
{
}

Result<QList<ConflictTracker>> TrackerGenerator::storyTrackers(const StorySteps &steps) const
{
    Generation generation(m_domain, m_table, m_maxTrackers);
    for (int i = 0; i < steps.size(); ++i)
        generation.compile(steps.at(i), i);
    return generation.run();
}

ConflictTracker TrackerGenerator::linearTracker(const StoryStep &step, bool finalListen) const
{
    const Generation generation(m_domain, m_table, m_maxTrackers);
    TrackerBuilder tracker(m_domain, m_table);
    tracker.data().name = step.name;
    bool lastIsListen = false;
    for (const StoryItem &item : step.items) {
        const Event &event = item.event();
        if (event.type() == EventType::User && !lastIsListen)
            tracker.apply(Event::actionListen());
        for (const Event &explicitEvent : generation.explicitEvents(event))
            tracker.apply(explicitEvent);
        lastIsListen = event.isActionListen();
    }
    if (finalListen && !lastIsListen)
        tracker.apply(Event::actionListen());
    return tracker.tracker();
}

} // namespace Coach
