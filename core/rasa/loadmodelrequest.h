#pragma once

#include "rasarequest.h"

namespace Coach {

//! PUT /model (auth) `{"model_file": path}`: the server loads another model
//! from a path it can read and answers 204 once it is loaded. Both 2.8 and
//! 3.6 build a new agent with a new tracker store from the server's
//! endpoints, so an in-memory store starts empty: the session rebuilds its
//! conversation on the next connect (see docs/engine.md, resume case 3).
class LoadModelRequest final : public RasaRequest
{
    Q_OBJECT

public:
    explicit LoadModelRequest(const QString &modelFile, QObject *parent = nullptr);

protected:
    Result<void, ApiError> readBody(const QByteArray &body, const QByteArray &contentType) override;
    Status parse(const QJsonDocument &document) override;
};

} // namespace Coach
