#pragma once

#include "historyrow.h"
#include "result.h"
#include "sessionquestions.h"
#include "sessiontypes.h"

#include "model/entity.h"
#include "model/tracker.h"
#include "rasa/networkfactory.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace Coach {

class SessionDocument;

//! The interactive-learning engine: Rasa's `rasa interactive` client loop
//! (spec §5) as a state machine that never blocks and knows nothing about
//! widgets. Commands go in (sendUserMessage, confirmNlu, chooseAction, undo,
//! ...); questions, history rows, slots, warnings and errors come out as
//! signals. Every confirmed step is written to the SessionDocument (and its
//! journal) before the next request goes out, so nothing confirmed is lost
//! when the app, the network or the server fails.
//!
//! Commands return an error value when they do not fit the current state or
//! their arguments are invalid; otherwise the outcome arrives via signals.
//!
//! Deviations from Rasa's client (documented in docs/engine.md):
//! - undo() removes the last step the annotator sees in the history (the
//!   last user message, or the last action other than the final
//!   action_listen), scanning applied events; Rasa scans raw events, so a
//!   second "Undo Last" re-finds an already undone action (spec §9 #15).
//! - fork() and restart() post their events in one batch (Rasa: one POST per
//!   event); the server applies them in the same order.
//! - NLU entity merge compares role with role (Rasa: role with group, §9 #5).
//! - For action_unlikely_intent the annotator may pick another action
//!   (Rasa keeps action_unlikely_intent when the answer is "no").
//! - A typed `/unknown_intent` that Rasa 3 sends through NLU is asked about
//!   as the typed intent (Rasa accepts whatever known intent NLU named).
//! - A saved session resumes on a server that forgot or changed the
//!   conversation by posting all stored events (or moving to a new id).
//! - Reaching the message limit asks the UI to export instead of ending
//!   silently (§9 #21).
class InteractiveSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractiveSession)

public:
    enum class State {
        Disconnected, //!< no server; nothing to show yet
        Offline, //!< a document is open without a server (view, annotate, export)
        Connecting, //!< waiting for the server and its model, reading domain
        AwaitingUserMessage, //!< the bot listens
        SendingMessage, //!< POST /messages in flight
        ConfirmingNlu, //!< nluQuestion() is pending
        Predicting, //!< POST /predict in flight
        ConfirmingAction, //!< actionQuestion() is pending
        ConfirmingFormValidation, //!< formValidationQuestion() is pending
        ConfirmingResume, //!< resumeQuestion() is pending: the file and the server disagree
        Executing, //!< POST /execute (or logging a new action) in flight
        Rebuilding, //!< undo/fork/restart/resume/correction being applied
        Failed, //!< lastError(); retry() when retryable, else cancel()
    };
    Q_ENUM(State)

    //! The session works on `document` (not owned), which must outlive it.
    explicit InteractiveSession(SessionDocument *document, QObject *parent = nullptr);
    ~InteractiveSession() override;

    State state() const;
    SessionDocument *document() const;
    ServerInfo serverInfo() const;
    //! What the last connectToServer() was given (credentials included:
    //! for other clients of the same server, never for storing).
    ConnectionSettings connectionSettings() const;
    //! Index of the conversation being shown and talked in (-1: none).
    int currentConversation() const;

    //! The history rows of the current conversation (see HistoryRow).
    QList<HistoryRow> historyRows() const;
    //! Slot values after the last step (from the server, or replayed
    //! locally with the domain's slots when offline).
    QList<SlotValue> currentSlots() const;
    std::optional<NluQuestion> nluQuestion() const;
    std::optional<ActionQuestion> actionQuestion() const;
    std::optional<FormValidationQuestion> formValidationQuestion() const;
    //! Buttons of the last bot message, while the bot listens.
    std::optional<ButtonQuestion> buttonQuestion() const;
    std::optional<ResumeQuestion> resumeQuestion() const;
    //! User messages of the current story part, newest first (spec §5.11).
    QList<ForkPoint> forkPoints() const;
    SessionError lastError() const;
    //! While Connecting: what is awaited and why earlier attempts failed.
    ConnectionProgress connectionProgress() const;
    //! Intent names the NLU menu offers: domain intents plus new ones.
    QStringList knownIntents() const;

    //! Turns (user message + bot reply) after which the UI is asked to
    //! export; 0 (default) means no limit.
    void setMaxMessages(int limit);
    int maxMessages() const;
    int completedTurns() const;

    // Commands.
    //! Waits for the server and its model (spec §5.13), reads version,
    //! status and domain, then continues the document's current
    //! conversation (rebuilding the server tracker if needed) or starts one.
    //! When the server holds other events for it, resumeQuestion() asks
    //! which side wins (or settings.resumePolicy decides).
    Status connectToServer(const ConnectionSettings &settings);
    //! The transport of later connectToServer() calls (tests: one without
    //! sockets); empty, the default, is the network.
    void setNetworkFactory(NetworkFactory factory);
    //! Stops talking to the server; the document stays open (Offline).
    void disconnectFromServer();
    //! Shows the document without a server.
    Status openOffline();

    //! Sends a typed message. `/restart` restarts without sending (as Rasa).
    Status sendUserMessage(const QString &text);
    Status confirmNlu();
    //! Replaces intent and entities of the pending message. Entities are
    //! character spans of the message text; unchanged ones keep their
    //! extractor details. An intent the domain does not know becomes a new
    //! intent of the session.
    Status correctNlu(const QString &intent, const QList<Entity> &entities);
    //! Same, from Rasa's annotation syntax (`[Berlin]{"entity": "city",
    //! "role": "to"}`). The text without markup must equal the message.
    //! An empty intent keeps the pending one.
    Status correctNluFromAnnotatedText(const QString &annotatedText, const QString &intent = {});
    //! Adds an intent to the session (kept for the domain export) and to
    //! the pending question's ranking.
    Status createIntent(const QString &name);

    Status confirmAction();
    //! Runs another action: a prediction or a session-created action.
    Status chooseAction(const QString &name);
    //! Creates and runs a new (custom) action. `utter_` names need a
    //! response: use createResponse().
    Status createAction(const QString &name);
    //! Creates a response (kept for the domain export). While an action is
    //! being chosen, it is also the action the bot runs next.
    Status createResponse(const QString &utterName, const QString &text);
    Status answerFormValidation(bool validate);
    //! Which side wins when resuming found the server's conversation
    //! different from the document's (ConfirmingResume).
    Status answerResume(ResumeChoice choice);
    //! Sends a button payload as the next user message (no NLU question, as Rasa).
    Status chooseButton(const QString &payload);

    //! Removes the last step the annotator sees (see class comment).
    Status undo();
    //! Continues the current story from before a user message: restart +
    //! the kept events, in one batch (spec §5.11).
    Status fork(int beforeUserEventIndex);
    //! Starts a new story in the same conversation (spec §5.12).
    Status restart();
    //! Starts another conversation in this session (a fresh id by default).
    Status newConversation(const QString &id = {});
    //! Shows and continues another conversation of the document.
    Status switchConversation(int index);
    //! Re-runs the failed step after checking what the server already has.
    Status retry();
    //! Aborts the request in flight (Failed, retryable) or stops connecting.
    //! After a failure it drops the failed step and returns, without asking
    //! the server, to the question before it (the bot listens, the NLU or
    //! action question again); when connecting or reading the conversation
    //! failed, or the bot's turn has no question to return to, it stops
    //! talking to the server (Offline). Retry or a new message continue.
    void cancel();

Q_SIGNALS:
    void stateChanged(Coach::InteractiveSession::State state);
    //! Rows [first, first + removedCount) were replaced by `inserted`.
    //! Apply to a copy of historyRows() to stay in sync with exact ranges.
    void historyChanged(int first, int removedCount, const QList<Coach::HistoryRow> &inserted);
    void slotsChanged(const QList<Coach::SlotValue> &slotValues);
    void nluQuestionAsked(const Coach::NluQuestion &question);
    void actionQuestionAsked(const Coach::ActionQuestion &question);
    void formValidationQuestionAsked(const Coach::FormValidationQuestion &question);
    void buttonsOffered(const Coach::ButtonQuestion &question);
    void resumeQuestionAsked(const Coach::ResumeQuestion &question);
    void warningRaised(const Coach::SessionWarning &warning);
    void errorOccurred(const Coach::SessionError &error);
    //! The limit of setMaxMessages() was reached: offer to export.
    void messageLimitReached(int limit);
    void currentConversationChanged(int index);
    void connected(const Coach::ServerInfo &info);
    //! Connecting moved to another stage or an attempt failed (and is tried again).
    void connectionProgressed(const Coach::ConnectionProgress &progress);

private:
    struct Private;
    friend struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Coach
