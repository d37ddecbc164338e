#pragma once

#include "rasarequest.h"

#include "model/tracker.h"

namespace Coach {

//! Base of the requests whose answer is a tracker (GET tracker, POST
//! messages, POST/PUT tracker/events). Adds `include_events` to the query
//! and reads the answer into a TrackerSnapshot; the events list must be
//! there unless the verbosity is None.
class TrackerResultRequest : public RasaRequest
{
    Q_OBJECT

public:
    EventVerbosity verbosity() const { return m_verbosity; }
    const TrackerSnapshot &tracker() const { return m_tracker; }

    //! Reads a tracker object the way every endpoint needs it (also used
    //! for the `tracker` key of predict and execute answers): an object with
    //! a `sender_id`, and an events list when `requireEvents`.
    static Status readTracker(const QJsonValue &value, bool requireEvents,
                              TrackerSnapshot *tracker);

protected:
    TrackerResultRequest(Method method, QString pathTemplate, const QString &conversationId,
                         EventVerbosity verbosity, QObject *parent);

    Status parse(const QJsonDocument &document) override;

private:
    EventVerbosity m_verbosity;
    TrackerSnapshot m_tracker;
};

} // namespace Coach
