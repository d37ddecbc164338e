#include "trackerrequest.h"

using namespace Qt::StringLiterals;

namespace Coach {

TrackerRequest::TrackerRequest(const QString &conversationId, EventVerbosity verbosity,
                               std::optional<double> until, QObject *parent)
    : TrackerResultRequest(Method::Get, u"/conversations/{id}/tracker"_s, conversationId, verbosity,
                           parent)
    , m_until(until)
{
    setAcceptJson(true);
    if (until)
        addQueryItem(u"until"_s, QString::number(*until, 'f', 6));
}

} // namespace Coach
