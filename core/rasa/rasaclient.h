#pragma once

#include "networkfactory.h"
#include "result.h"

#include "model/tracker.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Coach {

class AppendEventsRequest;
class DomainRequest;
class Event;
class ExecuteRequest;
class ParseData;
class ParseRequest;
class PredictRequest;
class RasaRequest;
class SendMessageRequest;
class StatusRequest;
class TrackerRequest;
class VersionRequest;

//! When a failed idempotent request (GET) is tried again: one delay per
//! retry, so `delays.size()` is the number of retries. Only transient errors
//! (ApiError::isRetryable) are retried; POST and PUT never are.
//! A default-constructed policy is the default (two retries, 1 s and 3 s
//! apart); none() switches retries off.
//! Note: Qt's HTTP stack itself resends a request once or more when the
//! connection closes before any byte of the answer arrived (the keep-alive
//! race: the server closed an idle connection as the request went out).
//! That happens below this policy and can, in theory, repeat a POST whose
//! server crashed mid-request.
struct RetryPolicy
{
    QList<std::chrono::milliseconds> delays{std::chrono::seconds(1), std::chrono::seconds(3)};

    static RetryPolicy none() { return RetryPolicy{{}}; }
};

//! The connection to one Rasa server (`rasa run --enable-api`).
//!
//! Owns the single QNetworkAccessManager, the base URL, the credentials and
//! the defaults every request shares (style.md §9). Endpoint calls are
//! factory methods that create, start and return a request; connect to its
//! signals (or use Coach::then) and let it delete itself.
//!
//! Requests for the same conversation run one after the other in the order
//! they were made (the server takes a per-conversation lock, and Rasa's own
//! client is strictly sequential); other requests run in parallel.
//!
//! Credentials: an auth token is sent as `?token=` on every request, a JWT as
//! `Authorization: Bearer`. Neither ever appears in logs, errors or
//! displayUrl(): everything the client produces passes redact().
class RasaClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RasaClient)

public:
    //! Rasa's own client gives every request 300 s.
    static constexpr std::chrono::milliseconds DefaultTimeout{300'000};
    //! Larger answers fail with TooLarge; reading stops at the cap.
    static constexpr qint64 DefaultMaxResponseSize = qint64(64) * 1024 * 1024;

    explicit RasaClient(QObject *parent = nullptr);
    explicit RasaClient(const QUrl &baseUrl, QObject *parent = nullptr);
    //! Talks through what `makeNetwork` makes (see NetworkFactory).
    RasaClient(const QUrl &baseUrl, const NetworkFactory &makeNetwork, QObject *parent = nullptr);
    ~RasaClient() override;

    //! Turns what a user typed ("localhost:5005", "http://rasa:5005/",
    //! "https://host/rasa") into a base URL; http:// is assumed when no
    //! scheme is given. Fails with a translated message otherwise.
    static Result<QUrl> serverUrlFromUserInput(const QString &text);

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url);

    //! Shared secret of `rasa run --auth-token`; empty clears it.
    void setAuthToken(const QString &token);
    //! A JWT for `rasa run --jwt-secret` (needs role admin for /domain and
    //! /status); empty clears it.
    void setJwt(const QString &jwt);
    bool hasCredentials() const { return !m_token.isEmpty() || !m_jwt.isEmpty(); }

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    qint64 maxResponseSize() const { return m_maxResponseSize; }
    void setMaxResponseSize(qint64 bytes) { m_maxResponseSize = bytes; }

    //! The server's version as /version reported it; set automatically when
    //! a VersionRequest of this client succeeds. Shapes that differ between
    //! 2.x and 3.x are read either way; the major version only refines
    //! error messages and what callers choose to send.
    QString serverVersion() const { return m_serverVersion; }
    int serverMajorVersion() const;
    void setServerVersion(const QString &version);

    //! Requests handed out and not finished yet (queued ones included).
    int activeRequestCount() const { return int(m_active.size()); }
    bool isBusy() const { return !m_active.isEmpty(); }

    //! `text` with the auth token and the JWT (also percent-encoded)
    //! replaced by "<redacted>".
    QString redact(const QString &text) const;
    //! The same for raw bytes (an error body before it is summarised, so
    //! that shortening cannot leave half a secret behind).
    QByteArray redact(const QByteArray &bytes) const;
    //! The URL for people and logs: no user info, `token` query value
    //! replaced, then redact()ed.
    QString displayUrl(const QUrl &url) const;
    //! The full URL of a request (with the token): for sending only.
    QUrl requestUrl(const RasaRequest &request) const;

    // Endpoints (spec §2.3). Each returns a started request owned by the
    // client, which deletes itself after its signals.
    VersionRequest *version();
    StatusRequest *status();
    DomainRequest *domain();
    TrackerRequest *tracker(const QString &conversationId,
                            EventVerbosity verbosity = EventVerbosity::AfterRestart,
                            std::optional<double> until = std::nullopt);
    SendMessageRequest *sendMessage(const QString &conversationId, const QString &text,
                                    EventVerbosity verbosity = EventVerbosity::AfterRestart);
    //! With parse data the server skips NLU and uses it as given.
    SendMessageRequest *sendMessage(const QString &conversationId, const QString &text,
                                    const ParseData &parseData,
                                    EventVerbosity verbosity = EventVerbosity::AfterRestart);
    PredictRequest *predict(const QString &conversationId);
    //! The same without reading the answer's tracker (TrackerReading::None).
    PredictRequest *predictScores(const QString &conversationId);
    //! POST /model/parse: the NLU model's reading of a text (no conversation).
    ParseRequest *parse(const QString &text);
    //! `action` is the full `action` event (name, policy, confidence,
    //! timestamp), as interactive sends it.
    ExecuteRequest *execute(const QString &conversationId, const Event &action,
                            EventVerbosity verbosity = EventVerbosity::AfterRestart);
    //! Posts one event object.
    AppendEventsRequest *appendEvent(const QString &conversationId, const Event &event,
                                     EventVerbosity verbosity = EventVerbosity::AfterRestart,
                                     bool executeSideEffects = false);
    //! Posts a JSON array of events (appended in order).
    AppendEventsRequest *appendEvents(const QString &conversationId, const EventList &events,
                                      EventVerbosity verbosity = EventVerbosity::AfterRestart,
                                      bool executeSideEffects = false);

    //! Starts any request (takes ownership); the factories use it.
    template <typename R> R *send(R *request)
    {
        sendRequest(request);
        return request;
    }

    //! Cancels every queued and running request (each emits only finished()).
    void cancelAll();

Q_SIGNALS:
    void busyChanged(bool busy);
    void activeRequestCountChanged(int count);
    void serverVersionChanged(const QString &version);

private:
    friend class RasaRequest;

    void sendRequest(RasaRequest *request);
    void onRequestFinished(RasaRequest *request);
    void setActive(QList<RasaRequest *> active);
    //! Builds and sends the HTTP request; the caller owns the reply.
    QNetworkReply *transmit(const RasaRequest &request);

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QString m_token;
    QString m_jwt;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    RetryPolicy m_retryPolicy;
    qint64 m_maxResponseSize = DefaultMaxResponseSize;
    QString m_serverVersion;

    QList<RasaRequest *> m_active;
    //! Per conversation: the running request first, then those waiting.
    QHash<QString, QList<QPointer<RasaRequest>>> m_conversations;
};

} // namespace Coach
