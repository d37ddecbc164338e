#pragma once

#include "trackerresultrequest.h"

#include "model/parsedata.h"

#include <optional>

namespace Coach {

//! POST /conversations/{id}/messages (auth) with
//! `{"sender": "user", "text": …, "parse_data": null}`: the server runs NLU
//! (unless parse data is given) and appends the user event; it predicts
//! nothing. Answers the tracker.
class SendMessageRequest final : public TrackerResultRequest
{
    Q_OBJECT

public:
    explicit SendMessageRequest(const QString &conversationId, const QString &text,
                                std::optional<ParseData> parseData = std::nullopt,
                                EventVerbosity verbosity = EventVerbosity::AfterRestart,
                                QObject *parent = nullptr);

    QString text() const { return m_text; }

private:
    QString m_text;
};

} // namespace Coach
