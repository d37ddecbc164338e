#include "statusrequest.h"

#include "model/jsonutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Coach {

QString ServerStatus::modelIdentity() const
{
    if (!modelId.isEmpty())
        return modelId;
    if (!fingerprint.isEmpty()) {
        // QJsonObject keeps keys sorted, so the text is stable.
        const QByteArray text = QJsonDocument(fingerprint).toJson(QJsonDocument::Compact);
        return QString::fromLatin1(
            QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(32));
    }
    return modelFile;
}

StatusRequest::StatusRequest(QObject *parent) : RasaRequest(Method::Get, u"/status"_s, {}, parent)
{ }

Status StatusRequest::parse(const QJsonDocument &document)
{
    const QJsonObject json = document.object();
    const bool knownShape = json.contains("model_file"_L1) || json.contains("model_id"_L1)
        || json.contains("fingerprint"_L1);
    if (!document.isObject() || !knownShape) {
        return makeError(QCoreApplication::translate(
            "Coach::StatusRequest",
            "the answer has none of \"model_file\", \"model_id\" and \"fingerprint\""));
    }
    m_result.json = json;
    m_result.modelFile = Json::string(json, "model_file"_L1);
    m_result.modelId = Json::string(json, "model_id"_L1);
    m_result.fingerprint = Json::object(json, "fingerprint"_L1);
    m_result.numActiveTrainingJobs = Json::integer(json, "num_active_training_jobs"_L1).value_or(0);
    return {};
}

} // namespace Coach
