#pragma once

#include "replaytypes.h"

namespace Coach {

//! One thing the model answered differently in a turn.
struct ReplayDifference
{
    enum class Kind { Intent, Entities, Action };

    Kind kind = Kind::Intent;
    int action = -1; //!< index into ReplayTurn::actions (Kind::Action)

    bool operator==(const ReplayDifference &other) const = default;
};

//! The annotator's choices after a replay: "accept the model's answer"
//! rewrites the annotated event (SessionDocument::editEvent), "keep mine"
//! changes nothing. Pure functions over a replayed turn.
class ReplayAnswers
{
public:
    static QList<ReplayDifference> differences(const ReplayTurn &turn);
    //! The session event a difference is about (the user event or the
    //! action event); -1 when the replay could not tell.
    static int eventIndex(const ReplayTurn &turn, const ReplayDifference &difference);
    //! `current` (the event as the document has it now) with the model's
    //! answer for `difference`: the predicted intent (with its confidence
    //! and ranking), the predicted entities, or the predicted action.
    static Event accepted(const Event &current, const ReplayTurn &turn,
                          const ReplayDifference &difference);
    //! Whether `current` already says what the model answered.
    static bool isAccepted(const Event &current, const ReplayTurn &turn,
                           const ReplayDifference &difference);
};

} // namespace Coach
