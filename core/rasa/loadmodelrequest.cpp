#include "loadmodelrequest.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coach {

LoadModelRequest::LoadModelRequest(const QString &modelFile, QObject *parent)
    : RasaRequest(Method::Put, u"/model"_s, {}, parent)
{
    setJsonBody(QJsonObject{{u"model_file"_s, modelFile}});
}

Result<void, ApiError> LoadModelRequest::readBody(const QByteArray & /*body*/,
                                                  const QByteArray & /*contentType*/)
{
    return {}; // 204 No Content
}

Status LoadModelRequest::parse(const QJsonDocument & /*document*/)
{
    return {};
}

} // namespace Coach
