#pragma once

#include "apitypes.h"
#include "result.h"

#include "model/domain.h"
#include "model/tracker.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QTcpServer;

namespace Coach::FakeRasa {

//! A fault the server injects into the requests it matches, so that clients
//! can be tested against slow, broken and misbehaving servers.
//! Every kind first waits `delayMs` (0 = answer at once).
struct Fault
{
    enum class Kind {
        Latency, //!< delay, then the real answer
        HttpError, //!< a Rasa error body (spec §2.2) with status/reason/message
        MalformedJson, //!< 200 with a truncated JSON body
        NonJson, //!< 200 with an HTML page, as a captive proxy would send
        DropConnection, //!< abort the socket after reading the request
        EmptyBody, //!< 200 with no body at all
    };

    QString method; //!< "GET", "POST", ...; empty matches every method
    QString pathPattern; //!< regular expression searched in the path; empty matches all
    Kind kind = Kind::HttpError;
    int delayMs = 0;
    int status = 500; //!< HttpError only
    QString reason; //!< HttpError only; empty → derived from the status
    QString message; //!< HttpError only; empty → a generic text
    int times = -1; //!< how many requests it applies to; -1 = forever

    static Fault latency(const QString &method, const QString &pathPattern, int delayMs,
                         int times = -1);
    static Fault httpError(const QString &method, const QString &pathPattern, int status,
                           const QString &reason = {}, const QString &message = {}, int times = -1);
    static Fault ofKind(Kind kind, const QString &method, const QString &pathPattern,
                        int times = -1);
};

//! One request as the server received it. Secrets are removed: a `token`
//! query value reads "REDACTED" and the Authorization header is dropped.
struct RecordedRequest
{
    QString method; //!< "GET", "POST", "PUT", ...
    QString path; //!< decoded path, e.g. "/conversations/c1/tracker"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int status = 0; //!< status answered; 0 while pending or when dropped
};

class FakeRasaServerPrivate;

//! A stand-in for `rasa run --enable-api` (Rasa 2.8 or 3.x behaviour) that
//! serves a bot folder with a small deterministic NLU and dialogue policy.
//! Tests use it to drive the HTTP client and the interactive-learning engine
//! (faults, recorded requests, direct tracker access); newcomers run it as
//! the `fake-rasa` executable to try the app without installing Rasa.
//! It binds 127.0.0.1 unless setHost() says otherwise.
class FakeRasaServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeRasaServer)

public:
    explicit FakeRasaServer(QObject *parent = nullptr);
    ~FakeRasaServer() override;

    //! Reads `domain.yml` (or every yml file of a `domain/` folder, merged)
    //! and the NLU, stories and rules of `data/**/*.yml` (`.md` files are
    //! ignored), and the pipeline and policies of `configFile` (default: the
    //! folder's `config.yml`, else Rasa's defaults), which shape the parse
    //! data and policy names. On error nothing changes and the message names
    //! the file.
    Status loadBot(const QString &folder, const QString &configFile = {});
    //! Uses an already built domain and training files (tests).
    Status loadBot(const Domain &domain, const QList<QByteArray> &trainingYamlFiles);
    bool isBotLoaded() const;
    const Domain &domain() const;

    void setHost(const QHostAddress &host);
    QHostAddress host() const;
    //! Starts listening; returns the port, or 0 on failure (see errorString()).
    quint16 listen(quint16 port = 0);
    //! Serves on an already listening socket, which it then owns (tests:
    //! a port that refused connections until now); returns its port or 0.
    quint16 listenOn(qintptr listeningDescriptor);
    //! Stops listening and drops open connections (a server going away).
    void close();
    bool isListening() const;
    quint16 port() const;
    //! `http://127.0.0.1:<port>` (empty when not listening).
    QUrl url() const;
    QString errorString() const;

    //! "3.6.2" by default; a 2.x version ("2.8.x") switches to 2.x behaviour.
    void setRasaVersion(const QString &version);
    QString rasaVersion() const;
    int rasaMajorVersion() const;
    //! Requires `?token=<token>` on protected routes; empty = no token auth.
    void setAuthToken(const QString &token);
    //! Accepts `Authorization: Bearer <JWT>` signed with HS256 and this
    //! secret; empty = no JWT auth.
    void setJwtSecret(const QString &secret);
    //! false: protected routes answer 409 Conflict ("No agent loaded").
    void setModelLoaded(bool loaded);
    bool isModelLoaded() const;
    //! The model id reported by /status and in 3.x event metadata.
    QString modelId() const;

    //! Answers one request without any socket (InProcessNetwork): recorded
    //! and signalled like a request over HTTP; faults do not apply.
    ApiReply answerInProcess(const ApiRequest &request);

    void addFault(const Fault &fault);
    void clearFaults();

    //! The stored conversation; an empty tracker if there is none.
    Tracker tracker(const QString &conversationId) const;
    bool hasConversation(const QString &conversationId) const;
    QStringList conversationIds() const;
    //! Drops every conversation, as a restarted server with an in-memory
    //! tracker store would.
    void forgetConversations();

    QList<RecordedRequest> requests() const;
    void clearRequests();

    //! A compact HS256 JWT for `payload` signed with `secret` (tests, tools).
    static QByteArray signJwt(const QJsonObject &payload, const QByteArray &secret);
    //! The payload Rasa expects: {"user": {"username": ..., "role": ...}}.
    static QJsonObject jwtPayload(const QString &username, const QString &role);

Q_SIGNALS:
    //! A request arrived (before faults and latency are applied).
    void requestReceived(const QString &method, const QString &path);
    //! A response was sent; status 0 when the connection was dropped.
    void requestHandled(const QString &method, const QString &path, int status);
    //! A conversation's stored events changed.
    void conversationChanged(const QString &conversationId);

private:
    quint16 serve(const std::function<bool(QTcpServer &)> &start);

    friend class FakeRasaServerPrivate;
    std::unique_ptr<FakeRasaServerPrivate> d;
};

} // namespace Coach::FakeRasa
