#pragma once

#include "rasarequest.h"

#include <QJsonObject>

namespace Coach {

//! What GET /status reports about the loaded model (2.x and 3.x shapes).
struct ServerStatus
{
    QString modelFile; //!< path (2.x) or file name (3.x)
    QString modelId; //!< 3.x `model_id`
    QJsonObject fingerprint; //!< 2.x `fingerprint`
    int numActiveTrainingJobs = 0;
    QJsonObject json; //!< the whole answer

    //! A string that changes when another model is loaded: the 3.x model
    //! id, else a hash of the 2.x fingerprint, else the model file.
    QString modelIdentity() const;
};

//! GET /status (auth): the loaded model. Answers 409 while no model is
//! loaded (ApiError::isNoModelLoaded), which is how readiness is detected.
class StatusRequest final : public RasaRequest
{
    Q_OBJECT

public:
    explicit StatusRequest(QObject *parent = nullptr);

    ServerStatus result() const { return m_result; }
    QString modelFile() const { return m_result.modelFile; }
    QString modelIdentity() const { return m_result.modelIdentity(); }
    int numActiveTrainingJobs() const { return m_result.numActiveTrainingJobs; }

protected:
    Status parse(const QJsonDocument &document) override;

private:
    ServerStatus m_result;
};

} // namespace Coach
