#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <chrono>

namespace Coach {

//! What a session knows about the Rasa server it talks to. Stored in the
//! session file (never the token) so that a reopened session can tell the
//! annotator which server and model produced it.
struct ServerInfo
{
    QUrl url; //!< without credentials or query
    QString rasaVersion; //!< GET /version "version", e.g. "3.6.2"
    QString minimumCompatibleVersion; //!< GET /version "minimum_compatible_version"
    QString modelFile; //!< GET /status "model_file"
    QString modelId; //!< GET /status "model_id" (3.x)
    QJsonObject fingerprint; //!< GET /status "fingerprint" (2.x)

    //! Major version of rasaVersion ("3.6.2" → 3); 0 when unknown.
    int majorVersion() const;
    bool isEmpty() const { return url.isEmpty() && rasaVersion.isEmpty(); }
    bool operator==(const ServerInfo &other) const = default;
};

//! How to reach a Rasa server (`rasa run --enable-api`). The token and JWT
//! live only in memory; they are never written to a session file or a log.
//! Which side wins when a conversation of the document and the server's
//! conversation of the same id disagree on resuming (docs/engine.md).
enum class ResumeChoice {
    //! The document's conversation continues on the server under a new
    //! conversation id; the server's events under the old id stay untouched.
    UseFile,
    //! The server's events are taken: extra events are appended; a different
    //! conversation is added to the document, the document's own version
    //! kept beside it under a new id.
    UseServer,
};

//! Ask the annotator (default), or decide without asking.
enum class ResumePolicy { Ask, UseFile, UseServer };

struct ConnectionSettings
{
    QUrl serverUrl;
    QString authToken; //!< sent as ?token=
    QString jwt; //!< sent as Authorization: Bearer
    std::chrono::milliseconds requestTimeout{std::chrono::minutes(5)};
    //! How long to wait for the server to answer and load a model before
    //! giving up (spec §5.13); zero skips the wait.
    std::chrono::milliseconds readinessTimeout{std::chrono::minutes(2)};
    //! Conversation to talk in. Empty: continue the document's current
    //! conversation, or start a new one with a fresh id.
    QString conversationId;
    ResumePolicy resumePolicy = ResumePolicy::Ask;
};

//! What connecting is waiting for (spec §5.13), for the busy line: the
//! server, the stage, and why the last attempt did not get through.
struct ConnectionProgress
{
    QString serverUrl; //!< for display, without credentials
    QString stage; //!< translated: "Waiting for the server…"
    int attempts = 0; //!< requests sent so far
    QString lastProblem; //!< translated reason of the last failed attempt; empty if none
};

//! Something the annotator should know that does not stop the session.
struct SessionWarning
{
    enum class Kind {
        NewActionNotExecuted, //!< a new custom action was logged, not run (spec §5.6 step 7)
        NewResponseNotExecuted, //!< a new utter_ action was logged; its text is kept for export
        ResponseNameClash, //!< a new response has a name the server domain already has (§9 #16)
        SlotsNotReextracted, //!< 3.x: an NLU correction does not refill slots (§8)
        FormValidationContradiction, //!< FormPolicy predicted no validation (§5.6 step 6)
        ConversationMoved, //!< resume continued under another conversation id
        ServerModelChanged, //!< the server runs another model than the one the session recorded
    };

    Kind kind = Kind::NewActionNotExecuted;
    QString message; //!< translated, ready to show
    QString subject; //!< the action, response, slot or conversation it is about
};

//! A failure of a session step. The session stays in State::Failed until
//! retry() (when retryable) or cancel(); nothing already confirmed is lost.
struct SessionError
{
    QString message; //!< translated, ready to show; includes the server's message
    QString serverMessage; //!< Rasa's "message" field when the server sent one
    int httpStatus = 0; //!< 0 for transport errors
    bool retryable = false;
    QString operation; //!< what was being done ("send message", "predict", ...)
};

} // namespace Coach

Q_DECLARE_METATYPE(Coach::ServerInfo)
Q_DECLARE_METATYPE(Coach::SessionWarning)
Q_DECLARE_METATYPE(Coach::SessionError)
