#pragma once

#include "rasarequest.h"

#include "model/parsedata.h"

namespace Coach {

//! POST /model/parse (auth) with `{"text": …}`: what the loaded NLU model
//! makes of a text (intent, ranking, entities), without touching any
//! conversation. The answer is parse data as in a user event (spec §3.3).
class ParseRequest final : public RasaRequest
{
    Q_OBJECT

public:
    explicit ParseRequest(const QString &text, QObject *parent = nullptr);

    QString text() const { return m_text; }
    const ParseData &parseData() const { return m_parseData; }

protected:
    Status parse(const QJsonDocument &document) override;

private:
    QString m_text;
    ParseData m_parseData;
};

} // namespace Coach
