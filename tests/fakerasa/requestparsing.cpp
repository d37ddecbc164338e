#include "requestparsing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

JsonBody JsonBody::parse(const QByteArray &body)
{
    JsonBody result;
    result.empty = body.isEmpty();
    if (result.empty) {
        result.valid = true; // Sanic gives None for an empty body
        return result;
    }
    // Wrapping in an array lets QJsonDocument read scalars ("null", "5") too.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + body + ']', &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return result;
    result.valid = true;
    result.value = document.array().first();
    return result;
}

std::optional<EventVerbosity> verbosityParameter(const ApiRequest &request,
                                                 const RasaVersion &version, ApiReply *error)
{
    if (!request.query.hasQueryItem(u"include_events"_s))
        return EventVerbosity::AfterRestart;
    const QString value = request.query.queryItemValue(u"include_events"_s, QUrl::FullyDecoded);
    if (const auto verbosity = verbosityFromName(value))
        return verbosity;
    QJsonObject details;
    details.insert("parameter"_L1, u"include_events"_s);
    details.insert("in"_L1, u"query"_s);
    *error = ApiReply::rasaError(version, 400, u"BadRequest"_s,
                                 u"Invalid parameter value for 'include_events'. Should be one "
                                 "of NONE, APPLIED, AFTER_RESTART, ALL"_s,
                                 details);
    return std::nullopt;
}

std::optional<double> floatParameter(const ApiRequest &request, const QString &name)
{
    if (!request.query.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const double value = request.query.queryItemValue(name, QUrl::FullyDecoded).toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

ApiReply badJsonReply(const ApiRequest &request)
{
    return ApiReply::sanicError(400, u"Failed when parsing body as json"_s, request.prefersJson());
}

ApiReply internalErrorReply(const ApiRequest &request)
{
    return ApiReply::sanicError(
        500, u"The server encountered an internal error and cannot complete your request."_s,
        request.prefersJson());
}

} // namespace Coach::FakeRasa
