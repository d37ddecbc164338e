#pragma once

#include "replaytypes.h"

namespace Coach {

struct SessionData;

//! Works out what a replay checks: the parts of every conversation (split
//! as the export splits them, StoryBuilder::storyParts), their user turns,
//! and for each annotated action the state in which the annotator was
//! asked about it. Pure: no server, no side effects.
class ReplayPlanner
{
public:
    static ReplaySession session(const QString &file, const SessionData &data);
    //! `events`: every event of the conversation (include_events=ALL).
    static QList<ReplayPart> parts(int conversation, const QString &id, const EventList &events);
    //! The turns of one part's applied events; `eventIndices` maps each of
    //! them to its index in the conversation (-1 where unknown).
    static QList<ReplayTurn> turns(const EventList &part, const QList<int> &eventIndices);
};

} // namespace Coach
