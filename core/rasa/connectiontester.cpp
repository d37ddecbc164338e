#include "connectiontester.h"

#include "rasa/rasaclient.h"
#include "rasa/statusrequest.h"
#include "rasa/versionrequest.h"

#include <chrono>

using namespace Qt::StringLiterals;

namespace Coach {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent), m_client(new RasaClient(this))
{ }

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::start(const QUrl &url, const QString &token, const QString &jwt,
                             int timeoutMs)
{
    cancel();
    m_client->setBaseUrl(url);
    m_client->setAuthToken(token);
    m_client->setJwt(jwt);
    m_client->setTimeout(std::chrono::milliseconds(timeoutMs));
    m_client->setRetryPolicy(RetryPolicy{{}});
    m_request = then(
        m_client->version(), this,
        [this](const VersionRequest &request) { askStatus(request.version()); },
        [this](const ApiError &error) { fail(error, true); });
}

void ConnectionTester::cancel()
{
    if (m_request)
        m_request->cancel();
    m_request.clear();
}

void ConnectionTester::askStatus(const QString &version)
{
    m_request = then(
        m_client->status(), this,
        [this, version](const StatusRequest &request) {
            m_request.clear();
            const QString model =
                request.modelIdentity().isEmpty() ? request.modelFile() : request.modelIdentity();
            Q_EMIT finished(Verdict::Ok, tr("Connected: Rasa %1, model %2.").arg(version, model));
        },
        [this, version](const ApiError &error) {
            if (error.isNoModelLoaded()) {
                m_request.clear();
                Q_EMIT finished(Verdict::NoModel,
                                tr("Rasa %1 answers, but no model is loaded yet. Train a model "
                                   "or wait until the server has loaded one.")
                                    .arg(version));
                return;
            }
            fail(error, false);
        });
}

ConnectionTester::Verdict ConnectionTester::classify(const ApiError &error, bool duringVersion)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
        return Verdict::Refused;
    case Kind::Timeout:
        return Verdict::Timeout;
    case Kind::MalformedBody:
    case Kind::UnexpectedShape:
        return Verdict::NotRasa;
    case Kind::Http:
        if (error.httpStatus == 401 || error.httpStatus == 403)
            return Verdict::Unauthorized;
        if (error.isNoModelLoaded())
            return Verdict::NoModel;
        if (duringVersion || !error.hasRasaBody)
            return Verdict::NotRasa;
        return Verdict::OtherError;
    default:
        return Verdict::OtherError;
    }
}

void ConnectionTester::fail(const ApiError &error, bool duringVersion)
{
    m_request.clear();
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    const Verdict verdict = classify(error, duringVersion);
    QString heading;
    switch (verdict) {
    case Verdict::Refused:
        heading = tr("Connection refused.");
        break;
    case Verdict::Unauthorized:
        heading = tr("Not authorised (%1).").arg(error.httpStatus);
        break;
    case Verdict::NotRasa:
        heading = tr("This does not look like a Rasa server (wrong address or endpoint?).");
        break;
    case Verdict::Timeout:
        heading = tr("No answer in time.");
        break;
    default:
        heading = error.title() + u'.';
        break;
    }
    Q_EMIT finished(verdict, heading + u' ' + error.userMessage());
}

} // namespace Coach
