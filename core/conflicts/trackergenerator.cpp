#include "trackergenerator.h"

#include "statedomain.h"
#include "storyblocks.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

using Block = StoryBlocks::Block;

bool isListen(const EventList &events)
{
    return events.size() == 1 && events.first().isActionListen();
}

//! Python's == on slot values: True == 1, 1 == 1.0.
bool pythonEquals(const QJsonValue &a, const QJsonValue &b)
{
    const auto number = [](const QJsonValue &v) {
        return v.isBool() ? (v.toBool() ? 1.0 : 0.0) : v.toDouble();
    };
    if ((a.isBool() || a.isDouble()) && (b.isBool() || b.isDouble()))
        return number(a) == number(b);
    return a == b || (a.isUndefined() && b.isNull()) || (a.isNull() && b.isUndefined());
}

//! A user message and the slots its entities fill (Rasa's explicit_events).
EventList explicitEvents(const StateDomain &domain, const Event &event)
{
    EventList events{event};
    if (event.type() != EventType::User)
        return events;
    for (const StateDomain::SlotFill &fill : domain.slotsForEntities(event.userEntities()))
        events.append(Event::slot(domain.slotName(fill.slot), fill.value));
    return events;
}

//! One run of Rasa's TrainingDataGenerator._generate over the blocks.
//! Trackers live in a pool and are referred to by index, so that one can
//! wait at several checkpoints as in Rasa.
class Generation
{
public:
    Generation(const StateDomain &domain, StateTable &table, int maxTrackers,
               const StorySteps &steps)
        : m_domain(domain)
        , m_table(table)
        , m_maxTrackers(maxTrackers)
        , m_blocks(steps, [&domain](const Event &event) { return explicitEvents(domain, event); })
    { }

    Result<QList<ConflictTracker>> run();

private:
    using Waiting = QHash<QString, QList<int>>;

    Status phase(Waiting &active, QSet<QString> &used, QSet<QString> &unused);
    QList<int> incoming(const Block &block, Waiting &active, QSet<QString> &used,
                        QSet<QString> &unused);
    QList<int> enter(const Block &block, const QList<int> &incoming);
    Result<QList<int>> process(const Block &block, const QList<int> &incoming);
    QList<int> apply(const QList<EventList> &item, const QList<int> &trackers, bool afterListen);
    QList<int> filter(const QList<int> &trackers, const Checkpoint &start);
    void keepUniqueEnds(const QList<int> &trackers);
    int add(TrackerBuilder tracker);
    Status checkLimit(qsizetype more = 0) const;

    const StateDomain &m_domain;
    StateTable &m_table;
    int m_maxTrackers;
    StoryBlocks m_blocks;
    std::vector<TrackerBuilder> m_pool;
    QList<int> m_finished;
    QList<int> m_storyEnds;
    QHash<size_t, QList<int>> m_endHashes;
};

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
        for (auto it = start.slotConditions.begin(); matches && it != start.slotConditions.end();
             ++it)
            matches = pythonEquals(m_pool[size_t(id)].slotValue(it.key()), it.value());
        if (matches)
            kept.append(id);
    }
    return kept;
}

QList<int> Generation::enter(const Block &block, const QList<int> &incoming)
{
    // Rasa names a tracker after the blocks it went through: "a > b".
    QList<int> entered;
    for (int id : incoming) {
        TrackerBuilder copy = m_pool[size_t(id)];
        ConflictTracker &data = copy.data();
        if (data.name.isEmpty())
            data.name = block.name;
        else if (!data.name.split(u" > "_s).contains(block.name))
            data.name += u" > "_s + block.name;
        data.steps.append(block.step);
        entered.append(add(std::move(copy)));
    }
    return entered;
}

QList<int> Generation::apply(const QList<EventList> &item, const QList<int> &trackers,
                             bool afterListen)
{
    // One tracker per alternative (OR); a single one goes on in place.
    const bool fork = item.size() > 1;
    QList<int> next;
    for (const EventList &alternative : item) {
        const EventType type = alternative.first().type();
        const bool reverts =
            type == EventType::Restart || type == EventType::Undo || type == EventType::Rewind;
        for (int id : trackers) {
            if (reverts)
                m_finished.append(add(m_pool[size_t(id)])); // Rasa keeps the tracker before it
            TrackerBuilder copy = fork ? m_pool[size_t(id)] : std::move(m_pool[size_t(id)]);
            if (type == EventType::User && !afterListen)
                copy.apply(Event::actionListen());
            for (const Event &event : alternative)
                copy.apply(event);
            if (fork) {
                next.append(add(std::move(copy)));
            } else {
                m_pool[size_t(id)] = std::move(copy);
                next.append(id);
            }
        }
    }
    return next;
}

Result<QList<int>> Generation::process(const Block &block, const QList<int> &incoming)
{
    if (Status limit = checkLimit(incoming.size()); !limit)
        return limit.error();
    QList<int> out = enter(block, incoming);
    bool lastIsListen = false; // Rasa looks at the step's own events only
    for (const QList<EventList> &item : block.items) {
        if (Status limit = checkLimit(item.size() > 1 ? out.size() * item.size() : 0); !limit)
            return limit.error();
        out = apply(item, out, lastIsListen);
        lastIsListen = item.size() == 1 && isListen(item.first());
    }
    if (block.ends.isEmpty() && !lastIsListen) {
        for (int id : std::as_const(out))
            m_pool[size_t(id)].apply(Event::actionListen());
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

QList<int> Generation::incoming(const Block &block, Waiting &active, QSet<QString> &used,
                                QSet<QString> &unused)
{
    QList<int> trackers;
    for (const Checkpoint &start : block.starts) {
        const QList<int> waiting = active[start.name]; // Rasa's defaultdict adds the key
        if (!waiting.isEmpty()) {
            trackers += filter(waiting, start);
            used.insert(start.name);
        } else if (!used.contains(start.name)) {
            unused.insert(start.name);
        }
    }
    return trackers;
}

Status Generation::phase(Waiting &active, QSet<QString> &used, QSet<QString> &unused)
{
    for (int index : m_blocks.order()) {
        const Block &block = m_blocks.blocks()[size_t(index)];
        const QList<int> arriving = incoming(block, active, used, unused);
        if (arriving.isEmpty())
            continue;
        const Result<QList<int>> processed = process(block, arriving);
        if (!processed)
            return processed.error();
        for (const QString &end : block.ends) {
            const QString name = m_blocks.startFor(end);
            active[name] += *processed;
            if (used.contains(name))
                unused.insert(name);
        }
        if (block.ends.isEmpty())
            keepUniqueEnds(*processed);
    }
    return {};
}

Result<QList<ConflictTracker>> Generation::run()
{
    // Rasa's TrainingDataGenerator._generate: phases over all blocks until
    // the set of unused checkpoints stops changing; trackers left at
    // checkpoints nothing uses are finished as they are.
    Waiting active;
    active[StoryBlocks::StoryStart].append(add(TrackerBuilder(m_domain, m_table)));
    QSet<QString> used, previousUnused;
    const auto anyWaiting = [&active] {
        return std::any_of(active.cbegin(), active.cend(),
                           [](const QList<int> &list) { return !list.isEmpty(); });
    };
    for (bool reached = false; !reached && anyWaiting();) {
        QSet<QString> unused;
        if (Status status = phase(active, used, unused); !status)
            return status.error();
        for (auto it = active.cbegin(); it != active.cend(); ++it) {
            if (!used.contains(it.key()))
                unused.insert(it.key());
        }
        Waiting next;
        for (const QString &name : std::as_const(unused)) {
            if (name != StoryBlocks::StoryStart)
                next.insert(name, active.value(name));
        }
        active.swap(next);
        reached = unused == previousUnused || !anyWaiting();
        previousUnused = unused;
        for (const QString &name : std::as_const(previousUnused)) {
            if (reached && !used.contains(name))
                m_finished += active.value(name);
        }
    }
    QList<ConflictTracker> trackers;
    for (int id : std::as_const(m_finished) + m_storyEnds)
        trackers.append(m_pool[size_t(id)].tracker());
    return trackers;
}

} // namespace

TrackerGenerator::TrackerGenerator(const StateDomain &domain, StateTable &table, int maxTrackers)
    : m_domain(domain), m_table(table), m_maxTrackers(maxTrackers)
{ }

Result<QList<ConflictTracker>> TrackerGenerator::storyTrackers(const StorySteps &steps) const
{
    return Generation(m_domain, m_table, m_maxTrackers, steps).run();
}

ConflictTracker TrackerGenerator::linearTracker(const StoryStep &step, bool finalListen) const
{
    TrackerBuilder tracker(m_domain, m_table);
    tracker.data().name = step.name;
    bool lastIsListen = false;
    for (const StoryItem &item : step.items) {
        const Event &event = item.event();
        if (event.type() == EventType::User && !lastIsListen)
            tracker.apply(Event::actionListen());
        for (const Event &explicitEvent : explicitEvents(m_domain, event))
            tracker.apply(explicitEvent);
        lastIsListen = event.isActionListen();
    }
    if (finalListen && !lastIsListen)
        tracker.apply(Event::actionListen());
    return tracker.tracker();
}

} // namespace Coach
