#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Coach {

//! Why a call to the Rasa server did not give a usable answer.
//!
//! A value type: requests hand it out in `failed()`, callers keep it, show
//! userMessage() and decide with isRetryable() / isConversationNotFound()
//! what to do next. Every text in it has passed the client's redaction, so
//! it never contains the auth token or the JWT and may be logged or shown.
class ApiError
{
public:
    enum class Kind {
        None, //!< no error (a default-constructed value)
        Http, //!< the server answered with a status >= 400
        ConnectionRefused, //!< nothing listens on the port (server not started)
        HostNotFound, //!< the host name does not resolve
        Transport, //!< any other network or TLS failure
        Timeout, //!< no complete answer within the request timeout
        Cancelled, //!< cancel() / cancelAll() stopped the request
        MalformedBody, //!< a success answer that is not (complete) JSON
        UnexpectedShape, //!< JSON, but not what the endpoint returns
        TooLarge, //!< the answer exceeded the size cap; reading stopped
        InvalidRequest, //!< the client could not build the request (bad URL, empty id)
    };

    ApiError() = default;
    ApiError(Kind kind, QString endpoint, QString detail = {});

    //! An HTTP error answer. Reads Rasa's error body (spec §2.2) when the
    //! body is that JSON; otherwise keeps a short description of the body
    //! (an HTML page from a proxy is described, never copied).
    static ApiError fromHttp(const QString &endpoint, int httpStatus, const QByteArray &body,
                             const QByteArray &contentType = {});

    Kind kind = Kind::None;
    //! `"GET /conversations/{id}/tracker"`: method and path template,
    //! never the query (which holds the token).
    QString endpoint;
    QString conversationId; //!< the conversation the call was about, if any
    QString serverUrl; //!< base URL of the server, without credentials
    int httpStatus = 0; //!< 0 when there was no HTTP answer
    bool authConfigured = false; //!< a token or JWT was sent (wording of 401)
    int serverMajorVersion = 0; //!< 2 or 3 when known (wording of 404)
    double timeoutSeconds = 0; //!< the timeout that expired (Timeout)
    qint64 sizeLimit = 0; //!< the cap that was exceeded (TooLarge)

    // Rasa's error body (ErrorResponse), when the body was that JSON.
    bool hasRasaBody = false;
    QString rasaVersion;
    QString rasaStatus; //!< always "failure" on real servers
    QString message;
    QString reason; //!< "NotAuthenticated", "Conflict", "Not found", ...
    QJsonObject details;
    QString help;
    int code = 0;

    //! For non-Rasa bodies: "an HTML page", "an empty body" or the first
    //! line of a short text body, shortened.
    QString bodySummary;
    //! Technical detail in English or Qt's words: the parse error, the
    //! network error string, what was missing from the JSON.
    QString detail;

    bool isError() const { return kind != Kind::None; }
    //! Transient failures worth another try: connection refused, transport
    //! errors, timeouts and 5xx answers. Never client errors or bad bodies.
    bool isRetryable() const;
    //! Rasa 3's 404 "Conversation ID not found." on predict/execute: the
    //! conversation has to be created with a message first (spec §8).
    bool isConversationNotFound() const;
    //! 409 "No agent loaded": the server runs but has no model yet.
    bool isNoModelLoaded() const;

    //! One translated paragraph a user understands: what happened, the
    //! server's own message, and what to try.
    QString userMessage() const;
    //! A short translated title for the kind ("Connection refused", ...).
    QString title() const;
    //! userMessage() as a Coach::Error (where = the endpoint), for code
    //! that reports through Result<T>.
    Error toError() const;

    static QString kindName(Kind kind);

private:
    QString httpMessage() const;
    QString plainHttpMessage() const;
    QString serverSaid() const;
    QString statusLabel() const;
};

} // namespace Coach

Q_DECLARE_METATYPE(Coach::ApiError)
