#pragma once

#include "trackerresultrequest.h"

#include "model/event.h"

namespace Coach {

//! PUT /conversations/{id}/tracker/events (auth) with an array: replaces
//! the conversation. Only in-memory and Redis stores really drop events
//! (spec §2.3, §9 #9), so undo/fork/restart use AppendEventsRequest.
class ReplaceEventsRequest final : public TrackerResultRequest
{
    Q_OBJECT

public:
    explicit ReplaceEventsRequest(const QString &conversationId, const EventList &events,
                                  EventVerbosity verbosity = EventVerbosity::AfterRestart,
                                  QObject *parent = nullptr);
};

} // namespace Coach
