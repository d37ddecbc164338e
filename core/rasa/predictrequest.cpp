#include "predictrequest.h"

#include "jsonmembercut.h"
#include "trackerresultrequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coach {

PredictRequest::PredictRequest(const QString &conversationId, TrackerReading reading,
                               QObject *parent)
    : RasaRequest(Method::Post, u"/conversations/{id}/predict"_s, conversationId, parent)
    , m_reading(reading)
{ }

Result<void, ApiError> PredictRequest::readBody(const QByteArray &body,
                                                const QByteArray &contentType)
{
    if (m_reading == TrackerReading::Full)
        return RasaRequest::readBody(body, contentType);
    // The tracker is most of the answer: checked by a scan, never built.
    // Text the scan refuses gets the full parse, which says what is wrong.
    const std::optional<QByteArray> light = JsonMemberCut::emptyObjects(body, "tracker"_L1);
    return RasaRequest::readBody(light.value_or(body), contentType);
}

Status PredictRequest::parse(const QJsonDocument &document)
{
    if (!document.isObject())
        return makeError(tr("the prediction is not a JSON object"));
    const QJsonObject json = document.object();
    if (Status scores = readScores(json.value("scores"_L1)); !scores)
        return scores;
    const QJsonValue policy = json.value("policy"_L1);
    if (!policy.isString() && !policy.isNull() && !policy.isUndefined())
        return makeError(tr("\"policy\" is neither text nor null"));
    m_policy = policy.isString() ? policy.toString() : QString();
    const QJsonValue confidence = json.value("confidence"_L1);
    m_confidence =
        confidence.isDouble() ? std::optional<double>(confidence.toDouble()) : std::nullopt;
    if (m_reading == TrackerReading::None) {
        if (!json.value("tracker"_L1).isObject())
            return makeError(tr("the prediction has no \"tracker\" object"));
        return {};
    }
    return TrackerResultRequest::readTracker(json.value("tracker"_L1), true, &m_tracker);
}

Status PredictRequest::readScores(const QJsonValue &value)
{
    if (!value.isArray() && !value.isNull() && !value.isUndefined())
        return makeError(tr("\"scores\" is not a list"));
    const QJsonArray scores = value.toArray();
    if (scores.isEmpty()) {
        return makeError(tr("the server predicted no action at all. Its model has no dialogue "
                            "policy (Rasa: “Cannot continue as no action was predicted by the "
                            "dialogue manager”). Add Core policies to config.yml and train the "
                            "model again."));
    }
    m_scores.clear();
    m_scores.reserve(scores.size());
    for (qsizetype i = 0; i < scores.size(); ++i) {
        const QJsonObject entry = scores.at(i).toObject();
        if (!entry.value("action"_L1).isString() || !entry.value("score"_L1).isDouble())
            return makeError(
                tr("scores entry %1 has no \"action\" text and \"score\" number").arg(i));
        m_scores.append({entry.value("action"_L1).toString(), entry.value("score"_L1).toDouble()});
    }
    return {};
}

} // namespace Coach
