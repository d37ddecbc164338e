#include "conflictindex.h"

#include "statetable.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

QStringList StoryConflict::Action::stories() const
{
    QStringList names;
    for (const Occurrence &occurrence : occurrences)
        names.append(occurrence.story);
    return names;
}

QString StoryConflict::stateText() const
{
    return u"%1 '%2'"_s.arg(eventType, eventName);
}

QString StoryConflict::rasaMessage() const
{
    // Rasa's StoryConflict.__str__ and _summarize_conflicting_actions.
    QString message = u"Story structure conflict after %1:\n"_s.arg(stateText());
    for (const Action &action : actions) {
        const QStringList names = action.stories();
        QString where;
        if (names.size() > 3)
            where = u"'%1', '%2', and %3 other trackers"_s.arg(names.at(0), names.at(1))
                        .arg(names.size() - 2);
        else if (names.size() == 3)
            where = u"'%1', '%2', and '%3'"_s.arg(names.at(0), names.at(1), names.at(2));
        else if (names.size() == 2)
            where = u"'%1' and '%2'"_s.arg(names.at(0), names.at(1));
        else
            where = u"'%1'"_s.arg(names.value(0));
        message += u"  %1 predicted in %2\n"_s.arg(action.name, where);
    }
    return message;
}

bool StoryConflict::involves(int tracker) const
{
    return std::any_of(actions.cbegin(), actions.cend(), [tracker](const Action &action) {
        return std::any_of(action.occurrences.cbegin(), action.occurrences.cend(),
                           [tracker](const Occurrence &o) { return o.tracker == tracker; });
    });
}

ConflictIndex::ConflictIndex(const StateTable &table, std::optional<int> maxHistory)
    : m_table(table), m_maxHistory(maxHistory)
{ }

std::pair<int, int> ConflictIndex::window(int position) const
{
    // The states before action `position` are states[0..position].
    const int first = m_maxHistory ? std::max(0, position + 1 - *m_maxHistory) : 0;
    return {first, position + 1};
}

bool ConflictIndex::sameHistory(const Slice &slice, const ConflictTracker &tracker,
                                int position) const
{
    const auto [first, end] = window(position);
    const auto [otherFirst, otherEnd] = window(slice.position);
    if (end - first != otherEnd - otherFirst)
        return false;
    const QVector<qint32> &states = m_trackers[size_t(slice.tracker)]->states;
    return std::equal(tracker.states.cbegin() + first, tracker.states.cbegin() + end,
                      states.cbegin() + otherFirst);
}

int ConflictIndex::sliceFor(int handle, int position, size_t hash)
{
    const ConflictTracker &tracker = *m_trackers[size_t(handle)];
    QVarLengthArray<int, 1> &candidates = m_sliceIds[hash];
    for (int id : candidates) {
        if (sameHistory(m_slices[size_t(id)], tracker, position))
            return id;
    }
    m_slices.push_back(Slice{handle, position, hash, {}});
    candidates.append(int(m_slices.size()) - 1);
    return int(m_slices.size()) - 1;
}

int ConflictIndex::add(ConflictTracker tracker)
{
    const int handle = int(m_trackers.size());
    m_trackers.emplace_back(std::move(tracker));
    const ConflictTracker &stored = *m_trackers.back();
    QVector<int> slices(stored.actions.size());
    size_t prefix = 0;
    for (int position = 0; position < stored.actions.size(); ++position) {
        size_t hash = 0;
        if (m_maxHistory) {
            const auto [first, end] = window(position);
            hash = qHashRange(stored.states.cbegin() + first, stored.states.cbegin() + end);
        } else {
            prefix = qHashMulti(prefix, stored.states.at(position));
            hash = prefix;
        }
        const int slice = sliceFor(handle, position, hash);
        m_slices[size_t(slice)].occurrences.append({handle, position, stored.actions.at(position)});
        slices[position] = slice;
    }
    m_trackerSlices.push_back(std::move(slices));
    ++m_trackerCount;
    return handle;
}

bool ConflictIndex::contains(int handle) const
{
    return handle >= 0 && size_t(handle) < m_trackers.size() && m_trackers[size_t(handle)];
}

void ConflictIndex::remove(int handle)
{
    if (!contains(handle))
        return;
    for (int id : std::as_const(m_trackerSlices[size_t(handle)])) {
        Slice &slice = m_slices[size_t(id)];
        slice.occurrences.removeIf([handle](const Occurrence &o) { return o.tracker == handle; });
        if (!slice.occurrences.isEmpty()) {
            slice.tracker = slice.occurrences.first().tracker;
            slice.position = slice.occurrences.first().position;
            continue;
        }
        // An emptied slice keeps its id but leaves the lookup: it has no
        // tracker left to compare histories with.
        const auto bucket = m_sliceIds.find(slice.hash);
        if (bucket != m_sliceIds.end()) {
            bucket->removeIf([id](int other) { return other == id; });
            if (bucket->isEmpty())
                m_sliceIds.erase(bucket);
        }
    }
    m_trackers[size_t(handle)].reset();
    m_trackerSlices[size_t(handle)].clear();
    --m_trackerCount;
}

bool ConflictIndex::isConflict(const Slice &slice) const
{
    if (slice.occurrences.isEmpty())
        return false;
    const qint32 first = slice.occurrences.first().action;
    const bool conflict = std::any_of(
        slice.occurrences.cbegin(), slice.occurrences.cend(), [this, first](const Occurrence &o) {
            return o.action != first || o.action == m_table.actionUnlikelyIntent();
        });
    if (!conflict)
        return false;
    const qint32 state = m_trackers[size_t(slice.tracker)]->states.at(slice.position);
    return !m_table.previousEvent(state).first.isEmpty();
}

StoryConflict ConflictIndex::describe(int id) const
{
    const Slice &slice = m_slices[size_t(id)];
    StoryConflict conflict;
    conflict.slice = id;
    conflict.state = m_trackers[size_t(slice.tracker)]->states.at(slice.position);
    std::tie(conflict.eventType, conflict.eventName) = m_table.previousEvent(conflict.state);
    QList<qint32> order;
    for (const Occurrence &occurrence : slice.occurrences) {
        qsizetype index = order.indexOf(occurrence.action);
        if (index < 0) {
            index = order.size();
            order.append(occurrence.action);
            conflict.actions.append({m_table.actionLabel(occurrence.action), {}});
        }
        conflict.actions[index].occurrences.append({occurrence.tracker, occurrence.position,
                                                    m_trackers[size_t(occurrence.tracker)]->name});
    }
    return conflict;
}

QList<StoryConflict> ConflictIndex::conflicts() const
{
    QList<StoryConflict> found;
    for (int id = 0; id < int(m_slices.size()); ++id) {
        if (isConflict(m_slices[size_t(id)]))
            found.append(describe(id));
    }
    return found;
}

QList<StoryConflict> ConflictIndex::conflictsOf(const QList<int> &handles) const
{
    QList<int> ids;
    for (int handle : handles) {
        if (contains(handle))
            ids += m_trackerSlices[size_t(handle)];
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QList<StoryConflict> found;
    for (int id : std::as_const(ids)) {
        if (isConflict(m_slices[size_t(id)]))
            found.append(describe(id));
    }
    return found;
}

std::optional<StoryConflict> ConflictIndex::conflictAt(int handle, int position) const
{
    if (!contains(handle) || position < 0 || position >= m_trackerSlices[size_t(handle)].size())
        return std::nullopt;
    const int id = m_trackerSlices[size_t(handle)].at(position);
    if (!isConflict(m_slices[size_t(id)]))
        return std::nullopt;
    return describe(id);
}

} // namespace Coach
