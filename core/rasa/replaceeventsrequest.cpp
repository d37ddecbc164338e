#include "replaceeventsrequest.h"

using namespace Qt::StringLiterals;

namespace Coach {

ReplaceEventsRequest::ReplaceEventsRequest(const QString &conversationId, const EventList &events,
                                           EventVerbosity verbosity, QObject *parent)
    : TrackerResultRequest(Method::Put, u"/conversations/{id}/tracker/events"_s, conversationId,
                           verbosity, parent)
{
    // Always an array: the server builds the tracker from a list.
    setJsonBody(Event::listToJson(events));
}

} // namespace Coach
