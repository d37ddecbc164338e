#include "sendmessagerequest.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coach {

SendMessageRequest::SendMessageRequest(const QString &conversationId, const QString &text,
                                       std::optional<ParseData> parseData, EventVerbosity verbosity,
                                       QObject *parent)
    : TrackerResultRequest(Method::Post, u"/conversations/{id}/messages"_s, conversationId,
                           verbosity, parent)
    , m_text(text)
{
    QJsonObject body;
    body.insert("sender"_L1, u"user"_s);
    body.insert("text"_L1, text);
    body.insert("parse_data"_L1, parseData ? QJsonValue(parseData->toJson()) : QJsonValue());
    setJsonBody(body);
}

} // namespace Coach
