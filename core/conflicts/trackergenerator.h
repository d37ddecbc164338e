#pragma once

#include "result.h"
#include "trackerbuilder.h"

#include "model/story.h"

#include <QList>

namespace Coach {

class StateDomain;
class StateTable;

//! Makes the trackers Rasa's `rasa data validate stories` checks: Rasa's
//! TrainingDataGenerator with augmentation off and without removing
//! duplicates on the way. Story blocks are joined at checkpoints (with their
//! slot conditions; names "a > b"), an OR step forks one tracker per
//! alternative (an OR as a story's last step drops the story, as Rasa's
//! clean-up of unused generated checkpoints does), `action_listen` is made
//! explicit before each user message and at story ends, entities fill
//! their slots, and story ends whose state sequences are identical are kept
//! once. Rules never count.
class TrackerGenerator
{
public:
    //! Above this many trackers the generation stops with an error instead
    //! of eating the machine (checkpoints and OR steps multiply paths).
    static constexpr int DefaultMaxTrackers = 250000;

    TrackerGenerator(const StateDomain &domain, StateTable &table,
                     int maxTrackers = DefaultMaxTrackers);

    //! The story trackers of `steps`, in the order they were finished.
    Result<QList<ConflictTracker>> storyTrackers(const StorySteps &steps) const;

    //! One tracker from one story step without checkpoints or OR steps (a
    //! conversation part as the export writes it). `finalListen` adds the
    //! `action_listen` Rasa adds at a story's end; a conversation still in
    //! progress has not ended yet.
    ConflictTracker linearTracker(const StoryStep &step, bool finalListen) const;

private:
    const StateDomain &m_domain;
    StateTable &m_table;
    int m_maxTrackers;
};

} // namespace Coach
