#pragma once

#include "apierror.h"
#include "result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <chrono>
#include <optional>
#include <type_traits>
#include <utility>

class QJsonDocument;
class QJsonValue;
class QNetworkReply;
class QTimer;

namespace Coach {

class RasaClient;

//! One call to the Rasa HTTP API (libQuotient's BaseJob, scaled down).
//!
//! Subclasses fix the verb, path, query and body in their constructor and
//! turn the answer into typed accessors in parse(). The base does the rest:
//! sending through RasaClient, the timeout, bounded retries (GET only), the
//! size cap, the HTTP→ApiError mapping, JSON parsing, and the signal
//! contract. Callers never see QNetworkReply.
//!
//! Signal contract: exactly once, `finished()`; then exactly one of
//! `succeeded()` / `failed(error)`; then the request deletes itself
//! (deleteLater). cancel() is the exception: it emits only `finished()`
//! (state() is Cancelled, error().kind is Cancelled), never `failed`, so a
//! caller that cancelled does not get its own error handler called.
//!
//! Requests are created and started by RasaClient's factory methods
//! (`client->predict(id)`); the request starts on the next event-loop turn,
//! so connecting to its signals right after the call is always in time.
class RasaRequest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RasaRequest)

public:
    enum class Method { Get, Post, Put };
    enum class State {
        Created, //!< not handed to a client yet
        Queued, //!< waiting for an earlier request of the same conversation
        Running, //!< on the wire (or waiting between retries)
        Succeeded,
        Failed,
        Cancelled,
    };

    ~RasaRequest() override;

    Method method() const { return m_method; }
    //! The path with the conversation id percent-encoded, no query.
    QString path() const;
    //! Query items of the call, without the auth token.
    QUrlQuery query() const { return m_query; }
    //! `"POST /conversations/{id}/predict"`: how errors and logs name it.
    QString endpoint() const;
    QString conversationId() const { return m_conversationId; }
    QByteArray body() const { return m_body; }
    bool hasBody() const { return m_hasBody; }
    //! Sends `Accept: application/json` (GET /domain and tracker GETs).
    bool acceptsJsonOnly() const { return m_acceptJson; }
    //! Only idempotent requests (GET) are ever retried.
    bool isIdempotent() const { return m_method == Method::Get; }

    State state() const { return m_state; }
    bool isFinished() const;
    bool isSucceeded() const { return m_state == State::Succeeded; }
    //! Kind None unless the request failed or was cancelled.
    const ApiError &error() const { return m_error; }
    //! Status of the last HTTP answer, 0 when none arrived.
    int httpStatus() const { return m_httpStatus; }
    //! How many times the request went on the wire (1 + retries).
    int attemptCount() const { return m_attempts; }

    //! Overrides the client's timeout for this request (per attempt).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    //! Switches retries off (e.g. for a poller that retries itself).
    void setRetriesEnabled(bool enabled) { m_retriesEnabled = enabled; }
    bool retriesEnabled() const { return m_retriesEnabled; }

    //! Aborts the request: emits only finished(), then deletes itself.
    //! Does nothing once the request has finished.
    void cancel();

    //! Test seam: completes the request as if the server had answered
    //! `httpStatus` with `body`, without a socket (a running transfer is
    //! dropped). The same mapping and parsing as for real answers apply.
    void forceResult(int httpStatus, const QByteArray &body,
                     const QByteArray &contentType = QByteArrayLiteral("application/json"));
    //! Test seam: fails the request with an error of `kind` (e.g. to make a
    //! caller see ConnectionRefused without a closed port).
    void forceFailure(ApiError::Kind kind, const QString &detail = {});

    //! Calls `fn(const RasaRequest &)` once when the request finishes in any
    //! way (success, failure, cancel), unless `context` is gone by then.
    //! Check isSucceeded() / error() inside.
    template <typename Fn> void onResult(const QObject *context, Fn &&fn);

Q_SIGNALS:
    void finished();
    void succeeded();
    void failed(const Coach::ApiError &error);

protected:
    //! `pathTemplate` uses `{id}` for the conversation id, e.g.
    //! `/conversations/{id}/tracker`; the id is percent-encoded into it.
    RasaRequest(Method method, QString pathTemplate, QString conversationId = {},
                QObject *parent = nullptr);

    void addQueryItem(const QString &key, const QString &value);
    void setJsonBody(const QJsonValue &body);
    void setAcceptJson(bool acceptJson) { m_acceptJson = acceptJson; }
    //! The server's major version when the client knows it (2 or 3), else 0.
    int serverMajorVersion() const { return m_serverMajorVersion; }

    //! Reads a success body. The default parses JSON (failure:
    //! MalformedBody) and hands it to parse() (failure: UnexpectedShape
    //! with parse()'s message as detail). Override for non-JSON answers.
    virtual Result<void, ApiError> readBody(const QByteArray &body, const QByteArray &contentType);
    //! Fills the typed result from the answer; an error means the JSON is
    //! not what this endpoint returns (say what is missing, in English).
    virtual Status parse(const QJsonDocument &document) = 0;
    //! An error of `kind` about this request (endpoint etc. filled in).
    ApiError makeApiError(ApiError::Kind kind, const QString &detail = {}) const;

private:
    friend class RasaClient;

    // Called by RasaClient.
    void attachTo(RasaClient *client);
    void markQueued();
    void start();

    void sendAttempt();
    void connectReply();
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    void abortReply();
    void stopTransfer();
    ApiError errorFromReply() const;
    void handleAnswer(int httpStatus, const QByteArray &body, const QByteArray &contentType,
                      bool mayRetry);
    bool retryIfWorthIt(const ApiError &error);
    void stopWithError(ApiError::Kind kind, const QString &detail = {});
    void complete(const ApiError &error);
    ApiError finalised(ApiError error) const;

    Method m_method;
    QString m_pathTemplate;
    QString m_conversationId;
    QUrlQuery m_query;
    QByteArray m_body;
    bool m_hasBody = false;
    bool m_acceptJson = false;

    QPointer<RasaClient> m_client;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr; // per-attempt timeout, then retry backoff
    QByteArray m_received;
    ApiError::Kind m_abortReason = ApiError::Kind::None;
    std::optional<std::chrono::milliseconds> m_timeout;
    bool m_retriesEnabled = true;
    bool m_waitingToRetry = false;
    int m_serverMajorVersion = 0;

    State m_state = State::Created;
    ApiError m_error;
    int m_httpStatus = 0;
    int m_attempts = 0;
};

template <typename Fn> void RasaRequest::onResult(const QObject *context, Fn &&fn)
{
    connect(this, &RasaRequest::finished, context,
            [this, callback = std::forward<Fn>(fn)]() mutable { callback(std::as_const(*this)); });
}

//! Typed continuation for chains of calls:
//! `Coach::then(client->predict(id), this, [](const PredictRequest &r) {…},
//! [](const ApiError &e) {…});` — `onSuccess` gets the request with its typed
//! accessors, `onFailure` the error. Neither runs after cancel() or when
//! `context` is gone. Returns the request for further connects.
template <typename R, typename OnSuccess, typename OnFailure>
R *then(R *request, const QObject *context, OnSuccess &&onSuccess, OnFailure &&onFailure)
{
    static_assert(std::is_base_of_v<RasaRequest, R>, "then() takes a RasaRequest subclass");
    QObject::connect(request, &RasaRequest::succeeded, context,
                     [request, callback = std::forward<OnSuccess>(onSuccess)]() mutable {
                         callback(std::as_const(*request));
                     });
    QObject::connect(request, &RasaRequest::failed, context, std::forward<OnFailure>(onFailure));
    return request;
}

} // namespace Coach
