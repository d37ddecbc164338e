#include "appendeventsrequest.h"

using namespace Qt::StringLiterals;

namespace Coach {

namespace {
const QString EventsPath = u"/conversations/{id}/tracker/events"_s;
}

AppendEventsRequest::AppendEventsRequest(const QString &conversationId, const Event &event,
                                         EventVerbosity verbosity, bool executeSideEffects,
                                         QObject *parent)
    : TrackerResultRequest(Method::Post, EventsPath, conversationId, verbosity, parent)
    , m_executeSideEffects(executeSideEffects)
{
    setJsonBody(event.toJson());
    addSideEffectsFlag();
}

AppendEventsRequest::AppendEventsRequest(const QString &conversationId, const EventList &events,
                                         EventVerbosity verbosity, bool executeSideEffects,
                                         QObject *parent)
    : TrackerResultRequest(Method::Post, EventsPath, conversationId, verbosity, parent)
    , m_executeSideEffects(executeSideEffects)
{
    setJsonBody(Event::listToJson(events));
    addSideEffectsFlag();
}

void AppendEventsRequest::addSideEffectsFlag()
{
    // The server's default is false, and older 2.x servers do not know the
    // parameter: only send it when it changes something.
    if (m_executeSideEffects)
        addQueryItem(u"execute_side_effects"_s, u"true"_s);
}

} // namespace Coach
