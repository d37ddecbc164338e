#pragma once

// Private state of InteractiveSession, shared by its implementation files:
// interactivesession.cpp (state, history, getters), _connect.cpp (server,
// conversations, tracker sync and rebuild), _turn.cpp (user messages, NLU),
// _action.cpp (prediction, action choice, forms, execution) and _edit.cpp
// (undo, fork, restart, retry, cancel).

#include "interactivesession.h"
#include "sessiondata.h"
#include "trackermirror.h"

#include "model/domain.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QPointer>

#include <functional>

namespace Coach {

class ApiError;
class RasaClient;
class RasaRequest;
class ServerReadinessWaiter;

struct InteractiveSession::Private
{
    //! The request a Failed state can run again.
    enum class StepKind { None, Connect, Resume, SendMessage, PostEvents, Predict, Execute };

    struct Step
    {
        Step() = default;
        Step(StepKind stepKind, QString stepOperation, std::function<void()> next = {})
            : kind(stepKind), operation(std::move(stepOperation)), then(std::move(next))
        { }

        StepKind kind = StepKind::None;
        QString operation; //!< translated: "send the message", "predict the next action", ...
        QString text; //!< SendMessage: the text
        bool viaButton = false;
        EventList events; //!< PostEvents: what was posted
        Event action; //!< Execute: the action event
        std::function<void()> then; //!< PostEvents: what follows
    };

    //! The action the annotator settled on, before it is executed.
    struct ChosenAction
    {
        QString name;
        QString policy;
        std::optional<double> confidence;
        bool isNew = false;
        bool corrected = false;
    };

    explicit Private(InteractiveSession *session, SessionDocument *document);

    // interactivesession.cpp
    void setState(State state);
    void clearQuestions();
    void refreshHistory();
    void refreshSlots();
    const Conversation *current() const;
    const EventList &events() const;
    QString conversationId() const;
    int majorVersion() const;
    bool isIdle() const;
    Status requireState(std::initializer_list<State> states) const;
    Status requireServer() const;
    //! A question is pending or the bot listens, and a server is there:
    //! undo, fork and restart fit.
    Status requireEditable() const;
    //! Enters Failed with `error`; retry() runs the pending step again.
    void fail(const ApiError &error);
    //! Remembers what is being sent, for retry() and cancel().
    void track(RasaRequest *request, Step step);
    void warn(SessionWarning::Kind kind, const QString &message, const QString &subject = {});
    static double now();

    // interactivesession_connect.cpp
    void dropConnection();
    //! Keeps `progress` up to date while the readiness waiter runs.
    void watchReadiness();
    void onReady(const QJsonObject &domainJson, const ServerInfo &info,
                 const QString &modelIdentity);
    int attachConversation(const QString &requestedId);
    void resume(const std::function<void()> &then);
    //! GET tracker ALL; a failure is retried by resuming and then `then`.
    void readServerTracker(const std::function<void()> &then,
                           std::function<void(const TrackerSnapshot &)> onAnswer);
    void onResumeTracker(const EventList &serverEvents, const TrackerSnapshot &snapshot,
                         const std::function<void()> &then);
    void rebuildOnServer(const QString &id, const std::function<void()> &then);
    //! The server's events under the id are not the document's: ask, or
    //! follow settings.resumePolicy.
    void onDisagreement(const TrackerSnapshot &snapshot, bool serverContinues,
                        std::function<void()> then);
    void resolveResume(ResumeChoice choice);
    void takeServerConversation(const TrackerSnapshot &snapshot);
    //! Moves the current conversation to `<id>-<8 hex>`; the new id.
    QString moveAside(const QString &message);
    //! Takes a step's tracker over when it continues what was synced.
    bool sync(const TrackerSnapshot &snapshot);
    //! The latest tracker the server sent (slots, active loop).
    void adoptTracker(const TrackerSnapshot &snapshot);
    void resyncThen(const std::function<void()> &then);
    void continueFromEvents(bool askNluForPendingMessage);
    //! AwaitingUserMessage (buttons offered) when the events say the bot
    //! listens; false otherwise.
    bool listenIfListening();
    //! The last user message when no action followed it, else -1.
    int unansweredUserMessage() const;

    // interactivesession_turn.cpp
    void sendMessage(const QString &text, bool viaButton);
    void onMessageStored(const QString &text, bool viaButton, int firstNew);
    void validateNlu(int userEventIndex);
    NluQuestion buildNluQuestion(int userEventIndex) const;
    Status applyCorrection(const QString &intent, const QList<Entity> &entities);
    void offerButtons();

    // interactivesession_action.cpp
    void predict();
    void askAction(const QString &predicted, const QString &policy,
                   std::optional<double> confidence, const QList<ActionChoice> &predictions);
    Status choose(ChosenAction choice);
    void checkForm();
    void execute();
    void onExecuteFailed(const ApiError &error, const Event &action);
    void logNewAction(const ApiError &error);
    void afterAction(int actionEventIndex);

    // interactivesession_edit.cpp
    //! cancel() in Failed: back to the last question, or Offline.
    void abandonFailedStep();
    //! Asks again what the document's events say is pending, without a request.
    bool askAgainLocally();
    void postEvents(const QString &operation, const EventList &posted,
                    const std::function<void()> &then, State busyState = State::Rebuilding);
    void retryStep(const Step &step, qsizetype firstNew);
    //! Index of the first event at or after `from` that is this action.
    int findAction(const QString &name, qsizetype from) const;

    InteractiveSession *q;
    QPointer<SessionDocument> document;
    RasaClient *client = nullptr;
    NetworkFactory networkFactory;
    ServerReadinessWaiter *waiter = nullptr;
    QPointer<RasaRequest> inFlight;
    ConnectionSettings settings;

    State state = State::Disconnected;
    bool online = false;
    ServerInfo server;
    Domain domain;
    int conversation = -1;

    //! What the server holds of the conversation since the last sync.
    TrackerMirror mirror;
    TrackerSnapshot tracker;
    bool hasTracker = false;

    QList<HistoryRow> rows;
    QList<SlotValue> slotValues;
    std::optional<NluQuestion> nlu;
    std::optional<ActionQuestion> action;
    std::optional<FormValidationQuestion> form;
    std::optional<ButtonQuestion> buttons;
    std::optional<ResumeQuestion> resumeQuestion;
    //! What a resume question waits on.
    struct PendingResume
    {
        TrackerSnapshot snapshot;
        bool serverContinues = false;
        std::function<void()> then;
    };
    std::optional<PendingResume> pendingResume;
    //! The last action question and the event count it was asked at: what
    //! cancel() after a failed execution returns to.
    std::optional<ActionQuestion> lastActionQuestion;
    qsizetype lastActionQuestionAt = -1;
    ConnectionProgress progress;
    ChosenAction chosen;

    Step pending;
    Step failedStep;
    SessionError lastError;
    int maxMessages = 0;
    int turns = 0;
};

} // namespace Coach
