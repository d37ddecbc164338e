#pragma once

#include "rasarequest.h"

#include "model/domain.h"

namespace Coach {

//! GET /domain (auth) with `Accept: application/json` (the server answers
//! 406 otherwise). Both the 2.x normalised and the 3.x raw shape are read.
class DomainRequest final : public RasaRequest
{
    Q_OBJECT

public:
    explicit DomainRequest(QObject *parent = nullptr);

    const Domain &domain() const { return m_domain; }

protected:
    Status parse(const QJsonDocument &document) override;

private:
    Domain m_domain;
};

} // namespace Coach
