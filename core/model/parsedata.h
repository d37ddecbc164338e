#pragma once

#include "entity.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Coach {

//! One entry of an intent ranking.
struct IntentScore
{
    QString name;
    double confidence = 0.0;
    QJsonObject json; //!< the entry as the server sent it (keeps "id" etc.)
};

//! NLU result of a user message (`parse_data`, `latest_message`; spec §3.3).
//! Wraps the JSON object so that keys this class does not know survive.
class ParseData
{
public:
    ParseData() = default;
    explicit ParseData(QJsonObject json) : m_json(std::move(json)) { }

    //! Parse data as the interactive client posts it after a correction:
    //! intent with confidence 1.0, the entities and the original text.
    static ParseData corrected(const QString &text, const QString &intent,
                               const QList<Entity> &entities);

    QJsonObject toJson() const { return m_json; }
    bool isEmpty() const { return m_json.isEmpty(); }

    QString text() const;
    QJsonObject intent() const;
    QString intentName() const;
    std::optional<double> intentConfidence() const;
    //! `faq/ask_name` for retrieval intents (from the intent's
    //! `full_retrieval_intent_name`, Rasa 3, or the response selector's
    //! prediction, Rasa 2), else the intent name.
    QString fullIntentName() const;
    //! `response_selector`: the ResponseSelector's predictions.
    QJsonObject responseSelector() const;
    QList<IntentScore> intentRanking() const;
    QList<Entity> entities() const;
    QString messageId() const;

    void setText(const QString &text);
    //! A retrieval intent `faq/ask_name` is set as Rasa sets it: name
    //! `faq`, `full_retrieval_intent_name` `faq/ask_name`.
    void setIntent(const QString &name, double confidence);
    void setIntent(const QJsonObject &intent);
    void setEntities(const QList<Entity> &entities);
    void setIntentRanking(const QList<IntentScore> &ranking);
    //! An empty selector removes the key.
    void setResponseSelector(const QJsonObject &selector);

    bool operator==(const ParseData &other) const { return m_json == other.m_json; }

private:
    QJsonObject m_json;
};

} // namespace Coach
