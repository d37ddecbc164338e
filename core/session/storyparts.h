#pragma once

#include "model/event.h"

#include <QList>
#include <QString>

namespace Coach {

//! One story of a conversation: the events between two restarts (spec
//! §5.11–5.12). A fork posts a restart followed by a copy of the events
//! before the chosen message, so a part that starts with the previous
//! part's first events (same timestamps) was forked from it.
struct StoryOutline
{
    enum class Origin { Start, Restart, Fork };

    int number = 1; //!< 1-based, in the order of the conversation
    int firstEvent = 0; //!< index of the part's first event (after its restart)
    int endEvent = 0; //!< one past its last event
    Origin origin = Origin::Start;
    int forkedFrom = -1; //!< Fork: the index (0-based) of the part it copies
    QString forkedBefore; //!< Fork: the message it was forked before (empty: at the end)
    int userMessages = 0; //!< applied user messages
    QString firstMessage; //!< the first applied user message's text
};

namespace StoryParts {

//! The stories of a conversation, in order; a conversation without events
//! has one empty part.
QList<StoryOutline> of(const EventList &events);

} // namespace StoryParts

} // namespace Coach
