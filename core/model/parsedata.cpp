#include "parsedata.h"

#include "jsonutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coach {

ParseData ParseData::corrected(const QString &text, const QString &intent,
                               const QList<Entity> &entities)
{
    ParseData data;
    data.setIntent(intent, 1.0);
    data.setEntities(entities);
    data.setText(text);
    return data;
}

QString ParseData::text() const
{
    return Json::string(m_json, "text"_L1);
}

QJsonObject ParseData::intent() const
{
    return Json::object(m_json, "intent"_L1);
}

QString ParseData::intentName() const
{
    return Json::string(intent(), "name"_L1);
}

std::optional<double> ParseData::intentConfidence() const
{
    return Json::number(intent(), "confidence"_L1);
}

QString ParseData::fullIntentName() const
{
    QString full = Json::string(intent(), "full_retrieval_intent_name"_L1);
    if (!full.isEmpty())
        return full;
    // Rasa 2.x names the response key only in the response selector's
    // prediction (`response_selector.<intent>.response.intent_response_key`).
    const QString name = intentName();
    const QJsonObject selector = responseSelector();
    const QJsonObject selected =
        selector.value(selector.contains(name) ? name : u"default"_s).toObject();
    const QString key =
        Json::string(Json::object(selected, "response"_L1), "intent_response_key"_L1);
    return !name.isEmpty() && key.startsWith(name + u'/') ? key : name;
}

QJsonObject ParseData::responseSelector() const
{
    return Json::object(m_json, "response_selector"_L1);
}

void ParseData::setResponseSelector(const QJsonObject &selector)
{
    if (selector.isEmpty())
        m_json.remove("response_selector"_L1);
    else
        m_json.insert("response_selector"_L1, selector);
}

QList<IntentScore> ParseData::intentRanking() const
{
    QList<IntentScore> ranking;
    const QJsonArray array = Json::array(m_json, "intent_ranking"_L1);
    for (const QJsonValue item : array) {
        const QJsonObject entry = item.toObject();
        const QString name = Json::string(entry, "name"_L1);
        if (name.isEmpty())
            continue;
        ranking.append({name, Json::number(entry, "confidence"_L1).value_or(0.0), entry});
    }
    return ranking;
}

QList<Entity> ParseData::entities() const
{
    return entitiesFromJson(m_json.value("entities"_L1));
}

QString ParseData::messageId() const
{
    return Json::string(m_json, "message_id"_L1);
}

void ParseData::setText(const QString &text)
{
    m_json.insert("text"_L1, text);
}

void ParseData::setIntent(const QString &name, double confidence)
{
    QJsonObject intent;
    const qsizetype slash = name.indexOf(u'/');
    intent.insert("name"_L1, slash < 0 ? name : name.left(slash));
    if (slash >= 0)
        intent.insert("full_retrieval_intent_name"_L1, name);
    intent.insert("confidence"_L1, confidence);
    m_json.insert("intent"_L1, intent);
}

void ParseData::setIntent(const QJsonObject &intent)
{
    m_json.insert("intent"_L1, intent);
}

void ParseData::setEntities(const QList<Entity> &entities)
{
    m_json.insert("entities"_L1, entitiesToJson(entities));
}

void ParseData::setIntentRanking(const QList<IntentScore> &ranking)
{
    QJsonArray array;
    for (const IntentScore &score : ranking) {
        QJsonObject entry = score.json;
        entry.insert("name"_L1, score.name);
        entry.insert("confidence"_L1, score.confidence);
        array.append(entry);
    }
    m_json.insert("intent_ranking"_L1, array);
}

} // namespace Coach
