#include "trackerresultrequest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coach {

TrackerResultRequest::TrackerResultRequest(Method method, QString pathTemplate,
                                           const QString &conversationId, EventVerbosity verbosity,
                                           QObject *parent)
    : RasaRequest(method, std::move(pathTemplate), conversationId, parent), m_verbosity(verbosity)
{
    addQueryItem(u"include_events"_s, verbosityName(verbosity));
}

Status TrackerResultRequest::parse(const QJsonDocument &document)
{
    const QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue();
    return readTracker(value, m_verbosity != EventVerbosity::None, &m_tracker);
}

Status TrackerResultRequest::readTracker(const QJsonValue &value, bool requireEvents,
                                         TrackerSnapshot *tracker)
{
    if (!value.isObject() || !value.toObject().value("sender_id"_L1).isString()) {
        return makeError(QCoreApplication::translate(
            "Coach::TrackerResultRequest", "the tracker is not an object with a \"sender_id\""));
    }
    Result<TrackerSnapshot> snapshot = TrackerSnapshot::fromJson(value, requireEvents);
    if (!snapshot)
        return snapshot.error();
    *tracker = std::move(snapshot).value();
    return {};
}

} // namespace Coach
