#include "replaytypes.h"

#include <algorithm>

namespace Coach {

bool sameEntityAnnotations(const QList<Entity> &a, const QList<Entity> &b)
{
    if (a.size() != b.size())
        return false;
    QList<Entity> unmatched = b;
    for (const Entity &entity : a) {
        const auto found =
            std::find_if(unmatched.begin(), unmatched.end(),
                         [&](const Entity &other) { return entity.sameAnnotation(other); });
        if (found == unmatched.end())
            return false;
        unmatched.erase(found);
    }
    return true;
}

QStringList ReplayTurn::expectedActions() const
{
    QStringList names;
    names.reserve(actions.size());
    for (const ReplayAction &action : actions)
        names.append(action.expected);
    return names;
}

QStringList ReplayTurn::predictedActions() const
{
    QStringList names;
    names.reserve(actions.size());
    for (const ReplayAction &action : actions) {
        if (action.replayed)
            names.append(action.predicted);
    }
    return names;
}

bool ReplayTurn::entitiesAgree() const
{
    return !parsed || sameEntityAnnotations(expectedEntities(), predictedEntities());
}

bool ReplayTurn::actionsAgree() const
{
    return std::all_of(actions.cbegin(), actions.cend(), [](const ReplayAction &action) {
        return action.replayed && action.agrees();
    });
}

bool ReplayTurn::agrees() const
{
    return replayed && intentAgrees() && entitiesAgree() && actionsAgree();
}

ReplaySummary ReplaySummary::of(const QList<ReplaySession> &sessions)
{
    ReplaySummary summary;
    summary.sessions = int(sessions.size());
    for (const ReplaySession &session : sessions) {
        summary.conversations += int(session.parts.size());
        for (const ReplayPart &part : session.parts) {
            summary.turns += int(part.turns.size());
            summary.differing +=
                int(std::count_if(part.turns.cbegin(), part.turns.cend(),
                                  [](const ReplayTurn &turn) { return !turn.agrees(); }));
        }
    }
    return summary;
}

} // namespace Coach
