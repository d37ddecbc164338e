#pragma once

#include "rasarequest.h"

#include "model/tracker.h"

#include <QList>

#include <optional>

namespace Coach {

//! One entry of a prediction: an action and its score.
struct ActionScore
{
    QString action;
    double score = 0.0;
    bool operator==(const ActionScore &other) const = default;
};

//! POST /conversations/{id}/predict (auth, no body): the next action's
//! scores without running it. On Rasa 3 the conversation must exist
//! (404, ApiError::isConversationNotFound). An answer without scores means
//! the model has no dialogue policies: that is an UnexpectedShape error
//! saying so, because interactive learning cannot continue (spec §2.3).
class PredictRequest final : public RasaRequest
{
    Q_OBJECT

public:
    //! Whether tracker() is read from the answer. A caller that only wants
    //! the scores (the replay) skips turning every event into an Event;
    //! the answer must still hold a tracker object.
    enum class TrackerReading { Full, None };

    explicit PredictRequest(const QString &conversationId,
                            TrackerReading reading = TrackerReading::Full,
                            QObject *parent = nullptr);

    //! Every action of the domain, in the server's order (best first).
    const QList<ActionScore> &scores() const { return m_scores; }
    //! The winning policy ("policy_2_TEDPolicy"); a null string when the
    //! server sent null. Opaque text: its format differs between versions.
    QString policy() const { return m_policy; }
    std::optional<double> confidence() const { return m_confidence; }
    //! Empty with TrackerReading::None.
    const TrackerSnapshot &tracker() const { return m_tracker; }

protected:
    Result<void, ApiError> readBody(const QByteArray &body, const QByteArray &contentType) override;
    Status parse(const QJsonDocument &document) override;

private:
    Status readScores(const QJsonValue &value);

    TrackerReading m_reading;
    QList<ActionScore> m_scores;
    QString m_policy;
    std::optional<double> m_confidence;
    TrackerSnapshot m_tracker;
};

} // namespace Coach
