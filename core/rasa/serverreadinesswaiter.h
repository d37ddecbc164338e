#pragma once

#include "apierror.h"
#include "statusrequest.h"
#include "versionrequest.h"

#include "model/domain.h"

#include <QObject>
#include <QPointer>

#include <chrono>

class QTimer;

namespace Coach {

class RasaClient;
class RasaRequest;

//! Waits, without blocking, until a Rasa server can be used (spec §5.13):
//! GET /version until the HTTP server answers, GET /status until a model is
//! loaded (not 409), then GET /domain. Rasa 2.x/3.x servers load the model
//! before they listen, but a server started by hand, a proxy in front of it
//! or `PUT /model` can each leave a gap; the connect dialog shows the stage.
//!
//! While waiting, transient answers (connection refused, transport errors,
//! timeouts, 5xx, 409) are polled again every interval(); anything else
//! (401/403, a non-Rasa answer, an unknown host) fails at once, since
//! waiting would not change it. The client's own retries are switched off
//! for the polls. Used once: start(), then exactly one of ready(), failed(),
//! or nothing after cancel().
class ServerReadinessWaiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerReadinessWaiter)

public:
    enum class Stage { Idle, WaitingForServer, WaitingForModel, ReadingDomain, Ready, Failed };
    Q_ENUM(Stage)

    explicit ServerReadinessWaiter(RasaClient *client, QObject *parent = nullptr);
    ~ServerReadinessWaiter() override;

    std::chrono::milliseconds interval() const { return m_interval; }
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    //! Overall time limit from start() (default 300 s).
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    Stage stage() const { return m_stage; }
    bool isRunning() const;
    //! Translated text for a stage ("Waiting for the server…").
    static QString stageText(Stage stage);
    //! Requests sent so far.
    int pollCount() const { return m_polls; }
    //! The last transient failure seen while polling (kind None if none).
    ApiError lastError() const { return m_lastError; }

    void start();
    //! Stops polling; no further signals.
    void cancel();

Q_SIGNALS:
    void stageChanged(Coach::ServerReadinessWaiter::Stage stage, const QString &description);
    //! A poll failed with a transient error; polling goes on.
    void attemptFailed(const Coach::ApiError &error);
    void ready(const Coach::ServerVersion &version, const Coach::ServerStatus &status,
               const Coach::Domain &domain);
    void failed(const Coach::ApiError &error);

private:
    void setStage(Stage stage);
    void poll();
    //! Sends one poll (no client retries, timeout within the deadline).
    template <typename R, typename OnSuccess> void send(R *request, OnSuccess onSuccess);
    void advanceTo(Stage stage);
    void onPollFailed(const ApiError &error);
    bool shouldKeepPolling(const ApiError &error) const;
    void scheduleNextPoll();
    void onDeadline();
    void fail(const ApiError &error);
    void stopRequest();

    QPointer<RasaClient> m_client;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_deadlineTimer = nullptr;
    QPointer<RasaRequest> m_request;
    std::chrono::milliseconds m_interval{1000};
    std::chrono::milliseconds m_timeout{300'000};
    Stage m_stage = Stage::Idle;
    int m_polls = 0;
    ApiError m_lastError;
    ServerVersion m_version;
    ServerStatus m_status;
};

} // namespace Coach
