#include "healthrequest.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Coach {

HealthRequest::HealthRequest(QObject *parent) : RasaRequest(Method::Get, u"/"_s, {}, parent)
{ }

QString HealthRequest::version() const
{
    const QLatin1StringView prefix("Hello from Rasa:");
    if (!m_text.startsWith(prefix))
        return {};
    return m_text.mid(prefix.size()).trimmed();
}

Result<void, ApiError> HealthRequest::readBody(const QByteArray &body, const QByteArray &)
{
    // Any 2xx answer means the HTTP server runs; the text is informative.
    m_text = QString::fromUtf8(body.left(1024)).trimmed();
    return {};
}

Status HealthRequest::parse(const QJsonDocument &)
{
    return {};
}

} // namespace Coach
