// Undo, fork, restart, retry and cancel (spec §5.10–5.12), and the one way
// events are posted to the server.
#include "interactivesession_p.h"
#include "sessiondocument.h"

#include "rasa/requests.h"

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The posted events are the last of the new server events.
bool postedArrived(const EventList &posted, const EventList &fresh)
{
    if (posted.isEmpty() || fresh.size() < posted.size())
        return false;
    const qsizetype offset = fresh.size() - posted.size();
    for (qsizetype i = 0; i < posted.size(); ++i) {
        if (!TrackerMirror::sameEvent(posted.at(i), fresh.at(offset + i)))
            return false;
    }
    return true;
}

} // namespace

void InteractiveSession::Private::postEvents(const QString &operation, const EventList &posted,
                                             const std::function<void()> &then, State busyState)
{
    setState(busyState);
    AppendEventsRequest *request =
        client->appendEvents(conversationId(), posted, EventVerbosity::All);
    Step step(StepKind::PostEvents, operation, then);
    step.events = posted;
    track(request, step);
    Coach::then(
        request, q,
        [this, operation, posted, then, busyState](const AppendEventsRequest &answer) {
            if (!sync(answer.tracker())) {
                resume([this, operation, posted, then, busyState] {
                    postEvents(operation, posted, then, busyState);
                });
                return;
            }
            then();
        },
        [this](const ApiError &error) { fail(error); });
}

Status InteractiveSession::undo()
{
    if (Status status = d->requireEditable(); !status)
        return status;
    // Deviation (§9 #15): scan the applied events, so a second undo removes
    // the step before instead of re-finding an undone one; a final
    // action_listen is undone together with the action before it.
    const EventList &all = d->events();
    const QList<int> applied = History::appliedIndexes(all);
    EventList posted;
    int actions = 0;
    for (auto it = applied.crbegin(); it != applied.crend() && posted.isEmpty(); ++it) {
        const Event &event = all.at(*it);
        if (event.type() == EventType::User) {
            posted = {Event::rewind(Private::now()), Event::actionListen(Private::now())};
        } else if (event.type() == EventType::Action) {
            ++actions;
            if (!event.isActionListen()) {
                for (int i = 0; i < actions; ++i)
                    posted.append(Event::undo(Private::now()));
            }
        }
    }
    if (posted.isEmpty())
        return makeError(tr("There is nothing to undo in this story."));
    d->clearQuestions();
    d->postEvents(tr("undo the last step"), posted, [this] { d->continueFromEvents(false); });
    return {};
}

Status InteractiveSession::fork(int beforeUserEventIndex)
{
    if (Status status = d->requireEditable(); !status)
        return status;
    const EventList &all = d->events();
    if (beforeUserEventIndex < 0 || beforeUserEventIndex >= all.size()
        || all.at(beforeUserEventIndex).type() != EventType::User) {
        return makeError(tr("Choose a user message to fork before."));
    }
    qsizetype partStart = 0;
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        if (all.at(i).type() == EventType::Restart) {
            partStart = i + 1;
            break;
        }
    }
    if (beforeUserEventIndex < partStart)
        return makeError(tr("The message is in an earlier story of this conversation."));
    // Rasa posts restart and then every kept event, one request each; one
    // batch in the same order is equivalent for the server (spec §5.11).
    EventList posted{Event::restart(Private::now())};
    posted.append(all.mid(partStart, beforeUserEventIndex - partStart));
    d->clearQuestions();
    d->postEvents(tr("fork the conversation"), posted, [this] { d->continueFromEvents(false); });
    return {};
}

Status InteractiveSession::restart()
{
    if (Status status = d->requireEditable(); !status)
        return status;
    d->clearQuestions();
    d->postEvents(tr("restart the conversation"),
                  {Event::restart(Private::now()), Event::actionListen(Private::now())},
                  [this] { d->continueFromEvents(false); });
    return {};
}

Status InteractiveSession::retry()
{
    if (Status status = d->requireState({State::Failed}); !status)
        return status;
    if (!d->lastError.retryable)
        return makeError(tr("This step cannot be tried again; reconnect instead."));
    const Private::Step step = std::exchange(d->failedStep, Private::Step{});
    if (step.kind == Private::StepKind::Connect)
        return connectToServer(d->settings);
    if (Status status = d->requireServer(); !status)
        return status;
    if (step.kind == Private::StepKind::Resume) {
        d->resume(step.then);
        return {};
    }
    // First learn what the server already has: the failed request may have
    // reached it (a timeout, a dropped answer), and nothing may run twice.
    const qsizetype before = d->events().size();
    d->resyncThen([this, step, before] { d->retryStep(step, before); });
    return {};
}

void InteractiveSession::Private::retryStep(const Step &step, qsizetype firstNew)
{
    const EventList fresh = events().mid(firstNew);
    switch (step.kind) {
    case StepKind::SendMessage:
        for (const Event &event : fresh) {
            if (event.type() == EventType::User && event.text() == step.text) {
                onMessageStored(step.text, step.viaButton, int(firstNew));
                return;
            }
        }
        sendMessage(step.text, step.viaButton);
        return;
    case StepKind::PostEvents:
        if (postedArrived(step.events, fresh))
            step.then();
        else
            postEvents(step.operation, step.events, step.then);
        return;
    case StepKind::Execute: {
        const int index = findAction(step.action.name(), firstNew);
        if (index >= 0)
            afterAction(index);
        else
            execute();
        return;
    }
    default:
        predict();
    }
}

void InteractiveSession::cancel()
{
    if (d->state == State::Connecting || d->state == State::ConfirmingResume) {
        d->dropConnection();
        d->setState(d->document->conversationCount() > 0 ? State::Offline : State::Disconnected);
        return;
    }
    if (d->state == State::Failed) {
        d->abandonFailedStep();
        return;
    }
    if (!d->inFlight)
        return;
    const QPointer<RasaRequest> request = d->inFlight;
    const ApiError cancelled(ApiError::Kind::Cancelled, request->endpoint());
    request->cancel();
    d->fail(cancelled);
}

void InteractiveSession::Private::abandonFailedStep()
{
    const Step step = std::exchange(failedStep, Step{});
    const bool lostServer = step.kind == StepKind::Connect || step.kind == StepKind::Resume;
    if (lostServer || !online || !client || !askAgainLocally()) {
        // Without a known server state there is nothing to return to but
        // the document itself; Connect continues it.
        dropConnection();
        setState(document->conversationCount() > 0 ? State::Offline : State::Disconnected);
    }
}

bool InteractiveSession::Private::askAgainLocally()
{
    clearQuestions();
    if (listenIfListening())
        return true;
    // The action question asked at exactly these events (an execution that
    // failed) comes back as it was; a message typed with its intent ("/greet")
    // was never asked about, so its NLU question must not appear instead.
    if (lastActionQuestion && lastActionQuestionAt == events().size()) {
        action = lastActionQuestion;
        setState(State::ConfirmingAction);
        Q_EMIT q->actionQuestionAsked(*action);
        return true;
    }
    if (const int message = unansweredUserMessage(); message >= 0) {
        nlu = buildNluQuestion(message);
        setState(State::ConfirmingNlu);
        Q_EMIT q->nluQuestionAsked(*nlu);
        return true;
    }
    return false;
}

} // namespace Coach
