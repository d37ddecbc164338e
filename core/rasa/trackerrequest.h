#pragma once

#include "trackerresultrequest.h"

#include <optional>

namespace Coach {

//! GET /conversations/{id}/tracker?include_events=…[&until=…] (auth).
//! For a conversation without events the server answers with a fresh
//! session (not stored).
class TrackerRequest final : public TrackerResultRequest
{
    Q_OBJECT

public:
    //! `until` (epoch seconds) replays only events up to that time.
    explicit TrackerRequest(const QString &conversationId,
                            EventVerbosity verbosity = EventVerbosity::AfterRestart,
                            std::optional<double> until = std::nullopt, QObject *parent = nullptr);

    std::optional<double> until() const { return m_until; }

private:
    std::optional<double> m_until;
};

} // namespace Coach
