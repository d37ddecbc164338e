#include "storyexpander.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

const QString StoryStart = u"STORY_START"_s;

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

struct ExpEvent
{
    GraphStep step;
    quint64 hash = 0;
    EventType type = EventType::Unknown;
    QString slot;
    QJsonValue value;
};

struct Tracker
{
    std::vector<int> events;
    quint64 hash = 0x2545f4914f6cdd1dULL;
    QHash<QString, QJsonValue> slotValues;
    QString title;
    int source = -1;
};

struct Block
{
    int input = -1;
    QString sortKey;
    bool rule = false;
    QString name;
    QList<Checkpoint> starts;
    QList<Checkpoint> ends;
    std::vector<std::vector<int>> items; // alternatives per item (event table ids)
};

using TrackerList = std::vector<Tracker>;

} // namespace

struct StoryExpander::Private
{
    Private(GraphStrings &strings, const ExpansionOptions &options);

    int addEvent(const Event &event, int index);
    Block compile(const StoryStep &step, int input);
    std::vector<int> order(const std::vector<int> &ids) const;
    Status generate(const std::vector<int> &order, TrackerList &finished);
    Status process(const Block &block, const TrackerList &incoming, TrackerList &out,
                   TrackerList &ended);
    void append(Tracker &tracker, int event) const;
    static bool isRevert(EventType type);
    bool isListen(int event) const;
    TrackerList filter(const TrackerList &trackers, const Checkpoint &start) const;
    Status checkLimit(qsizetype paths) const;
    GraphSequence toSequence(const Tracker &tracker, SequenceKind kind) const;

    GraphStrings &strings;
    ExpansionOptions options;
    std::vector<ExpEvent> events;
    std::vector<Block> blocks;
    int listen = -1;
    int snippet = -1;
    bool trackSlots = false;
    QSet<QString> unused;
};

StoryExpander::Private::Private(GraphStrings &s, const ExpansionOptions &o) : strings(s), options(o)
{
    listen = addEvent(Event::actionListen(), -1);
    snippet = addEvent(Event::action(u"..."_s), -1);
}

int StoryExpander::Private::addEvent(const Event &event, int index)
{
    ExpEvent e;
    e.step = GraphSequences::stepFromEvent(event, index, strings);
    e.type = event.type();
    quint64 content = quint64(e.type);
    if (e.type == EventType::User) {
        content = mix(content ^ quint64(quint32(e.step.name >= 0 ? e.step.name : e.step.text)));
    } else if (e.type == EventType::Action) {
        content =
            mix(content ^ quint64(quint32(e.step.name)) ^ (quint64(quint32(e.step.text)) << 32));
    } else if (e.type == EventType::Slot) {
        e.slot = event.name();
        e.value = event.slotValue();
        content = mix(content ^ qHash(e.slot))
            ^ qHash(QJsonDocument(QJsonObject{{u"v"_s, e.value}}).toJson());
    } else {
        content = mix(content ^ qHash(QJsonDocument(event.toJson()).toJson()));
    }
    e.hash = mix(content);
    events.push_back(std::move(e));
    return int(events.size()) - 1;
}

Block StoryExpander::Private::compile(const StoryStep &step, int input)
{
    Block block;
    block.input = input;
    // Rasa orders blocks by "<creation counter>_<uuid>" as a string.
    block.sortKey = QString::number(input + 1) + u'_';
    block.rule = step.kind == StoryStep::Kind::Rule;
    block.name = step.name;
    block.starts = step.startCheckpoints;
    if (block.starts.isEmpty())
        block.starts.append(Checkpoint{StoryStart, {}});
    block.ends = step.endCheckpoints;
    for (const Checkpoint &checkpoint : std::as_const(block.starts))
        trackSlots = trackSlots || !checkpoint.slotConditions.isEmpty();
    if (block.rule) {
        for (const Event &condition : step.conditions)
            block.items.push_back({addEvent(condition, -1)});
        if (!step.conversationStart)
            block.items.push_back({snippet});
    }
    for (int i = 0; i < step.items.size(); ++i) {
        std::vector<int> alternatives;
        for (const Event &event : step.items.at(i).alternatives)
            alternatives.push_back(addEvent(event, i));
        if (!alternatives.empty())
            block.items.push_back(std::move(alternatives));
    }
    if (block.rule && !step.waitForUserInput)
        block.items.push_back({snippet});
    return block;
}

std::vector<int> StoryExpander::Private::order(const std::vector<int> &ids) const
{
    // Rasa's StoryGraph.topological_sort: depth-first from the largest
    // unprocessed id (string order), children in string order, prepend on
    // finish; edges back into the current path are dropped.
    QHash<QString, QList<int>> byStart;
    for (int id : ids) {
        for (const Checkpoint &start : blocks[size_t(id)].starts)
            byStart[start.name].append(id);
    }
    const auto keyLess = [this](int a, int b) {
        return blocks[size_t(a)].sortKey < blocks[size_t(b)].sortKey;
    };
    QHash<int, std::vector<int>> children;
    for (int id : ids) {
        std::vector<int> next;
        for (const Checkpoint &end : blocks[size_t(id)].ends)
            for (int child : byStart.value(end.name))
                next.push_back(child);
        std::sort(next.begin(), next.end(), keyLess);
        next.erase(std::unique(next.begin(), next.end()), next.end());
        children.emplace(id, std::move(next));
    }
    std::vector<int> unprocessed = ids;
    std::sort(unprocessed.begin(), unprocessed.end(), keyLess);
    QHash<int, int> state; // 1 = on the path, 2 = done
    std::vector<int> ordered;
    while (!unprocessed.empty()) {
        std::vector<std::pair<int, size_t>> stack{{unprocessed.back(), 0}};
        unprocessed.pop_back();
        state.insert(stack.back().first, 1);
        while (!stack.empty()) {
            auto &[node, next] = stack.back();
            const std::vector<int> &kids = children[node];
            if (next < kids.size()) {
                const int child = kids[next++];
                if (state.contains(child))
                    continue;
                unprocessed.erase(std::find(unprocessed.begin(), unprocessed.end(), child));
                state.insert(child, 1);
                stack.emplace_back(child, 0);
                continue;
            }
            ordered.push_back(node);
            state.insert(node, 2);
            stack.pop_back();
        }
    }
    std::reverse(ordered.begin(), ordered.end());
    return ordered;
}

void StoryExpander::Private::append(Tracker &tracker, int event) const
{
    const ExpEvent &e = events[size_t(event)];
    tracker.events.push_back(event);
    tracker.hash = mix(tracker.hash * 31 + e.hash);
    if (!trackSlots)
        return;
    if (e.type == EventType::Slot)
        tracker.slotValues.insert(e.slot, e.value);
    else if (e.type == EventType::Restart || e.type == EventType::ResetSlots)
        tracker.slotValues.clear();
}

TrackerList StoryExpander::Private::filter(const TrackerList &trackers,
                                           const Checkpoint &start) const
{
    if (start.slotConditions.isEmpty())
        return trackers;
    TrackerList kept;
    for (const Tracker &tracker : trackers) {
        bool matches = true;
        for (auto it = start.slotConditions.begin(); it != start.slotConditions.end(); ++it)
            matches = matches && tracker.slotValues.value(it.key()) == it.value();
        if (matches)
            kept.push_back(tracker);
    }
    return kept;
}

Status StoryExpander::Private::checkLimit(qsizetype paths) const
{
    if (paths <= options.maxPaths)
        return {};
    return makeError(QCoreApplication::translate(
                         "Coach::StoryExpander",
                         "Your stories and rules expand into more than %1 paths (checkpoints and "
                         "OR steps multiply them), too many to draw. Simplify the checkpoints or "
                         "draw fewer files.")
                         .arg(options.maxPaths));
}

bool StoryExpander::Private::isRevert(EventType type)
{
    return type == EventType::Restart || type == EventType::Undo || type == EventType::Rewind;
}

bool StoryExpander::Private::isListen(int event) const
{
    return events[size_t(event)].type == EventType::Action
        && events[size_t(event)].step.name == events[size_t(listen)].step.name;
}

Status StoryExpander::Private::process(const Block &block, const TrackerList &incoming,
                                       TrackerList &out, TrackerList &ended)
{
    // Rasa's explicit_events: action_listen before a user message unless the
    // block's previous event is one, and at the end of blocks without end
    // checkpoints. A block without any event lets nothing through.
    if (block.items.empty() && !block.ends.isEmpty())
        return {};
    out = incoming;
    for (Tracker &tracker : out) {
        if (tracker.title.isEmpty())
            tracker.title = block.name;
        else if (!tracker.title.split(u" > "_s).contains(block.name))
            tracker.title += u" > "_s + block.name;
        if (tracker.source < 0)
            tracker.source = block.input;
    }
    bool lastIsListen = false;
    for (const std::vector<int> &item : block.items) {
        if (item.size() == 1 && !isRevert(events[size_t(item.front())].type)) {
            // One event for every path: appended in place, no copies.
            const bool user = events[size_t(item.front())].type == EventType::User;
            for (Tracker &tracker : out) {
                if (user && !lastIsListen)
                    append(tracker, listen);
                append(tracker, item.front());
            }
            lastIsListen = isListen(item.front());
            continue;
        }
        TrackerList next;
        next.reserve(out.size() * item.size());
        for (int alternative : item) {
            const ExpEvent &e = events[size_t(alternative)];
            const bool revert = isRevert(e.type);
            for (const Tracker &tracker : out) {
                if (revert)
                    ended.push_back(tracker);
                Tracker copy = tracker;
                if (e.type == EventType::User && !lastIsListen)
                    append(copy, listen);
                append(copy, alternative);
                next.push_back(std::move(copy));
            }
        }
        out.swap(next);
        if (Status limit = checkLimit(out.size()); !limit)
            return limit;
        lastIsListen = isListen(item.back());
    }
    if (block.ends.isEmpty() && !lastIsListen) {
        for (Tracker &tracker : out)
            append(tracker, listen);
    }
    return {};
}

Status StoryExpander::Private::generate(const std::vector<int> &ordered, TrackerList &finished)
{
    // Rasa's TrainingDataGenerator._generate with augmentation off: phases
    // over all blocks until the set of unused checkpoints stops changing.
    QHash<QString, TrackerList> active;
    active[StoryStart].push_back(Tracker{});
    QSet<QString> used, previousUnused;
    QSet<quint64> endHashes;
    TrackerList storyEnds;
    const auto count = [&active] {
        qsizetype n = 0;
        for (const TrackerList &list : std::as_const(active))
            n += qsizetype(list.size());
        return n;
    };
    for (bool reached = false; !reached;) {
        if (count() == 0)
            break;
        QSet<QString> phaseUnused;
        for (int id : ordered) {
            const Block &block = blocks[size_t(id)];
            TrackerList incoming;
            for (const Checkpoint &start : block.starts) {
                const TrackerList &waiting = active[start.name];
                if (!waiting.empty()) {
                    const TrackerList passing = filter(waiting, start);
                    incoming.insert(incoming.end(), passing.begin(), passing.end());
                    used.insert(start.name);
                } else if (!used.contains(start.name)) {
                    phaseUnused.insert(start.name);
                }
            }
            if (incoming.empty())
                continue;
            QSet<quint64> seen;
            std::erase_if(incoming, [&seen](const Tracker &t) {
                const bool duplicate = seen.contains(t.hash);
                seen.insert(t.hash);
                return duplicate;
            });
            TrackerList out;
            if (Status status = process(block, incoming, out, finished); !status)
                return status;
            for (const Checkpoint &end : block.ends) {
                TrackerList &target = active[end.name];
                target.insert(target.end(), out.begin(), out.end());
                if (used.contains(end.name))
                    phaseUnused.insert(end.name);
            }
            if (block.ends.isEmpty()) {
                for (Tracker &tracker : out) {
                    if (!endHashes.contains(tracker.hash)) {
                        endHashes.insert(tracker.hash);
                        storyEnds.push_back(std::move(tracker));
                    }
                }
            }
            if (Status limit = checkLimit(count() + qsizetype(finished.size() + storyEnds.size()));
                !limit)
                return limit;
        }
        for (auto it = active.cbegin(); it != active.cend(); ++it) {
            if (!used.contains(it.key()))
                phaseUnused.insert(it.key());
        }
        QHash<QString, TrackerList> next;
        for (const QString &name : std::as_const(phaseUnused)) {
            if (name != StoryStart)
                next.insert(name, active.value(name));
        }
        active.swap(next);
        reached = phaseUnused == previousUnused || count() == 0;
        previousUnused = phaseUnused;
        if (reached) {
            previousUnused -= used;
            for (const QString &name : std::as_const(previousUnused)) {
                const TrackerList &left = active[name];
                finished.insert(finished.end(), left.begin(), left.end());
                unused.insert(name);
            }
        }
    }
    finished.insert(finished.end(), storyEnds.begin(), storyEnds.end());
    return {};
}

GraphSequence StoryExpander::Private::toSequence(const Tracker &tracker, SequenceKind kind) const
{
    GraphSequence sequence;
    sequence.kind = kind;
    sequence.source = tracker.source;
    sequence.title = tracker.title;
    size_t first = 0;
    if (options.trackerLimit > 0 && tracker.events.size() > size_t(options.trackerLimit))
        first = tracker.events.size() - size_t(options.trackerLimit);
    sequence.steps.reserve(qsizetype(tracker.events.size() - first));
    for (size_t i = first; i < tracker.events.size(); ++i)
        sequence.steps.append(events[size_t(tracker.events[i])].step);
    return sequence;
}

StoryExpander::StoryExpander(GraphStrings &strings, ExpansionOptions options)
    : m_strings(strings), m_options(options)
{ }

Result<ExpandedStories> StoryExpander::expand(const StorySteps &steps)
{
    Private run(m_strings, m_options);
    std::vector<int> stories, rules;
    for (int i = 0; i < steps.size(); ++i) {
        run.blocks.push_back(run.compile(steps.at(i), i));
        (run.blocks.back().rule ? rules : stories).push_back(i);
    }
    ExpandedStories result;
    TrackerList finished;
    if (Status status = run.generate(run.order(stories), finished); !status)
        return status.error();
    for (const Tracker &tracker : finished)
        result.sequences.append(run.toSequence(tracker, SequenceKind::Story));
    result.storyPaths = int(finished.size());
    if (m_options.includeRules && !rules.empty()) {
        finished.clear();
        if (Status status = run.generate(run.order(rules), finished); !status)
            return status.error();
        for (const Tracker &tracker : finished)
            result.sequences.append(run.toSequence(tracker, SequenceKind::Rule));
        result.rulePaths = int(finished.size());
    }
    result.unusedCheckpoints = QStringList(run.unused.begin(), run.unused.end());
    result.unusedCheckpoints.sort();
    return result;
}

} // namespace Coach
