#include "serverreadinesswaiter.h"

#include "domainrequest.h"
#include "logging.h"
#include "rasaclient.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Coach {

ServerReadinessWaiter::ServerReadinessWaiter(RasaClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pollTimer(new QTimer(this))
    , m_deadlineTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    m_deadlineTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &ServerReadinessWaiter::poll);
    connect(m_deadlineTimer, &QTimer::timeout, this, &ServerReadinessWaiter::onDeadline);
}

ServerReadinessWaiter::~ServerReadinessWaiter()
{
    stopRequest();
}

bool ServerReadinessWaiter::isRunning() const
{
    return m_stage == Stage::WaitingForServer || m_stage == Stage::WaitingForModel
        || m_stage == Stage::ReadingDomain;
}

QString ServerReadinessWaiter::stageText(Stage stage)
{
    switch (stage) {
    case Stage::Idle:
        return tr("Not started");
    case Stage::WaitingForServer:
        return tr("Waiting for the server…");
    case Stage::WaitingForModel:
        return tr("Waiting for a model to be loaded…");
    case Stage::ReadingDomain:
        return tr("Reading the domain…");
    case Stage::Ready:
        return tr("Ready");
    case Stage::Failed:
        return tr("Failed");
    }
    return {};
}

void ServerReadinessWaiter::start()
{
    if (isRunning())
        return;
    m_polls = 0;
    m_lastError = ApiError();
    m_deadlineTimer->start(m_timeout);
    setStage(Stage::WaitingForServer);
    poll();
}

void ServerReadinessWaiter::cancel()
{
    if (!isRunning())
        return;
    m_pollTimer->stop();
    m_deadlineTimer->stop();
    stopRequest();
    m_stage = Stage::Idle;
}

void ServerReadinessWaiter::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    qCDebug(lcNet) << "readiness:" << stage;
    Q_EMIT stageChanged(stage, stageText(stage));
}

void ServerReadinessWaiter::poll()
{
    if (!isRunning())
        return;
    if (!m_client) {
        fail(
            ApiError(ApiError::Kind::InvalidRequest, {}, tr("there is no connection to a server")));
        return;
    }
    ++m_polls;
    switch (m_stage) {
    case Stage::WaitingForServer:
        send(m_client->version(), [this](const VersionRequest &request) {
            m_version = request.result();
            advanceTo(Stage::WaitingForModel);
        });
        break;
    case Stage::WaitingForModel:
        send(m_client->status(), [this](const StatusRequest &request) {
            m_status = request.result();
            advanceTo(Stage::ReadingDomain);
        });
        break;
    case Stage::ReadingDomain:
        send(m_client->domain(), [this](const DomainRequest &request) {
            m_deadlineTimer->stop();
            setStage(Stage::Ready);
            Q_EMIT ready(m_version, m_status, request.domain());
        });
        break;
    default:
        break;
    }
}

template <typename R, typename OnSuccess>
void ServerReadinessWaiter::send(R *request, OnSuccess onSuccess)
{
    // The overall deadline cancels a poll still running; a poll's own
    // timeout stays the client's, so that an answer cut short by the
    // deadline never shows up as the "last answer".
    m_request = request;
    request->setRetriesEnabled(false);
    Coach::then(
        request, this,
        [this, onSuccess](const R &answer) {
            m_request = nullptr;
            onSuccess(answer);
        },
        [this](const ApiError &error) { onPollFailed(error); });
}

void ServerReadinessWaiter::advanceTo(Stage stage)
{
    setStage(stage);
    poll();
}

bool ServerReadinessWaiter::shouldKeepPolling(const ApiError &error) const
{
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 409)
        return m_stage != Stage::WaitingForServer;
    return error.isRetryable();
}

void ServerReadinessWaiter::onPollFailed(const ApiError &error)
{
    m_request = nullptr;
    if (!shouldKeepPolling(error)) {
        fail(error);
        return;
    }
    m_lastError = error;
    Q_EMIT attemptFailed(error);
    // The model can go away between /status and /domain (PUT /model).
    if (m_stage == Stage::ReadingDomain && error.isNoModelLoaded())
        setStage(Stage::WaitingForModel);
    scheduleNextPoll();
}

void ServerReadinessWaiter::scheduleNextPoll()
{
    if (isRunning())
        m_pollTimer->start(m_interval);
}

void ServerReadinessWaiter::onDeadline()
{
    if (!isRunning())
        return;
    const QString endpoint = m_request ? m_request->endpoint() : m_lastError.endpoint;
    stopRequest();
    ApiError error(ApiError::Kind::Timeout, endpoint);
    error.serverUrl = m_client ? m_client->displayUrl(m_client->baseUrl()) : QString();
    error.timeoutSeconds = double(m_timeout.count()) / 1000.0;
    error.detail = tr("The server did not become ready (%1).").arg(stageText(m_stage));
    if (m_lastError.isError())
        error.detail += u" "_s + tr("Last answer: %1").arg(m_lastError.userMessage());
    fail(error);
}

void ServerReadinessWaiter::fail(const ApiError &error)
{
    m_pollTimer->stop();
    m_deadlineTimer->stop();
    stopRequest();
    setStage(Stage::Failed);
    Q_EMIT failed(error);
}

void ServerReadinessWaiter::stopRequest()
{
    if (m_request) {
        RasaRequest *request = m_request;
        m_request = nullptr;
        request->disconnect(this);
        request->cancel();
    }
}

} // namespace Coach
