#pragma once

#include "rasarequest.h"

namespace Coach {

//! GET / — the unprotected health check; answers `Hello from Rasa: 3.6.2`
//! as plain text once the HTTP server runs (a model may not be loaded yet).
class HealthRequest final : public RasaRequest
{
    Q_OBJECT

public:
    explicit HealthRequest(QObject *parent = nullptr);

    //! The answer text, trimmed.
    QString text() const { return m_text; }
    //! The version from "Hello from Rasa: <version>", empty for other text.
    QString version() const;

protected:
    Result<void, ApiError> readBody(const QByteArray &body, const QByteArray &contentType) override;
    Status parse(const QJsonDocument &document) override;

private:
    QString m_text;
};

} // namespace Coach
