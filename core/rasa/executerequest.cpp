#include "executerequest.h"

#include "trackerresultrequest.h"

#include "model/jsonutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Coach {

ExecuteRequest::ExecuteRequest(const QString &conversationId, const Event &action,
                               EventVerbosity verbosity, QObject *parent)
    : RasaRequest(Method::Post, u"/conversations/{id}/execute"_s, conversationId, parent)
    , m_actionName(action.name())
    , m_verbosity(verbosity)
{
    addQueryItem(u"include_events"_s, verbosityName(verbosity));
    setJsonBody(action.toJson());
}

Status ExecuteRequest::parse(const QJsonDocument &document)
{
    if (!document.isObject())
        return makeError(tr("the answer is not a JSON object"));
    const QJsonObject json = document.object();
    if (Status messages = readMessages(json.value("messages"_L1)); !messages)
        return messages;
    return TrackerResultRequest::readTracker(json.value("tracker"_L1),
                                             m_verbosity != EventVerbosity::None, &m_tracker);
}

Status ExecuteRequest::readMessages(const QJsonValue &value)
{
    // Absent when the output channel does not collect messages.
    if (!value.isArray() && !value.isNull() && !value.isUndefined())
        return makeError(tr("\"messages\" is not a list"));
    const QJsonArray messages = value.toArray();
    m_messages.clear();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (!messages.at(i).isObject())
            return makeError(tr("message %1 is not an object").arg(i));
        const QJsonObject json = messages.at(i).toObject();
        m_messages.append(
            {Json::string(json, "recipient_id"_L1), Json::string(json, "text"_L1), json});
    }
    return {};
}

} // namespace Coach
