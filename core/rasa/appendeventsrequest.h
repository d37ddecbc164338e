#pragma once

#include "trackerresultrequest.h"

#include "model/event.h"

namespace Coach {

//! POST /conversations/{id}/tracker/events (auth): appends one event (sent
//! as an object) or several (sent as an array, applied in order). How undo,
//! rewind, restart, fork and NLU corrections reach the server (spec §3.5).
class AppendEventsRequest final : public TrackerResultRequest
{
    Q_OBJECT

public:
    AppendEventsRequest(const QString &conversationId, const Event &event,
                        EventVerbosity verbosity = EventVerbosity::AfterRestart,
                        bool executeSideEffects = false, QObject *parent = nullptr);
    AppendEventsRequest(const QString &conversationId, const EventList &events,
                        EventVerbosity verbosity = EventVerbosity::AfterRestart,
                        bool executeSideEffects = false, QObject *parent = nullptr);

    //! `execute_side_effects=true`: posted bot events go to the output
    //! channel and reminders are scheduled (interactive never does this).
    bool executesSideEffects() const { return m_executeSideEffects; }

private:
    void addSideEffectsFlag();

    bool m_executeSideEffects = false;
};

} // namespace Coach
